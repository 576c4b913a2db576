//! Matching and scoring.

use crate::{normalize_name, GoldEvent, GoldSet};
use chrono::NaiveDate;
use rasd_core::{Event, Report, Role};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let r = 6371.0088_f64;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * r * a.sqrt().asin()
}

/// Correct / scored counts of one field.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FieldScore {
    pub correct: usize,
    pub total: usize,
}

impl FieldScore {
    pub fn accuracy(&self) -> Option<f64> {
        (self.total > 0).then(|| self.correct as f64 / self.total as f64)
    }
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += ok as usize;
    }
}

/// Pairwise merge scores.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MergeScore {
    pub gold_pairs: usize,
    pub predicted_pairs: usize,
    pub correct_pairs: usize,
}

/// All scores of one run.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub articles: usize,
    pub gold_events: usize,
    pub predicted_events: usize,
    pub matched: usize,
    pub fields: Vec<(&'static str, FieldScore)>,
    pub merge: Option<MergeScore>,
    /// Per-article lines for debugging: (id, matched, gold, predicted).
    pub per_article: Vec<(String, usize, usize, usize)>,
    /// Field mistakes on matched pairs: (article id, field, gold, predicted).
    pub mistakes: Vec<(String, &'static str, String, String)>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted_events)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold_events)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

impl MergeScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct_pairs, self.predicted_pairs)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct_pairs, self.gold_pairs)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "articles {}  gold events {}  predicted {}  matched {}",
            self.articles, self.gold_events, self.predicted_events, self.matched
        )?;
        writeln!(f, "{:<18} {:>8}", "metric", "score")?;
        writeln!(f, "{:<18} {:>8.3}", "detection P", self.precision())?;
        writeln!(f, "{:<18} {:>8.3}", "detection R", self.recall())?;
        writeln!(f, "{:<18} {:>8.3}", "detection F1", self.f1())?;
        for (name, s) in &self.fields {
            match s.accuracy() {
                Some(a) => writeln!(f, "{:<18} {:>8.3}  ({}/{})", name, a, s.correct, s.total)?,
                None => writeln!(f, "{:<18} {:>8}  (0/0)", name, "-")?,
            }
        }
        if let Some(m) = &self.merge {
            writeln!(
                f,
                "{:<18} {:>8.3}  (P {:.3} R {:.3}; {} correct of {} predicted, {} gold pairs)",
                "merge pairwise F1",
                m.f1(),
                m.precision(),
                m.recall(),
                m.correct_pairs,
                m.predicted_pairs,
                m.gold_pairs
            )?;
        }
        Ok(())
    }
}

fn date(s: Option<&str>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok())
}

fn same_name(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => normalize_name(a) == normalize_name(b),
        (None, None) => true,
        _ => false,
    }
}

/// Whether a predicted event may be matched to a gold event (rule 1).
fn compatible(p: &Event, g: &GoldEvent) -> bool {
    if !same_name(p.event_type.as_deref(), g.event_type.as_deref()) {
        return false;
    }
    match (date(p.event_date.as_deref()), date(g.event_date.as_deref())) {
        (Some(a), Some(b)) => {
            if (a - b).num_days().abs() > 1 {
                return false;
            }
        }
        (None, None) => {}
        _ => return false,
    }
    let loc = p.location.as_ref();
    let ppt = loc.and_then(|l| Some((l.lat?, l.lon?)));
    let gpt = g.lat.zip(g.lon);
    match (ppt, gpt) {
        (Some((a, b)), Some((c, d))) => haversine_km(a, b, c, d) <= 50.0,
        _ => same_name(loc.and_then(|l| l.admin1.as_deref()), g.admin1.as_deref()),
    }
}

/// Maximum bipartite matching (Kuhn). `adj[p]` lists the gold indices
/// compatible with prediction p. Returns gold -> prediction.
fn max_matching(adj: &[Vec<usize>], n_gold: usize, allowed_gold: &[bool]) -> Vec<Option<usize>> {
    fn try_kuhn(
        p: usize,
        adj: &[Vec<usize>],
        seen: &mut [bool],
        gold_to_pred: &mut [Option<usize>],
        allowed: &[bool],
    ) -> bool {
        for &g in &adj[p] {
            if !allowed[g] || seen[g] {
                continue;
            }
            seen[g] = true;
            if gold_to_pred[g].is_none()
                || gold_to_pred[g].is_some_and(|q| try_kuhn(q, adj, seen, gold_to_pred, allowed))
            {
                gold_to_pred[g] = Some(p);
                return true;
            }
        }
        false
    }
    let mut gold_to_pred = vec![None; n_gold];
    for p in 0..adj.len() {
        let mut seen = vec![false; n_gold];
        try_kuhn(p, adj, &mut seen, &mut gold_to_pred, allowed_gold);
    }
    gold_to_pred
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "null".into())
}

/// Score `predictions` (by article id) against `gold`. `merged`, when given,
/// lists groups of predicted events (article id, index into that report's
/// `events`) that the system merged into one event.
pub fn score(
    gold: &GoldSet,
    predictions: &HashMap<String, Report>,
    merged: Option<&[Vec<(String, usize)>]>,
) -> Scores {
    const FIELDS: [&str; 7] = [
        "sub_event_type",
        "event_date",
        "country",
        "admin1",
        "point<=25km",
        "actor1",
        "fatalities",
    ];
    let mut fields: Vec<FieldScore> = vec![FieldScore::default(); FIELDS.len()];
    let mut s = Scores {
        articles: gold.articles.len(),
        ..Default::default()
    };
    // (article, predicted index) -> gold index, for merge scoring
    let mut pred_to_gold: HashMap<(String, usize), usize> = HashMap::new();
    for ga in &gold.articles {
        let empty = Vec::new();
        let all = predictions.get(&ga.id).map(|r| &r.events).unwrap_or(&empty);
        let preds: Vec<(usize, &Event)> = all
            .iter()
            .enumerate()
            .filter(|(_, e)| e.role == Role::Primary)
            .collect();
        let adj: Vec<Vec<usize>> = preds
            .iter()
            .map(|(_, p)| {
                (0..ga.events.len())
                    .filter(|&g| compatible(p, &ga.events[g]))
                    .collect()
            })
            .collect();
        let required: Vec<bool> = ga.events.iter().map(|g| !g.optional).collect();
        let mut g2p = max_matching(&adj, ga.events.len(), &required);
        // then let leftover predictions take optional gold events (neither rewarded nor penalised)
        let used: HashSet<usize> = g2p.iter().flatten().copied().collect();
        let adj_left: Vec<Vec<usize>> = adj
            .iter()
            .enumerate()
            .map(|(p, a)| {
                if used.contains(&p) {
                    Vec::new()
                } else {
                    a.clone()
                }
            })
            .collect();
        let optional: Vec<bool> = required.iter().map(|r| !r).collect();
        let g2p_opt = max_matching(&adj_left, ga.events.len(), &optional);
        for (g, p) in g2p_opt.iter().enumerate() {
            if optional[g] {
                g2p[g] = *p;
            }
        }
        let n_req = required.iter().filter(|r| **r).count();
        let n_opt_matched = (0..ga.events.len())
            .filter(|&g| optional[g] && g2p[g].is_some())
            .count();
        let matched_req = (0..ga.events.len())
            .filter(|&g| required[g] && g2p[g].is_some())
            .count();
        s.gold_events += n_req;
        s.predicted_events += preds.len() - n_opt_matched;
        s.matched += matched_req;
        s.per_article.push((
            ga.id.clone(),
            matched_req,
            n_req,
            preds.len() - n_opt_matched,
        ));
        for (g, p) in g2p.iter().enumerate() {
            let Some(p) = p else { continue };
            let (pi, pe) = preds[*p];
            pred_to_gold.insert((ga.id.clone(), pi), g);
            if !required[g] {
                continue;
            }
            let ge = &ga.events[g];
            let loc = pe.location.as_ref();
            let checks: [(bool, String, String); 7] = [
                (
                    same_name(pe.sub_event_type.as_deref(), ge.sub_event_type.as_deref()),
                    opt(ge.sub_event_type.clone()),
                    opt(pe.sub_event_type.clone()),
                ),
                (
                    date(pe.event_date.as_deref()) == date(ge.event_date.as_deref()),
                    opt(ge.event_date.clone()),
                    opt(pe.event_date.clone()),
                ),
                (
                    same_name(
                        loc.and_then(|l| l.country.as_deref()),
                        ge.country.as_deref(),
                    ),
                    opt(ge.country.clone()),
                    opt(loc.and_then(|l| l.country.clone())),
                ),
                (
                    same_name(loc.and_then(|l| l.admin1.as_deref()), ge.admin1.as_deref()),
                    opt(ge.admin1.clone()),
                    opt(loc.and_then(|l| l.admin1.clone())),
                ),
                {
                    let pp = loc.and_then(|l| Some((l.lat?, l.lon?)));
                    let ok = match (pp, ge.lat.zip(ge.lon)) {
                        (Some((a, b)), Some((c, d))) => haversine_km(a, b, c, d) <= 25.0,
                        _ => false,
                    };
                    (
                        ok,
                        format!("{:?}", ge.lat.zip(ge.lon)),
                        format!("{pp:?} {}", opt(loc.and_then(|l| l.name.clone()))),
                    )
                },
                {
                    let a1 = pe.actor1.as_ref().map(|a| a.name.as_str());
                    let a2 = pe.actor2.as_ref().map(|a| a.name.as_str());
                    let battles = ge.event_type.as_deref() == Some("Battles");
                    let ok = same_name(a1, ge.actor1.as_deref())
                        || (battles && same_name(a2, ge.actor1.as_deref()));
                    (ok, opt(ge.actor1.clone()), opt(a1))
                },
                (
                    pe.fatalities == ge.fatalities,
                    opt(ge.fatalities),
                    opt(pe.fatalities),
                ),
            ];
            for (i, (ok, gv, pv)) in checks.into_iter().enumerate() {
                let name = FIELDS[i];
                let skip_name = match name {
                    "point<=25km" => "lat",
                    n => n,
                };
                if ge.skip.iter().any(|k| k == name || k == skip_name) {
                    continue;
                }
                // a point is scored only where gold gives one
                if name == "point<=25km" && ge.lat.is_none() {
                    continue;
                }
                fields[i].add(ok);
                if !ok {
                    s.mistakes.push((ga.id.clone(), name, gv, pv));
                }
            }
        }
    }
    s.fields = FIELDS.iter().copied().zip(fields).collect();
    if let Some(groups) = merged {
        s.merge = Some(merge_score(gold, groups, &pred_to_gold));
    }
    s
}

fn pairs<T: Ord + Clone>(members: &[T]) -> Vec<(T, T)> {
    let mut out = Vec::new();
    for i in 0..members.len() {
        for j in i + 1..members.len() {
            let (a, b) = (members[i].clone(), members[j].clone());
            out.push(if a <= b { (a, b) } else { (b, a) });
        }
    }
    out
}

fn merge_score(
    gold: &GoldSet,
    merged: &[Vec<(String, usize)>],
    pred_to_gold: &HashMap<(String, usize), usize>,
) -> MergeScore {
    let gold_pairs: HashSet<((String, usize), (String, usize))> =
        gold.groups.iter().flat_map(|g| pairs(g)).collect();
    let mut predicted: HashSet<((String, usize), (String, usize))> = HashSet::new();
    for group in merged {
        // only pairs across articles count: merging is cross-article
        let golds: Vec<(String, usize)> = group
            .iter()
            .filter_map(|k| pred_to_gold.get(k).map(|g| (k.0.clone(), *g)))
            .collect();
        for (a, b) in pairs(&golds) {
            if a.0 != b.0 {
                predicted.insert((a, b));
            }
        }
        // merged events with no gold counterpart are wrong pairs too
        let unmatched = group
            .iter()
            .filter(|k| !pred_to_gold.contains_key(*k))
            .count();
        let n = group.len();
        let matched = n - unmatched;
        let wrong = unmatched * matched + unmatched * unmatched.saturating_sub(1) / 2;
        for i in 0..wrong {
            predicted.insert((("#unmatched".into(), i), (format!("#{}", group.len()), i)));
        }
    }
    let correct = predicted.intersection(&gold_pairs).count();
    MergeScore {
        gold_pairs: gold_pairs.len(),
        predicted_pairs: predicted.len(),
        correct_pairs: correct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GoldArticle;
    use rasd_core::Location;

    fn gold_event(t: &str, d: &str, admin1: &str, lat: Option<f64>, lon: Option<f64>) -> GoldEvent {
        GoldEvent {
            event_type: Some(t.into()),
            sub_event_type: Some("Suicide bomb".into()),
            event_date: Some(d.into()),
            country: Some("AF".into()),
            admin1: Some(admin1.into()),
            lat,
            lon,
            actor1: Some("Unidentified Armed Group (Afghanistan)".into()),
            fatalities: Some(8),
            ..Default::default()
        }
    }

    fn pred(t: &str, d: &str, admin1: &str, lat: f64, lon: f64, fat: Option<u32>) -> Event {
        let mut e = Event::empty(Role::Primary);
        e.event_type = Some(t.into());
        e.sub_event_type = Some("Suicide bomb".into());
        e.event_date = Some(d.into());
        e.location = Some(Location {
            country: Some("AF".into()),
            admin1: Some(admin1.into()),
            lat: Some(lat),
            lon: Some(lon),
            ..Default::default()
        });
        e.fatalities = fat;
        e
    }

    #[test]
    fn matching_respects_type_date_and_distance() {
        let t = "Explosions/Remote violence";
        let gold = GoldSet {
            articles: vec![GoldArticle {
                id: "a".into(),
                article: None,
                events: vec![
                    gold_event(t, "2018-04-30", "Kabul", Some(34.555), Some(69.207)),
                    gold_event(t, "2018-04-30", "Kandahar", Some(31.613), Some(65.71)),
                ],
            }],
            groups: vec![],
        };
        let mut preds = HashMap::new();
        preds.insert(
            "a".to_string(),
            Report {
                id: "a".into(),
                events: vec![
                    // Kabul, one day later: matches, date field wrong
                    pred(t, "2018-05-01", "Kabul", 34.52, 69.18, Some(8)),
                    // 3 days off: no match
                    pred(t, "2018-05-03", "Kandahar", 31.61, 65.71, Some(8)),
                    // wrong type: no match
                    pred("Battles", "2018-04-30", "Kandahar", 31.61, 65.71, None),
                ],
                ..Default::default()
            },
        );
        let s = score(&gold, &preds, None);
        assert_eq!((s.gold_events, s.predicted_events, s.matched), (2, 3, 1));
        let field = |n: &str| s.fields.iter().find(|f| f.0 == n).unwrap().1;
        assert_eq!(field("event_date").correct, 0);
        assert_eq!(field("fatalities").correct, 1);
        assert_eq!(field("point<=25km").correct, 1);
        assert!((s.f1() - 0.4).abs() < 1e-9);
    }

    #[test]
    fn merge_pairs_scored() {
        let t = "Explosions/Remote violence";
        let ev = || gold_event(t, "2018-04-30", "Kabul", Some(34.555), Some(69.207));
        let gold = GoldSet {
            articles: vec![
                GoldArticle {
                    id: "a".into(),
                    article: None,
                    events: vec![ev()],
                },
                GoldArticle {
                    id: "b".into(),
                    article: None,
                    events: vec![ev()],
                },
                GoldArticle {
                    id: "c".into(),
                    article: None,
                    events: vec![ev()],
                },
            ],
            groups: vec![vec![("a".into(), 0), ("b".into(), 0), ("c".into(), 0)]],
        };
        let mut preds = HashMap::new();
        for id in ["a", "b", "c"] {
            preds.insert(
                id.to_string(),
                Report {
                    id: id.into(),
                    events: vec![pred(t, "2018-04-30", "Kabul", 34.5, 69.2, Some(8))],
                    ..Default::default()
                },
            );
        }
        let merged = vec![
            vec![("a".to_string(), 0), ("b".to_string(), 0)],
            vec![("c".to_string(), 0)],
        ];
        let s = score(&gold, &preds, Some(&merged));
        let m = s.merge.unwrap();
        assert_eq!(
            (m.gold_pairs, m.predicted_pairs, m.correct_pairs),
            (3, 1, 1)
        );
    }
}
