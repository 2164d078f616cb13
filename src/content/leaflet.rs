//! The [`Leaflet`]: one source file with its front matter read, in one language, and what is
//! computed from its body once and then read by every stage that needs it (anchors, link
//! targets, the source hash, the [`Scan`] of its Markdown, its readability [`Measures`], the
//! [`LineIndex`] that turns offsets into positions for its diagnostics). Each
//! is computed on first use, so a command that never asks pays nothing; `serve` keeps them for
//! the leaflets a change does not touch.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use rayon::prelude::*;

use super::discover::SourceFile;
use super::front_matter::{self, FrontMatter};
use super::scan::{self, Scan};
use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Position};
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
    /// The ids of its headings and footnotes, computed when a `#fragment` link first needs them.
    anchors: OnceLock<Vec<String>>,
    /// The identities of the leaflets it links to, computed when first asked for.
    link_targets: OnceLock<Vec<String>>,
    /// The short hash of its text, computed when first asked for.
    source_hash: OnceLock<String>,
    /// What its body contains, computed when first asked for.
    scanned: OnceLock<Scan>,
    /// The readability measures of its prose, computed when first asked for.
    measures: OnceLock<Measures>,
    /// Where each line of its file starts, built for its first diagnostic with a position.
    lines: OnceLock<LineIndex>,
}

impl Leaflet {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.file.text[self.body_offset..]
    }

    /// True when the leaflet has a heading or footnote with this id.
    pub fn has_anchor(&self, id: &str) -> bool {
        self.anchors().iter().any(|anchor| anchor == id)
    }

    /// The ids of its headings and footnotes, as links to `#fragment`s see them.
    pub fn anchors(&self) -> &[String] {
        self.anchors
            .get_or_init(|| crate::markdown::anchors(self.body()))
    }

    /// What the body contains: prose blocks, headings, images, links and tables.
    pub fn scan(&self) -> &Scan {
        self.scanned.get_or_init(|| scan::scan(self.body()))
    }

    /// The readability measures of the body's prose (paragraphs, list items and headings), in
    /// the leaflet's language. Compare them with the site's targets with
    /// [`readability::scores`].
    pub fn readability(&self) -> &Measures {
        self.measures.get_or_init(|| {
            let blocks = self.scan().blocks.iter().map(|block| block.text.as_str());
            readability::measure(blocks, &self.file.language)
        })
    }

    /// `diagnostic` in this leaflet's file at byte `offset` of the file, its position found
    /// in the file's line index (built once), not by scanning from the file's start.
    pub fn locate(&self, diagnostic: Diagnostic, offset: usize) -> Diagnostic {
        diagnostic.in_file(&self.file.display_path).at_indexed(
            &self.file.text,
            self.line_index(),
            offset,
        )
    }

    /// The position of byte `offset` of the file.
    pub fn position(&self, offset: usize) -> Position {
        self.line_index().position(&self.file.text, offset)
    }

    fn line_index(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.file.text))
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
        self.link_targets
            .get_or_init(|| crate::markdown::link_targets(self.body(), self.folder()))
    }

    /// The short hash of its text that translations record in `translation_of`
    /// ([`crate::translation::source_hash`]), computed once.
    pub fn source_hash(&self) -> &str {
        self.source_hash
            .get_or_init(|| crate::translation::hash_text(self))
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
    let parsed: Vec<(String, Option<Leaflet>, Vec<Diagnostic>)> = files
        .into_par_iter()
        .map(|file| {
            let identity = file.identity.clone();
            let (leaflet, found) = parse(file, include_drafts);
            (identity, leaflet, found)
        })
        .collect();
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
