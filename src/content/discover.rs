//! Discovery: walk `content/` and list every leaflet source as `(language, identity, file)`.
//!
//! The layout is `content/<lang>/<path>.md`; `<path>` without `.md` is the leaflet's identity
//! across languages. Discovery only finds and reads files; it checks what can be known from
//! paths alone (unconfigured language folders, links leaving the site, case collisions) and
//! never drops a walk error: each becomes a diagnostic naming the path.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use rayon::prelude::*;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang;
use crate::paths::{SitePath, SiteRoot};

/// One Markdown source file, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The language folder it is in (canonical tag).
    pub language: String,
    /// The leaflet's identity across languages: the path under the language folder, without
    /// `.md`, with `/` separators (`side-effects`, `treatments/radiotherapy`). The language's
    /// home-page intro is `index`.
    pub identity: String,
    /// The file's path in the site (`content/de/nebenwirkungen.md`), as messages show it.
    pub display_path: SitePath,
    /// The file's text (valid UTF-8, no NUL bytes).
    pub text: String,
}

/// A leaflet source found by [`walk`], not read yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The language folder it is in (canonical tag).
    pub language: String,
    /// The leaflet's identity across languages (see [`SourceFile::identity`]).
    pub identity: String,
    /// The file's path in the site.
    pub path: SitePath,
}

/// Finds and reads every leaflet under `root/content`: [`walk`], then [`read`] in parallel.
pub fn discover(
    root: &SiteRoot,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Vec<SourceFile> {
    let found = walk(root, config, diagnostics);
    let read: Vec<Result<SourceFile, Diagnostic>> = found
        .into_par_iter()
        .map(|found| read(root, found))
        .collect();
    read.into_iter()
        .filter_map(|result| result.map_err(|d| diagnostics.push(d)).ok())
        .collect()
}

/// Lists every leaflet source under `root/content`, in file-name order, with the problems that
/// paths alone show. Reads no file.
pub fn walk(root: &SiteRoot, config: &Config, diagnostics: &mut Diagnostics) -> Vec<Found> {
    let content = root.join("content");
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::warning("there is no `content/` folder, so the site has no leaflets")
                .in_file("content")
                .with_help("create `content/<language>/<leaflet>.md` files"),
        );
        return Vec::new();
    }
    let mut found: Vec<Found> = Vec::new();
    let mut walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .min_depth(1)
        .into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                diagnostics.push(walk_error(root, &error));
                continue;
            }
        };
        let path = entry.path();
        let relative = path.strip_prefix(&content).unwrap_or(path);
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let shown = root.display(path);
        if let Some(problem) = link_problem(root, &entry, false) {
            diagnostics.push(problem);
            if entry.file_type().is_dir() {
                // Never walk a folder outside the site (a link to `/`).
                walker.skip_current_dir();
            }
            continue;
        }
        if entry.depth() == 1 {
            if entry.file_type().is_dir() {
                check_language_folder(&shown, &name, config, diagnostics);
            } else {
                diagnostics.push(
                    Diagnostic::warning("files directly under `content/` are ignored")
                        .in_file(shown)
                        .with_help("move it into a language folder, e.g. `content/en/`"),
                );
            }
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let Some(language) = language_of(relative, config) else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            diagnostics.push(
                Diagnostic::warning("only `.md` files are leaflets; this file is ignored")
                    .in_file(shown)
                    .with_help("put images and other files in `static/`"),
            );
            continue;
        }
        let Some(site_path) = root.relative(path) else {
            continue;
        };
        let identity = identity_of(relative);
        if let Some(problem) = name_problem(relative) {
            diagnostics.push(problem.in_file(shown));
            continue;
        }
        warn_other_normal_form(relative, &identity, &shown, diagnostics);
        found.push(Found {
            language,
            identity,
            path: site_path,
        });
    }
    let found = refuse_shared_identities(found, diagnostics);
    warn_case_collisions(&found, diagnostics);
    found
}

/// A folder walk's error as a diagnostic naming the path: a link loop, or why it cannot be read.
pub fn walk_error(root: &SiteRoot, error: &walkdir::Error) -> Diagnostic {
    let path = error.path().map(|p| root.display(p)).unwrap_or_default();
    if error.loop_ancestor().is_some() {
        return Diagnostic::error("this symbolic link makes a loop")
            .in_file(path)
            .with_help("remove the link, or point it at a folder that does not contain it");
    }
    let reason = error
        .io_error()
        .map_or_else(|| error.to_string(), ToString::to_string);
    Diagnostic::error(format!("cannot read this path: {reason}"))
        .in_file(path)
        .with_help("check that the file exists and that you may read it")
}

/// The error for a symbolic link a walk of the site met, when it is not allowed: a link out of
/// the site folder, unless `allow_outside` (`allow_links_outside: true` in `site.yaml`); and,
/// always, a link to a folder that contains the site (`/`, the home folder), which would
/// publish, or walk, the whole file system. `None` for other entries and allowed links.
pub fn link_problem(
    root: &SiteRoot,
    entry: &walkdir::DirEntry,
    allow_outside: bool,
) -> Option<Diagnostic> {
    if !entry.path_is_symlink() {
        return None;
    }
    let shown = root.display(entry.path());
    let target = fs::canonicalize(entry.path()).ok()?;
    if target.starts_with(root.path()) {
        return None;
    }
    if root.path().starts_with(&target) {
        return Some(
            Diagnostic::error(format!(
                "this link points at `{}`, a folder that contains the whole site",
                target.display()
            ))
            .in_file(shown)
            .with_help("remove the link; link to the one file or folder you mean, inside the site"),
        );
    }
    if allow_outside {
        return None;
    }
    Some(
        Diagnostic::error(format!(
            "this link points outside the site folder, to `{}`",
            target.display()
        ))
        .in_file(shown)
        .with_help("copy the file into the site instead of linking to it, or, if the site must link out, add `allow_links_outside: true` to site.yaml"),
    )
}

fn check_language_folder(path: &Path, name: &str, config: &Config, diagnostics: &mut Diagnostics) {
    match lang::parse_tag(name) {
        Ok(id) if config.language(&id.to_string()).is_some() => {
            if id.to_string().as_str() != name {
                diagnostics.push(
                    Diagnostic::warning(format!("language folder `{name}` is written `{id}` in BCP 47"))
                        .in_file(path)
                        .with_help(format!("rename the folder to `{id}`")),
                );
            }
        }
        Ok(id) => diagnostics.push(
            Diagnostic::error(format!("content folder `{name}` is for language `{id}`, which is not in site.yaml's `languages`"))
                .in_file(path)
                .with_help(format!("add `- code: {id}` with its `name` to `languages` in site.yaml, or move the folder out of `content/`")),
        ),
        Err(problem) => diagnostics.push(
            Diagnostic::error(format!("content folder `{name}` is not a language: {problem}"))
                .in_file(path)
                .with_help("name each folder under `content/` after a configured language code, e.g. `content/de/`"),
        ),
    }
}

/// The configured language of the folder a file is in, or `None` when that folder is not a
/// configured language (already reported for the folder).
fn language_of(relative: &Path, config: &Config) -> Option<String> {
    let folder = relative.components().next()?.as_os_str().to_str()?;
    let tag = lang::parse_tag(folder).ok()?.to_string();
    config.language(&tag).map(|l| l.code.clone())
}

/// `de/treatments/radiotherapy.md` → `treatments/radiotherapy`; `de/faq/index.md` → `faq`.
/// Names are read in Unicode NFC, so that `café.md` saved by macOS (NFD) and by Windows or
/// Linux (NFC) is one leaflet.
fn identity_of(relative: &Path) -> String {
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .skip(1)
        .map(|c| c.as_os_str().to_string_lossy().nfc().collect())
        .collect();
    let mut identity = parts.join("/");
    if let Some(parent) = identity.strip_suffix("/index") {
        identity = parent.to_string();
    }
    identity
}

/// A warning for a file whose name is not in Unicode NFC (macOS saves names in NFD): it is read
/// as its NFC name, so that it is the same leaflet as the other languages' files.
fn warn_other_normal_form(
    relative: &Path,
    identity: &str,
    shown: &Path,
    diagnostics: &mut Diagnostics,
) {
    let name = relative.to_string_lossy();
    if is_nfc_quick(name.chars()) == IsNormalized::Yes || name.nfc().eq(name.chars()) {
        return;
    }
    diagnostics.push(
        Diagnostic::warning(format!(
            "this file's name is saved in another Unicode form than NFC; it is read as the leaflet `{identity}`"
        ))
        .in_file(shown)
        .with_help("nothing to do if this is the leaflet you meant; to silence this, rename the file in an editor that saves names in NFC (Windows, Linux), or type its name again"),
    );
}

/// Why a file's name cannot be a page's address: right-to-left overrides and control characters
/// (which make a name read differently than it is), or a name the output needs for itself.
fn name_problem(relative: &Path) -> Option<Diagnostic> {
    let segments = relative.with_extension("");
    let segments: Vec<String> = segments
        .components()
        .skip(1)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    segments.iter().find_map(|segment| {
        let problem = super::front_matter::segment_problem(segment)?;
        Some(
            Diagnostic::error(format!("the name `{}` {problem}", segment.escape_debug()))
                .with_help(
                    "rename the file or folder: letters, digits and `-`, such as `side-effects.md`",
                ),
        )
    })
}

/// Two files that make one leaflet in one language (`faq.md` and `faq/index.md`, or two names
/// that are not UTF-8 and read the same): an error naming both. The first, in file-name order,
/// is kept, so that links to the leaflet are not reported as broken too.
fn refuse_shared_identities(found: Vec<Found>, diagnostics: &mut Diagnostics) -> Vec<Found> {
    let mut seen: BTreeMap<(String, String), SitePath> = BTreeMap::new();
    let mut kept = Vec::with_capacity(found.len());
    for file in found {
        let key = (file.language.clone(), file.identity.clone());
        if let Some(first) = seen.get(&key) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "this file and `{}` are both the leaflet `{}` in `{}`",
                    first.display(),
                    file.identity,
                    file.language
                ))
                .in_file(&file.path)
                .with_help("keep one of the two files: rename or remove the other"),
            );
            continue;
        }
        seen.insert(key, file.path.clone());
        kept.push(file);
    }
    kept
}

/// Files whose paths differ only in letter case collide on the case-insensitive file systems of
/// Windows and macOS.
fn warn_case_collisions(found: &[Found], diagnostics: &mut Diagnostics) {
    let mut seen: BTreeMap<String, &SitePath> = BTreeMap::new();
    for file in found {
        let folded = format!("{}/{}", file.language, file.identity.to_lowercase());
        if let Some(first) = seen.insert(folded, &file.path) {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "this file's name differs from `{first}` only in letter case; they collide on Windows and macOS"
                ))
                .in_file(&file.path)
                .with_help("rename one of the two files"),
            );
        }
    }
}

/// Reads a found source: UTF-8 text without NUL bytes, or a diagnostic saying what is wrong.
pub fn read(root: &SiteRoot, found: Found) -> Result<SourceFile, Diagnostic> {
    let Found {
        language,
        identity,
        path,
    } = found;
    let display = path.clone();
    let bytes = fs::read(root.join(&path)).map_err(|error| {
        Diagnostic::error(format!("cannot read this file: {error}"))
            .in_file(&display)
            .with_help("check that the file exists and that you may read it")
    })?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
            return Err(Diagnostic::error("this file is not valid UTF-8 text")
                .in_file(&display)
                .at_offset(&lossy, prefix.len())
                .with_help(
                    "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)",
                ));
        }
    };
    if let Some(offset) = text.find('\0') {
        return Err(
            Diagnostic::error("this file contains a NUL byte, so it is not a text file")
                .in_file(&display)
                .at_offset(&text, offset)
                .with_help("remove the NUL character, or save the file again as plain UTF-8 text"),
        );
    }
    Ok(SourceFile {
        language,
        identity,
        display_path: display,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_drops_language_extension_and_index() {
        assert_eq!(identity_of(Path::new("de/side-effects.md")), "side-effects");
        assert_eq!(identity_of(Path::new("de/a/b.md")), "a/b");
        assert_eq!(identity_of(Path::new("de/faq/index.md")), "faq");
        assert_eq!(identity_of(Path::new("de/index.md")), "index");
    }
}
