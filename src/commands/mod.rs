//! The commands of the command line, each an args struct from [`crate::cli`] and a `run`
//! function that returns the process exit code: 0 ok, 1 problems in the input, 2 could not run.

pub mod booklet;
pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod pdf;
pub mod serve;
pub mod status;
pub mod theme;
pub mod xliff;

use std::io::Write;

use anstream::AutoStream;
use clap::CommandFactory;

use crate::cli::{Cli, ColorChoice, Verbosity};
use crate::diagnostics::Diagnostic;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: problems found in the input.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: could not run (usage, I/O).
pub const EXIT_CANNOT_RUN: u8 = 2;

/// Where commands print: standard error, coloured only where wanted, at the chosen verbosity.
/// Standard output is kept for what a command produces (completions, the man page).
#[derive(Debug, Clone, Copy)]
pub struct Reporter {
    color: ColorChoice,
    /// How much to print.
    pub verbosity: Verbosity,
}

impl Reporter {
    /// A reporter for the global flags of `cli`.
    pub fn new(cli: &Cli) -> Reporter {
        Reporter {
            color: cli.color,
            verbosity: cli.verbosity(),
        }
    }

    fn choice(&self) -> anstream::ColorChoice {
        match self.color {
            ColorChoice::Auto => anstream::ColorChoice::Auto,
            ColorChoice::Always => anstream::ColorChoice::AlwaysAnsi,
            ColorChoice::Never => anstream::ColorChoice::Never,
        }
    }

    fn stderr(&self) -> AutoStream<std::io::Stderr> {
        AutoStream::new(std::io::stderr(), self.choice())
    }

    /// Standard output, coloured only where wanted (ANSI codes are stripped otherwise).
    pub fn stdout(&self) -> AutoStream<std::io::Stdout> {
        AutoStream::new(std::io::stdout(), self.choice())
    }

    /// Prints diagnostics, each followed by a blank line.
    pub fn diagnostics(&self, diagnostics: &[Diagnostic]) {
        let mut stderr = self.stderr();
        for diagnostic in diagnostics {
            let _ = writeln!(stderr, "{}\n", diagnostic.styled());
        }
    }

    /// Prints an error that stops the command, with what to do about it.
    pub fn fatal(&self, message: &str, help: &str) {
        self.diagnostics(&[Diagnostic::error(message).with_help(help)]);
    }

    /// Prints a line unless `--quiet`.
    pub fn info(&self, line: &str) {
        if self.verbosity != Verbosity::Quiet {
            let _ = writeln!(self.stderr(), "{line}");
        }
    }

    /// Prints a line only with `--verbose`.
    pub fn detail(&self, line: &str) {
        if self.verbosity == Verbosity::Verbose {
            let _ = writeln!(self.stderr(), "{line}");
        }
    }
}

/// Opens the site in `root` for a command, printing why not when it cannot: the error is the
/// exit code.
pub fn open_project(
    root: &std::path::Path,
    settings: crate::Settings,
    reporter: &Reporter,
) -> Result<crate::Project, u8> {
    crate::Project::open(root, settings).map_err(|error| {
        reporter.fatal(&error.to_string(), error.help());
        EXIT_CANNOT_RUN
    })
}

/// A site read for a command that is not `build`, with everything reading it found.
pub struct Loaded {
    /// The project the site was read from, for the later stages.
    pub project: crate::Project,
    /// The site model, made of the leaflets that could be read.
    pub site: crate::site::Site,
    /// Every problem found while reading, sorted by file and line. A leaflet with an error is
    /// not in the site: it must not pass for a missing one, so commands print these.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// True when reading the site found an error (a warning alone is no reason to stop).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Reads the site for a command and prints every problem found (errors and warnings, sorted):
/// the exit code is the error when the site could not be read at all.
pub fn load_site_or_report(
    root: &std::path::Path,
    drafts: bool,
    reporter: &Reporter,
) -> Result<Loaded, u8> {
    let loaded = load_site_quietly(root, drafts, reporter)?;
    reporter.diagnostics(&loaded.diagnostics);
    Ok(loaded)
}

/// Reads the site for a command that prints its problems itself, after its own report: the
/// exit code is the error (already printed) when the site could not be read at all.
pub fn load_site_quietly(
    root: &std::path::Path,
    drafts: bool,
    reporter: &Reporter,
) -> Result<Loaded, u8> {
    let settings = crate::Settings {
        drafts,
        ..crate::Settings::default()
    };
    load_with(root, settings, reporter)
}

/// Opens the project with these settings and reads its site, printing nothing but why it could
/// not be read at all (the exit code is then the error).
pub fn load_with(
    root: &std::path::Path,
    settings: crate::Settings,
    reporter: &Reporter,
) -> Result<Loaded, u8> {
    let project = open_project(root, settings, reporter)?;
    let mut diagnostics = crate::diagnostics::Diagnostics::new();
    let mut timings = crate::timings::Timings::start();
    match project.load(&mut timings, &mut diagnostics) {
        Ok(Some(site)) => Ok(Loaded {
            project,
            site,
            diagnostics: diagnostics.into_sorted(),
        }),
        Ok(None) => {
            reporter.diagnostics(&diagnostics.into_sorted());
            Err(EXIT_PROBLEMS)
        }
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            Err(EXIT_CANNOT_RUN)
        }
    }
}

/// For commands that write into the site or hand work out: stops (exit 1) when reading the
/// site found errors (printed already), saying what was not done, e.g. `nothing was stamped`.
pub fn refuse_if_broken(loaded: &Loaded, not_done: &str, reporter: &Reporter) -> Result<(), u8> {
    if !loaded.has_errors() {
        return Ok(());
    }
    reporter.fatal(
        &format!(
            "the site has {} error(s), shown above, so {not_done}",
            loaded.error_count()
        ),
        "fix the errors shown with their file and line, then run the command again",
    );
    Err(EXIT_PROBLEMS)
}

/// `leafpress completions <shell>`: prints the completion script, generated from the clap
/// definitions.
pub fn completions(shell: clap_complete::Shell) -> u8 {
    clap_complete::generate(
        shell,
        &mut Cli::command(),
        "leafpress",
        &mut std::io::stdout(),
    );
    EXIT_OK
}

/// `leafpress man`: prints the man page, generated from the clap definitions.
pub fn man(reporter: &Reporter) -> u8 {
    match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
        Ok(()) => EXIT_OK,
        // The reader closed the pipe (`leafpress man | head`): nothing is wrong.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(error) => {
            reporter.fatal(
                &format!("cannot print the man page: {error}"),
                "check that standard output can be written",
            );
            EXIT_CANNOT_RUN
        }
    }
}
