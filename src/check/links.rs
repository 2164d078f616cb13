//! Links: every internal link, `#anchor` and image resolves, in every language's pages after
//! fallback (a link that works in English can break where a translation has another heading).
//! The pages' Markdown is rendered with the same resolver the build uses, so `check` and
//! `build` can never disagree about a link.

use std::collections::HashSet;

use rayon::prelude::*;

use super::at_body;
use crate::diagnostics::{Diagnostic, Severity};
use crate::markdown::{self, InternalLink, ProblemKind, RenderOptions};
use crate::render::resolve_link;
use crate::site::Site;

/// Link problems of every page of the site, including home-page intros.
pub fn check(site: &Site, static_paths: &HashSet<String>) -> Vec<Diagnostic> {
    let homes = site.config.languages.iter().filter_map(|language| {
        site.home_intro(&language.code).map(|leaflet| {
            (
                leaflet,
                language.code.clone(),
                format!("{}/", language.code),
            )
        })
    });
    let pages: Vec<_> = site
        .pages
        .iter()
        .map(|page| {
            (
                &site.leaflets[page.source],
                page.language.clone(),
                page.url.clone(),
            )
        })
        .chain(homes)
        .collect();
    // Each leaflet's own page first, so a problem found there is not repeated for the pages of
    // other languages that show the same text (only where the own page has none at that place).
    let mut pages = pages;
    pages.sort_by_key(|(leaflet, language, _)| leaflet.file.language != *language);
    let found: Vec<Vec<Diagnostic>> = pages
        .par_iter()
        .map(|(leaflet, language, url)| {
            let folder = leaflet
                .file
                .identity
                .rsplit_once('/')
                .map_or("", |(f, _)| f);
            let options = RenderOptions {
                folder,
                allow_raw_html: site.config.allow_raw_html,
                rtl: false,
            };
            let resolve =
                |link: &InternalLink<'_>| resolve_link(site, static_paths, url, language, link);
            markdown::render(leaflet.body(), &options, &resolve)
                .problems
                .into_iter()
                .map(|problem| {
                    let severity = match problem.kind {
                        ProblemKind::BrokenLink | ProblemKind::UnsafeUrl => Severity::Error,
                        ProblemKind::RawHtml => Severity::Warning,
                    };
                    let message = if leaflet.file.language == *language {
                        problem.message
                    } else {
                        format!(
                            "{} (on the `{language}` page, which shows this text)",
                            problem.message
                        )
                    };
                    at_body(
                        leaflet,
                        problem.offset,
                        Diagnostic::warning(message)
                            .with_severity(severity)
                            .with_code(problem.kind.code())
                            .with_help(problem.help),
                    )
                })
                .collect()
        })
        .collect();
    let mut seen = HashSet::new();
    found
        .into_iter()
        .flatten()
        .filter(|d| seen.insert((d.path.clone(), d.position, d.code)))
        .collect()
}
