//! Real-browser checks of the default theme on the bundled guide (tests/browser/check.mjs:
//! axe-core, reflow, no JavaScript, keyboard, print, weight, the Nu HTML checker), and
//! `leafpress pdf`. They need Debian's Chromium, Java, Node.js and `npm ci` in tests/browser;
//! `.ci/run` installs all of them. Elsewhere a missing piece skips these tests with a line
//! saying what to install, except under `CI=true`, where a skip would hide a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::Site;

/// What the browser checks need, or why they cannot run here.
fn prerequisites() -> Result<(PathBuf, PathBuf), String> {
    let browser = leafpress::pdf::find_browser(None)
        .map_err(|_| "install chromium (Debian: apt-get install chromium)".to_string())?;
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    for (program, hint) in [
        ("node", "install Node.js"),
        (
            "java",
            "install Java (Debian: apt-get install default-jre-headless)",
        ),
    ] {
        let found = Command::new(program).arg("--version").output().is_ok();
        if !found {
            return Err(hint.to_string());
        }
    }
    if !suite.join("node_modules/playwright-core").is_dir() {
        return Err("run `npm ci --prefix tests/browser`".to_string());
    }
    Ok((browser, suite))
}

/// The prerequisites, or `None` after printing the skip line (a panic under CI).
fn ready(test: &str) -> Option<(PathBuf, PathBuf)> {
    match prerequisites() {
        Ok(found) => Some(found),
        Err(missing) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{test}: the browser checks must run in CI, but: {missing}")
        }
        Err(missing) => {
            shown(&format!("skipped: install chromium ({test}: {missing})"));
            None
        }
    }
}

/// Writes to standard error past the test harness's capture (which takes only `print!` and
/// `eprint!`), so `cargo test` shows the line whether the test passes or not.
fn shown(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{}", text.trim_end());
}

#[test]
fn every_page_of_the_bundled_guide_passes_the_browser_checks() {
    let Some((browser, suite)) = ready("browser checks") else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    site.build_clean(&[]);
    let output = Command::new("node")
        .arg(suite.join("check.mjs"))
        .arg(site.root.join("public"))
        .env("CHROMIUM", &browser)
        .output()
        .expect("node runs");
    let report = String::from_utf8_lossy(&output.stdout);
    // The per-check summary (pages checked, violations found) is shown even when the test
    // passes.
    shown(&report);
    shown(&String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "the browser checks found problems (see above):\n{}",
        report
            .lines()
            .filter(|l| l.starts_with("FAIL") || l.starts_with("browser:"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(report.contains("browser: "), "no summary line:\n{report}");
}

#[test]
fn pdf_prints_a_leaflet_on_a4_and_names_what_it_wrote() {
    let Some((browser, _)) = ready("leafpress pdf") else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    let run = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["pdf", "en/side-effects", "ar/alert-card", "--chromium"])
        .arg(&browser)
        .arg("--root")
        .arg(&site.root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    // Named by the page's address: the Arabic alert card's slug.
    for pdf in ["pdf/en/side-effects.pdf", "pdf/ar/bitaqat-al-tanbih.pdf"] {
        let written = site.root.join(pdf);
        let bytes = std::fs::read(&written).unwrap_or_else(|_| panic!("no {pdf}:\n{stderr}"));
        let printed = leafpress::pdf::Printed {
            pages: leafpress::pdf::page_sizes(&bytes),
            bytes: bytes.len() as u64,
        };
        assert!(
            printed.is_a4(),
            "{pdf}: pages {:?} are not all A4",
            printed.pages
        );
    }
    assert!(stderr.contains("A4 page(s)"), "{stderr}");
}

#[test]
fn pdf_without_a_browser_says_how_to_install_one() {
    let site = Site::fixture("build/multilingual");
    let run = site.run(&["pdf", "--all", "--chromium", "/nonexistent/chromium"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("does not exist") && run.stderr.contains("apt-get install chromium"),
        "{}",
        run.stderr
    );
    assert!(!site.root.join("pdf").exists(), "nothing is written");
}
