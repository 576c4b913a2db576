//! Property tests over arbitrary strings and bytes for every stage: the text
//! layers (`rasd_text::analyze`), the time tagger (`rasd_time::parse`), the
//! geocoder over `Gazetteer::builtin()`, the entity tagger, the event
//! extractor and the whole `Pipeline::process`.
//!
//! Properties: no panic; every span is a char range inside the ORIGINAL text
//! and the mention's `text` is exactly what it covers; no visible character
//! is lost by the tokenizer (but a hashtag's marks); numbers stay finite; resolved times are real
//! ISO-8601 instants; codes are in their contract ranges; the report
//! serialises and reads back; the same input gives the same report.
//!
//! More cases: `PROPTEST_CASES=5000 cargo test -p rasd-cli --test proptest_stages`.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use rasd_core::{Article, Document, Report, Span};
use rasd_events::pipeline::Layers;
use rasd_events::Pipeline;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(rasd_geo::Gazetteer::builtin()))
}

/// Words and phrases that reach deep into every stage.
const VOCAB: &[&str] = &[
    "قتل",
    "أصيب",
    "ثلاثة",
    "خمسة وعشرون",
    "جنود",
    "مدنيين",
    "جنديين",
    "انفجار",
    "سيارة مفخخة",
    "عبوة ناسفة",
    "في",
    "على",
    "من",
    "بغداد",
    "الموصل",
    "وبالرمادي",
    "حلب",
    "إدلب",
    "صنعاء",
    "تعز",
    "غزة",
    "خان يونس",
    "قاعدة عين الأسد",
    "هيت",
    "العريش",
    "درعا",
    "يوم",
    "الاثنين",
    "أمس",
    "الخميس الماضي",
    "5",
    "يوليو",
    "تموز",
    "2021",
    "فبراير",
    "31",
    "الساعة",
    "2:45",
    "عصراً",
    "صباح",
    "تنظيم داعش",
    "الجيش العراقي",
    "قوات سوريا الديمقراطية",
    "المرصد السوري لحقوق الإنسان",
    "قال",
    "مصدر أمني",
    "صواريخ",
    "غراد",
    "طائرة مسيرة",
    "على الأقل",
    "أكثر من",
    "نحو",
    "عشرات",
    "آلاف",
    "99999999999999999999",
    "هـ",
    "1442",
    "رمضان",
    "مظاهرة",
    "محتجون",
    "اشتباكات",
    "غارة جوية",
    "التحالف",
    "الحوثيين",
    "حزب الله",
    "شمال",
    "كيلومترا غرب",
    "70",
    "٣٬٥٠٠",
    "٢٠٢١",
    "قبل يومين",
    "الأسبوع الماضي",
    "منتصف الليل",
    "بين 5 و10",
    "أو",
    "و",
    "الذي",
    "أعلن",
    "مسؤوليته",
    "نفى",
    "اتهم",
    "وزارة الدفاع",
    "الشرطة",
    "مسلحون مجهولون",
    "ُ",
    "ّ",
    "ـ",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", "\n", "، ", ". ", ".\n", "\r\n", "\u{200F}", "\u{202E}", " - ", ": ", "«", "»",
    "(", ")", "/", "\t",
];

/// Arabic news-like text with random noise.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        10 => prop::sample::select(VOCAB).prop_map(str::to_string),
        6 => prop::sample::select(SEPARATORS).prop_map(str::to_string),
        2 => "[\u{0600}-\u{06FF}]{1,8}",
        1 => "[0-9٠-٩,.:/]{1,30}",
        1 => "[0-9]{20,400}",
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[\u{064B}-\u{065F}\u{0640}\u{200B}-\u{200F}\u{202A}-\u{202E}]{1,10}",
        // hashtags: "#مقتل_شخصين"
        1 => "[#_]{1,2}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

/// Anything: news-like, arbitrary Unicode, or lossily decoded bytes.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => newsish(),
        2 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..400)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

/// A reference moment anywhere from year ~1900 to ~2200, any UTC offset.
fn reference() -> impl Strategy<Value = Option<DateTime<FixedOffset>>> {
    prop_oneof![
        1 => Just(None),
        4 => (-25_000i64..85_000, -14 * 4i32..=14 * 4, 0u32..86_400).prop_map(|(days, q, secs)| {
            let tz = FixedOffset::east_opt(q * 900)?;
            let date = NaiveDate::from_ymd_opt(1970, 1, 1)?
                .checked_add_signed(chrono::Duration::days(days))?;
            let t = date.and_hms_opt(secs / 3600, (secs / 60) % 60, secs % 60)?;
            tz.from_local_datetime(&t).single()
        }),
    ]
}

fn published() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        4 => (1900i32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
        1 => Just(Some("2021-07-05T10:00:00+03:00".to_string())),
    ]
}

/// Span inside the text and (when given) `text` equal to the slice.
fn check_span(doc: &Document, what: &str, span: Span, text: Option<&str>) -> Result<(), String> {
    let n = doc.char_len();
    if span.start > span.end || span.end > n {
        return Err(format!(
            "{what} span {}..{} outside 0..{n}",
            span.start, span.end
        ));
    }
    if let Some(t) = text {
        let slice = doc.slice(span);
        if slice != t {
            return Err(format!(
                "{what} text {t:?} differs from its span {}..{} = {slice:?}",
                span.start, span.end
            ));
        }
    }
    Ok(())
}

/// Characters the tokenizer may skip: white space, controls, invisible
/// format characters.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}' | '\u{FE00}'..='\u{FE0F}')
}

fn check_text_layers(doc: &Document) -> Result<(), String> {
    let mut prev_end = 0;
    let mut covered = vec![false; doc.char_len()];
    for (i, t) in doc.tokens.iter().enumerate() {
        check_span(doc, &format!("token {i}"), t.span, Some(&t.text))?;
        if t.span.is_empty() {
            return Err(format!("token {i} is empty"));
        }
        if t.span.start < prev_end {
            return Err(format!("token {i} overlaps or is out of order"));
        }
        prev_end = t.span.end;
        for c in covered.iter_mut().take(t.span.end).skip(t.span.start) {
            *c = true;
        }
    }
    // a hashtag's marks separate words like a space: '#' before an Arabic
    // letter, '_' between two ("#مقتل_شخصين")
    let chars: Vec<char> = doc.text.chars().collect();
    let arabic = |j: Option<usize>| {
        j.and_then(|j| chars.get(j)).is_some_and(|&c| {
            matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
        })
    };
    let hashtag_mark = |i: usize, c: char| match c {
        '#' => arabic(Some(i + 1)),
        '_' => arabic(i.checked_sub(1)) && arabic(Some(i + 1)),
        _ => false,
    };
    for (i, c) in doc.text.chars().enumerate() {
        if !covered[i] && !invisible(c) && !hashtag_mark(i, c) {
            return Err(format!(
                "visible char {c:?} (U+{:04X}) at {i} is in no token",
                c as u32
            ));
        }
    }
    let mut prev = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        check_span(doc, &format!("sentence {i}"), s.span, None)?;
        let (a, b) = s.tokens;
        if a > b || b > doc.tokens.len() || a < prev {
            return Err(format!(
                "sentence {i} token range {a}..{b} invalid (of {})",
                doc.tokens.len()
            ));
        }
        prev = b;
    }
    if !doc.tokens.is_empty() && prev != doc.tokens.len() {
        return Err(format!(
            "sentences cover {prev} of {} tokens",
            doc.tokens.len()
        ));
    }
    for (i, m) in doc.numbers.iter().enumerate() {
        check_span(doc, &format!("number {i}"), m.span, Some(&m.text))?;
    }
    Ok(())
}

/// Number values must be finite: JSON has no infinity (serde_json writes
/// `null`, which does not read back into `NumberMention::value`), and an
/// infinite count saturates every integer it is cast to.
fn check_numbers_finite(doc: &Document) -> Result<(), String> {
    for (i, m) in doc.numbers.iter().enumerate() {
        for (k, v) in [("value", Some(m.value)), ("min", m.min), ("max", m.max)] {
            if let Some(v) = v {
                if !v.is_finite() {
                    let short: String = m.text.chars().take(30).collect();
                    return Err(format!("number {i} {short:?}...: {k} = {v}"));
                }
            }
        }
    }
    Ok(())
}

fn check_time_value(what: &str, v: &Option<String>) -> Result<(), String> {
    if let Some(v) = v {
        if DateTime::parse_from_rfc3339(v).is_err() {
            return Err(format!("{what} {v:?} is not an ISO-8601 instant"));
        }
    }
    Ok(())
}

fn check_times(doc: &Document) -> Result<(), String> {
    for (i, t) in doc.times.iter().enumerate() {
        check_span(doc, &format!("time {i}"), t.span, Some(&t.text))?;
        check_time_value(&format!("time {i} value"), &t.value)?;
        check_time_value(&format!("time {i} from"), &t.from)?;
        check_time_value(&format!("time {i} to"), &t.to)?;
    }
    Ok(())
}

fn check_places(doc: &Document) -> Result<(), String> {
    for (i, p) in doc.places.iter().enumerate() {
        check_span(doc, &format!("place {i}"), p.span, Some(&p.text))?;
        if let Some(lat) = p.lat {
            if !(-90.0..=90.0).contains(&lat) {
                return Err(format!("place {i} lat {lat}"));
            }
        }
        if let Some(lon) = p.lon {
            if !(-180.0..=180.0).contains(&lon) {
                return Err(format!("place {i} lon {lon}"));
            }
        }
        if p.geo_precision > 3 {
            return Err(format!("place {i} geo_precision {}", p.geo_precision));
        }
    }
    Ok(())
}

fn check_entities(doc: &Document) -> Result<(), String> {
    for (i, e) in doc.entities.iter().enumerate() {
        check_span(doc, &format!("entity {i}"), e.span, Some(&e.text))?;
        if let Some(a) = &e.actor {
            if !(1..=8).contains(&a.inter) {
                return Err(format!("entity {i} actor inter {}", a.inter));
            }
        }
    }
    Ok(())
}

/// The report against the contract (spans, dates, codes) and JSON round trip.
fn check_report(doc: &Document, r: &Report) -> Result<(), String> {
    for (i, e) in r.entities.iter().enumerate() {
        check_span(doc, &format!("report entity {i}"), e.span, Some(&e.text))?;
    }
    for (i, t) in r.times.iter().enumerate() {
        check_span(doc, &format!("report time {i}"), t.span, Some(&t.text))?;
    }
    for (i, e) in r.events.iter().enumerate() {
        let w = format!("event {i}");
        for s in &e.evidence {
            check_span(doc, &format!("{w} evidence"), *s, None)?;
        }
        if let Some(d) = &e.event_date {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| format!("{w} event_date {d:?}"))?;
        }
        if let Some(t) = &e.time {
            chrono::NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| format!("{w} time {t:?}"))?;
        }
        if let Some(p) = e.time_precision {
            if !(1..=3).contains(&p) {
                return Err(format!("{w} time_precision {p}"));
            }
        }
        if !(0.0..=1.0).contains(&e.confidence) {
            return Err(format!("{w} confidence {}", e.confidence));
        }
        if let Some(st) = &e.sub_event_type {
            let parent = rasd_core::acled_parent(st).map(|(t, _)| t);
            if parent.is_none() || parent != e.event_type.as_deref() {
                return Err(format!(
                    "{w} sub_event_type {st:?} with event_type {:?}",
                    e.event_type
                ));
            }
        }
        if let Some(l) = &e.location {
            if let Some(s) = l.span {
                check_span(doc, &format!("{w} location"), s, None)?;
            }
            if let Some(p) = l.geo_precision {
                if !(1..=3).contains(&p) {
                    return Err(format!("{w} geo_precision {p}"));
                }
            }
        }
        for a in [&e.actor1, &e.assoc_actor_1, &e.actor2, &e.assoc_actor_2]
            .into_iter()
            .flatten()
        {
            if !(1..=8).contains(&a.inter) {
                return Err(format!("{w} actor {:?} inter {}", a.name, a.inter));
            }
            if let Some(s) = a.span {
                check_span(doc, &format!("{w} actor"), s, None)?;
            }
        }
        for q in &e.quantities {
            if let Some(s) = q.span {
                check_span(doc, &format!("{w} quantity"), s, None)?;
            }
        }
        for c in &e.claims {
            if let Some(s) = c.span {
                check_span(doc, &format!("{w} claim"), s, None)?;
            }
        }
    }
    let json = serde_json::to_string(r).map_err(|e| format!("report does not serialise: {e}"))?;
    serde_json::from_str::<Report>(&json)
        .map_err(|e| format!("report JSON does not read back: {e}: {json}"))?;
    Ok(())
}

fn ok(r: Result<(), String>) -> Result<(), TestCaseError> {
    r.map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn text_layers_hold_for_any_text(text in any_text()) {
        let mut doc = Document::new("p", text);
        rasd_text::analyze(&mut doc);
        ok(check_text_layers(&doc))?;
    }

    #[test]
    fn text_layers_hold_for_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let mut doc = Document::new("p", String::from_utf8_lossy(&bytes).into_owned());
        rasd_text::analyze(&mut doc);
        ok(check_text_layers(&doc))?;
    }

    #[test]
    fn time_parse_spans_and_values(text in any_text(), r in reference()) {
        let doc = Document::new("p", text.clone());
        let mut d2 = doc.clone();
        d2.times = rasd_time::parse(&text, r);
        ok(check_times(&d2))?;
        // the values need the reference only for relative expressions
        if r.is_none() {
            for t in &d2.times {
                prop_assert!(t.value.is_none() || !t.relative, "relative value without reference: {t:?}");
            }
        }
    }

    #[test]
    fn time_tagger_on_documents(text in any_text(), r in reference()) {
        let p = pipeline();
        let mut doc = Document::new("p", text);
        doc.reference = r;
        rasd_text::analyze(&mut doc);
        p.time.tag(&mut doc);
        ok(check_times(&doc))?;
    }

    #[test]
    fn geocoder_with_builtin_gazetteer(text in any_text()) {
        let p = pipeline();
        let mut doc = Document::new("p", text);
        rasd_text::analyze(&mut doc);
        p.geo.tag(&mut doc);
        ok(check_places(&doc))?;
    }

    #[test]
    fn entity_tagger(text in any_text()) {
        let p = pipeline();
        let mut doc = Document::new("p", text);
        p.analyze(&mut doc, Layers { times: false, places: true, entities: true });
        ok(check_entities(&doc))?;
    }

    #[test]
    fn event_extractor(text in any_text(), r in reference()) {
        let p = pipeline();
        let mut doc = Document::new("p", text);
        doc.reference = r;
        p.analyze(&mut doc, Layers::ALL);
        ok(check_text_layers(&doc))?;
        ok(check_times(&doc))?;
        ok(check_places(&doc))?;
        ok(check_entities(&doc))?;
        let events = p.events.extract(&doc);
        let report = Report { id: "p".into(), events, ..Default::default() };
        ok(check_report(&doc, &report))?;
    }

    #[test]
    fn whole_pipeline_never_panics_or_loses_the_article(
        text in any_text(),
        published in published(),
        id in "[a-z0-9-]{1,12}",
    ) {
        let p = pipeline();
        let article = Article { id: id.clone(), published, text: text.clone(), ..Default::default() };
        match p.process(&article) {
            Ok(report) => {
                prop_assert!(!text.trim().is_empty(), "a report for an empty text");
                prop_assert_eq!(&report.id, &id);
                prop_assert_eq!(report.language.as_str(), "ar");
                let doc = Document::new(id.clone(), text.clone());
                ok(check_report(&doc, &report))?;
                // deterministic: the same article gives the same report
                let again = p.process(&article).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(
                    serde_json::to_string(&report).unwrap_or_default(),
                    serde_json::to_string(&again).unwrap_or_default()
                );
            }
            Err(e) => {
                // the only refusal for a valid date is an empty text
                prop_assert!(text.trim().is_empty(), "refused {id}: {e}");
                prop_assert!(e.to_string().contains(&id), "error does not name the article: {e}");
            }
        }
    }

    #[test]
    fn whole_pipeline_on_raw_bytes(bytes in prop::collection::vec(any::<u8>(), 1..800)) {
        let p = pipeline();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let article = Article { id: "bytes".into(), text: text.clone(), ..Default::default() };
        if let Ok(report) = p.process(&article) {
            ok(check_report(&Document::new("bytes", text), &report))?;
        }
    }

    #[test]
    fn bad_published_is_an_error_naming_the_article(
        text in newsish(),
        published in "[0-9a-zA-Z/:. -]{1,12}",
    ) {
        prop_assume!(chrono::NaiveDate::parse_from_str(published.trim().get(..10).unwrap_or(published.trim()), "%Y-%m-%d").is_err());
        prop_assume!(!published.trim().is_empty());
        let p = pipeline();
        let article = Article { id: "pub".into(), published: Some(published), text, ..Default::default() };
        match p.process(&article) {
            Ok(r) => prop_assert!(false, "accepted a bad date: {:?}", r.published),
            Err(e) => prop_assert!(e.to_string().contains("\"pub\""), "{e}"),
        }
    }
}

/// Known bug (rasd-text `numbers`): a run of more than ~309 digits parses to
/// `f64::INFINITY` and becomes a number mention with `value: inf`.
#[test]

fn huge_digit_runs_give_finite_numbers() {
    for text in [
        format!("قتل {} شخصا", "9".repeat(400)),
        "1".repeat(320),
        format!("{} صاروخ", "٩".repeat(400)),
    ] {
        let mut doc = Document::new("n", text);
        rasd_text::analyze(&mut doc);
        if let Err(e) = check_numbers_finite(&doc) {
            panic!("{e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]

    fn numbers_stay_finite(text in any_text()) {
        let mut doc = Document::new("p", text);
        rasd_text::analyze(&mut doc);
        ok(check_numbers_finite(&doc))?;
    }
}

/// Inputs that once broke or might break a stage, run every time.
#[test]
fn nasty_fixed_inputs_through_every_stage() {
    let long_digits = "9".repeat(400);
    let cases: Vec<String> = vec![
        String::new(),
        "\u{0}".into(),
        "ًٌٍَُِّْ".repeat(30),
        "ـ".repeat(500),
        format!("قتل {long_digits} شخصا في بغداد"),
        "قتل 99999999999999999999 قتيلا".into(),
        "في 31 فبراير 2021 قتل 3".into(),
        "عام 99999 وعام 0 وعام 10000".into(),
        "منذ 100000000000 يوم".into(),
        "قبل 9999999999999 سنة".into(),
        "\u{202E}قتل\u{202C} 3 في \u{2066}حلب\u{2069}".into(),
        "<div>".repeat(2000) + "انفجار في الموصل" + &"</div>".repeat(2000),
        "\r\r\r\n\n\u{2028}\u{2029}".repeat(100),
        "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥ قتيل".into(),
        "3,,,,5 و 3..5 و :::: و ٬٬٬".into(),
        "الساعة 24:00 و 23:59 و 99:99".into(),
        "١٤٤٢ هـ و 1442هـ ورمضان 99999".into(),
    ];
    let p = pipeline();
    for (k, text) in cases.iter().enumerate() {
        let mut doc = Document::new("n", text.clone());
        doc.reference = FixedOffset::east_opt(3 * 3600)
            .and_then(|tz| tz.with_ymd_and_hms(2021, 3, 1, 0, 0, 0).single());
        p.analyze(&mut doc, Layers::ALL);
        for r in [
            check_text_layers(&doc),
            check_times(&doc),
            check_places(&doc),
            check_entities(&doc),
        ] {
            if let Err(e) = r {
                panic!(
                    "case {k} ({:?}...): {e}",
                    text.chars().take(40).collect::<String>()
                );
            }
        }
        let article = Article {
            id: format!("n{k}"),
            published: Some("2021-03-01".into()),
            text: text.clone(),
            ..Default::default()
        };
        match p.process(&article) {
            Ok(r) => {
                if let Err(e) = check_report(&doc, &r) {
                    panic!("case {k}: {e}");
                }
            }
            Err(e) => assert!(text.trim().is_empty(), "case {k} refused: {e}"),
        }
    }
}
