//! Audience: who a leaflet is written for (`audience:`) is not translated. A translation is
//! written for the same readers as its source, so it repeats its source's value; one that says
//! otherwise would be labelled, listed and checked differently from its source in its
//! language (or silently become a patients' leaflet by leaving the key out).

use super::at_key;
use crate::content::Leaflet;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// An `audience-mismatch` error when `leaflet` is a translation whose audience differs from
/// its source's (the leaflet of the same identity in the default language), at the
/// translation's `audience:` line, or its `title:` line when it has none.
pub fn check(site: &Site, leaflet: &Leaflet) -> Option<Diagnostic> {
    let default = &site.config.default_language;
    if leaflet.file.language == *default {
        return None;
    }
    let source = site.leaflet(&leaflet.file.identity, default)?;
    let (own, theirs) = (leaflet.front.audience, source.front.audience);
    if own == theirs {
        return None;
    }
    let has_key = leaflet.front.audience_written();
    let message = if has_key {
        format!(
            "this translation says `audience: {}`, its source `{}` says `{}`",
            own.as_str(),
            source.file.display_path.display(),
            theirs.as_str()
        )
    } else {
        format!(
            "this translation has no `audience:`, so it is for `{}`, but its source `{}` says `audience: {}`",
            own.as_str(),
            source.file.display_path.display(),
            theirs.as_str()
        )
    };
    let help = if theirs.is_patients() {
        "remove `audience:` from the translation, or give its source the same value".to_string()
    } else {
        format!(
            "write `audience: {}` in the translation's front matter, as in its source",
            theirs.as_str()
        )
    };
    Some(at_key(
        leaflet,
        if has_key { "audience" } else { "title" },
        Diagnostic::error(message)
            .with_code("audience-mismatch")
            .with_help(help),
    ))
}
