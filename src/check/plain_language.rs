//! Plain language: readability scores from formulas validated for each language (see
//! [`crate::readability`]), sentences over the length limit with their lines, and the average
//! sentence length. Scores are warnings: a formula is a prompt to look, not a verdict. The
//! scores and the average are the leaflet's cached [`crate::readability::Measures`], the same
//! values the editors' report shows.
//!
//! The score targets and the average sentence length are written for patients: a leaflet for
//! another audience (`audience: professionals`) is not held to them. The long-sentence limit
//! applies to every leaflet: a long sentence is hard to read for anyone in a hurry.

use super::{at_body, at_key};
use crate::content::Leaflet;
use crate::content::scan::Scan;
use crate::diagnostics::Diagnostic;
use crate::readability;
use crate::site::Site;

/// Plain-language findings for one leaflet.
pub fn check(site: &Site, leaflet: &Leaflet, scanned: &Scan) -> Vec<Diagnostic> {
    let settings = &site.config.checks;
    let language = &leaflet.file.language;
    let mut found = Vec::new();
    let measures = leaflet.readability();
    // The measures' longest sentence is the longest of these: without a long one, no block
    // needs reading again.
    let blocks = if measures.longest_sentence_words > settings.long_sentence_words {
        &scanned.blocks[..]
    } else {
        &[]
    };
    for block in blocks {
        for sentence in readability::sentences(&block.text, language) {
            if sentence.words > settings.long_sentence_words {
                found.push(at_body(
                    leaflet,
                    block.body_offset(sentence.start),
                    Diagnostic::warning(format!(
                        "this sentence has {} words; the limit is {}",
                        sentence.words, settings.long_sentence_words
                    ))
                    .with_code("long-sentence")
                    .with_help("split it into two or three short sentences"),
                ));
            }
        }
    }
    if measures.sentences == 0 || !leaflet.front.audience.is_patients() {
        return found;
    }
    let average = measures.average_sentence_words;
    if average > settings.average_sentence_words {
        found.push(at_key(
            leaflet,
            "title",
            Diagnostic::warning(format!(
                "sentences have {average:.1} words on average; the target is {}",
                settings.average_sentence_words
            ))
            .with_code("sentence-length")
            .with_help("aim for about 15 words a sentence: one idea per sentence"),
        ));
    }
    for score in readability::scores(measures, language, &settings.readability) {
        if score.ok {
            continue;
        }
        let bound = if score.formula.higher_is_easier() {
            "at least"
        } else {
            "at most"
        };
        found.push(at_key(leaflet, "title", Diagnostic::warning(format!(
            "{} is {:.1}; the target for `{language}` is {bound} {}", score.formula.name(), score.value, score.target
        ))
        .with_code("readability")
        .with_help("use shorter sentences and everyday words, and explain medical terms; targets are set in site.yaml under `checks: readability:`")));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SourceFile, parse_all};
    use crate::diagnostics::Diagnostics;
    use crate::url::UrlStyle;

    /// A site of one English leaflet, with `checks:` settings from `checks`.
    fn site(checks: &str, body: &str) -> Site {
        let yaml = format!(
            "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\nchecks:\n{checks}"
        );
        let mut diagnostics = Diagnostics::new();
        let config =
            crate::config::parse(&yaml, std::path::Path::new("site.yaml"), &mut diagnostics)
                .expect("valid site.yaml");
        let file = SourceFile {
            language: "en".into(),
            identity: "leaflet".into(),
            display_path: crate::paths::SitePath::new("content/en/leaflet.md".as_ref()).unwrap(),
            text: format!("---\ntitle: Leaflet\n---\n{body}"),
        };
        let leaflets = parse_all(vec![file], false, &mut diagnostics);
        Site::new(config, leaflets, UrlStyle::Directory, &mut diagnostics)
    }

    const BODY: &str = "## Treatment\n\nImmunotherapy medicines help your immune system recognise and destroy cancer cells. Your care team will explain the possible complications carefully.\n\n- Ask questions.\n- Tell your nurse about any unusual symptoms immediately.\n";

    /// The messages `check` gives for `code`.
    fn messages(site: &Site, code: &str) -> Vec<String> {
        let leaflet = &site.leaflets[0];
        check(site, leaflet, leaflet.scan())
            .into_iter()
            .filter(|d| d.code == Some(code))
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn check_reports_exactly_the_cached_scores_that_miss_their_targets() {
        // Flesch Reading Ease must be at least 100 (missed); Flesch–Kincaid at most 30 (met).
        let site = site(
            "  readability: {en: {flesch-reading-ease: 100, flesch-kincaid-grade: 30}}\n",
            BODY,
        );
        let leaflet = &site.leaflets[0];
        let scores =
            readability::scores(leaflet.readability(), "en", &site.config.checks.readability);
        assert_eq!(scores.len(), 2, "{scores:?}");
        let expected: Vec<String> = scores
            .iter()
            .filter(|score| !score.ok)
            .map(|score| {
                format!(
                    "{} is {:.1}; the target for `en` is at least 100",
                    score.formula.name(),
                    score.value
                )
            })
            .collect();
        assert_eq!(expected.len(), 1, "one target missed, one met: {scores:?}");
        assert_eq!(messages(&site, "readability"), expected);
    }

    #[test]
    fn the_sentence_length_warning_is_the_cached_average() {
        let site = site("  average_sentence_words: 3\n", BODY);
        let measures = site.leaflets[0].readability();
        assert_eq!(measures.sentences, 5);
        assert_eq!(
            messages(&site, "sentence-length"),
            [format!(
                "sentences have {:.1} words on average; the target is 3",
                measures.average_sentence_words
            )]
        );
    }

    #[test]
    fn a_leaflet_for_professionals_is_not_held_to_the_patients_targets() {
        let checks = "  average_sentence_words: 3\n  long_sentence_words: 5\n  readability: {en: {flesch-reading-ease: 100}}\n";
        let for_patients = site(checks, BODY);
        assert_eq!(messages(&for_patients, "sentence-length").len(), 1);
        assert!(!messages(&for_patients, "readability").is_empty());
        let mut for_professionals = site(checks, BODY);
        for_professionals.leaflets[0].front.audience =
            crate::content::front_matter::Audience::Professionals;
        assert!(messages(&for_professionals, "sentence-length").is_empty());
        assert!(messages(&for_professionals, "readability").is_empty());
        assert_eq!(
            messages(&for_professionals, "long-sentence"),
            messages(&for_patients, "long-sentence"),
            "the long-sentence limit applies to every audience"
        );
        assert!(!messages(&for_professionals, "long-sentence").is_empty());
    }

    #[test]
    fn scores_are_computed_once_per_leaflet() {
        let site = site("  report: true\n", BODY);
        let leaflet = &site.leaflets[0];
        assert!(std::ptr::eq(leaflet.readability(), leaflet.readability()));
        assert!(std::ptr::eq(leaflet.scan(), leaflet.scan()));
    }
}
