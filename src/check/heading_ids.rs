//! `heading-id`: a translated heading keeps its source heading's id. Links between leaflets
//! go to heading ids (`side-effects.md#when-to-call`), and a heading without an explicit
//! `{#id}` gets one from its text, so a translated heading without the source's id gets a new
//! one and every link into that section from a page of that language breaks.
//!
//! Headings are paired in order, the n-th of the translation with the n-th of the source, and
//! only when both have as many: a translation that adds or drops a heading cannot be paired
//! safely, so it gets one finding saying so instead of a finding per shifted heading. Ids are
//! compared as [`crate::markdown::heading_anchors`] gives them (footnote labels are no headings), so
//! they are exactly what `#fragment` links are checked against.

use super::at_body;
use crate::content::Leaflet;
use crate::content::scan::Scan;
use crate::diagnostics::Diagnostic;
use crate::markdown::HeadingAnchor;
use crate::site::Site;

/// The check's id.
pub const CODE: &str = "heading-id";

/// Warnings for one translation whose headings' ids differ from its source's, or whose
/// headings cannot be paired with its source's. Nothing for a leaflet in the default language
/// or without a source in it.
///
/// The ids are those of the leaflets' cached scans: a source's are found once for all of its
/// translations, and no body is parsed again.
pub fn check(site: &Site, leaflet: &Leaflet, scanned: &Scan) -> Vec<Diagnostic> {
    let default = &site.config.default_language;
    if leaflet.file.language == *default {
        return Vec::new();
    }
    let Some(source) = site.leaflet(&leaflet.file.identity, default) else {
        return Vec::new();
    };
    let theirs = &source.scan().heading_anchors;
    let ours = &scanned.heading_anchors;
    if ours.len() != theirs.len() {
        return vec![count_mismatch(leaflet, source, ours.len(), theirs.len())];
    }
    ours.iter()
        .zip(theirs)
        .filter(|(ours, theirs)| ours.id != theirs.id)
        .map(|(ours, theirs)| id_mismatch(leaflet, ours, theirs))
        .collect()
}

/// The finding for a translated heading whose id is not its source heading's.
fn id_mismatch(leaflet: &Leaflet, ours: &HeadingAnchor, theirs: &HeadingAnchor) -> Diagnostic {
    let marks = "#".repeat(usize::from(ours.level));
    at_body(
        leaflet,
        ours.offset,
        Diagnostic::warning(format!(
            "this heading's id is `{}`, its source heading's is `{}`: links to {}.md#{} from other pages break in this language",
            ours.id, theirs.id, leaflet.file.identity, theirs.id
        ))
        .with_code(CODE)
        .with_help(format!(
            "write the source's id after the heading: `{marks} {} {{#{}}}`",
            ours.text, theirs.id
        )),
    )
}

/// The finding for a translation with more or fewer headings than its source.
fn count_mismatch(leaflet: &Leaflet, source: &Leaflet, ours: usize, theirs: usize) -> Diagnostic {
    at_body(
        leaflet,
        0,
        Diagnostic::warning(format!(
            "this translation has {ours} heading(s), its source `{}` has {theirs}: their ids cannot be compared",
            source.file.display_path.display()
        ))
        .with_code(CODE)
        .with_help(
            "keep the source's headings: translate each one, in the same order, and write the source's id after it (`## Kdy volat {#when-to-call}`)",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SourceFile, parse_all};
    use crate::diagnostics::Diagnostics;
    use crate::url::UrlStyle;

    /// A site of an English leaflet `side-effects` and its Czech translation.
    fn site(english: &str, czech: &str) -> Site {
        let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: cs\n    name: Čeština\n";
        let mut diagnostics = Diagnostics::new();
        let config =
            crate::config::parse(yaml, std::path::Path::new("site.yaml"), &mut diagnostics)
                .expect("valid site.yaml");
        let file = |language: &str, body: &str| SourceFile {
            language: language.into(),
            identity: "side-effects".into(),
            display_path: crate::paths::SitePath::new(
                format!("content/{language}/side-effects.md").as_ref(),
            )
            .unwrap(),
            text: format!("---\ntitle: Side effects\n---\n{body}"),
        };
        let leaflets = parse_all(
            vec![file("en", english), file("cs", czech)],
            false,
            &mut diagnostics,
        );
        Site::new(config, leaflets, UrlStyle::Directory, &mut diagnostics)
    }

    /// The findings for the Czech leaflet: (line, column, message, help).
    fn findings(site: &Site) -> Vec<(usize, usize, String, String)> {
        let czech = site.leaflet("side-effects", "cs").expect("the translation");
        check(site, czech, czech.scan())
            .into_iter()
            .inspect(|d| assert_eq!(d.code, Some(CODE)))
            .map(|d| {
                let position = d.position.expect("a position");
                (
                    position.line,
                    position.column,
                    d.message,
                    d.help.unwrap_or_default(),
                )
            })
            .collect()
    }

    const ENGLISH: &str = "Intro.\n\n## Common side effects\n\nText.\n\n## When to call\n\nCall us.[^1]\n\n[^1]: Day or night.\n";

    #[test]
    fn a_translated_heading_without_the_sources_id_is_found_where_it_is() {
        let czech = "Úvod.\n\n## Časté nežádoucí účinky {#common-side-effects}\n\nText.\n\n## Kdy volat\n\nZavolejte nám.\n";
        assert_eq!(
            findings(&site(ENGLISH, czech)),
            [(
                10,
                1,
                "this heading's id is `kdy-volat`, its source heading's is `when-to-call`: links to side-effects.md#when-to-call from other pages break in this language".to_string(),
                "write the source's id after the heading: `## Kdy volat {#when-to-call}`".to_string(),
            )],
            "the front matter is three lines; footnotes are no headings"
        );
    }

    #[test]
    fn translated_headings_with_the_sources_ids_are_clean() {
        let czech = "Úvod.\n\n## Časté nežádoucí účinky {#common-side-effects}\n\nText.\n\n## Kdy volat {#when-to-call}\n\nZavolejte nám.\n";
        assert_eq!(findings(&site(ENGLISH, czech)), []);
        assert!(
            findings(&site(ENGLISH, ENGLISH)).is_empty(),
            "the source itself, and an untranslated copy"
        );
        let english = site(ENGLISH, czech);
        let source = english.leaflet("side-effects", "en").unwrap();
        assert!(
            check(&english, source, source.scan()).is_empty(),
            "a source is no translation"
        );
    }

    #[test]
    fn a_source_with_an_explicit_id_and_a_translation_repeating_it_are_clean() {
        let english = "## When to call the team {#when-to-call}\n\nCall us.\n";
        let czech = "## Kdy volat tým {#when-to-call}\n\nZavolejte nám.\n";
        assert_eq!(findings(&site(english, czech)), []);
    }

    #[test]
    fn differing_numbers_of_headings_are_one_finding_for_the_leaflet() {
        let czech = "Úvod.\n\n## Kdy volat\n\nZavolejte nám.\n\n### Další\n\n### Jiné\n";
        let found = findings(&site(ENGLISH, czech));
        assert_eq!(found.len(), 1, "{found:?}");
        let (line, _, message, help) = &found[0];
        assert_eq!(*line, 4, "the body's first line");
        assert_eq!(
            message,
            "this translation has 3 heading(s), its source `content/en/side-effects.md` has 2: their ids cannot be compared"
        );
        assert!(help.contains("keep the source's headings"), "{help}");
    }
}
