//! Stages 2 and 3: find the leaflet sources (`discover`) and read their front matter
//! (`front_matter`) into [`Leaflet`]s; `scan` reads what a leaflet's Markdown contains.

pub mod discover;
pub mod front_matter;
pub mod leaflet;
pub mod scan;

pub use discover::{SourceFile, discover};
pub use front_matter::FrontMatter;
pub use leaflet::{Leaflet, parse_all, parse_all_with_failures, read_all};
