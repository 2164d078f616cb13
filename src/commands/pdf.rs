//! `leafpress pdf`: build the site into a temporary folder (with `index.html` links, so pages
//! open from disk) and print the chosen pages to PDF with a local Chromium.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cli::PdfArgs;
use crate::pdf::{self, PdfError, Printed};
use crate::site::{HOME_IDENTITY, Site};

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Browsers printing at the same time: Chromium is itself several processes, so two keep a
/// small machine busy without swamping it.
const WORKERS: usize = 2;

/// One page to print.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Job {
    /// How the user names it: `de/side-effects`.
    name: String,
    /// The page's path from the site root: `de/nebenwirkungen/` (`de/` for a home page).
    url: String,
}

impl Job {
    /// The PDF's path under the output folder: `de/nebenwirkungen.pdf`, `de/index.pdf`.
    fn pdf_path(&self) -> PathBuf {
        let trimmed = self.url.trim_end_matches('/');
        match trimmed.split_once('/') {
            Some(_) => PathBuf::from(format!("{trimmed}.pdf")),
            None => PathBuf::from(format!("{trimmed}/index.pdf")),
        }
    }
}

/// Prints the pages the arguments name and reports each PDF written, under `--output` relative
/// to the site root. Prints nothing from a site with errors (exit 1), as `build` writes nothing.
pub fn run(args: &PdfArgs, reporter: &Reporter) -> u8 {
    let browser = match pdf::find_browser(args.chromium.as_deref()) {
        Ok(browser) => browser,
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            return EXIT_CANNOT_RUN;
        }
    };
    reporter.detail(&format!("printing with {}", browser.display()));
    // Read once, with the links of pages opened from files: the pages to print are looked up
    // in this site, which is then built into a scratch folder.
    let settings = crate::Settings {
        url_style: crate::url::UrlStyle::Portable,
        ..crate::Settings::default()
    };
    let loaded = match super::load_with(&args.root, settings, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    // A site with errors would not build: say so before naming pages that look missing only
    // because their leaflet has an error. Warnings are printed once, by the build below.
    if loaded.has_errors() {
        reporter.diagnostics(&loaded.diagnostics);
        if let Err(code) = super::refuse_if_broken(&loaded, "nothing was printed", reporter) {
            return code;
        }
    }
    let site = &loaded.site;
    if args.booklet {
        let languages = match super::booklet::languages(site, args) {
            Ok(languages) => languages,
            Err(message) => {
                reporter.fatal(
                    &message,
                    "name languages with `--booklet` (`leafpress pdf --booklet en ar`), or use `--booklet --all`",
                );
                return EXIT_CANNOT_RUN;
            }
        };
        return with_built_site(reporter, &loaded, |built, scratch| {
            super::booklet::print_all(
                args, reporter, &loaded, &browser, &languages, built, scratch,
            )
        });
    }
    let jobs = if args.all {
        site.config
            .languages
            .iter()
            .flat_map(|l| language_jobs(site, &l.code))
            .collect()
    } else {
        match args
            .pages
            .iter()
            .map(|t| jobs_for(site, t))
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(jobs) => jobs.into_iter().flatten().collect::<Vec<Job>>(),
            Err(message) => {
                reporter.fatal(
                    &message,
                    "name pages as `<lang>/<path>` (`pl/side-effects`, `pl/index` for the home page) or a whole language as `<lang>`",
                );
                return EXIT_CANNOT_RUN;
            }
        }
    };
    with_built_site(reporter, &loaded, |built, scratch| {
        let output = loaded.project.root().join(&args.output);
        print_jobs(reporter, &browser, &jobs, &output, built, scratch)
    })
}

/// Builds the site into a new private scratch folder and runs `print` with the built site's
/// folder and the scratch folder (for browser profiles and drafts); the scratch folder and
/// everything in it is removed afterwards. Returns `print`'s exit code, or the build's when
/// it fails.
fn with_built_site(
    reporter: &Reporter,
    loaded: &super::Loaded,
    print: impl FnOnce(&Path, &Path) -> u8,
) -> u8 {
    let scratch = match scratch_folder() {
        Ok(scratch) => scratch,
        Err(error) => {
            reporter.fatal(
                &format!(
                    "cannot make a temporary folder in `{}`: {error}",
                    std::env::temp_dir().display()
                ),
                "check the disk has room, or set TMPDIR to a folder you may write to",
            );
            return EXIT_CANNOT_RUN;
        }
    };
    let built = scratch.path().join("site");
    let mut diagnostics = crate::diagnostics::Diagnostics::new();
    diagnostics.extend(loaded.diagnostics.iter().cloned());
    let timings = crate::timings::Timings::start();
    let report = match loaded
        .project
        .write(&loaded.site, &built, timings, diagnostics)
    {
        Ok(report) => report,
        Err(error) => {
            reporter.fatal(&error.to_string(), error.help());
            return super::EXIT_CANNOT_RUN;
        }
    };
    reporter.diagnostics(&report.diagnostics);
    if !report.succeeded() {
        reporter.fatal(
            "the site did not build, so nothing was printed",
            "fix the errors shown above, then run the command again",
        );
        return EXIT_PROBLEMS;
    }
    print(&built, scratch.path())
}

/// A private scratch folder for the built site and the browsers' profiles: a random name made
/// with `mkdir` (which fails rather than follow a link or reuse a folder someone else made)
/// and mode 0700, so another user of the machine can neither pre-create it nor read or change
/// the pages being printed.
fn scratch_folder() -> std::io::Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("leafpress-pdf-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o700));
    }
    builder.tempdir()
}

/// Prints every job from the site built into `built` into `output`, with browser profiles
/// in `scratch`.
fn print_jobs(
    reporter: &Reporter,
    browser: &Path,
    jobs: &[Job],
    output: &Path,
    built: &Path,
    scratch: &Path,
) -> u8 {
    let failures = print_each(jobs, scratch, reporter, |job, profile| {
        let page = built.join(&job.url).join("index.html");
        let target = output.join(job.pdf_path());
        print_one(browser, &page, &target, profile).map(|printed| describe(&target, &printed))
    });
    for (job, error) in &failures {
        reporter.fatal(&format!("{}: {error}", job.name), error.help());
    }
    if failures.is_empty() {
        reporter.info(&format!(
            "printed {} page(s) into {}",
            jobs.len(),
            output.display()
        ));
        EXIT_OK
    } else {
        reporter.fatal(
            &format!(
                "{} of {} page(s) could not be printed",
                failures.len(),
                jobs.len()
            ),
            "see the reason given for each page above",
        );
        EXIT_CANNOT_RUN
    }
}

/// Runs `print` on each of `items`, [`WORKERS`] at a time, each worker with its own browser
/// profile folder under `scratch`; reports the line each success returns, and returns the
/// failures with the item each belongs to.
pub(super) fn print_each<'i, T: Sync, E: Send>(
    items: &'i [T],
    scratch: &Path,
    reporter: &Reporter,
    print: impl Fn(&T, &Path) -> Result<String, E> + Sync,
) -> Vec<(&'i T, E)> {
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..WORKERS.min(items.len()) {
            let (next, failures, print) = (&next, &failures, &print);
            scope.spawn(move || {
                let profile = scratch.join(format!("profile-{worker}"));
                while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                    match print(item, &profile) {
                        Ok(line) => reporter.info(&line),
                        Err(error) => failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((item, error)),
                    }
                }
            });
        }
    });
    failures.into_inner().unwrap_or_else(|e| e.into_inner())
}

fn print_one(
    browser: &Path,
    page: &Path,
    target: &Path,
    profile: &Path,
) -> Result<Printed, PdfError> {
    let io = |source| PdfError::Run {
        path: target.to_path_buf(),
        source,
    };
    fs::create_dir_all(profile).map_err(io)?;
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(io)?;
    }
    pdf::print(browser, page, target, profile)
}

/// `wrote pdf/de/nebenwirkungen.pdf: 3 A4 pages, 76 KB`.
fn describe(target: &Path, printed: &Printed) -> String {
    let paper = if printed.is_a4() {
        "A4".to_string()
    } else {
        let (w, h) = printed.pages[0];
        format!(
            "{:.0} × {:.0} mm (not A4: check the theme's @page rule)",
            w / 72.0 * 25.4,
            h / 72.0 * 25.4
        )
    };
    format!(
        "wrote {}: {} {paper} page(s), {} KB",
        target.display(),
        printed.pages.len(),
        printed.bytes.div_ceil(1024)
    )
}

/// The pages of one language that have their own text: its home page and every translated
/// leaflet (pages that show another language's text are printed only when named).
fn language_jobs(site: &Site, language: &str) -> Vec<Job> {
    let home = Job {
        name: format!("{language}/{HOME_IDENTITY}"),
        url: format!("{language}/"),
    };
    std::iter::once(home)
        .chain(
            site.pages_of(language)
                .filter(|p| !p.is_fallback)
                .map(|p| Job {
                    name: format!("{language}/{}", p.identity),
                    url: p.url.clone(),
                }),
        )
        .collect()
}

/// The jobs one argument names: `pl`, `pl/side-effects` or `pl/index`.
fn jobs_for(site: &Site, target: &str) -> Result<Vec<Job>, String> {
    let (language, identity) = match target.trim_end_matches('/').split_once('/') {
        Some((language, identity)) => (language, Some(identity.trim_end_matches(".md"))),
        None => (target.trim_end_matches('/'), None),
    };
    if site.config.language(language).is_none() {
        return Err(format!("`{language}` is not a language of this site"));
    }
    let Some(identity) = identity else {
        return Ok(language_jobs(site, language));
    };
    if identity == HOME_IDENTITY {
        return Ok(vec![Job {
            name: target.to_string(),
            url: format!("{language}/"),
        }]);
    }
    match site.page(identity, language) {
        Some(page) => Ok(vec![Job {
            name: target.to_string(),
            url: page.url.clone(),
        }]),
        None => {
            let known: Vec<&str> = site
                .pages_of(language)
                .map(|p| p.identity.as_str())
                .collect();
            let hint = crate::yaml::nearest(identity, &known)
                .map(|k| format!("; did you mean `{language}/{k}`?"))
                .unwrap_or_default();
            Err(format!("`{target}` is not a page of this site{hint}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_scratch_folder_is_private_and_new_each_time() {
        use std::os::unix::fs::PermissionsExt;
        let first = scratch_folder().unwrap();
        let second = scratch_folder().unwrap();
        assert_ne!(first.path(), second.path());
        let mode = fs::metadata(first.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
        let path = first.path().to_path_buf();
        drop(first);
        assert!(!path.exists(), "removed when done");
    }

    #[test]
    fn pdf_paths_follow_the_page_urls() {
        let job = |url: &str| Job {
            name: String::new(),
            url: url.into(),
        };
        assert_eq!(
            job("de/nebenwirkungen/").pdf_path(),
            PathBuf::from("de/nebenwirkungen.pdf")
        );
        assert_eq!(job("de/").pdf_path(), PathBuf::from("de/index.pdf"));
        assert_eq!(
            job("en/guides/cards/").pdf_path(),
            PathBuf::from("en/guides/cards.pdf")
        );
    }
}
