//! Calendar helpers: Umm al-Qura Hijri conversion (via `icu_calendar`),
//! Western Easter, month arithmetic.

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

/// Gregorian date of Hijri (Umm al-Qura) `year`-`month`-`day`.
pub(crate) fn hijri_to_greg(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let m = u8::try_from(month).ok()?;
    let d = u8::try_from(day).ok()?;
    let h = Date::try_new_hijri_with_calendar(year, m, d, Hijri::new_umm_al_qura()).ok()?;
    let iso: Date<Iso> = h.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// Hijri (Umm al-Qura) year, month, day of a Gregorian date.
pub(crate) fn greg_to_hijri(d: NaiveDate) -> Option<(i32, u32, u32)> {
    let iso = Date::try_new_iso(
        d.year(),
        u8::try_from(d.month()).ok()?,
        u8::try_from(d.day()).ok()?,
    )
    .ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        u32::from(h.month().ordinal),
        u32::from(h.day_of_month().0),
    ))
}

/// First day of the Hijri month and first day of the next one.
pub(crate) fn hijri_month_span(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = hijri_to_greg(year, month, 1)?;
    let b = if month >= 12 {
        hijri_to_greg(year + 1, 1, 1)?
    } else {
        hijri_to_greg(year, month + 1, 1)?
    };
    Some((a, b))
}

/// Western (Gregorian computus) Easter Sunday of `y`.
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// First day of month `m` of `y`, and of the month after.
pub(crate) fn month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = NaiveDate::from_ymd_opt(y, m, 1)?;
    let b = if m >= 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    Some((a, b))
}

/// `d` shifted by `n` months (day clamped to the month's length).
pub(crate) fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let total = d.year() * 12 + i32::try_from(d.month0()).ok()? + n;
    let y = total.div_euclid(12);
    let m = u32::try_from(total.rem_euclid(12)).ok()? + 1;
    let (a, b) = month_span(y, m)?;
    let len = u32::try_from((b - a).num_days()).ok()?;
    NaiveDate::from_ymd_opt(y, m, d.day().min(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura_known_dates() {
        // 1 Ramadan 1442 = 13 April 2021; 1 Shawwal 1434 = 8 August 2013.
        assert_eq!(
            hijri_to_greg(1442, 9, 1),
            NaiveDate::from_ymd_opt(2021, 4, 13)
        );
        assert_eq!(
            hijri_to_greg(1434, 10, 1),
            NaiveDate::from_ymd_opt(2013, 8, 8)
        );
        let d = NaiveDate::from_ymd_opt(2021, 4, 13).unwrap();
        assert_eq!(greg_to_hijri(d), Some((1442, 9, 1)));
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2013), NaiveDate::from_ymd_opt(2013, 3, 31));
        assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(easter(2021), NaiveDate::from_ymd_opt(2021, 4, 4));
    }

    #[test]
    fn month_arithmetic_clamps() {
        let d = NaiveDate::from_ymd_opt(2021, 3, 31).unwrap();
        assert_eq!(add_months(d, -1), NaiveDate::from_ymd_opt(2021, 2, 28));
        assert_eq!(add_months(d, -3), NaiveDate::from_ymd_opt(2020, 12, 31));
    }
}
