//! One pass over a leaflet's Markdown that collects what the quality checks and the
//! readability measures look at: prose blocks (for readability and numbers), headings, images,
//! links and tables, each with its byte offset in the body. Part of the content model (cached
//! by [`super::Leaflet::scan`]), so stages after it read it without reaching into `check`. Code, tables and front matter are not prose: readability formulas
//! are defined for running text.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::markdown::{self, HeadingAnchor};

/// A paragraph, list item or heading's plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte offset of the block in the body.
    pub offset: usize,
    /// Its text, Markdown removed.
    pub text: String,
    /// Byte offsets in the body of the start of each piece of `text` (for positions of words).
    pub pieces: Vec<(usize, usize)>,
}

impl Block {
    /// The body offset of byte `index` of `text`.
    pub fn body_offset(&self, index: usize) -> usize {
        self.pieces
            .iter()
            .rev()
            .find(|(text_start, _)| *text_start <= index)
            .map_or(self.offset, |(text_start, body_start)| {
                body_start + (index - text_start)
            })
    }
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Byte offset in the body.
    pub offset: usize,
    /// 1 to 6.
    pub level: u8,
}

/// An image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Byte offset in the body.
    pub offset: usize,
    /// Its alternative text.
    pub alt: String,
}

/// A link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Byte offset in the body.
    pub offset: usize,
    /// Where it goes, as written.
    pub url: String,
    /// Its text.
    pub text: String,
}

/// What a leaflet body contains.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Prose blocks, in order.
    pub blocks: Vec<Block>,
    /// Headings, in order.
    pub headings: Vec<Heading>,
    /// Images.
    pub images: Vec<Image>,
    /// Links.
    pub links: Vec<Link>,
    /// Byte offsets of tables whose header row is empty.
    pub tables_without_header: Vec<usize>,
    /// Headings with their ids, as [`markdown::heading_anchors`] gives them (what `#fragment`
    /// links are checked against), collected in the same pass.
    pub heading_anchors: Vec<HeadingAnchor>,
}

/// Scans a Markdown body.
pub fn scan(body: &str) -> Scan {
    let mut result = Scan::default();
    let mut block: Option<Block> = None;
    let mut image: Option<Image> = None;
    let mut link: Option<Link> = None;
    let mut in_table = 0usize;
    let mut header_text: Option<(usize, String)> = None;
    let mut in_code = false;
    let mut anchors = markdown::Anchors::new();
    for (event, range) in Parser::new_ext(body, markdown::parser_options()).into_offset_iter() {
        anchors.event(&event, range.start);
        match event {
            Event::Start(Tag::Paragraph | Tag::Item | Tag::Heading { .. }) if in_table == 0 => {
                if let Event::Start(Tag::Heading { level, .. }) = &event {
                    result.headings.push(Heading {
                        offset: range.start,
                        level: heading_level(*level),
                    });
                }
                finish(&mut block, &mut result.blocks);
                block = Some(Block {
                    offset: range.start,
                    text: String::new(),
                    pieces: Vec::new(),
                });
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) if in_table == 0 => {
                finish(&mut block, &mut result.blocks);
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::Table(_)) => {
                finish(&mut block, &mut result.blocks);
                in_table += 1;
            }
            Event::End(TagEnd::Table) => in_table = in_table.saturating_sub(1),
            Event::Start(Tag::TableHead) => header_text = Some((range.start, String::new())),
            Event::End(TagEnd::TableHead) => {
                if let Some((offset, text)) = header_text.take()
                    && text.trim().is_empty()
                {
                    result.tables_without_header.push(offset);
                }
            }
            Event::Start(Tag::Image { .. }) => {
                image = Some(Image {
                    offset: range.start,
                    alt: String::new(),
                });
            }
            Event::End(TagEnd::Image) => result.images.extend(image.take()),
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some(Link {
                    offset: range.start,
                    url: dest_url.to_string(),
                    text: String::new(),
                });
            }
            Event::End(TagEnd::Link) => result.links.extend(link.take()),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, header)) = header_text.as_mut() {
                    header.push_str(&text);
                }
                if let Some(image) = image.as_mut() {
                    image.alt.push_str(&text);
                    continue;
                }
                if let Some(link) = link.as_mut() {
                    link.text.push_str(&text);
                }
                if in_table == 0
                    && !in_code
                    && let Some(block) = block.as_mut()
                {
                    block.pieces.push((block.text.len(), range.start));
                    block.text.push_str(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = block.as_mut() {
                    block.text.push(' ');
                }
            }
            _ => {}
        }
    }
    finish(&mut block, &mut result.blocks);
    result.heading_anchors = anchors.into_headings();
    result.blocks.shrink_to_fit();
    result.headings.shrink_to_fit();
    result.links.shrink_to_fit();
    result.images.shrink_to_fit();
    result
}

/// Keeps the block being collected, unless it has no text. Its text and pieces give back
/// the room they grew into: scans are kept for the whole run, one per leaflet.
fn finish(block: &mut Option<Block>, blocks: &mut Vec<Block>) {
    if let Some(mut block) = block.take()
        && !block.text.trim().is_empty()
    {
        block.text.shrink_to_fit();
        block.pieces.shrink_to_fit();
        blocks.push(block);
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_prose_but_not_code_or_tables() {
        let body = "Intro *text*.\n\n- item one\n- item two\n\n```\ncode 123\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Heading\n";
        let scan = scan(body);
        let texts: Vec<_> = scan.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Intro text.", "item one", "item two", "Heading"]);
        assert_eq!(
            scan.headings,
            [Heading {
                offset: body.find("## Heading").unwrap(),
                level: 2
            }]
        );
        let block = &scan.blocks[0];
        assert_eq!(&body[block.body_offset(6)..][..4], "text");
    }

    #[test]
    fn collects_images_links_and_empty_table_headers() {
        let scan = scan(
            "![](/a.png) ![Card](/b.png) [click here](x.md)\n\n|   |   |\n|---|---|\n| 1 | 2 |\n",
        );
        assert_eq!(
            scan.images
                .iter()
                .map(|i| i.alt.as_str())
                .collect::<Vec<_>>(),
            ["", "Card"]
        );
        assert_eq!(scan.links[0].text, "click here");
        assert_eq!(scan.tables_without_header.len(), 1);
    }

    /// Bodies whose heading ids are hard to get right: repeats, explicit ids, footnote labels
    /// taken before a heading, code and emphasis in headings, headings in lists and quotes.
    const AWKWARD_HEADINGS: &[&str] = &[
        "# Top\n\n## Top\n\n## Top {#top-2}\n\n## Top\n",
        "See[^note].\n\n[^note]: A note.\n\n## note\n\n## Note\n\n[^note]: Again.\n",
        "## The `dose` *and* **time**\n\n- ## In a list\n\n> ## In a quote\n",
        "Title\n=====\n\nSub\n---\n\n## main\n\n## search\n",
        "| a |\n|---|\n| b |\n\n## After ![alt](x.png) table\n",
        "```\n## not a heading\n```\n\n## Kdy volat {#when-to-call}\n",
    ];

    #[test]
    fn heading_ids_are_those_of_the_markdown_module() {
        let guide = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut bodies: Vec<String> = AWKWARD_HEADINGS.iter().map(|b| b.to_string()).collect();
        for language in std::fs::read_dir(guide).unwrap() {
            for file in std::fs::read_dir(language.unwrap().path()).unwrap() {
                bodies.push(std::fs::read_to_string(file.unwrap().path()).unwrap());
            }
        }
        for body in &bodies {
            assert_eq!(
                scan(body).heading_anchors,
                markdown::heading_anchors(body),
                "{body}"
            );
        }
        assert_eq!(
            scan(AWKWARD_HEADINGS[1])
                .heading_anchors
                .iter()
                .map(|h| h.id.as_str())
                .collect::<Vec<_>>(),
            ["note-2", "note-3"],
            "the footnote took `note` first"
        );
    }
}
