//! Helpers: copy a fixture site into a temporary folder, run the binary on it, read pages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub mod xliff_schema;

/// A fixture site copied into a temporary folder, so tests never write into the repository.
pub struct Site {
    /// Keeps the folder alive.
    _dir: tempfile::TempDir,
    /// The copied site's root.
    pub root: PathBuf,
}

/// What a run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stderr: String,
}

impl Site {
    /// Copies `tests/fixtures/<name>` into a fresh temporary folder.
    pub fn fixture(name: &str) -> Site {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        assert!(source.is_dir(), "no fixture {name}");
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        copy_dir(&source, &root);
        Site { _dir: dir, root }
    }

    /// Copies a site folder (its `site.yaml`, `content/`, `locales/`, `static/` and `themes/`)
    /// into a fresh temporary folder.
    pub fn copy_of(source: &Path) -> Site {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        fs::create_dir_all(&root).unwrap();
        fs::copy(source.join("site.yaml"), root.join("site.yaml")).unwrap();
        for folder in ["content", "locales", "static", "themes", ".leafpress"] {
            if source.join(folder).is_dir() {
                copy_dir(&source.join(folder), &root.join(folder));
            }
        }
        Site { _dir: dir, root }
    }

    /// Runs `leafpress <args> --root <site>` and captures the exit code and stderr, with the
    /// temporary path replaced by `[SITE]`.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_leafpress"))
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr)
            .replace(&self.root.display().to_string(), "[SITE]");
        Run {
            code: output.status.code().unwrap_or(-1),
            stderr,
        }
    }

    /// Runs `leafpress build` and asserts it succeeded with no warnings.
    pub fn build_clean(&self, extra: &[&str]) {
        let mut args = vec!["build"];
        args.extend_from_slice(extra);
        let run = self.run(&args);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        assert!(
            !run.stderr.contains("warning:"),
            "build warned:\n{}",
            run.stderr
        );
    }

    /// A file of the output, as text.
    pub fn page(&self, path: &str) -> String {
        fs::read_to_string(self.root.join("public").join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// A path inside the site.
    pub fn path(&self, path: &str) -> PathBuf {
        self.root.join(path)
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The text between `<main` and `</main>`.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("page has <main>");
    let end = html.find("</main>").expect("page has </main>") + "</main>".len();
    &html[start..end]
}

/// The text between `<head>` and `</head>`, without the JSON-LD script.
pub fn head_of(html: &str) -> String {
    let start = html.find("<head>").expect("page has <head>");
    let end = html.find("</head>").expect("page has </head>") + "</head>".len();
    let head = &html[start..end];
    let opening = &html[..start];
    format!("{}{}", opening.lines().last().unwrap_or_default(), head)
}

/// A GET request to a server on this machine, one request per connection: (status, status line
/// and headers, body).
pub fn http_get(port: u16, path: &str) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (status, head.to_string(), body.to_string())
}

/// Spawns `command` (a `leafpress serve`) with standard error piped and reads the port from its
/// first line, `Serving http://127.0.0.1:PORT/ (Ctrl-C stops)`: the child, the port, and the
/// rest of standard error for the caller to read or drain.
pub fn spawn_serve(
    command: &mut Command,
) -> (
    std::process::Child,
    u16,
    std::io::Lines<std::io::BufReader<std::process::ChildStderr>>,
) {
    use std::io::BufRead;
    let mut child = command
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let port = first
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {first:?}"));
    (child, port, lines)
}
