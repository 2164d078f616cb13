//! The `leafpress` binary: parse the command line, run one command, exit with its code.

use std::process::ExitCode;

use leafpress::cli::{Cli, Command, NewCommand, ThemeCommand, XliffCommand};
use leafpress::commands::{self, Reporter};

/// mimalloc instead of the system allocator: a build makes and frees millions of small strings
/// and template values on every core, where glibc's allocator spent about a fifth of the
/// build's time (docs/performance.md, issue #22).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its `mimalloc.h`; the crate names only some options):
/// how many milliseconds freed memory is kept before it goes back to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system at once rather than after 10 ms: a build frees each
/// language's texts and search index as it goes, and its peak memory is one of its targets
/// (on 12,000 pages: 144 MB with the default, 102 MB with this, the time unchanged).
fn give_memory_back_at_once() {
    // SAFETY: called first thing in `main`, before any other thread exists (mimalloc's options
    // are not thread safe to set); the option id is mimalloc's and 0 a value it documents.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

fn main() -> ExitCode {
    give_memory_back_at_once();
    let cli = match Cli::parse_with_tips(std::env::args_os()) {
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
    let reporter = Reporter::new(&cli);
    let code = match &cli.command {
        Command::Build(args) => commands::build::run(args, &reporter),
        Command::Check(args) => commands::check::run(args, &reporter),
        Command::Serve(args) => commands::serve::run(args, &reporter),
        Command::Pdf(args) => commands::pdf::run(args, &reporter),
        Command::Init(args) => commands::init::run(args, &reporter),
        Command::Status(args) => commands::status::run(args, &reporter),
        Command::New {
            command: NewCommand::Locale { code, name, root },
        } => commands::new::locale(root, code, name.as_deref(), &reporter),
        Command::New {
            command: NewCommand::Leaflet { path, root },
        } => commands::new::leaflet(root, path, &reporter),
        Command::Xliff {
            command:
                XliffCommand::Export {
                    lang,
                    all,
                    output,
                    force,
                    xliff_version,
                    root,
                },
        } => commands::xliff::export(
            &commands::xliff::ExportOptions {
                root,
                language: lang,
                all: *all,
                output: output.as_deref(),
                force: *force,
                version: (*xliff_version).into(),
            },
            &reporter,
        ),
        Command::Xliff {
            command: XliffCommand::Import { file, force, root },
        } => commands::xliff::import(root, file, *force, &reporter),
        Command::Theme {
            command: ThemeCommand::Eject { root, template },
        } => commands::theme::eject(root, template.as_deref(), &reporter),
        Command::Completions { shell } => commands::completions(*shell),
        Command::Man => commands::man(&reporter),
    };
    ExitCode::from(code)
}
