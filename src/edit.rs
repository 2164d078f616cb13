//! Editing a user's files (`status --stamp`, `new locale`): change one line, keep everything
//! else — comments, key order, line endings — byte for byte, and write atomically (a temporary
//! file in the same folder, then a rename) so an interruption never leaves half a file.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::content::front_matter;

/// The file's line ending: `\r\n` when its first line ends so, else `\n`.
pub fn line_ending(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if text[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

/// Sets a top-level front matter key to `value`: replaces its line when present, otherwise adds
/// a line just before the closing `---`. Returns `None` when the file has no front matter.
pub fn set_front_matter_key(text: &str, key: &str, value: &str) -> Option<String> {
    let split = front_matter::split(text).ok()?;
    let eol = line_ending(text);
    let line = format!("{key}: {value}");
    let mut offset = split.yaml_offset;
    for existing in split.yaml.split_inclusive('\n') {
        let name = existing.split(':').next().unwrap_or_default().trim_end();
        if !existing.starts_with([' ', '\t', '#', '-']) && name == key {
            let ending = &existing[existing.trim_end_matches(['\r', '\n']).len()..];
            return Some(format!(
                "{}{line}{ending}{}",
                &text[..offset],
                &text[offset + existing.len()..]
            ));
        }
        offset += existing.len();
    }
    let close = split.yaml_offset + split.yaml.len();
    Some(format!("{}{line}{eol}{}", &text[..close], &text[close..]))
}

/// Writes `text` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = folder.join(format!(".{name}.leafpress-{}", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Adds a language to `site.yaml`'s `languages:` list, after its last entry, in the style of
/// that entry (indentation, `- code:` first), keeping every other line as it is.
pub fn add_language(site_yaml: &str, code: &str, name: &str) -> Option<String> {
    let eol = line_ending(site_yaml);
    let lines: Vec<&str> = site_yaml.split_inclusive('\n').collect();
    let start = lines
        .iter()
        .position(|l| l.trim_end().starts_with("languages:") && !l.starts_with([' ', '\t']))?;
    let mut end = start + 1;
    let mut item_indent = None;
    while end < lines.len() {
        let line = lines[end];
        let trimmed = line.trim_start();
        if trimmed.trim_end().is_empty() || trimmed.starts_with('#') {
            end += 1;
            continue;
        }
        if !line.starts_with([' ', '\t', '-']) {
            break;
        }
        if trimmed.starts_with("- ") && item_indent.is_none() {
            item_indent = Some(line.len() - trimmed.len());
        }
        end += 1;
    }
    // Blank lines and the comments above the next key stay with that key: a comment belongs to
    // the list only when it is indented like its items (or deeper, and at all).
    let list_depth = item_indent.unwrap_or(2).max(1);
    while end > start + 1 {
        let line = lines[end - 1];
        let trimmed = line.trim_start();
        let next_keys_comment = trimmed.starts_with('#') && line.len() - trimmed.len() < list_depth;
        if !(trimmed.trim().is_empty() || next_keys_comment) {
            break;
        }
        end -= 1;
    }
    let indent = " ".repeat(item_indent.unwrap_or(2));
    let entry = format!(
        "{indent}- code: {}{eol}{indent}  name: {}{eol}",
        yaml_string(code),
        yaml_string(name)
    );
    let before: String = lines[..end].concat();
    let before = if before.ends_with('\n') {
        before
    } else {
        format!("{before}{eol}")
    };
    Some(format!("{before}{entry}{}", lines[end..].concat()))
}

/// `value` as a YAML scalar that reads back as the same string: as it is when that is safe,
/// otherwise double-quoted with `\`, `"` and control characters escaped. (`a #b` unquoted
/// would be `a`, `no` a boolean, `12` a number, `key: value` a mapping.)
pub fn yaml_string(value: &str) -> String {
    let plain = value.starts_with(char::is_alphabetic)
        && !value.ends_with(' ')
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || " -_.,()/'’".contains(c))
        && !is_yaml_keyword(value);
    if plain {
        return value.to_string();
    }
    let mut quoted = String::from('"');
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Words YAML 1.1 or 1.2 read as a boolean or null, in any case.
fn is_yaml_keyword(word: &str) -> bool {
    const KEYWORDS: &[&str] = &["true", "false", "yes", "no", "y", "n", "on", "off", "null"];
    KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamping_keeps_comments_order_and_crlf() {
        let text = "---\r\n# translated by Ana\r\ntitle: Skutki\r\norder: 4\r\n---\r\nBody\r\n";
        let stamped = set_front_matter_key(text, "translation_of", "abc123").unwrap();
        assert_eq!(
            stamped,
            "---\r\n# translated by Ana\r\ntitle: Skutki\r\norder: 4\r\ntranslation_of: abc123\r\n---\r\nBody\r\n"
        );
        let again = set_front_matter_key(&stamped, "translation_of", "def456").unwrap();
        assert_eq!(again, stamped.replace("abc123", "def456"));
        assert!(set_front_matter_key("no front matter", "a", "b").is_none());
    }

    #[test]
    fn languages_are_added_in_the_files_style() {
        let yaml = "title: T\n# the languages\nlanguages:\n    - code: en\n      name: English\n\n    # more soon\n\ntheme: default\n";
        let added = add_language(yaml, "pl", "Polski").unwrap();
        assert_eq!(
            added,
            "title: T\n# the languages\nlanguages:\n    - code: en\n      name: English\n\n    # more soon\n    - code: pl\n      name: Polski\n\ntheme: default\n"
        );
        let at_end = add_language(
            "languages:\n  - code: en\n    name: English",
            "ar",
            "العربية",
        )
        .unwrap();
        assert_eq!(
            at_end,
            "languages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n"
        );
    }

    #[test]
    fn a_new_language_goes_before_the_comments_of_the_next_key() {
        let yaml = "languages:\n  - code: en\n    name: English\n# The theme.\n# More on it.\ntheme: default\n";
        let added = add_language(yaml, "pl", "Polski").unwrap();
        assert_eq!(
            added,
            "languages:\n  - code: en\n    name: English\n  - code: pl\n    name: Polski\n# The theme.\n# More on it.\ntheme: default\n"
        );
        let unindented =
            "languages:\n- code: en\n  name: English\n\n# The theme.\ntheme: default\n";
        assert_eq!(
            add_language(unindented, "no", "Norsk").unwrap(),
            "languages:\n- code: en\n  name: English\n- code: \"no\"\n  name: Norsk\n\n# The theme.\ntheme: default\n"
        );
    }

    #[test]
    fn yaml_strings_read_back_as_written() {
        for text in [
            "A #b",
            "key: value",
            "Yes",
            "no",
            "12",
            "1e3",
            "~",
            "- dash",
            "#start",
            "@at",
            "quote \" and \\ backslash",
            "tab\there",
            "line\nbreak",
            "trailing ",
            " leading",
            "Português (Brasil)",
            "العربية",
            "हिन्दी",
            "[list]",
            "{map}",
            "*alias",
            "&anchor",
            "!tag",
            "%percent",
            "`tick`",
            "",
        ] {
            let yaml = format!("title: {}\n", yaml_string(text));
            let read: std::collections::BTreeMap<String, String> =
                serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{text:?} as {yaml:?}: {e}"));
            assert_eq!(read["title"], text, "{yaml:?}");
        }
        assert_eq!(
            yaml_string("Living with treatment"),
            "Living with treatment"
        );
    }

    #[test]
    fn writes_replace_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, "new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
