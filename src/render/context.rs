//! The template context: one typed view per template kind. These structs are the API that
//! charities' themes depend on; every field is documented, and the README lists them.
//!
//! Each view flattens a [`Head`] with what every page has (language, direction, links home,
//! the language switcher, alternates), so `base.html` can rely on the same fields everywhere.

use serde::Serialize;

use crate::content::front_matter::{Audience, Source};
use crate::markdown::TocEntry;

/// Site-wide values, the same on every page of a language.
///
/// Each site-wide text comes with the language it is actually in (`*_lang`, `*_dir`): a
/// message found along the page language's fallback chain is in the language that defines it,
/// and `site.yaml`'s text is in the default language. A theme marks the element holding a text
/// with `lang` and `dir` whenever its language differs from the page's `lang`.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView<'a> {
    /// The site's name in the page's language (`site-title` message, else `site.yaml` title).
    pub title: String,
    /// The language `title` is in.
    pub title_lang: &'a str,
    /// The direction of `title`.
    pub title_dir: &'a str,
    /// The default language's code.
    pub default_language: &'a str,
    /// The default language's own name (`English`).
    pub default_language_name: &'a str,
    /// The publishing organisation (`name`, `url`, `contact`), if configured.
    pub organisation: Option<OrganisationView<'a>>,
    /// The language the organisation's `name` is in, when there is an organisation.
    pub organisation_lang: Option<&'a str>,
    /// The direction of the organisation's `name`.
    pub organisation_dir: Option<&'a str>,
    /// The site-wide funding and sponsorship statement, if configured: the `site-funding`
    /// message, else `site.yaml`'s `funding`.
    pub funding: Option<String>,
    /// The language `funding` is in, when there is a statement.
    pub funding_lang: Option<&'a str>,
    /// The direction of `funding`.
    pub funding_dir: Option<&'a str>,
}

/// The publishing organisation as shown in one language.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationView<'a> {
    /// Its name: the `site-organisation` message, else `site.yaml`'s `organisation.name`.
    pub name: String,
    /// Its website.
    pub url: Option<&'a str>,
    /// A contact address or phone number.
    pub contact: Option<&'a str>,
    /// Where `contact` links to: `mailto:` for an e-mail address, `tel:` for a phone number;
    /// `None` when it is neither (shown as plain text).
    pub contact_href: Option<String>,
}

/// A link to the same content in one language (language switcher and picker).
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink<'a> {
    /// BCP 47 code, for `lang` and `hreflang` attributes.
    pub code: &'a str,
    /// The language's own name.
    pub name: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'a str,
    /// Relative URL of the page in that language.
    pub url: String,
    /// True for the page's own language.
    pub current: bool,
    /// False when that language's page shows another language's text.
    pub translated: bool,
    /// The own name of the language whose text that page shows: `name` itself when
    /// `translated`, else the fallback's (for `in-other-language`, "Suomi (English)").
    pub shown_language_name: &'a str,
    /// How much of the guide is in that language: set on links to home pages (the chooser
    /// and the switcher of home pages), unset on a leaflet page's switcher.
    pub coverage: Option<LanguageCoverage>,
}

/// How many of the default language's leaflets a language has a real translation of (home
/// intros are not counted). Shown with the `language-coverage` message, or
/// `language-coverage-none` when `translated` is 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LanguageCoverage {
    /// Leaflets translated into the language (all of them for the default language).
    pub translated: usize,
    /// Leaflets of the default language.
    pub total: usize,
}

/// A `<link rel="alternate" hreflang>` entry.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate<'a> {
    /// BCP 47 code, or `x-default`.
    pub hreflang: &'a str,
    /// Absolute URL.
    pub href: String,
}

/// What every page has.
#[derive(Debug, Clone, Serialize)]
pub struct Head<'a> {
    /// The page's language code: `<html lang>`; also the language `t()` uses.
    pub lang: &'a str,
    /// `ltr` or `rtl`: `<html dir>`.
    pub dir: &'a str,
    /// Relative prefix from this page to the site root (`../../`), for assets.
    pub root: String,
    /// Relative URL of the stylesheet.
    pub stylesheet: String,
    /// Relative URL of this language's home page.
    pub home_url: String,
    /// Relative URL of the language picker (the site root).
    pub languages_url: String,
    /// The `<title>` text's first part (the page's own title).
    pub title: String,
    /// Meta description, if any.
    pub description: Option<String>,
    /// Absolute canonical URL.
    pub canonical: String,
    /// True for pages search engines should not index (fallback pages, the 404 page).
    pub noindex: bool,
    /// hreflang alternates: every real translation, then `x-default`.
    pub alternates: Vec<Alternate<'a>>,
    /// The language switcher: every language this page exists in, in `site.yaml` order
    /// (sorted by own name on the language chooser).
    pub switcher: Vec<LanguageLink<'a>>,
    /// Site-wide values.
    pub site: SiteView<'a>,
    /// The numbers of the "Get help now" box (`urgent-help.html`) in the page's language;
    /// `None` when the site declares no `emergency:`.
    pub emergency: Option<EmergencyView<'a>>,
    /// Relative URL of the language's search page, which the header's search box sends its
    /// words to (`?q=`); `None` when `site.yaml` turns search off, and on pages of no one
    /// language (the language picker, 404, the translators' page, the editors' reports).
    pub search_url: Option<String>,
}

/// The emergency numbers of one language, for the "Get help now" box.
#[derive(Debug, Clone, Serialize)]
pub struct EmergencyView<'a> {
    /// The emergency number as written (`112`): the link text.
    pub number: &'a str,
    /// The emergency number as a `tel:` target, `+` and digits only (`href="tel:{{ tel }}"`).
    pub tel: String,
    /// The site's own helpline as written, if it has one.
    pub helpline: Option<&'a str>,
    /// The helpline as a `tel:` target, if there is one.
    pub helpline_tel: Option<String>,
}

/// A leaflet's own values.
#[derive(Debug, Clone, Serialize)]
pub struct LeafletView<'a> {
    /// The leaflet's title.
    pub title: &'a str,
    /// The page's own absolute URL, printed on handouts beside its QR code. It differs from
    /// the canonical URL on a page showing another language's text.
    pub address: String,
    /// The URL of the image of the page's QR code (`qr.svg`, written beside every page).
    pub qr: String,
    /// Its summary, if any.
    pub summary: Option<&'a str>,
    /// The body as HTML (insert with `| safe`).
    pub content: String,
    /// Headings h2 and h3: `level`, `id`, `title`.
    pub toc: Vec<TocEntry>,
    /// The language of the body text: the page's own, or the fallback's.
    pub body_lang: &'a str,
    /// The direction of the body text.
    pub body_dir: &'a str,
    /// True when the body is another language's text because no translation exists.
    pub is_fallback: bool,
    /// The own name of the language the body is in (for the `not-translated` notice).
    pub source_language_name: &'a str,
    /// Set when this translation was made from an older version of its source.
    pub outdated: Option<Outdated>,
    /// Which reviews the page shows: `translation_unreviewed`, `review_own`, `reviewed`,
    /// `reviewed_display`, `next_review`, `next_review_display`, `reviewers`, `translators`,
    /// `source_review`.
    #[serde(flatten)]
    pub provenance: Provenance<'a>,
    /// Authors, as written.
    pub authors: &'a [String],
    /// Sources: `title` and optional `url`.
    pub sources: &'a [Source],
    /// The leaflet's own funding disclosure, if any.
    pub funding: Option<&'a str>,
    /// Tags, as written.
    pub tags: &'a [String],
    /// The JSON-LD `MedicalWebPage` description (insert with `| safe` in a script element).
    pub json_ld: String,
    /// Who the text is written for (front matter `audience:`): `patients` or `professionals`.
    pub audience: Audience,
    /// True when `audience` is `patients`, the default. Otherwise the default theme shows the
    /// `audience-<audience>` label above the title and the `audience-<audience>-note` under
    /// the summary, in the page's language.
    pub for_patients: bool,
    /// The leaflet before this one in the patients' reading order (the home page's main
    /// list, `rel="prev"`); `None` on the first, and on a leaflet for another audience.
    pub previous: Option<NavLink<'a>>,
    /// The leaflet after this one in the patients' reading order (`rel="next"`); `None` on the
    /// last, and on a leaflet for another audience.
    pub next: Option<NavLink<'a>>,
    /// For the alert card (`alert-card.html`): the language its note to clinicians is repeated
    /// in (`site.yaml`'s `alert_card.second_language`, else the default language), so that a
    /// doctor abroad can read it; `None` when the page is in that language.
    pub second_language: Option<LanguageRef<'a>>,
}

/// A link to another leaflet of the same language, for the previous and next links.
#[derive(Debug, Clone, Serialize)]
pub struct NavLink<'a> {
    /// The target's title, in the language its text is in.
    pub title: &'a str,
    /// Relative URL of the target's page in this page's language.
    pub url: String,
    /// The language the title is in: the page's own, or a fallback's when the target is not
    /// translated (mark the title with `lang` and `dir` when it differs from the page's).
    pub lang: &'a str,
    /// The title's direction.
    pub dir: &'a str,
}

/// A language named by code and direction, for a text's `lang` and `dir` attributes.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageRef<'a> {
    /// BCP 47 code: `t(key=..., lang=code)` and the `lang` attribute.
    pub code: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'a str,
}

/// The reviews a page may claim: only those of the text it shows, made in its own language.
/// A translation awaiting review and a page showing another language's text claim none of
/// their own; they name the review of the text they are based on instead.
#[derive(Debug, Clone, Serialize)]
pub struct Provenance<'a> {
    /// True when the translation shown is marked `translation_review: pending`.
    pub translation_unreviewed: bool,
    /// True when the text is reviewed in the page's own language: a source-language page, or
    /// a translation whose review is done (or not marked pending). Only then are `reviewed`,
    /// `next_review` and `reviewers` set.
    pub review_own: bool,
    /// `reviewed` as `YYYY-MM-DD`, when `review_own`.
    pub reviewed: Option<String>,
    /// `reviewed` in the page language's long date format, when `review_own`.
    pub reviewed_display: Option<String>,
    /// `next_review` as `YYYY-MM-DD`, when `review_own`.
    pub next_review: Option<String>,
    /// `next_review` in the page language's long date format, when `review_own`.
    pub next_review_display: Option<String>,
    /// Reviewers, as written, when `review_own` (else empty).
    pub reviewers: &'a [String],
    /// Who translated the text (`translators`), on a translation's own page (else empty).
    pub translators: &'a [String],
    /// On a translation: the review of the source it was made from (`translated-from-reviewed`).
    /// On a page showing another language's text: that text's own review
    /// (`source-last-reviewed`). `None` on a source-language page.
    pub source_review: Option<SourceReview>,
}

/// The review of the text a page is based on, in another language.
#[derive(Debug, Clone, Serialize)]
pub struct SourceReview {
    /// That text's language code, for `lang` and `hreflang`.
    pub lang: String,
    /// That language's own name.
    pub language_name: String,
    /// Relative URL of that text's own page.
    pub url: String,
    /// When that text was last reviewed, as `YYYY-MM-DD`, if it says so.
    pub reviewed: Option<String>,
    /// The same date in the page language's long date format.
    pub reviewed_display: Option<String>,
}

/// A translation made from an older version of its source: readers are told, and pointed to
/// the source.
#[derive(Debug, Clone, Serialize)]
pub struct Outdated {
    /// Relative URL of the source-language page.
    pub source_url: String,
    /// The source language's own name.
    pub source_language_name: String,
    /// The source language's code, for the link's `hreflang`.
    pub source_lang: String,
    /// When the source was last changed (`date`, else `reviewed`), in the page's language.
    pub updated_display: Option<String>,
}

/// One cell of the translators' page.
#[derive(Debug, Clone, Serialize)]
pub struct StatusCell {
    /// `current`, `outdated`, `unknown` or `missing`.
    pub state: &'static str,
    /// The translation's review state, apart from `state`: `pending`, `reviewed` or `unknown`
    /// (`None` when the translation is missing).
    pub review: Option<&'static str>,
    /// When a reviewed translation was checked, in the page language's long date format.
    pub reviewed_on: Option<String>,
    /// Relative URL of the translation's page, when it exists.
    pub url: Option<String>,
}

/// One row of the translators' page: a source leaflet.
#[derive(Debug, Clone, Serialize)]
pub struct StatusRow {
    /// The leaflet's identity.
    pub identity: String,
    /// The source's title.
    pub title: String,
    /// One cell per language (as in `languages`).
    pub cells: Vec<StatusCell>,
}

/// Context of `translation-status.html`, the translators' page; and `rows`, one [`StatusRow`]
/// per source leaflet, each made into a template value as it is made (with 2,000 leaflets in
/// 24 languages, 46,000 cells).
#[derive(Debug, Clone, Serialize)]
pub struct StatusContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub head: Head<'a>,
    /// The languages shown (every one but the default): `language`, `translated_percent`,
    /// `current_percent`, `counts`, `review_pending`.
    pub languages: Vec<crate::translation::Coverage>,
}

/// Context of `leaflet.html` (and of a leaflet's own `template:`).
#[derive(Debug, Clone, Serialize)]
pub struct LeafletContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub head: Head<'a>,
    /// The leaflet.
    pub page: LeafletView<'a>,
}

/// One leaflet in a home page's list.
#[derive(Debug, Clone, Serialize)]
pub struct ListItem<'a> {
    /// Title.
    pub title: &'a str,
    /// Summary, if any.
    pub summary: Option<&'a str>,
    /// Relative URL.
    pub url: String,
    /// The language the title and summary are in.
    pub lang: &'a str,
    /// Their direction.
    pub dir: &'a str,
    /// The own name of the language the title and summary are in (for `in-other-language`).
    pub language_name: &'a str,
    /// True when this leaflet is not translated into the page's language.
    pub is_fallback: bool,
}

/// Context of `home.html`, a language's home page.
#[derive(Debug, Clone, Serialize)]
pub struct HomeContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub head: Head<'a>,
    /// The intro from `content/<lang>/index.md` (or its fallback) as HTML, if any.
    pub intro: Option<String>,
    /// The language the intro is in.
    pub intro_lang: &'a str,
    /// The intro's direction.
    pub intro_dir: &'a str,
    /// The reviews the intro may claim, by the rules of a leaflet's (see [`Provenance`]).
    pub intro_provenance: Option<Provenance<'a>>,
    /// True when the intro is another language's text (no `index.md` in the page's language):
    /// the page shows the `not-translated` notice and is `noindex`.
    pub intro_is_fallback: bool,
    /// The own name of the language the intro is in (for the `not-translated` notice).
    pub intro_language_name: &'a str,
    /// The leaflets written for patients (the default `audience`), by `order`: the patients'
    /// reading order.
    pub leaflets: Vec<ListItem<'a>>,
    /// The leaflets written for other audiences, one list per audience that has any (in the
    /// order of [`Audience::ALL`]), each listed apart under its `audience-<audience>` heading.
    pub other_audiences: Vec<AudienceList<'a>>,
}

/// The leaflets of one language written for an audience other than patients.
#[derive(Debug, Clone, Serialize)]
pub struct AudienceList<'a> {
    /// The audience (`professionals`).
    pub audience: Audience,
    /// Its leaflets, by `order`.
    pub leaflets: Vec<ListItem<'a>>,
}

/// Context of `languages.html` (the site root) and `404.html`: the head only.
#[derive(Debug, Clone, Serialize)]
pub struct PlainContext<'a> {
    /// What every page has; its `switcher` lists every language's home page, with coverage.
    /// On `languages.html` it is sorted by [`crate::lang::name_sort_key`] of the languages'
    /// own names, the default language first.
    #[serde(flatten)]
    pub head: Head<'a>,
}

/// One leaflet in the editors' report.
#[derive(Debug, Clone, Serialize)]
pub struct QualityRow<'a> {
    /// Title.
    pub title: &'a str,
    /// Relative URL of its page.
    pub url: String,
    /// Readability scores, one per formula of the leaflet's language.
    pub scores: Vec<QualityScore>,
    /// Average words per sentence.
    pub average_sentence_words: f64,
    /// `next_review` as `YYYY-MM-DD`, if any.
    pub next_review: Option<String>,
    /// `overdue`, `due-soon`, `ok` or `missing`, as of the build.
    pub review_state: &'static str,
}

/// One readability score in the editors' report.
#[derive(Debug, Clone, Serialize)]
pub struct QualityScore {
    /// The formula's name.
    pub formula: &'static str,
    /// The score, rounded to one decimal.
    pub value: f64,
    /// The target: at least this for formulas where higher is easier, at most otherwise.
    pub target: f64,
    /// True when the score meets the target (as `leafpress check` decides it).
    pub ok: bool,
}

impl From<crate::readability::Score> for QualityScore {
    fn from(score: crate::readability::Score) -> Self {
        QualityScore {
            formula: score.formula.name(),
            value: super::round_tenth(score.value),
            target: score.target,
            ok: score.ok,
        }
    }
}

/// Context of `quality.html`, the editors' report of one language.
#[derive(Debug, Clone, Serialize)]
pub struct QualityContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub head: Head<'a>,
    /// The language's leaflets, by order.
    pub rows: Vec<QualityRow<'a>>,
    /// The date the report was made (`YYYY-MM-DD`).
    pub date: String,
}

/// The context of `booklet.html`: every leaflet of a language in one document, for
/// `leafpress pdf --booklet`.
#[derive(Debug, Serialize)]
pub struct BookletContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub head: Head<'a>,
    /// The booklet.
    pub booklet: BookletView<'a>,
}

/// A language's booklet: a cover, the contents and every leaflet in the language's order.
#[derive(Debug, Serialize)]
pub struct BookletView<'a> {
    /// The day the booklet was made, formatted for the language (`booklet-printed`).
    pub printed_on: String,
    /// The absolute URL of the language's home page, printed on the cover.
    pub home_address: String,
    /// The URL of the image of the home page's QR code.
    pub home_qr: String,
    /// The oldest of the leaflets' last reviews of their own text (each was reviewed on that
    /// day or later), formatted (`booklet-reviewed`); `None`
    /// when none of them claims a review of its own (translations awaiting review).
    pub reviewed_display: Option<String>,
    /// The earliest next review of the leaflets' own text, formatted (`booklet-next-review`).
    pub next_review_display: Option<String>,
    /// True when a leaflet of the booklet is a translation awaiting review
    /// (`translation-unreviewed` on the cover).
    pub translation_unreviewed: bool,
    /// The most recent review of the texts the translations were made from, if any: `lang`,
    /// `language_name`, `reviewed`, `reviewed_display` (`translated-from-reviewed` on the cover).
    pub source_review: Option<SourceReview>,
    /// The leaflets, in order.
    pub parts: Vec<BookletPart<'a>>,
}

/// One leaflet of a booklet.
#[derive(Debug, Serialize)]
pub struct BookletPart<'a> {
    /// The id of the leaflet's section, which the contents link to (`booklet-part-1`, `booklet-part-2`, ...).
    pub id: String,
    /// The page of the printed booklet the leaflet starts on, once known (`leafpress pdf`
    /// prints the booklet twice: the first print tells the page numbers).
    pub page_number: Option<usize>,
    /// The leaflet's template (`alert-card.html` for the alert card, whose sheet the booklet
    /// includes too).
    pub template: &'a str,
    /// The leaflet, as on its own page.
    pub page: LeafletView<'a>,
}

/// Context of `search.html`, a language's search page (`<lang>/search/`).
#[derive(Debug, Clone, Serialize)]
pub struct SearchContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub head: Head<'a>,
    /// The search page's own values.
    pub search: SearchView<'a>,
}

/// A search page's own values (docs/search.md, "The search page's template").
#[derive(Debug, Clone, Serialize)]
pub struct SearchView<'a> {
    /// Relative URL of the language's index script (`index.js`, beside the page).
    pub index: String,
    /// Relative URL of the theme's `search.js`.
    pub script: String,
    /// Relative URL of the theme's `search.css`, the search page's own styles.
    pub stylesheet: String,
    /// The `search-results` message for each plural category of the language, as a JSON
    /// object (`{"zero": ..., "one": ..., "other": ...}`; `zero` is for no result), with
    /// `{count}` and `{query}` where the number and the searched words go.
    pub results: String,
    /// The A to Z list: one group per first letter.
    pub topics: Vec<TopicGroupView<'a>>,
}

/// The topics of the A to Z list that start with one letter.
#[derive(Debug, Clone, Serialize)]
pub struct TopicGroupView<'a> {
    /// The letter, in capitals (`#` for digits).
    pub letter: String,
    /// Its topics, in order.
    pub topics: Vec<TopicView<'a>>,
}

/// An entry of the A to Z list.
#[derive(Debug, Clone, Serialize)]
pub struct TopicView<'a> {
    /// A leaflet's title, a heading or a glossary word.
    pub text: String,
    /// Its link.
    pub url: String,
    /// For a heading or glossary word, the title of its page; else empty.
    pub page: &'a str,
    /// True for a word explained in the glossary.
    pub glossary: bool,
    /// The language of `text` and `page` when it is not the page's (a fallback leaflet); else
    /// `None`.
    pub lang: Option<&'a str>,
    /// The direction of that language, with `lang`.
    pub dir: Option<&'a str>,
}
