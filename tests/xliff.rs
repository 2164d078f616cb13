//! XLIFF export and import through the command line, as a translator's round trip goes: what a
//! CAT tool's file does to a site, that every file written is valid against the OASIS schemas,
//! and that a round trip changes nothing when every target equals its source.

use std::fs;
use std::path::Path;

use crate::support::xliff_schema::{
    XliffVersion, assert_valid_xliff, validate_xliff, xmllint_or_skip,
};
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

/// The `<source>` and `<target>` elements of a file, 2.0 or 1.2.
fn sources(xliff: &str) -> Vec<&str> {
    xliff
        .split("<source>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</source>").unwrap()])
        .collect()
}

/// Gives every unit a target made by `translate` from its source's content, tags kept as they
/// are, as a CAT tool does after "copy source" and typing over the words; an existing target
/// is replaced.
fn fill_targets(xliff: &str, translate: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for line in xliff.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("<target") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if let Some(rest) = trimmed.strip_prefix("<source>") {
            let content = &rest[..rest.find("</source>").unwrap()];
            let state = if xliff.contains("version=\"1.2\"") {
                " state=\"translated\""
            } else {
                ""
            };
            out.push_str(&format!(
                "{}<target{state}>{}</target>\n",
                &line[..line.len() - trimmed.len()],
                translate_text(content, &translate)
            ));
        }
    }
    out.replace(
        "<segment state=\"initial\">",
        "<segment state=\"translated\">",
    )
}

/// Applies `translate` to the text between tags.
fn translate_text(content: &str, translate: &impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = content;
    while let Some(open) = rest.find('<') {
        out.push_str(&translate(&rest[..open]));
        let close = rest[open..].find('>').unwrap() + open + 1;
        out.push_str(&rest[open..close]);
        rest = &rest[close..];
    }
    out.push_str(&translate(rest));
    out
}

/// A pseudo-translation: words of four letters or more reversed ("Immunotherapy" becomes
/// "yparehtonummI"), so every heading gets a new id from its text, numbers kept.
fn pseudo(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.chars().count() > 3 && word.chars().all(char::is_alphabetic) {
                word.chars().rev().collect()
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn copy(text: &str) -> String {
    text.to_string()
}

/// Checks an export against the OASIS schema of its version, when xmllint is here.
fn assert_valid(test: &str, xliff: &str) {
    if !xmllint_or_skip(test) {
        return;
    }
    let version = if xliff.contains("version=\"1.2\"") {
        XliffVersion::V1_2
    } else {
        XliffVersion::V2_0
    };
    assert_valid_xliff(xliff, version);
}

#[test]
fn export_lists_pending_work_and_import_rebuilds_the_same_pages() {
    let site = Site::fixture("build/multilingual");
    let (code, xliff, stderr) = leafpress(&site, &["xliff", "export", "--lang", "pt-BR"]);
    assert_eq!(code, 0, "{stderr}");
    assert_valid(
        "export_lists_pending_work_and_import_rebuilds_the_same_pages",
        &xliff,
    );
    assert!(xliff.contains(r#"srcLang="en" trgLang="pt-BR""#));
    assert!(xliff.contains(r#"original="content/en/side-effects.md""#));
    assert!(
        xliff.contains(r#"<source>Call your team straight away if you have diarrhoea<ph id="1" type="link" dataRef="d1"/>.</source>"#),
        "{xliff}"
    );
    assert!(xliff.contains(r#"<data id="d1">[^1]</data>"#), "{xliff}");
    let file = site.path("pt-BR.xlf");
    fs::write(&file, fill_targets(&xliff, copy)).unwrap();
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
    let filled = fill_targets(&xliff, copy);
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

#[test]
fn a_target_that_loses_a_tag_is_refused_and_its_leaflet_not_written() {
    let site = Site::fixture("build/multilingual");
    let (_, xliff, _) = leafpress(&site, &["xliff", "export", "--lang", "pt-BR"]);
    let filled = fill_targets(&xliff, copy).replace(
        r#"<target>Call your team straight away if you have diarrhoea<ph id="1" type="link" dataRef="d1"/>.</target>"#,
        "<target>Ligue já para a equipa se tiver diarreia.</target>",
    );
    let file = site.path("pt-BR.xlf");
    fs::write(&file, filled).unwrap();
    let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("content/en/side-effects.md (pt-BR): unit `b")
            && stderr.contains(
                "(\"Call your team straight away if you have …\"): tag 1 (`[^1]`) is missing"
            ),
        "the unit and the tag are named: {stderr}"
    );
    assert!(stderr.contains("was not written"), "{stderr}");
    assert!(!site.path("content/pt-BR/side-effects.md").exists());
    assert!(
        site.path("content/pt-BR/what-is.md").exists(),
        "the other leaflets are imported"
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

/// The English leaflets of the bundled guide, home page included.
fn guide_sources(site: &Site) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(site.path("content/en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_leaflet_of_the_bundled_guide_comes_back_byte_for_byte_in_both_versions() {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = Site::copy_of(guide);
    let names = guide_sources(&site);
    assert!(names.len() >= 4 && names.contains(&"index.md".to_string()));
    for version in ["2.0", "1.2"] {
        fs::remove_dir_all(site.path("content/cs")).unwrap();
        let (code, xliff, stderr) = leafpress(
            &site,
            &[
                "xliff",
                "export",
                "--lang",
                "cs",
                "--xliff-version",
                version,
            ],
        );
        assert_eq!(code, 0, "{stderr}");
        assert_valid(
            "every_leaflet_of_the_bundled_guide_comes_back_byte_for_byte_in_both_versions",
            &xliff,
        );
        assert_eq!(
            xliff.matches("<file ").count(),
            names.len(),
            "every leaflet and the home page"
        );
        for source in sources(&xliff) {
            assert!(
                !source.contains("](") && !source.contains(".md") && !source.contains("**"),
                "no Markdown in a source: {source}"
            );
        }
        let file = site.path("cs.xlf");
        fs::write(&file, fill_targets(&xliff, copy)).unwrap();
        let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        for name in &names {
            let english = fs::read_to_string(site.path(&format!("content/en/{name}"))).unwrap();
            let imported = fs::read_to_string(site.path(&format!("content/cs/{name}"))).unwrap();
            let unstamped: String = imported
                .lines()
                .filter(|l| {
                    !l.starts_with("translation_of: ") && *l != "translation_review: pending"
                })
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(unstamped, english, "{version}: {name}");
        }
    }
}

#[test]
fn a_czech_pseudo_translation_of_the_guide_builds_with_every_link_and_anchor_working() {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = Site::copy_of(guide);
    fs::remove_dir_all(site.path("content/cs")).unwrap();
    let (code, xliff, stderr) = leafpress(&site, &["xliff", "export", "--lang", "cs"]);
    assert_eq!(code, 0, "{stderr}");
    let translated = fill_targets(&xliff, pseudo);
    assert_valid(
        "a_czech_pseudo_translation_of_the_guide_builds_with_every_link_and_anchor_working",
        &translated,
    );
    let file = site.path("cs.xlf");
    fs::write(&file, &translated).unwrap();
    let (code, _, stderr) = leafpress(&site, &["xliff", "import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let side_effects = fs::read_to_string(site.path("content/cs/side-effects.md")).unwrap();
    assert!(
        side_effects.contains("{#when-to-get-help-straight-away}"),
        "a heading whose text changed keeps its id: {side_effects}"
    );
    let (code, _, stderr) = leafpress(&site, &["build"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains(" 0 warning(s)"), "{stderr}");
    let (_, report, stderr) = leafpress(&site, &["check", "--format", "json"]);
    for id in ["\"broken-link\"", "\"heading-id\""] {
        assert!(
            !report.contains(id),
            "{id} in the pseudo-translation: {report}{stderr}"
        );
    }
}

#[test]
fn an_outdated_leaflet_is_exported_with_its_earlier_translation() {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = Site::copy_of(guide);
    let (code, _, stderr) = leafpress(
        &site,
        &["xliff", "export", "--lang", "de", "--output", "de.xlf"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("nothing to export") && !site.path("de.xlf").exists(),
        "with every translation current, no file (an XLIFF file needs a <file>): {stderr}"
    );
    // The English changes: one sentence reworded, one paragraph added.
    let path = site.path("content/en/clinical-trials.md");
    let english = fs::read_to_string(&path).unwrap();
    let first_body_line = english
        .split("\n---\n")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    let changed = english
        .replacen(first_body_line, &format!("{first_body_line} (changed)"), 1)
        .replacen("\n## ", "\nA new paragraph.\n\n## ", 1);
    fs::write(&path, changed).unwrap();
    for version in ["2.0", "1.2"] {
        let (code, xliff, stderr) = leafpress(
            &site,
            &[
                "xliff",
                "export",
                "--lang",
                "de",
                "--xliff-version",
                version,
            ],
        );
        assert_eq!(code, 0, "{stderr}");
        assert_valid(
            "an_outdated_leaflet_is_exported_with_its_earlier_translation",
            &xliff,
        );
        assert_eq!(
            xliff.matches("<file ").count(),
            1,
            "only the outdated leaflet"
        );
        let (translated, to_revisit, empty) = match version {
            "2.0" => (
                xliff.matches("<segment state=\"translated\">").count(),
                xliff.matches("<segment state=\"initial\">").count(),
                xliff.matches("<segment>").count(),
            ),
            _ => (
                xliff.matches("<target state=\"translated\">").count(),
                xliff
                    .matches("<target state=\"needs-review-translation\">")
                    .count(),
                xliff.matches("<trans-unit").count() - xliff.matches("<target").count(),
            ),
        };
        assert!(
            translated > 10,
            "{version}: unchanged units keep their translation: {xliff}"
        );
        assert_eq!((to_revisit, empty), (1, 1), "{version}: {xliff}");
        assert!(xliff.contains(">Klinische Studien</target>"), "{xliff}");
    }
    // Without the version the translation was made from, every earlier translation is only a
    // starting point.
    fs::remove_dir_all(site.path(".leafpress")).unwrap();
    let (_, xliff, _) = leafpress(&site, &["xliff", "export", "--lang", "de"]);
    assert_eq!(
        xliff.matches("<segment state=\"translated\">").count(),
        0,
        "{xliff}"
    );
    assert!(xliff.matches("<segment state=\"initial\">").count() > 10);
}

// Schema validation: the samples of the format leafpress writes (issue #20) against the OASIS
// schemas in tests/fixtures/xliff/schemas/, and broken files that the check must reject, so that
// a test validating real exports can fail.

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
