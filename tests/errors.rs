//! Bad input: each fixture under `tests/fixtures/invalid/` has one kind of defect. The build
//! must exit 1 (never panic), name the file, line and column where it has them, say what to
//! do, report every problem of the run, and leave the previous output untouched.

use std::fs;

use crate::support::Site;

/// Builds an invalid fixture and returns its stderr, after checking the exit code.
fn failing(case: &str) -> String {
    let site = Site::fixture(&format!("invalid/{case}"));
    let run = site.run(&["build"]);
    assert_eq!(
        run.code, 1,
        "{case}: expected exit 1, got {}:\n{}",
        run.code, run.stderr
    );
    assert!(
        run.stderr.contains("= help: "),
        "{case}: no help sentence:\n{}",
        run.stderr
    );
    assert!(
        !site.path("public").exists(),
        "{case}: a failed build wrote output"
    );
    run.stderr
}

macro_rules! invalid_cases {
    ($($name:ident => $case:literal),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!($case, failing($case));
        }
    )*};
}

invalid_cases! {
    yaml_syntax => "yaml-syntax",
    unclosed_front_matter => "unclosed-front-matter",
    wrong_types_in_two_files_are_both_reported => "wrong-types",
    missing_title => "missing-title",
    unconfigured_language_folder => "unconfigured-language-folder",
    bad_site_languages => "bad-site-languages",
    url_collision => "url-collision",
    unsafe_slug => "unsafe-slug",
    template_syntax => "template-syntax",
    template_undefined_variable => "template-undefined",
    fluent_syntax => "fluent-syntax",
    invalid_utf8 => "invalid-utf8",
    nul_byte => "nul-byte",
    empty_file => "empty-file",
}

#[test]
fn broken_links_and_unknown_keys_are_warnings_with_positions() {
    let site = Site::fixture("invalid/broken-link");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(
        "broken-link",
        run.stderr
            .lines()
            .filter(|l| !l.starts_with("built "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn missing_site_yaml_and_bad_usage_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["build", "--root"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no site.yaml"));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["build", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_failed_build_leaves_the_previous_output_as_it_was() {
    let site = Site::fixture("invalid/missing-title");
    let untitled = site.path("content/en/untitled.md");
    let broken = fs::read_to_string(&untitled).unwrap();
    fs::write(
        &untitled,
        format!("---\ntitle: Now titled\n{}", &broken[4..]),
    )
    .unwrap();
    site.build_clean(&[]);
    let before = site.page("en/untitled/index.html");
    fs::write(&untitled, broken).unwrap();
    assert_eq!(site.run(&["build"]).code, 1);
    assert_eq!(site.page("en/untitled/index.html"), before);
    let leftovers: Vec<_> = fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("leafpress-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
