//! `leafpress build`: run the pipeline and report.

use std::path::Path;

use crate::cli::BuildArgs;
use crate::url::UrlStyle;
use crate::{BuildReport, Project, Settings};

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Builds the site and prints every problem and a one-line summary.
pub fn run(args: &BuildArgs, reporter: &Reporter) -> u8 {
    let settings = Settings {
        base_url: args.base_url.clone(),
        drafts: args.drafts,
        url_style: if args.portable {
            UrlStyle::Portable
        } else {
            UrlStyle::Directory
        },
        require_base_url: true,
        release_texts: true,
    };
    let project = match super::open_project(&args.root, settings, reporter) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let report = match build_reporting(&project, &args.output, reporter) {
        Ok(report) => report,
        Err(code) => return code,
    };
    let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = report.diagnostics.len() - errors;
    if !report.succeeded() {
        eprintln!(
            "build failed: {errors} error(s), {warnings} warning(s); the previous output was left as it was"
        );
        return EXIT_PROBLEMS;
    }
    let total: usize = report.pages.iter().map(|(_, n)| n).sum();
    let per_language: Vec<String> = report
        .pages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let output = report
        .output
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    reporter.info(&format!(
        "built {total} leaflet pages in {} languages into {output} in {} ms, {warnings} warning(s)",
        report.pages.len(),
        report.timings.total().as_millis()
    ));
    reporter.detail(&format!("pages per language: {}", per_language.join(", ")));
    if args.timings {
        eprint!("{}", report.timings);
    }
    EXIT_OK
}

/// Builds the site into `output` (relative to the site root unless absolute) and prints its
/// diagnostics; the error is the exit code when it could not run at all (printed too).
pub fn build_reporting(
    project: &Project,
    output: &Path,
    reporter: &Reporter,
) -> Result<BuildReport, u8> {
    let report = project.build(output).map_err(|error| {
        reporter.fatal(&error.to_string(), error.help());
        EXIT_CANNOT_RUN
    })?;
    reporter.diagnostics(&report.diagnostics);
    Ok(report)
}
