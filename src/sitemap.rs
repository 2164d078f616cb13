//! `sitemap.xml`, streamed: one `<url>` per real page (home pages included), with its
//! `lastmod` when the leaflet says when it was last reviewed. Fallback pages are left out: they
//! carry `noindex` (as do home pages whose intro is another language's).
//!
//! The sitemap does not repeat each page's translations (`xhtml:link` alternates): every page
//! it lists already names them in its `<head>` (`<link rel="alternate" hreflang>`), which
//! search engines read as well, and repeating them made the file grow with pages × languages,
//! past the protocol's 50 MB limit for one sitemap at 48,000 pages in 24 languages (149 MB),
//! so that search engines would have refused it whole (issue #22).

use std::io::{self, Write};

use crate::site::Site;

/// Writes the sitemap of `site` to `out`.
pub fn write(site: &Site, out: &mut impl Write) -> io::Result<()> {
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")?;
    for language in &site.config.languages {
        if !site.home_is_fallback(&language.code) {
            write_url(out, &site.absolute(&format!("{}/", language.code)), None)?;
        }
    }
    for page in site.pages.iter().filter(|p| !p.is_fallback) {
        let reviewed = site.leaflets[page.source]
            .front
            .reviewed
            .map(|d| d.to_string());
        write_url(out, &site.absolute(&page.url), reviewed.as_deref())?;
    }
    out.write_all(b"</urlset>\n")
}

fn write_url(out: &mut impl Write, loc: &str, lastmod: Option<&str>) -> io::Result<()> {
    write!(out, "  <url>\n    <loc>{}</loc>\n", escape(loc))?;
    if let Some(lastmod) = lastmod {
        writeln!(out, "    <lastmod>{lastmod}</lastmod>")?;
    }
    out.write_all(b"  </url>\n")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
