//! The grammar: a hand-written, token-level parser of Arabic temporal
//! expressions over normalised text, with resolution against the reference.
//!
//! Each rule is a method `fn rule(&self, i) -> Option<(end, Tv)>` that tries
//! to read an expression starting at token `i`; [`P::expr`] keeps the longest
//! reading (the first rule wins ties).

use crate::cal::{add_months, easter, greg_to_hijri, hijri_month_span, hijri_to_greg};
use crate::lex::{
    dir_word, edge_word, first_second, greg_month, hijri_month1, num_word, pod_word, unit_word,
    weekday, Dir, Edge, NumKind, Pod, Unit,
};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use rasd_core::Grain;
use std::cell::Cell;

/// Token kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    Num,
    Punct,
}

/// A token of the normalised text; `ns..ne` are normalised char offsets.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'s> {
    pub w: &'s str,
    pub kind: Tk,
    pub ns: usize,
    pub ne: usize,
    /// Value of a digit token.
    pub n: i64,
    /// Number of digits of a digit token.
    pub nd: usize,
    /// Byte offsets into `w` where clitic-stripped forms start.
    forms: [usize; 4],
    nf: usize,
}

impl<'s> Tok<'s> {
    /// The word and its clitic-stripped forms (و/ف, then ب/ل/ك, "لل").
    pub fn forms(&self) -> impl Iterator<Item = &'s str> + '_ {
        let w = self.w;
        self.forms[..self.nf]
            .iter()
            .filter_map(move |&o| w.get(o..))
    }
}

fn word_forms(w: &str) -> ([usize; 4], usize) {
    let mut f = [0usize; 4];
    let mut n = 1;
    let mut bases = [0usize; 2];
    let mut nb = 1;
    if (w.starts_with('و') || w.starts_with('ف')) && w.chars().nth(2).is_some() {
        let o = 'و'.len_utf8();
        f[n] = o;
        n += 1;
        bases[1] = o;
        nb = 2;
    }
    for &b in &bases[..nb] {
        let rest = &w[b..];
        if rest.starts_with("لل") && rest.chars().nth(3).is_some() {
            f[n] = b + "لل".len();
            n += 1;
        } else if (rest.starts_with('ب') || rest.starts_with('ل') || rest.starts_with('ك'))
            && rest.chars().nth(2).is_some()
        {
            f[n] = b + 'ب'.len_utf8();
            n += 1;
        }
    }
    (f, n)
}

fn classify(c: char) -> Option<Tk> {
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            Some(Tk::Num)
        } else if c.is_ascii_alphabetic() {
            Some(Tk::Word)
        } else {
            None
        };
    }
    // Arabic letters (the bulk of the text) first, without the Unicode table
    // look-up of `is_alphabetic`: every char of these ranges is a letter.
    let letter = matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}')
        || c.is_alphabetic()
        || c == 'ء';
    letter.then_some(Tk::Word)
}

/// Split normalised text into words, digit runs and punctuation.
pub(crate) fn tokenize(norm: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(norm.len() / 8);
    // Current run: (kind, start byte, start char).
    let mut cur: Option<(Tk, usize, usize)> = None;
    fn push<'s>(
        out: &mut Vec<Tok<'s>>,
        norm: &'s str,
        kind: Tk,
        b: (usize, usize),
        c: (usize, usize),
    ) {
        let w = &norm[b.0..b.1];
        let (n, nd) = if kind == Tk::Num {
            (w.parse::<i64>().unwrap_or(i64::MAX), w.len())
        } else {
            (0, 0)
        };
        let (forms, nf) = if kind == Tk::Word {
            word_forms(w)
        } else {
            ([0; 4], 1)
        };
        out.push(Tok {
            w,
            kind,
            ns: c.0,
            ne: c.1,
            n,
            nd,
            forms,
            nf,
        });
    }
    let mut ci = 0usize;
    for (bi, c) in norm.char_indices() {
        let k = classify(c);
        if let Some((ck, bs, cs)) = cur {
            if k != Some(ck) {
                push(&mut out, norm, ck, (bs, bi), (cs, ci));
                cur = None;
            }
        }
        match k {
            Some(k) => {
                if cur.is_none() {
                    cur = Some((k, bi, ci));
                }
            }
            None => {
                if !c.is_whitespace() {
                    push(
                        &mut out,
                        norm,
                        Tk::Punct,
                        (bi, bi + c.len_utf8()),
                        (ci, ci + 1),
                    );
                }
            }
        }
        ci += 1;
    }
    if let Some((ck, bs, cs)) = cur {
        push(&mut out, norm, ck, (bs, norm.len()), (cs, ci));
    }
    out
}

/// A resolved time value (local time of the reference's offset).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tv {
    pub start: NaiveDateTime,
    pub grain: Grain,
    /// Exclusive end of an interval.
    pub end: Option<NaiveDateTime>,
    pub hijri: bool,
    pub clock_only: bool,
    /// The value depends on the reference.
    pub rel: bool,
}

impl Tv {
    fn at(start: NaiveDateTime, grain: Grain) -> Tv {
        Tv {
            start,
            grain,
            end: None,
            hijri: false,
            clock_only: false,
            rel: false,
        }
    }
    fn day(d: NaiveDate) -> Tv {
        Tv::at(d.and_time(NaiveTime::MIN), Grain::Day)
    }
    fn span(a: NaiveDateTime, b: NaiveDateTime, grain: Grain) -> Tv {
        let mut t = Tv::at(a, grain);
        t.end = Some(b);
        t
    }
    fn hijri(mut self, h: bool) -> Tv {
        self.hijri = h;
        self
    }
    fn date(&self) -> NaiveDate {
        self.start.date()
    }
    /// A single day (not an interval).
    fn is_day(&self) -> bool {
        self.grain == Grain::Day && self.end.is_none()
    }
}

fn mid(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// Resolution settings and the reference.
pub(crate) struct Ctx {
    pub now: NaiveDateTime,
    pub off_secs: i32,
    /// Duckling's convention (bare weekdays / holidays in the future).
    pub duck: bool,
    pub future_days: i64,
    pub used: Cell<bool>,
}

impl Ctx {
    fn now(&self) -> NaiveDateTime {
        self.used.set(true);
        self.now
    }
    fn today(&self) -> NaiveDate {
        self.now().date()
    }
}

/// A clock time as read, before it is placed on a date.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawClock {
    h: u32,
    m: u32,
    s: u32,
    grain: Grain,
    pod: Option<Pod>,
    utc: bool,
}

/// Year stated next to a date.
#[derive(Debug, Clone, Copy)]
enum Ys {
    /// Absolute year; `Some(true)` when marked Hijri (هـ).
    Abs(i32, Option<bool>),
    /// Relative to the reference year ("السنة القادمة").
    Rel(i32),
}

/// The parser over one token sequence.
pub(crate) struct P<'a> {
    pub t: &'a [Tok<'a>],
    pub c: &'a Ctx,
}

const CONNECT: [&str; 9] = [
    "في",
    "عند",
    "نحو",
    "حوالي",
    "قرابه",
    "على",
    "علي",
    "تمام",
    "منذ",
];

impl<'a> P<'a> {
    // ------------------------------------------------------------ helpers
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }
    fn word(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i).filter(|t| t.kind == Tk::Word)
    }
    /// Any clitic form of word `i` is in `ws`.
    fn is(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i)
            .map(|t| t.forms().any(|f| ws.contains(&f)))
            .unwrap_or(false)
    }
    /// Word `i` is exactly one of `ws`.
    fn isx(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).map(|t| ws.contains(&t.w)).unwrap_or(false)
    }
    fn find<T>(&self, i: usize, f: impl Fn(&str) -> Option<T>) -> Option<T> {
        self.word(i).and_then(|t| t.forms().find_map(f))
    }
    fn num(&self, i: usize) -> Option<i64> {
        self.t.get(i).filter(|t| t.kind == Tk::Num).map(|t| t.n)
    }
    fn nd(&self, i: usize) -> usize {
        self.t.get(i).map(|t| t.nd).unwrap_or(0)
    }
    fn p(&self, i: usize, c: char) -> bool {
        self.t
            .get(i)
            .map(|t| t.kind == Tk::Punct && t.w.starts_with(c))
            .unwrap_or(false)
    }
    /// Tokens `i` and `i+1` touch (no space between).
    fn adj(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.ne == b.ns,
            _ => false,
        }
    }

    // ------------------------------------------------------------ numbers
    /// A number word sequence: (end, value, ordinal).
    fn numw(&self, i: usize) -> Option<(usize, u32, bool)> {
        let (u, k) = self.find(i, num_word)?;
        let j = i + 1;
        let teen = self.isx(j, &["عشر", "عشره"]);
        match k {
            NumKind::Tens => Some((j, u, true)),
            NumKind::TeenOnly => teen.then_some((j + 1, u + 10, true)),
            NumKind::Card | NumKind::Ord => {
                let ord = k == NumKind::Ord;
                if u < 10 && teen {
                    return Some((j + 1, u + 10, ord));
                }
                if u < 10 {
                    if self.isx(j, &["و"]) {
                        if let Some((t, NumKind::Tens)) = self.find(j + 1, num_word) {
                            return Some((j + 2, u + t, ord));
                        }
                    } else if let Some(rest) = self.word(j).and_then(|t| t.w.strip_prefix('و')) {
                        if let Some((t, NumKind::Tens)) = num_word(rest) {
                            return Some((j + 1, u + t, ord));
                        }
                    }
                }
                Some((j, u, ord))
            }
        }
    }

    /// Day of month 1..=31 in digits or ordinal words.
    fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        let mut j = i;
        if self.isx(j, &["ال"]) {
            j += 1;
        }
        if let Some(n) = self.num(j) {
            if self.nd(j) <= 2 && (1..=31).contains(&n) {
                return Some((j + 1, n as u32));
            }
            return None;
        }
        let (k, v, ord) = self.numw(j)?;
        (ord && (1..=31).contains(&v)).then_some((k, v))
    }

    /// Day of month, optionally after "اليوم"/"يوم".
    fn dom(&self, i: usize) -> Option<(usize, u32)> {
        let j = if self.isx(i, &["اليوم", "يوم"]) {
            i + 1
        } else {
            i
        };
        self.day_num(j)
    }

    // ------------------------------------------------------------ months
    /// First/second qualifier ("الأول", "الثاني", "2").
    fn fs(&self, i: usize) -> Option<u32> {
        if let Some(n) = self.num(i) {
            return match n {
                1 => Some(1),
                2 => Some(2),
                _ => None,
            };
        }
        self.find(i, first_second)
    }

    /// One Gregorian month name: (end, month, ambiguous).
    fn greg_single(&self, i: usize) -> Option<(usize, u32, bool)> {
        if let Some((m, amb)) = self.find(i, greg_month) {
            return Some((i + 1, m, amb));
        }
        if self.is(i, &["كانون"]) {
            let q = self.fs(i + 1)?;
            return Some((i + 2, if q == 1 { 12 } else { 1 }, false));
        }
        if self.is(i, &["تشرين"]) {
            let q = self.fs(i + 1)?;
            return Some((i + 2, if q == 1 { 10 } else { 11 }, false));
        }
        None
    }

    /// A month name of any system: (end, month, hijri, ambiguous).
    fn month_name(&self, i: usize) -> Option<(usize, u32, bool, bool)> {
        if let Some((j, m, amb)) = self.greg_single(i) {
            // Paired forms: "يوليو/تموز", "تموز (يوليو)", "يوليو - تموز".
            let mut k = j;
            let open = self.p(k, '/') || self.p(k, '(') || self.p(k, '-') || self.p(k, '|');
            if open {
                k += 1;
            }
            if let Some((e, m2, _)) = self.greg_single(k) {
                if m2 == m && (open || e > k) {
                    let mut e = e;
                    if self.p(j, '(') && self.p(e, ')') {
                        e += 1;
                    }
                    return Some((e, m, false, false));
                }
            }
            return Some((j, m, false, amb));
        }
        if let Some((m, amb)) = self.find(i, hijri_month1) {
            return Some((i + 1, m, true, amb));
        }
        if self.is(i, &["ربيع"]) {
            let q = self.fs(i + 1)?;
            return Some((i + 2, 2 + q, true, false));
        }
        if self.is(i, &["جمادي"]) {
            let q = self.fs(i + 1)?;
            return Some((i + 2, 4 + q, true, false));
        }
        if self.is(i, &["ذو", "ذي", "ذا"]) {
            if self.isx(i + 1, &["القعده"]) {
                return Some((i + 2, 11, true, false));
            }
            if self.isx(i + 1, &["الحجه"]) {
                return Some((i + 2, 12, true, false));
            }
        }
        None
    }

    /// A month: name, "شهر" + name/number, "الشهر" + ordinal.
    fn month(&self, i: usize) -> Option<(usize, u32, bool, bool)> {
        if self.is(i, &["شهر", "الشهر"]) {
            if let Some((j, m, h, _)) = self.month_name(i + 1) {
                return Some((j, m, h, false));
            }
            if let Some(n) = self.num(i + 1) {
                if self.nd(i + 1) <= 2 && (1..=12).contains(&n) {
                    return Some((i + 2, n as u32, false, false));
                }
                return None;
            }
            if self.isx(i + 1, &["واحد", "واحده"]) {
                return None;
            }
            let (j, v, _) = self.numw(i + 1)?;
            if (1..=12).contains(&v) {
                return Some((j, v, false, false));
            }
            return None;
        }
        self.month_name(i)
    }

    /// "هذا الشهر", "الشهر الماضي/الجاري/المقبل": month offset.
    fn month_rel(&self, i: usize) -> Option<(usize, i32)> {
        if self.isx(i, &["هذا"]) && self.is(i + 1, &["الشهر"]) {
            return Some((i + 2, 0));
        }
        if self.is(i, &["الشهر"]) {
            let d = self.find(i + 1, dir_word)?;
            return Some((i + 2, dir_off(d)));
        }
        None
    }

    // ------------------------------------------------------------ years
    /// A year next to a date: "2021", "عام 2021", "من عام 2014", "1442 هـ",
    /// "السنة القادمة". Returns (end, year, strong) where strong = keyword or
    /// calendar marker present.
    fn year_part(&self, i: usize) -> Option<(usize, Ys, bool)> {
        let mut j = i;
        if self.p(j, ',') {
            j += 1;
        }
        let mut k = j;
        if self.isx(k, &["من", "في"]) {
            k += 1;
        }
        let kw = self.is(k, &["عام", "سنه", "العام", "السنه", "عامي"]);
        if kw {
            if let Some(d) = self.find(k + 1, dir_word) {
                return Some((k + 2, Ys::Rel(dir_off(d)), true));
            }
            k += 1;
        } else if self.isx(k, &["هذا", "هذه"]) && self.is(k + 1, &["العام", "السنه"])
        {
            return Some((k + 2, Ys::Rel(0), true));
        }
        let y = self.num(k)?;
        if self.nd(k) != 4 || !(1300..=2200).contains(&y) {
            return None;
        }
        let mut e = k + 1;
        let mut cal = None;
        if self.isx(e, &["ه", "هجري", "هجريه", "للهجره"]) {
            cal = Some(true);
            e += 1;
        } else if self.isx(e, &["م", "ميلادي", "ميلاديه", "للميلاد"]) {
            cal = Some(false);
            e += 1;
        }
        Some((e, Ys::Abs(y as i32, cal), kw || cal.is_some()))
    }

    /// Year for a month/day without a stated year.
    fn infer_year(&self, m: u32, d: u32) -> i32 {
        let today = self.c.today();
        let y = today.year();
        if self.c.duck {
            return y;
        }
        match NaiveDate::from_ymd_opt(y, m, d.min(28)) {
            Some(x) if (x - today).num_days() > self.c.future_days => y - 1,
            _ => y,
        }
    }

    /// Hijri year for a Hijri month/day without a stated year.
    fn infer_hijri_year(&self, m: u32, d: u32) -> Option<i32> {
        let today = self.c.today();
        let (hy, _, _) = greg_to_hijri(today)?;
        let g = hijri_to_greg(hy, m, d.min(29))?;
        Some(if self.c.duck {
            if g < today {
                hy + 1
            } else {
                hy
            }
        } else if (g - today).num_days() > self.c.future_days {
            hy - 1
        } else {
            hy
        })
    }

    /// Hijri year whose month `m` starts in Gregorian year `gy`.
    fn hijri_year_in(&self, gy: i32, m: u32) -> Option<i32> {
        let jan = NaiveDate::from_ymd_opt(gy, 1, 1)?;
        let (hy0, _, _) = greg_to_hijri(jan)?;
        (hy0..=hy0 + 1).find(|&hy| hijri_to_greg(hy, m, 1).map(|g| g.year()) == Some(gy))
    }

    fn resolve_dmy(&self, d: u32, m: u32, hijri: bool, ys: Option<Ys>) -> Option<Tv> {
        if hijri {
            let hy = match ys {
                Some(Ys::Abs(y, _)) if y < 1700 => y,
                Some(Ys::Abs(y, _)) => self.hijri_year_in(y, m)?,
                Some(Ys::Rel(_)) => return None,
                None => self.infer_hijri_year(m, d)?,
            };
            return Some(Tv::day(hijri_to_greg(hy, m, d)?).hijri(true));
        }
        let y = match ys {
            Some(Ys::Abs(y, _)) => y,
            Some(Ys::Rel(o)) => self.c.today().year() + o,
            None => self.infer_year(m, d),
        };
        Some(Tv::day(NaiveDate::from_ymd_opt(y, m, d)?))
    }

    // ------------------------------------------------------------ dates
    /// "5 يوليو/تموز 2021", "الرابع من نيسان", "15 رمضان 1442 هـ",
    /// "العاشر من الشهر الجاري".
    fn dmy(&self, i: usize) -> Option<(usize, Tv)> {
        let (mut j, d) = self.dom(i)?;
        if self.isx(j, &["من"]) {
            j += 1;
        }
        if let Some((e, off)) = self.month_rel(j) {
            let base = add_months(self.c.today().with_day(1)?, off)?;
            return Some((e, Tv::day(base.with_day(d)?)));
        }
        let (j2, m, hijri, _) = self.month(j)?;
        let (j3, ys) = match self.year_part(j2) {
            Some((e, y, _)) => (e, Some(y)),
            None => (j2, None),
        };
        if ys.is_none() && !hijri {
            // "22 مايو الماضي" is the last 22 May before today, "المقبل"
            // the next one after it (the same day is neither).
            if let Some(dir @ (Dir::Past | Dir::Next)) = self.find(j3, dir_word) {
                let today = self.c.today();
                let at = |y: i32| NaiveDate::from_ymd_opt(y, m, d);
                let y = today.year();
                let date = match dir {
                    Dir::Past => match at(y) {
                        Some(x) if x < today => x,
                        _ => at(y - 1)?,
                    },
                    _ => match at(y) {
                        Some(x) if x > today => x,
                        _ => at(y + 1)?,
                    },
                };
                return Some((j3 + 1, Tv::day(date)));
            }
        }
        Some((j3, self.resolve_dmy(d, m, hijri, ys)?))
    }

    /// Numeric dates: 5/7/2021, 2021-07-05, 5.7.2021, 21/09 (with context), 2/2013.
    fn numeric_date(&self, i: usize) -> Option<(usize, Tv)> {
        let a = self.num(i)?;
        let sep = self.tok(i + 1)?.w.chars().next()?;
        if !matches!(sep, '/' | '-' | '.') || !self.adj(i) || !self.adj(i + 1) {
            return None;
        }
        let b = self.num(i + 2)?;
        let three = self.p(i + 3, sep) && self.adj(i + 2) && self.adj(i + 3);
        if three {
            let c = self.num(i + 4)?;
            let (y, m, d) = if self.nd(i) == 4 {
                (a, b, c)
            } else if self.nd(i + 4) == 4 {
                (c, b, a)
            } else if self.nd(i + 4) == 2 {
                (2000 + c, b, a)
            } else {
                return None;
            };
            let (y, m, d) = (
                i32::try_from(y).ok()?,
                u32::try_from(m).ok()?,
                u32::try_from(d).ok()?,
            );
            let mut e = i + 5;
            let marked = self.isx(e, &["ه", "هجري", "هجريه", "للهجره"]);
            if marked || self.isx(e, &["م", "ميلادي", "ميلاديه"]) {
                e += 1;
            }
            // Saudi style "19/7/1436": a year before 1600 is a Hijri year.
            if marked || y < 1600 {
                return Some((e, Tv::day(hijri_to_greg(y, m, d)?).hijri(true)));
            }
            return Some((e, Tv::day(NaiveDate::from_ymd_opt(y, m, d)?)));
        }
        if sep != '/' {
            return None;
        }
        if self.nd(i + 2) == 4 && (1..=12).contains(&a) && (1900..=2100).contains(&b) {
            let d = NaiveDate::from_ymd_opt(b as i32, a as u32, 1)?;
            return Some((i + 3, Tv::at(mid(d), Grain::Month)));
        }
        // D/M needs context: a weekday, "يوم", "في", "بتاريخ" before it.
        let ctx = i > 0
            && (self.find(i - 1, weekday).is_some()
                || self.is(i - 1, &["يوم", "في", "تاريخ", "الموافق", "منذ"]));
        if ctx && (1..=31).contains(&a) && (1..=12).contains(&b) && self.nd(i + 2) <= 2 {
            let (d, m) = (a as u32, b as u32);
            let y = self.infer_year(m, d);
            return Some((i + 3, Tv::day(NaiveDate::from_ymd_opt(y, m, d)?)));
        }
        None
    }

    fn wd_on_or_before(&self, wd: u32) -> NaiveDate {
        let t = self.c.today();
        let tw = t.weekday().num_days_from_monday();
        t - Duration::days(i64::from((tw + 7 - wd) % 7))
    }
    fn wd_before(&self, wd: u32) -> NaiveDate {
        let t = self.c.today();
        let tw = t.weekday().num_days_from_monday();
        let d = (tw + 7 - wd) % 7;
        t - Duration::days(i64::from(if d == 0 { 7 } else { d }))
    }
    fn wd_after(&self, wd: u32) -> NaiveDate {
        let t = self.c.today();
        let tw = t.weekday().num_days_from_monday();
        let d = (wd + 7 - tw) % 7;
        t + Duration::days(i64::from(if d == 0 { 7 } else { d }))
    }
    fn week_start(&self, off: i32) -> NaiveDate {
        let t = self.c.today();
        let tw = t.weekday().num_days_from_monday();
        t - Duration::days(i64::from(tw)) + Duration::days(7 * i64::from(off))
    }

    /// "[من] هذا الاسبوع", "الاسبوع الماضي": week offset.
    fn week_ref(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.isx(i, &["من", "في"]) {
            i + 1
        } else {
            i
        };
        if self.isx(j, &["هذا"]) && self.is(j + 1, &["الاسبوع"]) {
            return Some((j + 2, 0));
        }
        if self.is(j, &["الاسبوع"]) {
            let d = self.find(j + 1, dir_word)?;
            return Some((j + 2, dir_off(d)));
        }
        None
    }

    /// Weekday forms: "الإثنين", "يوم السبت", "الإثنين الماضي", "الثلاثاء المقبل",
    /// "أحد الأسبوع الماضي", "الاثنين 18 شباط", "السبت السادس عشر".
    fn weekday_expr(&self, i: usize) -> Option<(usize, Tv)> {
        let mut j = i;
        if self.isx(j, &["يوم", "اليوم", "نهار"]) {
            j += 1;
        }
        let mut this = false;
        if self.isx(j, &["هذا"]) {
            this = true;
            j += 1;
        }
        let (wd, al) = self.find(j, weekday)?;
        let k = j + 1;
        if let Some((e, off)) = self.week_ref(k) {
            return Some((
                e,
                Tv::day(self.week_start(off) + Duration::days(i64::from(wd))),
            ));
        }
        if !al {
            return None;
        }
        let mut k2 = k;
        if self.p(k2, ',') {
            k2 += 1;
        }
        if self.isx(k2, &["الموافق", "الموافقه", "المصادف"]) {
            k2 += 1;
        }
        if let Some(x) = self.dmy(k2).or_else(|| self.numeric_date(k2)) {
            return Some(x);
        }
        // a bare number after a comma, or before "من" ("قُتل، الأحد، 3 من
        // المحتجين"), is a count, not the day of the month
        let after_comma = self.p(k, ',');
        let of_something = |e: usize| self.isx(e, &["من"]) && !self.isx(e + 1, &["الشهر"]);
        let bare_day = self
            .day_num(k2)
            .filter(|&(e, _)| !after_comma && !of_something(e));
        if let Some((e, d)) = bare_day {
            // Weekday + day of month: the nearby month where they agree.
            let t = self.c.today().with_day(1)?;
            let offs: [i32; 3] = if self.c.duck { [0, 1, -1] } else { [0, -1, 1] };
            let mut pick = None;
            for o in offs {
                let base = add_months(t, o)?;
                if let Some(x) = base.with_day(d) {
                    if x.weekday().num_days_from_monday() == wd {
                        pick = Some(x);
                        break;
                    }
                }
            }
            // no nearby month where they agree: not a day of the month
            // ("الجمعة السابعة لمسيرات العودة" is the seventh Friday of the
            // marches), so the weekday alone is read below
            if let Some(x) = pick {
                return Some((e, Tv::day(x)));
            }
        }
        if let Some(d) = self.find(k, dir_word) {
            let x = match d {
                Dir::Past => self.wd_before(wd),
                Dir::Next => self.wd_after(wd),
                Dir::This => self.week_start(0) + Duration::days(i64::from(wd)),
            };
            return Some((k + 1, Tv::day(x)));
        }
        let x = if self.c.duck {
            self.wd_after(wd)
        } else {
            self.wd_on_or_before(wd)
        };
        let _ = this;
        Some((k, Tv::day(x)))
    }

    /// "الآن", "اليوم", "أمس", "البارحة", "غداً", "بعد غد", "أول أمس", ...
    fn rel_day(&self, i: usize) -> Option<(usize, Tv)> {
        if self.isx(i, &["الان", "حالا", "الحين"]) {
            return Some((i + 1, Tv::at(self.c.now(), Grain::Second)));
        }
        if self.isx(i, &["هذه"]) && self.isx(i + 1, &["اللحظه"]) {
            return Some((i + 2, Tv::at(self.c.now(), Grain::Second)));
        }
        const YEST: [&str; 4] = ["امس", "الامس", "البارحه", "امبارح"];
        const TOM: [&str; 5] = ["غدا", "بكره", "بكرا", "الغد", "غد"];
        let day = |off: i64| Tv::day(self.c.today() + Duration::days(off));
        let two = |j: usize| -> Option<(usize, i64)> {
            if self.is(j, &["قبل", "القبل"]) && self.is(j + 1, &YEST) {
                return Some((j + 2, -2));
            }
            if self.isx(j, &["اول"]) && self.is(j + 1, &["امس"]) {
                return Some((j + 2, -2));
            }
            if self.isx(j, &["اول"]) && self.isx(j + 1, &["من"]) && self.is(j + 2, &["امس"])
            {
                return Some((j + 3, -2));
            }
            if self.is(j, &["بعد"]) && self.is(j + 1, &TOM) {
                return Some((j + 2, 2));
            }
            None
        };
        if self.isx(i, &["يوم", "اليوم"]) {
            let mut j = i + 1;
            if self.isx(j, &["الذي", "الي", "اللي"]) {
                j += 1;
            }
            if let Some((e, off)) = two(j) {
                return Some((e, day(off)));
            }
            if self.isx(i, &["يوم"]) && self.isx(i + 1, &["غد", "الغد"]) {
                return Some((i + 2, day(1)));
            }
            if self.isx(i, &["اليوم"]) {
                // "في اليوم نفسه", "في نفس اليوم": the day of the event
                // told before, not the reference.
                if self.isx(i + 1, &["نفسه", "ذاته"]) || (i > 0 && self.isx(i - 1, &["نفس", "ذات"]))
                {
                    return None;
                }
                match self.find(i + 1, dir_word) {
                    Some(Dir::Past) => return Some((i + 2, day(-1))),
                    // "اليوم التالي": the day after some event, not the reference.
                    Some(Dir::Next) => return None,
                    _ => return Some((i + 1, day(0))),
                }
            }
            return None;
        }
        if self.isx(i, &["هذا"]) && self.isx(i + 1, &["اليوم"]) {
            return Some((i + 2, day(0)));
        }
        if let Some((e, off)) = two(i) {
            return Some((e, day(off)));
        }
        if self.is(i, &YEST) {
            return Some((i + 1, day(-1)));
        }
        if self.is(i, &["غدا", "بكره", "بكرا", "الغد"]) {
            return Some((i + 1, day(1)));
        }
        None
    }

    /// Start of the period of `unit` containing the reference, shifted by `n`.
    fn unit_start(&self, unit: Unit, n: i64) -> Option<NaiveDateTime> {
        let now = self.c.now();
        let today = now.date();
        Some(match unit {
            Unit::Minute => now.with_second(0)?.with_nanosecond(0)? + Duration::minutes(n),
            Unit::Hour => {
                now.with_minute(0)?.with_second(0)?.with_nanosecond(0)? + Duration::hours(n)
            }
            Unit::Day => mid(today + Duration::days(n)),
            Unit::Week => mid(self.week_start(i32::try_from(n).ok()?)),
            Unit::Month => mid(add_months(today.with_day(1)?, i32::try_from(n).ok()?)?),
            Unit::Year => mid(NaiveDate::from_ymd_opt(
                today.year() + i32::try_from(n).ok()?,
                1,
                1,
            )?),
        })
    }

    /// "قبل ثلاثة أيام", "منذ يومين", "بعد أسبوعين", "خلال اسبوعين", "من اسبوع".
    fn rel_unit(&self, i: usize) -> Option<(usize, Tv)> {
        #[derive(PartialEq)]
        enum K {
            Ago,
            After,
            Within,
        }
        let mut j = i + 1;
        let k = if self.is(i, &["قبل", "منذ"]) || self.isx(i, &["من"]) {
            K::Ago
        } else if self.is(i, &["بعد"]) {
            K::After
        } else if self.is(i, &["خلال", "غضون"]) {
            K::Within
        } else {
            return None;
        };
        let from_word = self.isx(i, &["من"]);
        if self.isx(j, &["نحو", "حوالي", "قرابه", "زهاء"]) {
            j += 1;
        }
        let (e, n, unit) = if let Some((u, Some(c))) = self.find(j, unit_word) {
            if self.word(j).map(|t| t.w.starts_with("ال")).unwrap_or(false) {
                return None;
            }
            (j + 1, c, u)
        } else {
            let (e, n) = if let Some(n) = self.num(j) {
                (j + 1, u32::try_from(n).ok()?)
            } else {
                let (e, v, ord) = self.numw(j)?;
                if ord && v != 10 {
                    return None;
                }
                (e, v)
            };
            let (u, _) = self.find(e, unit_word)?;
            (e + 1, n, u)
        };
        // "خلال شهر أبريل", "قبل شهر رمضان", "منذ عام 2003", "شهر 5": a
        // calendar name or number follows, so this is not a duration.
        if self.num(e).is_some() || (unit == Unit::Month && self.month_name(e).is_some()) {
            return None;
        }
        if from_word && !(unit == Unit::Week && n == 1) {
            return None;
        }
        // "بعد يومين من الهجوم": relative to another event, not the reference.
        if self.isx(e, &["من", "على", "علي"]) && k != K::Within {
            return None;
        }
        if n == 0 || n > 1000 {
            return None;
        }
        let n = i64::from(n);
        let now = self.c.now();
        let shift = |sign: i64| -> Option<Tv> {
            let s = sign * n;
            Some(match unit {
                Unit::Minute => Tv::at(self.unit_start(unit, s)?, Grain::Minute),
                Unit::Hour => Tv::at(self.unit_start(unit, s)?, Grain::Hour),
                Unit::Day => Tv::day(now.date() + Duration::days(s)),
                Unit::Week => Tv::day(now.date() + Duration::days(7 * s)),
                Unit::Month => Tv::at(
                    mid(add_months(now.date(), i32::try_from(s).ok()?)?),
                    Grain::Day,
                )
                .month_trunc(),
                Unit::Year => Tv::at(
                    mid(NaiveDate::from_ymd_opt(
                        now.year() + i32::try_from(s).ok()?,
                        1,
                        1,
                    )?),
                    Grain::Year,
                ),
            })
        };
        let tv = match k {
            K::Ago => shift(-1)?,
            K::After => shift(1)?,
            K::Within => {
                let end = match unit {
                    Unit::Minute => now + Duration::minutes(n),
                    Unit::Hour => now + Duration::hours(n),
                    Unit::Day => mid(now.date() + Duration::days(n)),
                    Unit::Week => mid(now.date() + Duration::days(7 * n)),
                    Unit::Month => mid(add_months(now.date(), i32::try_from(n).ok()?)?),
                    Unit::Year => mid(add_months(now.date(), 12 * i32::try_from(n).ok()?)?),
                };
                Tv::span(now, end, Grain::Second)
            }
        };
        Some((e, tv))
    }

    /// "الأيام الثلاثة الماضية", "الاسابيع الثلاثة القادمة", "الساعات الـ24 الماضية",
    /// "اليومين الماضيين".
    fn period_n(&self, i: usize) -> Option<(usize, Tv)> {
        let t = self.word(i)?;
        if !t.w.starts_with("ال") {
            return None;
        }
        let (unit, cnt) = unit_word(t.w)?;
        let mut j = i + 1;
        let n = match cnt {
            Some(2) => 2,
            Some(_) => return None,
            None => {
                if self.isx(j, &["ال"]) {
                    j += 1;
                }
                if let Some(n) = self.num(j) {
                    j += 1;
                    u32::try_from(n).ok()?
                } else {
                    let (e, v, _) = self.numw(j)?;
                    j = e;
                    v
                }
            }
        };
        let d = self.find(j, dir_word)?;
        let n = i64::from(n);
        let g = grain_of(unit);
        let tv = match d {
            Dir::Past => {
                let end = self.unit_start(unit, 0)?;
                Tv::span(self.unit_start(unit, -n)?, end, g)
            }
            Dir::Next => Tv::span(self.unit_start(unit, 1)?, self.unit_start(unit, n + 1)?, g),
            Dir::This => return None,
        };
        Some((j + 1, tv))
    }

    /// "الأسبوع الماضي", "هذا الشهر", "العام المقبل", "السنة الحالية".
    fn rel_period(&self, i: usize) -> Option<(usize, Tv)> {
        let unit_of = |j: usize| -> Option<Unit> {
            if self.is(j, &["الاسبوع"]) {
                Some(Unit::Week)
            } else if self.is(j, &["الشهر"]) {
                Some(Unit::Month)
            } else if self.is(j, &["العام", "السنه"]) {
                Some(Unit::Year)
            } else {
                None
            }
        };
        let (e, unit, off) = if self.isx(i, &["هذا", "هذه"]) {
            (i + 2, unit_of(i + 1)?, 0)
        } else if self.isx(i + 1, &["قبل"]) && matches!(self.find(i + 2, dir_word), Some(Dir::Past))
        {
            // "الأسبوع قبل الماضي", "العام قبل الماضي".
            (i + 3, unit_of(i)?, -2)
        } else {
            let u = unit_of(i)?;
            let d = self.find(i + 1, dir_word)?;
            (i + 2, u, dir_off(d))
        };
        Some((
            e,
            Tv::at(self.unit_start(unit, i64::from(off))?, grain_of(unit)),
        ))
    }

    /// A month alone: "أبريل الماضي", "شهر رمضان", "آذار 2019", "رمضان 1442 هـ".
    fn month_expr(&self, i: usize) -> Option<(usize, Tv)> {
        let had_shahr = self.is(i, &["شهر", "الشهر"]);
        let (j, m, hijri, amb) = self.month(i)?;
        let (mut e, ys) = match self.year_part(j) {
            Some((e, y, _)) => (e, Some(y)),
            None => (j, None),
        };
        let dir = if ys.is_none() {
            let d = self.find(j, dir_word);
            if d.is_some() {
                e = j + 1;
            }
            d
        } else {
            None
        };
        if amb && ys.is_none() && dir.is_none() && !had_shahr {
            return None;
        }
        if hijri {
            let hy = match (ys, dir) {
                (Some(Ys::Abs(y, _)), _) if y < 1700 => y,
                (Some(Ys::Abs(y, _)), _) => self.hijri_year_in(y, m)?,
                (Some(Ys::Rel(_)), _) => return None,
                (None, Some(d)) => {
                    let (hy, hm, _) = greg_to_hijri(self.c.today())?;
                    match d {
                        Dir::Past => {
                            if m < hm {
                                hy
                            } else {
                                hy - 1
                            }
                        }
                        Dir::Next => {
                            if m > hm {
                                hy
                            } else {
                                hy + 1
                            }
                        }
                        Dir::This => hy,
                    }
                }
                (None, None) => self.infer_hijri_year(m, 1)?,
            };
            let (a, b) = hijri_month_span(hy, m)?;
            return Some((e, Tv::span(mid(a), mid(b), Grain::Month).hijri(true)));
        }
        let today = || self.c.today();
        let y = match (ys, dir) {
            (Some(Ys::Abs(y, _)), _) => y,
            (Some(Ys::Rel(o)), _) => today().year() + o,
            (None, Some(Dir::Past)) => {
                let t = today();
                if m < t.month() {
                    t.year()
                } else {
                    t.year() - 1
                }
            }
            (None, Some(Dir::Next)) => {
                let t = today();
                if m > t.month() {
                    t.year()
                } else {
                    t.year() + 1
                }
            }
            (None, Some(Dir::This)) => today().year(),
            (None, None) => self.infer_year(m, 1),
        };
        Some((
            e,
            Tv::at(mid(NaiveDate::from_ymd_opt(y, m, 1)?), Grain::Month),
        ))
    }

    /// A year: "عام 2020", "سنة 2019", "2021م", "في 2019", "1442 هـ".
    fn year_expr(&self, i: usize) -> Option<(usize, Tv)> {
        let (e, ys, strong) = self.year_part(i)?;
        if !strong {
            let ok = i > 0
                && self.is(
                    i - 1,
                    &[
                        "في",
                        "منذ",
                        "خلال",
                        "حتي",
                        "مطلع",
                        "نهايه",
                        "بدايه",
                        "اواخر",
                        "اوائل",
                        "منتصف",
                    ],
                );
            if !ok {
                return None;
            }
        }
        let tv = match ys {
            Ys::Abs(y, Some(true)) => {
                let a = hijri_to_greg(y, 1, 1)?;
                let b = hijri_to_greg(y + 1, 1, 1)?;
                Tv::span(mid(a), mid(b), Grain::Year).hijri(true)
            }
            Ys::Abs(y, _) if y < 1600 => {
                let a = hijri_to_greg(y, 1, 1)?;
                let b = hijri_to_greg(y + 1, 1, 1)?;
                Tv::span(mid(a), mid(b), Grain::Year).hijri(true)
            }
            Ys::Abs(y, _) => Tv::at(mid(NaiveDate::from_ymd_opt(y, 1, 1)?), Grain::Year),
            Ys::Rel(o) => Tv::at(self.unit_start(Unit::Year, i64::from(o))?, Grain::Year),
        };
        Some((e, tv))
    }

    /// A month-sized period: month expression or "الشهر القادم": (end, start, end).
    fn monthx(&self, i: usize) -> Option<(usize, NaiveDate, NaiveDate)> {
        let j = if self.isx(i, &["من", "في"]) {
            i + 1
        } else {
            i
        };
        if let Some((e, off)) = self.month_rel(j) {
            let a = add_months(self.c.today().with_day(1)?, off)?;
            return Some((e, a, add_months(a, 1)?));
        }
        let (e, tv) = self.month_expr(j)?;
        let a = tv.date();
        let b = match tv.end {
            Some(b) => b.date(),
            None => add_months(a, 1)?,
        };
        Some((e, a, b))
    }

    /// "مطلع عام 2020", "منتصف آذار", "أواخر شهر مارس", "بداية شهر 3", "نهاية العام".
    fn edge_expr(&self, i: usize) -> Option<(usize, Tv)> {
        let edge = self.find(i, edge_word)?;
        let j = i + 1;
        let mut cands: Vec<(usize, Tv)> = Vec::new();
        if let Some((e, a, b)) = self.monthx(j) {
            let mut t = Tv::at(mid(a), Grain::Month);
            t.end = Some(mid(b));
            cands.push((e, t));
        }
        if let Some(x) = self.year_expr(j).or_else(|| self.rel_period(j)) {
            cands.push(x);
        }
        if self.is(j, &["العام", "السنه"]) {
            cands.push((j + 1, Tv::at(self.unit_start(Unit::Year, 0)?, Grain::Year)));
        }
        if self.is(j, &["الشهر"]) {
            let a = self.c.today().with_day(1)?;
            let mut t = Tv::at(mid(a), Grain::Month);
            t.end = Some(mid(add_months(a, 1)?));
            cands.push((j + 1, t));
        }
        let (e, base) = cands.into_iter().max_by_key(|c| c.0)?;
        let tv = match base.grain {
            Grain::Month => {
                let a = base.date();
                let b = match base.end {
                    Some(b) => b.date(),
                    None => add_months(a, 1)?,
                };
                let d = |n: i64| mid(a + Duration::days(n));
                match edge {
                    Edge::Begin => Tv::day(a),
                    Edge::Mid => Tv::day(a + Duration::days(14)),
                    Edge::Early => Tv::span(d(0), d(10), Grain::Day),
                    Edge::Middle => Tv::span(d(10), d(20), Grain::Day),
                    Edge::Late => Tv::span(d(20), mid(b), Grain::Day),
                }
                .hijri(base.hijri)
            }
            Grain::Year => {
                let a = base.date();
                let b = match base.end {
                    Some(b) => b.date(),
                    None => add_months(a, 12)?,
                };
                let (x, y) = match edge {
                    Edge::Begin | Edge::Early => (a, add_months(a, 4)?),
                    Edge::Mid | Edge::Middle => (add_months(a, 4)?, add_months(a, 8)?),
                    Edge::Late => (add_months(a, 8)?, b),
                };
                let mut t = Tv::span(mid(x), mid(y), Grain::Year).hijri(base.hijri);
                t.start = mid(x);
                t
            }
            _ => base,
        };
        Some((e, tv))
    }

    /// Ordinal for "nth weekday" rules: 1..=5, or -1 for last.
    fn nth_ord(&self, i: usize, with_al: bool) -> Option<(usize, i32)> {
        if with_al {
            if self.isx(i, &["الاخير", "الاخيره"]) {
                return Some((i + 1, -1));
            }
            if !self.word(i)?.w.starts_with("ال") {
                return None;
            }
        } else {
            if self.isx(i, &["اخر"]) {
                return Some((i + 1, -1));
            }
            if self.word(i)?.w.starts_with("ال") {
                return None;
            }
        }
        let (u, k) = num_word(self.word(i)?.w)?;
        (k == NumKind::Ord && u <= 5).then_some((i + 1, u as i32))
    }

    /// "ثالث ثلاثاء في أيلول 2014", "الاثنين الاخير من شهر اذار", "اخر يوم بشهر عشرة",
    /// "اول اسبوع بشهر اكتوبر 2014", "ثالث ثلاثاء بعد كريسماس 2014".
    fn nth_expr(&self, i: usize) -> Option<(usize, Tv)> {
        #[derive(Clone, Copy)]
        enum What {
            Wd(u32),
            Day,
            Week,
        }
        let mut forms: Vec<(usize, i32, What)> = Vec::new();
        // Form A: ORD [يوم] (WD|يوم|اسبوع)
        if let Some((j, n)) = self.nth_ord(i, false) {
            if let Some((wd, _)) = self.find(j, weekday) {
                forms.push((j + 1, n, What::Wd(wd)));
            } else if self.isx(j, &["يوم"]) {
                if let Some((wd, _)) = self.find(j + 1, weekday) {
                    forms.push((j + 2, n, What::Wd(wd)));
                } else {
                    forms.push((j + 1, n, What::Day));
                }
            } else if self.isx(j, &["اسبوع"]) {
                forms.push((j + 1, n, What::Week));
            }
        }
        // Form B: (WD|اليوم|الاسبوع) ORD-with-ال
        let what = if let Some((wd, _)) = self.find(i, weekday) {
            Some(What::Wd(wd))
        } else if self.isx(i, &["اليوم"]) {
            Some(What::Day)
        } else if self.isx(i, &["الاسبوع"]) {
            Some(What::Week)
        } else {
            None
        };
        if let Some(w) = what {
            if let Some((j, n)) = self.nth_ord(i + 1, true) {
                forms.push((j, n, w));
            }
        }
        let mut best: Option<(usize, Tv)> = None;
        for (j, n, w) in forms {
            let mut k = j;
            // After a holiday: "ثالث ثلاثاء بعد كريسماس 2014".
            if let What::Wd(wd) = w {
                if self.isx(k, &["بعد"]) && n > 0 {
                    if let Some((e, h)) = self.holiday(k + 1) {
                        let base = h.date();
                        let bw = base.weekday().num_days_from_monday();
                        let mut d = (wd + 7 - bw) % 7;
                        if d == 0 {
                            d = 7;
                        }
                        let x = base + Duration::days(i64::from(d) + 7 * i64::from(n - 1));
                        if best.as_ref().is_none_or(|b| e > b.0) {
                            best = Some((e, Tv::day(x)));
                        }
                    }
                    continue;
                }
            }
            if self.isx(k, &["من", "في"]) {
                k += 1;
            }
            let Some((e, a, b)) = self.monthx(k) else {
                continue;
            };
            let last = b - Duration::days(1);
            let x = match w {
                What::Wd(wd) => {
                    if n < 0 {
                        let lw = last.weekday().num_days_from_monday();
                        last - Duration::days(i64::from((lw + 7 - wd) % 7))
                    } else {
                        let aw = a.weekday().num_days_from_monday();
                        let first = a + Duration::days(i64::from((wd + 7 - aw) % 7));
                        first + Duration::days(7 * i64::from(n - 1))
                    }
                }
                What::Day => {
                    if n < 0 {
                        last
                    } else {
                        a + Duration::days(i64::from(n - 1))
                    }
                }
                What::Week => {
                    let x = if n < 0 {
                        let lw = last.weekday().num_days_from_monday();
                        let sunday = last - Duration::days(i64::from((lw + 1) % 7));
                        sunday - Duration::days(6)
                    } else {
                        let aw = a.weekday().num_days_from_monday();
                        let first = a + Duration::days(i64::from((7 - aw) % 7));
                        first + Duration::days(7 * i64::from(n - 1))
                    };
                    if x >= b || x < a {
                        continue;
                    }
                    if best.as_ref().is_none_or(|bb| e > bb.0) {
                        best = Some((e, Tv::at(mid(x), Grain::Week)));
                    }
                    continue;
                }
            };
            if x >= b || x < a {
                continue;
            }
            if best.as_ref().is_none_or(|bb| e > bb.0) {
                best = Some((e, Tv::day(x)));
            }
        }
        best
    }

    /// Day ranges: "بين 3 و5 مارس", "من 13 تموز الى 15 تموز", "يوليو 13-15",
    /// "من 27-29 من الشهر الثامن".
    fn range_expr(&self, i: usize) -> Option<(usize, Tv)> {
        let between = self.isx(i, &["بين"]);
        let j = if self.isx(i, &["من", "بين"]) {
            i + 1
        } else {
            i
        };
        let sep = |k: usize| -> Option<usize> {
            if self.p(k, '-') || self.p(k, '–') {
                return Some(k + 1);
            }
            if self.is(k, &["الي", "حتي", "لغايه"]) && !self.isx(k, &["و"]) {
                return Some(k + 1);
            }
            if self.isx(k, &["و"]) {
                if self.is(k + 1, &["حتي", "الي"]) {
                    return Some(k + 2);
                }
                if between {
                    return Some(k + 1);
                }
            }
            None
        };
        // Form 1: D1 [M1 [Y1]] SEP D2 [من] M2 [Y2]
        let form1 = || -> Option<(usize, Tv)> {
            let (mut k, d1) = self.day_num(j)?;
            let mut m1 = None;
            let mut y1 = None;
            if let Some((e, m, h, _)) = self.month(k) {
                m1 = Some((m, h));
                k = e;
                if let Some((e, y, _)) = self.year_part(k) {
                    y1 = Some(y);
                    k = e;
                }
            }
            let k = if between && m1.is_none() {
                // "بين 3 و5": the و may be attached to the number word.
                match sep(k) {
                    Some(s) => s,
                    None => {
                        let w = self.word(k)?;
                        if !w.w.starts_with('و') {
                            return None;
                        }
                        k
                    }
                }
            } else {
                sep(k)?
            };
            let (mut k, d2) = self.day_num(k)?;
            if self.isx(k, &["من"]) {
                k += 1;
            }
            let (mut e, m2, h2, _) = self.month(k)?;
            let mut y2 = None;
            if let Some((e2, y, _)) = self.year_part(e) {
                y2 = Some(y);
                e = e2;
            }
            let (m1v, h1) = m1.unwrap_or((m2, h2));
            if h1 != h2 {
                return None;
            }
            let a = self.resolve_dmy(d1, m1v, h1, y1.or(y2))?;
            let b = self.resolve_dmy(d2, m2, h2, y2.or(y1))?;
            let (a, b) = (a.date(), b.date());
            let a = if a > b && m1v > m2 {
                a.with_year(a.year() - 1)?
            } else {
                a
            };
            if a > b {
                return None;
            }
            Some((
                e,
                Tv::span(mid(a), mid(b + Duration::days(1)), Grain::Day).hijri(h2),
            ))
        };
        // Form 2: M D1 SEP D2 [Y]
        let form2 = || -> Option<(usize, Tv)> {
            let (k, m, h, _) = self.month(j)?;
            self.num(k)?;
            let (k, d1) = self.day_num(k)?;
            let k = sep(k)?;
            let (mut e, d2) = self.day_num(k)?;
            let mut y = None;
            if let Some((e2, yy, _)) = self.year_part(e) {
                y = Some(yy);
                e = e2;
            }
            let a = self.resolve_dmy(d1, m, h, y)?.date();
            let b = self.resolve_dmy(d2, m, h, y)?.date();
            if a > b {
                return None;
            }
            Some((
                e,
                Tv::span(mid(a), mid(b + Duration::days(1)), Grain::Day).hijri(h),
            ))
        };
        match (form1(), form2()) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// Holidays: "عيد الفطر", "عيد الأضحى 2013", "رأس السنة الهجرية", "عيد الميلاد".
    fn holiday(&self, i: usize) -> Option<(usize, Tv)> {
        #[derive(Clone, Copy)]
        enum H {
            Xmas,
            Easter,
            Fitr,
            Adha,
            HijriNy,
            NewYear,
        }
        let (mut e, h) = if self.is(i, &["عيد"]) {
            let w = self.word(i + 1)?.w;
            let h = match w {
                "الميلاد" => H::Xmas,
                "الفصح" => H::Easter,
                "الفطر" => H::Fitr,
                "الاضحي" => H::Adha,
                _ => return None,
            };
            (i + 2, h)
        } else if self.is(i, &["كريسماس", "الكريسماس"]) {
            (i + 1, H::Xmas)
        } else if self.isx(i, &["راس"]) && self.isx(i + 1, &["السنه", "العام"]) {
            if self.isx(i + 2, &["الهجريه"]) {
                (i + 3, H::HijriNy)
            } else if self.isx(i + 2, &["الميلاديه"]) {
                (i + 3, H::NewYear)
            } else {
                (i + 2, H::NewYear)
            }
        } else {
            return None;
        };
        if self.isx(e, &["المجيد", "المبارك", "السعيد"]) {
            e += 1;
        }
        let hij = |h: H| -> Option<(u32, u32)> {
            match h {
                H::Fitr => Some((10, 1)),
                H::Adha => Some((12, 10)),
                H::HijriNy => Some((1, 1)),
                _ => None,
            }
        };
        let occ = |gy: i32| -> Option<NaiveDate> {
            match h {
                H::Xmas => NaiveDate::from_ymd_opt(gy, 12, 25),
                H::NewYear => NaiveDate::from_ymd_opt(gy, 1, 1),
                H::Easter => easter(gy),
                _ => {
                    let (m, d) = hij(h)?;
                    let jan = NaiveDate::from_ymd_opt(gy, 1, 1)?;
                    let (hy0, _, _) = greg_to_hijri(jan)?;
                    (hy0..=hy0 + 1)
                        .filter_map(|hy| hijri_to_greg(hy, m, d))
                        .find(|g| g.year() == gy)
                }
            }
        };
        let is_hij = hij(h).is_some();
        if let Some((e2, ys, _)) = self.year_part(e) {
            let date = match ys {
                Ys::Abs(y, _) if y < 1700 => {
                    let (m, d) = hij(h)?;
                    hijri_to_greg(y, m, d)?
                }
                Ys::Abs(y, _) => occ(y)?,
                Ys::Rel(o) => occ(self.c.today().year() + o)?,
            };
            return Some((e2, Tv::day(date).hijri(is_hij)));
        }
        let today = self.c.today();
        let y = today.year();
        let cands: Vec<NaiveDate> = (y - 1..=y + 1).filter_map(occ).collect();
        let date = if self.c.duck {
            cands.iter().copied().find(|d| *d >= today)?
        } else {
            cands
                .iter()
                .copied()
                .min_by_key(|d| ((*d - today).num_days().abs(), *d > today))?
        };
        Some((e, Tv::day(date).hijri(is_hij)))
    }

    // ------------------------------------------------------------ clock
    /// Part of day after a clock: "صباحاً", "هذا الصباح", "بعد الظهر", "قبل المغرب".
    fn clock_pod(&self, i: usize) -> Option<(usize, Pod)> {
        let j = if self.isx(i, &["هذا", "هذه"]) {
            i + 1
        } else {
            i
        };
        if let Some(p) = self.find(j, pod_word) {
            return Some((j + 1, p));
        }
        if self.is(i, &["بعد"]) {
            let w = self.word(i + 1)?.w;
            let p = match w {
                "الظهر" | "الظهيره" | "ظهر" => Pod::Afternoon,
                "العصر" => Pod::Asr,
                "المغرب" => Pod::Evening,
                "منتصف" => return None,
                _ => return None,
            };
            return Some((i + 2, p));
        }
        if self.is(i, &["قبل"]) {
            let w = self.word(i + 1)?.w;
            let p = match w {
                "الظهر" | "الظهيره" => Pod::BeforeNoon,
                "المغرب" => Pod::Asr,
                "الفجر" => Pod::Dawn,
                _ => return None,
            };
            return Some((i + 2, p));
        }
        None
    }

    fn fraction(&self, i: usize) -> Option<u32> {
        self.find(i, |f| match f {
            "ربع" | "الربع" | "ربعا" => Some(15),
            "نصف" | "النصف" | "نص" => Some(30),
            "ثلث" | "الثلث" | "ثلثا" => Some(20),
            _ => None,
        })
    }

    /// Minutes as a number + "دقيقة": (end, minutes).
    fn minutes(&self, i: usize) -> Option<(usize, u32)> {
        let (e, v) = if let Some(n) = self.num(i) {
            (i + 1, u32::try_from(n).ok()?)
        } else {
            let (e, v, _) = self.numw(i)?;
            (e, v)
        };
        if !self.is(e, &["دقيقه", "دقايق"]) || v >= 60 {
            return None;
        }
        Some((e + 1, v))
    }

    /// A clock time: "الساعة 2:45 عصراً", "15:15", "الثالثة فجراً",
    /// "الساعة الخامسة الا ثلث", "الساعة 8 بتوقيت GMT".
    fn clock(&self, i: usize) -> Option<(usize, RawClock)> {
        let mut j = i;
        let mut anchored = false;
        if self.is(j, &["الساعه"]) {
            anchored = true;
            j += 1;
        } else if self.isx(j, &["عند"]) {
            anchored = true;
            j += 1;
            if self.is(j, &["الساعه"]) {
                j += 1;
            }
        }
        let mut c = RawClock {
            h: 0,
            m: 0,
            s: 0,
            grain: Grain::Hour,
            pod: None,
            utc: false,
        };
        let mut k;
        let mut colon = false;
        if let Some(h) = self.num(j) {
            if self.nd(j) > 2 || h > 24 {
                return None;
            }
            c.h = h as u32;
            k = j + 1;
            if self.p(k, ':') && self.nd(k + 1) == 2 && self.adj(j) && self.adj(k) {
                let m = self.num(k + 1)?;
                if m >= 60 {
                    return None;
                }
                c.m = m as u32;
                c.grain = Grain::Minute;
                colon = true;
                k += 2;
                if self.p(k, ':') && self.nd(k + 1) == 2 && self.adj(k) {
                    let s = self.num(k + 1)?;
                    if s >= 60 {
                        return None;
                    }
                    c.s = s as u32;
                    c.grain = Grain::Second;
                    k += 2;
                }
            }
        } else {
            let (mut e, mut h, _) = self.numw(j)?;
            if h > 12 {
                // "الرابعة واربعون دقيقة": the tens belong to the minutes.
                match self.find(j, num_word) {
                    Some((u, NumKind::Card | NumKind::Ord)) => {
                        h = u;
                        e = j + 1;
                    }
                    _ => return None,
                }
            }
            if !(1..=12).contains(&h) {
                return None;
            }
            c.h = h;
            k = e;
        }
        if !colon {
            // "وربع", "والنصف", "و 18 دقيقة", "وخمس واربعون دقيقة", "الا ربعا".
            let conj_sep = self.isx(k, &["و"]);
            let kk = if conj_sep { k + 1 } else { k };
            let attached = self.word(kk).map(|t| t.w.starts_with('و')).unwrap_or(false);
            if conj_sep || attached {
                if let Some(v) = self.fraction(kk) {
                    c.m = v;
                    c.grain = Grain::Minute;
                    k = kk + 1;
                } else if let Some((e, v)) = self.minutes(kk) {
                    c.m = v;
                    c.grain = Grain::Minute;
                    k = e;
                }
            }
            if self.isx(k, &["الا"]) {
                let sub = if let Some(v) = self.fraction(k + 1) {
                    Some((k + 2, v))
                } else {
                    self.minutes(k + 1)
                };
                if let Some((e, v)) = sub {
                    let total = (c.h * 60 + c.m + 24 * 60 - v) % (24 * 60);
                    c.h = total / 60;
                    c.m = total % 60;
                    c.grain = Grain::Minute;
                    k = e;
                }
            }
        }
        if let Some((e, p)) = self.clock_pod(k) {
            c.pod = Some(p);
            k = e;
        }
        // Time zone.
        let gmt = |w: &str| {
            matches!(
                w,
                "gmt" | "utc" | "غرينتش" | "جرينتش" | "غرينيتش" | "جرينيتش"
            )
        };
        if self.is(k, &["توقيت", "التوقيت"]) {
            if self.word(k + 1).map(|t| gmt(t.w)).unwrap_or(false) {
                c.utc = true;
            }
            if self.word(k + 1).is_some() {
                k += 2;
            }
        } else if self.word(k).map(|t| gmt(t.w)).unwrap_or(false) {
            c.utc = true;
            k += 1;
        }
        if c.utc && c.grain == Grain::Hour {
            c.grain = Grain::Minute;
        }
        if !anchored && !colon && c.pod.is_none() {
            return None;
        }
        Some((k, c))
    }

    /// Place a clock on `date` (or the reference day).
    fn place(&self, c: &RawClock, date: Option<NaiveDate>) -> Option<NaiveDateTime> {
        let h = match c.pod {
            Some(p) => p.apply(c.h),
            None if c.h < 12 && date.is_none() => {
                let now = self.c.now();
                let t = NaiveTime::from_hms_opt(c.h, c.m, c.s)?;
                if t < now.time() {
                    c.h + 12
                } else {
                    c.h
                }
            }
            None => c.h,
        };
        let (d, h) = if h >= 24 {
            (
                date.unwrap_or_else(|| self.c.today()) + Duration::days(1),
                h - 24,
            )
        } else {
            (date.unwrap_or_else(|| self.c.today()), h)
        };
        let mut dt = d.and_hms_opt(h, c.m, c.s)?;
        if c.utc {
            dt += Duration::seconds(i64::from(self.c.off_secs));
        }
        Some(dt)
    }

    fn grain_step(g: Grain) -> Duration {
        match g {
            Grain::Second => Duration::seconds(1),
            Grain::Minute => Duration::minutes(1),
            _ => Duration::hours(1),
        }
    }

    /// "من الساعة 3 الى الساعة 4 بعد العصر" on `date` (or the reference day).
    fn clock_range(&self, i: usize, date: Option<NaiveDate>) -> Option<(usize, Tv)> {
        if !self.isx(i, &["من", "بين"]) {
            return None;
        }
        let (k, mut c1) = self.clock(i + 1)?;
        let k = if self.p(k, '-') || self.is(k, &["الي", "حتي", "لغايه"]) {
            k + 1
        } else if self.isx(k, &["و"]) && self.is(k + 1, &["حتي", "الي"]) {
            k + 2
        } else {
            return None;
        };
        let (e, c2) = self.clock(k).or_else(|| {
            // "الى 11 صباحا" without "الساعة": digits + pod.
            let h = self.num(k)?;
            let (e, p) = self.clock_pod(k + 1)?;
            Some((
                e,
                RawClock {
                    h: u32::try_from(h).ok()?,
                    m: 0,
                    s: 0,
                    grain: Grain::Hour,
                    pod: Some(p),
                    utc: false,
                },
            ))
        })?;
        if c1.pod.is_none() {
            c1.pod = c2.pod;
        }
        let a = self.place(&c1, date)?;
        let b = self.place(&c2, date)? + Self::grain_step(c2.grain);
        if b <= a {
            return None;
        }
        let mut tv = Tv::span(a, b, c1.grain);
        tv.clock_only = date.is_none();
        Some((e, tv))
    }

    /// Part of day with a date: "فجر اليوم", "مساء أمس", "صباح الإثنين",
    /// "منتصف ليل الجمعة", "هذه الليلة", "الليلة الماضية".
    fn pod_expr(&self, i: usize) -> Option<(usize, Tv)> {
        let mut j = i;
        let mut pod = None;
        if self.is(j, &["منتصف"]) && self.is(j + 1, &["ليل", "الليل", "ليله"]) {
            pod = Some(Pod::Midnight);
            j += 2;
        } else if self.is(j, &["بعد"]) && self.is(j + 1, &["ظهر", "الظهر", "ظهيره", "الظهيره"])
        {
            pod = Some(Pod::Afternoon);
            j += 2;
        } else {
            if self.isx(j, &["هذا", "هذه"]) {
                j += 1;
            }
            if let Some(p) = self.find(j, pod_word) {
                pod = Some(p);
                j += 1;
            }
        }
        let pod = pod?;
        let mut k = j;
        if self.isx(k, &["من"]) {
            k += 1;
        }
        if self.isx(k, &["يوم"]) && !self.isx(k + 1, &["غد", "الغد"]) {
            k += 1;
        }
        let dated = self
            .weekday_expr(k)
            .or_else(|| self.rel_day(k))
            .or_else(|| self.dmy(k))
            .filter(|(_, t)| t.is_day());
        let (e, date, rel_fix) = match dated {
            Some((e, t)) => (e, t.date(), false),
            None => {
                // Standalone: "هذه الليلة", "الليلة", "هذا الصباح", "الليلة الماضية".
                let w = self.word(j - 1)?.w;
                let demo = self.isx(i, &["هذا", "هذه"]);
                if let Some(Dir::Past) = self.find(j, dir_word) {
                    (j + 1, self.c.today() - Duration::days(1), true)
                } else if demo || w == "الليله" {
                    (j, self.c.today(), true)
                } else {
                    return None;
                }
            }
        };
        let _ = rel_fix;
        Some((e, pod_tv(pod, date)?))
    }

    /// Clock-led expressions: ranges, "حتى الساعة 2:00", clock + date, clock alone.
    fn clock_expr(&self, i: usize) -> Option<(usize, Tv)> {
        if let Some(x) = self.clock_range(i, None) {
            return Some(x);
        }
        if self.is(i, &["حتي", "لغايه"]) {
            let (e, c) = self.clock(i + 1)?;
            let b = self.place(&c, None)?;
            let now = self.c.now();
            if b <= now {
                return None;
            }
            return Some((e, Tv::span(now, b, Grain::Second)));
        }
        let (e, mut c) = self.clock(i)?;
        // Clock followed by a date: "الساعة 3 فجر اليوم", "الساعة 10 من صباح يوم الأحد".
        let mut k = e;
        if self.p(k, ',') || self.isx(k, &["من", "في"]) {
            k += 1;
        }
        if let Some((e2, t)) = self.pod_expr(k) {
            if c.pod.is_none() {
                // The pod of the date phrase applies to the clock.
                if let Some(p) = self.find(k, pod_word) {
                    c.pod = Some(p);
                }
            }
            let mut tv = Tv::at(self.place(&c, Some(t.date()))?, c.grain);
            tv.rel = t.rel;
            return Some((e2, tv));
        }
        if self.isx(k, &["يوم"]) {
            k += 1;
        }
        let dated = self
            .weekday_expr(k)
            .or_else(|| self.rel_day(k))
            .or_else(|| self.dmy(k))
            .filter(|(_, t)| t.is_day() && t.grain == Grain::Day);
        if let Some((e2, t)) = dated {
            return Some((e2, Tv::at(self.place(&c, Some(t.date()))?, c.grain)));
        }
        let mut tv = Tv::at(self.place(&c, None)?, c.grain);
        tv.clock_only = true;
        Some((e, tv))
    }

    /// Attach a clock or part of day after a day-grain date ("أمس مساءً",
    /// "الخميس الساعة 8", "يوم السبت 21/09 الساعة 1:30 بعد الظهر").
    fn attach(&self, j: usize, tv: &Tv) -> Option<(usize, Tv)> {
        let mut k = j;
        if self.p(k, ',') {
            k += 1;
        }
        while self.isx(k, &CONNECT) {
            k += 1;
        }
        let date = tv.date();
        if let Some((e, t)) = self.clock_range(k, Some(date)) {
            return Some((e, t));
        }
        if let Some((e, c)) = self.clock(k) {
            return Some((
                e,
                Tv::at(self.place(&c, Some(date))?, c.grain).hijri(tv.hijri),
            ));
        }
        let k = j;
        if let Some(p) = self.word(k).and_then(|t| pod_word(t.w)) {
            return Some((k + 1, pod_tv(p, date)?.hijri(tv.hijri)));
        }
        None
    }

    /// Every reading at `i`; the longest wins (earlier rules win ties).
    pub(crate) fn expr(&self, i: usize) -> Option<(usize, Tv)> {
        let rules: [&dyn Fn(usize) -> Option<(usize, Tv)>; 15] = [
            &|i| self.nth_expr(i),
            &|i| self.range_expr(i),
            &|i| self.weekday_expr(i),
            &|i| self.dmy(i),
            &|i| self.numeric_date(i),
            &|i| self.holiday(i),
            &|i| self.edge_expr(i),
            &|i| self.month_expr(i),
            &|i| self.year_expr(i),
            &|i| self.rel_period(i),
            &|i| self.period_n(i),
            &|i| self.rel_unit(i),
            &|i| self.rel_day(i),
            &|i| self.pod_expr(i),
            &|i| self.clock_expr(i),
        ];
        let mut best: Option<(usize, Tv)> = None;
        for (ri, r) in rules.iter().enumerate() {
            self.c.used.set(false);
            let Some((e, mut tv)) = r(i) else {
                continue;
            };
            tv.rel |= self.c.used.get();
            let mut cand = (e, tv);
            if ri < 13 && cand.1.is_day() {
                self.c.used.set(false);
                if let Some((e2, mut t2)) = self.attach(cand.0, &cand.1) {
                    t2.rel |= cand.1.rel || self.c.used.get();
                    cand = (e2, t2);
                }
            }
            if best.as_ref().is_none_or(|b| cand.0 > b.0) {
                best = Some(cand);
            }
        }
        best.filter(|b| b.0 > i)
    }
}

fn dir_off(d: Dir) -> i32 {
    match d {
        Dir::Past => -1,
        Dir::Next => 1,
        Dir::This => 0,
    }
}

fn grain_of(u: Unit) -> Grain {
    match u {
        Unit::Minute => Grain::Minute,
        Unit::Hour => Grain::Hour,
        Unit::Day => Grain::Day,
        Unit::Week => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Year => Grain::Year,
    }
}

fn pod_tv(p: Pod, date: NaiveDate) -> Option<Tv> {
    let (a, b) = p.hours();
    let start = date.and_hms_opt(a, 0, 0)?;
    if p == Pod::Midnight {
        return Some(Tv::at(start, Grain::Hour));
    }
    let end = mid(date) + Duration::hours(i64::from(b));
    Some(Tv::span(start, end, Grain::Hour))
}

impl Tv {
    fn month_trunc(mut self) -> Tv {
        if let Some(d) = self.start.date().with_day(1) {
            self.start = mid(d);
        }
        self.grain = Grain::Month;
        self
    }
}
