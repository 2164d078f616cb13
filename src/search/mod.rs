//! Search in every language, offline too (docs/search.md): each language's index as script
//! files beside its search page, so searching works from a web server, any sub-path, a USB
//! stick and `file://`; and the A to Z topic list its search page shows without JavaScript.

pub mod fold;
pub mod index;
pub mod sections;
pub mod stem;
mod vocabulary;

pub use index::{IndexedPage, Topic, TopicGroup, WriteFile, build, topics_only};

/// The folder of a language's search page and index, under the language's folder.
pub const FOLDER: &str = "search";
