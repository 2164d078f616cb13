//! `leafpress check`: run the quality checks and report them.

use jiff::tz::TimeZone;

use crate::check::{self, CHECKS, CheckContext, report};
use crate::cli::{CheckArgs, CheckFormat};
use crate::diagnostics::{Diagnostics, Severity};
use crate::output::Discard;
use crate::render::MarkdownProblems;
use crate::timings::Timings;

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Checks the site and prints the report in the chosen format. For a process that ends with
/// it: the site and the findings are not freed.
pub fn run(args: &CheckArgs, reporter: &Reporter) -> u8 {
    if args.list {
        for (id, description) in CHECKS {
            println!("{id:<26} {description}");
        }
        return EXIT_OK;
    }
    let today = match &args.today {
        Some(text) => match text.parse() {
            Ok(date) => date,
            Err(_) => {
                reporter.fatal(
                    &format!("--today {text} is not a date"),
                    "write it as YYYY-MM-DD",
                );
                return EXIT_CANNOT_RUN;
            }
        },
        None => jiff::Timestamp::now().to_zoned(TimeZone::UTC).date(),
    };
    let project = match super::open_project(&args.root, crate::Settings::default(), reporter) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let mut diagnostics = Diagnostics::new();
    let mut timings = Timings::start();
    let site = match project.load(&mut timings, &mut diagnostics) {
        Ok(site) => site,
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            return EXIT_CANNOT_RUN;
        }
    };
    let mut leaflets = Vec::new();
    let mut scores = Vec::new();
    if let Some(site) = &site {
        // Render every page once and throw it away: template and Fluent errors are found as in
        // a build, and the Markdown problems of every page, fallback copies too, for the checks.
        // Each leaflet's own checks need no render and run beside it.
        let mut rendering = Diagnostics::new();
        let (per_leaflet, ()) = rayon::join(
            || check::per_leaflet(site, &CheckContext { today }),
            || {
                let compiled = project.compile(site, &mut rendering);
                if let Some(compiled) = &compiled {
                    let problems = MarkdownProblems::EveryPage;
                    project.render_with(
                        site,
                        compiled,
                        problems,
                        &Discard,
                        &timings,
                        &mut rendering,
                    );
                }
            },
        );
        timings.lap("render+checks");
        let (markdown_problems, rendering): (Vec<_>, Vec<_>) =
            rendering.into_iter().partition(check::is_render_finding);
        diagnostics.extend(rendering);
        diagnostics.extend(check::run(site, markdown_problems, per_leaflet));
        if args.external {
            let now = jiff::Timestamp::now().as_second();
            let external = crate::check::external::check(site, project.root().path(), now);
            diagnostics.extend(crate::check::apply_settings(site, external));
            timings.lap("external links");
        }
        timings.lap("site checks");
        leaflets = site
            .config
            .languages
            .iter()
            .map(|l| {
                (
                    l.code.clone(),
                    site.leaflets
                        .iter()
                        .filter(|x| {
                            x.file.language == l.code
                                && x.file.identity != crate::site::HOME_IDENTITY
                        })
                        .count(),
                )
            })
            .collect();
        if args.format == CheckFormat::Json {
            scores = check::scores::of_site(site);
        }
    }
    let diagnostics = diagnostics.into_sorted();
    timings.lap("sort");
    let languages = report::summarise(&diagnostics, &leaflets);
    match args.format {
        CheckFormat::Json => println!("{}", report::json(&diagnostics, &languages, &scores)),
        CheckFormat::Sarif => println!("{}", report::sarif(&diagnostics)),
        CheckFormat::Human => {
            reporter.diagnostics(&diagnostics);
            reporter.info(report::human_summary(&languages).trim_end());
        }
    }
    timings.lap("report");
    if args.timings {
        eprint!("{timings}");
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    reporter.info(&format!(
        "checked in {} ms: {errors} error(s), {warnings} warning(s)",
        timings.total().as_millis()
    ));
    let denied = args.deny.is_some() && warnings > 0;
    let code = if errors > 0 || denied || site.is_none() {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    };
    // The process ends with this command: freeing the site, its leaflets' scans and the
    // findings one allocation at a time (0.4 s on a site of 12,000 pages with 330,000
    // findings) would only delay the exit, so they are left to the operating system, as
    // rustc leaves its own.
    std::mem::forget(diagnostics);
    std::mem::forget(site);
    code
}
