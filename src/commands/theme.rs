//! `leafpress theme eject`: copy the embedded default theme into the site for changing it.

use std::path::Path;

use crate::scaffold::Scaffolded;
use crate::theme;

use super::{EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS, Reporter};

/// Copies every file of the default theme, or one template, into `root/themes/default/`.
pub fn eject(root: &Path, template: Option<&str>, reporter: &Reporter) -> u8 {
    let folder = root.join("themes").join("default");
    let wanted = template.map(|name| format!("templates/{name}"));
    let files: Vec<_> = theme::embedded_files()
        .filter(|(path, _)| wanted.as_deref().is_none_or(|w| w == *path))
        .collect();
    if files.is_empty() {
        let names: Vec<_> = theme::embedded_files()
            .filter_map(|(path, _)| path.strip_prefix("templates/"))
            .collect();
        reporter.fatal(
            &format!(
                "the default theme has no template `{}`",
                template.unwrap_or_default()
            ),
            &format!("choose one of: {}", names.join(", ")),
        );
        return EXIT_PROBLEMS;
    }
    let mut done = Scaffolded::default();
    for (path, text) in files {
        if let Err(error) = done.create(&folder.join(path), text) {
            reporter.fatal(
                &format!("cannot write {}: {error}", folder.join(path).display()),
                "check that you may write to the site folder",
            );
            return EXIT_CANNOT_RUN;
        }
    }
    for path in &done.created {
        reporter.info(&format!("created {}", path.display()));
    }
    for path in &done.kept {
        reporter.info(&format!(
            "kept {} (it exists; not overwritten)",
            path.display()
        ));
    }
    reporter.info("Edit these files; the site's `theme: default` now uses them, and anything you delete comes from the embedded theme again.");
    EXIT_OK
}
