//! Stage 1: `site.yaml` becomes a validated [`Config`].
//!
//! Everything later stages need to know about languages is settled here once: tags are
//! canonical, each language has its direction and its complete fallback chain, and the default
//! language is configured. Problems are reported as diagnostics with positions in `site.yaml`;
//! every problem is reported, not only the first.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::{self, Direction};
use crate::yaml;

/// The keys `site.yaml` understands.
const KNOWN_KEYS: &[&str] = &[
    "title",
    "base_url",
    "default_language",
    "languages",
    "theme",
    "missing_translations",
    "organisation",
    "funding",
    "allow_raw_html",
    "allow_links_outside",
    "checks",
    "emergency",
    "alert_card",
    "search",
];

/// What to do for a leaflet that has no translation in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MissingTranslations {
    /// Make the page in that language, with the nearest fallback's text and a notice.
    #[default]
    Fallback,
    /// Make no page; links go to the fallback language's page.
    Omit,
}

/// The publishing organisation, shown in every page's footer.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The organisation's name.
    pub name: String,
    /// Its website.
    #[serde(default)]
    pub url: Option<String>,
    /// A contact address or phone number.
    #[serde(default)]
    pub contact: Option<String>,
}

/// The numbers a reader in danger needs, shown in every page's "Get help now" box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emergency {
    /// The emergency number, as written (`112`).
    pub number: String,
    /// The site's own helpline, as written, if it has one.
    pub helpline: Option<String>,
    /// National emergency numbers the text may give after `number`, as written (France's
    /// ambulance `15`, Poland's `999`): `check` accepts them in a translation although its
    /// source does not have them.
    pub national: Vec<String>,
}

impl Emergency {
    /// The emergency number as a `tel:` link target: only `+` and digits.
    pub fn tel(&self) -> String {
        tel_digits(&self.number)
    }

    /// The helpline as a `tel:` link target, if there is one.
    pub fn helpline_tel(&self) -> Option<String> {
        self.helpline.as_deref().map(tel_digits)
    }

    /// Every number a page in this language may dial: the emergency number, the helpline and
    /// the national numbers, as `tel:` link targets.
    pub fn tels(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(self.tel())
            .chain(self.helpline_tel())
            .chain(self.national.iter().map(|n| tel_digits(n)))
    }
}

/// A phone number as written, reduced to what a `tel:` link dials: `+` and digits.
pub fn tel_digits(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// `emergency:` as written, in `site.yaml` or in a `languages:` entry.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEmergency {
    number: Option<PhoneText>,
    helpline: Option<PhoneText>,
    national: Option<Vec<PhoneText>>,
}

/// A phone number in `site.yaml`, which must be a string: YAML reads an unquoted
/// `+442079460000` as a number without its `+`, and a wrong emergency number is dangerous.
#[derive(Debug, Clone)]
struct PhoneText(String);

impl<'de> Deserialize<'de> for PhoneText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = PhoneText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a phone number in quotes")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<PhoneText, E> {
                Ok(PhoneText(text.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<PhoneText, E> {
                Err(E::custom(format!(
                    "write the phone number {number} in quotes (`\"{number}\"`): unquoted, YAML reads it as a number and drops a leading `+`"
                )))
            }
            fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<PhoneText, E> {
                self.visit_u64(number.unsigned_abs())
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The `alert_card:` section of `site.yaml`: how the printable alert card (`alert-card.html`)
/// is made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertCard {
    /// The language the card's note to clinicians is repeated in, besides the page's own
    /// (`second_language: pl`); `None` means the site's default language.
    pub second_language: Option<String>,
}

/// `alert_card:` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlertCard {
    second_language: Option<String>,
}

/// The `search:` setting of `site.yaml`: whether pages get a search box, each language a
/// search page and its index, and which words find each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    /// False for `search: false`: no search box, no search page, no index.
    pub enabled: bool,
    /// Per language code, lists of words or phrases that find each other
    /// (`[diarrhoea, diarrhea, loose poo]`).
    pub synonyms: BTreeMap<String, Vec<Vec<String>>>,
}

impl Default for Search {
    fn default() -> Self {
        Search {
            enabled: true,
            synonyms: BTreeMap::new(),
        }
    }
}

/// `search:` as written: `true`, `false` or a mapping.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawSearch {
    On(bool),
    Settings(RawSearchSettings),
}

/// `search:` written as a mapping.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSearchSettings {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    synonyms: BTreeMap<String, Vec<Vec<String>>>,
}

fn yes() -> bool {
    true
}

/// The number dialled for an emergency in every EU country, used when `emergency:` gives none.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";

/// How bad a check's finding is, as `site.yaml` writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SeverityName {
    /// Fails `leafpress check`.
    Error,
    /// Reported; fails only with `--deny warnings`.
    Warning,
}

/// The `checks:` section of `site.yaml`: how `leafpress check` judges this site.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CheckSettings {
    /// `next_review` within this many days is a warning.
    pub review_window_days: i64,
    /// Check ids to turn off, e.g. `[readability, glossary-term]`.
    pub disable: Vec<String>,
    /// A severity per check id, e.g. `{missing-reviewers: error}`.
    pub severity: BTreeMap<String, SeverityName>,
    /// Readability targets per language and formula id, e.g. `{de: {amstad: 55}}`.
    pub readability: BTreeMap<String, BTreeMap<String, f64>>,
    /// The identity of the glossary leaflet (`questions-and-glossary`), if the site has one.
    pub glossary: Option<String>,
    /// Sentences longer than this many words are listed.
    pub long_sentence_words: usize,
    /// The target for the average sentence length, in words.
    pub average_sentence_words: f64,
    /// Also write an editors' report page per language in the build output
    /// (`quality/<lang>/index.html`): readability and review dates of each leaflet.
    pub report: bool,
}

impl Default for CheckSettings {
    fn default() -> Self {
        CheckSettings {
            review_window_days: 90,
            disable: Vec::new(),
            severity: BTreeMap::new(),
            readability: BTreeMap::new(),
            glossary: None,
            long_sentence_words: 25,
            average_sentence_words: 15.0,
            report: false,
        }
    }
}

/// One configured language, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Canonical BCP 47 tag, e.g. `pt-BR`.
    pub code: String,
    /// The language's own name, e.g. `Português (Brasil)`.
    pub name: String,
    /// Text direction.
    pub dir: Direction,
    /// The languages to take text from when this one lacks it, nearest first: the explicit
    /// `fallback:` list in its order (or the tag's configured parents), with the default
    /// language added at the end when the list does not name it. Never this language itself.
    pub fallback: Vec<String>,
    /// The numbers shown in this language's "Get help now" box: the site's `emergency:` with
    /// this language's own `emergency:` fields over it; `None` when the site declares none.
    pub emergency: Option<Emergency>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site's title, used where the Fluent message `site-title` is missing.
    pub title: String,
    /// Absolute base URL, ending with `/`; used only for sitemap, canonical and hreflang URLs.
    pub base_url: String,
    /// The source language, in every fallback chain (last, unless an explicit list puts it
    /// earlier).
    pub default_language: String,
    /// The configured languages, in the order of `site.yaml`.
    pub languages: Vec<Language>,
    /// The theme folder's name under `themes/`.
    pub theme: String,
    /// Whether missing translations get a fallback page or none.
    pub missing_translations: MissingTranslations,
    /// The publishing organisation.
    pub organisation: Option<Organisation>,
    /// The site-wide funding and sponsorship statement.
    pub funding: Option<String>,
    /// When true, raw HTML in Markdown is kept as written instead of sanitised.
    pub allow_raw_html: bool,
    /// When true, symbolic links in `static/` and the theme folder may point outside the site
    /// folder (never at a folder that contains the site, nor at `/`).
    pub allow_links_outside: bool,
    /// How `leafpress check` judges this site.
    pub checks: CheckSettings,
    /// The site-wide emergency numbers, if the site declares `emergency:`.
    pub emergency: Option<Emergency>,
    /// How the printable alert card is made.
    pub alert_card: AlertCard,
    /// Search: on or off, and synonyms.
    pub search: Search,
}

impl Config {
    /// The language with this code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The language the alert card on a page in `lang` repeats its note to clinicians in:
    /// `alert_card.second_language`, else the default language; `None` when that is `lang`.
    pub fn card_second_language(&self, lang: &str) -> Option<&Language> {
        let code = self
            .alert_card
            .second_language
            .as_deref()
            .unwrap_or(&self.default_language);
        self.language(code).filter(|language| language.code != lang)
    }
}

#[derive(Deserialize)]
struct RawConfig {
    title: Option<String>,
    base_url: Option<String>,
    default_language: Option<String>,
    #[serde(default)]
    languages: Vec<RawLanguage>,
    theme: Option<String>,
    #[serde(default)]
    missing_translations: MissingTranslations,
    organisation: Option<Organisation>,
    funding: Option<String>,
    #[serde(default)]
    allow_raw_html: bool,
    #[serde(default)]
    allow_links_outside: bool,
    #[serde(default)]
    checks: CheckSettings,
    emergency: Option<RawEmergency>,
    alert_card: Option<RawAlertCard>,
    search: Option<RawSearch>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    name: Option<String>,
    dir: Option<Direction>,
    fallback: Option<Vec<String>>,
    emergency: Option<RawEmergency>,
}

impl<'de> Deserialize<'de> for Direction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match String::deserialize(deserializer)?.as_str() {
            "ltr" => Ok(Direction::Ltr),
            "rtl" => Ok(Direction::Rtl),
            other => Err(serde::de::Error::custom(format!(
                "`dir: {other}` must be `ltr` or `rtl`"
            ))),
        }
    }
}

/// Parses and validates `site.yaml`. `path` is how messages name the file.
///
/// Returns the config when it is usable (warnings may have been pushed) or `None` when errors
/// were pushed.
pub fn parse(text: &str, path: &Path, diagnostics: &mut Diagnostics) -> Option<Config> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let offset = text.len() - body.len();
    diagnostics.extend(yaml::unknown_key_warnings(
        body,
        KNOWN_KEYS,
        path,
        text,
        offset,
        "site.yaml",
    ));
    if let Some(error) = yaml::nesting_error(body, path, text, offset) {
        diagnostics.push(error);
        return None;
    }
    let raw: RawConfig = match serde_yaml::from_str(body) {
        Ok(raw) => raw,
        Err(error) => {
            diagnostics.push(yaml::error_diagnostic(
                &error,
                path,
                text,
                offset,
                "fix site.yaml; the README's \"Site format\" section lists every key",
            ));
            return None;
        }
    };
    Validator {
        text,
        path,
        diagnostics,
        errors: 0,
    }
    .validate(raw)
}

struct Validator<'a> {
    text: &'a str,
    path: &'a Path,
    diagnostics: &'a mut Diagnostics,
    errors: usize,
}

impl Validator<'_> {
    fn error(&mut self, near: &str, message: String, help: &str) {
        let mut diagnostic = Diagnostic::error(message)
            .in_file(self.path)
            .with_help(help);
        if let Some(offset) = find_value(self.text, near) {
            diagnostic = diagnostic.at_offset(self.text, offset);
        }
        self.diagnostics.push(diagnostic);
        self.errors += 1;
    }

    fn validate(mut self, raw: RawConfig) -> Option<Config> {
        let title = raw.title.unwrap_or_default();
        if title.trim().is_empty() {
            self.error(
                "title",
                "site.yaml has no `title`".into(),
                "add `title: Your site's name` to site.yaml",
            );
        }
        let base_url = normalise_base_url(raw.base_url.as_deref().unwrap_or("/"));
        let languages = self.languages(&raw.languages);
        let default_language = match raw.default_language {
            Some(code) => match lang::parse_tag(&code) {
                Ok(id) if languages.iter().any(|l| l.0 == id.to_string()) => id.to_string(),
                Ok(_) => {
                    self.error(
                        "default_language",
                        format!("`default_language: {code}` is not one of `languages`"),
                        "add it to `languages`, or set `default_language` to a configured code",
                    );
                    code
                }
                Err(problem) => {
                    self.error("default_language", problem, "use a tag such as `en`");
                    code
                }
            },
            None => {
                self.error(
                    "languages",
                    "site.yaml has no `default_language`".into(),
                    "add `default_language: en` (the language leaflets are written in first)",
                );
                String::new()
            }
        };
        let mut languages = self.fallbacks(languages, &default_language);
        let emergency = self.emergency(raw.emergency.as_ref(), None);
        for language in &mut languages {
            let own = raw.languages.iter().find(|entry| {
                lang::parse_tag(&entry.code).is_ok_and(|id| id.to_string() == language.code)
            });
            language.emergency = match own.and_then(|entry| entry.emergency.as_ref()) {
                Some(own) => self.emergency(Some(own), emergency.as_ref()),
                None => emergency.clone(),
            };
        }
        if let Some(url) = raw.organisation.as_ref().and_then(|o| o.url.as_deref())
            && let Err(problem) = crate::url::check_scheme(url)
        {
            self.error(
                url,
                format!("`organisation.url`: {problem}"),
                "write the organisation's website as an http or https address",
            );
        }
        let alert_card = self.alert_card(raw.alert_card.unwrap_or_default(), &languages);
        let search = self.search(raw.search, &languages);
        if self.errors > 0 {
            return None;
        }
        Some(Config {
            title,
            base_url,
            default_language,
            languages,
            theme: raw.theme.unwrap_or_else(|| "default".into()),
            missing_translations: raw.missing_translations,
            organisation: raw.organisation,
            funding: raw.funding,
            allow_raw_html: raw.allow_raw_html,
            allow_links_outside: raw.allow_links_outside,
            checks: raw.checks,
            emergency,
            alert_card,
            search,
        })
    }

    /// Validated `search:`: synonyms only for configured languages.
    fn search(&mut self, raw: Option<RawSearch>, languages: &[Language]) -> Search {
        let (enabled, written) = match raw {
            None => (true, BTreeMap::new()),
            Some(RawSearch::On(enabled)) => (enabled, BTreeMap::new()),
            Some(RawSearch::Settings(settings)) => (settings.enabled, settings.synonyms),
        };
        let mut synonyms = BTreeMap::new();
        for (code, groups) in written {
            let canonical = lang::parse_tag(&code).map(|id| id.to_string());
            match canonical {
                Ok(tag) if languages.iter().any(|l| l.code == tag) => {
                    synonyms.insert(tag, groups);
                }
                _ => self.error(
                    "synonyms",
                    format!("`search.synonyms.{code}` is not one of `languages`"),
                    "use the code of a configured language, e.g. `synonyms: {en: [[diarrhoea, loose poo]]}`",
                ),
            }
        }
        Search { enabled, synonyms }
    }

    /// Validated `alert_card:`: its `second_language` must be a configured language.
    fn alert_card(&mut self, raw: RawAlertCard, languages: &[Language]) -> AlertCard {
        let second_language = raw.second_language.and_then(|code| {
            let canonical = lang::parse_tag(&code).map(|id| id.to_string());
            match canonical {
                Ok(tag) if languages.iter().any(|l| l.code == tag) => Some(tag),
                _ => {
                    self.error(
                        "second_language",
                        format!("`alert_card.second_language: {code}` is not one of `languages`"),
                        "use the code of a configured language, e.g. `second_language: en`, or add that language to `languages`",
                    );
                    None
                }
            }
        });
        AlertCard { second_language }
    }

    /// Validated emergency numbers from `raw`, with the fields it leaves out taken from
    /// `inherited` (the site-wide ones), else the number [`DEFAULT_EMERGENCY_NUMBER`].
    fn emergency(
        &mut self,
        raw: Option<&RawEmergency>,
        inherited: Option<&Emergency>,
    ) -> Option<Emergency> {
        let raw = raw?;
        let number = raw
            .number
            .clone()
            .map(|n| n.0)
            .or_else(|| inherited.map(|e| e.number.clone()))
            .unwrap_or_else(|| DEFAULT_EMERGENCY_NUMBER.to_string());
        let helpline = raw
            .helpline
            .clone()
            .map(|n| n.0)
            .or_else(|| inherited.and_then(|e| e.helpline.clone()));
        let national: Vec<String> = match &raw.national {
            Some(numbers) => numbers.iter().map(|n| n.0.clone()).collect(),
            None => inherited.map(|e| e.national.clone()).unwrap_or_default(),
        };
        let fields = [("number", &number)]
            .into_iter()
            .chain(helpline.iter().map(|h| ("helpline", h)))
            .chain(national.iter().map(|n| ("national", n)));
        for (key, value) in fields {
            if !is_phone_number(value) {
                self.error(
                    value,
                    format!("`emergency.{key}: {value}` is not a phone number"),
                    "write only digits, spaces and `+ - ( ) .`, e.g. `number: \"112\"` or `helpline: \"+44 20 7946 0000\"`",
                );
            }
        }
        Some(Emergency {
            number,
            helpline,
            national,
        })
    }

    /// Validated (code, name, dir, explicit fallback) of each language.
    #[allow(clippy::type_complexity)]
    fn languages(
        &mut self,
        raw: &[RawLanguage],
    ) -> Vec<(String, String, Direction, Option<Vec<String>>)> {
        if raw.is_empty() {
            self.error(
                "languages",
                "site.yaml lists no `languages`".into(),
                "add `languages:` with at least one `- code: en` and `name: English`",
            );
        }
        let mut seen = HashSet::new();
        let mut languages = Vec::new();
        for language in raw {
            let id = match lang::parse_tag(&language.code) {
                Ok(id) => id,
                Err(problem) => {
                    self.error(
                        &language.code,
                        problem,
                        "use a BCP 47 tag such as `de`, `pt-BR` or `sr-Latn`",
                    );
                    continue;
                }
            };
            let code = id.to_string();
            if !seen.insert(code.clone()) {
                self.error(
                    &language.code,
                    format!("language `{code}` is listed twice"),
                    "remove one of the two entries",
                );
                continue;
            }
            let name = language.name.clone().unwrap_or_else(|| code.clone());
            let dir = language.dir.unwrap_or_else(|| lang::direction_of(&id));
            languages.push((code, name, dir, language.fallback.clone()));
        }
        languages
    }

    fn fallbacks(
        &mut self,
        languages: Vec<(String, String, Direction, Option<Vec<String>>)>,
        default_language: &str,
    ) -> Vec<Language> {
        let configured: Vec<String> = languages.iter().map(|l| l.0.clone()).collect();
        let mut result = Vec::new();
        for (code, name, dir, explicit) in languages {
            let mut chain: Vec<String> = Vec::new();
            let wanted = match explicit {
                Some(list) => list,
                None => lang::parse_tag(&code)
                    .map(|id| lang::parents(&id))
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|p| configured.contains(p))
                    .collect(),
            };
            for entry in wanted {
                match lang::parse_tag(&entry).map(|id| id.to_string()) {
                    Ok(tag) if configured.contains(&tag) => {
                        if tag != code && !chain.contains(&tag) {
                            chain.push(tag);
                        }
                    }
                    Ok(tag) => self.error(
                        &entry,
                        format!("`{code}` falls back to `{tag}`, which is not in `languages`"),
                        "add that language to `languages`, or remove it from `fallback`",
                    ),
                    Err(problem) => self.error(&entry, problem, "use a configured language code"),
                }
            }
            if code != default_language && !chain.iter().any(|c| c == default_language) {
                chain.push(default_language.to_string());
            }
            result.push(Language {
                code,
                name,
                dir,
                fallback: chain,
                emergency: None,
            });
        }
        result
    }
}

/// True for `http://host...` and `https://host...` (any letter case): the only base URLs that
/// make the sitemap's, canonical and hreflang addresses full URLs.
pub fn is_absolute_http(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://"].iter().any(|prefix| {
        lower
            .strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
    })
}

/// True for a phone number readers can dial: digits, with only spaces, `+`, `-`, `(`, `)` and
/// `.` between them.
fn is_phone_number(number: &str) -> bool {
    number.chars().any(|c| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
}

/// Adds the trailing `/` a base URL needs for joining.
fn normalise_base_url(url: &str) -> String {
    let url = url.trim();
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

/// Byte offset of the first place `needle` is written as a value or key in the file.
fn find_value(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.match_indices(needle).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != '_')
            && after.is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != '_')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> (Option<Config>, Vec<Diagnostic>) {
        let mut diagnostics = Diagnostics::new();
        let config = parse(text, Path::new("site.yaml"), &mut diagnostics);
        (config, diagnostics.into_sorted())
    }

    const SITE: &str = "title: Guide\nbase_url: https://example.org/guide\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: pt-br\n    name: Português (Brasil)\n  - code: pt\n    name: Português\n  - code: ar\n    name: العربية\n";

    #[test]
    fn fallback_chains_use_parents_then_default() {
        let (config, diagnostics) = parse_ok(SITE);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let config = config.unwrap();
        assert_eq!(config.base_url, "https://example.org/guide/");
        let pt_br = config.language("pt-BR").unwrap();
        assert_eq!(pt_br.fallback, ["pt", "en"]);
        assert_eq!(
            config.language("en").unwrap().fallback,
            Vec::<String>::new()
        );
        assert_eq!(config.language("ar").unwrap().dir, Direction::Rtl);
    }

    #[test]
    fn every_language_problem_is_reported_with_its_line() {
        let text = "title: G\ndefault_language: fr\nlanguages:\n  - code: en\n  - code: en_GB\n  - code: de\n    fallback: [it]\n";
        let (config, diagnostics) = parse_ok(text);
        assert!(config.is_none());
        let lines: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.position.map(|p| p.line), d.message.clone()))
            .collect();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == Some(2) && m.contains("not one of"))
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == Some(5) && m.contains("en_GB"))
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == Some(7) && m.contains("`it`"))
        );
    }

    #[test]
    fn unknown_keys_warn_with_a_suggestion() {
        let text = format!("{SITE}themme: default\n");
        let (config, diagnostics) = parse_ok(&text);
        assert!(config.is_some());
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].help.as_deref().unwrap().contains("`theme`"));
    }

    #[test]
    fn an_organisation_url_with_a_script_scheme_is_an_error_at_its_line() {
        let text =
            format!("{SITE}organisation:\n  name: Charity\n  url: \"javascript:alert(1)\"\n");
        let (config, diagnostics) = parse_ok(&text);
        assert!(config.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        let position = diagnostics[0].position.unwrap();
        assert_eq!(
            (position.line, position.column),
            (15, 9),
            "{}",
            diagnostics[0]
        );
    }

    #[test]
    fn emergency_numbers_default_to_112_and_languages_inherit_what_they_leave_out() {
        let text = SITE.replace(
            "  - code: pt\n",
            "  - code: pt\n    emergency: {number: \"(+351) 112\"}\n",
        ) + "emergency:\n  helpline: \"+44 20 7946 0000\"\n";
        let (config, diagnostics) = parse_ok(&text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let config = config.unwrap();
        let site = config.emergency.as_ref().unwrap();
        assert_eq!((site.number.as_str(), site.tel()), ("112", "112".into()));
        assert_eq!(site.helpline_tel().as_deref(), Some("+442079460000"));
        let pt = config.language("pt").unwrap().emergency.as_ref().unwrap();
        assert_eq!(
            (pt.number.as_str(), pt.tel()),
            ("(+351) 112", "+351112".into())
        );
        assert_eq!(pt.helpline, site.helpline);
        assert!(pt.national.is_empty());
        assert_eq!(
            config.language("ar").unwrap().emergency.as_ref(),
            Some(site)
        );
    }

    #[test]
    fn a_language_lists_its_national_numbers_and_every_number_it_may_dial() {
        let text = SITE.replace(
            "  - code: pt\n",
            "  - code: pt\n    emergency: {national: [\"15\", \"(0) 999\"]}\n",
        ) + "emergency:\n  helpline: \"+44 20 7946 0000\"\n";
        let (config, diagnostics) = parse_ok(&text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let config = config.unwrap();
        let pt = config.language("pt").unwrap().emergency.as_ref().unwrap();
        assert_eq!(pt.national, ["15", "(0) 999"]);
        assert_eq!(
            pt.tels().collect::<Vec<_>>(),
            ["112", "+442079460000", "15", "0999"]
        );
        assert!(config.emergency.as_ref().unwrap().national.is_empty());
    }

    #[test]
    fn a_national_number_with_letters_is_an_error() {
        let text = format!("{SITE}emergency:\n  national: [\"15\", \"15 SAMU\"]\n");
        let (config, diagnostics) = parse_ok(&text);
        assert!(config.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(
            diagnostics[0]
                .message
                .contains("`emergency.national: 15 SAMU` is not a phone number")
        );
        let position = diagnostics[0].position.unwrap();
        assert_eq!(
            (position.line, position.column),
            (14, 21),
            "{}",
            diagnostics[0]
        );
    }

    #[test]
    fn no_emergency_section_means_no_emergency_numbers() {
        let (config, _) = parse_ok(SITE);
        let config = config.unwrap();
        assert!(config.emergency.is_none());
        assert!(config.languages.iter().all(|l| l.emergency.is_none()));
    }

    #[test]
    fn an_emergency_number_with_letters_is_an_error_at_its_line() {
        let text = format!("{SITE}emergency:\n  number: 11two\n");
        let (config, diagnostics) = parse_ok(&text);
        assert!(config.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        let position = diagnostics[0].position.unwrap();
        assert_eq!(
            (position.line, position.column),
            (14, 11),
            "{}",
            diagnostics[0]
        );
        assert!(diagnostics[0].help.as_deref().unwrap().contains("digits"));
    }

    #[test]
    fn an_unquoted_emergency_number_is_an_error_asking_for_quotes() {
        // YAML reads `+442079460000` as the number 442079460000: the `+` would be lost.
        for number in ["112", "+442079460000"] {
            let text = format!("{SITE}emergency:\n  helpline: {number}\n");
            let (config, diagnostics) = parse_ok(&text);
            assert!(config.is_none());
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            assert_eq!(
                diagnostics[0].position.unwrap().line,
                14,
                "{}",
                diagnostics[0]
            );
            assert!(
                diagnostics[0].message.contains("quotes"),
                "{}",
                diagnostics[0]
            );
        }
        // Leading zeros make YAML read a string: kept as written.
        let text = format!("{SITE}emergency:\n  number: 000\n");
        let (config, _) = parse_ok(&text);
        assert_eq!(config.unwrap().emergency.unwrap().number, "000");
    }

    #[test]
    fn the_alert_card_repeats_its_clinician_note_in_the_default_language_unless_told() {
        let (config, _) = parse_ok(SITE);
        let config = config.unwrap();
        assert_eq!(config.alert_card, AlertCard::default());
        let second = |lang| config.card_second_language(lang).map(|l| l.code.as_str());
        assert_eq!(second("ar"), Some("en"));
        assert_eq!(second("en"), None);

        let text = format!("{SITE}alert_card: {{second_language: PT-br}}\n");
        let (config, diagnostics) = parse_ok(&text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let config = config.unwrap();
        assert_eq!(config.alert_card.second_language.as_deref(), Some("pt-BR"));
        let second = |lang| config.card_second_language(lang).map(|l| l.code.as_str());
        assert_eq!(second("en"), Some("pt-BR"));
        assert_eq!(second("pt-BR"), None);
    }

    #[test]
    fn an_alert_card_second_language_not_configured_is_an_error_at_its_line() {
        for code in ["pl", "not a tag"] {
            let text = format!("{SITE}alert_card:\n  second_language: {code}\n");
            let (config, diagnostics) = parse_ok(&text);
            assert!(config.is_none());
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            let position = diagnostics[0].position.unwrap();
            assert_eq!(
                (position.line, position.column),
                (14, 3),
                "{}",
                diagnostics[0]
            );
            assert!(
                diagnostics[0].message.contains("not one of `languages`"),
                "{}",
                diagnostics[0]
            );
        }
    }

    #[test]
    fn wrong_types_are_errors_at_their_position() {
        let text =
            "title: G\ndefault_language: en\nlanguages:\n  - code: en\nallow_raw_html: maybe\n";
        let (config, diagnostics) = parse_ok(text);
        assert!(config.is_none());
        assert_eq!(
            diagnostics[0].position.unwrap().line,
            5,
            "{}",
            diagnostics[0]
        );
    }
}
