//! Cross-article merging of events that report the same real event.
//!
//! Two primary events from DIFFERENT articles are the same real event when
//! ([`compare`]):
//!
//! 1. **type family**: same family — armed violence (`Battles`,
//!    `Explosions/Remote violence`, `Violence against civilians`, and
//!    `Strategic developments / Disrupted weapons use`, since one outlet's
//!    "missile attack" is another's "intercepted missile"), demonstrations
//!    (`Protests`, `Riots`), or the same other strategic-development
//!    sub-type. When the event types differ inside a family the rule is
//!    stricter: same date, and points within [`STRICT_KM`] (or, without
//!    points, the same admin1 and a shared named actor);
//! 2. **date**: both dated, at most [`MAX_DAYS`] apart;
//! 3. **place**: points within [`MAX_KM`] when both have one, else the same
//!    admin1 (names normalised as the scorer does: `Ta'izz` = `Taizz`) and no
//!    conflicting country;
//! 4. **actors**: compatible — the named actors (anything but
//!    "Unidentified ...") of the two sides share one, or one side names none,
//!    or (actor extraction being the noisiest field) the two give the same
//!    sub-event type on the same day with points within [`SAME_PLACE_KM`].
//!
//! A report joins a group only if it matches EVERY member already in it
//! (complete linkage, so chains of near matches do not snowball) and no member
//! comes from the same article (an article that lists two events means two).
//! Among several possible groups it joins the closest (days apart + km/50).
//!
//! The combined record ([`combine`]) keeps every report's claims side by side
//! and takes fatalities and injuries by the conservative rule: the MINIMUM of
//! the non-null figures the reports give (ACLED codes the lowest credible
//! figure; a report that says nothing does not count as zero).

use chrono::NaiveDate;
use rasd_core::{Event, Report, Role};
use rasd_eval::{haversine_km, normalize_name};

/// Largest distance between the points of two reports of one event.
pub const MAX_KM: f64 = 50.0;
/// Largest distance when the two reports give different event types.
pub const STRICT_KM: f64 = 25.0;
/// Distance under which two reports of the same sub-event type on the same
/// day merge even when their actors disagree.
pub const SAME_PLACE_KM: f64 = 10.0;
/// Largest number of days between the dates of two reports of one event.
pub const MAX_DAYS: i64 = 1;

/// The merge family of an event type (see the module doc), `None` when the
/// event has no type.
pub fn family(e: &Event) -> Option<String> {
    let t = e.event_type.as_deref()?;
    let sub = e.sub_event_type.as_deref().unwrap_or("");
    Some(match t {
        "Battles" | "Explosions/Remote violence" | "Violence against civilians" => {
            "violence".to_string()
        }
        "Strategic developments" if sub == "Disrupted weapons use" => "violence".to_string(),
        "Protests" | "Riots" => "demonstrations".to_string(),
        "Strategic developments" => format!("strategic:{sub}"),
        other => other.to_string(),
    })
}

/// The event date, if present and valid.
pub fn event_date(e: &Event) -> Option<NaiveDate> {
    let d = e.event_date.as_deref()?;
    NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok()
}

fn point(e: &Event) -> Option<(f64, f64)> {
    let l = e.location.as_ref()?;
    match (l.lat, l.lon) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => Some((a, b)),
        _ => None,
    }
}

fn norm_opt(s: Option<&str>) -> Option<String> {
    s.map(normalize_name).filter(|s| !s.is_empty())
}

fn named_actors(e: &Event) -> Vec<String> {
    let mut v: Vec<String> = [&e.actor1, &e.actor2, &e.assoc_actor_1, &e.assoc_actor_2]
        .into_iter()
        .flatten()
        .map(|a| normalize_name(&a.name))
        .filter(|n| !n.is_empty() && !n.contains("unidentified") && !n.contains("unknown"))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// A successful comparison: the criteria that matched and a closeness cost
/// (lower is closer).
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Human-readable list of the criteria that matched.
    pub reasons: Vec<String>,
    /// Days apart + km apart / 50 (+1 when only admin1 matched).
    pub cost: f64,
}

/// Whether two events (of different articles) report the same real event:
/// `Ok` with the matched criteria, or `Err` with the first failed one.
pub fn compare(a: &Event, b: &Event) -> Result<Match, String> {
    let (fa, fb) = (family(a), family(b));
    let (Some(fa), Some(fb)) = (fa, fb) else {
        return Err("event type missing".into());
    };
    if fa != fb {
        return Err(format!("type families differ ({fa} vs {fb})"));
    }
    let mut reasons = Vec::new();
    let strict = a.event_type != b.event_type;
    if strict {
        reasons.push(format!(
            "same family {fa} ({} / {})",
            a.event_type.as_deref().unwrap_or("?"),
            b.event_type.as_deref().unwrap_or("?")
        ));
    } else {
        reasons.push(format!(
            "same event type ({})",
            a.event_type.as_deref().unwrap_or("?")
        ));
    }
    let (Some(da), Some(db)) = (event_date(a), event_date(b)) else {
        return Err("event date missing".into());
    };
    let days = (da - db).num_days().abs();
    let max_days = if strict { 0 } else { MAX_DAYS };
    if days > max_days {
        return Err(format!("dates {da} and {db} are {days} days apart"));
    }
    reasons.push(if days == 0 {
        format!("same date {da}")
    } else {
        format!("dates {da} and {db} ({days} day apart)")
    });
    let la = a.location.as_ref();
    let lb = b.location.as_ref();
    let ca = norm_opt(la.and_then(|l| l.country.as_deref()));
    let cb = norm_opt(lb.and_then(|l| l.country.as_deref()));
    if let (Some(x), Some(y)) = (&ca, &cb) {
        if x != y {
            return Err(format!("countries differ ({x} vs {y})"));
        }
    }
    let mut cost = days as f64;
    let mut km = None;
    match (point(a), point(b)) {
        (Some((alat, alon)), Some((blat, blon))) => {
            let d = haversine_km(alat, alon, blat, blon);
            km = Some(d);
            let km = d;
            let max_km = if strict { STRICT_KM } else { MAX_KM };
            if km > max_km {
                return Err(format!("places {km:.0} km apart"));
            }
            cost += km / MAX_KM;
            reasons.push(format!("places {km:.1} km apart"));
        }
        _ => {
            let aa = norm_opt(la.and_then(|l| l.admin1.as_deref()));
            let ab = norm_opt(lb.and_then(|l| l.admin1.as_deref()));
            match (aa, ab) {
                (Some(x), Some(y)) if x == y => {
                    cost += 1.0;
                    reasons.push(format!(
                        "same admin1 {} (no point on one side)",
                        la.and_then(|l| l.admin1.as_deref()).unwrap_or(&x)
                    ));
                }
                (Some(x), Some(y)) => return Err(format!("admin1 differ ({x} vs {y})")),
                _ => return Err("no point and no admin1 to compare".into()),
            }
        }
    }
    let (na, nb) = (named_actors(a), named_actors(b));
    if na.is_empty() || nb.is_empty() {
        if strict && point(a).is_none() {
            return Err("different event types, no point and no shared named actor".into());
        }
        reasons.push("actors compatible (one side names none)".into());
    } else {
        let shared: Vec<&String> = na.iter().filter(|x| nb.contains(x)).collect();
        if shared.is_empty() {
            // Actor extraction is the noisiest field: the same sub-event type
            // on the same day at (nearly) the same point outweighs it.
            if !strict
                && days == 0
                && a.sub_event_type.is_some()
                && a.sub_event_type == b.sub_event_type
                && km.is_some_and(|k| k <= SAME_PLACE_KM)
            {
                reasons.push(format!(
                    "actors differ ({} vs {}) but same sub-event type, same date and places within {SAME_PLACE_KM:.0} km",
                    na.join(", "),
                    nb.join(", ")
                ));
                return Ok(Match { reasons, cost });
            }
            return Err(format!(
                "actors differ ({} vs {})",
                na.join(", "),
                nb.join(", ")
            ));
        }
        reasons.push(format!(
            "actors share {}",
            shared
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(Match { reasons, cost })
}

/// The combined record of the reports of one event (`events` in ingestion
/// order, at least one; an empty slice gives `None`).
///
/// The best-located report (a point, lowest `geo_precision`, then highest
/// confidence, then the first) gives the fields, missing ones are filled from
/// the others; `event_date` is the most reported date (earliest on ties);
/// `fatalities`/`injuries` are the MINIMUM of the non-null figures (the
/// conservative rule), null when no report gives one; every claim, weapon and
/// responsibility statement of every report is kept; `confidence` is the
/// highest. `evidence` spans stay those of the chosen report's article.
pub fn combine(events: &[&Event]) -> Option<Event> {
    let best = events.iter().enumerate().min_by(|(i, a), (j, b)| {
        let ka = (
            point(a).is_none(),
            a.location
                .as_ref()
                .and_then(|l| l.geo_precision)
                .unwrap_or(9),
        );
        let kb = (
            point(b).is_none(),
            b.location
                .as_ref()
                .and_then(|l| l.geo_precision)
                .unwrap_or(9),
        );
        ka.cmp(&kb)
            .then(
                b.confidence
                    .partial_cmp(&a.confidence)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(i.cmp(j))
    })?;
    let mut out = (*best.1).clone();
    for e in events {
        if out.event_type.is_none() {
            out.event_type.clone_from(&e.event_type);
        }
        if out.sub_event_type.is_none() {
            out.sub_event_type.clone_from(&e.sub_event_type);
        }
        if out.disorder_type.is_none() {
            out.disorder_type.clone_from(&e.disorder_type);
        }
        if out.plover.is_none() {
            out.plover.clone_from(&e.plover);
        }
        if out.location.is_none() {
            out.location.clone_from(&e.location);
        }
        if out.actor1.is_none() {
            out.actor1.clone_from(&e.actor1);
        }
        if out.actor2.is_none() {
            out.actor2.clone_from(&e.actor2);
        }
        if out.time.is_none() {
            out.time.clone_from(&e.time);
        }
        for w in &e.weapons {
            if !out.weapons.contains(w) {
                out.weapons.push(w.clone());
            }
        }
        out.confidence = out.confidence.max(e.confidence);
    }
    // date: the most reported, earliest on ties
    let mut dates: Vec<NaiveDate> = events.iter().filter_map(|e| event_date(e)).collect();
    dates.sort();
    if let Some(d) = dates
        .iter()
        .map(|d| {
            (
                dates.iter().filter(|x| *x == d).count(),
                std::cmp::Reverse(*d),
            )
        })
        .max()
        .map(|(_, std::cmp::Reverse(d))| d)
    {
        out.event_date = Some(d.format("%Y-%m-%d").to_string());
        out.time_precision = events
            .iter()
            .filter(|e| event_date(e) == Some(d))
            .filter_map(|e| e.time_precision)
            .min()
            .or(out.time_precision);
    }
    out.fatalities = events.iter().filter_map(|e| e.fatalities).min();
    out.injuries = events.iter().filter_map(|e| e.injuries).min();
    out.claims = Vec::new();
    let mut resp = rasd_core::Responsibility::default();
    for e in events {
        for c in &e.claims {
            if !out.claims.contains(c) {
                out.claims.push(c.clone());
            }
        }
        for x in &e.responsibility.claimed_by {
            if !resp.claimed_by.contains(x) {
                resp.claimed_by.push(x.clone());
            }
        }
        for x in &e.responsibility.denied_by {
            if !resp.denied_by.contains(x) {
                resp.denied_by.push(x.clone());
            }
        }
        for x in &e.responsibility.accused {
            if !resp.accused.contains(x) {
                resp.accused.push(x.clone());
            }
        }
    }
    out.responsibility = resp;
    Some(out)
}

/// Explanation line for a report joining a group.
pub fn explain(article_id: &str, index: usize, m: &Match) -> String {
    format!("{article_id}#{index}: {}", m.reasons.join("; "))
}

/// Picks the group a new event joins: the candidate (given as its members'
/// article ids and events) that the event matches with every member, none of
/// them from `article_id`, with the lowest total cost. Returns the index of
/// the candidate and the match against its closest member.
pub fn best_group<'a, I, M>(
    article_id: &str,
    event: &Event,
    candidates: I,
) -> Option<(usize, Match)>
where
    I: IntoIterator<Item = M>,
    M: IntoIterator<Item = (&'a str, &'a Event)>,
{
    let mut best: Option<(usize, Match, f64)> = None;
    'cand: for (ci, members) in candidates.into_iter().enumerate() {
        let mut closest: Option<Match> = None;
        let mut total = 0.0;
        let mut n = 0usize;
        for (aid, ev) in members {
            if aid == article_id {
                continue 'cand;
            }
            match compare(event, ev) {
                Ok(m) => {
                    total += m.cost;
                    n += 1;
                    if closest.as_ref().is_none_or(|c| m.cost < c.cost) {
                        closest = Some(m);
                    }
                }
                Err(_) => continue 'cand,
            }
        }
        let Some(m) = closest else { continue };
        let avg = total / n.max(1) as f64;
        if best.as_ref().is_none_or(|b| avg < b.2) {
            best = Some((ci, m, avg));
        }
    }
    best.map(|(i, m, _)| (i, m))
}

/// Groups of (report id, event index) that describe one event. Every
/// primary event appears in exactly one group; groups and members are in a
/// deterministic order (by date, then report id, then index).
pub fn merge_reports<'a>(
    reports: impl IntoIterator<Item = &'a Report>,
) -> Vec<Vec<(String, usize)>> {
    let mut items: Vec<(&'a str, usize, &'a Event)> = Vec::new();
    for r in reports {
        for (i, e) in r.events.iter().enumerate() {
            if e.role == Role::Primary {
                items.push((r.id.as_str(), i, e));
            }
        }
    }
    items.sort_by(|a, b| {
        event_date(a.2)
            .cmp(&event_date(b.2))
            .then(a.0.cmp(b.0))
            .then(a.1.cmp(&b.1))
    });
    let mut groups: Vec<Vec<(&'a str, usize, &'a Event)>> = Vec::new();
    for (rid, idx, ev) in items {
        let choice = best_group(
            rid,
            ev,
            groups
                .iter()
                .map(|g| g.iter().map(|(r, _, e)| (*r, *e)).collect::<Vec<_>>()),
        );
        match choice {
            Some((gi, _)) => groups[gi].push((rid, idx, ev)),
            None => groups.push(vec![(rid, idx, ev)]),
        }
    }
    groups
        .into_iter()
        .map(|g| g.into_iter().map(|(r, i, _)| (r.to_string(), i)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_core::{Actor, Location};

    fn ev(
        sub: &str,
        date: &str,
        admin1: &str,
        point: Option<(f64, f64)>,
        actors: &[&str],
    ) -> Event {
        let (t, _) = rasd_core::acled_parent(sub).unwrap();
        let mut e = Event::empty(Role::Primary);
        e.event_type = Some(t.into());
        e.sub_event_type = Some(sub.into());
        e.event_date = Some(date.into());
        e.location = Some(Location {
            country: Some("YE".into()),
            admin1: Some(admin1.into()),
            lat: point.map(|p| p.0),
            lon: point.map(|p| p.1),
            ..Default::default()
        });
        let a = |n: &&str| Actor {
            name: n.to_string(),
            name_ar: None,
            inter: 2,
            span: None,
        };
        e.actor1 = actors.first().map(a);
        e.actor2 = actors.get(1).map(a);
        e
    }

    fn rep(id: &str, events: Vec<Event>) -> Report {
        Report {
            id: id.into(),
            language: "ar".into(),
            events,
            ..Default::default()
        }
    }

    #[test]
    fn compare_explains_matches_and_failures() {
        let a = ev(
            "Shelling/artillery/missile attack",
            "2018-05-21",
            "Jizan",
            Some((16.89, 42.55)),
            &["Ansar Allah"],
        );
        let b = ev(
            "Shelling/artillery/missile attack",
            "2018-05-22",
            "Jazan",
            Some((16.95, 42.60)),
            &["Houthis"],
        );
        let m = compare(&a, &b).unwrap();
        let text = m.reasons.join("; ");
        assert!(
            text.contains("same event type (Explosions/Remote violence)"),
            "{text}"
        );
        assert!(text.contains("(1 day apart)"), "{text}");
        assert!(text.contains("km apart"), "{text}");
        assert!(text.contains("actors share"), "{text}");
        // intercepted missile vs missile attack: same family, strict rule
        let mut c = b.clone();
        c.event_type = Some("Strategic developments".into());
        c.sub_event_type = Some("Disrupted weapons use".into());
        assert!(compare(&a, &c).unwrap_err().contains("days apart"));
        c.event_date = a.event_date.clone();
        assert!(compare(&a, &c).unwrap().reasons[0].starts_with("same family violence"));
        // failures say why
        let far = ev(
            "Shelling/artillery/missile attack",
            "2018-05-21",
            "Jizan",
            Some((17.9, 43.6)),
            &[],
        );
        assert!(compare(&a, &far).unwrap_err().contains("km apart"));
        let late = ev(
            "Shelling/artillery/missile attack",
            "2018-05-24",
            "Jizan",
            Some((16.89, 42.55)),
            &[],
        );
        assert!(compare(&a, &late).unwrap_err().contains("3 days apart"));
        let mut other = ev(
            "Shelling/artillery/missile attack",
            "2018-05-21",
            "Jizan",
            Some((17.04, 42.55)),
            &["Military Forces of Saudi Arabia (2017-)"],
        );
        assert!(compare(&a, &other).unwrap_err().contains("actors differ"));
        // same sub-type, day and point: conflicting actors are overridden
        other.location.as_mut().unwrap().lat = Some(16.9);
        let m = compare(&a, &other).unwrap();
        assert!(m
            .reasons
            .last()
            .unwrap()
            .contains("but same sub-event type"));
        let unidentified = ev(
            "Shelling/artillery/missile attack",
            "2018-05-21",
            "Jizan",
            Some((16.89, 42.55)),
            &["Unidentified Armed Group (Yemen)"],
        );
        assert!(compare(&a, &unidentified).is_ok());
        let protest = ev(
            "Peaceful protest",
            "2018-05-21",
            "Jizan",
            Some((16.89, 42.55)),
            &[],
        );
        assert!(compare(&a, &protest)
            .unwrap_err()
            .contains("families differ"));
        let mut undated = b.clone();
        undated.event_date = None;
        assert!(compare(&a, &undated).is_err());
    }

    #[test]
    fn merge_reports_groups_across_articles_only() {
        let e = |d: &str| ev("Attack", d, "Taizz", None, &["Civilians (Yemen)"]);
        let reports = vec![
            rep("a", vec![e("2018-04-21"), e("2018-04-21")]),
            rep("b", vec![e("2018-04-22")]),
            rep(
                "c",
                vec![e("2018-04-21"), {
                    let mut x = e("2018-04-21");
                    x.role = Role::Background;
                    x
                }],
            ),
            rep("d", vec![e("2018-04-25")]),
        ];
        let groups = merge_reports(&reports);
        let n: usize = groups.iter().map(Vec::len).sum();
        assert_eq!(n, 5, "every primary event exactly once: {groups:?}");
        for g in &groups {
            let mut ids: Vec<&str> = g.iter().map(|(r, _)| r.as_str()).collect();
            ids.sort();
            let len = ids.len();
            ids.dedup();
            assert_eq!(ids.len(), len, "two events of one article merged: {g:?}");
        }
        let big = groups.iter().find(|g| g.len() == 3).expect("a, b, c merge");
        assert!(big.contains(&("b".into(), 0)) && big.contains(&("c".into(), 0)));
        assert!(groups.contains(&vec![("d".to_string(), 0)]));
    }

    #[test]
    fn complete_linkage_stops_chains() {
        // b is within 50 km of a and of c, but a and c are 80 km apart
        let e = |p: (f64, f64)| ev("Armed clash", "2018-04-21", "Taizz", Some(p), &[]);
        let reports = vec![
            rep("a", vec![e((13.0, 44.0))]),
            rep("b", vec![e((13.0, 44.37))]),
            rep("c", vec![e((13.0, 44.74))]),
        ];
        let groups = merge_reports(&reports);
        assert_eq!(groups.len(), 2, "{groups:?}");
    }

    #[test]
    fn combine_keeps_claims_and_takes_the_lowest_figure() {
        let mut a = ev(
            "Suicide bomb",
            "2018-04-30",
            "Kabul",
            None,
            &["Islamic State (Afghanistan)"],
        );
        a.fatalities = Some(25);
        a.injuries = None;
        a.weapons = vec!["suicide vest".into()];
        let mut b = ev(
            "Suicide bomb",
            "2018-04-30",
            "Kabul",
            Some((34.53, 69.17)),
            &[],
        );
        b.fatalities = Some(21);
        b.injuries = Some(45);
        b.weapons = vec!["suicide vest".into(), "camera bomb".into()];
        b.location.as_mut().unwrap().geo_precision = Some(1);
        let mut c = b.clone();
        c.fatalities = None;
        c.event_date = Some("2018-04-29".into());
        let m = combine(&[&a, &b, &c]).unwrap();
        assert_eq!(m.fatalities, Some(21));
        assert_eq!(m.injuries, Some(45));
        assert_eq!(m.event_date.as_deref(), Some("2018-04-30"));
        assert_eq!(
            m.location.as_ref().and_then(|l| l.lat),
            Some(34.53),
            "best-located report"
        );
        assert_eq!(
            m.actor1.as_ref().map(|a| a.name.as_str()),
            Some("Islamic State (Afghanistan)")
        );
        assert_eq!(m.weapons, ["suicide vest", "camera bomb"]);
        assert!(combine(&[]).is_none());
        let only_null = combine(&[&c]).unwrap();
        assert_eq!(only_null.fatalities, None);
    }
}
