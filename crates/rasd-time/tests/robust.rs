//! Property tests: any input parses without panicking, and every mention's
//! span points at its own text in the original string.

use chrono::DateTime;
use proptest::prelude::*;
use rasd_core::Document;
use rasd_time::parse;

fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "الساعة",
        "2:45",
        "عصراً",
        "فجر",
        "اليوم",
        "أمس",
        "الإثنين",
        "الماضي",
        "5",
        "يوليو",
        "/",
        "تموز",
        "٢٠٢١",
        "هـ",
        "رمضان",
        "1442",
        "من",
        "إلى",
        "بين",
        "و",
        "قبل",
        "ثلاثة",
        "أيام",
        "مطلع",
        "عام",
        "كانون",
        "2",
        "،",
        "-",
        "ـ",
        "ً",
        "منتصف",
        "ليل",
        "الساعة",
        "12",
        "إلا",
        "ربعا",
        "(",
        ")",
        "شهر",
        "الشهر",
        "المقبل",
        "19/7/1436",
        "الأسبوع",
        "عيد",
        "الأضحى",
        "x",
        "🙂",
        "\u{200f}",
    ])
    .prop_map(|s| s.to_string())
}

proptest! {
    #[test]
    fn spans_match_text(parts in prop::collection::vec(piece(), 0..24), sep in prop::sample::select(vec![" ", "", "  "])) {
        let text = parts.join(sep);
        let r = DateTime::parse_from_rfc3339("2021-07-07T00:00:00+03:00").unwrap();
        let ms = parse(&text, Some(r));
        let doc = Document::new("p", text.clone());
        let mut last_end = 0;
        for m in &ms {
            prop_assert!(m.span.start < m.span.end);
            prop_assert!(m.span.end <= doc.char_len());
            prop_assert!(m.span.start >= last_end, "mentions overlap");
            last_end = m.span.end;
            prop_assert_eq!(doc.slice(m.span), m.text.as_str());
            if let (Some(a), Some(b)) = (&m.from, &m.to) {
                prop_assert!(a < b, "empty interval {:?}", m);
            }
        }
    }
}
