//! Clitic segmentation for lookups.
//!
//! Arabic writes conjunctions (و ف), prepositions (ب ل ك), the article (ال),
//! the future marker (س) and object/possessive pronouns attached to the word.
//! [`stems`] lists the candidate stems, from the word itself to the most
//! stripped form, for a caller to try against its lexicon; [`best_stem`] is a
//! lexicon-free guess used for [`rasd_core::Token::stem`].
//!
//! No segmentation gold set exists in `../shared/data/segmentation/` (the
//! directory is absent), so this is checked by unit tests written here only.

/// Words that begin with ب ل ك و ف as part of the word, not as a clitic
/// (normalised forms, after any article). A single-letter proclitic is not
/// stripped from these by [`best_stem`].
const PROTECTED: &[&str] = &[
    // places and names
    "بغداد",
    "بيروت",
    "بنغازي",
    "بعقوبه",
    "بيجي",
    "بابل",
    "بريطانيا",
    "باكستان",
    "بنغلاديش",
    "بلجيكا",
    "بورما",
    "بوتين",
    "بشار",
    "بوش",
    "بكين",
    "برلين",
    "باريس",
    "بروكسل",
    "بيت لحم",
    "بيشاور",
    "بلوشستان",
    "بلخ",
    "بدر",
    "بريقه",
    "بورتسودان",
    "بصري",
    "لبنان",
    "ليبيا",
    "لحج",
    "لندن",
    "لوغار",
    "لاهور",
    "لافروف",
    "كركوك",
    "كربلاء",
    "كويت",
    "كابل",
    "كوريا",
    "كندا",
    "كينيا",
    "كوبا",
    "كسلا",
    "كردستان",
    "كوباني",
    "كونر",
    "واشنطن",
    "واسط",
    "وادي",
    "فلسطين",
    "فرنسا",
    "فنزويلا",
    "فيتنام",
    "فلوجه",
    "فاريا",
    "فراه",
    "فاو",
    "فيصل",
    // common nouns, verbs and particles
    "بيان",
    "بدايه",
    "برلمان",
    "بنك",
    "بحر",
    "بيت",
    "بحث",
    "بلده",
    "بلدات",
    "بلديه",
    "بلاد",
    "بقاء",
    "باب",
    "بطل",
    "بطوله",
    "بطاقه",
    "بيع",
    "بير",
    "بييه",
    "بنيه",
    "بارز",
    "بالغ",
    "بعض",
    "بينما",
    "بريد",
    "برنامج",
    "بشري",
    "بشكل",
    "باسم",
    "بلغ",
    "بدا",
    "بدات",
    "بعث",
    "بعثه",
    "بحريه",
    "بريه",
    "بري",
    "بترول",
    "بضعه",
    "بضع",
    "لجنه",
    "لقاء",
    "لواء",
    "لاجي",
    "لاجيين",
    "لقد",
    "لكن",
    "لدي",
    "ليله",
    "لعبه",
    "لقب",
    "لاعب",
    "لاعبين",
    "لغه",
    "لحظه",
    "ليس",
    "ليست",
    "لاسيما",
    "لحم",
    "لعل",
    "كتيبه",
    "كلمه",
    "كان",
    "كانت",
    "كانوا",
    "كما",
    "كلا",
    "كبير",
    "كبيره",
    "كثير",
    "كثيره",
    "كميه",
    "كره",
    "كاس",
    "كتاب",
    "كيلومتر",
    "كيلومترات",
    "كهرباء",
    "كردي",
    "كرديه",
    "كلف",
    "كشف",
    "كشفت",
    "كمين",
    "كاميرا",
    "كافه",
    "كامل",
    "كليه",
    "كليات",
    "وزير",
    "وزاره",
    "وزراء",
    "وقت",
    "وضع",
    "ولايه",
    "وكاله",
    "وفد",
    "وحده",
    "وحدات",
    "وطني",
    "وطنيه",
    "وسط",
    "وصول",
    "وقف",
    "ورقه",
    "وجود",
    "وكيل",
    "واقع",
    "واضح",
    "واحد",
    "واحده",
    "وفاه",
    "وفق",
    "وقع",
    "وقعت",
    "وصل",
    "وصلت",
    "ولد",
    "وثيقه",
    "وسايل",
    "وسيله",
    "وراء",
    "فريق",
    "فصيل",
    "فصايل",
    "فتره",
    "فرع",
    "فوز",
    "فيلق",
    "فوج",
    "فيديو",
    "فندق",
    "فجر",
    "فعل",
    "فيما",
    "فيلم",
    "فيروس",
    "فقر",
    "فرد",
    "فكر",
    "فيضان",
    "فيضانات",
    "فوضي",
    "وقود",
    "ولايات",
    "وسيط",
    "وضعت",
    "كتب",
    "كرسي",
    "فقط",
    "فوق",
    "فيه",
    "فيها",
    "فرقه",
    "فكره",
    "فني",
    "فنيه",
    "فتح",
    "فرض",
    "فشل",
];

#[inline]
fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The normalised words that begin with a proclitic's letter as part of the
/// word (place names such as "بعقوبه" — not "ب" + "عقوبه" — and common
/// words such as "بيان"): what must not be read as clitic + word.
pub fn protected_words() -> &'static [&'static str] {
    PROTECTED
}

fn is_protected(w: &str) -> bool {
    static SET: std::sync::OnceLock<crate::fasthash::FastSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::fasthash::set_of(PROTECTED))
        .contains(w)
}

/// Proclitic split of a normalised word: `(conj, prep, article, rest)`, each
/// a suffix of `norm`; the `rest` is what remains after all confident
/// proclitics. `prep`/`article` are the forms after stripping each layer.
struct Proclitics<'a> {
    /// After ب/ل/ك (or `after_conj`).
    after_prep: &'a str,
    /// After ال (or `after_prep`).
    after_art: &'a str,
    /// Whether ال (or لل) was found.
    definite: bool,
}

fn proclitics(norm: &str) -> Proclitics<'_> {
    let mut w = norm;
    // conjunction و / ف (not if the word itself is protected or too short)
    if let Some(r) = w.strip_prefix(['و', 'ف']) {
        if char_len(r) >= 2 && !is_protected(w) {
            w = r;
        }
    }
    let mut definite = false;
    // لل = ل + ال with the alef dropped
    if let Some(r) = w.strip_prefix("لل") {
        if char_len(r) >= 2 {
            return Proclitics {
                after_prep: w,
                after_art: r,
                definite: true,
            };
        }
    }
    // preposition (before an article it is always a clitic; before a bare
    // noun only when what remains is long enough and not a protected word)
    for p in ["ب", "ك", "ل"] {
        if let Some(r) = w.strip_prefix(p) {
            if (r.starts_with("ال") && char_len(r) >= 4) || (char_len(r) >= 3 && !is_protected(w))
            {
                w = r;
            }
            break;
        }
    }
    let after_prep = w;
    if let Some(r) = w.strip_prefix("ال") {
        if char_len(r) >= 2 && !matches!(w, "الف" | "الاف" | "الي" | "الا" | "الذي" | "التي" | "الله")
        {
            w = r;
            definite = true;
        }
    }
    Proclitics {
        after_prep,
        after_art: w,
        definite,
    }
}

/// Pronoun suffixes (longest first).
const SUFFIXES: &[&str] = &["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك"];

/// Candidate stems of a normalised word, from the word itself to the most
/// stripped form: conjunctions و ف, prepositions ب ل ك, the article ال and
/// لل, future س (سيقوم → يقوم), then pronoun suffixes (قواتها → قوات,
/// محافظتها → محافظه). The caller tries each against its lexicon, in order.
/// Never empty (the first candidate is `norm` itself); no duplicates.
pub fn stems(norm: &str) -> Vec<String> {
    stem_candidates(norm).iter().map(str::to_string).collect()
}

/// The candidates of [`stems`] without a `String` each: slices of the word,
/// and at most one written form (ta marbuta restored, محافظتها → محافظه),
/// which comes last.
#[derive(Debug, Clone)]
pub struct Stems<'a> {
    slices: [&'a str; 6],
    n: usize,
    restored: Option<String>,
}

impl<'a> Stems<'a> {
    fn push(&mut self, s: &'a str) {
        if !s.is_empty() && !self.slices[..self.n].contains(&s) && self.n < self.slices.len() {
            self.slices[self.n] = s;
            self.n += 1;
        }
    }

    /// The candidates, in the order of [`stems`].
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.slices[..self.n]
            .iter()
            .copied()
            .chain(self.restored.as_deref())
    }
}

/// The candidates of [`stems`], in the same order, borrowing `norm`.
pub fn stem_candidates(norm: &str) -> Stems<'_> {
    let mut out = Stems {
        slices: [""; 6],
        n: 0,
        restored: None,
    };
    out.push(norm);
    // aggressive prefix chain (any proclitic, even before protected words:
    // the lexicon decides)
    let mut w = norm;
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if char_len(r) >= 2 {
                w = r;
                out.push(w);
            }
            break;
        }
    }
    let mut had_article = false;
    if let Some(r) = w.strip_prefix("لل").filter(|r| char_len(r) >= 2) {
        w = r;
        had_article = true;
        out.push(w);
    } else {
        for p in ["ب", "ك", "ل"] {
            if let Some(r) = w.strip_prefix(p) {
                if char_len(r) >= 2 {
                    w = r;
                    out.push(w);
                }
                break;
            }
        }
        if let Some(r) = w.strip_prefix("ال") {
            if char_len(r) >= 2 {
                w = r;
                had_article = true;
                out.push(w);
            }
        }
    }
    // future marker س before an imperfect prefix (سيقوم, ستبدأ, سنعمل)
    if !had_article {
        if let Some(r) = w.strip_prefix('س') {
            if char_len(r) >= 3 && r.starts_with(['ي', 'ت', 'ن', 'ا']) {
                w = r;
                out.push(w);
            }
        }
    }
    // pronoun suffixes on the most stripped form
    if !had_article {
        for s in SUFFIXES {
            if let Some(r) = w.strip_suffix(s) {
                if char_len(r) >= 2 {
                    out.push(r);
                    // ta marbuta before a suffix is written ت: restore ه
                    if let Some(base) = r.strip_suffix('ت') {
                        if char_len(base) >= 2 {
                            let mut t = String::with_capacity(base.len() + 2);
                            t.push_str(base);
                            t.push('ه');
                            if !out.slices[..out.n].contains(&t.as_str()) {
                                out.restored = Some(t);
                            }
                        }
                    }
                }
                break;
            }
        }
    }
    out
}

/// Lexicon-free best guess of the stem of a normalised word: strips و/ف, ب/ل/ك
/// and ال/لل when confident (an article follows the preposition, or the
/// remainder has at least 3 letters and the word is not a known word that
/// merely begins with that letter, such as بغداد or لبنان). Suffixes are
/// kept. Returns a sub-slice of `norm`.
pub fn best_stem(norm: &str) -> &str {
    proclitics(norm).after_art
}

/// Whether the normalised word carries the article ال (or لل).
pub fn is_definite(norm: &str) -> bool {
    proclitics(norm).definite
}

/// The word without its conjunction (و/ف) and preposition (ب/ل/ك), keeping
/// any article: `وبالرمادي` → `الرمادي`.
pub fn strip_conj_prep(norm: &str) -> &str {
    proclitics(norm).after_prep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::norm_word;

    fn has(w: &str, stem: &str) -> bool {
        stems(&norm_word(w)).iter().any(|s| s == stem)
    }

    #[test]
    fn brief_examples_find_their_stems() {
        assert!(has("وبالرمادي", "رمادي"));
        assert!(has("للقوات", "قوات"));
        assert!(has("لداعش", "داعش"));
        assert!(has("بمحافظة", "محافظه"));
        assert_eq!(best_stem(&norm_word("وبالرمادي")), "رمادي");
        assert_eq!(best_stem(&norm_word("للقوات")), "قوات");
        assert_eq!(best_stem(&norm_word("لداعش")), "داعش");
        assert_eq!(best_stem(&norm_word("بمحافظة")), "محافظه");
    }

    #[test]
    fn stems_order_and_suffixes() {
        let s = stems(&norm_word("وبالرمادي"));
        assert_eq!(s.first().map(String::as_str), Some("وبالرمادي"));
        assert_eq!(s.last().map(String::as_str), Some("رمادي"));
        assert!(has("قواتها", "قوات"));
        assert!(has("محافظتها", "محافظه"));
        assert!(has("وسيقوم", "يقوم"));
        assert!(has("مقاتليهم", "مقاتلي"));
    }

    #[test]
    fn best_stem_keeps_words_that_start_with_clitic_letters() {
        for w in [
            "بغداد",
            "لبنان",
            "وزير",
            "بيان",
            "فلسطين",
            "كركوك",
            "الف",
            "بين",
            "لكن",
        ] {
            assert_eq!(best_stem(&norm_word(w)), norm_word(w), "{w}");
        }
        assert_eq!(best_stem(&norm_word("وبغداد")), "بغداد");
        assert_eq!(best_stem(&norm_word("ببغداد")), "بغداد");
        assert_eq!(best_stem(&norm_word("لوزير")), "وزير");
        assert_eq!(best_stem(&norm_word("الموصل")), "موصل");
        assert!(is_definite(&norm_word("للقوات")));
        assert!(!is_definite(&norm_word("لداعش")));
        assert_eq!(strip_conj_prep(&norm_word("وبالرمادي")), "الرمادي");
    }
}
