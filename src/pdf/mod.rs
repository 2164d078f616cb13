//! Printing pages to PDF with a locally installed Chromium (or Chrome), for `leafpress pdf`.
//!
//! The theme's print stylesheet does the layout (A4, no navigation, link targets written out,
//! the alert card at bank-card size); this module only finds the browser, runs it headless on a
//! built page and checks what it wrote.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use std::{env, fs, io};

use thiserror::Error;

pub mod document;

/// The environment variable that names the browser to use, before the usual names on `PATH`.
pub const CHROMIUM_VARIABLE: &str = "LEAFPRESS_CHROMIUM";

/// Names Chromium and Chrome are installed under, looked up on `PATH` in this order.
const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// Install locations that are not on `PATH` (macOS application bundles).
const BUNDLES: &[&str] = &[
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/// What a `file://` URL's path escapes: controls, space and the characters with a meaning in
/// URLs, but not `/`.
const FILE_PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// How long one page may take to print before the browser is stopped.
const TIMEOUT: Duration = Duration::from_secs(90);

/// Why a page could not be printed.
#[derive(Debug, Error)]
pub enum PdfError {
    /// No browser was found.
    #[error(
        "Chromium was not found: `leafpress pdf` prints pages with a headless Chromium or Chrome"
    )]
    NoBrowser,
    /// The browser named explicitly does not exist.
    #[error("the browser `{0}` does not exist")]
    Missing(PathBuf),
    /// The browser could not be started or waited for.
    #[error("cannot run `{path}`: {source}")]
    Run {
        /// The browser.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
    /// The browser ran but wrote no PDF.
    #[error("Chromium did not print `{page}`: {detail}")]
    Failed {
        /// The page printed.
        page: PathBuf,
        /// What the browser said, or why the result was rejected.
        detail: String,
    },
}

impl PdfError {
    /// What the user can do about the error.
    pub fn help(&self) -> &'static str {
        match self {
            PdfError::NoBrowser | PdfError::Missing(_) => {
                "install Chromium (Debian and Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`; macOS and Windows: install Google Chrome), or name the browser with `--chromium <path>` or the LEAFPRESS_CHROMIUM environment variable"
            }
            PdfError::Run { .. } => "check that the browser starts: run it with `--version`",
            PdfError::Failed { .. } => {
                "run the same command with --verbose to see the browser's output; a browser older than Chrome 112 lacks the headless mode leafpress uses"
            }
        }
    }
}

/// The browser to print with: `explicit` (from `--chromium`), else `LEAFPRESS_CHROMIUM`, else
/// the first of the usual names on `PATH`, else a macOS application bundle.
pub fn find_browser(explicit: Option<&Path>) -> Result<PathBuf, PdfError> {
    if let Some(path) = explicit {
        return resolve(path).ok_or_else(|| PdfError::Missing(path.to_path_buf()));
    }
    if let Some(named) = env::var_os(CHROMIUM_VARIABLE).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(named);
        return resolve(&path).ok_or(PdfError::Missing(path));
    }
    let on_path = env::var_os("PATH")
        .map(|paths| env::split_paths(&paths).collect::<Vec<_>>())
        .unwrap_or_default();
    NAMES
        .iter()
        .flat_map(|name| on_path.iter().map(move |dir| dir.join(name)))
        .chain(BUNDLES.iter().map(PathBuf::from))
        .find(|candidate| candidate.is_file())
        .ok_or(PdfError::NoBrowser)
}

/// `path` if it is a file, or the file of that name on `PATH`.
fn resolve(path: &Path) -> Option<PathBuf> {
    if path.is_file() {
        return Some(path.to_path_buf());
    }
    if path.components().count() != 1 {
        return None;
    }
    env::split_paths(&env::var_os("PATH")?)
        .map(|dir| dir.join(path))
        .find(|candidate| candidate.is_file())
}

/// What a printed PDF holds, read back from the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Printed {
    /// The size of each page in points (1/72 inch), width then height.
    pub pages: Vec<(f32, f32)>,
    /// The file's size in bytes.
    pub bytes: u64,
}

impl Printed {
    /// True when every page is A4 (210 × 297 mm), give or take a point.
    pub fn is_a4(&self) -> bool {
        !self.pages.is_empty()
            && self
                .pages
                .iter()
                .all(|&(w, h)| (w - 595.3).abs() < 1.5 && (h - 841.9).abs() < 1.5)
    }
}

/// Prints the HTML file `page` to `pdf` with the browser at `browser`, using `profile` (an
/// empty folder) as the browser's profile. The PDF is written next to `pdf` first and moved
/// into place only when it is a PDF with at least one page.
pub fn print(browser: &Path, page: &Path, pdf: &Path, profile: &Path) -> Result<Printed, PdfError> {
    let partial = pdf.with_extension("pdf.partial");
    let url = file_url(page);
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", partial.display()))
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if runs_as_root() {
        // Chromium's sandbox refuses to start as root (containers, CI runners).
        command.arg("--no-sandbox");
    }
    let run_error = |source| PdfError::Run {
        path: browser.to_path_buf(),
        source,
    };
    let mut child = command.spawn().map_err(run_error)?;
    // Chromium can say a lot; read both pipes while waiting, or a full pipe stops it mid-print.
    // Standard output is read and dropped; the end of standard error explains a failure.
    let _ = child.stdout.take().map(drain);
    let stderr = child.stderr.take().map(drain);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(run_error)? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            let _ = fs::remove_file(&partial);
            return Err(PdfError::Failed {
                page: page.to_path_buf(),
                detail: format!("no result after {} s", TIMEOUT.as_secs()),
            });
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let failed = |detail: String| {
        let _ = fs::remove_file(&partial);
        PdfError::Failed {
            page: page.to_path_buf(),
            detail,
        }
    };
    let bytes = fs::read(&partial).map_err(|_| {
        // Only a failure waits for the end of what the browser said.
        let said = stderr.map(Drained::collect).unwrap_or_default();
        let said = String::from_utf8_lossy(&said);
        let last = said.lines().last().unwrap_or("no output").to_string();
        failed(format!("exit status {status}, no PDF written ({last})"))
    })?;
    let pages = page_sizes(&bytes);
    if !bytes.starts_with(b"%PDF-") || pages.is_empty() {
        return Err(failed("the file written is not a PDF with pages".into()));
    }
    fs::rename(&partial, pdf).map_err(run_error)?;
    Ok(Printed {
        pages,
        bytes: bytes.len() as u64,
    })
}

/// How much of each of the browser's output streams is kept: the end, where the reason is.
const OUTPUT_KEPT: usize = 64 * 1024;

/// How long to wait for the rest of the browser's output once it has exited (a helper process
/// it started may hold the pipe open).
const OUTPUT_GRACE: Duration = Duration::from_secs(2);

/// A pipe being read to its end on its own thread.
struct Drained(mpsc::Receiver<Vec<u8>>);

impl Drained {
    /// The last [`OUTPUT_KEPT`] bytes read, waiting at most [`OUTPUT_GRACE`] for the end.
    fn collect(self) -> Vec<u8> {
        self.0.recv_timeout(OUTPUT_GRACE).unwrap_or_default()
    }
}

/// Reads `pipe` to its end on a thread, keeping the last [`OUTPUT_KEPT`] bytes.
fn drain(mut pipe: impl Read + Send + 'static) -> Drained {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = [0; 8192];
        loop {
            match pipe.read(&mut buffer) {
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Ok(0) | Err(_) => break,
                Ok(read) => {
                    kept.extend_from_slice(&buffer[..read]);
                    if kept.len() > 2 * OUTPUT_KEPT {
                        kept.drain(..kept.len() - OUTPUT_KEPT);
                    }
                }
            }
        }
        let start = kept.len().saturating_sub(OUTPUT_KEPT);
        let _ = sender.send(kept.split_off(start));
    });
    Drained(receiver)
}

/// A `file://` URL for a local file, with the characters URLs cannot hold escaped.
fn file_url(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let escaped = percent_encoding::utf8_percent_encode(&text, FILE_PATH);
    if escaped.to_string().starts_with('/') {
        format!("file://{escaped}")
    } else {
        format!("file:///{escaped}")
    }
}

/// True when the process runs as root, where Chromium needs `--no-sandbox`.
#[cfg(target_os = "linux")]
fn runs_as_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// True when the process runs as root, where Chromium needs `--no-sandbox`.
#[cfg(not(target_os = "linux"))]
fn runs_as_root() -> bool {
    false
}

/// The page sizes of a PDF as Chromium writes it: one uncompressed `/Type /Page` dictionary
/// with a `/MediaBox [x0 y0 x1 y1]` per page.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let text = String::from_utf8_lossy(pdf);
    let mut sizes = Vec::new();
    for object in text.split("endobj") {
        let is_page = object
            .match_indices("/Type /Page")
            .any(|(at, found)| !object[at + found.len()..].starts_with('s'));
        if !is_page {
            continue;
        }
        let Some(start) = object.find("/MediaBox [") else {
            continue;
        };
        let rest = &object[start + "/MediaBox [".len()..];
        let Some(end) = rest.find(']') else {
            continue;
        };
        let numbers: Vec<f32> = rest[..end]
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        if let [x0, y0, x1, y1] = numbers[..] {
            sizes.push((x1 - x0, y1 - y0));
        }
    }
    sizes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_sizes_are_read_from_each_page_object() {
        let pdf = b"%PDF-1.4\n1 0 obj\n<</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>>\nendobj\n\
2 0 obj\n<</Type /Page /MediaBox [0 0 594.96 841.92] /Parent 1 0 R>>\nendobj\n\
3 0 obj\n<</Type /Page\n/Parent 1 0 R /MediaBox [0 0 612 792]>>\nendobj\n";
        let sizes = page_sizes(pdf);
        assert_eq!(sizes, vec![(594.96, 841.92), (612.0, 792.0)]);
        let printed = Printed {
            pages: sizes,
            bytes: 0,
        };
        assert!(!printed.is_a4(), "a Letter page is not A4");
        let a4 = Printed {
            pages: vec![(594.96, 841.92)],
            bytes: 0,
        };
        assert!(a4.is_a4());
    }

    #[test]
    fn a_pdf_without_pages_has_no_sizes() {
        assert!(page_sizes(b"%PDF-1.4\n%%EOF").is_empty());
        assert!(
            !Printed {
                pages: vec![],
                bytes: 0
            }
            .is_a4()
        );
    }

    /// A "browser" that writes far more than a pipe holds to both streams before printing.
    #[cfg(unix)]
    #[test]
    fn a_chatty_browser_does_not_hang_the_print() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let browser = dir.path().join("chatty-chromium");
        fs::write(
            &browser,
            "#!/bin/sh\n\
             for arg; do case \"$arg\" in --print-to-pdf=*) out=\"${arg#--print-to-pdf=}\";; esac; done\n\
             head -c 1000000 /dev/zero | tr '\\0' o\n\
             head -c 1000000 /dev/zero | tr '\\0' e >&2\n\
             printf '%%PDF-1.4\\n1 0 obj\\n<</Type /Page /MediaBox [0 0 595.28 841.89]>>\\nendobj\\n' > \"$out\"\n",
        )
        .unwrap();
        fs::set_permissions(&browser, fs::Permissions::from_mode(0o755)).unwrap();
        let page = dir.path().join("page.html");
        fs::write(&page, "<p>hi</p>").unwrap();
        let started = Instant::now();
        let printed = print(
            &browser,
            &page,
            &dir.path().join("page.pdf"),
            &dir.path().join("profile"),
        )
        .unwrap();
        assert!(printed.is_a4(), "{printed:?}");
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn file_urls_escape_spaces_and_keep_slashes() {
        let url = file_url(Path::new("/tmp/my site/en/index.html"));
        assert_eq!(url, "file:///tmp/my%20site/en/index.html");
    }

    #[test]
    fn a_browser_named_that_does_not_exist_is_an_error_with_install_help() {
        let error = find_browser(Some(Path::new("/nonexistent/chromium"))).unwrap_err();
        assert!(matches!(error, PdfError::Missing(_)));
        assert!(error.help().contains("apt-get install chromium"));
    }
}
