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

/// The deepest nesting of lists and mappings a YAML block may have. The YAML parser takes time
/// that grows with the square of the depth (100,000 nested `[` took 37 s); `site.yaml` and
/// front matter need four or five levels.
pub const MAX_NESTING: usize = 64;

/// An error when `block` nests lists and mappings more than [`MAX_NESTING`] deep, at the line
/// where it does, so that it is never handed to the parser.
pub fn nesting_error(
    block: &str,
    path: &Path,
    file_text: &str,
    block_offset: usize,
) -> Option<Diagnostic> {
    let offset = too_deep(block)?;
    Some(
        Diagnostic::error(format!(
            "lists and mappings are nested more than {MAX_NESTING} levels deep here"
        ))
        .in_file(path)
        .at_offset(file_text, block_offset + offset)
        .with_help(
            "a few levels are all a site needs: close the `[` and `{` brackets, or indent less",
        ),
    )
}

/// The byte offset in `block` where its collections are nested more than [`MAX_NESTING`]
/// deep, if they are. One pass, erring on the side of counting: flow brackets outside quoted
/// scalars and comments, block indentation levels, and `- ` and `? ` markers; the contents of
/// `|` and `>` block scalars are text and do not count.
fn too_deep(block: &str) -> Option<usize> {
    let mut scan = NestingScan::default();
    let mut offset = 0;
    for line in block.split_inclusive('\n') {
        if let Some(at) = scan.line(line) {
            return Some(offset + at);
        }
        offset += line.len();
    }
    None
}

/// The state of [`too_deep`] between lines.
#[derive(Default)]
struct NestingScan {
    /// The indentation of each open block collection.
    indents: Vec<usize>,
    /// Open `[` and `{`.
    flow: usize,
    /// The quote of a quoted scalar that goes on to the next line.
    quote: Option<char>,
    /// The indentation of the line that opened a `|` or `>` block scalar, while in one.
    block_scalar: Option<usize>,
}

impl NestingScan {
    /// Reads one line; the offset in it where the nesting gets too deep, if it does.
    fn line(&mut self, line: &str) -> Option<usize> {
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let blank = content.trim().is_empty() || content.trim_start().starts_with('#');
        if let Some(opener) = self.block_scalar {
            if blank || indent > opener {
                return None;
            }
            self.block_scalar = None;
        }
        let mut block_depth = self.indents.len();
        let mut rest = indent;
        if self.flow == 0 && self.quote.is_none() {
            if blank {
                return None;
            }
            while self.indents.last().is_some_and(|&open| open > indent) {
                self.indents.pop();
            }
            if self.indents.last() != Some(&indent) {
                self.indents.push(indent);
            }
            block_depth = self.indents.len();
            // `- - - x` and `? ` open one collection each on a single line.
            while let Some(marker) = content[rest..].strip_prefix(['-', '?'])
                && (marker.is_empty() || marker.starts_with([' ', '\t']))
            {
                block_depth += 1;
                rest = content.len() - marker.trim_start().len();
            }
            if block_depth > MAX_NESTING {
                return Some(indent);
            }
        }
        let mut at_scalar_start = true;
        let mut chars = content[rest..].char_indices().peekable();
        let mut previous = ' ';
        while let Some((i, c)) = chars.next() {
            let at = rest + i;
            if let Some(quote) = self.quote {
                if c == '\\' && quote == '"' {
                    chars.next();
                } else if c == quote {
                    if quote == '\'' && chars.peek().is_some_and(|&(_, next)| next == '\'') {
                        chars.next();
                    } else {
                        self.quote = None;
                        at_scalar_start = false;
                    }
                }
                previous = c;
                continue;
            }
            // Quotes and, outside brackets, brackets mean something only where a scalar starts:
            // `don't [x]` is plain text, to the parser as here.
            match c {
                '#' if previous == ' ' || previous == '\t' => break,
                '"' | '\'' if at_scalar_start => self.quote = Some(c),
                '[' | '{' if at_scalar_start || self.flow > 0 => {
                    self.flow += 1;
                    if block_depth + self.flow > MAX_NESTING {
                        return Some(at);
                    }
                }
                ']' | '}' if self.flow > 0 => self.flow -= 1,
                _ => {}
            }
            if !c.is_whitespace() {
                let next_is_space = chars.peek().is_none_or(|&(_, next)| next.is_whitespace());
                at_scalar_start = match c {
                    '[' | '{' => true,
                    ',' => self.flow > 0,
                    ':' | '-' | '?' => next_is_space,
                    _ => false,
                };
            }
            previous = c;
        }
        let value = content.trim_end();
        let last_token = value.rsplit([' ', '\t']).next().unwrap_or_default();
        if self.flow == 0
            && self.quote.is_none()
            && last_token.starts_with(['|', '>'])
            && last_token[1..]
                .chars()
                .all(|c| matches!(c, '-' | '+' | '0'..='9'))
        {
            self.block_scalar = Some(indent);
        }
        None
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
    fn nesting_counts_brackets_indentation_and_markers() {
        let brackets = |n: usize| format!("a: {}{}\n", "[".repeat(n), "]".repeat(n));
        assert_eq!(too_deep(&brackets(MAX_NESTING - 1)), None);
        assert_eq!(too_deep(&brackets(MAX_NESTING)), Some(3 + MAX_NESTING - 1));
        let dashes = format!("a:\n  {}x\n", "- ".repeat(MAX_NESTING));
        assert_eq!(too_deep(&dashes), Some(5));
        let indented: String = (0..=MAX_NESTING)
            .map(|n| format!("{}k{n}:\n", " ".repeat(n)))
            .collect();
        assert!(too_deep(&indented).is_some());
    }

    #[test]
    fn nesting_ignores_quotes_comments_and_block_scalars() {
        let many = "[".repeat(200);
        let block = format!(
            "title: \"{many}\"\nsummary: '{many}''{many}'\n# {many}\ntext: |\n  {many}\n   {many}\nnote: C# [x] and don't [y]\nlist: [a, 'b''c', \"d\\\"[\"]\n"
        );
        assert_eq!(too_deep(&block), None);
        let block = format!("a: don't\nb: {many}\n");
        assert!(too_deep(&block).is_some());
        let indented: String = (0..200)
            .map(|n| format!("{}line\n", " ".repeat(n + 2)))
            .collect();
        assert_eq!(too_deep(&format!("text: >-\n{indented}b: 1\n")), None);
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
