//! The [`Leaflet`]: one source file with its front matter read, in one language, and what is
//! computed from its body once and then read by every stage that needs it (anchors, link
//! targets, the source hash, the [`Scan`] of its Markdown, its readability [`Measures`], the
//! [`LineIndex`] that turns offsets into positions for its diagnostics). Each
//! is computed on first use, so a command that never asks pays nothing; `serve` keeps them for
//! the leaflets a change does not touch.
//!
//! A build does not hold every text for its whole run (a 48,000-page site has over 400 MB of
//! Markdown): it reads each file, parses its front matter and lets the text go
//! ([`Leaflet::release_text`]); the page that shows it reads it again ([`Leaflet::text`]), and
//! so does any fact above that is first asked for later. A file that changed on disk in between
//! is an error: the site would mix two versions of it.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::hash::{BuildHasher, Hasher};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use super::discover::{self, Found, SourceFile};
use super::front_matter::{self, FrontMatter};
use super::scan::{self, Scan};
use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Position};
use crate::paths::SiteRoot;
use crate::readability::{self, Measures};

/// A leaflet in one language: its file, its front matter, and where its Markdown starts.
#[derive(Debug, Clone)]
pub struct Leaflet {
    /// The source file.
    pub file: SourceFile,
    /// The parsed front matter.
    pub front: FrontMatter,
    /// Byte offset of the Markdown body in `file.text`.
    pub body_offset: usize,
    // What is computed on first use is boxed: most of it is never asked for in a build, and
    // every byte here is a byte of every leaflet for the whole build (48,000 of them at most
    // in docs/performance.md).
    /// The ids of its headings and footnotes, computed when a `#fragment` link first needs them.
    anchors: OnceLock<Box<[String]>>,
    /// The identities of the leaflets it links to, computed when first asked for.
    link_targets: OnceLock<Box<[String]>>,
    /// The short hash of its text, computed when first asked for.
    source_hash: OnceLock<Box<str>>,
    /// What its body contains, computed when first asked for.
    scanned: OnceLock<Box<Scan>>,
    /// The readability measures of its prose, computed when first asked for.
    measures: OnceLock<Box<Measures>>,
    /// Where each line of its file starts, built for its first diagnostic with a position.
    lines: OnceLock<LineIndex>,
    /// Where to read the text again, once it is no longer held.
    released: Option<Box<Released>>,
}

/// A text let go of: the site's folder, which the file's path is relative to (one for every
/// leaflet, rather than a path each), and what the text was, to tell if it changed.
#[derive(Debug, Clone)]
struct Released {
    root: Arc<Path>,
    len: usize,
    hash: u64,
}

/// A fast, non-cryptographic hash of a text, to notice a file that changed during a build.
fn text_hash(text: &str) -> u64 {
    let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
    hasher.write(text.as_bytes());
    hasher.finish()
}

impl Leaflet {
    /// The Markdown body of a leaflet whose text is held (every command's but a build's, which
    /// reads texts with [`Leaflet::text`]).
    pub fn body(&self) -> &str {
        debug_assert!(
            self.released.is_none(),
            "read a released text with `text()`"
        );
        &self.file.text[self.body_offset..]
    }

    /// The file's whole text: the one held, or, once released, the file read again. An error
    /// naming the file when it can no longer be read or has changed since the build began.
    pub fn text(&self) -> Result<Cow<'_, str>, Diagnostic> {
        let Some(released) = &self.released else {
            return Ok(Cow::Borrowed(&self.file.text));
        };
        let changed = || {
            Diagnostic::error("this file changed while the site was being built")
                .in_file(&self.file.display_path)
                .with_help("build again once the file is saved; the output was left as it was")
        };
        let path = released.root.join(&self.file.display_path);
        let bytes = std::fs::read(path).map_err(|error| {
            Diagnostic::error(format!("cannot read this file again: {error}"))
                .in_file(&self.file.display_path)
                .with_help("it was read when the build began; check that it still exists, then build again")
        })?;
        let text = String::from_utf8(bytes).map_err(|_| changed())?;
        if text.len() != released.len || text_hash(&text) != released.hash {
            return Err(changed());
        }
        Ok(Cow::Owned(text))
    }

    /// The Markdown body within `text`, the file's text as [`Leaflet::text`] gave it.
    pub fn body_of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.body_offset..]
    }

    /// Lets the text go, keeping what is needed to read it again from the file (its path
    /// under `root`, the site's folder) and to notice if it changed. What is computed from the
    /// text on first use is then computed from the file read again.
    pub fn release_text(&mut self, root: Arc<Path>) {
        let text = std::mem::take(&mut self.file.text);
        self.released = Some(Box::new(Released {
            root,
            len: text.len(),
            hash: text_hash(&text),
        }));
    }

    /// `compute(body)`, with the body read again when the text was released; `otherwise` when
    /// it cannot be read (the page that shows the leaflet reports why).
    fn computed_from_body<T>(&self, compute: impl FnOnce(&str) -> T, otherwise: T) -> T {
        match self.text() {
            Ok(text) => compute(self.body_of(&text)),
            Err(_) => otherwise,
        }
    }

    /// True when the leaflet has a heading or footnote with this id.
    pub fn has_anchor(&self, id: &str) -> bool {
        self.anchors().iter().any(|anchor| anchor == id)
    }

    /// The ids of its headings and footnotes, as links to `#fragment`s see them.
    pub fn anchors(&self) -> &[String] {
        self.anchors.get_or_init(|| {
            self.computed_from_body(crate::markdown::anchors, Vec::new())
                .into_boxed_slice()
        })
    }

    /// What the body contains: prose blocks, headings, images, links and tables.
    pub fn scan(&self) -> &Scan {
        self.scanned
            .get_or_init(|| Box::new(self.computed_from_body(scan::scan, Scan::default())))
    }

    /// The readability measures of the body's prose (paragraphs, list items and headings), in
    /// the leaflet's language. Compare them with the site's targets with
    /// [`readability::scores`].
    pub fn readability(&self) -> &Measures {
        self.measures.get_or_init(|| {
            let blocks = self.scan().blocks.iter().map(|block| block.text.as_str());
            Box::new(readability::measure(blocks, &self.file.language))
        })
    }

    /// `diagnostic` in this leaflet's file at byte `offset` of the file, its position found
    /// in the file's line index (built once), not by scanning from the file's start.
    pub fn locate(&self, diagnostic: Diagnostic, offset: usize) -> Diagnostic {
        match self.text() {
            Ok(text) => self.locate_in(&text, diagnostic, offset),
            // The file is gone or changed: the page that shows it says so.
            Err(_) => diagnostic.in_file(&self.file.display_path),
        }
    }

    /// [`Leaflet::locate`] in `text`, the file's text as [`Leaflet::text`] gave it.
    pub fn locate_in(&self, text: &str, diagnostic: Diagnostic, offset: usize) -> Diagnostic {
        diagnostic
            .in_file(&self.file.display_path)
            .at_indexed(text, self.line_index(text), offset)
    }

    /// The position of byte `offset` of the file (of a leaflet whose text is held).
    pub fn position(&self, offset: usize) -> Position {
        self.line_index(&self.file.text)
            .position(&self.file.text, offset)
    }

    /// The line index of the file's `text`, built once.
    fn line_index(&self, text: &str) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(text))
    }

    /// The folder of its identity (`care` for `care/side-effects`), which its relative links
    /// start from.
    pub fn folder(&self) -> &str {
        self.file
            .identity
            .rsplit_once('/')
            .map_or("", |(folder, _)| folder)
    }

    /// The identities of the leaflets its Markdown links to: the pages that show this leaflet
    /// depend on those leaflets' URLs and headings.
    pub fn link_targets(&self) -> &[String] {
        self.link_targets.get_or_init(|| {
            self.computed_from_body(
                |body| crate::markdown::link_targets(body, self.folder()),
                Vec::new(),
            )
            .into_boxed_slice()
        })
    }

    /// The short hash of its text that translations record in `translation_of`
    /// ([`crate::translation::source_hash`]), computed once.
    pub fn source_hash(&self) -> &str {
        self.source_hash
            .get_or_init(|| crate::translation::hash_text(self).into_boxed_str())
    }
}

/// Reads one file's front matter: the leaflet (`None` when it has errors, or is a draft and
/// drafts are not included) and the problems found.
pub fn parse(file: SourceFile, include_drafts: bool) -> (Option<Leaflet>, Vec<Diagnostic>) {
    match front_matter::parse(&file.text, &file.display_path) {
        Ok((front, body_offset, warnings)) => {
            let leaflet = (include_drafts || !front.draft).then(|| Leaflet {
                file,
                front,
                body_offset,
                anchors: OnceLock::new(),
                link_targets: OnceLock::new(),
                source_hash: OnceLock::new(),
                scanned: OnceLock::new(),
                measures: OnceLock::new(),
                lines: OnceLock::new(),
                released: None,
            });
            (leaflet, warnings)
        }
        Err(errors) => (None, errors),
    }
}

/// Reads the front matter of every file, in parallel. Files with errors are left out and their
/// errors pushed; drafts are left out unless `include_drafts`.
pub fn parse_all(
    files: Vec<SourceFile>,
    include_drafts: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<Leaflet> {
    parse_all_with_failures(files, include_drafts, diagnostics).0
}

/// [`parse_all`], also returning the identities of the files that had errors, so that links to
/// them are not reported as broken on top of the error itself.
pub fn parse_all_with_failures(
    files: Vec<SourceFile>,
    include_drafts: bool,
    diagnostics: &mut Diagnostics,
) -> (Vec<Leaflet>, BTreeSet<String>) {
    let parsed: Vec<Parsed> = files
        .into_par_iter()
        .map(|file| {
            let identity = file.identity.clone();
            let (leaflet, found) = parse(file, include_drafts);
            (identity, leaflet, found)
        })
        .collect();
    gather(parsed, diagnostics)
}

/// Reads and parses every found source, in parallel, each file read and parsed in one go so
/// that texts do not pile up; with `release`, each text is let go once parsed
/// ([`Leaflet::release_text`]). Returns the leaflets and the identities of the files that had
/// errors, as [`parse_all_with_failures`] does.
pub fn read_all(
    root: &SiteRoot,
    found: Vec<Found>,
    include_drafts: bool,
    release: bool,
    diagnostics: &mut Diagnostics,
) -> (Vec<Leaflet>, BTreeSet<String>) {
    let folder: Arc<Path> = Arc::from(root.as_ref());
    let read: Vec<Result<Parsed, Diagnostic>> = found
        .into_par_iter()
        .map(|found| {
            let identity = found.identity.clone();
            let (mut leaflet, found) = parse(discover::read(root, found)?, include_drafts);
            if release && let Some(leaflet) = &mut leaflet {
                leaflet.release_text(folder.clone());
            }
            Ok((identity, leaflet, found))
        })
        .collect();
    // A file that cannot be read is reported as discovery reports it, before any parsing.
    let mut parsed = Vec::with_capacity(read.len());
    for result in read {
        match result {
            Ok(one) => parsed.push(one),
            Err(error) => diagnostics.push(error),
        }
    }
    gather(parsed, diagnostics)
}

/// A file's identity, its leaflet when it parsed, and what parsing it found.
type Parsed = (String, Option<Leaflet>, Vec<Diagnostic>);

fn gather(parsed: Vec<Parsed>, diagnostics: &mut Diagnostics) -> (Vec<Leaflet>, BTreeSet<String>) {
    let mut leaflets = Vec::with_capacity(parsed.len());
    let mut failed = BTreeSet::new();
    for (identity, leaflet, found) in parsed {
        if found.iter().any(Diagnostic::is_error) {
            failed.insert(identity);
        }
        diagnostics.extend(found);
        leaflets.extend(leaflet);
    }
    (leaflets, failed)
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use std::path::{Path, PathBuf};

    use crate::paths::SitePath;

    const TEXT: &str = "---\ntitle: Side effects\n---\n\n# Side effects\n\nCall [112](tel:112).\n";

    /// A released leaflet of a file written in a temporary folder.
    fn released(text: &str) -> (tempfile::TempDir, PathBuf, Leaflet) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("content/en/side-effects.md");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        let file = SourceFile {
            language: "en".into(),
            identity: "side-effects".into(),
            display_path: SitePath::new(Path::new("content/en/side-effects.md")).unwrap(),
            text: text.into(),
        };
        let mut leaflet = parse(file, false).0.expect("a leaflet");
        leaflet.release_text(Arc::from(dir.path()));
        (dir, path, leaflet)
    }

    #[test]
    fn a_released_text_is_read_again_and_what_it_gives_is_the_same() {
        let (_dir, _, leaflet) = released(TEXT);
        assert!(leaflet.file.text.is_empty(), "the text is not held");
        assert_eq!(leaflet.text().unwrap(), TEXT);
        assert_eq!(
            leaflet.body_of(&leaflet.text().unwrap()),
            "\n# Side effects\n\nCall [112](tel:112).\n"
        );
        assert_eq!(leaflet.anchors(), ["side-effects"]);
        let located = leaflet.locate(Diagnostic::warning("here"), TEXT.find("Call").unwrap());
        let shown = located.to_string();
        assert!(shown.contains("content/en/side-effects.md:7:1"), "{shown}");
    }

    #[test]
    fn a_file_changed_or_gone_after_it_was_read_is_an_error_naming_it() {
        let (_dir, path, leaflet) = released(TEXT);
        // Saved again by an editor, same length: still noticed.
        fs::write(&path, TEXT.replace("112", "113")).unwrap();
        let error = leaflet.text().unwrap_err().to_string();
        assert!(error.contains("content/en/side-effects.md"), "{error}");
        assert!(
            error.contains("changed while the site was being built"),
            "{error}"
        );
        // Nothing read from it is trusted: no anchors rather than another version's.
        assert!(leaflet.anchors().is_empty());

        fs::remove_file(&path).unwrap();
        let error = leaflet.text().unwrap_err().to_string();
        assert!(error.contains("cannot read this file again"), "{error}");
    }
}
