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

/// One word of a text: folded (what the index and queries compare) and as written in lower
/// case (for stemming, which wants the letters' marks).
#[derive(Debug, Default)]
pub struct Word {
    /// Folded: marks removed, letters normalised.
    pub folded: String,
    /// Lower case, marks kept; only when `marked`.
    lower: String,
    /// Whether the word has a letter other than ASCII, so `lower` may differ from `folded`.
    marked: bool,
}

impl Word {
    /// A word from its lower-case and folded forms.
    pub fn new(lower: &str, folded: &str) -> Word {
        Word {
            folded: folded.to_string(),
            lower: lower.to_string(),
            marked: true,
        }
    }

    /// The word in lower case, marks kept.
    pub fn lower(&self) -> &str {
        if self.marked {
            &self.lower
        } else {
            &self.folded
        }
    }

    /// The lower-case form when it differs from the folded one.
    pub fn lower_if_different(&self) -> Option<&str> {
        (self.marked && self.lower != self.folded).then_some(self.lower.as_str())
    }
}

/// Cuts `text` into words and calls `each` with every one, in order. `arabic`: whether to
/// remove a leading Arabic article ([`strips_arabic_article`] of the text's language).
pub fn words(text: &str, arabic: bool, mut each: impl FnMut(&Word)) {
    let mut cache = [('\0', SEPARATOR, '\0'); CACHE_SIZE];
    let mut word = Word::default();
    // Whether the word has a letter other than ASCII: only then is `word.lower` built.
    let mut marked = false;
    let mut flush = |word: &mut Word, marked: &mut bool| {
        if !word.folded.is_empty() {
            word.marked = *marked;
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
        if !marked {
            // From here on `lower` is built alongside `folded`.
            word.lower.clone_from(&word.folded);
            marked = true;
        }
        let slot = &mut cache[c as usize % CACHE_SIZE];
        let folded = if slot.0 == c {
            *slot
        } else {
            let found = fold_char(c);
            if let Some(found) = found {
                *slot = found;
            }
            found.unwrap_or_else(|| {
                // A letter that folds to more than one letter: rare, not cached.
                let mut letter = false;
                decompose_canonical(c, |part| {
                    if is_combining_mark(part) {
                        letter = true;
                        return;
                    }
                    for lower in part.to_lowercase() {
                        match fold_letter(lower) {
                            Some(folded) if folded.is_alphanumeric() => {
                                word.folded.push(folded);
                                letter = true;
                            }
                            Some(_) => {}
                            None => letter = true,
                        }
                    }
                });
                (c, if letter { KEEP } else { SEPARATOR }, c)
            })
        };
        match folded.1 {
            SEPARATOR => flush(&mut word, &mut marked),
            KEEP => word.lower.extend(c.to_lowercase()),
            letter => {
                word.folded.push(letter);
                word.lower.push(folded.2);
            }
        }
    }
    flush(&mut word, &mut marked);
}

/// How many non-ASCII characters [`words`] remembers the folding of: a text uses few letters.
const CACHE_SIZE: usize = 128;
/// In [`words`]' cache: the character separates words.
const SEPARATOR: char = '\0';
/// In [`words`]' cache: the character belongs to the word but adds no folded letter (a
/// combining mark, tatweel); its lower case is kept for stemming.
const KEEP: char = '\u{1}';

/// How a non-ASCII character folds, when simply: (the character, its one folded letter or
/// [`SEPARATOR`] or [`KEEP`], its one lower-case letter). `None` when it folds to more than
/// one letter or its lower case is more than one letter.
fn fold_char(c: char) -> Option<(char, char, char)> {
    let mut lower_case = c.to_lowercase();
    let lower = lower_case.next()?;
    if lower_case.next().is_some() {
        return None;
    }
    let mut folded: Option<char> = None;
    let mut letter = false;
    let mut simple = true;
    decompose_canonical(c, |part| {
        if is_combining_mark(part) {
            letter = true;
            return;
        }
        for part_lower in part.to_lowercase() {
            match fold_letter(part_lower) {
                Some(f) if f.is_alphanumeric() => {
                    letter = true;
                    if folded.replace(f).is_some() {
                        simple = false;
                    }
                }
                Some(_) => {}
                None => letter = true,
            }
        }
    });
    if !simple {
        return None;
    }
    Some(match folded {
        Some(f) => (c, f, lower),
        None if letter => (c, KEEP, lower),
        None => (c, SEPARATOR, lower),
    })
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
            seen.push((w.lower().to_string(), w.folded.clone()))
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
