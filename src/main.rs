//! The `leafpress` binary: parse the command line, run one command, exit with its code.

use std::process::ExitCode;

use leafpress::cli::{Cli, Command, NewCommand, ThemeCommand, XliffCommand};
use leafpress::commands::{self, Reporter};

/// Tunes glibc's allocator for a build, which makes and frees millions of small strings and
/// template values on every core: two arenas rather than one per thread, and freed memory
/// given back above 128 KiB (glibc otherwise raises both thresholds as the build goes). On
/// 48,000 pages that made the peak 157 MiB instead of 205, and builds no slower; mimalloc,
/// tried in its place, was slower on this kind of machine and higher in memory
/// (docs/performance.md).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    use std::ffi::c_int;
    // glibc's `malloc.h`.
    const M_TRIM_THRESHOLD: c_int = -1;
    const M_MMAP_THRESHOLD: c_int = -3;
    const M_ARENA_MAX: c_int = -8;
    unsafe extern "C" {
        fn mallopt(param: c_int, value: c_int) -> c_int;
    }
    // SAFETY: `mallopt` is glibc's documented interface, called with its documented parameters
    // first thing in `main`, before any other thread exists. A refused setting (it returns 0)
    // leaves glibc's default, which is safe.
    unsafe {
        mallopt(M_ARENA_MAX, 2);
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    }
}

/// Other systems' allocators are left as they are.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}

fn main() -> ExitCode {
    tune_allocator();
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
