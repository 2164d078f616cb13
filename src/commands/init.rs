//! `leafpress init`: a new site that builds with no warnings, every file commented so a
//! volunteer can learn the format by reading it.

use std::fs;
use std::path::Path;

use jiff::tz::TimeZone;

use crate::cli::InitArgs;
use crate::edit;
use crate::lang;
use crate::scaffold::Scaffolded;
use crate::theme;

use super::{EXIT_CANNOT_RUN, EXIT_OK, Reporter};

/// A language of the new site: canonical code and own name.
struct NewLanguage {
    code: String,
    name: String,
}

/// Creates the site and prints the next commands to run.
pub fn run(args: &InitArgs, reporter: &Reporter) -> u8 {
    let mut languages = Vec::new();
    for code in &args.languages {
        match lang::parse_tag(code.trim()) {
            Ok(id) => {
                let code = id.to_string();
                let name = lang::own_name(&code).unwrap_or_else(|| code.clone());
                if !languages.iter().any(|l: &NewLanguage| l.code == code) {
                    languages.push(NewLanguage { code, name });
                }
            }
            Err(problem) => {
                reporter.fatal(
                    &format!("--languages: {problem}"),
                    "list BCP 47 codes separated by commas, e.g. `--languages en,fr,pt-BR`",
                );
                return EXIT_CANNOT_RUN;
            }
        }
    }
    if languages.is_empty() {
        reporter.fatal("--languages lists no language", "e.g. `--languages en,fr`");
        return EXIT_CANNOT_RUN;
    }
    let dir = &args.dir;
    let is_empty = fs::read_dir(dir).map_or(true, |mut entries| entries.next().is_none());
    if !is_empty && !args.force {
        reporter.fatal(
            &format!("`{}` is not empty", dir.display()),
            "choose a new or empty folder, or pass --force to add the missing files (existing files are never overwritten)",
        );
        // A refusal to run, not a problem found in a site: exit 2, as the README says.
        return EXIT_CANNOT_RUN;
    }
    let mut done = Scaffolded::default();
    if let Err(error) = write_site(dir, &languages, &mut done) {
        reporter.fatal(
            &format!("cannot write the new site: {error}"),
            "check that you may write to that folder",
        );
        return EXIT_CANNOT_RUN;
    }
    for path in &done.created {
        reporter.detail(&format!("created {}", path.display()));
    }
    for path in &done.kept {
        reporter.info(&format!(
            "kept {} (it exists; not overwritten)",
            path.display()
        ));
    }
    let root = dir.display();
    let source = &languages[0].code;
    let translate = if languages.len() > 1 {
        format!(
            "\n  leafpress status --root {root}         # what to translate: the other languages show the {source} text until then\n  mkdir -p {root}/content/{other} && cp {root}/content/{source}/about-this-site.md {root}/content/{other}/   # then translate it",
            other = languages[1].code
        )
    } else {
        String::new()
    };
    reporter.info(&format!(
        "Created a leafpress site in {root} with {} files. Next:\n  leafpress serve --root {root} --open   # look at it in a browser; saved changes show at once\n  edit {root}/content/{source}/about-this-site.md   # write your first leaflet\n  leafpress build --root {root}          # build it into {root}/public to publish (add --portable to open it from disk){translate}",
        done.created.len(),
    ));
    EXIT_OK
}

fn write_site(dir: &Path, languages: &[NewLanguage], done: &mut Scaffolded) -> std::io::Result<()> {
    done.create(&dir.join("site.yaml"), &site_yaml(languages))?;
    done.create(
        &dir.join(".gitignore"),
        "# The built site: made again by `leafpress build`.\n/public\n",
    )?;
    let today = jiff::Timestamp::now().to_zoned(TimeZone::UTC).date();
    let next_year = today.saturating_add(jiff::Span::new().years(1));
    // Example content in the source language only: a copy in another language's folder would
    // be English published as that language. Until someone translates, the other languages
    // show the source text with the not-translated notice, and `status` lists them as missing.
    let content = dir.join("content").join(&languages[0].code);
    done.create(&content.join("index.md"), &home_intro())?;
    done.create(
        &content.join("about-this-site.md"),
        &leaflet(&today.to_string(), &next_year.to_string()),
    )?;
    for language in languages {
        done.create(
            &dir.join("locales").join(&language.code).join("main.ftl"),
            &messages(language),
        )?;
    }
    Ok(())
}

fn site_yaml(languages: &[NewLanguage]) -> String {
    let list: String = languages
        .iter()
        .map(|l| {
            format!(
                "  - code: {}\n    name: {}\n",
                edit::yaml_string(&l.code),
                edit::yaml_string(&l.name)
            )
        })
        .collect();
    format!(
        r#"# site.yaml: the settings of this leafpress site. Every key is explained here; the
# README's "Site format" section is the full reference.

# The site's name. Each language can translate it with the Fluent message `site-title`
# (see locales/<language>/main.ftl).
title: My Patient Information
# The address the site will be published at. Only the sitemap and the links for search
# engines use it: every other link is relative, so the site also works from a USB stick.
base_url: https://example.org/
# The language leaflets are written in first. A leaflet missing in another language shows
# this language's text there, with a notice.
default_language: {default}
# Every language: its code (BCP 47, e.g. pt-BR) and its own name, shown in the language
# picker. Add `dir: rtl` only if leafpress gets the direction wrong, and `fallback: [pt, en]`
# to choose where a language takes missing pages from.
languages:
{list}# The theme. `default` is built into leafpress; `leafpress theme eject` copies it into
# themes/default/ so you can change it.
theme: default
# A leaflet not translated yet: `fallback` shows the default language's text with a notice;
# `omit` makes no page in that language.
missing_translations: fallback
# Who publishes the site. Health-information standards ask for it on every page.
organisation:
  name: Your organisation
  url: https://example.org/
  contact: info@example.org
# Who pays for the site, and whether any sponsor had a say. Shown in every page's footer.
funding: This site is funded by our members. No sponsor has seen or influenced its content.
# The emergency number shown, as a button readers can tap, in the "Get help now" box at the
# top of every page. 112 works in every EU country; change it for other countries (911 in
# the USA and Canada, 000 in Australia), and add `helpline: "..."` for your own phone line.
emergency: {{number: "112"}}
# true keeps raw HTML in leaflets as written. Leave it false when people you do not know
# well write or translate content: scripts and unsafe links are then removed.
allow_raw_html: false
"#,
        default = languages[0].code
    )
}

fn home_intro() -> String {
    String::from(
        "---\n# The intro of this language's home page. The title is not shown; the site's name is.\ntitle: Home\nsummary: Clear, checked information for patients and the people who care for them.\n---\nThis site gives clear, checked information for patients and the people who care for them.\n\nIt does not replace advice from your own doctors and nurses. In an emergency, call your local emergency number.\n",
    )
}

fn leaflet(today: &str, next_year: &str) -> String {
    format!(
        r#"---
# The leaflet's title (required).
title: About this site
# One sentence, shown in the list of leaflets and to search engines.
summary: What this site is, who writes it, and how we check it.
# The leaflet's place in the list on the home page (lowest first).
order: 1
# The last part of this page's address in this language, instead of the file name.
slug: about-this-site
# When a clinician last checked this leaflet, and when they must check it again (YYYY-MM-DD).
# Readers see both dates.
reviewed: {today}
next_review: {next_year}
# Who wrote it. A role is enough.
authors:
  - Editorial team
# Who checked it.
reviewers:
  - A nurse from our review panel
# Where the facts come from: a title and a link for each.
sources:
  - title: NHS standard for creating health content
    url: https://service-manual.nhs.uk/content/standard-for-creating-health-content
# Words that group leaflets.
tags: [about]
# Who paid for this leaflet, if it differs from the whole site (see site.yaml).
funding: No separate funding.
# true keeps the leaflet off the site until it is ready; `leafpress build --drafts` shows it.
draft: false
# The theme template for this page. leaflet.html is the usual one.
template: leaflet.html
# A translation of this leaflet (content/<language>/about-this-site.md) also says who
# translated it, and `translation_review: pending` until someone has checked it (then `done`,
# with the check's own `reviewed` date and `reviewers`):
#   translators: [Your name]
#   translation_review: pending
---
This site explains health topics in plain words. Each page is written by our editorial team
and checked by a clinician before it is published.

## How we keep it up to date

Every page shows when it was last checked and when it will be checked again. If a page is past
its review date, please tell us.

## Where the facts come from

Each page lists its sources at the bottom.
"#
    )
}

fn messages(language: &NewLanguage) -> String {
    let header = format!(
        "# UI strings for {name} ({code}), in Fluent: https://projectfluent.org/fluent/guide/\n# The site's name in this language:\nsite-title = My Patient Information\n\n",
        name = language.name,
        code = language.code
    );
    match theme::embedded_messages(&language.code) {
        Some(theme_messages) => format!(
            "{header}# The default theme's messages follow. They are built into leafpress; change any of them\n# here and your wording wins.\n\n{theme_messages}"
        ),
        None => format!(
            "{header}# leafpress has no {name} text for its theme yet, so pages show English until you\n# translate. Copy the messages from `leafpress theme eject` (themes/default/locales/en/theme.ftl)\n# here and translate them.\n",
            name = language.name
        ),
    }
}
