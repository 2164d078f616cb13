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

// Schema validation: the samples of the format leafpress writes (issue #20) against the OASIS
// schemas in tests/fixtures/xliff/schemas/, and broken files that the check must reject, so that
// a test validating real exports can fail.

use crate::support::xliff_schema::{
    XliffVersion, assert_valid_xliff, validate_xliff, xmllint_or_skip,
};

/// XLIFF 2.0 as leafpress writes it: an unchanged translation, a changed one to revisit, and a
/// new unit whose inline Markdown became `<pc>`/`<ph>` codes with the Markdown in
/// `<originalData>`.
const SAMPLE_2_0: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cs">
  <file id="f1" original="content/en/side-effects.md">
    <unit id="title">
      <segment state="translated">
        <source>Side effects</source>
        <target>Nežádoucí účinky</target>
      </segment>
    </unit>
    <unit id="summary">
      <segment state="initial">
        <source>What to do about side effects</source>
        <target>Co dělat s nežádoucími účinky</target>
      </segment>
    </unit>
    <unit id="b3">
      <originalData>
        <data id="d1">[</data>
        <data id="d2">](is-it-right-for-me.md)</data>
        <data id="d3">**</data>
        <data id="d4">**</data>
        <data id="d5">[^1]</data>
        <data id="d6">![</data>
        <data id="d7">](pill.png)</data>
        <data id="d8">`5 mg`</data>
      </originalData>
      <segment>
        <source>Read <pc id="1" type="link" dataRefStart="d1" dataRefEnd="d2">Is it right for me?</pc> and call <pc id="2" type="fmt" dataRefStart="d3" dataRefEnd="d4">now</pc><ph id="3" type="link" dataRef="d5"/>. <pc id="4" type="image" dataRefStart="d6" dataRefEnd="d7">A white pill</pc> holds <ph id="5" type="fmt" dataRef="d8"/>.</source>
      </segment>
    </unit>
  </file>
</xliff>
"#;

/// XLIFF 1.2 as leafpress writes it: `<g>` for paired codes, `<x/>` for placeholders.
const SAMPLE_1_2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="content/en/side-effects.md" source-language="en" target-language="cs" datatype="x-markdown">
    <body>
      <trans-unit id="title">
        <source>Side effects</source>
        <target state="translated">Nežádoucí účinky</target>
      </trans-unit>
      <trans-unit id="b3">
        <source>Read <g id="1" ctype="link">Is it right for me?</g> and call <g id="2" ctype="bold">now</g><x id="3" ctype="x-footnote"/>.<x id="4" ctype="lb"/><g id="5" ctype="x-image">A white pill</g> <g id="6" ctype="x-strikethrough">old</g> <x id="7" ctype="x-code"/></source>
        <target state="needs-review-translation">Přečtěte si <g id="1" ctype="link">Je to pro mě?</g> a zavolejte <g id="2" ctype="bold">hned</g><x id="3" ctype="x-footnote"/>.<x id="4" ctype="lb"/><g id="5" ctype="x-image">Bílá pilulka</g> <g id="6" ctype="x-strikethrough">staré</g> <x id="7" ctype="x-code"/></target>
      </trans-unit>
    </body>
  </file>
</xliff>
"#;

#[test]
fn oasis_schemas_accept_the_format_samples() {
    if !xmllint_or_skip("oasis_schemas_accept_the_format_samples") {
        return;
    }
    assert_valid_xliff(SAMPLE_2_0, XliffVersion::V2_0);
    assert_valid_xliff(SAMPLE_1_2, XliffVersion::V1_2);
}

/// Each broken file, what breaks it, and a piece of the message `xmllint` must give.
const BROKEN: &[(&str, XliffVersion, &str, &str)] = &[
    (
        "2.0 <file> without id",
        XliffVersion::V2_0,
        r#"<file original="a.md"><unit id="b1"><segment><source>a</source></segment></unit></file>"#,
        "'id' is required",
    ),
    (
        "2.0 <xliff> without <file>",
        XliffVersion::V2_0,
        "",
        "Missing child element",
    ),
    (
        "2.0 <file> without units",
        XliffVersion::V2_0,
        r#"<file id="f1"></file>"#,
        "Missing child element",
    ),
    (
        "2.0 empty <originalData>",
        XliffVersion::V2_0,
        r#"<file id="f1"><unit id="b1"><originalData/><segment><source>a</source></segment></unit></file>"#,
        "Missing child element",
    ),
    (
        "2.0 state on <target>",
        XliffVersion::V2_0,
        r#"<file id="f1"><unit id="b1"><segment><source>a</source><target state="translated">b</target></segment></unit></file>"#,
        "'state' is not allowed",
    ),
    (
        "2.0 a code type outside the six",
        XliffVersion::V2_0,
        r#"<file id="f1"><unit id="b1"><segment><source>a<ph id="1" type="code"/></source></segment></unit></file>"#,
        "not an element of the set",
    ),
    (
        "2.0 a path as file id",
        XliffVersion::V2_0,
        r#"<file id="content/en/a.md"><unit id="b1"><segment><source>a</source></segment></unit></file>"#,
        "xs:NMTOKEN",
    ),
    (
        "1.2 <file> without datatype",
        XliffVersion::V1_2,
        r#"<file original="a.md" source-language="en"><body/></file>"#,
        "'datatype' is required",
    ),
    (
        "1.2 a datatype without x-",
        XliffVersion::V1_2,
        r#"<file original="a.md" source-language="en" datatype="markdown"><body/></file>"#,
        "AttrType_datatype",
    ),
    (
        "1.2 two trans-units with one id",
        XliffVersion::V1_2,
        r#"<file original="a.md" source-language="en" datatype="x-markdown"><body><trans-unit id="b1"><source>a</source></trans-unit><trans-unit id="b1"><source>b</source></trans-unit></body></file>"#,
        "Duplicate key-sequence",
    ),
    (
        "1.2 a 2.0 state",
        XliffVersion::V1_2,
        r#"<file original="a.md" source-language="en" datatype="x-markdown"><body><trans-unit id="b1"><source>a</source><target state="initial">b</target></trans-unit></body></file>"#,
        "AttrType_state",
    ),
];

/// An `<xliff>` of `version` around `files`.
fn xliff_around(version: XliffVersion, files: &str) -> String {
    match version {
        XliffVersion::V2_0 => format!(
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cs">{files}</xliff>"#
        ),
        XliffVersion::V1_2 => format!(
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">{files}</xliff>"#
        ),
    }
}

#[test]
fn oasis_schemas_reject_broken_files() {
    if !xmllint_or_skip("oasis_schemas_reject_broken_files") {
        return;
    }
    for (what, version, files, expected) in BROKEN {
        match validate_xliff(&xliff_around(*version, files), *version) {
            Ok(()) => panic!("{what}: accepted"),
            Err(messages) => assert!(
                messages.contains(expected),
                "{what}: expected {expected:?} in\n{messages}"
            ),
        }
    }
}
