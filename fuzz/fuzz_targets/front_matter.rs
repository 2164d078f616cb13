//! Front matter parsing never panics, whatever the leaflet file holds, and what it returns can
//! be used as the rest of leafpress uses it:
//!
//! - `split` gives a YAML block that is the text at `yaml_offset`, and a `body_offset` on a
//!   character boundary (the body is sliced as `&text[body_offset..]`);
//! - `parse` returns the same `body_offset` as `split`, or at least one error; every
//!   diagnostic can be shown (plain and styled);
//! - `yaml::top_level_keys` gives keys in order, each at a line start of the block and written
//!   there.
#![no_main]

use std::path::Path;

use leafpress::content::front_matter::{parse, split};
use leafpress::yaml::top_level_keys;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let split = split(text);
    if let Ok(split) = &split {
        let end = split.yaml_offset + split.yaml.len();
        assert_eq!(text.get(split.yaml_offset..end), Some(split.yaml));
        assert!(split.body_offset >= end && split.body_offset <= text.len());
        assert!(text.is_char_boundary(split.body_offset));
    }
    match parse(text, Path::new("content/en/a.md")) {
        Ok((front, body_offset, warnings)) => {
            let split = split.as_ref().expect("parsed front matter was split");
            assert_eq!(body_offset, split.body_offset);
            assert!(!front.title.trim().is_empty());
            for warning in &warnings {
                assert!(!warning.is_error(), "{warning}");
                let _ = (warning.to_string(), warning.styled());
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for error in &errors {
                assert!(error.is_error(), "{error}");
                let _ = (error.to_string(), error.styled());
            }
        }
    }
    check_keys(text);
    if let Ok(split) = &split {
        check_keys(split.yaml);
    }
});

fn check_keys(block: &str) {
    let mut last = None;
    for key in top_level_keys(block) {
        assert!(last.is_none_or(|l| key.offset > l), "keys out of order");
        last = Some(key.offset);
        assert!(key.offset == 0 || block[..key.offset].ends_with('\n'));
        let line = block[key.offset..].split('\n').next().unwrap_or("");
        assert!(!key.name.is_empty() && line.contains(key.name));
    }
}
