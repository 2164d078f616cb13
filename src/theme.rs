//! The theme: the default theme embedded in the binary, overridden file by file by a site's
//! `themes/<name>/`, compiled once into one Tera instance.
//!
//! Embedding (as mdBook does) means a site with no `themes/` folder builds, and a site that
//! wants another header overrides just `templates/base.html`. Every template is parsed on its
//! own first so that all syntax errors are reported in one run, each with its file and line.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::content::discover::link_problem;
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::i18n::FluentFile;
use crate::paths::SiteRoot;

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../themes/default/", $name)))),*]
    };
}

/// The default theme's templates.
const TEMPLATES: &[(&str, &str)] = embedded![
    "templates/base.html",
    "templates/leaflet.html",
    "templates/leaflet-article.html",
    "templates/home.html",
    "templates/languages.html",
    "templates/language-coverage.html",
    "templates/404.html",
    "templates/alert-card.html",
    "templates/alert-card-sheet.html",
    "templates/booklet.html",
    "templates/urgent-help.html",
    "templates/warning-signs.html",
    "templates/translation-status.html",
    "templates/quality.html",
    "templates/search.html",
];

/// The default theme's static files, copied to the output root.
const STATIC: &[(&str, &str)] =
    embedded!["static/style.css", "static/search.js", "static/search.css"];

/// The default theme's Fluent messages: the 24 official languages of the EU, Ukrainian and
/// Arabic.
const LOCALES: &[(&str, &str)] = embedded![
    "locales/en/theme.ftl",
    "locales/bg/theme.ftl",
    "locales/cs/theme.ftl",
    "locales/da/theme.ftl",
    "locales/de/theme.ftl",
    "locales/el/theme.ftl",
    "locales/es/theme.ftl",
    "locales/et/theme.ftl",
    "locales/fi/theme.ftl",
    "locales/fr/theme.ftl",
    "locales/ga/theme.ftl",
    "locales/hr/theme.ftl",
    "locales/hu/theme.ftl",
    "locales/it/theme.ftl",
    "locales/lt/theme.ftl",
    "locales/lv/theme.ftl",
    "locales/mt/theme.ftl",
    "locales/nl/theme.ftl",
    "locales/pl/theme.ftl",
    "locales/pt/theme.ftl",
    "locales/ro/theme.ftl",
    "locales/sk/theme.ftl",
    "locales/sl/theme.ftl",
    "locales/sv/theme.ftl",
    "locales/uk/theme.ftl",
    "locales/ar/theme.ftl",
];

/// Every file of the embedded default theme, as (path in the theme folder, text), e.g.
/// (`templates/base.html`, ...), for `theme eject`.
pub fn embedded_files() -> impl Iterator<Item = (&'static str, &'static str)> {
    TEMPLATES.iter().chain(STATIC).chain(LOCALES).copied()
}

/// The embedded default theme's messages for `language` (`locales/<language>/theme.ftl`).
pub fn embedded_messages(language: &str) -> Option<&'static str> {
    let path = format!("locales/{language}/theme.ftl");
    LOCALES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
}

/// Where a theme file comes from, for messages.
#[derive(Debug, Clone)]
pub enum Origin {
    /// Built into leafpress.
    Embedded,
    /// A file of the site's theme folder.
    Site(PathBuf),
}

/// A static file of the theme, to copy to the output root.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path under the output root (`style.css`).
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The theme's files, read but not compiled yet.
#[derive(Debug)]
pub struct ThemeFiles {
    /// Static files, the site's overriding the embedded ones.
    pub static_files: Vec<StaticFile>,
    /// The theme's Fluent files.
    pub locales: Vec<FluentFile>,
    /// Each template's text and origin.
    templates: BTreeMap<String, (String, Origin)>,
}

/// The compiled theme.
pub struct Theme {
    /// The compiled templates, with leafpress's functions registered.
    pub tera: tera::Tera,
    /// Static files, the site's overriding the embedded ones.
    pub static_files: Vec<StaticFile>,
    /// Each template's text and origin, for error messages.
    sources: BTreeMap<String, (String, Origin)>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("templates", &self.sources.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl ThemeFiles {
    /// Reads the embedded theme and the site's theme folder `root/themes/<name>` on top of it.
    /// Symbolic links in the theme folder are followed when they stay in the site folder (or
    /// `allow_links_outside` says they may leave it); any other is an error naming the link.
    pub fn read(
        root: &SiteRoot,
        name: &str,
        allow_links_outside: bool,
        diagnostics: &mut Diagnostics,
    ) -> Option<ThemeFiles> {
        let mut templates: BTreeMap<String, (String, Origin)> = TEMPLATES
            .iter()
            .map(|(path, text)| {
                (
                    strip(path, "templates/"),
                    (text.to_string(), Origin::Embedded),
                )
            })
            .collect();
        let mut static_files: BTreeMap<String, Vec<u8>> = STATIC
            .iter()
            .map(|(path, text)| (strip(path, "static/"), text.as_bytes().to_vec()))
            .collect();
        let mut locales: Vec<FluentFile> = LOCALES
            .iter()
            .map(|(path, text)| FluentFile {
                language: path.split('/').nth(1).unwrap_or("en").to_string(),
                path: PathBuf::from(format!("(default theme)/{path}")),
                text: text.to_string(),
            })
            .collect();
        let folder = root.join("themes").join(name);
        if folder.is_dir() {
            read_site_theme(
                root,
                &folder,
                allow_links_outside,
                &mut templates,
                &mut static_files,
                &mut locales,
                diagnostics,
            );
        } else if name != "default" {
            diagnostics.push(
                Diagnostic::error(format!(
                    "theme `{name}` not found: there is no folder `themes/{name}/`"
                ))
                .in_file("site.yaml")
                .with_help(
                    "create the folder, or remove `theme:` from site.yaml to use the default theme",
                ),
            );
            return None;
        }
        Some(ThemeFiles {
            static_files: static_files
                .into_iter()
                .map(|(path, bytes)| StaticFile { path, bytes })
                .collect(),
            locales,
            templates,
        })
    }

    /// Compiles the templates into one Tera instance. `register` adds leafpress's functions
    /// (Tera checks at compile time that every function a template calls exists).
    pub fn compile(
        self,
        register: &dyn Fn(&mut tera::Tera),
        diagnostics: &mut Diagnostics,
    ) -> Option<Theme> {
        let tera = compile(&self.templates, register, diagnostics)?;
        Some(Theme {
            tera,
            static_files: self.static_files,
            sources: self.templates,
        })
    }
}

impl Theme {
    /// A Tera error as a diagnostic naming the template file and line.
    pub fn diagnostic(&self, error: &tera::Error, context: &str) -> Diagnostic {
        tera_diagnostic(error, &self.sources, context)
    }

    /// True when the theme has this template.
    pub fn has_template(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }
}

fn strip(path: &str, prefix: &str) -> String {
    path.strip_prefix(prefix).unwrap_or(path).to_string()
}

fn read_site_theme(
    root: &SiteRoot,
    folder: &Path,
    allow_links_outside: bool,
    templates: &mut BTreeMap<String, (String, Origin)>,
    static_files: &mut BTreeMap<String, Vec<u8>>,
    locales: &mut Vec<FluentFile>,
    diagnostics: &mut Diagnostics,
) {
    let mut walker = WalkDir::new(folder)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                diagnostics.push(crate::content::discover::walk_error(root, &error));
                continue;
            }
        };
        if let Some(problem) = link_problem(root, &entry, allow_links_outside) {
            diagnostics.push(problem);
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if entry.depth() < 2
            || !entry.file_type().is_file()
            || entry.file_name().to_string_lossy().starts_with('.')
        {
            continue;
        }
        let path = entry.path();
        let relative = path.strip_prefix(folder).unwrap_or(path);
        let relative_text = relative.to_string_lossy().replace('\\', "/");
        let Some((kind, rest)) = relative_text.split_once('/') else {
            continue;
        };
        let read = fs::read(path);
        let bytes = match read {
            Ok(bytes) => bytes,
            Err(error) => {
                diagnostics.push(
                    Diagnostic::error(format!("cannot read this file: {error}"))
                        .in_file(root.display(path)),
                );
                continue;
            }
        };
        match kind {
            "static" => {
                static_files.insert(rest.to_string(), bytes);
            }
            "templates" | "locales" => match String::from_utf8(bytes) {
                Ok(text) if kind == "templates" => {
                    templates.insert(rest.to_string(), (text, Origin::Site(root.display(path))));
                }
                Ok(text) => locales.push(FluentFile {
                    language: rest.split('/').next().unwrap_or_default().to_string(),
                    path: root.display(path),
                    text,
                }),
                Err(_) => diagnostics.push(
                    Diagnostic::error("this theme file is not valid UTF-8 text")
                        .in_file(root.display(path))
                        .with_help("save it as UTF-8"),
                ),
            },
            _ => {}
        }
    }
}

/// Compiles all templates into one Tera instance, reporting every syntax error.
fn compile(
    templates: &BTreeMap<String, (String, Origin)>,
    register: &dyn Fn(&mut tera::Tera),
    diagnostics: &mut Diagnostics,
) -> Option<tera::Tera> {
    let mut failed = false;
    for (name, (text, _)) in templates {
        let mut alone = tera::Tera::new();
        register(&mut alone);
        if let Err(error) = alone.add_raw_template(name, text)
            && matches!(error.kind(), tera::ErrorKind::SyntaxError(_))
        {
            diagnostics.push(tera_diagnostic(
                &error,
                templates,
                "fix the template syntax",
            ));
            failed = true;
        }
    }
    if failed {
        return None;
    }
    let mut tera = tera::Tera::new();
    register(&mut tera);
    tera.autoescape_on([".html", ".xml"]);
    match tera.add_raw_templates(
        templates
            .iter()
            .map(|(name, (text, _))| (name.as_str(), text.as_str())),
    ) {
        Ok(()) => Some(tera),
        Err(error) => {
            diagnostics.push(tera_diagnostic(
                &error,
                templates,
                "check `extends` and `include` names against the theme's templates",
            ));
            None
        }
    }
}

fn tera_diagnostic(
    error: &tera::Error,
    sources: &BTreeMap<String, (String, Origin)>,
    help: &str,
) -> Diagnostic {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            Some(report)
        }
        _ => None,
    };
    let mut message = match report {
        Some(report) => report.message().to_string(),
        None => error.to_string(),
    };
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    let Some(report) = report else {
        // Reference errors (unknown filter, missing block) come as one text that already
        // shows the template, line and column.
        let message = message.trim_start_matches("error: ");
        return Diagnostic::error(format!("template error: {message}")).with_help(help);
    };
    let diagnostic = Diagnostic::error(format!("template error: {message}")).with_help(help);
    let name = report.filename();
    let span = report.span();
    let position = Position {
        line: span.start_line.max(1),
        column: span.start_col + 1,
    };
    match sources.get(name) {
        Some((text, Origin::Site(path))) => diagnostic.in_file(path).at(text, position),
        Some((text, Origin::Embedded)) => diagnostic
            .in_file(format!("(default theme)/templates/{name}"))
            .at(text, position),
        None => diagnostic.in_file(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::message_ids;

    #[test]
    fn every_theme_language_has_every_english_message() {
        let english = embedded_messages("en").expect("the theme's English messages");
        let wanted: Vec<String> = message_ids(english);
        for (path, text) in LOCALES {
            let have = message_ids(text);
            let missing: Vec<&String> = wanted.iter().filter(|id| !have.contains(id)).collect();
            let extra: Vec<&String> = have.iter().filter(|id| !wanted.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{path}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn every_theme_file_parses_without_errors() {
        for (path, text) in LOCALES {
            assert!(
                fluent::FluentResource::try_new(text.to_string()).is_ok(),
                "{path}"
            );
        }
    }
}
