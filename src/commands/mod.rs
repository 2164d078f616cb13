//! The commands of the command line, each an args struct from [`crate::cli`] and a `run`
//! function that returns the process exit code: 0 ok, 1 problems in the input, 2 could not run.

pub mod build;

use std::io::Write;

use crate::diagnostics::Diagnostic;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: problems found in the input.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: could not run (usage, I/O).
pub const EXIT_CANNOT_RUN: u8 = 2;

/// Prints diagnostics to standard error, each followed by a blank line.
pub fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut stderr = std::io::stderr().lock();
    for diagnostic in diagnostics {
        let _ = writeln!(stderr, "{diagnostic}\n");
    }
}
