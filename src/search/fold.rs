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

/// One word of a text: folded (what the index and queries compare), and as written, from which
/// its lower case (for stemming, which wants the letters' marks) is made when asked for.
#[derive(Debug, Default)]
pub struct Word<'t> {
    /// Folded: marks removed, letters normalised.
    pub folded: String,
    /// The word as written in the text (with its Arabic article, if one was removed).
    written: &'t str,
    /// Whether the word has a character other than ASCII, so its lower case may differ from
    /// `folded`.
    marked: bool,
    /// Whether an Arabic article was removed from `folded`.
    stripped: bool,
}

impl<'t> Word<'t> {
    /// A word as written, and folded.
    pub fn new(written: &'t str, folded: &str) -> Word<'t> {
        Word {
            folded: folded.to_string(),
            written,
            marked: !written.is_ascii(),
            stripped: false,
        }
    }

    /// The word in lower case, marks kept (and without the Arabic article `folded` lost).
    pub fn lower(&self) -> String {
        if !self.marked {
            return self.folded.clone();
        }
        let lower = self.written.to_lowercase();
        if self.stripped
            && let Some(rest) = ARABIC_ARTICLES
                .iter()
                .find_map(|article| lower.strip_prefix(article))
        {
            return rest.to_string();
        }
        lower
    }

    /// The lower-case form when it may differ from the folded one; `None` for a word of ASCII
    /// letters and digits, whose lower case is its folded form.
    pub fn lower_if_marked(&self) -> Option<String> {
        self.marked.then(|| self.lower())
    }
}

/// Cuts `text` into words and calls `each` with every one, in order. `arabic`: whether to
/// remove a leading Arabic article ([`strips_arabic_article`] of the text's language).
pub fn words<'t>(text: &'t str, arabic: bool, each: impl FnMut(&Word<'t>)) {
    CACHE.with(|cache| match cache.try_borrow_mut() {
        Ok(mut cache) => words_with(&mut cache, text, arabic, each),
        // Called from inside another call's `each` (a stem folded while reading a text).
        Err(_) => words_with(&mut [('\0', SEPARATOR); 64], text, arabic, each),
    });
}

thread_local! {
    /// The folding of the non-ASCII characters a thread met last, by code point modulo
    /// [`CACHE_SIZE`]: a text uses few letters, and folding one takes two table lookups.
    static CACHE: std::cell::RefCell<Vec<(char, char)>> =
        std::cell::RefCell::new(vec![('\0', SEPARATOR); CACHE_SIZE]);
}

/// [`words`], with a thread's cache.
fn words_with<'t>(
    cache: &mut [(char, char)],
    text: &'t str,
    arabic: bool,
    mut each: impl FnMut(&Word<'t>),
) {
    let mut word = Word::default();
    // Where the word being read starts in `text`, once it has a character.
    let mut start: Option<usize> = None;
    let mut flush = |word: &mut Word<'t>, start: &mut Option<usize>, end: usize| {
        if let Some(from) = start.take()
            && !word.folded.is_empty()
        {
            word.written = &text[from..end];
            word.stripped = arabic && strip_arabic_article(&mut word.folded);
            each(word);
        }
        word.folded.clear();
        word.marked = false;
    };
    for (at, c) in text.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                start.get_or_insert(at);
                word.folded.push(c.to_ascii_lowercase());
            } else {
                flush(&mut word, &mut start, at);
            }
            continue;
        }
        let slot = &mut cache[c as usize % cache.len()];
        let folded = if slot.0 == c {
            slot.1
        } else {
            match fold_char(c) {
                Some(folded) => {
                    *slot = (c, folded);
                    folded
                }
                None => {
                    // A letter that folds to more than one letter: rare, not cached.
                    if fold_into(c, &mut word.folded) {
                        KEEP
                    } else {
                        SEPARATOR
                    }
                }
            }
        };
        match folded {
            SEPARATOR => flush(&mut word, &mut start, at),
            KEEP => {
                start.get_or_insert(at);
                word.marked = true;
            }
            letter => {
                start.get_or_insert(at);
                word.marked = true;
                word.folded.push(letter);
            }
        }
    }
    flush(&mut word, &mut start, text.len());
}

/// How many non-ASCII characters [`words`] remembers the folding of (Latin-1 to Latin
/// Extended-A, Greek, Cyrillic and Arabic fall in different places).
const CACHE_SIZE: usize = 2048;
/// In [`words`]' cache: the character separates words.
const SEPARATOR: char = '\0';
/// In [`words`]' cache: the character belongs to the word but adds no folded letter (a
/// combining mark, tatweel).
const KEEP: char = '\u{1}';

/// How a non-ASCII character folds, when simply: its one folded letter, or [`SEPARATOR`] or
/// [`KEEP`]. `None` when it folds to more than one letter.
fn fold_char(c: char) -> Option<char> {
    let mut folded = String::new();
    let belongs = fold_into(c, &mut folded);
    let mut letters = folded.chars();
    match (letters.next(), letters.next()) {
        (Some(letter), None) => Some(letter),
        (None, _) if belongs => Some(KEEP),
        (None, _) => Some(SEPARATOR),
        (Some(_), Some(_)) => None,
    }
}

/// Appends the folded letters of a character to `out` (none for a combining mark or tatweel);
/// whether the character belongs to a word.
fn fold_into(c: char, out: &mut String) -> bool {
    let mut belongs = false;
    decompose_canonical(c, |part| {
        if is_combining_mark(part) {
            belongs = true;
            return;
        }
        for lower in part.to_lowercase() {
            match fold_letter(lower) {
                Some(folded) if folded.is_alphanumeric() => {
                    out.push(folded);
                    belongs = true;
                }
                Some(_) => {}
                None => belongs = true,
            }
        }
    });
    belongs
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

/// Removes a leading Arabic article from a folded word that keeps at least two letters after
/// it; whether it did.
fn strip_arabic_article(folded: &mut String) -> bool {
    for article in ARABIC_ARTICLES {
        if let Some(rest) = folded.strip_prefix(article)
            && rest.chars().count() >= 2
        {
            *folded = rest.to_string();
            return true;
        }
    }
    false
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
            seen.push((w.lower(), w.folded.clone()))
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
