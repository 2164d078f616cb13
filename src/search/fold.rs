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
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// Folded: marks removed, letters normalised.
    pub folded: &'a str,
    /// The word as written in the text (with its Arabic article, if one was removed).
    written: &'a str,
    /// Whether the word has a character other than ASCII, so its lower case may differ from
    /// `folded`.
    marked: bool,
    /// Whether an Arabic article was removed from `folded`.
    stripped: bool,
}

impl<'a> Word<'a> {
    /// A word as written, and folded.
    pub fn new(written: &'a str, folded: &'a str) -> Word<'a> {
        Word {
            folded,
            written,
            marked: !written.is_ascii(),
            stripped: false,
        }
    }

    /// The word in lower case, marks kept (and without the Arabic article `folded` lost).
    pub fn lower(&self) -> String {
        if !self.marked {
            return self.folded.to_string();
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

    /// When the word has a character other than ASCII, so that its lower case may differ from
    /// `folded`: the word as written, and whether an Arabic article was removed. Enough to make
    /// the word again ([`Word::from_marked_written`]) and its lower case, later and only if
    /// needed. `None` for a word of ASCII letters and digits, whose lower case is its folded
    /// form.
    pub fn marked_written(&self) -> Option<(&'a str, bool)> {
        self.marked.then_some((self.written, self.stripped))
    }

    /// A word with a character other than ASCII again, from its folded form and what
    /// [`Word::marked_written`] gave.
    pub fn from_marked_written(folded: &'a str, written: &'a str, stripped: bool) -> Word<'a> {
        Word {
            folded,
            written,
            marked: true,
            stripped,
        }
    }
}

/// Cuts `text` into words and calls `each` with every one, in order. `arabic`: whether to
/// remove a leading Arabic article ([`strips_arabic_article`] of the text's language).
pub fn words(text: &str, arabic: bool, each: impl FnMut(&Word<'_>)) {
    SCANNER.with(|scanner| match scanner.try_borrow_mut() {
        Ok(mut scanner) => scanner.words(text, arabic, each),
        // Called from inside another call's `each` (a stem folded while reading a text).
        Err(_) => Scanner::new(64).words(text, arabic, each),
    });
}

thread_local! {
    /// Each thread's scanner, whose cache and buffer live as long as the thread.
    static SCANNER: std::cell::RefCell<Scanner> = std::cell::RefCell::new(Scanner::new(CACHE_SIZE));
}

/// What [`words`] keeps from one text to the next.
struct Scanner {
    /// The folding of the non-ASCII characters met last, by code point modulo its length (a
    /// power of two): a text uses few letters, and folding one takes two table lookups.
    cache: Vec<(char, char)>,
    /// The word being folded, when it is not a slice of the text.
    folded: String,
}

/// How [`Scanner`] reads an ASCII byte: [`ASCII_SEPARATOR`], [`ASCII_LOWER`] (a lower-case
/// letter or a digit, which folds to itself), [`ASCII_UPPER`]; [`NOT_ASCII`] for the bytes of
/// other characters.
const BYTE_CLASS: [u8; 256] = {
    let mut classes = [NOT_ASCII; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        classes[byte] = if b.is_ascii_uppercase() {
            ASCII_UPPER
        } else if b.is_ascii_alphanumeric() {
            ASCII_LOWER
        } else {
            ASCII_SEPARATOR
        };
        byte += 1;
    }
    classes
};
/// See [`BYTE_CLASS`].
const ASCII_SEPARATOR: u8 = 0;
/// See [`BYTE_CLASS`].
const ASCII_LOWER: u8 = 1;
/// See [`BYTE_CLASS`].
const ASCII_UPPER: u8 = 2;
/// See [`BYTE_CLASS`].
const NOT_ASCII: u8 = 3;

impl Scanner {
    /// A scanner remembering `cache_size` characters' folding (a power of two).
    fn new(cache_size: usize) -> Scanner {
        assert!(cache_size.is_power_of_two());
        Scanner {
            cache: vec![('\0', SEPARATOR); cache_size],
            folded: String::new(),
        }
    }

    /// [`words`], with this scanner. A word of ASCII letters and digits (most words of most
    /// texts) is read a byte at a time and, unless it has a capital, handed over as a slice of
    /// the text; any other word is folded a character at a time.
    fn words(&mut self, text: &str, arabic: bool, mut each: impl FnMut(&Word<'_>)) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if BYTE_CLASS[usize::from(bytes[at])] == ASCII_SEPARATOR {
                at += 1;
                continue;
            }
            let start = at;
            let mut capitals = false;
            while let Some(&byte) = bytes.get(at) {
                match BYTE_CLASS[usize::from(byte)] {
                    ASCII_LOWER => {}
                    ASCII_UPPER => capitals = true,
                    _ => break,
                }
                at += 1;
            }
            if bytes.get(at).is_none_or(u8::is_ascii) {
                // A word of ASCII letters and digits: no Arabic article to remove.
                let folded = if capitals {
                    self.folded.clear();
                    self.folded.push_str(&text[start..at]);
                    self.folded.make_ascii_lowercase();
                    &self.folded
                } else {
                    &text[start..at]
                };
                each(&Word {
                    folded,
                    written: &text[start..at],
                    marked: false,
                    stripped: false,
                });
            } else {
                at = self.marked_word(text, start, at, arabic, &mut each);
            }
        }
    }

    /// Reads on from `at` (a character other than ASCII) the word that starts at `start` with
    /// the ASCII letters and digits before `at` (if any), calls `each` with it if it has a
    /// letter, and returns where the text goes on after the character that ends it.
    fn marked_word(
        &mut self,
        text: &str,
        start: usize,
        at: usize,
        arabic: bool,
        each: &mut impl FnMut(&Word<'_>),
    ) -> usize {
        self.folded.clear();
        self.folded.push_str(&text[start..at]);
        self.folded.make_ascii_lowercase();
        // Where the word starts, once it has a character that belongs to it.
        let mut first = (at > start).then_some(start);
        let mut marked = false;
        let mut end = text.len();
        let mut next = text.len();
        let mask = self.cache.len() - 1;
        for (offset, c) in text[at..].char_indices() {
            let position = at + offset;
            let folded = if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    first.get_or_insert(position);
                    self.folded.push(c.to_ascii_lowercase());
                    continue;
                }
                SEPARATOR
            } else {
                let slot = self.cache[c as usize & mask];
                if slot.0 == c { slot.1 } else { self.fold(c) }
            };
            match folded {
                SEPARATOR => {
                    end = position;
                    next = position + c.len_utf8();
                    break;
                }
                KEEP => marked = true,
                letter => {
                    marked = true;
                    self.folded.push(letter);
                }
            }
            first.get_or_insert(position);
        }
        if let Some(first) = first
            && !self.folded.is_empty()
        {
            let stripped = if arabic {
                strip_arabic_article(&self.folded)
            } else {
                None
            };
            each(&Word {
                folded: stripped.unwrap_or(&self.folded),
                written: &text[first..end],
                marked,
                stripped: stripped.is_some(),
            });
        }
        next
    }

    /// How a character other than ASCII that is not in the cache folds: its one folded letter
    /// (now cached), [`SEPARATOR`] or [`KEEP`]; a letter that folds to several is added to
    /// `folded` here, and gives [`KEEP`].
    #[cold]
    fn fold(&mut self, c: char) -> char {
        match fold_char(c) {
            Some(folded) => {
                let mask = self.cache.len() - 1;
                self.cache[c as usize & mask] = (c, folded);
                folded
            }
            // A letter that folds to more than one letter: rare, not cached.
            None if fold_into(c, &mut self.folded) => KEEP,
            None => SEPARATOR,
        }
    }
}

/// How many non-ASCII characters [`words`] remembers the folding of (Latin-1 to Latin
/// Extended-A, Greek, Cyrillic and Arabic fall in different places); a power of two.
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

/// A folded word without its leading Arabic article, when it has one and keeps at least two
/// letters after it.
fn strip_arabic_article(folded: &str) -> Option<&str> {
    ARABIC_ARTICLES.iter().find_map(|article| {
        folded
            .strip_prefix(article)
            .filter(|rest| rest.chars().count() >= 2)
    })
}

/// A text's folded words, in order.
pub fn folded(text: &str, arabic: bool) -> Vec<String> {
    let mut all = Vec::new();
    words(text, arabic, |word| all.push(word.folded.to_string()));
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

    /// A word as the reference folds it: folded, as written, its lower case, and whether an
    /// article was removed.
    type Folded = (String, String, String, bool);

    /// The scanner's words of `text`.
    fn scanned(scanner: &mut Scanner, text: &str, arabic: bool) -> Vec<Folded> {
        let mut all = Vec::new();
        scanner.words(text, arabic, |w| {
            all.push((w.folded.into(), w.written.into(), w.lower(), w.stripped))
        });
        all
    }

    /// The words of `text` folded the plain way, one character at a time with no cache and no
    /// fast path: what [`Scanner`] must give.
    fn reference(text: &str, arabic: bool) -> Vec<Folded> {
        let mut all = Vec::new();
        let mut folded = String::new();
        let mut marked = false;
        let mut start: Option<usize> = None;
        let mut flush = |folded: &mut String, marked: &mut bool, start: Option<usize>, end| {
            if let Some(from) = start
                && !folded.is_empty()
            {
                let stripped = if arabic {
                    strip_arabic_article(folded)
                } else {
                    None
                };
                let word = Word {
                    folded: stripped.unwrap_or(folded),
                    written: &text[from..end],
                    marked: *marked,
                    stripped: stripped.is_some(),
                };
                all.push((
                    word.folded.into(),
                    word.written.into(),
                    word.lower(),
                    word.stripped,
                ));
            }
            folded.clear();
            *marked = false;
        };
        for (at, c) in text.char_indices() {
            let belongs = if c.is_ascii() {
                c.is_ascii_alphanumeric() && {
                    folded.push(c.to_ascii_lowercase());
                    true
                }
            } else {
                fold_into(c, &mut folded) && {
                    marked = true;
                    true
                }
            };
            if belongs {
                start.get_or_insert(at);
            } else {
                flush(&mut folded, &mut marked, start.take(), at);
            }
        }
        flush(&mut folded, &mut marked, start, text.len());
        all
    }

    /// Text in each script and with each kind of character the scanner treats apart: words of
    /// ASCII with and without capitals, ASCII runs before and after other letters, marks
    /// opening a word, letters folding to several, separators other than ASCII, articles.
    const SCRIPTS: &[&str] = &[
        "Side effects: RASH, itching & tiredness (COVID-19); 38 °C, 75 mg/m² x2",
        "Übelkeit, Größe, STRASSE; l'été L’hôpital œdème ﬁnal ǅemal İstanbul",
        "ΠΑΡΕΝΕΡΓΕΙΕΣ της θεραπείας Ϊ ϋ ΐ ΣΟΦΟΣ σοφός",
        "Странични ефекти: гадене и йод; Їжа, ґудзик",
        "الإسهال والطبيب بالدواء للطبيب ســـلام مُسْتَشْفَى فوراً 112 الم",
        "תופעות לוואי: בחילה, שִׁלְשׁוּל",
        "\u{301}abc ab\u{301}c abc\u{301} \u{640}x a\u{2028}b a\u{a0}b naïve CAFÉ café",
        "中文 字 😀 a😀b x—y x–y “quoted” ‘single’ …",
        "ꙮ ǈ ß ẞ ŉ ǰ ΐ ﬀ ﬃ ẛ ᾳ ῼ",
    ];

    #[test]
    fn the_fast_paths_fold_as_the_reference_does_in_every_script() {
        for text in SCRIPTS {
            for arabic in [false, true] {
                let expected = reference(text, arabic);
                assert!(!expected.is_empty());
                // A thread's scanner, and one whose tiny cache is always overwritten.
                assert_eq!(
                    scanned(&mut Scanner::new(CACHE_SIZE), text, arabic),
                    expected,
                    "{text}"
                );
                assert_eq!(
                    scanned(&mut Scanner::new(1), text, arabic),
                    expected,
                    "{text}"
                );
                let mut words = Vec::new();
                super::words(text, arabic, |w| words.push(w.folded.to_string()));
                let folded: Vec<String> = expected.into_iter().map(|w| w.0).collect();
                assert_eq!(words, folded);
            }
        }
    }

    #[test]
    fn folds_the_guide_as_the_reference_does() {
        let content = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
        let mut scanner = Scanner::new(CACHE_SIZE);
        let mut languages = 0;
        for language in std::fs::read_dir(content).unwrap() {
            let language = language.unwrap().path();
            let arabic = strips_arabic_article(&language.file_name().unwrap().to_string_lossy());
            for file in std::fs::read_dir(&language).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                assert_eq!(
                    scanned(&mut scanner, &text, arabic),
                    reference(&text, arabic)
                );
            }
            languages += 1;
        }
        assert!(languages >= 26);
    }

    proptest::proptest! {
        #[test]
        fn any_text_folds_as_the_reference_does(
            text in r"([a-zA-Z0-9]|[ .,’—\u{a0}\u{2028}]|[àÉßŉǅİﬁ]|[αΣςΐ]|[йЇ]|[ال\u{640}\u{64e}ةى]|\u{301}|😀|\PC){0,40}",
            arabic in proptest::bool::ANY,
        ) {
            proptest::prop_assert_eq!(
                scanned(&mut Scanner::new(8), &text, arabic),
                reference(&text, arabic)
            );
        }
    }

    #[test]
    fn keeps_the_marks_for_stemming() {
        let mut seen = Vec::new();
        words("Nebenwirkungen, Ärzte l'été", false, |w| {
            seen.push((w.lower(), w.folded.to_string()))
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
