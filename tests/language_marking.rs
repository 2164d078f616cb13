//! Honest language marking (issue 15): no text inside an element whose `lang` is not its
//! language. Site-wide texts, fallback home pages, leaflet lists, the language chooser and the
//! switcher, on a fixture with fallback languages; and every page of the bundled guide.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{Site, main_of};

fn built() -> Site {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    site
}

/// The element that holds the first occurrence of `text` after `<body`: its opening tag.
fn opening_tag_before<'h>(html: &'h str, text: &str) -> &'h str {
    let body = html.find("<body").expect("page has <body>");
    let at = body
        + html[body..]
            .find(text)
            .unwrap_or_else(|| panic!("no {text:?}"));
    let start = html[..at].rfind('<').expect("inside an element");
    &html[start..at]
}

/// The `lang` in effect at byte `at` of `html`: that of the nearest open element with one.
/// Enough of HTML for leafpress's output: every non-void element is closed, scripts skipped.
fn lang_at(html: &str, at: usize) -> String {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let mut open: Vec<(String, Option<String>)> = Vec::new();
    let mut i = 0;
    while i < at {
        let Some(start) = html[i..at].find('<') else {
            break;
        };
        let start = i + start;
        let end = start + html[start..].find('>').expect("tags are closed");
        let tag = &html[start + 1..end];
        i = end + 1;
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(position) = open.iter().rposition(|(n, _)| *n == name) {
                open.truncate(position);
            }
            continue;
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if name == "script" || name == "style" {
            let close = format!("</{name}>");
            i = html[i..]
                .find(&close)
                .map_or(html.len(), |p| i + p + close.len());
            continue;
        }
        if VOID.contains(&name.as_str()) {
            continue;
        }
        let lang = tag
            .split_once(" lang=\"")
            .map(|(_, rest)| rest.split('"').next().unwrap_or_default().to_string());
        open.push((name, lang));
    }
    open.iter()
        .rev()
        .find_map(|(_, lang)| lang.clone())
        .unwrap_or_default()
}

#[test]
fn lang_at_follows_nesting() {
    let html = r#"<html lang="fi"><body><p>a <span lang="en">b</span> c<br></p><script>"<span lang='x'>"</script>d</body></html>"#;
    let at = |text: &str| lang_at(html, html.find(text).unwrap());
    assert_eq!(at("a "), "fi");
    assert_eq!(at("b<"), "en");
    assert_eq!(at(" c"), "fi");
    assert_eq!(at("d<"), "fi");
}

#[test]
fn site_texts_carry_the_language_they_are_in() {
    let site = built();
    // German has its own site title; the publisher and funding are site.yaml's English.
    let de = site.page("de/index.html");
    assert_eq!(
        opening_tag_before(&de, "Test-Merkblätter"),
        r#"<a class="site-title" href="../de/">"#
    );
    assert!(de.contains(r#"<h1>Test-Merkblätter</h1>"#), "{de}");
    assert_eq!(
        opening_tag_before(&de, "Funded by member donations only."),
        r#"<p lang="en" dir="ltr">"#
    );
    assert!(
        de.contains(r#"<span lang="en" dir="ltr">Example Patient Coalition</span>"#),
        "{de}"
    );
    // Arabic has no site title of its own: the English one, marked, in a right-to-left page.
    let ar = site.page("ar/side-effects/index.html");
    assert_eq!(
        opening_tag_before(&ar, "Test Leaflets"),
        r#"<a class="site-title" href="../../ar/" lang="en" dir="ltr">"#
    );
    let ar_home = site.page("ar/index.html");
    assert!(ar_home.contains(r#"<h1 lang="en" dir="ltr">Test Leaflets</h1>"#));
    // pt-BR falls back to pt, then en: German's title is not in its chain.
    let pt_br = site.page("pt-BR/index.html");
    assert!(pt_br.contains(r#"<h1 lang="en" dir="ltr">Test Leaflets</h1>"#));
    // English pages mark nothing.
    let en = site.page("en/index.html");
    assert!(en.contains("<h1>Test Leaflets</h1>"));
    assert!(
        en.contains(r#"<a href="https://example.org">Published by Example Patient Coalition</a>"#)
    );
    assert!(en.contains(r#"<p dir="auto">Funded by member donations only.</p>"#));
}

#[test]
fn a_home_page_with_another_languages_intro_says_so_and_is_not_indexed() {
    let site = built();
    let de = site.page("de/index.html");
    assert!(de.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(de.contains(
        "<p class=\"notice\" role=\"note\">Diese Seite ist noch nicht ins Deutsche übersetzt. Unten steht der Text auf English.</p>\n<div class=\"intro\" lang=\"en\""
    ));
    assert!(!de.contains(r#"hreflang="de" href="https://example.org/leaflets/de/""#));
    let sitemap = site.page("sitemap.xml");
    assert!(!sitemap.contains("<loc>https://example.org/leaflets/de/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/leaflets/en/</loc>"));
    let en = site.page("en/index.html");
    assert!(!en.contains("noindex"));
    assert!(!en.contains(r#"hreflang="de" href="https://example.org/leaflets/de/""#));
    assert!(!en.contains(r#"class="notice""#));
    insta::assert_snapshot!("main_de_home", main_of(&de));
}

#[test]
fn leaflet_lists_name_the_language_of_fallback_entries_outside_their_link() {
    let site = built();
    let de = site.page("de/index.html");
    let entry = de
        .lines()
        .find(|l| l.contains("de/what-is/") || l.contains(r#"href="what-is/""#))
        .expect("the untranslated leaflet is listed");
    assert!(
        entry.contains(r#"lang="en" dir="ltr">"#)
            && entry.contains(r#"</a> <span class="in-other-language">(English)</span>"#),
        "{entry}"
    );
    assert_eq!(
        lang_at(&de, de.find("(English)").unwrap()),
        "de",
        "the marker is in the page's language"
    );
}

#[test]
fn the_chooser_sorts_by_own_name_and_says_how_much_is_translated() {
    let site = built();
    let index = site.page("index.html");
    let names: Vec<&str> = index
        .split(r#"<ul class="language-list">"#)
        .nth(1)
        .unwrap()
        .split("</ul>")
        .next()
        .unwrap()
        .split("hreflang=")
        .skip(1)
        .map(|entry| {
            entry
                .split('>')
                .nth(1)
                .unwrap()
                .trim_end_matches(" <span class=\"coverage\"")
        })
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "Deutsch",
            "Português",
            "Português (Brasil)",
            "العربية"
        ],
        "{index}"
    );
    assert!(index.contains(r#"<li lang="de" dir="ltr" data-title=""#));
    assert!(index.contains(r#"<li lang="ar" dir="rtl" data-title=""#));
    assert!(index.contains(">English <span class=\"coverage\">2 of 2 leaflets</span></a>"));
    assert!(
        index.contains(">Deutsch <span class=\"coverage\">"),
        "{index}"
    );
    assert!(!index.contains("location"), "the chooser never redirects");
    insta::assert_snapshot!("main_language_chooser", main_of(&index));
}

#[test]
fn a_leaflet_pages_switcher_marks_languages_that_show_another_language() {
    let site = built();
    let page = site.page("pt-BR/side-effects/index.html");
    let switcher = page
        .split(r#"<nav class="language-switcher""#)
        .nth(1)
        .unwrap()
        .split("</nav>")
        .next()
        .unwrap();
    insta::assert_snapshot!("switcher_pt_br_side_effects", switcher);
    // Deutsch has its own translation; Português shows English.
    assert!(
        switcher.contains(r#"lang="de" hreflang="de" dir="ltr">Deutsch</a>"#),
        "{switcher}"
    );
    assert!(
        switcher.contains(r#"lang="pt" dir="ltr">Português ("#),
        "{switcher}"
    );
}

/// The bundled guide's `site.yaml` texts: the title, the publisher's name, the funding
/// statement, all in English, its default language.
fn guide_site_texts(repo: &Path) -> Vec<String> {
    let text = fs::read_to_string(repo.join("site.yaml")).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let texts = [
        &yaml["title"],
        &yaml["organisation"]["name"],
        &yaml["funding"],
    ];
    texts
        .iter()
        .map(|v| v.as_str().expect("the guide sets it").to_string())
        .collect()
}

#[test]
fn every_page_of_the_guide_marks_the_site_texts_in_english() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let texts = guide_site_texts(&repo);
    let site = Site::copy_of(&repo);
    site.build_clean(&[]);
    let public = site.root.join("public");
    let (mut pages, mut checked) = (0, 0);
    let mut unmarked = Vec::new();
    for entry in walkdir::WalkDir::new(&public) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = fs::read_to_string(&path).unwrap();
        let body = html.find("<body").unwrap_or(0);
        for text in &texts {
            for (offset, _) in html[body..].match_indices(text.as_str()) {
                checked += 1;
                let lang = lang_at(&html, body + offset);
                if lang != "en" {
                    unmarked.push(format!("{}: {text:?} in lang={lang}", path.display()));
                }
            }
        }
    }
    assert!(pages > 250, "only {pages} pages");
    // Every language but English translates them (locales/<lang>/main.ftl), so they appear on
    // the English pages (and on any page whose language lacks the messages).
    assert!(checked > 40, "only {checked} texts checked");
    assert!(unmarked.is_empty(), "{}", unmarked.join("\n"));
}
