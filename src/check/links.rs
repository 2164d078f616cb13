//! Links: every internal link, `#anchor` and image resolves, in every language's pages after
//! fallback (a link that works in English can break where a translation has another heading).
//!
//! `check` renders the site once, as `build` does but with
//! [`MarkdownProblems::EveryPage`](crate::render::MarkdownProblems::EveryPage), so the render
//! reports link problems from every page that shows a text, not only from its own page; `check`
//! and `build` can never disagree about a link, and no page is rendered twice. Here those
//! problems get `check`'s severities and are reported once.

use std::collections::HashSet;

use crate::diagnostics::{Diagnostic, Severity};
use crate::markdown::ProblemKind;

/// The kinds of problem the render reports in a leaflet's Markdown.
const KINDS: [ProblemKind; 4] = [
    ProblemKind::BrokenLink,
    ProblemKind::UnsafeUrl,
    ProblemKind::RawHtml,
    ProblemKind::UnclosedHtml,
];

/// True for a rendering problem this check reports: a problem of a leaflet's Markdown.
pub fn is_markdown_problem(diagnostic: &Diagnostic) -> bool {
    diagnostic
        .code
        .is_some_and(|code| KINDS.iter().any(|kind| kind.code() == code))
}

/// The Markdown problems of the render, in the order it reported them (site order), with
/// `check`'s severities: broken links and unsafe URLs are errors, raw HTML a warning. A problem
/// at the same place of the same file is reported once: the first page that showed it (a text's
/// own page, or else the first language in `site.yaml` whose page has it) names it.
pub fn from_render(rendered: impl IntoIterator<Item = Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = HashSet::new();
    rendered
        .into_iter()
        .filter(|d| seen.insert((d.path.clone(), d.position, d.code)))
        .map(|d| {
            let severity = match KINDS.iter().find(|kind| Some(kind.code()) == d.code) {
                Some(
                    ProblemKind::BrokenLink | ProblemKind::UnsafeUrl | ProblemKind::UnclosedHtml,
                ) => Severity::Error,
                _ => Severity::Warning,
            };
            d.with_severity(severity)
        })
        .collect()
}
