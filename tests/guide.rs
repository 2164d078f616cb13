//! The bundled patient guide (the repository's own `content/`, `locales/` and `site.yaml`):
//! complete in every language it is translated into, honest about the reviews it has had, UI
//! strings for every configured language, every internal link and heading id resolving in the
//! built site.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::Site;

/// The languages the guide's leaflets are translated into, besides English: all of them.
const TRANSLATED: &[&str] = &[
    "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt",
    "nl", "pl", "pt", "ro", "sk", "sl", "sv", "uk", "ar",
];

/// The path of the guide's `base_url` (`https://example.org/guide/`).
const BASE_PATH: &str = "/guide/";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The leaflet files of `content/<language>/`, by file name.
fn leaflets(language: &str) -> BTreeSet<String> {
    fs::read_dir(repo().join("content").join(language))
        .unwrap_or_else(|_| panic!("no content/{language}"))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md"))
        .collect()
}

/// The language codes of `site.yaml`, in order.
fn site_languages() -> Vec<String> {
    let text = fs::read_to_string(repo().join("site.yaml")).unwrap();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("- code: "))
        .map(str::to_string)
        .collect()
}

/// The message ids a Fluent file defines.
fn message_ids(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string()))
        .collect()
}

#[test]
fn every_leaflet_exists_in_every_language() {
    let mut languages = site_languages();
    languages.retain(|l| l != "en");
    assert_eq!(
        languages, TRANSLATED,
        "every language of site.yaml is translated"
    );
    let english = leaflets("en");
    assert!(
        english.len() >= 15,
        "the guide has its index and 14 leaflets"
    );
    for language in TRANSLATED {
        assert_eq!(
            leaflets(language),
            english,
            "content/{language}/ must translate every English leaflet, and nothing else"
        );
    }
}

#[test]
fn leaflets_are_400_to_900_words_and_translations_say_whether_they_were_reviewed() {
    for name in leaflets("en").iter().filter(|n| *n != "index.md") {
        let text = fs::read_to_string(repo().join("content/en").join(name)).unwrap();
        let body = text.splitn(3, "---\n").nth(2).unwrap();
        let words = body.split_whitespace().count();
        assert!(
            (400..=900).contains(&words),
            "content/en/{name} has {words} words"
        );
        for key in [
            "summary:",
            "order:",
            "reviewed:",
            "next_review:",
            "authors:",
            "sources:",
        ] {
            assert!(
                text.contains(&format!("\n{key}")),
                "content/en/{name} has no {key}"
            );
        }
    }
    for language in TRANSLATED {
        for name in leaflets(language) {
            let text =
                fs::read_to_string(repo().join("content").join(language).join(&name)).unwrap();
            let front = text.split("\n---\n").next().unwrap();
            // Machine-made, awaiting a bilingual clinician: the page claims no review of its
            // own and says who translated it.
            assert!(
                front.contains("\ntranslation_review: pending") && front.contains("\ntranslators:"),
                "content/{language}/{name} must say it awaits review and who translated it"
            );
            for claim in ["\nreviewed:", "\nnext_review:", "\nreviewers:"] {
                assert!(
                    !front.contains(claim),
                    "content/{language}/{name} copies the English review ({claim})"
                );
            }
        }
    }
}

#[test]
fn no_page_claims_a_clinical_review_and_the_home_page_gives_112_first() {
    for name in leaflets("en").iter().filter(|n| *n != "index.md") {
        let text = fs::read_to_string(repo().join("content/en").join(name)).unwrap();
        let front = text.split("\n---\n").next().unwrap();
        let reviewers = front.split("\nreviewers:").nth(1).unwrap_or_default();
        let reviewers = reviewers.split("\nsources:").next().unwrap();
        assert!(
            reviewers.contains("no clinical review"),
            "content/en/{name}: the reviewers must say no clinician checked it: {reviewers}"
        );
    }
    let home = fs::read_to_string(repo().join("content/en/index.md")).unwrap();
    assert!(!home.contains("nurse has checked"), "{home}");
    let emergency = home.find("tel:112").expect("the home page dials 112");
    let team_line = home
        .find("24-hour")
        .expect("the home page names the 24-hour line");
    assert!(
        emergency < team_line,
        "life in danger: 112 comes before the team's line"
    );
}

#[test]
fn only_the_page_for_health_professionals_is_for_professionals_in_every_language() {
    for language in std::iter::once(&"en").chain(TRANSLATED) {
        for name in leaflets(language) {
            let text =
                fs::read_to_string(repo().join("content").join(language).join(&name)).unwrap();
            let front = text.split("\n---\n").next().unwrap();
            assert_eq!(
                front.contains("\naudience: professionals"),
                name == "for-health-professionals.md",
                "content/{language}/{name}"
            );
        }
    }
}

#[test]
fn every_language_has_the_theme_messages_and_a_site_title() {
    let english = message_ids(
        &fs::read_to_string(repo().join("themes/default/locales/en/theme.ftl")).unwrap(),
    );
    let languages = site_languages();
    assert_eq!(languages.len(), 26, "24 EU languages, Ukrainian and Arabic");
    for language in &languages {
        let theme = fs::read_to_string(
            repo()
                .join("themes/default/locales")
                .join(language)
                .join("theme.ftl"),
        )
        .unwrap_or_else(|_| panic!("no theme messages for {language}"));
        let ids = message_ids(&theme);
        let missing: Vec<_> = english.difference(&ids).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            leafpress::theme::embedded_messages(language).is_some(),
            "{language}'s theme messages are embedded in the binary"
        );
        let site = fs::read_to_string(repo().join("locales").join(language).join("main.ftl"))
            .unwrap_or_else(|_| panic!("no locales/{language}/main.ftl"));
        assert!(
            site.contains("\nsite-title = "),
            "{language} has no site-title"
        );
    }
}

/// Every `href` of a built page that points inside the site, resolved against the page.
fn internal_links(
    public: &Path,
    page: &Path,
    html: &str,
) -> Vec<(String, PathBuf, Option<String>)> {
    let mut found = Vec::new();
    for piece in html.split("href=\"").skip(1) {
        let href = piece.split('"').next().unwrap().replace("&amp;", "&");
        if href.contains("://") || href.starts_with("mailto:") || href.starts_with("tel:") {
            continue;
        }
        let (path, fragment) = match href.split_once('#') {
            Some((p, f)) => (p.to_string(), Some(f.to_string())),
            None => (href.clone(), None),
        };
        // 404.html links from the site's root path, as it is shown at any address.
        let mut target = if let Some(rooted) = path.strip_prefix(BASE_PATH) {
            public.join(rooted)
        } else if path.is_empty() {
            page.to_path_buf()
        } else {
            page.parent().unwrap().join(&path)
        };
        if path.ends_with('/') || target.is_dir() {
            target = target.join("index.html");
        }
        let target = normalise(&target);
        assert!(target.starts_with(public), "{href} leaves the site");
        found.push((href, target, fragment));
    }
    found
}

fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[test]
fn every_internal_link_of_the_built_guide_resolves() {
    let site = Site::copy_of(&repo());
    site.build_clean(&[]);
    let public = site.root.join("public");
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(&public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(pages.len() > 250, "{} pages", pages.len());
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let html = fs::read_to_string(page).unwrap();
        for (href, target, fragment) in internal_links(&public, page, &html) {
            checked += 1;
            let Ok(text) = fs::read_to_string(&target) else {
                if !target.is_file() {
                    broken.push(format!("{}: {href}", page.display()));
                }
                continue;
            };
            if let Some(id) = fragment.filter(|f| !f.is_empty())
                && !text.contains(&format!("id=\"{id}\""))
            {
                broken.push(format!("{}: {href} (no id {id})", page.display()));
            }
        }
    }
    assert!(checked > 5000, "only {checked} links checked");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// The JSON-LD of a built page, if it has one.
fn json_ld(html: &str) -> Option<serde_json::Value> {
    let start = html.find("<script type=\"application/ld+json\">")?;
    let rest = &html[start..];
    let body = &rest[rest.find('>')? + 1..rest.find("</script>")?];
    Some(serde_json::from_str(body).expect("JSON-LD parses"))
}

#[test]
fn no_page_declares_a_review_of_a_text_not_reviewed_in_its_language() {
    // Every translation of the guide awaits review, and the other languages show English text:
    // only English pages may claim `lastReviewed`/`reviewedBy`; the others name their source.
    let site = Site::copy_of(&repo());
    site.build_clean(&[]);
    let public = site.root.join("public");
    let mut checked = 0;
    let mut borrowed = Vec::new();
    for language in site_languages().iter().filter(|l| *l != "en") {
        for entry in walkdir::WalkDir::new(public.join(language)) {
            let path = entry.unwrap().into_path();
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let html = fs::read_to_string(&path).unwrap();
            let Some(data) = json_ld(&html) else { continue };
            checked += 1;
            for claim in ["lastReviewed", "reviewedBy"] {
                if data.get(claim).is_some() {
                    borrowed.push(format!("{}: {claim}", path.display()));
                }
            }
            let based_on = data["isBasedOn"].as_str().unwrap_or_default();
            if !based_on.starts_with("https://example.org/guide/en/") {
                borrowed.push(format!(
                    "{}: isBasedOn is {based_on:?}, not the English page",
                    path.display()
                ));
            }
        }
    }
    assert!(checked >= 25 * 9, "only {checked} pages with JSON-LD");
    assert!(borrowed.is_empty(), "{}", borrowed.join("\n"));
}

/// The ids of the `<h2>` and `<h3>` elements in a built page's leaflet text.
fn heading_ids(html: &str) -> BTreeSet<String> {
    let text = html
        .split("<div class=\"leaflet-text\"")
        .nth(1)
        .and_then(|rest| rest.split("<footer class=\"leaflet-meta\">").next())
        .unwrap_or_default();
    text.match_indices("<h")
        .filter_map(|(at, _)| {
            let tag = &text[at..];
            let level = tag.as_bytes().get(2)?;
            if !matches!(level, b'2' | b'3') {
                return None;
            }
            let id = tag.split_once(" id=\"")?.1.split('"').next()?;
            (tag.find('>')? > tag.find(" id=\"")?).then(|| id.to_string())
        })
        .filter(|id| id != "toc-heading" && id != "urgent-help-heading")
        .collect()
}

#[test]
fn every_translation_keeps_the_english_heading_ids() {
    // Links between leaflets and bookmarks point at headings: a translated heading keeps the
    // English id, so `side-effects.md#when-to-get-help-straight-away` works in every language.
    let site = Site::copy_of(&repo());
    site.build_clean(&[]);
    let public = site.root.join("public");
    let page_of = |language: &str, name: &str| -> Option<String> {
        let text = fs::read_to_string(repo().join("content").join(language).join(name)).ok()?;
        let slug = text
            .split("\n---\n")
            .next()?
            .lines()
            .find_map(|l| l.strip_prefix("slug: "))
            .map(str::to_string)
            .unwrap_or_else(|| name.trim_end_matches(".md").to_string());
        fs::read_to_string(public.join(language).join(slug).join("index.html")).ok()
    };
    let mut compared = 0;
    for name in leaflets("en").iter().filter(|n| *n != "index.md") {
        let english = heading_ids(&page_of("en", name).unwrap());
        assert!(!english.is_empty(), "{name} has headings");
        for language in TRANSLATED {
            let html = page_of(language, name)
                .unwrap_or_else(|| panic!("no built page for content/{language}/{name}"));
            assert_eq!(
                heading_ids(&html),
                english,
                "content/{language}/{name}: write the English id after each heading, `## … {{#id}}`"
            );
            compared += 1;
        }
    }
    assert!(compared >= 14 * TRANSLATED.len(), "{compared}");
}
