//! Languages: BCP 47 tags, text direction and fallback chains.
//!
//! Tags are validated and canonicalised with `unic-langid` (the parser Fluent itself uses), so a
//! tag that works in `site.yaml` also works for Fluent's plural rules. Direction comes from the
//! script: an explicit script subtag wins, otherwise the language's usual script.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// Text direction of a language, as written in the HTML `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu and other scripts).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Scripts written right to left (ISO 15924 codes).
const RTL_SCRIPTS: &[&str] = &[
    "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr",
];

/// Languages whose usual script is right to left, when the tag names no script.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "azb", "ckb", "dv", "fa", "he", "iw", "khw", "ks", "ku", "ps", "sd", "syr", "ug",
    "ur", "yi",
];

/// Languages' own names, for the languages leafpress ships UI strings for and a few more.
const OWN_NAMES: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("bg", "Български"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fa", "فارسی"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("he", "עברית"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
];

/// The language's own name (`de` → `Deutsch`), when leafpress knows it.
pub fn own_name(code: &str) -> Option<&'static str> {
    OWN_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
}

/// Parses and canonicalises a BCP 47 language tag (`pt-br` becomes `pt-BR`).
///
/// Returns a sentence saying what is wrong when the tag is not a valid tag.
pub fn parse_tag(tag: &str) -> Result<LanguageIdentifier, String> {
    if tag.trim().is_empty() {
        return Err("the language code is empty".into());
    }
    if tag.contains('_') {
        return Err(format!(
            "`{tag}` uses `_`; BCP 47 language tags use `-`, e.g. `{}`",
            tag.replace('_', "-")
        ));
    }
    let id: LanguageIdentifier = tag
        .parse()
        .map_err(|_| format!("`{tag}` is not a valid BCP 47 language tag"))?;
    if id.language.is_empty() {
        return Err(format!("`{tag}` has no language subtag"));
    }
    Ok(id)
}

/// The direction a language is written in.
pub fn direction_of(id: &LanguageIdentifier) -> Direction {
    let rtl = match id.script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&id.language.as_str()),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

/// The tag's parents, most specific first: `zh-Hant-TW` gives `zh-Hant`, `zh`.
pub fn parents(id: &LanguageIdentifier) -> Vec<String> {
    let mut parents = Vec::new();
    let mut current = id.clone();
    loop {
        if current.variants().next().is_some() {
            current.clear_variants();
        } else if current.region.is_some() {
            current.region = None;
        } else if current.script.is_some() {
            current.script = None;
        } else {
            break;
        }
        parents.push(current.to_string());
    }
    parents
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_canonicalised_and_bad_ones_explained() {
        assert_eq!(parse_tag("pt-br").unwrap().to_string(), "pt-BR");
        assert!(parse_tag("en_GB").unwrap_err().contains("`en-GB`"));
        assert!(parse_tag("not a tag").is_err());
        assert!(parse_tag("").is_err());
    }

    #[test]
    fn direction_follows_script() {
        let dir = |t: &str| direction_of(&parse_tag(t).unwrap());
        assert_eq!(dir("ar"), Direction::Rtl);
        assert_eq!(dir("he"), Direction::Rtl);
        assert_eq!(dir("fa-IR"), Direction::Rtl);
        assert_eq!(dir("ur"), Direction::Rtl);
        assert_eq!(dir("uk"), Direction::Ltr);
        assert_eq!(dir("az-Arab"), Direction::Rtl);
        assert_eq!(dir("ku-Latn"), Direction::Ltr);
    }

    #[test]
    fn parents_drop_subtags_from_the_end() {
        let p = parents(&parse_tag("zh-Hant-TW").unwrap());
        assert_eq!(p, vec!["zh-Hant".to_string(), "zh".to_string()]);
        assert!(parents(&parse_tag("en").unwrap()).is_empty());
    }
}
