//! Rendering a whole site, or part of it, into a [`Sink`]: leaflet pages in parallel, then the
//! pages made from every leaflet (home pages, the language picker, the editors' reports, the
//! translators' page, 404, the sitemap) and the static files. A full build and `serve`'s partial
//! rebuilds call the same functions, so they write the same bytes.
//!
//! A full disk is one error, not one per file: once a write fails for want of space, the
//! remaining files of the run are not attempted (the build has failed, and its output is
//! abandoned), and the run reports the first failure with how many files were not written.

use std::io::{self, Write as _};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

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
    let sink = StopWhenFull::new(sink);
    let pages: Vec<&Page> = renderer.site.pages.iter().collect();
    // Search runs beside the pages: rendering leaves a core idle at times, and the index of a
    // language is made from its sources, not from its pages.
    let mut found_by_search = Diagnostics::new();
    rayon::join(
        || write_pages(renderer, &pages, &sink, timings, diagnostics),
        || {
            if renderer.site.config.search.enabled {
                Timings::measure(&timings.search_nanos, || {
                    write_search(renderer, &sink, &mut found_by_search, &|_| true);
                });
            }
        },
    );
    diagnostics.extend(found_by_search.into_sorted());
    write_summaries(renderer, Summaries::ALL, &sink, diagnostics);
    copy_static(renderer, static_files, root, &sink, diagnostics);
    diagnostics.extend(sink.disk_full());
}

/// A sink that stops writing after the first write that fails because the disk (or the user's
/// quota) is full: every later write is skipped and succeeds, and [`StopWhenFull::disk_full`]
/// gives the one error to report. Skipped writes are safe to call successes only because that
/// error is always reported, so the run has failed and its output is never used.
struct StopWhenFull<'a> {
    sink: &'a dyn Sink,
    full: AtomicBool,
    first: Mutex<Option<OutputError>>,
    unwritten: AtomicUsize,
}

impl<'a> StopWhenFull<'a> {
    fn new(sink: &'a dyn Sink) -> Self {
        StopWhenFull {
            sink,
            full: AtomicBool::new(false),
            first: Mutex::new(None),
            unwritten: AtomicUsize::new(0),
        }
    }

    /// Passes a write through unless the disk is full; a disk-full failure is kept, not
    /// returned.
    fn guard(&self, write: impl FnOnce() -> Result<(), OutputError>) -> Result<(), OutputError> {
        if self.full.load(Ordering::Relaxed) {
            self.unwritten.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        match write() {
            Err(error) if is_disk_full(&error) => {
                self.full.store(true, Ordering::Relaxed);
                self.unwritten.fetch_add(1, Ordering::Relaxed);
                let mut first = self.first.lock().unwrap_or_else(|e| e.into_inner());
                first.get_or_insert(error);
                Ok(())
            }
            result => result,
        }
    }

    /// True once a write failed for want of space.
    fn is_full(&self) -> bool {
        self.full.load(Ordering::Relaxed)
    }

    /// The one error for a full disk, when there was one.
    fn disk_full(self) -> Option<Diagnostic> {
        let first = self.first.into_inner().unwrap_or_else(|e| e.into_inner())?;
        let unwritten = self.unwritten.into_inner();
        Some(
            Diagnostic::error(format!(
                "the disk is full: {first}; {unwritten} file(s) of the site were not written"
            ))
            .with_help("free some disk space (or choose an `--output` on another disk), then build again; the previous output was left as it was"),
        )
    }
}

impl Sink for StopWhenFull<'_> {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        self.guard(|| self.sink.write(path, bytes))
    }

    fn write_owned(&self, path: &str, bytes: Vec<u8>) -> Result<(), OutputError> {
        self.guard(|| self.sink.write_owned(path, bytes))
    }

    fn discards(&self) -> bool {
        self.sink.discards()
    }

    fn writer(&self, path: &str) -> Result<Box<dyn io::Write + '_>, OutputError> {
        if self.is_full() {
            self.unwritten.fetch_add(1, Ordering::Relaxed);
            return Ok(Box::new(io::sink()));
        }
        self.sink.writer(path)
    }
}

/// True for an error that says the disk or the user's quota is full.
fn is_disk_full(error: &OutputError) -> bool {
    matches!(error, OutputError::Io { source, .. } if is_no_space(source))
}

fn is_no_space(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// The output path of a leaflet page.
pub fn page_file(page: &Page) -> String {
    format!("{}index.html", page.url)
}

/// The files written for a leaflet page: the page and the QR code of its address.
pub fn page_files(page: &Page) -> [String; 2] {
    [page_file(page), qr_file(&page.url)]
}

/// The output path of the QR code of the page at `url` (a folder's path from the root).
fn qr_file(url: &str) -> String {
    format!("{url}{}", crate::qr::FILE_NAME)
}

/// Writes the QR code of the page at `url` (its path from the root) beside it, for printed
/// copies to lead back to the page's own address. An address too long for a QR code is a
/// warning: the printout then shows the address only.
fn write_qr(
    renderer: &Renderer<'_>,
    url: &str,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Diagnostic> {
    let address = renderer.site.absolute(url);
    let too_long = || {
        Diagnostic::warning(format!(
            "the address `{address}` is too long for a QR code, so its printed page shows the address only"
        ))
        .with_help("shorten the page's slug or the site's base_url")
    };
    if sink.discards() {
        // `check` keeps no file: whether the code can be made is all it needs to know.
        return Ok(if crate::qr::fits(&address) {
            Vec::new()
        } else {
            vec![too_long()]
        });
    }
    match crate::qr::svg(&address) {
        Some(svg) => {
            sink.write_owned(&qr_file(url), svg.into_bytes())
                .map_err(output_diagnostic)?;
            Ok(Vec::new())
        }
        None => Ok(vec![too_long()]),
    }
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
            let (html, mut found) =
                Timings::measure(&timings.render_nanos, || renderer.leaflet(page))?;
            Timings::measure(&timings.write_nanos, || {
                sink.write_owned(&page_file(page), html.into_bytes())
                    .map_err(output_diagnostic)?;
                found.extend(write_qr(renderer, &page.url, sink)?);
                Ok::<_, Diagnostic>(())
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
    /// The language picker and `404.html`, which show no leaflet's text, only how many are
    /// translated into each language.
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
            let (html, mut found) = renderer.home(&language.code)?;
            write(
                sink,
                &format!("{}/index.html", language.code),
                html.as_bytes(),
            )?;
            found.extend(write_qr(renderer, &format!("{}/", language.code), sink)?);
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
        match crate::today::today() {
            Ok(today) => results.par_extend(site.config.languages.par_iter().map(|language| {
                let (html, found) = renderer.quality(&language.code, today)?;
                write(
                    sink,
                    &format!("quality/{}/index.html", language.code),
                    html.as_bytes(),
                )?;
                Ok(found)
            })),
            Err(error) => results.push(Err(Diagnostic::error(error.to_string()).with_help(
                "set SOURCE_DATE_EPOCH to whole seconds since 1970-01-01 UTC (`date +%s`), or unset it to use today's date",
            ))),
        }
    }
    if which.status {
        const FILE: &str = "translation-status/index.html";
        results.push(
            sink.writer(FILE)
                .map_err(output_diagnostic)
                .and_then(|mut out| {
                    renderer.translation_status(FILE, &mut out)?;
                    out.flush().map_err(|error| {
                        Diagnostic::error(format!("cannot write {FILE}: {error}"))
                    })?;
                    Ok(Vec::new())
                }),
        );
    }
    collect(results, diagnostics);
    if which.sitemap
        && let Err(error) = write_sitemap(renderer, sink)
    {
        diagnostics.push(error);
    }
}

/// Writes the search page and index files (`<lang>/search/`) of every language `only` accepts,
/// one language after another, so only one language's index is held at a time. `check`, which
/// keeps no file, renders the pages only, with their A to Z lists.
pub fn write_search(
    renderer: &Renderer<'_>,
    sink: &dyn Sink,
    diagnostics: &mut Diagnostics,
    only: &dyn Fn(&str) -> bool,
) {
    for language in &renderer.site.config.languages {
        let lang = language.code.as_str();
        if !only(lang) {
            continue;
        }
        let pages = renderer.indexed_pages(lang);
        let folder = super::search::page_url(lang);
        let write_file = |name: &str, content: String| {
            sink.write_owned(&format!("{folder}{name}"), content.into_bytes())
                .map_err(output_diagnostic)
        };
        // `check` keeps no file: it needs only the page's A to Z list.
        let topics = if sink.discards() {
            crate::search::topics_only(renderer.site, lang, &pages)
        } else {
            crate::search::build(renderer.site, lang, &pages, &write_file)
        };
        let written = topics.and_then(|topics| {
            let (html, found) = renderer.search(lang, &topics)?;
            write(sink, &format!("{folder}index.html"), html.as_bytes())?;
            Ok(found)
        });
        match written {
            Ok(found) => diagnostics.extend(found),
            Err(error) => diagnostics.push(error),
        }
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

/// Streams the sitemap into its file: it is tens of megabytes on a large site.
fn write_sitemap(renderer: &Renderer<'_>, sink: &dyn Sink) -> Result<(), Diagnostic> {
    let mut out = sink.writer("sitemap.xml").map_err(output_diagnostic)?;
    crate::sitemap::write(renderer.site, &mut out)
        .and_then(|()| out.flush())
        .map_err(|error| Diagnostic::error(format!("cannot write sitemap.xml: {error}")))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::{Project, Settings};

    /// A disk that is full: every write fails with ENOSPC, and the attempts are counted.
    #[derive(Default)]
    struct FullDisk {
        attempts: AtomicUsize,
    }

    impl Sink for FullDisk {
        fn write(&self, path: &str, _bytes: &[u8]) -> Result<(), OutputError> {
            self.attempts.fetch_add(1, Ordering::Relaxed);
            Err(OutputError::Io {
                path: path.into(),
                source: io::Error::from(io::ErrorKind::StorageFull),
            })
        }

        fn writer(&self, path: &str) -> Result<Box<dyn io::Write + '_>, OutputError> {
            self.write(path, &[])
                .map(|()| -> Box<dyn io::Write> { Box::new(io::sink()) })
        }
    }

    /// Issue 21, row 14: a full disk printed one error per file (149 lines); now it is one.
    #[test]
    fn a_full_disk_is_one_error() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/build/multilingual");
        let project = Project::open(&root, Settings::default()).unwrap();
        let mut timings = crate::timings::Timings::start();
        let mut diagnostics = Diagnostics::new();
        let site = project
            .load(&mut timings, &mut diagnostics)
            .unwrap()
            .unwrap();
        let compiled = project.compile(&site, &mut diagnostics).unwrap();
        assert!(!diagnostics.has_errors());
        let disk = FullDisk::default();
        project.render(&site, &compiled, &disk, &timings, &mut diagnostics);
        let errors: Vec<Diagnostic> = diagnostics
            .into_sorted()
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0]
                .message
                .starts_with("the disk is full: cannot write"),
            "{}",
            errors[0]
        );
        assert!(
            errors[0]
                .help
                .as_deref()
                .unwrap_or_default()
                .contains("free some disk space")
        );
        // Writes in flight on other threads may fail too, but the rest are not attempted.
        let attempts = disk.attempts.into_inner();
        assert!(
            attempts <= rayon::current_num_threads() + 1,
            "{attempts} writes attempted"
        );
    }
}
