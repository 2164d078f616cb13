//! Bad input: each fixture under `tests/fixtures/bad/` has one kind of defect. `build` and
//! `check` must exit 1 (never panic), name the file, line and column where it has them, say
//! what to do, report every problem of the run, and leave the previous output untouched.
//! Inputs too large or too strange to keep in git (20 MB, deep nesting, symbolic links) are
//! made by the tests.

use std::fs;

use crate::support::Site;

/// Builds an invalid fixture and returns its stderr, after checking the exit code.
fn failing(case: &str) -> String {
    let site = Site::fixture(&format!("bad/{case}"));
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
    unconfigured_locale_folder => "unconfigured-locale-folder",
    fluent_missing_variable => "fluent-missing-variable",
}

#[test]
fn broken_links_and_unknown_keys_are_warnings_with_positions() {
    let site = Site::fixture("bad/broken-link");
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
    let site = Site::fixture("bad/missing-title");
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

fn site_with(files: &[(&str, &[u8])]) -> Site {
    let site = Site::fixture("bad/empty-file");
    fs::remove_file(site.path("content/en/empty.md")).unwrap();
    for (path, bytes) in files {
        let path = site.path(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    site
}

#[test]
fn a_20_megabyte_leaflet_and_deep_nesting_build() {
    let mut huge = String::from("---\ntitle: Huge\n---\n");
    let paragraph =
        "The immune system can help you feel better when side effects are found early.\n\n";
    while huge.len() < 20_000_000 {
        huge.push_str(paragraph);
    }
    let quotes = format!("---\ntitle: Quotes\n---\n{}deep\n", "> ".repeat(10_000));
    let lists: String = std::iter::once("---\ntitle: Lists\n---\n".to_string())
        .chain((0..10_000).map(|i| format!("{}- item\n", "  ".repeat(i))))
        .collect();
    let site = site_with(&[
        ("content/en/huge.md", huge.as_bytes()),
        ("content/en/quotes.md", quotes.as_bytes()),
        ("content/en/lists.md", lists.as_bytes()),
    ]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.page("en/huge/index.html").len() > 20_000_000);
    assert!(site.page("en/quotes/index.html").contains("deep"));
}

#[cfg(unix)]
#[test]
fn symbolic_links_that_loop_or_leave_the_site_are_errors() {
    let site = site_with(&[]);
    std::os::unix::fs::symlink(site.path("content/en"), site.path("content/en/loop")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.md"),
        "---\ntitle: Secret\n---\nnot yours\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        site.path("content/en/secret.md"),
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/en/loop: error: this symbolic link makes a loop"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/en/secret.md: error: this link points outside the site folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn names_that_collide_on_case_insensitive_disks_are_warnings() {
    let leaflet: &[u8] = b"---\ntitle: A\n---\ntext\n";
    let site = site_with(&[
        ("content/en/Side Effects.md", leaflet),
        ("content/en/side effects.md", leaflet),
    ]);
    let run = site.run(&["build"]);
    assert!(
        run.stderr
            .contains("differs from `content/en/Side Effects.md` only in letter case"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_build_killed_midway_leaves_the_old_output_and_no_litter_after_the_next_build() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    let before = site.page("en/side-effects/index.html");
    for i in 0..300 {
        fs::write(
            site.path(&format!("content/en/extra-{i}.md")),
            format!("---\ntitle: Extra {i}\n---\n{}\n", "Text. ".repeat(2000)),
        )
        .unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["build", "--root"])
        .arg(&site.root)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(30));
    child.kill().unwrap();
    child.wait().unwrap();
    let now = fs::read_to_string(site.path("public/en/side-effects/index.html")).unwrap();
    let extra = site.path("public/en/extra-0/index.html").exists();
    assert!(
        now == before || extra,
        "either the old output or the new one, whole"
    );
    site.build_clean(&[]);
    let litter: Vec<_> = fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("leafpress-"))
        .collect();
    assert!(litter.is_empty(), "{litter:?}");
}
