//! Untranslated prose: English left in a leaflet of another language. A reader of the French
//! page who meets an English paragraph inside `lang="fr"` is misled twice: the text is not in
//! their language, and a screen reader speaks it with French pronunciation (WCAG 3.1.2).
//!
//! The test is deliberately simple: English function words (`the`, `and`, `you`, …) are among
//! the most frequent words of any English text and rare in others, so a paragraph or list item
//! of at least [`MIN_WORDS`] words of which at least [`MIN_SHARE`] are English function words is
//! English. Drug names, numbers and source titles do not trip it: they are not function words,
//! and front matter is not body text. Only sites whose default language is English are checked;
//! there is no word list for other source languages yet.

use super::at_body;
use crate::content::Leaflet;
use crate::content::scan::Scan;
use crate::diagnostics::Diagnostic;
use crate::readability::letters;
use crate::site::Site;

/// Blocks shorter than this many words are not judged: a short English phrase (a name, a
/// quoted title) is too little to tell.
pub const MIN_WORDS: usize = 8;

/// The share of English function words from which a block counts as English.
pub const MIN_SHARE: f64 = 0.35;

/// English function words, in lower case. Words that are also frequent in the guide's other
/// languages are left out (French and Italian `a`, Polish `to` and `a`, Spanish `no`, German
/// `in`, Italian `in` and `non`), so that the test does not need to know the other language.
const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "is", "are", "was", "were", "you", "your", "yours", "with", "for", "that",
    "this", "these", "those", "it", "its", "be", "been", "can", "could", "not", "or", "if", "have",
    "has", "had", "will", "would", "may", "might", "should", "must", "they", "them", "their", "we",
    "our", "us", "he", "she", "his", "her", "what", "when", "which", "who", "how", "there", "then",
    "than", "from", "at", "by", "about", "into", "do", "does", "any", "some", "an", "but", "also",
    "more",
];

/// True when `language` is English (its primary subtag is `en`).
fn is_english(language: &str) -> bool {
    language.split(['-', '_']).next() == Some("en")
}

/// The characters of the longest of [`FUNCTION_WORDS`].
const LONGEST_FUNCTION_WORD: usize = 6;

/// The words of a text: runs of letters (with inner apostrophes).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(letters::is_alphabetic(c) || c == '\'' || c == '’'))
        .map(|word| word.trim_matches(['\'', '’']))
        .filter(|word| !word.is_empty())
}

/// True when a word in lower case is one of [`FUNCTION_WORDS`]. An ASCII word is compared
/// without lower-casing it; a longer word than the longest cannot be one (lower case has at
/// least as many characters); another is lower-cased into `lower`, kept between words.
fn is_function_word(word: &str, lower: &mut String) -> bool {
    if word.is_ascii() {
        return word.len() <= LONGEST_FUNCTION_WORD
            && FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word));
    }
    if word.chars().nth(LONGEST_FUNCTION_WORD).is_some() {
        return false;
    }
    lower.clear();
    lower.extend(word.chars().flat_map(char::to_lowercase));
    FUNCTION_WORDS.contains(&lower.as_str())
}

/// True when a block of text reads as English by the function-word test.
pub fn looks_english(text: &str) -> bool {
    let mut lower = String::new();
    let (total, function) = words(text).fold((0usize, 0usize), |(total, function), word| {
        (
            total + 1,
            function + usize::from(is_function_word(word, &mut lower)),
        )
    });
    total >= MIN_WORDS && function as f64 >= MIN_SHARE * total as f64
}

/// `untranslated-prose` for each English paragraph or list item of a leaflet in another
/// language, when the site's default language is English.
pub fn check(site: &Site, leaflet: &Leaflet, scanned: &Scan) -> Vec<Diagnostic> {
    let language = &leaflet.file.language;
    if !is_english(&site.config.default_language) || is_english(language) {
        return Vec::new();
    }
    scanned
        .blocks
        .iter()
        .filter(|block| looks_english(&block.text))
        .map(|block| {
            at_body(
                leaflet,
                block.offset,
                Diagnostic::warning(format!(
                    "this text looks English, in a leaflet in `{language}`"
                ))
                .with_code("untranslated-prose")
                .with_help(format!(
                    "translate it into `{language}`; readers and screen readers take it for `{language}`. If it must stay English, say why with `silence: {{untranslated-prose: ...}}`"
                )),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_prose_is_found_and_other_languages_are_not() {
        assert!(looks_english(
            "If you have a fever, call your team at once, even at night."
        ));
        assert!(!looks_english(
            "Si vous avez de la fièvre, appelez votre équipe tout de suite, même la nuit."
        ));
        assert!(!looks_english(
            "Wenn Sie Fieber haben, rufen Sie sofort Ihr Team an, auch in der Nacht."
        ));
        assert!(!looks_english(
            "Jeśli masz gorączkę, to zadzwoń do zespołu od razu, a także w nocy."
        ));
        assert!(!looks_english(
            "Se hai la febbre, chiama subito il tuo team, anche di notte e non aspettare."
        ));
        assert!(
            !looks_english("The card and the number."),
            "too short to tell"
        );
    }

    #[test]
    fn function_words_are_found_in_any_case_and_only_whole() {
        for word in ["the", "THE", "Your", "yOuRs", "more"] {
            assert!(is_function_word(word, &mut String::new()), "{word}");
        }
        for word in [
            "there's", "thee", "them's", "a", "in", "yours'", "théy", "ΤΗΕ", "moreover",
        ] {
            assert!(!is_function_word(word, &mut String::new()), "{word}");
        }
        assert!(
            FUNCTION_WORDS
                .iter()
                .all(|w| w.len() <= LONGEST_FUNCTION_WORD
                    && w.chars().all(|c| c.is_ascii_lowercase()))
        );
    }

    #[test]
    fn every_block_of_the_guide_is_judged_as_by_lower_casing_each_word() {
        let by_lower_case = |text: &str| {
            let (total, function) = text
                .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
                .map(|word| word.trim_matches(['\'', '’']))
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase)
                .fold((0usize, 0usize), |(total, function), word| {
                    (
                        total + 1,
                        function + usize::from(FUNCTION_WORDS.contains(&word.as_str())),
                    )
                });
            total >= MIN_WORDS && function as f64 >= MIN_SHARE * total as f64
        };
        let guide = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut english = 0;
        for language in std::fs::read_dir(guide).unwrap() {
            for file in std::fs::read_dir(language.unwrap().path()).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                for block in crate::content::scan::scan(&text).blocks {
                    assert_eq!(
                        looks_english(&block.text),
                        by_lower_case(&block.text),
                        "{}",
                        block.text
                    );
                    english += usize::from(looks_english(&block.text));
                }
            }
        }
        assert!(english > 100, "{english} English blocks");
    }
}
