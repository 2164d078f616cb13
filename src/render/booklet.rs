//! A language's booklet: every leaflet with its own text in that language, in one HTML
//! document printed to one PDF by `leafpress pdf --booklet`. Not part of the built site.

use std::collections::BTreeMap;

use super::context::{BookletContext, BookletPart, BookletView};
use super::{Rendered, Renderer};
use crate::diagnostics::Diagnostic;

/// The folder a language's booklet is rendered into, beside its leaflets' folders, so that
/// the relative links of the leaflets' text and of the stylesheet work from it unchanged.
pub fn booklet_url(lang: &str) -> String {
    format!("{lang}/booklet/")
}

/// The prefix of the ids of a booklet's leaflets' sections.
const PART: &str = "booklet-part-";

/// The id of the section of the `index`th leaflet (from 0) of a booklet: `booklet-part-1`, ...
fn part_id(index: usize) -> String {
    format!("{PART}{}", index + 1)
}

/// True for the id of a booklet's leaflet section (not for a heading inside a leaflet).
pub fn is_part_id(id: &str) -> bool {
    id.strip_prefix(PART)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl Renderer<'_> {
    /// Renders the booklet of `lang`: a cover (the site's title, publisher, where the guide is
    /// online and its QR code, the day it was printed), the contents, then every leaflet that
    /// has its own text in `lang`, in the language's order. `page_numbers` holds the page each
    /// part starts on (by [`part_id`]), once a first print has told them.
    pub fn booklet(
        &self,
        lang: &str,
        printed_on: jiff::civil::Date,
        page_numbers: &BTreeMap<String, usize>,
    ) -> Result<Rendered, Diagnostic> {
        let url = booklet_url(lang);
        let mut head = self.head(&url, lang, self.site_view(lang).title);
        head.noindex = true;
        head.search_url = None;
        let mut diagnostics = Vec::new();
        let mut parts = Vec::new();
        for (index, page) in self
            .site
            .pages_of(lang)
            .filter(|page| !page.is_fallback)
            .enumerate()
        {
            let leaflet = &self.site.leaflets[page.source];
            let qr = self
                .site
                .relative(&url, &format!("{}{}", page.url, crate::qr::FILE_NAME));
            let (_, view, found) = self.leaflet_view(page, qr);
            diagnostics.extend(found);
            let id = part_id(index);
            parts.push(BookletPart {
                page_number: page_numbers.get(&id).copied(),
                id,
                template: self.leaflet_template(leaflet)?,
                page: view,
            });
        }
        let home = format!("{lang}/");
        let provenances = || parts.iter().map(|part| &part.page.provenance);
        // The oldest of the leaflets' reviews: every leaflet was reviewed on that day or later.
        let reviewed_display = provenances()
            .filter_map(|p| Some((p.reviewed.as_ref()?, p.reviewed_display.as_ref()?)))
            .min()
            .map(|(_, display)| display.clone());
        let next_review_display = provenances()
            .filter_map(|p| Some((p.next_review.as_ref()?, p.next_review_display.as_ref()?)))
            .min()
            .map(|(_, display)| display.clone());
        let translation_unreviewed = provenances().any(|p| p.translation_unreviewed);
        let source_review = provenances()
            .filter_map(|p| p.source_review.as_ref())
            .filter(|s| s.reviewed.is_some())
            .max_by(|a, b| a.reviewed.cmp(&b.reviewed))
            .cloned();
        let view = BookletContext {
            head,
            booklet: BookletView {
                reviewed_display,
                next_review_display,
                translation_unreviewed,
                source_review,
                printed_on: self.i18n.date(lang, printed_on),
                home_address: self.site.absolute(&home),
                home_qr: self
                    .site
                    .relative(&url, &format!("{home}{}", crate::qr::FILE_NAME)),
                parts,
            },
        };
        let html = self.render("booklet.html", &view, &format!("the `{lang}` booklet"))?;
        Ok((html, diagnostics))
    }
}
