//! Translation consistency: a wrong dose or emergency number in one language is a
//! patient-safety defect, so every dose, percentage, phone number, web and e-mail address in a
//! source leaflet must appear in each translation, and nothing else may be added. Numbers are
//! compared after normalising the language's own digits (Arabic-Indic, Persian) and decimal
//! separators, so `2,5 mg` matches `2.5 mg` and `١٢` matches `12`.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::at_body;
use crate::content::Leaflet;
use crate::content::scan::Scan;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// Units whose numbers are doses or measurements (compared in lower case).
const UNITS: &[&str] = &[
    "%", "mg", "g", "kg", "µg", "mcg", "ml", "l", "mmol", "mm", "cm", "°c", "iu", "ie", "ui",
    "mg/kg", "mg/m2", "mg/m²",
];

/// Something that must be the same in every language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Token {
    /// The normalised form compared across languages.
    pub key: String,
    /// Doses, percentages, phone numbers and addresses are safety-critical; plain numbers not.
    pub critical: bool,
}

/// Where each token of a leaflet appears (body offsets).
pub type Occurrences = BTreeMap<Token, Vec<usize>>;

/// The tokens of every source leaflet (the default language), computed once for all of its
/// translations.
pub fn sources(site: &Site) -> HashMap<String, Occurrences> {
    let default = &site.config.default_language;
    site.leaflets
        .par_iter()
        .filter(|l| l.file.language == *default)
        .map(|l| (l.file.identity.clone(), occurrences(l.scan())))
        .collect()
}

/// Findings for one translation compared with its source in the default language.
pub fn check(
    site: &Site,
    leaflet: &Leaflet,
    scanned: &Scan,
    sources: &HashMap<String, Occurrences>,
) -> Vec<Diagnostic> {
    let default = &site.config.default_language;
    if leaflet.file.language == *default {
        return Vec::new();
    }
    let (Some(source), Some(theirs)) = (
        site.leaflet(&leaflet.file.identity, default),
        sources.get(&leaflet.file.identity),
    ) else {
        return Vec::new();
    };
    let ours = occurrences(scanned);
    // A translation may give its country's own emergency numbers after the source's.
    let national: Vec<String> = site
        .config
        .language(&leaflet.file.language)
        .and_then(|l| l.emergency.as_ref())
        .map(|e| {
            e.national
                .iter()
                .map(|n| crate::config::tel_digits(n))
                .collect()
        })
        .unwrap_or_default();
    let mut found = Vec::new();
    for (token, places) in theirs {
        let have = ours.get(token).map_or(0, Vec::len);
        if have < places.len() {
            let line = source.position(source.body_offset + places[have]).line;
            found.push(at_body(
                leaflet,
                0,
                finding(
                    token,
                    format!(
                        "`{}` appears {} time(s) in the source ({}:{line}) but {have} time(s) here",
                        token.key,
                        places.len(),
                        source.file.display_path.display()
                    ),
                ),
            ));
        }
    }
    for (token, places) in &ours {
        if !national.is_empty() && national.contains(&crate::config::tel_digits(&token.key)) {
            continue;
        }
        let expected = theirs.get(token).map_or(0, Vec::len);
        for &offset in places.iter().skip(expected) {
            found.push(at_body(
                leaflet,
                offset,
                finding(
                    token,
                    format!(
                        "`{}` is not in the source `{}` (or appears there fewer times)",
                        token.key,
                        source.file.display_path.display()
                    ),
                ),
            ));
        }
    }
    found
}

/// `tel-mismatch`: errors for `tel:` links of a translation that dial a number no `tel:` link
/// of its source dials, nor this language's `emergency:` numbers in `site.yaml` (its number,
/// helpline and national numbers). The text
/// check above compares numbers in the prose; a link's target is not prose, and a reader taps
/// it without seeing it.
pub fn tel_links(site: &Site, leaflet: &Leaflet, scanned: &Scan) -> Vec<Diagnostic> {
    let default = &site.config.default_language;
    if leaflet.file.language == *default {
        return Vec::new();
    }
    let Some(source) = site.leaflet(&leaflet.file.identity, default) else {
        return Vec::new();
    };
    let mut allowed: Vec<String> = source
        .scan()
        .links
        .iter()
        .filter_map(|link| tel_number(&link.url))
        .collect();
    if let Some(emergency) = site
        .config
        .language(&leaflet.file.language)
        .and_then(|l| l.emergency.as_ref())
    {
        allowed.extend(emergency.tels());
    }
    scanned
        .links
        .iter()
        .filter_map(|link| Some((link, tel_number(&link.url)?)))
        .filter(|(_, number)| !allowed.contains(number))
        .map(|(link, number)| {
            at_body(
                leaflet,
                link.offset,
                Diagnostic::error(format!(
                    "the link `{}` dials {number}, which no `tel:` link of the source `{}` dials",
                    link.url,
                    source.file.display_path.display()
                ))
                .with_code("tel-mismatch")
                .with_help(
                    "copy the number of the source's `tel:` link exactly; if the source is wrong, fix it there first",
                ),
            )
        })
        .collect()
}

/// The number a `tel:` link dials (`+` and digits), or `None` for another link.
fn tel_number(url: &str) -> Option<String> {
    let (scheme, number) = url.trim().split_once(':')?;
    if !scheme.eq_ignore_ascii_case("tel") {
        return None;
    }
    let number = number.split(['?', ';']).next().unwrap_or("");
    // `%2B` is a `+`; any other escape (`%20`) is a separator whose hex digits are not dialled.
    let mut unescaped = String::with_capacity(number.len());
    let mut rest = number;
    while let Some(percent) = rest.find('%') {
        unescaped.push_str(&rest[..percent]);
        let escape = rest.get(percent + 1..percent + 3).unwrap_or("");
        if escape.eq_ignore_ascii_case("2b") {
            unescaped.push('+');
        }
        rest = rest.get(percent + 3..).unwrap_or("");
    }
    unescaped.push_str(rest);
    Some(crate::config::tel_digits(&unescaped))
}

fn finding(token: &Token, message: String) -> Diagnostic {
    let (code, diagnostic) = if token.critical {
        ("safety-mismatch", Diagnostic::error(message))
    } else {
        ("number-mismatch", Diagnostic::warning(message))
    };
    diagnostic.with_code(code).with_help(
        "copy doses, phone numbers, percentages and addresses exactly from the source; if the source is wrong, fix it there first",
    )
}

/// Every token of a leaflet's prose, with the body offsets where it appears.
pub fn occurrences(scanned: &Scan) -> Occurrences {
    let mut map: BTreeMap<Token, Vec<usize>> = BTreeMap::new();
    for block in &scanned.blocks {
        for (index, token) in tokens(&block.text) {
            map.entry(token).or_default().push(block.body_offset(index));
        }
    }
    map
}

/// The tokens of a text, with their byte index in it.
pub fn tokens(text: &str) -> Vec<(usize, Token)> {
    if !text
        .chars()
        .any(|c| ascii_digit(c).is_some() || c == '@' || c == ':' || c == 'w')
    {
        return Vec::new();
    }
    let words = words(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (index, word) = words[i];
        i += 1;
        // Most words are none of these: every kind below needs one of these characters.
        let may_be_token = word.starts_with("www.")
            || word
                .chars()
                .any(|c| c == ':' || c == '@' || ascii_digit(c).is_some());
        if !may_be_token {
            continue;
        }
        if word.contains("://") || word.starts_with("www.") {
            let key = word.trim_end_matches('/').to_string();
            found.push((
                index,
                Token {
                    key,
                    critical: true,
                },
            ));
        } else if word.contains('@') && word.contains('.') {
            found.push((
                index,
                Token {
                    key: word.to_lowercase(),
                    critical: true,
                },
            ));
        } else if is_phone_part(word) {
            let mut digits: String = word.chars().filter_map(ascii_digit).collect();
            let mut end = i;
            while end < words.len() && is_phone_part(words[end].1) && !digits.is_empty() {
                digits.extend(words[end].1.chars().filter_map(ascii_digit));
                end += 1;
            }
            if digits.len() >= 7 {
                found.push((
                    index,
                    Token {
                        key: format!("phone {digits}"),
                        critical: true,
                    },
                ));
                i = end;
            } else {
                found.extend(number_token(index, word, words.get(i).map(|w| w.1)));
            }
        } else {
            found.extend(number_token(index, word, words.get(i).map(|w| w.1)));
        }
    }
    found
}

/// The words of a text with surrounding punctuation removed, and their byte index.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let index = word.as_ptr() as usize - text.as_ptr() as usize;
        let trimmed = word.trim_matches(|c: char| {
            matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '"'
                    | '\''
                    | '«'
                    | '»'
                    | '“'
                    | '”'
                    | '„'
                    | '!'
                    | '?'
                    | '؟'
                    | '،'
            )
        });
        if !trimmed.is_empty() {
            let index = index + (trimmed.as_ptr() as usize - word.as_ptr() as usize);
            words.push((index, trimmed));
        }
    }
    words
}

/// A word that can be part of a phone number: digits with `+`, `-`, `(`, `)` or `/`.
fn is_phone_part(word: &str) -> bool {
    word.chars().any(|c| ascii_digit(c).is_some())
        && word
            .chars()
            .all(|c| ascii_digit(c).is_some() || matches!(c, '+' | '-' | '(' | ')' | '/'))
        && (word.starts_with('+')
            || word.chars().filter(|c| ascii_digit(*c).is_some()).count() >= 2)
}

/// A number (with its unit, when its own suffix or the next word is one).
fn number_token(index: usize, word: &str, next: Option<&str>) -> Option<(usize, Token)> {
    let first_digit = word.find(|c: char| ascii_digit(c).is_some())?;
    let rest = &word[first_digit..];
    let number_end = rest
        .char_indices()
        .find(|(_, c)| ascii_digit(*c).is_none() && !matches!(c, '.' | ',' | '\u{66b}' | '\u{66c}'))
        .map_or(rest.len(), |(i, _)| i);
    let number = normalise_number(&rest[..number_end]);
    if number.is_empty() {
        return None;
    }
    let suffix = rest[number_end..].to_lowercase();
    let unit = if UNITS.contains(&suffix.as_str()) {
        Some(suffix)
    } else if suffix.is_empty() {
        next.map(str::to_lowercase)
            .filter(|next| UNITS.contains(&next.as_str()))
    } else {
        None
    };
    Some(match unit {
        Some(unit) => (
            index,
            Token {
                key: format!("{number} {unit}"),
                critical: true,
            },
        ),
        None => (
            index,
            Token {
                key: number,
                critical: false,
            },
        ),
    })
}

/// `2,5` → `2.5`, `1.000` and `1,000` → `1000`, `١٢٫٥` → `12.5`: a last separator followed by
/// exactly three digits groups thousands; any other is the decimal separator.
fn normalise_number(text: &str) -> String {
    let ascii: String = text
        .chars()
        .map(|c| match c {
            '\u{66b}' => '.',
            '\u{66c}' => ',',
            c => ascii_digit(c).unwrap_or(c),
        })
        .collect();
    let parts: Vec<&str> = ascii
        .trim_end_matches(['.', ','])
        .split(['.', ','])
        .collect();
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.len() != 3 => {
            format!("{}.{last}", rest.concat())
        }
        _ => parts.concat(),
    }
}

/// The ASCII digit for a digit of any of the scripts leaflets use.
fn ascii_digit(c: char) -> Option<char> {
    let value = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '\u{660}'..='\u{669}' => c as u32 - 0x660,
        '\u{6f0}'..='\u{6f9}' => c as u32 - 0x6f0,
        _ => return None,
    };
    char::from_digit(value, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|(_, t)| t.key).collect()
    }

    #[test]
    fn doses_numbers_phones_and_addresses_are_found() {
        assert_eq!(
            keys(
                "Take 2.5 mg every 3 weeks; call +44 20 7946 0958 or 112, see https://example.org/a. Mail info@example.org."
            ),
            [
                "2.5 mg",
                "3",
                "phone 442079460958",
                "112",
                "https://example.org/a",
                "info@example.org"
            ]
        );
        assert_eq!(keys("10% of people"), ["10 %"]);
        assert_eq!(keys("10 % of people"), ["10 %"]);
    }

    #[test]
    fn a_repeated_token_is_found_at_each_of_its_places() {
        let text = "Call 112, or (112) again; 2.5 mg then 2.5 mg.";
        let places: Vec<(usize, String)> = tokens(text)
            .into_iter()
            .map(|(index, token)| (index, token.key))
            .collect();
        assert_eq!(
            places,
            [
                (5, "112".to_string()),
                (14, "112".to_string()),
                (26, "2.5 mg".to_string()),
                (38, "2.5 mg".to_string())
            ]
        );
    }

    #[test]
    fn tel_links_are_read_as_the_digits_they_dial() {
        assert_eq!(tel_number("tel:112").as_deref(), Some("112"));
        assert_eq!(
            tel_number("TEL:+44 20 7946-0000").as_deref(),
            Some("+442079460000")
        );
        assert_eq!(tel_number("tel:0800123;ext=2").as_deref(), Some("0800123"));
        assert_eq!(
            tel_number("tel:%2B44%2020%207946").as_deref(),
            Some("+44207946")
        );
        assert_eq!(tel_number("mailto:a@b.org"), None);
        assert_eq!(tel_number("side-effects.md"), None);
    }

    #[test]
    fn language_digits_and_separators_are_normalised() {
        assert_eq!(keys("2,5 mg"), ["2.5 mg"]);
        assert_eq!(keys("٢٫٥ mg"), ["2.5 mg"]);
        assert_eq!(keys("۱۲ mg"), ["12 mg"]);
        assert_eq!(keys("every 12 weeks"), keys("alle 12 Wochen"));
    }
}
