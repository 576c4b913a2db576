//! Human-readable summary of a report (`--format text`).

use rasd_core::{Event, Qualifier, Report, Role};
use std::fmt::Write;

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map(|v| v.to_string())
        .unwrap_or_else(|| "—".into())
}

/// A stated amount as a reader writes it: "6", "about 6", "at least 3",
/// "at most 5", "5–10".
fn amount(min: Option<f64>, max: Option<f64>, q: Qualifier) -> String {
    let n = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    match (min, max, q) {
        (Some(a), _, Qualifier::AtLeast) | (Some(a), None, _) => format!("at least {}", n(a)),
        (_, Some(b), Qualifier::AtMost) | (None, Some(b), _) => format!("at most {}", n(b)),
        (Some(a), Some(b), _) if a != b => format!("{}–{}", n(a), n(b)),
        (Some(a), Some(_), Qualifier::About) => format!("about {}", n(a)),
        (Some(a), Some(_), _) => n(a),
        (None, None, _) => "(no figure)".into(),
    }
}

fn event(out: &mut String, e: &Event, text: Option<&str>) {
    let role = match e.role {
        Role::Primary => "PRIMARY",
        Role::Background => "background",
    };
    let _ = writeln!(
        out,
        "  [{role}] {} / {}",
        opt(&e.event_type),
        opt(&e.sub_event_type)
    );
    let _ = writeln!(
        out,
        "    date      {}{}  (precision {})",
        opt(&e.event_date),
        e.time.as_ref().map(|t| format!(" {t}")).unwrap_or_default(),
        opt(&e.time_precision)
    );
    if let Some(l) = &e.location {
        let _ = writeln!(
            out,
            "    place     {} ({}) — {}, {}, {}  [{}, {}] precision {}",
            opt(&l.name),
            opt(&l.name_ar),
            opt(&l.admin2),
            opt(&l.admin1),
            opt(&l.country),
            opt(&l.lat),
            opt(&l.lon),
            opt(&l.geo_precision)
        );
    }
    let actor = |a: &Option<rasd_core::Actor>| {
        a.as_ref()
            .map(|a| format!("{} [{}]", a.name, a.inter))
            .unwrap_or_else(|| "—".into())
    };
    let _ = writeln!(
        out,
        "    actors    {}  →  {}",
        actor(&e.actor1),
        actor(&e.actor2)
    );
    let _ = writeln!(
        out,
        "    killed    {}   injured {}",
        opt(&e.fatalities),
        opt(&e.injuries)
    );
    if !e.weapons.is_empty() {
        let _ = writeln!(out, "    weapons   {}", e.weapons.join(", "));
    }
    for q in &e.quantities {
        let _ = writeln!(
            out,
            "    quantity  {} {}{}",
            q.what,
            amount(q.min, q.max, q.qualifier),
            q.according_to
                .as_ref()
                .map(|s| format!(" according to {s}"))
                .unwrap_or_default()
        );
    }
    for c in &e.claims {
        let _ = writeln!(
            out,
            "    source    {}{}{}",
            c.source,
            c.via
                .as_ref()
                .map(|v| format!(" via {v}"))
                .unwrap_or_default(),
            if c.anonymous { " (anonymous)" } else { "" }
        );
    }
    let r = &e.responsibility;
    if !r.claimed_by.is_empty() {
        let _ = writeln!(out, "    claimed   {}", r.claimed_by.join(", "));
    }
    for a in &r.accused {
        let _ = writeln!(
            out,
            "    accused   {} by {}{}",
            a.actor,
            opt(&a.by),
            if a.specific {
                ""
            } else {
                " (habitual, non-specific)"
            }
        );
    }
    if !e.notes.is_empty() {
        let _ = writeln!(out, "    notes     {}", e.notes);
    }
    if let Some(t) = text {
        for sp in e.evidence.iter().take(2) {
            let s: String = t.chars().skip(sp.start).take(sp.len()).collect();
            let _ = writeln!(out, "    evidence  «{s}»");
        }
    }
}

/// The summary, quoting evidence from the article text when given.
pub fn report_with_text(r: &Report, text: Option<&str>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  published {}  — {} event(s)",
        r.id,
        opt(&r.published),
        r.events.len()
    );
    for e in &r.events {
        event(&mut out, e, text);
    }
    for w in &r.warnings {
        let _ = writeln!(out, "  warning: {w}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::amount;
    use rasd_core::Qualifier;

    #[test]
    fn amounts_read_as_words() {
        assert_eq!(amount(Some(20.0), None, Qualifier::AtLeast), "at least 20");
        assert_eq!(amount(None, Some(5.0), Qualifier::AtMost), "at most 5");
        assert_eq!(amount(Some(6.0), Some(6.0), Qualifier::Exact), "6");
        assert_eq!(amount(Some(6.0), Some(6.0), Qualifier::About), "about 6");
        assert_eq!(amount(Some(5.0), Some(10.0), Qualifier::Range), "5–10");
        assert_eq!(amount(Some(2.5), Some(2.5), Qualifier::Exact), "2.5");
    }
}
