//! XLIFF 2.0 exchange with translators' CAT tools.
//!
//! Export: one `<file>` per leaflet a language still needs (missing, outdated or of unknown
//! age), one `<unit>` for the title, the summary, and each paragraph, heading, list item and
//! table cell of the source. A unit's text is the block's inline Markdown (links and emphasis
//! kept as written, line breaks folded), so a translated unit drops back into place.
//! Import: each unit's `<target>` replaces its block in a copy of the source, so the Markdown
//! structure, links, and the front matter the translator did not see are kept exactly.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use quick_xml::XmlVersion;
use quick_xml::escape::escape;
use quick_xml::events::Event as Xml;

use crate::content::Leaflet;
use crate::edit;
use crate::markdown;
use crate::translation;

/// One translatable piece.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// `title`, `summary`, or `b<N>` for the N-th block of the body.
    pub id: String,
    /// The source text.
    pub source: String,
    /// The translation, when the file has one.
    pub target: Option<String>,
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
    /// The source language.
    pub source_language: String,
    /// The target language.
    pub target_language: String,
    /// The leaflets.
    pub files: Vec<File>,
}

/// The byte ranges of the translatable blocks of a Markdown body: the inline content of each
/// paragraph, heading, list item and table cell, innermost first in document order.
pub fn block_ranges(body: &str) -> Vec<Range<usize>> {
    let mut stack: Vec<Option<Range<usize>>> = Vec::new();
    let mut ranges = Vec::new();
    let mut code_block = false;
    for (event, range) in Parser::new_ext(body, markdown::parser_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell) => {
                stack.push(None)
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                if let Some(Some(block)) = stack.pop() {
                    ranges.push(block);
                }
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_)) => {
                // A nested block ends the inline run of the item that contains it.
                if let Some(top) = stack.last_mut()
                    && let Some(block) = top.take()
                {
                    ranges.push(block);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => code_block = true,
            Event::End(TagEnd::CodeBlock) => code_block = false,
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. },
            ) => {
                if code_block {
                    continue;
                }
                if let Some(top) = stack.last_mut() {
                    *top = Some(match top.take() {
                        Some(block) => block.start.min(range.start)..block.end.max(range.end),
                        None => range.clone(),
                    });
                }
            }
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}

/// A block's text as translators see it: line breaks and the blockquote or list markers of
/// continuation lines folded into single spaces.
fn unit_text(raw: &str) -> String {
    raw.lines()
        .map(|line| line.trim().trim_start_matches('>').trim())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The units of a source leaflet.
pub fn units(leaflet: &Leaflet) -> Vec<Unit> {
    let unit = |id: String, source: String| Unit {
        id,
        source,
        target: None,
    };
    let mut units = vec![unit("title".into(), leaflet.front.title.clone())];
    if let Some(summary) = &leaflet.front.summary {
        units.push(unit("summary".into(), summary.clone()));
    }
    let body = leaflet.body();
    for (index, range) in block_ranges(body).into_iter().enumerate() {
        units.push(unit(format!("b{}", index + 1), unit_text(&body[range])));
    }
    units
}

/// Writes an XLIFF 2.0 document.
pub fn write(document: &Document) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        escape(&document.source_language),
        escape(&document.target_language)
    );
    for (index, file) in document.files.iter().enumerate() {
        out.push_str(&format!(
            "  <file id=\"f{}\" original=\"{}\">\n",
            index + 1,
            escape(&file.original)
        ));
        for unit in &file.units {
            out.push_str(&format!(
                "    <unit id=\"{}\">\n      <segment>\n        <source>{}</source>\n",
                escape(&unit.id),
                escape(&unit.source)
            ));
            if let Some(target) = &unit.target {
                out.push_str(&format!("        <target>{}</target>\n", escape(target)));
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// Reads an XLIFF 2.0 document. The error says what is wrong and where.
pub fn read(xml: &str) -> Result<Document, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut document = Document {
        source_language: String::new(),
        target_language: String::new(),
        files: Vec::new(),
    };
    let mut unit: Option<Unit> = None;
    let mut text: Option<String> = None;
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {position}: {e}"))?;
        match event {
            Xml::Empty(start) if start.local_name().as_ref() == "unit" => {
                return Err("a <unit> has no <segment>".into());
            }
            Xml::Start(start) | Xml::Empty(start) => {
                let attribute = |name: &str| -> Option<String> {
                    start.try_get_attribute(name).ok().flatten().and_then(|a| {
                        a.normalized_value(XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.into_owned())
                    })
                };
                match start.local_name().as_ref() {
                    "xliff" => {
                        document.source_language = attribute("srcLang").unwrap_or_default();
                        document.target_language = attribute("trgLang").unwrap_or_default();
                    }
                    "file" => document.files.push(File {
                        original: attribute("original")
                            .ok_or("a <file> has no `original` attribute")?,
                        units: Vec::new(),
                    }),
                    "unit" => {
                        unit = Some(Unit {
                            id: attribute("id").unwrap_or_default(),
                            source: String::new(),
                            target: None,
                        })
                    }
                    "source" | "target" => text = Some(String::new()),
                    _ => {}
                }
            }
            Xml::Text(content) => {
                if let Some(text) = text.as_mut() {
                    text.push_str(&content.xml10_content());
                }
            }
            Xml::CData(content) => {
                if let Some(text) = text.as_mut() {
                    text.push_str(&content.into_inner());
                }
            }
            Xml::GeneralRef(reference) => {
                if let Some(text) = text.as_mut() {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => match reference.xml10_content().as_ref() {
                            "amp" => "&".into(),
                            "lt" => "<".into(),
                            "gt" => ">".into(),
                            "quot" => "\"".into(),
                            "apos" => "'".into(),
                            other => return Err(format!("unknown entity `&{other};`")),
                        },
                    };
                    text.push_str(&resolved);
                }
            }
            Xml::End(end) => match end.local_name().as_ref() {
                "source" => {
                    if let (Some(unit), Some(text)) = (unit.as_mut(), text.take()) {
                        unit.source = text;
                    }
                }
                "target" => {
                    if let (Some(unit), Some(text)) = (unit.as_mut(), text.take()) {
                        unit.target = Some(text);
                    }
                }
                "unit" => {
                    let file = document
                        .files
                        .last_mut()
                        .ok_or("a <unit> is outside any <file>")?;
                    file.units.extend(unit.take());
                }
                _ => {}
            },
            Xml::Eof => break,
            _ => {}
        }
    }
    if document.target_language.is_empty() {
        return Err("the <xliff> element has no `trgLang`".into());
    }
    Ok(document)
}

/// The translation of `source` from an XLIFF file: the source's file with each unit's target in
/// place of its block, the title and summary translated, and the front matter marked pending
/// review and, when every unit has a target, stamped as a translation of this source version. Returns the text and the ids of units
/// that had no target (their source text is kept).
pub fn apply(source: &Leaflet, file: &File) -> Result<(String, Vec<String>), String> {
    let expected = units(source);
    let mut untranslated = Vec::new();
    let target_of = |id: &str| -> Option<&str> {
        file.units
            .iter()
            .find(|u| u.id == id)
            .and_then(|u| u.target.as_deref())
            .filter(|t| !t.trim().is_empty())
    };
    let body = source.body();
    let ranges = block_ranges(body);
    let mut new_body = body.to_string();
    for (index, range) in ranges.iter().enumerate().rev() {
        let id = format!("b{}", index + 1);
        match target_of(&id) {
            Some(target) => new_body.replace_range(range.clone(), target.trim()),
            None => untranslated.push(id),
        }
    }
    let header = &source.file.text[..source.body_offset];
    let mut text = format!("{header}{new_body}");
    for key in ["title", "summary"] {
        if let Some(target) = target_of(key) {
            let quoted = serde_json::to_string(target.trim()).unwrap_or_default();
            text = edit::set_front_matter_key(&text, key, &quoted)
                .ok_or("the source has no front matter")?;
        } else if expected.iter().any(|u| u.id == key) {
            untranslated.push(key.to_string());
        }
    }
    // A translation with units left in the source language is not a translation of this
    // version: unstamped, it stays `unknown` and is never reported current.
    if untranslated.is_empty() {
        let hash = translation::source_hash(source);
        text = edit::set_front_matter_key(&text, "translation_of", &hash)
            .ok_or("the source has no front matter")?;
    }
    text = edit::set_front_matter_key(&text, "translation_review", "pending")
        .ok_or("the source has no front matter")?;
    untranslated.reverse();
    Ok((text, untranslated))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SourceFile, parse_all};
    use crate::diagnostics::Diagnostics;
    use crate::markdown::{LinkError, RenderOptions, render};

    const RICH: &str = "---\ntitle: \"Side effects: when to call\"\nsummary: What to watch for.\norder: 4\n# a comment\nsources:\n  - title: ESMO\n    url: https://www.esmo.org\n---\nImmunotherapy can *inflame* healthy organs. See [the card](alert-card.md#what-is-on-it)\nand call **straight away**[^1].\n\n## When to call {#when-to-call}\n\n- a new cough\n- diarrhoea: 3 or more\n  loose stools a day\n  - nested item\n\n> A quote that spans\n> two lines.\n\n| Sign | Action |\n|------|--------|\n| Rash | Call   |\n\n```\ncode stays\n```\n\n[^1]: Day or night.\n";

    fn leaflet(text: &str) -> Leaflet {
        let file = SourceFile {
            language: "en".into(),
            identity: "side-effects".into(),
            display_path: crate::paths::SitePath::new("content/en/side-effects.md".as_ref())
                .unwrap(),
            text: text.into(),
        };
        parse_all(vec![file], false, &mut Diagnostics::new()).remove(0)
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

    #[test]
    fn units_cover_every_block_once_and_skip_code() {
        let units = units(&leaflet(RICH));
        let texts: Vec<&str> = units.iter().map(|u| u.source.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Side effects: when to call",
                "What to watch for.",
                "Immunotherapy can *inflame* healthy organs. See [the card](alert-card.md#what-is-on-it) and call **straight away**[^1].",
                "When to call",
                "a new cough",
                "diarrhoea: 3 or more loose stools a day",
                "nested item",
                "A quote that spans two lines.",
                "Sign",
                "Action",
                "Rash",
                "Call",
                "Day or night.",
            ]
        );
    }

    #[test]
    fn a_round_trip_with_targets_equal_to_sources_renders_the_same() {
        let source = leaflet(RICH);
        let mut file = File {
            original: "content/en/side-effects.md".into(),
            units: units(&source),
        };
        for unit in &mut file.units {
            unit.target = Some(unit.source.clone());
        }
        let document = Document {
            source_language: "en".into(),
            target_language: "pl".into(),
            files: vec![file],
        };
        let read_back = read(&write(&document)).unwrap();
        assert_eq!(read_back, document, "XML round trip");
        let (text, untranslated) = apply(&source, &read_back.files[0]).unwrap();
        assert!(untranslated.is_empty());
        let imported = leaflet(&text);
        assert_eq!(html(imported.body()), html(source.body()));
        assert_eq!(imported.front.title, source.front.title);
        assert!(
            text.contains("# a comment\n"),
            "front matter the translator never saw is kept"
        );
        assert!(text.contains("translation_review: pending\n"));
        assert_eq!(
            imported.front.translation_of.as_deref(),
            Some(translation::source_hash(&source).as_str())
        );
    }

    #[test]
    fn an_imported_translation_repeats_its_sources_audience() {
        use crate::content::front_matter::Audience;
        let source = leaflet("---\ntitle: For GPs\naudience: professionals\n---\nCheck TSH.\n");
        let mut file = File {
            original: "content/en/for-gps.md".into(),
            units: units(&source),
        };
        assert!(
            file.units
                .iter()
                .all(|unit| !unit.source.contains("professionals")),
            "the audience is not given to translators: {:?}",
            file.units
        );
        for unit in &mut file.units {
            unit.target = Some(format!("{} (pl)", unit.source));
        }
        let (text, _) = apply(&source, &file).unwrap();
        assert!(text.contains("audience: professionals\n"), "{text}");
        assert_eq!(leaflet(&text).front.audience, Audience::Professionals);
    }

    #[test]
    fn targets_replace_their_blocks_and_missing_ones_are_listed() {
        let source = leaflet(RICH);
        let mut file = File {
            original: "x".into(),
            units: units(&source),
        };
        file.units[0].target = Some("Skutki uboczne: kiedy dzwonić".into());
        file.units[3].target = Some("Kiedy dzwonić".into());
        file.units[4].target = Some("nowy kaszel & <duszność>".into());
        let xml = write(&Document {
            source_language: "en".into(),
            target_language: "pl".into(),
            files: vec![file],
        });
        assert!(xml.contains("nowy kaszel &amp; &lt;duszność&gt;"));
        let document = read(&xml).unwrap();
        let (text, untranslated) = apply(&source, &document.files[0]).unwrap();
        assert!(text.contains("title: \"Skutki uboczne: kiedy dzwonić\"\n"));
        assert!(
            text.contains("## Kiedy dzwonić {#when-to-call}\n"),
            "heading ids are kept: {text}"
        );
        assert!(text.contains("- nowy kaszel & <duszność>\n"));
        assert!(
            untranslated.contains(&"summary".to_string())
                && untranslated.contains(&"b1".to_string())
        );
        assert!(
            !text.contains("translation_of:"),
            "a partial translation is not stamped current: {text}"
        );
    }

    #[test]
    fn broken_xliff_is_an_error_not_a_panic() {
        assert!(read("<xliff version=\"2.0\" srcLang=\"en\"><file original=\"a\">").is_err());
        assert!(read("not xml at all").is_err());
        assert!(read("<xliff trgLang=\"pl\"><unit id=\"x\"/></xliff>").is_err());
    }
}
