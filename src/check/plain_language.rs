//! Plain language: readability scores from formulas validated for each language (see
//! [`crate::readability`]), sentences over the length limit with their lines, and the average
//! sentence length. Scores are warnings: a formula is a prompt to look, not a verdict.

use super::scan::Scan;
use super::{at_body, at_key};
use crate::content::Leaflet;
use crate::diagnostics::Diagnostic;
use crate::readability::{self, Formula};
use crate::site::Site;

/// Plain-language findings for one leaflet.
pub fn check(site: &Site, leaflet: &Leaflet, scanned: &Scan) -> Vec<Diagnostic> {
    let settings = &site.config.checks;
    let language = &leaflet.file.language;
    let mut found = Vec::new();
    let mut sentences = 0;
    let mut words = 0;
    for block in &scanned.blocks {
        for sentence in readability::sentences(&block.text, language) {
            sentences += 1;
            words += sentence.words;
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
    if sentences == 0 {
        return found;
    }
    let average = words as f64 / sentences as f64;
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
    let stats = prose_stats(scanned, language);
    for &formula in readability::formulas_for(language) {
        let Some(score) = formula.score(&stats) else {
            continue;
        };
        let target = target(site, language, formula);
        let missed = if formula.higher_is_easier() {
            score < target
        } else {
            score > target
        };
        if missed {
            let bound = if formula.higher_is_easier() {
                "at least"
            } else {
                "at most"
            };
            found.push(at_key(leaflet, "title", Diagnostic::warning(format!(
                "{} is {score:.1}; the target for `{language}` is {bound} {target}", formula.name()
            ))
            .with_code("readability")
            .with_help("use shorter sentences and everyday words, and explain medical terms; targets are set in site.yaml under `checks: readability:`")));
        }
    }
    found
}

/// The readability counts of a leaflet's prose (paragraphs, list items and headings).
fn prose_stats(scanned: &Scan, language: &str) -> readability::TextStats {
    let text = scanned
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    readability::stats(&text, language)
}

/// The target for a formula in a language: `site.yaml`'s, for the tag or its primary
/// language, else the formula's default.
fn target(site: &Site, language: &str, formula: Formula) -> f64 {
    let settings = &site.config.checks.readability;
    let primary = language.split('-').next().unwrap_or(language);
    [language, primary]
        .iter()
        .find_map(|code| {
            settings
                .get(*code)
                .and_then(|targets| targets.get(formula.id()))
        })
        .copied()
        .unwrap_or_else(|| readability::default_target(formula).value)
}

/// One readability score of a leaflet, for the editors' report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Score {
    /// The formula's name.
    pub formula: &'static str,
    /// The score, rounded to one decimal.
    pub value: f64,
    /// The target.
    pub target: f64,
    /// True when the score meets the target.
    pub ok: bool,
}

/// The plain-language measures of a leaflet: its scores and its average sentence length.
pub fn measure(site: &Site, leaflet: &Leaflet) -> (Vec<Score>, f64) {
    let language = &leaflet.file.language;
    let scanned = super::scan::scan(leaflet.body());
    let stats = prose_stats(&scanned, language);
    let scores = readability::formulas_for(language)
        .iter()
        .filter_map(|&formula| {
            let value = formula.score(&stats)?;
            let target = target(site, language, formula);
            let ok = if formula.higher_is_easier() {
                value >= target
            } else {
                value <= target
            };
            Some(Score {
                formula: formula.name(),
                value: (value * 10.0).round() / 10.0,
                target,
                ok,
            })
        })
        .collect();
    let average = if stats.sentences == 0 {
        0.0
    } else {
        (stats.words as f64 / stats.sentences as f64 * 10.0).round() / 10.0
    };
    (scores, average)
}
