//! A leaflet cut into the sections search finds: the top of the page (its summary and the text
//! before the first heading), then one section per heading, each with the `id` its page gives
//! that heading, so a result links straight to it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::content::Leaflet;
use crate::markdown::{self, UniqueIds};

/// One section of a leaflet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// The heading's `id`; empty for the top of the page.
    pub id: String,
    /// The heading's text; empty for the top of the page.
    pub heading: String,
    /// The heading's level (1 to 6); 0 for the top of the page.
    pub level: u8,
    /// The section's plain text, blocks separated by a space.
    pub text: String,
    /// Whether the section gives a `tel:` link: the part of a leaflet that says whom to call
    /// at once, which symptom words should find first.
    pub urgent: bool,
    /// The words the section explains, when the leaflet is the glossary: bold text opening a
    /// paragraph or list item (as `leafpress check`'s glossary finds them).
    pub glossary: Vec<String>,
}

/// The sections of a leaflet. `glossary`: whether it is the site's glossary leaflet.
pub fn sections(leaflet: &Leaflet, glossary: bool) -> Vec<Section> {
    // The text of the section being read (the last of `all`), given to it when the next one
    // starts: one allocation of its size a section, rather than one each time it grows.
    let mut text = String::new();
    if let Some(summary) = &leaflet.front.summary {
        text.push_str(summary);
        text.push(' ');
    }
    let mut all = vec![Section::default()];
    let mut ids = UniqueIds::new();
    // A heading being read: its explicit id and level; and its text.
    let mut heading: Option<(Option<String>, u8)> = None;
    let mut heading_text = String::new();
    // A glossary word being read, and whether the next text opens a paragraph or item.
    let mut term: Option<String> = None;
    let mut at_start = false;
    // A text that can no longer be read makes the build fail on the page that shows it.
    let source = leaflet.text().unwrap_or_default();
    for event in Parser::new_ext(leaflet.body_of(&source), markdown::parser_options()) {
        let section = all.last_mut().expect("the top section is always there");
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((id.map(|i| i.to_string()), level as u8));
                heading_text.clear();
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((explicit, level)) = heading.take() {
                    let id = ids.heading(explicit.as_deref(), &heading_text);
                    section.text = finished(&text);
                    text.clear();
                    all.push(Section {
                        id,
                        heading: heading_text.trim().to_string(),
                        level,
                        ..Section::default()
                    });
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                // Footnote labels take ids too, as on the page.
                ids.take(&label);
            }
            Event::Start(Tag::Paragraph | Tag::Item) => at_start = glossary,
            Event::Start(Tag::Strong) if at_start => term = Some(String::new()),
            Event::End(TagEnd::Strong) => {
                if let Some(word) = term.take() {
                    let word = word.trim().trim_end_matches([':', '.']).trim();
                    if !word.is_empty() {
                        section.glossary.push(word.to_string());
                    }
                }
                at_start = false;
            }
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with("tel:") => {
                section.urgent = true;
            }
            Event::Text(words) | Event::Code(words) => {
                if heading.is_some() {
                    heading_text.push_str(&words);
                    continue;
                }
                if let Some(word) = term.as_mut() {
                    word.push_str(&words);
                } else {
                    at_start = false;
                }
                text.push_str(&words);
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            // A list item or table cell without its own punctuation ends with a middle dot, so
            // an excerpt of a list reads as one ("blood in your poo · tummy pain").
            Event::End(TagEnd::Item | TagEnd::TableCell) => {
                let trimmed = text.trim_end();
                let ends_clause = trimmed.chars().next_back().is_none_or(|c| {
                    matches!(
                        c,
                        '.' | '!' | '?' | ':' | ';' | ',' | '·' | '…' | '،' | '؛' | '؟'
                    )
                });
                text.truncate(trimmed.len());
                text.push_str(if ends_clause { " " } else { " · " });
            }
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_))
                if !text.ends_with(' ') =>
            {
                text.push(' ')
            }
            _ => {}
        }
    }
    all.last_mut()
        .expect("the top section is always there")
        .text = finished(&text);
    all
}

/// A section's text as read, without the spaces and middle dots it ends with.
fn finished(text: &str) -> String {
    text.trim_end_matches([' ', '·']).trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaflet(body: &str) -> Leaflet {
        let text = format!("---\ntitle: T\nsummary: A short summary.\n---\n{body}");
        let file = crate::content::discover::SourceFile {
            language: "en".into(),
            identity: "x".into(),
            display_path: crate::paths::SitePath::new("content/en/x.md".as_ref()).unwrap(),
            text,
        };
        crate::content::leaflet::parse(file, false).0.unwrap()
    }

    #[test]
    fn cuts_a_leaflet_at_its_headings_with_their_ids() {
        let sections = sections(
            &leaflet(
                "Intro.\n\n## Side effects\n\nMost are mild.\n\n## When to get help {#help}\n\nCall [112](tel:112).\n\n## Side effects\n\n| a | b |\n|---|---|\n| rash | itch |\n",
            ),
            false,
        );
        let summary: Vec<_> = sections
            .iter()
            .map(|s| (s.id.as_str(), s.heading.as_str(), s.text.as_str(), s.urgent))
            .collect();
        assert_eq!(
            summary,
            [
                ("", "", "A short summary. Intro.", false),
                ("side-effects", "Side effects", "Most are mild.", false),
                ("help", "When to get help", "Call 112.", true),
                (
                    "side-effects-2",
                    "Side effects",
                    "a · b · rash · itch",
                    false
                ),
            ]
        );
    }

    #[test]
    fn finds_the_glossary_words() {
        let sections = sections(
            &leaflet(
                "## Words\n\n- **Biomarker**: a sign.\n- **PD-L1.** A protein.\n\nA **bold** word.\n",
            ),
            true,
        );
        assert_eq!(sections[1].glossary, ["Biomarker", "PD-L1"]);
    }
}
