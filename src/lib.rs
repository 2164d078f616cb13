//! leafpress: a static site generator for multilingual patient-information leaflets.
//!
//! The build is a pipeline, and [`Project`] is the one way through it: every command (build,
//! serve, check, status, new, xliff, pdf, init) opens a project and calls its stages, each a
//! module, in this order:
//!
//! ```text
//! site.yaml ──► config ─┐
//! content/  ──► content::discover ──► content::front_matter ──► site ──► render ──► output
//! locales/  ──► i18n ──────────────────────────────────────────────┘      ▲
//! themes/   ──► theme (embedded default + site overrides) ─────────────────┘
//! ```
//!
//! [`Project::open`] makes the site's root canonical once; inside, paths are [`paths::SitePath`]s
//! relative to it. Stages never print: they return values and push
//! [`diagnostics::Diagnostic`]s, so that every problem of a run is reported, and the output is
//! replaced only when there was no error. `serve` keeps the stages' results in memory and runs
//! them again for what a change affects ([`serve`]).

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
pub mod paths;
pub mod pdf;
pub mod qr;
pub mod readability;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod sitemap;
pub mod static_files;
pub mod theme;
pub mod timings;
pub mod today;
pub mod translation;
pub mod url;
pub mod xliff;
pub mod yaml;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use thiserror::Error;

use config::Config;
use content::{Leaflet, SourceFile};
use diagnostics::{Diagnostic, Diagnostics};
use i18n::FluentFile;
use output::{Output, OutputError, Sink};
use paths::SiteRoot;
use render::{MarkdownProblems, Renderer};
use site::Site;
use static_files::StaticFiles;
use theme::ThemeFiles;
use timings::Timings;
use url::UrlStyle;

/// How a project's site is read and linked: the settings every stage shares.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Include leaflets marked `draft: true`.
    pub drafts: bool,
    /// Directory links, or `index.html` links that work from `file://`.
    pub url_style: UrlStyle,
    /// Publishing: a `base_url` that is not an absolute http(s) address (and no `base_url`
    /// override) is an error rather than a warning, since it would reach the sitemap and the
    /// canonical and hreflang links of a published site.
    pub require_base_url: bool,
    /// Let each leaflet's text go once its front matter is read, and read it again for the page
    /// that shows it ([`content::Leaflet::release_text`]): what a build does, so that its memory
    /// does not grow with the size of the site. Commands that go back to the texts (`check`,
    /// `serve`, `status`) keep them.
    pub release_texts: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            base_url: None,
            drafts: false,
            url_style: UrlStyle::Directory,
            require_base_url: false,
            release_texts: false,
        }
    }
}

/// A site on disk and the settings to read it with: the pipeline's stages as methods.
#[derive(Debug, Clone)]
pub struct Project {
    root: SiteRoot,
    settings: Settings,
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

/// Why a command could not run at all (as opposed to problems in the input).
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

/// What rendering needs besides the site model: the compiled theme, the Fluent bundles and the
/// static files.
pub struct Compiled {
    /// The theme, its templates compiled with the `t` function registered.
    pub theme: theme::Theme,
    /// The Fluent bundles.
    pub i18n: Arc<i18n::I18n>,
    /// The theme's and the site's static files, by their path in the output.
    pub static_files: StaticFiles,
}

/// The theme's files and the site's Fluent files, read but not compiled: what `compile` builds
/// from, and what `status` and `new locale` compare.
pub struct MessageSources {
    /// The theme (embedded default plus the site's overrides); `None` when it has errors.
    pub theme: Option<ThemeFiles>,
    /// The site's own `locales/<lang>/*.ftl`.
    pub site_locales: Vec<FluentFile>,
}

impl Project {
    /// Opens the site in `root` (relative to the working folder, or absolute, or through a
    /// link): the root is made canonical here, once.
    pub fn open(root: &Path, settings: Settings) -> Result<Project, BuildError> {
        let root = SiteRoot::open(root).map_err(|_| BuildError::NoSite(root.to_path_buf()))?;
        if !root.join("site.yaml").is_file() {
            return Err(BuildError::NoSite(root.path().to_path_buf()));
        }
        Ok(Project { root, settings })
    }

    /// The site's canonical root.
    pub fn root(&self) -> &SiteRoot {
        &self.root
    }

    /// The settings the project was opened with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Stage 1: `site.yaml`, validated, with `--base-url` applied. `None` when it has errors.
    pub fn config(&self, diagnostics: &mut Diagnostics) -> Result<Option<Config>, BuildError> {
        let text = std::fs::read_to_string(self.root.join("site.yaml"))
            .map_err(|_| BuildError::NoSite(self.root.path().to_path_buf()))?;
        let Some(mut config) = config::parse(&text, Path::new("site.yaml"), diagnostics) else {
            return Ok(None);
        };
        if let Some(base_url) = &self.settings.base_url {
            config.base_url = format!("{}/", base_url.trim_end_matches('/'));
        }
        if self.settings.base_url.is_none() && !config::is_absolute_http(&config.base_url) {
            diagnostics.push(self.base_url_problem(&text));
        }
        Ok(Some(config))
    }

    /// The problem of a `base_url` that is not an absolute http(s) address, at its line: an
    /// error when publishing ([`Settings::require_base_url`]), else a warning.
    fn base_url_problem(&self, text: &str) -> Diagnostic {
        let message = "`base_url` is not an absolute http or https address, so the sitemap, canonical and hreflang links would not be full URLs";
        let diagnostic = if self.settings.require_base_url {
            Diagnostic::error(message)
        } else {
            Diagnostic::warning(message)
        };
        let diagnostic = diagnostic.in_file("site.yaml").with_help(
            "add `base_url: https://your.host/path/` to site.yaml, or pass `--base-url`",
        );
        match yaml::top_level_keys(text)
            .iter()
            .find(|k| k.name == "base_url")
        {
            Some(key) => diagnostic.at_offset(text, key.offset),
            None => diagnostic,
        }
    }

    /// Stage 2: every leaflet source under `content/`, read.
    pub fn discover(&self, config: &Config, diagnostics: &mut Diagnostics) -> Vec<SourceFile> {
        content::discover(&self.root, config, diagnostics)
    }

    /// Stage 3: front matter, in parallel; drafts left out unless the settings include them.
    pub fn parse(&self, files: Vec<SourceFile>, diagnostics: &mut Diagnostics) -> Vec<Leaflet> {
        content::parse_all(files, self.settings.drafts, diagnostics)
    }

    /// Stage 4: the site model.
    pub fn model(
        &self,
        config: Config,
        leaflets: Vec<Leaflet>,
        diagnostics: &mut Diagnostics,
    ) -> Site {
        Site::new(config, leaflets, self.settings.url_style, diagnostics)
    }

    /// Stages 1 to 4: reads the site into its model. `Ok(None)` when the configuration has
    /// errors (they are in `diagnostics`); leaflets with errors are left out and reported.
    pub fn load(
        &self,
        timings: &mut Timings,
        diagnostics: &mut Diagnostics,
    ) -> Result<Option<Site>, BuildError> {
        let Some(config) = self.config(diagnostics)? else {
            return Ok(None);
        };
        timings.lap("config");
        let found = content::discover::walk(&self.root, &config, diagnostics);
        timings.lap("discover");
        let (leaflets, unparsed) = content::read_all(
            &self.root,
            found,
            self.settings.drafts,
            self.settings.release_texts,
            diagnostics,
        );
        timings.lap("read+parse");
        let mut site = self.model(config, leaflets, diagnostics);
        site.unparsed = unparsed;
        timings.lap("site model");
        Ok(Some(site))
    }

    /// Reads the theme and the site's Fluent files: the one loader of both.
    pub fn messages(&self, config: &Config, diagnostics: &mut Diagnostics) -> MessageSources {
        MessageSources {
            site_locales: i18n::read_site_locales(&self.root, config, diagnostics),
            theme: ThemeFiles::read(
                &self.root,
                &config.theme,
                config.allow_links_outside,
                diagnostics,
            ),
        }
    }

    /// Stage 5a: compiles the theme with the Fluent bundles, and lists the static files.
    /// `None` when the theme has errors (they are in `diagnostics`).
    pub fn compile(&self, site: &Site, diagnostics: &mut Diagnostics) -> Option<Compiled> {
        let MessageSources {
            theme,
            site_locales,
        } = self.messages(&site.config, diagnostics);
        let theme_locales = theme
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
            theme.and_then(|files| files.compile(&|tera| i18n.register(tera), diagnostics))?;
        let static_files = StaticFiles::collect(
            &self.root,
            &theme.static_files,
            site.config.allow_links_outside,
            diagnostics,
        );
        Some(Compiled {
            theme,
            i18n,
            static_files,
        })
    }

    /// Stage 5b: renders every page, the static files and the sitemap into `sink`, each
    /// leaflet's Markdown problems reported from its own page. Returns the number of pages per
    /// language.
    pub fn render(
        &self,
        site: &Site,
        compiled: &Compiled,
        sink: &dyn Sink,
        timings: &Timings,
        diagnostics: &mut Diagnostics,
    ) -> Vec<(String, usize)> {
        let problems = MarkdownProblems::OwnPage;
        self.render_with(site, compiled, problems, sink, timings, diagnostics)
    }

    /// [`Project::render`], with the pages that report Markdown problems chosen (`check` asks
    /// for every page, fallback copies included).
    pub fn render_with(
        &self,
        site: &Site,
        compiled: &Compiled,
        markdown_problems: MarkdownProblems,
        sink: &dyn Sink,
        timings: &Timings,
        diagnostics: &mut Diagnostics,
    ) -> Vec<(String, usize)> {
        let mut renderer = Renderer::new(site, compiled);
        renderer.markdown_problems = markdown_problems;
        render::site::write_all(
            &renderer,
            &compiled.static_files,
            &self.root,
            sink,
            timings,
            diagnostics,
        );
        diagnostics.extend(compiled.i18n.take_problems());
        site.config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.pages_of(&l.code).count()))
            .collect()
    }

    /// The whole pipeline into a folder (`output`, relative to the root unless absolute),
    /// replaced atomically, and only when there was no error.
    pub fn build(&self, output: &Path) -> Result<BuildReport, BuildError> {
        let mut timings = Timings::start();
        let mut diagnostics = Diagnostics::new();
        let Some(site) = self.load(&mut timings, &mut diagnostics)? else {
            return Ok(report(diagnostics, Vec::new(), None, timings));
        };
        self.write(&site, output, timings, diagnostics)
    }

    /// Stages 5 and 6 for a site already read: compiles, renders and replaces `output` (relative
    /// to the root unless absolute) atomically, only when there was no error. `diagnostics`
    /// holds what reading the site found, and counts as this build's.
    pub fn write(
        &self,
        site: &Site,
        output: &Path,
        mut timings: Timings,
        mut diagnostics: Diagnostics,
    ) -> Result<BuildReport, BuildError> {
        let output = Output::prepare(self.root.path(), &self.root.join(output))?;
        let pages = match self.compile(site, &mut diagnostics) {
            Some(compiled) => {
                timings.lap("theme+i18n");
                let pages = self.render(site, &compiled, &output, &timings, &mut diagnostics);
                timings.lap("render+write");
                pages
            }
            None => Vec::new(),
        };
        if diagnostics.has_errors() {
            output.abandon();
            return Ok(report(diagnostics, Vec::new(), None, timings));
        }
        let written = output.commit()?;
        timings.lap("swap output");
        Ok(report(diagnostics, pages, Some(written), timings))
    }
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
