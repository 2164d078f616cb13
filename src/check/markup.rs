//! Accessible markup (WCAG 2.2): images need alternative text (1.1.1), headings must not skip
//! levels and the title is the only top heading (1.3.1, 2.4.6), link text says where it goes
//! (2.4.4), and tables have a header row (1.3.1).

use super::at_body;
use crate::content::Leaflet;
use crate::content::scan::Scan;
use crate::diagnostics::Diagnostic;

/// Link texts that do not say where a link goes, per language (compared in lower case).
const VAGUE_LINK_TEXT: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "click here",
            "here",
            "read more",
            "more",
            "link",
            "this link",
            "this page",
            "click",
        ],
    ),
    (
        "de",
        &[
            "hier",
            "hier klicken",
            "mehr",
            "weiterlesen",
            "link",
            "klicken sie hier",
        ],
    ),
    (
        "fr",
        &[
            "ici",
            "cliquez ici",
            "en savoir plus",
            "lien",
            "plus",
            "cliquer ici",
        ],
    ),
    (
        "es",
        &[
            "aquí",
            "haga clic aquí",
            "haz clic aquí",
            "más",
            "leer más",
            "enlace",
        ],
    ),
    (
        "it",
        &["qui", "clicca qui", "di più", "leggi di più", "link"],
    ),
    ("pl", &["tutaj", "kliknij tutaj", "więcej", "link", "tu"]),
    ("uk", &["тут", "натисніть тут", "більше", "посилання"]),
    ("ar", &["هنا", "اضغط هنا", "انقر هنا", "المزيد", "رابط"]),
    ("nl", &["hier", "klik hier", "meer", "lees meer", "link"]),
    ("pt", &["aqui", "clique aqui", "mais", "saiba mais", "link"]),
];

/// Markup findings for one leaflet.
pub fn check(leaflet: &Leaflet, scan: &Scan) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for image in scan.images.iter().filter(|i| i.alt.trim().is_empty()) {
        found.push(at_body(leaflet, image.offset, Diagnostic::warning("this image has no alternative text")
            .with_code("image-alt")
            .with_help("describe the image for people who cannot see it: `![An alert card with the 24-hour number](/img/card.png)`")));
    }
    let mut previous = 1;
    for heading in &scan.headings {
        if heading.level == 1 {
            found.push(at_body(leaflet, heading.offset, Diagnostic::warning("a top-level heading (`#`) in the text: the title is already the page's top heading")
                .with_code("multiple-h1")
                .with_help("use `##` for sections")));
        } else if heading.level > previous + 1 {
            found.push(at_body(
                leaflet,
                heading.offset,
                Diagnostic::warning(format!(
                    "this heading skips from level {previous} to level {}",
                    heading.level
                ))
                .with_code("heading-skip")
                .with_help(format!(
                    "use {} for this heading, or add the missing level above it",
                    "#".repeat(usize::from(previous) + 1)
                )),
            ));
        }
        previous = heading.level;
    }
    let language = leaflet.file.language.split('-').next().unwrap_or_default();
    let vague = VAGUE_LINK_TEXT
        .iter()
        .find(|(l, _)| *l == language)
        .map_or(&[][..], |(_, list)| *list);
    for link in &scan.links {
        let text = link
            .text
            .trim()
            .trim_end_matches(['.', '!', ':'])
            .to_lowercase();
        let bare_url = text == link.url.to_lowercase()
            || text.starts_with("http://")
            || text.starts_with("https://")
            || text.starts_with("www.");
        if vague.contains(&text.as_str()) || bare_url {
            let problem = if bare_url {
                "a bare web address"
            } else {
                "vague"
            };
            found.push(at_body(leaflet, link.offset, Diagnostic::warning(format!("the link text `{}` is {problem}", link.text.trim()))
                .with_code("link-text")
                .with_help("say where the link goes: `[the ESMO guide on side effects](https://...)`; screen-reader users often hear links out of context")));
        }
    }
    for offset in &scan.tables_without_header {
        found.push(at_body(leaflet, *offset, Diagnostic::warning("this table's header row is empty")
            .with_code("table-header")
            .with_help("name each column in the first row, so screen readers can say what each cell is")));
    }
    found
}
