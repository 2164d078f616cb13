//! What to answer to a request, from the built site in memory: correct MIME types,
//! `index.html` for folders, the site's `404.html`, a live-reload event stream, and an error
//! overlay. No I/O here: `server.rs` reads requests and writes the answers. Paths are
//! decoded once and refused when they try to leave the site (`..`, encoded or not), though a
//! request can only ever reach files in the in-memory map.

use std::sync::Arc;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

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

/// An answer to an ordinary request, written by the server as an HTTP/1.1 response.
#[derive(Debug, PartialEq, Eq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// Header names and values besides `Content-Length`, `Cache-Control` and `Connection`,
    /// which the server adds. Values are ASCII by construction.
    pub headers: Vec<(&'static str, String)>,
    /// The body (not sent in answer to `HEAD`).
    pub body: Vec<u8>,
}

impl Response {
    fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body,
        }
    }
}

/// What to do with a request.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// Send this response and close the connection.
    Respond(Response),
    /// Keep the connection open as a live-reload event stream (see [`EVENT_STREAM_HEAD`]).
    Events,
}

/// The start of a live-reload event stream: the response head and a first comment. After it,
/// `data: reload` follows each rebuild (and each change of the errors, so the overlay appears),
/// and a comment every 15 s keeps the connection open.
pub const EVENT_STREAM_HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";

/// Answers one request, from its method and target (path and query). Holds the served state's
/// lock only to copy out what it needs.
pub fn answer(method: &str, url: &str, shared: &Shared) -> Answer {
    if method != "GET" && method != "HEAD" {
        let mut response = Response::new(
            405,
            "text/plain; charset=utf-8",
            b"only GET and HEAD".to_vec(),
        );
        response.headers.push(("Allow", "GET, HEAD".to_string()));
        return Answer::Respond(response);
    }
    if url == EVENTS {
        return Answer::Events;
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
        return Answer::Respond(Response::new(200, "application/json", body.into_bytes()));
    }
    let (status, path) = match resolve(url, &served) {
        Resolved::File(path) => (200, Some(path)),
        Resolved::Redirect(location) => {
            let mut response = Response::new(301, "text/plain; charset=utf-8", Vec::new());
            response.headers.push(("Location", location));
            return Answer::Respond(response);
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
    Answer::Respond(match body {
        Some((path, bytes)) => {
            let mime = mime_type(&path);
            let bytes = if mime.starts_with("text/html") {
                decorate(&bytes, &errors)
            } else {
                bytes.to_vec()
            };
            Response::new(status, mime, bytes)
        }
        None => {
            let text: &[u8] = if status == 403 {
                b"Forbidden"
            } else {
                b"Not found"
            };
            Response::new(status, "text/html; charset=utf-8", decorate(text, &errors))
        }
    })
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
    fn answers_redirect_with_an_ascii_location_and_refuse_other_methods() {
        let shared = Shared::default();
        *lock(&shared) = served(&["ü/index.html"]);
        let Answer::Respond(redirect) = answer("GET", "/%C3%BC", &shared) else {
            panic!("a redirect");
        };
        assert_eq!(redirect.status, 301);
        assert!(
            redirect
                .headers
                .contains(&("Location", "/%C3%BC/".to_string()))
        );
        assert_eq!(answer("GET", EVENTS, &shared), Answer::Events);
        let Answer::Respond(refused) = answer("POST", "/", &shared) else {
            panic!("a refusal");
        };
        assert_eq!(refused.status, 405);
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
