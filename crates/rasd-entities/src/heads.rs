//! The head lexicon: how often a stem follows a word that announces a
//! name of a known type in unlabelled news — "شركة X", "فريق X", "صحيفة X"
//! (organisation), "الرئيس X", "اللاعب X", "السائق X" (person), "مدينة X",
//! "ولاية X" (place).
//!
//! Names that the training corpus never saw (a car maker, a football
//! club, a newspaper) are usually introduced this way somewhere in a large
//! news corpus. Unlike the news lexicon ([`crate::autolex`]), this evidence
//! does not come from the tagger itself, so it does not repeat its
//! mistakes (a club tagged as a place, a company as a person).
//!
//! Each stem seen at least [`MIN_HITS`] times after a head gets its
//! majority type, the share of its occurrences that follow a head, how
//! pure the majority is and how many times it was seen (all bucketed).

use crate::actors;
use crate::ner::key_stem;
use std::collections::{HashMap, HashSet};

/// Fewest occurrences after a head for a lexicon entry.
pub const MIN_HITS: u32 = 2;

/// Head words of each type (index 0 person, 1 place, 2 organisation).
/// Person heads are titles and roles written with the article; place and
/// organisation heads are nouns in construct (without the article), so
/// that "رئيس الوزراء" or "الشركة الألمانية" do not count.
const PERSON: &[&str] = &[
    "الرئيس",
    "السيد",
    "السيدة",
    "الشيخ",
    "الأمير",
    "الأميرة",
    "الملك",
    "الملكة",
    "الدكتور",
    "الدكتورة",
    "المهندس",
    "الأستاذ",
    "اللاعب",
    "اللاعبة",
    "المدرب",
    "النجم",
    "النجمة",
    "الفنان",
    "الفنانة",
    "الممثل",
    "الممثلة",
    "المطرب",
    "المطربة",
    "المغني",
    "المغنية",
    "الكاتب",
    "الكاتبة",
    "الشاعر",
    "الروائي",
    "المخرج",
    "الجنرال",
    "العقيد",
    "اللواء",
    "العميد",
    "الرائد",
    "النقيب",
    "الوزير",
    "المستشار",
    "القاضي",
    "الإمام",
    "البابا",
    "السائق",
    "الحارس",
    "المهاجم",
    "الصحفي",
    "المصنف",
];
const PLACE: &[&str] = &[
    "مدينة",
    "بلدة",
    "قرية",
    "محافظة",
    "ولاية",
    "إقليم",
    "منطقة",
    "عاصمة",
    "جزيرة",
    "نهر",
    "جبل",
    "ميناء",
    "مقاطعة",
    "مخيم",
    "بحيرة",
    "صحراء",
    "جمهورية",
    "مملكة",
    "دولة",
    "حي",
];
const ORGANISATION: &[&str] = &[
    "شركة",
    "شركات",
    "مجموعة",
    "فريق",
    "نادي",
    "منتخب",
    "صحيفة",
    "جريدة",
    "مجلة",
    "وكالة",
    "حزب",
    "حركة",
    "منظمة",
    "جامعة",
    "بنك",
    "مصرف",
    "قناة",
    "تلفزيون",
    "إذاعة",
    "جماعة",
    "تنظيم",
    "اتحاد",
    "مؤسسة",
    "هيئة",
    "جمعية",
    "فندق",
    "كتائب",
];

/// Words skipped between a head and the name ("الرئيس الأمريكي جورج").
const SKIP: &[&str] = &["السابق", "الجديد", "الراحل", "الحالي", "الشهير", "الدولي"];

/// The forms of a word that are matched against the heads: as it is, and
/// without a conjunction و/ف and a preposition ب/ل/ك (keeping the
/// article: لل is ل + ال).
fn forms(norm: &str) -> [Option<String>; 3] {
    let mut w = norm;
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 3 {
                w = r;
            }
            break;
        }
    }
    let inner = if let Some(r) = w.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        Some(format!("ال{r}"))
    } else {
        ["ب", "ل", "ك"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
            .map(str::to_string)
    };
    [
        Some(norm.to_string()),
        (w != norm).then(|| w.to_string()),
        inner,
    ]
}

/// The type of head a word is (0 person, 1 place, 2 organisation).
fn head_type(heads: &[HashSet<String>; 3], norm: &str) -> Option<usize> {
    let f = forms(norm);
    heads
        .iter()
        .position(|h| f.iter().flatten().any(|w| h.contains(w)))
}

/// The words of a text, each with whether only spaces separate it from the
/// next one.
fn words(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut cur = String::new();
    let mut glued = true;
    for c in text.chars().chain(std::iter::once('\n')) {
        if c.is_alphanumeric() || rasd_text::is_diacritic(c) || c == '\u{0640}' {
            if cur.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.1 = glued;
                }
            }
            cur.push(c);
            glued = true;
        } else {
            if !cur.is_empty() {
                out.push((rasd_text::norm_word(&cur), false));
                cur.clear();
            }
            if !c.is_whitespace() {
                glued = false;
            }
        }
    }
    out
}

/// Learn the head lexicon from article texts: stem → value.
pub fn learn(texts: &[String]) -> HashMap<String, u16> {
    let norm =
        |l: &[&str]| -> HashSet<String> { l.iter().map(|w| rasd_text::norm_word(w)).collect() };
    let heads = [norm(PERSON), norm(PLACE), norm(ORGANISATION)];
    let skip = norm(SKIP);
    let mut freq: HashMap<String, u32> = HashMap::new();
    let mut hits: HashMap<String, [u32; 3]> = HashMap::new();
    for text in texts {
        let ws = words(text);
        for (w, _) in &ws {
            *freq.entry(key_stem(w).to_string()).or_default() += 1;
        }
        for (i, (w, glued)) in ws.iter().enumerate() {
            let Some(ty) = head_type(&heads, w) else {
                continue;
            };
            let mut j = i + 1;
            let mut ok = *glued;
            while ok && j < ws.len() {
                let n = &ws[j].0;
                if skip.contains(n.as_str()) || actors::country_of_adjective(n).is_some() {
                    ok = ws[j].1;
                    j += 1;
                } else {
                    break;
                }
            }
            let Some((n, _)) = ws.get(j).filter(|_| ok) else {
                continue;
            };
            if n.chars().all(|c| c.is_ascii_digit()) || head_type(&heads, n).is_some() {
                continue;
            }
            hits.entry(key_stem(n).to_string()).or_default()[ty] += 1;
        }
    }
    hits.into_iter()
        .filter_map(|(stem, h)| {
            let f = freq.get(&stem).copied().unwrap_or(0);
            encode(&h, f).map(|v| (stem, v))
        })
        .collect()
}

/// Lexicon value of a stem's head counts and frequency:
/// `1 + ((type*4 + ratio)*3 + count)*2 + pure`, or None when too rare.
fn encode(h: &[u32; 3], freq: u32) -> Option<u16> {
    let all: u32 = h.iter().sum();
    if all < MIN_HITS {
        return None;
    }
    let (ty, best) = h
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, std::cmp::Reverse(*i)))
        .map(|(i, c)| (i as u16, *c))?;
    let r = all as f32 / freq.max(all) as f32;
    let rb = if r < 0.02 {
        0
    } else if r < 0.1 {
        1
    } else if r < 0.3 {
        2
    } else {
        3
    };
    let cb = match all {
        0..=4 => 0,
        5..=19 => 1,
        _ => 2,
    };
    let pure = (best * 5 >= all * 4) as u16;
    Some(1 + ((ty * 4 + rb) * 3 + cb) * 2 + pure)
}

/// The coarse part (type and ratio) of a head-lexicon value, 0 when absent.
pub(crate) fn coarse(v: u64) -> u64 {
    if v == 0 {
        0
    } else {
        1 + (v - 1) / 6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after_heads_get_their_type() {
        let texts: Vec<String> = [
            "أعلنت شركة فولكسفاجن الألمانية عن خطة. وقالت شركة فولكسفاجن إنها ستغلق مصنعا.",
            "التقى الرئيس الفرنسي شيراك نظيره. وكان الرئيس شيراك قد زار مدينة ليون.",
            "وصل إلى مدينة ليون أمس. وخسر فريق ليون أمام فريق ليون الثاني.",
            "قال رئيس الوزراء إن الشركة الألمانية ستغلق. وقال رئيس الوزراء إن.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let lex = learn(&texts);
        let key = |w: &str| key_stem(&rasd_text::norm_word(w)).to_string();
        let ty = |w: &str| lex.get(&key(w)).map(|v| (v - 1) / 24);
        assert_eq!(ty("فولكسفاجن"), Some(2), "organisation after شركة");
        assert_eq!(
            ty("شيراك"),
            Some(0),
            "person after a title, past the adjective"
        );
        // ليون: 2 after مدينة, 2 after فريق → the tie goes to the place
        assert_eq!(ty("ليون"), Some(1));
        assert_eq!(ty("الوزراء"), None, "construct رئيس is no title");
        assert_eq!(ty("الألمانية"), None, "الشركة with the article is no head");
        // the purity bit: ليون is split evenly
        assert_eq!(lex.get(&key("ليون")).map(|v| (v - 1) % 2), Some(0));
    }

    #[test]
    fn punctuation_breaks_the_pattern() {
        let texts = vec!["قالت الشركة ، شيراك . وقال الرئيس ، شيراك . الرئيس. شيراك".to_string()];
        assert!(learn(&texts).is_empty());
    }
}
