//! XLIFF exchange with translators' CAT tools, in XLIFF 2.0 and 1.2.
//!
//! Export: one `<file>` per leaflet a language still needs (missing, outdated or of unknown
//! age), one unit for the title, the summary, and each paragraph, heading, list item and table
//! cell of the source. Inline Markdown is turned into XLIFF codes ([`inline`]), so a CAT tool
//! shows links and emphasis as tags and never offers a file name or URL for translation. An
//! outdated translation is exported with its earlier text as targets ([`update`]).
//! Import: each unit's target, its codes turned back into the source's Markdown, replaces its
//! block in a copy of the source, so the Markdown structure, heading ids, links and the front
//! matter the translator did not see are kept exactly; a unit whose target equals its source
//! keeps the source's bytes, so a round trip without changes gives the same file.

pub mod inline;
pub mod update;
mod xml;

use std::collections::HashSet;

use crate::content::Leaflet;
use crate::edit;
use crate::markdown;
use crate::translation;

pub use inline::{Block, BlockKind, Code, CodeKind, Inline, Token};
pub use xml::{read, write};

/// The XLIFF version of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Version {
    /// XLIFF 1.2, which most free CAT tools read best.
    V1_2,
    /// XLIFF 2.0, the OASIS standard since 2014.
    #[default]
    V2_0,
}

/// Whether a target is a translation of its source or only a starting point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TargetState {
    /// A translation (XLIFF 2.0 `translated`, `reviewed`, `final` or no state; 1.2
    /// `translated`, `final`, `signed-off` or no state).
    #[default]
    Translated,
    /// An earlier translation of a source that has changed since, to revisit (XLIFF 2.0
    /// `initial`; 1.2 `new`, `needs-translation` or a `needs-review-*` state).
    Initial,
}

/// One translatable piece.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// `title`, `summary`, or `b<N>` for the N-th block of the body.
    pub id: String,
    /// The source content. Read from a file, its codes are empty: import takes the codes'
    /// Markdown from the source leaflet, never from the file.
    pub source: Inline,
    /// The translation, when the unit has one.
    pub target: Option<Vec<Token>>,
    /// The target's state.
    pub state: TargetState,
}

/// One leaflet in an XLIFF document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// The source file's path (`content/en/side-effects.md`), as in `original`.
    pub original: String,
    /// Its units, in order.
    pub units: Vec<Unit>,
}

/// An XLIFF document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The version it is written in, or was read from.
    pub version: Version,
    /// The source language.
    pub source_language: String,
    /// The target language.
    pub target_language: String,
    /// The leaflets.
    pub files: Vec<File>,
}

/// What a unit is in its leaflet, for pairing the units of a source with a translation's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// The front matter's `title`.
    Title,
    /// The front matter's `summary`.
    Summary,
    /// A block of the body.
    Body(BlockKind),
}

/// A unit of a leaflet with where it is.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The unit's id.
    pub id: String,
    /// What it is.
    pub place: Place,
    /// Its content.
    pub inline: Inline,
}

/// The translatable pieces of a leaflet, in order: title, summary, then the body's blocks.
pub fn entries(leaflet: &Leaflet) -> Vec<Entry> {
    let mut entries = vec![Entry {
        id: "title".into(),
        place: Place::Title,
        inline: Inline::text(&leaflet.front.title),
    }];
    if let Some(summary) = &leaflet.front.summary {
        entries.push(Entry {
            id: "summary".into(),
            place: Place::Summary,
            inline: Inline::text(summary),
        });
    }
    for (index, block) in inline::blocks(leaflet.body()).into_iter().enumerate() {
        entries.push(Entry {
            id: format!("b{}", index + 1),
            place: Place::Body(block.kind),
            inline: block.inline,
        });
    }
    entries
}

/// The units of a source leaflet, without targets.
pub fn units(leaflet: &Leaflet) -> Vec<Unit> {
    entries(leaflet)
        .into_iter()
        .map(|entry| Unit {
            id: entry.id,
            source: entry.inline,
            target: None,
            state: TargetState::Translated,
        })
        .collect()
}

/// Tokens compared as a CAT tool may have re-spaced them: runs of whitespace as one space, none
/// at the ends.
fn normalised(tokens: &[Token]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for token in tokens {
        match token {
            Token::Text(text) => {
                let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
                let spaced = format!(
                    "{}{folded}{}",
                    if text.starts_with(char::is_whitespace) && !folded.is_empty() {
                        " "
                    } else {
                        ""
                    },
                    if text.ends_with(char::is_whitespace) && !folded.is_empty() {
                        " "
                    } else {
                        ""
                    }
                );
                match out.last_mut() {
                    Some(Token::Text(last)) => last.push_str(&spaced),
                    _ => out.push(Token::Text(spaced)),
                }
            }
            code => out.push(code.clone()),
        }
    }
    if let Some(Token::Text(first)) = out.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Token::Text(last)) = out.last_mut() {
        *last = last.trim_end().to_string();
    }
    out.retain(|token| !matches!(token, Token::Text(text) if text.is_empty()));
    out
}

/// What importing one leaflet gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The translation's text.
    pub text: String,
    /// Units without a target, which keep the source text.
    pub untranslated: Vec<String>,
    /// Units whose target is still the earlier translation an export offered for review.
    pub unconfirmed: Vec<String>,
    /// Units of the file whose source matches nothing in the source leaflet as it is now
    /// (exported from an older version of it).
    pub unmatched: Vec<String>,
    /// Whether it was stamped as a translation of the source as it is now.
    pub stamped: bool,
}

/// The translation of `source` from an XLIFF file: the source's file with each unit's target in
/// place of its block, the title and summary translated, headings keeping their ids, and the
/// front matter marked pending review and, when every unit has a confirmed target, stamped as a
/// translation of this source version. Units are found by their source text, so a file
/// exported before the source changed still gives every unit that did not change.
///
/// `offered` are the units an export offers for this leaflet now (see [`update::units`]): a
/// target still equal to an earlier translation offered for review is not confirmed. That is
/// judged by the text, not by the state the file gives it, because CAT tools differ: some mark
/// every target they write `translated`, others write back the state they read.
///
/// Errors, one per unit, when a target's codes do not match its source's: then nothing may be
/// written, as the Markdown would lose or repeat a link.
/// `existing` is the translation the import replaces: its front matter (its own slug,
/// translators, translated source titles) is kept, with the new title and summary.
pub fn apply(
    source: &Leaflet,
    file: &File,
    offered: &[Unit],
    existing: Option<&Leaflet>,
) -> Result<Imported, Vec<String>> {
    let entries = entries(source);
    let blocks = inline::blocks(source.body());
    let mut used: HashSet<usize> = HashSet::new();
    let mut errors = Vec::new();
    let mut untranslated = Vec::new();
    let mut unconfirmed = Vec::new();
    // The target of each entry, or None.
    let mut targets: Vec<Option<Vec<Token>>> = Vec::with_capacity(entries.len());
    for entry in &entries {
        let wanted = normalised(&entry.inline.tokens);
        let matches = |unit: &Unit| normalised(&unit.source.tokens) == wanted;
        let found = file
            .units
            .iter()
            .position(|unit| unit.id == entry.id && matches(unit))
            .filter(|index| !used.contains(index))
            .or_else(|| {
                file.units
                    .iter()
                    .enumerate()
                    .position(|(index, unit)| !used.contains(&index) && matches(unit))
            });
        let Some(index) = found else {
            untranslated.push(entry.id.clone());
            targets.push(None);
            continue;
        };
        used.insert(index);
        let unit = &file.units[index];
        let Some(target) = unit.target.as_ref().filter(|t| !plain_is_empty(t)) else {
            untranslated.push(entry.id.clone());
            targets.push(None);
            continue;
        };
        if let Err(problem) = inline::check_codes(target, &entry.inline.codes) {
            errors.push(format!(
                "unit `{}` (\"{}\"): {problem}",
                entry.id,
                shortened(&inline::plain_text(&entry.inline.tokens))
            ));
            targets.push(None);
            continue;
        }
        let unrevised = offered.iter().any(|earlier| {
            earlier.id == entry.id
                && earlier.state == TargetState::Initial
                && earlier
                    .target
                    .as_ref()
                    .is_some_and(|t| normalised(t) == normalised(target))
        });
        if unrevised {
            unconfirmed.push(entry.id.clone());
        }
        targets.push(Some(target.clone()));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let unmatched = file
        .units
        .iter()
        .enumerate()
        .filter(|(index, unit)| !used.contains(index) && unit.target.is_some())
        .map(|(_, unit)| unit.id.clone())
        .collect();

    let body = source.body();
    let mut new_body = body.to_string();
    let body_targets = &targets[entries.len() - blocks.len()..];
    for (block, target) in blocks.iter().zip(body_targets).rev() {
        let Some(target) = target else { continue };
        if normalised(target) == normalised(&block.inline.tokens) {
            continue;
        }
        let mut markdown = inline::to_markdown(target, &block.inline.codes, block.kind.context());
        if let Some(id) = &block.heading_id
            && markdown::anchors(&format!("# {markdown}\n")).first() != Some(id)
        {
            markdown.push_str(&format!(" {{#{id}}}"));
        }
        new_body.replace_range(block.range.clone(), &markdown);
    }
    let header = match existing {
        Some(existing) => &existing.file.text[..existing.body_offset],
        None => &source.file.text[..source.body_offset],
    };
    let mut text = format!("{header}{new_body}");
    for (entry, target) in entries.iter().zip(&targets) {
        let key = match entry.place {
            Place::Title => "title",
            Place::Summary => "summary",
            Place::Body(_) => break,
        };
        let Some(target) = target else { continue };
        // Kept as written when it says the same (no quotes added to a line that had none).
        let written = existing.unwrap_or(source);
        let current = match entry.place {
            Place::Title => Some(written.front.title.as_str()),
            _ => written.front.summary.as_deref(),
        };
        if current.map(|c| c.split_whitespace().collect::<Vec<_>>())
            == Some(inline::plain_text(target).split_whitespace().collect())
        {
            continue;
        }
        let plain = inline::plain_text(target);
        let quoted = serde_json::to_string(
            plain
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        )
        .unwrap_or_default();
        text = edit::set_front_matter_key(&text, key, &quoted)
            .ok_or_else(|| vec!["the source has no front matter".to_string()])?;
    }
    // A translation with units left in the source language, or not yet revisited, is not a
    // translation of this version: unstamped, it stays `unknown` and is never reported current.
    let stamped = untranslated.is_empty() && unconfirmed.is_empty();
    if stamped {
        let hash = translation::source_hash(source);
        text = edit::set_front_matter_key(&text, "translation_of", &hash)
            .ok_or_else(|| vec!["the source has no front matter".to_string()])?;
    }
    text = edit::set_front_matter_key(&text, "translation_review", "pending")
        .ok_or_else(|| vec!["the source has no front matter".to_string()])?;
    Ok(Imported {
        text,
        untranslated,
        unconfirmed,
        unmatched,
        stamped,
    })
}

/// Whether tokens hold no words and no codes.
fn plain_is_empty(tokens: &[Token]) -> bool {
    tokens.iter().all(|token| match token {
        Token::Text(text) => text.trim().is_empty(),
        _ => false,
    })
}

/// The first words of a text, to name a unit in a message.
fn shortened(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 8 {
        words.join(" ")
    } else {
        format!("{} …", words[..8].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SourceFile, parse_all};
    use crate::diagnostics::Diagnostics;
    use crate::markdown::{LinkError, RenderOptions, render};

    const RICH: &str = "---\ntitle: \"Side effects: when to call\"\nsummary: What to watch for.\norder: 4\n# a comment\nsources:\n  - title: ESMO\n    url: https://www.esmo.org\n---\nImmunotherapy can *inflame* healthy organs. See [the card](alert-card.md#what-is-on-it)\nand call **straight away**[^1].\n\n## When to call\n\n- a new cough\n- diarrhoea: 3 or more\n  loose stools a day\n  - nested item\n\n> A quote that spans\n> two lines.\n\n| Sign | Action |\n|------|--------|\n| Rash | Call [112](tel:112) |\n\n![A card with *your* name](card.png)\n\n```\ncode stays\n```\n\n[^1]: Day or night.\n";

    fn leaflet_in(language: &str, text: &str) -> Leaflet {
        let file = SourceFile {
            language: language.into(),
            identity: "side-effects".into(),
            display_path: crate::paths::SitePath::new(
                format!("content/{language}/side-effects.md").as_ref(),
            )
            .unwrap(),
            text: text.into(),
        };
        parse_all(vec![file], false, &mut Diagnostics::new()).remove(0)
    }

    fn leaflet(text: &str) -> Leaflet {
        leaflet_in("en", text)
    }

    fn html(body: &str) -> String {
        let options = RenderOptions {
            folder: "",
            allow_raw_html: false,
            rtl: false,
            callout_titles: &crate::markdown::CalloutTitles::new(str::to_uppercase),
        };
        let rendered = render(body, &options, &|_| {
            Err(LinkError::nowhere("not checked here"))
        });
        rendered
            .html
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn document(version: Version, units: Vec<Unit>) -> Document {
        Document {
            version,
            source_language: "en".into(),
            target_language: "cs".into(),
            files: vec![File {
                original: "content/en/side-effects.md".into(),
                units,
            }],
        }
    }

    /// Each text token of a target changed as a translator would, codes kept.
    fn translated(tokens: &[Token]) -> Vec<Token> {
        tokens
            .iter()
            .map(|token| match token {
                Token::Text(text) => Token::Text(text.to_uppercase()),
                code => code.clone(),
            })
            .collect()
    }

    #[test]
    fn units_cover_every_block_once_with_markup_as_codes() {
        let units = units(&leaflet(RICH));
        let texts: Vec<String> = units
            .iter()
            .map(|u| inline::plain_text(&u.source.tokens))
            .collect();
        assert_eq!(
            texts,
            [
                "Side effects: when to call",
                "What to watch for.",
                "Immunotherapy can inflame healthy organs. See the card and call straight away.",
                "When to call",
                "a new cough",
                "diarrhoea: 3 or more loose stools a day",
                "nested item",
                "A quote that spans two lines.",
                "Sign",
                "Action",
                "Rash",
                "Call 112",
                "A card with your name",
                "Day or night.",
            ]
        );
        let first = &units[2].source;
        assert_eq!(
            first.tokens,
            [
                Token::Text("Immunotherapy can ".into()),
                Token::Open(1),
                Token::Text("inflame".into()),
                Token::Close(1),
                Token::Text(" healthy organs. See ".into()),
                Token::Open(2),
                Token::Text("the card".into()),
                Token::Close(2),
                Token::Text(" and call ".into()),
                Token::Open(3),
                Token::Text("straight away".into()),
                Token::Close(3),
                Token::Placeholder(4),
                Token::Text(".".into()),
            ]
        );
        let markdown: Vec<(&str, &str)> = first
            .codes
            .iter()
            .map(|c| (c.start.as_str(), c.end.as_str()))
            .collect();
        assert_eq!(
            markdown,
            [
                ("*", "*"),
                ("[", "](alert-card.md#what-is-on-it)"),
                ("**", "**"),
                ("[^1]", "")
            ]
        );
        // The image's alternative text is translatable, nested emphasis numbered after it.
        let image = &units[12].source;
        assert_eq!(image.codes[0].kind, CodeKind::Image);
        assert_eq!(image.codes[0].end, "](card.png)");
        assert_eq!(image.codes[1].kind, CodeKind::Emphasis);
        for unit in &units {
            for version in [Version::V2_0, Version::V1_2] {
                let xml = write(&document(version, vec![unit.clone()]));
                let source = &xml[xml.find("<source>").unwrap()..xml.find("</source>").unwrap()];
                assert!(
                    !source.contains("](") && !source.contains(".md") && !source.contains("**"),
                    "no Markdown or address to translate: {source}"
                );
            }
        }
    }

    /// Imports `units` as a file's, with nothing offered before and no translation replaced.
    fn import_units(source: &Leaflet, units: Vec<Unit>) -> Result<Imported, Vec<String>> {
        let file = File {
            original: "content/en/side-effects.md".into(),
            units,
        };
        apply(source, &file, &[], None)
    }

    /// A unit's id, source and target, compared after a round trip through XML.
    type Shown<'a> = (&'a String, &'a Vec<Token>, &'a Option<Vec<Token>>);

    #[test]
    fn a_round_trip_with_targets_equal_to_sources_gives_the_same_file() {
        let source = leaflet(RICH);
        for version in [Version::V2_0, Version::V1_2] {
            let mut units = units(&source);
            for unit in &mut units {
                unit.target = Some(unit.source.tokens.clone());
            }
            let read_back = read(&write(&document(version, units.clone()))).unwrap();
            assert_eq!(read_back.version, version);
            assert_eq!(read_back.target_language, "cs");
            let read_units: Vec<Shown> = read_back.files[0]
                .units
                .iter()
                .map(|u| (&u.id, &u.source.tokens, &u.target))
                .collect();
            let written: Vec<Shown> = units
                .iter()
                .map(|u| (&u.id, &u.source.tokens, &u.target))
                .collect();
            assert_eq!(read_units, written, "{version:?} XML round trip");
            let imported = apply(&source, &read_back.files[0], &[], None).unwrap();
            assert!(imported.untranslated.is_empty() && imported.stamped);
            let without_stamps: String = imported
                .text
                .lines()
                .filter(|l| {
                    !l.starts_with("translation_of:") && *l != "translation_review: pending"
                })
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(without_stamps, RICH, "{version:?}: the same bytes");
            assert_eq!(
                leaflet(&imported.text).front.translation_of.as_deref(),
                Some(translation::source_hash(&source).as_str())
            );
        }
    }

    #[test]
    fn translated_targets_keep_links_headings_ids_and_escape_their_text() {
        let source = leaflet(RICH);
        let mut units = units(&source);
        for unit in &mut units {
            unit.target = Some(translated(&unit.source.tokens));
        }
        // A translator moves the link to the front and types Markdown characters.
        units[2].target = Some(vec![
            Token::Open(2),
            Token::Text("Karta".into()),
            Token::Close(2),
            Token::Text(": *imunoterapie* [1] ".into()),
            Token::Open(1),
            Token::Text("zanítí".into()),
            Token::Close(1),
            Token::Text(" orgány, volejte ".into()),
            Token::Open(3),
            Token::Text("hned".into()),
            Token::Close(3),
            Token::Placeholder(4),
            Token::Text(".".into()),
        ]);
        units[3].target = Some(vec![Token::Text("Kdy volat".into())]);
        units[10].target = Some(vec![Token::Text("- a | b".into())]);
        let imported = import_units(&source, units).unwrap();
        let text = &imported.text;
        assert!(
            text.contains("[Karta](alert-card.md#what-is-on-it): \\*imunoterapie\\* \\[1\\] *zanítí* orgány, volejte **hned**[^1]."),
            "{text}"
        );
        assert!(
            text.contains("## Kdy volat {#when-to-call}\n"),
            "a translated heading keeps its source's id: {text}"
        );
        assert!(text.contains("| \\- a \\| b |"), "{text}");
        assert!(
            text.contains("![A CARD WITH *YOUR* NAME](card.png)"),
            "{text}"
        );
        assert!(
            text.contains("title: \"SIDE EFFECTS: WHEN TO CALL\"\n"),
            "{text}"
        );
        let rendered = html(leaflet(text).body());
        assert!(
            rendered
                .contains("<a href=\"alert-card.md#what-is-on-it\">Karta</a>: *imunoterapie* [1]"),
            "{rendered}"
        );
        assert!(rendered.contains("<td>- a | b</td>"), "{rendered}");
        assert_eq!(
            crate::markdown::anchors(leaflet(text).body()),
            crate::markdown::anchors(source.body()),
            "every anchor of the source is there"
        );
    }

    #[test]
    fn callouts_breaks_code_and_autolinks_round_trip() {
        let text = "---\ntitle: T\n---\n> [!WARNING]\n> Do not stop *steroids*\\\nsuddenly.\n\nTake `5 mg` or see <https://example.org> and [**the** card][card].\n\n[card]: alert-card.md\n";
        let source = leaflet(text);
        let mut units = units(&source);
        let plain: Vec<String> = units
            .iter()
            .map(|u| inline::plain_text(&u.source.tokens))
            .collect();
        assert_eq!(
            plain,
            [
                "T",
                // The hard line break is a code, not a space.
                "Do not stop steroidssuddenly.",
                "Take  or see  and the card."
            ]
        );
        let kinds: Vec<CodeKind> = units[2].source.codes.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                CodeKind::Code,
                CodeKind::Autolink,
                CodeKind::Link,
                CodeKind::Strong
            ]
        );
        assert_eq!(units[1].source.codes[1].start, "\\\n");
        for unit in &mut units {
            unit.target = Some(unit.source.tokens.clone());
        }
        let same = import_units(&source, units.clone()).unwrap();
        assert!(
            same.text.ends_with(&text[text.find("> [!").unwrap()..]),
            "{}",
            same.text
        );
        for unit in &mut units {
            unit.target = Some(translated(&unit.source.tokens));
        }
        let changed = import_units(&source, units).unwrap();
        assert!(
            changed.text.contains("> [!WARNING]\n> DO NOT STOP *STEROIDS*\\\nSUDDENLY.\n\nTAKE `5 mg` OR SEE <https://example.org> AND [**THE** CARD][card].\n"),
            "{}",
            changed.text
        );
    }

    #[test]
    fn a_target_that_drops_repeats_or_invents_a_code_is_refused() {
        let source = leaflet(RICH);
        let cases: [(Vec<Token>, &str); 4] = [
            (
                vec![Token::Text("bez odkazu".into())],
                "tag 1 (`*…*`) is missing",
            ),
            (
                vec![
                    Token::Open(1),
                    Token::Text("a".into()),
                    Token::Close(1),
                    Token::Open(1),
                    Token::Text("b".into()),
                    Token::Close(1),
                ],
                "tag 1 (`*…*`) is there twice",
            ),
            (
                vec![Token::Placeholder(9), Token::Text("x".into())],
                "tag 9 is not in the source",
            ),
            (
                vec![
                    Token::Open(1),
                    Token::Open(2),
                    Token::Close(1),
                    Token::Close(2),
                ],
                "overlap",
            ),
        ];
        for (target, expected) in cases {
            let mut units = units(&source);
            units[2].target = Some(target);
            let errors = import_units(&source, units).unwrap_err();
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].starts_with(
                    "unit `b1` (\"Immunotherapy can inflame healthy organs. See the card …\"): "
                ) && errors[0].contains(expected),
                "{errors:?}"
            );
        }
    }

    #[test]
    fn missing_and_unconfirmed_targets_leave_the_translation_unstamped() {
        let source = leaflet(RICH);
        let mut units = units(&source);
        for unit in &mut units {
            unit.target = Some(translated(&unit.source.tokens));
        }
        units[1].target = None;
        // b2 comes back as the earlier translation it was offered as, though marked done.
        let mut offered = units.clone();
        offered[3].state = TargetState::Initial;
        units[3].state = TargetState::Translated;
        let imported = apply(
            &source,
            &File {
                original: "x".into(),
                units,
            },
            &offered,
            None,
        )
        .unwrap();
        assert_eq!(imported.untranslated, ["summary"]);
        assert_eq!(imported.unconfirmed, ["b2"]);
        assert!(!imported.stamped && !imported.text.contains("translation_of:"));
        assert!(imported.text.contains("summary: What to watch for.\n"));
    }

    #[test]
    fn an_imported_translation_repeats_its_sources_audience() {
        use crate::content::front_matter::Audience;
        let source = leaflet("---\ntitle: For GPs\naudience: professionals\n---\nCheck TSH.\n");
        let mut units = units(&source);
        for unit in &mut units {
            unit.target = Some(translated(&unit.source.tokens));
        }
        let imported = import_units(&source, units).unwrap();
        assert!(
            imported.text.contains("audience: professionals\n"),
            "{}",
            imported.text
        );
        assert_eq!(
            leaflet(&imported.text).front.audience,
            Audience::Professionals
        );
    }

    #[test]
    fn an_update_offers_the_earlier_translation_and_keeps_its_front_matter() {
        let old = leaflet(
            "---\ntitle: Rash\n---\nA rash is common.\n\nCall if it **spreads**.\n\n## Help\n",
        );
        let translation = leaflet_in(
            "cs",
            "---\ntitle: Vyrážka\nslug: vyrazka\ntranslators: [Jana]\n---\nVyrážka je častá.\n\nVolejte, když se **šíří**.\n\n## Pomoc {#help}\n",
        );
        let new = leaflet(
            "---\ntitle: Rash\n---\nA rash is very common.\n\nCall if it **spreads**.\n\nA new paragraph.\n\n## Help\n",
        );
        let offered = update::units(&new, &translation, Some(&old));
        let states: Vec<(&str, Option<String>, TargetState)> = offered
            .iter()
            .map(|u| {
                (
                    u.id.as_str(),
                    u.target.as_ref().map(|t| inline::plain_text(t)),
                    u.state,
                )
            })
            .collect();
        assert_eq!(
            states,
            [
                ("title", Some("Vyrážka".into()), TargetState::Translated),
                ("b1", Some("Vyrážka je častá.".into()), TargetState::Initial),
                (
                    "b2",
                    Some("Volejte, když se šíří.".into()),
                    TargetState::Translated
                ),
                ("b3", None, TargetState::Translated),
                ("b4", Some("Pomoc".into()), TargetState::Translated),
            ]
        );
        let xml = write(&document(Version::V2_0, offered.clone()));
        assert!(xml.contains("<segment state=\"initial\">\n        <source>A rash is very common.</source>\n        <target>Vyrážka je častá.</target>"), "{xml}");
        assert!(
            xml.contains("<unit id=\"b1\">\n      <notes>\n        <note>The source text changed"),
            "tools that show no state show the note: {xml}"
        );
        let xml12 = write(&document(Version::V1_2, offered.clone()));
        assert!(
            xml12.contains("<target state=\"needs-review-translation\">Vyrážka je častá.</target>"),
            "{xml12}"
        );
        // A CAT tool that marks every target translated sends the unrevised one back as it went.
        let mut back = read(&xml.replace("state=\"initial\"", "state=\"translated\"")).unwrap();
        back.files[0].units[3].target = Some(vec![Token::Text("Nový odstavec.".into())]);
        let imported = apply(&new, &back.files[0], &offered, Some(&translation)).unwrap();
        assert_eq!(imported.unconfirmed, ["b1"]);
        assert!(!imported.stamped);
        assert!(
            imported
                .text
                .starts_with("---\ntitle: Vyrážka\nslug: vyrazka\ntranslators: [Jana]\n"),
            "{}",
            imported.text
        );
        assert!(
            imported
                .text
                .contains("Volejte, když se **šíří**.\n\nNový odstavec.\n\n## Pomoc {#help}\n"),
            "{}",
            imported.text
        );
        // Revised, it is a translation of the new source.
        back.files[0].units[1].target = Some(vec![Token::Text("Vyrážka je velmi častá.".into())]);
        let imported = apply(&new, &back.files[0], &offered, Some(&translation)).unwrap();
        assert!(imported.stamped && imported.unconfirmed.is_empty());
    }

    #[test]
    fn what_cat_tools_do_to_codes_and_segments_is_read() {
        // 2.0: a pair split into <sc>/<ec>, a unit in two segments with an ignorable between,
        // an annotation, and matches that are not the translation.
        let xml = r##"<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="en" trgLang="cs">
 <file id="f1" original="content/en/a.md"><unit id="b1">
  <mtc:matches><mtc:match ref="#s1"><source>x</source><target>WRONG</target></mtc:match></mtc:matches>
  <segment id="s1" state="final"><source>Call <pc id="1">now</pc>.</source><target>Volejte <sc id="1"/><mrk id="m1" translate="yes">hned</mrk><ec startRef="1"/>.</target></segment>
  <ignorable><source> </source></ignorable>
  <segment><source>Day <ph id="2"/>or night.</source><target>Ve dne <ph id="2"/>i v noci.</target></segment>
 </unit></file>
</xliff>"##;
        let document = read(xml).unwrap();
        let unit = &document.files[0].units[0];
        assert_eq!(
            unit.target.as_deref().unwrap(),
            [
                Token::Text("Volejte ".into()),
                Token::Open(1),
                Token::Text("hned".into()),
                Token::Close(1),
                Token::Text(". Ve dne ".into()),
                Token::Placeholder(2),
                Token::Text("i v noci.".into()),
            ]
        );
        assert_eq!(unit.state, TargetState::Translated);
        // 1.2: <bpt>/<ept> and <ph> holding native code, an <alt-trans>.
        let xml = r#"<xliff version="1.2"><file original="content/en/a.md" source-language="en" target-language="cs" datatype="x-markdown"><body>
<trans-unit id="b1"><source>Call <g id="1" ctype="bold">now</g><x id="2"/>.</source>
<target state="needs-review-translation"><bpt id="1">**</bpt>Hned<ept id="1">**</ept> volejte<ph id="2">[^1]</ph>.</target>
<alt-trans><target>WRONG</target></alt-trans></trans-unit></body></file></xliff>"#;
        let document = read(xml).unwrap();
        let unit = &document.files[0].units[0];
        assert_eq!(document.version, Version::V1_2);
        assert_eq!(document.target_language, "cs");
        assert_eq!(unit.state, TargetState::Initial);
        assert_eq!(
            unit.target.as_deref().unwrap(),
            [
                Token::Open(1),
                Token::Text("Hned".into()),
                Token::Close(1),
                Token::Text(" volejte".into()),
                Token::Placeholder(2),
                Token::Text(".".into()),
            ]
        );
    }

    #[test]
    fn broken_xliff_is_an_error_not_a_panic() {
        assert!(read("<xliff version=\"2.0\" srcLang=\"en\"><file original=\"a\">").is_err());
        assert!(read("not xml at all").is_err());
        assert!(read("<xliff trgLang=\"pl\"><unit id=\"x\"/></xliff>").is_err());
        assert!(
            read("<xliff version=\"2.0\" trgLang=\"pl\"><file original=\"a\"><unit id=\"b1\"><segment><source><pc id=\"x\">a</pc></source></segment></unit></file></xliff>")
                .unwrap_err()
                .contains("not one leafpress wrote")
        );
    }
}
