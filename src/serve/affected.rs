//! What a change affects: the parts of `serve`'s incremental rebuild that decide what to read
//! again and what to render again.
//!
//! - [`reread_content`]: which leaflet files to read again (new, named by the watcher, or with
//!   another size or modification time) and which identities changed; of those, which changed
//!   their link targets (page URLs or heading ids), so that the pages linking to them are
//!   rendered again.
//! - [`Listing`]: what the pages made from every leaflet show of one identity, so that they are
//!   rendered again only when that changed.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::Project;
use crate::config::Config;
use crate::content::{self, Leaflet, discover::Found};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::paths::SitePath;
use crate::render::site::Summaries;
use crate::site::{HOME_IDENTITY, Site};

/// What the pages made from every leaflet (home pages, translators' page, editors' reports,
/// sitemap) show of one identity: when it is the same after a change, they are unchanged.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Listing {
    /// For the home pages, the translators' page and the reports: each language's page (URL,
    /// fallback, source language, title, summary, order, review date, audience) and
    /// translation state.
    lists: String,
    /// For the sitemap: each real page's URL, review date, order and title.
    sitemap: String,
}

impl Listing {
    pub(super) fn of(site: &Site, identity: &str) -> Listing {
        use std::fmt::Write;
        let mut listing = Listing::default();
        for language in &site.config.languages {
            let state = crate::translation::state(site, identity, &language.code);
            let _ = write!(listing.lists, "{state:?}");
            let Some(page) = site.page(identity, &language.code) else {
                continue;
            };
            let leaflet = &site.leaflets[page.source];
            let front = &leaflet.front;
            let _ = write!(
                listing.lists,
                "|{}|{}|{}|{}|{:?}|{:?}|{:?}|{:?};",
                page.url,
                page.is_fallback,
                leaflet.file.language,
                front.title,
                front.summary,
                front.order,
                front.next_review,
                front.audience
            );
            if !page.is_fallback {
                // Title and order too: the sitemap lists pages in list order.
                let _ = write!(
                    listing.sitemap,
                    "{}|{:?}|{:?}|{};",
                    page.url, front.reviewed, front.order, front.title
                );
            }
        }
        listing
    }

    /// Every identity's listing.
    pub(super) fn all(site: &Site) -> HashMap<String, Listing> {
        let identities: HashSet<&str> = site
            .leaflets
            .iter()
            .map(|leaflet| leaflet.file.identity.as_str())
            .collect();
        identities
            .into_par_iter()
            .map(|identity| (identity.to_string(), Listing::of(site, identity)))
            .collect()
    }
}

/// A file's size and modification time: when both are unchanged and no event named the file,
/// its leaflet is kept from memory.
pub(super) type Stamp = (u64, Option<SystemTime>);

/// Walks `content/` again and rebuilds the site model, reading only the files that are new,
/// named by the watcher, or changed on disk. Returns the model, the files' stamps, and the
/// identities whose leaflets changed and, of those, the ones whose link targets (page URLs
/// or heading ids) changed.
pub(super) fn reread_content(
    project: &Project,
    site: Site,
    stamps: HashMap<SitePath, Stamp>,
    named: &HashSet<&SitePath>,
    diagnostics: &mut Diagnostics,
) -> (Site, HashMap<SitePath, Stamp>, Changes) {
    let old_urls = page_urls(&site);
    let (config, leaflets) = site.into_parts();
    let read = read_content(project, &config, leaflets, stamps, named, diagnostics);
    let Read {
        leaflets,
        stamps,
        changes: (changed, mut relinked),
        unparsed,
    } = read;
    let mut site = project.model(config, leaflets, diagnostics);
    site.unparsed = unparsed;
    let new_urls = page_urls(&site);
    for identity in &changed {
        if old_urls.get(identity.as_str()) != new_urls.get(identity.as_str()) {
            relinked.insert(identity.clone());
        }
    }
    (site, stamps, (changed, relinked))
}

/// What [`read_content`] found.
pub(super) struct Read {
    /// The leaflets, in discovery order.
    pub leaflets: Vec<Leaflet>,
    /// Their files' stamps.
    pub stamps: HashMap<SitePath, Stamp>,
    /// The identities whose leaflets changed, and of those the ones whose links changed.
    pub changes: Changes,
    /// The identities of files that failed to parse (links to them are not reported broken).
    pub unparsed: BTreeSet<String>,
}

/// The leaflets of `content/` under `config`, keeping those of `leaflets` whose file was not
/// named and has the same size, modification time, language and identity, and reading the
/// others. With no named path, every file is walked and stat'ed (a full rebuild that still
/// saves reading and parsing what did not change). Returns the leaflets in discovery order,
/// their files' stamps, and the identities whose leaflets changed and, of those, the ones whose
/// heading ids changed or which appeared or went.
pub(super) fn read_content(
    project: &Project,
    config: &Config,
    leaflets: Vec<Leaflet>,
    mut stamps: HashMap<SitePath, Stamp>,
    named: &HashSet<&SitePath>,
    diagnostics: &mut Diagnostics,
) -> Read {
    let root = project.root();
    // When every named path is a leaflet file read before and still there, nothing else can
    // have appeared or gone: the list is the kept one. Otherwise walk and stat everything,
    // so that even a change the watcher missed is found.
    let only_known_files = !named.is_empty()
        && named
            .iter()
            .all(|path| stamps.contains_key(*path) && root.join(path).is_file());
    let found: Vec<Found> = if only_known_files {
        leaflets
            .iter()
            .map(|leaflet| Found {
                language: leaflet.file.language.clone(),
                identity: leaflet.file.identity.clone(),
                path: leaflet.file.display_path.clone(),
            })
            .collect()
    } else {
        content::discover::walk(root, config, diagnostics)
    };
    let mut kept: HashMap<SitePath, Leaflet> = leaflets
        .into_iter()
        .map(|leaflet| (leaflet.file.display_path.clone(), leaflet))
        .collect();
    let now: Vec<Option<Stamp>> = found
        .par_iter()
        .map(|file| {
            if only_known_files && !named.contains(&file.path) {
                stamps.get(&file.path).cloned()
            } else {
                stamp(&root.join(&file.path))
            }
        })
        .collect();
    let mut changed: BTreeSet<String> = BTreeSet::new();
    let mut relinked: BTreeSet<String> = BTreeSet::new();
    let mut slots: Vec<Option<Leaflet>> = Vec::with_capacity(found.len());
    let mut to_read: Vec<(usize, Found)> = Vec::new();
    let mut fresh_stamps: HashMap<SitePath, Stamp> = HashMap::new();
    for (index, (file, now)) in found.into_iter().zip(now).enumerate() {
        let unchanged =
            !named.contains(&file.path) && now.is_some() && stamps.get(&file.path) == now.as_ref();
        match kept.remove(&file.path) {
            Some(leaflet)
                if unchanged
                    && leaflet.file.language == file.language
                    && leaflet.file.identity == file.identity =>
            {
                slots.push(Some(leaflet))
            }
            old => {
                // Stamped again only if it parses into a leaflet: `stamps` names exactly
                // the files of the kept leaflets.
                stamps.remove(&file.path);
                if let Some(now) = now {
                    fresh_stamps.insert(file.path.clone(), now);
                }
                slots.push(None);
                to_read.push((index, file));
                if let Some(old) = old {
                    // Back in `kept`, to compare with the new text below.
                    kept.insert(old.file.display_path.clone(), old);
                }
            }
        }
    }
    let mut identity_of_failed: HashMap<usize, String> = to_read
        .iter()
        .map(|(index, found)| (*index, found.identity.clone()))
        .collect();
    let drafts = project.settings().drafts;
    let parsed: Vec<(usize, bool, Option<Leaflet>, Vec<Diagnostic>)> = to_read
        .into_par_iter()
        .map(
            |(index, found)| match content::discover::read(root, found) {
                Ok(file) => {
                    let (leaflet, problems) = content::leaflet::parse(file, drafts);
                    (index, true, leaflet, problems)
                }
                Err(problem) => (index, false, None, vec![problem]),
            },
        )
        .collect();
    let mut unparsed: BTreeSet<String> = BTreeSet::new();
    for (index, read, leaflet, problems) in parsed {
        // As in `Project::load`: a file read but not parsed, not one that could not be read.
        if read && problems.iter().any(Diagnostic::is_error) {
            unparsed.extend(identity_of_failed.remove(&index));
        }
        diagnostics.extend(problems);
        if let Some(leaflet) = leaflet {
            if let Some(now) = fresh_stamps.remove(&leaflet.file.display_path) {
                stamps.insert(leaflet.file.display_path.clone(), now);
            }
            let identity = &leaflet.file.identity;
            match kept.remove(&leaflet.file.display_path) {
                Some(old) if old.file.text == leaflet.file.text => {}
                Some(old) => {
                    changed.insert(identity.clone());
                    if old.anchors() != leaflet.anchors() {
                        relinked.insert(identity.clone());
                    }
                }
                None => {
                    changed.insert(identity.clone());
                    relinked.insert(identity.clone());
                }
            }
            slots[index] = Some(leaflet);
        }
    }
    // Leaflets that went: deleted, renamed, now failing to parse, or now drafts.
    for (path, gone) in kept {
        stamps.remove(&path);
        changed.insert(gone.file.identity.clone());
        relinked.insert(gone.file.identity);
    }
    let leaflets: Vec<Leaflet> = slots.into_iter().flatten().collect();
    Read {
        leaflets,
        stamps,
        changes: (changed, relinked),
        unparsed,
    }
}

/// Which pages made from every leaflet a change affects, updating the kept listings; and
/// whether a leaflet's place in a language's list changed (URL, fallback, language, title,
/// summary, order or audience), which the previous and next links of leaflet pages show.
pub(super) fn summaries_to_render(
    listings: &mut HashMap<String, Listing>,
    site: &Site,
    changed: &BTreeSet<String>,
    languages: &HashSet<&str>,
) -> (Summaries, bool) {
    let mut which = Summaries::NONE;
    let mut lists_changed = false;
    if !languages.is_empty() {
        // Messages show on every page but the sitemap. (Search pages are chosen by language
        // apart: see `search_languages`.)
        which = Summaries {
            sitemap: false,
            ..Summaries::ALL
        };
    }
    for identity in changed {
        let listing = Listing::of(site, identity);
        let old = listings.remove(identity).unwrap_or_default();
        lists_changed |= identity != HOME_IDENTITY && listing.lists != old.lists;
        which.homes |= identity == HOME_IDENTITY || listing.lists != old.lists;
        which.status |= listing.lists != old.lists;
        // The language chooser and 404 say how much is translated into each language.
        which.fixed |= listing.lists != old.lists;
        // A home page leaves the sitemap while its intro is another language's.
        which.sitemap |= identity == HOME_IDENTITY || listing.sitemap != old.sitemap;
        // The reports measure each leaflet's text.
        which.reports = true;
        listings.insert(identity.clone(), listing);
    }
    (which, lists_changed)
}

/// The languages whose search page and index a change affects: those whose messages changed
/// (`affected_languages`: with the languages that fall back to them) and those with a page of a
/// changed leaflet (its own or a fallback page).
pub(super) fn search_languages<'s>(
    site: &'s Site,
    changed: &BTreeSet<String>,
    affected_languages: &HashSet<&'s str>,
) -> HashSet<&'s str> {
    let mut languages = affected_languages.clone();
    languages.extend(
        site.pages
            .iter()
            .filter(|page| changed.contains(&page.identity))
            .map(|page| page.language.as_str()),
    );
    languages
}

/// The identities whose leaflets changed, and of those the ones whose link targets changed.
pub(super) type Changes = (BTreeSet<String>, BTreeSet<String>);

/// Every identity's page URLs, in page order (languages in `site.yaml` order).
fn page_urls(site: &Site) -> HashMap<String, Vec<String>> {
    let mut urls: HashMap<String, Vec<String>> = HashMap::new();
    for page in &site.pages {
        urls.entry(page.identity.clone())
            .or_default()
            .push(page.url.clone());
    }
    urls
}

/// A file's stamp, or `None` when it cannot be read now.
pub(super) fn stamp(path: &std::path::Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.len(), metadata.modified().ok()))
}
