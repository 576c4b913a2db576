//! Exports of merged events: JSON Lines, ACLED CSV, GeoJSON, PLOVER JSON.
//!
//! [`Exporter`] streams: [`Exporter::begin`], one [`Exporter::write`] per
//! event, [`Exporter::finish`].

use crate::model::StoredEvent;
use rasd_core::{Actor, Event};
use serde_json::{json, Value};
use std::io::Write;

/// ACLED's CSV columns, in ACLED's order and spelling.
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// Export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One [`StoredEvent`] JSON object a line.
    Jsonl,
    /// ACLED's CSV columns ([`ACLED_COLUMNS`]).
    AcledCsv,
    /// A GeoJSON `FeatureCollection` (events without a point have a null geometry).
    GeoJson,
    /// A JSON array of PLOVER records.
    Plover,
}

/// ISO 3166-1 alpha-2, alpha-3, numeric, ACLED country name, ACLED region.
const COUNTRIES: &[(&str, &str, u16, &str, &str)] = &[
    ("AE", "ARE", 784, "United Arab Emirates", "Middle East"),
    ("AF", "AFG", 4, "Afghanistan", "South Asia"),
    ("AM", "ARM", 51, "Armenia", "Caucasus and Central Asia"),
    ("AT", "AUT", 40, "Austria", "Europe"),
    ("AU", "AUS", 36, "Australia", "Oceania"),
    ("AZ", "AZE", 31, "Azerbaijan", "Caucasus and Central Asia"),
    ("BD", "BGD", 50, "Bangladesh", "South Asia"),
    ("BE", "BEL", 56, "Belgium", "Europe"),
    ("BF", "BFA", 854, "Burkina Faso", "Western Africa"),
    ("BH", "BHR", 48, "Bahrain", "Middle East"),
    ("BI", "BDI", 108, "Burundi", "Eastern Africa"),
    ("BR", "BRA", 76, "Brazil", "South America"),
    ("CA", "CAN", 124, "Canada", "North America"),
    (
        "CD",
        "COD",
        180,
        "Democratic Republic of Congo",
        "Middle Africa",
    ),
    (
        "CF",
        "CAF",
        140,
        "Central African Republic",
        "Middle Africa",
    ),
    ("CH", "CHE", 756, "Switzerland", "Europe"),
    ("CI", "CIV", 384, "Ivory Coast", "Western Africa"),
    ("CM", "CMR", 120, "Cameroon", "Middle Africa"),
    ("CN", "CHN", 156, "China", "East Asia"),
    ("CO", "COL", 170, "Colombia", "South America"),
    ("CY", "CYP", 196, "Cyprus", "Europe"),
    ("DE", "DEU", 276, "Germany", "Europe"),
    ("DJ", "DJI", 262, "Djibouti", "Eastern Africa"),
    ("DZ", "DZA", 12, "Algeria", "Northern Africa"),
    ("EG", "EGY", 818, "Egypt", "Northern Africa"),
    ("ER", "ERI", 232, "Eritrea", "Eastern Africa"),
    ("ES", "ESP", 724, "Spain", "Europe"),
    ("ET", "ETH", 231, "Ethiopia", "Eastern Africa"),
    ("FR", "FRA", 250, "France", "Europe"),
    ("GB", "GBR", 826, "United Kingdom", "Europe"),
    ("GE", "GEO", 268, "Georgia", "Caucasus and Central Asia"),
    ("GR", "GRC", 300, "Greece", "Europe"),
    ("ID", "IDN", 360, "Indonesia", "Southeast Asia"),
    ("IL", "ISR", 376, "Israel", "Middle East"),
    ("IN", "IND", 356, "India", "South Asia"),
    ("IQ", "IRQ", 368, "Iraq", "Middle East"),
    ("IR", "IRN", 364, "Iran", "Middle East"),
    ("IT", "ITA", 380, "Italy", "Europe"),
    ("JO", "JOR", 400, "Jordan", "Middle East"),
    ("JP", "JPN", 392, "Japan", "East Asia"),
    ("KE", "KEN", 404, "Kenya", "Eastern Africa"),
    ("KP", "PRK", 408, "North Korea", "East Asia"),
    ("KR", "KOR", 410, "South Korea", "East Asia"),
    ("KW", "KWT", 414, "Kuwait", "Middle East"),
    ("KZ", "KAZ", 398, "Kazakhstan", "Caucasus and Central Asia"),
    ("LB", "LBN", 422, "Lebanon", "Middle East"),
    ("LK", "LKA", 144, "Sri Lanka", "South Asia"),
    ("LY", "LBY", 434, "Libya", "Northern Africa"),
    ("MA", "MAR", 504, "Morocco", "Northern Africa"),
    ("ML", "MLI", 466, "Mali", "Western Africa"),
    ("MM", "MMR", 104, "Myanmar", "Southeast Asia"),
    ("MR", "MRT", 478, "Mauritania", "Western Africa"),
    ("MX", "MEX", 484, "Mexico", "Central America"),
    ("MY", "MYS", 458, "Malaysia", "Southeast Asia"),
    ("MZ", "MOZ", 508, "Mozambique", "Southern Africa"),
    ("NE", "NER", 562, "Niger", "Western Africa"),
    ("NG", "NGA", 566, "Nigeria", "Western Africa"),
    ("NL", "NLD", 528, "Netherlands", "Europe"),
    ("NP", "NPL", 524, "Nepal", "South Asia"),
    ("NZ", "NZL", 554, "New Zealand", "Oceania"),
    ("OM", "OMN", 512, "Oman", "Middle East"),
    ("PH", "PHL", 608, "Philippines", "Southeast Asia"),
    ("PK", "PAK", 586, "Pakistan", "South Asia"),
    ("PS", "PSE", 275, "Palestine", "Middle East"),
    ("QA", "QAT", 634, "Qatar", "Middle East"),
    ("RO", "ROU", 642, "Romania", "Europe"),
    ("RU", "RUS", 643, "Russia", "Europe"),
    ("RW", "RWA", 646, "Rwanda", "Eastern Africa"),
    ("SA", "SAU", 682, "Saudi Arabia", "Middle East"),
    ("SD", "SDN", 729, "Sudan", "Northern Africa"),
    ("SE", "SWE", 752, "Sweden", "Europe"),
    ("SN", "SEN", 686, "Senegal", "Western Africa"),
    ("SO", "SOM", 706, "Somalia", "Eastern Africa"),
    ("SS", "SSD", 728, "South Sudan", "Eastern Africa"),
    ("SY", "SYR", 760, "Syria", "Middle East"),
    ("TD", "TCD", 148, "Chad", "Middle Africa"),
    ("TH", "THA", 764, "Thailand", "Southeast Asia"),
    ("TJ", "TJK", 762, "Tajikistan", "Caucasus and Central Asia"),
    ("TN", "TUN", 788, "Tunisia", "Northern Africa"),
    ("TR", "TUR", 792, "Turkey", "Middle East"),
    ("TZ", "TZA", 834, "Tanzania", "Eastern Africa"),
    ("UA", "UKR", 804, "Ukraine", "Europe"),
    ("UG", "UGA", 800, "Uganda", "Eastern Africa"),
    ("US", "USA", 840, "United States", "North America"),
    ("UZ", "UZB", 860, "Uzbekistan", "Caucasus and Central Asia"),
    ("VE", "VEN", 862, "Venezuela", "South America"),
    ("YE", "YEM", 887, "Yemen", "Middle East"),
    ("ZA", "ZAF", 710, "South Africa", "Southern Africa"),
];

/// (alpha-3, numeric, name, region) of an ISO alpha-2 code.
pub fn country_info(iso2: &str) -> Option<(&'static str, u16, &'static str, &'static str)> {
    COUNTRIES
        .iter()
        .find(|c| c.0.eq_ignore_ascii_case(iso2.trim()))
        .map(|c| (c.1, c.2, c.3, c.4))
}

/// CSV field quoting (RFC 4180): quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn actor_name(a: &Option<Actor>) -> String {
    a.as_ref().map(|a| a.name.clone()).unwrap_or_default()
}

fn inter(a: &Option<Actor>) -> Option<u8> {
    a.as_ref().map(|a| a.inter).filter(|i| *i > 0)
}

/// ACLED's numeric interaction code: the two inter codes, lower first
/// (`17`), or `10 × inter1` for a sole actor.
pub fn interaction(e: &Event) -> Option<u16> {
    match (inter(&e.actor1), inter(&e.actor2)) {
        (Some(a), Some(b)) => {
            let (x, y) = if a <= b { (a, b) } else { (b, a) };
            Some(u16::from(x) * 10 + u16::from(y))
        }
        (Some(a), None) | (None, Some(a)) => Some(u16::from(a) * 10),
        (None, None) => None,
    }
}

/// `event_id_cnty`: the ISO alpha-3 code and the store id (`IRQ12`).
pub fn event_id_cnty(e: &StoredEvent) -> String {
    let iso3 = e
        .event
        .location
        .as_ref()
        .and_then(|l| l.country.as_deref())
        .and_then(country_info)
        .map(|c| c.0)
        .unwrap_or("XXX");
    format!("{iso3}{}", e.id)
}

fn sources(e: &StoredEvent) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for m in &e.reports {
        if let Some(s) = &m.source {
            if !v.contains(s) {
                v.push(s.clone());
            }
        }
    }
    v
}

/// One ACLED CSV row (unquoted values, in [`ACLED_COLUMNS`] order).
/// ACLED has no "unknown" fatalities: a null figure is written as 0, as
/// ACLED does.
pub fn acled_row(e: &StoredEvent, timestamp: i64) -> Vec<String> {
    let ev = &e.event;
    let loc = ev.location.clone().unwrap_or_default();
    let info = loc.country.as_deref().and_then(country_info);
    let civ = [&ev.actor1, &ev.actor2, &ev.assoc_actor_2]
        .iter()
        .any(|a| inter(a) == Some(7))
        && ev.event_type.as_deref() != Some("Protests")
        && ev.event_type.as_deref() != Some("Riots")
        && ev.event_type.as_deref() != Some("Strategic developments");
    let s = |o: Option<String>| o.unwrap_or_default();
    let f = |o: Option<f64>| o.map(|v| format!("{v:.4}")).unwrap_or_default();
    vec![
        event_id_cnty(e),
        s(ev.event_date.clone()),
        ev.event_date
            .as_deref()
            .and_then(|d| d.get(..4))
            .unwrap_or("")
            .to_string(),
        ev.time_precision.map(|v| v.to_string()).unwrap_or_default(),
        s(ev.disorder_type.clone()),
        s(ev.event_type.clone()),
        s(ev.sub_event_type.clone()),
        actor_name(&ev.actor1),
        actor_name(&ev.assoc_actor_1),
        inter(&ev.actor1).map(|v| v.to_string()).unwrap_or_default(),
        actor_name(&ev.actor2),
        actor_name(&ev.assoc_actor_2),
        inter(&ev.actor2).map(|v| v.to_string()).unwrap_or_default(),
        interaction(ev).map(|v| v.to_string()).unwrap_or_default(),
        if civ {
            "Civilian targeting".into()
        } else {
            String::new()
        },
        info.map(|i| i.1.to_string()).unwrap_or_default(),
        info.map(|i| i.3.to_string()).unwrap_or_default(),
        info.map(|i| i.2.to_string())
            .or(loc.country.clone())
            .unwrap_or_default(),
        s(loc.admin1.clone()),
        s(loc.admin2.clone()),
        s(loc.admin3.clone()),
        s(loc.name.clone()),
        f(loc.lat),
        f(loc.lon),
        loc.geo_precision.map(|v| v.to_string()).unwrap_or_default(),
        sources(e).join("; "),
        String::new(),
        ev.notes.clone(),
        ev.fatalities.unwrap_or(0).to_string(),
        String::new(),
        timestamp.to_string(),
    ]
}

/// A GeoJSON Feature.
pub fn geojson_feature(e: &StoredEvent) -> Value {
    let ev = &e.event;
    let loc = ev.location.clone().unwrap_or_default();
    let geometry = match (loc.lat, loc.lon) {
        (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => {
            json!({"type": "Point", "coordinates": [lon, lat]})
        }
        _ => Value::Null,
    };
    json!({
        "type": "Feature",
        "id": e.id,
        "geometry": geometry,
        "properties": {
            "event_id_cnty": event_id_cnty(e),
            "event_date": ev.event_date,
            "time_precision": ev.time_precision,
            "disorder_type": ev.disorder_type,
            "event_type": ev.event_type,
            "sub_event_type": ev.sub_event_type,
            "actor1": ev.actor1.as_ref().map(|a| &a.name),
            "actor2": ev.actor2.as_ref().map(|a| &a.name),
            "country": loc.country,
            "admin1": loc.admin1,
            "admin2": loc.admin2,
            "location": loc.name,
            "geo_precision": loc.geo_precision,
            "fatalities": ev.fatalities,
            "injuries": ev.injuries,
            "notes": ev.notes,
            "reports": e.reports.len(),
            "article_ids": e.article_ids,
            "merge_explanation": e.merge_explanation,
        }
    })
}

/// PLOVER event type and mode for an ACLED (sub-)type, used when the
/// extractor gave none.
pub fn plover_of_acled(
    event_type: &str,
    sub: &str,
) -> Option<(&'static str, Option<&'static str>)> {
    if let Some(p) = rasd_core::plover_of(sub) {
        return Some(p);
    }
    Some(match event_type {
        "Battles" => ("FIGHT", Some("firearms")),
        "Explosions/Remote violence" => ("ASSAULT", Some("explosion")),
        "Violence against civilians" => ("ASSAULT", None),
        "Protests" => ("PROTEST", Some("demonstrate")),
        "Riots" => ("PROTEST", Some("riot")),
        _ => return None,
    })
}

/// A PLOVER-style record.
pub fn plover_record(e: &StoredEvent) -> Value {
    let ev = &e.event;
    let loc = ev.location.clone().unwrap_or_default();
    let (t, m) = match &ev.plover {
        Some(p) => (Some(p.event_type.clone()), p.mode.clone()),
        None => match plover_of_acled(
            ev.event_type.as_deref().unwrap_or(""),
            ev.sub_event_type.as_deref().unwrap_or(""),
        ) {
            Some((t, m)) => (Some(t.to_string()), m.map(str::to_string)),
            None => (None, None),
        },
    };
    json!({
        "id": format!("rasd-{}", e.id),
        "date": ev.event_date,
        "event_type": t,
        "mode": m,
        "context": [],
        "actor": ev.actor1.as_ref().map(|a| &a.name),
        "actor_country": loc.country,
        "recipient": ev.actor2.as_ref().map(|a| &a.name),
        "recipient_country": loc.country,
        "location": {
            "name": loc.name, "country": loc.country, "admin1": loc.admin1,
            "admin2": loc.admin2, "lat": loc.lat, "lon": loc.lon,
            "geo_precision": loc.geo_precision,
        },
        "fatalities": ev.fatalities,
        "injuries": ev.injuries,
        "event_text": ev.notes,
        "acled_event_type": ev.event_type,
        "acled_sub_event_type": ev.sub_event_type,
        "sources": sources(e),
        "article_ids": e.article_ids,
    })
}

/// A streaming exporter.
pub struct Exporter<W: Write> {
    w: W,
    format: Format,
    n: usize,
    timestamp: i64,
}

impl<W: Write> Exporter<W> {
    /// An exporter writing `format` to `w`; `timestamp` (Unix seconds) fills
    /// ACLED's `timestamp` column.
    pub fn new(w: W, format: Format, timestamp: i64) -> Self {
        Exporter {
            w,
            format,
            n: 0,
            timestamp,
        }
    }

    /// Write the header (CSV columns, the GeoJSON/PLOVER opening).
    pub fn begin(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Jsonl => Ok(()),
            Format::AcledCsv => writeln!(self.w, "{}", ACLED_COLUMNS.join(",")),
            Format::GeoJson => write!(self.w, "{{\"type\":\"FeatureCollection\",\"features\":["),
            Format::Plover => write!(self.w, "["),
        }
    }

    /// Write one event.
    pub fn write(&mut self, e: &StoredEvent) -> std::io::Result<()> {
        let sep = if self.n > 0 { "," } else { "" };
        self.n += 1;
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.w, e)?;
                writeln!(self.w)
            }
            Format::AcledCsv => {
                let row: Vec<String> = acled_row(e, self.timestamp)
                    .iter()
                    .map(|f| csv_field(f))
                    .collect();
                writeln!(self.w, "{}", row.join(","))
            }
            Format::GeoJson => {
                writeln!(self.w, "{sep}")?;
                serde_json::to_writer(&mut self.w, &geojson_feature(e)).map_err(Into::into)
            }
            Format::Plover => {
                writeln!(self.w, "{sep}")?;
                serde_json::to_writer(&mut self.w, &plover_record(e)).map_err(Into::into)
            }
        }
    }

    /// Close the document and flush; returns the number of events written.
    pub fn finish(mut self) -> std::io::Result<usize> {
        match self.format {
            Format::GeoJson => writeln!(self.w, "\n]}}")?,
            Format::Plover => writeln!(self.w, "\n]")?,
            _ => {}
        }
        self.w.flush()?;
        Ok(self.n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_the_gazetteer_knows_has_its_acled_codes() {
        for c in rasd_geo::facts::countries() {
            let info = country_info(c.cc);
            assert!(info.is_some(), "{} ({}) has no ISO-3/region", c.cc, c.name);
        }
        assert_eq!(
            country_info("ke"),
            Some(("KEN", 404, "Kenya", "Eastern Africa"))
        );
        assert_eq!(country_info("XX"), None);
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in COUNTRIES.iter().enumerate() {
            for b in &COUNTRIES[i + 1..] {
                assert!(a.0 != b.0 && a.1 != b.1 && a.2 != b.2, "{a:?} / {b:?}");
            }
        }
    }
}
