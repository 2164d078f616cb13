//! YAML helpers shared by `site.yaml` and front matter: errors with positions in the user's file,
//! and warnings for unknown keys that suggest the nearest known one.
//!
//! Unknown keys are found by scanning the block's top-level lines rather than by a second YAML
//! parse or `#[serde(flatten)]`: flatten would make serde forget where a type error is, and a
//! second parse would double the cost of front matter on large sites.

use std::path::Path;

use crate::diagnostics::Diagnostic;

/// A YAML error as a diagnostic at the right place in the file.
///
/// `block_offset` is the byte offset in `file_text` where the YAML block starts, so positions
/// are in the user's file, not in the snippet.
pub fn error_diagnostic(
    error: &serde_yaml::Error,
    path: &Path,
    file_text: &str,
    block_offset: usize,
    help: &str,
) -> Diagnostic {
    let message = error.to_string();
    let message = match message.find(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message,
    };
    let message = plain_types(&message);
    let diagnostic = Diagnostic::error(message).in_file(path).with_help(help);
    match error.location() {
        Some(location) => diagnostic.at_offset(file_text, block_offset + location.index()),
        None => diagnostic,
    }
}

/// Serde's type names in words users know: `expected i64` becomes `expected a whole number`.
fn plain_types(message: &str) -> String {
    [
        ("expected i64", "expected a whole number"),
        ("expected u64", "expected a whole number"),
        ("expected a boolean", "expected true or false"),
        ("expected a sequence", "expected a list"),
        ("invalid type: sequence", "invalid type: a list"),
        ("invalid type: map", "invalid type: a mapping of keys"),
        ("expected a string", "expected text"),
    ]
    .iter()
    .fold(message.to_string(), |text, (from, to)| {
        text.replace(from, to)
    })
}

/// A top-level key of a YAML mapping block and its byte offset in the block.
#[derive(Debug, PartialEq, Eq)]
pub struct TopLevelKey<'a> {
    /// The key as written, without quotes.
    pub name: &'a str,
    /// Byte offset of the key's first character in the block.
    pub offset: usize,
}

/// The keys of a block-style top-level mapping, in order.
pub fn top_level_keys(block: &str) -> Vec<TopLevelKey<'_>> {
    let mut keys = Vec::new();
    let mut offset = 0;
    for line in block.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(first) = line.chars().next() else {
            continue;
        };
        if first.is_whitespace() || matches!(first, '#' | '-' | '{' | '[' | '}' | ']' | '\u{feff}')
        {
            continue;
        }
        let Some(colon) = line.find(':') else {
            continue;
        };
        let name = line[..colon].trim().trim_matches(|c| c == '"' || c == '\'');
        if !name.is_empty() {
            keys.push(TopLevelKey {
                name,
                offset: start,
            });
        }
    }
    keys
}

/// Warnings for every top-level key of `block` that is not in `known`, each suggesting the
/// nearest known key when one is close enough to be a typo.
pub fn unknown_key_warnings(
    block: &str,
    known: &[&str],
    path: &Path,
    file_text: &str,
    block_offset: usize,
    what: &str,
) -> Vec<Diagnostic> {
    top_level_keys(block)
        .into_iter()
        .filter(|key| !known.contains(&key.name))
        .map(|key| {
            let help = match nearest(key.name, known) {
                Some(near) => format!("did you mean `{near}`? Rename the key, or remove it"),
                None => format!("known keys are: {}", known.join(", ")),
            };
            Diagnostic::warning(format!("unknown key `{}` in {what}", key.name))
                .in_file(path)
                .at_offset(file_text, block_offset + key.offset)
                .with_help(help)
        })
        .collect()
}

/// The known word closest to `word`, when it is close enough to be a typo of it.
pub fn nearest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_top_level_keys_only() {
        let block = "title: A\nsources:\n  - title: x\n# note: y\n\"order\": 2\n";
        let names: Vec<_> = top_level_keys(block).into_iter().map(|k| k.name).collect();
        assert_eq!(names, ["title", "sources", "order"]);
    }

    #[test]
    fn suggests_nearest_key() {
        assert_eq!(
            nearest("reveiwed", &["reviewed", "title"]),
            Some("reviewed")
        );
        assert_eq!(nearest("colour", &["reviewed", "title"]), None);
    }

    #[test]
    fn errors_point_into_the_file_not_the_block() {
        let file = "---\ntitle: x\norder: [\n---\n";
        let block = &file[4..17];
        let err = serde_yaml::from_str::<serde_yaml::Value>(block).unwrap_err();
        let d = error_diagnostic(&err, Path::new("a.md"), file, 4, "fix it");
        assert!(d.position.unwrap().line >= 3, "{d}");
        assert!(!d.message.contains(" at line "));
    }
}
