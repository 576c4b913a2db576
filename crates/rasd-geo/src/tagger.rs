//! The geocoder: finds place mentions in a tokenised document and resolves
//! them against the gazetteer.

use crate::facts::{self, Country};
use crate::geo::{destination, distance_km};
use crate::index::{source, Kind, Place};
use crate::norm::strip_al;
use crate::Gazetteer;
use rasd_core::{Document, PlaceMention, Span, Token, TokenKind};
use rasd_text::fasthash::FastBuild;
use std::collections::{HashMap, HashSet};

/// Longest name, in tokens.
const MAX_NGRAM: usize = 6;
/// Minimum score for a candidate to be kept.
const ACCEPT: f32 = 4.6;

/// Finds and resolves place mentions (layer `places`).
#[derive(Debug)]
pub struct Geocoder {
    pub gazetteer: Gazetteer,
    stop: HashSet<&'static str, FastBuild>,
    triggers: HashSet<&'static str, FastBuild>,
    /// [`TITLES`] and [`NON_PLACE_HEADS`]: before a name, not a place
    title_heads: HashSet<&'static str, FastBuild>,
    first_names: HashSet<&'static str, FastBuild>,
    place_prefixes: HashSet<&'static str, FastBuild>,
    countries: Vec<Country>,
    /// demonym forms (masc., fem., plural; no "ال") -> country index
    demonyms: HashMap<String, usize, FastBuild>,
}

/// Place nouns that a demonym adjective turns into a country mention
/// ("الأراضي اليمنية").
const DEMONYM_NOUNS: &[&str] = &[
    "عاصمه",
    "اراضي",
    "حدود",
    "مدن",
    "مناطق",
    "محافظات",
    "ساحل",
    "سواحل",
    "مياه",
    "اجواء",
    "عمق",
    "بلاد",
    "ولايات",
    "مدينه",
    "قري",
    "بلدات",
    "جانب",
    "داخل",
    "اقليم",
    "ارض",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "صحراء",
    "جزر",
    "موانئ",
    "سجون",
    "حدوديه",
];

/// Organisation heads: "فيلق القدس", "نادي الهلال", "قناة الجزيرة" are not places.
const NON_PLACE_HEADS: &[&str] = &[
    "فيلق",
    "كتائب",
    "كتيبه",
    "سرايا",
    "حركه",
    "حزب",
    "جبهه",
    "تنظيم",
    "لواء",
    "صحيفه",
    "قناه",
    "وكاله",
    "جامعه",
    "نادي",
    "فريق",
    "منتخب",
    "شركه",
    "بنك",
    "مصرف",
    "اذاعه",
    "تلفزيون",
    "مجله",
    "موقع",
    "مؤسسه",
    "جمعيه",
    "مجلس",
    "هيئه",
    "مركز",
    "مدرسه",
    "معهد",
    "كليه",
    "ملعب",
    "فندق",
    "مطعم",
    "شارع",
    "طريق",
    "جسر",
    "ساحه",
    "ميدان",
    "سوق",
    "عمليه",
    "معركه",
    "اتفاق",
    "اتفاقيه",
    "مؤتمر",
    "قمه",
    "محادثات",
    "مفاوضات",
    "اعلان",
    "بيان",
    "مباراه",
    "دوري",
    "كاس",
    "بطوله",
    "مهرجان",
    "معرض",
];

/// Titles before a person's name: a following "place" is a person.
const TITLES: &[&str] = &[
    "رئيس",
    "شيخ",
    "سيد",
    "امير",
    "ملك",
    "لواء",
    "عميد",
    "عقيد",
    "وزير",
    "قائد",
    "نائب",
    "جنرال",
    "دكتور",
    "مفتي",
    "امام",
    "زعيم",
    "متحدث",
    "ناطق",
    "مقدم",
    "رائد",
    "نقيب",
    "ملازم",
    "فريق",
    "مشير",
    "سفير",
    "حاج",
    "ابو",
    "ام",
    "شهيد",
    "معتقل",
    "صحفي",
    "مراسل",
    "زميل",
    "عائله",
    "اسره",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    N,
    S,
    E,
    W,
}

/// Score taken from a place (no large city) in another country than the one
/// an article's country names, demonyms and other places all point to.
const FOREIGN: f32 = 3.0;

fn dir_of(w: &str) -> Option<Dir> {
    match w {
        "شمال" | "شمالي" | "شماليه" => Some(Dir::N),
        "جنوب" | "جنوبي" | "جنوبيه" => Some(Dir::S),
        "شرق" | "شرقي" | "شرقيه" => Some(Dir::E),
        "غرب" | "غربي" | "غربيه" => Some(Dir::W),
        _ => None,
    }
}

fn bearing(a: Dir, b: Option<Dir>) -> f64 {
    let one = |d: Dir| match d {
        Dir::N => 0.0,
        Dir::E => 90.0,
        Dir::S => 180.0,
        Dir::W => 270.0,
    };
    match (a, b) {
        (Dir::N, Some(Dir::E)) | (Dir::E, Some(Dir::N)) => 45.0,
        (Dir::S, Some(Dir::E)) | (Dir::E, Some(Dir::S)) => 135.0,
        (Dir::S, Some(Dir::W)) | (Dir::W, Some(Dir::S)) => 225.0,
        (Dir::N, Some(Dir::W)) | (Dir::W, Some(Dir::N)) => 315.0,
        (a, _) => one(a),
    }
}

/// Most key variants of one token (the candidates of `rasd_text::stems`).
const MAX_VARIANTS: usize = 7;

/// Words between a place and the relative place that says where it lies
/// ("التي تبعد أكثر من 60 كلم شرق حلب", "الواقعة على بعد 20 كم").
const LIES_NEAR: [&str; 22] = [
    "التي",
    "الذي",
    "تبعد",
    "يبعد",
    "تقع",
    "يقع",
    "الواقعه",
    "الواقع",
    "على",
    "بعد",
    "نحو",
    "حوالي",
    "حوالى",
    "اكثر",
    "اقل",
    "من",
    "قرابه",
    "كم",
    "كلم",
    "كيلومترا",
    "كيلومترات",
    "مسافه",
];

/// The letters that carry or are a hamza.
const HAMZAS: [char; 5] = ['أ', 'إ', 'ؤ', 'ئ', 'ء'];

/// Day names as keys ("ال" stripped): a day after "العاصمة" does not
/// qualify it ("في العاصمة الأربعاء").
const WEEKDAY_KEYS: [&str; 7] = ["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"];

/// One token as the geocoder sees it (borrowing the token's `norm`).
#[derive(Debug, Clone, Default)]
struct Tok<'a> {
    /// key variants (clitics stripped, "ال" stripped), least stripped first;
    /// `variants[..nv]`
    variants: [&'a str; MAX_VARIANTS],
    nv: usize,
    /// the plain key (norm with "ال" stripped)
    key: &'a str,
    /// the normalised word
    norm: &'a str,
    word: bool,
    latin_upper: bool,
    start: usize,
    end: usize,
}

impl<'a> Tok<'a> {
    fn variants(&self) -> &[&'a str] {
        &self.variants[..self.nv]
    }
}

#[derive(Debug, Clone)]
struct Match {
    first: usize,
    last: usize, // exclusive
    variant: usize,
    output: u64,
}

#[derive(Debug, Clone, Copy)]
struct Cand<'i> {
    idx: u32,
    score: f32,
    /// the record's scoring fields (`Index::get_lite`)
    place: Place<'i>,
}

/// A one-word country name that needs its article and is written without
/// it ("أن يمن على المصابين": a verb, not Yemen; see
/// [`facts::ARTICLE_ONLY_COUNTRIES`]).
fn article_dropped(toks: &[Tok<'_>], m: &Match) -> bool {
    let Some(t) = toks.get(m.first) else {
        return false;
    };
    let key = t.variants().get(m.variant).copied().unwrap_or(t.key);
    let before = t
        .norm
        .get(..t.norm.len().saturating_sub(key.len()))
        .unwrap_or("");
    m.last - m.first == 1
        && facts::ARTICLE_ONLY_COUNTRIES.contains(&key)
        && !(before.ends_with("ال") || before.ends_with("لل"))
}

/// Raise the candidates whose place `keep`s (+2) and sink the others (−10),
/// best first again: a place pinned by another next to it.
fn favour(cands: &mut [Cand<'_>], keep: impl Fn(&Place<'_>) -> bool) {
    for c in cands.iter_mut() {
        c.score += if keep(&c.place) { 2.0 } else { -10.0 };
    }
    cands.sort_by(|a, b| b.score.total_cmp(&a.score));
}

/// A town, village or quarter, not a country, a division or a large city
/// (one known abroad: "وبغداد" in a Syrian story).
fn minor(p: &Place<'_>) -> bool {
    !matches!(p.kind, Kind::Country | Kind::Admin1) && p.population < 250_000
}

/// Where the walk of a word from the root of the name automaton ends (node
/// address, output so far), or `None` when no name starts with the word.
type Walked = Option<(fst::raw::CompiledAddr, u64)>;

/// Words of one generation of a thread's walk cache (two generations:
/// at most twice this many words, under 1 MB).
const WALK_CACHE_GEN: usize = 4096;

thread_local! {
    /// A thread's walks of words from the root, for one index: on the
    /// news corpus 68% of the look-ups hit, against 34% within single
    /// articles.
    static WALKS: std::cell::RefCell<WalkCache> =
        std::cell::RefCell::new(WalkCache::new(WALK_CACHE_GEN));
}

type WalkCache = rasd_text::wordcache::WordCache<Walked>;

/// Follows `bytes` from `node`; `None` when the automaton has no such path.
fn walk<'f>(
    fst: &'f fst::raw::Fst<crate::index::Section>,
    mut node: fst::raw::Node<'f>,
    mut out: fst::raw::Output,
    bytes: impl IntoIterator<Item = u8>,
) -> Option<(fst::raw::Node<'f>, fst::raw::Output)> {
    for b in bytes {
        let tr = node.transition(node.find_input(b)?);
        out = out.cat(tr.out);
        node = fst.node(tr.addr);
    }
    Some((node, out))
}

impl Geocoder {
    /// A geocoder over a gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Self {
        let countries = facts::countries();
        let mut demonyms = HashMap::default();
        for (i, c) in countries.iter().enumerate() {
            if let Some(d) = c.demonym {
                let d = strip_al(&rasd_text::norm_word(d)).to_string();
                for f in [
                    d.clone(),
                    format!("{d}ه"),
                    format!("{d}ين"),
                    format!("{d}ون"),
                ] {
                    demonyms.insert(f, i);
                }
            }
        }
        Geocoder {
            gazetteer,
            stop: facts::STOP_KEYS.iter().copied().collect(),
            triggers: facts::TRIGGERS.iter().copied().collect(),
            title_heads: TITLES.iter().chain(NON_PLACE_HEADS).copied().collect(),
            first_names: facts::FIRST_NAMES.iter().copied().collect(),
            place_prefixes: crate::norm::PLACE_PREFIXES.iter().copied().collect(),
            countries,
            demonyms,
        }
    }

    fn toks<'a>(&self, tokens: &'a [Token]) -> Vec<Tok<'a>> {
        tokens
            .iter()
            .map(|t| {
                let word = t.kind == TokenKind::Word;
                let norm = t.norm.as_str();
                let mut variants = [""; MAX_VARIANTS];
                let mut nv = 0;
                let key = strip_al(norm);
                if word {
                    for s in rasd_text::stem_candidates(norm).iter() {
                        let k = strip_al(s);
                        // prefixes (clitics, article) only: a stripped suffix
                        // ("نارية" -> "ناري") makes another word
                        if !norm.ends_with(k) || k.is_empty() {
                            continue;
                        }
                        // the same text as `k`, borrowed from the token
                        let k = &norm[norm.len() - k.len()..];
                        if !variants[..nv].contains(&k) && nv < MAX_VARIANTS {
                            variants[nv] = k;
                            nv += 1;
                        }
                    }
                }
                let latin_upper = t
                    .text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase());
                Tok {
                    variants,
                    nv,
                    key,
                    norm,
                    word,
                    latin_upper,
                    start: t.span.start,
                    end: t.span.end,
                }
            })
            .collect()
    }

    /// Longest name match starting at token `i` (any clitic variant).
    fn match_at(
        &self,
        toks: &[Tok<'_>],
        i: usize,
        stop_at: usize,
        cache: &mut WalkCache,
    ) -> Option<Match> {
        let fst = self.gazetteer.index().fst();
        let mut best: Option<Match> = None;
        for (vi, &v) in toks[i].variants().iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            // the walk of a word from the root, once per distinct word
            let walked = cache.get_or_insert_with(v, || {
                walk(fst, fst.root(), fst::raw::Output::zero(), v.bytes())
                    .map(|(node, out)| (node.addr(), out.value()))
            });
            let Some((addr, out)) = walked else {
                continue;
            };
            let (mut node, mut out) = (fst.node(addr), fst::raw::Output::new(out));
            let mut j = i + 1;
            loop {
                if node.is_final() {
                    let m = Match {
                        first: i,
                        last: j,
                        variant: vi,
                        output: out.cat(node.final_output()).value(),
                    };
                    if best.as_ref().is_none_or(|b| m.last > b.last) {
                        best = Some(m);
                    }
                }
                if j >= stop_at || j - i >= MAX_NGRAM || !toks[j].word {
                    break;
                }
                let Some((n2, o2)) = walk(
                    fst,
                    node,
                    out,
                    std::iter::once(b' ').chain(toks[j].key.bytes()),
                ) else {
                    break;
                };
                (node, out) = (n2, o2);
                j += 1;
            }
        }
        best
    }

    fn is_trigger<'a>(&self, t: &Tok<'a>) -> Option<&'a str> {
        t.variants()
            .iter()
            .copied()
            .find(|v| self.triggers.contains(v))
    }

    /// Fill `doc.places` (requires the tokens and sentences layers; runs the
    /// text stage itself when tokens are missing).
    pub fn tag(&self, doc: &mut Document) {
        if doc.tokens.is_empty() && !doc.text.is_empty() {
            rasd_text::tokenize(doc);
            rasd_text::split_sentences(doc);
        }
        let toks = self.toks(&doc.tokens);
        let n = toks.len();
        // sentence end (exclusive token index) for each token
        let mut sent_end = vec![n; n];
        for s in &doc.sentences {
            for x in sent_end.iter_mut().take(s.tokens.1.min(n)).skip(s.tokens.0) {
                *x = s.tokens.1.min(n);
            }
        }

        // 1. candidate names, left to right, longest first
        let mut matches: Vec<Match> = Vec::new();
        let uid = self.gazetteer.index().uid();
        WALKS.with_borrow_mut(|cache| {
            cache.for_owner(uid);
            let mut i = 0;
            while i < n {
                if !toks[i].word || (toks[i].latin_upper && toks[i].key.len() < 3) {
                    i += 1;
                    continue;
                }
                if !toks[i].latin_upper && toks[i].key.is_ascii() {
                    i += 1;
                    continue;
                }
                match self.match_at(&toks, i, sent_end[i], cache) {
                    Some(m) => {
                        // a name that opens with a direction ("وسط بيروت", a
                        // district of Beirut) may also be the direction and
                        // the place after it: both are scored, and the second
                        // stands when the first is not accepted
                        let opener = dir_of(toks[i].key).is_some()
                            || matches!(toks[i].key, "وسط" | "قلب" | "اطراف" | "ضواحي");
                        let rest = (m.last - m.first >= 2 && opener)
                            .then(|| self.match_at(&toks, i + 1, sent_end[i], cache))
                            .flatten()
                            .filter(|r| r.last == m.last);
                        i = m.last;
                        matches.push(m);
                        matches.extend(rest);
                    }
                    None => i += 1,
                }
            }
        });

        // 2. article country context: country names and demonyms
        let idx = self.gazetteer.index();
        let mut ctx: HashMap<&str, f32, FastBuild> = HashMap::default();
        for m in &matches {
            if let Some((p, _)) = idx.postings(m.output).next() {
                if let Some(pl) = idx.get_lite(p) {
                    if pl.kind == Kind::Country && !article_dropped(&toks, m) {
                        *ctx.entry(pl.country).or_default() += 1.0;
                    }
                }
            }
        }
        // demonym of each token (also used in step 6)
        let demonym: Vec<Option<usize>> = toks
            .iter()
            .map(|t| self.demonyms.get(t.key).copied())
            .collect();
        for (k, ci) in demonym.iter().enumerate() {
            let Some(ci) = ci else { continue };
            // (not the side a projectile came from: "أطلقت من داخل الأراضي
            // اليمنية" on a Saudi border post)
            let from_lands = k >= 2
                && matches!(toks[k - 1].key, "اراضي" | "الاراضي")
                && matches!(toks[k - 2].key, "داخل" | "من");
            if !from_lands {
                *ctx.entry(self.countries[*ci].cc).or_default() += 0.5;
            }
        }

        // 3. score candidates
        struct Scored<'a, 'i> {
            m: Match,
            cands: Vec<Cand<'i>>,
            strong: bool,
            prefix: Option<&'a str>,
        }
        let ctx_max = ctx.values().cloned().fold(0.0f32, f32::max);
        let mut scored: Vec<Scored> = Vec::new();
        for m in matches {
            let prev = if m.first > 0 {
                toks.get(m.first - 1)
            } else {
                None
            };
            let prefix = prev.filter(|p| p.word).and_then(|p| self.is_trigger(p));
            // a name in quotes with no place word before it is a title
            // (the newspaper in 'مصادر "الرياض"', 'استفسار "الرياض"'), not
            // the city ('في مدينة "الباب"' still is)
            let quote = |t: Option<&Tok>| {
                t.is_some_and(|t| !t.word && t.norm.chars().all(|c| "\"“”«»".contains(c)))
            };
            let place_word =
                |t: &Tok| self.is_trigger(t).is_some() || facts::WEAK_TRIGGERS.contains(&t.key);
            let quoted = quote(prev)
                && quote(toks.get(m.last))
                && !place_word(&toks[m.first])
                && m.first
                    .checked_sub(2)
                    .and_then(|k| toks.get(k))
                    .is_none_or(|b| !b.word || !place_word(b));
            let title = quoted
                || prev.is_some_and(|p| p.variants().iter().any(|v| self.title_heads.contains(v)));
            let next_bin = toks
                .get(m.last)
                .is_some_and(|t| matches!(t.key, "بن" | "ابن" | "بنت"));
            // a river's or a canal's bank is no West Bank ("الضفة الغربية
            // لنهر الفرات")
            if toks[m.first].norm.ends_with("ضفه")
                && toks.get(m.last).is_some_and(|t| {
                    ["لنهر", "للنهر", "لقناه", "للقناه", "للفرات", "لدجله"]
                        .iter()
                        .any(|p| t.norm.starts_with(p))
                })
            {
                continue;
            }
            let ntok = m.last - m.first;
            let key = toks[m.first].variants()[m.variant];
            let key_chars = key.chars().count();
            let short = ntok == 1 && key_chars < 3;
            let person = prefix.is_none() && self.first_names.contains(key);
            // common words: only after a place noun ("حي الزيتون")
            let soft_stop = ntok == 1
                && prefix.is_none()
                && (self.stop.contains(key) || self.stop.contains(toks[m.first].key));
            // place nouns, demonyms, directions: never a place on their own
            let stopped = ntok == 1
                && (soft_stop
                    || facts::NEVER_ALONE.contains(&key)
                    || self.demonyms.contains_key(key)
                    || dir_of(key).is_some()
                    || self.triggers.contains(key)
                    || self.place_prefixes.contains(key));
            let weak = m.variant > 0 || prev.is_some_and(|p| facts::WEAK_TRIGGERS.contains(&p.key));
            // a compass direction before it ("جنوب بني وليد", "شمالي سرت")
            // announces a place as "في" does, and more surely
            let directional = prev.is_some_and(|p| p.word && dir_of(p.key).is_some());
            // "خرج" (went out) is not "الخرج": a one-word name written with
            // the article needs it in the text (unless a place noun precedes)
            let tok_norm = toks[m.first].norm;
            let stripped = tok_norm
                .get(..tok_norm.len().saturating_sub(key.len()))
                .unwrap_or("");
            let bare = ntok == 1
                && prefix.is_none()
                && !(stripped.ends_with("ال") || stripped.ends_with("لل"));
            let strong = prefix.is_some();
            // (a hamza inside the word, not at its start, where it is often
            // left out: "بأبها" is Abha)
            let hamza_short = ntok == 1 && key_chars <= 4 && {
                let letters: Vec<char> = doc
                    .slice(Span::new(toks[m.first].start, toks[m.first].end))
                    .chars()
                    .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
                    .collect();
                letters
                    .iter()
                    .skip(letters.len().saturating_sub(key_chars) + 1)
                    .any(|c| HAMZAS.contains(c))
            };
            let mut cands = Vec::new();
            for (pi, alt) in idx.postings(m.output) {
                let Some(p) = idx.get_lite(pi) else { continue };
                let curated = p.sources & source::CURATED != 0;
                let mut s = p.prior()
                    + if !alt {
                        0.5
                    } else if curated {
                        0.0
                    } else {
                        -0.5
                    };
                if ntok == 1
                    && key_chars == 3
                    && !strong
                    && !curated
                    && p.population < 20_000
                    && !matches!(p.kind, Kind::Country | Kind::Admin1)
                {
                    s -= 10.0;
                }
                s += 1.2 * (ntok as f32 - 1.0);
                s -= 0.3 * m.variant as f32;
                if let Some(w) = ctx.get(p.country) {
                    if ctx_max > 0.0 {
                        s += 1.6 * (w / ctx_max);
                    }
                } else if !ctx.is_empty() && p.kind != Kind::Country {
                    s -= 0.8;
                }
                if let Some(pre) = prefix {
                    s += match (pre, p.kind) {
                        ("محافظه" | "ولايه" | "اقليم" | "مقاطعه", Kind::Admin1) => {
                            4.0
                        }
                        ("محافظه" | "ولايه" | "اقليم" | "مقاطعه", _) => -1.0,
                        ("قضاء" | "قضا" | "مديريه", Kind::Admin2) => 4.0,
                        ("ناحيه", Kind::Admin3) => 4.0,
                        ("حي" | "ضاحيه", Kind::Neighbourhood) => 4.0,
                        ("مخيم" | "مخيمات", Kind::Camp) => 4.0,
                        (_, Kind::Country | Kind::Admin1) => 0.0,
                        _ => 2.5,
                    };
                } else if directional && p.kind != Kind::Country {
                    s += 1.5;
                } else if weak && !matches!(p.kind, Kind::Country | Kind::Admin1) {
                    s += 0.5;
                }
                if stopped || person || (short && !curated) {
                    s -= 10.0;
                }
                if bare
                    && (!matches!(p.kind, Kind::Country)
                        || facts::ARTICLE_ONLY_COUNTRIES.contains(&key))
                    && idx.get(pi).is_some_and(|f| f.name_ar.starts_with("ال"))
                {
                    s -= 10.0;
                }
                if (title || next_bin) && p.kind != Kind::Country {
                    s -= 10.0;
                }
                if toks[m.first].latin_upper && !matches!(p.kind, Kind::Country | Kind::City) {
                    s -= 2.0;
                }
                // a short word written with a hamza inside it that the name
                // has not ("ومعه فأس": an axe, not Fes)
                if hamza_short
                    && !strong
                    && idx.get(pi).is_some_and(|f| !f.name_ar.contains(HAMZAS))
                {
                    s -= 10.0;
                }
                cands.push(Cand {
                    idx: pi,
                    score: s,
                    place: p,
                });
            }
            // a division sharing its name with its capital city ("بغداد",
            // "كركوك") is the city unless "محافظة" says otherwise
            let admin_prefix = matches!(prefix, Some("محافظه" | "ولايه" | "اقليم" | "مقاطعه"))
                || (ntok > 1 && matches!(key, "محافظه" | "ولايه" | "اقليم" | "مقاطعه"));
            if admin_prefix && ntok > 1 {
                for c in cands.iter_mut() {
                    if c.place.kind == Kind::Admin1 {
                        c.score += 3.0;
                    }
                }
            }
            if !admin_prefix {
                let cities: Vec<(&str, &str)> = cands
                    .iter()
                    .map(|c| c.place)
                    .filter(|p| matches!(p.kind, Kind::City | Kind::Town) && p.population >= 30_000)
                    .map(|p| (p.country, p.admin1))
                    .collect();
                for c in cands.iter_mut() {
                    let p = c.place;
                    if p.kind == Kind::Admin1
                        && cities
                            .iter()
                            .any(|&(cc, a1)| cc == p.country && a1 == p.admin1)
                    {
                        c.score -= 3.0;
                    }
                }
            }
            cands.sort_by(|a, b| b.score.total_cmp(&a.score));
            cands.truncate(8);
            if cands.is_empty() {
                continue;
            }
            scored.push(Scored {
                m,
                cands,
                strong,
                prefix,
            });
        }

        // 4. coherence: boost candidates near the other mentions' best guesses
        let anchors: Vec<(usize, f64, f64, &str)> = scored
            .iter()
            .enumerate()
            .filter_map(|(k, s)| {
                let c = s.cands[0];
                let p = c.place;
                (c.score >= ACCEPT && !matches!(p.kind, Kind::Country))
                    .then_some((k, p.lat, p.lon, p.admin1))
            })
            .collect();
        // the countries the other mentions' best guesses are in
        let anchor_countries: Vec<(usize, &str)> = scored
            .iter()
            .enumerate()
            .filter(|(_, s)| s.cands[0].score >= ACCEPT)
            .map(|(k, s)| (k, s.cands[0].place.country))
            .collect();
        // one anchor per distinct place
        let mut anchors = anchors;
        anchors.sort_by(|a, b| {
            (a.1, a.2)
                .partial_cmp(&(b.1, b.2))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        anchors.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2 && a.3 == b.3);
        for (k, s) in scored.iter_mut().enumerate() {
            if s.cands.len() < 2 {
                continue;
            }
            for c in s.cands.iter_mut() {
                let p = c.place;
                let near = anchors.iter().any(|&(k2, la, lo, a1)| {
                    k2 != k
                        && (distance_km(p.lat, p.lon, la, lo) < 120.0
                            || (!a1.is_empty() && a1 == p.admin1))
                });
                if near {
                    c.score += 1.0;
                }
            }
            s.cands.sort_by(|a, b| b.score.total_cmp(&a.score));
        }
        // a place followed by its country's adjective is in that country
        // ("منطقة باجور القبلية الباكستانية" is not El-Bagoor in Egypt,
        // "طرابلس اللبنانية" not Tripoli in Libya)
        // (a name of which no namesake lies there is that country: step 6)
        let mut named_abroad: Vec<(usize, usize)> = Vec::new();
        for s in scored.iter_mut() {
            let after = |k: usize| demonym.get(k).copied().flatten().map(|ci| (k, ci));
            let cc = after(s.m.last).or_else(|| {
                // (one adjective between: "القبلية", "الحدودية")
                toks.get(s.m.last)
                    .filter(|t| t.word && t.norm.starts_with("ال") && t.norm.ends_with("يه"))
                    .and_then(|_| after(s.m.last + 1))
            });
            // ("الأراضي اليمنية", "العاصمة الأفغانية": a demonym place,
            // step 6)
            let noun = s.m.last - s.m.first == 1
                && toks
                    .get(s.m.first)
                    .is_some_and(|t| t.variants().iter().any(|v| DEMONYM_NOUNS.contains(v)));
            let Some((k, cc)) = cc
                .filter(|_| !noun)
                .map(|(k, ci)| (k, self.countries[ci].cc))
            else {
                continue;
            };
            // (sink the others only: a namesake there need not be raised —
            // "الأراضي اليمنية" names no village)
            if s.cands[0].place.country != cc {
                for c in s.cands.iter_mut() {
                    if c.place.country != cc {
                        c.score -= 10.0;
                    }
                }
                s.cands.sort_by(|a, b| b.score.total_cmp(&a.score));
                // (only a name a place noun announces: "منطقة باجور", not
                // "طائرة مسيرة أمريكية")
                if s.cands[0].score < ACCEPT && s.prefix.is_some() {
                    named_abroad.push((s.m.first, k));
                }
            }
        }
        // a place told inside another ("قرية قصر البريج في ريف حلب", "صرواح
        // بمحافظة مأرب") or on one side of it is in the other's country
        for k in 0..scored.len().saturating_sub(1) {
            // (past the rest of a list it opens: "مستشفيات صيدا والجيزة
            // والمسيفرة، شرقي مدينة درعا" are all east of Daraa)
            let comma = |w: &str| matches!(w, "," | "،");
            let mut end = scored[k].m.last;
            let mut listed = 0;
            while listed < 4
                && toks.get(end).is_some_and(|t| {
                    t.word && t.norm.starts_with('و') && t.norm.chars().count() > 3
                })
            {
                end += 1;
                listed += 1;
            }
            if listed > 0 && toks.get(end).is_some_and(|t| comma(t.norm)) {
                end += 1;
            }
            // (the next accepted name: "ريف" alone is no place)
            let Some(next) = scored[k + 1..]
                .iter()
                .find(|x| x.cands[0].score >= ACCEPT && x.m.first >= end)
            else {
                continue;
            };
            if next.m.first > end + 3 {
                continue;
            }
            // (a comma before a side is no word: "صيدا، شرقي مدينة درعا")
            let between: Vec<&str> = toks[end..next.m.first]
                .iter()
                .map(|t| t.norm)
                .filter(|w| !comma(w))
                .collect();
            let head = |w: &str| {
                matches!(
                    w,
                    "ريف"
                        | "محافظه"
                        | "ولايه"
                        | "مدينه"
                        | "منطقه"
                        | "قضاء"
                        | "مديريه"
                        | "اقليم"
                )
            };
            // a side of the other ("حي اليرموك الثانية غربي بعقوبة",
            // "الرقة شمالي سوريا")
            let side = |w: &str| {
                matches!(
                    w,
                    "شرقي" | "غربي" | "شمالي" | "جنوبي" | "شرق" | "غرب" | "شمال" | "جنوب"
                )
            };
            // (the side word may open the other's mention: "غربي بعقوبة"
            // is one relative place)
            let opens_with_side = toks.get(next.m.first).is_some_and(|t| side(t.norm));
            let beside = match between[..] {
                [h] => side(h) || opens_with_side,
                // "غربي بعقوبة" after a word; "شرقي مدينة درعا"
                [s, h] => side(h) || (side(s) && head(h)),
                [] => opens_with_side,
                _ => false,
            };
            // "بريف دمشق": the mention opens with "ب" and a head word
            let opens_inside = toks
                .get(next.m.first)
                .is_some_and(|t| t.norm.strip_prefix('ب').is_some_and(head));
            let inside = match between[..] {
                [] => opens_inside,
                ["في"] => true,
                ["في", h] => head(h),
                [h] => h.strip_prefix('ب').is_some_and(head),
                _ => false,
            };
            let outer = next.cands[0].place;
            let cc = outer.country;
            // a quarter on one side of a town ("حي اليرموك غربي بعقوبة") is
            // in it: a namesake further away is none of them (and without
            // one the town is the place)
            let quarter = scored[k].m.first > 0
                && toks
                    .get(scored[k].m.first - 1)
                    .is_some_and(|t| matches!(t.norm, "حي" | "بحي" | "وحي"));
            if beside && quarter && !matches!(outer.kind, Kind::Country | Kind::Admin1) {
                let (la, lo) = (outer.lat, outer.lon);
                favour(&mut scored[k].cands, |p| {
                    distance_km(p.lat, p.lon, la, lo) < 25.0
                });
                continue;
            }
            if !inside && !beside {
                continue;
            }
            // (a namesake abroad is none of them: "قصر البريج" in rural
            // Aleppo is not Gaza's Bureij camp)
            if scored[k].cands[0].place.country != cc {
                favour(&mut scored[k].cands, |p| p.country == cc);
            }
            // a village told inside a province or a town's countryside, or on
            // one side of it, is there: "مدينة سلحب في ريف حماة" is not the
            // Salhab of Idlib, "منطقة الشريجة شمالي محافظة لحج" not the
            // Shurayjah of Amran (without one there, the province is the place)
            // (a side of a town may be far from it — "البعاج شمال غرب بغداد"
            // is 350 km away — a side of a province is in it)
            if (inside || (beside && outer.kind == Kind::Admin1))
                && !outer.admin1.is_empty()
                && matches!(outer.kind, Kind::Admin1 | Kind::City | Kind::Town)
                && minor(&scored[k].cands[0].place)
                && scored[k].cands[0].place.country == outer.country
                && scored[k].cands[0].place.admin1 != outer.admin1
            {
                let (la, lo) = (outer.lat, outer.lon);
                let point = outer.kind != Kind::Admin1;
                // (a village whose province the gazetteer does not give,
                // or gives only as its neighbour's, may lie in this one:
                // "بلدة بيت جن بريف دمشق", "ناحية بني سعد بمحافظة ديالى";
                // there the article's province is its own)
                let loose = |p: &Place<'_>| {
                    p.country == outer.country
                        && (p.admin1.is_empty() || p.sources & source::ADMIN1_NEAR != 0)
                };
                let near = if point { 40.0 } else { 150.0 };
                favour(&mut scored[k].cands, |p| {
                    p.admin1 == outer.admin1
                        || ((point || loose(p)) && distance_km(p.lat, p.lon, la, lo) < near)
                });
                if let Some(c) = scored[k].cands.first_mut() {
                    if !point && loose(&c.place) {
                        c.place.admin1 = outer.admin1;
                    }
                }
            }
        }
        // a place in a country that nothing else in the article points to,
        // when the article does point to countries ("منطقة صلاح الدين جنوبي
        // العاصمة الليبية طرابلس" is not the Salah ad Din of Iraq)
        // (only when everything else in the article points to the countries
        // it names: "قرية طيبة في المحافظة نفسها" in a Yemen story that
        // also names Saudi Arabia is not Taibe in Israel)
        if !ctx.is_empty() {
            for (k, s) in scored.iter_mut().enumerate() {
                let mut others = anchor_countries
                    .iter()
                    .filter(|(k2, _)| *k2 != k)
                    .map(|x| x.1)
                    .peekable();
                if others.peek().is_none() || others.any(|c| !ctx.contains_key(c)) {
                    continue;
                }
                for c in s.cands.iter_mut() {
                    let p = c.place;
                    // (a large city is known abroad: "وبغداد" in a Syrian story)
                    if minor(&p) && !ctx.contains_key(p.country) {
                        c.score -= FOREIGN;
                    }
                }
                s.cands.sort_by(|a, b| b.score.total_cmp(&a.score));
            }
        }

        // 5. build the layer
        let mut places: Vec<PlaceMention> = Vec::new();
        for s in &scored {
            let best = s.cands[0];
            if best.score < ACCEPT {
                continue;
            }
            let Some(p) = idx.get(best.idx) else { continue };
            let span = Span::new(toks[s.m.first].start, toks[s.m.last - 1].end);
            // (the place after a direction, when the whole name stands)
            if places.iter().any(|q| q.span.overlaps(&span)) {
                continue;
            }
            let mut pm = mention(doc, span, &p);
            if s.prefix == Some("عاصمه") && matches!(p.kind, Kind::City) {
                pm.kind = "capital".into();
            }
            let _ = s.strong;
            self.relative(doc, &toks, s.m.first, &p, &mut pm);
            places.push(pm);
        }

        // 6. demonym places ("العاصمة الأفغانية", "الأراضي اليمنية")
        for k in 1..n {
            let Some(ci) = demonym[k] else {
                continue;
            };
            // (or a name unknown there: "منطقة باجور القبلية الباكستانية")
            let first = if toks[k - 1].word && DEMONYM_NOUNS.contains(&toks[k - 1].key) {
                k - 1
            } else if let Some(&(f, _)) = named_abroad.iter().find(|x| x.1 == k) {
                f
            } else {
                continue;
            };
            let span = Span::new(toks[first].start, toks[k].end);
            if places.iter().any(|p| p.span.overlaps(&span)) {
                continue;
            }
            let c = &self.countries[ci];
            let capital = first == k - 1 && toks[k - 1].key == "عاصمه";
            let pm = if capital {
                self.capital_mention(doc, span, ci)
            } else {
                PlaceMention {
                    span,
                    text: doc.slice(span).to_string(),
                    gazetteer_id: Some(format!("country:{}", c.cc)),
                    name: c.name.into(),
                    name_ar: c.names_ar.first().map(|s| s.to_string()),
                    country: Some(c.cc.into()),
                    admin1: None,
                    admin2: None,
                    admin3: None,
                    lat: Some(c.lat),
                    lon: Some(c.lon),
                    geo_precision: 3,
                    anchor: None,
                    kind: "country".into(),
                    population: None,
                }
            };
            places.push(pm);
        }

        // 7. the capital told bare ("في غرب العاصمة"): that of the country of
        // the place named last before it ("وفي العراق، ... بغداد ... وقال
        // ضابط: «... في منطقة البياع» في غرب العاصمة")
        for k in 0..n {
            if !toks[k].word || toks[k].key != "عاصمه" || !toks[k].norm.ends_with("العاصمه")
            {
                continue;
            }
            // (not "العاصمة الإدارية", "العاصمة طرابلس": a definite word
            // right after it qualifies it, unless it is the day)
            if toks.get(k + 1).is_some_and(|t| {
                t.word && t.norm.starts_with("ال") && !WEEKDAY_KEYS.contains(&t.key)
            }) {
                continue;
            }
            let span = Span::new(toks[k].start, toks[k].end);
            // (nor "العاصمة صنعاء": the name told right after it)
            let next = toks.get(k + 1).map(|t| t.start);
            if places
                .iter()
                .any(|p| p.span.overlaps(&span) || Some(p.span.start) == next)
            {
                continue;
            }
            let last = places
                .iter()
                .filter(|p| p.span.end <= span.start)
                .max_by_key(|p| p.span.end)
                .and_then(|p| p.country.as_deref());
            let Some(ci) = last.and_then(|cc| self.countries.iter().position(|c| c.cc == cc))
            else {
                continue;
            };
            places.push(self.capital_mention(doc, span, ci));
        }
        // 8. a place said to lie near another ("قرية قصر البريج، التي تبعد
        // أكثر من 60 كلم شرق حلب") is no namesake in another country: the
        // reading of the first name is dropped, the relative place stands
        places.sort_by_key(|p| (p.span.start, p.span.end));
        let far_namesake = |k: usize| -> bool {
            let p = &places[k];
            let Some(r) = places.get(k + 1) else {
                return false;
            };
            if r.anchor.is_none() || p.anchor.is_some() || p.kind == "country" {
                return false;
            }
            let from = toks.partition_point(|t| t.start < p.span.end);
            let between = toks[from..].iter().take_while(|t| t.end <= r.span.start);
            let mut words = 0;
            for t in between {
                if !t.word {
                    continue;
                }
                words += 1;
                if words > 8
                    || !(LIES_NEAR.contains(&t.norm) || t.norm.chars().all(|c| c.is_ascii_digit()))
                {
                    return false;
                }
            }
            // (a namesake in the same country may be meant: stated distances
            // are by road, "أجدابيا (840 كلم شرق طرابلس)")
            words > 0 && p.country != r.country
        };
        let drop: Vec<usize> = (0..places.len()).filter(|&k| far_namesake(k)).collect();
        for k in drop.into_iter().rev() {
            places.remove(k);
        }
        doc.places = places;
    }

    /// The capital city of country `ci` as the place named at `span`: from
    /// the index when it holds it, else from the country facts.
    fn capital_mention(&self, doc: &Document, span: Span, ci: usize) -> PlaceMention {
        let c = &self.countries[ci];
        // the capital city from the index when present
        let city = self
            .gazetteer
            .lookup(c.capital_ar)
            .into_iter()
            .find(|p| p.country == c.cc && matches!(p.kind, Kind::City));
        match city {
            Some(p) => {
                let mut pm = mention(doc, span, &p);
                pm.kind = "capital".into();
                pm
            }
            None => PlaceMention {
                span,
                text: doc.slice(span).to_string(),
                gazetteer_id: Some(format!("capital:{}", c.cc)),
                name: c.capital.into(),
                name_ar: Some(c.capital_ar.into()),
                country: Some(c.cc.into()),
                admin1: Some(c.capital_admin1.into()),
                admin2: None,
                admin3: None,
                lat: Some(c.capital_lat),
                lon: Some(c.capital_lon),
                geo_precision: 1,
                anchor: None,
                kind: "capital".into(),
                population: None,
            },
        }
    }

    /// Relative location before the name at token `first`: "70 كم غرب",
    /// "جنوب مدينة", "قرب", "على أطراف"...
    fn relative(
        &self,
        doc: &Document,
        toks: &[Tok<'_>],
        first: usize,
        p: &Place<'_>,
        pm: &mut PlaceMention,
    ) {
        if matches!(p.kind, Kind::Country | Kind::Admin1) {
            return;
        }
        let mut k = first;
        // skip one generic place noun ("مدينة", "بلدة"...)
        if k > 0 && toks[k - 1].word {
            if let Some(t) = self.is_trigger(&toks[k - 1]) {
                if !matches!(t, "قرب" | "اطراف" | "ضواحي" | "مشارف" | "محيط")
                {
                    k -= 1;
                }
            }
        }
        let key = |j: usize| -> Option<&str> {
            toks.get(j)
                .filter(|t| t.word)
                .map(|t| t.variants().last().copied().unwrap_or(""))
        };
        let mut start = k;
        let mut dirs: Vec<Dir> = Vec::new();
        let mut near = false;
        // direction words (one or two): "شمال شرق", "جنوب غربي"
        let mut j = k;
        while j > 0 && dirs.len() < 2 {
            match key(j - 1).and_then(dir_of) {
                Some(d) => {
                    dirs.insert(0, d);
                    j -= 1;
                }
                None => break,
            }
        }
        if !dirs.is_empty() {
            start = j;
        } else {
            // proximity words, optionally followed by "من"
            let mut jj = k;
            if jj > 0 && key(jj - 1) == Some("من") {
                jj -= 1;
            }
            if jj > 0
                && key(jj - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "قرب"
                            | "قريب"
                            | "اطراف"
                            | "ضواحي"
                            | "مشارف"
                            | "محيط"
                            | "جوار"
                            | "مقربه"
                    )
                })
            {
                near = true;
                start = jj - 1;
            }
        }
        if dirs.is_empty() && !near {
            return;
        }
        // distance: NUMBER UNIT before the direction
        let mut km: Option<f64> = None;
        if !dirs.is_empty() && start >= 2 {
            let unit = key(start - 1).unwrap_or("");
            let factor = match unit {
                "كم" | "كلم" | "كيلومتر" | "كيلومترات" | "كيلومترا" | "كيلو" | "km" => {
                    Some(1.0)
                }
                "ميل" | "اميال" | "ميلا" => Some(1.609),
                "متر" | "مترا" | "امتار" => Some(0.001),
                _ => None,
            };
            if let Some(f) = factor {
                let t = &toks[start - 2];
                let val = doc
                    .numbers
                    .iter()
                    .find(|nm| nm.span.start <= t.start && t.end <= nm.span.end)
                    .map(|nm| nm.value)
                    .or_else(|| {
                        doc.tokens
                            .get(start - 2)
                            .and_then(|tk| tk.norm.replace([',', '٬'], "").parse::<f64>().ok())
                    });
                if let Some(v) = val {
                    km = Some(v * f);
                    start -= 2;
                }
            }
        }
        let (lat, lon) = (p.lat, p.lon);
        if let (Some(d), Some(km)) = (dirs.first(), km) {
            let (la, lo) = destination(lat, lon, bearing(*d, dirs.get(1).copied()), km);
            pm.lat = Some((la * 1e5).round() / 1e5);
            pm.lon = Some((lo * 1e5).round() / 1e5);
        }
        pm.geo_precision = pm.geo_precision.max(2);
        pm.anchor = Some(p.name.to_string());
        pm.span = Span::new(toks[start].start, pm.span.end);
        pm.text = doc.slice(pm.span).to_string();
    }
}

fn some(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn mention(doc: &Document, span: Span, p: &Place<'_>) -> PlaceMention {
    let precision = match p.kind {
        Kind::Country | Kind::Admin1 => 3,
        Kind::Admin2 | Kind::Admin3 => 2,
        _ => 1,
    };
    PlaceMention {
        span,
        text: doc.slice(span).to_string(),
        gazetteer_id: some(p.id),
        name: p.name.to_string(),
        name_ar: some(p.name_ar),
        country: some(p.country),
        admin1: some(p.admin1),
        admin2: some(p.admin2),
        admin3: some(p.admin3),
        lat: Some((p.lat * 1e5).round() / 1e5),
        lon: Some((p.lon * 1e5).round() / 1e5),
        geo_precision: precision,
        anchor: None,
        kind: p.kind.as_str().to_string(),
        population: (p.population > 0).then_some(p.population),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Document {
        tag_with(&Geocoder::new(Gazetteer::builtin()), text)
    }

    fn tag_with(geo: &Geocoder, text: &str) -> Document {
        let mut d = Document::new("t", text);
        rasd_text::analyze(&mut d);
        geo.tag(&mut d);
        for p in &d.places {
            assert_eq!(d.slice(p.span), p.text, "span of {p:?}");
        }
        d
    }

    #[test]
    fn a_name_written_with_the_article_needs_it() {
        // "أنبار" (storehouses) is not "الأنبار" (Al Anbar)
        let anbar = |d: &Document| d.places.iter().any(|p| p.name.contains("Anbar"));
        let d = tag("امتلأت أنبار الحبوب في القرية بعد موسم الحصاد.");
        assert!(!anbar(&d), "{:?}", d.places);
        let d = tag("انفجرت عبوة ناسفة في الأنبار صباح اليوم.");
        assert!(anbar(&d), "{:?}", d.places);
        let d = tag("وصل الوفد إلى محافظة الأنبار وبالأنبار أمس.");
        assert!(anbar(&d), "{:?}", d.places);
    }

    #[test]
    fn facility_admin1_and_country() {
        let d = tag("سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق.");
        let base = d
            .places
            .iter()
            .find(|p| p.kind == "facility")
            .expect("base");
        assert_eq!(base.text, "قاعدة عين الأسد الجوية");
        assert_eq!(base.admin1.as_deref(), Some("Al Anbar"));
        assert_eq!(base.country.as_deref(), Some("IQ"));
        assert!((base.lat.unwrap_or(0.0) - 33.79).abs() < 0.05);
        assert_eq!(base.geo_precision, 1);
        let prov = d
            .places
            .iter()
            .find(|p| p.kind == "admin1")
            .expect("admin1");
        assert_eq!(prov.name, "Al Anbar");
        assert_eq!(prov.geo_precision, 3);
        let iq = d
            .places
            .iter()
            .find(|p| p.kind == "country")
            .expect("country");
        assert_eq!(iq.country.as_deref(), Some("IQ"));
        assert_eq!(iq.geo_precision, 3);
    }

    #[test]
    fn bare_capital_is_that_of_the_country_named_before() {
        let d = tag("قالت وزارة الصحة في ليبيا إن القصف استهدف حيا سكنيا جنوب العاصمة.");
        let p = d
            .places
            .iter()
            .find(|p| p.text.contains("العاصمة"))
            .expect("the capital");
        assert_eq!(p.country.as_deref(), Some("LY"), "{p:?}");
        assert_eq!(p.name, "Tripoli");
        // qualified or named after it: not read as the bare capital
        let d = tag("زار الوفد اليمن ثم العاصمة الإدارية الجديدة في مصر.");
        assert!(
            !d.places.iter().any(|p| p.text == "العاصمة"),
            "{:?}",
            d.places
        );
        let d = tag("وقالت الرياض إن الحوثيين يسيطرون على العاصمة صنعاء.");
        assert!(
            !d.places
                .iter()
                .any(|p| p.name == "Riyadh" && p.text.contains("العاصمة")),
            "{:?}",
            d.places
        );
    }

    #[test]
    fn relative_location_offsets_the_anchor() {
        let d = tag("انطلقت الصواريخ من منطقة تقع 70 كم غرب بغداد مساء أمس.");
        let p = d
            .places
            .iter()
            .find(|p| p.anchor.is_some())
            .expect("relative place");
        assert_eq!(p.text, "70 كم غرب بغداد");
        assert_eq!(p.anchor.as_deref(), Some("Baghdad"));
        assert_eq!(p.geo_precision, 2);
        let (lat, lon) = (p.lat.unwrap_or(0.0), p.lon.unwrap_or(0.0));
        let d_km = distance_km(33.315, 44.366, lat, lon);
        assert!((65.0..75.0).contains(&d_km), "{d_km} km");
        assert!(lon < 44.366);
    }

    #[test]
    fn direction_without_distance_keeps_anchor_point() {
        let d = tag("اندلعت اشتباكات جنوب مدينة صنعاء.");
        let p = d.places.iter().find(|p| p.name == "Sanaa").expect("Sanaa");
        assert_eq!(p.text, "جنوب مدينة صنعاء");
        assert_eq!(p.geo_precision, 2);
        assert_eq!(p.anchor.as_deref(), Some("Sanaa"));
        assert!((p.lat.unwrap_or(0.0) - 15.354).abs() < 0.01);
    }

    #[test]
    fn clitics_and_prefixes() {
        let d = tag("وصلت التعزيزات بنينوى وتوجهت إلى محافظة صلاح الدين ثم لمطار أربيل الدولي.");
        let names: Vec<&str> = d.places.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Ninewa"), "{names:?}");
        assert!(names.contains(&"Salah al-Din"), "{names:?}");
        assert!(names.contains(&"Erbil International Airport"), "{names:?}");
        let n = d
            .places
            .iter()
            .find(|p| p.name == "Ninewa")
            .expect("Ninewa");
        assert_eq!(n.text, "بنينوى");
    }

    #[test]
    fn demonyms_make_country_and_capital_items() {
        let d = tag("هز انفجار العاصمة الأفغانية، وسقطت قذائف على الأراضي اليمنية.");
        let cap = d
            .places
            .iter()
            .find(|p| p.kind == "capital")
            .expect("capital");
        assert_eq!(cap.country.as_deref(), Some("AF"));
        assert_eq!(cap.name, "Kabul");
        let ye = d
            .places
            .iter()
            .find(|p| p.country.as_deref() == Some("YE"))
            .expect("YE");
        assert_eq!(ye.kind, "country");
        assert_eq!(ye.text, "الأراضي اليمنية");
    }

    #[test]
    fn common_words_are_not_places() {
        let d = tag(
            "قالت القوات إن الحرب مستمرة وإن الجنوب يشهد معارك، وقال محمد علي إن قوات الأمن انتشرت.",
        );
        assert!(d.places.is_empty(), "{:?}", d.places);
    }

    #[test]
    fn walk_cache_follows_the_index() {
        let text = "سقطت قذائف على بغداد، ووصل الوفد إلى صنعاء ثم إلى اليمن.";
        let first = tag(text);
        assert!(first.places.len() >= 3, "{:?}", first.places);
        // another index on the same thread: its own walks, not the cached ones
        let empty = crate::index::IndexBuilder::new()
            .to_bytes()
            .and_then(crate::index::Index::from_bytes)
            .expect("empty index");
        let d = tag_with(&Geocoder::new(Gazetteer { index: empty }), text);
        assert!(d.places.is_empty(), "{:?}", d.places);
        // the same geocoder twice, then a fresh one: the same places
        let geo = Geocoder::new(Gazetteer::builtin());
        for _ in 0..2 {
            let d = tag_with(&geo, text);
            assert_eq!(format!("{:?}", d.places), format!("{:?}", first.places));
        }
        assert_eq!(
            format!("{:?}", tag(text).places),
            format!("{:?}", first.places)
        );
    }

    #[test]
    fn walk_cache_keeps_two_generations() {
        let mut c = WalkCache::new(WALK_CACHE_GEN);
        c.for_owner(7);
        let mut walks = 0;
        let mut get = |c: &mut WalkCache, w: &str| {
            c.get_or_insert_with(w, || {
                walks += 1;
                Some((w.len(), 1))
            })
        };
        assert_eq!(get(&mut c, "بغداد"), Some((10, 1)));
        assert_eq!(get(&mut c, "بغداد"), Some((10, 1)));
        // fill two generations: "بغداد" is then only in the old one...
        for k in 0..WALK_CACHE_GEN {
            get(&mut c, &format!("w{k}"));
        }
        assert!(c.lens().0 <= WALK_CACHE_GEN && c.in_old("بغداد"));
        // ...and found there without a walk
        get(&mut c, "بغداد");
        assert_eq!(walks, 1 + WALK_CACHE_GEN);
        assert!(c.lens().0 + c.lens().1 <= 2 * WALK_CACHE_GEN);
        c.for_owner(8);
        assert_eq!(c.lens(), (0, 0));
    }

    #[test]
    fn country_names_resolve() {
        let d = tag("زار الوزير اليمن والصومال وأفغانستان.");
        let ccs: Vec<&str> = d
            .places
            .iter()
            .filter_map(|p| p.country.as_deref())
            .collect();
        assert_eq!(ccs, vec!["YE", "SO", "AF"]);
    }
}
