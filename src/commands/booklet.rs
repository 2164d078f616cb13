//! `leafpress pdf --booklet`: one PDF per language with every leaflet translated into it, a
//! cover and the contents. Chromium cannot number the contents itself (it lacks CSS
//! `target-counter()`), so each booklet is printed twice: the first print says on which page
//! each leaflet starts (read from the PDF's named destinations), the second carries those
//! numbers, and is kept once a print confirms them.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::cli::PdfArgs;
use crate::lang::Direction;
use crate::pdf::{self, document};
use crate::render::Renderer;
use crate::render::{booklet_url, is_part_id};
use crate::site::Site;

use super::{EXIT_CANNOT_RUN, EXIT_OK, Loaded, Reporter};

/// Prints after which page numbers that still move are an error: one print to find them, one
/// to carry them, one spare for a number that pushed a line onto the next page.
const PRINTS: usize = 3;

/// The languages to make booklets of: every language with text of its own (`--all`), or the
/// ones named, each of which must have some.
pub fn languages(site: &Site, args: &PdfArgs) -> Result<Vec<String>, String> {
    let has_text = |code: &str| site.pages_of(code).any(|page| !page.is_fallback);
    if args.all {
        return Ok(site
            .config
            .languages
            .iter()
            .map(|l| l.code.clone())
            .filter(|code| has_text(code))
            .collect());
    }
    args.pages
        .iter()
        .map(|named| {
            let code = named.trim_end_matches('/');
            let language = site.config.language(code).ok_or_else(|| {
                if code.contains('/') {
                    format!("`{named}` is a page: a booklet is made of a whole language")
                } else {
                    format!("`{named}` is not a language of this site")
                }
            })?;
            if !has_text(&language.code) {
                return Err(format!(
                    "no leaflet is translated into `{}` yet, so it has no booklet",
                    language.code
                ));
            }
            Ok(language.code.clone())
        })
        .collect()
}

/// Prints the booklet of each of `languages` from the site built into `built`, into
/// `<output>/<lang>/booklet.pdf`, with browser profiles and first prints in `scratch`.
pub fn print_all(
    args: &PdfArgs,
    reporter: &Reporter,
    loaded: &Loaded,
    browser: &Path,
    languages: &[String],
    built: &Path,
    scratch: &Path,
) -> u8 {
    if languages.is_empty() {
        reporter.fatal(
            "no language has a leaflet of its own yet, so there is no booklet to print",
            "write or translate a leaflet first",
        );
        return EXIT_CANNOT_RUN;
    }
    let mut diagnostics = crate::diagnostics::Diagnostics::new();
    let Some(compiled) = loaded.project.compile(&loaded.site, &mut diagnostics) else {
        reporter.diagnostics(&diagnostics.into_sorted());
        return EXIT_CANNOT_RUN;
    };
    let renderer = Renderer::new(&loaded.site, &compiled);
    let output = loaded.project.root().join(&args.output);
    let today = jiff::Zoned::now().date();
    let failures = super::pdf::print_each(languages, scratch, reporter, |lang, profile| {
        let target = output.join(lang).join("booklet.pdf");
        let booklet = Booklet {
            renderer: &renderer,
            browser,
            lang,
            built,
            drafts: scratch,
            profile,
        };
        booklet
            .print(today, &target)
            .map(|made| made.describe(&target))
    });
    for (lang, error) in &failures {
        reporter.fatal(
            &format!("the `{lang}` booklet: {}", error.message),
            error.help,
        );
    }
    if failures.is_empty() {
        reporter.info(&format!(
            "printed {} booklet(s) into {}",
            languages.len(),
            output.display()
        ));
        EXIT_OK
    } else {
        EXIT_CANNOT_RUN
    }
}

/// Why a booklet was not made, and what to do.
struct Failure {
    message: String,
    help: &'static str,
}

impl From<pdf::PdfError> for Failure {
    fn from(error: pdf::PdfError) -> Failure {
        Failure {
            message: error.to_string(),
            help: error.help(),
        }
    }
}

impl Failure {
    fn io(what: &str, path: &Path, error: std::io::Error) -> Failure {
        Failure {
            message: format!("cannot {what} `{}`: {error}", path.display()),
            help: "check that the folder exists, that you may write to it and that the disk has room",
        }
    }
}

/// What a printed booklet holds.
struct Made {
    leaflets: usize,
    pages: usize,
    bytes: usize,
}

impl Made {
    /// `wrote pdf/en/booklet.pdf: 14 leaflets on 41 A4 pages, 812 KB`.
    fn describe(&self, target: &Path) -> String {
        format!(
            "wrote {}: {} leaflet(s) on {} page(s), {} KB",
            target.display(),
            self.leaflets,
            self.pages,
            self.bytes.div_ceil(1024)
        )
    }
}

/// One language's booklet being made.
struct Booklet<'a> {
    renderer: &'a Renderer<'a>,
    browser: &'a Path,
    lang: &'a str,
    /// The built site, where the booklet's HTML is written beside the leaflets' folders.
    built: &'a Path,
    /// Where the first prints go.
    drafts: &'a Path,
    profile: &'a Path,
}

impl Booklet<'_> {
    /// Renders and prints the booklet until the page numbers of its contents are those its
    /// print shows, then writes it to `target` (right to left for a right-to-left language).
    fn print(&self, today: jiff::civil::Date, target: &Path) -> Result<Made, Failure> {
        let folder = self.built.join(booklet_url(self.lang));
        fs::create_dir_all(&folder).map_err(|e| Failure::io("create", &folder, e))?;
        fs::create_dir_all(self.profile).map_err(|e| Failure::io("create", self.profile, e))?;
        let page = folder.join("index.html");
        let mut numbers = BTreeMap::new();
        for attempt in 1..=PRINTS {
            let (html, _) =
                self.renderer
                    .booklet(self.lang, today, &numbers)
                    .map_err(|diagnostic| Failure {
                        message: diagnostic.to_string(),
                        help: "fix the theme's booklet.html (or the template it names)",
                    })?;
            fs::write(&page, html).map_err(|e| Failure::io("write", &page, e))?;
            let draft = self
                .drafts
                .join(format!("{}-booklet-{attempt}.pdf", self.lang));
            let printed = pdf::print(self.browser, &page, &draft, self.profile)?;
            let bytes = fs::read(&draft).map_err(|e| Failure::io("read", &draft, e))?;
            let found: BTreeMap<String, usize> = document::destination_pages(&bytes)
                .into_iter()
                .filter(|(id, _)| is_part_id(id))
                .collect();
            if found == numbers {
                let bytes = self.finish(bytes)?;
                install(&bytes, target)?;
                return Ok(Made {
                    leaflets: numbers.len(),
                    pages: printed.pages.len(),
                    bytes: bytes.len(),
                });
            }
            numbers = found;
        }
        Err(Failure {
            message: format!(
                "the page numbers of the contents still changed after {PRINTS} prints"
            ),
            help: "check the theme's print styles: a page number must not change how much of a leaflet fits on a page",
        })
    }

    /// The final bytes: marked as reading right to left for such a language.
    fn finish(&self, bytes: Vec<u8>) -> Result<Vec<u8>, Failure> {
        let rtl =
            self.renderer.site.config.language(self.lang).map(|l| l.dir) == Some(Direction::Rtl);
        if !rtl {
            return Ok(bytes);
        }
        document::with_right_to_left_direction(&bytes).ok_or(Failure {
            message: "the PDF Chromium printed has no catalog to mark as right to left".into(),
            help: "run the same command with --verbose and report the browser's version",
        })
    }
}

/// Writes `bytes` to `target` through a temporary file beside it, so a reader never sees half
/// a booklet.
fn install(bytes: &[u8], target: &Path) -> Result<(), Failure> {
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(|e| Failure::io("create", parent, e))?;
    }
    let partial: PathBuf = target.with_extension("pdf.partial");
    fs::write(&partial, bytes).map_err(|e| Failure::io("write", &partial, e))?;
    fs::rename(&partial, target).map_err(|e| Failure::io("write", target, e))
}
