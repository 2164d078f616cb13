//! `leafpress xliff export|import`: hand work to CAT tools and take it back.

use std::fs;
use std::path::Path;

use crate::content::{Leaflet, SourceFile, parse_all};
use crate::diagnostics::Diagnostics;
use crate::edit;
use crate::site::HOME_IDENTITY;
use crate::translation::{self, State};
use crate::xliff::{self, Document, File, Version};

use super::status::{SOURCES_STORE, keep_source_version};
use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Exports a language's pending leaflets (or all of them), to standard output or to `output`
/// (relative to the site root, as `build --output` is). A leaflet with a translation is
/// exported with that translation as targets (see [`xliff::update`]). Exports nothing from a
/// site with errors: a broken leaflet would be left out of the work sent to translators, or a
/// broken translation sent to be translated again. With nothing to export, says so and writes
/// no file: an XLIFF document needs at least one `<file>`.
pub fn export(options: &ExportOptions<'_>, reporter: &Reporter) -> u8 {
    let language = options.language;
    let loaded = match super::load_site_or_report(options.root, true, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let root = loaded.project.root().path();
    if let Err(code) = super::refuse_if_broken(&loaded, "nothing was exported", reporter) {
        return code;
    }
    let site = &loaded.site;
    let default = site.config.default_language.clone();
    if site.config.language(language).is_none() || language == default {
        reporter.fatal(
            &format!("`{language}` is not a translation language of this site"),
            "name a language from site.yaml other than the default",
        );
        return EXIT_PROBLEMS;
    }
    let (rows, _) = translation::matrix(site);
    // The home page first, then the leaflets in the order `status` lists them.
    let identities =
        std::iter::once(HOME_IDENTITY.to_string()).chain(rows.into_iter().map(|row| row.identity));
    let mut files = Vec::new();
    let mut with_earlier = 0;
    for identity in identities {
        let Some(source) = site.leaflet(&identity, &default) else {
            continue;
        };
        let state = translation::state(site, &identity, language);
        if state == State::Current && !options.all {
            continue;
        }
        let units = match site.leaflet(&identity, language) {
            Some(translation) => {
                with_earlier += 1;
                offered_units(root, site, source, translation)
            }
            None => xliff::units(source),
        };
        files.push(File {
            original: source
                .file
                .display_path
                .to_string_lossy()
                .replace('\\', "/"),
            units,
        });
    }
    let count = files.len();
    if count == 0 {
        reporter.info(&format!(
            "nothing to export: every leaflet has a current `{language}` translation (pass --all to export them anyway)"
        ));
        return EXIT_OK;
    }
    let text = xliff::write(&Document {
        version: options.version,
        source_language: default,
        target_language: language.to_string(),
        files,
    });
    match options.output {
        None => print!("{text}"),
        Some(path) => {
            let path = &root.join(path);
            if path.exists() && !options.force {
                reporter.fatal(
                    &format!("{} exists", path.display()),
                    "choose another file, or pass --force to replace it",
                );
                return EXIT_PROBLEMS;
            }
            if let Err(error) = edit::write_atomically(path, &text) {
                reporter.fatal(
                    &format!("cannot write {}: {error}", path.display()),
                    "check that you may write there",
                );
                return EXIT_CANNOT_RUN;
            }
            reporter.info(&format!("wrote {}", path.display()));
        }
    }
    reporter.info(&format!(
        "exported {count} leaflet(s) for `{language}`, {with_earlier} with their earlier translation as targets"
    ));
    let missing = missing_messages(&loaded, language);
    if missing > 0 {
        reporter.info(&format!(
            "the site's own words are not in XLIFF: {missing} Fluent message(s) have no `{language}` translation; translate locales/{language}/ (see `leafpress status`)"
        ));
    }
    EXIT_OK
}

/// What `xliff export` is asked for.
pub struct ExportOptions<'a> {
    /// The site folder.
    pub root: &'a Path,
    /// The target language.
    pub language: &'a str,
    /// Export current translations too.
    pub all: bool,
    /// The file to write, relative to the site folder; standard output when `None`.
    pub output: Option<&'a Path>,
    /// Replace `output` if it exists.
    pub force: bool,
    /// The XLIFF version to write.
    pub version: Version,
}

/// The units of `source` with `translation`'s text as targets: confirmed where the source did
/// not change since the version the translation was made from, to revisit elsewhere.
fn offered_units(
    root: &Path,
    site: &crate::site::Site,
    source: &Leaflet,
    translation: &Leaflet,
) -> Vec<xliff::Unit> {
    let state = translation::state(site, &translation.file.identity, &translation.file.language);
    if state == State::Current {
        return xliff::update::units(source, translation, Some(source));
    }
    let old = earlier_source(root, source, translation);
    xliff::update::units(source, translation, old.as_ref())
}

/// The version of the source a translation was made from, when it says which and that
/// version is kept in `.leafpress/sources/`.
fn earlier_source(root: &Path, source: &Leaflet, translation: &Leaflet) -> Option<Leaflet> {
    let hash = translation.front.translation_of.as_deref()?;
    let text = fs::read_to_string(root.join(SOURCES_STORE).join(format!("{hash}.md"))).ok()?;
    let file = SourceFile {
        language: source.file.language.clone(),
        identity: source.file.identity.clone(),
        display_path: source.file.display_path.clone(),
        text,
    };
    parse_all(vec![file], true, &mut Diagnostics::new()).pop()
}

/// How many Fluent messages (the theme's and the site's) the language lacks, as `status`
/// counts them.
fn missing_messages(loaded: &super::Loaded, language: &str) -> usize {
    let crate::MessageSources {
        theme,
        site_locales,
    } = loaded
        .project
        .messages(&loaded.site.config, &mut Diagnostics::new());
    let theme_files = theme
        .as_ref()
        .map(|t| t.locales.as_slice())
        .unwrap_or_default();
    crate::i18n::coverage(&loaded.site.config, theme_files, &site_locales)
        .into_iter()
        .find(|coverage| coverage.language == language)
        .map_or(0, |coverage| coverage.missing.len())
}

/// Imports the translations of an XLIFF 2.0 or 1.2 file (a path as given, from the current
/// folder). Writes nothing into a site with errors: a source leaflet with an error is not in
/// the site, so its translation could not be rebuilt, and a half-done import is harder to redo.
/// A leaflet whose targets lost or repeated a code is not written; the others are.
pub fn import(root: &Path, file: &Path, force: bool, reporter: &Reporter) -> u8 {
    let loaded = match super::load_site_or_report(root, true, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let root = loaded.project.root().path();
    if let Err(code) = super::refuse_if_broken(&loaded, "nothing was imported", reporter) {
        return code;
    }
    let site = loaded.site;
    let document = match fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|xml| xliff::read(&xml))
    {
        Ok(document) => document,
        Err(problem) => {
            reporter.fatal(
                &format!("cannot read {}: {problem}", file.display()),
                "give an XLIFF 2.0 or 1.2 file made by `leafpress xliff export` and filled in by a CAT tool",
            );
            return EXIT_PROBLEMS;
        }
    };
    let language = document.target_language.clone();
    if site.config.language(&language).is_none() {
        reporter.fatal(
            &format!("the file is for `{language}`, which is not in site.yaml"),
            &format!("add it first: `leafpress new locale {language}`"),
        );
        return EXIT_PROBLEMS;
    }
    let mut problems = 0;
    for file in &document.files {
        let prefix = format!("content/{}/", site.config.default_language);
        let Some(identity) = file
            .original
            .strip_prefix(&prefix)
            .and_then(|p| p.strip_suffix(".md"))
        else {
            reporter.fatal(
                &format!(
                    "`{}` is not a leaflet of the default language",
                    file.original
                ),
                "export the file again from this site",
            );
            problems += 1;
            continue;
        };
        let Some(source) = site.leaflet(identity, &site.config.default_language) else {
            reporter.fatal(
                &format!("there is no source leaflet `{}`", file.original),
                "export the file again from this site",
            );
            problems += 1;
            continue;
        };
        let existing = site.leaflet(identity, &language);
        let target = match existing {
            Some(existing) => root.join(&existing.file.display_path),
            None => root
                .join("content")
                .join(&language)
                .join(format!("{identity}.md")),
        };
        if target.exists() && !force {
            reporter.info(&format!(
                "kept {} (it exists; pass --force to replace it)",
                target.display()
            ));
            continue;
        }
        // What an export offers now, to tell a revised target from an earlier translation
        // that came back as it went out.
        let offered = existing
            .map(|existing| offered_units(root, &site, source, existing))
            .unwrap_or_default();
        let imported = match xliff::apply(source, file, &offered, existing) {
            Ok(imported) => imported,
            Err(errors) => {
                for error in &errors {
                    reporter.fatal(
                        &format!("{} ({}): {error}", file.original, language),
                        "copy every tag of the source into the target once, in the order the sentence needs, and import again",
                    );
                }
                reporter.info(&format!(
                    "  {} was not written: {} unit(s) have tags that do not match their source",
                    target.display(),
                    errors.len()
                ));
                problems += 1;
                continue;
            }
        };
        let written = target
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| {
                if imported.stamped {
                    keep_source_version(root, source)
                } else {
                    Ok(())
                }
            })
            .and_then(|()| edit::write_atomically(&target, &imported.text));
        if let Err(error) = written {
            reporter.fatal(
                &format!("cannot write {}: {error}", target.display()),
                "check that you may write to the site folder",
            );
            return EXIT_CANNOT_RUN;
        }
        reporter.info(&format!("wrote {}", target.display()));
        if !imported.untranslated.is_empty() {
            reporter.info(&format!(
                "  {} unit(s) had no translation and keep the source text, so it is not marked current: {}",
                imported.untranslated.len(),
                imported.untranslated.join(", ")
            ));
        }
        if !imported.unconfirmed.is_empty() {
            reporter.info(&format!(
                "  {} unit(s) still hold the earlier translation offered for review (their source changed), so it is not marked current: {}; revise them, or if they still fit, run `leafpress status --stamp {language}/{identity}`",
                imported.unconfirmed.len(),
                imported.unconfirmed.join(", ")
            ));
        }
        if !imported.unmatched.is_empty() {
            reporter.info(&format!(
                "  {} unit(s) of the file were exported from an older version of {} and match nothing in it now: {}; export again to get them",
                imported.unmatched.len(),
                file.original,
                imported.unmatched.join(", ")
            ));
        }
    }
    if problems > 0 { EXIT_PROBLEMS } else { EXIT_OK }
}
