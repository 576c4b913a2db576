//! Property tests: offsets always map back inside the original, every
//! token's span slices to its text, nothing panics on any `&str`.

use proptest::prelude::*;
use rasd_core::Document;

/// Strings biased towards what news text contains: Arabic letters,
/// diacritics, tatweel, digits of three scripts, separators, quotes,
/// invisible controls, Latin, punctuation and line breaks.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قتل",
        "ثلاثة",
        "صواريخ",
        "على",
        "الأقل",
        "أكثر",
        "من",
        "نحو",
        "بين",
        "و",
        "عشرات",
        "الآلاف",
        "صاروخان",
        "جنديين",
        "الحادي",
        "والعشرين",
        "عام",
        "2021",
        "٣٬٥٠٠",
        "3,500",
        "2:45",
        "۱۲",
        "١٢/١٠",
        "-1.5",
        ".77",
        "فاصلة",
        "مليون",
        "يوليو/تموز",
        "%",
        "في",
        "المئة",
        "د.",
        "أ.ف.ب",
        "العربية.نت",
        "«",
        "»",
        "\"",
        "(",
        ")",
        ".",
        "..",
        "؟",
        "!",
        "،",
        "\n",
        " ",
        "  ",
        "\u{200C}",
        "\u{200F}",
        "\u{0640}",
        "\u{064E}",
        "\u{FEFB}",
        "F-16",
        "COVID-19",
        "ـ",
        "ة",
        "ى",
        "ک",
        "ی",
        "٫",
        "٬",
        "-",
        "/",
        ":",
        "\u{00A0}",
        "\r\n",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn check(s: &str) {
    let mut d = Document::new("p", s);
    rasd_text::analyze(&mut d);
    let n = d.char_len();
    for t in &d.tokens {
        assert!(
            t.span.start < t.span.end && t.span.end <= n,
            "token span {:?}",
            t.span
        );
        assert_eq!(d.slice(t.span), t.text);
        assert_eq!(t.norm, rasd_text::norm_word(&t.text));
    }
    for w in d.tokens.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "tokens overlap");
    }
    let mut next = 0;
    for s in &d.sentences {
        assert_eq!(s.tokens.0, next, "sentences must partition tokens");
        assert!(s.tokens.1 > s.tokens.0);
        assert!(s.span.end <= n);
        next = s.tokens.1;
    }
    assert_eq!(next, d.tokens.len());
    let mut prev_end = 0;
    for m in &d.numbers {
        assert!(m.span.start < m.span.end && m.span.end <= n);
        assert!(m.span.start >= prev_end, "number mentions overlap");
        prev_end = m.span.end;
        assert_eq!(d.slice(m.span), m.text);
        assert!(m.value.is_finite());
        if let (Some(lo), Some(hi)) = (m.min, m.max) {
            assert!(lo <= hi, "min > max in {m:?}");
        }
        if let Some(ns) = m.noun_span {
            assert!(ns.end <= n);
        }
    }
    // normalisation map
    let norm = rasd_text::normalize(s);
    assert_eq!(norm.orig.len(), norm.text.chars().count() + 1);
    assert_eq!(norm.orig.last().copied(), Some(n));
    assert!(norm.orig.windows(2).all(|w| w[0] <= w[1]));
    let k = norm.char_len();
    for a in 0..=k {
        for b in [a, (a + 1).min(k), k] {
            let sp = norm.orig_span(a, b);
            assert!(sp.start <= sp.end && sp.end <= n, "orig_span out of range");
        }
    }
    let _ = rasd_text::parse_number(s);
    for st in rasd_text::stems(&rasd_text::norm_word(s)) {
        assert!(!st.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_is_safe(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn newsish_strings_keep_offsets(s in newsish()) {
        check(&s);
    }

    #[test]
    fn normalized_chars_map_to_their_origin(s in newsish()) {
        let n = rasd_text::normalize(&s);
        let orig: Vec<char> = s.chars().collect();
        for (i, c) in n.text.chars().enumerate() {
            let o = orig[n.orig[i]];
            // the normalised char comes from its original char (or a ligature)
            let back = rasd_text::normalize_char(o);
            let ligature = ('\u{FEF5}'..='\u{FEFC}').contains(&o);
            let ok = back == Some(c) || ligature;
            prop_assert!(ok, "char {} from {}", c, o);
        }
    }
}
