//! The command line as people meet it: `init`, `theme eject`, completions, the man page,
//! `--version`, colour and `NO_COLOR`.

use std::fs;
use std::path::Path;
use std::process::Command;

fn leafpress(args: &[&str], dir: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn init_makes_a_site_that_builds_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = leafpress(&["init", "site", "--languages", "en,de,ar"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("leafpress build --root site"),
        "prints the next commands: {stderr}"
    );
    assert!(
        stderr.contains("leafpress serve --root site --open")
            && !stderr.contains("open site/public"),
        "a way to look at the site that works (a plain build's links need a web server): {stderr}"
    );
    let site = dir.path().join("site");
    let config = fs::read_to_string(site.join("site.yaml")).unwrap();
    assert!(config.contains("  - code: ar\n    name: العربية"));
    assert!(
        config.lines().filter(|l| l.starts_with('#')).count() > 10,
        "keys are explained"
    );
    let leaflet = fs::read_to_string(site.join("content/en/about-this-site.md")).unwrap();
    for key in [
        "title",
        "summary",
        "order",
        "slug",
        "reviewed",
        "next_review",
        "authors",
        "reviewers",
        "sources",
        "tags",
        "funding",
        "draft",
        "template",
    ] {
        assert!(leaflet.contains(&format!("\n{key}:")), "{key} missing");
    }
    assert!(
        fs::read_to_string(site.join(".gitignore"))
            .unwrap()
            .contains("/public")
    );
    let (code, _, stderr) = leafpress(&["build", "--root", "site"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("warning:"), "{stderr}");
    assert!(site.join("public/ar/about-this-site/index.html").is_file());
    let (code, _, stderr) = leafpress(&["check", "--root", "site"], dir.path());
    assert_eq!(code, 0, "the new site passes check: {stderr}");
    assert!(!stderr.contains("error["), "{stderr}");
}

#[test]
fn init_writes_content_in_the_source_language_only_so_others_fall_back_honestly() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = leafpress(&["init", "site", "--languages", "en,fr"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("leafpress status --root site"), "{stderr}");
    let site = dir.path().join("site");
    assert!(
        !site.join("content/fr").exists(),
        "no English text as French"
    );
    assert!(site.join("locales/fr/main.ftl").is_file());
    let (code, _, stderr) = leafpress(&["build", "--root", "site"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    let page = fs::read_to_string(site.join("public/fr/about-this-site/index.html")).unwrap();
    assert!(
        page.contains(r#"<meta name="robots" content="noindex">"#)
            && page.contains(r#"<div class="leaflet-text" lang="en" dir="ltr">"#),
        "the French page is the English text, marked as such: {page}"
    );
    let (_, stdout, stderr) = leafpress(
        &["status", "--root", "site", "--format", "json"],
        dir.path(),
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).expect(&stderr);
    let french = &report["languages"][0];
    assert_eq!(french["language"], "fr");
    assert_eq!(french["translated_percent"], 0.0, "{report}");
    assert_eq!(report["leaflets"][0]["states"]["fr"], "missing");
}

#[test]
fn init_refuses_a_non_empty_folder_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("site.yaml"), "mine").unwrap();
    let (code, _, stderr) = leafpress(&["init"], dir.path());
    assert_eq!(code, 2, "a refusal to run: {stderr}");
    assert!(stderr.contains("is not empty") && stderr.contains("--force"));
    let (code, _, stderr) = leafpress(&["init", "--force"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("kept ./site.yaml"), "{stderr}");
    assert_eq!(
        fs::read_to_string(dir.path().join("site.yaml")).unwrap(),
        "mine"
    );
    assert!(dir.path().join("content/en/about-this-site.md").is_file());
}

#[test]
fn init_names_regional_languages_in_their_own_language() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = leafpress(&["init", "--languages", "en,pt-BR,pt-AO"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    let config = fs::read_to_string(dir.path().join("site.yaml")).unwrap();
    assert!(
        config.contains("  - code: pt-BR\n    name: Português (Brasil)\n")
            && config.contains("  - code: pt-AO\n    name: Português (AO)\n"),
        "{config}"
    );
    let (code, _, stderr) = leafpress(&["init", "other", "--languages", "english"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("did you mean `en`?"), "{stderr}");
}

#[test]
fn theme_eject_copies_the_theme_and_the_site_uses_it() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(leafpress(&["init", "--languages", "en"], dir.path()).0, 0);
    let (code, _, stderr) = leafpress(&["theme", "eject", "--template", "base.html"], dir.path());
    assert_eq!(code, 0, "{stderr}");
    let base = dir.path().join("themes/default/templates/base.html");
    let text = fs::read_to_string(&base)
        .unwrap()
        .replace("<body>", "<body class=\"charity\">");
    fs::write(&base, text).unwrap();
    assert!(
        !dir.path()
            .join("themes/default/templates/leaflet.html")
            .exists(),
        "only the template asked for"
    );
    assert_eq!(leafpress(&["build"], dir.path()).0, 0);
    let page = fs::read_to_string(dir.path().join("public/en/about-this-site/index.html")).unwrap();
    assert!(page.contains("<body class=\"charity\">"));
    let (code, _, _) = leafpress(&["theme", "eject"], dir.path());
    assert_eq!(code, 0);
    assert!(dir.path().join("themes/default/static/style.css").is_file());
    assert!(
        fs::read_to_string(&base).unwrap().contains("charity"),
        "never overwritten"
    );
    let (code, _, stderr) = leafpress(&["theme", "eject", "--template", "nope.html"], dir.path());
    assert_eq!(code, 1);
    assert!(
        stderr.contains("base.html"),
        "lists the templates: {stderr}"
    );
}

#[test]
fn completions_man_page_and_version_come_from_the_cli_definitions() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, stdout, _) = leafpress(&["completions", shell], dir.path());
        assert_eq!(code, 0);
        assert!(
            stdout.contains("leafpress") && stdout.contains("portable"),
            "{shell}"
        );
    }
    let (code, stdout, _) = leafpress(&["man"], dir.path());
    assert_eq!(code, 0);
    assert!(stdout.contains(".TH leafpress 1"));
    let (code, stdout, _) = leafpress(&["--version"], dir.path());
    assert_eq!(code, 0);
    assert_eq!(
        stdout.trim(),
        format!("leafpress {}", env!("CARGO_PKG_VERSION"))
    );
    let (_, stdout, _) = leafpress(&["build", "--help"], dir.path());
    assert!(stdout.contains("Example: leafpress build"));
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_leafpress"))
            .args(args)
            .current_dir(dir.path())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .envs(envs.iter().copied())
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let coloured = run(&[("CLICOLOR_FORCE", "1")], &["build"]);
    assert!(coloured.contains('\u{1b}'), "{coloured}");
    let plain = run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &["build"]);
    assert!(
        !plain.contains('\u{1b}') && plain.contains("error: no site.yaml"),
        "{plain}"
    );
    assert!(
        !run(&[], &["build"]).contains('\u{1b}'),
        "no colour when not a terminal"
    );
    assert!(run(&[], &["build", "--color", "always"]).contains('\u{1b}'));
    let quiet = run(&[], &["init", "q", "--quiet"]);
    assert!(quiet.is_empty(), "{quiet}");
}

#[test]
fn a_json_flag_gets_a_tip_to_use_format_json_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    for (args, tip) in [
        (&["status", "--json"][..], "use '--format json'"),
        (&["check", "--sarif"][..], "use '--format sarif'"),
    ] {
        let (code, _, stderr) = leafpress(args, dir.path());
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains("unexpected argument") && stderr.contains(tip),
            "{stderr}"
        );
    }
    let (code, _, stderr) = leafpress(&["build", "--json"], dir.path());
    assert_eq!(code, 2);
    assert!(
        !stderr.contains("--format"),
        "build has no --format: {stderr}"
    );
}
