//! UI strings: Fluent bundles per language, looked up along each language's fallback chain.
//!
//! For each configured language one bundle is built, once: the theme's own messages for that
//! language (the default theme ships English), overridden message by message by the site's
//! `locales/<lang>/*.ftl`. A lookup tries the language, then its fallback chain, then the
//! theme's English as a last resort, which is reported, never silent. Messages that are missing
//! everywhere and formatting errors (a missing variable) become warnings naming the key and the
//! language; the page shows the key so the gap is visible.
//!
//! Fluent's Unicode isolation marks around variables are turned off: pages mark direction with
//! `dir` attributes and `<bdi>` instead, and the marks would nest inside dates and numbers.
//!
//! Templates call `t(key="...", ...)` (see [`I18n::register`]); other keyword arguments become
//! Fluent variables (`t(key="last-reviewed", date=page.reviewed_display)`); `key` and `lang`
//! are reserved.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Severity};
use crate::lang;
use crate::paths::SiteRoot;

/// One Fluent file's text and where it came from.
#[derive(Debug, Clone)]
pub struct FluentFile {
    /// The language the file is for.
    pub language: String,
    /// The path messages show.
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
}

/// A problem of one lookup: (is error, language, key, problem, help).
type LookupProblem = (bool, String, String, String, String);

/// The Fluent bundles of a site, ready for lookups from many threads.
pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    chains: BTreeMap<String, Vec<String>>,
    /// The theme's English messages: the last resort.
    builtin: FluentBundle<FluentResource>,
    /// Problems found while rendering, as (is error, language, key, problem, help). Templates
    /// call `t()` from many threads at once and a Tera function cannot return warnings, so
    /// they are collected here, once each, and drained by [`I18n::take_problems`].
    problems: Mutex<BTreeSet<LookupProblem>>,
    /// Where each (language, message id) is defined, for positions in problems.
    origins: HashMap<(String, String), Diagnostic>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Reads every `locales/<lang>/*.ftl` of a site. Unconfigured language folders are errors.
pub fn read_site_locales(
    root: &SiteRoot,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Vec<FluentFile> {
    let locales = root.join("locales");
    if !locales.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&locales)
        .sort_by_file_name()
        .min_depth(1)
        .max_depth(2)
    {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                diagnostics.push(crate::content::discover::walk_error(root, &error));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        if entry.depth() == 1 {
            if entry.file_type().is_dir() {
                check_locale_folder(root, path, &name, config, diagnostics);
            }
            continue;
        }
        let Some(folder) = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
        else {
            continue;
        };
        let Some(language) = lang::parse_tag(folder)
            .ok()
            .and_then(|id| config.language(&id.to_string()))
        else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        match fs::read_to_string(path) {
            Ok(text) => files.push(FluentFile {
                language: language.code.clone(),
                path: root.display(path),
                text,
            }),
            Err(error) => diagnostics.push(
                Diagnostic::error(format!("cannot read this Fluent file: {error}"))
                    .in_file(root.display(path))
                    .with_help("save it as UTF-8 text"),
            ),
        }
    }
    files
}

fn check_locale_folder(
    root: &SiteRoot,
    path: &Path,
    name: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) {
    let configured = lang::parse_tag(name)
        .ok()
        .is_some_and(|id| config.language(&id.to_string()).is_some());
    if !configured {
        diagnostics.push(
            Diagnostic::error(format!(
                "locale folder `{name}` is not a configured language, so its messages would never be used"
            ))
            .in_file(root.display(path))
            .with_help(format!(
                "add `- code: {name}` to `languages` in site.yaml, or remove the folder"
            )),
        );
    }
}

/// The deepest nesting of placeables (`{ { … } }`) and call arguments (`F( G( … ) )`) a Fluent
/// file may have. The Fluent parser recurses once per level and overflows the stack near
/// 20,000 levels, which kills the whole process; real messages use two or three.
pub const MAX_FLUENT_NESTING: usize = 100;

/// Parses a Fluent file, reporting each syntax error with its position. A file nested deeper
/// than [`MAX_FLUENT_NESTING`] is not parsed: it is an error at the line where it goes too
/// deep, and gives no messages.
fn parse_resource(file: &FluentFile, diagnostics: &mut Diagnostics) -> FluentResource {
    let text = file
        .text
        .strip_prefix('\u{feff}')
        .unwrap_or(&file.text)
        .replace("\r\n", "\n");
    if let Some(offset) = too_deep(&text) {
        diagnostics.push(
            Diagnostic::error(format!(
                "Fluent placeables are nested more than {MAX_FLUENT_NESTING} levels deep here, so this file is not read"
            ))
            .in_file(&file.path)
            .at_offset(&text, offset)
            .with_help("close the `{ }` placeables sooner: a message needs only a few levels; until then none of this file's messages are used"),
        );
        return FluentResource::try_new(String::new()).unwrap_or_else(|(empty, _)| empty);
    }
    match FluentResource::try_new(text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            let lines = LineIndex::new(&text);
            for error in errors {
                let offset = error
                    .slice
                    .as_ref()
                    .map_or(error.pos.start, |slice| slice.start);
                diagnostics.push(
                    Diagnostic::error(format!("Fluent syntax error: {error}"))
                        .in_file(&file.path)
                        .at_indexed(&text, &lines, offset)
                        .with_help("fix the message; see https://projectfluent.org/fluent/guide/ for the syntax. Messages on other lines still work"),
                );
            }
            resource
        }
    }
}

impl I18n {
    /// Builds one bundle per configured language from the theme's and the site's Fluent files.
    pub fn new(
        config: &Config,
        theme_files: &[FluentFile],
        site_files: &[FluentFile],
        diagnostics: &mut Diagnostics,
    ) -> I18n {
        let mut bundles = BTreeMap::new();
        let mut chains = BTreeMap::new();
        for language in &config.languages {
            let id = lang::parse_tag(&language.code).unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            for file in theme_files.iter().filter(|f| f.language == language.code) {
                bundle.add_resource_overriding(parse_resource(file, diagnostics));
            }
            for file in site_files.iter().filter(|f| f.language == language.code) {
                let resource = parse_resource(file, diagnostics);
                let earlier = earlier_ids(site_files, &language.code, file);
                warn_duplicates(&earlier, file, diagnostics);
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(language.code.clone(), bundle);
            chains.insert(language.code.clone(), language.fallback.clone());
        }
        let mut builtin =
            FluentBundle::new_concurrent(vec![lang::parse_tag("en").unwrap_or_default()]);
        for file in theme_files.iter().filter(|f| f.language == "en") {
            let mut ignored = Diagnostics::new();
            builtin.add_resource_overriding(parse_resource(file, &mut ignored));
        }
        I18n {
            bundles,
            chains,
            builtin,
            problems: Mutex::new(BTreeSet::new()),
            origins: origins(theme_files.iter().chain(site_files)),
        }
    }

    /// Formats message `key` for `language` with `args`, following the fallback chain.
    pub fn message(&self, language: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let chain = std::iter::once(language).chain(
            self.chains
                .get(language)
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
        for code in chain {
            if let Some(bundle) = self.bundles.get(code)
                && let Some(text) = self.format(bundle, code, key, args)
            {
                return text;
            }
        }
        if let Some(text) = self.format(&self.builtin, "en", key, args) {
            self.report(
                false,
                language,
                key,
                "is missing; the default theme's English text is shown",
                &format!("add `{key} = ...` to a file in `locales/{language}/`"),
            );
            return text;
        }
        self.report(
            false,
            language,
            key,
            "is missing in this language and every fallback",
            &format!("add `{key} = ...` to a file in `locales/{language}/`"),
        );
        key.to_string()
    }

    fn format(
        &self,
        bundle: &FluentBundle<FluentResource>,
        language: &str,
        key: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        for error in errors {
            let error = error.to_string();
            let error = error.trim_start_matches("Resolver error: ");
            self.report(
                true,
                language,
                key,
                &format!("could not be formatted: {error}"),
                "give the template's `t()` call every variable the message uses, or remove it from the message",
            );
        }
        Some(text)
    }

    fn report(&self, is_error: bool, language: &str, key: &str, problem: &str, help: &str) {
        if let Ok(mut problems) = self.problems.lock() {
            problems.insert((
                is_error,
                language.to_string(),
                key.to_string(),
                problem.to_string(),
                help.to_string(),
            ));
        }
    }

    /// True when `language` (or its chain) defines `key` as a site or theme message.
    pub fn has_message(&self, language: &str, key: &str) -> bool {
        self.message_language(language, key).is_some()
    }

    /// The language whose site or theme messages supply `key` for a lookup in `language`: the
    /// language itself or the first of its fallback chain that defines it; `None` when none
    /// does. [`I18n::message`] uses the same order, so this is the language of its text.
    pub fn message_language<'s>(&'s self, language: &'s str, key: &str) -> Option<&'s str> {
        std::iter::once(language)
            .chain(
                self.chains
                    .get(language)
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            )
            .find(|code| self.bundles.get(*code).is_some_and(|b| b.has_message(key)))
    }

    /// The date in `language`'s long format, from the `date` message.
    pub fn date(&self, language: &str, date: jiff::civil::Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", date.day());
        args.set("month", date.month());
        args.set("year", FluentValue::from(date.year().to_string()));
        self.message(language, "date", Some(&args))
    }

    /// The problems collected while rendering, as diagnostics; the list is emptied. A missing
    /// message is a warning (the page shows its key); a message that cannot be formatted, such
    /// as one using a variable it is not given, is an error (the page would show broken text).
    pub fn take_problems(&self) -> Vec<Diagnostic> {
        let problems = match self.problems.lock() {
            Ok(mut problems) => std::mem::take(&mut *problems),
            Err(_) => BTreeSet::new(),
        };
        problems
            .into_iter()
            .map(|(is_error, language, key, problem, help)| {
                let message = format!("Fluent message `{key}` for language `{language}` {problem}");
                let severity = if is_error {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                let place = self
                    .origins
                    .get(&(language.clone(), key.clone()))
                    .cloned()
                    .unwrap_or_else(|| {
                        Diagnostic::warning("").in_file(format!("locales/{language}/"))
                    });
                Diagnostic {
                    severity,
                    message,
                    help: Some(help),
                    ..place
                }
            })
            .collect()
    }

    /// Registers the `t` function on a Tera instance. `t(key="...")` uses the template's
    /// `lang` variable unless `lang="..."` is given; every other keyword argument is passed to
    /// Fluent as a variable (`t(key="not-translated", language=page.source_language_name)`).
    pub fn register(self: &Arc<Self>, tera: &mut tera::Tera) {
        let i18n = Arc::clone(self);
        tera.register_function(
            "t",
            move |kwargs: tera::Kwargs, state: &tera::State| -> tera::TeraResult<String> {
                let key: &str = kwargs.must_get("key")?;
                let language = match kwargs.get::<&str>("lang")? {
                    Some(language) => language.to_string(),
                    None => state.get::<String>("lang")?.unwrap_or_default(),
                };
                let mut args = FluentArgs::new();
                for (name, value) in kwargs.iter() {
                    let Some(name) = name.as_str() else { continue };
                    if name == "key" || name == "lang" {
                        continue;
                    }
                    if let Some(number) = value.as_i64() {
                        args.set(name.to_string(), number);
                    } else if let Some(number) = value.as_f64() {
                        args.set(name.to_string(), number);
                    } else {
                        args.set(name.to_string(), value.to_string());
                    }
                }
                Ok(i18n.message(&language, key, Some(&args)))
            },
        );
    }
}

/// Fluent messages of one language compared with the default language's.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct MessageCoverage {
    /// The language code.
    pub language: String,
    /// Messages the default language has and this one has not (neither in the site's nor in the
    /// theme's files).
    pub missing: Vec<String>,
    /// Messages this language's site files have that the default language no longer has.
    pub obsolete: Vec<String>,
}

/// Messages a theme may use that no language has to define.
const OPTIONAL_MESSAGES: &[&str] = &["site-title", "site-organisation", "site-funding"];

/// Message coverage of every language but the default, from the theme's and the site's files.
pub fn coverage(
    config: &Config,
    theme_files: &[FluentFile],
    site_files: &[FluentFile],
) -> Vec<MessageCoverage> {
    let ids_of = |language: &str, files: &[FluentFile]| -> BTreeSet<String> {
        files
            .iter()
            .filter(|f| f.language == language)
            .flat_map(|f| message_ids(&f.text))
            .collect()
    };
    let default = &config.default_language;
    let mut wanted = ids_of(default, theme_files);
    wanted.extend(ids_of(default, site_files));
    config
        .languages
        .iter()
        .filter(|l| l.code != *default)
        .map(|language| {
            let site = ids_of(&language.code, site_files);
            let mut have = ids_of(&language.code, theme_files);
            have.extend(site.iter().cloned());
            MessageCoverage {
                language: language.code.clone(),
                missing: wanted.difference(&have).cloned().collect(),
                obsolete: site
                    .difference(&wanted)
                    .filter(|id| !OPTIONAL_MESSAGES.contains(&id.as_str()))
                    .cloned()
                    .collect(),
            }
        })
        .collect()
}

/// Where each message is defined: a position-only diagnostic per (language, id); later files
/// (the site's) override earlier ones (the theme's), as in the bundles. One pass over each
/// file: positions come from its line index.
fn origins<'a>(
    files: impl Iterator<Item = &'a FluentFile>,
) -> HashMap<(String, String), Diagnostic> {
    let mut origins = HashMap::new();
    for file in files {
        let lines = LineIndex::new(&file.text);
        for (id, offset) in message_offsets(&file.text) {
            let place = Diagnostic::warning("")
                .in_file(&file.path)
                .at_indexed(&file.text, &lines, offset);
            origins.insert((file.language.clone(), id), place);
        }
    }
    origins
}

/// The byte offset where `text` nests placeables (or call arguments inside them) more than
/// [`MAX_FLUENT_NESTING`] deep, if it does. One pass; braces in comments and in string
/// literals (`{ "{" }`) do not count.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.starts_with('#') {
            continue;
        }
        let mut in_string = false;
        let mut escaped = false;
        for (i, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '{' | '(' if c == '{' || depth > 0 => {
                    depth += 1;
                    if depth > MAX_FLUENT_NESTING {
                        return Some(start + i);
                    }
                }
                '}' | ')' => depth = depth.saturating_sub(1),
                '"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
    }
    None
}

/// Ids defined by the site's other files of the same language, read before `current`.
fn earlier_ids(files: &[FluentFile], language: &str, current: &FluentFile) -> BTreeSet<String> {
    files
        .iter()
        .filter(|f| f.language == language)
        .take_while(|f| f.path != current.path)
        .flat_map(|f| message_ids(&f.text))
        .collect()
}

/// The message ids defined in a Fluent text, with their byte offsets.
pub fn message_ids(text: &str) -> Vec<String> {
    message_offsets(text)
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

fn message_offsets(text: &str) -> Vec<(String, usize)> {
    let mut ids = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(|c: char| c.is_ascii_alphabetic())
            && let Some(eq) = line.find('=')
        {
            let id = line[..eq].trim();
            if id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                ids.push((id.to_string(), offset));
            }
        }
        offset += line.len();
    }
    ids
}

fn warn_duplicates(earlier: &BTreeSet<String>, file: &FluentFile, diagnostics: &mut Diagnostics) {
    let mut seen = BTreeSet::new();
    let lines = LineIndex::new(&file.text);
    for (id, offset) in message_offsets(&file.text) {
        if earlier.contains(&id) || !seen.insert(id.clone()) {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "message `{id}` is defined more than once for this language; the last one wins"
                ))
                .in_file(&file.path)
                .at_indexed(&file.text, &lines, offset)
                .with_help("remove or rename one of the definitions"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Diagnostics;

    fn config() -> Config {
        let text = "title: T\ndefault_language: en\nlanguages:\n  - code: en\n  - code: pl\n  - code: pt-BR\n    fallback: [pl]\n";
        crate::config::parse(text, Path::new("site.yaml"), &mut Diagnostics::new()).unwrap()
    }

    fn file(language: &str, text: &str) -> FluentFile {
        FluentFile {
            language: language.into(),
            path: format!("locales/{language}/main.ftl").into(),
            text: text.into(),
        }
    }

    #[test]
    fn lookups_follow_the_chain_and_report_gaps() {
        let theme = [file("en", "home = Home\nonly-theme = Theme\n")];
        let site = [file(
            "pl",
            "home = Strona główna\ncount = { $n ->\n    [one] jedna\n    [few] { $n } ulotki\n   *[other] { $n } ulotek\n}\n",
        )];
        let mut diagnostics = Diagnostics::new();
        let i18n = I18n::new(&config(), &theme, &site, &mut diagnostics);
        assert!(!diagnostics.has_errors());
        assert_eq!(i18n.message("pl", "home", None), "Strona główna");
        assert_eq!(i18n.message("pt-BR", "home", None), "Strona główna");
        assert_eq!(i18n.message("pl", "only-theme", None), "Theme");
        let mut args = FluentArgs::new();
        args.set("n", 3);
        assert_eq!(i18n.message("pl", "count", Some(&args)), "3 ulotki");
        assert!(i18n.take_problems().is_empty());
        assert_eq!(i18n.message("pl", "nowhere", None), "nowhere");
        let warnings = i18n.take_problems();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.contains("`nowhere`") && warnings[0].message.contains("`pl`"));
    }

    #[test]
    fn the_language_that_supplies_a_message_is_known() {
        let site = [
            file("pl", "site-title = Ulotki\n"),
            file("en", "home = Home\n"),
        ];
        let i18n = I18n::new(&config(), &[], &site, &mut Diagnostics::new());
        assert_eq!(i18n.message_language("pl", "site-title"), Some("pl"));
        assert_eq!(i18n.message_language("pt-BR", "site-title"), Some("pl"));
        assert_eq!(i18n.message_language("en", "site-title"), None);
        // The default language ends every chain.
        assert_eq!(i18n.message_language("pt-BR", "home"), Some("en"));
        assert_eq!(i18n.message_language("pl", "nowhere"), None);
    }

    #[test]
    fn syntax_errors_have_positions_and_other_messages_survive() {
        let site = [file("pl", "home = Dom\nbroken = { $x\nafter = Po\n")];
        let mut diagnostics = Diagnostics::new();
        let i18n = I18n::new(&config(), &[], &site, &mut diagnostics);
        let errors: Vec<_> = diagnostics.into_sorted();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].position.unwrap().line, 2);
        assert_eq!(i18n.message("pl", "after", None), "Po");
    }

    #[test]
    fn nesting_is_measured_outside_strings_and_comments() {
        let deep = |n: usize| format!("{}\"x\"{}", "{ ".repeat(n), " }".repeat(n));
        assert_eq!(
            too_deep(&format!("a = {}\n", deep(MAX_FLUENT_NESTING))),
            None
        );
        let text = format!("a = b\nc = {}\n", deep(MAX_FLUENT_NESTING + 1));
        let offset = too_deep(&text).expect("too deep");
        assert_eq!(text[..offset].lines().count(), 2);
        let calls = format!(
            "a = {{ {}$x{} }}\n",
            "F(".repeat(MAX_FLUENT_NESTING),
            ")".repeat(MAX_FLUENT_NESTING)
        );
        assert!(too_deep(&calls).is_some());
        let quoted = format!(
            "a = {{ \"{}\" }}\n# {}\nb = ((((\n",
            "{".repeat(500),
            "{".repeat(500)
        );
        assert_eq!(too_deep(&quoted), None);
    }

    #[test]
    fn missing_variables_are_reported() {
        let site = [file("pl", "hello = Witaj { $name }\n")];
        let i18n = I18n::new(&config(), &[], &site, &mut Diagnostics::new());
        i18n.message("pl", "hello", None);
        assert!(i18n.take_problems()[0].message.contains("name"));
    }
}
