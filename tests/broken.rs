//! Every command on a broken site (`tests/fixtures/bad/broken-translation`: the German
//! side-effects leaflet has a front matter error): each prints the error with its file, line
//! and column and exits 1. `status` still shows its report first; the commands that write into
//! the site or hand work out (`status --stamp`, `xliff`, `new`, `pdf`) write nothing.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::Site;

/// Where the fixture's error is.
const ERROR_AT: &str = "content/de/side-effects.md:5:8: error:";

/// Every file of the site with its text, to prove that nothing was written.
fn files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                found.push((name, fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

/// Runs a command on the broken site and asserts it reported the error, exited 1 and left the
/// site as it was. Returns the run's stdout and stderr.
fn refuses(site: &Site, args: &[&str], not_done: &str) -> String {
    let before = files(&site.root);
    let run = site.run(args);
    assert_eq!(run.code, 1, "{args:?}:\n{}", run.stderr);
    assert!(run.stderr.contains(ERROR_AT), "{args:?}:\n{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "the site has 1 error(s), shown above, so {not_done}"
        )),
        "{args:?}:\n{}",
        run.stderr
    );
    assert!(files(&site.root) == before, "{args:?} changed the site");
    run.stderr
}

#[test]
fn status_shows_its_table_then_the_error_and_exits_1() {
    let site = Site::fixture("bad/broken-translation");
    let output = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["status", "--root"])
        .arg(&site.root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stdout.contains("side-effects"), "the table: {stdout}");
    assert!(stderr.contains(ERROR_AT), "{stderr}");
    assert!(stderr.contains("counts as missing above"), "{stderr}");

    let json = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["status", "--format", "json", "--root"])
        .arg(&site.root)
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["errors"][0]["file"], "content/de/side-effects.md");
    assert_eq!(report["errors"][0]["line"], 5);

    let diff = site.run(&["status", "--diff", "ar/side-effects"]);
    assert_eq!(diff.code, 1, "{}", diff.stderr);
    assert!(diff.stderr.contains(ERROR_AT), "{}", diff.stderr);
}

#[test]
fn commands_that_write_into_the_site_refuse_and_write_nothing() {
    let site = Site::fixture("bad/broken-translation");
    refuses(&site, &["status", "--stamp", "ar"], "nothing was stamped");
    refuses(&site, &["new", "leaflet", "diet"], "no leaflet was added");
    refuses(&site, &["new", "locale", "pl"], "no language was added");
    refuses(
        &site,
        &["xliff", "export", "--lang", "de", "--output", "de.xlf"],
        "nothing was exported",
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let xliff = elsewhere.path().join("de.xlf");
    fs::write(&xliff, "<xliff/>").unwrap();
    refuses(
        &site,
        &["xliff", "import", xliff.to_str().unwrap()],
        "nothing was imported",
    );
    // Any file does as the browser: the site is refused before it would run.
    refuses(
        &site,
        &[
            "pdf",
            "--all",
            "--chromium",
            env!("CARGO_BIN_EXE_leafpress"),
        ],
        "nothing was printed",
    );
}

#[test]
fn a_warning_alone_is_printed_but_does_not_stop_a_command() {
    let site = Site::fixture("build/multilingual");
    fs::write(site.path("content/notes.txt"), "not a leaflet").unwrap();
    let run = site.run(&["new", "leaflet", "diet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/notes.txt: warning: files directly under `content/` are ignored"),
        "{}",
        run.stderr
    );
    assert!(site.path("content/en/diet.md").is_file());
}

#[test]
fn xliff_export_output_is_relative_to_the_site_root_as_for_build() {
    let site = Site::fixture("build/multilingual");
    let elsewhere = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args([
            "xliff", "export", "--lang", "de", "--output", "de.xlf", "--root",
        ])
        .arg(&site.root)
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(site.path("de.xlf").is_file(), "{stderr}");
    assert!(!elsewhere.path().join("de.xlf").exists());
    assert!(stderr.contains("wrote "), "says where: {stderr}");
}
