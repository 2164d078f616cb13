//! Words for search: text cut into words and folded exactly as the search page's script does
//! it (docs/search.md, "How words are matched"), so that what a reader types meets the index.
//! `tests/fixtures/search/fold-cases.json` holds the cases both sides are tested against.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Arabic tatweel, a letter-stretching mark with no meaning: removed.
const TATWEEL: char = '\u{640}';

/// The Arabic article, alone or after a one-letter conjunction or preposition, and `لل`
/// ("for the"): removed from the start of a word that keeps at least two letters. Longest
/// first.
const ARABIC_ARTICLES: &[&str] = &["وال", "فال", "بال", "كال", "لل", "ال"];

/// Whether words of `lang` (a BCP 47 tag) lose a leading Arabic article.
pub fn strips_arabic_article(lang: &str) -> bool {
    lang == "ar" || lang.starts_with("ar-")
}

/// One word of a text: as written in lower case (for stemming, which wants the letters'
/// marks) and folded (what the index and queries compare).
#[derive(Debug, Default)]
pub struct Word {
    /// Lower case, marks kept.
    pub lower: String,
    /// Folded: marks removed, letters normalised.
    pub folded: String,
}

/// Cuts `text` into words and calls `each` with every one, in order. `arabic`: whether to
/// remove a leading Arabic article ([`strips_arabic_article`] of the text's language).
pub fn words(text: &str, arabic: bool, mut each: impl FnMut(&Word)) {
    let mut word = Word::default();
    // Whether `word.lower` differs from `word.folded`; when not, it is not built.
    let mut marked = false;
    let mut flush = |word: &mut Word, marked: &mut bool| {
        if !word.folded.is_empty() {
            if !*marked {
                word.lower.clone_from(&word.folded);
            }
            if arabic {
                strip_arabic_article(word);
            }
            each(word);
        }
        word.lower.clear();
        word.folded.clear();
        *marked = false;
    };
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                let lower = c.to_ascii_lowercase();
                word.folded.push(lower);
                if marked {
                    word.lower.push(lower);
                }
            } else {
                flush(&mut word, &mut marked);
            }
            continue;
        }
        let mut letter = false;
        let mut folded_any = false;
        if !marked {
            // From here on `lower` is built alongside `folded`.
            word.lower.clone_from(&word.folded);
            marked = true;
        }
        decompose_canonical(c, |part| {
            if is_combining_mark(part) {
                letter = true;
                return;
            }
            for lower in part.to_lowercase() {
                let Some(folded) = fold_letter(lower) else {
                    letter = true;
                    continue;
                };
                if folded.is_alphanumeric() {
                    word.folded.push(folded);
                    folded_any = true;
                    letter = true;
                }
            }
        });
        if letter || folded_any {
            word.lower.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut marked);
        }
    }
    flush(&mut word, &mut marked);
}

/// A lower-case letter folded, or `None` for a letter that is dropped (tatweel).
fn fold_letter(c: char) -> Option<char> {
    match c {
        'ς' => Some('σ'),
        TATWEEL => None,
        'ة' => Some('ه'),
        'ى' => Some('ي'),
        other => Some(other),
    }
}

/// Removes a leading Arabic article from a word that keeps at least two letters after it.
fn strip_arabic_article(word: &mut Word) {
    for article in ARABIC_ARTICLES {
        if let Some(rest) = word.folded.strip_prefix(article)
            && rest.chars().count() >= 2
        {
            word.folded = rest.to_string();
            if let Some(rest) = word.lower.strip_prefix(article) {
                word.lower = rest.to_string();
            }
            return;
        }
    }
}

/// A text's folded words, in order.
pub fn folded(text: &str, arabic: bool) -> Vec<String> {
    let mut all = Vec::new();
    words(text, arabic, |word| all.push(word.folded.clone()));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Case {
        lang: String,
        text: String,
        tokens: Vec<String>,
    }

    /// The cases the search page's script is tested against too (tests/browser/), so both
    /// sides fold alike.
    #[test]
    fn folds_as_the_browser_does() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/search/fold-cases.json"
        );
        let cases: Vec<Case> =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(cases.len() >= 20);
        for case in cases {
            assert_eq!(
                folded(&case.text, strips_arabic_article(&case.lang)),
                case.tokens,
                "{} {:?}",
                case.lang,
                case.text
            );
        }
    }

    #[test]
    fn keeps_the_marks_for_stemming() {
        let mut seen = Vec::new();
        words("Nebenwirkungen, Ärzte l'été", false, |w| {
            seen.push((w.lower.clone(), w.folded.clone()))
        });
        assert_eq!(
            seen,
            [
                ("nebenwirkungen".into(), "nebenwirkungen".into()),
                ("ärzte".into(), "arzte".into()),
                ("l".into(), "l".into()),
                ("été".into(), "ete".into()),
            ]
        );
    }

    #[test]
    fn removes_the_arabic_article_and_marks() {
        assert_eq!(folded("الإسهال", true), ["اسهال"]);
        assert_eq!(folded("إسهال", true), ["اسهال"]);
        assert_eq!(folded("وَالطَّبِيب", true), ["طبيب"]);
        // Too short to be an article and a word.
        assert_eq!(folded("الم", true), ["الم"]);
        assert_eq!(folded("الإسهال", false), ["الاسهال"]);
    }

    #[test]
    fn folds_greek_and_slavic_letters() {
        assert_eq!(folded("Παρενέργειες", false), ["παρενεργειεσ"]);
        assert_eq!(
            folded("Biegunka, biegunkę", false),
            ["biegunka", "biegunke"]
        );
        assert_eq!(folded("38 °C 112", false), ["38", "c", "112"]);
    }
}
