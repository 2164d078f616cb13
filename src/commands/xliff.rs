//! `leafpress xliff export|import`: hand work to CAT tools and take it back.

use std::fs;
use std::path::Path;

use crate::edit;
use crate::site::HOME_IDENTITY;
use crate::translation::{self, State};
use crate::xliff::{self, Document, File};

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Exports a language's pending leaflets (or all of them), to standard output or to `output`
/// (relative to the site root, as `build --output` is). Exports nothing from a site with
/// errors: a broken leaflet would be left out of the work sent to translators, or a broken
/// translation sent to be translated again.
pub fn export(
    root: &Path,
    language: &str,
    all: bool,
    output: Option<&Path>,
    force: bool,
    reporter: &Reporter,
) -> u8 {
    let loaded = match super::load_site_or_report(root, true, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let root = loaded.project.root().path();
    if let Err(code) = super::refuse_if_broken(&loaded, "nothing was exported", reporter) {
        return code;
    }
    let site = loaded.site;
    let default = site.config.default_language.clone();
    if site.config.language(language).is_none() || language == default {
        reporter.fatal(
            &format!("`{language}` is not a translation language of this site"),
            "name a language from site.yaml other than the default",
        );
        return EXIT_PROBLEMS;
    }
    let (rows, _) = translation::matrix(&site);
    let files: Vec<File> = rows
        .iter()
        .filter(|row| all || row.states[language] != State::Current)
        .filter_map(|row| site.leaflet(&row.identity, &default))
        .filter(|leaflet| leaflet.file.identity != HOME_IDENTITY)
        .map(|leaflet| File {
            original: leaflet
                .file
                .display_path
                .to_string_lossy()
                .replace('\\', "/"),
            units: xliff::units(leaflet),
        })
        .collect();
    let count = files.len();
    let text = xliff::write(&Document {
        source_language: default,
        target_language: language.to_string(),
        files,
    });
    match output {
        None => print!("{text}"),
        Some(path) => {
            let path = &root.join(path);
            if path.exists() && !force {
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
    reporter.info(&format!("exported {count} leaflet(s) for `{language}`"));
    EXIT_OK
}

/// Imports the translations of an XLIFF file (a path as given, from the current folder).
/// Writes nothing into a site with errors: a source leaflet with an error is not in the site,
/// so its translation could not be rebuilt, and a half-done import is harder to redo.
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
            reporter.fatal(&format!("cannot read {}: {problem}", file.display()), "give an XLIFF 2.0 file made by `leafpress xliff export` and filled in by a CAT tool");
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
        let target = root
            .join("content")
            .join(&language)
            .join(format!("{identity}.md"));
        if target.exists() && !force {
            reporter.info(&format!(
                "kept {} (it exists; pass --force to replace it)",
                target.display()
            ));
            continue;
        }
        let (text, untranslated) = match xliff::apply(source, file) {
            Ok(result) => result,
            Err(problem) => {
                reporter.fatal(
                    &format!("cannot import {}: {problem}", file.original),
                    "export the file again from this site",
                );
                problems += 1;
                continue;
            }
        };
        let written = target
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| edit::write_atomically(&target, &text));
        if let Err(error) = written {
            reporter.fatal(
                &format!("cannot write {}: {error}", target.display()),
                "check that you may write to the site folder",
            );
            return EXIT_CANNOT_RUN;
        }
        reporter.info(&format!("wrote {}", target.display()));
        if !untranslated.is_empty() {
            reporter.info(&format!(
                "  {} unit(s) had no translation and keep the source text, so it is not marked current: {}",
                untranslated.len(),
                untranslated.join(", ")
            ));
        }
    }
    if problems > 0 { EXIT_PROBLEMS } else { EXIT_OK }
}
