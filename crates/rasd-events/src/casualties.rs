//! Casualty counting: killed and injured figures of an event, from the
//! number layer and kill/injure words, with negation ("لم يسفر عن سقوط
//! قتلى" → 0) and toll updates ("ارتفعت حصيلة القتلى إلى 25").

use crate::cues;
use crate::view::View;
use rasd_core::{Document, NumberMention, Span};

/// What one clause says about casualties.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Casualties {
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    /// The killed figure is a toll update (supersedes earlier figures).
    pub killed_is_update: bool,
}

/// Which side of the number a word lies on and how far (in view bytes).
fn near(view: &View, re: &regex::Regex, from: usize, to: usize) -> bool {
    let a = from.min(view.text.len());
    let b = to.min(view.text.len());
    view.text.get(a..b).is_some_and(|s| re.is_match(s))
}

fn num_value(n: &NumberMention) -> Option<u32> {
    if n.ordinal {
        return None;
    }
    let v = n.min.unwrap_or(n.value);
    (0.0..1.0e7).contains(&v).then_some(v.round() as u32)
}

/// Singular or dual victims without a number: "لقي شاب مصرعه" → 1,
/// "مصرعهما" → 2, "مقتل أحد موظفي" → 1, "إصابة مقيم" → 1.
static SINGLE_KILLED: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(
        r"\b(?:و)?لقي\b(?: \S+){1,4} (?:مصرعه|حتفه|مصرعها|حتفها)\b|\b(?:و)?(?:قتل|مقتل|اغتيال|استشهاد)\b (?:احد|شاب|مواطن|موظف|طفل|امراه|رجل|جندي|شرطي|ضابط|صحفي|مدني|فلسطيني|عسكري|مسن|سائق|مصور|ناشط|قيادي|عنصر)\b",
    )
});
static DUAL_KILLED: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(r"\b(?:مصرعهما|حتفهما)\b|\b(?:قتل|مقتل) (?:\S+ين|\S+ان)\b")
});
static SINGLE_INJURED: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(
        r"\b(?:و)?(?:اصابه|اصيب|جرح)\b (?:احد|شاب|مواطن|مقيم|موظف|طفل|امراه|رجل|جندي|شرطي|ضابط|صحفي|مدني|عامل|سائق)\b",
    )
});

/// Casualties stated in the clause `span`.
pub fn read(doc: &Document, span: Span) -> Casualties {
    let view = View::new(doc, span);
    let mut c = Casualties::default();
    if view.is_match(&cues::NO_CASUALTIES) {
        for (s, e) in view.find_all(&cues::NO_CASUALTIES) {
            let m = &view.text[s..e];
            if cues::NO_KILLED_WORD.is_match(m) {
                c.killed = Some(0);
            }
            if cues::NO_INJURED_WORD.is_match(m) {
                c.injured = Some(0);
            }
        }
    }
    let update = view.is_match(&cues::TOLL_UPDATE);
    for n in doc.numbers.iter().filter(|n| span.contains(&n.span)) {
        let Some(v) = num_value(n) else { continue };
        let Some((ns, ne)) = view.range_of(doc, n.span) else {
            continue;
        };
        // years, clock times and ages are not casualty counts
        let tail = view
            .text
            .get(ne..(ne + 12).min(view.text.len()))
            .unwrap_or("");
        if tail.trim_start().starts_with("عام") || n.text.contains(':') {
            continue;
        }
        let before_k = near(&view, &cues::KILL, ns.saturating_sub(25), ns);
        let after_k = near(&view, &cues::KILL, ne, ne + 40);
        let before_i = near(&view, &cues::INJURE, ns.saturating_sub(25), ns);
        let after_i = near(&view, &cues::INJURE, ne, ne + 40);
        // "بينهم 7 بحالة خطيرة" / "من بين" breakdowns are not totals
        let breakdown = view
            .text
            .get(ns.saturating_sub(14)..ns)
            .is_some_and(|s| s.contains("بينهم") || s.contains("بين ") || s.contains("منهم"));
        if breakdown {
            continue;
        }
        // the closest word wins; killed checked first ("قتل 7 وأصاب 10")
        let kill_dist = closest(&view, &cues::KILL, ns, ne);
        let inj_dist = closest(&view, &cues::INJURE, ns, ne);
        let is_kill = (before_k || after_k) && kill_dist <= inj_dist;
        let is_inj = (before_i || after_i) && inj_dist < kill_dist;
        if is_kill {
            if update {
                c.killed = Some(v);
                c.killed_is_update = true;
            } else if !c.killed_is_update {
                c.killed = Some(c.killed.map_or(v, |k| k.max(v)));
            }
        } else if is_inj {
            c.injured = Some(c.injured.map_or(v, |k| k.max(v)));
        }
    }
    if c.killed.is_none() {
        if view.is_match(&DUAL_KILLED) {
            c.killed = Some(2);
        } else if view.is_match(&SINGLE_KILLED) {
            c.killed = Some(1);
        }
    }
    if c.injured.is_none() && view.is_match(&SINGLE_INJURED) {
        c.injured = Some(1);
    }
    c
}

/// Distance in bytes from the number to the nearest match of `re`.
fn closest(view: &View, re: &regex::Regex, ns: usize, ne: usize) -> usize {
    view.find_all(re)
        .into_iter()
        .map(|(s, e)| {
            if e <= ns {
                ns - e
            } else {
                s.saturating_sub(ne)
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}
