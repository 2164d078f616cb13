//! Answering requests from the built site in memory: correct MIME types, `index.html` for
//! folders, the site's `404.html`, a live-reload event stream, and an error overlay. Paths are
//! decoded once and refused when they try to leave the site (`..`, encoded or not), though a
//! request can only ever reach files in the in-memory map.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use tiny_http::{Header, Request, Response, StatusCode};

use super::{Served, Shared, lock};
use crate::diagnostics::Diagnostic;

/// The live-reload event stream's path.
pub const EVENTS: &str = "/__leafpress/events";
/// What the last rebuild did, as JSON (for tests and benchmarks).
pub const LAST_REBUILD: &str = "/__leafpress/last-rebuild";

/// The script serve adds to each page: reload on a rebuild, keeping the scroll position.
const RELOAD_SCRIPT: &str = r#"<script>(function(){var k="leafpress-scroll:"+location.pathname,s=window.sessionStorage,y=s&&s.getItem(k);if(y!==null&&y!==undefined){s.removeItem(k);window.scrollTo(0,+y);}if(!window.EventSource)return;var e=new EventSource("/__leafpress/events");e.onmessage=function(){if(s)s.setItem(k,String(window.scrollY));location.reload();};})();</script>"#;

/// What a request resolved to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the site.
    File(String),
    /// A folder asked for without its trailing slash: the `Location` to send, ASCII and
    /// percent-encoded, starting with exactly one `/`.
    Redirect(String),
    /// Nothing there.
    NotFound,
    /// A path that tries to leave the site, or cannot be decoded.
    Forbidden,
}

/// Resolves a request path (with query) to a file of the site.
pub fn resolve(url: &str, served: &Served) -> Resolved {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let Ok(decoded) = percent_decode_str(path).decode_utf8() else {
        return Resolved::Forbidden;
    };
    if decoded.contains(['\\', '\0'])
        || decoded.split('/').any(|segment| segment == "..")
        || !decoded.starts_with('/')
    {
        return Resolved::Forbidden;
    }
    let key = decoded.trim_start_matches('/');
    let key = if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key.to_string()
    };
    if served.files.contains_key(&key) {
        Resolved::File(key)
    } else if served.files.contains_key(&format!("{key}/index.html")) {
        Resolved::Redirect(folder_location(&key))
    } else {
        Resolved::NotFound
    }
}

/// What `Location` header values may hold as they are: letters, digits, `-._~` (unreserved in
/// RFC 3986) and `/`. Everything else, non-ASCII letters included, is percent-encoded.
const LOCATION_KEEPS: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// The `Location` of a folder's address with its trailing slash, for a decoded path from the
/// root without leading slashes (`ü` → `/%C3%BC/`). It starts with exactly one `/`: a request
/// for `/%2Fen` must not be sent to `//en/`, which a browser reads as the host `en`.
pub fn folder_location(folder: &str) -> String {
    let folder = folder.trim_start_matches('/');
    format!("/{}/", utf8_percent_encode(folder, LOCATION_KEEPS))
}

/// The MIME type of a path, by its extension.
pub fn mime_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// An HTML page as served: with the reload script, and the error overlay while there are errors.
pub fn decorate(html: &[u8], errors: &[Diagnostic]) -> Vec<u8> {
    let html = String::from_utf8_lossy(html);
    let overlay = if errors.is_empty() {
        String::new()
    } else {
        let list: String = errors
            .iter()
            .map(|e| format!("{}\n\n", escape(&e.to_string())))
            .collect();
        format!(
            "<div id=\"leafpress-errors\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:99999;background:#fff4f4;color:#5c0000;border-bottom:4px solid #b00020;padding:1rem;font:14px/1.4 monospace\"><strong>leafpress: the site has errors; showing the last good build</strong><pre style=\"white-space:pre-wrap\">{list}</pre></div>"
        )
    };
    let addition = format!("{overlay}{RELOAD_SCRIPT}");
    match html.rfind("</body>") {
        Some(at) => format!("{}{addition}{}", &html[..at], &html[at..]).into_bytes(),
        None => format!("{html}{addition}").into_bytes(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values are ASCII")
}

/// Answers one request.
pub fn handle(request: Request, shared: &Arc<Shared>) {
    let url = request.url().to_string();
    if request.method() != &tiny_http::Method::Get && request.method() != &tiny_http::Method::Head {
        let _ = request.respond(Response::from_string("only GET and HEAD").with_status_code(405));
        return;
    }
    if url == EVENTS {
        events(request, shared);
        return;
    }
    let served = lock(shared);
    if url == LAST_REBUILD {
        let body = serde_json::json!({
            "generation": served.generation,
            "kind": served.last_rebuild.0,
            "pages": served.last_rebuild.1,
            "milliseconds": served.last_rebuild_ms,
            "errors": served.errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        })
        .to_string();
        drop(served);
        let _ = request.respond(
            Response::from_string(body).with_header(header("Content-Type", "application/json")),
        );
        return;
    }
    let (status, path) = match resolve(&url, &served) {
        Resolved::File(path) => (200, Some(path)),
        Resolved::Redirect(location) => {
            drop(served);
            let _ =
                request.respond(Response::empty(301).with_header(header("Location", &location)));
            return;
        }
        Resolved::NotFound => (404, Some("404.html".to_string())),
        Resolved::Forbidden => (403, None),
    };
    let body = path.as_ref().and_then(|p| {
        served
            .files
            .get(p)
            .map(|bytes| (p.clone(), Arc::clone(bytes)))
    });
    let errors = served.errors.clone();
    drop(served);
    let response = match body {
        Some((path, bytes)) => {
            let mime = mime_type(&path);
            let bytes = if mime.starts_with("text/html") {
                decorate(&bytes, &errors)
            } else {
                bytes.to_vec()
            };
            Response::from_data(bytes).with_header(header("Content-Type", mime))
        }
        None => {
            let text: &[u8] = if status == 403 {
                b"Forbidden"
            } else {
                b"Not found"
            };
            let page = decorate(text, &errors);
            Response::from_data(page)
                .with_header(header("Content-Type", "text/html; charset=utf-8"))
        }
    };
    let _ = request.respond(
        response
            .with_status_code(StatusCode(status))
            .with_header(header("Cache-Control", "no-store")),
    );
}

/// A Server-Sent Events stream that says `reload` after each rebuild (and after errors, so the
/// overlay appears), with a comment every 15 s to keep the connection open.
fn events(request: Request, shared: &Arc<Shared>) {
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    let mut seen = {
        let served = lock(shared);
        (served.generation, served.errors.len())
    };
    loop {
        let served = lock(shared);
        let (served, timeout) = shared
            .changed
            .wait_timeout(served, Duration::from_secs(15))
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = (served.generation, served.errors.len());
        drop(served);
        let message = if now != seen {
            seen = now;
            "data: reload\n\n"
        } else if timeout.timed_out() {
            ": keep-alive\n\n"
        } else {
            continue;
        };
        if writer
            .write_all(message.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served(paths: &[&str]) -> Served {
        let mut served = Served::default();
        for path in paths {
            served.files.insert(path.to_string(), Arc::new(Vec::new()));
        }
        served
    }

    #[test]
    fn paths_resolve_inside_the_site_only() {
        let site = served(&[
            "index.html",
            "en/index.html",
            "en/a/index.html",
            "style.css",
        ]);
        assert_eq!(resolve("/", &site), Resolved::File("index.html".into()));
        assert_eq!(
            resolve("/en/a/?x=1", &site),
            Resolved::File("en/a/index.html".into())
        );
        assert_eq!(resolve("/en/a", &site), Resolved::Redirect("/en/a/".into()));
        assert_eq!(
            resolve("/style.css", &site),
            Resolved::File("style.css".into())
        );
        assert_eq!(resolve("/nope", &site), Resolved::NotFound);
        for evil in [
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/en/%2E%2E/%2e%2e/x",
            "/a\\..\\b",
            "/%00",
            "/%ff",
        ] {
            assert_eq!(resolve(evil, &site), Resolved::Forbidden, "{evil}");
        }
    }

    #[test]
    fn redirects_to_folders_are_ascii_and_stay_on_this_host() {
        let site = served(&["ü/index.html", "en/index.html", "a b/c%d/index.html"]);
        for (request, location) in [
            ("/ü", "/%C3%BC/"),
            ("/%C3%BC", "/%C3%BC/"),
            ("/%C3%BC?x=1", "/%C3%BC/"),
            ("/%2Fen", "/en/"),
            ("//en", "/en/"),
            ("/%2F%2F/en", "/en/"),
            ("/a%20b/c%25d", "/a%20b/c%25d/"),
        ] {
            assert_eq!(
                resolve(request, &site),
                Resolved::Redirect(location.into()),
                "{request}"
            );
        }
    }

    #[test]
    fn folder_locations_keep_slashes_and_unreserved_characters() {
        assert_eq!(folder_location("en/side-effects"), "/en/side-effects/");
        assert_eq!(folder_location("pt-BR/a_b.c~d"), "/pt-BR/a_b.c~d/");
        assert_eq!(folder_location("ar/آثار"), "/ar/%D8%A2%D8%AB%D8%A7%D8%B1/");
        assert_eq!(folder_location("x\"\r\n<y>"), "/x%22%0D%0A%3Cy%3E/");
        assert_eq!(folder_location("///evil.example"), "/evil.example/");
    }

    #[test]
    fn pages_get_the_reload_script_and_the_overlay_while_there_are_errors() {
        let page = decorate(b"<html><body><p>Hi</p></body></html>", &[]);
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("EventSource") && page.ends_with("</script></body></html>"));
        let error = Diagnostic::error("bad <thing>").in_file("content/en/a.md");
        let page = String::from_utf8(decorate(b"<body></body>", &[error])).unwrap();
        assert!(
            page.contains("leafpress-errors")
                && page.contains("content/en/a.md: error: bad &lt;thing&gt;")
        );
    }
}
