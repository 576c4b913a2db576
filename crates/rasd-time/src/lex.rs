//! Word lists of the temporal grammar, in normalised form (see
//! `rasd_text::normalize_char`: alef forms → ا, ى → ي, ة → ه, ئ → ي,
//! diacritics and tatweel dropped, Arabic-Indic digits → ASCII).
//!
//! The word lists are tables (words, value), read through a hash map built
//! once per table; [`is_trigger`] reads one set of all their words.

use rasd_text::fasthash::{FastBuild, FastMap};
use std::collections::HashSet;
use std::sync::OnceLock;

/// A word list: the words of each row share its value. A word listed twice
/// keeps its first value.
type Table<V> = [(&'static [&'static str], V)];

/// `f` in `table`, through the map that `cell` keeps.
fn lookup<V: Copy + Send + Sync>(
    cell: &'static OnceLock<FastMap<V>>,
    table: &'static Table<V>,
    f: &str,
) -> Option<V> {
    cell.get_or_init(|| {
        let mut m = FastMap::default();
        for &(words, v) in table {
            for &w in words {
                m.entry(w).or_insert(v);
            }
        }
        m
    })
    .get(f)
    .copied()
}

/// The words of a table.
fn words<V>(table: &'static Table<V>) -> impl Iterator<Item = &'static str> {
    table.iter().flat_map(|&(w, _)| w.iter().copied())
}

/// Part of a day, as said in Arabic news ("فجراً", "عصر أمس", "منتصف الليل").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pod {
    Dawn,
    Morning,
    /// Before noon ("قبل الظهر").
    BeforeNoon,
    Noon,
    /// "بعد الظهر".
    Afternoon,
    Asr,
    Maghrib,
    Evening,
    Night,
    Midnight,
}

impl Pod {
    /// Interval of hours `[from, to)` that the period covers (24 = next midnight).
    pub(crate) fn hours(self) -> (u32, u32) {
        match self {
            Pod::Dawn => (3, 7),
            Pod::Morning => (6, 12),
            Pod::BeforeNoon => (6, 12),
            Pod::Noon => (12, 14),
            Pod::Afternoon => (12, 18),
            Pod::Asr => (15, 18),
            Pod::Maghrib => (17, 20),
            Pod::Evening => (18, 24),
            Pod::Night => (18, 24),
            Pod::Midnight => (0, 1),
        }
    }

    /// 24-hour clock hour for a stated hour `h` (1..=12 or 0..=23) in this period.
    pub(crate) fn apply(self, h: u32) -> u32 {
        if h > 12 {
            return h;
        }
        match self {
            Pod::Dawn | Pod::Midnight => h % 12,
            Pod::Morning | Pod::BeforeNoon => h,
            Pod::Noon => {
                if h < 6 {
                    h + 12
                } else {
                    h
                }
            }
            Pod::Afternoon | Pod::Asr | Pod::Maghrib | Pod::Evening => {
                if h < 12 {
                    h + 12
                } else {
                    h
                }
            }
            Pod::Night => {
                if h == 12 {
                    0
                } else if h <= 4 {
                    h
                } else {
                    h + 12
                }
            }
        }
    }
}

/// A single-word part of day ("عصراً", "المساء", "الفجر", "ليلا").
pub(crate) fn pod_word(f: &str) -> Option<Pod> {
    static MAP: OnceLock<FastMap<Pod>> = OnceLock::new();
    lookup(&MAP, POD_WORDS, f)
}

const POD_WORDS: &Table<Pod> = &[
    (&["فجر", "الفجر", "فجرا"], Pod::Dawn),
    (&["صباح", "الصباح", "صباحا", "الصبح", "صبحا"], Pod::Morning),
    (&["ظهر", "الظهر", "ظهرا", "الظهيره", "ظهيره"], Pod::Noon),
    (&["عصر", "العصر", "عصرا"], Pod::Asr),
    (&["مغرب", "المغرب"], Pod::Maghrib),
    (&["مساء", "المساء", "مساءا", "مسا", "العشاء"], Pod::Evening),
    (&["ليل", "الليل", "ليلا", "ليله", "الليله"], Pod::Night),
];

/// Gregorian month name (transliterated, Maghrebi or Syriac/Levantine single
/// word). The flag marks names that are also common words ("مارس" = practised,
/// "آب" ≈ "أب" father, "ماي", "أوت") and need a number or "شهر" beside them.
pub(crate) fn greg_month(f: &str) -> Option<(u32, bool)> {
    static MAP: OnceLock<FastMap<(u32, bool)>> = OnceLock::new();
    lookup(&MAP, GREG_MONTHS, f)
}

const GREG_MONTHS: &Table<(u32, bool)> = &[
    (&["يناير", "جانفي", "ينايير"], (1, false)),
    (&["فبراير", "فيفري", "فبرير"], (2, false)),
    (&["مارس"], (3, true)),
    (&["ابريل", "افريل", "ابرايل"], (4, false)),
    (&["مايو"], (5, false)),
    (&["ماي"], (5, true)),
    (&["يونيو", "يونيه", "جوان"], (6, false)),
    (&["يوليو", "يوليه", "جويليه", "يوليوز"], (7, false)),
    (&["اغسطس", "اغسطوس", "غشت"], (8, false)),
    (&["اوت"], (8, true)),
    (&["سبتمبر", "شتنبر"], (9, false)),
    (&["اكتوبر"], (10, false)),
    (&["نوفمبر", "نونبر"], (11, false)),
    (&["ديسمبر", "دجنبر"], (12, false)),
    (&["شباط"], (2, false)),
    (&["اذار"], (3, false)),
    (&["نيسان"], (4, true)),
    (&["ايار"], (5, false)),
    (&["حزيران"], (6, false)),
    (&["تموز"], (7, false)),
    (&["اب"], (8, true)),
    (&["ايلول"], (9, false)),
];

/// Single-word Hijri month names; flag = also a common word or name.
pub(crate) fn hijri_month1(f: &str) -> Option<(u32, bool)> {
    static MAP: OnceLock<FastMap<(u32, bool)>> = OnceLock::new();
    lookup(&MAP, HIJRI_MONTHS1, f)
}

const HIJRI_MONTHS1: &Table<(u32, bool)> = &[
    (&["محرم"], (1, true)),
    (&["صفر"], (2, true)),
    (&["رجب"], (7, true)),
    (&["شعبان"], (8, true)),
    (&["رمضان"], (9, false)),
    (&["شوال"], (10, false)),
];

/// "الأول"/"الثاني" qualifier of two-word month names: 1 or 2.
pub(crate) fn first_second(f: &str) -> Option<u32> {
    match f {
        "الاول" | "اول" | "الاولي" | "اولي" | "1" => Some(1),
        "الثاني" | "ثاني" | "الثانيه" | "ثانيه" | "الاخر" | "الاخره" | "اخر" | "2" => {
            Some(2)
        }
        _ => None,
    }
}

/// Weekday (0 = Monday .. 6 = Sunday) and whether the word carried "ال".
pub(crate) fn weekday(f: &str) -> Option<(u32, bool)> {
    let (base, al) = match f.strip_prefix("ال") {
        Some(b) => (b, true),
        None => (f, false),
    };
    static MAP: OnceLock<FastMap<u32>> = OnceLock::new();
    lookup(&MAP, WEEKDAYS, base).map(|d| (d, al))
}

const WEEKDAYS: &Table<u32> = &[
    (&["اثنين", "اتنين"], 0),
    (&["ثلاثاء", "ثلاثا", "ثلاتاء"], 1),
    (&["اربعاء", "اربعا"], 2),
    (&["خميس"], 3),
    (&["جمعه"], 4),
    (&["سبت"], 5),
    (&["احد"], 6),
];

/// Kind of a number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumKind {
    /// 1..10 cardinal.
    Card,
    /// 1..10 ordinal.
    Ord,
    /// Only valid before "عشر" (أحد/حادي/اثنا).
    TeenOnly,
    /// 20, 30, 40, 50.
    Tens,
}

/// A number word (cardinal or ordinal, "ال" allowed).
pub(crate) fn num_word(f: &str) -> Option<(u32, NumKind)> {
    static MAP: OnceLock<FastMap<(u32, NumKind)>> = OnceLock::new();
    lookup(&MAP, NUM_WORDS, f.strip_prefix("ال").unwrap_or(f))
}

const NUM_WORDS: &Table<(u32, NumKind)> = &[
    (&["واحد", "واحده"], (1, NumKind::Card)),
    (&["اثنان", "اثنين", "اثنتان", "اثنتين"], (2, NumKind::Card)),
    (&["ثلاث", "ثلاثه"], (3, NumKind::Card)),
    (&["اربع", "اربعه"], (4, NumKind::Card)),
    (&["خمس", "خمسه"], (5, NumKind::Card)),
    (&["ست", "سته"], (6, NumKind::Card)),
    (&["سبع", "سبعه"], (7, NumKind::Card)),
    (&["ثمان", "ثماني", "ثمانيه"], (8, NumKind::Card)),
    (&["تسع", "تسعه"], (9, NumKind::Card)),
    (&["عشر", "عشره"], (10, NumKind::Card)),
    (&["احد", "احدي", "حادي", "حاديه"], (1, NumKind::TeenOnly)),
    (&["اثنا", "اثني", "اثنتا", "اثنتي"], (2, NumKind::TeenOnly)),
    (&["اول", "اولي"], (1, NumKind::Ord)),
    (&["ثاني", "ثانيه", "ثان"], (2, NumKind::Ord)),
    (&["ثالث", "ثالثه"], (3, NumKind::Ord)),
    (&["رابع", "رابعه"], (4, NumKind::Ord)),
    (&["خامس", "خامسه"], (5, NumKind::Ord)),
    (&["سادس", "سادسه"], (6, NumKind::Ord)),
    (&["سابع", "سابعه"], (7, NumKind::Ord)),
    (&["ثامن", "ثامنه"], (8, NumKind::Ord)),
    (&["تاسع", "تاسعه"], (9, NumKind::Ord)),
    (&["عاشر", "عاشره"], (10, NumKind::Ord)),
    (&["عشرون", "عشرين"], (20, NumKind::Tens)),
    (&["ثلاثون", "ثلاثين"], (30, NumKind::Tens)),
    (&["اربعون", "اربعين"], (40, NumKind::Tens)),
    (&["خمسون", "خمسين"], (50, NumKind::Tens)),
];

/// Direction words: past ("الماضي", "المنصرمة"), next ("القادم", "المقبلة"),
/// current ("الحالي", "الجاري").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Next,
    This,
}

/// Direction of an adjective such as "الماضي/الماضية/الماضيين".
pub(crate) fn dir_word(f: &str) -> Option<Dir> {
    const PAST: [&str; 7] = [
        "الماض",
        "السابق",
        "المنصرم",
        "الفائت",
        "الفايت",
        "المنقضي",
        "الفارط",
    ];
    const NEXT: [&str; 5] = ["القادم", "المقبل", "التالي", "الجاي", "الاتي"];
    const THIS: [&str; 2] = ["الحالي", "الجاري"];
    if PAST.iter().any(|p| f.starts_with(p)) {
        Some(Dir::Past)
    } else if NEXT.iter().any(|p| f.starts_with(p)) {
        Some(Dir::Next)
    } else if THIS.iter().any(|p| f.starts_with(p)) {
        Some(Dir::This)
    } else {
        None
    }
}

/// Calendar unit of a duration or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// A unit word; the count is `Some` for singular (1) and dual (2) forms.
pub(crate) fn unit_word(f: &str) -> Option<(Unit, Option<u32>)> {
    let b = f.strip_prefix("ال").unwrap_or(f);
    use Unit::*;
    Some(match b {
        "دقيقه" => (Minute, Some(1)),
        "دقايق" => (Minute, None),
        "دقيقتين" | "دقيقتان" => (Minute, Some(2)),
        "ساعه" => (Hour, Some(1)),
        "ساعات" => (Hour, None),
        "ساعتين" | "ساعتان" => (Hour, Some(2)),
        "يوم" | "يوما" => (Day, Some(1)),
        "ايام" => (Day, None),
        "يومين" | "يومان" => (Day, Some(2)),
        "اسبوع" | "اسبوعا" => (Week, Some(1)),
        "اسابيع" => (Week, None),
        "اسبوعين" | "اسبوعان" => (Week, Some(2)),
        "شهر" | "شهرا" => (Month, Some(1)),
        "اشهر" | "شهور" => (Month, None),
        "شهرين" | "شهران" => (Month, Some(2)),
        "عام" | "عاما" | "سنه" => (Year, Some(1)),
        "اعوام" | "سنوات" | "سنين" => (Year, None),
        "عامين" | "عامان" | "سنتين" | "سنتان" => (Year, Some(2)),
        _ => return None,
    })
}

/// Words that open the edge of a period: start / middle / end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    /// "بداية" — Duckling reads it as the first day of a month.
    Begin,
    /// "مطلع", "أوائل", "مستهل" — the first ten days / first third.
    Early,
    /// "منتصف", "نص" — the 15th of a month / middle of a year.
    Mid,
    /// "أواسط".
    Middle,
    /// "أواخر", "نهاية", "أواخر", "ختام".
    Late,
}

/// Edge word.
pub(crate) fn edge_word(f: &str) -> Option<Edge> {
    static MAP: OnceLock<FastMap<Edge>> = OnceLock::new();
    lookup(&MAP, EDGE_WORDS, f)
}

const EDGE_WORDS: &Table<Edge> = &[
    (&["بدايه", "بدايات", "بدء", "اول", "غره"], Edge::Begin),
    (&["مطلع", "اوائل", "اوايل", "مستهل"], Edge::Early),
    (&["منتصف", "نص", "نصف", "انتصاف"], Edge::Mid),
    (&["اواسط", "وسط"], Edge::Middle),
    (&["اواخر", "نهايه", "اخر", "ختام", "اخير"], Edge::Late),
];

/// Is `f` a word that can open a temporal expression? (the prefilter).
pub(crate) fn is_trigger(f: &str) -> bool {
    static SET: OnceLock<HashSet<String, FastBuild>> = OnceLock::new();
    SET.get_or_init(trigger_words).contains(f)
}

/// The words [`is_trigger_by_tables`] accepts: those of the tables (with
/// "ال" too, which some look-ups strip) and [`OTHER_TRIGGERS`].
fn trigger_words() -> HashSet<String, FastBuild> {
    let mut set = HashSet::default();
    let all = words(GREG_MONTHS)
        .chain(words(HIJRI_MONTHS1))
        .chain(words(WEEKDAYS))
        .chain(words(POD_WORDS))
        .chain(words(NUM_WORDS))
        .chain(words(EDGE_WORDS))
        .chain(OTHER_TRIGGERS.iter().copied());
    for w in all {
        set.insert(w.to_string());
        set.insert(format!("ال{w}"));
    }
    set.retain(|w: &String| is_trigger_by_tables(w));
    set
}

/// [`is_trigger`] by the look-ups themselves.
fn is_trigger_by_tables(f: &str) -> bool {
    greg_month(f).is_some()
        || hijri_month1(f).is_some()
        || weekday(f).is_some()
        || pod_word(f).is_some()
        || num_word(f).is_some()
        || edge_word(f).is_some()
        || OTHER_TRIGGERS.contains(&f)
}

/// Trigger words that are in none of the tables.
const OTHER_TRIGGERS: &[&str] = &[
    "اليوم",
    "يوم",
    "امس",
    "البارحه",
    "امبارح",
    "غدا",
    "غد",
    "الغد",
    "بكره",
    "بكرا",
    "بعد",
    "قبل",
    "القبل",
    "منذ",
    "خلال",
    "من",
    "بين",
    "حتي",
    "الان",
    "حالا",
    "هذه",
    "هذا",
    "الساعه",
    "ساعه",
    "الاسبوع",
    "اسبوع",
    "الاسابيع",
    "الشهر",
    "شهر",
    "العام",
    "عام",
    "السنه",
    "سنه",
    "كانون",
    "تشرين",
    "ربيع",
    "جمادي",
    "ذو",
    "ذي",
    "عيد",
    "كريسماس",
    "الكريسماس",
    "راس",
    "الايام",
    "الاشهر",
    "الشهور",
    "السنوات",
    "الاعوام",
    "اليومين",
    "الاسبوعين",
    "الشهرين",
    "العامين",
    "الساعات",
    "الليله",
    "عند",
];

/// Very common trigger words that start an expression only next to a
/// number or a strong trigger ("من 13 الى 15", "بعد غد", "أول أمس").
pub(crate) fn is_weak(f: &str) -> bool {
    matches!(
        f,
        "بعد"
            | "قبل"
            | "القبل"
            | "منذ"
            | "خلال"
            | "من"
            | "بين"
            | "حتي"
            | "هذه"
            | "هذا"
            | "عند"
            | "يوم"
            | "اول"
            | "اخر"
            | "نهايه"
            | "وسط"
            | "نص"
            | "نصف"
            | "اخير"
            | "غره"
            | "بدء"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_set_is_the_tables() {
        let set = trigger_words();
        assert!(set.len() > 150, "{}", set.len());
        for w in &set {
            assert!(is_trigger_by_tables(w), "{w}");
        }
        for w in [
            "الاثنين",
            "اثنين",
            "الالاثنين",
            "الثالث",
            "يناير",
            "اليناير",
            "الفجر",
            "الالفجر",
            "امس",
            "الامس",
            "ال",
            "",
            "قال",
            "الحكومه",
            "ثلاثه",
            "الثلاثه",
            "عيد",
        ] {
            assert_eq!(is_trigger(w), is_trigger_by_tables(w), "{w}");
        }
        assert!(is_trigger("الخميس") && is_trigger("رمضان") && !is_trigger("الحكومه"));
    }

    #[test]
    fn table_lookups() {
        assert_eq!(greg_month("مارس"), Some((3, true)));
        assert_eq!(weekday("الجمعه"), Some((4, true)));
        assert_eq!(num_word("الثالثه"), Some((3, NumKind::Ord)));
        assert_eq!(num_word("احد"), Some((1, NumKind::TeenOnly)));
        assert_eq!(edge_word("اول"), Some(Edge::Begin));
        assert_eq!(pod_word("العشاء"), Some(Pod::Evening));
        assert_eq!(hijri_month1("رمضان"), Some((9, false)));
        assert_eq!(greg_month("قال"), None);
    }
}
