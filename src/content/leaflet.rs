//! The [`Leaflet`]: one source file with its front matter read, in one language, and what is
//! computed from its body once and then read by every stage that needs it (anchors, the
//! [`Scan`] of its Markdown, its readability [`Measures`]). Each is computed on first use, so a
//! command that never asks pays nothing.

use std::sync::OnceLock;

use rayon::prelude::*;

use super::discover::SourceFile;
use super::front_matter::{self, FrontMatter};
use super::scan::{self, Scan};
use crate::diagnostics::{Diagnostic, Diagnostics};
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
    /// What its body contains, computed when first asked for.
    scanned: OnceLock<Scan>,
    /// The readability measures of its prose, computed when first asked for.
    measures: OnceLock<Measures>,
}

impl Leaflet {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.file.text[self.body_offset..]
    }

    /// True when the leaflet has a heading or footnote with this id.
    pub fn has_anchor(&self, id: &str) -> bool {
        self.anchors
            .get_or_init(|| crate::markdown::anchors(self.body()))
            .iter()
            .any(|anchor| anchor == id)
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
}

/// Reads the front matter of every file, in parallel. Files with errors are left out and their
/// errors pushed; drafts are left out unless `include_drafts`.
pub fn parse_all(
    files: Vec<SourceFile>,
    include_drafts: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<Leaflet> {
    let parsed: Vec<(Option<Leaflet>, Vec<Diagnostic>)> = files
        .into_par_iter()
        .map(
            |file| match front_matter::parse(&file.text, &file.display_path) {
                Ok((front, body_offset, warnings)) => (
                    Some(Leaflet {
                        file,
                        front,
                        body_offset,
                        anchors: OnceLock::new(),
                        scanned: OnceLock::new(),
                        measures: OnceLock::new(),
                    }),
                    warnings,
                ),
                Err(errors) => (None, errors),
            },
        )
        .collect();
    let mut leaflets = Vec::with_capacity(parsed.len());
    for (leaflet, found) in parsed {
        diagnostics.extend(found);
        if let Some(leaflet) = leaflet
            && (include_drafts || !leaflet.front.draft)
        {
            leaflets.push(leaflet);
        }
    }
    leaflets
}
