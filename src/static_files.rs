//! The files copied to the output as they are: the theme's static files, then the site's
//! `static/**`, which win. Listed once per compile; their paths are what `/file` links in
//! leaflets resolve against.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use walkdir::WalkDir;

use crate::content::discover::link_problem;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::paths::SiteRoot;
use crate::theme::StaticFile;

/// Where a static file's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaticSource {
    /// The theme's static file with this index in [`crate::theme::Theme::static_files`].
    Theme(usize),
    /// A file under the site's `static/`, by its file system path.
    Site(PathBuf),
}

/// The static files, keyed by their path in the output (`img/card.png`).
#[derive(Debug, Clone, Default)]
pub struct StaticFiles {
    files: BTreeMap<String, StaticSource>,
    paths: HashSet<String>,
}

impl StaticFiles {
    /// Lists the theme's static files and the site's `static/**` on top of them. Symbolic
    /// links inside `static/` are followed when they stay in the site folder (or
    /// `allow_links_outside` says they may leave it); any other is an error naming the link.
    pub fn collect(
        root: &SiteRoot,
        theme_static: &[StaticFile],
        allow_links_outside: bool,
        diagnostics: &mut Diagnostics,
    ) -> StaticFiles {
        let mut files: BTreeMap<String, StaticSource> = theme_static
            .iter()
            .enumerate()
            .map(|(index, file)| (file.path.clone(), StaticSource::Theme(index)))
            .collect();
        let folder = root.join("static");
        if folder.is_dir() {
            let mut walker = WalkDir::new(&folder)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter();
            while let Some(entry) = walker.next() {
                if let Ok(link) = &entry
                    && let Some(problem) = link_problem(root, link, allow_links_outside)
                {
                    diagnostics.push(problem);
                    if link.file_type().is_dir() {
                        walker.skip_current_dir();
                    }
                    continue;
                }
                match entry {
                    Ok(entry) if entry.file_type().is_file() => {
                        let relative = entry.path().strip_prefix(&folder).unwrap_or(entry.path());
                        let key = relative.to_string_lossy().replace('\\', "/");
                        files.insert(key, StaticSource::Site(entry.into_path()));
                    }
                    Ok(_) => {}
                    Err(error) => {
                        diagnostics.push(crate::content::discover::walk_error(root, &error));
                    }
                }
            }
        }
        let paths = files.keys().cloned().collect();
        StaticFiles { files, paths }
    }

    /// Every file: its path in the output and where it comes from, sorted by path.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &StaticSource)> {
        self.files.iter()
    }

    /// The paths in the output, for resolving `/file` links.
    pub fn paths(&self) -> &HashSet<String> {
        &self.paths
    }

    /// The bytes of one file.
    pub fn read(
        &self,
        source: &StaticSource,
        theme_static: &[StaticFile],
    ) -> Result<Vec<u8>, Diagnostic> {
        match source {
            StaticSource::Theme(index) => Ok(theme_static[*index].bytes.clone()),
            StaticSource::Site(file) => std::fs::read(file).map_err(|error| {
                Diagnostic::error(format!("cannot read this file: {error}")).in_file(file)
            }),
        }
    }
}
