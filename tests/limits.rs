//! Nesting limits: inputs nested deep enough to overflow a parser's stack or to take a parser
//! minutes are a clear error naming the file and line, never a crash or a hang. The inputs are
//! generated here (each is tens of kilobytes of brackets).

use std::fs;

use crate::support::{Run, Site};

/// A small valid site (English and German) with `files` added.
fn site_with(files: &[(&str, String)]) -> Site {
    let site = Site::fixture("bad/empty-file");
    fs::remove_file(site.path("content/en/empty.md")).unwrap();
    for (path, text) in files {
        let path = site.path(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    site
}

/// Asserts the run failed as a problem in the input (exit 1), naming `place` and `message`.
fn fails_at(run: &Run, place: &str, message: &str) {
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{place} error: {message}")),
        "expected `{place} error: {message}` in:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("= help: "), "{}", run.stderr);
}

#[test]
fn fluent_placeables_nested_20000_deep_are_an_error_not_a_stack_overflow() {
    let deep = format!(
        "fine = Fine\nmsg = {}\"x\"{}\n",
        "{ ".repeat(20_000),
        " }".repeat(20_000)
    );
    let site = site_with(&[("locales/en/deep.ftl", deep)]);
    let message = "Fluent placeables are nested more than 100 levels deep here";
    fails_at(&site.run(&["build"]), "locales/en/deep.ftl:2:207:", message);
    fails_at(&site.run(&["check"]), "locales/en/deep.ftl:2:207:", message);
    let status = site.run(&["status"]);
    assert!(status.code == 0 || status.code == 1, "{}", status.stderr);
    assert!(
        status.stderr.contains("locales/en/deep.ftl:2:207: error"),
        "{}",
        status.stderr
    );
    assert!(!site.path("public").exists());
}

#[test]
fn yaml_nested_100000_deep_is_an_error_in_front_matter_and_site_yaml() {
    let brackets = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let leaflet = format!("---\ntitle: Deep\ntags: {brackets}\n---\nText.\n");
    let site = site_with(&[("content/en/deep.md", leaflet)]);
    let message = "lists and mappings are nested more than 64 levels deep here";
    fails_at(&site.run(&["build"]), "content/en/deep.md:3:70:", message);
    fails_at(&site.run(&["check"]), "content/en/deep.md:3:70:", message);

    let site = site_with(&[]);
    let config = fs::read_to_string(site.path("site.yaml")).unwrap();
    let blocks: String = (0..100)
        .map(|n| format!("{}- x\n", "  ".repeat(n)))
        .collect();
    fs::write(site.path("site.yaml"), format!("{config}extra:\n{blocks}")).unwrap();
    fails_at(&site.run(&["build"]), "site.yaml:73:127:", message);
}

#[test]
fn raw_html_nested_40000_deep_is_an_error_naming_its_line() {
    let html = format!(
        "---\ntitle: Html\n---\nText.\n\n{}x{}\n",
        "<div>".repeat(40_000),
        "</div>".repeat(40_000)
    );
    let site = site_with(&[("content/en/html.md", html)]);
    let message = "raw HTML elements are nested more than 200 levels deep here";
    fails_at(&site.run(&["build"]), "content/en/html.md:6:1:", message);
    fails_at(&site.run(&["check"]), "content/en/html.md:6:1:", message);
    assert!(!site.path("public").exists());
}
