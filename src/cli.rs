//! The command line, declared with clap's derive API. Doc comments here are the `--help` text,
//! and the shell completions and the man page are generated from these definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// leafpress builds multilingual patient-information leaflet sites: Markdown leaflets with
/// YAML front matter, Fluent UI strings and Tera templates, to static HTML that works on any
/// host, offline, and without JavaScript.
#[derive(Debug, Parser)]
#[command(name = "leafpress", version, propagate_version = true)]
#[command(
    after_help = "Start a new site:  leafpress init my-site --languages en,fr\n\
Build it:          leafpress build --root my-site\n\
Exit codes: 0 ok, 1 problems found in the input, 2 could not run."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print only errors and warnings.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more about what is done.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// When to colour the output: on a terminal (`auto`, which also respects NO_COLOR),
    /// `always` or `never`.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl Cli {
    /// Parses `args` (the program name first), adding a tip to an unknown argument that other
    /// tools spell differently: `status --json` is `status --format json` here. Errors keep
    /// clap's exit code 2.
    pub fn parse_with_tips<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        Cli::try_parse_from(args).map_err(with_tips)
    }
}

/// Adds `tip: ...` to an unknown `--json` or `--sarif` of a command that has `--format`.
fn with_tips(mut error: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if error.kind() != ErrorKind::UnknownArgument {
        return error;
    }
    let Some(ContextValue::String(argument)) = error.get(ContextKind::InvalidArg) else {
        return error;
    };
    let flag = argument.split('=').next().unwrap_or_default();
    let format = match flag {
        "--json" => "json",
        "--sarif" => "sarif",
        _ => return error,
    };
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => usage.to_string(),
        _ => String::new(),
    };
    let offers = |command: &str| usage.contains(&format!("leafpress {command} "));
    let has_format = offers("check") || (offers("status") && format == "json");
    if has_format {
        let tip = format!("the report format is an option: use '--format {format}'");
        error.insert(
            ContextKind::Suggested,
            ContextValue::StyledStrs(vec![tip.into()]),
        );
    }
    error
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// How much to print, from the global flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors and warnings only.
    Quiet,
    /// Errors, warnings and a one-line summary.
    Normal,
    /// Also what each step did.
    Verbose,
}

impl Cli {
    /// The verbosity the flags ask for.
    pub fn verbosity(&self) -> Verbosity {
        if self.quiet {
            Verbosity::Quiet
        } else if self.verbose {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        }
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into a folder of static files.
    ///
    /// Example: leafpress build --root my-site --output public --base-url https://example.org/guide/
    Build(BuildArgs),
    /// Preview the site: build it in memory, serve it on this computer, and rebuild what each
    /// saved change affects; open pages reload by themselves.
    ///
    /// Example: leafpress serve --port 1111 --open
    Serve(ServeArgs),
    /// Check every leaflet in every language against health-information quality standards:
    /// links, review dates, sources, plain language, accessible markup, translation consistency.
    ///
    /// Example: leafpress check --format sarif > leafpress.sarif
    Check(CheckArgs),
    /// Show translators which translations are missing or out of date, and stamp translations
    /// as made from the current source.
    ///
    /// Example: leafpress status --stamp pl/side-effects
    Status(StatusArgs),
    /// Print leaflets to PDF (A4; the alert card at bank-card size) with a local Chromium or
    /// Chrome, for clinics that hand out paper.
    ///
    /// Example: leafpress pdf en/alert-card de/side-effects --output pdf
    Pdf(PdfArgs),
    /// Create a new site with example leaflets, ready to build.
    ///
    /// Example: leafpress init my-site --languages en,fr
    Init(InitArgs),
    /// Add a language or a leaflet to a site.
    ///
    /// Example: leafpress new locale pl
    New {
        /// What to add.
        #[command(subcommand)]
        command: NewCommand,
    },
    /// Exchange translations with CAT tools as XLIFF 2.0.
    ///
    /// Example: leafpress xliff export --lang pl --output pl.xlf
    Xliff {
        /// Export or import.
        #[command(subcommand)]
        command: XliffCommand,
    },
    /// Work with the theme: copy the embedded default theme into the site to change it.
    ///
    /// Example: leafpress theme eject --template base.html
    Theme {
        /// What to do with the theme.
        #[command(subcommand)]
        command: ThemeCommand,
    },
    /// Print shell completions.
    ///
    /// Example: leafpress completions bash > /etc/bash_completion.d/leafpress
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    ///
    /// Example: leafpress man > leafpress.1 && man ./leafpress.1
    Man,
}

/// Options of `leafpress build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The site folder, which holds site.yaml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the site, relative to the site folder. Replaced on every successful build;
    /// leafpress refuses to replace a non-empty folder it did not make.
    #[arg(long, short, default_value = "public")]
    pub output: PathBuf,
    /// The absolute URL the site will be published at; overrides site.yaml's base_url. Only
    /// the sitemap, canonical and hreflang links use it: other links are relative.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Make links end in index.html so the site works opened from disk (file://), e.g. from a
    /// USB stick on an offline computer.
    #[arg(long)]
    pub portable: bool,
    /// Include leaflets marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Print how long each stage of the build took.
    #[arg(long)]
    pub timings: bool,
}

/// Options of `leafpress serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The site folder, which holds site.yaml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on. Anything but a loopback address shows the unpublished site to
    /// the network.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Include leaflets marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

/// Options of `leafpress check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The site folder, which holds site.yaml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The report format: `human` on standard error; `json` or `sarif` on standard output.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Fail (exit 1) on warnings too: `--deny warnings`.
    #[arg(long, value_parser = ["warnings"])]
    pub deny: Option<String>,
    /// Compare review dates with this date (YYYY-MM-DD) instead of today.
    #[arg(long)]
    pub today: Option<String>,
    /// Also request every http(s) link and source URL (a few at a time, answers cached in
    /// .leafpress/link-cache.json). Off by default: checks work offline.
    #[arg(long)]
    pub external: bool,
    /// List every check with its id, and exit.
    #[arg(long)]
    pub list: bool,
    /// Print how long each stage took.
    #[arg(long)]
    pub timings: bool,
}

/// `check`'s report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics and a per-language summary, for people.
    Human,
    /// JSON (`leafpress-check/1`), for scripts and dashboards.
    Json,
    /// SARIF 2.1.0, for code hosts' pull-request annotations.
    Sarif,
}

/// Options of `leafpress status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The site folder, which holds site.yaml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The report format: `human` (a table) or `json` (`leafpress-status/2`).
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub format: StatusFormat,
    /// Exit 1 when a language has fewer current words than this percentage of the source.
    #[arg(long, value_name = "PERCENT")]
    pub fail_under: Option<f64>,
    /// Record that a translation (`pl/side-effects`) or every translation of a language (`pl`)
    /// was made from the current source; edits only the `translation_of:` line.
    #[arg(long, value_name = "LANG[/PATH]", conflicts_with = "diff")]
    pub stamp: Option<String>,
    /// Show what changed in the source since the version a translation (`pl/side-effects`)
    /// was made from.
    #[arg(long, value_name = "LANG/PATH")]
    pub diff: Option<String>,
}

/// `status`'s report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table for people.
    Human,
    /// JSON (`leafpress-status/2`), for scripts and dashboards.
    Json,
}

/// Options of `leafpress pdf`.
#[derive(Debug, Args)]
pub struct PdfArgs {
    /// The pages to print: `<lang>/<path>` for one leaflet (`pl/side-effects`, `de/index` for a
    /// home page), or `<lang>` for every page of a language.
    #[arg(value_name = "LANG[/PATH]", required_unless_present = "all")]
    pub pages: Vec<String>,
    /// Print every page of every language (with `--booklet`: a booklet per language).
    #[arg(long, conflicts_with = "pages")]
    pub all: bool,
    /// Print each language named (`leafpress pdf --booklet en ar`) as one booklet: a cover with
    /// the guide's web address and QR code, the contents with page numbers, then every leaflet
    /// translated into it, into `<output>/<lang>/booklet.pdf`.
    #[arg(long)]
    pub booklet: bool,
    /// The site folder, which holds site.yaml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the PDFs, relative to the site folder: `<output>/<lang>/<page>.pdf`.
    #[arg(long, short, default_value = "pdf")]
    pub output: PathBuf,
    /// The Chromium or Chrome to print with; by default LEAFPRESS_CHROMIUM, then `chromium`,
    /// `chromium-browser`, `google-chrome` or `chrome` on PATH.
    #[arg(long, value_name = "PATH")]
    pub chromium: Option<PathBuf>,
}

/// Options of `leafpress init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the site in; created when missing.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The site's languages, the first being the one leaflets are written in first.
    #[arg(long, value_delimiter = ',', default_value = "en,fr")]
    pub languages: Vec<String>,
    /// Also write into a folder that is not empty. Existing files are never overwritten.
    #[arg(long)]
    pub force: bool,
}

/// `leafpress new` commands.
#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Add a language: validates the code, adds it to site.yaml (keeping its comments and
    /// layout), writes locales/<code>/main.ftl with the site's own messages to translate (and
    /// the theme's, when the theme has no text in that language), and lists the leaflets to
    /// translate first.
    ///
    /// Example: leafpress new locale pt-BR --name "Português (Brasil)"
    Locale {
        /// The BCP 47 language code, e.g. `pl` or `pt-BR`.
        code: String,
        /// The language's own name, shown in the language picker (known for common languages).
        #[arg(long)]
        name: Option<String>,
        /// The site folder, which holds site.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Add a leaflet in the default language, with every front matter field to fill in. It is
    /// a draft until you set `draft: false`.
    ///
    /// Example: leafpress new leaflet living-with-treatment
    Leaflet {
        /// The leaflet's path under the language folder, without `.md`, e.g. `side-effects`.
        path: String,
        /// The site folder, which holds site.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// `leafpress xliff` commands.
#[derive(Debug, Subcommand)]
pub enum XliffCommand {
    /// Write the home page and the leaflets a language still needs (missing, outdated or of
    /// unknown age) as XLIFF: one unit per title, summary, paragraph, heading, list item and
    /// table cell, links and emphasis as tags, and an existing translation as targets.
    Export {
        /// The target language.
        #[arg(long)]
        lang: String,
        /// Export every leaflet, not only those that need work.
        #[arg(long)]
        all: bool,
        /// Write to this file, relative to the site folder (as `build --output` is), instead of
        /// standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
        /// The XLIFF version to write: 2.0, or 1.2 for CAT tools that read it better.
        #[arg(long, value_enum, default_value = "2.0")]
        xliff_version: XliffVersion,
        /// The site folder, which holds site.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write the translations of an XLIFF 2.0 or 1.2 file as leaflets of its target language, keeping
    /// the source's Markdown structure, links and front matter.
    Import {
        /// The XLIFF file, from the current folder (not the site folder).
        file: PathBuf,
        /// Replace translations that exist (otherwise they are left as they are).
        #[arg(long)]
        force: bool,
        /// The site folder, which holds site.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// An XLIFF version `xliff export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum XliffVersion {
    /// XLIFF 1.2.
    #[value(name = "1.2")]
    V1_2,
    /// XLIFF 2.0.
    #[value(name = "2.0")]
    V2_0,
}

impl From<XliffVersion> for crate::xliff::Version {
    fn from(version: XliffVersion) -> Self {
        match version {
            XliffVersion::V1_2 => crate::xliff::Version::V1_2,
            XliffVersion::V2_0 => crate::xliff::Version::V2_0,
        }
    }
}

/// `leafpress theme` commands.
#[derive(Debug, Subcommand)]
pub enum ThemeCommand {
    /// Copy the embedded default theme (or one template) into themes/default/ for changing it.
    /// Files that already exist there are never overwritten.
    Eject {
        /// The site folder, which holds site.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only this template, e.g. `base.html`.
        #[arg(long)]
        template: Option<String>,
    },
}
