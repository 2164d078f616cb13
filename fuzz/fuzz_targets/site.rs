//! A whole small site generated from bytes, run through the real pipeline.
//!
//! The bytes choose a few files: `site.yaml` (mostly a valid one with one to three languages
//! from a small list, with fuzzed fallback chains, `missing_translations` and title; sometimes
//! fuzzed text), leaflets `content/<lang>/<name>.md` (names from a small list, nested ones and
//! `index` files included; front matter keys from the known list with fuzzed or typical values,
//! and a fuzzed body) and Fluent files `locales/<lang>/main.ftl` (fuzzed text). They are written
//! into a fresh temporary folder, which is opened as a [`Project`], loaded, compiled and rendered
//! twice into memory, and rendered once more as `serve` does ([`render_in_memory`]).
//!
//! Asserted:
//! - nothing panics, and every diagnostic and error can be shown (plain and styled);
//! - when no error was found, every page's URL starts with its language's code and a `/`, and
//!   has no empty, `.` or `..` segment;
//! - every file rendered has a relative path without `.` or `..` segments;
//! - rendering twice gives the same files, byte for byte, and `render_in_memory` gives the same
//!   files when there was no error and errors when there were.
#![no_main]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use leafpress::diagnostics::{Diagnostic, Diagnostics};
use leafpress::output::Memory;
use leafpress::serve::render_in_memory;
use leafpress::timings::Timings;
use leafpress::{Project, Settings};
use libfuzzer_sys::arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Language tags a site may use; `pt` is `pt-BR`'s parent, `xx-Latn` an unusual but valid tag.
const LANGUAGES: &[&str] = &["en", "de", "ar", "pt-BR", "pt", "xx-Latn"];
/// Folder names under `content/` and `locales/`: the languages plus a few that are not tags or
/// not canonical.
const FOLDERS: &[&str] = &["en", "de", "ar", "pt-BR", "pt", "pt-br", "EN", "zz", "x y"];
/// Leaflet names (without `.md`).
const NAMES: &[&str] = &[
    "index",
    "side-effects",
    "care/x",
    "x/index",
    "care/index",
    "Side-Effects",
    "a",
];
/// Front matter keys: the known ones and one unknown.
const KEYS: &[&str] = &[
    "title",
    "summary",
    "description",
    "order",
    "slug",
    "reviewed",
    "next_review",
    "date",
    "authors",
    "reviewers",
    "sources",
    "tags",
    "funding",
    "draft",
    "template",
    "translation_review",
    "translation_of",
    "silence",
    "colour",
];
/// Typical values of front matter keys, right and wrong.
const VALUES: &[&str] = &[
    "Side effects",
    "\"\"",
    "3",
    "-1",
    "99999999999999999999",
    "nebenwirkungen",
    "..",
    "index",
    "a/b",
    "2026-01-31",
    "2026-02-30",
    "[a, b]",
    "[]",
    "[{title: T, url: \"https://example.org\"}]",
    "[{title: T, url: \"javascript:alert(1)\"}]",
    "true",
    "false",
    "leaflet",
    "none",
    "side-effects",
    "{from: en, reviewed: 2026-01-01}",
    "[readability]",
    "~",
];
/// Pieces of Markdown bodies that link within the site.
const BODY_PIECES: &[&str] = &[
    "# Heading\n\n",
    "## Heading {#same}\n\n",
    "[link](../side-effects.md)\n\n",
    "[link](care/x.md#heading)\n\n",
    "[link](../../de/a.md)\n\n",
    "[up](../../../../etc/passwd)\n\n",
    "![image](pic.png)\n\n",
    "<script>alert(1)</script>\n\n",
    "Text[^1].\n\n[^1]: Note.\n\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n",
];
/// Pieces of Fluent files.
const FLUENT_PIECES: &[&str] = &[
    "site-title = Leaflets\n",
    "not-translated = Not in { $language } yet.\n",
    "date = { DATETIME($date) }\n",
    "nav-home = Home\n",
    "-term = x\nmsg = { -term }\n",
    "bad = { $\n",
    "loop = { loop }\n",
];

/// Caps on fuzzed text, so that each input runs fast.
const TITLE_CAP: usize = 40;
const VALUE_CAP: usize = 40;
const BODY_CAP: usize = 400;
const FILE_CAP: usize = 600;

/// One site: its files, by path from the root.
#[derive(Debug)]
struct SiteFiles(Vec<(String, String)>);

impl<'a> Arbitrary<'a> for SiteFiles {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut files = Vec::new();
        // Almost always a site.yaml: without one, `Project::open` refuses at once.
        if u.ratio(15, 16)? {
            let text = if u.ratio(7, 8)? {
                site_yaml(u)?
            } else {
                capped(u, FILE_CAP)?
            };
            files.push(("site.yaml".to_string(), text));
        }
        let others = u.int_in_range(0..=5)?;
        for _ in 0..others {
            let folder = pick(u, FOLDERS)?;
            if u.ratio(3, 4)? {
                let name = pick(u, NAMES)?;
                files.push((format!("content/{folder}/{name}.md"), leaflet(u)?));
            } else {
                files.push((format!("locales/{folder}/main.ftl"), fluent(u)?));
            }
        }
        Ok(SiteFiles(files))
    }
}

fn pick<'b>(u: &mut Unstructured<'_>, list: &[&'b str]) -> Result<&'b str> {
    Ok(*u.choose(list)?)
}

/// A fuzzed string of at most `cap` bytes (cut at a character boundary).
fn capped(u: &mut Unstructured<'_>, cap: usize) -> Result<String> {
    let mut text = String::arbitrary(u)?;
    if text.len() > cap {
        let mut end = cap;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    Ok(text)
}

/// A fuzzed YAML scalar: written as it is, or double-quoted (so that it stays one value).
fn scalar(u: &mut Unstructured<'_>, cap: usize) -> Result<String> {
    let text = capped(u, cap)?;
    if u.arbitrary()? {
        Ok(text.replace('\n', " "))
    } else {
        Ok(quoted(&text))
    }
}

/// `text` as a YAML double-quoted scalar.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..
                if c != '\u{feff}' =>
            {
                out.push(c)
            }
            _ => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A `site.yaml` with one to three languages, mostly valid.
fn site_yaml(u: &mut Unstructured<'_>) -> Result<String> {
    let count = u.int_in_range(1..=3)?;
    let mut codes: Vec<&str> = Vec::new();
    for _ in 0..count {
        codes.push(pick(u, LANGUAGES)?);
    }
    let mut text = String::new();
    if u.ratio(15, 16)? {
        text += &format!("title: {}\n", scalar(u, TITLE_CAP)?);
    }
    if u.ratio(1, 4)? {
        let base = pick(
            u,
            &["https://example.org/leaflets", "/", "ftp://x/", "http://"],
        )?;
        text += &format!("base_url: {base}\n");
    }
    let default = if u.ratio(7, 8)? {
        *u.choose(&codes)?
    } else {
        pick(u, LANGUAGES)?
    };
    text += &format!("default_language: {default}\n");
    match u.int_in_range(0..=7)? {
        0 => text += "missing_translations: omit\n",
        1 => text += "missing_translations: fallback\n",
        2 => text += &format!("missing_translations: {}\n", scalar(u, VALUE_CAP)?),
        _ => {}
    }
    if u.ratio(1, 8)? {
        text += "allow_raw_html: true\n";
    }
    text += "languages:\n";
    for code in &codes {
        text += &format!("  - code: {code}\n");
        if u.ratio(1, 4)? {
            text += &format!("    name: {}\n", scalar(u, TITLE_CAP)?);
        }
        if u.ratio(1, 8)? {
            text += &format!("    dir: {}\n", pick(u, &["rtl", "ltr", "up"])?);
        }
        if u.ratio(1, 2)? {
            let length = u.int_in_range(0..=3)?;
            let mut chain = Vec::new();
            for _ in 0..length {
                chain.push(pick(u, LANGUAGES)?);
            }
            text += &format!("    fallback: [{}]\n", chain.join(", "));
        }
    }
    if u.ratio(1, 16)? {
        text += &capped(u, VALUE_CAP)?;
    }
    Ok(text)
}

/// A leaflet: mostly front matter with keys from the list, then a body.
fn leaflet(u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = String::new();
    if u.ratio(7, 8)? {
        text += "---\n";
        if u.ratio(7, 8)? {
            text += &format!("title: {}\n", scalar(u, TITLE_CAP)?);
        }
        let keys = u.int_in_range(0..=4)?;
        for _ in 0..keys {
            let key = pick(u, KEYS)?;
            let value = if u.arbitrary()? {
                pick(u, VALUES)?.to_string()
            } else {
                scalar(u, VALUE_CAP)?
            };
            text += &format!("{key}: {value}\n");
        }
        text += "---\n";
    }
    let pieces = u.int_in_range(0..=3)?;
    for _ in 0..pieces {
        text += pick(u, BODY_PIECES)?;
    }
    text += &capped(u, BODY_CAP)?;
    Ok(text)
}

/// A Fluent file: pieces from the list and fuzzed text.
fn fluent(u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = String::new();
    let pieces = u.int_in_range(0..=3)?;
    for _ in 0..pieces {
        text += pick(u, FLUENT_PIECES)?;
    }
    text += &capped(u, FILE_CAP)?;
    Ok(text)
}

/// A fresh folder for one input, removed when dropped.
struct TempSite(PathBuf);

impl TempSite {
    fn new() -> TempSite {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("leafpress-fuzz-site-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create the temporary site folder");
        TempSite(dir)
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.0.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create a folder of the site");
        }
        std::fs::write(path, text).expect("write a file of the site");
    }
}

impl Drop for TempSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn show(diagnostic: &Diagnostic) {
    let _ = (diagnostic.to_string(), diagnostic.styled());
}

fuzz_target!(|site: SiteFiles| {
    let temp = TempSite::new();
    for (path, text) in &site.0 {
        temp.write(path, text);
    }
    run(&temp.0);
});

fn run(root: &Path) {
    let project = match Project::open(root, Settings::default()) {
        Ok(project) => project,
        Err(error) => {
            let _ = (error.to_string(), error.help());
            return;
        }
    };
    let mut diagnostics = Diagnostics::new();
    let mut timings = Timings::start();
    let site = match project.load(&mut timings, &mut diagnostics) {
        Ok(Some(site)) => site,
        Ok(None) => {
            diagnostics.iter().for_each(show);
            assert!(diagnostics.has_errors(), "no site, and no error said why");
            assert!(render_in_memory(&project).is_err());
            return;
        }
        Err(error) => {
            let _ = (error.to_string(), error.help());
            return;
        }
    };
    let first = project.compile(&site, &mut diagnostics).map(|compiled| {
        let memory = Memory::default();
        project.render(&site, &compiled, &memory, &timings, &mut diagnostics);
        let mut again = Diagnostics::new();
        let second = Memory::default();
        project.render(&site, &compiled, &second, &timings, &mut again);
        again.iter().for_each(show);
        let (first, second) = (memory.into_files(), second.into_files());
        assert!(first == second, "rendering twice gave different files");
        first
    });
    diagnostics.iter().for_each(show);
    let served = render_in_memory(&project);
    if let Err(errors) = &served {
        errors.iter().for_each(show);
    }
    if diagnostics.has_errors() {
        assert!(served.is_err(), "serve rendered a site that has errors");
        return;
    }
    for page in &site.pages {
        check_url(&page.url, &page.language);
    }
    let files = first.expect("compiled without errors");
    for path in files.keys() {
        check_output_path(path);
    }
    let served: HashMap<String, Vec<u8>> = served.expect("serve renders a site without errors");
    assert!(files == served, "serve's files differ from the build's");
}

fn check_url(url: &str, language: &str) {
    let inner = url
        .strip_prefix(&format!("{language}/"))
        .and_then(|rest| rest.strip_suffix('/'));
    let Some(inner) = inner else {
        panic!("page URL `{url}` is not `{language}/.../`");
    };
    for segment in inner.split('/') {
        assert!(
            !matches!(segment, "" | "." | ".."),
            "page URL `{url}` has a `{segment}` segment"
        );
    }
}

fn check_output_path(path: &str) {
    assert!(!path.starts_with('/'), "output path `{path}` is absolute");
    for segment in path.split(['/', '\\']) {
        assert!(
            !matches!(segment, "" | "." | ".."),
            "output path `{path}` has a `{segment}` segment"
        );
    }
}
