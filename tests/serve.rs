//! `leafpress serve` against a fixture site: edits are served, only the affected pages are
//! re-rendered, open pages are told to reload, errors keep the last good site with an overlay,
//! and requests cannot leave the site.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::support::Site;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(site: &Site) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leafpress"));
    command
        .args(["serve", "--port", "0", "--root"])
        .arg(&site.root);
    start(command)
}

/// Starts serve the way users do: from inside the site's folder, without `--root`.
fn serve_here(site: &Site) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leafpress"));
    command
        .args(["serve", "--port", "0"])
        .current_dir(&site.root);
    start(command)
}

/// Spawns `command` and reads the port from its first line, `Serving http://127.0.0.1:PORT/`.
fn start(mut command: Command) -> Server {
    let (child, port, lines) = crate::support::spawn_serve(&mut command);
    std::thread::spawn(move || for _ in lines {});
    Server { child, port }
}

/// A GET request: (status, body).
fn get(server: &Server, path: &str) -> (u16, String) {
    let (status, _, body) = get_with_head(server, path);
    (status, body)
}

/// A GET request: (status, status line and headers, body).
fn get_with_head(server: &Server, path: &str) -> (u16, String, String) {
    crate::support::http_get(server.port, path)
}

/// The value of a response header, by its name in any case.
fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// Opens a live-reload event stream; the server's first line after the head, or why none came.
fn open_event_stream(server: &Server) -> (BufReader<TcpStream>, String) {
    let stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        &stream,
        "GET /__leafpress/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    let mut line = String::new();
    let _ = reader.read_line(&mut status);
    while line != "\r\n" && reader.read_line(&mut line).unwrap_or(0) > 0 {
        if line != "\r\n" {
            line.clear();
        }
    }
    line.clear();
    let _ = reader.read_line(&mut line);
    (reader, format!("{} {line}", status.trim_end()))
}

/// Waits until `path` serves a body containing `text`.
fn wait_for(server: &Server, path: &str, text: &str) -> String {
    let started = Instant::now();
    loop {
        let (_, body) = get(server, path);
        if body.contains(text) {
            return body;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{path} never showed {text:?}:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn last_rebuild(server: &Server) -> serde_json::Value {
    serde_json::from_str(&get(server, "/__leafpress/last-rebuild").1).unwrap()
}

/// The leaflet pages a rebuild rendered, sorted: the pages made from every leaflet (home pages,
/// the picker, the translators' page, the editors' reports, 404) are left out, since every
/// rebuild renders them.
fn leaflet_pages(rebuild: &serde_json::Value) -> Vec<String> {
    let mut pages: Vec<String> = rebuild["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .filter(|p| {
            p.matches('/').count() >= 2
                && !p.starts_with("quality/")
                && !p.starts_with("translation-status/")
                && !p.contains("/search/")
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn an_edit_is_served_re_rendering_only_that_leaflets_pages_and_pages_reload() {
    let site = Site::fixture("build/multilingual");
    let server = serve(&site);
    let (status, body) = get(&server, "/en/side-effects/");
    assert_eq!(status, 200);
    assert!(
        body.contains("<h1>Side effects</h1>")
            && body.contains("new EventSource(\"/__leafpress/events\")")
    );

    let mut events = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        events,
        "GET /__leafpress/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(events);
    let mut line = String::new();
    while !line.starts_with(": connected") {
        line.clear();
        events.read_line(&mut line).unwrap();
    }

    let source = site.path("content/en/side-effects.md");
    let text = fs::read_to_string(&source).unwrap();
    fs::write(
        &source,
        text.replace("Immunotherapy can inflame", "Immunotherapy may inflame"),
    )
    .unwrap();
    wait_for(&server, "/en/side-effects/", "Immunotherapy may inflame");
    let rebuild = last_rebuild(&server);
    assert_eq!(rebuild["kind"], "content", "{rebuild}");
    assert_eq!(
        leaflet_pages(&rebuild),
        [
            "ar/side-effects/index.html",
            "de/nebenwirkungen/index.html",
            "en/side-effects/index.html",
            "pt-BR/side-effects/index.html",
            "pt/side-effects/index.html"
        ]
    );
    assert!(
        get(&server, "/pt/side-effects/")
            .1
            .contains("Immunotherapy may inflame"),
        "fallback pages follow their source"
    );
    // Search finds the new text: the index of every language showing the leaflet is made again.
    assert!(
        get(&server, "/pt/search/text-0.js")
            .1
            .contains("Immunotherapy may inflame"),
        "the search index follows the text"
    );

    line.clear();
    while !line.starts_with("data: reload") {
        line.clear();
        events.read_line(&mut line).unwrap();
    }
}

#[test]
fn errors_keep_the_last_good_page_with_an_overlay_until_fixed() {
    let site = Site::fixture("build/multilingual");
    let server = serve(&site);
    let source = site.path("content/en/what-is.md");
    let good = fs::read_to_string(&source).unwrap();
    fs::write(&source, good.replace("order: 1", "order: soon")).unwrap();
    let body = wait_for(&server, "/en/what-is/", "leafpress-errors");
    assert!(
        body.contains("<h1>What is immunotherapy?</h1>"),
        "the last good page is still served"
    );
    assert!(
        body.contains("content/en/what-is.md:3:8: error: order: invalid type"),
        "{body}"
    );
    fs::write(
        &source,
        good.replace("It helps your immune system.", "It helps your body."),
    )
    .unwrap();
    let body = wait_for(&server, "/en/what-is/", "It helps your body.");
    assert!(!body.contains("leafpress-errors"));
}

#[test]
fn fluent_edits_re_render_that_language_and_requests_stay_inside_the_site() {
    let site = Site::fixture("build/multilingual");
    let server = serve(&site);
    let messages = site.path("locales/de/main.ftl");
    let text = fs::read_to_string(&messages).unwrap();
    fs::write(
        &messages,
        text.replace("noch nicht geprüft", "noch nicht überprüft"),
    )
    .unwrap();
    wait_for(&server, "/de/nebenwirkungen/", "noch nicht überprüft");
    let rebuild = last_rebuild(&server);
    assert_eq!(rebuild["kind"], "messages");
    let pages = leaflet_pages(&rebuild);
    assert!(
        !pages.is_empty() && pages.iter().all(|p| p.starts_with("de/")),
        "{rebuild}"
    );
    // Of the search pages, only German's shows German messages.
    let search_pages: Vec<&str> = rebuild["pages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| p.ends_with("/search/index.html"))
        .collect();
    assert_eq!(search_pages, ["de/search/index.html"], "{rebuild}");

    assert_eq!(get(&server, "/../site.yaml").0, 403);
    assert_eq!(get(&server, "/%2e%2e/%2e%2e/etc/passwd").0, 403);
    assert_eq!(get(&server, "/en/..%2F..%2Fsite.yaml").0, 403);
    let (status, body) = get(&server, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "the site's 404 page");
    assert_eq!(get(&server, "/en").0, 301);
}

#[test]
fn a_folder_with_a_non_ascii_name_redirects_to_an_encoded_location_on_this_host() {
    let site = Site::fixture("build/multilingual");
    fs::create_dir_all(site.path("static/ü")).unwrap();
    fs::write(site.path("static/ü/index.html"), "<p>Umlaut</p>").unwrap();
    let server = serve_here(&site);

    for path in ["/%C3%BC", "/%c3%bc?from=menu"] {
        let (status, head, _) = get_with_head(&server, path);
        assert_eq!(status, 301, "{path}: {head}");
        assert_eq!(header(&head, "Location"), Some("/%C3%BC/"), "{head}");
    }
    let (status, body) = get(&server, "/%C3%BC/");
    assert_eq!(status, 200);
    assert!(body.contains("<p>Umlaut</p>"));

    for path in ["/%2Fen", "//en", "/%2F%2Fen"] {
        let (status, head, _) = get_with_head(&server, path);
        assert_eq!(status, 301, "{path}: {head}");
        assert_eq!(header(&head, "Location"), Some("/en/"), "{path}: {head}");
    }
    assert_eq!(get(&server, "/en/side-effects/").0, 200, "still answering");
}

#[test]
fn more_open_pages_than_workers_leave_pages_answered_and_streams_are_bounded() {
    use leafpress::serve::server::{MAX_EVENT_STREAMS, WORKERS};
    let site = Site::fixture("build/multilingual");
    let server = serve_here(&site);
    let mut streams = Vec::new();
    for _ in 0..MAX_EVENT_STREAMS {
        let (stream, first) = open_event_stream(&server);
        assert!(
            first.starts_with("HTTP/1.1 200") && first.ends_with(": connected\n"),
            "{first:?}"
        );
        streams.push(stream);
        if streams.len() == WORKERS + 2 {
            assert_eq!(get(&server, "/en/side-effects/").0, 200);
        }
    }
    let (_, refused) = open_event_stream(&server);
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused:?}");
    for path in ["/en/side-effects/", "/de/nebenwirkungen/", "/no/such/page/"] {
        assert_ne!(get(&server, path).0, 503, "{path}");
    }

    // A closed page frees its place; the open ones are still told to reload.
    drop(streams.pop());
    let (mut again, first) = open_event_stream(&server);
    assert!(first.ends_with(": connected\n"), "{first:?}");
    let source = site.path("content/en/side-effects.md");
    let text = fs::read_to_string(&source).unwrap();
    fs::write(&source, text.replace("can inflame", "may inflame")).unwrap();
    for stream in streams.iter_mut().take(3).chain([&mut again]) {
        let mut line = String::new();
        while !line.starts_with("data: reload") {
            line.clear();
            assert!(stream.read_line(&mut line).unwrap() > 0, "stream ended");
        }
    }
}

#[test]
fn slow_clients_do_not_hold_up_other_requests() {
    use leafpress::serve::server::{QUEUE, WORKERS};
    let site = Site::fixture("build/multilingual");
    let server = serve_here(&site);
    let slow: Vec<TcpStream> = (0..4 * (WORKERS + QUEUE))
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            write!(stream, "GET /en/ HTTP/1.1\r\nX-Slow: ").unwrap();
            stream
        })
        .collect();
    for path in [
        "/en/side-effects/",
        "/de/nebenwirkungen/",
        "/__leafpress/last-rebuild",
    ] {
        assert_eq!(get(&server, path).0, 200, "{path}");
    }
    drop(slow);
}

/// Ctrl-C and SIGTERM stop serve cleanly: exit code 0, open pages' event streams closed. (It
/// takes a few milliseconds; the bound here only says that it ends.)
#[cfg(target_os = "linux")]
#[test]
fn ctrl_c_and_sigterm_stop_serve_with_exit_code_0_closing_event_streams() {
    use rustix::process::{Pid, Signal, kill_process};
    for signal in [Signal::INT, Signal::TERM] {
        let site = Site::fixture("build/multilingual");
        let mut server = serve_here(&site);
        let (mut events, first) = open_event_stream(&server);
        assert!(first.ends_with(": connected\n"), "{first:?}");
        kill_process(Pid::from_child(&server.child), signal).unwrap();
        let sent = Instant::now();
        let status = loop {
            if let Some(status) = server.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                sent.elapsed() < Duration::from_secs(2),
                "still running after {signal:?}"
            );
            std::thread::sleep(Duration::from_millis(5));
        };
        assert_eq!(status.code(), Some(0), "{signal:?}: {status}");
        let mut rest = String::new();
        events.read_to_string(&mut rest).unwrap();
        assert!(!rest.contains("data:"), "{rest:?}");
    }
}
