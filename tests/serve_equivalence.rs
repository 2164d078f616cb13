//! The proof that `serve`'s incremental rebuilds are exact: random sequences of edits (leaflet
//! text, titles, order, slugs, headings and the links to them, drafts, audiences, new, deleted and renamed
//! leaflets and translations, broken front matter, translations stamped as made from their
//! source's current version, Fluent files, templates, static files, `site.yaml`, and edits the
//! watcher did not report) are applied to a fixture site; after each step the files
//! serve holds must equal a fresh full build of the same files, byte for byte. When the input
//! has errors, serve must keep what it served before and say so.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use leafpress::serve::watch::{Change, classify};
use leafpress::serve::{Session, Shared, lock, render_in_memory};
use leafpress::{Project, Settings};
use proptest::prelude::*;

use crate::support::Site;

const LANGUAGES: [&str; 4] = ["en", "de", "ar", "pt"];
const IDENTITIES: [&str; 4] = ["what-is", "side-effects", "care/diet", "faq"];

/// One leaflet file's content, from a few numbers.
#[derive(Debug, Clone)]
struct Text {
    title: u8,
    order: u8,
    slug: Option<u8>,
    heading: u8,
    link: (usize, bool),
    draft: bool,
    /// `audience: professionals`: out of the reading order, listed apart on the home page.
    professionals: bool,
    broken: bool,
}

#[derive(Debug, Clone)]
enum Edit {
    /// Writes a leaflet file (new or over an old one), by rename as editors save.
    Write(usize, usize, Text),
    /// Writes a leaflet file, but the watcher reports only its folder.
    WriteUnreported(usize, usize, Text),
    Delete(usize, usize),
    Rename(usize, usize, usize),
    Fluent(usize, u8),
    /// `leafpress status --stamp <language>`: translations record their source's version, so
    /// later source edits make them outdated.
    Stamp(usize),
    Template(u8),
    Static(u8),
    /// Rewrites `site.yaml`: the original, missing translations omitted, or another title.
    SiteYaml(u8),
}

fn text() -> impl Strategy<Value = Text> {
    (
        0..3u8,
        0..4u8,
        prop::option::weighted(0.2, 0..2u8),
        0..3u8,
        (0..IDENTITIES.len(), any::<bool>()),
        prop::bool::weighted(0.1),
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.1),
    )
        .prop_map(
            |(title, order, slug, heading, link, draft, professionals, broken)| Text {
                title,
                order,
                slug,
                heading,
                link,
                draft,
                professionals,
                broken,
            },
        )
}

fn edit() -> impl Strategy<Value = Edit> {
    let language = 0..LANGUAGES.len();
    let identity = 0..IDENTITIES.len();
    prop_oneof![
        6 => (language.clone(), identity.clone(), text()).prop_map(|(l, i, t)| Edit::Write(l, i, t)),
        1 => (language.clone(), identity.clone(), text())
            .prop_map(|(l, i, t)| Edit::WriteUnreported(l, i, t)),
        2 => (language.clone(), identity.clone()).prop_map(|(l, i)| Edit::Delete(l, i)),
        1 => (language.clone(), identity.clone(), identity).prop_map(|(l, a, b)| Edit::Rename(l, a, b)),
        2 => (language.clone(), 0..3u8).prop_map(|(l, n)| Edit::Fluent(l, n)),
        1 => (1..LANGUAGES.len()).prop_map(Edit::Stamp),
        1 => (0..2u8).prop_map(Edit::Template),
        1 => (0..2u8).prop_map(Edit::Static),
        1 => (0..3u8).prop_map(Edit::SiteYaml),
    ]
}

fn leaflet_path(language: usize, identity: usize) -> String {
    format!(
        "content/{}/{}.md",
        LANGUAGES[language], IDENTITIES[identity]
    )
}

fn render(identity: usize, text: &Text) -> String {
    if text.broken {
        return "---\ntitle: Broken\norder: soon\n---\nBody.\n".into();
    }
    let mut front = format!("title: Title {}\norder: {}\n", text.title, text.order);
    if let Some(slug) = text.slug {
        front.push_str(&format!("slug: slug-{slug}\n"));
    }
    if text.draft {
        front.push_str("draft: true\n");
    }
    if text.professionals {
        front.push_str("audience: professionals\n");
    }
    let target = IDENTITIES[text.link.0];
    let fragment = if text.link.1 { "#heading-1" } else { "" };
    let up = "../".repeat(IDENTITIES[identity].matches('/').count());
    format!(
        "---\n{front}---\nBody of {}. See [the other]({up}{target}.md{fragment}) and [the picture](/img/missing.png).\n\n## Heading {}\n\nMore text.\n",
        text.title, text.heading
    )
}

/// Writes `text` to `path` as editors and `sed -i` do: a temporary file, renamed over.
fn save(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let temporary = path.with_file_name(".leafpress-test-save.tmp");
    fs::write(&temporary, text).unwrap();
    fs::rename(&temporary, &path).unwrap();
}

/// Applies an edit; returns the paths the watcher would report.
fn apply(root: &Path, edit: &Edit) -> Vec<String> {
    match edit {
        Edit::Write(l, i, text) => {
            let path = leaflet_path(*l, *i);
            save(root, &path, &render(*i, text));
            vec![path]
        }
        Edit::WriteUnreported(l, i, text) => {
            let path = leaflet_path(*l, *i);
            save(root, &path, &render(*i, text));
            vec![format!("content/{}", LANGUAGES[*l])]
        }
        Edit::Delete(l, i) => {
            let path = leaflet_path(*l, *i);
            let _ = fs::remove_file(root.join(&path));
            vec![path]
        }
        Edit::Rename(l, a, b) => {
            let (from, to) = (leaflet_path(*l, *a), leaflet_path(*l, *b));
            if root.join(&from).is_file() {
                fs::create_dir_all(root.join(&to).parent().unwrap()).unwrap();
                fs::rename(root.join(&from), root.join(&to)).unwrap();
            }
            vec![from, to]
        }
        Edit::Fluent(l, n) => {
            let path = format!("locales/{}/extra.ftl", LANGUAGES[*l]);
            let text = match n {
                0 => "site-title = Retitled\n".to_string(),
                1 => "last-reviewed = Checked { $date }\n".to_string(),
                _ => "unused-message = nothing\n".to_string(),
            };
            save(root, &path, &text);
            vec![path]
        }
        Edit::Stamp(l) => {
            std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
                .args(["status", "--stamp", LANGUAGES[*l]])
                .current_dir(root)
                .output()
                .unwrap();
            vec![format!("content/{}", LANGUAGES[*l])]
        }
        Edit::Template(n) => {
            let path = "themes/default/templates/404.html";
            let text = format!(
                "{{% extends \"base.html\" %}}{{% block main %}}<h1>Lost {n}</h1>{{% endblock %}}"
            );
            save(root, path, &text);
            vec![path.to_string()]
        }
        Edit::SiteYaml(n) => {
            let original = fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/build/multilingual/site.yaml"),
            )
            .unwrap();
            let text = match n {
                0 => original,
                1 => format!("{original}\nmissing_translations: omit\n"),
                _ => original.replace("title: Test Leaflets", "title: Other Leaflets"),
            };
            save(root, "site.yaml", &text);
            vec!["site.yaml".to_string()]
        }
        Edit::Static(n) => {
            let path = format!("static/extra-{n}.txt");
            save(root, &path, &format!("static {n}"));
            vec![path]
        }
    }
}

fn served_files(shared: &Shared) -> HashMap<String, Vec<u8>> {
    lock(shared)
        .files
        .iter()
        .map(|(path, bytes)| (path.clone(), bytes.to_vec()))
        .collect()
}

fn first_difference(
    served: &HashMap<String, Vec<u8>>,
    full: &HashMap<String, Vec<u8>>,
) -> Option<String> {
    let mut paths: Vec<&String> = served.keys().chain(full.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .find_map(|path| match (served.get(path), full.get(path)) {
            (Some(a), Some(b)) if a == b => None,
            (Some(a), Some(b)) => Some(format!(
                "{path} differs:\n--- served\n{}\n--- full build\n{}",
                String::from_utf8_lossy(a),
                String::from_utf8_lossy(b)
            )),
            (Some(_), None) => Some(format!("{path} is served but not in a full build")),
            (None, _) => Some(format!("{path} is in a full build but not served")),
        })
}

fn serve_settings() -> Settings {
    Settings {
        base_url: Some("/".into()),
        ..Settings::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn incremental_rebuilds_equal_a_full_build(edits in prop::collection::vec(edit(), 1..8)) {
        let site = Site::fixture("build/multilingual");
        let project = Project::open(&site.root, serve_settings()).unwrap();
        let shared = Shared::default();
        let (mut session, first) = Session::start(project.clone(), &shared).unwrap();
        prop_assert!(first.published);
        for (step, edit) in edits.iter().enumerate() {
            let before = served_files(&shared);
            let reported = apply(&site.root, edit);
            let changes: Vec<Change> = reported
                .iter()
                .filter_map(|path| classify(project.root(), &project.root().join(path)))
                .collect();
            let rebuild = session.apply(&changes, &shared);
            let served = served_files(&shared);
            match render_in_memory(&project) {
                Ok(full) => {
                    prop_assert!(rebuild.published, "step {step} {edit:?}: {:?}", rebuild.diagnostics);
                    if let Some(difference) = first_difference(&served, &full) {
                        prop_assert!(false, "step {step} {edit:?} ({}): {difference}", rebuild.kind);
                    }
                }
                Err(errors) => {
                    prop_assert!(!rebuild.published, "step {step} {edit:?}: published a site with errors {errors:?}");
                    prop_assert!(served == before, "step {step}: the last good site is kept");
                    prop_assert!(!lock(&shared).errors.is_empty(), "the errors are on the overlay");
                }
            }
        }
    }
}

#[test]
fn a_relative_root_and_a_symlinked_root_are_one_site() {
    let site = Site::fixture("build/multilingual");
    let parent = site.root.parent().unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&site.root, parent.join("link")).unwrap();
    let direct = Project::open(&site.root, serve_settings()).unwrap();
    let dotted = Project::open(&parent.join("./site/../site"), serve_settings()).unwrap();
    assert_eq!(direct.root(), dotted.root());
    #[cfg(unix)]
    {
        let linked = Project::open(&parent.join("link"), serve_settings()).unwrap();
        assert_eq!(direct.root(), linked.root());
        // An edit reported under the link's canonical path is a content change of that file.
        let change = classify(
            linked.root(),
            &fs::canonicalize(parent.join("link/content/en/what-is.md")).unwrap(),
        );
        assert!(matches!(change, Some(Change::Content(_))), "{change:?}");
    }
}

#[test]
fn a_leaflet_changing_only_its_audience_moves_it_out_of_the_reading_order() {
    let site = Site::fixture("build/multilingual");
    let project = Project::open(&site.root, serve_settings()).unwrap();
    let shared = Shared::default();
    let (mut session, _) = Session::start(project.clone(), &shared).unwrap();
    let path = "content/en/what-is.md";
    let text = fs::read_to_string(site.root.join(path)).unwrap();
    save(
        &site.root,
        path,
        // The file has CRLF line endings.
        &text.replacen("order: 1\r\n", "order: 1\r\naudience: professionals\r\n", 1),
    );
    let changes: Vec<Change> = classify(project.root(), &project.root().join(path))
        .into_iter()
        .collect();
    let rebuild = session.apply(&changes, &shared);
    assert!(rebuild.published, "{:?}", rebuild.diagnostics);
    let served = served_files(&shared);
    let home = String::from_utf8_lossy(&served["en/index.html"]).into_owned();
    assert!(home.contains("audience-professionals-heading"), "{home}");
    let full = render_in_memory(&project).unwrap();
    if let Some(difference) = first_difference(&served, &full) {
        panic!("{difference}");
    }
}
