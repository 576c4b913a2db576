//! Generic ACLED actors of a country (state forces, civilians, protesters,
//! unidentified armed groups), used when the text names a role rather than
//! a group. Names come from the actor dictionary of `rasd-entities`.

use rasd_core::ActorRef;
use rasd_entities::actors;

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

/// The generic actor of a country, e.g. `Military Forces of Iraq`; `None`
/// for a country the dictionary does not know.
pub fn generic(kind: Generic, iso: &str) -> Option<ActorRef> {
    // the Palestinian territories have no army of their own: "قتل الجيش 15
    // فلسطينيا" in a story from Gaza is Israel's, there as a foreign force
    if kind == Generic::Military && iso.eq_ignore_ascii_case("PS") {
        let mut a = actors::military("IL");
        a.inter = 8;
        return Some(a);
    }
    let a = match kind {
        Generic::Military => actors::military(iso),
        Generic::Police => actors::police(iso),
        Generic::Civilians => actors::civilians(iso),
        Generic::Unidentified => actors::unidentified_armed_group(iso),
        Generic::Protesters => actors::protesters(iso),
        Generic::Rioters => actors::rioters(iso),
    };
    a.country.is_some().then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names_follow_acled() {
        let us = generic(Generic::Military, "US").unwrap();
        assert!(
            us.name.starts_with("Military Forces of the United States"),
            "{}",
            us.name
        );
        assert_eq!(
            generic(Generic::Civilians, "SO").unwrap().name,
            "Civilians (Somalia)"
        );
        assert_eq!(generic(Generic::Police, "EG").unwrap().inter, 1);
        assert!(generic(Generic::Rioters, "XX").is_none());
        let army = generic(Generic::Military, "PS").unwrap();
        assert!(
            army.name.starts_with("Military Forces of Israel"),
            "{army:?}"
        );
        assert_eq!(army.inter, 8);
        assert!(generic(Generic::Police, "PS")
            .unwrap()
            .name
            .starts_with("Police Forces of Palestine"));
    }
}
