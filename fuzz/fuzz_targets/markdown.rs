//! Markdown rendering with link rewriting and sanitising never panics, never lets script
//! through, and gives unique anchors.
#![no_main]

use leafpress::markdown::{InternalLink, LinkError, RenderOptions, anchors, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let options = RenderOptions {
        folder: "a/b",
        allow_raw_html: false,
    };
    let resolve = |link: &InternalLink<'_>| match link {
        InternalLink::Leaflet { identity, .. } if identity.len() % 2 == 0 => {
            Ok(format!("../{identity}/"))
        }
        InternalLink::RootFile(file) => Ok(format!("../../{file}")),
        _ => Err(LinkError::nowhere("not found")),
    };
    let rendered = render(body, &options, &resolve);
    // Text may mention `href="javascript:` (pulldown-cmark escapes `<` and `&` in text, not `"`),
    // so look for it only where it would be markup: right after a tag's opening.
    let lower = rendered.html.to_lowercase();
    assert!(
        !lower.contains("<script"),
        "script in output: {}",
        rendered.html
    );
    for tag in [
        "<a href=\"javascript:",
        "<img src=\"javascript:",
        "<a href=\"vbscript:",
        "<img src=\"vbscript:",
    ] {
        assert!(!lower.contains(tag), "{tag} in output: {}", rendered.html);
    }
    let ids = anchors(body);
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate anchors: {ids:?}");
});
