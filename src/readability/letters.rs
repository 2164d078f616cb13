//! Letters: what counting words and syllables asks about every character of every leaflet
//! (alphabetic? alphanumeric? a vowel? its lower case?), answered without the standard
//! library's Unicode tables where that is faster: ASCII by its own tests, the next code points
//! up to U+07FF (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic) from a table, and the
//! rest by the standard library. The table is built once from the standard library's own
//! answers, so the ways agree by construction; a test compares them at every code point.

use std::sync::LazyLock;

/// Code points below this are looked up in [`TABLE`].
const TABLE_SIZE: u32 = 0x800;

const ALPHABETIC: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const VOWEL: u8 = 4;
/// Its lower case is one character, [`Class::lower`].
const ONE_LOWER: u8 = 8;

/// What the table knows of a character.
#[derive(Debug, Clone, Copy)]
struct Class {
    flags: u8,
    lower: char,
}

/// The classes of the code points below [`TABLE_SIZE`]. The one static of this module: an
/// immutable table, built on first use because the standard library's Unicode functions are
/// not `const`, and read by every thread.
static TABLE: LazyLock<Vec<Class>> = LazyLock::new(|| {
    (0..TABLE_SIZE)
        .filter_map(char::from_u32)
        .map(|c| {
            let mut lower = c.to_lowercase();
            let one_lower = (lower.len() == 1).then(|| lower.next()).flatten();
            let flag = |set: bool, flag: u8| if set { flag } else { 0 };
            Class {
                flags: flag(c.is_alphabetic(), ALPHABETIC)
                    | flag(c.is_alphanumeric(), ALPHANUMERIC)
                    | flag(super::is_vowel(c), VOWEL)
                    | flag(one_lower.is_some(), ONE_LOWER),
                lower: one_lower.unwrap_or(c),
            }
        })
        .collect()
});

fn class(c: char) -> Option<Class> {
    TABLE.get(c as usize).copied()
}

/// [`char::is_alphabetic`].
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    class(c).map_or_else(|| c.is_alphabetic(), |class| class.flags & ALPHABETIC != 0)
}

/// [`char::is_alphanumeric`].
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    class(c).map_or_else(
        || c.is_alphanumeric(),
        |class| class.flags & ALPHANUMERIC != 0,
    )
}

/// [`super::is_vowel`]: a vowel of the Latin, Greek or Cyrillic scripts, in lower case.
pub fn is_vowel(c: char) -> bool {
    class(c).map_or_else(|| super::is_vowel(c), |class| class.flags & VOWEL != 0)
}

/// Calls `f` with each character of `c`'s lower case ([`char::to_lowercase`]).
pub fn for_each_lowercase(c: char, mut f: impl FnMut(char)) {
    if c.is_ascii() {
        return f(c.to_ascii_lowercase());
    }
    match class(c) {
        Some(class) if class.flags & ONE_LOWER != 0 => f(class.lower),
        _ => c.to_lowercase().for_each(f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_is_the_standard_librarys() {
        // Past the table too, where the standard library answers itself.
        for c in (0..TABLE_SIZE + 0x400).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_vowel(c), super::super::is_vowel(c), "{c:?}");
            let mut lower = String::new();
            for_each_lowercase(c, |l| lower.push(l));
            assert_eq!(lower, c.to_lowercase().to_string(), "{c:?}");
        }
        let mut lower = String::new();
        for_each_lowercase('İ', |l| lower.push(l));
        assert_eq!(lower, "i\u{307}", "a lower case of two characters");
    }
}
