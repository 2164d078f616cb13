//! `leafpress build`: run the pipeline and report.

use crate::cli::BuildArgs;
use crate::{BuildOptions, BuildReport, build};

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Builds the site and prints every problem and a one-line summary.
pub fn run(args: &BuildArgs, reporter: &Reporter) -> u8 {
    let options = BuildOptions {
        root: args.root.clone(),
        output: args.output.clone(),
        base_url: args.base_url.clone(),
        portable: args.portable,
        drafts: args.drafts,
    };
    let report = match build_reporting(&options, reporter) {
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

/// Builds the site and prints its diagnostics; the error is the exit code when it could not
/// run at all (the error was printed too).
pub fn build_reporting(options: &BuildOptions, reporter: &Reporter) -> Result<BuildReport, u8> {
    let report = build(options).map_err(|error| {
        reporter.fatal(&error.to_string(), error.help());
        EXIT_CANNOT_RUN
    })?;
    reporter.diagnostics(&report.diagnostics);
    Ok(report)
}
