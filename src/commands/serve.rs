//! `leafpress serve`: start the preview server and the watcher.

use std::collections::HashSet;
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, sync_channel};

use crate::cli::ServeArgs;
use crate::diagnostics::Diagnostic;
use crate::serve::watch::SiteWatcher;
use crate::serve::{Rebuild, Session, Shared, server};
use crate::url::UrlStyle;
use crate::{Project, Settings};

use super::{EXIT_CANNOT_RUN, EXIT_OK, Reporter};

/// Serves the site until Ctrl-C or SIGTERM, then exits with 0.
pub fn run(args: &ServeArgs, reporter: &Reporter) -> u8 {
    let shared = Arc::new(Shared::default());
    let settings = Settings {
        base_url: Some("/".into()),
        drafts: args.drafts,
        url_style: UrlStyle::Directory,
        require_base_url: false,
        release_texts: false,
    };
    let project = match Project::open(&args.root, settings) {
        Ok(project) => project,
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            return EXIT_CANNOT_RUN;
        }
    };
    // Watch before the first build, so that no change made meanwhile is missed.
    let mut watcher = match SiteWatcher::new(project.root()) {
        Ok(watcher) => watcher,
        Err(error) => {
            reporter.fatal(
                &format!("cannot watch the site for changes: {error}"),
                "check that the site folder exists and may be read",
            );
            return EXIT_CANNOT_RUN;
        }
    };
    let (mut session, first) = match Session::start(project, &shared) {
        Ok(started) => started,
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            return EXIT_CANNOT_RUN;
        }
    };
    let listener = match TcpListener::bind((args.bind, args.port)) {
        Ok(listener) => listener,
        Err(error) => {
            reporter.fatal(
                &format!("cannot listen on {}:{}: {error}", args.bind, args.port),
                "choose another port with --port (0 picks a free one)",
            );
            return EXIT_CANNOT_RUN;
        }
    };
    let address = listener.local_addr().map_or_else(
        |_| format!("{}:{}", args.bind, args.port),
        |a| a.to_string(),
    );
    if !args.bind.is_loopback() {
        reporter.info(&format!(
            "warning: serving on {} makes the unpublished site visible to your network",
            args.bind
        ));
    }
    let stop = match stop_signal() {
        Ok(stop) => stop,
        Err(error) => {
            reporter.fatal(
                &format!("cannot handle Ctrl-C: {error}"),
                "run serve as a normal process, not one that ignores or blocks signals",
            );
            return EXIT_CANNOT_RUN;
        }
    };
    let base = format!("http://{address}/");
    reporter.info(&format!("Serving {base} (Ctrl-C stops)"));
    for code in session.languages() {
        reporter.info(&format!("  {code}: {base}{code}/"));
    }
    let mut console = Console::default();
    console.report(&first, reporter, false);
    if args.open {
        open_browser(&base);
    }
    let watched = Arc::clone(&shared);
    let reporter_copy = *reporter;
    std::thread::spawn(move || {
        while let Some(batch) = watcher.next_batch() {
            let rebuild = session.apply(&batch, &watched);
            console.report(&rebuild, &reporter_copy, true);
        }
    });
    let running = server::start(listener, shared);
    // Only the main thread waits for the signal; the watcher and the server's threads end with
    // the process, after the open pages' event streams are closed.
    let _ = stop.recv();
    running.stop();
    EXIT_OK
}

/// A channel that receives once Ctrl-C (SIGINT), SIGTERM or SIGHUP arrives. Stopping this way is
/// how serve is meant to end, so it exits with 0, not with the signal's 130 or 143.
fn stop_signal() -> Result<Receiver<()>, ctrlc::Error> {
    let (sender, receiver) = sync_channel(1);
    ctrlc::set_handler(move || {
        let _ = sender.try_send(());
    })?;
    Ok(receiver)
}

/// What the console has shown, so each warning is printed once, when it first appears.
#[derive(Default)]
struct Console {
    warnings: HashSet<String>,
}

impl Console {
    /// Prints what a rebuild did: its new warnings, its errors, and a summary line.
    fn report(&mut self, rebuild: &Rebuild, reporter: &super::Reporter, after_change: bool) {
        let shown: Vec<Diagnostic> = rebuild
            .diagnostics
            .iter()
            .filter(|d| d.is_error() || !self.warnings.contains(&d.to_string()))
            .cloned()
            .collect();
        self.warnings = rebuild
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .map(ToString::to_string)
            .collect();
        reporter.diagnostics(&shown);
        if !rebuild.published {
            reporter.info(
                "the last good build is still served; pages show these errors until they are fixed",
            );
        } else if after_change && rebuild.files.is_empty() && rebuild.removed.is_empty() {
            reporter.info(&format!(
                "checked {} in {:.0} ms: no page changed",
                rebuild.kind, rebuild.milliseconds
            ));
        } else if after_change {
            reporter.info(&format!(
                "rebuilt {} ({} pages) in {:.0} ms",
                rebuild.kind,
                rebuild.files.len(),
                rebuild.milliseconds
            ));
            if !rebuild.removed.is_empty() {
                let pages: Vec<&str> = rebuild
                    .removed
                    .iter()
                    .map(|file| file.trim_end_matches("index.html"))
                    .collect();
                reporter.info(&format!("  no longer served: /{}", pages.join(", /")));
            }
        }
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener).arg(url).spawn();
}
