//! leafpress: a static site generator for multilingual patient-information leaflets.
//!
//! The build is a pipeline; [`build`] chains its stages in order, each a module:
//!
//! ```text
//! site.yaml ──► config ─┐
//! content/  ──► content::discover ──► content::front_matter ──► site ──► render ──► output
//! locales/  ──► i18n ──────────────────────────────────────────────┘      ▲
//! themes/   ──► theme (embedded default + site overrides) ─────────────────┘
//! ```
//!
//! Stages never print: they return values and push [`diagnostics::Diagnostic`]s, so that every
//! problem of a run is reported, and the output is replaced only when there was no error.

#![deny(missing_docs)]
// A `Diagnostic` is large (path, line text, message, help) and is the error type of many
// stages. Errors are rare and reported once; boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod edit;
pub mod i18n;
pub mod lang;
pub mod markdown;
pub mod output;
pub mod pdf;
pub mod readability;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod sitemap;
pub mod theme;
pub mod timings;
pub mod translation;
pub mod url;
pub mod xliff;
pub mod yaml;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use thiserror::Error;
use walkdir::WalkDir;

use diagnostics::{Diagnostic, Diagnostics};
use output::{Output, OutputError, Sink};
use render::{MarkdownProblems, Renderer};
use site::Site;
use theme::ThemeFiles;
use timings::Timings;
use url::UrlStyle;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (with `site.yaml`).
    pub root: PathBuf,
    /// Where to write the site; relative paths are relative to `root`.
    pub output: PathBuf,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Write links that work from `file://` (directory links end in `index.html`).
    pub portable: bool,
    /// Include leaflets marked `draft: true`.
    pub drafts: bool,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Every problem found, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Pages written per language, in `site.yaml` order (empty when the build failed).
    pub pages: Vec<(String, usize)>,
    /// The output folder, when it was replaced.
    pub output: Option<PathBuf>,
    /// How long the build took, stage by stage.
    pub timings: Timings,
}

impl BuildReport {
    /// True when no error was found (warnings allowed).
    pub fn succeeded(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Why a build could not run at all (as opposed to problems in the input).
#[derive(Debug, Error)]
pub enum BuildError {
    /// No `site.yaml` in the root.
    #[error("no site.yaml in `{0}`")]
    NoSite(PathBuf),
    /// The output folder cannot be used.
    #[error(transparent)]
    Output(#[from] OutputError),
}

impl BuildError {
    /// The sentence that tells the user what to do.
    pub fn help(&self) -> &'static str {
        match self {
            BuildError::NoSite(_) => {
                "run leafpress in the site's folder, or pass `--root path/to/site`"
            }
            BuildError::Output(error) => error.help(),
        }
    }
}

/// Reads a site: `site.yaml`, then every leaflet, into the site model. Returns `Ok(None)` when
/// the configuration has errors (they are in `diagnostics`), and an error when there is no
/// site at all. Shared by every command that reads a site.
pub fn load_site(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    style: UrlStyle,
    timings: &mut Timings,
    diagnostics: &mut Diagnostics,
) -> Result<Option<Site>, BuildError> {
    let text = fs::read_to_string(root.join("site.yaml"))
        .map_err(|_| BuildError::NoSite(root.to_path_buf()))?;
    let Some(mut config) = config::parse(&text, Path::new("site.yaml"), diagnostics) else {
        return Ok(None);
    };
    if let Some(base_url) = base_url {
        config.base_url = format!("{}/", base_url.trim_end_matches('/'));
    }
    if !config.base_url.contains("://") {
        diagnostics.push(
            Diagnostic::warning("there is no absolute `base_url`, so the sitemap, canonical and hreflang links are not full URLs")
                .in_file("site.yaml")
                .with_help("add `base_url: https://your.host/path/` to site.yaml, or pass `--base-url`"),
        );
    }
    timings.lap("config");
    let files = content::discover(root, &config, diagnostics);
    timings.lap("discover");
    let leaflets = content::parse_all(files, drafts, diagnostics);
    timings.lap("parse");
    let site = Site::new(config, leaflets, style, diagnostics);
    timings.lap("site model");
    Ok(Some(site))
}

/// Builds the site: config → discover → parse → site model → theme and Fluent → render → output.
pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let mut timings = Timings::start();
    let root = &options.root;
    let mut diagnostics = Diagnostics::new();
    let style = if options.portable {
        UrlStyle::Portable
    } else {
        UrlStyle::Directory
    };
    let loaded = load_site(
        root,
        options.base_url.as_deref(),
        options.drafts,
        style,
        &mut timings,
        &mut diagnostics,
    )?;
    let Some(site) = loaded else {
        return Ok(report(diagnostics, Vec::new(), None, timings));
    };
    let output = Output::prepare(root, &root.join(&options.output))?;
    let problems = MarkdownProblems::OwnPage;
    let pages = render_site(
        root,
        &site,
        &output,
        problems,
        &mut timings,
        &mut diagnostics,
    );
    if diagnostics.has_errors() {
        output.abandon();
        return Ok(report(diagnostics, Vec::new(), None, timings));
    }
    let written = output.commit()?;
    timings.lap("swap output");
    Ok(report(diagnostics, pages, Some(written), timings))
}

/// What rendering needs besides the site model: the compiled theme and the Fluent bundles.
pub struct Compiled {
    /// The theme, its templates compiled with the `t` function registered.
    pub theme: theme::Theme,
    /// The Fluent bundles.
    pub i18n: Arc<i18n::I18n>,
}

/// Reads and compiles the theme and the Fluent files of a site. `None` when the theme has
/// errors (they are in `diagnostics`).
pub fn compile(root: &Path, site: &Site, diagnostics: &mut Diagnostics) -> Option<Compiled> {
    let site_locales = i18n::read_site_locales(root, &site.config, diagnostics);
    let theme_files = ThemeFiles::read(root, &site.config.theme, diagnostics);
    let theme_locales = theme_files
        .as_ref()
        .map(|t| t.locales.as_slice())
        .unwrap_or_default();
    let i18n = Arc::new(i18n::I18n::new(
        &site.config,
        theme_locales,
        &site_locales,
        diagnostics,
    ));
    let theme =
        theme_files.and_then(|files| files.compile(&|tera| i18n.register(tera), diagnostics))?;
    Some(Compiled { theme, i18n })
}

/// Compiles the theme and the Fluent bundles, then renders every page of `site` into `sink`,
/// with the static files and the sitemap; `markdown_problems` says which pages report the
/// problems of their Markdown. Returns the number of pages per language.
pub fn render_site(
    root: &Path,
    site: &Site,
    sink: &dyn Sink,
    markdown_problems: MarkdownProblems,
    timings: &mut Timings,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, usize)> {
    let Some(compiled) = compile(root, site, diagnostics) else {
        return Vec::new();
    };
    timings.lap("theme+i18n");
    let pages = render_with(
        root,
        site,
        &compiled,
        sink,
        markdown_problems,
        timings,
        diagnostics,
    );
    timings.lap("render+write");
    pages
}

/// Renders every page of `site` with an already compiled theme into `sink`, with the static
/// files and the sitemap; returns the number of pages per language and the static files' paths.
pub fn render_compiled(
    root: &Path,
    site: &Site,
    compiled: &Compiled,
    sink: &dyn Sink,
    timings: &Timings,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, usize)> {
    let problems = MarkdownProblems::OwnPage;
    render_with(root, site, compiled, sink, problems, timings, diagnostics)
}

fn render_with(
    root: &Path,
    site: &Site,
    compiled: &Compiled,
    sink: &dyn Sink,
    markdown_problems: MarkdownProblems,
    timings: &Timings,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, usize)> {
    let static_files = collect_static(root, &compiled.theme.static_files, diagnostics);
    let static_paths: HashSet<String> = static_files.keys().cloned().collect();
    let renderer = Renderer {
        site,
        theme: &compiled.theme,
        i18n: &compiled.i18n,
        static_paths: &static_paths,
        markdown_problems,
    };
    let pages = write_site(&renderer, &static_files, sink, timings, diagnostics);
    diagnostics.extend(compiled.i18n.take_problems());
    pages
}

fn report(
    diagnostics: Diagnostics,
    pages: Vec<(String, usize)>,
    output: Option<PathBuf>,
    timings: Timings,
) -> BuildReport {
    BuildReport {
        diagnostics: diagnostics.into_sorted(),
        pages,
        output,
        timings,
    }
}

/// A file to copy to the output: from the theme (bytes) or from the site's `static/` (a path).
pub enum StaticSource<'a> {
    /// A theme file's bytes.
    Theme(&'a [u8]),
    /// A file under the site's `static/`.
    Site(PathBuf),
}

/// The static files, keyed by their path in the output: the theme's, then the site's
/// `static/**` (which win).
pub fn collect_static<'a>(
    root: &Path,
    theme_static: &'a [theme::StaticFile],
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, StaticSource<'a>> {
    let mut files: BTreeMap<String, StaticSource<'a>> = theme_static
        .iter()
        .map(|f| (f.path.clone(), StaticSource::Theme(&f.bytes)))
        .collect();
    let folder = root.join("static");
    if folder.is_dir() {
        for entry in WalkDir::new(&folder).follow_links(true).sort_by_file_name() {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    let relative = entry.path().strip_prefix(&folder).unwrap_or(entry.path());
                    let key = relative.to_string_lossy().replace('\\', "/");
                    files.insert(key, StaticSource::Site(entry.into_path()));
                }
                Ok(_) => {}
                Err(error) => {
                    diagnostics.push(crate::content::discover::walk_error(root, &error));
                }
            }
        }
    }
    files
}

/// Renders and writes every page in parallel, then the static files and the sitemap. Returns
/// the number of pages per language. Problems are pushed in site order (leaflet pages, home
/// pages, then the other pages), whatever order the threads finish in.
fn write_site(
    renderer: &Renderer<'_>,
    static_files: &BTreeMap<String, StaticSource<'_>>,
    output: &dyn Sink,
    timings: &Timings,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, usize)> {
    let site = renderer.site;
    let mut results: Vec<Result<Vec<Diagnostic>, Diagnostic>> = site
        .pages
        .par_iter()
        .map(|page| {
            let (html, found) = Timings::measure(&timings.render_nanos, || renderer.leaflet(page))?;
            Timings::measure(&timings.write_nanos, || {
                write(output, &format!("{}index.html", page.url), html.as_bytes())
            })?;
            Ok(found)
        })
        .collect();
    results.par_extend(site.config.languages.par_iter().map(|language| {
        let (html, found) = renderer.home(&language.code)?;
        write(
            output,
            &format!("{}/index.html", language.code),
            html.as_bytes(),
        )?;
        Ok(found)
    }));
    results.push(renderer.languages().and_then(|(html, found)| {
        write(output, "index.html", html.as_bytes())?;
        Ok(found)
    }));
    if site.config.checks.report {
        let today = jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        results.par_extend(site.config.languages.par_iter().map(|language| {
            let (html, found) = renderer.quality(&language.code, today)?;
            write(
                output,
                &format!("quality/{}/index.html", language.code),
                html.as_bytes(),
            )?;
            Ok(found)
        }));
    }
    results.push(renderer.translation_status().and_then(|(html, found)| {
        write(output, "translation-status/index.html", html.as_bytes())?;
        Ok(found)
    }));
    results.push(renderer.not_found().and_then(|(html, found)| {
        write(output, "404.html", html.as_bytes())?;
        Ok(found)
    }));
    for result in results {
        match result {
            Ok(found) => diagnostics.extend(found),
            Err(error) => diagnostics.push(error),
        }
    }
    for (path, source) in static_files {
        let copied = match source {
            StaticSource::Theme(bytes) => write(output, path, bytes),
            StaticSource::Site(file) => fs::read(file)
                .map_err(|error| {
                    Diagnostic::error(format!("cannot read this file: {error}")).in_file(file)
                })
                .and_then(|bytes| write(output, path, &bytes)),
        };
        if let Err(error) = copied {
            diagnostics.push(error);
        }
    }
    if let Err(error) = write_sitemap(site, output) {
        diagnostics.push(error);
    }
    site.config
        .languages
        .iter()
        .map(|l| (l.code.clone(), site.pages_of(&l.code).count()))
        .collect()
}

fn write(output: &dyn Sink, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    output.write(path, bytes).map_err(output_diagnostic)
}

fn output_diagnostic(error: OutputError) -> Diagnostic {
    Diagnostic::error(error.to_string()).with_help(error.help())
}

fn write_sitemap(site: &Site, output: &dyn Sink) -> Result<(), Diagnostic> {
    let mut writer = output.writer("sitemap.xml").map_err(output_diagnostic)?;
    sitemap::write(site, &mut writer)
        .and_then(|()| writer.flush())
        .map_err(|error| Diagnostic::error(format!("cannot write sitemap.xml: {error}")))
}
