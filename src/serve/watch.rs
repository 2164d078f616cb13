//! Watching the site's folders: file-system events become a debounced batch of [`Change`]s,
//! with editors' temporary and swap files ignored.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

/// What a change affects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A leaflet file (absolute path) was written, added or removed.
    Leaflet(PathBuf),
    /// A Fluent file of this language changed.
    Messages(String),
    /// Something every page may depend on: a template, a static file, `site.yaml`, a folder.
    Everything,
}

/// How long to wait after an event for the rest of its burst (editors write in several steps).
const DEBOUNCE: Duration = Duration::from_millis(25);

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

/// What a changed path affects, or `None` to ignore it.
pub fn classify(root: &Path, path: &Path) -> Option<Change> {
    if is_editor_file(path) {
        return None;
    }
    let relative = path.strip_prefix(root).ok()?;
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy());
    match parts.next()?.as_ref() {
        "content" if path.extension().is_some_and(|e| e == "md") => {
            Some(Change::Leaflet(path.to_path_buf()))
        }
        // A language folder, or any folder, added or removed; other files there are not leaflets.
        "content" if relative.components().count() <= 2 || path.is_dir() => {
            Some(Change::Everything)
        }
        "content" => None,
        "locales" => match (parts.next(), path.extension()) {
            (Some(language), Some(extension)) if extension == "ftl" => {
                Some(Change::Messages(language.into_owned()))
            }
            _ => Some(Change::Everything),
        },
        "themes" | "static" | "site.yaml" => Some(Change::Everything),
        _ => None,
    }
}

/// Watches a site and returns batches of changes.
pub struct SiteWatcher {
    _watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    root: PathBuf,
}

impl SiteWatcher {
    /// Starts watching `content/`, `locales/`, `themes/`, `static/` and `site.yaml`.
    pub fn new(root: &Path) -> notify::Result<SiteWatcher> {
        let (sender, events) = channel();
        let mut watcher = notify::recommended_watcher(sender)?;
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        for folder in ["content", "locales", "themes", "static"] {
            let path = root.join(folder);
            if path.is_dir() {
                watcher.watch(&path, RecursiveMode::Recursive)?;
            }
        }
        watcher.watch(&root, RecursiveMode::NonRecursive)?;
        Ok(SiteWatcher {
            _watcher: watcher,
            events,
            root,
        })
    }

    /// Waits for the next batch of changes; `None` when watching stopped.
    pub fn next_batch(&self) -> Option<Vec<Change>> {
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

    fn add(&self, event: notify::Result<notify::Event>, batch: &mut Vec<Change>) {
        let Ok(event) = event else {
            batch.push(Change::Everything);
            return;
        };
        if event.kind.is_access() {
            return;
        }
        for path in &event.paths {
            if let Some(change) = classify(&self.root, path)
                && !batch.contains(&change)
            {
                batch.push(change);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified_and_editor_files_ignored() {
        let root = Path::new("/site");
        let leaflet = Path::new("/site/content/en/a.md");
        assert_eq!(
            classify(root, leaflet),
            Some(Change::Leaflet(leaflet.to_path_buf()))
        );
        assert_eq!(
            classify(root, Path::new("/site/locales/pl/main.ftl")),
            Some(Change::Messages("pl".into()))
        );
        assert_eq!(
            classify(root, Path::new("/site/themes/default/templates/base.html")),
            Some(Change::Everything)
        );
        assert_eq!(
            classify(root, Path::new("/site/site.yaml")),
            Some(Change::Everything)
        );
        assert_eq!(
            classify(root, Path::new("/site/public/en/index.html")),
            None
        );
        assert_eq!(
            classify(root, Path::new("/site/content/en/sedX1b2c3")),
            None,
            "sed -i's temporary file"
        );
        assert_eq!(
            classify(root, Path::new("/site/content/pl")),
            Some(Change::Everything)
        );
        for name in [".a.md.swp", "a.md~", "#a.md#", "4913", ".#a.md", "a.md.tmp"] {
            assert_eq!(
                classify(root, &Path::new("/site/content/en").join(name)),
                None,
                "{name}"
            );
        }
    }
}
