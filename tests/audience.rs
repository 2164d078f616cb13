//! Leaflets for another audience than patients (front matter `audience: professionals`): the
//! label above the title and the note under the summary in the page's language, kept out of
//! the previous and next links, listed apart on the home page, declared in JSON-LD, and a
//! translation that does not repeat its source's audience reported by `check`.

use std::fs;

use crate::support::{Site, main_of};

fn built() -> Site {
    let site = Site::fixture("build/audience");
    site.build_clean(&[]);
    site
}

/// The JSON-LD `audienceType` of a page.
fn audience_type(html: &str) -> String {
    let start = html.find(r#"<script type="application/ld+json">"#).unwrap();
    let json = &html[start..];
    let json = &json[json.find('>').unwrap() + 1..json.find("</script>").unwrap()];
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["audience"]["audienceType"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_leaflet_for_professionals_is_labelled_above_its_title() {
    let site = built();
    let page = site.page("en/for-professionals/index.html");
    insta::assert_snapshot!("main_en_for_professionals", main_of(&page));
    let label = page.find(r#"<p class="audience">For health professionals</p>"#);
    let title = page.find("<h1>Immune-related side effects</h1>");
    let summary = page.find(r#"<p class="summary">"#);
    let note = page.find(r#"<p class="notice" role="note">This page is written for doctors"#);
    assert!(label < title && title < summary && summary < note, "{page}");
    assert!(label.is_some() && note.is_some(), "{page}");
    assert_eq!(audience_type(&page), "Clinician");
    // A leaflet for patients has neither, and says so to search engines.
    let patients = site.page("en/what-is/index.html");
    assert!(!patients.contains(r#"class="audience""#), "{patients}");
    assert!(!patients.contains("written for doctors"), "{patients}");
    assert_eq!(audience_type(&patients), "Patient");
}

#[test]
fn the_label_and_note_are_in_the_page_language() {
    let site = built();
    let page = site.page("de/for-professionals/index.html");
    assert!(
        page.contains(r#"<p class="audience">Für Fachpersonal</p>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="notice" role="note">Diese Seite ist für Ärztinnen"#),
        "{page}"
    );
    // Without its German translation, the page shows the English text, and the German label
    // and note are marked as German inside it.
    let site = Site::fixture("build/audience");
    fs::remove_file(site.path("content/de/for-professionals.md")).unwrap();
    site.build_clean(&[]);
    let page = site.page("de/for-professionals/index.html");
    assert!(page.contains(r#"<div class="leaflet-text" lang="en" dir="ltr">"#));
    assert!(
        page.contains(r#"<p class="audience" lang="de" dir="ltr">Für Fachpersonal</p>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="notice" role="note" lang="de" dir="ltr">Diese Seite"#),
        "{page}"
    );
    assert_eq!(audience_type(&page), "Clinician");
}

#[test]
fn the_patients_reading_order_skips_it() {
    let site = built();
    for language in ["en", "de"] {
        // order 1 what-is, 2 for-professionals, 3 side-effects.
        let first = site.page(&format!("{language}/what-is/index.html"));
        assert!(
            first.contains(&format!(
                r#"<a href="../../{language}/side-effects/" rel="next">"#
            )),
            "{language}: {first}"
        );
        let last = site.page(&format!("{language}/side-effects/index.html"));
        assert!(
            last.contains(&format!(
                r#"<a href="../../{language}/what-is/" rel="prev">"#
            )),
            "{language}: {last}"
        );
        let own = site.page(&format!("{language}/for-professionals/index.html"));
        assert!(!own.contains(r#"rel="prev""#), "{language}: {own}");
        assert!(!own.contains(r#"rel="next""#), "{language}: {own}");
    }
}

#[test]
fn the_home_page_lists_it_apart_after_the_patients_leaflets() {
    let site = built();
    let home = site.page("en/index.html");
    let main_list = &home[home.find(r#"id="leaflets-heading""#).unwrap()..];
    let main_list = &main_list[..main_list.find("</section>").unwrap()];
    assert!(main_list.contains("2 leaflets"), "{main_list}");
    assert!(!main_list.contains("for-professionals"), "{main_list}");
    let apart = &home[home.find("</section>").unwrap()..];
    assert!(
        apart.contains(
            r#"<section aria-labelledby="audience-professionals-heading">
<h2 id="audience-professionals-heading">For health professionals</h2>"#
        ),
        "{home}"
    );
    assert!(
        apart.contains(r#"<a href="../en/for-professionals/" lang="en" dir="ltr">Immune-related side effects</a>"#),
        "{apart}"
    );
    let german = site.page("de/index.html");
    assert!(
        german.contains(r#"<h2 id="audience-professionals-heading">Für Fachpersonal</h2>"#),
        "{german}"
    );
    // Still a page like any other: in the sitemap, with its translations in the switcher.
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("https://example.org/de/for-professionals/"));
    let page = site.page("en/for-professionals/index.html");
    assert!(page.contains(r#"hreflang="de""#), "{page}");
}

#[test]
fn a_translation_must_repeat_its_sources_audience() {
    let site = Site::fixture("build/audience");
    let path = site.path("content/de/for-professionals.md");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("audience: professionals\n", "")).unwrap();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/de/for-professionals.md:2:1: error[audience-mismatch]: this translation has no `audience:`, so it is for `patients`, but its source `content/en/for-professionals.md` says `audience: professionals`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("write `audience: professionals` in the translation's front matter"),
        "{}",
        run.stderr
    );
    // A translation for professionals of a source for patients: at its `audience:` line.
    let path = site.path("content/de/what-is.md");
    fs::write(
        &path,
        "---\ntitle: Was ist Immuntherapie?\naudience: professionals\n---\nSie hilft.\n",
    )
    .unwrap();
    let run = site.run(&["check"]);
    assert!(
        run.stderr.contains(
            "content/de/what-is.md:3:1: error[audience-mismatch]: this translation says `audience: professionals`, its source `content/en/what-is.md` says `patients`"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn the_patients_glossary_is_not_asked_of_a_leaflet_for_professionals() {
    let site = Site::fixture("build/audience");
    let yaml = fs::read_to_string(site.path("site.yaml")).unwrap();
    fs::write(
        site.path("site.yaml"),
        yaml + "checks:\n  glossary: glossary\n",
    )
    .unwrap();
    fs::write(
        site.path("content/en/glossary.md"),
        "---\ntitle: Glossary\n---\n- **TSH**: a hormone that tells the thyroid to work.\n",
    )
    .unwrap();
    fs::write(
        site.path("content/en/what-is.md"),
        "---\ntitle: What is immunotherapy?\n---\nYour team checks your TSH.\n",
    )
    .unwrap();
    let run = site.run(&["check"]);
    let terms: Vec<&str> = run
        .stderr
        .lines()
        .filter(|line| line.contains("glossary-term"))
        .collect();
    assert_eq!(terms.len(), 1, "{}", run.stderr);
    assert!(terms[0].starts_with("content/en/what-is.md:"), "{terms:?}");
}
