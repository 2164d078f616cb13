//! Exporting a leaflet that already has a translation: its earlier translation becomes the
//! targets, so a CAT tool shows what is done and what to revisit instead of an empty file.
//!
//! The translation was made from an earlier version of the source (kept in
//! `.leafpress/sources/` when it was stamped or imported). Its units are paired with that old
//! source's by position, block kind by block kind; the old source's units are paired with the
//! current source's by content (a diff). A current unit whose text did not change gets the
//! earlier translation as a translation; one that changed gets it as a starting point to
//! revisit (`initial`); a new one gets no target. Without the old source (a translation that
//! was never stamped, or whose version is not kept), every earlier translation is a starting
//! point.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::{Entry, Inline, Place, TargetState, Token, Unit, entries};
use crate::content::Leaflet;

/// The units of `source`, with targets from `translation` where it has them. `old_source` is
/// the version of the source the translation was made from, when known.
pub fn units(source: &Leaflet, translation: &Leaflet, old_source: Option<&Leaflet>) -> Vec<Unit> {
    let current = entries(source);
    let translated = entries(translation);
    let (base, confirmed) = match old_source {
        Some(old) => (entries(old), true),
        None => (current.clone(), false),
    };
    let base_to_translated = pair_by_place(&base, &translated);
    let mut units: Vec<Unit> = current
        .iter()
        .map(|entry| Unit {
            id: entry.id.clone(),
            source: entry.inline.clone(),
            target: None,
            state: TargetState::Translated,
        })
        .collect();
    let key = |entry: &Entry| (entry.place, entry.inline.clone());
    let base_keys: Vec<_> = base.iter().map(key).collect();
    let current_keys: Vec<_> = current.iter().map(key).collect();
    for op in capture_diff_slices(Algorithm::Myers, &base_keys, &current_keys) {
        let (old_start, new_start, length, unchanged) = match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => (old_index, new_index, len, true),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (old_index, new_index, old_len.min(new_len), false),
            DiffOp::Delete { .. } | DiffOp::Insert { .. } => continue,
        };
        for k in 0..length {
            let (old, new) = (old_start + k, new_start + k);
            let Some(t) = base_to_translated[old] else {
                continue;
            };
            if translated[t].place != current[new].place {
                continue;
            }
            let (tokens, complete) = map_codes(&translated[t].inline, &current[new].inline);
            units[new].target = Some(tokens);
            units[new].state = if confirmed && unchanged && complete {
                TargetState::Translated
            } else {
                TargetState::Initial
            };
        }
    }
    units
}

/// For each entry of `base`, the entry of `translated` in the same place: title with title,
/// summary with summary, and blocks in order where the sequence of block kinds agrees.
fn pair_by_place(base: &[Entry], translated: &[Entry]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; base.len()];
    let places = |entries: &[Entry]| entries.iter().map(|e| e.place).collect::<Vec<Place>>();
    let (from, to) = (places(base), places(translated));
    for op in capture_diff_slices(Algorithm::Myers, &from, &to) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                pairs[old_index + k] = Some(new_index + k);
            }
        }
    }
    pairs
}

/// A translation's tokens with its codes renumbered as the source's codes with the same
/// Markdown, and whether every code found its match both ways. Codes with no match are left
/// out, their words kept.
fn map_codes(translation: &Inline, source: &Inline) -> (Vec<Token>, bool) {
    let mut used = vec![false; source.codes.len()];
    let mapping: Vec<Option<u32>> = translation
        .codes
        .iter()
        .map(|code| {
            let found = source
                .codes
                .iter()
                .enumerate()
                .position(|(i, candidate)| !used[i] && candidate == code)?;
            used[found] = true;
            Some(found as u32 + 1)
        })
        .collect();
    let map = |id: &u32| mapping.get(*id as usize - 1).copied().flatten();
    let tokens = translation
        .tokens
        .iter()
        .filter_map(|token| match token {
            Token::Text(text) => Some(Token::Text(text.clone())),
            Token::Open(id) => map(id).map(Token::Open),
            Token::Close(id) => map(id).map(Token::Close),
            Token::Placeholder(id) => map(id).map(Token::Placeholder),
        })
        .collect();
    let complete = mapping.iter().all(Option::is_some) && used.iter().all(|u| *u);
    (tokens, complete)
}
