//! Distinct words, numbered in the order they are first seen and kept end to end in one
//! string: a page's words while it is analysed, then its language's while the index is built.
//! A word is looked up by a hash computed once ([`hash`]) and copied only when it is new, so
//! the millions of words of a site's text cost no allocation each, and a page's words join its
//! language's without being hashed again.

use std::hash::BuildHasher;

/// The hash [`Vocabulary`] looks words up by.
pub fn hash(word: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(word)
}

/// Words, each once, numbered from 0 in the order they were added; what a [`Vocabulary`] keeps
/// once no word is to be looked up in it.
#[derive(Debug, Default)]
pub struct Words {
    /// The words, end to end.
    text: String,
    /// By word: where it starts and ends in `text`.
    spans: Vec<(u32, u32)>,
    /// By word: its [`hash`].
    hashes: Vec<u64>,
}

impl Words {
    /// How many words there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Word number `id`.
    pub fn word(&self, id: u32) -> &str {
        let (start, end) = self.spans[id as usize];
        &self.text[start as usize..end as usize]
    }

    /// The [`hash`] of word number `id`.
    pub fn hash_of(&self, id: u32) -> u64 {
        self.hashes[id as usize]
    }

    /// Adds a word, which is not there yet; its number.
    fn push(&mut self, hash: u64, word: &str) -> u32 {
        let id = u32::try_from(self.len()).expect("fewer than 4 billion words");
        let offset = |text: &String| u32::try_from(text.len()).expect("words under 4 GB");
        let start = offset(&self.text);
        self.text.push_str(word);
        self.spans.push((start, offset(&self.text)));
        self.hashes.push(hash);
        id
    }
}

/// [`Words`] that can be looked up.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// The words.
    words: Words,
    /// An open-addressing table placed by the low bits of words' hashes and probed linearly:
    /// in each slot, 0 when it is empty, else a word's number plus one in the low 32 bits and
    /// the high 32 bits of its hash above them (most other words are told apart by those
    /// without looking at them). Its length is a power of two, at least twice the number of
    /// words.
    slots: Vec<u64>,
}

impl Vocabulary {
    /// An empty vocabulary with room for about `words` words before its table grows.
    pub fn with_capacity(words: usize) -> Vocabulary {
        Vocabulary {
            words: Words {
                text: String::with_capacity(words * 8),
                spans: Vec::with_capacity(words),
                hashes: Vec::with_capacity(words),
            },
            slots: vec![0; (words * 2).next_power_of_two().max(64)],
        }
    }

    /// The words, without the table to look them up.
    pub fn into_words(self) -> Words {
        self.words
    }

    /// The number of `word` (whose [`hash`] is `hash`), if it is there.
    pub fn find(&self, hash: u64, word: &str) -> Option<u32> {
        self.probe(hash, word).ok()
    }

    /// The number of `word` (whose [`hash`] is `hash`), added when new; and whether it was.
    pub fn add(&mut self, hash: u64, word: &str) -> (u32, bool) {
        if (self.words.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        match self.probe(hash, word) {
            Ok(id) => (id, false),
            Err(slot) => {
                let id = self.words.push(hash, word);
                self.slots[slot] = slot_entry(hash, id);
                (id, true)
            }
        }
    }

    /// Where `word` is: `Ok` with its number, or `Err` with the empty slot it would take.
    fn probe(&self, hash: u64, word: &str) -> Result<u32, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return Err(slot),
                entry => {
                    let id = (entry as u32) - 1;
                    if entry >> 32 == hash >> 32 && self.words.word(id) == word {
                        return Ok(id);
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Doubles the table (64 slots at first) and places every word again.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (id, &hash) in (0..).zip(&self.words.hashes) {
            let mut slot = hash as usize & mask;
            while self.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = slot_entry(hash, id);
        }
    }
}

/// What [`Vocabulary::slots`] holds for word number `id` whose hash is `hash`.
fn slot_entry(hash: u64, id: u32) -> u64 {
    (hash >> 32 << 32) | u64::from(id + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Adds `word` with its real hash.
    fn add(words: &mut Vocabulary, word: &str) -> (u32, bool) {
        words.add(hash(word), word)
    }

    #[test]
    fn numbers_words_in_the_order_first_seen() {
        let mut words = Vocabulary::default();
        assert_eq!(add(&mut words, "rash"), (0, true));
        assert_eq!(add(&mut words, "itch"), (1, true));
        assert_eq!(add(&mut words, "rash"), (0, false));
        assert_eq!(add(&mut words, ""), (2, true));
        assert_eq!(
            (
                words.words.word(0),
                words.words.word(1),
                words.words.word(2)
            ),
            ("rash", "itch", "")
        );
        assert_eq!(words.find(hash("itch"), "itch"), Some(1));
        assert_eq!(words.find(hash("tired"), "tired"), None);
        assert_eq!(words.words.hash_of(1), hash("itch"));
        let words = words.into_words();
        assert_eq!(
            (words.len(), words.word(1), words.hash_of(0)),
            (3, "itch", hash("rash"))
        );
    }

    #[test]
    fn grows_past_its_capacity() {
        let mut words = Vocabulary::with_capacity(3);
        let all: Vec<String> = (0..100).map(|n| n.to_string()).collect();
        for (n, word) in all.iter().enumerate() {
            assert_eq!(add(&mut words, word), (n as u32, true));
        }
        assert!(
            all.iter()
                .enumerate()
                .all(|(n, w)| words.find(hash(w), w) == Some(n as u32))
        );
    }

    #[test]
    fn tells_apart_words_of_one_hash_and_keeps_them_as_it_grows() {
        // Every word with the same hash: found by comparing the words themselves.
        let mut words = Vocabulary::default();
        let all: Vec<String> = (0..1000).map(|n| format!("w{n}")).collect();
        for (n, word) in all.iter().enumerate() {
            assert_eq!(words.add(7, word), (n as u32, true));
        }
        for (n, word) in all.iter().enumerate() {
            assert_eq!(words.add(7, word), (n as u32, false));
            assert_eq!(words.words.word(n as u32), word);
        }
        assert_eq!(words.words.len(), 1000);
        assert_eq!(words.find(7, "w1000"), None);
        // Real hashes, many words.
        let mut words = Vocabulary::default();
        for word in &all {
            add(&mut words, word);
        }
        assert!(
            all.iter()
                .enumerate()
                .all(|(n, w)| words.find(hash(w), w) == Some(n as u32))
        );
    }
}
