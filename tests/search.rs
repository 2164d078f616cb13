//! Search (issue 18): every language's search page and index files, as the build writes them;
//! the header's search box; `search: false`; synonyms; and what the index cannot share an
//! address with. The browser suite (tests/browser.rs) searches the built guide for real.

use std::fs;

use serde_json::Value;

use crate::support::Site;

/// The data a search file hands to the page: the third item of its `push([kind, n, data])`.
fn data(site: &Site, path: &str, kind: &str) -> Value {
    let script = site.page(path);
    let prefix = "(window.leafpressSearch=window.leafpressSearch||[]).push([";
    let inner = script
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix("]);\n"))
        .unwrap_or_else(|| panic!("{path} is not a search data file:\n{script}"));
    let value: Value = serde_json::from_str(&format!("[{inner}]")).unwrap();
    assert_eq!(value[0], kind, "{path}");
    value[2].clone()
}

/// Every word of a language's index with its stem and postings.
fn words(site: &Site, lang: &str) -> Vec<(String, String, Vec<u64>)> {
    let index = data(site, &format!("{lang}/search/index.js"), "index");
    let shards = index["shards"].as_array().unwrap().len();
    let mut all = Vec::new();
    for shard in 0..shards {
        let entries = data(site, &format!("{lang}/search/terms-{shard}.js"), "terms");
        for entry in entries.as_array().unwrap() {
            all.push((
                entry[0].as_str().unwrap().to_string(),
                entry[1].as_str().unwrap().to_string(),
                entry[2]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap())
                    .collect(),
            ));
        }
    }
    all
}

/// The sections a word is found in, with its score there. Each posting is the distance from
/// the previous posting's section × 64 + the score (docs/search.md).
fn postings(words: &[(String, String, Vec<u64>)], word: &str) -> Vec<(u64, u64)> {
    let (_, _, list) = words
        .iter()
        .find(|(w, _, _)| w == word)
        .unwrap_or_else(|| panic!("`{word}` is not in the index"));
    let mut section = 0;
    list.iter()
        .map(|posting| {
            section += posting / 64;
            (section, posting % 64)
        })
        .collect()
}

/// The number of the page of the index whose field `field` (0: its link, 1: its title) is
/// `value`.
fn page_number(index: &Value, field: usize, value: &str) -> usize {
    index["pages"]
        .as_array()
        .unwrap()
        .iter()
        .position(|page| page[field] == value)
        .unwrap_or_else(|| panic!("no page with `{value}`"))
}

/// The number of each page's first section.
fn first_sections(index: &Value) -> Vec<u64> {
    index["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|page| page[4].as_u64().unwrap())
        .collect()
}

/// The (chunk's) id, heading and text of a section.
fn section(site: &Site, lang: &str, index: &Value, number: u64) -> (String, String, String) {
    let chunk = index["chunks"]
        .as_array()
        .unwrap()
        .iter()
        .rposition(|first| first.as_u64().unwrap() <= number)
        .unwrap();
    let text = data(site, &format!("{lang}/search/text-{chunk}.js"), "text");
    let entry = &text[number.to_string()];
    (
        entry[0].as_str().unwrap().into(),
        entry[1].as_str().unwrap().into(),
        entry[2].as_str().unwrap().into(),
    )
}

/// The number of the section with this heading id.
fn section_with_id(site: &Site, lang: &str, index: &Value, id: &str) -> u64 {
    (0..index["sections"].as_u64().unwrap())
        .find(|&n| section(site, lang, index, n).0 == id)
        .unwrap_or_else(|| panic!("no section `{id}`"))
}

#[test]
fn every_language_has_a_search_page_and_an_index_of_what_it_shows() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    for lang in ["en", "de", "ar", "pt", "pt-BR"] {
        let page = site.page(&format!("{lang}/search/index.html"));
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(page.contains("src=\"index.js\""), "{lang}");
        assert!(page.contains("src=\"../../search.js\""), "{lang}");
    }
    let index = data(&site, "de/search/index.js", "index");
    assert_eq!(index["version"], 2);
    assert_eq!(index["lang"], "de");
    // Its own leaflet, and the English one it shows as a fallback, labelled so.
    let pages = index["pages"].as_array().unwrap();
    let own_page = page_number(&index, 0, "../../de/nebenwirkungen/");
    assert_eq!(pages[own_page][1], "Nebenwirkungen");
    assert_eq!(
        (&pages[own_page][2], &pages[own_page][3]),
        (&"".into(), &"".into())
    );
    assert!(
        pages
            .iter()
            .any(|p| p[0] == "../../de/what-is/" && p[2] == "en" && p[3] == "(English)"),
        "{pages:?}"
    );
    // Sections keep the ids their page gives the headings; their text is in the chunks.
    let when_to_call = section_with_id(&site, "de", &index, "when-to-call");
    let (_, heading, _) = section(&site, "de", &index, when_to_call);
    assert_eq!(heading, "Wann anrufen");
    // A German word of the page's top: the summary and the text before the first heading.
    let top = first_sections(&index)[own_page];
    let (id, heading, text) = section(&site, "de", &index, top);
    assert_eq!((id.as_str(), heading.as_str()), ("", ""));
    assert!(
        text.starts_with("Worauf Sie achten sollten. Die Immuntherapie"),
        "{text}"
    );
    let words = words(&site, "de");
    let found = postings(&words, "immuntherapie");
    assert!(
        found.iter().any(|&(section, _)| section == top),
        "{found:?}"
    );
    // German has a stemmer: forms of a word share a stem.
    let (_, stem, _) = words
        .iter()
        .find(|(w, _, _)| w == "nebenwirkungen")
        .unwrap();
    assert_eq!(stem, "nebenwirk");
}

#[test]
fn titles_count_more_than_headings_and_headings_more_than_text() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    let index = data(&site, "en/search/index.js", "index");
    let words = words(&site, "en");
    let top = first_sections(&index)[page_number(&index, 1, "Side effects")];
    // "Side effects": the title's words; "call" is in a heading and its text.
    assert!(postings(&words, "side").contains(&(top, 10)));
    let call = postings(&words, "call");
    let heading = section_with_id(&site, "en", &index, "when-to-call");
    let (_, score) = call.iter().find(|(s, _)| *s == heading).unwrap();
    assert_eq!(
        *score,
        5 + 2,
        "the heading, then once in the text and once in the table"
    );
    // "diarrhoea" and "rash" from the text and a table.
    assert!(
        postings(&words, "diarrhoea")
            .iter()
            .any(|(s, _)| *s == heading)
    );
    assert!(postings(&words, "rash").iter().any(|(s, _)| *s == heading));
}

#[test]
fn the_search_box_of_every_page_sends_its_words_to_the_search_page() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    let leaflet = site.page("de/nebenwirkungen/index.html");
    assert!(
        leaflet.contains("action=\"../../de/search/\""),
        "{}",
        &leaflet[..leaflet.find("</header>").unwrap()]
    );
    assert!(
        site.page("de/index.html")
            .contains("action=\"../de/search/\"")
    );
    assert!(!site.page("index.html").contains("role=\"search\""));
    // Over file://, links name the file.
    site.build_clean(&["--portable"]);
    let leaflet = site.page("de/nebenwirkungen/index.html");
    assert!(leaflet.contains("action=\"../../de/search/index.html\""));
    let index = data(&site, "de/search/index.js", "index");
    assert!(
        index["pages"][0][0]
            .as_str()
            .unwrap()
            .ends_with("index.html")
    );
}

#[test]
fn search_false_turns_it_off() {
    let site = Site::fixture("build/multilingual");
    let yaml = fs::read_to_string(site.path("site.yaml")).unwrap();
    fs::write(site.path("site.yaml"), format!("{yaml}search: false\n")).unwrap();
    site.build_clean(&[]);
    assert!(!site.root.join("public/de/search").exists());
    let leaflet = site.page("de/nebenwirkungen/index.html");
    assert!(!leaflet.contains("role=\"search\""));
}

#[test]
fn synonyms_find_each_other() {
    let site = Site::fixture("build/multilingual");
    let yaml = fs::read_to_string(site.path("site.yaml")).unwrap();
    fs::write(
        site.path("site.yaml"),
        format!("{yaml}search:\n  synonyms:\n    en:\n      - [diarrhoea, loose poo]\n"),
    )
    .unwrap();
    site.build_clean(&[]);
    let words = words(&site, "en");
    assert_eq!(postings(&words, "poo"), postings(&words, "diarrhoea"));
    // "loose" is in the footnote's text too.
    let loose = postings(&words, "loose");
    assert!(
        postings(&words, "diarrhoea")
            .iter()
            .all(|p| loose.contains(p))
    );
}

#[test]
fn synonyms_of_an_unknown_language_are_an_error() {
    let site = Site::fixture("build/multilingual");
    let yaml = fs::read_to_string(site.path("site.yaml")).unwrap();
    fs::write(
        site.path("site.yaml"),
        format!("{yaml}search:\n  synonyms:\n    fr: [[diarrhée, selles liquides]]\n"),
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`search.synonyms.fr` is not one of `languages`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("site.yaml:"), "{}", run.stderr);
}

#[test]
fn a_leaflet_cannot_take_the_search_page_address() {
    let site = Site::fixture("build/multilingual");
    fs::write(
        site.path("content/de/suche.md"),
        "---\ntitle: Suche\nslug: search\n---\nText.\n",
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "this leaflet makes the page `de/search/`, where the language's search page goes"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/de/suche.md"), "{}", run.stderr);
}

#[test]
fn the_guide_finds_diarrhoea_by_the_words_readers_use() {
    let site = Site::copy_of(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    site.build_clean(&[]);
    let index = data(&site, "en/search/index.js", "index");
    let words = words(&site, "en");
    let first = first_sections(&index)[page_number(&index, 0, "../../en/side-effects/")];
    let urgent = (first..)
        .find(|&n| section(&site, "en", &index, n).0 == "when-to-get-help-straight-away")
        .unwrap();
    // The leaflet says "diarrhoea"; site.yaml's synonyms make the other words find it.
    for word in ["diarrhoea", "diarrhea", "loose", "runny"] {
        let found = postings(&words, word);
        let score = found
            .iter()
            .find(|(s, _)| *s == urgent)
            .map(|(_, score)| *score);
        assert!(
            score.is_some(),
            "`{word}` does not find the urgent section: {found:?}"
        );
    }
    // Words in the section that says when to call 112 count double: there, "diarrhoea" scores
    // more than once in the text of an ordinary section can.
    let (_, score) = postings(&words, "diarrhoea")
        .into_iter()
        .find(|(s, _)| *s == urgent)
        .unwrap();
    assert!(score >= 2, "{score}");
}
