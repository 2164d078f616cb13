//! `leafpress status`: the translators' view. Which leaflets are missing or out of date in
//! each language, how much of the source is covered, which UI messages are missing; stamping
//! translations; and what changed in a source since a translation was made.

use std::fs;
use std::io::Write;
use std::path::Path;

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use crate::cli::{StatusArgs, StatusFormat};
use crate::content::Leaflet;
use crate::diagnostics::{Diagnostics, display_path};
use crate::edit;
use crate::i18n::{self, MessageCoverage};
use crate::site::Site;
use crate::translation::{self, Coverage, Review, Row, State};

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Where the source versions that translations were made from are kept, under the site root.
pub const SOURCES_STORE: &str = ".leafpress/sources";

/// Runs `status`. On a site with errors the report is still made from the leaflets that could
/// be read, the errors follow it, and the exit code is 1; `--stamp` writes nothing then.
pub fn run(args: &StatusArgs, reporter: &Reporter) -> u8 {
    if let Some(target) = &args.stamp {
        let loaded = match super::load_site_or_report(&args.root, true, reporter) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        if let Err(code) = super::refuse_if_broken(&loaded, "nothing was stamped", reporter) {
            return code;
        }
        return stamp(loaded.project.root().path(), &loaded.site, target, reporter);
    }
    if let Some(target) = &args.diff {
        let loaded = match super::load_site_or_report(&args.root, true, reporter) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        let code = diff(loaded.project.root().path(), &loaded.site, target, reporter);
        return if loaded.has_errors() {
            EXIT_PROBLEMS
        } else {
            code
        };
    }
    report(args, reporter)
}

/// The table or the JSON report, then every problem found, then `--fail-under`.
fn report(args: &StatusArgs, reporter: &Reporter) -> u8 {
    let loaded = match super::load_site_quietly(&args.root, true, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let site = &loaded.site;
    let (rows, coverage) = translation::matrix(site);
    let mut diagnostics = Diagnostics::new();
    let crate::MessageSources {
        theme,
        site_locales: site_files,
    } = loaded.project.messages(&site.config, &mut diagnostics);
    let theme_files = theme
        .as_ref()
        .map(|t| t.locales.as_slice())
        .unwrap_or_default();
    i18n::I18n::new(&site.config, theme_files, &site_files, &mut diagnostics);
    let messages = i18n::coverage(&site.config, theme_files, &site_files);
    // Every problem reading the site, and the Fluent errors (Fluent warnings are `check`'s).
    let mut all = Diagnostics::new();
    all.extend(loaded.diagnostics.iter().cloned());
    all.extend(
        diagnostics
            .into_sorted()
            .into_iter()
            .filter(|d| d.is_error()),
    );
    let problems = all.into_sorted();
    let errors: Vec<_> = problems.iter().filter(|d| d.is_error()).cloned().collect();
    match args.format {
        StatusFormat::Json => println!("{}", json(&rows, &coverage, &messages, &errors)),
        StatusFormat::Human => {
            let _ = write!(reporter.stdout(), "{}", table(&rows, &coverage, &messages));
        }
    }
    reporter.diagnostics(&problems);
    if loaded.has_errors() {
        reporter.info(&format!(
            "{} error(s) in the site: a leaflet that could not be read counts as missing above",
            errors.len()
        ));
    }
    let below: Vec<&Coverage> = coverage
        .iter()
        .filter(|c| {
            args.fail_under
                .is_some_and(|limit| c.current_percent < limit)
        })
        .collect();
    for language in &below {
        reporter.info(&format!(
            "{}: {:.1}% of the source is translated and current, under --fail-under {}",
            language.language,
            language.current_percent,
            args.fail_under.unwrap_or_default()
        ));
    }
    if below.is_empty() && errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_PROBLEMS
    }
}

/// A cell's text: the state, then the review state of a translation that exists
/// (`current · review pending`, `current · reviewed 2026-10-15`).
fn cell_text(state: State, review: Option<&Review>) -> String {
    match review {
        Some(Review::Pending) => format!("{} · review pending", state.as_str()),
        Some(Review::Reviewed {
            reviewed_on: Some(date),
        }) => format!("{} · reviewed {date}", state.as_str()),
        Some(Review::Reviewed { reviewed_on: None }) => format!("{} · reviewed", state.as_str()),
        Some(Review::Unknown) | None => state.as_str().to_string(),
    }
}

/// The cell's text padded to `width` characters, its state coloured.
fn paint(state: State, text: &str, width: usize) -> String {
    let colour = match state {
        State::Current => AnsiColor::Green,
        State::Outdated => AnsiColor::Yellow,
        State::Unknown => AnsiColor::Blue,
        State::Missing => AnsiColor::Red,
    };
    let style = Style::new().fg_color(Some(colour.into()));
    let rest = &text[state.as_str().len()..];
    let padding = width.saturating_sub(text.chars().count());
    format!(
        "{}{}{}{rest}{}",
        style.render(),
        state.as_str(),
        style.render_reset(),
        " ".repeat(padding)
    )
}

/// The human table: a row per leaflet, a column per language, then coverage and messages.
fn table(rows: &[Row], coverage: &[Coverage], messages: &[MessageCoverage]) -> String {
    let width = rows
        .iter()
        .map(|r| r.identity.chars().count())
        .max()
        .unwrap_or(7)
        .max(7);
    let cell = |row: &Row, language: &str| {
        let state = row.states[language];
        (state, cell_text(state, row.reviews.get(language)))
    };
    let widths: Vec<usize> = coverage
        .iter()
        .map(|language| {
            rows.iter()
                .map(|row| cell(row, &language.language).1.chars().count())
                .chain([language.language.chars().count(), 9])
                .max()
                .unwrap_or(9)
        })
        .collect();
    let mut out = format!("{:<width$}", "leaflet");
    for (language, column) in coverage.iter().zip(&widths) {
        out.push_str(&format!(" {:<column$}", language.language));
    }
    out.push('\n');
    for row in rows {
        out.push_str(&format!("{:<width$}", row.identity));
        for (language, column) in coverage.iter().zip(&widths) {
            let (state, text) = cell(row, &language.language);
            out.push(' ');
            out.push_str(&paint(state, &text, *column));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "\n{:<10} {:>11} {:>9} {:>15}  {}\n",
        "language", "translated", "current", "review pending", "messages missing / obsolete"
    ));
    for (language, messages) in coverage.iter().zip(messages) {
        out.push_str(&format!(
            "{:<10} {:>10.1}% {:>8.1}% {:>15}  {} / {}\n",
            language.language,
            language.translated_percent,
            language.current_percent,
            language.review_pending,
            messages.missing.len(),
            messages.obsolete.len()
        ));
    }
    let total: usize = coverage
        .iter()
        .map(|c| c.counts.values().sum::<usize>())
        .sum();
    let count = |state: &str| {
        coverage
            .iter()
            .map(|c| c.counts.get(state).copied().unwrap_or(0))
            .sum::<usize>()
    };
    let review_pending: usize = coverage.iter().map(|c| c.review_pending).sum();
    out.push_str(&format!(
        "\n{} translations of {} leaflets in {} languages: {} current, {} outdated, {} unknown, {} missing; {} await review\n",
        total,
        rows.len(),
        coverage.len(),
        count("current"),
        count("outdated"),
        count("unknown"),
        count("missing"),
        review_pending
    ));
    out
}

/// The JSON report (`leafpress-status/2`).
fn json(
    rows: &[Row],
    coverage: &[Coverage],
    messages: &[MessageCoverage],
    problems: &[crate::diagnostics::Diagnostic],
) -> String {
    let errors: Vec<_> = problems
        .iter()
        .map(|d| {
            serde_json::json!({
                "file": d.path.as_ref().map(|p| p.to_string_lossy().replace('\\', "/")),
                "line": d.position.map(|p| p.line),
                "message": d.message,
            })
        })
        .collect();
    let report = serde_json::json!({
        "schema": "leafpress-status/2",
        "leaflets": rows,
        "languages": coverage,
        "messages": messages,
        "errors": errors,
    });
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// The translation leaflets a `--stamp` or `--diff` target names: `pl` or `pl/side-effects`.
fn targets<'s>(site: &'s Site, target: &str) -> Result<Vec<&'s Leaflet>, String> {
    let (language, identity) = match target.split_once('/') {
        Some((language, identity)) => (language, Some(identity.trim_end_matches(".md"))),
        None => (target, None),
    };
    if site.config.language(language).is_none() {
        return Err(format!("`{language}` is not a language of this site"));
    }
    if language == site.config.default_language {
        return Err(format!(
            "`{language}` is the source language; stamp its translations instead"
        ));
    }
    let found: Vec<&Leaflet> = site
        .leaflets
        .iter()
        .filter(|l| l.file.language == language && identity.is_none_or(|i| i == l.file.identity))
        .filter(|l| {
            site.leaflet(&l.file.identity, &site.config.default_language)
                .is_some()
        })
        .collect();
    if found.is_empty() {
        return Err(format!("no translation matches `{target}`"));
    }
    Ok(found)
}

/// Stamps translations with their source's current hash and keeps that source version.
fn stamp(root: &Path, site: &Site, target: &str, reporter: &Reporter) -> u8 {
    let leaflets = match targets(site, target) {
        Ok(leaflets) => leaflets,
        Err(problem) => {
            reporter.fatal(&problem, "name a translation as `<language>/<leaflet>`, e.g. `pl/side-effects`, or a whole language, e.g. `pl`");
            return EXIT_PROBLEMS;
        }
    };
    for leaflet in leaflets {
        let Some(source) = site.leaflet(&leaflet.file.identity, &site.config.default_language)
        else {
            continue;
        };
        let hash = translation::source_hash(source);
        let path = root.join(&leaflet.file.display_path);
        let result = keep_source_version(root, source).and_then(|()| {
            let text = fs::read_to_string(&path)?;
            let stamped = edit::set_front_matter_key(&text, "translation_of", &hash)
                .ok_or_else(|| std::io::Error::other("the file has no front matter"))?;
            if stamped == text {
                Ok(())
            } else {
                edit::write_atomically(&path, &stamped)
            }
        });
        match result {
            Ok(()) => reporter.info(&format!(
                "stamped {} as a translation of {} ({hash})",
                leaflet.file.display_path.display(),
                source.file.display_path.display()
            )),
            Err(error) => {
                reporter.fatal(
                    &format!(
                        "cannot stamp {}: {error}",
                        leaflet.file.display_path.display()
                    ),
                    "check that you may write to the file and to .leafpress/",
                );
                return EXIT_CANNOT_RUN;
            }
        }
    }
    EXIT_OK
}

/// Keeps the source's current version in `.leafpress/sources/<hash>.md`, for `--diff` and for
/// exporting the translation made from it later (an existing copy is left as it is).
pub fn keep_source_version(root: &Path, source: &Leaflet) -> std::io::Result<()> {
    let hash = translation::source_hash(source);
    let stored = root.join(SOURCES_STORE).join(format!("{hash}.md"));
    if stored.exists() {
        return Ok(());
    }
    fs::create_dir_all(root.join(SOURCES_STORE))?;
    edit::write_atomically(&stored, &source.file.text)
}

/// Shows what changed in the source since the version the translation was made from.
fn diff(root: &Path, site: &Site, target: &str, reporter: &Reporter) -> u8 {
    let leaflet = match targets(site, target) {
        Ok(leaflets) if leaflets.len() == 1 => leaflets[0],
        Ok(_) => {
            reporter.fatal(
                "--diff needs one translation",
                "name it as `<language>/<leaflet>`, e.g. `pl/side-effects`",
            );
            return EXIT_PROBLEMS;
        }
        Err(problem) => {
            reporter.fatal(
                &problem,
                "name a translation as `<language>/<leaflet>`, e.g. `pl/side-effects`",
            );
            return EXIT_PROBLEMS;
        }
    };
    let Some(source) = site.leaflet(&leaflet.file.identity, &site.config.default_language) else {
        return EXIT_PROBLEMS;
    };
    let Some(hash) = leaflet.front.translation_of.as_deref() else {
        reporter.fatal(
            &format!(
                "{} does not say which source version it was made from",
                leaflet.file.display_path.display()
            ),
            &format!("stamp it once it matches the source: `leafpress status --stamp {target}`"),
        );
        return EXIT_PROBLEMS;
    };
    let stored = root.join(SOURCES_STORE).join(format!("{hash}.md"));
    let Ok(old) = fs::read_to_string(&stored) else {
        reporter.fatal(&format!("the source version {hash} is not in {}", display_path(root, &stored).display()), "it is kept when a translation is stamped; commit the .leafpress/ folder so everyone has it");
        return EXIT_PROBLEMS;
    };
    if translation::source_hash(source) == hash {
        reporter.info(&format!(
            "{} is current: the source has not changed since it was stamped",
            leaflet.file.display_path.display()
        ));
        return EXIT_OK;
    }
    let mut out = reporter.stdout();
    let _ = writeln!(
        out,
        "--- {} (version {hash}, translated)\n+++ {} (now)",
        source.file.display_path.display(),
        source.file.display_path.display()
    );
    let text_diff = TextDiff::from_lines(old.as_str(), source.file.text.as_str());
    for group in text_diff.grouped_ops(2) {
        for op in group {
            for change in text_diff.iter_changes(&op) {
                let (sign, colour) = match change.tag() {
                    ChangeTag::Delete => ("-", Some(AnsiColor::Red)),
                    ChangeTag::Insert => ("+", Some(AnsiColor::Green)),
                    ChangeTag::Equal => (" ", None),
                };
                let style = Style::new().fg_color(colour.map(Into::into));
                let _ = write!(
                    out,
                    "{}{sign}{}{}",
                    style.render(),
                    change.value(),
                    style.render_reset()
                );
                if change.missing_newline() {
                    let _ = writeln!(out);
                }
            }
        }
        let _ = writeln!(out, "...");
    }
    EXIT_OK
}
