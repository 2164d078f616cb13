//! `leafpress check` on a fixture with one leaflet per check that should fire and a clean one
//! where none may: each check triggers where it should and nowhere else.

use std::collections::{BTreeMap, BTreeSet};

use crate::support::Site;

/// Runs `check --format json` and returns (exit code, file → set of check ids, the report).
fn check_json(
    site: &Site,
    extra: &[&str],
) -> (i32, BTreeMap<String, BTreeSet<String>>, serde_json::Value) {
    let mut args = vec!["check", "--format", "json", "--today", "2026-11-23"];
    args.extend_from_slice(extra);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(&args)
        .arg("--root")
        .arg(&site.root)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let mut by_file: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in report["diagnostics"].as_array().unwrap() {
        let file = d["file"].as_str().unwrap_or("-").to_string();
        by_file
            .entry(file)
            .or_default()
            .insert(d["check"].as_str().unwrap_or("-").to_string());
    }
    (output.status.code().unwrap_or(-1), by_file, report)
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn each_check_fires_where_it_should_and_nowhere_else() {
    let site = Site::fixture("check/quality");
    let (code, found, _) = check_json(&site, &[]);
    assert_eq!(code, 1, "errors exit 1");
    let expected: BTreeMap<&str, BTreeSet<String>> = [
        ("content/en/links.md", set(&["broken-link"])),
        ("content/en/overdue.md", set(&["review-overdue"])),
        ("content/en/due-soon.md", set(&["review-due-soon"])),
        (
            "content/en/unsourced.md",
            set(&["missing-sources", "missing-authors", "missing-reviewers"]),
        ),
        (
            "content/en/markup.md",
            set(&[
                "multiple-h1",
                "heading-skip",
                "image-alt",
                "link-text",
                "table-header",
            ]),
        ),
        (
            "content/de/doses.md",
            set(&["safety-mismatch", "number-mismatch"]),
        ),
        (
            "content/de/old-review.md",
            set(&["translation-review-older"]),
        ),
        ("content/en/glossary-use.md", set(&["glossary-term"])),
        ("content/de/headings.md", set(&["heading-id"])),
    ]
    .into_iter()
    .collect();
    for (file, ids) in &expected {
        let got = found.get(*file).cloned().unwrap_or_default();
        let missing: Vec<_> = ids.difference(&got).collect();
        assert!(
            missing.is_empty(),
            "{file}: {missing:?} did not fire; got {got:?}"
        );
    }
    for (file, got) in &found {
        let allowed = expected.get(file.as_str()).cloned().unwrap_or_default();
        let extra: Vec<_> = got
            .difference(&allowed)
            .filter(|id| !id.starts_with("readability") && *id != "sentence-length")
            .collect();
        assert!(extra.is_empty(), "{file}: unexpected {extra:?}");
    }
    for clean in [
        "content/en/clean.md",
        "content/de/clean.md",
        "content/en/silenced.md",
    ] {
        assert!(
            !found.contains_key(clean),
            "{clean}: {:?}",
            found.get(clean)
        );
    }
}

#[test]
fn a_translated_heading_without_its_sources_id_is_reported_at_the_heading() {
    let site = Site::fixture("check/quality");
    let (_, _, report) = check_json(&site, &[]);
    let findings: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["check"] == "heading-id")
        .collect();
    assert_eq!(findings.len(), 1, "{findings:?}");
    let finding = findings[0];
    assert_eq!(finding["severity"], "warning");
    assert_eq!(finding["file"], "content/de/headings.md");
    assert_eq!(
        (&finding["line"], &finding["column"]),
        (&14.into(), &1.into())
    );
    assert_eq!(
        finding["message"],
        "this heading's id is `wann-anrufen`, its source heading's is `when-to-call`: links to headings.md#when-to-call from other pages break in this language"
    );
    assert_eq!(
        finding["help"],
        "write the source's id after the heading: `## Wann anrufen {#when-to-call}`"
    );
    // `silence:` in the translation's front matter turns it off for that leaflet.
    let path = site.path("content/de/headings.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let silenced = text.replacen(
        "order: 12\n",
        "order: 12\nsilence: {heading-id: no page links to this section}\n",
        1,
    );
    std::fs::write(&path, silenced).unwrap();
    let (_, found, _) = check_json(&site, &[]);
    assert!(!found.contains_key("content/de/headings.md"), "{found:?}");
}

#[test]
fn json_report_has_stable_fields_and_per_language_summary() {
    let site = Site::fixture("check/quality");
    let (_, _, report) = check_json(&site, &[]);
    assert_eq!(report["schema"], "leafpress-check/1");
    let overdue = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["check"] == "review-overdue")
        .unwrap();
    assert_eq!(overdue["severity"], "error");
    assert_eq!(overdue["file"], "content/en/overdue.md");
    assert_eq!(overdue["line"], 5);
    assert!(overdue["help"].as_str().unwrap().contains("next_review"));
    let languages = report["languages"].as_array().unwrap();
    assert_eq!(languages[0]["language"], "en");
    assert_eq!(languages[1]["language"], "de");
    assert!(languages[0]["errors"].as_u64().unwrap() >= 3);
    assert_eq!(
        report["summary"]["errors"].as_u64().unwrap()
            + report["summary"]["warnings"].as_u64().unwrap(),
        report["diagnostics"].as_array().unwrap().len() as u64
    );
}

#[test]
fn sarif_report_names_rules_and_locations() {
    let site = Site::fixture("check/quality");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args([
            "check",
            "--format",
            "sarif",
            "--today",
            "2026-11-23",
            "--root",
        ])
        .arg(&site.root)
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert!(
        run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "safety-mismatch")
    );
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "review-overdue")
        .unwrap();
    assert_eq!(result["level"], "error");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "content/en/overdue.md");
    assert_eq!(location["region"]["startLine"], 5);
}

#[test]
fn settings_disable_checks_and_deny_warnings_fails_on_warnings() {
    let site = Site::fixture("check/quality");
    for file in ["links", "overdue", "unsourced", "doses"] {
        std::fs::remove_file(site.path(&format!("content/en/{file}.md"))).unwrap();
    }
    std::fs::remove_file(site.path("content/de/doses.md")).unwrap();
    let (code, found, _) = check_json(&site, &[]);
    assert_eq!(code, 0, "only warnings left: {found:?}");
    let (code, _, _) = check_json(&site, &["--deny", "warnings"]);
    assert_eq!(code, 1);
    let config = std::fs::read_to_string(site.path("site.yaml")).unwrap().replace(
        "  review_window_days: 60\n",
        "  review_window_days: 60\n  disable: [review-due-soon, glossary-term, nonsense-check]\n",
    );
    std::fs::write(site.path("site.yaml"), config).unwrap();
    let (_, found, _) = check_json(&site, &[]);
    assert!(
        !found
            .get("content/en/due-soon.md")
            .is_some_and(|ids| ids.contains("review-due-soon"))
    );
    assert!(
        found
            .get("site.yaml")
            .is_some_and(|ids| ids.contains("unknown-check")),
        "{found:?}"
    );
}

#[test]
fn human_output_lists_problems_and_a_summary_per_language() {
    let site = Site::fixture("check/quality");
    let run = site.run(&["check", "--today", "2026-11-23"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/en/overdue.md:5:1: error[review-overdue]: the review was due on 2025-01-01, 691 days ago"), "{}", run.stderr);
    assert!(run.stderr.contains("language  leaflets  errors  warnings"));
    let list = site.run(&["check", "--list"]);
    assert_eq!(list.code, 0);
}

#[test]
fn the_build_writes_an_editors_report_per_language_when_asked() {
    let site = Site::fixture("check/quality");
    let run = site.run(&["build"]);
    assert!(
        !site.path("public/quality").exists() || run.code != 0,
        "off by default"
    );
    let config = std::fs::read_to_string(site.path("site.yaml"))
        .unwrap()
        .replace("checks:\n", "checks:\n  report: true\n");
    std::fs::write(site.path("site.yaml"), config).unwrap();
    for file in ["links", "markup"] {
        std::fs::remove_file(site.path(&format!("content/en/{file}.md"))).unwrap();
    }
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = site.page("quality/en/index.html");
    assert!(report.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(report.contains("Flesch Reading Ease: "), "{report}");
    assert!(
        report.contains(r#"<td class="review-overdue">2025-01-01 (overdue)</td>"#),
        "{report}"
    );
    assert!(site.page("quality/de/index.html").contains("Amstad"));
    assert!(
        !site.page("en/index.html").contains("quality/"),
        "not linked from patients' pages"
    );
}

/// A tiny HTTP server on loopback: `/ok` answers 200, everything else 404. Stops after `n`
/// requests.
fn local_server(n: usize) -> (u16, std::thread::JoinHandle<()>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let mut stream = stream.unwrap();
            let mut request = [0u8; 1024];
            let read = stream.read(&mut request).unwrap_or(0);
            let line = String::from_utf8_lossy(&request[..read]);
            let status = if line.contains(" /ok ") {
                "200 OK"
            } else {
                "404 Not Found"
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    (port, handle)
}

#[test]
fn external_links_are_checked_only_when_asked_and_answers_are_cached() {
    // A site whose only web addresses are on this machine: no test reaches the internet.
    let site = Site::fixture("bad/empty-file");
    std::fs::remove_file(site.path("content/en/empty.md")).unwrap();
    let (port, server) = local_server(2);
    std::fs::write(
        site.path("content/en/external.md"),
        format!("---\ntitle: External\norder: 20\nreviewed: 2026-10-01\nnext_review: 2027-10-01\nauthors: [A]\nreviewers: [B]\nsources:\n  - title: Local\n    url: http://127.0.0.1:{port}/ok\n---\nSee [the gone page](http://127.0.0.1:{port}/gone).\n"),
    )
    .unwrap();
    let (_, found, _) = check_json(&site, &[]);
    assert!(
        !found.values().any(|ids| ids.contains("external-link")),
        "off by default"
    );
    let (_, found, report) = check_json(&site, &["--external"]);
    server.join().unwrap();
    assert_eq!(
        found
            .get("content/en/external.md")
            .cloned()
            .unwrap_or_default(),
        set(&["external-link"]),
        "{report}"
    );
    let message = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["check"] == "external-link")
        .unwrap()["message"]
        .clone();
    assert!(
        message
            .as_str()
            .unwrap()
            .contains("/gone` answers HTTP 404"),
        "{message}"
    );
    let cache = std::fs::read_to_string(site.path(".leafpress/link-cache.json")).unwrap();
    assert!(cache.contains("/ok") && cache.contains("/gone"));
    // The server is gone: the working link is taken from the cache; the broken one too (a day).
    let (_, found, _) = check_json(&site, &["--external"]);
    assert_eq!(
        found
            .get("content/en/external.md")
            .cloned()
            .unwrap_or_default(),
        set(&["external-link"])
    );
}

#[test]
fn a_link_broken_only_on_fallback_pages_is_reported_once_with_the_language() {
    let site = Site::fixture("check/fallback-links");
    let run = site.run(&["check", "--today", "2026-11-23"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let broken: Vec<&str> = run
        .stderr
        .lines()
        .filter(|line| line.contains("[broken-link]"))
        .collect();
    // The anchor exists in English but not in the German and French contact leaflets; the
    // German and French pages show the English text. Reported once, for the first of them.
    let note = "(on the `de` page, which shows this text)";
    assert_eq!(
        broken,
        [
            format!("content/en/about.md:4:12: error[broken-link]: broken link `contact.md#when-to-call`: `content/de/contact.md` has no heading with the id `when-to-call` {note}"),
            "content/en/about.md:4:54: error[broken-link]: broken link `team.md`: there is no leaflet `team.md` in `content/en/` or its fallback languages".to_string(),
            format!("content/en/index.md:4:12: error[broken-link]: broken link `contact.md#when-to-call`: `content/de/contact.md` has no heading with the id `when-to-call` {note}"),
        ],
        "{}",
        run.stderr
    );
    // `build` reports a text's problems from its own page only.
    let build = site.run(&["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(!build.stderr.contains("has no heading"), "{}", build.stderr);
    assert!(
        build.stderr.contains("broken link `team.md`"),
        "{}",
        build.stderr
    );
}

#[test]
fn pending_translations_claim_no_review_and_english_prose_is_found() {
    let site = Site::fixture("check/translations");
    let (_, found, report) = check_json(&site, &[]);
    let expected: BTreeMap<String, BTreeSet<String>> = [
        ("content/fr/borrowed.md", set(&["borrowed-review"])),
        (
            "content/fr/reviewed.md",
            set(&["review-missing", "missing-reviewers"]),
        ),
        ("content/fr/english.md", set(&["untranslated-prose"])),
    ]
    .into_iter()
    .map(|(file, ids)| (file.to_string(), ids))
    .collect();
    let found: BTreeMap<String, BTreeSet<String>> = found
        .into_iter()
        .map(|(file, ids)| {
            let ids: BTreeSet<String> = ids
                .into_iter()
                .filter(|id| !id.starts_with("readability") && id != "sentence-length")
                .collect();
            (file, ids)
        })
        .filter(|(_, ids)| !ids.is_empty())
        .collect();
    assert_eq!(found, expected, "{report}");
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let at = |check: &str| -> Vec<(u64, String)> {
        diagnostics
            .iter()
            .filter(|d| d["check"] == check)
            .map(|d| {
                (
                    d["line"].as_u64().unwrap(),
                    d["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // Each borrowed claim at its key's line.
    let borrowed: Vec<u64> = at("borrowed-review")
        .iter()
        .map(|(line, _)| *line)
        .collect();
    assert_eq!(borrowed, [4, 5, 7], "reviewed, next_review, reviewers");
    assert!(
        diagnostics
            .iter()
            .find(|d| d["check"] == "borrowed-review")
            .unwrap()["help"]
            .as_str()
            .unwrap()
            .contains("translation_review: done")
    );
    // The English paragraph, not the French one nor the list item with drug names.
    assert_eq!(
        at("untranslated-prose"),
        [(
            12,
            "this text looks English, in a leaflet in `fr`".to_string()
        )]
    );
}

#[test]
fn json_report_has_each_leaflets_scores_and_review_dates() {
    let site = Site::fixture("check/quality");
    let (_, _, report) = check_json(&site, &[]);
    assert_eq!(report["schema"], "leafpress-check/1", "only fields added");
    let leaflets = report["leaflets"].as_array().unwrap();
    assert_eq!(
        leaflets.len() as u64,
        report["summary"]["leaflets"].as_u64().unwrap()
    );
    assert_eq!(
        leaflets[0]["language"], "en",
        "languages in site.yaml order"
    );
    let find = |file: &str| {
        leaflets
            .iter()
            .find(|l| l["file"] == file)
            .unwrap_or_else(|| panic!("{file} in {report}"))
    };
    let clean = find("content/en/clean.md");
    assert_eq!(clean["identity"], "clean");
    let formulas: Vec<&str> = clean["readability"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["formula"].as_str().unwrap())
        .collect();
    assert_eq!(formulas, ["flesch-reading-ease", "flesch-kincaid-grade"]);
    let reading_ease = &clean["readability"][0];
    let value = reading_ease["value"].as_f64().unwrap();
    assert!((0.0..=121.0).contains(&value), "{reading_ease}");
    assert_eq!(reading_ease["target"], 60.0);
    assert_eq!(reading_ease["higher_is_easier"], true);
    assert_eq!(reading_ease["ok"], value >= 60.0);
    let average = clean["average_sentence_words"].as_f64().unwrap();
    let longest = clean["longest_sentence_words"].as_u64().unwrap();
    assert!(clean["sentences"].as_u64().unwrap() >= 3, "{clean}");
    assert!(
        average >= 3.0 && longest as f64 >= average && longest < 40,
        "{clean}"
    );
    assert_eq!(clean["review"]["reviewed"], "2026-10-01");
    assert_eq!(clean["review"]["next_review"], "2027-10-01");
    let german = find("content/de/clean.md");
    assert_eq!(german["readability"][0]["formula"], "amstad");
    let overdue = find("content/en/overdue.md");
    assert_eq!(overdue["review"]["next_review"], "2025-01-01");
}

#[test]
fn a_leaflet_page_without_the_emergency_number_is_reported_naming_its_template() {
    let site = Site::fixture("check/emergency");
    let (_, found, report) = check_json(&site, &[]);
    assert!(
        found["content/en/bare.md"].contains("urgent-help"),
        "{found:?}"
    );
    assert!(
        !found
            .get("content/en/care.md")
            .is_some_and(|ids| ids.contains("urgent-help")),
        "the default theme's box gives every page its number: {found:?}"
    );
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["check"] == "urgent-help")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    // Once per page: the English page and the German page that shows the English text, each
    // with its own language's number.
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("`de` page")
            && m.contains("tel:0112")
            && m.contains("`bare.html`")),
        "{messages:?}"
    );
    assert!(
        messages.iter().all(|m| m.contains("template `bare.html`")),
        "{messages:?}"
    );
}

#[test]
fn a_translation_dialling_another_number_than_its_source_is_an_error() {
    let site = Site::fixture("check/emergency");
    let (code, found, report) = check_json(&site, &[]);
    assert_eq!(code, 1, "a wrong number is an error");
    assert!(
        found["content/de/care.md"].contains("tel-mismatch"),
        "{found:?}"
    );
    let finding = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["check"] == "tel-mismatch")
        .unwrap();
    assert_eq!(finding["severity"], "error", "{finding}");
    assert_eq!(
        (&finding["line"], &finding["column"]),
        (&6.into(), &50.into()),
        "{finding}"
    );
    assert!(
        finding["message"].as_str().unwrap().contains("999"),
        "{finding}"
    );
    // A national number declared for the language may be given besides the source's numbers,
    // in the text and as a `tel:` link.
    let yaml = std::fs::read_to_string(site.path("site.yaml")).unwrap();
    let national = yaml.replace(
        "emergency: {number: \"0 112\"}",
        "emergency: {number: \"0 112\", national: [\"999\"]}",
    );
    std::fs::write(site.path("site.yaml"), national).unwrap();
    let (code, _, report) = check_json(&site, &[]);
    let about_999: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("999"))
        .collect();
    assert!(about_999.is_empty(), "{about_999:?}");
    assert_eq!(code, 0, "no error is left: {report}");
    std::fs::write(site.path("site.yaml"), &yaml).unwrap();
    // Without `emergency:`, no page needs the number.
    let cut = yaml.find("emergency:\n").unwrap();
    let yaml = yaml[..cut].replace("    emergency: {number: \"0 112\"}\n", "");
    std::fs::write(site.path("site.yaml"), yaml).unwrap();
    let (_, found, _) = check_json(&site, &[]);
    assert!(
        found.values().all(|ids| !ids.contains("urgent-help")),
        "{found:?}"
    );
}
