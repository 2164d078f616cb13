//! Any UTF-8 as `site.yaml`, checked against what `config.rs` promises:
//!
//! - `config::parse` never panics, and every diagnostic it pushes can be shown (plain and
//!   styled);
//! - it returns a config exactly when it pushed no error ("`None` when errors were pushed");
//! - a config it accepts has a non-empty title, a `base_url` ending with `/`, at least one
//!   language, each listed once with a canonical tag, and a default language among them;
//! - every fallback chain names configured languages only, each once, never the language
//!   itself, and (for every language but the default) reaches the default language.
#![no_main]

use std::collections::HashSet;
use std::path::Path;

use leafpress::diagnostics::Diagnostics;
use leafpress::lang::parse_tag;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut diagnostics = Diagnostics::new();
    let config = leafpress::config::parse(text, Path::new("site.yaml"), &mut diagnostics);
    for diagnostic in diagnostics.iter() {
        let _ = (diagnostic.to_string(), diagnostic.styled());
    }
    let Some(config) = config else {
        assert!(diagnostics.has_errors(), "no config, and no error said why");
        return;
    };
    assert!(!diagnostics.has_errors(), "a config despite errors");
    assert!(!config.title.trim().is_empty(), "empty title accepted");
    assert!(
        config.base_url.ends_with('/'),
        "base_url {:?}",
        config.base_url
    );
    assert!(!config.languages.is_empty(), "no languages accepted");
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let unique: HashSet<&str> = codes.iter().copied().collect();
    assert_eq!(
        unique.len(),
        codes.len(),
        "a language listed twice: {codes:?}"
    );
    for code in &codes {
        let canonical = parse_tag(code).map(|id| id.to_string());
        assert_eq!(canonical.as_deref(), Ok(*code), "tag not canonical");
    }
    let default = config.default_language.as_str();
    assert!(
        unique.contains(default),
        "default language `{default}` not among {codes:?}"
    );
    for language in &config.languages {
        let chain = &language.fallback;
        let mut seen = HashSet::new();
        for entry in chain {
            assert!(unique.contains(entry.as_str()), "`{entry}` not configured");
            assert!(*entry != language.code, "`{}` falls back to itself", entry);
            assert!(seen.insert(entry), "`{entry}` twice in {chain:?}");
        }
        // `config.rs` and the README say every chain *ends* with the default language, but an
        // explicit `fallback: [en, de]` (default `en`) is kept in its order: the chain only
        // contains it (`regressions/site_yaml-default-not-last-in-fallback.yaml`, open).
        if language.code != default {
            assert!(
                chain.iter().any(|code| code == default),
                "the chain of `{}` does not reach the default language",
                language.code
            );
        }
    }
});
