//! `leafpress status`: translation states, stamping that keeps the file, diffs of the source,
//! JSON, `--fail-under`, the readers' notice and the translators' page.

use std::fs;

use crate::support::Site;

fn status_json(site: &Site) -> serde_json::Value {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["status", "--format", "json", "--root"])
        .arg(&site.root)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

fn state(report: &serde_json::Value, identity: &str, language: &str) -> String {
    let row = report["leaflets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["identity"] == identity)
        .unwrap();
    row["states"][language].as_str().unwrap().to_string()
}

#[test]
fn every_state_and_stamping_that_keeps_comments_and_crlf() {
    let site = Site::fixture("build/multilingual");
    let german = site.path("content/de/side-effects.md");
    let original = fs::read_to_string(&german)
        .unwrap()
        .replace('\n', "\r\n")
        .replacen("---\r\n", "---\r\n# translated by Ana\r\n", 1);
    fs::write(&german, &original).unwrap();
    let report = status_json(&site);
    assert_eq!(report["schema"], "leafpress-status/2");
    assert_eq!(state(&report, "side-effects", "de"), "unknown");
    let side_effects = &report["leaflets"][1];
    assert_eq!(side_effects["identity"], "side-effects");
    assert_eq!(
        side_effects["reviews"]["de"],
        serde_json::json!({"review": "pending"}),
        "the review state, apart from the hash state"
    );
    assert!(
        side_effects["reviews"].get("pt").is_none(),
        "missing: no review"
    );
    let german_coverage = &report["languages"][0];
    assert_eq!(german_coverage["review_pending"], 1);
    assert_eq!(state(&report, "what-is", "de"), "missing");

    let run = site.run(&["status", "--stamp", "de/side-effects"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stamped = fs::read_to_string(&german).unwrap();
    let hash_line = stamped
        .lines()
        .find(|l| l.starts_with("translation_of: "))
        .expect("stamped");
    assert_eq!(
        stamped.replace(&format!("{hash_line}\r\n"), ""),
        original,
        "only one line added"
    );
    assert!(
        site.path(&format!(
            ".leafpress/sources/{}.md",
            &hash_line[16..].trim_end()
        ))
        .is_file()
    );
    assert_eq!(state(&status_json(&site), "side-effects", "de"), "current");

    // Whitespace-only edits of the source do not make translations outdated; text edits do.
    let source = site.path("content/en/side-effects.md");
    let text = fs::read_to_string(&source).unwrap();
    fs::write(
        &source,
        text.replace("Immunotherapy can inflame", "Immunotherapy  can\ninflame"),
    )
    .unwrap();
    assert_eq!(state(&status_json(&site), "side-effects", "de"), "current");
    fs::write(&source, text.replace("straight away", "at once")).unwrap();
    assert_eq!(state(&status_json(&site), "side-effects", "de"), "outdated");

    let run = site.run(&["status", "--diff", "de/side-effects"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let diff = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["status", "--diff", "de/side-effects", "--root"])
        .arg(&site.root)
        .output()
        .unwrap();
    let diff = String::from_utf8_lossy(&diff.stdout);
    assert!(
        diff.contains("-Call your team straight away") && diff.contains("+Call your team at once"),
        "{diff}"
    );

    site.build_clean(&[]);
    let page = site.page("de/nebenwirkungen/index.html");
    assert!(
        page.contains("Diese Übersetzung ist vielleicht nicht mehr aktuell."),
        "the reader is told"
    );
    assert!(page.contains(r#"<a href="../../en/side-effects/" lang="en" hreflang="en">"#));
    let translators = site.page("translation-status/index.html");
    assert!(translators.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(
        translators.contains(
            r#"<td class="state-outdated"><a href="../de/nebenwirkungen/">outdated</a> · review pending</td>"#
        ),
        "{translators}"
    );
    assert!(
        !site.page("en/index.html").contains("translation-status"),
        "not linked from patients' pages"
    );
}

#[test]
fn fail_under_and_the_table() {
    let site = Site::fixture("build/multilingual");
    let run = site.run(&["status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let table = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["status", "--root"])
        .arg(&site.root)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(
        table.contains("unknown · review pending"),
        "the review state next to the hash state: {table}"
    );
    assert!(table.contains("; 1 await review"), "{table}");
    let run = site.run(&["status", "--fail-under", "50"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("de: 0.0% of the source is translated and current, under --fail-under 50"),
        "{}",
        run.stderr
    );
    let run = site.run(&["status", "--stamp", "en"]);
    assert_eq!(run.code, 1, "the source language cannot be stamped");
    let run = site.run(&["status", "--stamp", "xx"]);
    assert_eq!(run.code, 1);
}

#[test]
fn new_locale_adds_the_language_keeping_site_yaml_and_lists_leaflets() {
    let site = Site::fixture("build/multilingual");
    fs::create_dir_all(site.path("locales/en")).unwrap();
    fs::write(
        site.path("locales/en/main.ftl"),
        "clinic-phone = Call the clinic on { $number }\n",
    )
    .unwrap();
    let before = fs::read_to_string(site.path("site.yaml")).unwrap();
    let run = site.run(&["new", "locale", "pl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = fs::read_to_string(site.path("site.yaml")).unwrap();
    assert!(
        after.starts_with("# A small site with every language situation"),
        "comments kept"
    );
    let added: Vec<_> = after
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .collect();
    assert_eq!(added, ["  - code: pl", "    name: Polski"]);
    // The theme has Polish already: only the site's own message is to translate.
    let messages = fs::read_to_string(site.path("locales/pl/main.ftl")).unwrap();
    assert!(
        messages.contains(
            "# TO TRANSLATE: clinic-phone\n# clinic-phone = Call the clinic on { $number }"
        ),
        "{messages}"
    );
    assert_eq!(messages.matches("TO TRANSLATE:").count(), 1, "{messages}");
    let first = run.stderr.find("What is immunotherapy?").unwrap();
    assert!(
        first < run.stderr.find("Side effects").unwrap(),
        "by order: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Keep each heading's id")
            && run
                .stderr
                .contains("leafpress xliff export --lang pl --output pl.xlf"),
        "how to keep links working, and the CAT tool route: {}",
        run.stderr
    );
    site.build_clean(&[]);
    assert!(site.path("public/pl/side-effects/index.html").is_file());
    let again = site.run(&["new", "locale", "pl"]);
    assert_eq!(again.code, 1);
    assert_eq!(fs::read_to_string(site.path("site.yaml")).unwrap(), after);
    assert_eq!(site.run(&["new", "locale", "en_GB"]).code, 1);
}

#[test]
fn new_leaflet_is_a_draft_with_every_field_and_never_overwrites() {
    let site = Site::fixture("build/multilingual");
    let run = site.run(&["new", "leaflet", "living-with-treatment"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = fs::read_to_string(site.path("content/en/living-with-treatment.md")).unwrap();
    assert!(
        text.contains("title: Living with treatment\n")
            && text.contains("draft: true\n")
            && text.contains("sources:\n")
    );
    site.build_clean(&[]);
    assert!(
        !site.path("public/en/living-with-treatment").exists(),
        "drafts are not published"
    );
    assert_eq!(
        site.run(&["new", "leaflet", "living-with-treatment"]).code,
        1
    );
    assert_eq!(site.run(&["new", "leaflet", "../escape"]).code, 1);
    assert!(!site.path("content/escape.md").exists());
}

#[test]
fn new_locale_on_the_bundled_guide() {
    let site = Site::copy_of(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    let run = site.run(&["new", "locale", "tr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("What is immunotherapy?"),
        "lists the guide's leaflets: {}",
        run.stderr
    );
    let config = fs::read_to_string(site.path("site.yaml")).unwrap();
    assert!(config.contains("  - code: tr\n    name: Türkçe\n"));
    // The theme has no Turkish: its messages are to translate too.
    let messages = fs::read_to_string(site.path("locales/tr/main.ftl")).unwrap();
    assert!(
        messages.contains(
            "# TO TRANSLATE: not-translated\n# not-translated = This page has not been translated"
        ),
        "{messages}"
    );
    assert!(
        config.starts_with("# The European Immunotherapy Patient Guide"),
        "comments kept"
    );
    site.build_clean(&[]);
    assert!(
        site.page("tr/side-effects/index.html")
            .contains("lang=\"tr\"")
    );
}

#[test]
fn new_locale_goes_before_the_comment_of_the_next_key_in_an_init_site() {
    let dir = tempfile::tempdir().unwrap();
    let init = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["init", "site", "--languages", "en,de"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(init.status.success());
    let site_yaml = dir.path().join("site/site.yaml");
    let before = fs::read_to_string(&site_yaml).unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["new", "locale", "pl", "--root", "site"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let after = fs::read_to_string(&site_yaml).unwrap();
    let theme_comment = "# The theme. `default` is built into leafpress";
    assert!(before.contains(&format!("    name: Deutsch\n{theme_comment}")));
    assert_eq!(
        after,
        before.replace(
            &format!("    name: Deutsch\n{theme_comment}"),
            &format!("    name: Deutsch\n  - code: pl\n    name: Polski\n{theme_comment}")
        )
    );
}

#[test]
fn new_locale_given_a_language_name_suggests_its_code() {
    let site = Site::fixture("build/multilingual");
    for (name, code) in [("english", "en"), ("Deutsch", "de"), ("french", "fr")] {
        let run = site.run(&["new", "locale", name]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("did you mean `{code}`?")),
            "{name}: {}",
            run.stderr
        );
    }
    assert!(!site.path("locales/english").exists());
}

#[test]
fn new_leaflet_titles_with_yaml_characters_read_back_as_written() {
    let site = Site::fixture("build/multilingual");
    for (path, title) in [
        ("a #b", "A #b"),
        ("no", "No"),
        ("say \"hi\" #1", "Say \"hi\" #1"),
        ("2026", "2026"),
    ] {
        let run = site.run(&["new", "leaflet", path]);
        assert_eq!(run.code, 0, "{path}: {}", run.stderr);
        let report = status_json(&site);
        let row = report["leaflets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["identity"] == path)
            .unwrap_or_else(|| panic!("{path} is not a leaflet: {report}"));
        assert_eq!(row["title"], title, "{path}");
    }
}

/// A minimal JSON Schema check (type, required, properties, items, enum), enough for the
/// documented schemas in docs/.
fn validate(value: &serde_json::Value, schema: &serde_json::Value, at: &str) {
    if let Some(kind) = schema["type"].as_str() {
        let ok = match kind {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "number" => value.is_number(),
            "integer" => value.is_u64() || value.is_i64(),
            _ => true,
        };
        assert!(ok, "{at}: expected {kind}, got {value}");
    }
    if let Some(allowed) = schema["enum"].as_array() {
        assert!(
            allowed.contains(value),
            "{at}: {value} is not one of {allowed:?}"
        );
    }
    for key in schema["required"].as_array().into_iter().flatten() {
        assert!(
            value.get(key.as_str().unwrap()).is_some(),
            "{at}: missing {key}"
        );
    }
    if let (Some(properties), Some(object)) = (schema["properties"].as_object(), value.as_object())
    {
        for (key, sub) in properties {
            if let Some(item) = object.get(key) {
                validate(item, sub, &format!("{at}.{key}"));
            }
        }
        if schema["additionalProperties"] == serde_json::Value::Bool(false) {
            for key in object.keys() {
                assert!(
                    properties.contains_key(key),
                    "{at}: undocumented field {key}"
                );
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, item) in array.iter().enumerate() {
            validate(item, items, &format!("{at}[{i}]"));
        }
    }
    if let (Some(values), Some(object)) = (
        schema.get("additionalProperties").filter(|v| v.is_object()),
        value.as_object(),
    ) {
        for (key, item) in object {
            validate(item, values, &format!("{at}.{key}"));
        }
    }
}

#[test]
fn status_json_follows_its_documented_schema() {
    let site = Site::fixture("build/multilingual");
    assert_eq!(site.run(&["status", "--stamp", "de"]).code, 0);
    let report = status_json(&site);
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/status.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    validate(&report, &schema, "$");
}
