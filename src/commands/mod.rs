//! The commands of the command line, each an args struct from [`crate::cli`] and a `run`
//! function that returns the process exit code: 0 ok, 1 problems in the input, 2 could not run.

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

/// Reads the site for a command, printing why not when it cannot: the exit code is the error.
pub fn load_site_or_report(
    root: &std::path::Path,
    drafts: bool,
    reporter: &Reporter,
) -> Result<crate::site::Site, u8> {
    load_project_or_report(root, drafts, reporter).map(|(_, site)| site)
}

/// Opens the project and reads its site, printing why not when it cannot: the exit code is the
/// error.
pub fn load_project_or_report(
    root: &std::path::Path,
    drafts: bool,
    reporter: &Reporter,
) -> Result<(crate::Project, crate::site::Site), u8> {
    let settings = crate::Settings {
        drafts,
        ..crate::Settings::default()
    };
    let project = open_project(root, settings, reporter)?;
    let mut diagnostics = crate::diagnostics::Diagnostics::new();
    let mut timings = crate::timings::Timings::start();
    match project.load(&mut timings, &mut diagnostics) {
        Ok(Some(site)) => Ok((project, site)),
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
