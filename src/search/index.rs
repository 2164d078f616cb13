//! One language's search index: every page shown in that language cut into sections, their
//! words folded, stemmed and scored, written as the script files `docs/search.md` describes;
//! and the A to Z topic list of the language's search page.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::fold::{self, Word};
use super::sections::{self, Section};
use super::stem;
use crate::content::Leaflet;
use crate::site::Site;

/// How much a word of the page's title counts, in the top section.
const TITLE_SCORE: u16 = 10;
/// How much a word of a section's heading counts.
const HEADING_SCORE: u16 = 5;
/// The most the times a word occurs in a section's text count.
const MAX_TEXT_SCORE: u16 = 5;
/// Sections' text is grouped into chunks of about this many bytes.
const CHUNK_BYTES: usize = 64 * 1024;
/// Word lists smaller than this are one shard; smaller than [`ONE_LETTER_BYTES`], one shard
/// per first letter; larger, one per first two letters.
const ONE_SHARD_BYTES: usize = 96 * 1024;
/// See [`ONE_SHARD_BYTES`].
const ONE_LETTER_BYTES: usize = 1024 * 1024;
/// A heading on more pages than this is not a topic of its own (every leaflet of a series may
/// have "Side effects"); its pages are listed by their titles.
const MAX_PAGES_PER_TOPIC: usize = 2;

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

/// A language's index files and topics.
pub struct LanguageIndex<'a> {
    /// The files of `<lang>/search/` besides the page: name and content.
    pub files: Vec<(String, String)>,
    /// The A to Z list.
    pub topics: Vec<TopicGroup<'a>>,
}

/// One page, analysed.
struct Analysed {
    sections: Vec<Section>,
    /// Section (of this page), folded word, score.
    scores: Vec<(u32, String, u16)>,
    /// Every word of the page: folded, and its lower-case form when that differs.
    words: HashMap<String, Option<String>>,
}

/// Builds the index of language `lang` from its pages, in list order. `glossary`: the
/// identity of the glossary leaflet, if any.
pub fn build<'a>(site: &'a Site, lang: &str, pages: &[IndexedPage<'a>]) -> LanguageIndex<'a> {
    let glossary = site.config.checks.glossary.as_deref();
    let synonyms = folded_synonyms(site, lang);
    let analysed: Vec<Analysed> = pages
        .par_iter()
        .map(|page| {
            let is_glossary = glossary == Some(page.leaflet.file.identity.as_str());
            analyse(page.leaflet, is_glossary, &synonyms)
        })
        .collect();
    let stems = stems(&analysed, pages);

    let mut sections_json = String::from("[");
    let mut chunks: Vec<String> = vec![String::from("{")];
    let mut postings: HashMap<&str, Vec<(u32, u16)>> = HashMap::new();
    let mut number: u32 = 0;
    for (page_number, (page, analysis)) in pages.iter().zip(&analysed).enumerate() {
        let first = number;
        for section in &analysis.sections {
            let chunk = chunks.last_mut().expect("there is always a chunk");
            if chunk.len() > CHUNK_BYTES {
                chunk.push('}');
                chunks.push(String::from("{"));
            }
            let chunk_number = chunks.len() - 1;
            let chunk = chunks.last_mut().expect("there is always a chunk");
            if chunk.len() > 1 {
                chunk.push(',');
            }
            chunk.push_str(&format!("\"{number}\":"));
            push_json(chunk, &section.text);
            if number > 0 {
                sections_json.push(',');
            }
            sections_json.push_str(&format!("[{page_number},"));
            push_json(&mut sections_json, &section.id);
            sections_json.push(',');
            push_json(&mut sections_json, &section.heading);
            sections_json.push_str(&format!(",{chunk_number},{}]", u8::from(section.urgent)));
            number += 1;
        }
        let _ = page;
        for (section, word, score) in &analysis.scores {
            postings
                .entry(word.as_str())
                .or_default()
                .push((first + section, *score));
        }
    }
    sections_json.push(']');
    if let Some(chunk) = chunks.last_mut() {
        chunk.push('}');
    }

    let mut words: Vec<(&str, Vec<(u32, u16)>)> = postings.into_iter().collect();
    words.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let size: usize = words
        .iter()
        .map(|(word, list)| word.len() * 2 + list.len() * 7 + 12)
        .sum();
    let key = if size < ONE_SHARD_BYTES {
        0
    } else if size < ONE_LETTER_BYTES {
        1
    } else {
        2
    };
    let mut shards: Vec<(String, String)> = Vec::new();
    for (word, list) in &words {
        let shard_key: String = word.chars().take(key).collect();
        if shards.last().is_none_or(|(last, _)| *last != shard_key) {
            shards.push((shard_key, String::from("[")));
        }
        let (_, shard) = shards.last_mut().expect("just pushed");
        if shard.len() > 1 {
            shard.push(',');
        }
        shard.push('[');
        push_json(shard, word);
        shard.push(',');
        push_json(shard, stems.get(*word).map_or("", String::as_str));
        shard.push_str(",[");
        for (i, (section, score)) in list.iter().enumerate() {
            if i > 0 {
                shard.push(',');
            }
            shard.push_str(&format!("{section},{score}"));
        }
        shard.push_str("]]");
    }

    let mut files = Vec::with_capacity(shards.len() + chunks.len() + 1);
    let mut index = format!("{{\"version\":1,\"lang\":");
    push_json(&mut index, lang);
    index.push_str(&format!(",\"key\":{key},\"shards\":["));
    for (i, (shard_key, _)) in shards.iter().enumerate() {
        if i > 0 {
            index.push(',');
        }
        push_json(&mut index, shard_key);
    }
    index.push_str("],\"sections\":");
    index.push_str(&sections_json);
    index.push_str(",\"pages\":[");
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            index.push(',');
        }
        let (text_lang, label) = if page.label.is_empty() {
            ("", "")
        } else {
            (page.leaflet.file.language.as_str(), page.label.as_str())
        };
        index.push('[');
        for (j, field) in [
            page.url.as_str(),
            page.leaflet.front.title.as_str(),
            text_lang,
            label,
        ]
        .iter()
        .enumerate()
        {
            if j > 0 {
                index.push(',');
            }
            push_json(&mut index, field);
        }
        index.push(']');
    }
    index.push_str("]}");
    files.push(("index.js".to_string(), script("index", 0, &index)));
    for (i, (_, shard)) in shards.into_iter().enumerate() {
        files.push((
            format!("terms-{i}.js"),
            script("terms", i, &format!("{shard}]")),
        ));
    }
    for (i, chunk) in chunks.iter().enumerate() {
        files.push((format!("text-{i}.js"), script("text", i, chunk)));
    }
    LanguageIndex {
        files,
        topics: topics(pages, &analysed),
    }
}

/// A data file: a script handing `data` to the search page (docs/search.md, "Files").
fn script(kind: &str, number: usize, data: &str) -> String {
    format!(
        "(window.leafpressSearch=window.leafpressSearch||[]).push([\"{kind}\",{number},{data}]);\n"
    )
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

/// Cuts a leaflet into sections and scores their words.
fn analyse(leaflet: &Leaflet, is_glossary: bool, synonyms: &[Vec<Vec<String>>]) -> Analysed {
    let sections = sections::sections(leaflet, is_glossary);
    let arabic = fold::strips_arabic_article(&leaflet.file.language);
    let mut words: HashMap<String, Option<String>> = HashMap::new();
    let mut scores = Vec::new();
    for (number, section) in sections.iter().enumerate() {
        let mut counted = Counted {
            counts: HashMap::new(),
            sequence: Vec::new(),
            keep_sequence: !synonyms.is_empty(),
        };
        // Text first, capped; then the heading and title, which count once each.
        counted.add(&section.text, arabic, None, &mut words);
        for count in counted.counts.values_mut() {
            *count = (*count).min(MAX_TEXT_SCORE);
        }
        counted.add(&section.heading, arabic, Some(HEADING_SCORE), &mut words);
        if number == 0 {
            counted.add(&leaflet.front.title, arabic, Some(TITLE_SCORE), &mut words);
        }
        let Counted {
            mut counts,
            sequence,
            ..
        } = counted;
        for group in synonyms {
            if group.iter().any(|entry| contains(&sequence, entry)) {
                for word in group.iter().flatten() {
                    counts.entry(word.clone()).or_insert(1);
                    words.entry(word.clone()).or_insert(None);
                }
            }
        }
        let factor = if section.urgent { 2 } else { 1 };
        let mut counted: Vec<(String, u16)> = counts.into_iter().collect();
        counted.sort_unstable();
        scores.extend(
            counted
                .into_iter()
                .map(|(word, score)| (number as u32, word, score.saturating_mul(factor))),
        );
    }
    Analysed {
        sections,
        scores,
        words,
    }
}

/// The words of one section and how much each counts.
struct Counted {
    counts: HashMap<String, u16>,
    /// The section's words in order, for finding synonyms' phrases (when `keep_sequence`).
    sequence: Vec<String>,
    keep_sequence: bool,
}

impl Counted {
    /// Counts the words of `text`: each time once (`score` `None`), or `score` for each.
    /// Notes every word in `words`, with its lower-case form when that differs.
    fn add(
        &mut self,
        text: &str,
        arabic: bool,
        score: Option<u16>,
        words: &mut HashMap<String, Option<String>>,
    ) {
        fold::words(text, arabic, |word| {
            if !words.contains_key(&word.folded) {
                let lower = (word.lower != word.folded).then(|| word.lower.clone());
                words.insert(word.folded.clone(), lower);
            }
            if self.keep_sequence {
                self.sequence.push(word.folded.clone());
            }
            let add = score.unwrap_or(1);
            match self.counts.get_mut(&word.folded) {
                Some(count) => *count = count.saturating_add(add),
                None => {
                    self.counts.insert(word.folded.clone(), add);
                }
            }
        });
    }
}

/// Whether `words` contains `phrase` as consecutive words.
fn contains(words: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|window| window == phrase)
}

/// The folded stem of every word whose stem differs from it, for the languages with a
/// stemmer. A word is stemmed in the language of the first text it occurs in.
fn stems(analysed: &[Analysed], pages: &[IndexedPage<'_>]) -> HashMap<String, String> {
    let mut vocabulary: HashMap<&str, (&str, &str)> = HashMap::new();
    for (analysis, page) in analysed.iter().zip(pages) {
        let lang = page.leaflet.file.language.as_str();
        if !stem::has_stemmer(lang) {
            continue;
        }
        for (folded, lower) in &analysis.words {
            vocabulary
                .entry(folded.as_str())
                .or_insert((lower.as_deref().unwrap_or(folded), lang));
        }
    }
    let mut by_language: HashMap<&str, Vec<(&str, &str)>> = HashMap::new();
    for (folded, (lower, lang)) in vocabulary {
        by_language.entry(lang).or_default().push((folded, lower));
    }
    by_language
        .into_par_iter()
        .flat_map_iter(|(lang, words)| {
            let stemmer = stem::stemmer(lang).expect("only languages with a stemmer");
            let arabic = fold::strips_arabic_article(lang);
            words.into_iter().filter_map(move |(folded, lower)| {
                let word = Word {
                    lower: lower.to_string(),
                    folded: folded.to_string(),
                };
                stem::folded_stem(&stemmer, &word, arabic).map(|stem| (word.folded, stem))
            })
        })
        .collect()
}

/// The A to Z list: every page's title, the headings (levels 2 and 3) found on at most
/// [`MAX_PAGES_PER_TOPIC`] pages, and the glossary's words.
fn topics<'a>(pages: &[IndexedPage<'a>], analysed: &[Analysed]) -> Vec<TopicGroup<'a>> {
    let mut heading_pages: HashMap<Vec<String>, usize> = HashMap::new();
    for analysis in analysed {
        let mut seen = HashSet::new();
        for section in analysis.sections.iter().filter(|s| is_topic_level(s)) {
            let key = fold::folded(&section.heading, false);
            if seen.insert(key.clone()) {
                *heading_pages.entry(key).or_default() += 1;
            }
        }
    }
    let mut all: Vec<(Vec<String>, Topic<'a>)> = Vec::new();
    for (page, analysis) in pages.iter().zip(analysed) {
        let lang = page.leaflet.file.language.as_str();
        let arabic = fold::strips_arabic_article(lang);
        let title = page.leaflet.front.title.as_str();
        let topic = |text: &str, id: &str, on_page: &'a str, glossary: bool| {
            let url = if id.is_empty() {
                page.url.clone()
            } else {
                format!("{}#{id}", page.url)
            };
            (
                fold::folded(text, arabic),
                Topic {
                    text: text.to_string(),
                    url,
                    page: on_page,
                    glossary,
                    lang,
                },
            )
        };
        all.push(topic(title, "", "", false));
        for section in &analysis.sections {
            if is_topic_level(section)
                && heading_pages
                    .get(&fold::folded(&section.heading, false))
                    .is_some_and(|&n| n <= MAX_PAGES_PER_TOPIC)
            {
                all.push(topic(&section.heading, &section.id, title, false));
            }
            for word in &section.glossary {
                all.push(topic(word, &section.id, title, true));
            }
        }
    }
    all.retain(|(key, _)| !key.is_empty());
    all.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.text.cmp(&b.1.text)));
    all.dedup_by(|a, b| a.1.text == b.1.text && a.1.url == b.1.url);
    let mut groups: Vec<TopicGroup<'a>> = Vec::new();
    for (key, topic) in all {
        let first = key[0].chars().next().expect("words are not empty");
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

/// Whether a section's heading is a topic's level (2 or 3).
fn is_topic_level(section: &Section) -> bool {
    matches!(section.level, 2 | 3)
}

/// Appends `text` as a JSON string. U+2028 and U+2029 are escaped too, which older browsers'
/// scripts do not accept inside a string.
fn push_json(out: &mut String, text: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped_for_any_browser() {
        let mut out = String::new();
        push_json(&mut out, "a \"b\" \\ \n\u{2028}\u{1}é");
        assert_eq!(out, r#""a \"b\" \\ \n\u2028\u0001é""#);
        let value: String = serde_json::from_str(&out).unwrap();
        assert_eq!(value, "a \"b\" \\ \n\u{2028}\u{1}é");
    }

    #[test]
    fn phrases_are_found_as_consecutive_words() {
        let words: Vec<String> = ["a", "loose", "poo", "b"].map(String::from).to_vec();
        assert!(contains(&words, &["loose".into(), "poo".into()]));
        assert!(!contains(&words, &["poo".into(), "loose".into()]));
        assert!(!contains(&words, &[]));
    }
}
