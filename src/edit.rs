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
    while end > start + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    let indent = " ".repeat(item_indent.unwrap_or(2));
    let name = if name.contains(':') || name.starts_with(['[', '{', '"', '\'', '#', '&', '*']) {
        format!("\"{}\"", name.replace('"', "\\\""))
    } else {
        name.to_string()
    };
    let entry = format!("{indent}- code: {code}{eol}{indent}  name: {name}{eol}");
    let before: String = lines[..end].concat();
    let before = if before.ends_with('\n') {
        before
    } else {
        format!("{before}{eol}")
    };
    Some(format!("{before}{entry}{}", lines[end..].concat()))
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
