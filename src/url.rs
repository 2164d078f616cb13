//! URLs in the output: every internal link is relative, so a built site works unchanged under
//! any sub-path of any host, and (in the portable style) opened straight from disk.
//!
//! Paths are "from the site root" strings such as `de/nebenwirkungen/` (a page) or
//! `img/a.png` (a file); the root itself is the empty string.

/// How links to pages are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UrlStyle {
    /// `../de/nebenwirkungen/`: clean URLs for web servers.
    #[default]
    Directory,
    /// `../de/nebenwirkungen/index.html`: works from `file://`, e.g. on an offline computer.
    Portable,
}

/// How many folders deep a page or file is: `de/x/` is 2, `index.html` and `` are 0.
pub fn depth(from: &str) -> usize {
    from.matches('/').count()
}

/// The prefix that leads from `from` back to the root: `../../` for `de/x/`.
pub fn root_prefix(from: &str) -> String {
    "../".repeat(depth(from))
}

/// A relative link from the page at `from` to `to` (both paths from the root).
pub fn relative(from: &str, to: &str, style: UrlStyle) -> String {
    let target = if style == UrlStyle::Portable && (to.is_empty() || to.ends_with('/')) {
        format!("{to}index.html")
    } else {
        to.to_string()
    };
    let link = format!("{}{}", root_prefix(from), encode_path(&target, false));
    if link.is_empty() { "./".into() } else { link }
}

/// Percent-encodes a path for use in a URL. Letters of any script are kept in links written in
/// HTML (browsers handle them) and encoded in absolute URLs (sitemaps want pure ASCII).
pub fn encode_path(path: &str, ascii_only: bool) -> String {
    let mut encoded = String::with_capacity(path.len());
    for c in path.chars() {
        let keep = c.is_ascii_alphanumeric()
            || matches!(
                c,
                '/' | '-'
                    | '_'
                    | '.'
                    | '~'
                    | '!'
                    | '$'
                    | '&'
                    | '\''
                    | '('
                    | ')'
                    | '*'
                    | '+'
                    | ','
                    | ';'
                    | '='
                    | ':'
                    | '@'
            )
            || (!ascii_only && !c.is_ascii() && !c.is_whitespace() && !c.is_control());
        if keep {
            encoded.push(c);
        } else {
            let mut buffer = [0; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                encoded.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    encoded
}

/// The schemes a link written by an editor may use, in Markdown, front matter (`sources[].url`)
/// and `site.yaml` (`organisation.url`). Anything else (`javascript:`, `data:`, `vbscript:`)
/// could run script in a reader's browser.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The URL's scheme in lower case, ignoring whitespace and control characters as browsers do.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take_while(|&c| c != '/' && c != '?' && c != '#')
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Checks a URL an editor wrote: relative, or with one of the [`ALLOWED_SCHEMES`]. The error
/// says what is wrong, to follow the name of where the URL is written.
pub fn check_scheme(url: &str) -> Result<(), String> {
    match scheme(url) {
        Some(scheme) if !ALLOWED_SCHEMES.contains(&scheme.as_str()) => Err(format!(
            "`{url}` uses the `{scheme}:` scheme, which is not allowed"
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_to_the_page() {
        assert_eq!(
            relative("de/x/", "de/y/", UrlStyle::Directory),
            "../../de/y/"
        );
        assert_eq!(relative("", "de/", UrlStyle::Directory), "de/");
        assert_eq!(relative("de/", "", UrlStyle::Directory), "../");
        assert_eq!(relative("", "", UrlStyle::Directory), "./");
        assert_eq!(
            relative("de/x/", "style.css", UrlStyle::Portable),
            "../../style.css"
        );
        assert_eq!(
            relative("de/x/", "de/", UrlStyle::Portable),
            "../../de/index.html"
        );
    }

    #[test]
    fn paths_are_encoded() {
        assert_eq!(
            encode_path("uk/побічні ефекти/", false),
            "uk/побічні%20ефекти/"
        );
        assert_eq!(
            encode_path("uk/побі/", true),
            "uk/%D0%BF%D0%BE%D0%B1%D1%96/"
        );
        assert_eq!(encode_path("a?b#c%", false), "a%3Fb%23c%25");
    }

    #[test]
    fn only_safe_schemes_pass() {
        for url in [
            "https://a.org",
            "mailto:x@y.org",
            "tel:+44",
            "../a.md",
            "#x",
            "/f.pdf",
        ] {
            assert!(check_scheme(url).is_ok(), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            " JaVa\tscript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(check_scheme(url).is_err(), "{url}");
        }
    }
}
