//! Event extraction over an analysed [`Document`].
//!
//! The text is cut into clauses (sentences split at "في حين", "فيما",
//! "بينما", ";"). Each clause is read with the lexicons of [`crate::cues`]
//! into a [`Mention`]: an event class (or none, for clauses that only add
//! casualties, sources or claims), its role (primary, background, or not an
//! event at all: habitual, conditional), places, dates and casualties. Typed
//! mentions of the same event family at compatible places and dates are then
//! merged into events; untyped mentions enrich the event they follow.

use crate::actors::{generic, Generic};
use crate::casualties::{self, Casualties};
use crate::cues;
use crate::view::View;
use chrono::NaiveDate;
use rasd_core::{
    acled_parent, plover_of, ActorRef, Document, EntityMention, Event, Grain, Location,
    PlaceMention, Plover, Role, Span, TimeMention,
};
use std::rc::Rc;

/// Reads events from a document whose layers are filled.
#[derive(Debug, Default)]
pub struct Extractor {}

/// What kind of event a clause reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// An ACLED sub-event type.
    Acled(&'static str),
    /// A non-ACLED happening kept as context (PLOVER type).
    Context(&'static str),
}

/// One clause read for events.
#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub paragraph: usize,
    pub class: Option<Class>,
    pub role: Role,
    /// Quoted speech: may refine an event, never creates one.
    pub quoted: bool,
    pub place: Option<PlaceMention>,
    pub date: Option<(NaiveDate, Grain)>,
    pub clock: Option<String>,
    pub casualties: Casualties,
    /// Speaks of "the attack"/"the incident" already told.
    pub refers_back: bool,
    /// "In a separate matter": the clause starts a new story.
    pub separate: bool,
    /// "على صعيد آخر", "إلى ذلك": another story, which no event told before
    /// takes in (unless at the very same place).
    pub elsewhere: bool,
    /// "في غارة أخرى": another event of the kind, not the one told before.
    pub another: bool,
    /// Armed forces are hit and civilians are not named.
    pub hits_forces: bool,
    /// A kill word occurs ("قتلى", "مقتل"), with or without a figure.
    pub speaks_of_dead: bool,
    /// An embassy or consulate is named.
    pub embassy: bool,
    /// The clause is the article's headline: a first line of one sentence
    /// without a full stop, the body below it.
    pub headline: bool,
    /// The figures are the claimant's own outlet's ("وقالت وكالة أعماق ...
    /// وأضافت أن التفجير أسفر عن مقتل 200"): they do not raise a count
    /// told by others.
    pub propaganda: bool,
}

impl Class {
    fn event_type(&self) -> Option<&'static str> {
        match self {
            Class::Acled(s) => acled_parent(s).map(|p| p.0),
            Class::Context(_) => None,
        }
    }
}

/// Marker sub-type of an attack whose means are not told in the clause: it
/// joins a typed event of the article, or becomes an Attack.
const PROVISIONAL: &str = "Attack (provisional)";

/// Priority of sub-types inside one event family: the more specific wins
/// when mentions merge (a "blast" later said to be a suicide bombing).
fn priority(sub: &str) -> u8 {
    match sub {
        "Chemical weapon" => 10,
        "Suicide bomb" => 9,
        "Air/drone strike" => 8,
        "Grenade" => 7,
        "Shelling/artillery/missile attack" => 6,
        "Remote explosive/landmine/IED" => 5,
        "Excessive force against protesters" => 9,
        "Protest with intervention" => 7,
        "Peaceful protest" => 5,
        "Government regains territory" | "Non-state actor overtakes territory" => 6,
        "Violent demonstration" => 6,
        "Abduction/forced disappearance" => 7,
        "Attack" => 5,
        _ => 4,
    }
}

fn plover(class: Class) -> Plover {
    let (t, mode) = match class {
        Class::Context(t) => (t, None),
        Class::Acled(sub) => plover_of(sub).unwrap_or(("COERCE", None)),
    };
    Plover {
        event_type: t.to_string(),
        mode: mode.map(str::to_string),
    }
}

fn is_country(p: &PlaceMention) -> bool {
    p.kind == "country" || p.kind == "capital_hint" || p.kind == "demonym"
}

/// Higher is more specific.
fn specificity(p: &PlaceMention) -> u8 {
    if is_country(p) {
        0
    } else if p.kind == "admin1" || p.geo_precision >= 3 {
        1
    } else if p.kind == "admin2" {
        2
    } else {
        3
    }
}

/// Whether a date told in `span` lies weeks or more from the publication
/// day (a month or year grain: another month or year).
fn dated_far(doc: &Document, span: Span, published: Option<NaiveDate>) -> bool {
    let Some(p) = published else {
        return false;
    };
    doc.times
        .iter()
        .filter(|t| span.contains(&t.span) && !t.clock_only)
        .any(|t| {
            t.value
                .as_deref()
                .or(t.from.as_deref())
                .and_then(parse_date)
                .is_some_and(|d| far_from(d, t.grain, p, 14, 10))
        })
}

/// Whether date `d` of grain `g` lies too far from the publication day `p`
/// to be the news of it: another year; over 31 days for a month or a
/// quarter; over `week` days for a week; over `day` days for a day.
fn far_from(d: NaiveDate, g: Grain, p: NaiveDate, week: i64, day: i64) -> bool {
    match g {
        Grain::Year => d.format("%Y").to_string() != p.format("%Y").to_string(),
        Grain::Month | Grain::Quarter => (d - p).num_days().abs() > 31,
        Grain::Week => (d - p).num_days().abs() > week,
        _ => (d - p).num_days().abs() > day,
    }
}

fn parse_date(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
}

fn km(a: &PlaceMention, b: &PlaceMention) -> Option<f64> {
    let (la, lo) = (a.lat?, a.lon?);
    let (lb, lob) = (b.lat?, b.lon?);
    let r = 6371.0_f64;
    let (p1, p2) = (la.to_radians(), lb.to_radians());
    let dp = p2 - p1;
    let dl = (lob - lo).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    Some(2.0 * r * h.sqrt().asin())
}

/// A town, village or quarter told near a city that the headline gave
/// ("هدم منزلين في الخليل", then "في بلدة بيت أمر شمال الخليل"): the finer
/// place of the two, as ACLED codes the most specific location.
fn finer_within(p: &PlaceMention, q: &PlaceMention) -> bool {
    q.kind == "city"
        && !matches!(p.kind.as_str(), "city" | "country" | "admin1" | "admin2")
        && p.geo_precision == 1
        && q.geo_precision == 1
        && p.gazetteer_id != q.gazetteer_id
        && p.admin1.is_some()
        && p.admin1 == q.admin1
        && km(p, q).is_some_and(|d| d < 40.0)
}

/// Whether two places may be the site of one event.
fn places_compatible(a: &PlaceMention, b: &PlaceMention) -> bool {
    if a.country.is_some() && b.country.is_some() && a.country != b.country {
        return false;
    }
    if specificity(a) <= 1 || specificity(b) <= 1 {
        // a country or province contains the other unless admin1 differs
        return specificity(a) == 0
            || specificity(b) == 0
            || a.admin1.is_none()
            || b.admin1.is_none()
            || a.admin1 == b.admin1;
    }
    if a.gazetteer_id.is_some() && a.gazetteer_id == b.gazetteer_id {
        return true;
    }
    km(a, b).is_some_and(|d| d <= 30.0)
}

struct Ctx<'a> {
    doc: &'a Document,
    published: Option<NaiveDate>,
    /// char offset where the dateline ("أتلانتا، ... (CNN) –") ends.
    dateline_end: usize,
    /// quote depth at each char (true = inside quotes).
    quoted: Vec<bool>,
    protest_context: bool,
    country: Option<String>,
    /// sentences that claim, deny or accuse responsibility
    responsibility_sentences: Vec<Span>,
    /// a sentence puts a blast down to an accident, as fact and with no
    /// strike beside it ("الانفجار وقع جراء ارتفاع درجة حرارة الجو")
    accidental_blast: bool,
}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    /// Every event the document reports, primary and background.
    pub fn extract(&self, doc: &Document) -> Vec<Event> {
        let mut ctx = Ctx {
            doc,
            published: doc.published,
            dateline_end: dateline_end(doc),
            quoted: quote_mask(&doc.text),
            protest_context: false,
            country: None,
            responsibility_sentences: Vec::new(),
            accidental_blast: false,
        };
        ctx.country = dominant_country(&ctx);
        let clauses = clauses(doc);
        // one view per clause and per sentence, each scanned for cues once
        // a sentence told in one clause (most are) has one view, shared by
        // the clause and the sentence: built and scanned once
        let mut sentence_views: Vec<(Span, Rc<View>)> = Vec::new();
        let mut sentence_of: Vec<usize> = Vec::with_capacity(clauses.len());
        let mut views: Vec<Rc<View>> = Vec::with_capacity(clauses.len());
        for (k, (c, s, _)) in clauses.iter().enumerate() {
            if sentence_views.last().is_none_or(|(l, _)| l != s) {
                sentence_views.push((*s, Rc::new(View::new(doc, *s))));
            }
            sentence_of.push(sentence_views.len() - 1);
            let alone = (k == 0 || clauses[k - 1].1 != *s)
                && clauses.get(k + 1).is_none_or(|next| next.1 != *s);
            views.push(match sentence_views.last() {
                Some((_, sv)) if alone => Rc::clone(sv),
                _ => Rc::new(View::new(doc, *c)),
            });
        }
        ctx.responsibility_sentences = crate::args::responsibility_sentences(
            sentence_views.iter().map(|(s, v)| (*s, v.as_ref())),
        );
        // a claim dated weeks away ("وفي مايو الماضي، أعلن التنظيم
        // مسؤوليته عن ...") is of another attack
        ctx.responsibility_sentences
            .retain(|s| !dated_far(doc, *s, ctx.published));
        ctx.accidental_blast = sentence_views.iter().any(|(_, v)| accident_told(v));
        ctx.protest_context = views
            .iter()
            .any(|v| v.is_match(&cues::PROTEST) && !cues::habitual(v));
        let mut mentions: Vec<Mention> = clauses
            .iter()
            .zip(views.iter().zip(&sentence_of))
            .map(|((c, _, p), (v, &si))| read_mention(&ctx, *c, *p, v, &sentence_views[si]))
            .collect();
        same_day(&mut mentions, &views);
        let mut events = build_events(&ctx, &mentions);
        strikes_of_one_striker(&mut events);
        for e in &mut events {
            finish(&ctx, e);
        }
        events
    }
}

/// "كما انفجرت سيارة في اليوم نفسه": an undated clause told on the day of
/// the event before it takes that event's day (and, when that one is
/// history, is history too).
fn same_day(ms: &mut [Mention], views: &[Rc<View>]) {
    for k in 1..ms.len() {
        if ms[k].date.is_some() || !views[k].is_match(&cues::SAME_DAY) {
            continue;
        }
        let Some(prev) = ms[..k]
            .iter()
            .rev()
            .find(|m| m.date.is_some() && m.class.is_some())
        else {
            continue;
        };
        let (date, role) = (prev.date, prev.role);
        ms[k].date = date;
        if role == Role::Background {
            ms[k].role = Role::Background;
        }
    }
}

/// End (char offset) of a dateline such as "أتلانتا، الولايات المتحدة
/// (CNN) --" or "بغداد (رويترز) -" at the start of the text, or at the
/// start of the line after a headline ("هدم منزلين في الخليل\n\nالخليل -
/// (وفا) - ...").
pub(crate) fn dateline_end(doc: &Document) -> usize {
    if let Some(end) = dateline_at(&doc.text) {
        return end;
    }
    // a headline: one short first line, then the body
    let Some((head, rest)) = doc.text.split_once('\n') else {
        return 0;
    };
    if head.split_whitespace().count() > 25 {
        return 0;
    }
    let body = rest.trim_start();
    let skipped = rest[..rest.len() - body.len()].chars().count();
    dateline_at(body).map_or(0, |end| head.chars().count() + 1 + skipped + end)
}

/// Char length of a dateline opening `text`, if it opens with one.
fn dateline_at(text: &str) -> Option<usize> {
    let head: String = text.chars().take(90).collect();
    // a byline, an outlet and a place before a colon: "حاتم العميري - سبق -
    // مكة المكرمة:" (the place is the reporter's, not the event's)
    if let Some(b) = head.find(':') {
        let before = &head[..b];
        if before.matches(" - ").count() >= 2
            && before.split_whitespace().count() <= 9
            && !before.contains(['.', '\n', '"', '«', '،'])
        {
            return Some(before.chars().count() + 1);
        }
    }
    for dash in ["--", "–", "—", " - "] {
        if let Some(b) = head.find(dash) {
            let before = &head[..b];
            // "بغداد (رويترز) -", "أتلانتا، الولايات المتحدة --", or a bare
            // place name of up to three words: "مقديشو -", "دير الزور -"
            let short = before.split_whitespace().count() <= 3
                && !before.contains(['.', '\n', ':', '"', '«']);
            if (before.contains(')') || before.contains('،') || short) && !before.contains('\n') {
                return Some(before.chars().count() + dash.chars().count());
            }
        }
    }
    // "رويترز- القاهرة:", "القاهرة - واس:": an agency and a place before
    // a colon
    if let Some(b) = head.find(':') {
        let before = &head[..b];
        if before.split_whitespace().count() <= 4
            && before.contains('-')
            && !before.contains(['.', '\n', '"', '«', '،'])
        {
            return Some(before.chars().count() + 1);
        }
    }
    None
}

fn quote_mask(text: &str) -> Vec<bool> {
    let mut out = Vec::with_capacity(text.len());
    let mut depth: i32 = 0;
    let mut straight = false;
    for c in text.chars() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = (depth - 1).max(0),
            '"' => straight = !straight,
            '\n' => {
                depth = 0;
                straight = false;
            }
            _ => {}
        }
        out.push(depth > 0 || straight);
    }
    out
}

/// Clauses: (clause span, sentence span, paragraph).
fn clauses(doc: &Document) -> Vec<(Span, Span, usize)> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (a, b) = s.tokens;
        let mut start = a;
        for i in a..b {
            let n = doc.tokens[i].norm.as_str();
            // ("بينما كان يتنقل": "while he was", a circumstance of the
            // same clause, not a contrast)
            // nor the wounded of the same event ("قتل 3 جنود فيما أصيب 5
            // آخرون", "قتل متطرفين اثنين بينما جرح آخر")
            let circumstance = matches!(n, "بينما" | "فيما")
                && doc.tokens.get(i + 1).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "كان"
                            | "كانت"
                            | "كانوا"
                            | "كانا"
                            | "هو"
                            | "هي"
                            | "هم"
                            | "اصيب"
                            | "اصيبت"
                            | "اصيبوا"
                            | "جرح"
                            | "جرحت"
                            | "جرحوا"
                    )
                });
            let split = i > start + 2
                && !circumstance
                && (matches!(n, "فيما" | "بينما" | ";" | "وفيما")
                    || (n == "في"
                        && doc
                            .tokens
                            .get(i + 1)
                            .is_some_and(|t| t.norm == "حين" || t.norm == "ظل")));
            if split {
                out.push((
                    Span::new(doc.tokens[start].span.start, doc.tokens[i - 1].span.end),
                    s.span,
                    s.paragraph,
                ));
                start = i;
            }
        }
        if start < b {
            out.push((
                Span::new(doc.tokens[start].span.start, doc.tokens[b - 1].span.end),
                s.span,
                s.paragraph,
            ));
        }
    }
    out
}

/// A country named across a border ("جيلان بينار على الحدود مع سوريا",
/// "مواقع باكستانية قرب الحدود مع أفغانستان"): not where the event is.
fn across_border(doc: &Document, p: &PlaceMention) -> bool {
    if p.kind != "country" {
        return false;
    }
    let i = doc.tokens.partition_point(|t| t.span.end <= p.span.start);
    let norm = |k: usize| doc.tokens.get(k).map_or("", |t| t.norm.as_str());
    i >= 2 && norm(i - 1) == "مع" && {
        let w = norm(i - 2).trim_start_matches(['و', 'ب', 'ل']);
        w.strip_prefix("ال").unwrap_or(w).starts_with("حدود")
    }
}

/// The key with the largest summed weight (the first seen on a tie).
fn most_weighted<'a>(items: impl Iterator<Item = (&'a str, usize)>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (k, w) in items {
        match counts.iter_mut().find(|(c, _)| *c == k) {
            Some(e) => e.1 += w,
            None => counts.push((k, w)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.first().map(|c| c.0)
}

fn dominant_country(ctx: &Ctx) -> Option<String> {
    let places = ctx
        .doc
        .places
        .iter()
        .filter(|p| p.span.start >= ctx.dateline_end && !across_border(ctx.doc, p))
        .filter_map(|p| Some((p.country.as_deref()?, if is_country(p) { 1 } else { 2 })));
    // no place in the body: the country of the state forces it names
    // ("القوات المسلحة المصرية" under a Dubai dateline), else the
    // dateline's country ("العريش (مصر) -")
    // (8: a state's forces, counted abroad of the dateline's country)
    let forces = || {
        ctx.doc
            .entities
            .iter()
            .filter(|e| e.span.start >= ctx.dateline_end)
            .filter_map(|e| e.actor.as_ref())
            .filter(|a| a.inter == 1 || a.inter == 8)
            .filter_map(|a| Some((a.country.as_deref()?, 1)))
    };
    most_weighted(places)
        .or_else(|| most_weighted(forces()))
        .map(str::to_string)
        .or_else(|| {
            ctx.doc
                .places
                .iter()
                .filter(|p| p.span.start < ctx.dateline_end)
                .find_map(|p| p.country.clone())
        })
}

/// Whether every match of `cue` in the view is what the act answers, within
/// three words after "ردا على" / "رد على" / "انتقاما ل" ("قصف ... بالصواريخ
/// ردا على الغارة": the shelling is the event, the air strike an earlier one).
fn only_in_retaliation(v: &View, cue: &cues::Cue) -> bool {
    let hits = v.find_all(cue);
    !hits.is_empty()
        && hits.iter().all(|&(a, _)| {
            let before = v.words_before(a, 4);
            before
                .iter()
                .enumerate()
                .any(|(i, w)| is_retaliation(w, before.get(i + 1).copied()))
        })
}

/// Whether every match of `cue` is support given to another force, within
/// two words after "مدعومة ب", "مسنودة ب", "بدعم", "بإسناد", "بغطاء"
/// ("مدعومة بغارات التحالف", "بإسناد من طيران التحالف").
fn only_in_support(v: &View, cue: &cues::Cue) -> bool {
    let hits = v.find_all(cue);
    !hits.is_empty()
        && hits.iter().all(|&(a, _)| {
            // (the hit may carry the preposition: "بغارات")
            let own = v
                .text
                .get(a..)
                .and_then(|t| t.split(' ').next())
                .unwrap_or("");
            let before = v.words_before(a, 3);
            before.iter().chain(std::iter::once(&own)).any(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                w.starts_with("مدعوم")
                    || w.starts_with("مسنود")
                    || w.starts_with("بدعم")
                    || w.starts_with("باسناد")
                    || w.starts_with("بغطاء")
                    || w.starts_with("بمسانده")
            })
        })
}

/// The days of the week, normalised.
const WEEKDAYS: [&str; 7] = [
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
];

/// Whether every recall phrase of the clause is a "منذ" that tells how
/// long a state has lasted, after a present-tense verb of it ("مطار مدينة
/// الحديدة التي ... وتشهد معارك ضارية منذ أيام"): the place's state, not
/// the event's time ([`cues::recalls_unless`]).
fn ongoing_since(v: &View) -> bool {
    // (in a relative clause about a place named after the act; an ongoing
    // state told on its own, "وتدور فيها معارك منذ عامين", is background)
    let rels: Vec<usize> = v
        .words()
        .filter(|(_, w)| matches!(*w, "التي" | "الذي"))
        .map(|(at, _)| at)
        .collect();
    let first_act = first_act(v);
    let hits = v.find_all(&cues::RECALL_WORDS);
    !hits.is_empty()
        && hits.iter().all(|&(a, b)| {
            let since = v.text.get(a..b).is_some_and(|w| w.trim() == "منذ");
            // ("قتلوا الأحد في قصف ... وسط معارك مستمرة منذ أسبوعين": an
            // ongoing state told after the act, without a relative pronoun)
            // (only when the act has a day of its own before it: "قتل المئات
            // في حملة القصف المستمرة منذ 11 يوما" is the campaign's tally)
            let amid = since
                && first_act.is_some_and(|act| act < a)
                && v.words().any(|(at, w)| {
                    let w = w.strip_prefix('و').unwrap_or(w);
                    at < a && (WEEKDAYS.contains(&w) || matches!(w, "امس" | "اليوم"))
                })
                && v.words_before(a, 2).iter().any(|w| {
                    matches!(
                        w.strip_prefix("ال").unwrap_or(w),
                        "مستمره" | "مستمر" | "متواصله" | "متواصل" | "دائره" | "دائر"
                    )
                });
            let rel = rels.iter().rev().find(|&&r| r < a);
            amid || rel.zip(first_act).is_some_and(|(r, act)| act < *r)
                && since
                && v.words_before(a, 5).iter().any(|w| {
                    matches!(
                        w.strip_prefix('و').unwrap_or(w),
                        "تشهد"
                            | "يشهد"
                            | "تعاني"
                            | "يعاني"
                            | "تتواصل"
                            | "يتواصل"
                            | "تستمر"
                            | "يستمر"
                            | "تدور"
                            | "يدور"
                            | "يسيطر"
                            | "تسيطر"
                    )
                })
        })
}

/// Where the clause first tells an act of violence (a killing, wounding,
/// strike, shelling, blast, clash or shooting), if it does.
fn first_act(v: &View) -> Option<usize> {
    [
        &cues::KILL,
        &cues::INJURE,
        &cues::AIR,
        &cues::SHELL,
        &cues::IED,
        &cues::CLASH,
        &cues::SHOOTING,
    ]
    .iter()
    .filter_map(|c| v.find_all(c).first().map(|&(a, _)| a))
    .min()
}

/// Whether the clause tells an anniversary or commemoration before any act
/// of violence ("تحيي بريطانيا الذكرى الأولى لهجوم"): what it recalls is
/// history. A killing told first stands ("قتل مزارع في قصف إسرائيلي قبل
/// الاحتجاجات التي يحيي الفلسطينيون خلالها يوم الأرض").
fn commemorates(v: &View) -> bool {
    let Some(&(at, _)) = v.find_all(&cues::ANNIVERSARY).first() else {
        return false;
    };
    first_act(v).is_none_or(|a| a > at)
}

/// An armed group that kills, with no court or charge before it: its
/// "trial" is no judiciary's ("قتلت حركة الشباب خمسة رجال رميا بالرصاص
/// بتهمة التجسس", "أعدم تنظيم داعش ... بتهمة التعاون"), unlike a court
/// that sentences one of its members ("حكمت محكمة ... على عنصر في داعش
/// أدين بقتل").
fn group_kills(ctx: &Ctx, v: &View) -> bool {
    let Some(at) = ctx
        .doc
        .entities
        .iter()
        .filter(|e| e.actor.as_ref().is_some_and(|a| matches!(a.inter, 2 | 3)))
        .find_map(|e| v.range_of(ctx.doc, e.span))
        .map(|(s, _)| s)
    else {
        return false;
    };
    let before = |c: &cues::Cue| v.find_all(c).iter().any(|&(s, _)| s < at);
    // the group kills: the verb after it, or right before it ("أعدم تنظيم
    // داعش"), not one that another does to it ("أعدمت السلطات عنصرا في داعش")
    let kills = |c: &cues::Cue| {
        v.find_all(c).iter().any(|&(s, e)| {
            // (not the charge: "بتهمة قتل")
            let charge = v.words_before(s, 3).iter().any(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                ["بتهم", "متهم", "المتهم", "بجريم", "بجرائم", "ادين", "بتورط"]
                    .iter()
                    .any(|p| w.starts_with(p))
            });
            !charge
                && (s > at || (e <= at && v.text.get(e..at).is_some_and(|g| g.trim().is_empty())))
        })
    };
    !before(&cues::LEGAL)
        && !before(&cues::PUNISHMENT)
        && (kills(&cues::KILL) || kills(&cues::SHOOTING))
}

/// Gunmen who storm a place attack it: "اقتحمت مجموعة مسلحة مقر المؤسسة",
/// "مسلحون اقتحموا فندقا" (not forces that storm a hideout of gunmen:
/// "اقتحمت قوات الأمن وكرا للمسلحين", a raid).
fn gunmen_storm(v: &View) -> bool {
    let words: Vec<&str> = v
        .words()
        .map(|(_, w)| w.strip_prefix('و').unwrap_or(w))
        .collect();
    // "مسلحون", "مجهولون"; "مجموعة مسلحة", "جماعة مسلحة"
    let gunmen_at = |i: usize| match words.get(i) {
        Some(&("مسلحون" | "مسلحين" | "مجهولون" | "مجهولين" | "ملثمون" | "ملثمين" | "مهاجمون")) => {
            true
        }
        Some(&("مجموعه" | "جماعه")) => {
            words.get(i + 1).is_some_and(|n| n.starts_with("مسلح"))
        }
        _ => false,
    };
    words.iter().enumerate().any(|(i, w)| {
        w.starts_with("اقتحم") && (gunmen_at(i + 1) || i.checked_sub(1).is_some_and(gunmen_at))
    })
}

/// Whether every match of `cue` is a crime someone is charged with or
/// wanted for, within three words after "متورطة في", "المطلوب بـ", "بتهمة",
/// "المشتبه بـ" ("بحثا عن مطلوبين ينضوون في عصابات متورطة في عمليات خطف"):
/// the charge, not an event.
fn only_charged(v: &View, cue: &cues::Cue) -> bool {
    only_after_words(
        v,
        cue,
        &[
            "متورط",
            "تورط",
            "المتورط",
            "مطلوب",
            "المطلوب",
            "بتهم",
            "مشتبه",
            "المشتبه",
            "متهم",
            "المتهم",
            "بجرائم",
            "بجريمه",
        ],
    )
}

/// True when the cue occurs, and each of its matches has one of the three
/// words before it start with one of `prefixes` (a leading "و" aside).
fn only_after_words(v: &View, cue: &cues::Cue, prefixes: &[&str]) -> bool {
    let hits = v.find_all(cue);
    !hits.is_empty()
        && hits.iter().all(|&(a, _)| {
            v.words_before(a, 3).iter().any(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                prefixes.iter().any(|p| w.starts_with(p))
            })
        })
}

/// A protest told only as what those arrested had done ("اعتقلت ... خمسة
/// ناشطين شاركوا في الاحتجاجات", "لمشاركتهم في التظاهرات", "على خلفية
/// الاحتجاجات"): the arrest is the event, not an intervention in a protest.
fn arrested_for_protesting(v: &View) -> bool {
    v.is_match(&cues::ARREST)
        && only_after_words(
            v,
            &cues::PROTEST,
            &[
                "شارك",
                "مشارك",
                "لمشارك",
                "بمشارك",
                "المشارك",
                "خلفيه",
                "لتنظيم",
                "بتنظيم",
                "الدعوه",
                "دعوا",
                "دعا",
                "التحريض",
                "بالتحريض",
            ],
        )
}

/// Whether word `w` (with the word after it, `next`) says "in answer to":
/// "ردا على", "رد على", "انتقاما ل". (The view writes ى as ي: "على" is
/// "علي".)
fn is_retaliation(w: &str, next: Option<&str>) -> bool {
    (matches!(w, "ردا" | "رد" | "وردا") && next == Some("علي")) || w.starts_with("انتقاما")
}

/// Whether every hit of `cue` comes after "ردا على" / "انتقاما" and a
/// weapon of the clause's own attack before it ("شنت الولايات المتحدة
/// هجمات صاروخية ردا على هجوم ... بأسلحة كيماوية"): the answered attack.
fn answered_attack(v: &View, cue: &cues::Cue) -> bool {
    let words: Vec<(usize, &str)> = v.words().collect();
    let Some(b) = words
        .iter()
        .enumerate()
        .find(|(i, (_, w))| is_retaliation(w, words.get(i + 1).map(|x| x.1)))
        .map(|(_, (at, _))| *at)
    else {
        return false;
    };
    let own = v.prefix(b);
    let own_weapon = own.is_match(&cues::SHELL) || own.is_match(&cues::AIR);
    own_weapon && v.find_all(cue).iter().all(|&(a, _)| a > b)
}

/// A sentence that puts a blast down to an accident as fact: the cause is
/// named, left open by nothing ("ما إذا كان ... أم نتيجة خلل فني"), and no
/// strike, shelling, attack or claim is told beside it ("نفى حدوث غارات
/// ... عازيا التفجيرات إلى ماس كهربائي، فيما أكدت مصادر أخرى حدوث تلك
/// الغارات").
fn accident_told(v: &View) -> bool {
    v.is_match(&cues::ACCIDENT_CAUSE)
        && !v.is_match(&cues::CAUSE_OPEN)
        && !v.is_match(&cues::AIR)
        && !v.is_match(&cues::SHELL)
        && !v.is_match(&cues::ATTACK)
        && !v.is_match(&cues::CLAIM)
}

/// Decide the class of a clause from its cues.
fn classify(ctx: &Ctx, v: &View) -> Option<Class> {
    let has = |c: &cues::Cue| v.is_match(c);
    // (fire opened with the shooters between: "فتح عناصر ... النار")
    let open_fire = has(&cues::OPEN_FIRE) && !has(&cues::SHOOTING);
    let shooting = has(&cues::SHOOTING) || open_fire;
    let violent = has(&cues::KILL) || shooting || has(&cues::INJURE);
    let suicide = suicide(v);
    // aircraft alone are not a strike: with a strike word or harm they are
    // (and "قصف بالصواريخ ردا على الغارة" names the strike answered, not
    // this one, when the clause has its own weapon)
    // ("ضربات من قوات الشرعية مدعومة بغارات التحالف، حيث لقي 30 حوثيا
    // مصرعهم جراء المعارك": air support of a battle, the battle is the event)
    let air_support = has(&cues::CLASH) && only_in_support(v, &cues::AIR);
    let air = (has(&cues::AIR)
        && !air_support
        && !(has(&cues::SHELL) && only_in_retaliation(v, &cues::AIR)))
        || (has(&cues::AIR_WEAK)
            && (has(&cues::ATTACK) || has(&cues::SHELL) || has(&cues::KILL) || has(&cues::INJURE)));
    let weapon = has(&cues::SHELL) || air || has(&cues::IED);
    // a fire or a blast is an accident unless an attack with a weapon, or
    // a claim of it, is told with it ("اندلع حريق ... إثر هجوم بصواريخ")
    let armed_attack = (has(&cues::ATTACK) && weapon) || has(&cues::CLAIM);
    if has(&cues::ACCIDENT) && !suicide && !has(&cues::UNKNOWN_ATTACKER) && !armed_attack {
        return None;
    }
    // an aircraft that crashed, with nobody said to have brought it down,
    // is an accident ("تحطمت طائرة هليكوبتر تابعة للجيش ... في ضربة لسلاح
    // الجو": a blow to the air force, no air strike); not one that crashed
    // while it bombed ("تحطمت طائرة حربية أثناء قصفها حيا في أريحا")
    if has(&cues::CRASH)
        && !has(&cues::SHOT_DOWN)
        && !has(&cues::SHELL)
        && !has(&cues::AIR)
        && !v.text.contains("قصف")
        && !has(&cues::INTERCEPT)
        && !has(&cues::CLAIM)
        && !has(&cues::UNKNOWN_ATTACKER)
        && (!has(&cues::ATTACK) || has(&cues::EXERCISE))
    {
        return None;
    }
    // (arrests told beside an arms deal foiled stand: "اعتقال 21 فلسطينيا ...
    // فضلا عن إحباط صفقة أسلحة")
    let arrested = ["اعتقال", "اعتقل", "القبض", "توقيف", "احتجاز"]
        .iter()
        .any(|w| v.text.contains(w));
    if has(&cues::FIGURATIVE) && !has(&cues::KILL) && !has(&cues::INJURE) && !arrested {
        return None;
    }
    // a player hurt in a match ("إصابة مورا ... في مواجهة ذهاب نهائي
    // الليبرتادورس"), an objection to a referee: no weapon, no shots,
    // nobody killed (demonstrators who ran onto the pitch still protest)
    let demonstrators = ["متظاهر", "محتجين", "محتجون", "المحتجين"]
        .iter()
        .any(|w| v.text.contains(w));
    if has(&cues::SPORT) && !has(&cues::KILL) && !weapon && !shooting && !demonstrators {
        return None;
    }
    if has(&cues::FICTION) {
        return None;
    }
    // (a court as the site is no trial: "انفجار عبوة أمام محكمة")
    let legal = has(&cues::LEGAL)
        && v.any_match(&cues::LEGAL, |s, e| {
            let w = v.text.get(s..e).unwrap_or("").trim();
            let site = v.words_before(s, 1).first().is_some_and(|b| {
                matches!(
                    b.strip_prefix(['و', 'ب']).unwrap_or(b),
                    "امام"
                        | "قرب"
                        | "داخل"
                        | "مبني"
                        | "مقر"
                        | "بجوار"
                        | "محيط"
                        | "مدخل"
                        | "ساحه"
                )
            });
            !(w.ends_with("محكمه") && site)
        });
    if (legal || has(&cues::PUNISHMENT)) && !has(&cues::ARREST) && !group_kills(ctx, v) {
        return None;
    }
    // a truce or an agreement only told of, not made ("خط وقف إطلاق النار",
    // "هدد بقطع الهدنة")
    let only_told_of = || has(&cues::NOT_AGREEMENT) || has(&cues::THREAT);
    // "وقف إطلاق النار" is a ceasefire, not gunfire, unless blood or
    // weapons are told with it (a violated truce is the violence)
    if has(&cues::CEASEFIRE)
        && !weapon
        && !has(&cues::KILL)
        && !has(&cues::INJURE)
        && !has(&cues::CLASH)
    {
        if only_told_of() {
            return None;
        }
        return Some(Class::Acled("Agreement"));
    }
    if has(&cues::INTERCEPT) && weapon {
        return Some(Class::Acled("Disrupted weapons use"));
    }
    if has(&cues::PROTEST) || ctx.protest_context {
        let protest_here = has(&cues::PROTEST) && !arrested_for_protesting(v);
        // rubber bullets and tear gas are an intervention, live fire is not
        let live = shooting && (!has(&cues::RUBBER) || has(&cues::LIVE_FIRE));
        if (live || (has(&cues::KILL) && protest_here))
            && (has(&cues::FORCES) || protest_here || !has(&cues::UNKNOWN_ATTACKER))
            && !weapon_strike(v)
        {
            return Some(Class::Acled("Excessive force against protesters"));
        }
        // an air strike or shelling told with a riot ("طائراته قصفت مواقع ...
        // ردا على تسلل ... أضرموا النار") is the strike
        if has(&cues::RIOT)
            && (protest_here || ctx.protest_context)
            && !has(&cues::CLASH)
            && !air
            && !has(&cues::SHELL)
        {
            return Some(Class::Acled("Violent demonstration"));
        }
        if protest_here && has(&cues::INTERVENE) && !has(&cues::KILL) {
            return Some(Class::Acled("Protest with intervention"));
        }
        if protest_here && !violent {
            return Some(Class::Acled("Peaceful protest"));
        }
    }
    // a chemical agent and harm or a delivery: not a stockpile or a debate
    if has(&cues::CHEMICAL)
        && !answered_attack(v, &cues::CHEMICAL)
        && (has(&cues::CHOKING)
            || has(&cues::KILL)
            || has(&cues::INJURE)
            || air
            || has(&cues::SHELL))
    {
        return Some(Class::Acled("Chemical weapon"));
    }
    if suicide && (has(&cues::IED) || has(&cues::ATTACK) || has(&cues::KILL) || has(&cues::VBIED)) {
        return Some(Class::Acled("Suicide bomb"));
    }
    if air {
        return Some(Class::Acled("Air/drone strike"));
    }
    if has(&cues::GRENADE) {
        return Some(Class::Acled("Grenade"));
    }
    if has(&cues::SHELL) {
        return Some(Class::Acled("Shelling/artillery/missile attack"));
    }
    // a blast the article puts down to an accident, with no bomb, no
    // attack and no attacker told of in the clause: no event
    if ctx.accidental_blast
        && !has(&cues::IED_DEVICE)
        && !has(&cues::VBIED)
        && !has(&cues::ATTACK)
        && !has(&cues::UNKNOWN_ATTACKER)
    {
        return None;
    }
    if has(&cues::IED) || has(&cues::VBIED) {
        return Some(Class::Acled("Remote explosive/landmine/IED"));
    }
    if let Some(c) = territory(ctx, v, violent) {
        return Some(c);
    }
    if has(&cues::MOB) && (violent || has(&cues::LOOT)) && !weapon && !has(&cues::PROTEST) {
        return Some(Class::Acled("Mob violence"));
    }
    let group_named = || {
        actor_inters(ctx, v, 0, v.text.len())
            .iter()
            .any(|i| (2..=4).contains(i))
    };
    // an attack repelled or foiled: the attackers met the force
    // (a plot foiled with its plotters killed: "أحبطت اعتداء ... وقتلت
    // إرهابيين")
    let repelled = !has(&cues::EXERCISE)
        && ((has(&cues::REPEL) && armed_context(ctx, v))
            || (has(&cues::FOIL)
                && (group_named() || (has(&cues::KILL) && has(&cues::UNKNOWN_ATTACKER)))));
    // "قتل 17 من ميليشيات الحوثي في مواجهات مع الجيش": confrontations
    // with the dead and an armed group named are a battle (not stone
    // throwers facing soldiers)
    let confronted = v.words().any(|(_, x)| {
        matches!(
            x.strip_prefix('و').unwrap_or(x),
            "مواجهات" | "المواجهات" | "مواجهه" | "المواجهه"
        )
    }) && (has(&cues::KILL) || has(&cues::INJURE))
        && (has(&cues::ARMED_GROUP) || has(&cues::UNKNOWN_ATTACKER) || group_named());
    if has(&cues::CLASH) || repelled || confronted {
        return Some(Class::Acled("Armed clash"));
    }
    if has(&cues::ABDUCT) && !has(&cues::SNATCH) && !only_charged(v, &cues::ABDUCT) {
        return Some(Class::Acled("Abduction/forced disappearance"));
    }
    if has(&cues::SEXUAL) && !has(&cues::SEXUAL_TOPIC) {
        return Some(Class::Acled("Sexual violence"));
    }
    // fire opened on someone: on soldiers a battle, else an attack
    if open_fire {
        let on_forces = has(&cues::FORCES) && !has(&cues::CIVILIAN);
        return Some(Class::Acled(if on_forces {
            "Armed clash"
        } else {
            "Attack"
        }));
    }
    if shooting {
        return Some(Class::Acled("Attack"));
    }
    // a stabbing ("طعن رجل ثلاثة أشخاص بسكين", "أصيب ثلاثة في هجوم بسكين"),
    // not in the family ("طعنته بسكين" of a wife and her husband)
    if has(&cues::KNIFE)
        && (has(&cues::ATTACK) || has(&cues::INJURE) || has(&cues::KILL))
        && !has(&cues::DOMESTIC)
    {
        return Some(Class::Acled("Attack"));
    }
    let at_hands = has(&cues::AT_HANDS) && !has(&cues::DOMESTIC);
    // (a killing claimed: "أعلنت حركة الشباب مسؤوليتها عن قتل نائب")
    let claimed = has(&cues::CLAIM) && !has(&cues::NO_CLAIM);
    // (a group that killed a count: "قتلت حركة الشباب خمسة رجال")
    let group_killed = || {
        v.span(ctx.doc, 0, v.text.len()).is_some_and(|span| {
            ctx.doc.entities.iter().any(|e| {
                span.contains(&e.span)
                    && e.actor.as_ref().is_some_and(|a| (2..=4).contains(&a.inter))
                    && crate::args::kills_figure(ctx.doc, e.span)
            })
        })
    };
    if (has(&cues::KILL) && (has(&cues::UNKNOWN_ATTACKER) || at_hands || claimed || group_killed()))
        || gunmen_storm(v)
        || (has(&cues::ATTACK) && has(&cues::KILL))
    {
        // an attack whose means are told elsewhere (or not at all)
        return Some(Class::Acled(PROVISIONAL));
    }
    // (bodies held are no arrest: "يحتجز جثماني فلسطينيين")
    // (nor is a thing stopped: "أوقفت بيانا أعدته الكويت لمجلس الأمن",
    // "أوقف الدعم")
    let nobody_held = v.find_all(&cues::ARREST).iter().all(|&(a, b)| {
        let after = v.text.get(b..).unwrap_or("");
        let stopped = v.text.get(a..b).is_some_and(|m| m.contains("وقف"))
            && after.split(' ').find(|w| !w.is_empty()).is_some_and(|w| {
                [
                    "بيان",
                    "مشروع",
                    "العمل",
                    "عمل",
                    "الدعم",
                    "دعم",
                    "المساعد",
                    "مساعد",
                    "التمويل",
                    "تمويل",
                    "الرحلات",
                    "رحلات",
                    "القتال",
                    "اطلاق",
                    "العمليات",
                    "عمليات",
                    "الحرب",
                    "التعامل",
                    "صادرات",
                    "الصادرات",
                    "الانتاج",
                    "ضخ",
                    "بث",
                    "استيراد",
                    "الاستيراد",
                    "التصدير",
                    "تصدير",
                    "المفاوضات",
                    "مفاوضات",
                    "الحوار",
                    "الدراسه",
                    "النشاط",
                    "نشاط",
                    "الملاحه",
                    "حركه",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            });
        stopped
            || after.split(' ').take(3).any(|w| {
                ["جثمان", "جثامين", "جثث", "جثه", "رفات"]
                    .iter()
                    .any(|p| w.starts_with(p))
            })
    });
    // (an arrest for ordinary crime is no political arrest: "القبض على
    // الجانية ... التي اتضح أن دوافعها السرقة", "30 مهاجرا غير شرعي")
    let criminal = has(&cues::CRIME) && !has(&cues::POLITICAL_DETAINEE);
    if has(&cues::ARREST)
        && !nobody_held
        && !criminal
        && (has(&cues::ARREST_CONTEXT) || armed_context(ctx, v))
    {
        return Some(Class::Acled("Arrests"));
    }
    if has(&cues::BASE) && armed_context(ctx, v) {
        return Some(Class::Acled("Headquarters or base established"));
    }
    if has(&cues::GROUP_CHANGE) && armed_context(ctx, v) && !violent {
        return Some(Class::Acled("Change to group/activity"));
    }
    if has(&cues::SECURITY_MEASURE) && armed_context(ctx, v) && !violent {
        return Some(Class::Acled("Other"));
    }
    // ACLED's agreements are between conflict actors: a truce, or an
    // agreement where armed actors are named (not a trade deal)
    // (not one only told of: "خط وقف إطلاق النار", "هدد بقطع الهدنة")
    let agreement = has(&cues::CEASEFIRE)
        || (has(&cues::AGREEMENT)
            && armed_context(ctx, v)
            && !has(&cues::ECONOMIC)
            && !has(&cues::AGREE_THAT));
    if agreement && !only_told_of() {
        return Some(Class::Acled("Agreement"));
    }
    // a house or farm structure pulled down by forces or an armed group:
    // ACLED's property destruction (the punitive and permit demolitions;
    // "جرافات الاحتلال" are the occupying army's)
    if has(&cues::DEMOLISH)
        && (armed_context(ctx, v) || v.text.contains("الاحتلال"))
        && !violent
        && !weapon
    {
        return Some(Class::Acled("Looting/property destruction"));
    }
    if has(&cues::LOOT) && has(&cues::UNKNOWN_ATTACKER) {
        return Some(Class::Acled("Looting/property destruction"));
    }
    if has(&cues::THREAT) {
        return Some(Class::Context("THREATEN"));
    }
    if has(&cues::VOTE) && v.text.contains("برلمان") {
        return Some(Class::Context("REQUEST"));
    }
    None
}

/// Inter codes of the actors named in view bytes `[a, b)`, in order.
fn actor_inters(ctx: &Ctx, v: &View, a: usize, b: usize) -> Vec<u8> {
    let Some(span) = v.span(ctx.doc, a, b) else {
        return Vec::new();
    };
    ctx.doc
        .entities
        .iter()
        .filter(|e| span.contains(&e.span))
        .filter_map(|e| e.actor.as_ref())
        // armed actors only: a ministry is a state actor but bears no arms
        .filter(|a| {
            (2..=4).contains(&a.inter)
                || (a.inter == 1
                    && ["Military", "Police", "Naval", "Air"]
                        .iter()
                        .any(|p| a.name.starts_with(p)))
        })
        .map(|a| a.inter)
        .collect()
}

/// The clause speaks of armed forces or groups (people, not facilities).
fn armed_context(ctx: &Ctx, v: &View) -> bool {
    v.is_match(&cues::STATE_FORCES)
        || v.is_match(&cues::UNKNOWN_ATTACKER)
        || v.is_match(&cues::ARMED_GROUP)
        || !actor_inters(ctx, v, 0, v.text.len()).is_empty()
}

/// Whose side a stretch of the clause names: `Some(true)` the state,
/// `Some(false)` a non-state group.
fn side_in(ctx: &Ctx, v: &View, a: usize, b: usize, last: bool) -> Option<bool> {
    let inters = actor_inters(ctx, v, a, b);
    let inter = if last { inters.last() } else { inters.first() };
    if let Some(i) = inter {
        return Some(*i == 1);
    }
    let words = cues::LITERALS.scan(v.text.get(a..b)?);
    let hit = |c: &cues::Cue| words.get(c.id) == Some(&2);
    if hit(&cues::ARMED_GROUP) || hit(&cues::UNKNOWN_ATTACKER) {
        Some(false)
    } else if hit(&cues::STATE_FORCES) {
        Some(true)
    } else {
        None
    }
}

/// Token windows of a view: the byte range of the `n` tokens that start
/// at or after byte `b`, and of the `n` tokens that end at or before it.
fn windows(v: &View, b: usize, n: usize) -> ((usize, usize), (usize, usize)) {
    let t = &v.text;
    let starts: Vec<usize> = std::iter::once(0)
        .chain(t.match_indices(' ').map(|(i, _)| i + 1))
        .collect();
    let next = starts.partition_point(|&s| s < b);
    let after_end = starts
        .get(next + n)
        .map_or(t.len(), |&s| s.saturating_sub(1));
    let after = (starts.get(next).copied().unwrap_or(t.len()), after_end);
    let before_start = next
        .checked_sub(n)
        .and_then(|k| starts.get(k))
        .copied()
        .unwrap_or(0);
    ((before_start, b.min(t.len())), after)
}

/// Territory changing hands: taken by force (by the government or by a
/// non-state group: the subject of the verb, after it (VSO) or before it
/// (SVO)), or handed over without fighting.
fn territory(ctx: &Ctx, v: &View, violent: bool) -> Option<Class> {
    let has = |c: &cues::Cue| v.is_match(c);
    // cheap literal cues first: the handover regex runs only where places
    // are named
    if !has(&cues::TERRAIN) {
        return None;
    }
    let seize = has(&cues::SEIZE);
    let regain = has(&cues::REGAIN);
    let handover = has(&cues::HANDOVER);
    if !(seize || regain || handover) || !armed_context(ctx, v) {
        return None;
    }
    let place = v
        .span(ctx.doc, 0, v.text.len())
        .is_some_and(|s| ctx.doc.places.iter().any(|p| s.contains(&p.span)));
    if !place {
        return None;
    }
    let fighting = has(&cues::CLASH) || violent;
    if has(&cues::NO_FIGHT) || (handover && !seize && !regain && !fighting) {
        return (!fighting).then_some(Class::Acled("Non-violent transfer of territory"));
    }
    let verb = [&cues::SEIZE, &cues::REGAIN]
        .iter()
        .filter_map(|c| v.find_all(c).first().copied())
        .min()?;
    // "the areas that it controls": a relative clause describes, it does not report
    let prev = v.text.get(..verb.0).and_then(|t| t.split(' ').next_back());
    if prev.is_some_and(|w| matches!(w, "التي" | "الذي" | "الذين" | "اللتين" | "اللذين"))
    {
        return None;
    }
    let (_, (a0, a1)) = windows(v, verb.1, 4);
    let ((b0, b1), _) = windows(v, verb.0, 5);
    let government = side_in(ctx, v, a0, a1, false)
        .or_else(|| side_in(ctx, v, b0, b1, true))
        .or_else(|| side_in(ctx, v, 0, verb.0, true))
        .unwrap_or(regain);
    Some(Class::Acled(if government {
        "Government regains territory"
    } else {
        "Non-state actor overtakes territory"
    }))
}

fn weapon_strike(v: &View) -> bool {
    v.is_match(&cues::AIR) || v.is_match(&cues::AIR_WEAK) || v.is_match(&cues::SHELL) || suicide(v)
}

/// A suicide bombing is told: a bomber's word, or "فجّر ... نفسه".
fn suicide(v: &View) -> bool {
    (v.is_match(&cues::SUICIDE) || v.is_match(&cues::SELF_DETONATE))
        && !v.is_match(&cues::NOT_SUICIDE)
        && !only_after_earlier(v, &cues::SUICIDE)
}

/// Whether every match of `cue` names the earlier event that this one came
/// "after": "شن سلاح الجو التركي أولى غاراته ... بعد أربعة أيام على هجوم
/// انتحاري" (the strike is the news, the bombing days before it is not).
fn only_after_earlier(v: &View, cue: &cues::Cue) -> bool {
    let hits = v.find_all(cue);
    !hits.is_empty()
        && hits.iter().all(|&(a, _)| {
            let before = v.words_before(a, 6);
            before.iter().position(|w| *w == "بعد").is_some_and(|i| {
                let rest = &before[i + 1..];
                rest.iter().any(|w| {
                    matches!(
                        *w,
                        "يوم"
                            | "يومين"
                            | "ايام"
                            | "ساعات"
                            | "ساعه"
                            | "ساعتين"
                            | "اسبوع"
                            | "اسبوعين"
                            | "اسابيع"
                            | "شهر"
                            | "شهرين"
                            | "اشهر"
                    )
                }) && rest.iter().any(|w| matches!(*w, "علي" | "من"))
            })
        })
}

fn read_mention(
    ctx: &Ctx,
    clause: Span,
    paragraph: usize,
    v: &View,
    (sentence, sv): &(Span, Rc<View>),
) -> Mention {
    let doc = ctx.doc;
    let sentence = *sentence;
    let mut class = classify(ctx, v);
    // habitual statements are not events; conditional/intended ones are not
    // either, unless the event is told before the hedge ("arrested him as he
    // was planning to use it")
    // an event denied as hearsay ("نفى مساعد وزير الداخلية ما تردد عن
    // إصابة مرسي بالتسمم"): the denial opens the clause
    let denied_rumour = v.is_match(&cues::RUMOUR)
        && v.words()
            .take(3)
            .any(|(_, w)| cues::DENY.is_match(w.strip_prefix(['و', 'ف']).unwrap_or(w)));
    let habit = cues::habit_start(v);
    if let Some(h) = habit.filter(|_| !matches!(class, Some(Class::Context(_)))) {
        class = if h == 0 {
            None
        } else {
            classify(ctx, &v.prefix(h))
        };
    }
    let hedge = v.is_match(&cues::IRREALIS);
    let first_hedge = if hedge {
        v.find_all(&cues::IRREALIS).first().copied()
    } else {
        None
    };
    // other events it is compared with are not told ("يعد الهجوم صغيرا
    // مقارنة بهجمات أخرى"): the clause is what comes before
    let compared = casualties::comparison_at(&v.text).filter(|b| *b > 0);
    let first_hedge = match (first_hedge, compared) {
        (Some(h), Some(c)) if c < h.0 => Some((c, c)),
        (None, Some(c)) => Some((c, c)),
        (h, _) => h,
    };
    if let Some((b, _)) = first_hedge {
        if !matches!(class, Some(Class::Context(_))) {
            class = classify(ctx, &v.prefix(b));
        }
    }
    if denied_rumour {
        class = None;
    }
    let quoted = ctx
        .quoted
        .get(clause.start..clause.end)
        .is_some_and(|q| q.iter().filter(|x| **x).count() * 2 > q.len());
    // dates: the clause's own, else the sentence's
    let times_in = |sp: Span| -> Vec<&TimeMention> {
        doc.times
            .iter()
            .filter(|t| sp.contains(&t.span) && !t.clock_only)
            .collect()
    };
    let mut ts = times_in(clause);
    if ts.is_empty() {
        ts = times_in(sentence);
    }
    // "توفي متأثرا بجراح أصيب بها برصاص الجيش في 13 أبريل": a death of
    // wounds is the wounding's, on its day
    if let Some(&(w, _)) = v.find_all(&cues::DIED_OF_WOUNDS).first() {
        if let Some(k) = ts
            .iter()
            .position(|t| v.range_of(doc, t.span).is_some_and(|(b, _)| b > w))
        {
            let t = ts.remove(k);
            ts.insert(0, t);
        }
    }
    // "دانت الخارجية، الجمعة، الغارة التي ...": the day is the condemnation's
    if let Some(reaction) = reaction_before_event(doc, v) {
        ts.retain(|t| !reaction.contains(&t.span));
    }
    // "أعلنت الداخلية، الأحد، القبض على ستة ... لصلتهم بهجوم ... السبت": the
    // day told with the speaker is the statement's when another day follows,
    // or a past week or month ("نفت القيادة، الجمعة، الاتهامات بقتل مدنيين في
    // غارة ... الشهر الفائت")
    let plain_day =
        |t: &TimeMention| t.grain == Grain::Day && t.value.is_some() && t.from.is_none();
    let then = |t: &TimeMention| {
        plain_day(t)
            || (matches!(t.grain, Grain::Week | Grain::Month) && {
                let text = rasd_text::norm_word(doc.slice(t.span));
                ["الماضي", "الماضيه", "الفائت", "الفايت", "المنصرم", "السابق"]
                    .iter()
                    .any(|w| text.contains(w))
            })
    };
    // "خلال صلاة الجمعة في شهر رمضان": a weekday told with a period is a
    // day of that period; when last week's is outside it, the period dates
    // the event
    let periods: Vec<(NaiveDate, NaiveDate)> = ts
        .iter()
        .filter(|t| t.grain >= Grain::Week)
        .filter_map(|t| {
            let f = parse_date(t.from.as_deref()?)?;
            let to = parse_date(t.to.as_deref()?)?;
            Some((f, to))
        })
        .collect();
    ts.retain(|t| {
        let weekday = plain_day(t) && t.relative && {
            let text = rasd_text::norm_word(doc.slice(t.span));
            !text.chars().any(|c| c.is_numeric()) && WEEKDAYS.iter().any(|w| text.contains(w))
        };
        let outside = |d: NaiveDate| periods.iter().any(|&(f, to)| d < f || d >= to);
        !(weekday && t.value.as_deref().and_then(parse_date).is_some_and(outside))
    });
    if ts.len() >= 2 && plain_day(ts[0]) && then(ts[1]) {
        // (the speaker may be named at length: "كشفت مصادر ميدانية في
        // اليمن، الاثنين، مقتل ... قبل يومين")
        let said = v.range_of(doc, ts[0].span).is_some_and(|(b, _)| {
            v.words_before(b, 6).iter().any(|w| {
                matches!(
                    w.strip_prefix('و').unwrap_or(w),
                    "قال"
                        | "قالت"
                        | "اعلن"
                        | "اعلنت"
                        | "افاد"
                        | "افادت"
                        | "ذكر"
                        | "ذكرت"
                        | "اكد"
                        | "اكدت"
                        | "نفى"
                        | "نفي"
                        | "نفت"
                        | "كشف"
                        | "كشفت"
                        | "اوضح"
                        | "اوضحت"
                        | "صرح"
                        | "صرحت"
                )
            })
        });
        if said {
            ts.remove(0);
        }
    }
    let date = ts.iter().find_map(|t| {
        let v = t.value.as_deref().or(t.from.as_deref())?;
        Some((parse_date(v)?, t.grain))
    });
    // (the day named outright, not counted back: "قبل أسبوعين", "الأسبوع
    // الماضي")
    let date_named = ts.first().is_some_and(|t| {
        t.grain == Grain::Day
            && !["قبل", "منذ", "الماضي", "الماضية", "السابق", "الفائت"]
                .iter()
                .any(|w| doc.slice(t.span).contains(w))
    });
    let clock = doc
        .times
        .iter()
        .find(|t| sentence.contains(&t.span) && t.clock_only)
        .and_then(|t| t.value.as_deref())
        .and_then(|v| v.get(11..16))
        .map(str::to_string);
    // role
    let recall = match reported_content(v) {
        // (what was reported earlier is news when it tells a day or the dead)
        Some(b) => {
            cues::recalls_text(v.text.get(b..).unwrap_or(""))
                || (ts.is_empty() && !v.is_match(&cues::KILL))
        }
        None => cues::recalls_unless(sv, ongoing_since) || starts_with_kana(v),
    };
    let same_day = doc
        .times
        .iter()
        .filter(|t| sentence.contains(&t.span) && !t.clock_only)
        .any(|t| {
            t.grain <= Grain::Day
                && t.value.as_deref().and_then(parse_date).is_some()
                && t.value.as_deref().and_then(parse_date) == ctx.published
        });
    // a report may come days after the event; older than a week is history,
    // unless the article opens by announcing a death of the last month ("قالت
    // وزارة الدفاع إن القيادي ... قتل في ضربة جوية ... في الثامن من يوليو")
    let announced = doc.sentences.first().is_some_and(|s| s.span == sentence)
        && v.is_match(&cues::SAY)
        && v.is_match(&cues::KILL)
        && date_named;
    let far = match (date, ctx.published) {
        (Some((d, g)), Some(p)) if announced => far_from(d, g, p, 31, 31),
        (Some((d, g)), Some(p)) => far_from(d, g, p, 10, 7),
        _ => false,
    };
    // "في ظل قيام الطائرات التركية بشن غارات": the circumstances, not the news
    let amid = v.text.starts_with("في ظل ");
    // a toll over a whole month or year ("1332 عراقيا لقوا مصرعهم ... خلال
    // يوليو الماضي"): a tally, not one event (not the period a superlative
    // ranges over: "ويعد الأسوأ من نوعه خلال العام الجاري")
    let over_period = !ts.is_empty()
        && ts.iter().all(|t| t.grain >= Grain::Month)
        && v.words().any(|(_, x)| matches!(x, "خلال" | "طوال" | "طيله"))
        && !v.words().any(|(_, x)| {
            matches!(
                x.strip_prefix('و').unwrap_or(x),
                "الاسوا" | "الاعنف" | "الاكبر" | "الاكثر" | "الادمى" | "الاشد"
            )
        });
    let casualties = casualties::read_view(doc, clause, v);
    let recent_tally = v.is_match(&cues::RECENTLY)
        && (casualties.killed.is_some_and(|k| k > 0) || casualties.injured.is_some_and(|k| k > 0));
    let background = over_period
        || recent_tally
        || far
        || amid
        || (recall && !same_day)
        || commemorates(v)
        || v.is_match(&cues::SINCE_YEARS)
        || v.is_match(&cues::AGGREGATE)
        || v.is_match(&cues::LONG_SPAN)
        || (class == Some(Class::Acled(PROVISIONAL)) && v.is_match(&cues::DOCUMENTED))
        || matches!(class, Some(Class::Context(_)));
    let role = if background {
        Role::Background
    } else {
        Role::Primary
    };
    let place = pick_place(ctx, clause, v);
    let refers_back = v.is_match(&cues::REFER_BACK);
    // the lead sentence of a report, told with a verb of armed action (not
    // a threat, a denial or an accusation of it), is today's news even
    // without a finer place ("شنت قواته غارات جوية على جماعات مسلحة في شرق
    // البلاد")
    let lead = doc.sentences.first().is_some_and(|s| s.span == sentence)
        && v.is_match(&cues::ACTION)
        && !v.is_match(&cues::THREAT)
        && !v.is_match(&cues::DENY)
        && !v.is_match(&cues::ACCUSE);
    // an event is told with something of its own: a place finer than a
    // country, a date or time, casualties, or a reference to the event
    // already told; a trigger word alone is talk ("مزاج الطيران",
    // "المعركة الانتخابية"), and so is an armed group named with it in an
    // analysis ("جاءت المعارك الأخيرة مع داعش لتزيد الأمور سوءاً")
    let eventive = place.as_ref().is_some_and(|p| specificity(p) >= 1)
        || lead
        || date.is_some()
        || clock.is_some()
        || casualties != Casualties::default()
        || refers_back
        || doc.numbers.iter().any(|n| clause.contains(&n.span))
        || v.is_match(&cues::CIVILIAN);
    if matches!(class, Some(Class::Acled(_))) && !eventive {
        class = None;
    }
    Mention {
        span: clause,
        paragraph,
        class,
        role,
        quoted,
        place,
        date,
        clock,
        casualties,
        refers_back,
        separate: v.is_match(&cues::SEPARATE),
        elsewhere: v.is_match(&cues::ELSEWHERE),
        another: v.is_match(&cues::ANOTHER),
        hits_forces: v.is_match(&cues::FORCES) && !v.is_match(&cues::CIVILIAN),
        speaks_of_dead: v.is_match(&cues::KILL),
        embassy: v.text.contains("سفاره") || v.text.contains("قنصليه"),
        headline: is_headline(doc, sentence),
        propaganda: propaganda(doc, sentence, v),
    }
}

/// Whether the clause tells what the Islamic State's outlet said, in its
/// own sentence or as "وأضافت" right after it.
fn propaganda(doc: &Document, sentence: Span, v: &View) -> bool {
    const OUTLET: &str = "اعماق";
    if v.text.contains(OUTLET) {
        return true;
    }
    let goes_on = v.words().next().is_some_and(|(_, w)| {
        matches!(
            w,
            "واضافت" | "واضاف" | "وتابعت" | "وتابع" | "واشارت" | "واوضحت"
        )
    });
    goes_on && {
        let k = doc
            .sentences
            .partition_point(|s| s.span.start < sentence.start);
        k > 0
            && doc
                .sentences
                .get(k - 1)
                .is_some_and(|p| View::new(doc, p.span).text.contains(OUTLET))
    }
}

/// Whether `sentence` is the headline: the first line, one sentence with
/// no full stop, and more lines below it.
fn is_headline(doc: &Document, sentence: Span) -> bool {
    let (Some(first), Some(second)) = (doc.sentences.first(), doc.sentences.get(1)) else {
        return false;
    };
    first.span == sentence
        && second.paragraph != first.paragraph
        && !doc.slice(first.span).trim_end().ends_with(['.', '。'])
}

/// "وكان انفجار ..." at the start of a clause: pluperfect narration; and
/// "1951 - اغتيال ..." lines of a timeline.
fn starts_with_kana(v: &View) -> bool {
    let mut words = v.text.split(' ');
    let first = words.next().unwrap_or("");
    let timeline = first.len() == 4
        && first.bytes().all(|b| b.is_ascii_digit())
        && matches!(words.next(), Some("-" | "–" | ":"));
    timeline || matches!(first, "وكان" | "وكانت" | "كان" | "كانت")
}

/// The text from a condemnation verb to the attack it condemns ("دانت
/// وزارة الخارجية، الجمعة، الغارة"), whose dates are the reaction's.
fn reaction_before_event(doc: &Document, v: &View) -> Option<Span> {
    const REACT: &[&str] = &[
        "دانت",
        "ادانت",
        "دان",
        "ادان",
        "وادانت",
        "وادان",
        "نددت",
        "ندد",
        "استنكرت",
        "استنكر",
        "شجبت",
        "شجب",
    ];
    const ATTACK: &[&str] = &[
        "الهجوم",
        "الهجمات",
        "الغاره",
        "الغارات",
        "الضربه",
        "الضربات",
        "التفجير",
        "التفجيرات",
        "القصف",
        "الاعتداء",
        "الانفجار",
        "بالهجوم",
        "بالغاره",
        "بالتفجير",
        "بالقصف",
        "هجوما",
        "هجمات",
        "غاره",
        "غارات",
        "ضربه",
        "تفجيرا",
        "تفجيرين",
        "قصفا",
        "انفجارا",
        "اعتداء",
    ];
    let mut react: Option<(usize, usize)> = None; // (byte, words since)
    for (s, w) in v.words() {
        let e = s + w.len();
        match react {
            None if REACT.contains(&w) => react = Some((s, 0)),
            Some((r, n)) => {
                if ATTACK.contains(&w) {
                    return v.span(doc, r, e);
                }
                // the attack is the verb's object, a few words on
                if n >= 8 {
                    return None;
                }
                react = Some((r, n + 1));
            }
            None => {}
        }
    }
    None
}

/// "وكانت وسائل إعلام ذكرت في وقت سابق أن المقاتلات ...": the pluperfect
/// and the "earlier" belong to the report, not to what it reports. The view
/// byte where the reported content starts (after "أن", or at "بمقتل",
/// "بسقوط"...), when the clause opens with a form of كان and a say-verb
/// follows within a few words.
fn reported_content(v: &View) -> Option<usize> {
    let words: Vec<(usize, &str)> = v.words().filter(|(_, w)| !w.is_empty()).collect();
    let first = words.first()?.1;
    if !matches!(
        first,
        "وكان" | "وكانت" | "وكانوا" | "كان" | "كانت" | "كانوا"
    ) {
        return None;
    }
    let say = words.iter().take(9).position(|(_, w)| {
        matches!(
            *w,
            "ذكرت"
                | "ذكر"
                | "قالت"
                | "قال"
                | "افادت"
                | "افاد"
                | "اعلنت"
                | "اعلن"
                | "نقلت"
                | "نقل"
                | "اكدت"
                | "اكد"
                | "اشارت"
                | "اشار"
                | "اوردت"
                | "اورد"
        )
    })?;
    words.iter().skip(say + 1).take(5).find_map(|&(s, w)| {
        if matches!(w, "ان" | "بان" | "انه" | "انها" | "انهم" | "عن") {
            Some(s + w.len())
        } else if matches!(
            w,
            "بمقتل"
                | "بمصرع"
                | "بسقوط"
                | "بوقوع"
                | "بانفجار"
                | "باستهداف"
                | "بشن"
                | "باصابه"
        ) {
            Some(s)
        } else {
            None
        }
    })
}

/// A place told as where something is: after "في", "داخل", "قرب" or a
/// compass direction, or written with the preposition ب.
fn locative(v: &View, doc: &Document, p: &PlaceMention) -> bool {
    // the clitic ب ("بسوريا"), not a name's own first letter ("بريطانيا")
    if p.text.starts_with('ب')
        && p.name_ar
            .as_deref()
            .is_some_and(|n| !n.starts_with('ب') && !n.starts_with("ال"))
    {
        return true;
    }
    let Some((s, _)) = v.range_of(doc, p.span) else {
        return false;
    };
    v.words_before(s, 1).first().is_some_and(|&w| {
        matches!(
            w,
            "في" | "داخل"
                | "قرب"
                | "شمال"
                | "جنوب"
                | "شرق"
                | "غرب"
                | "شمالي"
                | "جنوبي"
                | "شرقي"
                | "غربي"
                | "وسط"
                | "اراضي"
                | "الاراضي"
        )
    })
}

/// The place of a clause: the most specific place that is not a launch
/// origin ("من داخل الأراضي اليمنية") nor part of an organisation name.
fn pick_place(ctx: &Ctx, clause: Span, v: &View) -> Option<PlaceMention> {
    let doc = ctx.doc;
    // launch sites are skipped only where something is launched ("شبان من
    // بلدة بيت أمر" were arrested there)
    let launched = [
        "اطلق",
        "انطلق",
        "صاروخ",
        "صواريخ",
        "قذيف",
        "قذايف",
        "مسير",
        "طاير",
        "بالستي",
    ]
    .iter()
    .any(|w| v.text.contains(w));
    let mut best: Option<(&PlaceMention, bool)> = None;
    for p in doc.places.iter().filter(|p| clause.contains(&p.span)) {
        if p.span.start < ctx.dateline_end {
            continue;
        }
        // (inside a longer name: an organisation's, or a person's after a
        // first name — "بروين بولدان" is an MP, not Buldan in Turkey; a
        // place a person's name follows is the tagger's slip: "حاكم ولاية
        // فارياب محمد طاهر رحماني")
        if doc.entities.iter().any(|e: &EntityMention| {
            let inside = e.span.contains(&p.span) && e.span != p.span;
            match e.kind {
                rasd_core::EntityKind::ORG => inside,
                rasd_core::EntityKind::PER => inside && e.span.start < p.span.start,
                _ => false,
            }
        }) {
            continue;
        }
        // launch origin: "من" / "من داخل" / "انطلاقا من" right before the
        // place; a person's home ("من قاطني حي الوراق بالجيزة") is not where
        // the event happened either
        if let Some((s, _)) = v.range_of(doc, p.span) {
            let home = v.words_before(s, 4).into_iter().any(|w| {
                matches!(
                    w,
                    "قاطني"
                        | "القاطنين"
                        | "القاطن"
                        | "المقيم"
                        | "المقيمين"
                        | "يقيم"
                        | "تقيم"
                        | "يقطن"
                        | "تقطن"
                        | "ينحدر"
                        | "تنحدر"
                        | "المنحدر"
                        | "مواليد"
                )
            });
            if home {
                continue;
            }
            // (the three words before, in text order)
            let tail = v.words_before(s, 3);
            let last = tail.last().copied().unwrap_or("");
            let last2 = tail.join(" ");
            // ("من مدينة صعدة": a head noun between; not "بالقرب من")
            let near = |w: &str| {
                matches!(
                    w.strip_prefix('و').unwrap_or(w),
                    "قرب"
                        | "بالقرب"
                        | "القريب"
                        | "القريبه"
                        | "مقربه"
                        | "بمقربه"
                        | "بعيدا"
                        | "مسافه"
                )
            };
            let from_head = tail.len() >= 2
                && tail[tail.len() - 2] == "من"
                && matches!(
                    last,
                    "مدينه"
                        | "بلده"
                        | "محافظه"
                        | "منطقه"
                        | "مديريه"
                        | "قريه"
                        | "مخيم"
                        | "ولايه"
                        // the base the aircraft took off from ("أتت من قاعدة
                        // حميميم")
                        | "قاعده"
                        | "مطار"
                )
                && !(tail.len() >= 3 && near(tail[tail.len() - 3]));
            // a backer, not a place: "الموالية لإيران", "المدعومين من إيران"
            let backer = tail.iter().any(|w| {
                matches!(
                    *w,
                    "الموالي"
                        | "المواليه"
                        | "الموالين"
                        | "الموالون"
                        | "مواليه"
                        | "المدعوم"
                        | "المدعومه"
                        | "المدعومين"
                        | "المدعومون"
                        | "مدعومه"
                        | "مدعومين"
                )
            });
            // where someone spoke, not where it happened: "وقال أمام
            // الصحافيين في أنقرة", "في مؤتمر صحافي في بغداد"
            let spoke = last == "في"
                && tail.iter().any(|w| {
                    matches!(
                        *w,
                        "الصحافيين"
                            | "الصحفيين"
                            | "للصحافيين"
                            | "للصحفيين"
                            | "صحفي"
                            | "صحافي"
                            | "الصحفي"
                            | "الصحافي"
                            | "صحفيه"
                            | "صحافيه"
                            | "الصحفيه"
                            | "الصحافيه"
                    )
                });
            // where the wounded were taken, not where they were hit: "تم
            // إجلاؤهم إلى العاصمة جوبا لتلقي العلاج", "نقلوا إلى مستشفيات بغداد"
            let taken = tail.iter().any(|w| matches!(*w, "الي" | "الى"))
                && tail.iter().any(|w| {
                    let w = w.strip_prefix('و').unwrap_or(w);
                    ["اجلا", "نقل", "اسعاف", "تحويل", "نقلو"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
            // a capital that speaks or acts is its government: "ورفضت أنقرة
            // لعب دور", "وأعلنت موسكو", "حيث تشن أنقرة عملية عسكرية"
            let metonym = tail.last().is_some_and(|w| {
                matches!(
                    w.strip_prefix('و').unwrap_or(w),
                    "قالت"
                        | "اعلنت"
                        | "رفضت"
                        | "اكدت"
                        | "نفت"
                        | "اتهمت"
                        | "طالبت"
                        | "دعت"
                        | "حذرت"
                        | "ردت"
                        | "اعتبرت"
                        | "هددت"
                        | "ادانت"
                        | "نددت"
                        | "رحبت"
                        | "وافقت"
                        | "سمحت"
                        | "قررت"
                        | "اشارت"
                        | "ذكرت"
                        | "اوضحت"
                        | "افادت"
                        | "تشن"
                        | "شنت"
                        | "تخوض"
                        | "خاضت"
                        | "تقود"
                        | "قادت"
                        | "ارسلت"
                        | "ترسل"
                        | "نسبته"
                        | "نسبتها"
                        | "نسبت"
                        | "حملت"
                )
            });
            // a town across the border from the site: "في المنطقة الحدودية في
            // سورية المقابلة لمدينة كيليس" (not "قبالة سواحل صفاقس": off its
            // coast is there)
            let facing = tail
                .iter()
                .any(|w| matches!(*w, "المقابله" | "المقابل" | "مقابل" | "مقابله"));
            if backer
                || taken
                || spoke
                || metonym
                || facing
                || across_border(doc, p)
                || (launched
                    && ((last == "من" && !(tail.len() >= 2 && near(tail[tail.len() - 2])))
                        || from_head
                        || last2.contains("من داخل")
                        || last2.contains("من فوق")
                        || last2.contains("من اجواء")
                        || last2.contains("من الاجواء")
                        || last2.contains("انطلاقا من")))
                || last2.contains("من قبل")
            {
                continue;
            }
        }
        // the landmark of another place's side: "في محافظة صلاح الدين شمالي
        // العاصمة بغداد" is in Salah al-Din, not Baghdad
        // (the side word may open the landmark's mention)
        // (the tokens' own norms, commas left out)
        let norm_words = |sp: Span| -> Vec<&str> {
            let first = doc.tokens.partition_point(|t| t.span.start < sp.start);
            doc.tokens[first..]
                .iter()
                .take_while(|t| t.span.end <= sp.end)
                .filter(|t| !matches!(t.norm.as_str(), "،" | ","))
                .map(|t| t.norm.as_str())
                .collect()
        };
        let landmark = doc.places.iter().any(|q| {
            clause.contains(&q.span) && q.span.end <= p.span.start && {
                let gap = norm_words(Span::new(q.span.end, p.span.start));
                let own = norm_words(p.span);
                let side = |w: Option<&&str>| {
                    w.is_some_and(|w| {
                        matches!(
                            *w,
                            "شمالي"
                                | "جنوبي"
                                | "شرقي"
                                | "غربي"
                                | "شمال"
                                | "جنوب"
                                | "شرق"
                                | "غرب"
                        )
                    })
                };
                let head = |w: &&str| matches!(*w, "العاصمه" | "مدينه" | "محافظه" | "بلده");
                match gap.split_first() {
                    None => side(own.first()),
                    Some((first, rest)) => {
                        side(Some(first)) && rest.len() <= 1 && rest.iter().all(head)
                    }
                }
            }
        });
        if landmark {
            continue;
        }
        // between two countries, the one the event is "in" ("شنت روسيا غارات
        // في جنوب غرب سوريا"), not its actor's
        let loc = locative(v, doc, p);
        best = match best {
            Some((b, bl)) if specificity(b) > specificity(p) => Some((b, bl)),
            Some((b, bl))
                if specificity(b) == specificity(p) && (bl || !loc || specificity(p) > 0) =>
            {
                Some((b, bl))
            }
            _ => Some((p, loc)),
        };
    }
    best.map(|(b, _)| b.clone())
}

/// A working event under construction.
struct Draft {
    class: Class,
    role: Role,
    mentions: Vec<usize>,
    place: Option<PlaceMention>,
    date: Option<(NaiveDate, Grain)>,
    clock: Option<String>,
    killed: Option<u32>,
    killed_update: bool,
    injured: Option<u32>,
    /// The date is the story's news day, not told of this event itself.
    date_inferred: bool,
    /// The place was taken from the headline, which often names only the
    /// city of a village that the lead gives.
    place_from_headline: bool,
}

impl Draft {
    fn new(class: Class, role: Role) -> Self {
        Draft {
            class,
            role,
            mentions: Vec::new(),
            place: None,
            date: None,
            clock: None,
            killed: None,
            killed_update: false,
            injured: None,
            date_inferred: false,
            place_from_headline: false,
        }
    }

    /// Mention `m` can be this event: the same role, a compatible place
    /// and a date within a day (when both are known).
    fn fits(&self, m: &Mention) -> bool {
        self.role == m.role
            && self
                .place
                .as_ref()
                .zip(m.place.as_ref())
                .is_none_or(|(a, b)| places_compatible(a, b))
            && self.date.zip(m.date).is_none_or(|(a, b)| {
                let days = (a.0 - b.0).num_days().abs();
                // (a day apart is one event told late, unless each day has
                // its own dead: "قتل فلسطيني ... الاثنين ... والأحد، قتل
                // ثلاثة ناشطين")
                let own_dead = a.1 == Grain::Day
                    && b.1 == Grain::Day
                    && self.killed.is_some()
                    && m.casualties.killed.is_some()
                    && !m.casualties.killed_is_update;
                days == 0 || (days == 1 && !own_dead)
            })
    }

    /// Take in mention `i`: its place when more specific, its date when the
    /// event has none yet, and its casualties.
    fn absorb(&mut self, i: usize, m: &Mention) {
        self.mentions.push(i);
        if let Some(p) = &m.place {
            if self.place.as_ref().is_none_or(|q| {
                specificity(p) > specificity(q)
                    || (self.place_from_headline && self.mentions.len() == 2 && finer_within(p, q))
            }) {
                self.place = Some(p.clone());
                self.place_from_headline = m.headline;
            }
        }
        if self.date.is_none() {
            self.date = m.date;
        }
        if m.propaganda && (self.killed.is_some() || self.injured.is_some()) {
            return;
        }
        self.add_casualties(m.casualties);
    }

    /// Casualties of one more mention: a toll update replaces the figure,
    /// otherwise the largest total stated for the event stands.
    fn add_casualties(&mut self, c: Casualties) {
        if c.killed_is_update {
            self.killed = c.killed;
            self.killed_update = true;
        } else if let Some(k) = c.killed {
            if !self.killed_update {
                self.killed = Some(self.killed.map_or(k, |x| x.max(k)));
            }
        }
        if let Some(k) = c.injured {
            self.injured = Some(self.injured.map_or(k, |x| x.max(k)));
        }
    }
}

fn family(c: Class) -> Option<&'static str> {
    c.event_type()
}

fn build_events(ctx: &Ctx, ms: &[Mention]) -> Vec<Event> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut last_primary: Option<usize> = None;
    // drafts before this index were told before the last "على صعيد آخر"
    let mut story_start = 0;
    for (i, m) in ms.iter().enumerate() {
        if m.separate {
            last_primary = None;
        }
        if m.elsewhere {
            story_start = drafts.len();
        }
        let same_site = |d: &Draft| {
            d.place
                .as_ref()
                .zip(m.place.as_ref())
                .is_some_and(|(a, b)| a.gazetteer_id.is_some() && a.gazetteer_id == b.gazetteer_id)
        };
        // a typed clause with neither a place nor casualties of its own only
        // adds to the event already being told ("gunfire was heard after the attack")
        let same_family = last_primary
            .and_then(|j| drafts.get(j))
            .zip(m.class)
            .is_some_and(|(d, c)| family(d.class) == family(c) || c == Class::Acled("Attack"));
        let weak = m.role == Role::Primary
            && same_family
            && m.place.as_ref().is_none_or(|p| specificity(p) == 0)
            && m.casualties == Casualties::default()
            && m.date.is_none();
        if m.class == Some(Class::Acled(PROVISIONAL)) {
            continue;
        }
        let target = match m.class {
            Some(c) => {
                let found = drafts.iter().enumerate().position(|(j, d)| {
                    family(d.class) == family(c)
                        && (family(c).is_some() || d.class == c)
                        && d.fits(m)
                        && ((j >= story_start && !m.another) || same_site(d))
                });
                match found {
                    Some(j) => Some(j),
                    None if weak => last_primary,
                    None if m.quoted => {
                        // quoted speech refines the previous event of the family only
                        None
                    }
                    None => {
                        drafts.push(Draft::new(c, m.role));
                        Some(drafts.len() - 1)
                    }
                }
            }
            // untyped clauses enrich the last primary event in reach
            None if m.role == Role::Primary => last_primary.filter(|&j| {
                let d: &Draft = &drafts[j];
                d.place
                    .as_ref()
                    .zip(m.place.as_ref())
                    .is_none_or(|(a, b)| places_compatible(a, b))
                    && (m.casualties != Casualties::default()
                        || m.paragraph == ms[d.mentions[0]].paragraph
                        || m.refers_back)
            }),
            None => None,
        };
        let Some(j) = target else { continue };
        let d = &mut drafts[j];
        if let Some(c) = m.class {
            if let (Class::Acled(a), Class::Acled(b)) = (d.class, c) {
                if priority(b) > priority(a) && family(d.class) == family(c) {
                    d.class = c;
                }
            }
        }
        d.absorb(i, m);
        if d.clock.is_none() {
            d.clock = m.clock.clone();
        }
        if d.role == Role::Primary {
            last_primary = Some(j);
        }
    }
    // provisional attacks join a compatible primary event, else stand alone
    for (i, m) in ms.iter().enumerate() {
        if m.class != Some(Class::Acled(PROVISIONAL)) {
            continue;
        }
        // (not an agreement: "اقتحمت مجموعة مسلحة مقر المؤسسة" is no part
        // of the truce told after it)
        let found = drafts.iter().position(|d| {
            family(d.class).is_some() && d.class != Class::Acled("Agreement") && d.fits(m)
        });
        let j = match found {
            Some(j) => j,
            None if m.quoted => continue,
            None => {
                // an attack on soldiers or police, not on civilians, is a battle
                let class = if m.hits_forces {
                    "Armed clash"
                } else {
                    "Attack"
                };
                drafts.push(Draft::new(Class::Acled(class), m.role));
                drafts.len() - 1
            }
        };
        let d = &mut drafts[j];
        d.absorb(i, m);
        d.mentions.sort_unstable();
    }
    // a launched missile that was intercepted is one event: fold attack
    // drafts without casualties into the interception
    if let Some(k) = drafts
        .iter()
        .position(|d| d.role == Role::Primary && d.class == Class::Acled("Disrupted weapons use"))
    {
        let foldable = |d: &Draft| {
            d.role == Role::Primary
                && matches!(
                    d.class,
                    Class::Acled("Shelling/artillery/missile attack")
                        | Class::Acled("Air/drone strike")
                )
                && d.killed.unwrap_or(0) == 0
        };
        let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
        let mut folded: Vec<Draft> = Vec::new();
        let mut target = 0;
        for (j, d) in drafts.into_iter().enumerate() {
            if j != k && foldable(&d) {
                folded.push(d);
            } else {
                if j == k {
                    target = kept.len();
                }
                kept.push(d);
            }
        }
        if let Some(t) = kept.get_mut(target) {
            for d in folded {
                t.mentions.extend(d.mentions);
                if t.place.is_none() {
                    t.place = d.place;
                }
                if t.date.is_none() {
                    t.date = d.date;
                }
                if t.clock.is_none() {
                    t.clock = d.clock;
                }
                if t.killed.is_none() {
                    t.killed = d.killed;
                }
                if t.injured.is_none() {
                    t.injured = d.injured;
                }
            }
            t.mentions.sort_unstable();
        }
        drafts = kept;
    }
    news_day(ctx, ms, &mut drafts);
    drafts
        .into_iter()
        .filter(|d| d.mentions.iter().any(|&i| !ms[i].quoted) || d.mentions.len() > 1)
        .map(|d| to_event(ctx, ms, d))
        .collect()
}

/// Undated primary events of the lead story happened on its news day: the
/// date of the first dated primary event (within two days of publication),
/// not the publication date ("the ministry said yesterday ... and also
/// ..."). A "separately" marker ends the lead story.
fn news_day(ctx: &Ctx, ms: &[Mention], drafts: &mut [Draft]) {
    let story_end = ms.iter().position(|m| m.separate).unwrap_or(ms.len());
    let first = |d: &Draft| d.mentions.iter().min().copied().unwrap_or(usize::MAX);
    let lead = drafts
        .iter()
        .filter(|d| d.role == Role::Primary && first(d) < story_end)
        .filter_map(|d| {
            let (dt, g) = d.date?;
            let near = ctx.published.is_none_or(|p| (dt - p).num_days().abs() <= 2);
            (g <= Grain::Day && near).then_some((first(d), dt, g))
        })
        .min_by_key(|x| x.0);
    let Some((_, dt, g)) = lead else { return };
    for d in drafts.iter_mut() {
        if d.role == Role::Primary && d.date.is_none() && first(d) < story_end {
            d.date = Some((dt, g));
            d.date_inferred = true;
        }
    }
}

fn to_event(ctx: &Ctx, ms: &[Mention], d: Draft) -> Event {
    let mut e = Event::empty(d.role);
    match d.class {
        Class::Acled(sub) => {
            if let Some((t, dis)) = acled_parent(sub) {
                e.event_type = Some(t.to_string());
                e.disorder_type = Some(dis.to_string());
            }
            e.sub_event_type = Some(sub.to_string());
        }
        Class::Context(_) => {}
    }
    e.plover = Some(plover(d.class));
    let (date, precision) = match (d.date, ctx.published) {
        (Some((dt, _)), _) if d.date_inferred => (Some(dt), 2),
        (Some((dt, g)), _) => (Some(dt), precision_of(g)),
        (None, Some(p)) if d.role == Role::Primary => (Some(p), 2),
        _ => (None, 3),
    };
    match d.date {
        Some((_, g)) if g > Grain::Day => {
            // coarse: no made-up day
            e.event_date = None;
        }
        _ => e.event_date = date.map(|x| x.format("%Y-%m-%d").to_string()),
    }
    e.time_precision = Some(precision);
    e.time = d.clock.clone();
    let country = d
        .place
        .as_ref()
        .and_then(|p| p.country.clone())
        .or_else(|| ctx.country.clone());
    let embassy = || d.mentions.iter().any(|&i| ms[i].embassy);
    e.location = d.place.as_ref().map(location_of).or_else(|| {
        let c = country.as_ref()?;
        // an embassy with no other place named: the host country's capital
        Some(
            embassy()
                .then(|| capital_of(c))
                .flatten()
                .unwrap_or_else(|| Location {
                    country: Some(c.clone()),
                    geo_precision: Some(3),
                    ..Default::default()
                }),
        )
    });
    e.injuries = d.injured;
    e.evidence = d.mentions.iter().map(|&i| ms[i].span).collect();
    // a report that counts the injured and speaks of no dead says nobody
    // was killed (ACLED records 0, not "unknown")
    let speaks_of_dead = || d.mentions.iter().any(|&i| ms[i].speaks_of_dead);
    e.fatalities = match (d.killed, d.injured) {
        (Some(k), _) => Some(k),
        (None, Some(i)) if i > 0 && !speaks_of_dead() => Some(0),
        _ => None,
    };
    // agreements, arrests, bases, group changes and handovers kill nobody:
    // a toll told beside them is the war's or the crime's (0, as ACLED
    // records them; still null when the article counts nobody at all)
    if matches!(
        e.sub_event_type.as_deref(),
        Some(
            "Agreement"
                | "Arrests"
                | "Headquarters or base established"
                | "Change to group/activity"
                | "Non-violent transfer of territory"
        )
    ) {
        e.fatalities = e.fatalities.map(|_| 0);
        e.injuries = e.injuries.map(|_| 0);
    }
    let spans: Vec<Span> = e.evidence.clone();
    crate::args::fill(
        ctx.doc,
        &mut e,
        &spans,
        country.as_deref(),
        &ctx.responsibility_sentences,
    );
    if e.role == Role::Background {
        // context events carry no sourcing of today's news
        e.claims.clear();
        e.responsibility = Default::default();
    }
    e.confidence = confidence(&e, d.mentions.len());
    e
}

fn precision_of(g: Grain) -> u8 {
    match g {
        Grain::Second | Grain::Minute | Grain::Hour | Grain::Day => 1,
        Grain::Week => 2,
        _ => 3,
    }
}

/// The curated country facts (capitals, demonyms), read once.
pub(crate) static COUNTRY_FACTS: once_cell::sync::Lazy<Vec<rasd_geo::facts::Country>> =
    once_cell::sync::Lazy::new(rasd_geo::facts::countries);

/// The capital of a country as an event location (precision 2: inferred,
/// not named in the article).
fn capital_of(cc: &str) -> Option<Location> {
    let c = COUNTRY_FACTS.iter().find(|c| c.cc == cc)?;
    Some(Location {
        name: Some(c.capital.to_string()),
        name_ar: Some(c.capital_ar.to_string()),
        country: Some(c.cc.to_string()),
        admin1: Some(c.capital_admin1.to_string()),
        lat: Some(c.capital_lat),
        lon: Some(c.capital_lon),
        geo_precision: Some(2),
        ..Default::default()
    })
}

fn location_of(p: &PlaceMention) -> Location {
    Location {
        name: Some(p.name.clone()),
        name_ar: p.name_ar.clone().or_else(|| Some(p.text.clone())),
        country: p.country.clone(),
        admin1: p.admin1.clone(),
        admin2: p.admin2.clone(),
        admin3: p.admin3.clone(),
        lat: p.lat,
        lon: p.lon,
        geo_precision: Some(p.geo_precision),
        gazetteer_id: p.gazetteer_id.clone(),
        span: Some(p.span),
        anchor: p.anchor.clone(),
    }
}

fn confidence(e: &Event, n: usize) -> f32 {
    let mut c: f32 = 0.4;
    if e.location.as_ref().is_some_and(|l| l.lat.is_some()) {
        c += 0.2;
    }
    if e.time_precision == Some(1) {
        c += 0.1;
    }
    if e.actor1.is_some() {
        c += 0.1;
    }
    c += 0.05 * (n.min(4) as f32);
    c.min(0.95)
}

/// In a report of one striker's air strikes, a strike told without its
/// striker is that striker's ("قال الجيش الأمريكي إن القوات التي تقودها
/// الولايات المتحدة شنت 16 غارة في العراق ... وأضاف البيان أن الغارات
/// الجوية التي جرت في سوريا تركزت حول الحسكة"). A national force is
/// external (inter 8) wherever it strikes outside its own country.
fn strikes_of_one_striker(events: &mut [Event]) {
    let air = |e: &Event| {
        e.role == Role::Primary && e.sub_event_type.as_deref() == Some("Air/drone strike")
    };
    let mut strikers = events
        .iter()
        .filter(|e| air(e))
        .filter_map(|e| e.actor1.as_ref());
    let Some(first) = strikers.next() else {
        return;
    };
    if strikers.any(|a| a.name != first.name) {
        return;
    }
    let striker = rasd_core::Actor {
        span: None,
        ..first.clone()
    };
    for e in events.iter_mut().filter(|e| air(e) && e.actor1.is_none()) {
        let mut a = striker.clone();
        if let Some(home) = rasd_entities::actors::force_country(&a.name) {
            let here = e.location.as_ref().and_then(|l| l.country.as_deref());
            a.inter = match here {
                Some(c) if c != home => 8,
                Some(_) => 1,
                None => a.inter,
            };
        }
        if e.actor2.as_ref().is_some_and(|b| b.name == a.name) {
            continue;
        }
        e.actor1 = Some(a);
    }
}

fn finish(ctx: &Ctx, e: &mut Event) {
    // every national force carries the ACLED period of the event's day,
    // whichever path named it (they all name it without one, so that names
    // compare equal while the event is built),
    // and a country-scoped group is the event country's ("Islamic State
    // (Indonesia)", not the dateline's "(United Arab Emirates)")
    let date = e.event_date.clone();
    let here = e.location.as_ref().and_then(|l| l.country.clone());
    let dated = |name: &mut String| {
        if let Some(n) = rasd_entities::actors::dated_force_name(name, date.as_deref()) {
            *name = n;
        }
        if let Some(n) = here
            .as_deref()
            .and_then(|c| rasd_entities::actors::rescope(name, c))
        {
            *name = n;
        }
    };
    let r = &mut e.responsibility;
    [
        &mut e.actor1,
        &mut e.assoc_actor_1,
        &mut e.actor2,
        &mut e.assoc_actor_2,
    ]
    .into_iter()
    .flatten()
    .map(|a| &mut a.name)
    .chain(r.claimed_by.iter_mut())
    .chain(r.denied_by.iter_mut())
    .chain(
        r.accused
            .iter_mut()
            .flat_map(|a| std::iter::once(&mut a.actor).chain(a.by.as_mut())),
    )
    .for_each(dated);
    e.notes = crate::notes::write(e, ctx.doc);
}

/// Generic actor of the event's country.
pub(crate) fn generic_of(kind: Generic, country: Option<&str>) -> Option<ActorRef> {
    country.and_then(|c| generic(kind, c))
}
