//! Stage 5: pages to HTML. Pure: takes the site model, the compiled theme and the Fluent
//! bundles, returns strings and diagnostics, touches no disk, so it runs in parallel and
//! `serve` can render into memory.

mod booklet;
pub use booklet::{booklet_url, is_part_id};
pub mod context;
mod provenance;
pub mod search;
pub mod site;

use std::cell::RefCell;
use std::collections::HashSet;
use std::io;

use serde::Serialize;

use crate::config::Language;
use crate::content::Leaflet;
use crate::content::front_matter::Audience;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::markdown::{self, CalloutTitles, InternalLink, LinkError, ProblemKind, RenderOptions};
use crate::readability;
use crate::site::{HOME_IDENTITY, Page, Site};
use crate::theme::Theme;
use crate::translation::{self, Review, State};
use crate::url;
use context::{
    Alternate, AudienceList, EmergencyView, Head, HomeContext, LanguageCoverage, LanguageLink,
    LanguageRef, LeafletContext, LeafletView, ListItem, NavLink, OrganisationView, Outdated,
    PlainContext, QualityContext, QualityRow, QualityScore, SiteView, StatusCell, StatusContext,
    StatusRow,
};

/// The id of the check that every leaflet page links the emergency number, when the site
/// declares `emergency:`. The render of `check` finds it (see [`MarkdownProblems::EveryPage`]).
pub const URGENT_HELP: &str = "urgent-help";

/// The path of the theme's stylesheet under the output root.
pub const STYLESHEET: &str = "style.css";

/// Renders pages. Holds only shared references; cheap to use from many threads.
pub struct Renderer<'a> {
    /// The site model.
    pub site: &'a Site,
    /// The compiled theme.
    pub theme: &'a Theme,
    /// UI strings.
    pub i18n: &'a I18n,
    /// Paths (from the output root) of the files copied from `static/` and the theme.
    pub static_paths: &'a HashSet<String>,
    /// Which pages report the problems of the Markdown they show.
    pub markdown_problems: MarkdownProblems,
}

/// Which pages report the problems of the Markdown they show: broken links, unsafe URLs and
/// raw HTML. A leaflet's text is shown on its own page and, as a fallback, on the pages (and
/// home pages) of languages without a translation, where its links resolve in that language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MarkdownProblems {
    /// Only the text's own page: each problem once, as warnings. What `build` and `serve`
    /// report.
    #[default]
    OwnPage,
    /// Also the pages of other languages that show the text, for what only they have: links
    /// that break in that language (an anchor a translation lacks), with a note naming the
    /// page's language. What `check` reports, so that it needs no second rendering. Pages are
    /// reported in site order; the same problem on several such pages comes once per page.
    /// Every leaflet page also reports a missing `tel:` link to its language's emergency
    /// number ([`URGENT_HELP`]), which only the rendered page can show.
    EveryPage,
}

/// A rendered page: its HTML and the problems found on the way. Fluent warnings are collected
/// separately, by [`I18n::take_problems`].
pub type Rendered = (String, Vec<Diagnostic>);

/// A writer that keeps the first error of the writer it passes bytes to, which Tera's own error
/// would only describe.
struct Recording<'w> {
    out: &'w mut dyn io::Write,
    error: Option<io::Error>,
}

impl io::Write for Recording<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.out.write(bytes).map_err(|error| self.keep(error))
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes).map_err(|error| self.keep(error))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush().map_err(|error| self.keep(error))
    }
}

impl Recording<'_> {
    fn keep(&mut self, error: io::Error) -> io::Error {
        let kind = error.kind();
        self.error.get_or_insert(error);
        io::Error::from(kind)
    }
}

impl<'a> Renderer<'a> {
    /// A renderer for `site` with a compiled theme, its messages and static files.
    pub fn new(site: &'a Site, compiled: &'a crate::Compiled) -> Renderer<'a> {
        Renderer {
            site,
            theme: &compiled.theme,
            i18n: &compiled.i18n,
            static_paths: compiled.static_files.paths(),
            markdown_problems: MarkdownProblems::OwnPage,
        }
    }

    fn language(&self, code: &str) -> &Language {
        self.site
            .config
            .language(code)
            .expect("pages are only made for configured languages")
    }

    /// Site-wide texts in `lang`: each from a message of `lang`'s chain (`site-title`,
    /// `site-organisation`, `site-funding`) when one defines it, else `site.yaml`'s text, which
    /// is in the default language. Each comes with the language it is actually in.
    fn site_view(&self, lang: &str) -> SiteView<'_> {
        let config = &self.site.config;
        let default = self.language(&config.default_language);
        let translated = |id: &str, fallback: &str| match self.i18n.message_language(lang, id) {
            Some(code) => (self.i18n.message(lang, id, None), self.language(code)),
            None => (fallback.to_string(), default),
        };
        let (title, title_language) = translated("site-title", &config.title);
        let organisation = config
            .organisation
            .as_ref()
            .map(|o| (o, translated("site-organisation", &o.name)));
        let funding = config
            .funding
            .as_deref()
            .map(|f| translated("site-funding", f));
        SiteView {
            title,
            title_lang: &title_language.code,
            title_dir: title_language.dir.as_str(),
            default_language: &config.default_language,
            default_language_name: &default.name,
            organisation_lang: organisation.as_ref().map(|(_, (_, l))| l.code.as_str()),
            organisation_dir: organisation.as_ref().map(|(_, (_, l))| l.dir.as_str()),
            organisation: organisation.map(|(o, (name, _))| OrganisationView {
                name,
                url: o.url.as_deref(),
                contact: o.contact.as_deref(),
                contact_href: o.contact.as_deref().and_then(contact_href),
            }),
            funding_lang: funding.as_ref().map(|(_, l)| l.code.as_str()),
            funding_dir: funding.as_ref().map(|(_, l)| l.dir.as_str()),
            funding: funding.map(|(text, _)| text),
        }
    }

    /// The head of a page at `url` (a path from the root) in `lang`.
    fn head<'s>(&'s self, url: &str, lang: &'s str, title: String) -> Head<'s> {
        let language = self.language(lang);
        Head {
            lang,
            dir: language.dir.as_str(),
            root: url::root_prefix(url),
            stylesheet: self.site.relative(url, STYLESHEET),
            home_url: self.site.relative(url, &format!("{lang}/")),
            languages_url: self.site.relative(url, ""),
            title,
            description: None,
            canonical: self.site.absolute(url),
            noindex: false,
            alternates: Vec::new(),
            switcher: Vec::new(),
            site: self.site_view(lang),
            emergency: language.emergency.as_ref().map(|e| EmergencyView {
                number: &e.number,
                tel: e.tel(),
                helpline: e.helpline.as_deref(),
                helpline_tel: e.helpline_tel(),
            }),
            search_url: self
                .site
                .config
                .search
                .enabled
                .then(|| self.site.relative(url, &search::page_url(lang))),
        }
    }

    /// The template context of `view`; `what` names the page for the error.
    fn context<T: Serialize>(&self, view: &T, what: &str) -> Result<tera::Context, Diagnostic> {
        tera::Context::from_serialize(view).map_err(|error| {
            Diagnostic::error(format!(
                "cannot build the template context for {what}: {error}"
            ))
        })
    }

    fn render<T: Serialize>(
        &self,
        template: &str,
        view: &T,
        what: &str,
    ) -> Result<String, Diagnostic> {
        let context = self.context(view, what)?;
        self.theme.tera.render(template, &context).map_err(|error| {
            self.theme.diagnostic(
                &error,
                "fix the template; every page that uses this part of it fails the same way",
            )
        })
    }

    /// Renders `template` with `context` into `out`, for a page of megabytes (the translators'
    /// page of a large site) to be written as it is made rather than held whole. `file` names
    /// the file `out` writes, for its errors.
    fn render_into(
        &self,
        template: &str,
        context: &tera::Context,
        file: &str,
        out: &mut dyn io::Write,
    ) -> Result<(), Diagnostic> {
        let mut out = Recording { out, error: None };
        let rendered = self.theme.tera.render_to(template, context, &mut out);
        if let Some(error) = out.error {
            return Err(Diagnostic::error(format!("cannot write {file}: {error}")));
        }
        rendered.map_err(|error| {
            self.theme.diagnostic(
                &error,
                "fix the template; every page that uses this part of it fails the same way",
            )
        })
    }

    /// Renders one leaflet page.
    pub fn leaflet(&self, page: &Page) -> Result<Rendered, Diagnostic> {
        let (head, view, diagnostics) = self.leaflet_view(page, crate::qr::FILE_NAME.into());
        let leaflet = &self.site.leaflets[page.source];
        let template = self.leaflet_template(leaflet)?;
        let html = self.render(
            template,
            &LeafletContext { head, page: view },
            &format!("`{}`", leaflet.file.display_path.display()),
        )?;
        let mut diagnostics = diagnostics;
        if self.markdown_problems == MarkdownProblems::EveryPage {
            diagnostics.extend(self.missing_urgent_help(page, leaflet, template, &html));
        }
        Ok((html, diagnostics))
    }

    /// The template a leaflet is rendered with: its `template:`, else `leaflet.html`; an error
    /// naming the leaflet when the theme has no such template.
    fn leaflet_template<'l>(&self, leaflet: &'l Leaflet) -> Result<&'l str, Diagnostic> {
        let template = leaflet.front.template.as_deref().unwrap_or("leaflet.html");
        if self.theme.has_template(template) {
            return Ok(template);
        }
        Err(Diagnostic::error(format!(
            "the template `{template}` does not exist in the theme"
        ))
        .in_file(&leaflet.file.display_path)
        .with_help("use one of the theme's templates, or add it under `themes/<name>/templates/`"))
    }

    /// The head and the view of a leaflet page, with the Markdown problems of its text. `qr` is
    /// the URL of the page's QR code from wherever the view is shown.
    fn leaflet_view<'s>(
        &'s self,
        page: &'s Page,
        qr: String,
    ) -> (Head<'s>, LeafletView<'s>, Vec<Diagnostic>) {
        let site = self.site;
        let leaflet = &site.leaflets[page.source];
        let front = &leaflet.front;
        let source_language = self.language(&leaflet.file.language);
        let (content, toc, diagnostics) = self.body(leaflet, page);
        let mut head = self.head(&page.url, &page.language, front.title.clone());
        head.description = front.summary.clone();
        head.noindex = page.is_fallback;
        if page.is_fallback {
            if let Some(real) = site.page(&page.identity, &leaflet.file.language) {
                head.canonical = site.absolute(&real.url);
            }
        } else {
            head.alternates = self.alternates(&page.identity);
        }
        head.switcher = self.switcher(&page.url, |code| site.page(&page.identity, code));
        let provenance = self.provenance(page, leaflet);
        let json_ld = json_ld(
            &head,
            leaflet,
            &source_language.code,
            &provenance,
            self.is_based_on(page),
        );
        let (previous, next) = self.neighbours(page);
        let view = LeafletView {
            title: &front.title,
            address: site.absolute(&page.url),
            qr,
            summary: front.summary.as_deref(),
            content,
            toc,
            body_lang: &source_language.code,
            body_dir: source_language.dir.as_str(),
            is_fallback: page.is_fallback,
            source_language_name: &source_language.name,
            outdated: self.outdated(page),
            provenance,
            authors: &front.authors,
            sources: &front.sources,
            funding: front.funding.as_deref(),
            tags: &front.tags,
            json_ld,
            audience: front.audience,
            for_patients: front.audience.is_patients(),
            previous,
            next,
            second_language: site.config.card_second_language(&page.language).map(|l| {
                LanguageRef {
                    code: &l.code,
                    dir: l.dir.as_str(),
                }
            }),
        };
        (head, view, diagnostics)
    }

    /// The leaflets before and after `page` in its language's patients' reading order
    /// ([`Site::reading_order`]), as links from `page`; none for a leaflet written for another
    /// audience, which is not in that order.
    fn neighbours(&self, page: &Page) -> (Option<NavLink<'_>>, Option<NavLink<'_>>) {
        let Some(index) = self.site.page_index(&page.identity, &page.language) else {
            return (None, None);
        };
        let link = |target: &Page| {
            let leaflet = &self.site.leaflets[target.source];
            let language = self.language(&leaflet.file.language);
            NavLink {
                title: &leaflet.front.title,
                url: self.site.relative(&page.url, &target.url),
                lang: &language.code,
                dir: language.dir.as_str(),
            }
        };
        let (previous, next) = self.site.reading_neighbours(index);
        (previous.map(link), next.map(link))
    }

    /// The `urgent-help` finding for a leaflet page without a `tel:` link to its language's
    /// emergency number, when the site declares one: found in the HTML `check` renders anyway.
    fn missing_urgent_help(
        &self,
        page: &Page,
        leaflet: &Leaflet,
        template: &str,
        html: &str,
    ) -> Option<Diagnostic> {
        let emergency = self.language(&page.language).emergency.as_ref()?;
        let tel = emergency.tel();
        if html.contains(&format!("href=\"tel:{tel}\"")) {
            return None;
        }
        Some(
            Diagnostic::warning(format!(
                "the `{}` page of this leaflet has no `tel:{tel}` link to the emergency number {}: its template `{template}` does not show the \"Get help now\" box",
                page.language, emergency.number
            ))
            .with_code(URGENT_HELP)
            .in_file(&leaflet.file.display_path)
            .with_help(
                "include `urgent-help.html` in the template (the default theme's `leaflet-article.html` does), or link the number in the text as `[112](tel:112)`",
            ),
        )
    }

    /// Renders a leaflet's Markdown for `page`, with links resolved in the page's language.
    /// Its problems are reported as [`Renderer::markdown_problems`] says.
    fn body(
        &self,
        leaflet: &Leaflet,
        page: &Page,
    ) -> (String, Vec<markdown::TocEntry>, Vec<Diagnostic>) {
        let text = match leaflet.text() {
            Ok(text) => text,
            Err(error) => return (String::new(), Vec::new(), vec![error]),
        };
        let folder = leaflet
            .file
            .identity
            .rsplit_once('/')
            .map_or("", |(folder, _)| folder);
        let text_language = &leaflet.file.language;
        // A callout is part of the text, so its title is in the text's language.
        let callout_titles = CalloutTitles::new(|kind| {
            self.i18n
                .message(text_language, &format!("callout-{kind}"), None)
        });
        let options = RenderOptions {
            folder,
            allow_raw_html: self.site.config.allow_raw_html,
            rtl: self.language(text_language).dir == crate::lang::Direction::Rtl,
            callout_titles: &callout_titles,
        };
        let every_page = self.markdown_problems == MarkdownProblems::EveryPage;
        let copy_reports = page.is_fallback && every_page;
        // On a page showing another language's text: for each link that does not resolve here,
        // whether it does not resolve on the text's own page either (which then reports it).
        let broken_on_own_page = RefCell::new(Vec::new());
        let own_url = if copy_reports {
            self.own_url(leaflet)
        } else {
            String::new()
        };
        let resolve = |link: &InternalLink<'_>| {
            let resolved = self.resolve(&page.url, &page.language, link);
            if copy_reports && resolved.is_err() {
                let own = self.resolve(&own_url, &leaflet.file.language, link);
                broken_on_own_page.borrow_mut().push(own.is_err());
            }
            resolved
        };
        let rendered = markdown::render(leaflet.body_of(&text), &options, &resolve);
        if page.is_fallback && !every_page {
            return (rendered.html, rendered.toc, Vec::new());
        }
        // `markdown::render` calls `resolve` once per internal link, in order, and makes each
        // failure one broken-link problem, so the n-th broken link is the n-th failure.
        let mut broken_on_own_page = broken_on_own_page.into_inner().into_iter();
        let diagnostics = rendered
            .problems
            .into_iter()
            .filter(|problem| {
                !copy_reports
                    || match problem.kind {
                        ProblemKind::BrokenLink => !broken_on_own_page.next().unwrap_or(true),
                        // The same on every page that shows the text: the own page reports it.
                        ProblemKind::UnsafeUrl
                        | ProblemKind::RawHtml
                        | ProblemKind::UnclosedHtml
                        | ProblemKind::HtmlTooDeep => false,
                    }
            })
            .map(|problem| {
                let message = if page.is_fallback {
                    format!(
                        "{} (on the `{}` page, which shows this text)",
                        problem.message, page.language
                    )
                } else {
                    problem.message
                };
                // Too deep an HTML nesting stops every build and is no check's; the other
                // problems carry the code of the check that reports them.
                let diagnostic = match problem.kind {
                    ProblemKind::HtmlTooDeep => Diagnostic::error(message),
                    kind if kind.is_error() => Diagnostic::error(message).with_code(kind.code()),
                    kind => Diagnostic::warning(message).with_code(kind.code()),
                };
                leaflet
                    .locate_in(&text, diagnostic, leaflet.body_offset + problem.offset)
                    .with_help(problem.help)
            })
            .collect();
        (rendered.html, rendered.toc, diagnostics)
    }

    /// The URL of the page that shows a leaflet in its own language (a home page for an intro).
    fn own_url(&self, leaflet: &Leaflet) -> String {
        let language = &leaflet.file.language;
        if leaflet.file.identity == HOME_IDENTITY {
            return format!("{language}/");
        }
        self.site
            .page(&leaflet.file.identity, language)
            .map_or_else(|| format!("{language}/"), |page| page.url.clone())
    }

    fn resolve(
        &self,
        from: &str,
        language: &str,
        link: &InternalLink<'_>,
    ) -> Result<String, LinkError> {
        resolve_link(self.site, self.static_paths, from, language, link)
    }

    /// hreflang alternates of a leaflet's real translations, then `x-default`.
    fn alternates(&self, identity: &str) -> Vec<Alternate<'_>> {
        let site = self.site;
        let mut alternates: Vec<Alternate<'_>> = site
            .translations(identity)
            .map(|p| Alternate {
                hreflang: &self.language(&p.language).code,
                href: site.absolute(&p.url),
            })
            .collect();
        if let Some(default) = site.page(identity, &site.config.default_language)
            && !default.is_fallback
        {
            alternates.push(Alternate {
                hreflang: "x-default",
                href: site.absolute(&default.url),
            });
        }
        alternates
    }

    /// One switcher entry per language in which `target` gives a page.
    fn switcher<'p>(
        &'p self,
        from: &str,
        target: impl Fn(&str) -> Option<&'p Page>,
    ) -> Vec<LanguageLink<'p>> {
        self.site
            .config
            .languages
            .iter()
            .filter_map(|language| {
                let page = target(&language.code)?;
                let shown = self.language(&self.site.leaflets[page.source].file.language);
                Some(LanguageLink {
                    code: &language.code,
                    name: &language.name,
                    dir: language.dir.as_str(),
                    url: self.site.relative(from, &page.url),
                    current: page.url == from,
                    translated: !page.is_fallback,
                    shown_language_name: &shown.name,
                    coverage: None,
                })
            })
            .collect()
    }

    /// Renders a language's home page.
    pub fn home(&self, lang: &str) -> Result<Rendered, Diagnostic> {
        let site = self.site;
        let url = format!("{lang}/");
        let mut head = self.head(&url, lang, self.site_view(lang).title);
        head.alternates = site
            .config
            .languages
            .iter()
            .filter(|l| !site.home_is_fallback(&l.code))
            .map(|l| Alternate {
                hreflang: &l.code,
                href: site.absolute(&format!("{}/", l.code)),
            })
            .chain(std::iter::once(Alternate {
                hreflang: "x-default",
                href: site.absolute(""),
            }))
            .collect();
        head.switcher = self.language_homes(&url);
        let mut diagnostics = Vec::new();
        let intro_leaflet = site.home_intro(lang);
        let mut intro_provenance = None;
        let intro = intro_leaflet.map(|leaflet| {
            let home_page = Page {
                identity: leaflet.file.identity.clone(),
                language: lang.to_string(),
                source: 0,
                is_fallback: leaflet.file.language != lang,
                url: url.clone(),
            };
            let (html, _, problems) = self.body(leaflet, &home_page);
            diagnostics.extend(problems);
            head.description = leaflet.front.summary.clone();
            intro_provenance = Some(self.provenance(&home_page, leaflet));
            html
        });
        let intro_language =
            self.language(intro_leaflet.map_or(lang, |l| l.file.language.as_str()));
        // A home page whose intro is another language's text is a fallback page: told so, and
        // kept out of search results like a leaflet's fallback page.
        let intro_is_fallback = site.home_is_fallback(lang);
        head.noindex = intro_is_fallback;
        let list = |audience: Audience| -> Vec<ListItem<'_>> {
            site.pages_for(lang, audience)
                .map(|page| self.list_item(&url, page))
                .collect()
        };
        let leaflets = list(Audience::Patients);
        let other_audiences = Audience::ALL
            .iter()
            .filter(|audience| !audience.is_patients())
            .map(|&audience| AudienceList {
                audience,
                leaflets: list(audience),
            })
            .filter(|list| !list.leaflets.is_empty())
            .collect();
        let view = HomeContext {
            head,
            intro,
            intro_lang: &intro_language.code,
            intro_dir: intro_language.dir.as_str(),
            intro_provenance,
            intro_is_fallback,
            intro_language_name: &intro_language.name,
            leaflets,
            other_audiences,
        };
        let html = self.render("home.html", &view, &format!("the `{lang}` home page"))?;
        Ok((html, diagnostics))
    }

    /// A page as an item of the list on the home page at `from`.
    fn list_item(&self, from: &str, page: &Page) -> ListItem<'_> {
        let leaflet = &self.site.leaflets[page.source];
        let language = self.language(&leaflet.file.language);
        ListItem {
            title: &leaflet.front.title,
            summary: leaflet.front.summary.as_deref(),
            url: self.site.relative(from, &page.url),
            lang: &language.code,
            dir: language.dir.as_str(),
            language_name: &language.name,
            is_fallback: page.is_fallback,
        }
    }

    fn language_homes(&self, from: &str) -> Vec<LanguageLink<'_>> {
        self.site
            .config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url: self.site.relative(from, &format!("{}/", l.code)),
                current: from == format!("{}/", l.code),
                translated: true,
                shown_language_name: &l.name,
                coverage: Some(self.coverage(&l.code)),
            })
            .collect()
    }

    /// How many of the default language's leaflets `code` has a real translation of.
    fn coverage(&self, code: &str) -> LanguageCoverage {
        let site = self.site;
        let default = site.config.default_language.as_str();
        let mut coverage = LanguageCoverage {
            translated: 0,
            total: 0,
        };
        for leaflet in site.leaflets.iter() {
            let file = &leaflet.file;
            if file.identity == HOME_IDENTITY {
                continue;
            }
            if file.language == default {
                coverage.total += 1;
            }
            if file.language == code && site.leaflet(&file.identity, default).is_some() {
                coverage.translated += 1;
            }
        }
        coverage
    }

    /// Whether a real translation page was made from an older source version, and where the
    /// source page is.
    fn outdated(&self, page: &Page) -> Option<Outdated> {
        let default = &self.site.config.default_language;
        if page.is_fallback
            || page.language == *default
            || self.site.leaflets[page.source]
                .front
                .translation_of
                .is_none()
        {
            return None;
        }
        if translation::state(self.site, &page.identity, &page.language) != State::Outdated {
            return None;
        }
        let source_page = self.site.page(&page.identity, default)?;
        let source = &self.site.leaflets[source_page.source];
        let language = self.language(default);
        Some(Outdated {
            source_url: self.site.relative(&page.url, &source_page.url),
            source_language_name: language.name.clone(),
            source_lang: language.code.clone(),
            updated_display: source
                .front
                .date
                .or(source.front.reviewed)
                .map(|d| self.i18n.date(&page.language, d)),
        })
    }

    /// Renders the translators' page, the file `file`, into `out`: every leaflet's state in every
    /// language. Not linked from patients' pages, and `noindex`. Written as it is made: with
    /// 2,000 leaflets in 24 languages it is 5.5 MB, and its template context three times that.
    pub fn translation_status(
        &self,
        file: &str,
        out: &mut dyn io::Write,
    ) -> Result<(), Diagnostic> {
        let lang = self.site.config.default_language.as_str();
        let url = "translation-status/";
        let mut head = self.head(
            url,
            lang,
            self.i18n.message(lang, "translation-status", None),
        );
        head.noindex = true;
        head.search_url = None;
        let (rows, languages) = translation::matrix(self.site);
        let view = StatusContext { head, languages };
        let mut context = self.context(&view, "the translators' page")?;
        // Each row becomes a template value as it is made, rather than all rows being made
        // first and then copied into values.
        let rows: Vec<tera::Value> = rows
            .into_iter()
            .map(|row| {
                let row = StatusRow {
                    cells: view
                        .languages
                        .iter()
                        .map(|language| {
                            let review = row.reviews.get(&language.language).copied();
                            StatusCell {
                                state: row.states[&language.language].as_str(),
                                review: review.map(Review::as_str),
                                reviewed_on: review
                                    .and_then(Review::reviewed_on)
                                    .map(|date| self.i18n.date(lang, date)),
                                url: self
                                    .site
                                    .page(&row.identity, &language.language)
                                    .filter(|p| !p.is_fallback)
                                    .map(|p| self.site.relative(url, &p.url)),
                            }
                        })
                        .collect(),
                    identity: row.identity,
                    title: row.title,
                };
                tera::Value::from_serializable(&row)
            })
            .collect();
        context.insert_value("rows", tera::Value::from(rows));
        self.render_into("translation-status.html", &context, file, out)
    }

    /// Renders the editors' report of a language: readability and review dates of each of its
    /// own leaflets, as of `today`. `noindex`, and linked from no patient page.
    pub fn quality(&self, lang: &str, today: jiff::civil::Date) -> Result<Rendered, Diagnostic> {
        let url = format!("quality/{lang}/");
        let mut head = self.head(
            &url,
            lang,
            format!(
                "{} ({lang})",
                self.i18n.message(lang, "quality-report", None)
            ),
        );
        head.noindex = true;
        head.search_url = None;
        let window = self.site.config.checks.review_window_days;
        let rows = self
            .site
            .pages_of(lang)
            .filter(|page| !page.is_fallback)
            .map(|page| {
                let leaflet = &self.site.leaflets[page.source];
                let measures = leaflet.readability();
                let targets = &self.site.config.checks.readability;
                let scores = readability::scores(measures, &leaflet.file.language, targets)
                    .into_iter()
                    .map(QualityScore::from)
                    .collect();
                let next = leaflet.front.next_review;
                let review_state = match next {
                    None => "missing",
                    Some(next) if next < today => "overdue",
                    Some(next) if i64::from((next - today).get_days()) <= window => "due-soon",
                    Some(_) => "ok",
                };
                QualityRow {
                    title: &leaflet.front.title,
                    url: self.site.relative(&url, &page.url),
                    scores,
                    average_sentence_words: round_tenth(measures.average_sentence_words),
                    next_review: next.map(|d| d.to_string()),
                    review_state,
                }
            })
            .collect();
        let view = QualityContext {
            head,
            rows,
            date: today.to_string(),
        };
        let html = self.render("quality.html", &view, "the editors' report")?;
        Ok((html, Vec::new()))
    }

    /// Renders the language picker at the site root.
    pub fn languages(&self) -> Result<Rendered, Diagnostic> {
        let lang = self.site.config.default_language.as_str();
        let mut head = self.head("", lang, self.site_view(lang).title);
        head.switcher = self.language_homes("");
        // The picker is every language's: it has no one language's search.
        head.search_url = None;
        head.switcher.sort_by_cached_key(|link| {
            (
                link.code != lang,
                crate::lang::name_sort_key(link.name),
                link.code,
            )
        });
        let html = self.render(
            "languages.html",
            &PlainContext { head },
            "the language picker",
        )?;
        Ok((html, Vec::new()))
    }

    /// Renders `404.html`. Links in it are written from the base URL's path, because a web
    /// server shows this page at whatever address was missing.
    pub fn not_found(&self) -> Result<Rendered, Diagnostic> {
        let lang = self.site.config.default_language.as_str();
        let mut head = self.head("", lang, self.i18n.message(lang, "page-not-found", None));
        let base_path = base_path(&self.site.config.base_url);
        head.root = base_path.clone();
        head.stylesheet = format!("{base_path}{STYLESHEET}");
        head.home_url = format!("{base_path}{lang}/");
        head.languages_url = base_path.clone();
        head.search_url = head
            .search_url
            .as_ref()
            .map(|_| format!("{base_path}{}", search::page_url(lang)));
        head.noindex = true;
        head.switcher = self
            .language_homes("")
            .into_iter()
            .map(|mut link| {
                link.url = format!("{base_path}{}", link.url);
                link.current = false;
                link
            })
            .collect();
        let html = self.render("404.html", &PlainContext { head }, "the 404 page")?;
        Ok((html, Vec::new()))
    }
}

/// Where an internal link of a page at `from` in `language` goes: the target leaflet's page in
/// that language (or its fallback), checked for the `#fragment`; or a file from `static_paths`.
fn resolve_link(
    site: &Site,
    static_paths: &HashSet<String>,
    from: &str,
    language: &str,
    link: &InternalLink<'_>,
) -> Result<String, LinkError> {
    match link {
        InternalLink::Leaflet { identity, fragment } => {
            let Some(target) = site.link_target(identity, language) else {
                if site.unparsed.contains(identity) {
                    // The target's file has an error, reported on its own; the link is right.
                    return Ok(site.relative(from, &format!("{language}/{identity}/")));
                }
                return Err(LinkError::nowhere(format!(
                    "there is no leaflet `{identity}.md` in `content/{language}/` or its fallback languages"
                )));
            };
            let url = site.relative(from, &target.url);
            match fragment {
                None => Ok(url),
                Some(fragment) => {
                    let leaflet = &site.leaflets[target.source];
                    if leaflet.has_anchor(fragment) {
                        Ok(format!("{url}#{fragment}"))
                    } else {
                        Err(LinkError {
                            reason: format!(
                                "`{}` has no heading with the id `{fragment}`",
                                leaflet.file.display_path.display()
                            ),
                            fallback_url: Some(url),
                        })
                    }
                }
            }
        }
        InternalLink::RootFile(file) => {
            let path = file.split(['#', '?']).next().unwrap_or(file);
            if static_paths.contains(path) {
                Ok(format!("{}{}", url::root_prefix(from), file))
            } else {
                Err(LinkError::nowhere(format!(
                    "there is no file `static/{path}`"
                )))
            }
        }
    }
}

/// The link target of a contact: `mailto:` for an e-mail address (one `@`, no spaces), `tel:`
/// for a phone number (digits with the usual `+ - ( ) .` and spaces, at least three digits).
fn contact_href(contact: &str) -> Option<String> {
    let contact = contact.trim();
    if let Some((local, domain)) = contact.split_once('@') {
        let plain = |part: &str| {
            !part.is_empty() && !part.contains(|c: char| c.is_whitespace() || "@<>\"".contains(c))
        };
        return (plain(local) && plain(domain) && domain.contains('.'))
            .then(|| format!("mailto:{contact}"));
    }
    let phone_like = contact
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = contact.chars().filter(char::is_ascii_digit).count();
    (phone_like && digits >= 3).then(|| format!("tel:{}", crate::config::tel_digits(contact)))
}

/// A number rounded to one decimal, for the editors' report.
fn round_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The path part of the base URL (`https://example.org/guide/` → `/guide/`).
fn base_path(base_url: &str) -> String {
    let without_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    match without_scheme.find('/') {
        Some(slash) if base_url.contains("://") => without_scheme[slash..].to_string(),
        _ if base_url.starts_with('/') => base_url.to_string(),
        _ => "/".to_string(),
    }
}

/// The schema.org `MedicalWebPage` description, safe to put inside `<script>`. Its `audience`
/// is the leaflet's (`Patient` or `Clinician`). It declares
/// `lastReviewed` and `reviewedBy` only for a review of the text in the page's own language
/// (`provenance.review_own`), and the source page a translation or fallback is based on.
fn json_ld(
    head: &Head<'_>,
    leaflet: &Leaflet,
    body_lang: &str,
    provenance: &context::Provenance<'_>,
    is_based_on: Option<String>,
) -> String {
    let front = &leaflet.front;
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": front.title,
        "url": head.canonical,
        "inLanguage": body_lang,
        "audience": {"@type": "MedicalAudience", "audienceType": front.audience.schema_type()},
    });
    let object = value.as_object_mut().expect("built as an object");
    if let Some(summary) = &front.summary {
        object.insert("description".into(), summary.clone().into());
    }
    if let Some(reviewed) = front.reviewed.filter(|_| provenance.review_own) {
        object.insert("lastReviewed".into(), reviewed.to_string().into());
    }
    if let Some(changed) = front.date {
        object.insert("dateModified".into(), changed.to_string().into());
    }
    let people = |names: &[String]| -> serde_json::Value {
        names
            .iter()
            .map(|name| serde_json::json!({"@type": "Person", "name": name}))
            .collect()
    };
    if !provenance.reviewers.is_empty() {
        object.insert("reviewedBy".into(), people(provenance.reviewers));
    }
    if !provenance.translators.is_empty() {
        object.insert("translator".into(), people(provenance.translators));
    }
    if let Some(source) = is_based_on {
        object.insert("isBasedOn".into(), source.into());
    }
    if !front.authors.is_empty() {
        object.insert("author".into(), people(&front.authors));
    }
    if let Some(organisation) = &head.site.organisation {
        object.insert("publisher".into(), serde_json::json!({"@type": "Organization", "name": organisation.name, "url": organisation.url}));
    }
    if !front.sources.is_empty() {
        let citations: serde_json::Value = front
            .sources
            .iter()
            .map(|s| serde_json::json!({"@type": "CreativeWork", "name": s.title, "url": s.url}))
            .collect();
        object.insert("citation".into(), citations);
    }
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_links_by_kind() {
        assert_eq!(
            contact_href("info@example.org").as_deref(),
            Some("mailto:info@example.org")
        );
        assert_eq!(
            contact_href("+49 (30) 123-456").as_deref(),
            Some("tel:+4930123456")
        );
        assert_eq!(contact_href("Ring our office"), None);
        assert_eq!(contact_href("a@b"), None);
        assert_eq!(contact_href("see us @ the clinic"), None);
    }

    #[test]
    fn base_path_is_the_url_path() {
        assert_eq!(base_path("https://example.org/guide/"), "/guide/");
        assert_eq!(base_path("https://example.org/"), "/");
        assert_eq!(base_path("/"), "/");
    }
}
