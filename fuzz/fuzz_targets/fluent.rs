//! Loading and formatting any Fluent file never panics.
#![no_main]

use std::path::Path;

use leafpress::diagnostics::Diagnostics;
use leafpress::i18n::{FluentFile, I18n, message_ids};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let config = leafpress::config::parse(
        "title: T\ndefault_language: en\nlanguages:\n  - code: en\n",
        Path::new("site.yaml"),
        &mut Diagnostics::new(),
    )
    .expect("a valid configuration");
    let file = FluentFile {
        language: "en".into(),
        path: "locales/en/main.ftl".into(),
        text: text.into(),
    };
    let i18n = I18n::new(&config, &[], &[file], &mut Diagnostics::new());
    for id in message_ids(text) {
        let _ = i18n.message("en", &id, None);
    }
    let _ = i18n.take_problems();
});
