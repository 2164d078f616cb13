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
    unknown_audience => "unknown-audience",
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
    two_files_with_one_identity => "shared-identity",
    reserved_long_device_and_bidi_slugs => "reserved-slug",
    unclosed_raw_html_swallowing_the_rest => "unclosed-raw-html",
    script_urls_in_front_matter_sources => "unsafe-urls",
    script_url_as_the_organisation_website => "unsafe-organisation-url",
    every_type_error_of_a_front_matter => "every-type-error",
    links_to_a_leaflet_that_failed_to_parse_are_not_broken => "link-to-broken-leaflet",
    a_base_url_without_a_scheme => "relative-base-url",
}

/// Issue 21, row 6: `check` reports an unclosed `<style>` as an error too, with its line.
#[test]
fn check_reports_an_unclosed_raw_element_as_an_error() {
    let site = Site::fixture("bad/unclosed-raw-html");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/en/form.md:6:7: error[unclosed-html]: `<style>` is never closed"),
        "{}",
        run.stderr
    );
}

#[test]
fn base_url_on_the_command_line_replaces_a_relative_one() {
    let site = Site::fixture("bad/relative-base-url");
    site.build_clean(&["--base-url", "https://example.org/guide/"]);
    assert!(
        site.page("sitemap.xml")
            .contains("https://example.org/guide/en/fine/")
    );
    // `check` reads the site without publishing it: only a warning.
    let run = site.run(&["check"]);
    assert!(run.stderr.contains("warning: `base_url`"), "{}", run.stderr);
}

#[test]
fn serve_settings_allow_a_relative_base_url() {
    let site = Site::fixture("bad/relative-base-url");
    let settings = leafpress::Settings {
        base_url: Some("/".into()),
        ..leafpress::Settings::default()
    };
    let project = leafpress::Project::open(&site.root, settings).unwrap();
    let mut diagnostics = leafpress::diagnostics::Diagnostics::new();
    assert!(project.config(&mut diagnostics).unwrap().is_some());
    assert!(diagnostics.into_sorted().is_empty());
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
        run.stderr.contains(
            "content/en/secret.md: error: this link points outside the site folder, to `"
        ),
        "{}",
        run.stderr
    );
}

/// A site with `static/` and a theme folder, for the link tests.
#[cfg(unix)]
fn site_with_static() -> Site {
    site_with(&[
        ("content/en/fine.md", b"---\ntitle: Fine\n---\nText.\n"),
        ("static/logo.txt", b"logo"),
        ("themes/default/static/theme.css", b"p {}"),
    ])
}

#[cfg(unix)]
#[test]
fn links_in_static_and_the_theme_that_leave_the_site_are_errors() {
    use std::os::unix::fs::symlink;
    let site = site_with_static();
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("passwd"), "root:x:0:0").unwrap();
    symlink(outside.path().join("passwd"), site.path("static/passwd")).unwrap();
    symlink(outside.path(), site.path("static/elsewhere")).unwrap();
    symlink("/", site.path("static/root")).unwrap();
    symlink(
        outside.path().join("passwd"),
        site.path("themes/default/static/passwd"),
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for link in [
        "static/passwd",
        "static/elsewhere",
        "themes/default/static/passwd",
    ] {
        assert!(
            run.stderr.contains(&format!(
                "{link}: error: this link points outside the site folder"
            )),
            "{link}:\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr.contains(
            "static/root: error: this link points at `/`, a folder that contains the whole site"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.path("public").exists());
}

#[cfg(unix)]
#[test]
fn links_inside_the_site_are_followed_and_links_out_can_be_allowed() {
    use std::os::unix::fs::symlink;
    let site = site_with_static();
    symlink(site.path("static/logo.txt"), site.path("static/alias.txt")).unwrap();
    symlink(
        site.path("static/logo.txt"),
        site.path("themes/default/static/logo-copy.txt"),
    )
    .unwrap();
    site.build_clean(&[]);
    assert_eq!(site.page("alias.txt"), "logo");
    assert_eq!(site.page("logo-copy.txt"), "logo");

    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("shared.css"), "shared").unwrap();
    symlink(
        outside.path().join("shared.css"),
        site.path("static/shared.css"),
    )
    .unwrap();
    assert_eq!(site.run(&["build"]).code, 1);
    let yaml = fs::read_to_string(site.path("site.yaml")).unwrap();
    fs::write(
        site.path("site.yaml"),
        format!("{yaml}allow_links_outside: true\n"),
    )
    .unwrap();
    site.build_clean(&[]);
    assert_eq!(site.page("shared.css"), "shared");
    // Not even the opt-in lets a link publish the folder that holds the site.
    symlink("/", site.path("static/root")).unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("static/root: error"), "{}", run.stderr);
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

/// Issue 21, row 8: macOS saves names in NFD; the same leaflet saved NFC in one language and
/// NFD in another is one leaflet (a translation), with a warning naming the NFD file. Written at
/// run time: git may normalise names.
#[test]
fn names_in_another_unicode_form_are_the_same_leaflet() {
    let leaflet = |title: &str| format!("---\ntitle: {title}\n---\ntext\n").into_bytes();
    let (en, de) = (leaflet("Café"), leaflet("Kaffee"));
    let site = site_with(&[
        ("content/en/caf\u{e9}.md", &en),
        ("content/de/cafe\u{301}.md", &de),
    ]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/de/cafe\u{301}.md: warning: this file's name is saved in another Unicode form"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("content/en/caf\u{e9}.md: warning"),
        "{}",
        run.stderr
    );
    let german = site.page("de/caf\u{e9}/index.html");
    assert!(german.contains("Kaffee"), "{german}");
    assert!(!site.path("de/cafe\u{301}").exists());
    let status = site.page("translation-status/index.html");
    assert!(!status.contains("cafe\u{301}"), "{status}");
}

/// Issue 21, row 7: two names that are not UTF-8 but read the same are one identity: an error
/// naming both, not one of them dropped.
#[cfg(unix)]
#[test]
fn two_non_utf8_names_with_one_reading_are_an_error() {
    use std::os::unix::ffi::OsStrExt;
    let site = site_with(&[]);
    for name in [&b"caf\xe9.md"[..], &b"caf\xff.md"[..]] {
        let path = site
            .path("content/en")
            .join(std::ffi::OsStr::from_bytes(name));
        fs::write(path, "---\ntitle: A\n---\ntext\n").unwrap();
    }
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: this file and `content/en/caf\u{fffd}.md` are both the leaflet"),
        "{}",
        run.stderr
    );
}

/// Issue 21, row 14: file and folder names that read differently than they are, or that the
/// output cannot write, are errors naming the file (made at run time: git and some disks refuse
/// such names).
#[test]
fn unsafe_file_names_are_errors_naming_the_file() {
    let leaflet: &[u8] = b"---\ntitle: A\n---\ntext\n";
    let site = site_with(&[
        ("content/en/invoice\u{202E}fdp.md", leaflet),
        ("content/en/a\u{7}b/c.md", leaflet),
        ("content/en/index.html.md", leaflet),
        ("content/en/con.md", leaflet),
        ("content/en/fine.md", leaflet),
    ]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "content/en/invoice\u{202E}fdp.md: error: the name `invoice\\u{202e}fdp` contains an invisible right-to-left override",
        // The path is printed as the terminal shows it; the message names the character.
        "c.md: error: the name `a\\u{7}b` contains a control character",
        "content/en/index.html.md: error: the name `index.html` is the name of the file every page is written to",
        "content/en/con.md: error: the name `con` is a device name on Windows",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    assert_eq!(run.stderr.matches("error:").count(), 4, "{}", run.stderr);
}
