//! XLIFF 2.0 export and import through the command line: what a CAT tool round trip does to a
//! site, and that it changes nothing a reader sees when every target equals its source.

use std::fs;
use std::path::Path;

use crate::support::{Site, main_of};

fn leafpress(site: &Site, args: &[&str]) -> (i32, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(args)
        .arg("--root")
        .arg(&site.root)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Copies each `<source>` into a `<target>`, as a CAT tool with "copy source" would.
fn fill_targets(xliff: &str) -> String {
    xliff
        .lines()
        .map(|line| match line.trim().strip_prefix("<source>") {
            Some(rest) => format!(
                "{line}\n        <target>{}",
                rest.replace("</source>", "</target>")
            ),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn export_lists_pending_work_and_import_rebuilds_the_same_pages() {
    let site = Site::fixture("build/multilingual");
    let (code, xliff, stderr) = leafpress(&site, &["xliff", "export", "--lang", "pt-BR"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(xliff.contains(r#"srcLang="en" trgLang="pt-BR""#));
    assert!(xliff.contains(r#"original="content/en/side-effects.md""#));
    assert!(
        xliff.contains("<source>Call your team straight away if you have diarrhoea[^1].</source>")
    );
    let file = site.path("pt-BR.xlf");
    fs::write(&file, fill_targets(&xliff)).unwrap();
    let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("wrote"), "{stderr}");
    site.build_clean(&[]);
    for leaflet in ["side-effects", "what-is"] {
        let source = main_text(&site, &format!("en/{leaflet}/index.html"));
        let imported = main_text(&site, &format!("pt-BR/{leaflet}/index.html"));
        let expected = source
            .replace("/en/", "/pt-BR/")
            .replace(r#"lang="en""#, r#"lang="pt-BR""#)
            // The theme's own words are Portuguese (pt-BR falls back to the theme's pt).
            .replace("On this page", "Nesta página");
        assert_eq!(imported, expected, "{leaflet}");
    }
    let (_, status, _) = leafpress(&site, &["status", "--format", "json"]);
    assert!(
        status.contains(r#""pt-BR": "current""#),
        "imported translations are stamped: {status}"
    );
    let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains("kept"),
        "existing translations are not overwritten without --force: {stderr}"
    );
}

#[test]
fn an_import_with_untranslated_units_is_not_marked_current() {
    let site = Site::fixture("build/multilingual");
    let (code, xliff, stderr) = leafpress(&site, &["xliff", "export", "--lang", "pt-BR"]);
    assert_eq!(code, 0, "{stderr}");
    // Every unit translated but the first of each file, which a translator left empty.
    let filled = fill_targets(&xliff);
    let mut partial = String::new();
    let mut first_in_file = false;
    for line in filled.lines() {
        if line.trim_start().starts_with("<file ") {
            first_in_file = true;
        }
        if first_in_file && line.trim_start().starts_with("<target>") {
            first_in_file = false;
            continue;
        }
        partial.push_str(line);
        partial.push('\n');
    }
    let file = site.path("pt-BR.xlf");
    fs::write(&file, partial).unwrap();
    let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("so it is not marked current"), "{stderr}");
    let (_, status, _) = leafpress(&site, &["status", "--format", "json"]);
    assert!(
        !status.contains(r#""pt-BR": "current""#) && status.contains(r#""pt-BR": "unknown""#),
        "a partial import stays unknown: {status}"
    );
}

/// The leaflet text of a page: its `.leaflet-text` block with whitespace folded.
fn main_text(site: &Site, page: &str) -> String {
    let html = site.page(page);
    let main = main_of(&html);
    let start = main.find("<div class=\"leaflet-text\"").unwrap();
    let text = &main[start..];
    let end = text.find("</div>\n<footer").unwrap();
    let text = &text[text.find('>').unwrap() + 1..end];
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_leaflet_of_the_bundled_guide_survives_a_round_trip() {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = Site::copy_of(guide);
    let (code, xliff, stderr) = leafpress(&site, &["xliff", "export", "--lang", "de", "--all"]);
    assert_eq!(code, 0, "{stderr}");
    let sources = fs::read_dir(site.path("content/en"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != "index.md")
        .count();
    assert!(sources >= 3, "the guide has its leaflets");
    assert_eq!(
        xliff.matches("<file ").count(),
        sources,
        "every leaflet is exported"
    );
    fs::remove_dir_all(site.path("content/de")).unwrap();
    let file = site.path("de.xlf");
    fs::write(&file, fill_targets(&xliff)).unwrap();
    let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    for entry in fs::read_dir(site.path("content/en")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name == "index.md" {
            continue;
        }
        let english = fs::read_to_string(site.path(&format!("content/en/{name}"))).unwrap();
        let imported = fs::read_to_string(site.path(&format!("content/de/{name}"))).unwrap();
        assert_eq!(
            render(&body_of(&imported)),
            render(&body_of(&english)),
            "{name}"
        );
    }
}

fn body_of(text: &str) -> String {
    let rest = &text[text.find("---").unwrap() + 3..];
    rest[rest.find("\n---").unwrap() + 4..].to_string()
}

fn render(body: &str) -> String {
    let options = leafpress::markdown::RenderOptions {
        folder: "",
        allow_raw_html: false,
        rtl: false,
        callout_titles: &leafpress::markdown::CalloutTitles::new(str::to_uppercase),
    };
    let html = leafpress::markdown::render(body, &options, &|_| Ok(String::from("#"))).html;
    html.split_whitespace().collect::<Vec<_>>().join(" ")
}
