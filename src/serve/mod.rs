//! `leafpress serve`: a live preview that rebuilds only what a change affects.
//!
//! The site is built into memory and served from there, so no request can reach a file that is
//! not part of the built site. A watcher classifies each change:
//!
//! - a leaflet's text (title, summary, order, slug and draft unchanged): re-read that one file
//!   and re-render the pages of its identity in every language (its own page, the fallback
//!   pages that show it, and the translations whose "outdated" notice depends on it);
//! - a leaflet whose list or URL fields changed, or one added or removed: rebuild the site model
//!   from the leaflets in memory, re-reading only that file, and re-render every page;
//! - a Fluent file: rebuild the bundles and re-render the pages of the languages that use it;
//! - a template, static file or `site.yaml`: rebuild everything.
//!
//! When the new input has errors, the last good site keeps being served and every page carries
//! an overlay listing the errors until they are fixed. Open pages reload themselves over
//! Server-Sent Events after each successful rebuild.

pub mod http;
pub mod server;
pub mod watch;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use crate::content::{self, Leaflet};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::output::Memory;
use crate::render::Renderer;
use crate::site::Site;
use crate::timings::Timings;
use crate::url::UrlStyle;
use crate::{BuildError, Compiled, collect_static, compile, load_site, render_compiled};
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
    /// What the last rebuild did: its kind and the pages it re-rendered.
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

/// The site model and compiled theme of the last good build, for incremental rebuilds.
struct Session {
    root: PathBuf,
    drafts: bool,
    site: Site,
    compiled: Compiled,
    static_paths: HashSet<String>,
}

/// Builds the site into memory for the first time. When the input has errors, the server
/// still starts, showing them, and builds again when they are fixed.
pub fn start(root: &Path, drafts: bool, shared: &Shared) -> Result<SessionHandle, BuildError> {
    let mut diagnostics = Diagnostics::new();
    let session = full_build(root, drafts, shared, &mut diagnostics)?;
    if session.is_none() {
        let mut served = lock(shared);
        served.errors = diagnostics
            .into_sorted()
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
    }
    Ok(SessionHandle { session })
}

/// A running preview's rebuild state.
pub struct SessionHandle {
    session: Option<Session>,
}

impl SessionHandle {
    /// Applies a batch of changes, rebuilding what they affect.
    pub fn apply(&mut self, root: &Path, drafts: bool, changes: &[Change], shared: &Shared) {
        let started = Instant::now();
        let mut diagnostics = Diagnostics::new();
        let needs_full =
            self.session.is_none() || changes.iter().any(|c| matches!(c, Change::Everything));
        let outcome = if needs_full {
            match full_build(root, drafts, shared, &mut diagnostics) {
                Ok(Some(session)) => {
                    self.session = Some(session);
                    Ok(())
                }
                Ok(None) => Err(()),
                Err(error) => {
                    diagnostics.push(Diagnostic::error(error.to_string()).with_help(error.help()));
                    Err(())
                }
            }
        } else if let Some(session) = self.session.as_mut() {
            session.apply(changes, shared, &mut diagnostics)
        } else {
            Err(())
        };
        if outcome.is_err() {
            let mut served = lock(shared);
            served.errors = diagnostics
                .into_sorted()
                .into_iter()
                .filter(Diagnostic::is_error)
                .collect();
            shared.changed.notify_all();
        }
        lock(shared).last_rebuild_ms = started.elapsed().as_secs_f64() * 1000.0;
    }
}

fn lock(shared: &Shared) -> std::sync::MutexGuard<'_, Served> {
    shared
        .served
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Reads and renders the whole site; on success replaces what is served.
fn full_build(
    root: &Path,
    drafts: bool,
    shared: &Shared,
    diagnostics: &mut Diagnostics,
) -> Result<Option<Session>, BuildError> {
    let mut timings = Timings::start();
    let Some(site) = load_site(
        root,
        Some("/"),
        drafts,
        UrlStyle::Directory,
        &mut timings,
        diagnostics,
    )?
    else {
        return Ok(None);
    };
    let Some(compiled) = compile(root, &site, diagnostics) else {
        return Ok(None);
    };
    let mut session = Session {
        root: root.to_path_buf(),
        drafts,
        site,
        compiled,
        static_paths: HashSet::new(),
    };
    Ok(session
        .render_everything(shared, diagnostics, "everything")
        .then_some(session))
}

impl Session {
    /// Renders every page; on success publishes them. False when there were errors.
    fn render_everything(
        &mut self,
        shared: &Shared,
        diagnostics: &mut Diagnostics,
        kind: &str,
    ) -> bool {
        let memory = Memory::default();
        render_compiled(
            &self.root,
            &self.site,
            &self.compiled,
            &memory,
            &Timings::start(),
            diagnostics,
        );
        if diagnostics.has_errors() {
            return false;
        }
        let static_files = collect_static(
            &self.root,
            &self.compiled.theme.static_files,
            &mut Diagnostics::new(),
        );
        self.static_paths = static_files.keys().cloned().collect();
        let files = memory.into_files();
        let pages: Vec<String> = files
            .keys()
            .filter(|p| p.ends_with(".html"))
            .cloned()
            .collect();
        publish(shared, files, true, (kind.to_string(), pages));
        true
    }

    /// Applies changes that need less than a full rebuild.
    fn apply(
        &mut self,
        changes: &[Change],
        shared: &Shared,
        diagnostics: &mut Diagnostics,
    ) -> Result<(), ()> {
        let mut leaflets: Vec<&Path> = Vec::new();
        let mut languages: HashSet<String> = HashSet::new();
        for change in changes {
            match change {
                Change::Leaflet(path) => leaflets.push(path),
                Change::Messages(language) => {
                    languages.insert(language.clone());
                }
                Change::Everything => {}
            }
        }
        if !languages.is_empty() {
            return self.messages_changed(&languages, shared, diagnostics);
        }
        let mut identities = HashSet::new();
        for path in leaflets {
            match self.reread(path, diagnostics) {
                Reread::Same(identity) => {
                    identities.insert(identity);
                }
                Reread::Structure => return self.restructure(path, shared, diagnostics),
                Reread::Failed => return Err(()),
            }
        }
        self.render_identities(&identities, shared, diagnostics)
    }

    /// Re-reads a leaflet file and, when its lists and URLs are unchanged, swaps it in.
    fn reread(&mut self, path: &Path, diagnostics: &mut Diagnostics) -> Reread {
        let relative = display_path(&self.root, path);
        let Some(index) = self.site.leaflet_index(&relative) else {
            return Reread::Structure;
        };
        let old = &self.site.leaflets[index];
        let Some(new) = read_leaflet(&self.root, old, diagnostics) else {
            return Reread::Failed;
        };
        let (a, b) = (&old.front, &new.front);
        let same_structure = a.title == b.title
            && a.summary == b.summary
            && a.order == b.order
            && a.slug == b.slug
            && a.draft == b.draft;
        if !same_structure || (b.draft && !self.drafts) {
            return Reread::Structure;
        }
        let identity = new.file.identity.clone();
        self.site.replace_leaflet(index, new);
        Reread::Same(identity)
    }

    /// Rebuilds the site model from the leaflets in memory (re-reading only `changed`).
    fn restructure(
        &mut self,
        changed: &Path,
        shared: &Shared,
        diagnostics: &mut Diagnostics,
    ) -> Result<(), ()> {
        let relative = display_path(&self.root, changed);
        let placeholder = placeholder_site(&self.site);
        let site = std::mem::replace(&mut self.site, placeholder);
        let (config, mut leaflets) = site.into_parts();
        leaflets.retain(|l| l.file.display_path != relative);
        if changed.is_file() {
            let files = content::discover(&self.root, &config, diagnostics);
            let fresh = files
                .into_iter()
                .filter(|f| f.display_path == relative)
                .collect();
            leaflets.extend(content::parse_all(fresh, self.drafts, diagnostics));
        }
        leaflets.sort_by(|a, b| {
            (&a.file.language, &a.file.identity).cmp(&(&b.file.language, &b.file.identity))
        });
        self.site = Site::new(config, leaflets, UrlStyle::Directory, diagnostics);
        if diagnostics.has_errors() {
            return Err(());
        }
        if self.render_everything(shared, diagnostics, "structure") {
            Ok(())
        } else {
            Err(())
        }
    }

    /// Re-renders the pages of these identities in every language, and the home pages.
    fn render_identities(
        &self,
        identities: &HashSet<String>,
        shared: &Shared,
        diagnostics: &mut Diagnostics,
    ) -> Result<(), ()> {
        let pages: Vec<_> = self
            .site
            .pages
            .iter()
            .filter(|p| identities.contains(&p.identity))
            .collect();
        let renderer = self.renderer();
        let mut files = HashMap::new();
        for page in pages {
            match renderer.leaflet(page) {
                Ok((html, found)) => {
                    diagnostics.extend(found);
                    files.insert(format!("{}index.html", page.url), html.into_bytes());
                }
                Err(error) => diagnostics.push(error),
            }
        }
        diagnostics.extend(self.compiled.i18n.take_problems());
        if diagnostics.has_errors() {
            return Err(());
        }
        let rendered: Vec<String> = files.keys().cloned().collect();
        publish(shared, files, false, ("leaflet".to_string(), rendered));
        Ok(())
    }

    /// Rebuilds the Fluent bundles and re-renders the pages of the languages that use them.
    fn messages_changed(
        &mut self,
        languages: &HashSet<String>,
        shared: &Shared,
        diagnostics: &mut Diagnostics,
    ) -> Result<(), ()> {
        let Some(compiled) = compile(&self.root, &self.site, diagnostics) else {
            return Err(());
        };
        if diagnostics.has_errors() {
            return Err(());
        }
        self.compiled = compiled;
        let affected: HashSet<&str> = self
            .site
            .config
            .languages
            .iter()
            .filter(|l| {
                languages.contains(&l.code) || l.fallback.iter().any(|f| languages.contains(f))
            })
            .map(|l| l.code.as_str())
            .collect();
        let renderer = self.renderer();
        let mut files = HashMap::new();
        let results: Vec<_> = {
            use rayon::prelude::*;
            self.site
                .pages
                .par_iter()
                .filter(|p| affected.contains(p.language.as_str()))
                .map(|page| (format!("{}index.html", page.url), renderer.leaflet(page)))
                .collect()
        };
        for (path, result) in results {
            match result {
                Ok((html, _)) => {
                    files.insert(path, html.into_bytes());
                }
                Err(error) => diagnostics.push(error),
            }
        }
        for language in &affected {
            match renderer.home(language) {
                Ok((html, _)) => {
                    files.insert(format!("{language}/index.html"), html.into_bytes());
                }
                Err(error) => diagnostics.push(error),
            }
        }
        diagnostics.extend(self.compiled.i18n.take_problems());
        if diagnostics.has_errors() {
            return Err(());
        }
        let rendered: Vec<String> = files.keys().cloned().collect();
        publish(shared, files, false, ("messages".to_string(), rendered));
        Ok(())
    }

    fn renderer(&self) -> Renderer<'_> {
        Renderer {
            site: &self.site,
            theme: &self.compiled.theme,
            i18n: &self.compiled.i18n,
            static_paths: &self.static_paths,
        }
    }
}

enum Reread {
    /// The leaflet changed but no URL or list did.
    Same(String),
    /// The site's structure may have changed.
    Structure,
    /// The file has errors.
    Failed,
}

/// Reads one leaflet file again, keeping its place in the site.
fn read_leaflet(root: &Path, old: &Leaflet, diagnostics: &mut Diagnostics) -> Option<Leaflet> {
    let path = root.join(&old.file.display_path);
    let text = std::fs::read_to_string(&path).ok()?;
    let file = content::SourceFile {
        text,
        ..old.file.clone()
    };
    let mut found = Diagnostics::new();
    let parsed = content::parse_all(vec![file], true, &mut found);
    let failed = found.has_errors();
    diagnostics.extend(found);
    if failed {
        None
    } else {
        parsed.into_iter().next()
    }
}

/// An empty site with the same configuration, to stand in while the real one is rebuilt.
fn placeholder_site(site: &Site) -> Site {
    Site::new(
        site.config.clone(),
        Vec::new(),
        UrlStyle::Directory,
        &mut Diagnostics::new(),
    )
}

/// Publishes rendered files: all of them (`replace`) or on top of what is served.
fn publish(
    shared: &Shared,
    files: HashMap<String, Vec<u8>>,
    replace: bool,
    rebuild: (String, Vec<String>),
) {
    let mut served = lock(shared);
    if replace {
        served.files.clear();
    }
    for (path, bytes) in files {
        served.files.insert(path, Arc::new(bytes));
    }
    served.errors.clear();
    served.generation += 1;
    served.last_rebuild = rebuild;
    shared.changed.notify_all();
}
