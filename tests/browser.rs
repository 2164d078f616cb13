//! Real-browser checks of the default theme on the bundled guide (tests/browser/check.mjs:
//! axe-core, reflow, no JavaScript, keyboard, print, weight, the Nu HTML checker), and
//! `leafpress pdf`. The checks need Debian's Chromium, Java, Node.js and `npm ci` in
//! tests/browser, the PDF test only Chromium; `.ci/run` installs all of them. Elsewhere a test
//! whose tools are missing prints `test browser::<name> ... SKIPPED, not run: missing ...`
//! naming each missing piece and how to install it (the harness still counts it `ok`: stable
//! Rust has no way for a test to report itself skipped at run time), except under `CI=true`,
//! where a skip would hide a failure and is one.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::Site;

/// A tool a test needs that is not here, and how to get it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Missing {
    /// What is missing, e.g. `Java`.
    what: &'static str,
    /// How to install it.
    how: &'static str,
}

const NO_CHROMIUM: Missing = Missing {
    what: "Chromium",
    how: "Debian: apt-get install chromium, or set LEAFPRESS_CHROMIUM",
};
const NO_NODE: Missing = Missing {
    what: "Node.js",
    how: "Debian: apt-get install nodejs",
};
const NO_JAVA: Missing = Missing {
    what: "Java",
    how: "Debian: apt-get install default-jre-headless",
};
const NO_PACKAGES: Missing = Missing {
    what: "the npm packages of tests/browser",
    how: "run `npm ci --prefix tests/browser`",
};

const NO_POPPLER: Missing = Missing {
    what: "pdftoppm and pdftotext",
    how: "Debian: apt-get install poppler-utils",
};
const NO_ZBAR: Missing = Missing {
    what: "zbarimg",
    how: "Debian: apt-get install zbar-tools",
};

/// What a test needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Only a browser (`leafpress pdf`).
    Chromium,
    /// A browser, and tools to read what it printed as a person or a phone would: poppler's
    /// pdftoppm and pdftotext, and zbar's QR code reader.
    PrintReaders,
    /// The whole browser suite: Chromium, Node.js, Java and the npm packages.
    BrowserChecks,
    /// Node.js alone (the search script's own tests).
    Node,
}

/// The browser (for [`Needs::Node`], the `node` program) and the suite's folder, or everything
/// missing for `needs` (not just the first).
fn prerequisites(needs: Needs) -> Result<(PathBuf, PathBuf), Vec<Missing>> {
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    if needs == Needs::Node {
        return match Command::new("node").arg("--version").output() {
            Ok(_) => Ok((PathBuf::from("node"), suite)),
            Err(_) => Err(vec![NO_NODE]),
        };
    }
    let browser = leafpress::pdf::find_browser(None).ok();
    let mut missing = Vec::new();
    if browser.is_none() {
        missing.push(NO_CHROMIUM);
    }
    if needs == Needs::PrintReaders {
        for (program, absent) in [("pdftotext", NO_POPPLER), ("zbarimg", NO_ZBAR)] {
            if Command::new(program).arg("-v").output().is_err() {
                missing.push(absent);
            }
        }
    }
    if needs == Needs::BrowserChecks {
        for (program, absent) in [("node", NO_NODE), ("java", NO_JAVA)] {
            if Command::new(program).arg("--version").output().is_err() {
                missing.push(absent);
            }
        }
        let packages = ["playwright-core", "axe-core", "vnu-jar"];
        if !packages
            .iter()
            .all(|p| suite.join("node_modules").join(p).is_dir())
        {
            missing.push(NO_PACKAGES);
        }
    }
    match browser {
        Some(browser) if missing.is_empty() => Ok((browser, suite)),
        _ => Err(missing),
    }
}

/// `Java (Debian: ...); Node.js (...)`: each missing piece and how to install it.
fn listed(missing: &[Missing]) -> String {
    let pieces: Vec<String> = missing
        .iter()
        .map(|m| format!("{} ({})", m.what, m.how))
        .collect();
    pieces.join("; ")
}

/// The line a skipped test prints, in the form of the harness's own result lines so that it
/// stands out among them: `test browser::<test> ... SKIPPED, not run: missing Java (...)`.
fn skip_line(test: &str, missing: &[Missing]) -> String {
    format!(
        "test browser::{test} ... SKIPPED, not run: missing {}",
        listed(missing)
    )
}

/// The prerequisites, or `None` after printing the skip line (a panic under CI).
fn ready(test: &str, needs: Needs) -> Option<(PathBuf, PathBuf)> {
    match prerequisites(needs) {
        Ok(found) => Some(found),
        Err(missing) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{test} must run in CI, but: {}", skip_line(test, &missing))
        }
        Err(missing) => {
            shown(&skip_line(test, &missing));
            None
        }
    }
}

#[test]
fn a_skip_names_only_what_is_missing() {
    let line = skip_line("every_page", &[NO_PACKAGES]);
    assert!(line.contains("SKIPPED") && line.contains("npm ci --prefix tests/browser"));
    assert!(!line.contains("Chromium"), "{line}");
    let line = skip_line("pdf", &[NO_CHROMIUM, NO_JAVA]);
    assert!(line.contains("Chromium") && line.contains("Java"), "{line}");
}

/// Writes to standard error past the test harness's capture (which takes only `print!` and
/// `eprint!`), so `cargo test` shows the line whether the test passes or not.
fn shown(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{}", text.trim_end());
}

/// Runs `tests/browser/check.mjs` with `options` on the built site in `public`, shows its report
/// (the per-check summary is shown even when the test passes) and returns it.
fn run_checks(
    suite: &Path,
    browser: &Path,
    options: &[&str],
    public: &Path,
) -> (std::process::Output, String) {
    let output = Command::new("node")
        .arg(suite.join("check.mjs"))
        .args(options)
        .arg(public)
        .env("CHROMIUM", browser)
        .output()
        .expect("node runs");
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    shown(&report);
    shown(&String::from_utf8_lossy(&output.stderr));
    (output, report)
}

#[test]
fn every_page_of_the_bundled_guide_passes_the_browser_checks() {
    let Some((browser, suite)) = ready(
        "every_page_of_the_bundled_guide_passes_the_browser_checks",
        Needs::BrowserChecks,
    ) else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    site.build_clean(&[]);
    // The guide declares `emergency:`: every leaflet and home page must show the box.
    let (output, report) = run_checks(
        &suite,
        &browser,
        &["--expect-urgent-help"],
        &site.root.join("public"),
    );
    assert!(
        output.status.success(),
        "the browser checks found problems (see above):\n{}",
        report
            .lines()
            .filter(|l| l.starts_with("FAIL") || l.starts_with("browser:"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(report.contains("browser: "), "no summary line:\n{report}");
}

/// The side-effects page in the languages the issue names (Latin, Greek, Cyrillic and
/// right-to-left scripts, each at its translated address), as a patient opens it from a USB stick: a `--portable` build over file://.
const SIDE_EFFECTS_PAGES: &[&str] = &[
    "en/side-effects/index.html",
    "de/nebenwirkungen/index.html",
    "el/parenergeies/index.html",
    "bg/nezhelani-reaktsii/index.html",
    "uk/pobichni-efekty/index.html",
    "ar/al-athar-al-janibiya/index.html",
    "fi/haittavaikutukset/index.html",
    "pl/skutki-uboczne/index.html",
];

#[test]
fn a_portable_build_shows_a_tappable_emergency_number_on_the_first_two_phone_screens() {
    let Some((browser, suite)) = ready(
        "a_portable_build_shows_a_tappable_emergency_number_on_the_first_two_phone_screens",
        Needs::BrowserChecks,
    ) else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    site.build_clean(&["--portable"]);
    let pages = format!("--file-pages={}", SIDE_EFFECTS_PAGES.join(","));
    let (output, report) = run_checks(
        &suite,
        &browser,
        &["--expect-urgent-help", &pages],
        &site.root.join("public"),
    );
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains(&format!("file pages: {} passed", SIDE_EFFECTS_PAGES.len())),
        "{report}"
    );
}

/// A front matter value of a leaflet of `site` (`content/<path>`), unquoted, if it has one.
fn front_matter(site: &Site, path: &str, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(site.path(&format!("content/{path}"))).unwrap();
    text.lines()
        .skip(1)
        .take_while(|line| *line != "---")
        .find_map(|line| line.strip_prefix(&format!("{key}:")))
        .map(|value| value.trim().trim_matches('"').to_string())
}

/// The built side-effects page of a language that has its own: `<lang>/<slug>/index.html`.
fn side_effects_page(site: &Site, lang: &str) -> String {
    let slug = front_matter(site, &format!("{lang}/side-effects.md"), "slug")
        .unwrap_or_else(|| "side-effects".to_string());
    let page = format!("{lang}/{slug}/index.html");
    assert!(site.path("public").join(&page).is_file(), "no {page}");
    page
}

/// The data of a built search file (`<lang>/search/index.js`): the third item of its
/// `(window.leafpressSearch=...).push([kind, n, data])`.
fn search_data(site: &Site, path: &str) -> serde_json::Value {
    let script = site.page(path);
    let inner = script
        .split_once(".push(")
        .and_then(|(_, rest)| rest.trim_end().strip_suffix(");"))
        .unwrap_or_else(|| panic!("{path} is not a search data file"));
    let value: serde_json::Value = serde_json::from_str(inner).unwrap();
    value[2].clone()
}

/// Searching as the issue's readers do (#18), with the search box of a language's home page,
/// over http and over file:// from a `--portable` build: each word finds the side-effects
/// leaflet in its language within 3 s, the results page passes axe in both colour schemes and
/// reflows at 320 px, the search works by keyboard alone, and without JavaScript the search
/// page lists every leaflet. Greek has no side-effects leaflet of its own here, so its page
/// shows the English text: found by an English word, labelled as English.
#[test]
fn searching_finds_the_right_leaflet_over_file_and_http() {
    let Some((browser, suite)) = ready(
        "searching_finds_the_right_leaflet_over_file_and_http",
        Needs::BrowserChecks,
    ) else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    std::fs::remove_file(site.path("content/el/side-effects.md")).unwrap();
    site.build_clean(&["--portable"]);
    // The Greek fallback page, its label and its text's language, as the Greek index gives them.
    let english_title = front_matter(&site, "en/side-effects.md", "title").unwrap();
    let index = search_data(&site, "el/search/index.js");
    let greek = index["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|page| page[1] == english_title.as_str())
        .unwrap_or_else(|| panic!("no \"{english_title}\" in el/search/index.js: {index}"));
    assert_eq!(greek[2], "en", "{greek}");
    let greek_page = greek[0]
        .as_str()
        .unwrap()
        .strip_prefix("../../")
        .unwrap()
        .to_string();
    assert!(greek_page.starts_with("el/"), "{greek}");
    let label = greek[3].as_str().unwrap();
    assert!(!label.is_empty(), "{greek}");
    let case = |lang: &str, query: &str, expect: &str, label: Option<&str>| serde_json::json!({"lang": lang, "query": query, "expect": expect, "label": label});
    let german = side_effects_page(&site, "de");
    let cases = [
        case("de", "Durchfall", &german, None),
        // The text says "Nebenwirkungen".
        case("de", "Nebenwirkung", &german, None),
        // The text writes "إسهال", without the article.
        case("ar", "الإسهال", &side_effects_page(&site, "ar"), None),
        case("pl", "biegunka", &side_effects_page(&site, "pl"), None),
        case("en", "rash", &side_effects_page(&site, "en"), None),
        case("el", "rash", &greek_page, Some(label)),
    ];
    let file = site.root.parent().unwrap().join("search-cases.json");
    std::fs::write(&file, serde_json::to_string_pretty(&cases[..]).unwrap()).unwrap();
    let search = format!("--search={}", file.display());
    let (output, report) = run_checks(&suite, &browser, &[&search], &site.root.join("public"));
    assert!(output.status.success(), "{report}");
    // Every case over http and over file://.
    assert!(
        report.contains(&format!("search: {} passed, 0 failed", cases.len() * 2)),
        "{report}"
    );
}

#[test]
fn a_new_site_in_english_and_french_puts_no_english_text_under_lang_fr() {
    let Some((browser, suite)) = ready(
        "a_new_site_in_english_and_french_puts_no_english_text_under_lang_fr",
        Needs::BrowserChecks,
    ) else {
        return;
    };
    // As a charity starts: `leafpress init`, then `leafpress build` inside the new folder.
    let dir = tempfile::tempdir().unwrap();
    let leafpress = env!("CARGO_BIN_EXE_leafpress");
    let init = Command::new(leafpress)
        .args(["init", "my-site", "--languages", "en,fr"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    let root = dir.path().join("my-site");
    let build = Command::new(leafpress)
        .arg("build")
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(build.status.success(), "{build:?}");
    let public = root.join("public");
    let pages: Vec<String> = walkdir::WalkDir::new(&public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| p.strip_prefix(&public).unwrap().display().to_string())
        .collect();
    assert!(pages.iter().any(|p| p.starts_with("fr/")), "{pages:?}");
    let pages = format!("--file-pages={}", pages.join(","));
    let (output, report) = run_checks(&suite, &browser, &[&pages], &public);
    assert!(output.status.success(), "{report}");
}

#[test]
fn pdf_prints_a_leaflet_on_a4_and_names_what_it_wrote() {
    // `leafpress pdf` needs a browser and nothing else of the suite.
    let Some((browser, _)) = ready(
        "pdf_prints_a_leaflet_on_a4_and_names_what_it_wrote",
        Needs::Chromium,
    ) else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    let run = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["pdf", "en/side-effects", "ar/alert-card", "--chromium"])
        .arg(&browser)
        .arg("--root")
        .arg(&site.root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    // Named by the page's address: the Arabic alert card's slug.
    for pdf in ["pdf/en/side-effects.pdf", "pdf/ar/bitaqat-al-tanbih.pdf"] {
        let written = site.root.join(pdf);
        let bytes = std::fs::read(&written).unwrap_or_else(|_| panic!("no {pdf}:\n{stderr}"));
        let printed = leafpress::pdf::Printed {
            pages: leafpress::pdf::page_sizes(&bytes),
            bytes: bytes.len() as u64,
        };
        assert!(
            printed.is_a4(),
            "{pdf}: pages {:?} are not all A4",
            printed.pages
        );
    }
    assert!(stderr.contains("A4 page(s)"), "{stderr}");
}

#[test]
fn pdf_without_a_browser_says_how_to_install_one() {
    let site = Site::fixture("build/multilingual");
    let run = site.run(&["pdf", "--all", "--chromium", "/nonexistent/chromium"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("does not exist") && run.stderr.contains("apt-get install chromium"),
        "{}",
        run.stderr
    );
    assert!(!site.root.join("pdf").exists(), "nothing is written");
}

/// Runs leafpress from inside `site` with no `--root`, as a user in the site folder does.
fn leafpress_in(site: &Path, args: &[&str]) -> (i32, String) {
    let run = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(args)
        .current_dir(site)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        run.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

/// The text of pages `first..=last` of a PDF, laid out as on the page (`pdftotext -layout`).
fn pdf_text(pdf: &Path, first: usize, last: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-f", &first.to_string(), "-l", &last.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What zbar reads from page `page` of a PDF drawn at 150 dpi, as a phone photographing a
/// printout would: one `QR-Code:<text>` line per code found.
fn qr_codes_on(pdf: &Path, page: usize, scratch: &Path) -> Vec<String> {
    let prefix = scratch.join(format!("page-{page}"));
    let drawn = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-singlefile", "-f", &page.to_string()])
        .args(["-l", &page.to_string()])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(drawn.success(), "pdftoppm {}", pdf.display());
    let read = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(prefix.with_extension("png"))
        .output()
        .unwrap();
    String::from_utf8_lossy(&read.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The number of pages of a PDF.
fn page_count(pdf: &Path) -> usize {
    leafpress::pdf::page_sizes(&std::fs::read(pdf).unwrap()).len()
}

#[test]
fn a_printed_leaflet_leads_back_to_its_page_and_keeps_headings_and_boxes_whole() {
    let test = "a_printed_leaflet_leads_back_to_its_page_and_keeps_headings_and_boxes_whole";
    let Some(_) = ready(test, Needs::PrintReaders) else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    let (code, stderr) = leafpress_in(&site.root, &["pdf", "en/side-effects", "ar/side-effects"]);
    assert_eq!(code, 0, "{stderr}");
    let scratch = tempfile::tempdir().unwrap();
    for (pdf, address) in [
        (
            "pdf/en/side-effects.pdf",
            "https://example.org/guide/en/side-effects/",
        ),
        (
            "pdf/ar/al-athar-al-janibiya.pdf",
            "https://example.org/guide/ar/al-athar-al-janibiya/",
        ),
    ] {
        let pdf = site.root.join(pdf);
        assert_eq!(
            qr_codes_on(&pdf, 1, scratch.path()),
            [address],
            "{}",
            pdf.display()
        );
        // The address is printed too, maybe broken over two lines.
        let text = pdf_text(&pdf, 1, 1);
        // pdftotext gives an Arabic page in visual order, with direction marks around runs and
        // the sentence's colon between the two lines of a wrapped address: compare without
        // spaces, marks and colons.
        let bare = |text: &str| -> String {
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != ':')
                .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
                .collect()
        };
        assert!(
            bare(&text).contains(&bare(address)),
            "{address} is not printed:\n{text}"
        );
    }
    // No heading is the last line of a page, away from its text, and the "Get help now" box
    // and every callout are printed on one page each.
    let pdf = site.root.join("pdf/en/side-effects.pdf");
    let pages: Vec<String> = (1..=page_count(&pdf))
        .map(|page| pdf_text(&pdf, page, page))
        .collect();
    let source = std::fs::read_to_string(site.root.join("content/en/side-effects.md")).unwrap();
    let headings: Vec<&str> = source
        .lines()
        .filter_map(|line| {
            line.strip_prefix("## ")
                .or_else(|| line.strip_prefix("### "))
        })
        .map(|h| h.split(" {#").next().unwrap().trim())
        .collect();
    assert!(headings.len() > 5, "{headings:?}");
    for (number, text) in pages.iter().enumerate() {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.ends_with(&format!("/ {}", pages.len())))
            .collect();
        let last = lines.last().copied().unwrap_or_default();
        assert!(
            !headings.contains(&last),
            "page {} ends with the heading `{last}`, its text is on the next page",
            number + 1
        );
    }
    assert_on_one_page(&pages, "Get help now", "Heart and nerves: fast heartbeat");
}

/// Asserts that the text from `first` to `last` is printed on one page of `pages`.
fn assert_on_one_page(pages: &[String], first: &str, last: &str) {
    let page = |needle: &str| {
        pages
            .iter()
            .position(|p| {
                p.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .contains(needle)
            })
            .unwrap_or_else(|| panic!("`{needle}` is not in the PDF"))
    };
    assert_eq!(
        page(first),
        page(last),
        "`{first}` … `{last}` is split across pages"
    );
}

#[test]
fn no_callout_is_split_across_printed_pages() {
    let test = "no_callout_is_split_across_printed_pages";
    let Some(_) = ready(test, Needs::PrintReaders) else {
        return;
    };
    // Twenty callouts of eight lines each, between paragraphs: without `break-inside: avoid`
    // several would straddle a page break.
    let site = Site::fixture("build/multilingual");
    let mut text = String::from("---\ntitle: Callouts\nsummary: Many boxes.\n---\n");
    for n in 10..30 {
        text.push_str(&format!(
            "Plain text before box {n}, a sentence or two long so that boxes fall anywhere.\n\n\
             > [!WARNING]\n> Begin{n} {}End{n}\n\n",
            "Keep this together on one page, as a reader needs all of it. ".repeat(9)
        ));
    }
    std::fs::write(site.path("content/en/boxes.md"), text).unwrap();
    let (code, stderr) = leafpress_in(&site.root, &["pdf", "en/boxes"]);
    assert_eq!(code, 0, "{stderr}");
    let pdf = site.root.join("pdf/en/boxes.pdf");
    let pages: Vec<String> = (1..=page_count(&pdf))
        .map(|page| pdf_text(&pdf, page, page))
        .collect();
    assert!(pages.len() >= 4, "{} pages", pages.len());
    for n in 10..30 {
        assert_on_one_page(&pages, &format!("Begin{n}"), &format!("End{n}"));
    }
}

#[test]
fn a_booklet_holds_every_leaflet_at_the_page_its_contents_give() {
    let test = "a_booklet_holds_every_leaflet_at_the_page_its_contents_give";
    let Some(_) = ready(test, Needs::PrintReaders) else {
        return;
    };
    let site = Site::copy_of(Path::new(env!("CARGO_MANIFEST_DIR")));
    let (code, stderr) = leafpress_in(&site.root, &["pdf", "--booklet", "en", "ar"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("pdf/en/booklet.pdf"), "{stderr}");
    let scratch = tempfile::tempdir().unwrap();
    let en = site.root.join("pdf/en/booklet.pdf");
    // The cover leads to the guide online.
    assert_eq!(
        qr_codes_on(&en, 1, scratch.path()),
        ["https://example.org/guide/en/"]
    );
    // Every English leaflet's title is in the contents, with the page it starts on.
    let contents = pdf_text(&en, 2, 2);
    let mut titles = 0;
    for entry in std::fs::read_dir(site.root.join("content/en")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() == "index.md" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let title = text
            .lines()
            .find_map(|l| l.strip_prefix("title: "))
            .unwrap()
            .trim_matches('"');
        let line = contents
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("`{title}` is not in the contents:\n{contents}"));
        let page: usize = line
            .split_whitespace()
            .last()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no page number in `{line}`"));
        let start = pdf_text(&en, page, page);
        let start = start.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            start.contains(title),
            "the contents say `{title}` starts on page {page}, which is:\n{start}"
        );
        titles += 1;
    }
    assert!(titles >= 14, "{titles} leaflets");
    // The Arabic booklet reads right to left, and its contents lead to each of its leaflets.
    let ar = std::fs::read(site.root.join("pdf/ar/booklet.pdf")).unwrap();
    assert!(leafpress::pdf::document::reads_right_to_left(&ar));
    assert!(!leafpress::pdf::document::reads_right_to_left(
        &std::fs::read(&en).unwrap()
    ));
    let parts = leafpress::pdf::document::destination_pages(&ar)
        .into_keys()
        .filter(|id| id.starts_with("booklet-part-"))
        .count();
    assert_eq!(
        parts,
        std::fs::read_dir(site.root.join("content/ar"))
            .unwrap()
            .count()
            - 1
    );
}

/// The search page's script folds words exactly as the index does (the cases of
/// tests/fixtures/search/fold-cases.json, which the Rust side is tested against too), and ranks
/// and cuts excerpts as docs/search.md says (tests/browser/fold.test.mjs, Node.js only).
#[test]
fn the_search_script_folds_and_ranks_as_the_index_expects() {
    let Some((_, suite)) = ready(
        "the_search_script_folds_and_ranks_as_the_index_expects",
        Needs::Node,
    ) else {
        return;
    };
    let output = Command::new("node")
        .arg(suite.join("fold.test.mjs"))
        .output()
        .expect("node runs");
    let report = String::from_utf8_lossy(&output.stdout);
    shown(&report);
    assert!(
        output.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains("0 failed"), "{report}");
}
