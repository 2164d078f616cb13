//! `leafpress check`: the quality checks patient information needs and general site
//! generators ignore, for every leaflet in every language.
//!
//! Each check has an id (see [`CHECKS`]) and a default severity; `site.yaml`'s `checks:` can
//! turn checks off or change their severity, and a leaflet can silence a check with a reason
//! (`silence: {readability: "..."}`). Checks are pure functions of the site model: they read
//! leaflets and return diagnostics, in parallel, and never touch the disk. Link problems are
//! found by the render `check` does anyway (see [`links`]), and handed in.

pub mod audience;
pub mod consistency;
pub mod external;
pub mod glossary;
pub mod heading_ids;
pub mod links;
pub mod markup;
pub mod plain_language;
pub mod provenance;
pub mod report;
pub mod review;
pub mod scores;
pub mod untranslated;

use std::collections::BTreeMap;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::config::SeverityName;
use crate::content::Leaflet;
use crate::content::front_matter;
use crate::diagnostics::{Diagnostic, Severity};
use crate::render::URGENT_HELP;
use crate::site::{HOME_IDENTITY, Site};
use crate::yaml;

/// Every check: its id and what it looks for.
pub const CHECKS: &[(&str, &str)] = &[
    (
        "broken-link",
        "internal links, #anchors and images resolve in every language",
    ),
    (
        "unsafe-url",
        "no link or image uses a scheme that can run script",
    ),
    ("raw-html", "raw HTML where the site does not allow it"),
    (
        "review-missing",
        "leaflets have `reviewed` and `next_review`",
    ),
    ("review-overdue", "`next_review` is not in the past"),
    (
        "review-due-soon",
        "`next_review` is not within the review window",
    ),
    (
        "translation-review-older",
        "a translation was reviewed after its source",
    ),
    (
        "borrowed-review",
        "a translation awaiting review claims no review of its own",
    ),
    ("missing-sources", "leaflets name their sources"),
    ("missing-authors", "leaflets name their authors"),
    ("missing-reviewers", "leaflets name their reviewers"),
    ("missing-organisation", "the site names its publisher"),
    ("missing-funding", "the site discloses its funding"),
    (
        "readability",
        "readability scores meet the language's targets",
    ),
    ("long-sentence", "no sentence is longer than the limit"),
    (
        "sentence-length",
        "the average sentence length meets its target",
    ),
    ("image-alt", "images have alternative text"),
    ("heading-skip", "heading levels are not skipped"),
    (
        "heading-id",
        "a translated heading has its source heading's id, so links into it work",
    ),
    ("multiple-h1", "the title is the page's only top heading"),
    ("link-text", "link text says where the link goes"),
    ("table-header", "tables have a header row"),
    (
        "safety-mismatch",
        "doses, percentages, phone numbers, URLs and e-mail addresses match the source",
    ),
    ("number-mismatch", "other numbers match the source"),
    (
        "untranslated-prose",
        "no English paragraph in a leaflet of another language",
    ),
    (
        "glossary-term",
        "glossary terms are linked or explained at first use",
    ),
    (
        "tel-mismatch",
        "`tel:` links in a translation dial a number its source dials",
    ),
    (
        "audience-mismatch",
        "a translation's `audience:` is its source's",
    ),
    (
        "urgent-help",
        "with `emergency:` in site.yaml, every leaflet page links the emergency number",
    ),
    (
        "unknown-check",
        "check ids in site.yaml and front matter exist",
    ),
];

/// What `check` needs besides the site.
#[derive(Debug, Clone)]
pub struct CheckContext {
    /// The date review dates are compared with.
    pub today: Date,
}

/// The leaflets `check` looks at: real translations, not home-page intros.
pub fn leaflets(site: &Site) -> impl ParallelIterator<Item = &Leaflet> {
    site.leaflets
        .par_iter()
        .filter(|leaflet| leaflet.file.identity != HOME_IDENTITY)
}

/// True for what the render `check` does reports for the checks: problems of leaflets'
/// Markdown (see [`links::is_markdown_problem`]) and leaflet pages without the emergency
/// number ([`URGENT_HELP`]).
pub fn is_render_finding(diagnostic: &Diagnostic) -> bool {
    links::is_markdown_problem(diagnostic) || diagnostic.code == Some(URGENT_HELP)
}

/// The checks of each leaflet, which need no render of the site: `check` runs them while it
/// renders, then [`run`] adds them to the rest.
pub fn per_leaflet(site: &Site, context: &CheckContext) -> Vec<Vec<Diagnostic>> {
    let sources = consistency::sources(site);
    leaflets(site)
        .map(|leaflet| {
            let scanned = leaflet.scan();
            let mut found = review::check(site, leaflet, context.today);
            found.extend(provenance::check(site, leaflet));
            found.extend(plain_language::check(site, leaflet, scanned));
            found.extend(markup::check(leaflet, scanned));
            found.extend(consistency::check(site, leaflet, scanned, &sources));
            found.extend(untranslated::check(site, leaflet, scanned));
            found.extend(consistency::tel_links(site, leaflet, scanned));
            found.extend(audience::check(site, leaflet));
            found.extend(heading_ids::check(site, leaflet, scanned));
            found
        })
        .collect()
}

/// Runs the rest of the checks and applies the site's settings and the leaflets' silences to
/// them and to `per_leaflet` (what [`per_leaflet`] found). `markdown_problems` are the problems
/// a render of the site with [`crate::render::MarkdownProblems::EveryPage`] reported for the
/// checks (see [`is_render_finding`]), in the order it reported them.
pub fn run(
    site: &Site,
    markdown_problems: Vec<Diagnostic>,
    per_leaflet: Vec<Vec<Diagnostic>>,
) -> Vec<Diagnostic> {
    let (urgent_help, markdown_problems): (Vec<_>, Vec<_>) = markdown_problems
        .into_iter()
        .partition(|d| d.code == Some(URGENT_HELP));
    let mut found: Vec<Diagnostic> = links::from_render(markdown_problems);
    found.extend(urgent_help);
    found.extend(provenance::check_site(site));
    found.reserve(per_leaflet.iter().map(Vec::len).sum());
    found.extend(per_leaflet.into_iter().flatten());
    found.extend(glossary::check(site));
    let mut found = apply_settings(site, found);
    found.extend(unknown_ids(site));
    found
}

/// Turns checks off, changes severities and removes silenced findings, as the site's settings
/// and its leaflets' `silence:` say.
pub fn apply_settings(site: &Site, found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let settings = &site.config.checks;
    let silenced: BTreeMap<&std::path::Path, &BTreeMap<String, String>> = site
        .leaflets
        .iter()
        .filter(|l| !l.front.silence.is_empty())
        .map(|l| (l.file.display_path.as_path(), &l.front.silence))
        .collect();
    let kept: Vec<Diagnostic> = found
        .into_iter()
        .filter(|d| {
            let Some(code) = d.code else { return true };
            if settings.disable.iter().any(|c| c == code) {
                return false;
            }
            let silence = d.path.as_deref().and_then(|p| silenced.get(p));
            !silence.is_some_and(|s| s.contains_key(code))
        })
        .map(|d| match d.code.and_then(|c| settings.severity.get(c)) {
            Some(SeverityName::Error) => d.with_severity(Severity::Error),
            Some(SeverityName::Warning) => d.with_severity(Severity::Warning),
            None => d,
        })
        .collect();
    kept
}

/// Warnings for check ids in `site.yaml` or front matter that do not exist, and for silences
/// without a reason.
fn unknown_ids(site: &Site) -> Vec<Diagnostic> {
    let ids: Vec<&str> = CHECKS.iter().map(|(id, _)| *id).collect();
    let settings = &site.config.checks;
    let mut found = Vec::new();
    let unknown = |id: &str| {
        let help = match yaml::nearest(id, &ids) {
            Some(near) => {
                format!("did you mean `{near}`? `leafpress check --list` shows every check")
            }
            None => "`leafpress check --list` shows every check".to_string(),
        };
        Diagnostic::warning(format!("there is no check `{id}`"))
            .with_code("unknown-check")
            .with_help(help)
    };
    for id in settings.disable.iter().chain(settings.severity.keys()) {
        if !ids.contains(&id.as_str()) {
            found.push(unknown(id).in_file("site.yaml"));
        }
    }
    for leaflet in &site.leaflets {
        for (id, reason) in &leaflet.front.silence {
            let position = front_key_offset(leaflet, "silence");
            let at = |d: Diagnostic| match position {
                Some(offset) => leaflet.locate(d, offset),
                None => d.in_file(&leaflet.file.display_path),
            };
            if !ids.contains(&id.as_str()) {
                found.push(at(unknown(id)));
            } else if reason.trim().is_empty() {
                found.push(at(Diagnostic::warning(format!("`silence: {id}` gives no reason"))
                    .with_code("unknown-check")
                    .with_help("say why the check does not apply, e.g. `readability: drug names cannot be simplified`")));
            }
        }
    }
    found
}

/// A diagnostic at byte `offset` of a leaflet's body.
pub fn at_body(leaflet: &Leaflet, offset: usize, diagnostic: Diagnostic) -> Diagnostic {
    leaflet.locate(diagnostic, leaflet.body_offset + offset)
}

/// A diagnostic at a front matter key of a leaflet (or the file's first line when absent).
pub fn at_key(leaflet: &Leaflet, key: &str, diagnostic: Diagnostic) -> Diagnostic {
    let offset = front_key_offset(leaflet, key).unwrap_or(0);
    leaflet.locate(diagnostic, offset)
}

/// The byte offset of a top-level front matter key in the leaflet's file.
fn front_key_offset(leaflet: &Leaflet, key: &str) -> Option<usize> {
    let split = front_matter::split(&leaflet.file.text).ok()?;
    yaml::top_level_keys(split.yaml)
        .into_iter()
        .find(|k| k.name == key)
        .map(|k| split.yaml_offset + k.offset)
}
