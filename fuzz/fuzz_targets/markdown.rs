//! Markdown rendering with link rewriting and sanitising, checked against what `markdown.rs`
//! promises when `allow_raw_html` is false:
//!
//! - it never panics;
//! - no script gets through: no `<script` anywhere in the output (case-insensitive), no
//!   `javascript:`/`vbscript:` URL in an `href` or `src`, and no event-handler (`on...`)
//!   attribute ("raw HTML is the only way to get script into a page", and raw HTML is
//!   sanitised: "scripts, styles, event handlers and unknown tags are removed");
//! - `anchors(body)` has no duplicates, and every id it lists is an `id` of the rendered HTML
//!   ("every `id` a leaflet body gives its headings and footnotes, as `render` gives them");
//!   every table-of-contents id is one of them.
//!
//! The id checks are skipped when the body has raw HTML: the sanitiser re-parses the whole page,
//! and an unclosed `<textarea>` or `<title>` legitimately turns what follows into text.
#![no_main]

use std::collections::HashSet;

use leafpress::markdown::{
    CalloutTitles, InternalLink, LinkError, ProblemKind, RenderOptions, anchors, render,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let options = RenderOptions {
        folder: "a/b",
        allow_raw_html: false,
        // Right-to-left pages wrap Latin runs in <bdi>: half the inputs take that path.
        rtl: body.len() % 2 == 1,
        callout_titles: &CalloutTitles::new(str::to_uppercase),
    };
    // Some links resolve, some do not (by the parity of the link's length), and some of those
    // that do not have a fallback URL.
    let resolve = |link: &InternalLink<'_>| {
        let (length, url) = match link {
            InternalLink::Leaflet { identity, fragment } => (
                identity.len() + fragment.map_or(0, |f| f.len() + 1),
                format!(
                    "../{identity}/{}",
                    fragment.map(|f| format!("#{f}")).unwrap_or_default()
                ),
            ),
            InternalLink::RootFile(file) => (file.len(), format!("../../{file}")),
        };
        match length % 4 {
            0 | 2 => Ok(url),
            1 => Err(LinkError::nowhere("x")),
            _ => Err(LinkError {
                reason: "no such heading".into(),
                fallback_url: Some("../page/".into()),
            }),
        }
    };
    let rendered = render(body, &options, &resolve);
    let html = &rendered.html;

    assert!(
        !html.to_lowercase().contains("<script"),
        "`<script` in the output: {html}"
    );
    let tags = tags(html);
    for tag in &tags {
        assert!(tag.name != "script", "script element in the output: {html}");
        for (name, value) in &tag.attributes {
            assert!(
                !(name.len() > 2 && name.starts_with("on")),
                "event handler `{name}` on <{}> in the output: {html}",
                tag.name
            );
            if matches!(name.as_str(), "href" | "src") {
                let url = browser_url(value);
                assert!(
                    !url.starts_with("javascript:") && !url.starts_with("vbscript:"),
                    "script URL in {name} of <{}>: {html}",
                    tag.name
                );
            }
        }
    }

    let ids = anchors(body);
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate anchors: {ids:?}");
    for entry in &rendered.toc {
        assert!(
            unique.contains(&entry.id),
            "table of contents id `{}` is not among anchors {ids:?}",
            entry.id
        );
    }
    let has_raw_html = rendered
        .problems
        .iter()
        .any(|p| p.kind == ProblemKind::RawHtml);
    if !has_raw_html {
        let html_ids: HashSet<&str> = tags
            .iter()
            .flat_map(|t| &t.attributes)
            .filter(|(name, _)| name == "id")
            .map(|(_, value)| value.as_str())
            .collect();
        for id in &ids {
            assert!(
                html_ids.contains(id.as_str()),
                "anchor `{id}` is not an id of the rendered HTML (ids there: {html_ids:?}): {html}"
            );
        }
    }
});

struct Element {
    name: String,
    /// Names in lower case, values with character references decoded.
    attributes: Vec<(String, String)>,
}

/// The start tags of serialised HTML. Text never holds a bare `<` (both pulldown-cmark and the
/// sanitiser escape it), so every `<` outside an attribute value opens a tag.
fn tags(html: &str) -> Vec<Element> {
    let bytes = html.as_bytes();
    let mut elements = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        i += 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(bytes.len(), |end| i + end + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' && bytes[i] != b'/' {
            i += 1;
        }
        let mut element = Element {
            name: html[start..i].to_ascii_lowercase(),
            attributes: Vec::new(),
        };
        loop {
            while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                i += 1;
                break;
            }
            let start = i;
            while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'>' | b'=' | b'/')
            {
                i += 1;
            }
            let name = html[start..i].to_ascii_lowercase();
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            let mut value = String::new();
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && is_space(bytes[i]) {
                    i += 1;
                }
                let (start, end) = match bytes.get(i) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        let end = html[i + 1..].find(quote as char).map_or(bytes.len(), |e| i + 1 + e);
                        (i + 1, end)
                    }
                    _ => {
                        let end = html[i..]
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .map_or(bytes.len(), |e| i + e);
                        (i, end)
                    }
                };
                value = decode(&html[start..end.min(bytes.len())]);
                i = if matches!(bytes.get(i), Some(b'"' | b'\'')) {
                    end + 1
                } else {
                    end
                };
            }
            element.attributes.push((name, value));
        }
        if !closing {
            elements.push(element);
        }
    }
    elements
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Decodes the character references serialisers write (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&#39;`, `&#x27;`, `&nbsp;`, any numeric one); anything else is left as it is.
fn decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&s| s <= 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A URL as a browser reads its scheme: leading C0 controls and spaces stripped, tabs and
/// newlines removed anywhere, lower case.
fn browser_url(value: &str) -> String {
    value
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}
