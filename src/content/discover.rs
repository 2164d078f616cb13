//! Discovery: walk `content/` and list every leaflet source as `(language, identity, file)`.
//!
//! The layout is `content/<lang>/<path>.md`; `<path>` without `.md` is the leaflet's identity
//! across languages. Discovery only finds and reads files; it checks what can be known from
//! paths alone (unconfigured language folders, links leaving the site, case collisions) and
//! never drops a walk error: each becomes a diagnostic naming the path.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::lang;

/// One Markdown source file, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The language folder it is in (canonical tag).
    pub language: String,
    /// The leaflet's identity across languages: the path under the language folder, without
    /// `.md`, with `/` separators (`side-effects`, `treatments/radiotherapy`). The language's
    /// home-page intro is `index`.
    pub identity: String,
    /// The path as messages show it, relative to the site root.
    pub display_path: PathBuf,
    /// The file's text (valid UTF-8, no NUL bytes).
    pub text: String,
}

/// Finds and reads every leaflet under `root/content`.
pub fn discover(root: &Path, config: &Config, diagnostics: &mut Diagnostics) -> Vec<SourceFile> {
    let content = root.join("content");
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::warning("there is no `content/` folder, so the site has no leaflets")
                .in_file(display_path(root, &content))
                .with_help("create `content/<language>/<leaflet>.md` files"),
        );
        return Vec::new();
    }
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut found: Vec<(String, String, PathBuf)> = Vec::new();
    for entry in WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .min_depth(1)
    {
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
        if entry.path_is_symlink() && !points_inside(path, &canonical_root) {
            diagnostics.push(
                Diagnostic::error("this link points outside the site folder")
                    .in_file(display_path(root, path))
                    .with_help("copy the file into the site instead of linking to it"),
            );
            continue;
        }
        if entry.depth() == 1 {
            if entry.file_type().is_dir() {
                check_language_folder(root, path, &name, config, diagnostics);
            } else {
                diagnostics.push(
                    Diagnostic::warning("files directly under `content/` are ignored")
                        .in_file(display_path(root, path))
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
                    .in_file(display_path(root, path))
                    .with_help("put images and other files in `static/`"),
            );
            continue;
        }
        found.push((language, identity_of(relative), path.to_path_buf()));
    }
    warn_case_collisions(&found, root, diagnostics);
    let read: Vec<Result<SourceFile, Diagnostic>> = found
        .into_par_iter()
        .map(|(language, identity, path)| read_source(root, &path, language, identity))
        .collect();
    read.into_iter()
        .filter_map(|result| result.map_err(|d| diagnostics.push(d)).ok())
        .collect()
}

/// A folder walk's error as a diagnostic naming the path: a link loop, or why it cannot be read.
pub fn walk_error(root: &Path, error: &walkdir::Error) -> Diagnostic {
    let path = error
        .path()
        .map(|p| display_path(root, p))
        .unwrap_or_default();
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

fn points_inside(path: &Path, canonical_root: &Path) -> bool {
    fs::canonicalize(path).is_ok_and(|target| target.starts_with(canonical_root))
}

fn check_language_folder(
    root: &Path,
    path: &Path,
    name: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) {
    match lang::parse_tag(name) {
        Ok(id) if config.language(&id.to_string()).is_some() => {
            if id.to_string().as_str() != name {
                diagnostics.push(
                    Diagnostic::warning(format!("language folder `{name}` is written `{id}` in BCP 47"))
                        .in_file(display_path(root, path))
                        .with_help(format!("rename the folder to `{id}`")),
                );
            }
        }
        Ok(id) => diagnostics.push(
            Diagnostic::error(format!("content folder `{name}` is for language `{id}`, which is not in site.yaml's `languages`"))
                .in_file(display_path(root, path))
                .with_help(format!("add `- code: {id}` with its `name` to `languages` in site.yaml, or move the folder out of `content/`")),
        ),
        Err(problem) => diagnostics.push(
            Diagnostic::error(format!("content folder `{name}` is not a language: {problem}"))
                .in_file(display_path(root, path))
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
fn identity_of(relative: &Path) -> String {
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .skip(1)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let mut identity = parts.join("/");
    if let Some(parent) = identity.strip_suffix("/index") {
        identity = parent.to_string();
    }
    identity
}

/// Files whose paths differ only in letter case or Unicode normal form collide on the
/// case-insensitive file systems of Windows and macOS.
fn warn_case_collisions(
    found: &[(String, String, PathBuf)],
    root: &Path,
    diagnostics: &mut Diagnostics,
) {
    let mut seen: BTreeMap<String, &Path> = BTreeMap::new();
    for (language, identity, path) in found {
        let folded = format!("{language}/{}", identity.to_lowercase());
        if let Some(first) = seen.insert(folded, path)
            && first != path.as_path()
        {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "this file's name differs from `{}` only in letter case; they collide on Windows and macOS",
                    display_path(root, first).display()
                ))
                .in_file(display_path(root, path))
                .with_help("rename one of the two files"),
            );
        }
    }
}

fn read_source(
    root: &Path,
    path: &Path,
    language: String,
    identity: String,
) -> Result<SourceFile, Diagnostic> {
    let display = display_path(root, path);
    let bytes = fs::read(path).map_err(|error| {
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
