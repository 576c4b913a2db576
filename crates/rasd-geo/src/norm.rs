//! Name keys: the normalised form under which names are indexed and looked up.
//!
//! Arabic: [`rasd_text::norm_word`] per word (alef/ya/ta-marbuta/hamza unified,
//! diacritics dropped) and the article "ال" stripped from every word, so that
//! "الموصل" and "موصل" share a key. Latin: lower case, accents and ayn/hamza
//! marks dropped, hyphens split, a leading article ("al", "el", "as-"...) dropped.

/// Generic place nouns that may precede a name ("محافظة الأنبار"), normalised
/// and without "ال". Index keys are also stored without them.
pub const PLACE_PREFIXES: &[&str] = &[
    "محافظه",
    "ولايه",
    "مدينه",
    "قضاء",
    "قضا",
    "ناحيه",
    "مديريه",
    "اقليم",
    "منطقه",
    "بلده",
    "قريه",
    "حي",
    "مخيم",
    "مقاطعه",
    "اماره",
    "بلديه",
    "ضاحيه",
];

/// Strip a leading "ال" from a normalised Arabic word when at least two
/// letters remain.
pub fn strip_al(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(r) if r.chars().count() >= 2 => r,
        _ => w,
    }
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c)
}

/// True if the text has at least one Arabic letter.
pub fn has_arabic(s: &str) -> bool {
    s.chars().any(is_arabic)
}

fn fold_latin(c: char) -> Option<char> {
    let c = c.to_lowercase().next().unwrap_or(c);
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ā' | 'ã' | 'å' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'ō' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ş' | 'š' | 'ś' | 'ṣ' => 's',
        'ḥ' | 'ħ' | 'ḩ' | 'ẖ' => 'h',
        'ṭ' | 'ţ' => 't',
        'ḍ' | 'đ' | 'ḑ' => 'd',
        'ẓ' | 'ž' | 'ź' | 'ż' | 'ẕ' => 'z',
        'ğ' | 'ġ' => 'g',
        'ñ' | 'ń' => 'n',
        'ÿ' | 'ý' => 'y',
        '\'' | '`' | '‘' | '’' | 'ʿ' | 'ʾ' | 'ʻ' | '´' | '.' => return None,
        c => c,
    })
}

/// A Latin name for display: accents and ayn/hamza marks dropped, case kept
/// ("Al ‘Arīsh" -> "Al Arish").
pub fn display_latin(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if let Some(f) = fold_latin(c) {
            if c.is_uppercase() {
                out.extend(f.to_uppercase());
            } else {
                out.push(f);
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

const LATIN_ARTICLES: &[&str] = &[
    "al", "el", "ad", "adh", "ag", "ak", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "es",
    "et", "ez", "the",
];

/// The key of a name (Arabic or Latin; mixed names are keyed as Arabic).
/// Empty if nothing is left.
pub fn name_key(name: &str) -> String {
    if has_arabic(name) {
        arabic_key(name)
    } else {
        latin_key(name)
    }
}

/// Key of an Arabic name: words normalised, "ال" stripped from each word.
pub fn arabic_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for w in name.split(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '/' | '(' | ')' | ',' | '،' | '"' | '«' | '»')
    }) {
        let n = rasd_text::norm_word(w);
        let n: String = n.chars().filter(|c| c.is_alphanumeric()).collect();
        if n.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(strip_al(&n));
    }
    out
}

/// Key of a Latin name.
pub fn latin_key(name: &str) -> String {
    let folded: String = name.chars().filter_map(fold_latin).collect();
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && LATIN_ARTICLES.contains(&words[0]) {
        words.remove(0);
    }
    words.join(" ")
}

/// Keys to index for a name: the key itself and, when it starts with a
/// generic place noun ("محافظة", "مدينة"...), the key without it.
pub fn index_keys(name: &str) -> Vec<String> {
    let k = name_key(name);
    let mut out = Vec::new();
    if k.is_empty() {
        return out;
    }
    if let Some((first, rest)) = k.split_once(' ') {
        if PLACE_PREFIXES.contains(&first) && !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out.push(k);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_keys_unify_variants() {
        assert_eq!(name_key("الموصل"), name_key("موصل"));
        assert_eq!(name_key("الأنبار"), "انبار");
        assert_eq!(name_key("عين الأسد"), "عين اسد");
        assert_eq!(name_key("حلبجة"), name_key("حلبجه"));
        assert_eq!(name_key("ديالى"), name_key("ديالي"));
        assert_eq!(name_key("الضفة الغربية‎"), "ضفه غربيه");
    }

    #[test]
    fn latin_keys_drop_marks_and_articles() {
        assert_eq!(name_key("Al-Anbar"), "anbar");
        assert_eq!(name_key("Al ‘Arīsh"), "arish");
        assert_eq!(name_key("Hīt"), "hit");
        assert_eq!(name_key("Ta`izz"), "taizz");
    }

    #[test]
    fn prefixed_names_get_both_keys() {
        let k = index_keys("محافظة الأنبار");
        assert!(k.contains(&"انبار".to_string()));
        assert!(k.contains(&"محافظه انبار".to_string()));
        assert_eq!(index_keys("ولاية هلمند")[0], "هلمند");
    }
}
