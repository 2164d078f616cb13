//! Rendering a whole site, or part of it, into a [`Sink`]: leaflet pages in parallel, then the
//! pages made from every leaflet (home pages, the language picker, the editors' reports, the
//! translators' page, 404, the sitemap) and the static files. A full build and `serve`'s partial
//! rebuilds call the same functions, so they write the same bytes.

use std::io::Write;

use rayon::prelude::*;

use super::Renderer;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::{OutputError, Sink};
use crate::paths::SiteRoot;
use crate::site::Page;
use crate::static_files::StaticFiles;
use crate::timings::Timings;

/// Renders every page, the static files and the sitemap.
pub fn write_all(
    renderer: &Renderer<'_>,
    static_files: &StaticFiles,
    root: &SiteRoot,
    sink: &dyn Sink,
    timings: &Timings,
    diagnostics: &mut Diagnostics,
) {
    let pages: Vec<&Page> = renderer.site.pages.iter().collect();
    write_pages(renderer, &pages, sink, timings, diagnostics);
    write_summaries(renderer, Summaries::ALL, sink, diagnostics);
    copy_static(renderer, static_files, root, sink, diagnostics);
}

/// The output path of a leaflet page.
pub fn page_file(page: &Page) -> String {
    format!("{}index.html", page.url)
}

/// Renders and writes these leaflet pages, in parallel.
pub fn write_pages(
    renderer: &Renderer<'_>,
    pages: &[&Page],
    sink: &dyn Sink,
    timings: &Timings,
    diagnostics: &mut Diagnostics,
) {
    let results: Vec<Result<Vec<Diagnostic>, Diagnostic>> = pages
        .par_iter()
        .map(|page| {
            let (html, found) = Timings::measure(&timings.render_nanos, || renderer.leaflet(page))?;
            Timings::measure(&timings.write_nanos, || {
                sink.write_owned(&page_file(page), html.into_bytes())
                    .map_err(output_diagnostic)
            })?;
            Ok(found)
        })
        .collect();
    collect(results, diagnostics);
}

/// Which of the pages made from every leaflet to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summaries {
    /// The language home pages, which list every page of their language.
    pub homes: bool,
    /// The language picker and `404.html`, which show no leaflet.
    pub fixed: bool,
    /// The editors' reports (when enabled in `site.yaml`).
    pub reports: bool,
    /// The translators' page.
    pub status: bool,
    /// `sitemap.xml`.
    pub sitemap: bool,
}

impl Summaries {
    /// All of them, as a full build writes them.
    pub const ALL: Summaries = Summaries {
        homes: true,
        fixed: true,
        reports: true,
        status: true,
        sitemap: true,
    };

    /// None of them.
    pub const NONE: Summaries = Summaries {
        homes: false,
        fixed: false,
        reports: false,
        status: false,
        sitemap: false,
    };
}

/// Renders and writes the chosen pages made from every leaflet: the home pages, the language
/// picker, the editors' reports (when enabled), the translators' page, `404.html`, the sitemap.
pub fn write_summaries(
    renderer: &Renderer<'_>,
    which: Summaries,
    sink: &dyn Sink,
    diagnostics: &mut Diagnostics,
) {
    let site = renderer.site;
    let homes: &[crate::config::Language] = if which.homes {
        &site.config.languages
    } else {
        &[]
    };
    let mut results: Vec<Result<Vec<Diagnostic>, Diagnostic>> = homes
        .par_iter()
        .map(|language| {
            let (html, found) = renderer.home(&language.code)?;
            write(
                sink,
                &format!("{}/index.html", language.code),
                html.as_bytes(),
            )?;
            Ok(found)
        })
        .collect();
    if which.fixed {
        results.push(renderer.languages().and_then(|(html, found)| {
            write(sink, "index.html", html.as_bytes())?;
            Ok(found)
        }));
        results.push(renderer.not_found().and_then(|(html, found)| {
            write(sink, "404.html", html.as_bytes())?;
            Ok(found)
        }));
    }
    if which.reports && site.config.checks.report {
        let today = jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        results.par_extend(site.config.languages.par_iter().map(|language| {
            let (html, found) = renderer.quality(&language.code, today)?;
            write(
                sink,
                &format!("quality/{}/index.html", language.code),
                html.as_bytes(),
            )?;
            Ok(found)
        }));
    }
    if which.status {
        results.push(renderer.translation_status().and_then(|(html, found)| {
            write(sink, "translation-status/index.html", html.as_bytes())?;
            Ok(found)
        }));
    }
    collect(results, diagnostics);
    if which.sitemap
        && let Err(error) = write_sitemap(renderer, sink)
    {
        diagnostics.push(error);
    }
}

/// Copies the static files.
pub fn copy_static(
    renderer: &Renderer<'_>,
    static_files: &StaticFiles,
    root: &SiteRoot,
    sink: &dyn Sink,
    diagnostics: &mut Diagnostics,
) {
    for (path, source) in static_files.iter() {
        let copied = static_files
            .read(source, &renderer.theme.static_files)
            .map_err(|error| match source {
                crate::static_files::StaticSource::Site(file) => error.in_file(root.display(file)),
                crate::static_files::StaticSource::Theme(_) => error,
            })
            .and_then(|bytes| write(sink, path, &bytes));
        if let Err(error) = copied {
            diagnostics.push(error);
        }
    }
}

fn collect(results: Vec<Result<Vec<Diagnostic>, Diagnostic>>, diagnostics: &mut Diagnostics) {
    for result in results {
        match result {
            Ok(found) => diagnostics.extend(found),
            Err(error) => diagnostics.push(error),
        }
    }
}

fn write(sink: &dyn Sink, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    sink.write(path, bytes).map_err(output_diagnostic)
}

fn output_diagnostic(error: OutputError) -> Diagnostic {
    Diagnostic::error(error.to_string()).with_help(error.help())
}

fn write_sitemap(renderer: &Renderer<'_>, sink: &dyn Sink) -> Result<(), Diagnostic> {
    let mut writer = sink.writer("sitemap.xml").map_err(output_diagnostic)?;
    crate::sitemap::write(renderer.site, &mut writer)
        .and_then(|()| writer.flush())
        .map_err(|error| Diagnostic::error(format!("cannot write sitemap.xml: {error}")))
}
