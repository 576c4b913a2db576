//! Generic ACLED actors of a country (state forces, civilians, protesters,
//! unidentified armed groups), used when the text names a role rather than
//! a group.

use rasd_core::ActorRef;

/// ACLED's English country names (ACLED writes "the United States" in
/// "Military Forces of the United States" and "United States" in brackets).
const COUNTRIES: &[(&str, &str)] = &[
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("BH", "Bahrain"),
    ("DZ", "Algeria"),
    ("EG", "Egypt"),
    ("ET", "Ethiopia"),
    ("FR", "France"),
    ("GB", "United Kingdom"),
    ("IL", "Israel"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("JO", "Jordan"),
    ("KE", "Kenya"),
    ("KW", "Kuwait"),
    ("LB", "Lebanon"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("ML", "Mali"),
    ("MR", "Mauritania"),
    ("NE", "Niger"),
    ("NG", "Nigeria"),
    ("OM", "Oman"),
    ("PK", "Pakistan"),
    ("PS", "Palestine"),
    ("QA", "Qatar"),
    ("RO", "Romania"),
    ("RU", "Russia"),
    ("SA", "Saudi Arabia"),
    ("SD", "Sudan"),
    ("SO", "Somalia"),
    ("SS", "South Sudan"),
    ("SY", "Syria"),
    ("TD", "Chad"),
    ("TN", "Tunisia"),
    ("TR", "Turkey"),
    ("US", "United States"),
    ("YE", "Yemen"),
    ("DJ", "Djibouti"),
    ("ER", "Eritrea"),
    ("UA", "Ukraine"),
];

/// ACLED English name of an ISO country.
pub fn country_name(iso: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(iso))
        .map(|(_, n)| *n)
}

fn the(iso: &str, name: &str) -> String {
    match iso {
        "US" | "GB" | "AE" => format!("the {name}"),
        _ => name.to_string(),
    }
}

fn actor(name: String, inter: u8, iso: &str) -> ActorRef {
    ActorRef {
        name,
        inter,
        country: Some(iso.to_string()),
    }
}

/// Which generic actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generic {
    Military,
    Police,
    Civilians,
    Unidentified,
    Protesters,
    Rioters,
}

/// The generic actor of a country, e.g. `Military Forces of Iraq`.
pub fn generic(kind: Generic, iso: &str) -> Option<ActorRef> {
    let n = country_name(iso)?;
    Some(match kind {
        Generic::Military => actor(format!("Military Forces of {}", the(iso, n)), 1, iso),
        Generic::Police => actor(format!("Police Forces of {}", the(iso, n)), 1, iso),
        Generic::Civilians => actor(format!("Civilians ({n})"), 7, iso),
        Generic::Unidentified => actor(format!("Unidentified Armed Group ({n})"), 3, iso),
        Generic::Protesters => actor(format!("Protesters ({n})"), 6, iso),
        Generic::Rioters => actor(format!("Rioters ({n})"), 5, iso),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names_follow_acled() {
        assert_eq!(
            generic(Generic::Military, "US").unwrap().name,
            "Military Forces of the United States"
        );
        assert_eq!(
            generic(Generic::Civilians, "SO").unwrap().name,
            "Civilians (Somalia)"
        );
        assert_eq!(generic(Generic::Police, "EG").unwrap().inter, 1);
        assert!(generic(Generic::Rioters, "XX").is_none());
    }
}
