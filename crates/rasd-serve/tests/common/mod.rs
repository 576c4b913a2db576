//! Shared by the HTTP and browser tests: example articles (written for
//! these tests, Arabic wire-copy style) and a small deterministic extractor
//! standing in for the real pipeline, so that assertions do not depend on
//! the state of the extraction crates.

#![allow(dead_code)]

use rasd_core::{Article, Claim, ClaimSays, Event, Location, Report, Role, Span};
use rasd_serve::{AppState, FnExtract, MemBackend, ServeConfig};
use std::sync::Arc;

pub const TOKEN: &str = "test-token-123";

pub fn articles() -> Vec<Article> {
    vec![
        Article {
            id: "t-mosul-1".into(),
            source: Some("وكالة الأنباء التجريبية".into()),
            url: None,
            published: Some("2024-03-14".into()),
            title: Some("مقتل ثلاثة مدنيين بقصف صاروخي على الموصل".into()),
            text: "الموصل (العراق) - قُتل ثلاثة مدنيين وأصيب خمسة آخرون، مساء الأربعاء، جراء سقوط قذائف صاروخية على حي سكني في مدينة الموصل شمالي العراق.\n\
وقال مصدر أمني إن ثلاث قذائف سقطت على الحي وأدت إلى مقتل ثلاثة أشخاص.\n\
في حين قالت قيادة العمليات المشتركة إن حصيلة الضحايا بلغت أربعة قتلى، مشيرة إلى أن التحقيقات جارية.\n\
ولم تتبنَّ أي جهة الهجوم حتى الآن."
                .into(),
            category: None,
        },
        Article {
            id: "t-aleppo-2".into(),
            source: Some("شبكة الأخبار المحلية".into()),
            url: Some("http://127.0.0.1/example/aleppo".into()),
            published: Some("2024-03-12".into()),
            title: Some("تظاهرة في حلب للمطالبة بتحسين الخدمات".into()),
            text: "تظاهر مئات من سكان مدينة حلب، يوم الثلاثاء، أمام مبنى المحافظة للمطالبة بتحسين خدمات الكهرباء والمياه.\n\
وقال أحد المنظمين إن التظاهرة كانت سلمية ولم تسجل أي إصابات."
                .into(),
            category: None,
        },
        Article {
            id: "t-desert-3".into(),
            source: Some("وكالة الأنباء التجريبية".into()),
            url: None,
            published: Some("2024-03-10".into()),
            title: Some("اشتباكات في البادية".into()),
            text: "اندلعت اشتباكات عنيفة بين مسلحين وقوات الأمن في منطقة صحراوية نائية، بحسب مصادر محلية."
                .into(),
            category: None,
        },
    ]
}

/// (Arabic name, name, country, admin1, lat, lon)
const PLACES: &[(&str, &str, &str, &str, f64, f64)] = &[
    ("الموصل", "Mosul", "IQ", "Nineveh", 36.34, 43.13),
    ("حلب", "Aleppo", "SY", "Aleppo", 36.2, 37.16),
];

const NUMBERS: &[(&str, u32)] = &[("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5)];

/// Char span of the first occurrence of `needle` at or after char `from`.
pub fn char_find(text: &str, needle: &str, from: usize) -> Option<Span> {
    let chars: Vec<char> = text.chars().collect();
    let n: Vec<char> = needle.chars().collect();
    (from..=chars.len().checked_sub(n.len())?)
        .find(|&i| chars[i..i + n.len()] == n[..])
        .map(|i| Span::new(i, i + n.len()))
}

/// Lines of `text` with their char spans.
fn lines(text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut start = 0;
    for l in text.split('\n') {
        let n = l.chars().count();
        out.push((Span::new(start, start + n), l.to_string()));
        start += n + 1;
    }
    out
}

/// The stand-in extractor (see the module doc).
pub fn fake_extract(a: &Article) -> Result<Report, String> {
    if a.text.contains("REJECT") {
        return Err(format!("article {:?} rejected by the test extractor", a.id));
    }
    let ls = lines(&a.text);
    let mut e = Event::empty(Role::Primary);
    let (ty, sub) = if a.text.contains("قذائف") {
        (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        )
    } else if a.text.contains("تظاهر") {
        ("Protests", "Peaceful protest")
    } else {
        ("Battles", "Armed clash")
    };
    e.event_type = Some(ty.into());
    e.sub_event_type = Some(sub.into());
    e.event_date = a.published.clone();
    e.notes = format!("Test event of {}", a.id);
    e.confidence = 0.5;
    if let Some((ar, en, cc, adm, lat, lon)) = PLACES.iter().find(|p| a.text.contains(p.0)) {
        let span = char_find(&a.text, ar, 0);
        e.location = Some(Location {
            name: Some(en.to_string()),
            name_ar: Some(ar.to_string()),
            country: Some(cc.to_string()),
            admin1: Some(adm.to_string()),
            lat: Some(*lat),
            lon: Some(*lon),
            geo_precision: Some(1),
            span,
            ..Default::default()
        });
    }
    // Evidence: the first line.
    if let Some((s, _)) = ls.first() {
        e.evidence.push(*s);
    }
    e.fatalities = NUMBERS
        .iter()
        .filter_map(|(w, n)| {
            ls.first()
                .filter(|l| l.1.contains(&format!("قُتل {w}")))
                .map(|_| *n)
        })
        .next();
    // Claims: lines "وقال X إن ..." / "في حين قالت X إن ...".
    for (span, l) in &ls {
        let rest = l
            .strip_prefix("وقال ")
            .or_else(|| l.strip_prefix("في حين قالت "));
        let Some(rest) = rest else { continue };
        let Some((source, said)) = rest.split_once(" إن ") else {
            continue;
        };
        let fatalities = NUMBERS
            .iter()
            .find(|(w, _)| {
                said.contains(&format!("مقتل {w}")) || said.contains(&format!("{w} قتلى"))
            })
            .map(|(_, n)| *n);
        e.claims.push(Claim {
            source: source.to_string(),
            via: a.source.clone(),
            anonymous: source.starts_with("مصدر") || source.starts_with("أحد"),
            says: ClaimSays {
                fatalities,
                ..Default::default()
            },
            span: Some(*span),
        });
    }
    Ok(Report {
        id: a.id.clone(),
        published: a.published.clone(),
        language: "ar".into(),
        source: a.source.clone(),
        title: a.title.clone(),
        events: vec![e],
        ..Default::default()
    })
}

/// A state over an empty in-memory store and the stand-in extractor.
pub fn state(cfg: ServeConfig) -> AppState {
    AppState::new(
        Arc::new(MemBackend::new()),
        Arc::new(FnExtract(fake_extract)),
        cfg,
    )
}

pub fn config_with_token() -> ServeConfig {
    ServeConfig {
        token: Some(TOKEN.into()),
        ..Default::default()
    }
}
