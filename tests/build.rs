//! `leafpress build` on a multilingual fixture: URLs, fallbacks, languages, links, output.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::support::{Site, head_of, main_of};

fn built() -> Site {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    site
}

#[test]
fn every_leaflet_exists_in_every_language_with_translated_slugs() {
    let site = built();
    for path in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "style.css",
        "img/card.svg",
        "en/index.html",
        "en/side-effects/index.html",
        "en/what-is/index.html",
        "de/nebenwirkungen/index.html",
        "de/what-is/index.html",
        "ar/side-effects/index.html",
        "pt/what-is/index.html",
        "pt-BR/what-is/index.html",
        "pt-BR/side-effects/index.html",
    ] {
        assert!(site.path("public").join(path).is_file(), "missing {path}");
    }
    assert!(
        !site.path("public/de/side-effects").exists(),
        "the slug replaces the file name"
    );
}

#[test]
fn language_picker_lists_each_language_in_its_own_name() {
    let site = built();
    let index = site.page("index.html");
    for (code, dir, name) in [
        ("de", "ltr", "Deutsch"),
        ("ar", "rtl", "العربية"),
        ("pt-BR", "ltr", "Português (Brasil)"),
    ] {
        let entry = index
            .lines()
            .find(|l| l.starts_with(&format!(r#"<li lang="{code}" dir="{dir}" "#)))
            .unwrap_or_else(|| panic!("no entry for {code}: {index}"));
        assert!(
            entry.contains(&format!(r#"<a href="{code}/" hreflang="{code}">{name} "#)),
            "{entry}"
        );
    }
    assert!(!index.contains("location"), "the picker never redirects");
}

#[test]
fn pages_declare_language_direction_and_real_alternates_only() {
    let site = built();
    let arabic = site.page("ar/side-effects/index.html");
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    let english = site.page("en/side-effects/index.html");
    for (lang, url) in [
        ("en", "en/side-effects/"),
        ("de", "de/nebenwirkungen/"),
        ("ar", "ar/side-effects/"),
        ("x-default", "en/side-effects/"),
    ] {
        let link = format!(
            r#"<link rel="alternate" hreflang="{lang}" href="https://example.org/leaflets/{url}">"#
        );
        assert!(english.contains(&link), "missing {link}");
    }
    assert!(
        !english.contains(r#"<link rel="alternate" hreflang="pt""#),
        "fallback pages are not alternates"
    );
    assert!(english.contains(
        r#"<link rel="canonical" href="https://example.org/leaflets/en/side-effects/">"#
    ));
    insta::assert_snapshot!(
        "head_de_nebenwirkungen",
        head_of(&site.page("de/nebenwirkungen/index.html"))
    );
}

#[test]
fn missing_translation_shows_fallback_text_with_notice_in_readers_language() {
    let site = built();
    let page = site.page("de/what-is/index.html");
    assert!(page.contains(r#"<html lang="de" dir="ltr">"#));
    assert!(page.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(page.contains(
        "Diese Seite ist noch nicht ins Deutsche übersetzt. Unten steht der Text auf English."
    ));
    assert!(page.contains(r#"<div class="leaflet-text" lang="en" dir="ltr">"#));
    assert!(
        !page.contains("hreflang=\"de\" href"),
        "a fallback page lists no alternates"
    );
    // pt-BR falls back to pt first, then en.
    let page = site.page("pt-BR/what-is/index.html");
    assert!(page.contains(r#"<div class="leaflet-text" lang="pt" dir="ltr">"#));
    let page = site.page("pt-BR/side-effects/index.html");
    assert!(page.contains(r#"<div class="leaflet-text" lang="en" dir="ltr">"#));
    insta::assert_snapshot!(
        "main_pt_br_what_is",
        main_of(&site.page("pt-BR/what-is/index.html"))
    );
}

#[test]
fn links_between_leaflets_go_to_the_same_language() {
    let site = built();
    let fallback = site.page("de/what-is/index.html");
    assert!(
        fallback.contains(r##"href="../../de/nebenwirkungen/#when-to-call""##),
        "{}",
        main_of(&fallback)
    );
    assert!(fallback.contains(r#"src="../../img/card.svg""#));
    let english = site.page("en/what-is/index.html");
    assert!(english.contains(r##"href="../../en/side-effects/#when-to-call""##));
}

#[test]
fn leaflet_page_has_toc_review_dates_sources_and_json_ld() {
    let site = built();
    let page = site.page("en/side-effects/index.html");
    insta::assert_snapshot!("main_en_side_effects", main_of(&page));
    assert!(page.contains(r#""@type":"MedicalWebPage""#));
    assert!(page.contains(r#""lastReviewed":"2026-10-15""#));
    assert!(page.contains(r#""inLanguage":"en""#));
    assert!(page.contains(r#""reviewedBy":[{"@type":"Person","name":"Oncology nurse"}]"#));
    let german = site.page("de/nebenwirkungen/index.html");
    assert!(
        !german.contains("Zuletzt geprüft: 20. Oktober 2026"),
        "a translation awaiting review borrows no review date: {}",
        main_of(&german)
    );
    assert!(german.contains("Diese Übersetzung wurde noch nicht geprüft."));
}

#[test]
fn translations_and_fallbacks_claim_no_review_they_did_not_have() {
    let site = Site::fixture("build/multilingual");
    let edit = |path: &str, from: &str, to: &str| {
        let text = fs::read_to_string(site.path(path)).unwrap();
        assert!(text.contains(from), "{path}");
        fs::write(site.path(path), text.replacen(from, to, 1)).unwrap();
    };
    // A German translation awaiting review, with review lines copied from the English.
    edit(
        "content/de/side-effects.md",
        "translation_review: pending\n",
        "translation_review: pending\nreviewers: [Oncology nurse]\ntranslators: [Maschinelle Übersetzung]\n",
    );
    // An Arabic translation checked by its own reviewer.
    edit(
        "content/ar/side-effects.md",
        "order: 2\n",
        "order: 2\nreviewed: 2026-10-30\nreviewers: [Arabic-speaking nurse]\ntranslation_review: done\n",
    );
    site.build_clean(&[]);
    let based_on = r#""isBasedOn":"https://example.org/leaflets/en/side-effects/""#;
    let source_reviewed = r#"<p class="source-review"><time datetime="2026-10-15">"#;

    let german = site.page("de/nebenwirkungen/index.html");
    assert!(
        !german.contains("lastReviewed") && !german.contains("reviewedBy"),
        "{german}"
    );
    assert!(!german.contains("Oncology nurse") && !german.contains("2026-10-20"));
    assert!(german.contains(based_on), "{german}");
    assert!(
        german.contains(r#""translator":[{"@type":"Person","name":"Maschinelle Übersetzung"}]"#)
    );
    assert!(german.contains(source_reviewed), "{}", main_of(&german));

    let arabic = site.page("ar/side-effects/index.html");
    assert!(arabic.contains(r#""lastReviewed":"2026-10-30""#));
    assert!(arabic.contains("Arabic-speaking nurse") && arabic.contains(based_on));
    assert!(arabic.contains(source_reviewed), "{}", main_of(&arabic));

    // Portuguese has no translation: the page shows the English text and its English review.
    let fallback = site.page("pt/side-effects/index.html");
    assert!(!fallback.contains("lastReviewed") && !fallback.contains("Oncology nurse"));
    assert!(fallback.contains(based_on) && fallback.contains(source_reviewed));
    assert!(fallback.contains(r#""inLanguage":"en""#));

    let english = site.page("en/side-effects/index.html");
    assert!(!english.contains("isBasedOn") && !english.contains("source-review"));
}

#[test]
fn the_home_intro_follows_the_same_review_rules() {
    let site = Site::fixture("build/multilingual");
    let intro = site.path("content/en/index.md");
    let text = fs::read_to_string(&intro).unwrap();
    fs::write(
        &intro,
        text.replacen(
            "summary: Leaflets for testing.\n",
            "summary: Leaflets for testing.\nreviewed: 2026-10-15\n",
            1,
        ),
    )
    .unwrap();
    fs::write(
        site.path("content/ar/index.md"),
        "---\ntitle: نشرات\ntranslation_review: pending\nreviewed: 2026-10-15\n---\nنشرات للاختبار.\n",
    )
    .unwrap();
    site.build_clean(&[]);
    let reviewed = r#"<p class="intro-review"><time datetime="2026-10-15">"#;
    let english = site.page("en/index.html");
    assert!(english.contains(reviewed), "{}", main_of(&english));
    assert!(english.contains("Page last reviewed: 15 October 2026"));
    let arabic = site.page("ar/index.html");
    assert!(arabic.contains(reviewed), "{}", main_of(&arabic));
    assert!(
        arabic.contains(r#"<p class="notice" role="note">"#),
        "the pending translation is announced: {}",
        main_of(&arabic)
    );
    assert!(
        !arabic.contains("Page last reviewed") && !arabic.contains("آخر مراجعة للصفحة"),
        "no review of its own"
    );
    // German has no intro of its own: the English intro's review, named as the English text's.
    let german = site.page("de/index.html");
    assert!(german.contains(reviewed), "{}", main_of(&german));
}

#[test]
fn home_lists_leaflets_by_order_with_plurals_from_fluent() {
    let site = built();
    let home = site.page("en/index.html");
    let what = home.find("What is immunotherapy?").unwrap();
    let side = home.find("Side effects").unwrap();
    assert!(what < side, "order: 1 comes first");
    assert!(home.contains("How it works."));
    assert!(home.contains("These leaflets are for testing."));
    assert!(
        site.page("ar/index.html").contains("نشرتان"),
        "Arabic dual form"
    );
    assert!(
        site.page("de/index.html")
            .contains("<h1>Test-Merkblätter</h1>"),
        "site-title from Fluent"
    );
}

#[test]
fn crlf_and_byte_order_mark_are_accepted() {
    let site = built();
    let page = site.page("en/what-is/index.html");
    assert!(page.contains("<h1>What is immunotherapy?</h1>"));
    assert!(page.contains(r#"<h2 id="how-it-works">How it works</h2>"#));
}

#[test]
fn sitemap_lists_real_pages_whose_heads_name_their_translations() {
    let site = built();
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/leaflets/de/nebenwirkungen/</loc>"));
    // The alternates are in each page's head, not repeated per URL in the sitemap, which
    // would grow with pages x languages past the protocol's 50 MB.
    assert!(!sitemap.contains("xhtml:link"));
    let page = site.page("de/nebenwirkungen/index.html");
    assert!(page.contains(r#"<link rel="alternate" hreflang="ar" href="https://example.org/leaflets/ar/side-effects/">"#));
    assert!(
        !sitemap.contains("pt-BR/what-is"),
        "fallback pages are noindex and left out"
    );
    assert!(sitemap.contains("<lastmod>2026-10-15</lastmod>"));
}

#[test]
fn builds_are_byte_identical() {
    let site = built();
    let first = read_tree(&site.path("public"));
    site.build_clean(&[]);
    assert_eq!(first, read_tree(&site.path("public")));
}

fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(root).unwrap().display().to_string(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn portable_links_end_in_index_html_and_base_url_can_be_overridden() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&["--portable", "--base-url", "https://charity.example/guide"]);
    let page = site.page("de/what-is/index.html");
    assert!(page.contains(r##"href="../../de/nebenwirkungen/index.html#when-to-call""##));
    assert!(page.contains(r#"href="../../de/index.html""#));
    let english = site.page("en/side-effects/index.html");
    assert!(english.contains(
        r#"<link rel="canonical" href="https://charity.example/guide/en/side-effects/">"#
    ));
    assert!(site.page("index.html").contains(r#"href="de/index.html""#));
}

#[test]
fn omit_makes_no_fallback_pages_and_links_to_the_fallback_language() {
    let site = Site::fixture("build/multilingual");
    let config =
        fs::read_to_string(site.path("site.yaml")).unwrap() + "missing_translations: omit\n";
    fs::write(site.path("site.yaml"), config).unwrap();
    site.build_clean(&[]);
    assert!(!site.path("public/de/what-is").exists());
    let german = site.page("de/nebenwirkungen/index.html");
    assert!(
        german.contains(r#"href="../../en/what-is/""#),
        "{}",
        main_of(&german)
    );
    let home = site.page("de/index.html");
    assert!(!home.contains("what-is"));
}

#[test]
fn raw_html_is_sanitised_and_titles_are_escaped() {
    let site = Site::fixture("build/multilingual");
    fs::write(
        site.path("content/en/unsafe.md"),
        "---\ntitle: \"<img src=x onerror=alert(1)>\"\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<b onmouseover=\"alert(1)\">bold</b>\n",
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/en/unsafe.md:4:1: warning[raw-html]: raw HTML"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "content/en/unsafe.md:6:1: warning[unsafe-url]: the link `javascript:alert(1)`"
        ),
        "{}",
        run.stderr
    );
    let page = site.page("en/unsafe/index.html");
    let main = main_of(&page);
    assert!(
        main.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{main}"
    );
    assert!(
        !main.contains("<script") && !main.contains("onmouseover") && !main.contains("javascript:"),
        "{main}"
    );
}

#[test]
fn missing_messages_are_warnings_and_missing_variables_errors() {
    let site = Site::fixture("build/missing-message");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for language in ["en", "fr"] {
        let warning = format!(
            "warning: Fluent message `no-such-message` for language `{language}` is missing in this language and every fallback"
        );
        assert!(run.stderr.contains(&warning), "{}", run.stderr);
    }
    let error = "error: Fluent message `last-reviewed` for language `en` could not be formatted: Unknown variable: $date";
    assert!(run.stderr.contains(error), "{}", run.stderr);
    // Without the broken call, the missing message alone is a warning and the page shows its key.
    let template = site.path("themes/default/templates/home.html");
    let text = fs::read_to_string(&template)
        .unwrap()
        .replace(r#"{{ t(key="last-reviewed") }}"#, "");
    fs::write(&template, text).unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.page("fr/index.html")
            .contains(r#"<p class="gap">no-such-message</p>"#)
    );
}

#[test]
fn the_bundled_guide_builds_without_warnings_and_passes_check() {
    let site = Site::copy_of(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    site.build_clean(&[]);
    let run = site.run(&["check", "--today", "2026-11-23"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("error["), "{}", run.stderr);
    assert!(
        !run.stderr.contains("[untranslated-prose]"),
        "no English prose is found in the guide's other languages: {}",
        run.stderr
    );
}

#[test]
fn every_leaflet_and_home_page_has_the_qr_code_of_its_own_address_beside_it() {
    let site = built();
    for (page, folder) in [
        ("de/nebenwirkungen/index.html", "de/nebenwirkungen/"),
        ("pt-BR/side-effects/index.html", "pt-BR/side-effects/"),
        ("en/index.html", "en/"),
    ] {
        let svg = std::fs::read_to_string(site.path(&format!("public/{folder}qr.svg")))
            .unwrap_or_else(|_| panic!("no qr.svg beside {page}"));
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
    }
    // The handout shows it, with the page's own address (not the English canonical one).
    let html = site.page("pt-BR/side-effects/index.html");
    assert!(
        html.contains(r#"<img class="handout-qr" src="qr.svg""#),
        "{html}"
    );
    assert!(
        html.contains("https://example.org/leaflets/pt-BR/side-effects/</span>"),
        "{html}"
    );
}
