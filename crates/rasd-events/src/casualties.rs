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
/// The largest char boundary of `s` at or below byte `i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn num_value(n: &NumberMention) -> Option<u32> {
    // ordinals, and percentages, years, dates or sums of money ("نحو 70% من
    // حالات الوفاة"), count nobody
    if n.ordinal || !n.kind.is_quantity() {
        return None;
    }
    let v = n.min.unwrap_or(n.value);
    (0.0..1.0e7).contains(&v).then_some(v.round() as u32)
}

/// Singular or dual victims without a number: "لقي شاب مصرعه" → 1,
/// "مصرعهما" → 2, "مقتل أحد موظفي" → 1, "إصابة مقيم" → 1, the victim
/// told first after "أن": "إن رجلاً قُتل" → 1, and the object of a killing
/// in the accusative ("قتل جنود إسرائيليون فلسطينياً", "قتلوا صبياً") → 1.
static SINGLE_KILLED: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(
        r"\b(?:ب|و)?ان (?:رجلا|شخصا|شابا|جنديا|طفلا|مدنيا|مواطنا|شرطيا|ضابطا|صحفيا|عسكريا|امراه|طفله|فتاه|متظاهرا|محتجا|مسلحا|فلسطينيا) (?:قتل|قتلت|لقي مصرعه|لقيت مصرعها|استشهد|استشهدت|قضى)\b|\b(?:و)?(?:قتل|قتلت|قتلوا|قتلا)\b(?: [^ 0-9]+){0,3} (?:رجلا|شخصا|شابا|صبيا|طفلا|مدنيا|مواطنا|فلسطينيا|جنديا|شرطيا|ضابطا|صحفيا|عسكريا|متظاهرا|محتجا|مسلحا)\b|\b(?:و)?لقي\b(?: \S+){1,6} (?:مصرعه|حتفه|مصرعها|حتفها)\b|\b(?:و)?(?:اغتال|اغتالت|اغتالوا)\b(?: [^ ]+){0,7} (?:ضابطا|شخصا|جنديا|شرطيا|مسوولا|قياديا|رجلا|شابا|ناشطا|صحفيا|عنصرا|مواطنا|قاضيا|محاميا|طبيبا|امام|اماما|شيخا)\b|\b(?:و)?(?:قتل|مقتل|اغتيال|استشهاد|استشهد|استشهدت)\b (?:احد|شاب|مواطن|موظف|طفل|امراه|رجل|جندي|شرطي|ضابط|صحفي|مدني|فلسطيني|عسكري|مسن|سائق|مصور|ناشط|قيادي|عنصر|رقيب|عريف|نقيب|ملازم|مقدم|عقيد|عميد|مجند|حارس|مزارع|راع|راعي|امام|قاض|محام|طبيب|مسعف|معلم|تاجر|طالب|مسؤول|قائد|زعيم|مستوطن|معتقل|اسير|مقاتل|متظاهر|محتج|لاجي|مهاجر|صياد|عامل|مقيم|مسلح|متشدد|ارهابي|جهادي|فتاه|طفله|سيده|شابه|مسعفه|ممرضه|صحفيه|طالبه|معلمه)\b",
    )
});
/// "منذ الثلاثاء", "منذ ثلاثة أيام", "منذ بدء الهجوم": a window of days
/// (not "أعنف هجوم منذ شهر", "الاحتجاجات التي بدأت منذ شهر").
static SINCE_DAYS: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(
        r"\bمنذ (?:يوم )?(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)\b|\bمنذ (?:\S+ )?(?:ايام|يومين)\b|\bمنذ (?:بدء|بدايه|انطلاق|اندلاع)\b",
    )
});
static DUAL_KILLED: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(
        r"\b(?:مصرعهما|حتفهما)\b|\b(?:قتل|مقتل) (?:\S+ين|\S+ان)\b|\b(?:و)?(?:استشهد|استشهاد|قتل|مقتل)\b (?:\S+ان)\b",
    )
});
static SINGLE_INJURED: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::view::lex(
        r"\b(?:و)?(?:اصابه|اصيب|جرح)\b (?:احد|شاب|مواطن|مقيم|موظف|طفل|امراه|رجل|جندي|شرطي|ضابط|صحفي|مدني|عامل|سائق|ثالث|رابع|خامس|اخر)\b",
    )
});

/// Casualties stated in the clause `span`.
pub fn read(doc: &Document, span: Span) -> Casualties {
    read_view(doc, span, &View::new(doc, span))
}

/// [`read`] with the clause's view already built.
pub fn read_view(doc: &Document, span: Span, view: &View) -> Casualties {
    let mut c = Casualties::default();
    // the regexes below need these words: skip them when absent
    let t = view.text.as_str();
    let negation = ["لم ", "دون ", "لا ", "عدم "].iter().any(|w| t.contains(w));
    let toll = t.contains("عدد") || t.contains("حصيله");
    if negation && view.is_match(&cues::NO_CASUALTIES) {
        for (s, e) in view.find_all(&cues::NO_CASUALTIES) {
            let m = view.text.get(s..e).unwrap_or("");
            // "no casualties/injuries/losses": nobody was killed either
            c.killed = Some(0);
            if cues::NO_INJURED_WORD.is_match(m) {
                c.injured = Some(0);
            }
        }
    }
    // toll updates; one counted "since" an earlier day or the start of a
    // campaign ("ليرتفع عدد القتلى منذ الاثنين إلى 62") sums several events
    // and is no event's figure
    let (mut update, mut cumulative) = (false, Vec::new());
    if toll && view.is_match(&cues::TOLL_UPDATE) {
        for (s, e) in view.find_all(&cues::TOLL_UPDATE) {
            let reach = floor_boundary(&view.text, e + 40);
            if view.text.get(s..reach).is_some_and(|x| x.contains("منذ ")) {
                cumulative.push((s, reach));
            } else {
                update = true;
            }
        }
    }
    // a toll counted over days ("27 شخصا لقوا حتفهم جراء الضربات التي
    // استهدفت إدلب منذ الثلاثاء") sums several events too
    if t.contains("منذ ") && SINCE_DAYS.is_match(t) {
        cumulative.push((0, t.len()));
    }
    // killed figures outside toll updates, in text order: (start, end, value)
    let mut kills: Vec<(usize, usize, u32)> = Vec::new();
    let mut recalled: Option<bool> = None;
    for n in doc.numbers.iter().filter(|n| span.contains(&n.span)) {
        let Some(v) = num_value(n) else { continue };
        // the day of a date ("قُتلوا يوم الثلاثاء 14 مارس") counts nobody
        if doc.times.iter().any(|t| t.span.contains(&n.span)) {
            continue;
        }
        // a war's toll told in passing ("ومذاك، قُتل نحو عشرة آلاف يمني")
        // is no event's
        if v >= 1000 && *recalled.get_or_insert_with(|| cues::recalls(view)) {
            continue;
        }
        // "آلاف القتلى", "شارك الآلاف في تشييع الضحايا", "الصراع الذي خلف
        // 70 ألف قتيل", "عمليات سيناء 2018": thousands are a war's toll, a
        // campaign's, a crowd or a name, never the dead of one event a
        // news report tells
        if v >= 1000 {
            continue;
        }
        // the figure without a noun and qualifier it swallowed ("31 قتيلا
        // على الأقل"): the words around it are read for its role
        let core = match n.noun_span {
            Some(noun) if n.span.contains(&noun) && noun.start > n.span.start => {
                Span::new(n.span.start, noun.start)
            }
            _ => n.span,
        };
        let Some((ns, ne)) = view.range_of(doc, core) else {
            continue;
        };
        // years, clock times and ages are not casualty counts
        let tail = view
            .text
            .get(ne..floor_boundary(&view.text, ne + 24))
            .unwrap_or("");
        let prev_word = view
            .text
            .get(..ns)
            .unwrap_or("")
            .split(' ')
            .rfind(|w| !w.is_empty())
            .unwrap_or("");
        // ages: "في الـ 16 من العمر", "(40 عاما)"
        let next2: Vec<&str> = tail.split(' ').filter(|w| !w.is_empty()).take(2).collect();
        // (and durations: "خلال 3 عقود", "منذ 4 سنوات", "بعد 6 ساعات")
        let age = next2.first().is_some_and(|w| {
            matches!(
                *w,
                "عاما"
                    | "عام"
                    | "سنه"
                    | "سنوات"
                    | "سنين"
                    | "اعوام"
                    | "عقود"
                    | "عقدين"
                    | "اشهر"
                    | "شهور"
                    | "شهرا"
                    | "اسابيع"
                    | "ايام"
                    | "يوما"
                    | "ساعات"
                    | "ساعه"
                    | "دقايق"
                    | "دقيقه"
            )
        }) || next2 == ["من", "العمر"];
        if age {
            continue;
        }
        // things counted, not people: "تقييم 84 تقريرا بوقوع ضحايا"
        let things = next2.first().is_some_and(|w| {
            matches!(
                *w,
                "تقريرا"
                    | "تقرير"
                    | "تقارير"
                    | "بلاغا"
                    | "بلاغات"
                    | "غاره"
                    | "غارات"
                    | "صاروخا"
                    | "صواريخ"
                    | "قذيفه"
                    | "قذايف"
                    | "منزلا"
                    | "منازل"
                    | "سياره"
                    | "سيارات"
                    | "موقعا"
                    | "مواقع"
                    | "هدفا"
                    | "اهداف"
            )
        });
        if things {
            continue;
        }
        // a unit's number: "قائد اللواء 405 مشاة", "الفرقة 11", "القرار 2216"
        let unit = matches!(
            prev_word.trim_start_matches(['و', 'ب', 'ل']),
            "اللواء"
                | "لواء"
                | "الكتيبه"
                | "كتيبه"
                | "الفرقه"
                | "فرقه"
                | "الفوج"
                | "فوج"
                | "القرار"
                | "قرار"
                | "المنطقه"
                | "الطريق"
                | "طريق"
                | "رقم"
        );
        if unit {
            continue;
        }
        let year_word = matches!(
            prev_word,
            "عام"
                | "العام"
                | "سنه"
                | "منذ"
                | "مطلع"
                | "اواخر"
                | "منتصف"
                | "لعام"
                | "بعام"
        );
        if tail.trim_start().starts_with("عام") || n.text.contains(':') || year_word {
            continue;
        }
        // "بينهم 7 بحالة خطيرة" / "من بين" breakdowns are not totals, nor
        // is the whole a part is taken from ("39 مدنيا ... من أصل 250")
        let breakdown = view
            .text
            .get(floor_boundary(&view.text, ns.saturating_sub(14))..ns)
            .is_some_and(|s| {
                s.contains("بينهم")
                    || s.contains("بين ")
                    || s.contains("منهم")
                    || s.contains("اصل ")
            });
        if breakdown {
            continue;
        }
        // the dead of the events this one is compared with ("يعد صغيرا
        // مقارنة بانفجارات أخرى أسقطت عشرات القتلى")
        if comparison_at(view.text.get(..ns).unwrap_or("")).is_some() {
            continue;
        }
        let (mut is_kill, mut is_inj) = role_of(view, ns, ne);
        // a figure of the dead or the wounded themselves ("ارتفعت إلى
        // قتيلين أحدهما في الديوانية", "45 جريحا") is theirs wherever its
        // verb stands; not one noun for both ("47 قتيلا وجريحا")
        if !is_kill && !is_inj {
            // (the noun may stand between: "47 قتيلا وجريحا")
            let both = tail.split(' ').filter(|w| !w.is_empty()).take(2).any(|w| {
                w.strip_prefix('و').is_some_and(|w| {
                    ["قتيل", "قتلي", "جريح", "جرحي", "مصاب"]
                        .iter()
                        .any(|x| w.trim_start_matches("ال").starts_with(x))
                })
            });
            match n.noun.as_deref() {
                Some("قتيل") if !both => is_kill = true,
                Some("جريح" | "مصاب") if !both => is_inj = true,
                _ => {}
            }
        }
        if is_kill && cumulative.iter().any(|&(s, e)| s <= ns && ns < e) {
            continue;
        }
        if is_kill {
            if update {
                c.killed = Some(v);
                c.killed_is_update = true;
            } else if !c.killed_is_update {
                kills.push((ns, ne, v));
            }
        } else if is_inj {
            c.injured = Some(c.injured.map_or(v, |k| k.max(v)));
        }
    }
    if !c.killed_is_update {
        if let Some(k) = total_killed(view, &kills) {
            c.killed = Some(k);
        }
    }
    // (the regexes need one of these words)
    let killing = ["مصرع", "حتف", "قتل", "استشهد", "استشهاد", "اغتيال", "اغتال"]
        .iter()
        .any(|w| t.contains(w));
    if killing && !c.killed_is_update {
        if let Some(k) = listed_killed(t) {
            c.killed = Some(c.killed.map_or(k, |old| old.max(k)));
        }
    }
    let injuring = ["اصاب", "اصيب", "جرح"].iter().any(|w| t.contains(w));
    if injuring {
        if let Some(k) = listed_injured(t) {
            c.injured = Some(c.injured.map_or(k, |old| old.max(k)));
        }
    }
    if c.killed.is_none() && killing {
        if view.matches_re(&DUAL_KILLED) {
            c.killed = Some(2);
        } else if view.matches_re(&SINGLE_KILLED) {
            c.killed = Some(1);
        }
    }
    if c.injured.is_none() && injuring && view.matches_re(&SINGLE_INJURED) {
        c.injured = Some(1);
    }
    c
}

/// Byte where a view's text starts comparing with other events ("يعد
/// صغيرا مقارنة بهجمات أخرى أوقعت عشرات القتلى", "قياسا ب", "على غرار"):
/// what follows is theirs.
pub(crate) fn comparison_at(text: &str) -> Option<usize> {
    let mut at = 0;
    for w in text.split(' ') {
        let bare = w.strip_prefix('و').unwrap_or(w);
        if bare.starts_with("مقارنه")
            || bare.starts_with("بالمقارنه")
            || bare == "قياسا"
            || bare == "غرار"
        {
            return Some(at);
        }
        at += w.len() + 1;
    }
    None
}

/// Victim nouns that count one each when they stand without a number
/// ("قُتل ضابط ومجندان"): normalised, indefinite.
const VICTIM_NOUNS: &[&str] = &[
    "جندي",
    "شرطي",
    "ضابط",
    "مجند",
    "عنصر",
    "طفل",
    "طفله",
    "امراه",
    "رجل",
    "شاب",
    "مدني",
    "مواطن",
    "صحفي",
    "مصور",
    "عسكري",
    "قائد",
    "قيادي",
    "حارس",
    "مرافق",
    "سائق",
    "مسعف",
    "طبيب",
    "معلم",
    "طالب",
    "مزارع",
    "راع",
    "موظف",
    "مقاتل",
    "مستوطن",
    "فلسطيني",
    "رقيب",
    "عريف",
    "نقيب",
    "ملازم",
    "مقدم",
    "عقيد",
    "عميد",
    "فتاه",
    "فتي",
    "صبي",
    "مسن",
    "ناشط",
];

/// Victim nouns whose plural is broken (جنود, ضباط, أطفال), so that "-ين"
/// on them is a dual ("جنديين", "شرطيين") and not a sound plural as in
/// "مدنيين" or "مجندين".
const BROKEN_PLURAL: &[&str] = &[
    "جندي", "شرطي", "ضابط", "عنصر", "طفل", "رجل", "شاب", "حارس", "قائد", "طالب", "طبيب", "صبي",
];

/// Whether a normalised word is a figure, in digits or in words ("7",
/// "ثلاثة").
pub(crate) fn is_figure(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || rasd_text::parse_number_words(w).is_some()
}

/// How many victims one item of an enumeration names: a figure ("ثلاثة",
/// "12"), "أحد", a victim noun alone (1) or in the dual (2).
fn item_count(w: &str) -> Option<u32> {
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return w.parse::<u32>().ok().filter(|v| (1..100_000).contains(v));
    }
    if w == "احد" || w == "احدهم" {
        return Some(1);
    }
    // (the lists in the view's spelling: "قائد" → "قايد")
    static NOUNS: once_cell::sync::Lazy<[Vec<String>; 2]> = once_cell::sync::Lazy::new(|| {
        [VICTIM_NOUNS, BROKEN_PLURAL].map(|l| l.iter().map(|w| rasd_text::norm_word(w)).collect())
    });
    let [nouns, broken] = &*NOUNS;
    let noun = |x: &str| nouns.iter().any(|n| n == x);
    if noun(w) || w.strip_suffix('ا').is_some_and(noun) {
        return Some(1);
    }
    if w.strip_suffix("ان").is_some_and(noun)
        || w.strip_suffix("ين")
            .is_some_and(|x| broken.iter().any(|n| n == x))
    {
        return Some(2);
    }
    if w.chars().count() < 3 {
        return None;
    }
    let v = rasd_text::parse_number_words(w)?;
    ((1.0..100_000.0).contains(&v) && v.fract() == 0.0).then_some(v as u32)
}

/// The killed of an enumeration of different victims, summed: "قُتل
/// ضابط ومجندان" → 3, "إن قائداً في الجيش واثنين من مرافقيه قُتلوا" → 3,
/// "مقتل جندي وثلاثة مدنيين وإصابة خمسة" → 4. The list follows a kill word,
/// or follows "أن" and comes before one ("قتلوا", "لقوا مصرعهم"); each
/// further item is glued to "و" and comes at most four words after the
/// last; a punctuation mark or another "و" word ("وإصابة") ends it. None
/// unless there are two items at least (single victims are read elsewhere).
fn listed_killed(t: &str) -> Option<u32> {
    const BEFORE: &[&str] = &[
        "قتل",
        "قتلت",
        "مقتل",
        "استشهد",
        "استشهدت",
        "استشهاد",
        "اغتيال",
    ];
    const AFTER: &[&str] = &[
        "قتلوا",
        "قتلا",
        "قتل",
        "قتلتا",
        "لقوا",
        "لقيا",
        "استشهدوا",
        "استشهدا",
        "قضوا",
        "قضيا",
    ];
    listed(t, BEFORE, AFTER)
}

/// The wounded of an enumeration, like [`listed_killed`]: "أصيب ضابطان
/// ومجند" → 3.
fn listed_injured(t: &str) -> Option<u32> {
    const BEFORE: &[&str] = &["اصيب", "اصيبت", "اصابه", "جرح", "جرحت"];
    const AFTER: &[&str] = &["اصيبوا", "اصيبا", "اصيب", "جرحوا", "جرحا"];
    listed(t, BEFORE, AFTER)
}

/// An enumeration's sum after one of `before` or ended by one of `after`.
fn listed(t: &str, before: &[&str], after: &[&str]) -> Option<u32> {
    let words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
    let mut best: Option<u32> = None;
    // list starts: after a kill word, after "أن", or at the clause's start
    // (a clause cut after "إن")
    for i in 0..=words.len() {
        let (after_verb, start) = match i.checked_sub(1).and_then(|k| words.get(k)) {
            None => (false, 0),
            Some(w) => {
                let bare = w
                    .strip_prefix('و')
                    .or_else(|| w.strip_prefix('ب'))
                    .or_else(|| w.strip_prefix('ف'))
                    .unwrap_or(w);
                let after_verb = before.contains(w) || before.contains(&bare);
                if !after_verb && !matches!(*w, "ان" | "بان" | "وان") {
                    continue;
                }
                (after_verb, i)
            }
        };
        let Some(first) = words.get(start).and_then(|w| item_count(w)) else {
            continue;
        };
        let (mut sum, mut items, mut since, mut j) = (first, 1u32, 0usize, start + 1);
        let mut ended_by_verb = false;
        while let Some(&w) = words.get(j) {
            if !w.chars().any(char::is_alphanumeric) {
                break;
            }
            // a breakdown of the list's whole ("1132 مدنيا بينهم 38 طفلا
            // و17 امرأة") adds nobody
            if matches!(w, "بينهم" | "منهم" | "بينهما" | "منهما" | "بينهن" | "منهن")
            {
                break;
            }
            if after.contains(&w) {
                ended_by_verb = true;
                break;
            }
            let (glued, next) = if w == "و" {
                (true, words.get(j + 1).copied())
            } else {
                (w.starts_with('و'), w.strip_prefix('و'))
            };
            // "مدني واحد" is one civilian, not a second item
            if glued && !matches!(w, "واحد" | "واحده") {
                match next.and_then(item_count) {
                    Some(v) => {
                        sum = sum.saturating_add(v);
                        items += 1;
                        since = 0;
                        j += if w == "و" { 2 } else { 1 };
                        continue;
                    }
                    None => break,
                }
            }
            since += 1;
            if since > 4 {
                break;
            }
            j += 1;
        }
        if items >= 2 && (after_verb || ended_by_verb) {
            best = Some(best.map_or(sum, |b| b.max(sum)));
        }
    }
    best
}

/// The killed total of a clause: figures of different victims joined by
/// "و" add up ("قتل خمسة جنود وثلاثة من المهاجمين" → 8); otherwise the
/// figures restate one another and the largest stands (ACLED's most
/// conservative total is still the sum of distinct groups).
fn total_killed(view: &View, kills: &[(usize, usize, u32)]) -> Option<u32> {
    let mut best: Option<u32> = None;
    let mut chain: Option<(usize, u32)> = None; // (end of the last figure, sum)
    for &(ns, ne, v) in kills {
        let joined = chain.is_some_and(|(pe, _)| {
            let gap = view.text.get(pe..ns).unwrap_or("");
            let words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
            // (the و of "واحدة" is its own: "من عائلة واحدة" adds nobody)
            let and = words.last() == Some(&"و")
                || view
                    .text
                    .get(ns..ne)
                    .is_some_and(|t| t.starts_with('و') && !t.starts_with("واحد"));
            and && words.len() <= 3
                && !words
                    .iter()
                    .any(|w| matches!(*w, "بينهم" | "منهم" | "بينهما" | "اي" | "او"))
        });
        chain = Some(match chain {
            Some((_, sum)) if joined => (ne, sum.saturating_add(v)),
            _ => (ne, v),
        });
        let cur = chain.map_or(0, |c| c.1);
        best = Some(best.map_or(cur, |b| b.max(cur)));
    }
    best
}

/// Whether the number at view bytes `[ns, ne)` counts the killed or the
/// injured, by the words around it: a kill/injure word in the next three
/// five words ("21 شخصا قتلوا"), unless that word introduces the next figure
/// ("25 شخصا وإصابة 45"); else the nearest such word in the five before it
/// ("مقتل 7", "ارتفعت حصيلة القتلى إلى 25").
fn role_of(view: &View, ns: usize, ne: usize) -> (bool, bool) {
    let comma = |w: &&str| *w == "،" || *w == ",";
    // (commas around an adverb do not count as words: "قتلت قوات الأمن،
    // الأحد، 9 مسلحين")
    let before: Vec<&str> = view
        .text
        .get(..ns)
        .unwrap_or("")
        .split(' ')
        .filter(|w| !w.is_empty() && !comma(w))
        .collect();
    // (after it a comma ends the search, but an aside set off by two
    // commas right after the noun is passed over: "25 شخصا، معظمهم من
    // المدنيين، قتلوا"; not "700 كيلومتر جنوبي طرابلس، قتل حوالي 29")
    let mut after: Vec<&str> = view
        .text
        .get(ne..)
        .unwrap_or("")
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect();
    if after.get(1).is_some_and(comma) {
        if let Some(close) = after.iter().skip(2).take(5).position(comma) {
            after.drain(1..close + 3);
        }
    }
    // a figure in digits or in words ("وجرح تسعة")
    const NUMBER_WORDS: &[&str] = &[
        "اثنان",
        "اثنين",
        "ثلاث",
        "ثلاثه",
        "اربع",
        "اربعه",
        "خمس",
        "خمسه",
        "ست",
        "سته",
        "سبع",
        "سبعه",
        "ثماني",
        "ثمانيه",
        "تسع",
        "تسعه",
        "عشر",
        "عشره",
    ];
    // and vague figures ("وأصيب العشرات")
    const VAGUE: &[&str] = &[
        "العشرات",
        "عشرات",
        "المئات",
        "مئات",
        "الالاف",
        "الاف",
        "العديد",
        "عده",
    ];
    let is_num = |w: &str| {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || NUMBER_WORDS.contains(&w)
            || VAGUE.contains(&w)
    };
    // "47 قتيلا وجريحا", "حصيلة القتلى والجرحى إلى 47": one figure for the
    // killed and the injured together counts neither
    // (nouns only: "ثلاثة جنود قتلوا وأصيب خمسة" are two figures)
    // (normalised spelling: ى → ي)
    const KILLED: &[&str] = &["قتيل", "قتيلا", "قتلي", "القتلي"];
    const INJURED: &[&str] = &[
        "جريح",
        "جريحا",
        "جرحي",
        "الجرحي",
        "مصاب",
        "مصابا",
        "مصابين",
        "المصابين",
    ];
    let both = |a: &str, b: &str| {
        b.strip_prefix('و').is_some_and(|b| {
            (KILLED.contains(&a) && INJURED.contains(&b))
                || (INJURED.contains(&a) && KILLED.contains(&b))
        })
    };
    // the figure right after its verb ("قُتل شرطيان وأصيب ثالث": the
    // injure word after belongs to the next clause), a "two" after its
    // noun too ("قتل متطرفين اثنين بينما جرح آخر")
    let two_after_noun = matches!(
        view.text.get(ns..ne).unwrap_or(""),
        "اثنين" | "اثنان" | "اثنتين" | "اثنتان"
    );
    let verb_slot = if two_after_noun {
        before.len().checked_sub(2).and_then(|k| before.get(k))
    } else {
        before.last()
    };
    if let Some(w) = verb_slot {
        if matches!(
            *w,
            "قتل"
                | "وقتل"
                | "قتلت"
                | "وقتلت"
                | "مقتل"
                | "بمقتل"
                | "ومقتل"
                | "استشهد"
                | "واستشهد"
                | "استشهاد"
                | "باستشهاد"
                | "واستشهاد"
                | "لقي"
                | "ولقي"
                | "مصرع"
                | "بمصرع"
        ) {
            return (true, false);
        }
        if matches!(*w, "اصيب" | "واصيب" | "اصيبت" | "واصيبت" | "جرح" | "وجرح")
        {
            return (false, true);
        }
        // "راح ضحيته 53 شخصا", "ذهب ضحيتها اثنان": the dead
        let fell = before.len().checked_sub(2).and_then(|k| before.get(k));
        if matches!(*w, "ضحيته" | "ضحيتها" | "ضحيتهم" | "ضحيتهما")
            && fell.is_some_and(|v| matches!(*v, "راح" | "وراح" | "ذهب" | "وذهب"))
        {
            return (true, false);
        }
    }
    // (a partitive phrase between the figure's noun and the verb widens
    // the search: "خمسة أفراد من قوات الأمن المصرية قتلوا")
    let reach = if after.get(1) == Some(&"من") { 8 } else { 5 };
    for (k, w) in after.iter().take(reach).enumerate() {
        // another figure ends the search, unless joined to this one and
        // sharing its verb ("12 متشددا وخمسة مدنيين قتلوا")
        if is_num(w) {
            if w.starts_with('و') {
                continue;
            }
            break;
        }
        // (a figure joined by و is coordinated, not introduced: "13 قتيلا
        // وعشرات الجرحى")
        let next_is_num = after
            .get(k + 1)
            .is_some_and(|x| is_num(x) && !x.starts_with('و'));
        // (not "21 شخصا قتلوا وأصيب 27": the injure word has its own figure)
        if after.get(k + 1).is_some_and(|x| both(w, x))
            && !after.get(k + 2).is_some_and(|x| is_num(x))
        {
            return (false, false);
        }
        if cues::KILL.is_match(w) && !next_is_num {
            return (true, false);
        }
        if cues::INJURE.is_match(w) && !next_is_num {
            return (false, true);
        }
    }
    // this figure joined to one before it ("خمسة جنود وثلاثة من المهاجمين"):
    // the verb before both counts for it too
    let joined = view.text.get(..ns).is_some_and(|t| t.ends_with('و'))
        || view.text.get(ns..ne).is_some_and(|t| t.starts_with('و'))
        || before.last() == Some(&"و");
    for (k, w) in before.iter().enumerate().rev().take(5) {
        if is_num(w) {
            if joined {
                continue;
            }
            break;
        }
        // (not "21 شخصا قتلوا وأصيب 27": the kill word has its own figure)
        if k > 0
            && both(before[k - 1], w)
            && !before[k.saturating_sub(3)..k - 1].iter().any(|x| is_num(x))
        {
            return (false, false);
        }
        if cues::KILL.is_match(w) {
            return (true, false);
        }
        if cues::INJURE.is_match(w) {
            return (false, true);
        }
    }
    (false, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(t: &str) -> Casualties {
        let mut d = Document::new("t", t);
        rasd_text::analyze(&mut d);
        let all = Span::new(0, d.char_len());
        read(&d, all)
    }

    #[test]
    fn those_who_fell_victim_are_the_dead() {
        let c = read_text("تفجير مزدوج في بلدة حدودية راح ضحيته 53 شخصا وجرح العشرات.");
        assert_eq!(c.killed, Some(53));
        let c = read_text("انفجار لغم ذهب ضحيته 4 صيادين.");
        assert_eq!(c.killed, Some(4));
    }

    #[test]
    fn one_figure_for_killed_and_injured_counts_neither() {
        let c = read_text("ارتفعت حصيلة ضحايا التظاهرات إلى 47 قتيلا وجريحا.");
        assert_eq!((c.killed, c.injured), (None, None));
        let c = read_text("وارتفعت حصيلة القتلى والجرحى إلى 47 شخصا.");
        assert_eq!((c.killed, c.injured), (None, None));
        // separate figures still count, in digits or in words
        let c = read_text("قتل 5 أشخاص وجرح 10 آخرون.");
        assert_eq!((c.killed, c.injured), (Some(5), Some(10)));
        let c = read_text("قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة في تفجير سيارة مفخخة.");
        assert_eq!((c.killed, c.injured), (Some(3), Some(9)));
        let c = read_text("قالت مصادر أمنية إن 12 متشددا وخمسة مدنيين قتلوا أمس.");
        assert_eq!(c.killed, Some(17));
        let c = read_text("أوقعت الغارات 13 قتيلا وعشرات الجرحى.");
        assert_eq!(c.killed, Some(13));
    }

    #[test]
    fn a_figure_right_after_its_verb_is_that_verbs() {
        // the injure word after the figure opens the next clause
        let c = read_text("أسفر الانفجار عن مقتل 27 شخصا وإصابة نحو 100 آخرين.");
        assert_eq!((c.killed, c.injured), (Some(27), Some(100)));
        let c = read_text("أفادت مصادر بمقتل ما لا يقل عن 12 من المسلحين وجرح آخرين.");
        assert_eq!(c.killed, Some(12));
        let c = read_text("قُتل شرطيان وأصيب ثالث بهجوم على نقطة تفتيش.");
        assert_eq!((c.killed, c.injured), (Some(2), Some(1)));
        let c = read_text("قُتل متظاهر وأصيب 12 آخرون برصاص قوات الأمن.");
        assert_eq!((c.killed, c.injured), (Some(1), Some(12)));
        // a war's toll told in passing is no event's
        let c = read_text("ومذاك، قُتل نحو عشرة آلاف يمني وأصيب أكثر من 50 ألفا بجروح.");
        assert_eq!(c.killed, None);
    }

    #[test]
    fn a_figure_with_at_least_after_its_noun() {
        let c = read_text("وقع اعتداء انتحاري أسفر عن 31 قتيلا على الأقل في المدينة.");
        assert_eq!(c.killed, Some(31));
        let c = read_text("أسفر الهجوم عن مقتل مسلح واحد.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("وجهت القوات ضربة جوية مما أسفر عن مقتل مسلح.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("أعلنت الوزارة عن مقتل فتاة وإصابة 12 آخرين في المواجهات.");
        assert_eq!((c.killed, c.injured), (Some(1), Some(12)));
    }

    #[test]
    fn a_figure_of_the_dead_themselves_is_theirs() {
        let c = read_text("قال إن حصيلة ضحايا التظاهرات التي شهدتها عدد من المحافظات ارتفعت إلى قتيلين أحدهما في الديوانية والآخر في النجف، و45 جريحا.");
        assert_eq!((c.killed, c.injured), (Some(2), Some(45)));
    }

    #[test]
    fn listed_wounded_are_summed() {
        let c = read_text("أصيب ضابطان ومجند في انفجار عبوة ناسفة.");
        assert_eq!(c.injured, Some(3));
        let c = read_text("أصيب ضابط وضابط صف و4 مجندين آخرين.");
        assert_eq!(c.injured, Some(6));
        // a breakdown is no further item
        let c = read_text("وتسببت الألغام بإصابة 132 مدنيا بينهم 38 طفلا و17 امرأة.");
        assert_eq!(c.injured, Some(132));
    }

    #[test]
    fn two_after_its_noun_is_its_verbs() {
        let c = read_text("قال الجيش إنه قتل متطرفين اثنين بينما جرح آخر جراء ضربة جوية.");
        assert_eq!((c.killed, c.injured), (Some(2), Some(1)));
    }

    #[test]
    fn percentages_and_compared_events_count_nobody() {
        let c = read_text("إن طالبان مسؤولة عن نحو 70% من حالات الوفاة بين المدنيين.");
        assert_eq!(c.killed, None);
        let c = read_text("ورغم أن هذا الانفجار يعد صغيرا نسبيا مقارنة بانفجارات أخرى أسقطت عشرات القتلى في الآونة الأخيرة، إلا أن استمرار وقوع الهجمات في كابل يقوض الثقة في الحكومة.");
        assert_eq!(c.killed, None);
        let c = read_text("ويعد الانفجار صغيرا مقارنة بانفجارات أخرى أسقطت عشرات القتلى.");
        assert_eq!(c.killed, None);
        // the event's own figure before the comparison stands
        let c = read_text("قتل 3 أشخاص في انفجار صغير مقارنة بانفجارات أسقطت عشرات القتلى.");
        assert_eq!(c.killed, Some(3));
    }

    #[test]
    fn thousands_are_no_events_dead() {
        let c = read_text("وشارك الآلاف الاثنين في تشييع جثامين ضحايا القصف الجوي.");
        assert_eq!(c.killed, None);
        let c = read_text("وحصد هذا القصف آلاف القتلى واوقع اضرارا بالغة.");
        assert_eq!(c.killed, None);
        let c = read_text("قتل مسلح في الإقليم الذي خلف الصراع فيه 70 ألف قتيل خلال 3 عقود.");
        assert_eq!(c.killed, Some(1));
    }

    #[test]
    fn listed_victims_are_summed() {
        assert_eq!(read_text("قُتل ضابط ومجندان في الهجوم.").killed, Some(3));
        assert_eq!(
            read_text("قتل جندي وثلاثة مدنيين وأصيب خمسة آخرون.").killed,
            Some(4)
        );
        // reports assessed are not the dead they tell of
        assert_eq!(
            read_text("أنهى التحالف تقييم 84 تقريرا بوقوع ضحايا من المدنيين.").killed,
            None
        );
        // "مدني واحد" is one civilian; a comma ends the list
        assert_eq!(read_text("وقتل مدني واحد في القصف.").killed, Some(1));
        // "من عائلة واحدة": one family, no second figure
        assert_eq!(
            read_text("قال السكان إن أربعة أشخاص من عائلة واحدة قتلوا في غارة.").killed,
            Some(4)
        );
        assert_eq!(
            read_text("أفادت اللجنة بمقتل سبعة مدنيين، بينهم طفلان.").killed,
            Some(7)
        );
    }

    #[test]
    fn killed_and_injured_figures() {
        let c = read_text("أعلنت الوزارة أن 21 شخصا قتلوا وأصيب 27 آخرون في هجومين.");
        assert_eq!((c.killed, c.injured), (Some(21), Some(27)));
        // a toll since an earlier day sums several events
        let c = read_text(
            "أعلنت الوزارة مقتل فلسطينيين اثنين الثلاثاء، ليرتفع عدد القتلى منذ الاثنين إلى 62.",
        );
        assert_eq!((c.killed, c.killed_is_update), (Some(2), false));
        let c = read_text("قتل 3 جنود، لترتفع حصيلة القتلى إلى 25.");
        assert_eq!((c.killed, c.killed_is_update), (Some(25), true));
        let c = read_text("فيما ارتفعت حصيلة القتلى الإجمالية إلى 25 شخصا وإصابة 45 آخرين.");
        assert_eq!(
            (c.killed, c.injured, c.killed_is_update),
            (Some(25), Some(45), true)
        );
        // a vague figure after the injure word is its own
        let c = read_text("قُتل 12 مدنياً على الأقل وأصيب العشرات في قصف مدفعي.");
        assert_eq!(c.killed, Some(12));
        let c = read_text("استشهد شاب فلسطيني برصاص قوات الاحتلال فجر اليوم.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("وقالت اللجنة إن متظاهراً قتل بالرصاص الحي.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("قالت الوزارة إن ثلاثة فلسطينيين استشهدوا وأصيب 12 آخرون في غارة.");
        assert_eq!((c.killed, c.injured), (Some(3), Some(12)));
        let c = read_text("اغتال مسلحون مجهولون، صباح الاثنين، ضابطاً أمام منزله في عدن.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("أكدت مصادر أمنية مقتل رقيب شرطة في انفجار سيارة مفخخة.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("قتل 11 شخصا بانفجار استهدف قافلة عسكرية.");
        assert_eq!(c.killed, Some(11));
    }

    #[test]
    fn a_victim_told_before_the_verb_is_one() {
        let c = read_text("وقال الانفصاليون إن رجلا قتل جراء قصف القوات الأوكرانية لوسط المدينة.");
        assert_eq!(c.killed, Some(1));
        let c = read_text("وأفادت الشرطة بأن طفلة قتلت برصاص مجهولين.");
        assert_eq!(c.killed, Some(1));
        // "أن" with a verb first is not this pattern, and nothing is counted
        let c = read_text("وقال إن الجيش قصف المدينة.");
        assert_eq!(c.killed, None);
    }

    #[test]
    fn negation_gives_zero_not_null() {
        let c = read_text("وقال إن الهجوم لم يسفر عن سقوط قتلى أو جرحى.");
        assert_eq!((c.killed, c.injured), (Some(0), Some(0)));
        let c = read_text("تناثرت الشظايا دون أن ينتج عن ذلك أي إصابات.");
        assert_eq!((c.killed, c.injured), (Some(0), Some(0)));
        let c = read_text("سقطت القذيفة في أرض زراعية.");
        assert_eq!((c.killed, c.injured), (None, None));
    }

    #[test]
    fn victims_without_numbers() {
        assert_eq!(read_text("لقي شاب فلسطيني مصرعه اليوم.").killed, Some(1));
        assert_eq!(
            read_text("لقي ضابط شرطة ومجند مصرعهما إثر انفجار.").killed,
            Some(2)
        );
        assert_eq!(read_text("أسفر القصف عن إصابة مقيم يمني.").injured, Some(1));
    }

    #[test]
    fn tolls_over_days_are_no_events() {
        let c = read_text("قتل 27 شخصا جراء الضربات الجوية التي استهدفت المحافظة منذ الثلاثاء");
        assert_eq!(c.killed, None);
        let c = read_text("قتل 27 شخصا جراء الضربات الجوية التي استهدفت المحافظة الثلاثاء");
        assert_eq!(c.killed, Some(27));
    }

    #[test]
    fn breakdowns_and_years_are_not_totals() {
        let c = read_text("أصيب 167 مواطنا من بينهم 7 بحالة خطيرة.");
        assert_eq!(c.injured, Some(167));
        let c = read_text("قتل في عام 2020 قائد بارز.");
        assert_ne!(c.killed, Some(2020));
    }
}
