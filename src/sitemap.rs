//! `sitemap.xml`, streamed: one `<url>` per real page with `xhtml:link` alternates for every
//! translation. Written straight to the file (a 24-language site with thousands of leaflets has
//! a sitemap of tens of megabytes, which need not sit in memory). Fallback pages are left out:
//! they carry `noindex` (as do home pages whose intro is another language's).

use std::collections::HashMap;
use std::io::{self, Write};

use crate::site::Site;

/// Writes the sitemap of `site` to `out`.
pub fn write(site: &Site, out: &mut impl Write) -> io::Result<()> {
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")?;
    let homes: Vec<(String, String)> = site
        .config
        .languages
        .iter()
        .filter(|l| !site.home_is_fallback(&l.code))
        .map(|l| (l.code.clone(), site.absolute(&format!("{}/", l.code))))
        .collect();
    let home_links = alternate_links(&homes);
    for (_, home) in &homes {
        write_url(out, home, None, &home_links)?;
    }
    // Every translation of a leaflet lists the same alternates: made once per leaflet.
    let mut links_of: HashMap<&str, String> = HashMap::new();
    for page in site.pages.iter().filter(|p| !p.is_fallback) {
        let links = links_of.entry(page.identity.as_str()).or_insert_with(|| {
            let alternates: Vec<(String, String)> = site
                .translations(&page.identity)
                .map(|p| (p.language.clone(), site.absolute(&p.url)))
                .collect();
            alternate_links(&alternates)
        });
        let reviewed = site.leaflets[page.source]
            .front
            .reviewed
            .map(|d| d.to_string());
        write_url(out, &site.absolute(&page.url), reviewed.as_deref(), links)?;
    }
    out.write_all(b"</urlset>\n")
}

/// The `xhtml:link` lines of a page's alternates; none when the page has no other language.
fn alternate_links(alternates: &[(String, String)]) -> String {
    if alternates.len() < 2 {
        return String::new();
    }
    alternates
        .iter()
        .map(|(language, href)| {
            format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                escape(language),
                escape(href)
            )
        })
        .collect()
}

fn write_url(
    out: &mut impl Write,
    loc: &str,
    lastmod: Option<&str>,
    alternate_links: &str,
) -> io::Result<()> {
    write!(out, "  <url>\n    <loc>{}</loc>\n", escape(loc))?;
    if let Some(lastmod) = lastmod {
        writeln!(out, "    <lastmod>{lastmod}</lastmod>")?;
    }
    out.write_all(alternate_links.as_bytes())?;
    out.write_all(b"  </url>\n")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
