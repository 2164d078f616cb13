//! `leafpress serve` started the way people start it — from inside the site folder with no
//! `--root`, with a relative `--root`, through a symlinked folder — and edited the way editors
//! save: by rename, several files at once, new, deleted and renamed leaflets and translations,
//! `site.yaml`, templates made by `theme eject` while serving, static and Fluent files, and
//! broken input, which must reach the console and the page overlay.

use std::fs;
use std::path::Path;
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::Site;

struct Server {
    child: Child,
    port: u16,
    console: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `leafpress serve --port 0 <args>` in `folder`, as a person would in a terminal.
fn serve_in(folder: &Path, args: &[&str]) -> Server {
    let (child, port, lines) = crate::support::spawn_serve(
        Command::new(env!("CARGO_BIN_EXE_leafpress"))
            .args(["serve", "--port", "0"])
            .args(args)
            .current_dir(folder)
            .env("NO_COLOR", "1"),
    );
    let console = Arc::new(Mutex::new(Vec::new()));
    let lines_seen = Arc::clone(&console);
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            lines_seen.lock().unwrap().push(line);
        }
    });
    Server {
        child,
        port,
        console,
    }
}

impl Server {
    /// A GET request: (status, body).
    fn get(&self, path: &str) -> (u16, String) {
        let (status, _, body) = crate::support::http_get(self.port, path);
        (status, body)
    }

    /// Waits until `path` answers with a status and body for which `wanted` holds.
    fn wait_until(&self, path: &str, what: &str, wanted: impl Fn(u16, &str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let (status, body) = self.get(path);
            if wanted(status, &body) {
                return body;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{path} never {what}; last answer {status}:\n{body}\nconsole:\n{}",
                self.console()
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_for(&self, path: &str, text: &str) -> String {
        self.wait_until(path, &format!("showed {text:?}"), |status, body| {
            status == 200 && body.contains(text) && !body.contains("leafpress-errors")
        })
    }

    fn console(&self) -> String {
        self.console.lock().unwrap().join("\n")
    }

    fn wait_console(&self, text: &str) {
        let started = Instant::now();
        while !self.console().contains(text) {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "the console never said {text:?}:\n{}",
                self.console()
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }
}

/// Saves as editors and `sed -i` do: writes a temporary file next to it, renames it over.
fn save(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let temporary = path.with_file_name(format!(
        ".{}.swp",
        path.file_name().unwrap().to_string_lossy()
    ));
    fs::write(&temporary, text).unwrap();
    fs::rename(&temporary, path).unwrap();
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} is not in {}", path.display());
    save(path, &text.replace(from, to));
}

const NEW_LEAFLET: &str =
    "---\ntitle: Fatigue\nsummary: Being very tired.\n---\nRest when you need to.\n";

#[test]
fn from_inside_the_site_folder_every_kind_of_edit_is_served() {
    let site = Site::fixture("build/multilingual");
    let server = serve_in(&site.root, &[]);
    server.wait_for("/en/side-effects/", "Immunotherapy can inflame");

    // A save by rename.
    edit(
        &site.path("content/en/side-effects.md"),
        "Immunotherapy can inflame",
        "Immunotherapy may inflame",
    );
    server.wait_for("/en/side-effects/", "Immunotherapy may inflame");
    server.wait_for("/pt/side-effects/", "Immunotherapy may inflame");
    server.wait_console("rebuilt content");

    // Several files saved at once.
    edit(
        &site.path("content/en/what-is.md"),
        "It helps your immune system.",
        "It helps your body.",
    );
    edit(
        &site.path("content/de/side-effects.md"),
        "Die Immuntherapie kann",
        "Die Immuntherapie darf",
    );
    server.wait_for("/en/what-is/", "It helps your body.");
    server.wait_for("/de/nebenwirkungen/", "Die Immuntherapie darf");

    // A new leaflet, then its translation, then the translation deleted: the honest fallback.
    save(&site.path("content/en/fatigue.md"), NEW_LEAFLET);
    server.wait_for("/en/fatigue/", "Rest when you need to.");
    server.wait_for("/de/fatigue/", "Rest when you need to.");
    server.wait_for("/en/", "Fatigue");
    save(
        &site.path("content/de/fatigue.md"),
        "---\ntitle: Müdigkeit\n---\nRuhen Sie sich aus.\n",
    );
    let german = server.wait_for("/de/fatigue/", "Ruhen Sie sich aus.");
    assert!(!german.contains("Rest when you need to."));
    fs::remove_file(site.path("content/de/fatigue.md")).unwrap();
    server.wait_for("/de/fatigue/", "Rest when you need to.");

    // A rename: the old page goes, the new one comes.
    fs::rename(
        site.path("content/en/fatigue.md"),
        site.path("content/en/tiredness.md"),
    )
    .unwrap();
    server.wait_for("/en/tiredness/", "Rest when you need to.");
    server.wait_until("/en/fatigue/", "went away", |status, _| status == 404);
    server.wait_console("no longer served: /ar/fatigue/, /de/fatigue/, /en/fatigue/");

    // A new language folder's leaflet, in a folder made after serve started.
    save(
        &site.path("content/pt/care/diet.md"),
        "---\ntitle: Dieta\n---\nComa bem.\n",
    );
    server.wait_for("/pt/care/diet/", "Coma bem.");

    // Invalid UTF-8: the console and the page say so; the last good page stays.
    fs::write(
        site.path("content/en/what-is.md"),
        b"---\ntitle: \xff\n---\n",
    )
    .unwrap();
    let body = server.wait_until("/en/what-is/", "showed the overlay", |_, body| {
        body.contains("leafpress-errors")
    });
    assert!(body.contains("not valid UTF-8"), "{body}");
    assert!(body.contains("It helps your body."), "the last good page");
    server.wait_console("content/en/what-is.md:2:8: error: this file is not valid UTF-8");
    save(
        &site.path("content/en/what-is.md"),
        "---\ntitle: What is immunotherapy?\n---\nFixed text.\n",
    );
    server.wait_for("/en/what-is/", "Fixed text.");

    // A deleted leaflet that others link to: the console warns about the broken link.
    fs::remove_file(site.path("content/en/what-is.md")).unwrap();
    server.wait_until("/en/what-is/", "went away", |status, _| status == 404);
    server.wait_console("broken link `what-is.md`");
}

#[test]
fn with_a_relative_root_site_yaml_templates_static_and_fluent_edits_are_served() {
    let site = Site::fixture("build/multilingual");
    let parent = site.root.parent().unwrap();
    let server = serve_in(parent, &["--root", "site"]);
    server.wait_for("/en/", "Test Leaflets");

    edit(
        &site.path("site.yaml"),
        "title: Test Leaflets",
        "title: Renamed Leaflets",
    );
    server.wait_for("/en/", "Renamed Leaflets");

    // `theme eject` while serving makes themes/; an edit of the ejected template is served.
    let ejected = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["theme", "eject", "--template", "404.html", "--root", "site"])
        .current_dir(parent)
        .output()
        .unwrap();
    assert!(ejected.status.success(), "{ejected:?}");
    let template = site.path("themes/default/templates/404.html");
    server.wait_until("/404.html", "was served", |status, _| status == 200);
    edit(
        &template,
        "<h1>{{ title }}</h1>",
        "<h1>Lost: {{ title }}</h1>",
    );
    server.wait_for("/404.html", "<h1>Lost: ");

    save(&site.path("static/notes.txt"), "for the clinic");
    server.wait_for("/notes.txt", "for the clinic");

    edit(
        &site.path("locales/de/main.ftl"),
        "site-title = Test-Merkblätter",
        "site-title = Neue Merkblätter",
    );
    server.wait_for("/de/nebenwirkungen/", "Neue Merkblätter");
    save(&site.path("locales/de/extra.ftl"), "print-this = Drucken\n");
    server.wait_console("rebuilt messages");
}

#[cfg(unix)]
#[test]
fn through_a_symlinked_folder_an_edit_is_served() {
    let site = Site::fixture("build/multilingual");
    let parent = site.root.parent().unwrap();
    std::os::unix::fs::symlink(&site.root, parent.join("linked")).unwrap();
    let server = serve_in(parent, &["--root", "linked"]);
    server.wait_for("/en/side-effects/", "Immunotherapy can inflame");
    edit(
        &parent.join("linked/content/en/side-effects.md"),
        "Immunotherapy can inflame",
        "Immunotherapy might inflame",
    );
    server.wait_for("/en/side-effects/", "Immunotherapy might inflame");
}
