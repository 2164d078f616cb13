//! Glossary: when a site has a glossary leaflet (`checks: glossary: <identity>` in
//! `site.yaml`), each term it defines (bold at the start of a paragraph or list item) should be
//! linked or explained where another leaflet first uses it. Readers arrive at any leaflet from
//! a search, not from the first page. The glossary explains words to patients: leaflets for
//! another audience (`audience: professionals`) are not held to it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use rayon::prelude::*;

use super::at_body;
use crate::content::Leaflet;
use crate::diagnostics::Diagnostic;
use crate::markdown;
use crate::site::{HOME_IDENTITY, Site};

/// Glossary findings for every leaflet of every language that has the glossary leaflet.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let Some(identity) = site.config.checks.glossary.as_deref() else {
        return Vec::new();
    };
    let found: Vec<Vec<Diagnostic>> = site
        .leaflets
        .par_iter()
        .filter(|l| l.file.identity != identity && l.file.identity != HOME_IDENTITY)
        .filter(|l| l.front.audience.is_patients())
        .filter_map(|leaflet| {
            let glossary = site.leaflet(identity, &leaflet.file.language)?;
            Some(check_leaflet(leaflet, glossary, &terms(glossary.body())))
        })
        .collect();
    found.into_iter().flatten().collect()
}

fn check_leaflet(leaflet: &Leaflet, glossary: &Leaflet, terms: &[String]) -> Vec<Diagnostic> {
    let scanned = leaflet.scan();
    let mut found = Vec::new();
    for term in terms {
        let needle = term.to_lowercase();
        let first = scanned.blocks.iter().find_map(|block| {
            let lower = block.text.to_lowercase();
            find_word(&lower, &needle).map(|index| (block, lower, index))
        });
        let Some((block, lower, index)) = first else {
            continue;
        };
        let offset = block.body_offset(index);
        let linked = scanned.links.iter().any(|link| {
            link.text.to_lowercase().contains(&needle)
                && link.offset <= offset
                && offset < link.offset + link.text.len() + link.url.len() + 4
        });
        let before = lower[..index].trim_end().chars().next_back();
        let after = lower[index + needle.len()..].trim_start().chars().next();
        let explained = before == Some('(') || matches!(after, Some('(' | ':' | '–' | '—'));
        if !linked && !explained {
            found.push(at_body(leaflet, offset, Diagnostic::warning(format!(
                "first use of the glossary term `{term}` is neither linked nor explained"
            ))
            .with_code("glossary-term")
            .with_help(format!(
                "explain it in brackets, e.g. `{term} (...)`, or link it to the glossary: `[{term}]({}.md)`",
                glossary.file.identity
            ))));
        }
    }
    found
}

/// The terms a glossary defines: bold text opening a paragraph or list item.
pub fn terms(body: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut at_start = false;
    let mut in_term: Option<String> = None;
    for event in Parser::new_ext(body, markdown::parser_options()) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item) => at_start = true,
            Event::Start(Tag::Strong) if at_start => in_term = Some(String::new()),
            Event::Text(text) => {
                if let Some(term) = in_term.as_mut() {
                    term.push_str(&text);
                } else {
                    at_start = false;
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some(term) = in_term.take() {
                    let term = term.trim().trim_end_matches([':', '.']).trim().to_string();
                    if !term.is_empty() {
                        terms.push(term);
                    }
                }
                at_start = false;
            }
            _ => {}
        }
    }
    terms
}

/// The byte index of `needle` in `haystack` as a whole word.
fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    haystack.match_indices(needle).map(|(i, _)| i).find(|&i| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_bold_openings() {
        let body = "## Glossary\n\n- **Biomarker**: a sign in the body.\n- **PD-L1** – a protein.\n\nA **bold** word inside.\n\n**Infusion.** A drip.\n";
        assert_eq!(terms(body), ["Biomarker", "PD-L1", "Infusion"]);
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(find_word("a drip, dripping", "drip"), Some(2));
        assert_eq!(find_word("dripping", "drip"), None);
    }
}
