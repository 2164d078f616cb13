//! A Markdown block's inline content as translators see it: text, and codes standing for the
//! markup around and between the words.
//!
//! A link `[Is it right for me?](is-it-right-for-me.md)` is a paired code around its text,
//! whose Markdown (`[` and `](is-it-right-for-me.md)`) stays out of the translatable text, so a
//! CAT tool shows it as a tag that cannot be "translated" and a translator cannot break the
//! link. Codes are numbered from 1 in the order they open in the source; writing a target back
//! puts each code's Markdown, exactly as it was written, around the translated words.

use std::fmt;
use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::markdown;

/// One piece of a unit's content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Token {
    /// Words to translate.
    Text(String),
    /// A paired code opens (`<pc>`, `<g>`).
    Open(u32),
    /// A paired code closes.
    Close(u32),
    /// A standalone code (`<ph/>`, `<x/>`).
    Placeholder(u32),
}

/// What a code stands for; gives its `type` (XLIFF 2.0) and `ctype` (XLIFF 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeKind {
    /// A link around words.
    Link,
    /// An image around its alternative text.
    Image,
    /// `*emphasis*`.
    Emphasis,
    /// `**strong**`.
    Strong,
    /// `~~struck~~`.
    Strikethrough,
    /// `` `code` ``, not translated.
    Code,
    /// A hard line break.
    Break,
    /// A footnote reference `[^1]`.
    Footnote,
    /// Inline HTML.
    Html,
    /// An autolink `<https://…>`, whose text is its address.
    Autolink,
}

impl CodeKind {
    /// Whether the code wraps words (`<pc>`) rather than standing alone (`<ph/>`).
    pub fn is_paired(self) -> bool {
        matches!(
            self,
            CodeKind::Link
                | CodeKind::Image
                | CodeKind::Emphasis
                | CodeKind::Strong
                | CodeKind::Strikethrough
        )
    }

    /// The XLIFF 2.0 `type`.
    pub fn xliff2_type(self) -> &'static str {
        match self {
            CodeKind::Link | CodeKind::Footnote | CodeKind::Autolink => "link",
            CodeKind::Image => "image",
            CodeKind::Emphasis | CodeKind::Strong | CodeKind::Strikethrough | CodeKind::Break => {
                "fmt"
            }
            CodeKind::Code | CodeKind::Html => "other",
        }
    }

    /// The XLIFF 1.2 `ctype`.
    pub fn xliff12_ctype(self) -> &'static str {
        match self {
            CodeKind::Link => "link",
            CodeKind::Image => "x-image",
            CodeKind::Emphasis => "italic",
            CodeKind::Strong => "bold",
            CodeKind::Strikethrough => "x-strikethrough",
            CodeKind::Code => "x-code",
            CodeKind::Break => "lb",
            CodeKind::Footnote => "x-footnote",
            CodeKind::Html => "x-html",
            CodeKind::Autolink => "x-autolink",
        }
    }
}

/// A code: what it is and its Markdown as written in the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    /// What it stands for.
    pub kind: CodeKind,
    /// The Markdown before the wrapped words (`[`), or all of a standalone code's.
    pub start: String,
    /// The Markdown after the wrapped words (`](side-effects.md)`); empty for standalone codes.
    pub end: String,
}

impl fmt::Display for Code {
    /// The code as a translator can recognise it: `[…](side-effects.md)`, `**…**`, `[^1]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind.is_paired() {
            write!(f, "`{}…{}`", self.start, self.end.trim_end())
        } else {
            write!(f, "`{}`", self.start.trim_end())
        }
    }
}

/// Content and the codes it refers to (code `n` is `codes[n - 1]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Inline {
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// The codes, by number.
    pub codes: Vec<Code>,
}

impl Inline {
    /// Plain text without codes (a title or summary).
    pub fn text(text: &str) -> Inline {
        Inline {
            tokens: vec![Token::Text(text.to_string())],
            codes: Vec::new(),
        }
    }

    /// The code numbered `id`.
    pub fn code(&self, id: u32) -> Option<&Code> {
        self.codes.get((id as usize).checked_sub(1)?)
    }
}

/// The text of tokens, codes left out (what a heading's id is made from).
pub fn plain_text(tokens: &[Token]) -> String {
    tokens
        .iter()
        .filter_map(|token| match token {
            Token::Text(text) => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// Pushes text, joining it to text just before.
pub(super) fn push_text(tokens: &mut Vec<Token>, text: &str) {
    if let Some(Token::Text(last)) = tokens.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        tokens.push(Token::Text(text.to_string()));
    }
}

/// An open paired code while its content is read.
struct Frame {
    kind: CodeKind,
    whole: Range<usize>,
    /// Where its first and last child events are in the source.
    inner: Option<Range<usize>>,
    tokens: Vec<Token>,
    children: Vec<Code>,
}

/// Turns the inline events of one block (with their byte ranges in `body`) into content.
pub fn from_events(events: &[(Event<'_>, Range<usize>)], body: &str) -> Inline {
    let mut out = Inline::default();
    // Codes are numbered when they open, so the source's codes read 1, 2, 3 in order; a
    // frame's children are numbered after it, and renumbered when the frame closes.
    let mut stack: Vec<Frame> = Vec::new();
    let mut skip_depth = 0usize;
    for (event, range) in events {
        if skip_depth > 0 {
            match event {
                Event::Start(_) => skip_depth += 1,
                Event::End(_) => skip_depth -= 1,
                _ => {}
            }
            continue;
        }
        if let Some(frame) = stack.last_mut()
            && !matches!(event, Event::End(_))
        {
            frame.inner = Some(match frame.inner.take() {
                Some(inner) => inner.start.min(range.start)..inner.end.max(range.end),
                None => range.clone(),
            });
        }
        let (tokens, codes) = match stack.last_mut() {
            Some(frame) => (&mut frame.tokens, &mut frame.children),
            None => (&mut out.tokens, &mut out.codes),
        };
        let placeholder = |kind: CodeKind, tokens: &mut Vec<Token>, codes: &mut Vec<Code>| {
            codes.push(Code {
                kind,
                start: body[range.clone()].to_string(),
                end: String::new(),
            });
            tokens.push(Token::Placeholder(codes.len() as u32));
        };
        match event {
            Event::Text(text) => push_text(tokens, text),
            Event::SoftBreak => push_text(tokens, " "),
            Event::HardBreak => placeholder(CodeKind::Break, tokens, codes),
            Event::Code(_) => placeholder(CodeKind::Code, tokens, codes),
            Event::InlineHtml(_) | Event::Html(_) => placeholder(CodeKind::Html, tokens, codes),
            Event::FootnoteReference(_) => placeholder(CodeKind::Footnote, tokens, codes),
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => {
                placeholder(CodeKind::Autolink, tokens, codes);
                skip_depth = 1;
            }
            Event::Start(tag) => {
                let kind = match tag {
                    Tag::Emphasis => CodeKind::Emphasis,
                    Tag::Strong => CodeKind::Strong,
                    Tag::Strikethrough => CodeKind::Strikethrough,
                    Tag::Link { .. } => CodeKind::Link,
                    Tag::Image { .. } => CodeKind::Image,
                    _ => continue,
                };
                stack.push(Frame {
                    kind,
                    whole: range.clone(),
                    inner: None,
                    tokens: Vec::new(),
                    children: Vec::new(),
                });
            }
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {
                let Some(frame) = stack.pop() else { continue };
                let (tokens, codes) = match stack.last_mut() {
                    Some(parent) => (&mut parent.tokens, &mut parent.children),
                    None => (&mut out.tokens, &mut out.codes),
                };
                close(frame, body, tokens, codes);
            }
            _ => {}
        }
    }
    out
}

/// Adds a closed paired code and its content to its parent's, renumbering its children after
/// it. A code with nothing inside (`[](x)`) becomes a standalone code.
fn close(frame: Frame, body: &str, tokens: &mut Vec<Token>, codes: &mut Vec<Code>) {
    let Some(inner) = frame.inner else {
        codes.push(Code {
            kind: CodeKind::Html,
            start: body[frame.whole].to_string(),
            end: String::new(),
        });
        tokens.push(Token::Placeholder(codes.len() as u32));
        return;
    };
    codes.push(Code {
        kind: frame.kind,
        start: body[frame.whole.start..inner.start].to_string(),
        end: body[inner.end..frame.whole.end].to_string(),
    });
    let id = codes.len() as u32;
    let offset = id;
    tokens.push(Token::Open(id));
    for token in frame.tokens {
        tokens.push(match token {
            Token::Open(n) => Token::Open(n + offset),
            Token::Close(n) => Token::Close(n + offset),
            Token::Placeholder(n) => Token::Placeholder(n + offset),
            text => text,
        });
    }
    tokens.push(Token::Close(id));
    codes.extend(frame.children);
}

/// Where a block's Markdown goes: a heading cannot hold `#` at its end or `{` (an id), a table
/// cell cannot hold `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A paragraph, list item, quote or footnote.
    Text,
    /// A heading.
    Heading,
    /// A table cell.
    Cell,
}

/// Writes translated content back as Markdown: text escaped where it would otherwise become
/// markup, each code's Markdown as the source wrote it. The caller has checked the codes.
pub fn to_markdown(tokens: &[Token], codes: &[Code], context: Context) -> String {
    let mut out = String::new();
    let mut line_start = true;
    for token in tokens {
        match token {
            Token::Text(text) => {
                let folded = fold_whitespace(text, line_start);
                escape_into(&mut out, &folded, line_start, context);
                line_start = false;
            }
            Token::Open(id) | Token::Placeholder(id) => {
                if let Some(code) = codes.get(*id as usize - 1) {
                    out.push_str(&code.start);
                    line_start = code.kind == CodeKind::Break;
                }
            }
            Token::Close(id) => {
                if let Some(code) = codes.get(*id as usize - 1) {
                    out.push_str(&code.end);
                    line_start = false;
                }
            }
        }
    }
    out.trim().to_string()
}

/// Line breaks a translator typed are spaces; runs of spaces are one.
fn fold_whitespace(text: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if c == '\n' || c == '\r' || c == '\t' {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.ends_with(' ') || (line_start && out.is_empty())) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Escapes what CommonMark would read as markup. At the start of a line also what would start
/// another block: a heading, quote, list item or thematic break.
fn escape_into(out: &mut String, text: &str, line_start: bool, context: Context) {
    if line_start {
        let mut chars = text.chars();
        let first = chars.next();
        let second = chars.next();
        match first {
            Some('#' | '>' | '=') => out.push('\\'),
            Some('-' | '+') if matches!(second, None | Some(' ')) => out.push('\\'),
            Some(c) if c.is_ascii_digit() => {
                let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
                let rest = &text[digits.len()..];
                if rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")" {
                    out.push_str(&digits);
                    out.push('\\');
                    escape_inline(out, rest, context);
                    return;
                }
            }
            _ => {}
        }
    }
    escape_inline(out, text, context);
}

fn escape_inline(out: &mut String, text: &str, context: Context) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => true,
            '&' => chars
                .peek()
                .is_some_and(|next| next.is_ascii_alphanumeric() || *next == '#'),
            '|' => context == Context::Cell,
            '#' | '{' => context == Context::Heading,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Why a target's codes cannot be written back.
pub fn check_codes(tokens: &[Token], codes: &[Code]) -> Result<(), String> {
    let mut seen = vec![0u8; codes.len()];
    let mut open: Vec<u32> = Vec::new();
    let describe = |id: u32| match codes.get(id as usize - 1) {
        Some(code) => format!("tag {id} ({code})"),
        None => format!("tag {id}"),
    };
    for token in tokens {
        let id = match token {
            Token::Text(_) => continue,
            Token::Open(id) | Token::Close(id) | Token::Placeholder(id) => *id,
        };
        let Some(code) = (id as usize).checked_sub(1).and_then(|i| codes.get(i)) else {
            return Err(format!("tag {id} is not in the source"));
        };
        let paired_token = !matches!(token, Token::Placeholder(_));
        if paired_token != code.kind.is_paired() {
            return Err(format!(
                "{} is a {} in the source",
                describe(id),
                if code.kind.is_paired() {
                    "pair of tags around words"
                } else {
                    "single tag"
                }
            ));
        }
        match token {
            Token::Open(_) | Token::Placeholder(_) => {
                seen[id as usize - 1] += 1;
                if seen[id as usize - 1] > 1 {
                    return Err(format!("{} is there twice", describe(id)));
                }
                if let Token::Open(_) = token {
                    open.push(id);
                }
            }
            Token::Close(_) => match open.pop() {
                Some(top) if top == id => {}
                Some(top) => {
                    return Err(format!("{} and {} overlap", describe(top), describe(id)));
                }
                None => return Err(format!("{} closes before it opens", describe(id))),
            },
            Token::Text(_) => {}
        }
    }
    if let Some(id) = open.pop() {
        return Err(format!("{} is not closed", describe(id)));
    }
    if let Some(missing) = seen.iter().position(|n| *n == 0) {
        return Err(format!("{} is missing", describe(missing as u32 + 1)));
    }
    Ok(())
}

/// The kind of a translatable block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlockKind {
    /// A paragraph (in a quote, callout or footnote too).
    Paragraph,
    /// A heading.
    Heading,
    /// The text of a list item.
    Item,
    /// A table cell.
    Cell,
}

impl BlockKind {
    /// How text is escaped in it.
    pub fn context(self) -> Context {
        match self {
            BlockKind::Heading => Context::Heading,
            BlockKind::Cell => Context::Cell,
            BlockKind::Paragraph | BlockKind::Item => Context::Text,
        }
    }
}

/// A translatable block of a Markdown body.
#[derive(Debug, Clone)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// The bytes of its inline content in the body.
    pub range: Range<usize>,
    /// Its content.
    pub inline: Inline,
    /// For a heading without an explicit `{#id}`: the id the page gives it.
    pub heading_id: Option<String>,
}

/// A block whose inline events are being collected.
struct OpenBlock {
    kind: BlockKind,
    explicit_id: bool,
    range: Option<Range<usize>>,
    events: Vec<(Event<'static>, Range<usize>)>,
}

/// The translatable blocks of a Markdown body, in document order: the inline content of each
/// paragraph, heading, list item and table cell. Code blocks are left out.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut stack: Vec<OpenBlock> = Vec::new();
    let mut blocks = Vec::new();
    let mut code_block = false;
    // The ids the page gives the headings, as links are checked against them.
    let mut heading_ids = markdown::heading_anchors(body).into_iter().map(|h| h.id);
    let finish = |open: &mut OpenBlock, blocks: &mut Vec<Block>, heading_id: Option<String>| {
        if let Some(range) = open.range.take() {
            blocks.push(Block {
                kind: open.kind,
                range,
                inline: from_events(&std::mem::take(&mut open.events), body),
                heading_id,
            });
        }
    };
    for (event, range) in Parser::new_ext(body, markdown::parser_options()).into_offset_iter() {
        let kind = match &event {
            Event::Start(Tag::Paragraph) => Some((BlockKind::Paragraph, false)),
            Event::Start(Tag::Heading { id, .. }) => Some((BlockKind::Heading, id.is_some())),
            Event::Start(Tag::Item) => Some((BlockKind::Item, false)),
            Event::Start(Tag::TableCell) => Some((BlockKind::Cell, false)),
            _ => None,
        };
        if let Some((kind, explicit_id)) = kind {
            stack.push(OpenBlock {
                kind,
                explicit_id,
                range: None,
                events: Vec::new(),
            });
            continue;
        }
        match event {
            Event::End(TagEnd::Heading(_)) => {
                // Every heading has its entry in `heading_ids`, in order, even one with no text.
                let id = heading_ids.next();
                if let Some(mut open) = stack.pop() {
                    let from_text = if open.explicit_id { None } else { id };
                    finish(&mut open, &mut blocks, from_text);
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                if let Some(mut open) = stack.pop() {
                    finish(&mut open, &mut blocks, None);
                }
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_)) => {
                // A nested block ends the inline run of the item that contains it.
                if let Some(top) = stack.last_mut() {
                    finish(top, &mut blocks, None);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => code_block = true,
            Event::End(TagEnd::CodeBlock) => code_block = false,
            event if code_block => drop(event),
            event => {
                let Some(top) = stack.last_mut() else {
                    continue;
                };
                let inline = matches!(
                    event,
                    Event::Text(_)
                        | Event::Code(_)
                        | Event::InlineHtml(_)
                        | Event::FootnoteReference(_)
                        | Event::SoftBreak
                        | Event::HardBreak
                        | Event::Start(
                            Tag::Emphasis
                                | Tag::Strong
                                | Tag::Strikethrough
                                | Tag::Link { .. }
                                | Tag::Image { .. }
                        )
                        | Event::End(
                            TagEnd::Emphasis
                                | TagEnd::Strong
                                | TagEnd::Strikethrough
                                | TagEnd::Link
                                | TagEnd::Image
                        )
                );
                if !inline {
                    continue;
                }
                // Breaks and closing tags do not start or end a block's text.
                let extends = !matches!(event, Event::SoftBreak | Event::HardBreak | Event::End(_));
                if extends || top.range.is_some() {
                    top.range = Some(match top.range.take() {
                        Some(block) => block.start.min(range.start)..block.end.max(range.end),
                        None => range.clone(),
                    });
                    top.events.push((event.into_static(), range));
                }
            }
        }
    }
    blocks.sort_by_key(|b| b.range.start);
    blocks
}
