//! Front matter: the YAML block between `---` lines at the top of a leaflet.
//!
//! A UTF-8 byte-order mark and CRLF line endings are accepted. Errors carry positions in the
//! leaflet file (the YAML block's offset is added), and unknown keys are warnings that suggest
//! the nearest known key.

use std::path::Path;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::diagnostics::{Diagnostic, Position};
use crate::yaml;

/// The keys front matter understands.
pub const KNOWN_KEYS: &[&str] = &[
    "title",
    "summary",
    "description",
    "order",
    "slug",
    "reviewed",
    "next_review",
    "date",
    "authors",
    "reviewers",
    "translators",
    "sources",
    "tags",
    "funding",
    "draft",
    "template",
    "translation_review",
    "translation_of",
    "silence",
    "audience",
];

/// What to do about a front matter error (YAML reports syntax and type errors alike).
const FRONT_MATTER_HELP: &str = "write one `key: value` per line; quote text that contains `: ` or starts with `[`, `{`, `*`, `&` or `#`. Types: title, summary, slug, template: text; order: a whole number; reviewed, next_review: dates (YYYY-MM-DD); authors, reviewers, translators, tags: lists; sources: a list of `title:` and `url:`; draft: true or false; audience: `patients` or `professionals`";

/// A reference a leaflet is based on.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The reference's title.
    pub title: String,
    /// Where readers can find it.
    #[serde(default)]
    pub url: Option<String>,
}

/// Whether a translation has been checked by a reviewer.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TranslationReview {
    /// Not checked yet (machine-made or unreviewed); readers are told.
    Pending,
    /// Checked by a reviewer.
    Done,
}

/// Who a leaflet is written for (`audience:`). Patients and carers are the default reader;
/// a leaflet for anyone else is labelled as such above its title, kept out of the patients'
/// reading order (previous and next links, the home page's main list) and listed apart on the
/// home page, and is not held to the plain-language score targets, which are written for
/// patients.
///
/// Adding an audience is one variant here, its value in [`Audience::ALL`], its
/// schema.org `audienceType` in [`Audience::schema_type`], and the theme messages
/// `audience-<value>` (label and home-page heading) and `audience-<value>-note`.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Patients and the people who care for them (the default).
    #[default]
    Patients,
    /// Doctors, nurses and other health professionals, e.g. in general practice or an
    /// emergency department.
    Professionals,
}

impl Audience {
    /// Every audience, in the order `audience:` errors list their values.
    pub const ALL: &[Audience] = &[Audience::Patients, Audience::Professionals];

    /// The value as written in front matter and as the template context shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Patients => "patients",
            Audience::Professionals => "professionals",
        }
    }

    /// The schema.org `MedicalAudience` `audienceType` of the page.
    pub fn schema_type(self) -> &'static str {
        match self {
            Audience::Patients => "Patient",
            Audience::Professionals => "Clinician",
        }
    }

    /// True for the default audience, whose leaflets make the patients' reading order.
    pub fn is_patients(self) -> bool {
        self == Audience::Patients
    }
}

impl std::str::FromStr for Audience {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Audience::ALL
            .iter()
            .copied()
            .find(|audience| audience.as_str() == text)
            .ok_or(())
    }
}

/// A leaflet's front matter.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct FrontMatter {
    /// The leaflet's title (required).
    #[serde(default)]
    pub title: String,
    /// One sentence shown in lists and as the page description (`description` is accepted
    /// too, as Hugo and Zola call it).
    #[serde(alias = "description")]
    pub summary: Option<String>,
    /// Position in the language's list of leaflets (lowest first; unordered leaflets last).
    pub order: Option<i64>,
    /// The last URL segment in this language, instead of the file name.
    pub slug: Option<String>,
    /// When the content was last reviewed (in a translation: when the translation was checked).
    #[serde(skip)]
    pub reviewed: Option<Date>,
    /// When the next review is due.
    #[serde(skip)]
    pub next_review: Option<Date>,
    /// `reviewed` as written; checked after parsing so errors can point at the line.
    #[serde(default, rename = "reviewed")]
    reviewed_text: Option<String>,
    /// `next_review` as written.
    #[serde(default, rename = "next_review")]
    next_review_text: Option<String>,
    /// When the content last changed (schema.org `dateModified`).
    #[serde(skip)]
    pub date: Option<Date>,
    /// `date` as written.
    #[serde(default, rename = "date")]
    date_text: Option<String>,
    /// Who wrote it (an editorial role is enough).
    #[serde(default)]
    pub authors: Vec<String>,
    /// Who reviewed it. In a translation: who checked the translation, which counts only
    /// when `translation_review` is not `pending` (as do `reviewed` and `next_review`).
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// Who translated it (names or roles, e.g. "Machine translation").
    #[serde(default)]
    pub translators: Vec<String>,
    /// References it is based on.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Free-form tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// A sponsorship disclosure for this leaflet.
    pub funding: Option<String>,
    /// Drafts are not built unless asked for.
    #[serde(default)]
    pub draft: bool,
    /// A template to render it with instead of `leaflet.html`.
    pub template: Option<String>,
    /// Whether this translation has been reviewed.
    pub translation_review: Option<TranslationReview>,
    /// The hash of the source version this translation was made from (written by
    /// `leafpress status --stamp`).
    pub translation_of: Option<String>,
    /// Checks of `leafpress check` turned off for this leaflet, each with the reason:
    /// `silence: {readability: "drug names cannot be simplified"}`.
    #[serde(default)]
    pub silence: std::collections::BTreeMap<String, String>,
    /// Who the leaflet is written for: `patients` (the default) or `professionals`. Not
    /// translated: a translation repeats its source's value (`check` reports a mismatch).
    #[serde(skip)]
    pub audience: Audience,
    /// `audience` as written; checked after parsing so errors can point at the value.
    #[serde(default, rename = "audience")]
    audience_text: Option<String>,
}

impl FrontMatter {
    /// True when the front matter says `audience:` itself (rather than taking the default).
    pub fn audience_written(&self) -> bool {
        self.audience_text.is_some()
    }
}

/// Parses the date of front matter key `key`, or explains where and why it is not a date.
fn date(
    text: Option<&str>,
    key: &str,
    split: &Split<'_>,
    file_text: &str,
    path: &Path,
) -> Result<Option<Date>, Diagnostic> {
    let Some(text) = text else { return Ok(None) };
    text.trim().parse::<Date>().map(Some).map_err(|_| {
        Diagnostic::error(format!("`{key}: {text}` is not a valid date"))
            .in_file(path)
            .at_offset(file_text, split.yaml_offset + value_offset(split.yaml, key))
            .with_help("write dates as YYYY-MM-DD, e.g. `2026-03-15`")
    })
}

/// Parses `audience:`, or explains where the value is and which values there are.
fn audience(
    text: Option<&str>,
    split: &Split<'_>,
    file_text: &str,
    path: &Path,
) -> Result<Audience, Diagnostic> {
    let Some(text) = text else {
        return Ok(Audience::default());
    };
    let value = text.trim();
    value.parse().map_err(|()| {
        let names: Vec<&str> = Audience::ALL.iter().map(|a| a.as_str()).collect();
        let listed = names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let help = match yaml::nearest(&value.to_lowercase(), &names) {
            Some(near) => format!("did you mean `{near}`? `audience:` is one of {listed}"),
            None => format!(
                "`audience:` is one of {listed}; leave it out for a leaflet written for patients"
            ),
        };
        Diagnostic::error(format!(
            "`audience: {}` is not an audience leafpress knows",
            value.escape_debug()
        ))
        .in_file(path)
        .at_offset(
            file_text,
            split.yaml_offset + value_offset(split.yaml, "audience"),
        )
        .with_help(help)
    })
}

/// A leaflet file split into its front matter and Markdown body.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML text.
    pub yaml: &'a str,
    /// Byte offset of the YAML text in the file.
    pub yaml_offset: usize,
    /// Byte offset of the Markdown body in the file.
    pub body_offset: usize,
}

/// Finds the front matter block. The error is a diagnostic without a path.
pub fn split(text: &str) -> Result<Split<'_>, Diagnostic> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text[start..].split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if text[start..].trim().is_empty() {
        return Err(Diagnostic::error("this leaflet is empty").with_help(
            "start the file with front matter: a `---` line, `title: ...`, and another `---` line",
        ));
    }
    if first.trim_end() != "---" {
        return Err(Diagnostic::error("this leaflet has no front matter")
            .at(text, Position { line: 1, column: 1 })
            .with_help(
                "start the file with a `---` line, then `title: ...`, then another `---` line",
            ));
    }
    let yaml_offset = start + first.len();
    let mut offset = yaml_offset;
    for line in lines {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Ok(Split {
                yaml: &text[yaml_offset..offset],
                yaml_offset,
                body_offset: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("the front matter is never closed")
        .at(text, Position { line: 1, column: 1 })
        .with_help("add a line with only `---` after the last front matter key"))
}

/// Parses a leaflet's front matter. Returns the front matter and its body offset, plus
/// warnings; or every error found (each type error, bad date, unsafe URL and slug problem).
pub fn parse(
    text: &str,
    path: &Path,
) -> Result<(FrontMatter, usize, Vec<Diagnostic>), Vec<Diagnostic>> {
    let split = split(text).map_err(|d| vec![d.in_file(path)])?;
    let mut warnings = yaml::unknown_key_warnings(
        split.yaml,
        KNOWN_KEYS,
        path,
        text,
        split.yaml_offset,
        "front matter",
    );
    if let Some(error) = yaml::nesting_error(split.yaml, path, text, split.yaml_offset) {
        return Err(vec![error]);
    }
    let Deserialized {
        mut front,
        mut errors,
        failed_keys,
    } = deserialize(&split, text, path)?;
    let title_failed = failed_keys.contains(&"title");
    let mut parse_date = |value: &Option<String>, key: &str| {
        date(value.as_deref(), key, &split, text, path)
            .map_err(|error| errors.push(error))
            .unwrap_or_default()
    };
    front.reviewed = parse_date(&front.reviewed_text, "reviewed");
    front.next_review = parse_date(&front.next_review_text, "next_review");
    front.date = parse_date(&front.date_text, "date");
    match audience(front.audience_text.as_deref(), &split, text, path) {
        Ok(audience) => front.audience = audience,
        Err(error) => errors.push(error),
    }
    errors.extend(unsafe_source_urls(&front.sources, &split, text, path));
    if front.title.trim().is_empty() && !title_failed {
        errors.push(
            Diagnostic::error("the front matter has no `title`")
                .in_file(path)
                .at(text, Position { line: 1, column: 1 })
                .with_help("add `title: The leaflet's title` between the `---` lines"),
        );
    }
    if let Some(slug) = &front.slug
        && let Err(problem) = check_slug(slug)
    {
        errors.push(
            Diagnostic::error(format!("`slug: {}` {problem}", slug.escape_debug()))
                .in_file(path)
                .at_offset(text, split.yaml_offset + key_offset(split.yaml, "slug"))
                .with_help(
                    "a slug is one URL segment, such as `nebenwirkungen`: letters, digits and `-`",
                ),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Compared with file names (read in NFC) and other slugs, so one form for all.
    front.slug = front.slug.map(|slug| slug.nfc().collect());
    if let (Some(reviewed), Some(next)) = (front.reviewed, front.next_review)
        && next < reviewed
    {
        warnings.push(
            Diagnostic::warning(format!(
                "`next_review` ({next}) is before `reviewed` ({reviewed})"
            ))
            .in_file(path)
            .with_help("set `next_review` to a date after the last review"),
        );
    }
    Ok((front, split.body_offset, warnings))
}

/// Byte offset in `yaml` of the value of top-level key `key` (after `key:` and spaces), or 0.
fn value_offset(yaml: &str, key: &str) -> usize {
    let offset = yaml::top_level_keys(yaml)
        .iter()
        .find(|k| k.name == key)
        .map_or(0, |k| {
            k.offset + yaml[k.offset..].find(':').map_or(0, |c| c + 1)
        });
    offset + yaml[offset..].len() - yaml[offset..].trim_start().len()
}

/// Byte offset in `yaml` of top-level key `key`, or 0.
fn key_offset(yaml: &str, key: &str) -> usize {
    yaml::top_level_keys(yaml)
        .iter()
        .find(|k| k.name == key)
        .map_or(0, |k| k.offset)
}

/// What [`deserialize`] made of a block that is valid YAML.
struct Deserialized<'y> {
    /// The front matter, of the keys whose values have the right type.
    front: FrontMatter,
    /// An error for each key whose value has a wrong type.
    errors: Vec<Diagnostic>,
    /// Those keys.
    failed_keys: Vec<&'y str>,
}

/// Deserializes the YAML block. A syntax error is the one error (`Err`). Type errors stop
/// serde at the first, so when the block is valid YAML but has one, each top-level key's lines
/// are deserialized alone to report every key with a wrong type at its own line; the front
/// matter of the keys that are right is returned with those errors and the failed keys' names,
/// for the later checks.
fn deserialize<'y>(
    split: &Split<'y>,
    text: &str,
    path: &Path,
) -> Result<Deserialized<'y>, Vec<Diagnostic>> {
    if split.yaml.trim().is_empty() {
        return Ok(Deserialized {
            front: FrontMatter::default(),
            errors: Vec::new(),
            failed_keys: Vec::new(),
        });
    }
    let first_error = match serde_yaml::from_str::<FrontMatter>(split.yaml) {
        Ok(front) => {
            return Ok(Deserialized {
                front,
                errors: Vec::new(),
                failed_keys: Vec::new(),
            });
        }
        Err(error) => error,
    };
    let as_diagnostic = |error: &serde_yaml::Error, offset: usize| {
        yaml::error_diagnostic(error, path, text, offset, FRONT_MATTER_HELP)
    };
    let whole = || vec![as_diagnostic(&first_error, split.yaml_offset)];
    if serde_yaml::from_str::<serde_yaml::Value>(split.yaml).is_err() {
        return Err(whole());
    }
    let keys = yaml::top_level_keys(split.yaml);
    let mut errors = Vec::new();
    let mut failed = Vec::new();
    let mut good = String::new();
    for (index, key) in keys.iter().enumerate() {
        let end = keys.get(index + 1).map_or(split.yaml.len(), |k| k.offset);
        let block = &split.yaml[key.offset..end];
        match serde_yaml::from_str::<FrontMatter>(block) {
            Ok(_) => good.push_str(block),
            Err(error) => {
                errors.push(as_diagnostic(&error, split.yaml_offset + key.offset));
                failed.push(key.name);
            }
        }
    }
    match serde_yaml::from_str::<FrontMatter>(&good) {
        Ok(front) if !errors.is_empty() => Ok(Deserialized {
            front,
            errors,
            failed_keys: failed,
        }),
        // The keys could not be told apart (e.g. a flow mapping): the first error is all
        // there is to report.
        _ => Err(whole()),
    }
}

/// An error for each `sources[].url` with a scheme that could run script, at the URL.
fn unsafe_source_urls(
    sources: &[Source],
    split: &Split<'_>,
    text: &str,
    path: &Path,
) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut search_from = key_offset(split.yaml, "sources");
    for url in sources.iter().filter_map(|s| s.url.as_deref()) {
        let Err(problem) = crate::url::check_scheme(url) else {
            continue;
        };
        let offset = match split.yaml[search_from..].find(url) {
            Some(found) => {
                search_from += found + url.len();
                search_from - url.len()
            }
            None => key_offset(split.yaml, "sources"),
        };
        errors.push(
            Diagnostic::error(format!("the `url` of a source: {problem}"))
                .in_file(path)
                .at_offset(text, split.yaml_offset + offset)
                .with_help("a source's `url` must be an http or https address (or mailto, tel, or a relative link)"),
        );
    }
    errors
}

/// Checks that a slug is one safe URL and file-name segment.
fn check_slug(slug: &str) -> Result<(), &'static str> {
    if slug.trim().is_empty() {
        return Err("is empty");
    }
    if slug.contains(['/', '\\']) {
        return Err("contains a slash");
    }
    if slug.starts_with('.') {
        return Err("starts with a dot");
    }
    if slug.contains(':') {
        return Err("contains a colon (a drive letter or a URL scheme)");
    }
    if slug.chars().any(|c| c.is_control()) {
        return Err("contains a control character");
    }
    if slug.contains(['?', '#', '%', '<', '>', '"', '*', '|']) || slug != slug.trim() {
        return Err("contains a character that is not allowed in file names or URLs");
    }
    if slug.eq_ignore_ascii_case("index") {
        return Err("is the name of the language's home page");
    }
    segment_problem(slug).map_or(Ok(()), Err)
}

/// The most bytes a file name may have on the common file systems (ext4, APFS, NTFS in UTF-16
/// code units is more, so bytes are the limit that matters).
const MAX_SEGMENT_BYTES: usize = 255;

/// Why one segment of a page's address (a slug, or a file or folder name under `content/`)
/// cannot be written as a folder of the output, or `None` when it can: longer than a file name
/// may be, a name the output writes itself (`index.html`), `.` or `..`, a name Windows
/// reserves (`con`, `nul`, …), or a character that makes the name read differently than it is
/// (right-to-left overrides and isolates, control characters).
///
/// The names the output writes at its top (`404.html`, `sitemap.xml`, `quality/`, the language
/// folders) are not reserved here: every page lives inside its language's folder.
pub fn segment_problem(segment: &str) -> Option<&'static str> {
    if segment.len() > MAX_SEGMENT_BYTES {
        return Some("is longer than 255 bytes, the most a file name may have");
    }
    if segment.chars().any(is_bidi_control) {
        return Some(
            "contains an invisible right-to-left override or isolate, which makes it read differently than it is",
        );
    }
    if segment.chars().any(char::is_control) {
        return Some("contains a control character");
    }
    if segment == "." || segment == ".." {
        return Some("is `.` or `..`, which name folders, not pages");
    }
    if segment.eq_ignore_ascii_case("index.html") {
        return Some("is the name of the file every page is written to");
    }
    let stem = segment.split('.').next().unwrap_or(segment);
    if is_windows_device(stem) {
        return Some(
            "is a device name on Windows (`con`, `nul`, `com1`, …), which cannot be a folder there",
        );
    }
    None
}

/// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_windows_device(stem: &str) -> bool {
    let lower = stem.to_ascii_lowercase();
    if matches!(lower.as_str(), "con" | "prn" | "aux" | "nul") {
        return true;
    }
    let number = lower
        .strip_prefix("com")
        .or_else(|| lower.strip_prefix("lpt"));
    matches!(number.map(str::as_bytes), Some([b'1'..=b'9']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<(FrontMatter, usize, Vec<Diagnostic>), Vec<Diagnostic>> {
        parse(text, Path::new("content/en/a.md"))
    }

    #[test]
    fn reads_every_field_with_bom_and_crlf() {
        let text = "\u{feff}---\r\ntitle: Side effects\r\norder: 4\r\nreviewed: 2026-01-31\r\ntranslators: [Ana]\r\nsources:\r\n  - title: ESMO\r\n    url: https://www.esmo.org\r\ntranslation_review: pending\r\n---\r\nBody\r\n";
        let (front, body_offset, warnings) = parse_text(text).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(front.title, "Side effects");
        assert_eq!(front.order, Some(4));
        assert_eq!(front.reviewed.unwrap().to_string(), "2026-01-31");
        assert_eq!(front.translators, ["Ana"]);
        assert_eq!(
            front.sources[0].url.as_deref(),
            Some("https://www.esmo.org")
        );
        assert_eq!(front.translation_review, Some(TranslationReview::Pending));
        assert_eq!(&text[body_offset..], "Body\r\n");
    }

    #[test]
    fn wrong_types_point_at_the_value_in_the_file() {
        let errors = parse_text("---\ntitle: A\norder: soon\n---\n").unwrap_err();
        let position = errors[0].position.unwrap();
        assert_eq!((position.line, position.column), (3, 8), "{}", errors[0]);
        let errors = parse_text("---\ntitle: A\nreviewed: 31/02/2026\n---\n").unwrap_err();
        assert_eq!(errors[0].position.unwrap().line, 3);
        assert_eq!(errors[0].position.unwrap().column, 11);
        assert!(
            errors[0].help.as_deref().unwrap().contains("YYYY-MM-DD"),
            "{}",
            errors[0]
        );
        let errors = parse_text("---\ntitle: A\nreviewed: 2026-02-31\n---\n").unwrap_err();
        assert!(errors[0].message.contains("not a valid date"));
    }

    #[test]
    fn every_type_error_is_reported_at_its_line() {
        let text =
            "---\ntitle: A\norder: soon\ntags:\n- a\ndraft: maybe\nreviewed: yesterday\n---\n";
        let errors = parse_text(text).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.position.unwrap().line).collect();
        assert_eq!(lines, [3, 6, 7], "{errors:?}");
        let errors = parse_text("---\ntitle: [unclosed\norder: soon\n---\n").unwrap_err();
        assert_eq!(
            errors.len(),
            1,
            "a syntax error is reported alone: {errors:?}"
        );
    }

    #[test]
    fn source_urls_with_script_schemes_are_errors_at_the_url() {
        let text = "---\ntitle: A\nsources:\n  - title: ok\n    url: https://a.org\n  - title: x\n    url: \"javascript:alert(1)\"\n---\n";
        let errors = parse_text(text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let position = errors[0].position.unwrap();
        assert_eq!((position.line, position.column), (7, 11), "{}", errors[0]);
    }

    #[test]
    fn structural_problems_are_explained() {
        let missing = |t: &str| parse_text(t).unwrap_err()[0].message.clone();
        assert!(missing("").contains("empty"));
        assert!(missing("# Hello\n").contains("no front matter"));
        assert!(missing("---\ntitle: A\n").contains("never closed"));
        assert!(missing("---\nsummary: x\n---\n").contains("no `title`"));
        assert!(missing("---\ntitle: [unclosed\n---\n").len() > 5);
    }

    #[test]
    fn unsafe_slugs_are_refused() {
        for slug in ["../x", "a/b", "C:evil", "\"a\\u0007b\"", ".hidden", "\"\""] {
            let text = format!("---\ntitle: A\nslug: {slug}\n---\n");
            let errors = parse_text(&text).unwrap_err();
            assert_eq!(errors[0].position.unwrap().line, 3, "{slug}: {}", errors[0]);
        }
        assert!(parse_text("---\ntitle: A\nslug: nebenwirkungen\n---\n").is_ok());
        for slug in [
            "index.html",
            "INDEX",
            "..",
            "nul",
            "com1.txt",
            "a\u{202E}b",
            "a\u{2067}b",
        ] {
            let text = format!("---\ntitle: A\nslug: \"{slug}\"\n---\n");
            assert!(parse_text(&text).is_err(), "{slug}");
        }
        let long = "a".repeat(256);
        assert!(parse_text(&format!("---\ntitle: A\nslug: {long}\n---\n")).is_err());
        assert!(parse_text(&format!("---\ntitle: A\nslug: {}\n---\n", &long[1..])).is_ok());
        for slug in ["console", "com10", "lpt0", "null", "indexes"] {
            let text = format!("---\ntitle: A\nslug: {slug}\n---\n");
            assert!(parse_text(&text).is_ok(), "{slug}");
        }
        assert!(parse_text("---\ntitle: A\nslug: الآثار-الجانبية\n---\n").is_ok());
    }

    #[test]
    fn audience_defaults_to_patients_and_reads_professionals() {
        let (front, _, warnings) = parse_text("---\ntitle: A\n---\n").unwrap();
        assert!(warnings.is_empty());
        assert_eq!(front.audience, Audience::Patients);
        let (front, _, warnings) =
            parse_text("---\ntitle: A\naudience: professionals\n---\n").unwrap();
        assert!(warnings.is_empty(), "a known key: {warnings:?}");
        assert_eq!(front.audience, Audience::Professionals);
        let (front, _, _) = parse_text("---\ntitle: A\naudience: patients\n---\n").unwrap();
        assert_eq!(front.audience, Audience::Patients);
        for audience in Audience::ALL {
            assert_eq!(audience.as_str().parse::<Audience>(), Ok(*audience));
        }
    }

    #[test]
    fn an_unknown_audience_is_an_error_at_the_value_listing_the_audiences() {
        let errors =
            parse_text("---\ntitle: A\naudience:   profesionals\nsummary: B\n---\n").unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let position = errors[0].position.unwrap();
        assert_eq!((position.line, position.column), (3, 13), "{}", errors[0]);
        assert!(
            errors[0].message.contains("`audience: profesionals`"),
            "{}",
            errors[0]
        );
        let help = errors[0].help.as_deref().unwrap();
        assert!(help.contains("did you mean `professionals`?"), "{help}");
        assert!(help.contains("`patients`, `professionals`"), "{help}");
        let errors = parse_text("---\ntitle: A\naudience: pharmacists\n---\n").unwrap_err();
        let help = errors[0].help.as_deref().unwrap();
        assert!(!help.contains("did you mean"), "not close to any: {help}");
        assert!(help.contains("`patients`, `professionals`"), "{help}");
        let errors = parse_text("---\ntitle: A\naudience: Professionals\n---\n").unwrap_err();
        assert!(
            errors[0]
                .help
                .as_deref()
                .unwrap()
                .contains("`professionals`?")
        );
    }

    #[test]
    fn unknown_keys_are_warnings_with_suggestions() {
        let (_, _, warnings) = parse_text("---\ntitle: A\nreveiwed: 2026-01-01\n---\n").unwrap();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].position.unwrap().line, 3);
        assert!(warnings[0].help.as_deref().unwrap().contains("`reviewed`"));
    }
}
