//! Front matter parsing never panics, whatever the leaflet file holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ =
            leafpress::content::front_matter::parse(text, std::path::Path::new("content/en/a.md"));
        let _ = leafpress::yaml::top_level_keys(text);
    }
});
