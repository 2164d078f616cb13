//! `leafpress serve`: start the preview server and the watcher.

use std::net::TcpListener;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, MutexGuard};

use crate::cli::ServeArgs;
use crate::serve::watch::SiteWatcher;
use crate::serve::{self, Served, Shared, server};

use super::{EXIT_CANNOT_RUN, EXIT_OK, Reporter};

/// Serves the site until Ctrl-C or SIGTERM, then exits with 0.
pub fn run(args: &ServeArgs, reporter: &Reporter) -> u8 {
    let shared = Arc::new(Shared::default());
    // Watch before the first build, so that no change made meanwhile is missed.
    let watcher = match SiteWatcher::new(&args.root) {
        Ok(watcher) => watcher,
        Err(error) => {
            reporter.fatal(
                &format!("cannot watch the site for changes: {error}"),
                "check that the site folder exists and may be read",
            );
            return EXIT_CANNOT_RUN;
        }
    };
    let mut session = match serve::start(&args.root, args.drafts, &shared) {
        Ok(session) => session,
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            return EXIT_CANNOT_RUN;
        }
    };
    report_errors(&shared, reporter);
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
    print_language_addresses(args, &base, reporter);
    if args.open {
        open_browser(&base);
    }
    let watched = Arc::clone(&shared);
    let root = args.root.clone();
    let drafts = args.drafts;
    let reporter_copy = *reporter;
    std::thread::spawn(move || {
        while let Some(batch) = watcher.next_batch() {
            session.apply(&root, drafts, &batch, &watched);
            report_rebuild(&watched, &reporter_copy);
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

/// Prints each language's home address, from `site.yaml`'s `languages`.
fn print_language_addresses(args: &ServeArgs, base: &str, reporter: &Reporter) {
    if let Ok(site) = std::fs::read_to_string(args.root.join("site.yaml"))
        && let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(&site)
    {
        for language in value["languages"].as_sequence().into_iter().flatten() {
            if let Some(code) = language["code"].as_str() {
                reporter.info(&format!("  {code}: {base}{code}/"));
            }
        }
    }
}

/// Prints what the last rebuild did, or the errors that stopped it. What is printed is copied
/// out of the lock first: a slow terminal must not hold up requests or the next rebuild.
fn report_rebuild(shared: &Shared, reporter: &Reporter) {
    let rebuilt = {
        let served = served(shared);
        served.errors.is_empty().then(|| {
            format!(
                "rebuilt {} ({} pages) in {:.0} ms",
                served.last_rebuild.0,
                served.last_rebuild.1.len(),
                served.last_rebuild_ms
            )
        })
    };
    match rebuilt {
        Some(line) => reporter.info(&line),
        None => report_errors(shared, reporter),
    }
}

/// Prints the errors of the newest input, if any, copied out of the lock first.
fn report_errors(shared: &Shared, reporter: &Reporter) {
    let errors = served(shared).errors.clone();
    if !errors.is_empty() {
        reporter.diagnostics(&errors);
        reporter.info(
            "the last good build is still served; pages show these errors until they are fixed",
        );
    }
}

/// The served state, locked; a request thread that panicked left it consistent (it only reads).
fn served(shared: &Shared) -> MutexGuard<'_, Served> {
    shared
        .served
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
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
