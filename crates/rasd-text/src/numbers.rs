//! The `numbers` layer: numbers in digits (ASCII, Arabic-Indic, Persian),
//! number words with gender and case forms and compounds, dual nouns,
//! ordinals, vague amounts, qualifiers and ranges.
//!
//! # Conventions
//!
//! | text | value | min | max | qualifier |
//! |---|---|---|---|---|
//! | `3 صواريخ` | 3 | 3 | 3 | exact |
//! | `ثلاثة صواريخ على الأقل`, `ما لا يقل عن 3` | 3 | 3 | null | at_least |
//! | `أكثر من 20`, `ما يزيد عن 20` | 20 | **21** (integers: the stated figure is excluded; decimals: min = value) | null | at_least |
//! | `أقل من 10` | 10 | null | **9** (same rule) | at_most |
//! | `ما لا يزيد عن 10` | 10 | null | 10 | at_most |
//! | `نحو 3000`, `قرابة`, `حوالي`, `زهاء`, `ما يقارب` | 3000 | 3000 | 3000 | about |
//! | `بين 5 و10`, `من 5 إلى 10`, `5-10`, `5 أو 6` | 5 | 5 | 10 | range |
//! | `عشرات` (vague plural of 10) | 20 | 20 | null | at_least, `vague` |
//! | `مئات` / `آلاف` / `ملايين` alone | 200 / 2000 / 2e6 | same | null | at_least, `vague` |
//! | `عشرات الآلاف` | 20000 | 20000 | null | at_least, `vague` |
//! | `بضعة` (a few) | 3 | 3 | 9 | range, `vague` |
//! | `عدة` (several) | 3 | 3 | null | at_least, `vague` |
//! | `صاروخان`, `جنديين` (dual) | 2 | 2 | 2 | exact, `noun` = singular |
//!
//! The vague-plural minimum is twice the unit (the smallest plural amount in
//! news usage); `عدة` is 3 because an Arabic plural means three or more.
//!
//! Numbers that are not counts get a [`NumberKind`]: a year (`عام 2021`,
//! `مارس 2018`, `1440 هـ`, a bare 1900-2100 not followed by a word), a day
//! of the month (`5 يوليو`, `الخامس من مارس`, `12/3/2018`), a clock time
//! (`2:45` → value 2.75, `الساعة 10`, `10 صباحا`), a percentage (`50%`,
//! `20 في المئة`), a fraction (`77/100`), money (the counted noun is a
//! currency). Consumers counting casualties or weapons should use only
//! [`NumberKind::Quantity`] mentions.

use crate::segment::best_stem;
use rasd_core::{Document, NumberKind, NumberMention, Qualifier, Span, TokenKind};

/// A number-word lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Lex {
    Zero,
    /// 1..9; `weak` for أحد/إحدى (only a number in 11, 21...).
    Unit(u32, bool),
    /// عشر / عشرة
    Ten,
    /// 20, 30, ... 90
    Tens(u32),
    /// 200..900 written as one word
    Hundreds(u32),
    /// مائة / مئة
    Hundred,
    /// ألف, مليون, مليار
    Mult(f64),
    /// آلاف, ملايين, مليارات
    MultPl(f64),
    /// ألفان, مليونان
    Fixed(f64),
    /// أول, ثاني, ... عاشر (حادي = 1)
    Ordinal(u32),
    /// عشرات (10), مئات (100)
    VaguePl(f64),
    /// بضعة
    Few,
    /// عدة
    Several,
    /// فاصلة (decimal point)
    Point,
}

fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "واحد" | "واحده" => 1,
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" => 2,
        "ثلاثه" | "ثلاث" => 3,
        "اربعه" | "اربع" => 4,
        "خمسه" | "خمس" => 5,
        "سته" | "ست" => 6,
        "سبعه" | "سبع" => 7,
        "ثمانيه" | "ثماني" | "ثمان" => 8,
        "تسعه" | "تسع" => 9,
        _ => return None,
    })
}

fn lex_uncached(w: &str) -> Option<Lex> {
    if let Some(u) = unit_word(w) {
        return Some(Lex::Unit(u, false));
    }
    Some(match w {
        "صفر" => Lex::Zero,
        "احد" | "احدي" => Lex::Unit(1, true),
        // construct forms, only numbers in 12 (اثنا عشر); "أثنى" is a verb
        "اثنا" | "اثني" | "اثنتا" | "اثنتي" => Lex::Unit(2, true),
        "عشره" | "عشر" => Lex::Ten,
        "عشرون" | "عشرين" => Lex::Tens(20),
        "ثلاثون" | "ثلاثين" => Lex::Tens(30),
        "اربعون" | "اربعين" => Lex::Tens(40),
        "خمسون" | "خمسين" => Lex::Tens(50),
        "ستون" | "ستين" => Lex::Tens(60),
        "سبعون" | "سبعين" => Lex::Tens(70),
        "ثمانون" | "ثمانين" => Lex::Tens(80),
        "تسعون" | "تسعين" => Lex::Tens(90),
        "مايه" | "ميه" => Lex::Hundred,
        "مايتان" | "مايتين" | "ميتان" | "ميتين" | "مائتان" | "مائتين" => {
            Lex::Hundreds(200)
        }
        "الف" | "الفا" => Lex::Mult(1e3),
        "مليون" | "مليونا" => Lex::Mult(1e6),
        "مليار" | "مليارا" | "بليون" => Lex::Mult(1e9),
        "ترليون" | "تريليون" => Lex::Mult(1e12),
        "الاف" | "الوف" => Lex::MultPl(1e3),
        "ملايين" => Lex::MultPl(1e6),
        "مليارات" => Lex::MultPl(1e9),
        "الفان" | "الفين" => Lex::Fixed(2e3),
        "مليونان" | "مليونين" => Lex::Fixed(2e6),
        "ملياران" | "مليارين" => Lex::Fixed(2e9),
        "اول" | "اولي" => Lex::Ordinal(1),
        "حادي" | "حاديه" => Lex::Ordinal(1),
        "ثاني" | "ثانيه" | "ثان" => Lex::Ordinal(2),
        "ثالث" | "ثالثه" => Lex::Ordinal(3),
        "رابع" | "رابعه" => Lex::Ordinal(4),
        "خامس" | "خامسه" => Lex::Ordinal(5),
        "سادس" | "سادسه" => Lex::Ordinal(6),
        "سابع" | "سابعه" => Lex::Ordinal(7),
        "ثامن" | "ثامنه" => Lex::Ordinal(8),
        "تاسع" | "تاسعه" => Lex::Ordinal(9),
        "عاشر" | "عاشره" => Lex::Ordinal(10),
        "عشرات" => Lex::VaguePl(10.0),
        "ميات" | "مئات" => Lex::VaguePl(100.0),
        "بضعه" | "بضع" => Lex::Few,
        "عده" => Lex::Several,
        "فاصله" => Lex::Point,
        _ => {
            // ثلاثمائة, خمسمئة ...
            for suf in ["مايه", "ميه"] {
                if let Some(p) = w.strip_suffix(suf) {
                    let p = if p == "ثماني" { "ثمان" } else { p };
                    if let Some(u) = unit_word(p).filter(|u| *u >= 3) {
                        return Some(Lex::Hundreds(u * 100));
                    }
                }
            }
            return None;
        }
    })
}

const LEX_KEYS: &[&str] = &[
    "الفا",
    "مليونا",
    "مليارا",
    "واحد",
    "واحده",
    "اثنان",
    "اثنين",
    "اثنتان",
    "اثنتين",
    "اثنا",
    "اثني",
    "اثنتا",
    "اثنتي",
    "ثلاثه",
    "ثلاث",
    "اربعه",
    "اربع",
    "خمسه",
    "خمس",
    "سته",
    "ست",
    "سبعه",
    "سبع",
    "ثمانيه",
    "ثماني",
    "ثمان",
    "تسعه",
    "تسع",
    "صفر",
    "احد",
    "احدي",
    "عشره",
    "عشر",
    "عشرون",
    "عشرين",
    "ثلاثون",
    "ثلاثين",
    "اربعون",
    "اربعين",
    "خمسون",
    "خمسين",
    "ستون",
    "ستين",
    "سبعون",
    "سبعين",
    "ثمانون",
    "ثمانين",
    "تسعون",
    "تسعين",
    "مايه",
    "ميه",
    "مايتان",
    "مايتين",
    "ميتان",
    "ميتين",
    "مائتان",
    "مائتين",
    "الف",
    "مليون",
    "مليار",
    "بليون",
    "ترليون",
    "تريليون",
    "الاف",
    "الوف",
    "ملايين",
    "مليارات",
    "الفان",
    "الفين",
    "مليونان",
    "مليونين",
    "ملياران",
    "مليارين",
    "اول",
    "اولي",
    "حادي",
    "حاديه",
    "ثاني",
    "ثانيه",
    "ثان",
    "ثالث",
    "ثالثه",
    "رابع",
    "رابعه",
    "خامس",
    "خامسه",
    "سادس",
    "سادسه",
    "سابع",
    "سابعه",
    "ثامن",
    "ثامنه",
    "تاسع",
    "تاسعه",
    "عاشر",
    "عاشره",
    "عشرات",
    "ميات",
    "مئات",
    "بضعه",
    "بضع",
    "عده",
    "فاصله",
    "ثلاثمايه",
    "ثلاثميه",
    "ثلاثهمايه",
    "ثلاثهميه",
    "اربعمايه",
    "اربعميه",
    "اربعهمايه",
    "اربعهميه",
    "خمسمايه",
    "خمسميه",
    "خمسهمايه",
    "خمسهميه",
    "ستمايه",
    "ستميه",
    "ستهمايه",
    "ستهميه",
    "سبعمايه",
    "سبعميه",
    "سبعهمايه",
    "سبعهميه",
    "ثمانمايه",
    "ثمانميه",
    "ثمانيمايه",
    "ثمانيميه",
    "ثمانيهمايه",
    "ثمانيهميه",
    "تسعمايه",
    "تسعميه",
    "تسعهمايه",
    "تسعهميه",
];

/// Number-word lexicon lookup (a hash map built once from
/// [`lex_uncached`] over [`LEX_KEYS`]).
#[inline]
fn lex(w: &str) -> Option<Lex> {
    static MAP: std::sync::OnceLock<crate::fasthash::FastMap<Lex>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        LEX_KEYS
            .iter()
            .filter_map(|k| lex_uncached(k).map(|l| (*k, l)))
            .collect()
    })
    .get(w)
    .copied()
}

/// A number word found on a token, with the clitics it carried.
#[derive(Debug, Clone, Copy)]
struct LexHit {
    lex: Lex,
    /// The word began with the conjunction و.
    conj: bool,
    /// The word carried the article ال.
    definite: bool,
}

fn lex_token(norm: &str) -> Option<LexHit> {
    if let Some(l) = lex(norm) {
        return Some(LexHit {
            lex: l,
            conj: false,
            definite: false,
        });
    }
    let (w, conj) = match norm.strip_prefix('و').or_else(|| norm.strip_prefix('ف')) {
        Some(r) if r.chars().count() >= 2 => (r, norm.starts_with('و')),
        _ => (norm, false),
    };
    if conj {
        if let Some(l) = lex(w) {
            return Some(LexHit {
                lex: l,
                conj,
                definite: false,
            });
        }
    }
    let mut w2 = w;
    let mut prep_b = false;
    if let Some(r) = w2.strip_prefix("لل") {
        if let Some(l) = lex(r) {
            return Some(LexHit {
                lex: l,
                conj,
                definite: true,
            });
        }
    }
    for p in ['ب', 'ل', 'ك'] {
        if let Some(r) = w2.strip_prefix(p) {
            if r.chars().count() >= 2 {
                if let Some(l) = lex(r) {
                    if p == 'ب' && l == Lex::Several {
                        // بعده "after him", not "several"
                        return None;
                    }
                    return Some(LexHit {
                        lex: l,
                        conj,
                        definite: false,
                    });
                }
                w2 = r;
                prep_b = true;
            }
            break;
        }
    }
    let _ = prep_b;
    if let Some(r) = w2.strip_prefix("ال") {
        if let Some(l) = lex(r) {
            return Some(LexHit {
                lex: l,
                conj,
                definite: true,
            });
        }
    }
    None
}

/// Singular (normalised) of nouns whose dual (‑ان / ‑ين, ‑تان / ‑تين) is read
/// as the number 2. Nouns whose sound plural also ends in ‑ين (مدنيين,
/// مسلحين, عسكريين...) are left out on purpose: the unvocalised plural would
/// be misread as a dual.
const DUAL_NOUNS: &[&str] = &[
    "صاروخ",
    "قذيفه",
    "جندي",
    "شخص",
    "قتيل",
    "جريح",
    "طفل",
    "ضابط",
    "عنصر",
    "سياره",
    "طايره",
    "عبوه",
    "غاره",
    "هجوم",
    "انفجار",
    "منزل",
    "امراه",
    "رجل",
    "شاب",
    "طالب",
    "اسير",
    "رهينه",
    "لغم",
    "دبابه",
    "مروحيه",
    "زورق",
    "سفينه",
    "قارب",
    "حافله",
    "قنبله",
    "شهيد",
    "ضحيه",
    "قايد",
    "نايب",
    "وزير",
    "يوم",
    "ساعه",
    "شهر",
    "عام",
    "سنه",
    "اسبوع",
    "مره",
    "دقيقه",
    "قريه",
    "مدينه",
    "بلده",
    "شرطي",
    "حارس",
    "مسيره",
    "طفله",
    "فتاه",
    "شقيق",
    "شقيقه",
    "ابن",
    "صحفيه",
    "مدرعه",
    "عربه",
    "مركبه",
    "ناقله",
    "هاون",
    "كيلومتر",
    "متر",
    "انتحاريه",
];

/// If `norm` is the dual of a known noun (possibly with proclitics), its
/// singular.
fn dual_singular(norm: &str) -> Option<String> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<String, &'static str>> =
        std::sync::OnceLock::new();
    if !(norm.ends_with("ان") || norm.ends_with("ين")) {
        return None;
    }
    let map = MAP.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for base in DUAL_NOUNS {
            let stem = base.strip_suffix('ه').map(|b| format!("{b}ت"));
            let stem = stem.as_deref().unwrap_or(base);
            for suf in ["ان", "ين"] {
                m.insert(format!("{stem}{suf}"), *base);
            }
        }
        m
    });
    // "طالبان" is the Taliban, not two students
    const NAMES: &[&str] = &["طالبان"];
    let stem = best_stem(norm);
    if NAMES.contains(&norm) || NAMES.contains(&stem) {
        return None;
    }
    map.get(norm)
        .or_else(|| map.get(stem))
        .map(|b| (*b).to_string())
}

const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
    "محرم",
    "صفر",
    "ربيع",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "ذي",
    "يناير/كانون",
];

/// Second words of two-word month names (كانون الثاني, ربيع الأول, ذو الحجة).
const MONTH_TAILS: &[&str] = &[
    "الاول",
    "الثاني",
    "الاولي",
    "الاخر",
    "الاخره",
    "الثانيه",
    "القعده",
    "الحجه",
];

fn is_month(norm: &str) -> bool {
    static SET: std::sync::OnceLock<crate::fasthash::FastSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| crate::fasthash::set_of(MONTHS));
    set.contains(norm) || set.contains(best_stem(norm))
}

const YEAR_CUES: &[&str] = &[
    "عامي",
    "العامين",
    "عامين",
    "سنتي",
    "عام",
    "سنه",
    "العام",
    "السنه",
    "لعام",
    "لسنه",
    "بعام",
    "موسم",
];
const WEAK_YEAR_CUES: &[&str] = &[
    "في",
    "منذ",
    "خلال",
    "حتي",
    "قبل",
    "بعد",
    "مطلع",
    "اوايل",
    "اواخر",
    "نهايه",
    "بدايه",
    "منتصف",
    "صيف",
    "شتاء",
    "خريف",
    "ربيع",
    "انتخابات",
    "دستور",
    "ميزانيه",
    "موازنه",
];
const TIME_WORDS: &[&str] = &[
    "صباحا",
    "صباح",
    "مساء",
    "مساءا",
    "ظهرا",
    "فجرا",
    "فجر",
    "ليلا",
    "عصرا",
    "ظهر",
    "بتوقيت",
    "مساء",
    "صباحًا",
    "am",
    "pm",
];
const CURRENCIES: &[&str] = &[
    "دولار",
    "دولارا",
    "دولارات",
    "يورو",
    "ريال",
    "ريالا",
    "ريالات",
    "دينار",
    "دينارا",
    "دنانير",
    "جنيه",
    "جنيها",
    "جنيهات",
    "ليره",
    "ليرات",
    "درهم",
    "درهما",
    "دراهم",
    "روبيه",
    "تومان",
    "استرليني",
    "ين",
    "يوان",
    "روبل",
];
/// Words that are not a counted noun when they follow a number.
const FUNCTION_WORDS: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "و",
    "او",
    "ثم",
    "قد",
    "لقد",
    "كما",
    "ان",
    "انه",
    "بعد",
    "قبل",
    "خلال",
    "منذ",
    "حتي",
    "مع",
    "عند",
    "لدي",
    "الذي",
    "التي",
    "الذين",
    "هو",
    "هي",
    "هم",
    "ما",
    "لا",
    "لم",
    "لن",
    "اي",
    "كل",
    "بين",
    "حيث",
    "بينما",
    "اذا",
    "كان",
    "كانت",
    "تم",
    "الا",
    "غير",
    "ضد",
    "نحو",
    "حوالي",
    "فقط",
    "ايضا",
    "تقريبا",
    "حسب",
    "وفق",
    "وفقا",
    "بينهم",
    "منهم",
    "منها",
    "يوميا",
    "سنويا",
    "شهريا",
    "اسبوعيا",
    "هذا",
    "هذه",
    "هذه",
    "ذلك",
    "تلك",
    "الاقل",
    "اكثر",
    "اقل",
    "قال",
    "وقال",
    "يا",
    "الف",
    "الاف",
    "مليون",
    "ملايين",
    "مليار",
    "بالمايه",
    "بالميه",
    "لكن",
    "بل",
    "ولا",
    "اما",
    "فيما",
    "عبر",
    "لدى",
    "به",
    "بها",
    "له",
    "لها",
];

fn is_function(norm: &str) -> bool {
    static SET: std::sync::OnceLock<crate::fasthash::FastSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::fasthash::set_of(FUNCTION_WORDS))
        .contains(norm)
}

/// Parsed digits.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Digits {
    Plain {
        value: f64,
        grouped: bool,
    },
    Time(f64),
    Date(f64),
    Fraction(f64),
    /// "2017/2018" (a fiscal or Hijri-Gregorian year pair).
    YearPair(f64, f64),
}

fn parse_digits(norm: &str) -> Option<Digits> {
    let (neg, s) = match norm.strip_prefix('-').or_else(|| norm.strip_prefix('−')) {
        Some(r) => (true, r),
        None => (false, norm),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    if s.contains(':') {
        let mut it = s.split(':');
        let h: f64 = it.next()?.parse().ok()?;
        let m: f64 = it.next()?.parse().ok()?;
        if it.next().is_none() && m < 60.0 && h <= 24.0 {
            return Some(Digits::Time(h + m / 60.0));
        }
        return None;
    }
    if s.contains('/') {
        let parts: Vec<&str> = s.split('/').collect();
        let nums: Option<Vec<f64>> = parts.iter().map(|p| p.parse::<f64>().ok()).collect();
        let nums = nums?;
        return match nums.as_slice() {
            [a, b]
                if !neg
                    && (1300.0..=2100.0).contains(a)
                    && (1300.0..=2100.0).contains(b)
                    && parts.iter().all(|p| p.len() == 4) =>
            {
                Some(Digits::YearPair(*a, *b))
            }
            [a, b] if *b != 0.0 => Some(Digits::Fraction(sign * a / b)),
            [a, _, _] => Some(Digits::Date(*a)),
            _ => None,
        };
    }
    let has_comma = s.contains(',');
    let has_dot = s.contains('.');
    let groups_of_3 = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3);
    let cleaned: String = if has_comma && has_dot {
        // the later separator is the decimal point
        let lc = s.rfind(',').unwrap_or(0);
        let ld = s.rfind('.').unwrap_or(0);
        if ld > lc {
            s.replace(',', "")
        } else {
            s.replace('.', "").replace(',', ".")
        }
    } else if has_comma {
        if groups_of_3(',') && !s.starts_with(',') {
            s.replace(',', "")
        } else if s.matches(',').count() == 1 {
            s.replace(',', ".")
        } else {
            return None;
        }
    } else if has_dot && s.matches('.').count() > 1 {
        if groups_of_3('.') && !s.starts_with('.') {
            s.replace('.', "")
        } else {
            return None;
        }
    } else if dot_thousands(s) {
        // "أكثر من 10.000 شخص": a dot before three digits groups thousands
        s.replace('.', "")
    } else {
        s.to_string()
    };
    let v: f64 = cleaned.parse().ok()?;
    // hundreds of digits overflow to infinity: not a number anyone reports
    if !v.is_finite() {
        return None;
    }
    Some(Digits::Plain {
        value: sign * v,
        grouped: has_comma || (has_dot && s.matches('.').count() > 1) || dot_thousands(s),
    })
}

/// One dot between 1-3 leading digits (not a lone 0) and exactly three
/// more: thousands grouped the continental way ("10.000", "1.500"), as
/// the Arabic press writes them; a decimal with three places is rare in news.
fn dot_thousands(s: &str) -> bool {
    let Some((int, frac)) = s.split_once('.') else {
        return false;
    };
    (1..=3).contains(&int.len())
        && int != "0"
        && frac.len() == 3
        && !frac.contains('.')
        && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
}

/// A parsed number phrase before qualifiers.
#[derive(Debug, Clone, Copy)]
struct Atom {
    value: f64,
    /// Token index after the atom.
    end: usize,
    ordinal: bool,
    kind: NumberKind,
    /// Vague amount: (min, max).
    vague: Option<(f64, Option<f64>)>,
    /// Written in digits without separators (year candidate).
    plain_digits: bool,
    /// Written as words (not digits).
    words: bool,
    definite: bool,
}

struct Ctx<'a> {
    doc: &'a Document,
    /// Number of tokens.
    n: usize,
    /// Per token: the normalised form without conjunction/preposition.
    cores: Vec<&'a str>,
}

impl<'a> Ctx<'a> {
    fn norm(&self, i: usize) -> &'a str {
        self.doc
            .tokens
            .get(i)
            .map(|t| t.norm.as_str())
            .unwrap_or("")
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }
    /// Token `i` without a conjunction/preposition (keeps ال).
    fn core(&self, i: usize) -> &'a str {
        self.cores.get(i).copied().unwrap_or("")
    }
    /// Whether tokens `i` and `i+1` are on the same line.
    fn same_line(&self, i: usize, j: usize) -> bool {
        match (self.doc.tokens.get(i), self.doc.tokens.get(j)) {
            (Some(a), Some(b)) => !self
                .doc
                .slice(Span::new(a.span.end, b.span.start))
                .contains('\n'),
            _ => false,
        }
    }
    /// Whether tokens `a..` match `pat` (each alternative separated by `|`);
    /// the first token is compared without its proclitics.
    fn matches(&self, i: usize, pat: &[&str]) -> bool {
        if i + pat.len() > self.n {
            return false;
        }
        for (k, p) in pat.iter().enumerate() {
            let w = if k == 0 {
                self.core(i)
            } else {
                self.norm(i + k)
            };
            if !p.split('|').any(|alt| alt == w) {
                return false;
            }
            if k > 0 && !self.same_line(i + k - 1, i + k) {
                return false;
            }
        }
        true
    }
}

/// Parse a word-number compound starting at token `i`.
fn parse_words(cx: &Ctx, i: usize, allow_conj_first: bool) -> Option<Atom> {
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        Unit,
        Teen,
        Tens,
        Hundreds,
        Mult,
    }
    let first = lex_token(cx.norm(i))?;
    if first.conj && !allow_conj_first {
        return None;
    }
    if cx.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut ordinal = false;
    let definite = first.definite;
    let mut comps = 0;
    let mut j = i;
    let mut last;
    let mut weak = false;
    let mut has_mult = matches!(first.lex, Lex::Mult(_) | Lex::Fixed(_));
    match first.lex {
        Lex::Zero => {
            return Some(Atom {
                value: 0.0,
                end: i + 1,
                ordinal: false,
                kind: NumberKind::Quantity,
                vague: None,
                plain_digits: false,
                words: true,
                definite,
            })
        }
        Lex::Unit(u, w) => {
            cur = u as f64;
            weak = w;
            last = Last::Unit;
        }
        Lex::Ordinal(u) => {
            cur = u as f64;
            ordinal = true;
            last = if u == 10 { Last::Teen } else { Last::Unit };
        }
        Lex::Ten => {
            cur = 10.0;
            last = Last::Teen;
        }
        Lex::Tens(t) => {
            cur = t as f64;
            last = Last::Tens;
        }
        Lex::Hundreds(h) => {
            cur = h as f64;
            last = Last::Hundreds;
        }
        Lex::Hundred => {
            cur = 100.0;
            last = Last::Hundreds;
        }
        Lex::Mult(m) => {
            total = m;
            last = Last::Mult;
        }
        Lex::Fixed(f) => {
            total = f;
            last = Last::Mult;
        }
        Lex::VaguePl(unit) | Lex::MultPl(unit) => {
            // عشرات / مئات / آلاف (+ الآلاف / الملايين)
            let mut lo = 2.0 * unit;
            let mut end = i + 1;
            if let Some(h) = lex_token(cx.norm(i + 1)).filter(|_| cx.same_line(i, i + 1)) {
                if let Lex::MultPl(m) | Lex::Mult(m) = h.lex {
                    if !h.conj && m > unit {
                        lo *= m;
                        end += 1;
                    }
                }
            }
            return Some(Atom {
                value: lo,
                end,
                ordinal: false,
                kind: NumberKind::Quantity,
                vague: Some((lo, None)),
                plain_digits: false,
                words: true,
                definite,
            });
        }
        Lex::Few | Lex::Several => {
            let few = first.lex == Lex::Few;
            let mut mult = 1.0;
            let mut end = i + 1;
            if let Some(h) = lex_token(cx.norm(i + 1)).filter(|_| cx.same_line(i, i + 1)) {
                if let Lex::MultPl(m) | Lex::Mult(m) | Lex::VaguePl(m) = h.lex {
                    if !h.conj {
                        mult = m;
                        end += 1;
                    }
                }
            }
            let lo = 3.0 * mult;
            return Some(Atom {
                value: lo,
                end,
                ordinal: false,
                kind: NumberKind::Quantity,
                vague: Some((lo, if few { Some(9.0 * mult) } else { None })),
                plain_digits: false,
                words: true,
                definite,
            });
        }
        Lex::Point => return None,
    }
    comps += 1;
    j += 1;
    loop {
        if j >= cx.n || !cx.same_line(j - 1, j) {
            break;
        }
        // a separate "و" token
        let (k, hit) = if cx.norm(j) == "و" {
            match lex_token(cx.norm(j + 1)).filter(|_| cx.same_line(j, j + 1)) {
                Some(h) if !h.conj => (j + 1, LexHit { conj: true, ..h }),
                _ => break,
            }
        } else {
            match lex_token(cx.norm(j)) {
                Some(h) => (j, h),
                None => break,
            }
        };
        if cx.kind(k) != Some(TokenKind::Word) {
            break;
        }
        if hit.definite && !definite && !matches!(hit.lex, Lex::MultPl(_)) {
            break;
        }
        let ok = match (hit.lex, hit.conj, last) {
            (Lex::Ten, false, Last::Unit) => {
                cur += 10.0;
                last = Last::Teen;
                true
            }
            (Lex::Hundred, false, Last::Unit) if cur > 0.0 && cur < 10.0 => {
                cur *= 100.0;
                last = Last::Hundreds;
                true
            }
            (Lex::Tens(t), true, Last::Unit) => {
                cur += t as f64;
                last = Last::Tens;
                true
            }
            (Lex::Unit(u, false), true, Last::Hundreds | Last::Mult) => {
                cur += u as f64;
                last = Last::Unit;
                true
            }
            (Lex::Ordinal(u), true, Last::Hundreds | Last::Mult) if u < 10 => {
                cur += u as f64;
                ordinal = true;
                last = Last::Unit;
                true
            }
            (Lex::Ten, true, Last::Hundreds | Last::Mult) => {
                cur += 10.0;
                last = Last::Teen;
                true
            }
            (Lex::Tens(t), true, Last::Hundreds | Last::Mult) => {
                cur += t as f64;
                last = Last::Tens;
                true
            }
            (Lex::Hundreds(h), true, Last::Mult) => {
                cur += h as f64;
                last = Last::Hundreds;
                true
            }
            (Lex::Hundred, true, Last::Mult) => {
                cur += 100.0;
                last = Last::Hundreds;
                true
            }
            (Lex::Mult(m) | Lex::MultPl(m), false, l) if l != Last::Mult || cur > 0.0 => {
                let base = if cur > 0.0 { cur } else { 1.0 };
                if l == Last::Mult && total > 0.0 && cur == 0.0 {
                    total *= m;
                } else {
                    total += base * m;
                }
                cur = 0.0;
                last = Last::Mult;
                has_mult = true;
                true
            }
            (Lex::Point, false, _) => {
                // فاصلة + digits or a word number
                let frac = if cx.kind(k + 1) == Some(TokenKind::Number) {
                    cx.norm(k + 1).parse::<u64>().ok().map(|f| (f, k + 2))
                } else {
                    parse_words(cx, k + 1, false)
                        .filter(|a| !a.ordinal && a.value.fract() == 0.0)
                        .map(|a| (a.value as u64, a.end))
                };
                match frac {
                    Some((f, e)) => {
                        let digits = f.to_string().len() as i32;
                        cur += f as f64 / 10f64.powi(digits);
                        j = e;
                        comps += 1;
                        break;
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if !ok {
            break;
        }
        comps += 1;
        j = k + 1;
    }
    let value = total + cur;
    if weak && comps == 1 {
        return None;
    }
    if definite && comps == 1 {
        match first.lex {
            Lex::Unit(u, _) if u >= 3 => {}
            Lex::Tens(_) => ordinal = true,
            Lex::Ordinal(_) | Lex::Ten => {}
            _ => return None,
        }
    } else if definite && !has_mult {
        // "الحادي والعشرين", "الأحد عشر"; but "الخمسين ألف" is a cardinal
        ordinal = true;
    }
    Some(Atom {
        value,
        end: j,
        ordinal,
        kind: NumberKind::Quantity,
        vague: None,
        plain_digits: false,
        words: true,
        definite,
    })
}

/// Parse a digit number (with an optional multiplier or decimal word) at `i`.
fn parse_digit_atom(cx: &Ctx, i: usize) -> Option<Atom> {
    if cx.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let d = parse_digits(cx.norm(i))?;
    let mut end = i + 1;
    let (mut value, kind, plain) = match d {
        Digits::Plain { value, grouped } => (value, NumberKind::Quantity, !grouped),
        Digits::Time(v) => (v, NumberKind::Time, false),
        Digits::Date(v) => (v, NumberKind::Date, false),
        Digits::Fraction(v) => (v, NumberKind::Fraction, false),
        Digits::YearPair(a, _) => (a, NumberKind::Year, false),
    };
    let mut plain_digits = plain && !cx.norm(i).contains('.') && !cx.norm(i).starts_with('-');
    if kind == NumberKind::Quantity && cx.same_line(i, i + 1) {
        if let Some(h) = lex_token(cx.norm(i + 1)) {
            match h.lex {
                Lex::Mult(m) | Lex::MultPl(m) if !h.conj => {
                    value *= m;
                    end += 1;
                    plain_digits = false;
                    // "13 ألفًا و687"
                    if cx.norm(end) == "و"
                        && cx.kind(end + 1) == Some(TokenKind::Number)
                        && cx.same_line(end - 1, end + 1)
                    {
                        if let Some(Digits::Plain { value: r, .. }) = parse_digits(cx.norm(end + 1))
                        {
                            if r > 0.0 && r < m {
                                value += r;
                                end += 2;
                            }
                        }
                    }
                }
                Lex::Point if cx.kind(i + 2) == Some(TokenKind::Number) => {
                    if let Ok(f) = cx.norm(i + 2).parse::<u64>() {
                        let digits = cx.norm(i + 2).len() as i32;
                        value += f as f64 / 10f64.powi(digits);
                        end += 2;
                        plain_digits = false;
                    }
                }
                _ => {}
            }
        }
    }
    Some(Atom {
        value,
        end,
        ordinal: false,
        kind,
        vague: None,
        plain_digits,
        words: false,
        definite: false,
    })
}

fn parse_atom(cx: &Ctx, i: usize, allow_conj_first: bool) -> Option<Atom> {
    if i >= cx.n {
        return None;
    }
    // a leading separate "و" before a digit (range "بين 5 و10")
    parse_digit_atom(cx, i).or_else(|| parse_words(cx, i, allow_conj_first))
}

/// Prefix qualifiers: (pattern, qualifier, strict) — `strict` means the
/// stated figure is excluded ("أكثر من").
const PREFIXES: &[(&[&str], Qualifier, bool)] = &[
    (&["ما", "لا", "يقل", "عن|علي"], Qualifier::AtLeast, false),
    (&["لا", "يقل", "عن|علي"], Qualifier::AtLeast, false),
    // written as one word: "ما لايقل عن 25 شخصا"
    (&["ما", "لايقل", "عن|علي"], Qualifier::AtLeast, false),
    (&["لايقل", "عن|علي"], Qualifier::AtLeast, false),
    (&["ما", "لا", "يقلون", "عن"], Qualifier::AtLeast, false),
    (&["علي", "الاقل"], Qualifier::AtLeast, false),
    (&["ما", "يزيد", "عن|علي"], Qualifier::AtLeast, true),
    (&["يزيد", "عن|علي"], Qualifier::AtLeast, true),
    (&["ما", "يربو", "عن|علي"], Qualifier::AtLeast, true),
    (&["يربو", "عن|علي"], Qualifier::AtLeast, true),
    (&["اكثر|ازيد", "من"], Qualifier::AtLeast, true),
    (&["ما", "يفوق"], Qualifier::AtLeast, true),
    (&["يفوق"], Qualifier::AtLeast, true),
    (&["ما", "لا", "يزيد", "عن|علي"], Qualifier::AtMost, false),
    (&["لا", "يزيد", "عن|علي"], Qualifier::AtMost, false),
    (&["ما", "لا", "يتجاوز"], Qualifier::AtMost, false),
    (&["لا", "يتجاوز"], Qualifier::AtMost, false),
    (&["اقل", "من"], Qualifier::AtMost, true),
    (&["ما", "دون"], Qualifier::AtMost, true),
    (&["ما", "يقارب|يناهز|يقرب"], Qualifier::About, false),
    (&["يقارب|يناهز"], Qualifier::About, false),
    (&["ما", "يقرب", "من"], Qualifier::About, false),
    (
        &["نحو|حوالي|قرابه|زهاء|تقريبا|حوالى"],
        Qualifier::About,
        false,
    ),
    (&["ما", "بين"], Qualifier::Range, false),
    (&["بين"], Qualifier::Range, false),
    (&["من"], Qualifier::Range, false),
];

/// The patterns of [`PREFIXES`] (indices, in order) whose first word is
/// `core` (a word without conjunction/preposition); empty for most words.
fn prefixes_from(core: &str) -> &'static [usize] {
    static MAP: std::sync::OnceLock<crate::fasthash::FastMap<Vec<usize>>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = crate::fasthash::FastMap::<Vec<usize>>::default();
        for (k, (pat, _, _)) in PREFIXES.iter().enumerate() {
            for w in pat[0].split('|') {
                let ks = m.entry(w).or_default();
                if !ks.contains(&k) {
                    ks.push(k);
                }
            }
        }
        m
    })
    .get(core)
    .map_or(&[], Vec::as_slice)
}

/// Whether a word (without conjunction/preposition) can begin a prefix
/// qualifier of [`PREFIXES`].
fn is_prefix_start(core: &str) -> bool {
    !prefixes_from(core).is_empty()
}

/// A full mention at token `i` (prefix + atom + range + suffix).
fn parse_mention(cx: &Ctx, i: usize) -> Option<(NumberMention, usize)> {
    let mut pre: Option<(usize, Qualifier, bool)> = None;
    // only the patterns whose first word is this one can match
    for &k in prefixes_from(cx.core(i)) {
        let (pat, q, strict) = &PREFIXES[k];
        if cx.matches(i, pat) {
            let j = i + pat.len();
            if j < cx.n && cx.same_line(j - 1, j) && parse_atom(cx, j, false).is_some() {
                pre = Some((pat.len(), *q, *strict));
                break;
            }
        }
    }
    let a0 = pre.map(|p| i + p.0).unwrap_or(i);
    let atom = parse_atom(cx, a0, true)?;
    // "ميغ31", "إف16": digits glued to a word are a model name, not a
    // number (but "بـ381", "الـ24", "و10" are clitic + number)
    if !atom.words && a0 > 0 {
        if let (Some(p), Some(t)) = (cx.doc.tokens.get(a0 - 1), cx.doc.tokens.get(a0)) {
            if p.kind == TokenKind::Word
                && p.span.end == t.span.start
                && !matches!(
                    p.norm.as_str(),
                    "ب" | "ل" | "ك" | "و" | "ف" | "ال" | "وال" | "بال" | "لل"
                )
            {
                return None;
            }
        }
    }
    let mut end = atom.end;
    let value = atom.value;
    let mut min = Some(value);
    let mut max = Some(value);
    let mut qualifier = Qualifier::Exact;
    let mut vague = false;
    if let Some((lo, hi)) = atom.vague {
        vague = true;
        min = Some(lo);
        max = hi;
        qualifier = if hi.is_some() {
            Qualifier::Range
        } else {
            Qualifier::AtLeast
        };
    }
    let mut start_tok = i;
    // ranges
    let mut range_hi: Option<(f64, usize)> = None;
    if atom.kind == NumberKind::Quantity && !atom.ordinal && atom.vague.is_none() {
        let e = atom.end;
        let sep_then_atom = |sep_len: usize| -> Option<(f64, usize)> {
            let k = e + sep_len;
            if !cx.same_line(e - 1, e) || (sep_len > 0 && !cx.same_line(k - 1, k)) {
                return None;
            }
            let b = parse_atom(cx, k, sep_len == 0)?;
            if b.ordinal || b.vague.is_some() || b.kind != NumberKind::Quantity {
                return None;
            }
            // "بين خمسة وعشرة": the و is on the second word
            if sep_len == 0 && !lex_token(cx.norm(k)).map(|h| h.conj).unwrap_or(false) {
                return None;
            }
            Some((b.value, b.end))
        };
        match pre.map(|p| p.1) {
            Some(Qualifier::Range) => {
                let is_from = cx.core(i) == "من";
                let hi = if is_from {
                    if matches!(cx.norm(e), "الي" | "حتي" | "-") {
                        sep_then_atom(1)
                    } else {
                        None
                    }
                } else if cx.norm(e) == "و" {
                    sep_then_atom(1)
                } else {
                    sep_then_atom(0)
                };
                match hi {
                    Some(h) => range_hi = Some(h),
                    None => {
                        // "من" / "بين" did not introduce a range: drop it
                        pre = None;
                        start_tok = a0;
                    }
                }
            }
            None => {
                let adjacent_dash = cx.norm(e) == "-"
                    && cx.doc.tokens.get(e).map(|t| t.span.start)
                        == cx.doc.tokens.get(e - 1).map(|t| t.span.end)
                    && !atom.words;
                // "12-3-2018" is a date, not a range
                let dash_date =
                    adjacent_dash && (cx.norm(e + 2) == "-" || (a0 > 0 && cx.norm(a0 - 1) == "-"));
                if (adjacent_dash && !dash_date) || matches!(cx.norm(e), "الي" | "او") {
                    range_hi = sep_then_atom(1);
                }
            }
            _ => {}
        }
    }
    if let Some((hi, e)) = range_hi {
        if hi > value {
            min = Some(value);
            max = Some(hi);
            qualifier = Qualifier::Range;
            end = e;
        } else if pre.map(|p| p.1) == Some(Qualifier::Range) {
            pre = None;
            start_tok = a0;
        }
    }
    let is_int = value.fract() == 0.0;
    if let Some((_, q, strict)) = pre {
        match q {
            Qualifier::AtLeast => {
                qualifier = Qualifier::AtLeast;
                let lo = min.unwrap_or(value);
                min = Some(if strict && is_int { lo + 1.0 } else { lo });
                max = None;
            }
            Qualifier::AtMost => {
                qualifier = Qualifier::AtMost;
                let hi = max.unwrap_or(value);
                max = Some(if strict && is_int { hi - 1.0 } else { hi });
                min = None;
            }
            Qualifier::About => {
                qualifier = Qualifier::About;
            }
            _ => {}
        }
    }
    // kind: years, dates, times, percentages
    let mut kind = atom.kind;
    let prev = |k: usize| -> &str {
        if a0 >= k && cx.same_line(a0 - k, a0) {
            cx.norm(a0 - k)
        } else {
            ""
        }
    };
    let next_norm = cx.norm(end);
    let next_same_line = end < cx.n && cx.same_line(end - 1, end);
    if kind == NumberKind::Quantity && !atom.ordinal {
        let p1 = prev(1);
        let p1_month = is_month(p1)
            || ((p1 == "/" || MONTH_TAILS.contains(&p1)) && is_month(prev(2)))
            || (p1 == "/" && MONTH_TAILS.contains(&prev(2)) && is_month(prev(3)));
        if atom.plain_digits && (1000.0..=2100.0).contains(&value) {
            let after_year = matches!(p1, "و" | "-" | "/" | "او" | "الي")
                && prev(2).len() == 4
                && prev(2)
                    .parse::<u32>()
                    .map(|y| (1900..=2100).contains(&y))
                    .unwrap_or(false);
            let strong = p1_month
                || after_year
                || YEAR_CUES.contains(&p1)
                || YEAR_CUES.contains(&best_stem(p1))
                || (next_same_line && matches!(next_norm, "م" | "ه" | "ميلادي" | "هجري"));
            let weak = WEAK_YEAR_CUES.contains(&crate::segment::strip_conj_prep(p1))
                || !next_same_line
                || cx.kind(end) != Some(TokenKind::Word)
                || prev(1) == "-";
            if strong || (weak && (1900.0..=2100.0).contains(&value)) {
                kind = NumberKind::Year;
            }
        }
        if kind == NumberKind::Quantity
            && next_same_line
            && is_int
            && value <= 31.0
            && (is_month(next_norm)
                || (next_norm == "من" && is_month(cx.norm(end + 1)))
                || (next_norm == "من" && matches!(cx.norm(end + 1), "الشهر" | "شهر")))
        {
            kind = NumberKind::Date;
        }
        if kind == NumberKind::Quantity
            && is_int
            && value <= 24.0
            && !atom.words
            && (best_stem(p1) == "ساعه" || (next_same_line && TIME_WORDS.contains(&next_norm)))
        {
            kind = NumberKind::Time;
        }
        if kind == NumberKind::Quantity && next_same_line {
            if matches!(next_norm, "%" | "٪") {
                kind = NumberKind::Percent;
                end += 1;
            } else if matches!(next_norm, "بالمايه" | "بالميه")
                || (next_norm == "في" && matches!(cx.norm(end + 1), "المايه" | "الميه"))
            {
                kind = NumberKind::Percent;
                end += if next_norm == "في" { 2 } else { 1 };
            }
        }
    }
    if atom.ordinal {
        let p1 = prev(1);
        if matches!(p1, "كانون" | "تشرين" | "ربيع" | "جمادي")
            || (next_same_line && next_norm == "من" && is_month(cx.norm(end + 1)))
        {
            kind = NumberKind::Date;
        } else if matches!(best_stem(p1), "ساعه") {
            kind = NumberKind::Time;
        }
    }
    // counted noun
    let mut noun: Option<(String, Span)> = None;
    if kind == NumberKind::Quantity && !atom.ordinal {
        let mut k = end;
        if cx.norm(k) == "من" && cx.kind(k + 1) == Some(TokenKind::Word) {
            k += 1;
        }
        let partitive = k > end;
        // "صاروخ واحد", "من عائلة واحدة قتلوا": one after its noun counts
        // that noun, not the word that follows (but not "واحد من" = one of)
        let post_nominal_one = atom.words
            && value == 1.0
            && a0 > 0
            && cx.same_line(a0 - 1, a0)
            && cx.norm(end) != "من"
            && cx.doc.tokens.get(a0 - 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !is_function(cx.core(a0 - 1))
                    && !crate::is_definite(&t.norm)
                    && t.norm.chars().count() >= 3
            });
        if k < cx.n
            && !post_nominal_one
            && cx.same_line(k.saturating_sub(1), k)
            && cx.kind(k) == Some(TokenKind::Word)
            && !is_function(cx.norm(k))
            && !is_function(cx.core(k))
            && !is_month(cx.norm(k))
            && lex_token(cx.norm(k)).is_none()
            && !cx.norm(k).starts_with('و')
            && (partitive || atom.vague.is_some() || !crate::is_definite(cx.norm(k)))
        {
            if let Some(t) = cx.doc.tokens.get(k) {
                // tamyiz in the accusative: "20 قتيلاً", "15 فيلما"
                let tanween = t.text.ends_with("اً") || t.text.ends_with("ًا");
                let w = t.norm.as_str();
                let tamyiz = value.fract() == 0.0 && (11.0..=99.0).contains(&(value % 100.0));
                let w = if (tanween || tamyiz)
                    && w.chars().count() >= 4
                    && w.ends_with('ا')
                    && !w.ends_with("يا")
                    && !w.ends_with("اا")
                {
                    &w[..w.len() - 'ا'.len_utf8()]
                } else {
                    w
                };
                noun = Some((best_stem(w).to_string(), t.span));
            }
        } else if atom.words && atom.definite && a0 > 0 && cx.same_line(a0 - 1, a0) {
            // "الجنود الثلاثة"
            if let Some(t) = cx.doc.tokens.get(a0 - 1) {
                if t.kind == TokenKind::Word && crate::is_definite(&t.norm) && !is_function(&t.norm)
                {
                    noun = Some((best_stem(&t.norm).to_string(), t.span));
                }
            }
        } else if post_nominal_one {
            if let Some(t) = cx.doc.tokens.get(a0 - 1) {
                noun = Some((best_stem(&t.norm).to_string(), t.span));
            }
        }
        if let Some((n, _)) = &noun {
            if CURRENCIES.contains(&n.as_str()) {
                kind = NumberKind::Money;
            }
        }
    }
    // suffix qualifiers, after the number or its noun (and up to 2 words)
    if kind == NumberKind::Quantity && qualifier == Qualifier::Exact {
        let lim = (end + 4).min(cx.n);
        let mut k = end;
        while k < lim && cx.same_line(k.saturating_sub(1), k) {
            if cx.matches(k, &["علي|في", "الاقل"]) {
                qualifier = Qualifier::AtLeast;
                max = None;
                end = k + 2;
                break;
            }
            if cx.matches(k, &["او", "اكثر"]) {
                qualifier = Qualifier::AtLeast;
                max = None;
                end = k + 2;
                break;
            }
            if k == end && cx.norm(k) == "تقريبا" {
                qualifier = Qualifier::About;
                end = k + 1;
                break;
            }
            if cx.kind(k) != Some(TokenKind::Word) || is_function(cx.norm(k)) {
                break;
            }
            k += 1;
        }
    }
    let mut ordinal = atom.ordinal;
    // "الدورة الـ24": a digit number glued to the article is an ordinal, and
    // so is one "of" an event ("الذكرى السنوية الـ23 لمقتل الزعيم"; not "الـ24
    // ساعة الماضية")
    const OF_EVENT: &[&str] = &[
        "مقتل",
        "اغتيال",
        "تاسيس",
        "انطلاق",
        "اندلاع",
        "وفاه",
        "رحيل",
        "استشهاد",
        "مجزره",
        "هجوم",
        "هجمات",
        "تفجير",
        "احتلال",
        "بدء",
        "سقوط",
        "حرب",
        "ثوره",
        "انتفاضه",
        "نكبه",
        "غزو",
        "تحرير",
        "استقلال",
    ];
    // (the noun is kept without its preposition: the text has it)
    let of_event = noun.as_ref().is_some_and(|(n, sp)| {
        cx.doc.slice(*sp).starts_with('ل') && OF_EVENT.iter().any(|e| n.starts_with(e))
    });
    if !atom.words
        && (noun.is_none() || of_event)
        && kind == NumberKind::Quantity
        && a0 > 0
        && cx.norm(a0 - 1) == "ال"
    {
        ordinal = true;
    }
    let s = cx.doc.tokens.get(start_tok)?.span.start;
    let e = cx.doc.tokens.get(end.saturating_sub(1))?.span.end;
    let span = Span::new(s, e);
    let (noun, noun_span) = match noun {
        Some((n, sp)) => (Some(n), Some(sp)),
        None => (None, None),
    };
    Some((
        NumberMention {
            span,
            text: cx.doc.slice(span).to_string(),
            value,
            min,
            max,
            qualifier,
            ordinal,
            noun,
            noun_span,
            kind,
            vague,
        },
        end,
    ))
}

/// A dual noun at token `i` ("صاروخان" → 2), with an optional following
/// "اثنان/اثنين" absorbed.
fn parse_dual(cx: &Ctx, i: usize) -> Option<(NumberMention, usize)> {
    let t = cx.doc.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let base = dual_singular(&t.norm)?;
    let mut end = i + 1;
    if cx.same_line(i, i + 1) {
        if let Some(h) = lex_token(cx.norm(i + 1)) {
            if matches!(h.lex, Lex::Unit(2, false)) && !h.conj {
                end += 1;
            }
        }
    }
    let mut qualifier = Qualifier::Exact;
    let mut max = Some(2.0);
    if cx.matches(end, &["علي|في", "الاقل"]) && cx.same_line(end - 1, end) {
        qualifier = Qualifier::AtLeast;
        max = None;
        end += 2;
    }
    let e = cx.doc.tokens.get(end - 1)?.span.end;
    let span = Span::new(t.span.start, e);
    Some((
        NumberMention {
            span,
            text: cx.doc.slice(span).to_string(),
            value: 2.0,
            min: Some(2.0),
            max,
            qualifier,
            ordinal: false,
            noun: Some(base),
            noun_span: Some(t.span),
            kind: NumberKind::Quantity,
            vague: false,
        },
        end,
    ))
}

/// Fill `doc.numbers` from the tokens (requires [`crate::tokenize`]).
/// Mentions do not overlap and are in text order.
pub fn numbers(doc: &mut Document) {
    let mut out = {
        let cx = Ctx {
            doc,
            n: doc.tokens.len(),
            cores: doc
                .tokens
                .iter()
                .map(|t| {
                    if t.kind == TokenKind::Word {
                        crate::segment::strip_conj_prep(&t.norm)
                    } else {
                        t.norm.as_str()
                    }
                })
                .collect(),
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < cx.n {
            let t = &doc.tokens[i];
            let candidate = t.kind == TokenKind::Number
                || (t.kind == TokenKind::Word
                    && t.norm.len() >= 4
                    && (is_prefix_start(cx.core(i))
                        || lex_token(&t.norm).is_some()
                        || t.norm.ends_with("ان")
                        || t.norm.ends_with("ين")));
            if candidate {
                if let Some((m, end)) = parse_mention(&cx, i).or_else(|| parse_dual(&cx, i)) {
                    out.push(m);
                    i = end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        out
    };
    // a value that overflowed (hundreds of digits, stacked multipliers) is
    // no reported figure
    out.retain(|n| {
        n.value.is_finite() && n.min.is_none_or(f64::is_finite) && n.max.is_none_or(f64::is_finite)
    });
    doc.numbers = out;
}

/// Value of a number written as `text` alone (digits in any script, words,
/// compounds, ordinals): the value of the first number mention when it
/// covers the whole text, else `None`.
pub fn parse_number(text: &str) -> Option<f64> {
    let mut d = Document::new("", text.trim());
    crate::tokenize(&mut d);
    numbers(&mut d);
    let m = d.numbers.first()?;
    (m.span.start == 0 && m.span.end == d.char_len()).then_some(m.value)
}

/// Value of a number word sequence (e.g. "ثلاثة", "خمسة وعشرون",
/// "ألفان وثلاثمائة"); `None` when it is not entirely a number.
pub fn parse_number_words(words: &str) -> Option<f64> {
    parse_number(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<NumberMention> {
        let mut d = Document::new("t", s);
        crate::analyze(&mut d);
        for m in &d.numbers {
            assert_eq!(d.slice(m.span), m.text);
        }
        d.numbers
    }

    fn one(s: &str) -> NumberMention {
        let v = nums(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn word_compounds() {
        assert_eq!(parse_number_words("خمسة وعشرون"), Some(25.0));
        assert_eq!(parse_number_words("ألفان وثلاثمائة"), Some(2300.0));
        assert_eq!(parse_number_words("ثلاثة آلاف وخمسمائة"), Some(3500.0));
        assert_eq!(parse_number_words("ثلاث مئة"), Some(300.0));
        assert_eq!(
            parse_number_words("ثلاثة ملايين وخمسمائة ألف"),
            Some(3_500_000.0)
        );
        assert_eq!(parse_number_words("اثنا عشر"), Some(12.0));
        assert_eq!(parse_number_words("خمسة وستة"), None);
        assert_eq!(parse_number_words("الاثنين"), None);
        assert_eq!(parse_number_words("الأحد"), None);
    }

    #[test]
    fn one_after_its_noun_counts_that_noun() {
        let v = nums("قالوا إن أربعة أشخاص من عائلة واحدة قتلوا");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].noun.as_deref(), Some("اشخاص"), "{v:?}");
        assert_eq!(v[1].noun.as_deref(), Some("عايله"), "{v:?}");
        // "one of" still counts what follows
        let v = nums("قتل واحد من الجنود");
        assert_eq!(v[0].noun.as_deref(), Some("جنود"), "{v:?}");
    }

    #[test]
    fn dot_groups_thousands_before_three_digits() {
        let m = one("أدت الحرب إلى قتل أكثر من 10.000 شخص");
        assert_eq!(m.value, 10_000.0);
        assert_eq!(one("نزح 1.500 شخص").value, 1500.0);
        // a decimal stays one
        assert_eq!(one("بلغت النسبة 2.5 بالمئة").value, 2.5);
        assert_eq!(one("ارتفع بمقدار 0.125 نقطة").value, 0.125);
    }

    #[test]
    fn brief_examples() {
        let m = one("سقطت ثلاثة صواريخ على الأقل");
        assert_eq!((m.value, m.min, m.max), (3.0, Some(3.0), None));
        assert_eq!(m.qualifier, Qualifier::AtLeast);
        assert_eq!(m.noun.as_deref(), Some("صواريخ"));
        assert_eq!(m.text, "ثلاثة صواريخ على الأقل");

        let m = one("قتل أكثر من 20 شخصا");
        assert_eq!((m.value, m.min, m.max), (20.0, Some(21.0), None));
        assert_eq!(m.qualifier, Qualifier::AtLeast);
        assert_eq!(m.noun.as_deref(), Some("شخص"));
        assert_eq!(m.text, "أكثر من 20");

        let m = one("نزح نحو 3000 شخص");
        assert_eq!(m.qualifier, Qualifier::About);
        assert_eq!(m.value, 3000.0);
        assert_eq!(m.kind, NumberKind::Quantity);

        let m = one("قتل بين 5 و10 أشخاص");
        assert_eq!(
            (m.min, m.max, m.qualifier),
            (Some(5.0), Some(10.0), Qualifier::Range)
        );
        assert_eq!(m.text, "بين 5 و10");

        let m = one("أصيب عشرات المدنيين");
        assert_eq!(
            (m.min, m.max, m.qualifier, m.vague),
            (Some(20.0), None, Qualifier::AtLeast, true)
        );

        let m = one("أطلقت 6 صواريخ غراد");
        assert_eq!(m.noun.as_deref(), Some("صواريخ"));
        assert_eq!(m.value, 6.0);

        let m = one("سقط صاروخان");
        assert_eq!((m.value, m.noun.as_deref()), (2.0, Some("صاروخ")));
        let m = one("قتل جنديين");
        assert_eq!((m.value, m.noun.as_deref()), (2.0, Some("جندي")));
        assert!(nums("قتل مدنيين في لبنان وإيران").is_empty());
        let m = one("لقي شخصان على الأقل مصرعهما");
        assert_eq!(
            (m.min, m.max, m.qualifier),
            (Some(2.0), None, Qualifier::AtLeast)
        );
        assert_eq!(one("إصابة 236 شخصا").noun.as_deref(), Some("شخص"));
        assert_eq!(one("أوقعت عشرات آلاف القتلى").noun.as_deref(), Some("قتلي"));
        assert_eq!(one("قتل ثمانية من أقاربه").noun.as_deref(), Some("اقاربه"));
        assert_eq!(one("وإصابة 13 آخرين").noun.as_deref(), Some("اخرين"));
        assert!(nums("طائرة ميغ31 وإف16").is_empty());
        assert_eq!(one("أعداد القتلى بـ381").value, 381.0);
        assert_eq!(one("عدد المراكز 13 ألفًا و687 مركزا").value, 13687.0);
        assert!(nums("أثنى السفير على الجهود").is_empty());
    }

    #[test]
    fn years_dates_times_are_marked() {
        let v = nums("في 5 يوليو/تموز 2021 عند الساعة 2:45 قتل 3");
        let kinds: Vec<NumberKind> = v.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [
                NumberKind::Date,
                NumberKind::Year,
                NumberKind::Time,
                NumberKind::Quantity
            ]
        );
        assert_eq!(v[2].value, 2.75);
        assert_eq!(one("منذ عام 2014").kind, NumberKind::Year);
        assert_eq!(one("العام المالي 2017/2018").kind, NumberKind::Year);
        assert_eq!(one("نسبة 77/100").kind, NumberKind::Fraction);
        assert_eq!(one("نسبة 50%").kind, NumberKind::Percent);
        assert_eq!(one("ارتفع 20 في المئة").kind, NumberKind::Percent);
        assert_eq!(one("دفع 100 مليون دولار").kind, NumberKind::Money);
        assert_eq!(one("قتل 2000 شخص").kind, NumberKind::Quantity);
        assert_eq!(one("في الخامس من مارس").kind, NumberKind::Date);
        let v = nums("في 5 كانون الثاني 2018");
        let kinds: Vec<NumberKind> = v.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [NumberKind::Date, NumberKind::Date, NumberKind::Year]
        );
    }

    #[test]
    fn qualifiers_and_ranges() {
        let m = one("ما لا يقل عن 15 قتيلا");
        assert_eq!(
            (m.min, m.max, m.qualifier),
            (Some(15.0), None, Qualifier::AtLeast)
        );
        assert_eq!(m.noun.as_deref(), Some("قتيل"));
        let m = one("أقل من 10");
        assert_eq!(
            (m.min, m.max, m.qualifier),
            (None, Some(9.0), Qualifier::AtMost)
        );
        let m = one("من 5 إلى 10 أشخاص");
        assert_eq!((m.min, m.max), (Some(5.0), Some(10.0)));
        let m = one("خمسة أو ستة جنود");
        assert_eq!(
            (m.min, m.max, m.noun.as_deref()),
            (Some(5.0), Some(6.0), Some("جنود"))
        );
        let m = one("بين خمسة وعشرة");
        assert_eq!((m.min, m.max), (Some(5.0), Some(10.0)));
        let m = one("بضعة آلاف");
        assert_eq!(
            (m.min, m.max, m.qualifier),
            (Some(3000.0), Some(9000.0), Qualifier::Range)
        );
        let m = one("عشرات الآلاف من المتظاهرين");
        assert_eq!(
            (m.min, m.noun.as_deref()),
            (Some(20000.0), Some("متظاهرين"))
        );
        let m = one("قرابة 1.5 مليون");
        assert_eq!((m.value, m.qualifier), (1_500_000.0, Qualifier::About));
    }

    #[test]
    fn the_taliban_are_no_two_students() {
        assert!(nums("زعيم طالبان الباكستانية قتل").is_empty());
        assert!(nums("مقاتلي حركة طالبان").is_empty());
        assert_eq!(one("اعتقل طالبين").value, 2.0);
    }

    #[test]
    fn at_least_written_as_one_word() {
        let m = one("ما لايقل عن 25 شخصا");
        assert_eq!(
            (m.min, m.max, m.qualifier),
            (Some(25.0), None, Qualifier::AtLeast)
        );
    }

    #[test]
    fn ordinals() {
        let m = one("للمرة الثالثة");
        assert!(m.ordinal);
        assert_eq!(m.value, 3.0);
        let m = one("الحادي والعشرين");
        assert!(m.ordinal);
        assert_eq!(m.value, 21.0);
        let m = one("الدورة الـ24 للمهرجان");
        assert!(m.ordinal);
        assert_eq!(m.noun, None);
        let m = one("الخمسين ألف صفحة");
        assert!(!m.ordinal);
        assert_eq!(m.value, 50000.0);
        let v = nums("عرض 54 فيلماً و114 كتاباً");
        let nouns: Vec<Option<&str>> = v.iter().map(|m| m.noun.as_deref()).collect();
        assert_eq!(nouns, [Some("فيلم"), Some("كتاب")]);
        let m = one("الجنود الثلاثة");
        assert!(!m.ordinal);
        assert_eq!(m.noun.as_deref(), Some("جنود"));
        // the anniversary "of" a killing counts nobody; the last 24 hours
        // are hours
        let m = one("الذكرى السنوية الـ23 لمقتل الزعيم");
        assert!(m.ordinal);
        let m = one("خلال الـ24 ساعة الماضية");
        assert!(!m.ordinal);
    }
}
