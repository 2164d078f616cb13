//! Provenance: who wrote a leaflet, who checked it, what it is based on, who publishes the site
//! and who pays for it. Quality marks for health information (the UK PIF TICK, the NHS
//! standard) ask for all of them to be disclosed.

use super::at_key;
use crate::content::Leaflet;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// Findings for one leaflet's sources, authors and reviewers. A translation awaiting review
/// needs no reviewers yet (see [`super::review::awaits_translation_review`]).
pub fn check(site: &Site, leaflet: &Leaflet) -> Vec<Diagnostic> {
    let front = &leaflet.front;
    let needs_reviewers = !super::review::awaits_translation_review(site, leaflet);
    [
        (
            front.sources.is_empty(),
            "sources",
            "missing-sources",
            "add `sources:` with a `title` and `url` for each reference the leaflet is based on",
        ),
        (
            front.authors.is_empty(),
            "authors",
            "missing-authors",
            "add `authors:` (an editorial role such as `Editorial team` is enough)",
        ),
        (
            needs_reviewers && front.reviewers.is_empty(),
            "reviewers",
            "missing-reviewers",
            "add `reviewers:` naming who checked the content (a role is enough)",
        ),
    ]
    .into_iter()
    .filter(|(missing, ..)| *missing)
    .map(|(_, key, code, help)| {
        at_key(
            leaflet,
            "title",
            Diagnostic::warning(format!("the leaflet names no {key}"))
                .with_code(code)
                .with_help(help),
        )
    })
    .collect()
}

/// Findings for the whole site: the publisher and the funding statement.
pub fn check_site(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if site.config.organisation.is_none() {
        found.push(
            Diagnostic::warning("site.yaml names no `organisation` publishing the site")
                .in_file("site.yaml")
                .with_code("missing-organisation")
                .with_help("add `organisation: {name: ..., url: ..., contact: ...}`; it is shown on every page"),
        );
    }
    if site
        .config
        .funding
        .as_deref()
        .is_none_or(|f| f.trim().is_empty())
    {
        found.push(
            Diagnostic::warning("site.yaml has no `funding` statement")
                .in_file("site.yaml")
                .with_code("missing-funding")
                .with_help(
                    "add `funding:` saying who pays for the site and whether any sponsor had a say",
                ),
        );
    }
    found
}
