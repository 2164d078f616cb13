//! The `leafpress` binary: parse the command line, run one command, exit with its code.

use std::process::ExitCode;

use clap::Parser;
use leafpress::cli::{Cli, Command};
use leafpress::commands;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                commands::EXIT_CANNOT_RUN
            } else {
                commands::EXIT_OK
            });
        }
    };
    let code = match &cli.command {
        Command::Build(args) => commands::build::run(args),
    };
    ExitCode::from(code)
}
