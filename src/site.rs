//! Stage 4: the site model, the one source of truth about pages.
//!
//! Every (leaflet, language) pair becomes at most one [`Page`] with its URL, the leaflet whose
//! text it shows (its own translation or the nearest fallback), and its real translations.
//! URLs, fallback decisions and link targets are computed here once and only read afterwards.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rustc_hash::FxHashMap;

use crate::config::{Config, MissingTranslations};
use crate::content::Leaflet;
use crate::content::front_matter::Audience;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::url::{self, UrlStyle};

/// The identity of a language's home-page intro (`content/<lang>/index.md`).
pub const HOME_IDENTITY: &str = "index";

/// One page of the output: a leaflet shown in one language's URL space.
#[derive(Debug, Clone)]
pub struct Page {
    /// The leaflet's identity across languages (`side-effects`).
    pub identity: String,
    /// The language whose URL space, UI and notices the page is in.
    pub language: String,
    /// Index into [`Site::leaflets`] of the text shown.
    pub source: usize,
    /// True when the text shown is another language's, because this one has no translation.
    pub is_fallback: bool,
    /// Path from the site root, ending with `/` (`de/nebenwirkungen/`).
    pub url: String,
}

/// (identity, language) → index, looked up without allocating. FxHash: every page looks up
/// one per language and per link, and the keys are the site's own names, not an attacker's.
#[derive(Debug, Default)]
struct Index(FxHashMap<String, FxHashMap<String, usize>>);

impl Index {
    fn insert(&mut self, identity: &str, language: &str, index: usize) {
        self.0
            .entry(identity.to_string())
            .or_default()
            .insert(language.to_string(), index);
    }

    fn get(&self, identity: &str, language: &str) -> Option<usize> {
        self.0.get(identity)?.get(language).copied()
    }
}

/// The whole site: configuration, leaflets and pages.
#[derive(Debug)]
pub struct Site {
    /// The validated configuration.
    pub config: Config,
    /// Every leaflet in every language, home intros included.
    pub leaflets: Vec<Leaflet>,
    /// Every page, sorted by language (in `site.yaml` order), then `order`, then title.
    pub pages: Vec<Page>,
    /// How links are written: directory URLs, or `index.html` for `file://` use.
    pub url_style: UrlStyle,
    /// Identities of leaflets whose file (in some language) had errors and was left out. A
    /// link to one is not reported as broken: the error in that file is the thing to fix, and
    /// the link will work once it is fixed.
    pub unparsed: BTreeSet<String>,
    /// identity → language → leaflet index, for the leaflets that exist. Nested so that a
    /// lookup by `&str` allocates nothing (every page looks up one per language).
    by_source: Index,
    /// identity → language → page index.
    by_page: Index,
    /// language → the range of [`Site::pages`] that are its pages (they are sorted by language).
    by_language: HashMap<String, std::ops::Range<usize>>,
    /// For each page, the pages before and after it in its language's patients' reading order
    /// ([`Site::reading_order`]); both `None` for a page not in that order.
    reading_neighbours: Vec<(Option<usize>, Option<usize>)>,
}

impl Site {
    /// Builds the model and checks what only the whole site can tell: URL collisions.
    pub fn new(
        config: Config,
        leaflets: Vec<Leaflet>,
        url_style: UrlStyle,
        diagnostics: &mut Diagnostics,
    ) -> Site {
        let mut by_source = Index::default();
        let mut identities: Vec<&str> = Vec::new();
        for (index, leaflet) in leaflets.iter().enumerate() {
            by_source.insert(&leaflet.file.identity, &leaflet.file.language, index);
            if leaflet.file.identity != HOME_IDENTITY {
                identities.push(&leaflet.file.identity);
            }
        }
        identities.sort_unstable();
        identities.dedup();
        let mut pages = Vec::new();
        let mut by_language = HashMap::new();
        for language in &config.languages {
            let chain = std::iter::once(&language.code).chain(&language.fallback);
            let chain: Vec<&String> = chain.collect();
            let mut language_pages: Vec<Page> = Vec::new();
            for identity in &identities {
                let found = chain.iter().enumerate().find_map(|(depth, code)| {
                    by_source.get(identity, code).map(|index| (depth, index))
                });
                let Some((depth, source)) = found else {
                    continue;
                };
                let is_fallback = depth > 0;
                if is_fallback && config.missing_translations == MissingTranslations::Omit {
                    continue;
                }
                let slug = if is_fallback {
                    None
                } else {
                    leaflets[source].front.slug.as_deref()
                };
                language_pages.push(Page {
                    identity: identity.to_string(),
                    language: language.code.clone(),
                    source,
                    is_fallback,
                    url: page_url(&language.code, identity, slug),
                });
            }
            language_pages.sort_by(|a, b| {
                let (fa, fb) = (&leaflets[a.source].front, &leaflets[b.source].front);
                (fa.order.is_none(), fa.order, &fa.title, &a.identity).cmp(&(
                    fb.order.is_none(),
                    fb.order,
                    &fb.title,
                    &b.identity,
                ))
            });
            let start = pages.len();
            pages.extend(language_pages);
            by_language.insert(language.code.clone(), start..pages.len());
        }
        let mut by_page = Index::default();
        for (i, page) in pages.iter().enumerate() {
            by_page.insert(&page.identity, &page.language, i);
        }
        let reading_neighbours = reading_neighbours(&pages, &leaflets, &by_language);
        let site = Site {
            config,
            leaflets,
            pages,
            url_style,
            unparsed: BTreeSet::new(),
            by_source,
            by_page,
            by_language,
            reading_neighbours,
        };
        site.check_url_collisions(diagnostics);
        site
    }

    fn check_url_collisions(&self, diagnostics: &mut Diagnostics) {
        let mut seen: BTreeMap<String, &Page> = BTreeMap::new();
        for page in &self.pages {
            if self.config.search.enabled
                && !page.is_fallback
                && page
                    .url
                    .eq_ignore_ascii_case(&crate::render::search::page_url(&page.language))
            {
                let leaflet = &self.leaflets[page.source];
                diagnostics.push(
                    Diagnostic::error(format!(
                        "this leaflet makes the page `{}`, where the language's search page goes",
                        page.url
                    ))
                    .in_file(&leaflet.file.display_path)
                    .with_help("give it a different `slug:` or file name, or turn search off with `search: false` in site.yaml"),
                );
            }
            if let Some(first) = seen.insert(page.url.to_lowercase(), page) {
                let (a, b) = (&self.leaflets[first.source], &self.leaflets[page.source]);
                diagnostics.push(
                    Diagnostic::error(format!(
                        "this leaflet and `{}` both make the page `{}`",
                        a.file.display_path.display(),
                        page.url
                    ))
                    .in_file(&b.file.display_path)
                    .with_help("give one of them a different `slug:` or file name"),
                );
            }
        }
    }

    /// Takes the site apart into its configuration and leaflets, to build a new model.
    pub fn into_parts(self) -> (Config, Vec<Leaflet>) {
        (self.config, self.leaflets)
    }

    /// The leaflet for (identity, language), when that file exists.
    pub fn leaflet(&self, identity: &str, language: &str) -> Option<&Leaflet> {
        self.by_source
            .get(identity, language)
            .map(|i| &self.leaflets[i])
    }

    /// The page for (identity, language), when one is made.
    pub fn page(&self, identity: &str, language: &str) -> Option<&Page> {
        self.by_page.get(identity, language).map(|i| &self.pages[i])
    }

    /// The page a link to `identity` from a `language` page should go to: the page in that
    /// language, or (when missing translations are omitted) the nearest fallback's page.
    pub fn link_target(&self, identity: &str, language: &str) -> Option<&Page> {
        let config_language = self.config.language(language)?;
        std::iter::once(&config_language.code)
            .chain(&config_language.fallback)
            .find_map(|code| self.page(identity, code))
    }

    /// The pages of one language, in list order.
    pub fn pages_of<'a>(&'a self, language: &'a str) -> impl Iterator<Item = &'a Page> + 'a {
        let range = self.by_language.get(language).cloned().unwrap_or_default();
        self.pages[range].iter()
    }

    /// The pages before and after the page at `index` of [`Site::pages`] in its language's
    /// patients' reading order ([`Site::reading_order`]); none for a page not in that order.
    pub fn reading_neighbours(&self, index: usize) -> (Option<&Page>, Option<&Page>) {
        let (previous, next) = self.reading_neighbours[index];
        (
            previous.map(|i| &self.pages[i]),
            next.map(|i| &self.pages[i]),
        )
    }

    /// The index in [`Site::pages`] of the page for (identity, language).
    pub fn page_index(&self, identity: &str, language: &str) -> Option<usize> {
        self.by_page.get(identity, language)
    }

    /// The pages of one language in the patients' reading order: [`Site::pages_of`] without
    /// the leaflets written for another audience (`audience:`), which the previous and next
    /// links skip and the home page lists apart ([`Site::pages_for`]).
    pub fn reading_order<'a>(&'a self, language: &'a str) -> impl Iterator<Item = &'a Page> + 'a {
        self.pages_for(language, Audience::Patients)
    }

    /// The pages of one language written for `audience`, in list order.
    pub fn pages_for<'a>(
        &'a self,
        language: &'a str,
        audience: Audience,
    ) -> impl Iterator<Item = &'a Page> + 'a {
        self.pages_of(language)
            .filter(move |page| self.audience(page) == audience)
    }

    /// Who the text a page shows is written for.
    pub fn audience(&self, page: &Page) -> Audience {
        self.leaflets[page.source].front.audience
    }

    /// The real (not fallback) pages of a leaflet, in the order of `site.yaml`'s languages.
    pub fn translations<'a>(&'a self, identity: &'a str) -> impl Iterator<Item = &'a Page> + 'a {
        self.config
            .languages
            .iter()
            .filter_map(move |l| self.page(identity, &l.code))
            .filter(|p| !p.is_fallback)
    }

    /// The leaflet whose text is the intro of a language's home page, following fallbacks.
    pub fn home_intro(&self, language: &str) -> Option<&Leaflet> {
        let config_language = self.config.language(language)?;
        std::iter::once(&config_language.code)
            .chain(&config_language.fallback)
            .find_map(|code| self.leaflet(HOME_IDENTITY, code))
    }

    /// True when a language's home page shows another language's intro (it has no `index.md`
    /// of its own): a fallback page, `noindex`, left out of the sitemap and of alternates.
    pub fn home_is_fallback(&self, language: &str) -> bool {
        self.home_intro(language)
            .is_some_and(|intro| intro.file.language != language)
    }

    /// A link from the page at `from` (a path from the root) to `to`, relative, in this site's
    /// URL style.
    pub fn relative(&self, from: &str, to: &str) -> String {
        url::relative(from, to, self.url_style)
    }

    /// The absolute URL of a path from the root, for sitemaps, canonical and hreflang links.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.config.base_url, url::encode_path(path, true))
    }
}

/// For each page, the indexes of the pages before and after it in its language's patients'
/// reading order (its pages written for patients, in list order).
fn reading_neighbours(
    pages: &[Page],
    leaflets: &[Leaflet],
    by_language: &HashMap<String, std::ops::Range<usize>>,
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut neighbours = vec![(None, None); pages.len()];
    for range in by_language.values() {
        let order: Vec<usize> = range
            .clone()
            .filter(|&i| leaflets[pages[i].source].front.audience == Audience::Patients)
            .collect();
        for (position, &page) in order.iter().enumerate() {
            let previous = position.checked_sub(1).map(|before| order[before]);
            neighbours[page] = (previous, order.get(position + 1).copied());
        }
    }
    neighbours
}

/// `de` + `treatments/side-effects` + slug `nebenwirkungen` → `de/treatments/nebenwirkungen/`.
fn page_url(language: &str, identity: &str, slug: Option<&str>) -> String {
    let mut segments: Vec<&str> = identity.split('/').collect();
    if let (Some(slug), Some(last)) = (slug, segments.last_mut()) {
        *last = slug;
    }
    format!("{language}/{}/", segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_replaces_the_last_segment() {
        assert_eq!(
            page_url("de", "side-effects", Some("nebenwirkungen")),
            "de/nebenwirkungen/"
        );
        assert_eq!(page_url("de", "a/b", Some("c")), "de/a/c/");
        assert_eq!(page_url("en", "a/b", None), "en/a/b/");
    }
}
