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

/// Languages' own names and English names, for the languages leafpress ships UI strings for,
/// their common regional and script variants, and a few more: (code, own name, English name).
const NAMES: &[(&str, &str, &str)] = &[
    ("ar", "العربية", "Arabic"),
    ("bg", "Български", "Bulgarian"),
    ("bn", "বাংলা", "Bengali"),
    ("cs", "Čeština", "Czech"),
    ("cy", "Cymraeg", "Welsh"),
    ("da", "Dansk", "Danish"),
    ("de", "Deutsch", "German"),
    ("de-AT", "Deutsch (Österreich)", "German (Austria)"),
    ("de-CH", "Deutsch (Schweiz)", "German (Switzerland)"),
    ("el", "Ελληνικά", "Greek"),
    ("en", "English", "English"),
    ("en-GB", "English (UK)", "English (UK)"),
    ("en-US", "English (US)", "English (US)"),
    ("es", "Español", "Spanish"),
    (
        "es-419",
        "Español (Latinoamérica)",
        "Spanish (Latin America)",
    ),
    ("es-MX", "Español (México)", "Spanish (Mexico)"),
    ("et", "Eesti", "Estonian"),
    ("fa", "فارسی", "Persian"),
    ("fi", "Suomi", "Finnish"),
    ("fr", "Français", "French"),
    ("fr-BE", "Français (Belgique)", "French (Belgium)"),
    ("fr-CA", "Français (Canada)", "French (Canada)"),
    ("fr-CH", "Français (Suisse)", "French (Switzerland)"),
    ("ga", "Gaeilge", "Irish"),
    ("he", "עברית", "Hebrew"),
    ("hi", "हिन्दी", "Hindi"),
    ("hr", "Hrvatski", "Croatian"),
    ("hu", "Magyar", "Hungarian"),
    ("it", "Italiano", "Italian"),
    ("ja", "日本語", "Japanese"),
    ("ko", "한국어", "Korean"),
    ("lt", "Lietuvių", "Lithuanian"),
    ("lv", "Latviešu", "Latvian"),
    ("mt", "Malti", "Maltese"),
    ("nb", "Norsk bokmål", "Norwegian Bokmål"),
    ("nl", "Nederlands", "Dutch"),
    ("nl-BE", "Nederlands (België)", "Dutch (Belgium)"),
    ("pl", "Polski", "Polish"),
    ("pt", "Português", "Portuguese"),
    ("pt-BR", "Português (Brasil)", "Portuguese (Brazil)"),
    ("pt-PT", "Português (Portugal)", "Portuguese (Portugal)"),
    ("ro", "Română", "Romanian"),
    ("ru", "Русский", "Russian"),
    ("sk", "Slovenčina", "Slovak"),
    ("sl", "Slovenščina", "Slovenian"),
    ("so", "Soomaali", "Somali"),
    ("sq", "Shqip", "Albanian"),
    ("sr", "Српски", "Serbian"),
    ("sr-Latn", "Srpski (latinica)", "Serbian (Latin)"),
    ("sv", "Svenska", "Swedish"),
    ("tr", "Türkçe", "Turkish"),
    ("uk", "Українська", "Ukrainian"),
    ("ur", "اردو", "Urdu"),
    ("vi", "Tiếng Việt", "Vietnamese"),
    ("zh", "中文", "Chinese"),
    ("zh-Hans", "简体中文", "Chinese (Simplified)"),
    ("zh-Hant", "繁體中文", "Chinese (Traditional)"),
];

/// The language's own name (`de` → `Deutsch`, `pt-BR` → `Português (Brasil)`), when leafpress
/// knows it. A regional tag it has no entry for takes its language's name and the region
/// (`pt-AO` → `Português (AO)`), which reads better in a language picker than the code.
pub fn own_name(code: &str) -> Option<String> {
    if let Some((_, name, _)) = NAMES.iter().find(|(c, _, _)| *c == code) {
        return Some((*name).to_string());
    }
    let id = parse_tag(code).ok()?;
    let region = id.region?;
    let (_, name, _) = NAMES.iter().find(|(c, _, _)| *c == id.language.as_str())?;
    Some(format!("{name} ({region})"))
}

/// The code of a language named in English or in its own language, any case, allowing a
/// typo: `english` → `en`, `Deutsch` → `de`, `french` → `fr`, `portugese` → `pt`.
pub fn code_for_name(name: &str) -> Option<&'static str> {
    let wanted = name.trim().to_lowercase();
    let names: Vec<(String, &'static str)> = NAMES
        .iter()
        .flat_map(|(code, own, english)| {
            [(own.to_lowercase(), *code), (english.to_lowercase(), *code)]
        })
        .collect();
    if let Some((_, code)) = names.iter().find(|(n, _)| *n == wanted) {
        return Some(code);
    }
    // A typo: at most two edits, and at most one in three letters (counted in characters, so
    // a short name in another script is not "near" every word).
    names
        .iter()
        .map(|(known, code)| (strsim::damerau_levenshtein(&wanted, known), known, *code))
        .filter(|(distance, known, _)| *distance <= 2 && *distance * 3 <= known.chars().count())
        .min_by_key(|(distance, _, _)| *distance)
        .map(|(_, _, code)| code)
}

/// `; did you mean `en`?` when `tag` is a language's name rather than its code.
fn name_hint(tag: &str) -> String {
    code_for_name(tag)
        .map(|code| format!("; did you mean `{code}`?"))
        .unwrap_or_default()
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
    let id: LanguageIdentifier = tag.parse().map_err(|_| {
        format!(
            "`{tag}` is not a valid BCP 47 language tag{}",
            name_hint(tag)
        )
    })?;
    if id.language.is_empty() {
        return Err(format!("`{tag}` has no language subtag"));
    }
    // BCP 47 keeps language subtags of 5 to 8 letters for future use, and none is registered:
    // such a "tag" is a language's name (`english`).
    if id.language.as_str().len() > 3 {
        return Err(format!(
            "`{tag}` is not a language code: language codes have two or three letters{}",
            name_hint(tag)
        ));
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

/// The key the language chooser sorts languages' own names by, the same in every locale: the
/// name decomposed (NFD), without combining marks, case-folded (Unicode lowercase, final sigma
/// as sigma). Latin, Greek, Cyrillic and Arabic names then fall in the code point order of
/// their base letters: `Čeština` next to `Castellano`, `Ελληνικά` after every Latin name,
/// Cyrillic after Greek, Arabic after Cyrillic.
pub fn name_sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ς' { 'σ' } else { c })
        .collect()
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
    fn language_names_given_as_codes_suggest_the_code() {
        for (name, code) in [
            ("english", "en"),
            ("Deutsch", "de"),
            ("french", "fr"),
            ("Français", "fr"),
            ("portugese", "pt"),
        ] {
            let problem = parse_tag(name).unwrap_err();
            assert!(
                problem.contains(&format!("did you mean `{code}`?")),
                "{name}: {problem}"
            );
        }
        assert!(parse_tag("klingonese").is_err());
        assert_eq!(code_for_name("xyzzy"), None);
    }

    #[test]
    fn own_names_know_regional_variants() {
        assert_eq!(own_name("pt-BR").as_deref(), Some("Português (Brasil)"));
        assert_eq!(own_name("pt-AO").as_deref(), Some("Português (AO)"));
        assert_eq!(own_name("de").as_deref(), Some("Deutsch"));
        assert_eq!(own_name("xx"), None);
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

    #[test]
    fn names_sort_by_base_letters_whatever_the_case_and_accents() {
        let mut names = vec![
            "Ελληνικά",
            "Українська",
            "English",
            "العربية",
            "Čeština",
            "Deutsch",
            "español",
            "Suomi",
            "Ärzte",
            "Български",
        ];
        names.sort_by_key(|n| name_sort_key(n));
        assert_eq!(
            names,
            [
                "Ärzte",
                "Čeština",
                "Deutsch",
                "English",
                "español",
                "Suomi",
                "Ελληνικά",
                "Български",
                "Українська",
                "العربية",
            ]
        );
        assert_eq!(name_sort_key("ΕΛΛΗΝΙΚΆ"), "ελληνικα");
        assert_eq!(name_sort_key("Ελληνικός"), "ελληνικοσ");
        assert_eq!(name_sort_key("Čeština"), "cestina");
    }
}
