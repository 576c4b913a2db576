//! News forms that Duckling's corpus lacks (our own example phrases and
//! sentences), resolved with the news convention.

use chrono::{DateTime, FixedOffset};
use rasd_core::{Document, Grain, TimeMention};
use rasd_time::corpus::{load_jsonl, score};
use rasd_time::{parse, time_precision, Convention, TimeTagger};
use std::path::PathBuf;

fn reference() -> DateTime<FixedOffset> {
    // Wednesday 7 July 2021, 00:00 at UTC+03:00.
    DateTime::parse_from_rfc3339("2021-07-07T00:00:00+03:00").unwrap()
}

fn find<'a>(ms: &'a [TimeMention], text: &str) -> &'a TimeMention {
    ms.iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:#?}"))
}

#[test]
fn news_phrase_corpus() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/news-time.jsonl");
    let cases = load_jsonl(&path, Convention::News).expect("news corpus loads");
    assert!(cases.len() >= 50);
    let s = score(&cases);
    for (text, got) in &s.failures {
        println!("FAIL {text:?} -> {got}");
    }
    println!(
        "news-time: {}/{} = {:.1}%",
        s.passed,
        s.total,
        100.0 * s.rate()
    );
    assert!(s.rate() >= 0.95, "news pass rate {:.3}", s.rate());
}

#[test]
fn sentence_with_several_expressions_keeps_original_spans() {
    let text =
        "قُتل ثلاثة مدنيين فجرَ اليوم، بعد قصف استهدف المدينة مساء أمس، وذلك في ٥ يوليو/تموز ٢٠٢١.";
    let ms = parse(text, Some(reference()));
    let fajr = find(&ms, "فجرَ اليوم");
    assert_eq!(fajr.from.as_deref(), Some("2021-07-07T03:00:00+03:00"));
    assert_eq!(fajr.grain, Grain::Hour);
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[fajr.span.start..fajr.span.end].iter().collect();
    assert_eq!(s, "فجرَ اليوم");
    let evening = find(&ms, "مساء أمس");
    assert_eq!(evening.from.as_deref(), Some("2021-07-06T18:00:00+03:00"));
    assert!(evening.relative);
    let date = find(&ms, "٥ يوليو/تموز ٢٠٢١");
    assert_eq!(date.value.as_deref(), Some("2021-07-05T00:00:00+03:00"));
    assert_eq!(date.grain, Grain::Day);
    assert!(!date.relative);
    assert_eq!(ms.len(), 3, "{ms:#?}");
}

#[test]
fn clock_alone_is_clock_only_on_the_reference_day() {
    let ms = parse(
        "وقع الانفجار عند الساعة 2:45 عصراً بالتوقيت المحلي",
        Some(reference()),
    );
    assert_eq!(ms.len(), 1, "{ms:#?}");
    let m = &ms[0];
    assert!(m.clock_only);
    assert_eq!(m.grain, Grain::Minute);
    assert_eq!(m.value.as_deref(), Some("2021-07-07T14:45:00+03:00"));
}

#[test]
fn clock_with_date_is_not_clock_only() {
    let ms = parse("الساعة 3 فجر الثلاثاء", Some(reference()));
    let m = &ms[0];
    assert!(!m.clock_only);
    assert_eq!(m.value.as_deref(), Some("2021-07-06T03:00:00+03:00"));
    assert_eq!(m.grain, Grain::Hour);
}

#[test]
fn hijri_date_is_converted_and_marked() {
    let ms = parse(
        "وصل الوفد يوم 15 رمضان 1442 هـ إلى العاصمة",
        Some(reference()),
    );
    let m = &ms[0];
    assert_eq!(m.calendar, "hijri");
    assert_eq!(m.value.as_deref(), Some("2021-04-27T00:00:00+03:00"));
    // Without a stated year the Hijri year comes from the reference.
    let ms = parse("في الأول من شوال", Some(reference()));
    // 1 Shawwal 1442 = 13 May 2021 (the most recent one before 7 July 2021).
    assert_eq!(ms[0].value.as_deref(), Some("2021-05-13T00:00:00+03:00"));
}

#[test]
fn bare_weekday_news_vs_duckling_convention() {
    let news = parse("الإثنين", Some(reference()));
    assert_eq!(news[0].value.as_deref(), Some("2021-07-05T00:00:00+03:00"));
    let duck =
        rasd_time::corpus::tagger_for(Convention::Duckling).parse_with("الإثنين", Some(reference()));
    assert_eq!(duck[0].value.as_deref(), Some("2021-07-12T00:00:00+03:00"));
    // The reference day itself when it matches.
    let wed = parse("يوم الأربعاء", Some(reference()));
    assert_eq!(wed[0].value.as_deref(), Some("2021-07-07T00:00:00+03:00"));
}

#[test]
fn yearless_date_far_in_the_future_is_last_year() {
    // 20 December is > 60 days after 7 July 2021: it was 20 December 2020.
    let ms = parse("في 20 ديسمبر", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2020-12-20T00:00:00+03:00"));
    let ms = parse("في 20 يوليو", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2021-07-20T00:00:00+03:00"));
}

#[test]
fn precision_follows_grain() {
    let ms = parse("مطلع عام 2020", Some(reference()));
    assert_eq!(ms[0].grain, Grain::Year);
    assert_eq!(time_precision(&ms[0]), 3);
    let ms = parse("الأسبوع الماضي", Some(reference()));
    assert_eq!(time_precision(&ms[0]), 2);
    let ms = parse("أمس", Some(reference()));
    assert_eq!(time_precision(&ms[0]), 1);
    let ms = parse("بين 3 و5 مارس", Some(reference()));
    assert_eq!(time_precision(&ms[0]), 2);
}

#[test]
fn no_reference_leaves_relative_values_unresolved() {
    let ms = parse("أمس، 5 يوليو 2021", None);
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert_eq!(ms[0].value, None);
    assert_eq!(ms[1].value.as_deref(), Some("2021-07-05T00:00:00+00:00"));
}

#[test]
fn tag_fills_document_layer_from_reference() {
    let mut doc = Document::new("t", "أعلنت الوزارة الإثنين الماضي عن مقتل جنديين.");
    doc.reference = Some(reference());
    TimeTagger::new().tag(&mut doc);
    assert_eq!(doc.times.len(), 1);
    assert_eq!(
        doc.times[0].value.as_deref(),
        Some("2021-07-05T00:00:00+03:00")
    );
    assert_eq!(doc.slice(doc.times[0].span), "الإثنين الماضي");
}

#[test]
fn plain_text_without_times_yields_nothing() {
    let text = "وقال المتحدث إن القوات تمكنت من السيطرة على الموقع بعد اشتباكات عنيفة مع المسلحين.";
    assert!(parse(text, Some(reference())).is_empty());
}

#[test]
fn saudi_numeric_hijri_date() {
    // 1 Ramadan 1442 = 13 April 2021.
    let ms = parse("صدر القرار بتاريخ 1/9/1442هـ", Some(reference()));
    assert_eq!(ms.len(), 1, "{ms:#?}");
    assert_eq!(ms[0].calendar, "hijri");
    assert_eq!(ms[0].value.as_deref(), Some("2021-04-13T00:00:00+03:00"));
    let ms = parse("في 13/4/2021", Some(reference()));
    assert_eq!(ms[0].calendar, "gregorian");
    assert_eq!(ms[0].value.as_deref(), Some("2021-04-13T00:00:00+03:00"));
}

#[test]
fn paired_month_in_parentheses_keeps_span_tight() {
    let text = "(وقع ذلك في 2 تموز/يوليو) وفي 12 أغسطس (آب) يبدأ";
    let ms = parse(text, Some(reference()));
    assert_eq!(ms[0].text, "2 تموز/يوليو", "{ms:#?}");
    assert_eq!(ms[0].value.as_deref(), Some("2021-07-02T00:00:00+03:00"));
    assert_eq!(ms[1].text, "12 أغسطس (آب)");
    // 12 August is 36 days ahead of 7 July: within the 60-day window.
    assert_eq!(ms[1].value.as_deref(), Some("2021-08-12T00:00:00+03:00"));
    // "الماضي" after the paired month: the last 12 August before today
    let ms = parse("وفي 12 أغسطس (آب) الماضي", Some(reference()));
    assert_eq!(ms[0].text, "12 أغسطس (آب) الماضي", "{ms:#?}");
    assert_eq!(ms[0].value.as_deref(), Some("2020-08-12T00:00:00+03:00"));
}

#[test]
fn since_year_is_a_year_not_a_duration() {
    let ms = parse(
        "تشهد البلاد أزمة منذ عام 2003، وتفاقمت خلال عام 2014",
        Some(reference()),
    );
    let vals: Vec<_> = ms
        .iter()
        .map(|m| (m.text.as_str(), m.value.as_deref(), m.grain))
        .collect();
    assert_eq!(
        vals,
        vec![
            ("عام 2003", Some("2003-01-01T00:00:00+03:00"), Grain::Year),
            ("عام 2014", Some("2014-01-01T00:00:00+03:00"), Grain::Year),
        ]
    );
    // Without a number it is a duration back from the reference.
    let ms = parse("منذ عام", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2020-01-01T00:00:00+03:00"));
}

#[test]
fn before_last_and_narrative_next_day() {
    let ms = parse("العام قبل الماضي", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2019-01-01T00:00:00+03:00"));
    assert_eq!(ms[0].grain, Grain::Year);
    let ms = parse("الأسبوع قبل الماضي", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2021-06-21T00:00:00+03:00"));
    // "صباح اليوم التالي" is relative to the narrated event: not resolved
    // against the reference (and not read as this morning).
    let ms = parse("وفي صباح اليوم التالي", Some(reference()));
    assert!(ms.is_empty(), "{ms:#?}");
    // so is "the same day": the day of the event told before
    for text in [
        "كما انفجرت عبوة في اليوم نفسه",
        "وفي نفس اليوم",
        "في اليوم ذاته",
    ] {
        let ms = parse(text, Some(reference()));
        assert!(ms.is_empty(), "{text}: {ms:#?}");
    }
}

#[test]
fn layer_json_has_the_annotate_fields() {
    let ms = parse("بين 3 و5 مارس، الساعة 2:45 عصراً", Some(reference()));
    let v = serde_json::to_value(&ms).unwrap();
    let a = &v[0];
    for k in [
        "start", "end", "text", "value", "grain", "from", "to", "calendar",
    ] {
        assert!(a.get(k).is_some(), "missing {k} in {a}");
    }
    assert_eq!(a["grain"], "day");
    assert_eq!(a["calendar"], "gregorian");
    assert_eq!(a["to"], "2021-03-06T00:00:00+03:00");
    let b = &v[1];
    assert_eq!(b["clock_only"], true);
    assert_eq!(b["grain"], "minute");
    assert!(b.get("from").is_none(), "instants carry no interval: {b}");
}

#[test]
fn weekday_with_an_ordinal_that_no_month_agrees_with_is_the_weekday() {
    // Wednesday 7 July 2021: "the seventh Friday (of the marches)" is no
    // Friday the 7th of June, July or August, so it is last Friday.
    let ms = parse("في الجمعة السابعة لمسيرات العودة", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2021-07-02T00:00:00+03:00"));
    // while "Saturday the 17th" agrees with July 2021
    let ms = parse("السبت السابع عشر", Some(reference()));
    assert_eq!(ms[0].value.as_deref(), Some("2021-07-17T00:00:00+03:00"));
}

#[test]
fn a_count_after_a_weekday_is_not_its_day_of_the_month() {
    // Reference: Wednesday 7 July 2021; Sunday 4 July is the Sunday before,
    // and Sunday 1 August agrees with "الأحد 1" in the month after.
    for text in [
        "قتل، الأحد، 1 من المحتجين في اشتباكات مع قوات الأمن.",
        "اعتقلت الشرطة الأحد 1 من المشتبه بهم.",
    ] {
        let ms = parse(text, Some(reference()));
        let sunday = find(&ms, "الأحد");
        assert_eq!(
            sunday.value.as_deref(),
            Some("2021-07-04T00:00:00+03:00"),
            "{text}: {ms:#?}"
        );
    }
    // the day of the month still follows a weekday without a comma
    let ms = parse("وقع الهجوم يوم الأحد 1 في الصباح", Some(reference()));
    assert!(
        ms.iter()
            .any(|m| m.value.as_deref() == Some("2021-08-01T00:00:00+03:00")),
        "{ms:#?}"
    );
}
