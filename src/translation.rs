//! Translation state: which translations are current, outdated, of unknown age, or missing.
//!
//! A translation records the version of its source it was made from as `translation_of:`, a
//! short hash of the source's normalised text: the front matter readers see (title, summary,
//! sources) and the body, with whitespace collapsed so that re-wrapping a paragraph does not
//! make every translation outdated. Comparing that hash with the source's current one cannot
//! lie, unlike file dates, which copying and checking out change.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::content::Leaflet;
use crate::content::front_matter::TranslationReview;
use crate::site::{HOME_IDENTITY, Site};

/// The state of one leaflet in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Made from the source as it is now.
    Current,
    /// Made from an older version of the source.
    Outdated,
    /// Exists, but does not say which version of the source it was made from.
    Unknown,
    /// Does not exist.
    Missing,
}

impl State {
    /// The state's name, as `status` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Outdated => "outdated",
            State::Unknown => "unknown",
            State::Missing => "missing",
        }
    }
}

/// Whether a translation has been checked by a reviewer: apart from [`State`], which says only
/// whether it was made from the current source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "review", rename_all = "lowercase")]
pub enum Review {
    /// `translation_review: pending`: not checked yet.
    Pending,
    /// `translation_review: done`, or a translation with its own `reviewed` date.
    Reviewed {
        /// When it was checked (`reviewed`), if it says so; `YYYY-MM-DD` in JSON.
        #[serde(
            serialize_with = "serialize_date",
            skip_serializing_if = "Option::is_none"
        )]
        reviewed_on: Option<jiff::civil::Date>,
    },
    /// Neither: the file does not say.
    Unknown,
}

impl Review {
    /// The review state of a translation, from its front matter.
    pub fn of(translation: &Leaflet) -> Review {
        let front = &translation.front;
        match (front.translation_review, front.reviewed) {
            (Some(TranslationReview::Pending), _) => Review::Pending,
            (Some(TranslationReview::Done), reviewed_on) => Review::Reviewed { reviewed_on },
            (None, Some(reviewed_on)) => Review::Reviewed {
                reviewed_on: Some(reviewed_on),
            },
            (None, None) => Review::Unknown,
        }
    }

    /// The review state's name, as `status` writes it: `pending`, `reviewed` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Review::Pending => "pending",
            Review::Reviewed { .. } => "reviewed",
            Review::Unknown => "unknown",
        }
    }

    /// When a reviewed translation was checked, if it says so.
    pub fn reviewed_on(self) -> Option<jiff::civil::Date> {
        match self {
            Review::Reviewed { reviewed_on } => reviewed_on,
            Review::Pending | Review::Unknown => None,
        }
    }
}

/// Writes a date as `YYYY-MM-DD` (or `null`).
fn serialize_date<S: serde::Serializer>(
    date: &Option<jiff::civil::Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}

/// The text a source hash is made of: reader-visible front matter and body, whitespace folded.
pub fn normalised_text(leaflet: &Leaflet) -> String {
    // A text that can no longer be read makes the build fail on the page that shows it.
    let text = leaflet.text().unwrap_or_default();
    let front = &leaflet.front;
    let mut parts: Vec<&str> = vec![&front.title];
    parts.extend(front.summary.as_deref());
    for source in &front.sources {
        parts.push(&source.title);
        parts.extend(source.url.as_deref());
    }
    parts.push(leaflet.body_of(&text));
    parts
        .iter()
        .flat_map(|part| part.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The short hash of a source leaflet's current version (12 hex digits of SHA-256), computed
/// once per leaflet.
pub fn source_hash(leaflet: &Leaflet) -> String {
    leaflet.source_hash().to_string()
}

/// Computes [`source_hash`]; [`Leaflet::source_hash`] keeps the result.
pub fn hash_text(leaflet: &Leaflet) -> String {
    let digest = Sha256::digest(normalised_text(leaflet).as_bytes());
    digest
        .iter()
        .take(6)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The state of `identity` in `language`, against the default language's source.
pub fn state(site: &Site, identity: &str, language: &str) -> State {
    let Some(translation) = site.leaflet(identity, language) else {
        return State::Missing;
    };
    let Some(source) = site.leaflet(identity, &site.config.default_language) else {
        return State::Unknown;
    };
    match translation.front.translation_of.as_deref() {
        None => State::Unknown,
        Some(hash) if hash == source.source_hash() => State::Current,
        Some(_) => State::Outdated,
    }
}

/// One row of the status matrix: a source leaflet and its state in each language.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The leaflet's identity.
    pub identity: String,
    /// The source's title.
    pub title: String,
    /// Words in the source's body.
    pub words: usize,
    /// The state per language, in `site.yaml` order (the default language is left out).
    pub states: BTreeMap<String, State>,
    /// The review state of each translation that exists (missing ones are left out).
    pub reviews: BTreeMap<String, Review>,
}

/// Coverage of one language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Coverage {
    /// The language code.
    pub language: String,
    /// Source words whose leaflets are translated (any state but missing), in percent.
    pub translated_percent: f64,
    /// Source words whose translations are current, in percent.
    pub current_percent: f64,
    /// Leaflets per state.
    pub counts: BTreeMap<String, usize>,
    /// Translations that await review (`translation_review: pending`).
    pub review_pending: usize,
}

/// The status matrix of a site: one row per source leaflet (by `order`), and the coverage of
/// every language but the default.
pub fn matrix(site: &Site) -> (Vec<Row>, Vec<Coverage>) {
    let default = &site.config.default_language;
    let mut sources: Vec<&Leaflet> = site
        .leaflets
        .iter()
        .filter(|l| l.file.language == *default && l.file.identity != HOME_IDENTITY)
        .collect();
    sources.sort_by(|a, b| {
        (a.front.order.is_none(), a.front.order, &a.file.identity).cmp(&(
            b.front.order.is_none(),
            b.front.order,
            &b.file.identity,
        ))
    });
    let languages: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .filter(|code| code != default)
        .collect();
    let rows: Vec<Row> = sources
        .iter()
        .map(|source| Row {
            identity: source.file.identity.clone(),
            title: source.front.title.clone(),
            words: source
                .text()
                .map_or(0, |text| source.body_of(&text).split_whitespace().count()),
            states: languages
                .iter()
                .map(|language| {
                    (
                        language.to_string(),
                        state(site, &source.file.identity, language),
                    )
                })
                .collect(),
            reviews: languages
                .iter()
                .filter_map(|language| {
                    let translation = site.leaflet(&source.file.identity, language)?;
                    Some((language.to_string(), Review::of(translation)))
                })
                .collect(),
        })
        .collect();
    let total: usize = rows.iter().map(|r| r.words).sum();
    let percent = |words: usize| {
        if total == 0 {
            100.0
        } else {
            (words as f64 * 1000.0 / total as f64).round() / 10.0
        }
    };
    let coverage = languages
        .iter()
        .map(|language| {
            let words_where = |wanted: &dyn Fn(State) -> bool| -> usize {
                rows.iter()
                    .filter(|r| wanted(r.states[*language]))
                    .map(|r| r.words)
                    .sum()
            };
            let mut counts = BTreeMap::new();
            for row in &rows {
                *counts
                    .entry(row.states[*language].as_str().to_string())
                    .or_insert(0) += 1;
            }
            Coverage {
                language: language.to_string(),
                translated_percent: percent(words_where(&|s| s != State::Missing)),
                current_percent: percent(words_where(&|s| s == State::Current)),
                counts,
                review_pending: rows
                    .iter()
                    .filter(|r| r.reviews.get(*language) == Some(&Review::Pending))
                    .count(),
            }
        })
        .collect();
    (rows, coverage)
}
