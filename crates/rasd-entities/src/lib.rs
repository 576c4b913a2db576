//! Named entities and ACLED-style actors.
//!
//! - [`EntityTagger::tag`] fills `Document::entities`: a statistical NER
//!   model ([`ner`], averaged structured perceptron trained on ANERcorp,
//!   embedded in the binary) for PER / LOC / ORG / MISC, the actor
//!   dictionary ([`actors`]) for state forces, armed groups, civilians,
//!   protesters..., and facility / place mentions from the `places` layer.
//! - [`actors`]: the ACLED actor API (`military`, `police`, `civilians`,
//!   `localize`, `lookup`, ...) used by the event extractor.

pub mod actors;
pub mod autolex;
pub mod clusters;
pub mod context;
pub mod fasthash;
pub mod ner;
pub mod training;

use clusters::Clusters;
use ner::{DecodeBuf, NerModel, TokInfo, UniRef};
use rasd_core::{ActorRef, Document, EntityKind, EntityMention, Span, TokenKind};
use std::collections::HashMap;

#[cfg(rasd_ner_model)]
static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.bin"));
#[cfg(not(rasd_ner_model))]
static MODEL_BYTES: &[u8] = &[];

#[cfg(rasd_clusters)]
static CLUSTER_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters.tsv"));
#[cfg(not(rasd_clusters))]
static CLUSTER_BYTES: &[u8] = &[];

/// The word clusters embedded in the binary (empty when absent).
pub fn builtin_clusters() -> Clusters {
    if CLUSTER_BYTES.is_empty() {
        return Clusters::default();
    }
    match Clusters::from_gz(CLUSTER_BYTES) {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("embedded word clusters unreadable: {e}");
            Clusters::default()
        }
    }
}

/// The NER model embedded in the binary, if any.
pub fn builtin_model() -> Option<NerModel> {
    if MODEL_BYTES.is_empty() {
        return None;
    }
    match NerModel::from_bytes(MODEL_BYTES) {
        Ok(m) => Some(m),
        Err(e) => {
            tracing::warn!("embedded NER model unreadable, dictionary only: {e}");
            None
        }
    }
}

/// Entity tagger (NER model + actor dictionary).
#[derive(Debug, Default)]
pub struct EntityTagger {
    model: Option<NerModel>,
    clusters: Clusters,
    /// Identity of this tagger's clusters for the per-thread word cache.
    uid: u64,
}

static NEXT_TAGGER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_uid() -> u64 {
    NEXT_TAGGER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A cached word: its [`TokInfo`] (lexicon flags: [`ner::word_flags`]) and
/// unigram tables.
type Word = (TokInfo, UniRef);

/// Words of one generation of [`WORDS`] (4,096 missed 30% of the words of
/// news and cost 6% more instructions end to end).
const WORD_GEN: usize = 16384;

thread_local! {
    /// Per-thread cache of the position-independent part of [`TokInfo`]
    /// by word, across documents, with the word's unigram weight tables
    /// ([`NerModel::unigram_scores`]): news words repeat, and each costs a
    /// dozen hashes and some forty weight look-ups. About 20 MB a thread.
    static WORDS: std::cell::RefCell<rasd_text::wordcache::WordCache<Word>> =
        std::cell::RefCell::new(rasd_text::wordcache::WordCache::new(WORD_GEN));
}

/// Titles and roles that attach the following person (or the following
/// organisation's spokesperson) to an organisation.
const ROLE_WORDS: &[&str] = &[
    "متحدث",
    "المتحدث",
    "الناطق",
    "ناطق",
    "وزير",
    "قائد",
    "رئيس",
    "مدير",
    "محافظ",
    "العقيد",
    "اللواء",
    "العميد",
    "الرائد",
    "النقيب",
    "المقدم",
    "الفريق",
    "الجنرال",
    "زعيم",
    "امير",
    "مسؤول",
    "عضو",
];

/// Lookup keys ([`ner::key_stem`]) of [`ROLE_WORDS`].
static ROLE_KEYS: once_cell::sync::Lazy<fasthash::FastSet<String>> =
    once_cell::sync::Lazy::new(|| {
        ROLE_WORDS
            .iter()
            .map(|r| ner::key_stem(&rasd_text::norm_word(r)).to_string())
            .collect()
    });

/// Speed/accuracy setting of the statistical NER.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum NerMode {
    /// Both stages: the second re-reads each word with what the first found
    /// for it elsewhere in the document (the committed model's F1).
    #[default]
    Accurate,
    /// The first stage only: about twice the speed, a few F1 points lower.
    Fast,
}

impl std::str::FromStr for NerMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "accurate" | "" => Ok(NerMode::Accurate),
            "fast" => Ok(NerMode::Fast),
            other => Err(format!("NER mode {other:?}: expected accurate or fast")),
        }
    }
}

impl EntityTagger {
    /// The tagger with the built-in actor dictionary and model (dictionary
    /// only when no model was embedded at build time).
    pub fn new() -> Self {
        EntityTagger {
            model: builtin_model(),
            clusters: builtin_clusters(),
            uid: next_uid(),
        }
    }

    /// This tagger at a speed/accuracy setting, without loading the model
    /// again: `Fast` keeps the model's first stage, `Accurate` keeps the
    /// tagger as it is (a tagger reduced to its first stage stays so).
    pub fn into_mode(self, mode: NerMode) -> Self {
        match mode {
            NerMode::Accurate => self,
            NerMode::Fast => EntityTagger {
                model: self.model.map(NerModel::first_stage_only),
                // its cached per-word tables are no longer this tagger's
                uid: next_uid(),
                ..self
            },
        }
    }

    /// A tagger with an explicit model and clusters.
    pub fn with_model(model: Option<NerModel>, clusters: Clusters) -> Self {
        EntityTagger {
            model,
            clusters,
            uid: next_uid(),
        }
    }

    /// True when a statistical model is loaded.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// Fill `doc.entities` (requires the text layers; uses `doc.places`
    /// when present). Spans are char offsets into the original text.
    pub fn tag(&self, doc: &mut Document) {
        let n = doc.tokens.len();
        if n == 0 {
            doc.entities.clear();
            return;
        }
        let words: Vec<(&str, &str)> = doc
            .tokens
            .iter()
            .map(|t| (ner::key_stem(&t.norm), t.norm.as_str()))
            .collect();
        // 1. statistical NER, sentence by sentence
        let mut ner_spans: Vec<(EntityKind, usize, usize)> = Vec::new(); // token ranges
        let mut actor_matches = Vec::new();
        let mut buf = DecodeBuf::default();
        let sentences: Vec<(usize, usize)> = if doc.sentences.is_empty() {
            vec![(0, n)]
        } else {
            doc.sentences.iter().map(|s| s.tokens).collect()
        };
        // the model tags the whole document at once (its second stage looks
        // at the other sentences)
        let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(sentences.len());
        let mut infos: Vec<Vec<TokInfo>> = Vec::with_capacity(sentences.len());
        let mut unis: Vec<Vec<UniRef>> = Vec::with_capacity(sentences.len());
        for (a, b) in sentences {
            let (a, b) = (a.min(n), b.min(n));
            if a >= b {
                continue;
            }
            let sw = &words[a..b];
            let found = actors::find_actors_in_sentence(sw);
            let lex = ner::actor_flags(sw.len(), &found);
            for m in found {
                actor_matches.push(actors::ActorMatch {
                    start: m.start + a,
                    end: m.end + a,
                    ..m
                });
            }
            if let Some(model) = &self.model {
                ranges.push((a, b));
                let (si, su) = WORDS.with(|w| {
                    let mut w = w.borrow_mut();
                    w.for_owner(self.uid);
                    sw.iter()
                        .zip(lex)
                        .map(|(&(stem, norm), l)| {
                            let (t, u) = w.get_or_insert_with(norm, || {
                                let t = TokInfo::new(
                                    norm,
                                    stem,
                                    ner::word_flags(stem, norm),
                                    &self.clusters,
                                );
                                let u = model.unigram_scores(&t, &mut buf);
                                (t, u)
                            });
                            // the word's own flags are cached with it
                            (t.with_lex(t.lex | l), u)
                        })
                        .unzip()
                });
                infos.push(si);
                unis.push(su);
            }
        }
        if let Some(model) = &self.model {
            let labels = model.decode_doc(&mut infos, &unis, &mut buf);
            for ((a, _), labels) in ranges.iter().zip(labels) {
                for (k, s, e) in ner::chunks(&labels) {
                    // entities never start or end on punctuation
                    let (mut s, mut e) = (s + a, e + a);
                    while s < e && doc.tokens[s].kind != TokenKind::Word {
                        s += 1;
                    }
                    while e > s && doc.tokens[e - 1].kind == TokenKind::Punct {
                        e -= 1;
                    }
                    if s < e {
                        ner_spans.push((k, s, e));
                    }
                }
            }
        }
        drop_base_qaeda(&words, &mut actor_matches);
        // a quarter named for the police is a place: "في منطقة الشرطة
        // الرابعة جنوب غرب بغداد", "حي الشرطة"
        actor_matches.retain(|m| {
            let police = m.actor.name.starts_with("Police Forces");
            let quarter = m.start > 0
                && words.get(m.start - 1).is_some_and(|(stem, _)| {
                    matches!(*stem, "منطقه" | "حي" | "شارع" | "ساحه" | "تقاطع" | "مجمع")
                });
            !(police && quarter)
        });
        let country = dominant_country(doc);
        let span_of =
            |s: usize, e: usize| Span::new(doc.tokens[s].span.start, doc.tokens[e - 1].span.end);
        let mut out: Vec<EntityMention> = Vec::new();
        // 2. actors win over overlapping NER spans, except a larger NER ORG
        // span containing the actor, which takes the actor.
        let mut used = vec![false; ner_spans.len()];
        // the last army named with its country, and where (token index)
        let mut last_army: Option<(usize, &ActorRef)> = None;
        // whether the article names its own country's army anywhere
        let own_army = country.as_deref().is_some_and(|c| {
            actor_matches.iter().any(|m| {
                m.actor.name.starts_with("Military Forces of")
                    && m.actor.country.as_deref() == Some(c)
            })
        });
        for m in &actor_matches {
            // "الجيش" told shortly after "الجيش الإسرائيلي" is that army,
            // not the article's country's, unless the article names its own
            // country's army too ("الجيش اليمني" beside the Saudi forces)
            let recent = last_army.filter(|(at, _)| {
                !own_army
                    && m.start >= *at
                    && doc.tokens[m.start].span.start - doc.tokens[*at].span.start < 400
            });
            let actor = match (&country, recent) {
                (Some(c), Some((_, army))) if m.actor.name == "Military Forces" => {
                    actors::localize(army, c)
                }
                (Some(c), _) => actors::localize(&m.actor, c),
                (None, _) => m.actor.clone(),
            };
            // (an army named by its country, not "the coalition", whose
            // own troops are not meant by a later "الجيش")
            let coalition = doc.tokens[m.start..m.end]
                .iter()
                .any(|t| t.norm.contains("تحالف"));
            if m.actor.name.starts_with("Military Forces of")
                && m.actor.country.is_some()
                && !coalition
            {
                last_army = Some((m.end.saturating_sub(1), &m.actor));
            }
            let mut span = (m.start, m.end);
            let mut kind = if m.organisation {
                EntityKind::ORG
            } else {
                EntityKind::MISC
            };
            for (j, (k, s, e)) in ner_spans.iter().enumerate() {
                if *s < m.end && m.start < *e {
                    used[j] = true;
                    if *s <= m.start && m.end <= *e && *k == EntityKind::ORG {
                        span = (*s, *e);
                        kind = EntityKind::ORG;
                    }
                }
            }
            let sp = span_of(span.0, span.1);
            out.push(EntityMention {
                span: sp,
                text: doc.slice(sp).to_string(),
                kind,
                actor: Some(actor),
            });
        }
        for (j, (k, s, e)) in ner_spans.iter().enumerate() {
            if used[j] {
                continue;
            }
            let sp = span_of(*s, *e);
            out.push(EntityMention {
                span: sp,
                text: doc.slice(sp).to_string(),
                kind: *k,
                actor: None,
            });
        }
        // 3. places the model missed: facilities as FAC, others as LOC.
        for p in &doc.places {
            if out.iter().any(|m| m.span.overlaps(&p.span)) {
                continue;
            }
            let kind = match p.kind.as_str() {
                "facility" | "campus" | "airport" | "base" => EntityKind::FAC,
                _ => EntityKind::LOC,
            };
            out.push(EntityMention {
                span: p.span,
                text: p.text.clone(),
                kind,
                actor: None,
            });
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        attach_roles(doc, &mut out);
        doc.entities = out;
    }
}

/// "القاعدة" alone is the base an article is about, not Al Qaeda, when the
/// article names a base ("قاعدة تياس الجوية", "القاعدة العسكرية") and never
/// the group in a longer name ("تنظيم القاعدة", "عناصر من القاعدة"):
/// "نفيا قصف القاعدة" is the base bombed. `words` are the document's
/// `(stem, norm)` tokens.
fn drop_base_qaeda(words: &[(&str, &str)], matches: &mut Vec<actors::ActorMatch>) {
    let qaeda = |m: &actors::ActorMatch| {
        let n = &m.actor.name;
        n.starts_with("Al Qaeda") || n.starts_with("AQAP") || n.starts_with("AQIM")
    };
    let bare = |m: &actors::ActorMatch| qaeda(m) && m.end == m.start + 1;
    // the group named past a hashtag or a mark: "الموالية لتنظيم #القاعدة"
    let group_word = |m: &actors::ActorMatch| {
        words[..m.start]
            .iter()
            .rev()
            .find(|(_, norm)| norm.chars().any(char::is_alphabetic))
            .is_some_and(|(stem, _)| {
                matches!(
                    *stem,
                    "تنظيم" | "عناصر" | "مسلحي" | "مقاتلي" | "فرع" | "زعيم" | "جماعه"
                )
            })
    };
    if !matches.iter().any(bare)
        || matches
            .iter()
            .any(|m| qaeda(m) && (!bare(m) || group_word(m)))
    {
        return;
    }
    const BASE_ADJ: &[&str] = &[
        "العسكريه",
        "الجويه",
        "البحريه",
        "الامريكيه",
        "الاميركيه",
        "الروسيه",
        "التركيه",
        "الفرنسيه",
        "البريطانيه",
        "عسكريه",
        "جويه",
        "بحريه",
    ];
    let base_named = words.iter().enumerate().any(|(i, &(stem, norm))| {
        let definite = norm.contains("القاعده") || norm.contains("للقاعده");
        let adj = words
            .get(i + 1)
            .is_some_and(|(_, next)| BASE_ADJ.contains(next));
        // (not a database or a popular base)
        let other = words
            .get(i + 1)
            .is_some_and(|(_, next)| matches!(*next, "بيانات" | "شعبيه" | "جماهيريه"));
        (stem == "قاعده" && (!definite || adj) && !other) || (stem == "قواعد" && adj)
    });
    if base_named {
        matches.retain(|m| !bare(m));
    }
}

/// Most frequent country among the document's places (for generic actors).
fn dominant_country(doc: &Document) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for p in &doc.places {
        if let Some(c) = &p.country {
            *counts.entry(c.as_str()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| c.to_string())
}

/// "المتحدث باسم الجيش العراقي العميد يحيى رسول": a person next to a title
/// and an organisation actor gets that actor (the person speaks or acts for
/// it). Looks at the few tokens between the role word and the person.
fn attach_roles(doc: &Document, ents: &mut [EntityMention]) {
    for i in 0..ents.len() {
        if ents[i].kind != EntityKind::PER || ents[i].actor.is_some() {
            continue;
        }
        let start = ents[i].span.start;
        // the closest organisation actor ending shortly before the person,
        // with a role word in front of it or between them.
        let mut found: Option<ActorRef> = None;
        for j in (0..i).rev() {
            let e = &ents[j];
            if start.saturating_sub(e.span.end) > 40 {
                break;
            }
            let Some(a) = &e.actor else { continue };
            if e.kind != EntityKind::ORG {
                continue;
            }
            let from = e.span.start.saturating_sub(30);
            let window = doc.slice(Span::new(from, start));
            let has_role = window.split_whitespace().any(|w| {
                let n = rasd_text::norm_word(w);
                ROLE_KEYS.contains(ner::key_stem(&n))
            });
            let between = doc.slice(Span::new(e.span.end, start));
            if has_role && !between.contains(['.', '،', ',', '\n']) {
                found = Some(a.clone());
            }
            break;
        }
        if found.is_some() {
            ents[i].actor = found;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        let mut d = Document::new("t", text);
        rasd_text::analyze(&mut d);
        d
    }

    #[test]
    fn dictionary_actors_become_entities_with_spans() {
        let mut d = doc("قصفت قوات الاحتلال الإسرائيلي منزلاً، واشتبك الحوثيون مع القوات السعودية.");
        EntityTagger::with_model(None, Clusters::default()).tag(&mut d);
        let names: Vec<_> = d
            .entities
            .iter()
            .filter_map(|e| e.actor.as_ref().map(|a| (e.text.as_str(), a.name.as_str())))
            .collect();
        assert!(
            names.contains(&("قوات الاحتلال الإسرائيلي", "Military Forces of Israel")),
            "{names:?}"
        );
        assert!(
            names.contains(&("الحوثيون", "Houthi Movement (Ansar Allah)")),
            "{names:?}"
        );
        assert!(
            names.contains(&("القوات السعودية", "Military Forces of Saudi Arabia")),
            "{names:?}"
        );
        for e in &d.entities {
            assert_eq!(d.slice(e.span), e.text);
        }
    }

    #[test]
    fn actor_names_are_read_through_quotes() {
        let t = EntityTagger::new();
        let mut d = doc("عادة ما تتهم واشنطن كتائب \"حزب الله\" بالوقوف وراء الهجمات.");
        t.tag(&mut d);
        let names: Vec<&str> = d
            .entities
            .iter()
            .filter_map(|e| e.actor.as_ref().map(|a| a.name.as_str()))
            .collect();
        assert!(names.contains(&"Kataib Hezbollah"), "{names:?}");
        assert!(!names.contains(&"Hezbollah"), "{names:?}");
    }

    #[test]
    fn the_word_cache_changes_nothing() {
        let text = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي سيدعم العراق، فيما زار ماكرون بغداد.";
        let a = EntityTagger::new();
        let mut first = doc(text);
        a.tag(&mut first);
        // the same words again, now from the cache, and from a new tagger
        let mut again = doc(text);
        a.tag(&mut again);
        let mut fresh = doc(text);
        EntityTagger::new().tag(&mut fresh);
        assert_eq!(first.entities, again.entities);
        assert_eq!(first.entities, fresh.entities);
    }

    #[test]
    fn builtin_model_tags_people_and_places() {
        let t = EntityTagger::new();
        if !t.has_model() {
            eprintln!("no embedded model: skipping");
            return;
        }
        let mut d =
            doc("وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي سيدعم العراق.");
        t.tag(&mut d);
        let find = |k: EntityKind| {
            d.entities
                .iter()
                .filter(move |e| e.kind == k)
                .map(|e| e.text.clone())
                .collect::<Vec<_>>()
        };
        assert!(
            find(EntityKind::PER).iter().any(|x| x.contains("ماكرون")),
            "{:?}",
            d.entities
        );
        assert!(
            find(EntityKind::LOC).iter().any(|x| x.contains("باريس")),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn spokesperson_gets_the_organisation() {
        let mut d = doc("وقال المتحدث باسم الجيش العراقي العميد يحيى رسول إن الهجوم فشل.");
        // a PER span placed by hand (the model may be absent)
        let o = d.text.find("الجيش").map(|b| d.char_of_byte(b)).unwrap_or(0);
        let mut ents = vec![EntityMention {
            span: Span::new(o, o + 13),
            text: "الجيش العراقي".into(),
            kind: EntityKind::ORG,
            actor: actors::lookup("الجيش العراقي"),
        }];
        let s = d.text.find("يحيى").map(|b| d.char_of_byte(b)).unwrap_or(0);
        ents.push(EntityMention {
            span: Span::new(s, s + 9),
            text: "يحيى رسول".into(),
            kind: EntityKind::PER,
            actor: None,
        });
        attach_roles(&d, &mut ents);
        assert_eq!(
            ents[1].actor.as_ref().map(|a| a.name.as_str()),
            Some("Military Forces of Iraq")
        );
        d.entities.clear();
    }
}
