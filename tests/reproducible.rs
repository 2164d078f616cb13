//! The same sources give the same site, byte for byte: two builds of the bundled guide are
//! identical, and their files match the recorded manifest (`snapshots/…guide_output_manifest`).
//! A change meant to make builds faster (issue #22) must leave this snapshot as it is; a change
//! that means to change the output updates it, and its diff names every file that changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::support::Site;

/// The date the guide is built on: the quality reports compare review dates with it.
const EPOCH: &str = "1796169599"; // 2026-12-01T23:59:59Z

/// Builds the guide into `output` with `SOURCE_DATE_EPOCH` set, and returns each file's path
/// (from the output folder) with its size and the start of its SHA-256.
fn build_manifest(site: &Site, output: &Path, extra: &[&str]) -> BTreeMap<String, String> {
    let run = Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .arg("build")
        .args(extra)
        .arg("--output")
        .arg(output)
        .current_dir(&site.root)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut manifest = BTreeMap::new();
    for entry in walkdir::WalkDir::new(output) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let bytes = fs::read(entry.path()).unwrap();
        let path = entry.path().strip_prefix(output).unwrap();
        let hash = Sha256::digest(&bytes);
        let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
        manifest.insert(
            path.to_string_lossy().replace('\\', "/"),
            format!("{hex} {:>8}", bytes.len()),
        );
    }
    manifest
}

fn text(manifest: &BTreeMap<String, String>) -> String {
    manifest
        .iter()
        .map(|(path, line)| format!("{line} {path}\n"))
        .collect()
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_guide_builds_to_the_same_bytes_every_time_and_as_recorded() {
    let site = Site::copy_of(&repo());
    let first = build_manifest(&site, &site.path("first"), &[]);
    let second = build_manifest(&site, &site.path("second"), &[]);
    let differing: Vec<&String> = first
        .keys()
        .chain(second.keys())
        .filter(|path| first.get(*path) != second.get(*path))
        .collect();
    assert!(
        differing.is_empty(),
        "two builds of the same sources differ in: {differing:?}"
    );
    assert!(first.len() > 1000, "the guide makes over 1,000 files");
    insta::assert_snapshot!("guide_output_manifest", text(&first));
}

#[test]
fn a_portable_build_is_recorded_too() {
    let site = Site::copy_of(&repo());
    let manifest = build_manifest(&site, &site.path("portable"), &["--portable"]);
    insta::assert_snapshot!("guide_portable_output_manifest", text(&manifest));
}
