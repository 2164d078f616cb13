//! Which reviews a page may claim. A page shows, and declares in JSON-LD, only reviews of the
//! text it shows made in its own language: a source-language page its own review; a
//! translation its own check, once `translation_review` is not `pending`. A translation still
//! awaiting review, and a page showing another language's text, claim nothing of their own:
//! they name the review of the text they are based on, and point to it with `isBasedOn`.

use crate::content::Leaflet;
use crate::content::front_matter::TranslationReview;
use crate::site::Page;

use super::Renderer;
use super::context::{Provenance, SourceReview};

/// Whether a leaflet's `reviewed`, `next_review` and `reviewers` are a review of its own text:
/// always in the default language; in a translation unless it awaits review.
pub fn reviewed_in_own_language(leaflet: &Leaflet, default_language: &str) -> bool {
    leaflet.file.language == default_language
        || leaflet.front.translation_review != Some(TranslationReview::Pending)
}

impl Renderer<'_> {
    /// The reviews `page` (showing `leaflet`, its own text or a fallback) may claim.
    pub(super) fn provenance<'l>(&self, page: &Page, leaflet: &'l Leaflet) -> Provenance<'l> {
        let default = self.site.config.default_language.as_str();
        let front = &leaflet.front;
        let review_own = !page.is_fallback && reviewed_in_own_language(leaflet, default);
        let date = |date: Option<jiff::civil::Date>| {
            let date = date.filter(|_| review_own);
            (
                date.map(|d| d.to_string()),
                date.map(|d| self.i18n.date(&page.language, d)),
            )
        };
        let (reviewed, reviewed_display) = date(front.reviewed);
        let (next_review, next_review_display) = date(front.next_review);
        let none: &'l [String] = &[];
        Provenance {
            translation_unreviewed: !page.is_fallback
                && front.translation_review == Some(TranslationReview::Pending),
            review_own,
            reviewed,
            reviewed_display,
            next_review,
            next_review_display,
            reviewers: if review_own { &front.reviewers } else { none },
            translators: if page.is_fallback {
                none
            } else {
                &front.translators
            },
            source_review: self.source_review(page, leaflet),
        }
    }

    /// The review of the text `page` is based on: the source's, on a translation; the shown
    /// text's, on a fallback page (unless that text is itself a translation awaiting review).
    fn source_review(&self, page: &Page, leaflet: &Leaflet) -> Option<SourceReview> {
        let default = self.site.config.default_language.as_str();
        let based_on = if page.is_fallback {
            Some(leaflet).filter(|l| reviewed_in_own_language(l, default))?
        } else if leaflet.file.language != default {
            self.site.leaflet(&page.identity, default)?
        } else {
            return None;
        };
        let language = self.language(&based_on.file.language);
        let reviewed = based_on.front.reviewed;
        Some(SourceReview {
            lang: language.code.clone(),
            language_name: language.name.clone(),
            url: self.site.relative(&page.url, &self.own_url(based_on)),
            reviewed: reviewed.map(|d| d.to_string()),
            reviewed_display: reviewed.map(|d| self.i18n.date(&page.language, d)),
        })
    }

    /// The absolute URL of the source page a page is based on (schema.org `isBasedOn`): the
    /// default language's page of the leaflet, on every page that is not that page.
    pub(super) fn is_based_on(&self, page: &Page) -> Option<String> {
        let default = &self.site.config.default_language;
        if page.language == *default {
            return None;
        }
        let source = self.site.leaflet(&page.identity, default)?;
        Some(self.site.absolute(&self.own_url(source)))
    }
}
