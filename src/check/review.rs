//! Review dates: health-content standards ask that each page shows when it was last checked
//! and when it will be checked again, and that the second date is kept. A translation checked
//! before its source's last review may miss that review's changes.
//!
//! A translation awaiting review (`translation_review: pending`) has no review of its own yet:
//! the source's review applies, and is checked on the source. Review dates or reviewers in such
//! a translation would be borrowed from the source (`borrowed-review`); the page does not show
//! them.

use jiff::civil::Date;

use super::at_key;
use crate::content::Leaflet;
use crate::content::front_matter::TranslationReview;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// True when `leaflet` is a translation whose review has not happened yet: not in the site's
/// default language and `translation_review: pending`.
pub fn awaits_translation_review(site: &Site, leaflet: &Leaflet) -> bool {
    leaflet.file.language != site.config.default_language
        && leaflet.front.translation_review == Some(TranslationReview::Pending)
}

/// Review-date findings for one leaflet, as of `today`.
pub fn check(site: &Site, leaflet: &Leaflet, today: Date) -> Vec<Diagnostic> {
    if awaits_translation_review(site, leaflet) {
        return borrowed(leaflet);
    }
    let front = &leaflet.front;
    let settings = &site.config.checks;
    let mut found = Vec::new();
    for (key, value) in [
        ("reviewed", front.reviewed),
        ("next_review", front.next_review),
    ] {
        if value.is_none() {
            found.push(at_key(
                leaflet,
                "title",
                Diagnostic::warning(format!("the leaflet has no `{key}` date"))
                    .with_code("review-missing")
                    .with_help(format!("add `{key}: YYYY-MM-DD` to the front matter; readers are shown when a page was checked and will be checked again")),
            ));
        }
    }
    if let Some(next) = front.next_review {
        let days_left = (next - today).get_days();
        if next < today {
            found.push(at_key(
                leaflet,
                "next_review",
                Diagnostic::error(format!(
                    "the review was due on {next}, {} days ago",
                    -days_left
                ))
                .with_code("review-overdue")
                .with_help("have the leaflet reviewed, then update `reviewed` and `next_review`"),
            ));
        } else if i64::from(days_left) <= settings.review_window_days {
            found.push(at_key(
                leaflet,
                "next_review",
                Diagnostic::warning(format!("the review is due on {next}, in {days_left} days"))
                    .with_code("review-due-soon")
                    .with_help("plan the review now; the window is `checks: review_window_days` in site.yaml"),
            ));
        }
    }
    let default = &site.config.default_language;
    if leaflet.file.language != *default
        && let Some(source) = site.leaflet(&leaflet.file.identity, default)
        && let (Some(source_reviewed), Some(reviewed)) = (source.front.reviewed, front.reviewed)
        && reviewed < source_reviewed
    {
        found.push(at_key(
            leaflet,
            "reviewed",
            Diagnostic::warning(format!(
                "this translation was reviewed on {reviewed}, before its source `{}` was reviewed on {source_reviewed}",
                source.file.display_path.display()
            ))
            .with_code("translation-review-older")
            .with_help("check the translation against the current source, then update `reviewed`"),
        ));
    }
    found
}

/// `borrowed-review` for each of `reviewed`, `next_review` and `reviewers` that a translation
/// awaiting review has: those would claim a review that has not happened.
fn borrowed(leaflet: &Leaflet) -> Vec<Diagnostic> {
    let front = &leaflet.front;
    [
        ("reviewed", front.reviewed.is_some()),
        ("next_review", front.next_review.is_some()),
        ("reviewers", !front.reviewers.is_empty()),
    ]
    .into_iter()
    .filter(|(_, present)| *present)
    .map(|(key, _)| {
        at_key(
            leaflet,
            key,
            Diagnostic::warning(format!(
                "`{key}` claims a review of this translation, but it has `translation_review: pending`"
            ))
            .with_code("borrowed-review")
            .with_help("remove it (the page does not show it; the source's review applies), or set `translation_review: done` once a reviewer has checked the translation, with that reviewer and date"),
        )
    })
    .collect()
}
