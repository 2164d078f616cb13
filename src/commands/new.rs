//! `leafpress new locale` and `leafpress new leaflet`: add to a site without touching anything
//! already in it, except the one list in `site.yaml` a new language must join.

use std::fs;
use std::path::Path;

use jiff::tz::TimeZone;

use crate::diagnostics::Diagnostics;
use crate::edit;
use crate::i18n::FluentFile;
use crate::lang;
use crate::scaffold::Scaffolded;
use crate::site::HOME_IDENTITY;

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Adds a language to the site. Writes nothing into a site with errors: the list of leaflets
/// to translate first would miss the leaflets that could not be read.
pub fn locale(root: &Path, code: &str, name: Option<&str>, reporter: &Reporter) -> u8 {
    let id = match lang::parse_tag(code) {
        Ok(id) => id,
        Err(problem) => {
            reporter.fatal(
                &problem,
                "use a BCP 47 code such as `pl`, `pt-BR` or `sr-Latn`",
            );
            return EXIT_PROBLEMS;
        }
    };
    let code = id.to_string();
    let loaded = match super::load_site_or_report(root, true, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let root = loaded.project.root().path();
    if let Err(code) = super::refuse_if_broken(&loaded, "no language was added", reporter) {
        return code;
    }
    let site = loaded.site;
    if site.config.language(&code).is_some() {
        reporter.fatal(
            &format!("`{code}` is already a language of this site"),
            "translate its files in content/ and locales/",
        );
        return EXIT_PROBLEMS;
    }
    let Some(name) = name.map(str::to_string).or_else(|| lang::own_name(&code)) else {
        reporter.fatal(
            &format!("leafpress does not know the name of `{code}`"),
            &format!("give its own name: `leafpress new locale {code} --name \"...\"`"),
        );
        return EXIT_PROBLEMS;
    };
    let name = name.as_str();
    let site_yaml = root.join("site.yaml");
    let added = fs::read_to_string(&site_yaml)
        .ok()
        .and_then(|text| edit::add_language(&text, &code, name));
    let Some(added) = added else {
        reporter.fatal(
            "cannot find the `languages:` list in site.yaml",
            &format!("add `- code: {code}` and `name: {name}` to it by hand"),
        );
        return EXIT_PROBLEMS;
    };
    let mut diagnostics = Diagnostics::new();
    let crate::MessageSources {
        theme,
        site_locales: site_files,
    } = loaded.project.messages(&site.config, &mut diagnostics);
    let theme_files = theme
        .as_ref()
        .map(|t| t.locales.as_slice())
        .unwrap_or_default();
    let default = &site.config.default_language;
    let messages = messages_to_translate(&code, name, &site.config, theme_files, &site_files);
    let mut done = Scaffolded::default();
    let result = edit::write_atomically(&site_yaml, &added).and_then(|()| {
        done.create(
            &root.join("locales").join(&code).join("main.ftl"),
            &messages,
        )
    });
    if let Err(error) = result {
        reporter.fatal(
            &format!("cannot write the new language's files: {error}"),
            "check that you may write to the site folder",
        );
        return EXIT_CANNOT_RUN;
    }
    reporter.info(&format!("added {name} ({code}) to site.yaml"));
    for path in &done.created {
        reporter.info(&format!(
            "created {}: translate the messages marked TO TRANSLATE",
            path.display()
        ));
    }
    for path in &done.kept {
        reporter.info(&format!(
            "kept {} (it exists; not overwritten)",
            path.display()
        ));
    }
    let mut first: Vec<_> = site
        .leaflets
        .iter()
        .filter(|l| l.file.language == *default && l.file.identity != HOME_IDENTITY)
        .collect();
    first.sort_by_key(|l| {
        (
            l.front.order.is_none(),
            l.front.order,
            l.file.identity.clone(),
        )
    });
    reporter.info(&format!(
        "Translate these leaflets first, copying each from content/{default}/ to content/{code}/:"
    ));
    for leaflet in first {
        reporter.info(&format!(
            "  {:>3}. {}  ({}.md)",
            leaflet
                .front
                .order
                .map_or("-".to_string(), |o| o.to_string()),
            leaflet.front.title,
            leaflet.file.identity
        ));
    }
    reporter.info(&format!(
        "Keep each heading's id, so links to it keep working: `## <your heading> {{#<its id in {default}>}}` (`leafpress check` reports one that differs). Or translate in a CAT tool: `leafpress xliff export --lang {code} --output {code}.xlf` (see docs/translators.md)."
    ));
    EXIT_OK
}

/// `locales/<code>/main.ftl` for a new language: the site's own messages of the default
/// language, commented out with their source text, to translate. The theme's messages are
/// added only when the theme has no text in the new language; otherwise they are translated
/// already, and would bury the few messages that are the site's own.
fn messages_to_translate(
    code: &str,
    name: &str,
    config: &crate::config::Config,
    theme_files: &[FluentFile],
    site_files: &[FluentFile],
) -> String {
    let default = &config.default_language;
    let site_languages: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let theme_has_language = theme_has_language(code, &site_languages, theme_files);
    let mut out = format!(
        "# UI strings for {name} ({code}), in Fluent: https://projectfluent.org/fluent/guide/\n\
         # Each message below is the `{default}` text, commented out and marked TO TRANSLATE.\n\
         # Translate it, then remove the `# ` in front of its lines. Messages left commented\n\
         # out are shown from the fallback language.\n"
    );
    if theme_has_language {
        out.push_str(&format!("# The theme already has {name} text for its own messages; only this site's messages\n# are listed. To change the theme's wording, copy a message from `leafpress theme eject`\n# (themes/default/locales/) here.\n"));
    }
    let theme_to_translate = theme_files.iter().filter(|_| !theme_has_language);
    for file in theme_to_translate
        .chain(site_files)
        .filter(|f| f.language == *default)
    {
        out.push_str(&format!("\n# From {}\n", file.path.display()));
        for (id, text) in entries(&file.text) {
            out.push_str(&format!("\n# TO TRANSLATE: {id}\n"));
            for line in text.lines() {
                out.push_str(&format!("# {line}\n"));
            }
        }
    }
    out
}

/// True when the theme has messages in `code`, or in a parent of it that is a language of the
/// site and so in its fallback chain (`pt` for `pt-BR`).
fn theme_has_language(code: &str, site_languages: &[&str], theme_files: &[FluentFile]) -> bool {
    let parents: Vec<String> = lang::parse_tag(code)
        .map(|id| lang::parents(&id))
        .unwrap_or_default()
        .into_iter()
        .filter(|p| site_languages.contains(&p.as_str()))
        .collect();
    theme_files
        .iter()
        .any(|f| f.language == code || parents.contains(&f.language))
}

/// The messages of a Fluent text, each with its full text (value and indented lines).
fn entries(text: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let starts_message =
            line.starts_with(|c: char| c.is_ascii_alphabetic()) && line.contains('=');
        if starts_message {
            let id = line
                .split('=')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            entries.push((id, format!("{line}\n")));
        } else if line.starts_with([' ', '\t'])
            && !line.trim().is_empty()
            && let Some((_, text)) = entries.last_mut()
        {
            text.push_str(line);
            text.push('\n');
        }
    }
    entries
}

/// Adds a leaflet in the default language. Writes nothing into a site with errors: the
/// leaflets that could not be read might hold the path or the `order` the new one would take.
pub fn leaflet(root: &Path, path: &str, reporter: &Reporter) -> u8 {
    let loaded = match super::load_site_or_report(root, true, reporter) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let root = loaded.project.root().path();
    if let Err(code) = super::refuse_if_broken(&loaded, "no leaflet was added", reporter) {
        return code;
    }
    let site = loaded.site;
    let identity = path.trim_end_matches(".md").trim_matches('/');
    let safe = !identity.is_empty()
        && identity
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != ".." && !part.starts_with('.'))
        && !identity.contains(['\\', ':']);
    if !safe {
        reporter.fatal(
            &format!("`{path}` is not a leaflet path"),
            "give a path like `side-effects` or `treatments/radiotherapy`, without `..`",
        );
        return EXIT_PROBLEMS;
    }
    let next_order = site
        .leaflets
        .iter()
        .filter_map(|l| l.front.order)
        .max()
        .unwrap_or(0)
        + 1;
    let file = root
        .join("content")
        .join(&site.config.default_language)
        .join(format!("{identity}.md"));
    let title = edit::yaml_string(&title_of(identity));
    let today = jiff::Timestamp::now().to_zoned(TimeZone::UTC).date();
    let text = format!(
        r#"---
# The leaflet's title (required).
title: {title}
# One sentence, shown in the list of leaflets and to search engines.
summary: What this leaflet explains, in one sentence.
# The leaflet's place in the list on the home page (lowest first).
order: {next_order}
# When a clinician last checked this leaflet, and when they must check it again (YYYY-MM-DD).
reviewed: {today}
next_review: {next}
# Who wrote it (a role is enough), and who checked it.
authors:
  - Editorial team
reviewers:
  - Name or role of the clinical reviewer
# Where the facts come from: a title and a link for each.
sources:
  - title: Title of a reputable public source
    url: https://example.org/
# Words that group leaflets.
tags: []
# true keeps the leaflet off the site until it is ready; set it to false to publish.
draft: true
---
Write a short opening paragraph: what this leaflet is about and who it is for.

## A first section

Use short sentences and everyday words. Explain medical terms the first time you use them.
"#,
        next = today.saturating_add(jiff::Span::new().years(1)),
    );
    let mut done = Scaffolded::default();
    if let Err(error) = done.create(&file, &text) {
        reporter.fatal(
            &format!("cannot write {}: {error}", file.display()),
            "check that you may write to the site folder",
        );
        return EXIT_CANNOT_RUN;
    }
    if done.created.is_empty() {
        reporter.fatal(
            &format!("{} exists already", file.display()),
            "choose another path; leafpress never overwrites a file",
        );
        return EXIT_PROBLEMS;
    }
    reporter.info(&format!(
        "created {} (a draft until you set `draft: false`)",
        file.display()
    ));
    EXIT_OK
}

/// `living-with-treatment` → `Living with treatment`.
fn title_of(identity: &str) -> String {
    let last = identity
        .rsplit('/')
        .next()
        .unwrap_or(identity)
        .replace(['-', '_'], " ");
    let mut chars = last.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
