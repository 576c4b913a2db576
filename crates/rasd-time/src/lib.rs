//! Temporal tagger: finds Arabic date and time expressions and resolves them
//! against a reference moment (the publication date).
//!
//! Covers Gregorian month names (Egyptian/Gulf transliterations, Maghrebi
//! جانفي/فيفري/جوان/جويلية, Levantine كانون الثاني/شباط/آذار…, and paired forms
//! "5 يوليو/تموز 2021", "كانون 2"), Hijri dates converted with the Umm al-Qura
//! calendar of `icu_calendar` ("15 رمضان 1442 هـ"), weekdays and relative days
//! ("الإثنين الماضي", "أمس", "فجر اليوم", "مساء أمس"), relative periods ("قبل ثلاثة
//! أيام", "الأسبوع الماضي", "مطلع عام 2020", "خلال شهر أبريل الماضي"), clock
//! times with a part of day ("الساعة 2:45 عصراً") and day/clock ranges.
//!
//! API: [`TimeTagger::tag`] fills `Document::times`; [`TimeTagger::parse_with`]
//! and [`parse`] tag a bare string. Every value keeps its grain: "مطلع عام
//! 2020" is a year, not a made-up day.

mod cal;
pub mod corpus;
mod lex;
mod parse;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Offset};
use rasd_core::{Document, Grain, Span, TimeMention};
use std::cell::Cell;

/// How expressions without a direction resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Convention {
    /// News reporting: a bare weekday is the most recent such day on or before
    /// the reference; a bare month/day is in the reference's year unless that
    /// is more than `future_days` ahead (then the previous year); a holiday
    /// without a year is the occurrence nearest to the reference.
    #[default]
    News,
    /// Duckling's convention (used to score its corpus): bare weekdays,
    /// Hijri months and holidays resolve to the next occurrence; a bare
    /// month/day takes the reference's year.
    Duckling,
}

/// Settings of the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOptions {
    /// Resolution convention.
    pub convention: Convention,
    /// News convention: how far ahead of the reference a year-less date may
    /// be before it is read as last year's.
    pub future_days: i64,
}

impl Default for TimeOptions {
    fn default() -> Self {
        TimeOptions {
            convention: Convention::News,
            future_days: 60,
        }
    }
}

/// The temporal tagger. Cheap to construct (the grammar is code, word lists
/// are `match` tables); holds only its options.
#[derive(Debug, Default, Clone)]
pub struct TimeTagger {
    opts: TimeOptions,
}

impl TimeTagger {
    /// A tagger with the news convention.
    pub fn new() -> Self {
        TimeTagger::default()
    }

    /// A tagger with explicit options (e.g. [`Convention::Duckling`]).
    pub fn with_options(opts: TimeOptions) -> Self {
        TimeTagger { opts }
    }

    /// The options in use.
    pub fn options(&self) -> TimeOptions {
        self.opts
    }

    /// Fill `doc.times` using `doc.reference` (or `doc.published` at 00:00
    /// UTC+03:00) as "now".
    pub fn tag(&self, doc: &mut Document) {
        let reference = doc.reference.or_else(|| {
            let tz = FixedOffset::east_opt(3 * 3600)?;
            doc.published
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .and_then(|dt| dt.and_local_timezone(tz).single())
        });
        doc.times = self.parse_with(&doc.text, reference);
    }

    /// All time expressions in `text` resolved against `reference`. Without a
    /// reference, expressions that need one ("أمس", "5 مارس") get `value: None`.
    pub fn parse_with(
        &self,
        text: &str,
        reference: Option<DateTime<FixedOffset>>,
    ) -> Vec<TimeMention> {
        let norm = rasd_text::normalize(text);
        let toks = parse::tokenize(&norm.text);
        let (now, off) = match reference {
            Some(r) => (r.naive_local(), *r.offset()),
            None => (
                NaiveDate::from_ymd_opt(2000, 1, 1)
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .unwrap_or(NaiveDateTime::MIN),
                chrono::Utc.fix(),
            ),
        };
        let ctx = parse::Ctx {
            now,
            off_secs: off.local_minus_utc(),
            duck: self.opts.convention == Convention::Duckling,
            future_days: self.opts.future_days,
            used: Cell::new(false),
        };
        let p = parse::P { t: &toks, c: &ctx };
        let mut out = Vec::new();
        let mut i = 0;
        // Byte offset of each original char, built only when needed.
        let mut char_bytes: Vec<usize> = Vec::new();
        while i < toks.len() {
            if !is_start(&toks, i) {
                i += 1;
                continue;
            }
            match p.expr(i) {
                Some((j, tv)) => {
                    let span = norm.orig_span(toks[i].ns, toks[j - 1].ne);
                    if char_bytes.is_empty() {
                        char_bytes = text.char_indices().map(|(b, _)| b).collect();
                        char_bytes.push(text.len());
                    }
                    let b = |c: usize| char_bytes.get(c).copied().unwrap_or(text.len());
                    let text_span = text
                        .get(b(span.start)..b(span.end))
                        .unwrap_or("")
                        .to_string();
                    out.push(mention(span, text_span, &tv, off, reference.is_some()));
                    i = j;
                }
                None => i += 1,
            }
        }
        tracing::trace!(n = out.len(), "time mentions");
        out
    }
}

/// Prefilter: can an expression start at token `i`? Numbers and strong
/// trigger words always; weak ones ("من", "بعد", "هذا", "أول") only when a
/// number or strong trigger follows within two tokens.
fn is_start(toks: &[parse::Tok<'_>], i: usize) -> bool {
    let strong = |t: &parse::Tok<'_>| match t.kind {
        parse::Tk::Num => true,
        parse::Tk::Word => t.forms().any(|f| lex::is_trigger(f) && !lex::is_weak(f)),
        parse::Tk::Punct => false,
    };
    let Some(t) = toks.get(i) else {
        return false;
    };
    if strong(t) {
        return true;
    }
    if t.kind != parse::Tk::Word || !t.forms().any(lex::is_weak) {
        return false;
    }
    let follow = |t: &parse::Tok<'_>| {
        strong(t)
            || (t.kind == parse::Tk::Word
                && t.forms()
                    .any(|f| f == "اللحظه" || lex::unit_word(f).is_some()))
    };
    toks[i + 1..].iter().take(2).any(follow)
}

fn iso(dt: NaiveDateTime, off: FixedOffset) -> String {
    format!("{}{}", dt.format("%Y-%m-%dT%H:%M:%S"), off)
}

fn mention(
    span: Span,
    text: String,
    tv: &parse::Tv,
    off: FixedOffset,
    has_ref: bool,
) -> TimeMention {
    let known = has_ref || !tv.rel;
    let f = |dt: NaiveDateTime| known.then(|| iso(dt, off));
    TimeMention {
        span,
        text,
        value: f(tv.start),
        grain: tv.grain,
        from: tv.end.and_then(|_| f(tv.start)),
        to: tv.end.and_then(f),
        calendar: if tv.hijri { "hijri" } else { "gregorian" }.to_string(),
        clock_only: tv.clock_only,
        relative: tv.rel,
    }
}

/// Benchmark helper: normalise and tokenise only, returning the number of
/// tokens that pass the prefilter (to separate tokenising cost from parsing).
#[doc(hidden)]
pub fn prefilter_count(text: &str) -> usize {
    let norm = rasd_text::normalize(text);
    let toks = parse::tokenize(&norm.text);
    (0..toks.len()).filter(|&i| is_start(&toks, i)).count()
}

/// Convenience: tag `text` with a fresh news-convention tagger.
pub fn parse(text: &str, reference: Option<DateTime<FixedOffset>>) -> Vec<TimeMention> {
    TimeTagger::new().parse_with(text, reference)
}

/// ACLED `time_precision` for a mention: 1 = a day (or finer) is known,
/// 2 = within a week, 3 = a month or coarser.
pub fn time_precision(m: &TimeMention) -> u8 {
    match m.grain {
        Grain::Second | Grain::Minute | Grain::Hour | Grain::Day => {
            match (m.from.as_deref(), m.to.as_deref()) {
                (Some(a), Some(b)) => {
                    let days = interval_days(a, b).unwrap_or(1);
                    if days <= 1 {
                        1
                    } else if days <= 7 {
                        2
                    } else {
                        3
                    }
                }
                _ => 1,
            }
        }
        Grain::Week => 2,
        Grain::Month | Grain::Quarter | Grain::Year => 3,
    }
}

fn interval_days(a: &str, b: &str) -> Option<i64> {
    let a = DateTime::parse_from_rfc3339(a).ok()?;
    let b = DateTime::parse_from_rfc3339(b).ok()?;
    let secs = (b - a).num_seconds();
    Some((secs + 86_399) / 86_400)
}
