//! Validation of XLIFF files against the published OASIS schemas, kept in
//! `tests/fixtures/xliff/schemas/` (see the README there for where each came from), with
//! libxml2's `xmllint`. The schemas import `xml.xsd` from the same folder and `xmllint` runs with
//! `--nonet`, so validation never touches the network. A test that needs `xmllint` asks
//! [`xmllint_or_skip`] first: where it is missing the test prints
//! `test xliff::<name> ... SKIPPED, not run: missing xmllint (...)` and returns, except under
//! `CI=true`, where a skip would hide a failure and is one.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// How to install `xmllint`, for the skip line and for errors.
const INSTALL_XMLLINT: &str = "Debian: apt-get install libxml2-utils";

/// An XLIFF version leafpress writes, and so a schema to check it against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XliffVersion {
    /// XLIFF 1.2, checked against `xliff-core-1.2-strict.xsd`.
    V1_2,
    /// XLIFF 2.0, checked against `xliff_core_2.0.xsd`.
    V2_0,
}

impl XliffVersion {
    /// The version number, as the `version` attribute spells it.
    fn number(self) -> &'static str {
        match self {
            XliffVersion::V1_2 => "1.2",
            XliffVersion::V2_0 => "2.0",
        }
    }

    /// The schema file for this version.
    fn schema(self) -> PathBuf {
        let name = match self {
            XliffVersion::V1_2 => "xliff-core-1.2-strict.xsd",
            XliffVersion::V2_0 => "xliff_core_2.0.xsd",
        };
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/xliff/schemas")
            .join(name)
    }
}

/// Whether `xmllint` can run here.
fn xmllint_found() -> bool {
    Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

/// The line a skipped test prints, in the form of the harness's own result lines.
fn skip_line(test: &str) -> String {
    format!("test xliff::{test} ... SKIPPED, not run: missing xmllint ({INSTALL_XMLLINT})")
}

/// True when `xmllint` is here and `test` should go on; otherwise prints the skip line to
/// standard output past the harness's capture (which takes only `print!`), so `cargo test`
/// shows it, and returns false. Under `CI=true` a missing `xmllint` panics instead.
pub fn xmllint_or_skip(test: &str) -> bool {
    if xmllint_found() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test} must run in CI, but: {}", skip_line(test));
    }
    let _ = writeln!(std::io::stdout(), "{}", skip_line(test));
    false
}

/// Checks `xml` against the OASIS schema for `version`: `Err` carries `xmllint`'s messages, with
/// the temporary file's path shown as `<xliff>`.
pub fn validate_xliff(xml: &str, version: XliffVersion) -> Result<(), String> {
    let mut file = tempfile::Builder::new()
        .suffix(".xlf")
        .tempfile()
        .map_err(|e| format!("cannot write a temporary file: {e}"))?;
    file.write_all(xml.as_bytes())
        .map_err(|e| format!("cannot write a temporary file: {e}"))?;
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(version.schema())
        .arg(file.path())
        .output()
        .map_err(|e| format!("cannot run xmllint ({INSTALL_XMLLINT}): {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let messages = String::from_utf8_lossy(&output.stderr)
        .replace(&file.path().display().to_string(), "<xliff>");
    Err(format!(
        "not valid XLIFF {} (xmllint exit {}):\n{messages}",
        version.number(),
        output.status.code().unwrap_or(-1)
    ))
}

/// Panics with `xmllint`'s messages, and the document, unless `xml` is valid for `version`.
#[track_caller]
pub fn assert_valid_xliff(xml: &str, version: XliffVersion) {
    if let Err(messages) = validate_xliff(xml, version) {
        panic!("{messages}\n--- the document:\n{xml}");
    }
}

#[test]
fn a_skip_names_the_tool_and_its_package() {
    let line = skip_line("schema_samples");
    assert_eq!(
        line,
        "test xliff::schema_samples ... SKIPPED, not run: missing xmllint \
         (Debian: apt-get install libxml2-utils)"
    );
}
