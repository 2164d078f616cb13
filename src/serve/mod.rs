//! `leafpress serve`: a live preview that rebuilds what a change affects, through the same
//! pipeline ([`crate::Project`]) and the same render functions as `build`.
//!
//! The site is built into memory and served from there, so no request can reach a file that is
//! not part of the built site. A batch of changes from the watcher is applied so:
//!
//! - **content** (`content/**`): the folder is walked again (no file is read) and each leaflet
//!   whose file is new, named in the batch, or has another size or modification time is read
//!   and parsed; the others are kept from memory. The site model is rebuilt from them. The
//!   identities whose text changed, appeared or went are the *changed identities*; the pages
//!   re-rendered are those of the changed identities in every language (own, fallback and
//!   outdated-notice pages), every page whose leaflet links to an identity whose link targets
//!   changed (a page URL, or the `#heading` ids of a leaflet that one of its pages shows), and
//!   the pages made from all leaflets (home pages, picker, reports, translators' page, 404,
//!   sitemap). Pages whose URL went are removed.
//! - **Fluent files** (`locales/<lang>/*.ftl`): the bundles and theme are compiled again and
//!   every page of each language whose fallback chain includes `<lang>` is re-rendered.
//! - **anything else** (`site.yaml`, templates, static files, a folder the watcher cannot
//!   classify): a full rebuild in memory, which still keeps the parsed leaflets whose files
//!   did not change (size, modification time, language and identity); after a batch that had
//!   errors, a full rebuild from nothing.
//!
//! Why it is exact: a leaflet page is a function of its own identity's leaflets, the leaflets
//! it links to, its languages' messages, and the theme, static file list and configuration; the
//! first two are tracked above, the rest cause a full rebuild. `tests/serve_equivalence.rs`
//! checks the claim: after random edit sequences the served files equal a fresh full build.
//!
//! When the new input has errors, the last good site keeps being served and every page carries
//! an overlay listing the errors until they are fixed. Open pages reload themselves over
//! Server-Sent Events after each successful rebuild.

mod affected;
pub mod http;
pub mod server;
pub mod watch;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::Memory;
use crate::paths::SitePath;
use crate::render::Renderer;
use crate::render::site::{page_files, write_pages, write_search, write_summaries};
use crate::site::{Page, Site};
use crate::timings::Timings;
use crate::{BuildError, Compiled, Project};
use affected::{Listing, Stamp, stamp, summaries_to_render};
use watch::Change;

/// What the server shows: the last good build, and the problems of the newest input.
#[derive(Debug, Default)]
pub struct Served {
    /// Every file of the last good build, by path from the root.
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// The errors of the newest input; shown as an overlay while not empty.
    pub errors: Vec<Diagnostic>,
    /// Counts successful rebuilds; open pages reload when it changes.
    pub generation: u64,
    /// What the last rebuild did: its kind and the files it rendered.
    pub last_rebuild: (String, Vec<String>),
    /// How long the last rebuild took, in milliseconds.
    pub last_rebuild_ms: f64,
}

/// The served state, shared between the watcher and the request threads.
#[derive(Debug, Default)]
pub struct Shared {
    /// The state.
    pub served: Mutex<Served>,
    /// Notified after each rebuild (for the live-reload event streams).
    pub changed: Condvar,
}

/// Locks the served state, recovering it if a request thread panicked while holding it.
pub fn lock(shared: &Shared) -> std::sync::MutexGuard<'_, Served> {
    shared
        .served
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What applying one batch did, for the console.
#[derive(Debug)]
pub struct Rebuild {
    /// `everything`, `content` or `messages`.
    pub kind: &'static str,
    /// The files rendered (empty when nothing was published).
    pub files: Vec<String>,
    /// The pages no longer served, because their leaflet went or its URL changed.
    pub removed: Vec<String>,
    /// Every problem found on the way, sorted; the errors are also on the overlay.
    pub diagnostics: Vec<Diagnostic>,
    /// True when the rebuilt site is now served; false when errors kept the last good one.
    pub published: bool,
    /// How long it took, in milliseconds.
    pub milliseconds: f64,
}

/// The stages' results of the last rebuild, kept for the next one.
struct State {
    site: Site,
    compiled: Compiled,
    /// Size and modification time of each leaflet file when it was read.
    stamps: HashMap<SitePath, Stamp>,
    /// What the pages made from every leaflet show of each identity.
    listings: HashMap<String, Listing>,
}

/// Rendered files by their path in the output.
type Files = HashMap<String, Vec<u8>>;

/// A running preview: the project and what its last rebuild left.
pub struct Session {
    project: Project,
    /// `None` before the first good build and after a batch with errors: the next batch then
    /// rebuilds everything, since what is served no longer matches the kept state.
    state: Option<State>,
}

impl Session {
    /// Builds the site into memory for the first time and publishes it. When the input has
    /// errors, the server still starts, showing them, and builds again when they are fixed.
    pub fn start(project: Project, shared: &Shared) -> Result<(Session, Rebuild), BuildError> {
        let mut session = Session {
            project,
            state: None,
        };
        let rebuild = session.rebuild_everything(shared, Instant::now())?;
        Ok((session, rebuild))
    }

    /// The codes of the site's languages, in `site.yaml` order (none before a good build).
    pub fn languages(&self) -> Vec<String> {
        self.state.as_ref().map_or_else(Vec::new, |state| {
            state
                .site
                .config
                .languages
                .iter()
                .map(|l| l.code.clone())
                .collect()
        })
    }

    /// Applies a batch of changes, rebuilding what they affect, and publishes the result.
    pub fn apply(&mut self, changes: &[Change], shared: &Shared) -> Rebuild {
        let started = Instant::now();
        let needs_everything = self.state.is_none()
            || changes
                .iter()
                .any(|change| matches!(change, Change::Everything(_)));
        if needs_everything {
            return self
                .rebuild_everything(shared, started)
                .unwrap_or_else(|error| {
                    self.state = None;
                    let diagnostic = Diagnostic::error(error.to_string()).with_help(error.help());
                    fail(shared, "everything", vec![diagnostic], started)
                });
        }
        let state = self.state.take().expect("checked above");
        match self.apply_incrementally(state, changes, shared, started) {
            Ok((state, rebuild)) => {
                self.state = Some(state);
                rebuild
            }
            Err(rebuild) => rebuild,
        }
    }

    /// Reads, compiles and renders the whole site; on success replaces what is served.
    fn rebuild_everything(
        &mut self,
        shared: &Shared,
        started: Instant,
    ) -> Result<Rebuild, BuildError> {
        let mut diagnostics = Diagnostics::new();
        let previous = self.state.take().map(|state| (state.site, state.stamps));
        let built = full_build(&self.project, previous, &mut diagnostics)?;
        let Some((state, files)) = built else {
            self.state = None;
            return Ok(fail(
                shared,
                "everything",
                diagnostics.into_sorted(),
                started,
            ));
        };
        let names = rendered_names(&files);
        publish(shared, files, &[], true, ("everything", names.clone()));
        // Computed now, in parallel, so that the first edit is as fast as the others.
        state.site.leaflets.par_iter().for_each(|leaflet| {
            leaflet.link_targets();
        });
        self.state = Some(state);
        Ok(done(shared, "everything", names, diagnostics, started))
    }

    /// Applies content and Fluent changes to the kept state. On errors, returns the report
    /// and drops the state (the next batch rebuilds everything).
    fn apply_incrementally(
        &self,
        mut state: State,
        changes: &[Change],
        shared: &Shared,
        started: Instant,
    ) -> Result<(State, Rebuild), Rebuild> {
        let mut diagnostics = Diagnostics::new();
        let mut named: HashSet<&SitePath> = HashSet::new();
        let mut languages: HashSet<&str> = HashSet::new();
        for change in changes {
            match change {
                Change::Content(path) => {
                    named.insert(path);
                }
                Change::Messages(language) => {
                    languages.insert(language);
                }
                Change::Everything(_) => {}
            }
        }
        let kind = if named.is_empty() {
            "messages"
        } else {
            "content"
        };
        if !languages.is_empty() {
            match self.project.compile(&state.site, &mut diagnostics) {
                Some(compiled) if !diagnostics.has_errors() => state.compiled = compiled,
                _ => return Err(fail(shared, kind, diagnostics.into_sorted(), started)),
            }
        }
        let old_files: HashSet<String> = state.site.pages.iter().flat_map(page_files).collect();
        // A leaflet that goes leaves the search of every language that showed it.
        let old_pages: Vec<(String, String)> = if named.is_empty() {
            Vec::new()
        } else {
            state
                .site
                .pages
                .iter()
                .map(|page| (page.identity.clone(), page.language.clone()))
                .collect()
        };
        let (changed, relinked) = if named.is_empty() {
            (BTreeSet::new(), BTreeSet::new())
        } else {
            let (site, stamps, changes) = affected::reread_content(
                &self.project,
                state.site,
                state.stamps,
                &named,
                &mut diagnostics,
            );
            state.site = site;
            state.stamps = stamps;
            changes
        };
        if diagnostics.has_errors() {
            return Err(fail(shared, kind, diagnostics.into_sorted(), started));
        }
        let affected_languages: HashSet<&str> = state
            .site
            .config
            .languages
            .iter()
            .filter(|l| {
                languages.contains(l.code.as_str())
                    || l.fallback.iter().any(|f| languages.contains(f.as_str()))
            })
            .map(|l| l.code.as_str())
            .collect();
        // A leaflet's place in its language's list shows on the previous and next links of
        // other leaflets' pages: when it changed, every leaflet page is rendered again.
        let (summaries, lists_changed) =
            summaries_to_render(&mut state.listings, &state.site, &changed, &languages);
        let pages: Vec<&Page> = state
            .site
            .pages
            .iter()
            .filter(|page| {
                lists_changed
                    || changed.contains(&page.identity)
                    || affected_languages.contains(page.language.as_str())
                    || state.site.leaflets[page.source]
                        .link_targets()
                        .iter()
                        .any(|target| relinked.contains(target))
            })
            .collect();
        let memory = Memory::default();
        let renderer = Renderer::new(&state.site, &state.compiled);
        write_pages(
            &renderer,
            &pages,
            &memory,
            &Timings::start(),
            &mut diagnostics,
        );
        write_summaries(&renderer, summaries, &memory, &mut diagnostics);
        let mut searched: Vec<String> = Vec::new();
        if state.site.config.search.enabled {
            let mut search = affected::search_languages(&state.site, &changed, &affected_languages);
            search.extend(
                old_pages
                    .iter()
                    .filter(|(identity, _)| changed.contains(identity))
                    .map(|(_, language)| language.as_str()),
            );
            write_search(&renderer, &memory, &mut diagnostics, &|lang: &str| {
                search.contains(lang)
            });
            searched = search.into_iter().map(str::to_string).collect();
        }
        diagnostics.extend(state.compiled.i18n.take_problems());
        if diagnostics.has_errors() {
            return Err(fail(shared, kind, diagnostics.into_sorted(), started));
        }
        let new_files: HashSet<String> = state.site.pages.iter().flat_map(page_files).collect();
        let mut gone: Vec<String> = old_files.difference(&new_files).cloned().collect();
        let files = memory.into_files();
        // The index files a language indexed again no longer has (fewer words, fewer shards).
        {
            let served = lock(shared);
            for lang in &searched {
                let folder = crate::render::search::page_url(lang);
                gone.extend(
                    served
                        .files
                        .keys()
                        .filter(|path| {
                            path.strip_prefix(&folder)
                                .is_some_and(|name| !name.contains('/'))
                                && !files.contains_key(*path)
                        })
                        .cloned(),
                );
            }
        }
        gone.sort();
        let names = rendered_names(&files);
        publish(shared, files, &gone, false, (kind, names.clone()));
        let mut rebuild = done(shared, kind, names, diagnostics, started);
        // Say which pages went, not each of their files (`qr.svg`).
        rebuild.removed = gone
            .into_iter()
            .filter(|file| file.ends_with("index.html"))
            .collect();
        Ok((state, rebuild))
    }
}

/// The whole pipeline into memory: the state to keep and every file, or `None` when the input
/// has errors (they are in `diagnostics`). With the `previous` site and its files' stamps, the
/// leaflets whose files did not change are kept instead of read and parsed again; everything
/// else (configuration, theme, messages, the model, every page) is made anew.
fn full_build(
    project: &Project,
    previous: Option<(Site, HashMap<SitePath, Stamp>)>,
    diagnostics: &mut Diagnostics,
) -> Result<Option<(State, Files)>, BuildError> {
    let mut timings = Timings::start();
    let (site, stamps) = match previous {
        Some((site, stamps)) => {
            let Some(config) = project.config(diagnostics)? else {
                return Ok(None);
            };
            let (_, leaflets) = site.into_parts();
            let walk_everything = HashSet::new();
            let read = affected::read_content(
                project,
                &config,
                leaflets,
                stamps,
                &walk_everything,
                diagnostics,
            );
            let mut site = project.model(config, read.leaflets, diagnostics);
            site.unparsed = read.unparsed;
            (site, read.stamps)
        }
        None => {
            let Some(site) = project.load(&mut timings, diagnostics)? else {
                return Ok(None);
            };
            let stamps = site
                .leaflets
                .par_iter()
                .filter_map(|leaflet| {
                    let path = &leaflet.file.display_path;
                    stamp(&project.root().join(path)).map(|stamp| (path.clone(), stamp))
                })
                .collect();
            (site, stamps)
        }
    };
    let Some(compiled) = project.compile(&site, diagnostics) else {
        return Ok(None);
    };
    let memory = Memory::default();
    project.render(&site, &compiled, &memory, &timings, diagnostics);
    if diagnostics.has_errors() {
        return Ok(None);
    }
    let listings = Listing::all(&site);
    let state = State {
        site,
        compiled,
        stamps,
        listings,
    };
    Ok(Some((state, memory.into_files())))
}

/// Every file a full build of `project` makes, rendered in memory as `serve` does, or the
/// errors. What the served files must equal after any sequence of incremental rebuilds.
pub fn render_in_memory(project: &Project) -> Result<HashMap<String, Vec<u8>>, Vec<Diagnostic>> {
    let mut diagnostics = Diagnostics::new();
    match full_build(project, None, &mut diagnostics) {
        Ok(Some((_, files))) => Ok(files),
        Ok(None) => Err(diagnostics.into_sorted()),
        Err(error) => Err(vec![Diagnostic::error(error.to_string())]),
    }
}

fn rendered_names(files: &HashMap<String, Vec<u8>>) -> Vec<String> {
    let mut names: Vec<String> = files
        .keys()
        .filter(|path| path.ends_with(".html"))
        .cloned()
        .collect();
    names.sort();
    names
}

/// Publishes rendered files: all of them (`replace`), or on top of what is served with the
/// files of pages that went removed.
fn publish(
    shared: &Shared,
    files: HashMap<String, Vec<u8>>,
    gone: &[String],
    replace: bool,
    rebuild: (&str, Vec<String>),
) {
    let mut served = lock(shared);
    if replace {
        served.files.clear();
    }
    for path in gone {
        served.files.remove(path);
    }
    for (path, bytes) in files {
        served.files.insert(path, Arc::new(bytes));
    }
    served.errors.clear();
    served.generation += 1;
    served.last_rebuild = (rebuild.0.to_string(), rebuild.1);
    drop(served);
    shared.changed.notify_all();
}

/// Shows errors on the overlay, keeping the last good files, and reports them.
fn fail(
    shared: &Shared,
    kind: &'static str,
    diagnostics: Vec<Diagnostic>,
    started: Instant,
) -> Rebuild {
    let milliseconds = started.elapsed().as_secs_f64() * 1000.0;
    let mut served = lock(shared);
    served.errors = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    served.last_rebuild_ms = milliseconds;
    drop(served);
    shared.changed.notify_all();
    Rebuild {
        kind,
        files: Vec::new(),
        removed: Vec::new(),
        diagnostics,
        published: false,
        milliseconds,
    }
}

fn done(
    shared: &Shared,
    kind: &'static str,
    files: Vec<String>,
    diagnostics: Diagnostics,
    started: Instant,
) -> Rebuild {
    let milliseconds = started.elapsed().as_secs_f64() * 1000.0;
    lock(shared).last_rebuild_ms = milliseconds;
    Rebuild {
        kind,
        files,
        removed: Vec::new(),
        diagnostics: diagnostics.into_sorted(),
        published: true,
        milliseconds,
    }
}
