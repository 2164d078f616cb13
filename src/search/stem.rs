//! Snowball stems, which group a word's forms ("rash", "rashes") into one entry of the index,
//! for the languages that have a Snowball stemmer (`rust-stemmers`). The browser never stems:
//! the index gives each word its stem, so a query word that occurs in the text finds its
//! stem's other forms.

use rust_stemmers::{Algorithm, Stemmer};

use super::fold::{self, Word};

/// The Snowball algorithm for a language (its primary subtag), when there is one.
fn algorithm(lang: &str) -> Option<Algorithm> {
    let primary = lang.split('-').next().unwrap_or(lang);
    Some(match primary {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "no" | "nb" | "nn" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        _ => return None,
    })
}

/// Whether `lang` has a stemmer.
pub fn has_stemmer(lang: &str) -> bool {
    algorithm(lang).is_some()
}

/// The stemmer of `lang`, if it has one.
pub fn stemmer(lang: &str) -> Option<Stemmer> {
    algorithm(lang).map(Stemmer::create)
}

/// The folded stem of a word given in lower case and folded; `None` when it is the folded
/// word itself. The stem is folded like the words (`arabic`: as in
/// [`fold::strips_arabic_article`]); a stem that folds to nothing keeps the word.
pub fn folded_stem(stemmer: &Stemmer, word: &Word, arabic: bool) -> Option<String> {
    let lower = word.lower();
    let stem = stemmer.stem(&lower);
    let mut folded: Option<String> = None;
    fold::words(&stem, arabic, |part| {
        folded.get_or_insert_with(|| part.folded.to_string());
    });
    folded.filter(|stem| *stem != word.folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(lang: &str, text: &str) -> Vec<String> {
        let arabic = fold::strips_arabic_article(lang);
        let mut stems = Vec::new();
        fold::words(text, arabic, |word| {
            let stem = stemmer(lang).and_then(|s| folded_stem(&s, word, arabic));
            stems.push(stem.unwrap_or_else(|| word.folded.to_string()));
        });
        stems
    }

    #[test]
    fn groups_the_forms_of_a_word() {
        assert_eq!(stem("en", "rash rashes"), ["rash", "rash"]);
        assert_eq!(
            stem("de", "Nebenwirkung Nebenwirkungen"),
            ["nebenwirk", "nebenwirk"]
        );
        // No stemmer: each word is its own entry.
        assert_eq!(stem("pl", "biegunka biegunki"), ["biegunka", "biegunki"]);
        assert!(has_stemmer("pt-BR") && !has_stemmer("ga"));
    }
}
