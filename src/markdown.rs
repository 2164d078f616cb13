//! Markdown to HTML: pulldown-cmark with tables, footnotes and strikethrough, plus what patient
//! leaflets need on top: stable unique heading ids, a table of contents, links between leaflets
//! written as `.md` paths, and sanitising of untrusted HTML.
//!
//! Sanitising choice: pulldown-cmark's own output is safe except for link and image URLs, which
//! are checked here event by event. Raw HTML is the only way to get script into a page, so only
//! leaflets that contain raw HTML pay for a full ammonia pass over their output (when the site
//! does not set `allow_raw_html`). Links are classified here; the caller, which knows the site,
//! says where each internal link goes.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::url::scheme;

/// Ids the default theme uses itself; headings never get them.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "toc-heading",
    "sources-heading",
    "funding-heading",
    "leaflet-funding-heading",
    "leaflets-heading",
    "alert-card",
    "suggested",
    "urgent-help-heading",
    "site-search-q",
];

/// The five kinds of callout (GitHub's alert syntax, `> [!CAUTION]`): the id of each (its
/// class `callout-<id>` and its title's message `callout-<id>`) and its icon. The icon is
/// decoration: the title says the same in words.
const CALLOUTS: [(BlockQuoteKind, &str, &str); 5] = [
    (BlockQuoteKind::Note, "note", "ℹ"),
    (BlockQuoteKind::Tip, "tip", "✓"),
    (BlockQuoteKind::Important, "important", "★"),
    (BlockQuoteKind::Warning, "warning", "⚠"),
    (BlockQuoteKind::Caution, "caution", "⛔"),
];

/// The titles of the five callout kinds in the language of the text, which the caller looks
/// up (the Fluent messages `callout-note`, … `callout-caution`): this module knows no
/// languages.
#[derive(Debug, Clone)]
pub struct CalloutTitles([String; 5]);

impl CalloutTitles {
    /// The titles, from `title` of each kind's id: `note`, `tip`, `important`, `warning` and
    /// `caution`.
    pub fn new(title: impl Fn(&str) -> String) -> Self {
        CalloutTitles(CALLOUTS.map(|(_, id, _)| title(id)))
    }

    /// The opening HTML of a callout of `kind`: its box and its title.
    fn open(&self, kind: BlockQuoteKind) -> String {
        let index = CALLOUTS
            .iter()
            .position(|(k, _, _)| *k == kind)
            .expect("every kind is listed");
        let (_, id, icon) = CALLOUTS[index];
        let mut html = format!(
            "<div class=\"callout callout-{id}\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">{icon}</span> "
        );
        escape_into(&mut html, &self.0[index]);
        html.push_str("</p>\n");
        html
    }
}

/// One heading in the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    /// 2 or 3.
    pub level: u8,
    /// The heading's `id`.
    pub id: String,
    /// The heading's plain text.
    pub title: String,
}

/// A link in a leaflet that points inside the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InternalLink<'a> {
    /// Another leaflet, by identity (`side-effects`), with an optional `#fragment`.
    Leaflet {
        /// The target's identity, resolved against the linking leaflet's folder.
        identity: String,
        /// The part after `#`, if any.
        fragment: Option<&'a str>,
    },
    /// A file from `static/`, written from the site root (`/img/card.png`).
    RootFile(&'a str),
}

/// Why an internal link could not be resolved, and where to point it anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    /// What is wrong with the link.
    pub reason: String,
    /// The best URL to write regardless (the page, when only its `#fragment` is missing).
    pub fallback_url: Option<String>,
}

impl LinkError {
    /// A link that leads nowhere: it is written as it was.
    pub fn nowhere(reason: impl Into<String>) -> Self {
        LinkError {
            reason: reason.into(),
            fallback_url: None,
        }
    }
}

/// A problem found while rendering, at a byte offset of the Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What kind of problem it is.
    pub kind: ProblemKind,
    /// Byte offset in the Markdown body.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: String,
}

/// The kinds of problem rendering finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// An internal link or image that resolves nowhere, or to a missing heading.
    BrokenLink,
    /// A link or image URL with a scheme that could run script; removed.
    UnsafeUrl,
    /// Raw HTML, sanitised.
    RawHtml,
    /// A raw `<script>`, `<style>`, `<template>`, … or `<!--` that is never closed, so the
    /// rest of the leaflet would not be shown: an error.
    UnclosedHtml,
    /// Raw HTML elements nested more than [`MAX_HTML_NESTING`] deep: an error of every build,
    /// not a check, and the raw HTML is shown as text.
    HtmlTooDeep,
}

impl ProblemKind {
    /// The id `leafpress check` reports it under.
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::BrokenLink => "broken-link",
            ProblemKind::UnsafeUrl => "unsafe-url",
            ProblemKind::RawHtml => "raw-html",
            ProblemKind::UnclosedHtml => "unclosed-html",
            ProblemKind::HtmlTooDeep => "html-too-deep",
        }
    }

    /// True for the problems that stop a build; the others are warnings.
    pub fn is_error(self) -> bool {
        matches!(self, ProblemKind::UnclosedHtml | ProblemKind::HtmlTooDeep)
    }
}

/// A rendered leaflet body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML, safe to insert into a page.
    pub html: String,
    /// The h2 and h3 headings, in order.
    pub toc: Vec<TocEntry>,
    /// Every problem found (broken links, unsafe URLs, removed HTML).
    pub problems: Vec<Problem>,
}

/// Options for [`render`].
pub struct RenderOptions<'a> {
    /// The linking leaflet's folder, for resolving relative `.md` links (`` or `treatments`).
    pub folder: &'a str,
    /// Keep raw HTML as written instead of sanitising it.
    pub allow_raw_html: bool,
    /// The text is right-to-left: runs of Latin letters and digits (`PD-1`, `CTLA-4`,
    /// `85.6 × 54 mm`) are isolated in `<bdi>` so the bidi algorithm cannot reorder their parts.
    pub rtl: bool,
    /// The titles of callouts (`> [!NOTE]`), in the text's language.
    pub callout_titles: &'a CalloutTitles,
}

/// Renders a Markdown body. `resolve` turns each internal link into the URL to write, or says
/// why it cannot be resolved.
pub fn render(
    body: &str,
    options: &RenderOptions<'_>,
    resolve: &dyn Fn(&InternalLink<'_>) -> Result<String, LinkError>,
) -> Rendered {
    let mut rendered = Rendered::default();
    let parser = Parser::new_ext(body, parser_options()).into_offset_iter();
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut has_raw_html = false;
    let mut heading: Option<(usize, HeadingLevel, String)> = None;
    let mut used_ids = UniqueIds::new();
    let mut images = 0usize;
    let mut unclosed = UnclosedElement::default();
    let mut raw_html_events = Vec::new();
    let mut html_depth = HtmlDepth::default();
    for (event, range) in parser {
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                heading = Some((events.len(), level, String::new()));
                // `{#id .class}` are kept; `{key=value}` attributes are dropped: they would be
                // written as they are, `{onclick=...}` included, with no raw HTML to sanitise.
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((start, level, text)) = heading.take() {
                    let id = heading_id(&mut events[start], &text, &mut used_ids);
                    if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                        rendered.toc.push(TocEntry {
                            level: level as u8,
                            id,
                            title: text.trim().to_string(),
                        });
                    }
                }
                events.push(event);
            }
            Event::Text(ref text) | Event::Code(ref text) => {
                if let Some((_, _, heading_text)) = heading.as_mut() {
                    heading_text.push_str(text);
                }
                // Not in an image's alt text, which is an attribute, not HTML.
                match (&event, options.rtl && images == 0) {
                    (Event::Text(text), true) => match isolate_latin_runs(text) {
                        Some(html) => events.push(Event::InlineHtml(html.into())),
                        None => events.push(event),
                    },
                    _ => events.push(event),
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite_url(&dest_url, range.start, options, resolve, &mut rendered);
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                images += 1;
                let dest_url = rewrite_url(&dest_url, range.start, options, resolve, &mut rendered);
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => {
                images = images.saturating_sub(1);
                events.push(event);
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                events.push(Event::Html(options.callout_titles.open(kind).into()));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                events.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            Event::Start(Tag::Table(_)) => {
                events.push(Event::Html(CowStr::Borrowed(
                    "<div class=\"table-scroll\" tabindex=\"0\">",
                )));
                events.push(event);
            }
            Event::End(TagEnd::Table) => {
                events.push(event);
                events.push(Event::Html(CowStr::Borrowed("</div>")));
            }
            Event::Html(ref html) | Event::InlineHtml(ref html) => {
                // Where the event's text starts in the body: exact when it is the source as
                // written, else (inside a block quote or list) the start of its line.
                let exact = body.get(range.clone()) == Some(html.as_ref());
                unclosed.feed(html, range.start, exact);
                if html_depth.read(html) {
                    rendered.problems.push(Problem {
                        kind: ProblemKind::HtmlTooDeep,
                        offset: range.start,
                        message: format!("raw HTML elements are nested more than {MAX_HTML_NESTING} levels deep here"),
                        help: "close the elements sooner, or write the text in Markdown; until then the raw HTML is shown as text".into(),
                    });
                }
                raw_html_events.push(events.len());
                if !options.allow_raw_html && !has_raw_html {
                    rendered.problems.push(Problem {
                        kind: ProblemKind::RawHtml,
                        offset: range.start,
                        message: "raw HTML in this leaflet is sanitised: scripts, styles, event handlers and unknown tags are removed".into(),
                        help: "write it in Markdown instead, or set `allow_raw_html: true` in site.yaml if every author is trusted".into(),
                    });
                }
                has_raw_html = true;
                events.push(event);
            }
            _ => events.push(event),
        }
    }
    rendered.problems.extend(unclosed.problem());
    if html_depth.too_deep {
        // The sanitiser's time grows with the square of the depth; text needs no sanitiser.
        for index in raw_html_events {
            if let Event::Html(html) | Event::InlineHtml(html) = &events[index] {
                events[index] = Event::Text(html.clone());
            }
        }
        has_raw_html = false;
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    rendered.html = if has_raw_html && !options.allow_raw_html {
        SANITISER.clean(&html).to_string()
    } else {
        html
    };
    rendered
}

/// Elements whose content an HTML parser reads as text up to their end tag (`template`: keeps
/// out of the page). Left open in a leaflet, each would swallow everything after it: a dose
/// step, every later heading. The sanitiser removes what is left of them; a browser hides it.
const SWALLOWING_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "template",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// Follows the raw HTML of a leaflet, in order, to find a swallowing element (or a comment)
/// that is opened and never closed. One pass: each event's text is scanned once.
#[derive(Debug, Default)]
struct UnclosedElement {
    /// The open element (`style`, or `!--` for a comment) and its offset in the body.
    open: Option<(&'static str, usize)>,
}

impl UnclosedElement {
    /// Reads one raw HTML event's text, which starts at `offset` of the body (`exact`), or on
    /// the line that starts there.
    fn feed(&mut self, html: &str, offset: usize, exact: bool) {
        let lower = html.to_ascii_lowercase();
        let mut at = 0;
        while at < lower.len() {
            let rest = &lower[at..];
            match self.open {
                Some((element, _)) => {
                    let closing = if element == "!--" {
                        "-->".to_string()
                    } else {
                        format!("</{element}")
                    };
                    let Some(found) = rest.find(&closing) else {
                        return;
                    };
                    self.open = None;
                    at += found + closing.len();
                }
                None => {
                    let Some((found, element)) = next_swallowing_start(rest) else {
                        return;
                    };
                    let position = if exact { offset + at + found } else { offset };
                    self.open = Some((element, position));
                    at += found + 1 + element.len();
                }
            }
        }
    }

    /// The problem, when an element is still open at the end of the leaflet.
    fn problem(&self) -> Option<Problem> {
        let (element, offset) = self.open?;
        let (written, closing) = if element == "!--" {
            ("<!--".to_string(), "-->".to_string())
        } else {
            (format!("<{element}>"), format!("</{element}>"))
        };
        Some(Problem {
            kind: ProblemKind::UnclosedHtml,
            offset,
            message: format!(
                "`{written}` is never closed, so everything after it in this leaflet would not be shown"
            ),
            help: format!(
                "close it with `{closing}`, or write it as code (`` `{written}` ``) if you mean the text"
            ),
        })
    }
}

/// The first `<!--` or opening tag of a [`SWALLOWING_ELEMENTS`] member in lower-case HTML:
/// its offset and the element (`!--` for a comment).
fn next_swallowing_start(html: &str) -> Option<(usize, &'static str)> {
    let mut from = 0;
    while let Some(found) = html[from..].find('<') {
        let start = from + found;
        let after = &html[start + 1..];
        if after.starts_with("!--") {
            return Some((start, "!--"));
        }
        let element = SWALLOWING_ELEMENTS.iter().find(|element| {
            after.strip_prefix(**element).is_some_and(|tail| {
                tail.chars()
                    .next()
                    .is_none_or(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
            })
        });
        if let Some(element) = element {
            return Some((start, element));
        }
        from = start + 1;
    }
    None
}

/// The deepest nesting of raw HTML elements a leaflet may have. The sanitiser takes time that
/// grows with the square of the depth (40,000 nested `<div>` took 9.6 s); real leaflets nest a
/// few.
pub const MAX_HTML_NESTING: usize = 200;

/// The open-element depth of a leaflet's raw HTML, read piece by piece, counting generously:
/// void elements, `<x/>`, comments and elements whose end tag may be left out (`<p>`, `<li>`)
/// do not count.
#[derive(Default)]
struct HtmlDepth {
    depth: usize,
    too_deep: bool,
}

impl HtmlDepth {
    /// Reads one piece of raw HTML; true when it is the first to go deeper than the limit.
    fn read(&mut self, html: &str) -> bool {
        let was_too_deep = self.too_deep;
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            rest = &rest[open + 1..];
            let closing = rest.starts_with('/');
            let name_start = usize::from(closing);
            let name_end = rest[name_start..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .map_or(rest.len(), |end| name_start + end);
            let name = rest[name_start..name_end].to_ascii_lowercase();
            if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue;
            }
            let tag_end = rest.find('>').unwrap_or(rest.len());
            if Self::does_not_nest(&name) {
                continue;
            }
            if closing {
                self.depth = self.depth.saturating_sub(1);
            } else if !rest[..tag_end].ends_with('/') {
                self.depth += 1;
                self.too_deep |= self.depth > MAX_HTML_NESTING;
            }
        }
        self.too_deep && !was_too_deep
    }

    /// Void elements, and elements whose end tag may be left out.
    fn does_not_nest(name: &str) -> bool {
        matches!(
            name,
            "area"
                | "base"
                | "br"
                | "col"
                | "embed"
                | "hr"
                | "img"
                | "input"
                | "link"
                | "meta"
                | "source"
                | "track"
                | "wbr"
                | "p"
                | "li"
                | "dt"
                | "dd"
                | "tr"
                | "td"
                | "th"
                | "option"
                | "optgroup"
                | "thead"
                | "tbody"
                | "tfoot"
                | "colgroup"
                | "rt"
                | "rp"
        )
    }
}

/// Text as HTML with every run of Latin letters, digits and the marks between them (`PD-1`,
/// `CTLA-4`, `85.6 × 54 mm`) wrapped in `<bdi>`, for right-to-left pages; `None` when the text
/// has no Latin letter (numbers alone are placed correctly by the bidi algorithm).
fn isolate_latin_runs(text: &str) -> Option<String> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let is_word = |c: char| c.is_ascii_alphanumeric();
    let is_joiner = |c: char| matches!(c, '-' | '.' | '/' | '×' | '%' | '+' | ' ');
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut html = String::with_capacity(text.len() + 32);
    let mut copied = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_word(chars[i].1) {
            i += 1;
            continue;
        }
        // A run: words joined by joiners; it ends at its last letter, digit or `%`.
        let start = chars[i].0;
        let mut end_char = i;
        let mut j = i;
        while j < chars.len() && (is_word(chars[j].1) || is_joiner(chars[j].1)) {
            if is_word(chars[j].1) || chars[j].1 == '%' {
                end_char = j;
            }
            j += 1;
        }
        let end = chars[end_char].0 + chars[end_char].1.len_utf8();
        let run = &text[start..end];
        if run.bytes().any(|b| b.is_ascii_alphabetic()) {
            escape_into(&mut html, &text[copied..start]);
            html.push_str("<bdi>");
            escape_into(&mut html, run);
            html.push_str("</bdi>");
            copied = end;
        }
        i = end_char + 1;
    }
    escape_into(&mut html, &text[copied..]);
    Some(html)
}

/// Appends `text` to `html`, escaped for HTML text.
fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            _ => html.push(c),
        }
    }
}

/// The Markdown extensions leafpress turns on (shared with the quality checks).
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_GFM
}

/// Gives the heading event its id (an explicit `{#id}` wins) and returns it.
fn heading_id(event: &mut Event<'_>, text: &str, used: &mut UniqueIds) -> String {
    let Event::Start(Tag::Heading { id, .. }) = event else {
        return String::new();
    };
    let unique = used.heading(id.as_deref(), text);
    *id = Some(CowStr::from(unique.clone()));
    unique
}

/// The ids a leaflet's page has given out so far, and the next number to try for each base id.
///
/// An id that is taken gets the first free `-2`, `-3`, ... suffix. Trying them from `-2` each
/// time made 10,000 headings of one name cost 50 million lookups; remembering where each base
/// stopped gives the same ids in one pass, because ids are never given back.
pub struct UniqueIds {
    used: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl Default for UniqueIds {
    fn default() -> Self {
        Self::new()
    }
}

impl UniqueIds {
    /// The ids the theme uses, taken from the start.
    pub fn new() -> Self {
        UniqueIds {
            used: RESERVED_IDS.iter().map(|s| s.to_string()).collect(),
            next_suffix: HashMap::new(),
        }
    }

    /// Takes `id` when it is free; false when it was taken.
    pub fn take(&mut self, id: &str) -> bool {
        !self.used.contains(id) && self.used.insert(id.to_string())
    }

    /// The id of a heading: its explicit id or its slugified text, made unique.
    pub fn heading(&mut self, explicit: Option<&str>, text: &str) -> String {
        let base = explicit.map_or_else(|| slugify(text), str::to_string);
        if self.take(&base) {
            return base;
        }
        let n = self.next_suffix.entry(base.clone()).or_insert(2);
        loop {
            let unique = format!("{base}-{n}");
            *n += 1;
            if !self.used.contains(&unique) {
                self.used.insert(unique.clone());
                return unique;
            }
        }
    }
}

/// A heading's id as [`anchors`] gives it, with its level, its plain text and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingAnchor {
    /// Its `id`: the explicit `{#id}` or the slugified text, made unique in the page.
    pub id: String,
    /// 1 to 6.
    pub level: u8,
    /// Its text, Markdown removed.
    pub text: String,
    /// Byte offset of the heading in the body.
    pub offset: usize,
}

/// An anchor of a body: a heading's or a footnote's.
enum Anchor {
    Heading(HeadingAnchor),
    Footnote(String),
}

/// Every `id` a leaflet body gives its headings and footnotes, as [`render`] gives them, for
/// checking `#fragment` links without rendering. One parse, no HTML.
pub fn anchors(body: &str) -> Vec<String> {
    anchor_list(body)
        .into_iter()
        .map(|anchor| match anchor {
            Anchor::Heading(heading) => heading.id,
            Anchor::Footnote(label) => label,
        })
        .collect()
}

/// The headings of a body with the ids [`anchors`] gives them (footnotes left out), in order.
pub fn heading_anchors(body: &str) -> Vec<HeadingAnchor> {
    headings(anchor_list(body))
}

/// The anchors of a body in order; a footnote label taken before a heading's id makes that
/// heading's id unique as it does a repeated heading's.
fn anchor_list(body: &str) -> Vec<Anchor> {
    let mut anchors = Anchors::new();
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        anchors.event(&event, range.start);
    }
    anchors.anchors
}

/// The anchors of a body, collected from its parser's events as they come, so that a pass
/// over the events made for something else (the scan of [`crate::content::scan`]) collects
/// them without parsing the body again. Gives what [`anchors`] and [`heading_anchors`] give.
#[derive(Default)]
pub struct Anchors {
    used: UniqueIds,
    anchors: Vec<Anchor>,
    heading: Option<(Option<String>, HeadingLevel, usize, String)>,
}

impl Anchors {
    /// No anchors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the next event of a parse with [`parser_options`], which starts at byte `offset`.
    pub fn event(&mut self, event: &Event<'_>, offset: usize) {
        match event {
            Event::Start(Tag::Heading { id, level, .. }) => {
                self.heading = Some((
                    id.as_ref().map(|i| i.to_string()),
                    *level,
                    offset,
                    String::new(),
                ))
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, _, _, heading_text)) = self.heading.as_mut() {
                    heading_text.push_str(text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((explicit, level, offset, text)) = self.heading.take() {
                    self.anchors.push(Anchor::Heading(HeadingAnchor {
                        id: self.used.heading(explicit.as_deref(), &text),
                        level: level as u8,
                        text: text.trim().to_string(),
                        offset,
                    }));
                }
            }
            // A label defined twice (or equal to a heading id) is one anchor: links go to the first.
            Event::Start(Tag::FootnoteDefinition(label)) if self.used.take(label) => {
                self.anchors.push(Anchor::Footnote(label.to_string()));
            }
            _ => {}
        }
    }

    /// The headings, in order, with their ids (footnotes left out): [`heading_anchors`].
    pub fn into_headings(self) -> Vec<HeadingAnchor> {
        headings(self.anchors)
    }
}

/// The headings of a list of anchors.
fn headings(anchors: Vec<Anchor>) -> Vec<HeadingAnchor> {
    anchors
        .into_iter()
        .filter_map(|anchor| match anchor {
            Anchor::Heading(heading) => Some(heading),
            Anchor::Footnote(_) => None,
        })
        .collect()
}

/// The identities of the leaflets a body links to, as [`render`] classifies its links and
/// images (`folder` is the linking leaflet's folder), sorted and without repeats. The site
/// model uses it to know which pages depend on which leaflets. One parse, no HTML.
pub fn link_targets(body: &str, folder: &str) -> Vec<String> {
    let mut targets: Vec<String> = Parser::new_ext(body, parser_options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if scheme(&dest_url).is_none() =>
            {
                match classify(&dest_url, folder)? {
                    InternalLink::Leaflet { identity, .. } => Some(identity),
                    InternalLink::RootFile(_) => None,
                }
            }
            _ => None,
        })
        .collect();
    targets.sort_unstable();
    targets.dedup();
    targets
}

/// Heading text to an id: lower case, letters and digits of any script kept, spaces and
/// hyphens to one `-`, other punctuation dropped. `When to call?` → `when-to-call`.
pub fn slugify(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    // A space or hyphen after something kept: one `-`, written before the next kept character
    // (so none is left at the end).
    let mut separator = false;
    for c in text.trim().chars() {
        let kept = c.is_alphanumeric() || c == '_';
        if kept && separator {
            id.push('-');
            separator = false;
        }
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if kept {
            id.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-') && !id.is_empty() {
            separator = true;
        }
    }
    if id.is_empty() { "section".into() } else { id }
}

fn rewrite_url<'a>(
    url: &CowStr<'a>,
    offset: usize,
    options: &RenderOptions<'_>,
    resolve: &dyn Fn(&InternalLink<'_>) -> Result<String, LinkError>,
    rendered: &mut Rendered,
) -> CowStr<'a> {
    let problem = |kind: ProblemKind, message: String, help: &str| Problem {
        kind,
        offset,
        message,
        help: help.to_string(),
    };
    if let Some(scheme) = scheme(url) {
        if crate::url::ALLOWED_SCHEMES.contains(&scheme.as_str()) {
            return url.clone();
        }
        rendered.problems.push(problem(
            ProblemKind::UnsafeUrl,
            format!(
                "the link `{url}` uses the `{scheme}:` scheme, which is not allowed and was removed"
            ),
            "link to http, https, mailto or tel addresses, or to another leaflet's `.md` file",
        ));
        return CowStr::Borrowed("");
    }
    let Some(link) = classify(url, options.folder) else {
        return url.clone();
    };
    match resolve(&link) {
        Ok(target) => CowStr::from(target),
        Err(error) => {
            let help = if error.fallback_url.is_some() {
                "link to an existing heading, or give the heading in the target the same id in every language: `## Wann anrufen {#when-to-call}`"
            } else {
                "check the file name; links between leaflets are written as relative `.md` paths, e.g. `side-effects.md#when-to-call`"
            };
            rendered.problems.push(problem(
                ProblemKind::BrokenLink,
                format!("broken link `{url}`: {}", error.reason),
                help,
            ));
            error.fallback_url.map_or_else(|| url.clone(), CowStr::from)
        }
    }
}

/// What an internal link points to, or `None` for anchors, external and other relative links.
fn classify<'u>(url: &'u str, folder: &str) -> Option<InternalLink<'u>> {
    if url.starts_with("//") || url.starts_with('#') || url.is_empty() {
        return None;
    }
    if let Some(file) = url.strip_prefix('/') {
        return Some(InternalLink::RootFile(file));
    }
    let (path, fragment) = match url.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (url, None),
    };
    let path = path.strip_suffix(".md")?;
    let mut segments: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                segments.pop()?;
            }
            part => segments.push(part),
        }
    }
    // Identities are compared in NFC (file names saved on macOS are NFD), so links are too.
    let mut identity: String = segments.join("/").nfc().collect();
    if let Some(parent) = identity.strip_suffix("/index") {
        identity = parent.to_string();
    }
    Some(InternalLink::Leaflet { identity, fragment })
}

/// The HTML sanitiser for untrusted raw HTML. A process-wide immutable value: building it is
/// costly, and it holds configuration only.
static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tags([
            "div",
            "section",
            "aside",
            "figure",
            "figcaption",
            "bdi",
            "abbr",
        ])
        .add_tag_attributes("div", ["class", "id", "tabindex", "role"])
        .add_tag_attributes("p", ["class"])
        .add_tag_attributes("span", ["class", "aria-hidden"])
        .add_tag_attributes("sup", ["class", "id"])
        .add_tag_attributes("a", ["id"])
        .add_tag_attributes("li", ["id"])
        .add_generic_attributes(["dir"])
        .add_tag_attributes("abbr", ["title"]);
    for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, ["id"]);
    }
    builder
});

#[cfg(test)]
mod tests {
    use super::*;

    fn unclosed(body: &str) -> Vec<(usize, String)> {
        render_with(body, false)
            .problems
            .into_iter()
            .filter(|p| p.kind == ProblemKind::UnclosedHtml)
            .map(|p| (p.offset, p.message))
            .collect()
    }

    /// Issue 21, row 6: a raw element that is never closed swallows the rest of the leaflet.
    #[test]
    fn unclosed_swallowing_elements_are_found_with_their_offset() {
        for element in ["style", "script", "template", "textarea", "title", "iframe"] {
            let body = format!("Intro.\n\nWrite <{element}> in the form.\n\n## Dose\n\nTwo.\n");
            let found = unclosed(&body);
            assert_eq!(found.len(), 1, "{element}: {found:?}");
            assert_eq!(found[0].0, 14, "{element}");
            assert!(
                found[0]
                    .1
                    .contains(&format!("`<{element}>` is never closed"))
            );
        }
        let block = unclosed("Intro.\n\n> <STYLE type=\"text/css\">\n> p {}\n\nMore.\n");
        assert_eq!(block.len(), 1, "{block:?}");
        assert_eq!(unclosed("a\n\n<!-- note\n\nb\n").len(), 1);
        for fine in [
            "<style>p {}</style>\n\nMore.\n",
            "Use <style >x</STYLE> and <script src=\"a\"></script>.\n",
            "<div>\n<template><p>x</p></template>\n</div>\n",
            "<!-- a -->\n\nText.\n",
            "Write `<style>` in code.\n\n```\n<script>\n```\n",
            "<styles> and <scripts> are not elements.\n",
        ] {
            assert_eq!(unclosed(fine), Vec::new(), "{fine}");
        }
        let trusted = render_with("x <style> y\n\nz\n", true);
        assert_eq!(trusted.problems.len(), 1);
        assert_eq!(trusted.problems[0].kind, ProblemKind::UnclosedHtml);
    }

    /// Found by the `markdown` fuzz target: `{key=value}` after a heading wrote any attribute.
    #[test]
    fn heading_attributes_cannot_add_event_handlers() {
        let html = render_with(
            "## Hello {#hi .note onclick=alert(1) onmouseover=\"x\"}\n",
            false,
        )
        .html;
        assert_eq!(html, "<h2 id=\"hi\" class=\"note\">Hello</h2>\n");
        // Found by the `markdown` fuzz target.
        let found = include_str!("../fuzz/regressions/markdown-heading-event-handler.bin");
        assert_eq!(render_with(found, false).html, "<h2 id=\"y\">x</h2>\n");
    }

    #[test]
    fn latin_runs_in_right_to_left_text_are_isolated() {
        assert_eq!(
            isolate_latin_runs("تعمل على PD-1 أو CTLA-4، كل 12 أسبوعًا").as_deref(),
            Some("تعمل على <bdi>PD-1</bdi> أو <bdi>CTLA-4</bdi>، كل 12 أسبوعًا")
        );
        assert_eq!(
            isolate_latin_runs("بطاقة 85.6 × 54 mm.").as_deref(),
            Some("بطاقة <bdi>85.6 × 54 mm</bdi>.")
        );
        assert_eq!(isolate_latin_runs("كل 12 أسبوعًا"), None, "numbers alone");
        assert_eq!(
            isolate_latin_runs("a <b> & c").as_deref(),
            Some("<bdi>a</bdi> &lt;<bdi>b</bdi>&gt; &amp; <bdi>c</bdi>")
        );
        let options = RenderOptions {
            folder: "",
            allow_raw_html: false,
            rtl: true,
            callout_titles: &CalloutTitles::new(str::to_uppercase),
        };
        let html = render("![صورة PD-1](a.png) و PD-L1", &options, &|_| {
            Ok("a.png".into())
        })
        .html;
        assert!(
            html.contains(r#"alt="صورة PD-1""#),
            "alt text stays text: {html}"
        );
        assert!(html.contains("و <bdi>PD-L1</bdi>"), "{html}");
    }

    fn render_with(body: &str, allow_raw_html: bool) -> Rendered {
        let options = RenderOptions {
            folder: "",
            allow_raw_html,
            rtl: false,
            callout_titles: &CalloutTitles::new(str::to_uppercase),
        };
        render(body, &options, &|link| match link {
            InternalLink::Leaflet { identity, fragment } if identity == "side-effects" => {
                Ok(format!(
                    "../side-effects/{}",
                    fragment.map(|f| format!("#{f}")).unwrap_or_default()
                ))
            }
            InternalLink::RootFile(file) => Ok(format!("../../{file}")),
            _ => Err(LinkError::nowhere("no such leaflet")),
        })
    }

    #[test]
    fn each_alert_kind_is_a_callout_with_its_title_and_icon() {
        for (marker, id, icon) in [
            ("NOTE", "note", "ℹ"),
            ("TIP", "tip", "✓"),
            ("IMPORTANT", "important", "★"),
            ("WARNING", "warning", "⚠"),
            ("CAUTION", "caution", "⛔"),
        ] {
            let html = render_with(&format!("> [!{marker}]\n> Call **112**.\n"), false).html;
            assert_eq!(
                html,
                format!(
                    "<div class=\"callout callout-{id}\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">{icon}</span> {}</p>\n<p>Call <strong>112</strong>.</p>\n</div>\n",
                    id.to_uppercase()
                )
            );
        }
    }

    #[test]
    fn a_plain_quote_stays_a_blockquote() {
        let html = render_with("> Just a quote.\n", false).html;
        assert_eq!(html, "<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n");
    }

    #[test]
    fn callouts_survive_the_sanitiser_of_leaflets_with_raw_html() {
        let html = render_with("<b>x</b>\n\n> [!CAUTION]\n> Now.\n", false).html;
        assert!(
            html.contains("<div class=\"callout callout-caution\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">⛔</span> CAUTION</p>"),
            "{html}"
        );
    }

    #[test]
    fn callout_titles_are_escaped() {
        let options = RenderOptions {
            folder: "",
            allow_raw_html: false,
            rtl: false,
            callout_titles: &CalloutTitles::new(|_| "<b>&".to_string()),
        };
        let html = render("> [!TIP]\n> x\n", &options, &|_| {
            Err(LinkError::nowhere("no"))
        })
        .html;
        assert!(html.contains("</span> &lt;b&gt;&amp;</p>"), "{html}");
    }

    #[test]
    fn telephone_links_are_kept() {
        let html = render_with(
            "Call [112](tel:112) or [mail us](mailto:a@example.org).",
            false,
        )
        .html;
        assert!(html.contains("<a href=\"tel:112\">112</a>"), "{html}");
        assert!(html.contains("href=\"mailto:a@example.org\""), "{html}");
        let sanitised = render_with("<b>x</b> [112](tel:112)", false).html;
        assert!(sanitised.contains("href=\"tel:112\""), "{sanitised}");
    }

    #[test]
    fn headings_get_unique_ids_and_toc_entries() {
        let r = render_with(
            "## When to call?\n\n## When to call?\n\n### Main\n\n## Ünïcode {#own}\n",
            false,
        );
        let ids: Vec<_> = r.toc.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["when-to-call", "when-to-call-2", "main-2", "own"]);
        assert!(
            r.html
                .contains("<h2 id=\"when-to-call\">When to call?</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn link_targets_are_the_leaflets_render_resolves() {
        let body = "[a](side-effects.md#when) [b](../faq/index.md) ![c](/img/x.png) \
                    [d](https://example.org/x.md) [e](#top) [f](javascript:x.md) [g](side-effects.md)";
        assert_eq!(
            link_targets(body, "care/home"),
            vec!["care/faq".to_string(), "care/home/side-effects".to_string()]
        );
    }

    #[test]
    fn raw_html_nested_too_deep_is_a_problem_and_shown_as_text() {
        let nested = |n: usize| {
            format!(
                "<div>{}x{}</div>\n",
                "<div>".repeat(n - 1),
                "</div>".repeat(n - 1)
            )
        };
        let fine = render_with(&format!("Text.\n\n{}", nested(MAX_HTML_NESTING)), false);
        assert!(
            fine.problems
                .iter()
                .all(|p| p.kind != ProblemKind::HtmlTooDeep)
        );
        let body = format!(
            "Text.\n\n<p><br><img src=x/>{}\n\n{}",
            "<li>".repeat(500),
            nested(MAX_HTML_NESTING + 1)
        );
        let rendered = render_with(&body, true);
        let deep: Vec<_> = rendered
            .problems
            .iter()
            .filter(|p| p.kind == ProblemKind::HtmlTooDeep)
            .collect();
        assert_eq!(deep.len(), 1, "{:?}", rendered.problems);
        assert_eq!(
            deep[0].offset,
            body.rfind("<div>x").unwrap() - 5 * MAX_HTML_NESTING
        );
        assert!(!rendered.html.contains("<div>") && rendered.html.contains("&lt;div&gt;"));
    }

    #[test]
    fn repeated_headings_count_up_from_two() {
        let mut used = UniqueIds::new();
        let ids: Vec<String> = ["Same", "Same", "Same", "Main"]
            .iter()
            .map(|text| used.heading(None, text))
            .collect();
        assert_eq!(ids, ["same", "same-2", "same-3", "main-2"]);
    }

    proptest::proptest! {
        /// The one-pass ids are the ids of trying `-2`, `-3`, ... from the start each time.
        #[test]
        fn unique_ids_are_the_first_free_suffix(
            headings in proptest::collection::vec((0usize..6, proptest::bool::ANY), 0..40),
        ) {
            let names = ["a", "a-2", "a-3", "a-2-2", "b", "main"];
            let mut used = UniqueIds::new();
            let mut reference: HashSet<String> =
                RESERVED_IDS.iter().map(|s| s.to_string()).collect();
            for (name, explicit) in headings {
                let name = names[name];
                let (explicit, text) = if explicit { (Some(name), "") } else { (None, name) };
                let base = explicit.map_or_else(|| slugify(text), str::to_string);
                let mut expected = base.clone();
                let mut n = 2;
                while !reference.insert(expected.clone()) {
                    expected = format!("{base}-{n}");
                    n += 1;
                }
                proptest::prop_assert_eq!(used.heading(explicit, text), expected);
            }
        }
    }

    #[test]
    fn anchors_match_the_rendered_ids() {
        let body = "## When to call?\n\n## When to call?\n\n### Main\n\nText[^note].\n\n[^note]: A note.\n";
        let rendered = render_with(body, false);
        let anchors = anchors(body);
        assert_eq!(
            anchors,
            ["when-to-call", "when-to-call-2", "main-2", "note"]
        );
        for id in &anchors {
            assert!(rendered.html.contains(&format!("id=\"{id}\"")), "{id}");
        }
    }

    #[test]
    fn heading_anchors_are_the_headings_ids_with_their_places() {
        let body = "Text[^when-to-call].\n\n[^when-to-call]: A note.\n\n## When to call?\n\n### `Kdy` volat {#kdy}\n";
        let headings = heading_anchors(body);
        let found: Vec<(&str, u8, &str, usize)> = headings
            .iter()
            .map(|h| (h.id.as_str(), h.level, h.text.as_str(), h.offset))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "when-to-call-2",
                    2,
                    "When to call?",
                    body.find("## When").unwrap()
                ),
                ("kdy", 3, "Kdy volat", body.find("### ").unwrap()),
            ],
            "footnotes are no headings, but take their ids first"
        );
    }

    #[test]
    fn slugify_keeps_letters_of_every_script() {
        assert_eq!(slugify("Побічні ефекти"), "побічні-ефекти");
        assert_eq!(slugify("متى تتصل؟"), "متى-تتصل");
        assert_eq!(slugify("  --  "), "section");
    }

    #[test]
    fn leaflet_and_static_links_are_rewritten() {
        let r = render_with(
            "[a](side-effects.md#when) [b](/img/x.png) [c](missing.md) [d](https://e.org)",
            false,
        );
        assert!(
            r.html.contains("href=\"../side-effects/#when\""),
            "{}",
            r.html
        );
        assert!(r.html.contains("href=\"../../img/x.png\""));
        assert!(r.html.contains("href=\"https://e.org\""));
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].offset, 42);
        assert!(r.problems[0].message.contains("missing.md"));
    }

    #[test]
    fn links_written_in_another_unicode_form_name_the_nfc_identity() {
        assert_eq!(
            classify("cafe\u{301}.md", ""),
            Some(InternalLink::Leaflet {
                identity: "caf\u{e9}".into(),
                fragment: None
            })
        );
    }

    #[test]
    fn relative_links_resolve_against_the_folder() {
        assert_eq!(
            classify("../b.md", "treatments/x"),
            Some(InternalLink::Leaflet {
                identity: "treatments/b".into(),
                fragment: None
            })
        );
        assert_eq!(classify("../../../b.md", "a"), None);
        assert_eq!(classify("#x", "a"), None);
    }

    #[test]
    fn dangerous_urls_and_html_are_removed() {
        let r = render_with(
            "[x](javascript:alert(1)) [y](JaVaScript:alert(1)) ![z](vbscript:x) [w](<java\tscript:x>)",
            false,
        );
        let lower = r.html.to_lowercase();
        assert!(
            !lower.contains("javascript") && !lower.contains("vbscript"),
            "{}",
            r.html
        );
        assert_eq!(r.problems.len(), 4, "{:?}", r.problems);
        let r = render_with(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n## Safe\n",
            false,
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("onerror"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"safe\">"), "{}", r.html);
        let r = render_with("<b onclick=x>kept</b>", true);
        assert!(r.html.contains("onclick"));
    }

    #[test]
    fn tables_scroll_inside_their_own_box() {
        let r = render_with("| a | b |\n|---|---|\n| 1 | 2 |\n", false);
        assert!(
            r.html
                .starts_with("<div class=\"table-scroll\" tabindex=\"0\"><table>"),
            "{}",
            r.html
        );
    }
}

#[cfg(test)]
mod hostile_input {
    use proptest::prelude::*;

    use super::*;

    fn render_untrusted(body: &str) -> String {
        let options = RenderOptions {
            folder: "",
            allow_raw_html: false,
            rtl: false,
            callout_titles: &CalloutTitles::new(str::to_uppercase),
        };
        render(body, &options, &|_| Err(LinkError::nowhere("no")))
            .html
            .to_lowercase()
    }

    /// Known cross-site scripting payloads (OWASP's filter evasion cheat sheet and friends), as
    /// raw HTML and as Markdown links and images.
    const PAYLOADS: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<svg onload=alert(1)>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">x</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<javascript:alert(1)>)",
        "![x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
    ];

    /// Found by the `markdown` fuzz target: a footnote label defined twice is one anchor.
    #[test]
    fn repeated_footnote_labels_are_one_anchor() {
        let ids = anchors("a[^-] b\n\n[^-]: one\n\n[^-]: two\n");
        assert_eq!(ids, ["-"]);
        let found = include_bytes!("../fuzz/regressions/markdown-repeated-footnote-label.bin");
        let ids = anchors(std::str::from_utf8(found).unwrap());
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
    }

    /// Found by the `markdown` fuzz target: link-like text inside code stays text.
    #[test]
    fn script_urls_written_as_code_are_text() {
        let html = render_untrusted(
            "`<a href=\"javascript:s\">` and ```` `` ````\n\n```\nhref=\"javascript:x\"\n```\n",
        );
        assert!(!html.contains("<a "), "{html}");
        assert!(html.contains("&lt;a href=\"javascript:s\"&gt;"), "{html}");
    }

    #[test]
    fn known_xss_payloads_are_neutralised() {
        for payload in PAYLOADS {
            let html = render_untrusted(payload);
            for bad in [
                "<script",
                "onerror",
                "onload",
                "ontoggle",
                "javascript:",
                "vbscript:",
                "<iframe",
                "<object",
                "<embed",
                "<style",
                "data:text/html",
                "<form",
            ] {
                assert!(!html.contains(bad), "{payload} left {bad}: {html}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn any_text_renders_without_panicking_or_script(body in "\\PC{0,400}") {
            let html = render_untrusted(&body);
            prop_assert!(!html.contains("<script"));
            let ids = anchors(&body);
            let unique: HashSet<_> = ids.iter().collect();
            prop_assert_eq!(unique.len(), ids.len());
        }

        #[test]
        fn any_leaflet_parses_or_errors_cleanly(front in "\\PC{0,200}", body in "\\PC{0,200}") {
            let text = format!("---\n{front}\n---\n{body}");
            match crate::content::front_matter::parse(&text, std::path::Path::new("a.md")) {
                Ok((_, offset, _)) => prop_assert!(offset <= text.len()),
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for error in errors {
                        prop_assert!(error.help.is_some());
                        let shown = error.to_string();
                        prop_assert!(shown.starts_with("a.md"));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod slug_ids {
    use proptest::prelude::*;

    use super::slugify;

    /// The first version of [`slugify`], char by char: the ids pages already have, which the
    /// faster one must give for every text.
    fn slugify_char_by_char(text: &str) -> String {
        let mut id = String::with_capacity(text.len());
        for c in text.trim().chars() {
            if c.is_alphanumeric() || c == '_' {
                id.extend(c.to_lowercase());
            } else if (c.is_whitespace() || c == '-') && !id.ends_with('-') && !id.is_empty() {
                id.push('-');
            }
        }
        while id.ends_with('-') {
            id.pop();
        }
        if id.is_empty() { "section".into() } else { id }
    }

    #[test]
    fn headings_of_every_script_give_the_ids_they_always_had() {
        for text in [
            "When to call?",
            "  -- Side effects -- ",
            "Wann Sie anrufen sollten",
            "Ürekile ma sfu vopbem",
            "Нежелани реакции",
            "Παρενέργειες - τι να κάνετε",
            "الآثار الجانبية",
            "תופעות לוואי",
            "İstanbul ÇAĞRI",
            "snake_case_and  tabs\there\u{b}vt",
            "1. Step one",
            "---",
            "",
        ] {
            assert_eq!(slugify(text), slugify_char_by_char(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_the_id_it_always_had(text in "\\PC{0,40}") {
            prop_assert_eq!(slugify(&text), slugify_char_by_char(&text));
        }

        #[test]
        fn ascii_with_separators_gives_the_id_it_always_had(text in "[ a-zA-Z0-9_\\-\t?.]{0,40}") {
            prop_assert_eq!(slugify(&text), slugify_char_by_char(&text));
        }
    }
}
