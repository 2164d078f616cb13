//! Loading and formatting any Fluent file never panics: every message id that
//! `i18n::message_ids` finds is formatted without variables (as a template that forgets them
//! would) and with a number and a text variable; problems are collected and shown.
#![no_main]

use std::path::Path;

use fluent::FluentArgs;
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
    let mut diagnostics = Diagnostics::new();
    let i18n = I18n::new(&config, &[], &[file], &mut diagnostics);
    for diagnostic in diagnostics.iter() {
        let _ = (diagnostic.to_string(), diagnostic.styled());
    }
    let mut args = FluentArgs::new();
    args.set("n", 3);
    args.set("count", 1.5);
    args.set("name", "Ada");
    for id in message_ids(text) {
        let _ = i18n.message("en", &id, None);
        let _ = i18n.message("en", &id, Some(&args));
        let _ = i18n.has_message("en", &id);
    }
    let _ = i18n.message("de", "date", None);
    for problem in i18n.take_problems() {
        let _ = (problem.to_string(), problem.styled());
    }
});
