//! The numbers `check` computes for each leaflet, not only the problems they lead to: its
//! readability scores against their targets, its sentence lengths and its review dates, for
//! the JSON report, so editors and scripts can track them over time. They are the leaflet's
//! cached [`crate::readability::Measures`], the same values the editors' report shows.

use serde::Serialize;

use crate::content::Leaflet;
use crate::content::front_matter::TranslationReview;
use crate::readability;
use crate::site::Site;

/// One readability score of a leaflet.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FormulaScore {
    /// The formula's id, as in `site.yaml`'s `checks: readability:` (`flesch-reading-ease`).
    pub formula: &'static str,
    /// The score, unrounded.
    pub value: f64,
    /// The target: at least this when `higher_is_easier`, at most otherwise.
    pub target: f64,
    /// True when a higher score means an easier text.
    pub higher_is_easier: bool,
    /// True when the score meets the target.
    pub ok: bool,
}

/// A leaflet's review dates and the state of its translation's review.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewDates {
    /// `reviewed`, as `YYYY-MM-DD`.
    pub reviewed: Option<String>,
    /// `next_review`, as `YYYY-MM-DD`.
    pub next_review: Option<String>,
    /// `translation_review`: `pending`, `done`, or `None` when not given.
    pub translation_review: Option<TranslationReview>,
}

/// The numbers of one leaflet.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LeafletScores {
    /// Its identity across languages (`side-effects`).
    pub identity: String,
    /// Its language.
    pub language: String,
    /// Its file, relative to the site (`content/en/side-effects.md`).
    pub file: String,
    /// Its readability scores, in the order of the language's formulas.
    pub readability: Vec<FormulaScore>,
    /// Sentences of its prose.
    pub sentences: usize,
    /// Words per sentence on average (0 without sentences).
    pub average_sentence_words: f64,
    /// The words of its longest sentence (0 without sentences).
    pub longest_sentence_words: usize,
    /// Its review dates.
    pub review: ReviewDates,
}

/// The numbers of every leaflet `check` looks at, in the order of the site's languages, then
/// by identity.
pub fn of_site(site: &Site) -> Vec<LeafletScores> {
    let order = |language: &str| {
        site.config
            .languages
            .iter()
            .position(|l| l.code == language)
            .unwrap_or(usize::MAX)
    };
    let mut leaflets: Vec<&Leaflet> = site
        .leaflets
        .iter()
        .filter(|leaflet| leaflet.file.identity != crate::site::HOME_IDENTITY)
        .collect();
    leaflets.sort_by(|a, b| {
        (order(&a.file.language), &a.file.identity)
            .cmp(&(order(&b.file.language), &b.file.identity))
    });
    leaflets
        .into_iter()
        .map(|leaflet| of_leaflet(site, leaflet))
        .collect()
}

/// The numbers of one leaflet.
fn of_leaflet(site: &Site, leaflet: &Leaflet) -> LeafletScores {
    let measures = leaflet.readability();
    let language = &leaflet.file.language;
    let readability = readability::scores(measures, language, &site.config.checks.readability)
        .into_iter()
        .map(|score| FormulaScore {
            formula: score.formula.id(),
            value: score.value,
            target: score.target,
            higher_is_easier: score.formula.higher_is_easier(),
            ok: score.ok,
        })
        .collect();
    let front = &leaflet.front;
    LeafletScores {
        identity: leaflet.file.identity.clone(),
        language: language.clone(),
        file: leaflet
            .file
            .display_path
            .to_string_lossy()
            .replace('\\', "/"),
        readability,
        sentences: measures.sentences,
        average_sentence_words: measures.average_sentence_words,
        longest_sentence_words: measures.longest_sentence_words,
        review: ReviewDates {
            reviewed: front.reviewed.map(|date| date.to_string()),
            next_review: front.next_review.map(|date| date.to_string()),
            translation_review: front.translation_review,
        },
    }
}
