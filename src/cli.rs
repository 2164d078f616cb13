//! The command line, declared with clap's derive API. Doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// leafpress builds multilingual patient-information leaflet sites: Markdown leaflets with
/// YAML front matter, Fluent UI strings and Tera templates, to static HTML that works on any
/// host, offline, and without JavaScript.
#[derive(Debug, Parser)]
#[command(name = "leafpress", version, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into a folder of static files.
    ///
    /// Example: leafpress build --root my-site --output public --base-url https://example.org/guide/
    Build(BuildArgs),
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
    /// Print only errors and warnings, not the summary.
    #[arg(long, short)]
    pub quiet: bool,
}
