//! One language's search index: every page shown in that language cut into sections, their
//! words folded, stemmed and scored, written as the script files `docs/search.md` describes;
//! and the A to Z topic list of the language's search page.

use rayon::prelude::*;
use rust_stemmers::Stemmer;

use super::fold::{self, Word};
use super::sections::{self, Section};
use super::stem;
use super::vocabulary::{self, Vocabulary, Words};
use crate::content::Leaflet;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

type Map<K, V> = rustc_hash::FxHashMap<K, V>;

/// How much a word of the page's title counts, in the top section.
const TITLE_SCORE: u16 = 10;
/// How much a word of a section's heading counts.
const HEADING_SCORE: u16 = 5;
/// Scores are written below this number: a posting is the section's distance from the previous
/// posting's section times this, plus the score (docs/search.md, "terms").
const SCORE_LIMIT: u64 = 64;
/// The most the times a word occurs in a section's text count.
const MAX_TEXT_SCORE: u16 = 5;
/// Sections' text is grouped into chunks of about this many bytes: the results of a search load
/// one chunk each at most, so a small chunk is fast on a slow connection.
const CHUNK_BYTES: usize = 16 * 1024;
/// Word lists smaller than this are one shard; smaller than [`ONE_LETTER_BYTES`], one shard
/// per first letter; larger, one per first two letters.
const ONE_SHARD_BYTES: usize = 96 * 1024;
/// See [`ONE_SHARD_BYTES`].
const ONE_LETTER_BYTES: usize = 1024 * 1024;
/// A heading on more pages than this is not a topic of its own (every leaflet of a series may
/// have "Side effects"); its pages are listed by their titles.
const MAX_PAGES_PER_TOPIC: usize = 2;
/// The most topics the A to Z list has with headings: a longer list makes the search page slow
/// on a phone (1,500 links took 0.8 s more to lay out at 4x CPU throttling), so it leaves out
/// headings (see [`topics`]).
const MAX_TOPICS: usize = 800;

/// A page the index lists.
pub struct IndexedPage<'a> {
    /// The leaflet whose text the page shows.
    pub leaflet: &'a Leaflet,
    /// Its link from the search page.
    pub url: String,
    /// When its text is in another language than the index's, what to show after its title
    /// (`(English)`); else empty.
    pub label: String,
}

/// An entry of the A to Z list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic<'a> {
    /// What the entry says: a title, a heading or a glossary word.
    pub text: String,
    /// Its link from the search page.
    pub url: String,
    /// For a heading or glossary word, the title of its page; else empty.
    pub page: &'a str,
    /// Whether it is a word explained in the glossary.
    pub glossary: bool,
    /// The language of its text.
    pub lang: &'a str,
}

/// The topics that start with one letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicGroup<'a> {
    /// The letter, in capitals (`#` for digits).
    pub letter: String,
    /// Its topics, in order.
    pub topics: Vec<Topic<'a>>,
}

/// Writes one file of a language's index into `<lang>/search/`: called with its name and
/// content, from several threads at once.
pub type WriteFile<'w> = dyn Fn(&str, String) -> Result<(), Diagnostic> + Sync + 'w;

/// One page, analysed.
struct Analysed {
    sections: Vec<Section>,
    /// The page's distinct words, folded.
    words: Words,
    /// By word, when the page's language has a stemmer and the word a character other than
    /// ASCII: where it is written the first time in `written_text`, and whether an Arabic
    /// article was removed ([`Word::marked_written`]), from which its lower case is made if the
    /// index needs it.
    written: Vec<Option<Written>>,
    /// The words of `written`, end to end.
    written_text: String,
    /// Section (of this page), word (number in `words`), score; by section.
    scores: Vec<(u32, u32, u16)>,
    /// By section: the [`sort_key`] of its heading when of level 2 or 3, else empty; for the A
    /// to Z list, made as the heading's words are counted.
    heading_keys: Vec<String>,
    /// The [`sort_key`] of the page's title.
    title_key: String,
}

/// Where a word is in [`Analysed::written_text`] (start and end), and whether an Arabic
/// article was removed from its folded form.
type Written = (u32, u32, bool);

impl Analysed {
    /// The page's word number `id` as [`Analysed::written`] has it.
    fn written(&self, id: u32) -> Option<(&str, bool)> {
        let (start, end, stripped) = self.written[id as usize]?;
        Some((&self.written_text[start as usize..end as usize], stripped))
    }
}

/// How many pages are analysed at a time. A language's index is built a batch after another,
/// each page's sections written to the text files and its words added to the language's as the
/// batch is done, so only one batch's texts are held, not the whole language's: at 2,000 pages
/// a language, that was 120 MB of a build's peak memory (docs/performance.md).
const BATCH_PAGES: usize = 128;

/// Builds the index of language `lang` from its pages, in list order, handing each file to
/// `write` as soon as it is made; returns the A to Z list of its search page.
pub fn build<'a>(
    site: &'a Site,
    lang: &str,
    pages: &[IndexedPage<'a>],
    write: &WriteFile<'_>,
) -> Result<Vec<TopicGroup<'a>>, Diagnostic> {
    let glossary = site.config.checks.glossary.as_deref();
    let synonyms = folded_synonyms(site, lang);
    let mut merged = Merged::default();
    let mut chunks = Chunks::new();
    let mut page_topics = Vec::with_capacity(pages.len());
    // Every page's title is a topic: with more pages than the list has room for, no heading
    // can be one (see [`topics`]), so none is kept.
    let headings_can_be_topics = pages.len() <= MAX_TOPICS;
    for batch in pages.chunks(BATCH_PAGES) {
        let analysed: Vec<Analysed> = batch
            .par_iter()
            .map(|page| {
                let is_glossary = glossary == Some(page.leaflet.file.identity.as_str());
                analyse(page.leaflet, is_glossary, &synonyms)
            })
            .collect();
        for (page, analysis) in batch.iter().zip(analysed) {
            merged.add(&page.leaflet.file.language, &analysis)?;
            for section in &analysis.sections {
                chunks.push(section, write)?;
            }
            page_topics.push(PageTopics::of(analysis, headings_can_be_topics));
        }
    }
    let chunk_starts = chunks.finish(write)?;
    let merged = merged.finish();
    let vocabulary = &merged.words;
    let stems = stems(&merged);

    let mut order: Vec<u32> = (0..vocabulary.len() as u32).collect();
    order.par_sort_unstable_by_key(|&id| vocabulary.word(id));
    // About how many bytes a word takes in its shard.
    let entry_bytes = |id: u32| vocabulary.word(id).len() * 2 + merged.postings(id).len() * 7 + 12;
    let size: usize = (0..vocabulary.len() as u32).map(entry_bytes).sum();
    let key = if size < ONE_SHARD_BYTES {
        0
    } else if size < ONE_LETTER_BYTES {
        1
    } else {
        2
    };
    // Shards: runs of words (in order) with the same first `key` letters.
    let mut shards: Vec<(String, &[u32])> = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let shard_key = prefix(vocabulary.word(order[start]), key);
        let length = order[start..]
            .iter()
            .take_while(|&&id| prefix(vocabulary.word(id), key) == shard_key)
            .count();
        shards.push((shard_key.to_string(), &order[start..start + length]));
        start += length;
    }
    shards
        .par_iter()
        .enumerate()
        .try_for_each(|(i, (_, words))| {
            let mut out = script_start("terms", i);
            out.reserve(words.iter().map(|&id| entry_bytes(id)).sum());
            out.push('[');
            for (n, &id) in words.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push('[');
                push_json(&mut out, vocabulary.word(id));
                out.push(',');
                push_json(&mut out, stems[id as usize].as_deref().unwrap_or(""));
                out.push_str(",[");
                let mut previous = 0;
                for (p, &posting) in merged.postings(id).iter().enumerate() {
                    if p > 0 {
                        out.push(',');
                    }
                    let (section, score) = unpack(posting);
                    let delta = u64::from(section - previous) * SCORE_LIMIT;
                    push_number(&mut out, delta + u64::from(score));
                    previous = section;
                }
                out.push_str("]]");
            }
            out.push(']');
            script_end(&mut out);
            write(&format!("terms-{i}.js"), out)
        })?;

    let mut index = script_start("index", 0);
    index.push_str("{\"version\":2,\"lang\":");
    push_json(&mut index, lang);
    index.push_str(",\"key\":");
    push_number(&mut index, key as u64);
    index.push_str(",\"shards\":[");
    for (i, (shard_key, _)) in shards.iter().enumerate() {
        if i > 0 {
            index.push(',');
        }
        push_json(&mut index, shard_key);
    }
    index.push_str("],\"sections\":");
    push_number(&mut index, u64::from(merged.sections));
    index.push_str(",\"chunks\":[");
    for (i, &first) in chunk_starts.iter().enumerate() {
        if i > 0 {
            index.push(',');
        }
        push_number(&mut index, first as u64);
    }
    index.push_str("],\"pages\":[");
    for (i, (page, first)) in pages.iter().zip(&merged.firsts).enumerate() {
        if i > 0 {
            index.push(',');
        }
        let (text_lang, label) = if page.label.is_empty() {
            ("", "")
        } else {
            (page.leaflet.file.language.as_str(), page.label.as_str())
        };
        index.push('[');
        for field in [
            page.url.as_str(),
            page.leaflet.front.title.as_str(),
            text_lang,
            label,
        ] {
            push_json(&mut index, field);
            index.push(',');
        }
        push_number(&mut index, u64::from(*first));
        index.push(']');
    }
    index.push_str("]}");
    script_end(&mut index);

    write("index.js", index)?;
    Ok(topics(pages, &page_topics))
}

/// About how many bytes a section takes in its text chunk.
fn section_bytes(section: &Section) -> usize {
    section.text.len() + section.heading.len() + section.id.len() + 12
}

/// The text files of a language's index being written: whole sections, in order, a file of
/// about [`CHUNK_BYTES`] after another.
struct Chunks {
    /// The file being filled.
    out: String,
    /// By file, the number of its first section; the last is the one being filled.
    starts: Vec<usize>,
    /// The number of the next section.
    next: usize,
    /// About how many bytes the file being filled has (see [`section_bytes`]).
    bytes: usize,
}

impl Chunks {
    fn new() -> Chunks {
        Chunks {
            out: Chunks::start(0),
            starts: vec![0],
            next: 0,
            bytes: 0,
        }
    }

    /// The start of text file number `number`.
    fn start(number: usize) -> String {
        let mut out = script_start("text", number);
        out.reserve(CHUNK_BYTES * 5 / 4);
        out.push('{');
        out
    }

    /// Adds the next section, first writing the file being filled when it is full.
    fn push(&mut self, section: &Section, write: &WriteFile<'_>) -> Result<(), Diagnostic> {
        if self.bytes > CHUNK_BYTES {
            let number = self.starts.len();
            let full = std::mem::replace(&mut self.out, Chunks::start(number));
            Chunks::write(full, number - 1, write)?;
            self.starts.push(self.next);
            self.bytes = 0;
        }
        let out = &mut self.out;
        if self.starts.last() != Some(&self.next) {
            out.push(',');
        }
        out.push('"');
        push_number(out, self.next as u64);
        out.push_str("\":[");
        push_json(out, &section.id);
        out.push(',');
        push_json(out, &section.heading);
        out.push(',');
        push_json(out, &section.text);
        out.push(']');
        self.bytes += section_bytes(section);
        self.next += 1;
        Ok(())
    }

    /// Writes the last file (there is always one, if only an empty one); by file, the number
    /// of its first section.
    fn finish(self, write: &WriteFile<'_>) -> Result<Vec<usize>, Diagnostic> {
        Chunks::write(self.out, self.starts.len() - 1, write)?;
        Ok(self.starts)
    }

    fn write(mut out: String, number: usize, write: &WriteFile<'_>) -> Result<(), Diagnostic> {
        out.push('}');
        script_end(&mut out);
        write(&format!("text-{number}.js"), out)
    }
}

/// What a page gives the A to Z list, kept once its text is let go.
#[derive(Debug, PartialEq, Eq)]
struct PageTopics {
    /// The [`sort_key`] of its title.
    title_key: String,
    /// Its sections with a heading of level 2 or 3 or glossary words, in order.
    sections: Vec<SectionTopics>,
}

/// What a section gives the A to Z list.
#[derive(Debug, PartialEq, Eq)]
struct SectionTopics {
    level: u8,
    /// The [`sort_key`] of its heading when of level 2 or 3, else empty.
    key: String,
    heading: String,
    id: String,
    glossary: Vec<String>,
}

impl PageTopics {
    /// What `analysis` gives the A to Z list; only its glossary words and title unless
    /// `headings`.
    fn of(analysis: Analysed, headings: bool) -> PageTopics {
        PageTopics::new(
            analysis.sections,
            analysis.heading_keys,
            analysis.title_key,
            headings,
        )
    }

    /// What a page gives the A to Z list: its `sections`, the [`sort_key`]s of their headings
    /// (by section; empty unless of level 2 or 3) and of its title; only its glossary words
    /// and title unless `headings`.
    fn new(
        sections: Vec<Section>,
        heading_keys: Vec<String>,
        title_key: String,
        headings: bool,
    ) -> PageTopics {
        let mut sections = sections
            .into_iter()
            .zip(heading_keys)
            .map(|(section, key)| {
                let (key, heading) = if headings {
                    (key, section.heading)
                } else {
                    Default::default()
                };
                SectionTopics {
                    level: section.level,
                    key,
                    heading,
                    id: section.id,
                    glossary: section.glossary,
                }
            })
            .filter(|section| !section.key.is_empty() || !section.glossary.is_empty())
            .collect::<Vec<_>>();
        // Collecting reused the sections' room, which would be kept for the whole language,
        // usually for no section at all.
        sections.shrink_to_fit();
        PageTopics {
            title_key,
            sections,
        }
    }
}

impl PageTopics {
    /// What `leaflet` gives the A to Z list, as [`PageTopics::of`] its analysis, without
    /// counting its words; and how many sections it has.
    fn alone(leaflet: &Leaflet, is_glossary: bool, headings: bool) -> (usize, PageTopics) {
        let arabic = fold::strips_arabic_article(&leaflet.file.language);
        let sections = sections::sections(leaflet, is_glossary);
        let heading_keys = sections
            .iter()
            .map(|section| match section.level {
                2 | 3 if headings => sort_key(&section.heading, arabic),
                _ => String::new(),
            })
            .collect();
        let title_key = sort_key(&leaflet.front.title, arabic);
        let count = sections.len();
        (
            count,
            PageTopics::new(sections, heading_keys, title_key, headings),
        )
    }
}

/// The A to Z list of language `lang`'s search page without its index, as [`build`] returns
/// it: what `leafpress check`, which keeps no file, needs of search. Each page is cut into
/// sections but its words are not counted; the one error the index itself can give (too many
/// sections) is found the same way.
pub fn topics_only<'a>(
    site: &'a Site,
    lang: &str,
    pages: &[IndexedPage<'a>],
) -> Result<Vec<TopicGroup<'a>>, Diagnostic> {
    let glossary = site.config.checks.glossary.as_deref();
    let headings = pages.len() <= MAX_TOPICS;
    let page_topics: Vec<(usize, PageTopics)> = pages
        .par_iter()
        .map(|page| {
            let is_glossary = glossary == Some(page.leaflet.file.identity.as_str());
            PageTopics::alone(page.leaflet, is_glossary, headings)
        })
        .collect();
    let sections: usize = page_topics.iter().map(|(count, _)| count).sum();
    if sections > MAX_SECTIONS as usize {
        return Err(too_many_sections(lang));
    }
    let page_topics: Vec<PageTopics> = page_topics.into_iter().map(|(_, t)| t).collect();
    Ok(topics(pages, &page_topics))
}

/// The error of a language whose index would have more than [`MAX_SECTIONS`] sections.
fn too_many_sections(lang: &str) -> Diagnostic {
    Diagnostic::error(format!(
        "the search index of `{lang}` pages would have more than {MAX_SECTIONS} sections, more than it can hold"
    ))
    .with_help("turn search off in site.yaml (`search: false`), or split the site")
}

/// The most sections a language's index can have: a posting keeps its section's number in 26
/// bits (see [`pack`]).
const MAX_SECTIONS: u32 = 1 << 26;

/// A posting in 32 bits: the section's number and the score, capped at what the index writes
/// (`SCORE_LIMIT - 1`).
fn pack(section: u32, score: u16) -> u32 {
    section << 6 | u32::from(score.min(SCORE_LIMIT as u16 - 1))
}

/// The section and score of a [`pack`]ed posting.
fn unpack(posting: u32) -> (u32, u16) {
    (posting >> 6, (posting & (SCORE_LIMIT as u32 - 1)) as u16)
}

/// How many postings a block of [`Merged::pending`] holds. Blocks are never grown: a growing
/// vector would copy itself and stand up to half empty, three times the postings' size at
/// its peak.
const POSTINGS_BLOCK: usize = 1 << 16;

/// Every word of a language once, with the sections it is in: pages are [`Merged::add`]ed one
/// after another, numbering their sections in order, then [`Merged::finish`] groups the
/// postings by word.
#[derive(Default)]
struct Merged<'a> {
    /// The words, looked up while pages are added.
    vocabulary: Vocabulary,
    /// The words once finished.
    words: Words,
    /// By word: the language of the first page it is on, and there, when the language has a
    /// stemmer and the word a character other than ASCII, where in `written_text` it is
    /// written ([`Word::marked_written`]): what its stem is made from.
    first_seen: Vec<(Option<Written>, &'a str)>,
    /// See `first_seen`.
    written_text: String,
    /// While pages are added: the postings in section order, each the word's number in the
    /// high 32 bits and the [`pack`]ed posting in the low, in blocks of [`POSTINGS_BLOCK`].
    pending: Vec<Vec<u64>>,
    /// By word: how many postings it has.
    counts: Vec<u32>,
    /// Once finished: the [`pack`]ed postings of every word, in section order, one word after
    /// another.
    postings: Vec<u32>,
    /// Once finished, by word: where its postings start in `postings`; and where the last
    /// word's end.
    starts: Vec<usize>,
    /// By page: the number of its first section.
    firsts: Vec<u32>,
    /// How many sections there are.
    sections: u32,
    /// By word of the page being added, its number in the language's (kept for its room).
    numbers: Vec<u32>,
}

impl<'a> Merged<'a> {
    /// Adds the next page, whose text is in language `lang`.
    fn add(&mut self, lang: &'a str, analysis: &Analysed) -> Result<(), Diagnostic> {
        let sections = u32::try_from(analysis.sections.len())
            .ok()
            .and_then(|n| self.sections.checked_add(n))
            .filter(|&n| n <= MAX_SECTIONS)
            .ok_or_else(|| too_many_sections(lang))?;
        self.numbers.clear();
        for id in 0..analysis.words.len() as u32 {
            let word = analysis.words.word(id);
            let (number, new) = self.vocabulary.add(analysis.words.hash_of(id), word);
            if new {
                let written = analysis.written(id).map(|(written, stripped)| {
                    let offset =
                        |text: &String| u32::try_from(text.len()).expect("words under 4 GB");
                    let start = offset(&self.written_text);
                    self.written_text.push_str(written);
                    (start, offset(&self.written_text), stripped)
                });
                self.first_seen.push((written, lang));
                self.counts.push(0);
            }
            self.numbers.push(number);
        }
        let first = self.sections;
        for &(section, word, score) in &analysis.scores {
            let number = self.numbers[word as usize];
            self.counts[number as usize] += 1;
            let posting = u64::from(number) << 32 | u64::from(pack(first + section, score));
            match self.pending.last_mut() {
                Some(block) if block.len() < POSTINGS_BLOCK => block.push(posting),
                _ => {
                    let mut block = Vec::with_capacity(POSTINGS_BLOCK);
                    block.push(posting);
                    self.pending.push(block);
                }
            }
        }
        self.firsts.push(first);
        self.sections = sections;
        Ok(())
    }

    /// Groups the postings by word, in section order: each word's are counted, so each is
    /// placed straight where it goes, and each block let go once placed.
    fn finish(mut self) -> Merged<'a> {
        self.words = std::mem::take(&mut self.vocabulary).into_words();
        let mut starts = Vec::with_capacity(self.counts.len() + 1);
        let mut total = 0;
        for &count in &self.counts {
            starts.push(total);
            total += count as usize;
        }
        starts.push(total);
        // By word, where its next posting goes.
        let mut next = starts.clone();
        let mut postings = vec![0; total];
        for block in std::mem::take(&mut self.pending) {
            for posting in block {
                let word = (posting >> 32) as usize;
                postings[next[word]] = posting as u32;
                next[word] += 1;
            }
        }
        self.postings = postings;
        self.starts = starts;
        self.counts = Vec::new();
        self.numbers = Vec::new();
        self
    }

    /// The [`pack`]ed postings of word number `id`.
    fn postings(&self, id: u32) -> &[u32] {
        &self.postings[self.starts[id as usize]..self.starts[id as usize + 1]]
    }

    /// Word number `id`'s language and how it was written there (see `first_seen`).
    fn first_seen(&self, id: u32) -> (Option<(&str, bool)>, &'a str) {
        let (written, lang) = self.first_seen[id as usize];
        let written = written.map(|(start, end, stripped)| {
            (&self.written_text[start as usize..end as usize], stripped)
        });
        (written, lang)
    }
}

/// The first `letters` letters of a word (all of it when shorter).
fn prefix(word: &str, letters: usize) -> &str {
    word.char_indices()
        .nth(letters)
        .map_or(word, |(end, _)| &word[..end])
}

/// The start of a data file: a script handing its data to the search page (docs/search.md,
/// "Files"); the data follows, then [`script_end`].
fn script_start(kind: &str, number: usize) -> String {
    format!("(window.leafpressSearch=window.leafpressSearch||[]).push([\"{kind}\",{number},")
}

/// The end of a data file begun with [`script_start`].
fn script_end(out: &mut String) {
    out.push_str("]);\n");
}

/// The synonym lists of `lang` from `site.yaml`, each entry folded into its words.
fn folded_synonyms(site: &Site, lang: &str) -> Vec<Vec<Vec<String>>> {
    let arabic = fold::strips_arabic_article(lang);
    site.config
        .search
        .synonyms
        .get(lang)
        .map(|groups| {
            groups
                .iter()
                .map(|group| {
                    group
                        .iter()
                        .map(|entry| fold::folded(entry, arabic))
                        .filter(|words| !words.is_empty())
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The words of one page, each once, and how much each counts in the section being read.
#[derive(Default)]
struct Counter {
    words: Vocabulary,
    /// See [`Analysed::written`].
    written: Vec<Option<Written>>,
    /// See [`Analysed::written_text`].
    written_text: String,
    /// By word: its score in the current section (0: not in it).
    counts: Vec<u16>,
    /// The words of the current section, in the order first seen.
    touched: Vec<u32>,
    /// The current section's words in order, for finding synonyms' phrases (when
    /// `keep_sequence`).
    sequence: Vec<u32>,
    keep_sequence: bool,
    /// Whether the page's language has a stemmer, which wants words' lower case.
    stems: bool,
}

impl Counter {
    /// A counter with room for about `words` words.
    fn new(words: usize) -> Counter {
        Counter {
            words: Vocabulary::with_capacity(words),
            written: Vec::with_capacity(words),
            counts: Vec::with_capacity(words),
            ..Counter::default()
        }
    }

    /// The number of a word, noted when new (with how it is written when its lower case may
    /// differ and the page's language has a stemmer).
    fn id(&mut self, word: &Word<'_>) -> u32 {
        let (id, new) = self.words.add(vocabulary::hash(word.folded), word.folded);
        if new {
            let written = word.marked_written().filter(|_| self.stems);
            self.written.push(written.map(|(written, stripped)| {
                let offset = |text: &String| u32::try_from(text.len()).expect("a page under 4 GB");
                let start = offset(&self.written_text);
                self.written_text.push_str(written);
                (start, offset(&self.written_text), stripped)
            }));
            self.counts.push(0);
        }
        id
    }

    /// The number of a folded word (a synonym's), noted when new.
    fn id_of(&mut self, folded: &str) -> u32 {
        self.id(&Word::new(folded, folded))
    }

    /// Adds `score` to a word's score in the current section.
    fn count(&mut self, id: u32, score: u16) {
        let count = &mut self.counts[id as usize];
        if *count == 0 {
            self.touched.push(id);
        }
        *count = count.saturating_add(score);
    }

    /// Counts the words of `text`: each time once (`score` `None`), or `score` for each; and
    /// appends them to `key` if given, separated by spaces (the text's [`sort_key`]).
    fn add(&mut self, text: &str, arabic: bool, score: Option<u16>, mut key: Option<&mut String>) {
        fold::words(text, arabic, |word| {
            let id = self.id(word);
            if self.keep_sequence {
                self.sequence.push(id);
            }
            self.count(id, score.unwrap_or(1));
            if let Some(key) = key.as_deref_mut() {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(word.folded);
            }
        });
    }

    /// Whether the current section has `phrase` (folded words) as consecutive words.
    fn has_phrase(&self, phrase: &[String]) -> bool {
        let ids: Option<Vec<u32>> = phrase
            .iter()
            .map(|word| self.words.find(vocabulary::hash(word), word))
            .collect();
        ids.is_some_and(|ids| contains(&self.sequence, &ids))
    }
}

/// Cuts a leaflet into sections and scores their words.
fn analyse(leaflet: &Leaflet, is_glossary: bool, synonyms: &[Vec<Vec<String>>]) -> Analysed {
    let sections = sections::sections(leaflet, is_glossary);
    let arabic = fold::strips_arabic_article(&leaflet.file.language);
    // About one distinct word in 20 bytes of text, and a score in 16.
    let source: usize = sections
        .iter()
        .map(|section| section.text.len() + section.heading.len())
        .sum();
    let mut counter = Counter::new(source / 20);
    counter.keep_sequence = !synonyms.is_empty();
    counter.stems = stem::has_stemmer(&leaflet.file.language);
    let mut scores = Vec::with_capacity(source / 16);
    let mut heading_keys = Vec::with_capacity(sections.len());
    let mut title_key = String::new();
    for (number, section) in sections.iter().enumerate() {
        // Text first, capped, and doubled in an urgent-help section (its heading is not: a
        // leaflet titled with the word still comes first); then the heading and title, which
        // count once each.
        let factor = if section.urgent { 2 } else { 1 };
        counter.add(&section.text, arabic, None, None);
        for i in 0..counter.touched.len() {
            let id = counter.touched[i] as usize;
            counter.counts[id] = counter.counts[id].min(MAX_TEXT_SCORE) * factor;
        }
        // A key is about as long as its heading.
        let topical = matches!(section.level, 2 | 3);
        let mut heading_key =
            String::with_capacity(if topical { section.heading.len() } else { 0 });
        let key = topical.then_some(&mut heading_key);
        counter.add(&section.heading, arabic, Some(HEADING_SCORE), key);
        heading_keys.push(heading_key);
        if number == 0 {
            let title = &leaflet.front.title;
            counter.add(title, arabic, Some(TITLE_SCORE), Some(&mut title_key));
        }
        for group in synonyms {
            if group.iter().any(|entry| counter.has_phrase(entry)) {
                for word in group.iter().flatten() {
                    let id = counter.id_of(word);
                    if counter.counts[id as usize] == 0 {
                        counter.count(id, 1);
                    }
                }
            }
        }
        for id in counter.touched.drain(..) {
            let score = std::mem::take(&mut counter.counts[id as usize]);
            scores.push((number as u32, id, score));
        }
        counter.sequence.clear();
    }
    Analysed {
        sections,
        scores,
        words: counter.words.into_words(),
        written: counter.written,
        written_text: counter.written_text,
        heading_keys,
        title_key,
    }
}

/// Whether `words` contains `phrase` as consecutive words.
fn contains<T: PartialEq>(words: &[T], phrase: &[T]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|window| window == phrase)
}

/// The folded stem of each word of the vocabulary, when it differs from the word: in the
/// languages with a stemmer, made from how the word is written where first seen.
fn stems(merged: &Merged<'_>) -> Vec<Option<String>> {
    (0..merged.words.len() as u32)
        .into_par_iter()
        .map_init(Map::<&str, Option<Stemmer>>::default, |stemmers, id| {
            let (written, lang) = merged.first_seen(id);
            let stemmer = stemmers.entry(lang).or_insert_with(|| stem::stemmer(lang));
            let stemmer = stemmer.as_ref()?;
            let folded = merged.words.word(id);
            let lower = written
                .map(|(written, stripped)| {
                    Word::from_marked_written(folded, written, stripped).lower()
                })
                .filter(|lower| lower != folded);
            let word = Word::new(lower.as_deref().unwrap_or(folded), folded);
            stem::folded_stem(stemmer, &word, fold::strips_arabic_article(lang))
        })
        .collect()
}

/// The A to Z list: every page's title, the glossary's words, and the headings found on at
/// most [`MAX_PAGES_PER_TOPIC`] pages: of levels 2 and 3, or when that makes more than
/// [`MAX_TOPICS`] topics, of level 2, or when that does too, none.
fn topics<'a>(pages: &[IndexedPage<'a>], page_topics: &[PageTopics]) -> Vec<TopicGroup<'a>> {
    // On how many pages each heading of levels 2 and 3 is, by its folded text.
    let mut heading_pages: Map<&str, usize> = Map::default();
    let mut seen = rustc_hash::FxHashSet::default();
    for page in page_topics {
        seen.clear();
        for key in page
            .sections
            .iter()
            .map(|s| &s.key)
            .filter(|k| !k.is_empty())
        {
            if seen.insert(key) {
                *heading_pages.entry(key).or_default() += 1;
            }
        }
    }
    let topical = |key: &str| {
        !key.is_empty()
            && heading_pages
                .get(key)
                .is_some_and(|&n| n <= MAX_PAGES_PER_TOPIC)
    };
    let mut by_level = [0usize; 4];
    let mut fixed = pages.len();
    for page in page_topics {
        for section in &page.sections {
            fixed += section.glossary.len();
            if topical(&section.key) {
                by_level[section.level as usize] += 1;
            }
        }
    }
    let deepest = if fixed + by_level[2] + by_level[3] <= MAX_TOPICS {
        3
    } else if fixed + by_level[2] <= MAX_TOPICS {
        2
    } else {
        0
    };
    let mut all: Vec<(String, Topic<'a>)> = Vec::new();
    for (page, given) in pages.iter().zip(page_topics) {
        let lang = page.leaflet.file.language.as_str();
        let arabic = fold::strips_arabic_article(lang);
        let title = page.leaflet.front.title.as_str();
        let topic = |key: String, text: &str, id: &str, on_page: &'a str, glossary: bool| {
            let url = if id.is_empty() {
                page.url.clone()
            } else {
                format!("{}#{id}", page.url)
            };
            (
                key,
                Topic {
                    text: text.to_string(),
                    url,
                    page: on_page,
                    glossary,
                    lang,
                },
            )
        };
        all.push(topic(given.title_key.clone(), title, "", "", false));
        for section in &given.sections {
            if section.level <= deepest && topical(&section.key) {
                all.push(topic(
                    section.key.clone(),
                    &section.heading,
                    &section.id,
                    title,
                    false,
                ));
            }
            for word in &section.glossary {
                all.push(topic(
                    sort_key(word, arabic),
                    word,
                    &section.id,
                    title,
                    true,
                ));
            }
        }
    }
    all.retain(|(key, _)| !key.is_empty());
    all.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.text.cmp(&b.1.text)));
    all.dedup_by(|a, b| a.1.text == b.1.text && a.1.url == b.1.url);
    let mut groups: Vec<TopicGroup<'a>> = Vec::new();
    for (key, topic) in all {
        let first = key.chars().next().expect("keys are not empty");
        let letter = if first.is_numeric() {
            "#".to_string()
        } else {
            first.to_uppercase().collect()
        };
        match groups.last_mut() {
            Some(group) if group.letter == letter => group.topics.push(topic),
            _ => groups.push(TopicGroup {
                letter,
                topics: vec![topic],
            }),
        }
    }
    groups
}

/// What the A to Z list sorts a text by: its folded words, separated by spaces.
fn sort_key(text: &str, arabic: bool) -> String {
    let mut key = String::new();
    fold::words(text, arabic, |word| {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word.folded);
    });
    key
}

/// Appends `text` as a JSON string. U+2028 and U+2029 are escaped too, which older browsers'
/// scripts do not accept inside a string. Runs of bytes that need no escape are copied at once.
fn push_json(out: &mut String, text: &str) {
    out.push('"');
    let bytes = text.as_bytes();
    // The bytes before `clean` are in `out`; `at` is where to look on from.
    let mut clean = 0;
    let mut at = 0;
    while let Some(offset) = bytes[at..]
        .iter()
        .position(|&byte| JSON_SPECIAL[usize::from(byte)])
    {
        at += offset;
        let (escaped, length) = match bytes[at] {
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            b'\n' => ("\\n", 1),
            b'\r' => ("\\r", 1),
            b'\t' => ("\\t", 1),
            _ if bytes[at..].starts_with("\u{2028}".as_bytes()) => ("\\u2028", 3),
            _ if bytes[at..].starts_with("\u{2029}".as_bytes()) => ("\\u2029", 3),
            // Another character starting with the byte of U+2028: kept.
            UTF8_LINE_SEPARATOR_START => {
                at += 1;
                continue;
            }
            control => {
                out.push_str(&text[clean..at]);
                out.push_str("\\u00");
                out.push(char::from(HEX_DIGITS[usize::from(control >> 4)]));
                out.push(char::from(HEX_DIGITS[usize::from(control & 0xf)]));
                at += 1;
                clean = at;
                continue;
            }
        };
        out.push_str(&text[clean..at]);
        out.push_str(escaped);
        at += length;
        clean = at;
    }
    out.push_str(&text[clean..]);
    out.push('"');
}

/// The first byte of U+2028 and U+2029 (and of the other characters from U+2000 to U+2FFF).
const UTF8_LINE_SEPARATOR_START: u8 = 0xe2;

/// The bytes [`push_json`] stops at: the ones it escapes (`"`, `\`, control characters) and
/// [`UTF8_LINE_SEPARATOR_START`].
const JSON_SPECIAL: [bool; 256] = {
    let mut special = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        special[byte] = true;
        byte += 1;
    }
    special[b'"' as usize] = true;
    special[b'\\' as usize] = true;
    special[UTF8_LINE_SEPARATOR_START as usize] = true;
    special
};

/// Lower-case hexadecimal digits, by value.
const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Appends a number in decimal, as `write!` would, without the formatting machinery.
fn push_number(out: &mut String, mut number: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[start..]).expect("digits are ASCII"));
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn json_strings_are_escaped_for_any_browser() {
        let mut out = String::new();
        push_json(&mut out, "a \"b\" \\ \n\u{2028}\u{1}é");
        assert_eq!(out, r#""a \"b\" \\ \n\u2028\u0001é""#);
        let value: String = serde_json::from_str(&out).unwrap();
        assert_eq!(value, "a \"b\" \\ \n\u{2028}\u{1}é");
    }

    /// [`push_json`] one character at a time: what its runs of bytes must give.
    fn push_json_by_char(out: &mut String, text: &str) {
        out.push('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }

    proptest::proptest! {
        #[test]
        fn json_strings_are_escaped_as_one_character_at_a_time(
            text in r#"(["\\\n\r\t\x00-\x1f]|\u{2028}|\u{2029}|[\u{2000}-\u{2fff}]|é|a|\PC){0,30}"#,
        ) {
            let mut fast = String::from("x");
            push_json(&mut fast, &text);
            let mut by_char = String::from("x");
            push_json_by_char(&mut by_char, &text);
            proptest::prop_assert_eq!(fast, by_char);
        }

        #[test]
        fn numbers_are_written_as_format_does(number in proptest::num::u64::ANY) {
            let mut out = String::from("x");
            push_number(&mut out, number);
            proptest::prop_assert_eq!(out, format!("x{number}"));
        }
    }

    #[test]
    fn small_numbers_are_written_as_format_does() {
        for number in (0..1000).chain([u64::MAX, 10_000_000_000]) {
            let mut out = String::new();
            push_number(&mut out, number);
            assert_eq!(out, number.to_string());
        }
    }

    /// A leaflet in `lang` with `title` and `body`.
    fn leaflet(lang: &str, title: &str, body: &str) -> Leaflet {
        let file = crate::content::discover::SourceFile {
            language: lang.into(),
            identity: "x".into(),
            display_path: crate::paths::SitePath::new("content/x.md".as_ref()).unwrap(),
            text: format!("---\ntitle: \"{title}\"\n---\n{body}"),
        };
        crate::content::leaflet::parse(file, false).0.unwrap()
    }

    #[test]
    fn the_sort_keys_made_while_counting_are_the_headings_and_titles_keys() {
        let body = "Intro.\n\n# One\n\n## Side EFFECTS of the Ärzte\n\nText.\n\n### Ήπιες \
                    παρενέργειες\n\n#### Deep\n\n## والطبيب بالدواء\n\n## 38 °C!\n";
        for lang in ["en", "ar"] {
            let page = leaflet(lang, "Κεφάλαιο: Side-effects", body);
            let analysis = analyse(&page, false, &[]);
            let arabic = fold::strips_arabic_article(lang);
            assert_eq!(analysis.title_key, sort_key(&page.front.title, arabic));
            let expected: Vec<String> = analysis
                .sections
                .iter()
                .map(|section| match section.level {
                    2 | 3 => sort_key(&section.heading, arabic),
                    _ => String::new(),
                })
                .collect();
            assert_eq!(analysis.heading_keys, expected);
            assert_eq!(expected.iter().filter(|k| !k.is_empty()).count(), 4);
        }
    }

    #[test]
    fn merging_gives_each_word_its_sections_in_order() {
        let pages = [
            leaflet(
                "en",
                "Rash",
                "Itch and rash.\n\n## Rash\n\nRash, rash, itch.",
            ),
            leaflet("de", "Ärzte", "Ärzte.\n\n## Itch\n\nÄrzte und rash."),
            leaflet("en", "Tired", "Tired."),
        ];
        let analysed: Vec<Analysed> = pages.iter().map(|p| analyse(p, false, &[])).collect();
        let mut merged = Merged::default();
        for (page, analysis) in pages.iter().zip(&analysed) {
            merged.add(&page.file.language, analysis).unwrap();
        }
        let merged = merged.finish();
        // The plain way: a list per word, grown page by page.
        let mut expected: HashMap<&str, Vec<(u32, u16)>> = HashMap::new();
        let mut first = 0;
        for analysis in &analysed {
            for &(section, word, score) in &analysis.scores {
                let word = analysis.words.word(word);
                expected
                    .entry(word)
                    .or_default()
                    .push((first + section, score));
            }
            first += analysis.sections.len() as u32;
        }
        assert_eq!(merged.words.len(), expected.len());
        for id in 0..merged.words.len() as u32 {
            let postings: Vec<(u32, u16)> =
                merged.postings(id).iter().map(|&p| unpack(p)).collect();
            assert_eq!(postings, expected[merged.words.word(id)]);
        }
        assert_eq!(
            (merged.firsts.as_slice(), merged.sections),
            ([0, 2, 4].as_slice(), 5)
        );
        assert_eq!(expected["rash"], [(0, 11), (1, 7), (3, 1)]);
        // The German page's marked word keeps how it was written, for its stem.
        let arzte = (0..merged.words.len() as u32).find(|&id| merged.words.word(id) == "arzte");
        assert_eq!(
            merged.first_seen(arzte.unwrap()),
            (Some(("Ärzte", false)), "de")
        );
    }

    #[test]
    fn a_page_gives_the_same_topics_whether_its_words_are_counted_or_not() {
        let body = "Intro.\n\n# One\n\n## Side EFFECTS of the Ärzte\n\n**Rash:** red skin.\n\n\
                    ### Ήπιες παρενέργειες\n\n- **Fatigue**: tired.\n\n#### Deep\n\n\
                    ## والطبيب بالدواء\n\n## 38 °C!\n";
        for lang in ["en", "ar"] {
            let page = leaflet(lang, "Κεφάλαιο: Side-effects", body);
            for (glossary, headings) in [(false, true), (true, true), (true, false)] {
                let counted = PageTopics::of(analyse(&page, glossary, &[]), headings);
                let (sections, alone) = PageTopics::alone(&page, glossary, headings);
                assert_eq!(
                    alone, counted,
                    "{lang}, glossary {glossary}, headings {headings}"
                );
                assert_eq!(sections, 7);
            }
        }
    }

    #[test]
    fn text_files_hold_whole_sections_and_start_a_new_one_past_the_limit() {
        // Sections of 1 to 9 KB, so files end after two to seventeen of them.
        let sections: Vec<Section> = (0..40)
            .map(|n| Section {
                id: format!("s{n}"),
                heading: format!("Heading {n}"),
                text: "x".repeat(1000 * (n % 9 + 1)),
                ..Section::default()
            })
            .collect();
        let files = std::sync::Mutex::new(Vec::new());
        let write = |name: &str, content: String| {
            files.lock().unwrap().push((name.to_string(), content));
            Ok(())
        };
        let mut chunks = Chunks::new();
        for section in &sections {
            chunks.push(section, &write).unwrap();
        }
        let starts = chunks.finish(&write).unwrap();
        // The plain way: a new file at the first section after the file passed the limit.
        let mut expected = vec![0];
        let mut bytes = 0;
        for (n, section) in sections.iter().enumerate() {
            if bytes > CHUNK_BYTES {
                expected.push(n);
                bytes = 0;
            }
            bytes += section_bytes(section);
        }
        assert_eq!(starts, expected);
        let files = files.into_inner().unwrap();
        assert_eq!(files.len(), starts.len());
        let mut next = 0;
        for (number, (name, content)) in files.iter().enumerate() {
            assert_eq!(name, &format!("text-{number}.js"));
            let json = content
                .strip_prefix(&script_start("text", number))
                .and_then(|rest| rest.strip_suffix("]);\n"))
                .unwrap();
            let value: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(json).unwrap();
            assert_eq!(next, starts[number]);
            for (key, entry) in &value {
                let section = &sections[key.parse::<usize>().unwrap()];
                assert_eq!(entry[0], section.id.as_str());
                assert_eq!(entry[2], section.text.as_str());
            }
            next += value.len();
        }
        assert_eq!(next, sections.len());
    }

    #[test]
    fn an_index_without_sections_has_one_empty_text_file() {
        let files = std::sync::Mutex::new(Vec::new());
        let write = |name: &str, content: String| {
            files.lock().unwrap().push((name.to_string(), content));
            Ok(())
        };
        assert_eq!(Chunks::new().finish(&write).unwrap(), [0]);
        let files = files.into_inner().unwrap();
        assert_eq!(files[0].1, format!("{}{{}}]);\n", script_start("text", 0)));
    }

    proptest::proptest! {
        #[test]
        fn a_packed_posting_keeps_its_section_and_the_score_the_index_writes(
            section in 0..MAX_SECTIONS,
            score in proptest::num::u16::ANY,
        ) {
            let written = u64::from(score).min(SCORE_LIMIT - 1) as u16;
            proptest::prop_assert_eq!(unpack(pack(section, score)), (section, written));
        }
    }

    #[test]
    fn phrases_are_found_as_consecutive_words() {
        let words: Vec<String> = ["a", "loose", "poo", "b"].map(String::from).to_vec();
        assert!(contains(&words, &["loose".into(), "poo".into()]));
        assert!(!contains(&words, &["poo".into(), "loose".into()]));
        assert!(!contains(&words, &[]));
    }
}
