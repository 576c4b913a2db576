//! ACLED-style English notes.

use rasd_core::{Document, Event};

/// One or two English sentences in ACLED's style.
pub fn write(e: &Event, _doc: &Document) -> String {
    let date = e
        .event_date
        .as_deref()
        .map(|d| format!("On {d}"))
        .unwrap_or_else(|| "On an unspecified date".to_string());
    let time = e
        .time
        .as_deref()
        .map(|t| format!(" at around {t}"))
        .unwrap_or_default();
    let who = e
        .actor1
        .as_ref()
        .map(|a| a.name.as_str())
        .unwrap_or("unidentified actors");
    let what = match e.sub_event_type.as_deref() {
        Some("Shelling/artillery/missile attack") => "fired projectiles".to_string(),
        Some("Air/drone strike") => "carried out an air/drone strike".to_string(),
        Some("Suicide bomb") => "carried out a suicide bombing".to_string(),
        Some("Remote explosive/landmine/IED") => "detonated an explosive device".to_string(),
        Some("Grenade") => "threw a grenade".to_string(),
        Some("Armed clash") => "clashed".to_string(),
        Some("Attack") => "attacked".to_string(),
        Some("Abduction/forced disappearance") => "abducted".to_string(),
        Some("Arrests") => "arrested".to_string(),
        Some("Disrupted weapons use") => "intercepted or defused a weapon".to_string(),
        Some("Peaceful protest") => "demonstrated".to_string(),
        Some("Excessive force against protesters") => "were met with lethal force".to_string(),
        Some("Violent demonstration") => "rioted".to_string(),
        Some("Agreement") => "reached an agreement".to_string(),
        Some("Chemical weapon") => "used a chemical agent".to_string(),
        Some("Government regains territory") => "regained control of territory".to_string(),
        Some("Non-state actor overtakes territory") => "took control of territory".to_string(),
        Some("Protest with intervention") => "demonstrated and were dispersed".to_string(),
        Some("Mob violence") => "attacked as a mob".to_string(),
        Some("Headquarters or base established") => "established a base".to_string(),
        Some("Change to group/activity") => "changed their organisation or activity".to_string(),
        Some("Non-violent transfer of territory") => {
            "handed over or withdrew from territory without fighting".to_string()
        }
        Some("Other") => "imposed a security measure".to_string(),
        Some("Looting/property destruction") => "looted or destroyed property".to_string(),
        Some(s) => s.to_lowercase(),
        None => e
            .plover
            .as_ref()
            .map(|p| p.event_type.to_lowercase())
            .unwrap_or_else(|| "acted".into()),
    };
    // the other side, in words rather than parentheses: ACLED names carry
    // their own ("Military Forces of Iraq (2022-)", "Civilians (Iraq)")
    let target = e
        .actor2
        .as_ref()
        .map(|a| {
            let how = match e.sub_event_type.as_deref() {
                Some("Armed clash" | "Agreement") => "with",
                Some("Excessive force against protesters" | "Protest with intervention") => "by",
                Some("Arrests" | "Abduction/forced disappearance" | "Attack") => "",
                _ => "targeting",
            };
            if how.is_empty() {
                format!(" {}", a.name)
            } else {
                format!(" {how} {}", a.name)
            }
        })
        .unwrap_or_default();
    let place = e
        .location
        .as_ref()
        .map(|l| {
            let mut parts: Vec<&str> = Vec::new();
            for p in [&l.name, &l.admin1, &l.country].into_iter().flatten() {
                if !parts.contains(&p.as_str()) {
                    parts.push(p);
                }
            }
            if parts.is_empty() {
                String::new()
            } else {
                format!(" in {}", parts.join(", "))
            }
        })
        .unwrap_or_default();
    let weapons = if e.weapons.is_empty() {
        String::new()
    } else {
        format!(" using {}", e.weapons.join(", "))
    };
    let mut s = format!("{date}{time}, {who} {what}{target}{place}{weapons}.");
    match (e.fatalities, e.injuries) {
        (Some(0), Some(0)) | (Some(0), None) => s.push_str(" No casualties reported."),
        (Some(k), Some(i)) => s.push_str(&format!(" {k} killed, {i} injured.")),
        (Some(k), None) => s.push_str(&format!(" {k} killed.")),
        (None, Some(i)) => s.push_str(&format!(" {i} injured; fatalities not reported.")),
        (None, None) => {}
    }
    let r = &e.responsibility;
    if !r.claimed_by.is_empty() {
        s.push_str(&format!(
            " {} claimed responsibility.",
            r.claimed_by.join(", ")
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_core::{Actor, Role};

    fn actor(name: &str) -> Option<Actor> {
        Some(Actor {
            name: name.into(),
            name_ar: None,
            inter: 1,
            span: None,
        })
    }

    #[test]
    fn the_other_side_is_named_in_words() {
        let doc = Document::new("t", "نص");
        let mut e = Event::empty(Role::Primary);
        e.event_date = Some("2024-03-11".into());
        e.sub_event_type = Some("Remote explosive/landmine/IED".into());
        e.actor1 = actor("Unidentified Armed Group (Iraq)");
        e.actor2 = actor("Military Forces of Iraq (2022-)");
        e.fatalities = Some(3);
        assert_eq!(
            write(&e, &doc),
            "On 2024-03-11, Unidentified Armed Group (Iraq) detonated an explosive device \
             targeting Military Forces of Iraq (2022-). 3 killed."
        );
        e.sub_event_type = Some("Armed clash".into());
        e.fatalities = None;
        assert_eq!(
            write(&e, &doc),
            "On 2024-03-11, Unidentified Armed Group (Iraq) clashed with Military Forces of \
             Iraq (2022-)."
        );
        e.sub_event_type = Some("Attack".into());
        e.actor2 = actor("Civilians (Iraq)");
        assert_eq!(
            write(&e, &doc),
            "On 2024-03-11, Unidentified Armed Group (Iraq) attacked Civilians (Iraq)."
        );
    }
}
