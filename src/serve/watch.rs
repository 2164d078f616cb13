//! Watching the site's folders: file-system events become a debounced batch of [`Change`]s,
//! with editors' temporary and swap files ignored.

use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::paths::{SitePath, SiteRoot};

/// What a change affects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A path under `content/` was written, added, renamed or removed (a leaflet or a folder).
    Content(SitePath),
    /// A Fluent file of this language changed.
    Messages(String),
    /// Something every page may depend on (a template, a static file, `site.yaml`, a watched
    /// folder appearing), or an event the watcher could not read: rebuild everything.
    Everything(String),
}

/// How long to wait after an event for the rest of its burst (editors write in several steps).
const DEBOUNCE: Duration = Duration::from_millis(25);

/// The folders of a site that pages are built from, watched recursively.
const WATCHED: [&str; 4] = ["content", "locales", "themes", "static"];

/// True for files editors write next to the real ones: swap, backup and lock files.
pub fn is_editor_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [".swp", ".swx", ".swo", ".tmp", ".bak", ".orig", ".kate-swp"]
            .iter()
            .any(|e| name.ends_with(e))
        || name.contains(".leafpress-")
}

/// What a changed path (absolute, under the canonical root) affects, or `None` to ignore it.
pub fn classify(root: &SiteRoot, path: &Path) -> Option<Change> {
    if is_editor_file(path) {
        return None;
    }
    let relative = root.relative(path)?;
    match relative.top()? {
        // Anything under content/, a folder included: the content is walked again anyway.
        "content" => Some(Change::Content(relative)),
        "locales" => {
            let mut parts = relative.components().skip(1);
            match (parts.next(), parts.next(), relative.extension()) {
                (Some(language), Some(_), Some(extension))
                    if extension == "ftl" && parts.next().is_none() =>
                {
                    Some(Change::Messages(
                        language.as_os_str().to_string_lossy().into_owned(),
                    ))
                }
                _ => Some(Change::Everything(relative.to_string())),
            }
        }
        "themes" | "static" | "site.yaml" => Some(Change::Everything(relative.to_string())),
        _ => None,
    }
}

/// Watches a site and returns batches of changes.
pub struct SiteWatcher {
    watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    root: SiteRoot,
}

impl SiteWatcher {
    /// Starts watching `content/`, `locales/`, `themes/`, `static/` and the root itself (for
    /// `site.yaml`, and for those folders when they are created later).
    pub fn new(root: &SiteRoot) -> notify::Result<SiteWatcher> {
        let (sender, events) = channel();
        let mut watcher = notify::recommended_watcher(sender)?;
        for folder in WATCHED {
            let path = root.join(folder);
            if path.is_dir() {
                watcher.watch(&path, RecursiveMode::Recursive)?;
            }
        }
        watcher.watch(root.path(), RecursiveMode::NonRecursive)?;
        Ok(SiteWatcher {
            watcher,
            events,
            root: root.clone(),
        })
    }

    /// Waits for the next batch of changes; `None` when watching stopped.
    pub fn next_batch(&mut self) -> Option<Vec<Change>> {
        let mut batch: Vec<Change> = Vec::new();
        let first = self.events.recv().ok()?;
        self.add(first, &mut batch);
        loop {
            match self.events.recv_timeout(DEBOUNCE) {
                Ok(event) => self.add(event, &mut batch),
                Err(RecvTimeoutError::Timeout) if !batch.is_empty() => return Some(batch),
                Err(RecvTimeoutError::Timeout) => {
                    let event = self.events.recv().ok()?;
                    self.add(event, &mut batch);
                }
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    fn add(&mut self, event: notify::Result<notify::Event>, batch: &mut Vec<Change>) {
        let event = match event {
            Ok(event) => event,
            Err(error) => {
                batch.push(Change::Everything(format!("the watcher said: {error}")));
                return;
            }
        };
        if event.kind.is_access() {
            return;
        }
        if event.need_rescan() {
            batch.push(Change::Everything("the watcher missed events".into()));
        }
        for path in &event.paths {
            self.watch_new_folder(path, batch);
            if let Some(change) = classify(&self.root, path)
                && !batch.contains(&change)
            {
                batch.push(change);
            }
        }
    }

    /// A watched folder (`themes/` after `theme eject`) created or re-created at the root:
    /// watch it, and rebuild everything, since files may have been written into it before.
    fn watch_new_folder(&mut self, path: &Path, batch: &mut Vec<Change>) {
        let Some(relative) = self.root.relative(path) else {
            return;
        };
        let is_top_folder = relative.components().count() == 1
            && relative.top().is_some_and(|top| WATCHED.contains(&top));
        if is_top_folder && path.is_dir() {
            let _ = self.watcher.unwatch(path);
            if let Err(error) = self.watcher.watch(path, RecursiveMode::Recursive) {
                batch.push(Change::Everything(format!(
                    "cannot watch {relative}: {error}"
                )));
            }
            batch.push(Change::Everything(relative.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified_and_editor_files_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let root = SiteRoot::open(dir.path()).unwrap();
        let at = |relative: &str| root.join(relative);
        let content =
            |relative: &str| Some(Change::Content(SitePath::new(Path::new(relative)).unwrap()));
        assert_eq!(
            classify(&root, &at("content/en/a.md")),
            content("content/en/a.md")
        );
        assert_eq!(
            classify(&root, &at("content/pl")),
            content("content/pl"),
            "a language folder"
        );
        assert_eq!(
            classify(&root, &at("locales/pl/main.ftl")),
            Some(Change::Messages("pl".into()))
        );
        assert!(matches!(
            classify(&root, &at("locales/pl")),
            Some(Change::Everything(_))
        ));
        for everything in [
            "themes/default/templates/base.html",
            "static/a.png",
            "site.yaml",
        ] {
            assert!(
                matches!(
                    classify(&root, &at(everything)),
                    Some(Change::Everything(_))
                ),
                "{everything}"
            );
        }
        assert_eq!(classify(&root, &at("public/en/index.html")), None);
        assert_eq!(
            classify(&root, Path::new("/elsewhere/content/en/a.md")),
            None
        );
        for name in [".a.md.swp", "a.md~", "#a.md#", "4913", ".#a.md", "a.md.tmp"] {
            assert_eq!(
                classify(&root, &at("content/en").join(name)),
                None,
                "{name}"
            );
        }
    }
}
