//! `check`'s reports: a per-language summary for people, and two machine formats with stable
//! field names: JSON (`leafpress-check/1`, documented in the README; besides the problems it
//! carries each leaflet's [`scores`](super::scores)) and SARIF 2.1.0, which code hosts read to
//! annotate pull requests.

use std::collections::BTreeMap;
use std::path::Component;

use serde::Serialize;
use serde_json::json;

use super::CHECKS;
use super::scores::LeafletScores;
use crate::diagnostics::{Diagnostic, Severity};

/// Errors and warnings of one language.
#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct LanguageSummary {
    /// The language code.
    pub language: String,
    /// Leaflets checked in this language.
    pub leaflets: usize,
    /// Errors found in its files.
    pub errors: usize,
    /// Warnings found in its files.
    pub warnings: usize,
}

/// The `<lang>` folder of a diagnostic's file in `content/<lang>/...`, if it is a leaflet.
pub fn language_folder(diagnostic: &Diagnostic) -> Option<&std::ffi::OsStr> {
    let mut parts = diagnostic.path.as_deref()?.components();
    match (parts.next(), parts.next()) {
        (Some(Component::Normal(first)), Some(Component::Normal(language)))
            if first == "content" =>
        {
            Some(language)
        }
        _ => None,
    }
}

/// Counts per language, in the order given, with the number of leaflets of each.
pub fn summarise(diagnostics: &[Diagnostic], leaflets: &[(String, usize)]) -> Vec<LanguageSummary> {
    let mut by_language: BTreeMap<String, LanguageSummary> = leaflets
        .iter()
        .map(|(language, count)| {
            (
                language.clone(),
                LanguageSummary {
                    language: language.clone(),
                    leaflets: *count,
                    ..Default::default()
                },
            )
        })
        .collect();
    for diagnostic in diagnostics {
        let language = language_folder(diagnostic).map(|l| l.to_string_lossy());
        let Some(summary) = language.and_then(|l| by_language.get_mut(&*l)) else {
            continue;
        };
        match diagnostic.severity {
            Severity::Error => summary.errors += 1,
            Severity::Warning => summary.warnings += 1,
        }
    }
    leaflets
        .iter()
        .filter_map(|(language, _)| by_language.remove(language))
        .collect()
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The JSON report: the problems, the per-language summary and each leaflet's numbers.
pub fn json(
    diagnostics: &[Diagnostic],
    languages: &[LanguageSummary],
    leaflets: &[LeafletScores],
) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let items: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            json!({
                "check": d.code,
                "severity": severity_name(d.severity),
                "file": d.path.as_ref().map(|p| p.to_string_lossy().replace('\\', "/")),
                "line": d.position.map(|p| p.line),
                "column": d.position.map(|p| p.column),
                "message": d.message,
                "help": d.help,
            })
        })
        .collect();
    let report = json!({
        "schema": "leafpress-check/1",
        "summary": {
            "errors": errors,
            "warnings": diagnostics.len() - errors,
            "leaflets": languages.iter().map(|l| l.leaflets).sum::<usize>(),
        },
        "languages": languages,
        "diagnostics": items,
        "leaflets": leaflets,
    });
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// The SARIF 2.1.0 report.
pub fn sarif(diagnostics: &[Diagnostic]) -> String {
    let rules: Vec<_> = CHECKS
        .iter()
        .map(|(id, description)| json!({"id": id, "shortDescription": {"text": description}}))
        .collect();
    let results: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": {"uri": d.path.as_ref().map(|p| p.to_string_lossy().replace('\\', "/")).unwrap_or_default()},
                }
            });
            if let Some(position) = d.position {
                location["physicalLocation"]["region"] = json!({"startLine": position.line, "startColumn": position.column});
            }
            let text = match &d.help {
                Some(help) => format!("{} ({help})", d.message),
                None => d.message.clone(),
            };
            json!({
                "ruleId": d.code.unwrap_or("leafpress"),
                "level": severity_name(d.severity),
                "message": {"text": text},
                "locations": [location],
            })
        })
        .collect();
    let report = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "leafpress",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// The per-language table for people.
pub fn human_summary(languages: &[LanguageSummary]) -> String {
    let mut out = String::from("language  leaflets  errors  warnings\n");
    for l in languages {
        out.push_str(&format!(
            "{:<9} {:>8} {:>7} {:>9}\n",
            l.language, l.leaflets, l.errors, l.warnings
        ));
    }
    out
}
