//! A language's search page (`<lang>/search/`, template `search.html`) and the pages its
//! index lists.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::context::{SearchContext, SearchView, TopicGroupView, TopicView};
use super::{Rendered, Renderer};
use crate::diagnostics::Diagnostic;
use crate::search::{self, IndexedPage, TopicGroup};

/// The path of a language's search page from the root: `de/search/`.
pub fn page_url(lang: &str) -> String {
    format!("{lang}/{}/", search::FOLDER)
}

impl<'a> Renderer<'a> {
    /// The pages a language's index lists, in list order (its own leaflets and the fallback
    /// pages it shows), with their links from its search page.
    pub fn indexed_pages(&self, lang: &str) -> Vec<IndexedPage<'a>> {
        let from = page_url(lang);
        let site = self.site;
        site.pages_of(lang)
            .map(|page| {
                let leaflet = &site.leaflets[page.source];
                let label = if leaflet.file.language == lang {
                    String::new()
                } else {
                    let name = &self.language(&leaflet.file.language).name;
                    let mut args = fluent::FluentArgs::new();
                    args.set("language", name.as_str());
                    self.i18n.message(lang, "in-other-language", Some(&args))
                };
                IndexedPage {
                    leaflet,
                    url: site.relative(&from, &page.url),
                    label,
                }
            })
            .collect()
    }

    /// Renders a language's search page, with its A to Z list of `topics`.
    pub fn search(&self, lang: &str, topics: &[TopicGroup<'_>]) -> Result<Rendered, Diagnostic> {
        let url = page_url(lang);
        let mut head = self.head(&url, lang, self.i18n.message(lang, "search-title", None));
        // A page of results is no page for search engines to list.
        head.noindex = true;
        head.switcher = self
            .language_homes(&url)
            .into_iter()
            .map(|mut link| {
                link.url = self.site.relative(&url, &page_url(link.code));
                link.current = link.code == lang;
                // How much each language has translated is the home pages' business; here it
                // would tie every search page to every language's leaflets.
                link.coverage = None;
                link
            })
            .collect();
        let view = SearchContext {
            head,
            search: SearchView {
                index: "index.js".into(),
                script: self.site.relative(&url, SCRIPT),
                stylesheet: self.site.relative(&url, STYLESHEET),
                results: self.results_patterns(lang),
                topics: topics
                    .iter()
                    .map(|group| TopicGroupView {
                        letter: group.letter.clone(),
                        topics: group
                            .topics
                            .iter()
                            .map(|topic| {
                                let other = (topic.lang != lang).then(|| self.language(topic.lang));
                                TopicView {
                                    text: topic.text.clone(),
                                    url: topic.url.clone(),
                                    page: topic.page,
                                    glossary: topic.glossary,
                                    lang: other.map(|l| l.code.as_str()),
                                    dir: other.map(|l| l.dir.as_str()),
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            },
        };
        let html = self.render("search.html", &view, &format!("the `{lang}` search page"))?;
        Ok((html, Vec::new()))
    }

    /// The `search-results` message of `lang` for no result and for each plural category the
    /// language has, as a JSON object, with `{count}` and `{query}` for the number and words.
    fn results_patterns(&self, lang: &str) -> String {
        let message = |count: u64| {
            let mut args = fluent::FluentArgs::new();
            args.set("count", count);
            args.set("query", "{query}");
            let text = self.i18n.message(lang, "search-results", Some(&args));
            text.replacen(&count.to_string(), "{count}", 1)
        };
        let mut patterns = serde_json::Map::new();
        patterns.insert("0".into(), message(0).into());
        let rules = lang
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()
            .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
        for count in 1..=200u64 {
            let category = rules
                .as_ref()
                .and_then(|rules| rules.select(count).ok())
                .unwrap_or(PluralCategory::OTHER);
            let name = category_name(category);
            if !patterns.contains_key(name) {
                patterns.insert(name.into(), message(count).into());
            }
        }
        serde_json::Value::Object(patterns).to_string()
    }
}

/// The theme's script that searches, under the output root.
pub const SCRIPT: &str = "search.js";
/// The theme's stylesheet of the search page, under the output root.
pub const STYLESHEET: &str = "search.css";

/// A plural category's CLDR name, as `Intl.PluralRules` gives it in the browser.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}
