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

    /// Prints diagnostics, each followed by a blank line. Where standard error takes ANSI
    /// codes as they are, or takes none, they go through one buffer on the locked stream:
    /// `check` on a large site prints hundreds of thousands, and a write for each piece of
    /// each was most of its printing time.
    pub fn diagnostics(&self, diagnostics: &[Diagnostic]) {
        let mut stderr = self.stderr().lock();
        let colour = match stderr.current_choice() {
            anstream::ColorChoice::Never => false,
            anstream::ColorChoice::AlwaysAnsi => true,
            // Colours through the Windows console API: its stream does the writing.
            _ => {
                for diagnostic in diagnostics {
                    let _ = writeln!(stderr, "{}\n", diagnostic.styled());
                }
                return;
            }
        };
        let mut out = std::io::BufWriter::with_capacity(1 << 16, stderr.into_inner());
        let _ = write_diagnostics(&mut out, diagnostics, colour);
        let _ = out.flush();
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

/// Writes diagnostics, each followed by a blank line, with ANSI colours when `colour`, and
/// otherwise exactly as a stream that strips ANSI codes prints their coloured text: plain
/// text as it is while it holds nothing to strip (no control character but white space),
/// and from the first that does, the rest through anstream's stripping, whose state carries
/// from one to the next as it did when every diagnostic went through it.
fn write_diagnostics(
    out: &mut impl Write,
    diagnostics: &[Diagnostic],
    colour: bool,
) -> std::io::Result<()> {
    let mut text = String::new();
    let mut rest = diagnostics.iter();
    for diagnostic in rest.by_ref() {
        text.clear();
        diagnostic.write_to(&mut text, colour);
        text.push_str("\n\n");
        if !colour && !nothing_to_strip(&text) {
            let mut stripping = anstream::adapter::StripBytes::new();
            for diagnostic in std::iter::once(diagnostic).chain(rest) {
                text.clear();
                diagnostic.write_to(&mut text, true);
                text.push_str("\n\n");
                for printable in stripping.strip_next(text.as_bytes()) {
                    out.write_all(printable)?;
                }
            }
            return Ok(());
        }
        out.write_all(text.as_bytes())?;
    }
    Ok(())
}

/// True when stripping ANSI codes leaves `text` as it is: it has no control character but
/// tab, line feed and carriage return.
fn nothing_to_strip(text: &str) -> bool {
    text.bytes().all(|byte| {
        (b' '..0x7f).contains(&byte) || byte >= 0x80 || matches!(byte, b'\t' | b'\n' | b'\r')
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;

    /// What printing diagnostics one `writeln!` at a time through an `AutoStream` gives.
    fn through_auto_stream(diagnostics: &[Diagnostic], colour: bool) -> Vec<u8> {
        let mut stream = if colour {
            AutoStream::always_ansi(Vec::new())
        } else {
            AutoStream::never(Vec::new())
        };
        for diagnostic in diagnostics {
            writeln!(stream, "{}\n", diagnostic.styled()).unwrap();
        }
        stream.into_inner()
    }

    fn written(diagnostics: &[Diagnostic], colour: bool) -> Vec<u8> {
        let mut out = Vec::new();
        write_diagnostics(&mut out, diagnostics, colour).unwrap();
        out
    }

    proptest::proptest! {
        #[test]
        fn diagnostics_print_as_through_an_auto_stream(
            messages in proptest::collection::vec(
                "(a|é|字|😀| |\t|\n|\r|\u{1b}|\u{1b}\\[31m|\u{7}|\u{7f}|\u{80}|\u{9b}|\u{b}|\u{c}|\u{85}|\u{2028}|\\[|m|;|1){0,12}",
                0..4,
            ),
        ) {
            let diagnostics: Vec<Diagnostic> = messages
                .iter()
                .enumerate()
                .map(|(i, message)| {
                    let diagnostic = Diagnostic::warning(message.as_str()).with_help(message.as_str());
                    if i % 2 == 0 {
                        diagnostic
                            .in_file("content/en/a.md")
                            .at("one\n\ttwo\n", Position { line: 2, column: 2 })
                            .with_code("heading-id")
                    } else {
                        diagnostic
                    }
                })
                .collect();
            for colour in [false, true] {
                proptest::prop_assert_eq!(
                    written(&diagnostics, colour),
                    through_auto_stream(&diagnostics, colour)
                );
            }
        }
    }

    #[test]
    fn plain_diagnostics_are_printed_as_displayed() {
        let diagnostics = [
            Diagnostic::error("first").in_file("site.yaml"),
            Diagnostic::warning("second")
                .in_file("content/en/a.md")
                .at("one\ntwo\n", Position { line: 2, column: 3 })
                .with_help("do this"),
        ];
        let expected = format!("{}\n\n{}\n\n", diagnostics[0], diagnostics[1]);
        assert_eq!(
            String::from_utf8(written(&diagnostics, false)).unwrap(),
            expected
        );
        assert_eq!(
            written(&diagnostics, false),
            through_auto_stream(&diagnostics, false)
        );
    }
}
