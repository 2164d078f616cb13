//! Reading and amending the PDFs Chromium prints: which page each named destination (an
//! element's `id` that a link points to) is on, and the reading direction of a right-to-left
//! document. Chromium writes the page tree, the catalog and its `/Dests` dictionary as plain,
//! uncompressed objects, which is all this module reads; it is not a general PDF parser.

use std::collections::{BTreeMap, HashMap};

/// The objects of a PDF that start on their own line (`12 0 obj` ... `endobj`), by number:
/// the text between `obj` and `endobj`. A later definition of a number (an incremental
/// update) replaces an earlier one, as in a PDF reader.
fn objects(text: &str) -> HashMap<u32, &str> {
    let mut found = HashMap::new();
    for (at, marker) in text.match_indices(" 0 obj") {
        let before = &text[..at];
        let start = before
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        if start == at || !(start == 0 || before[..start].ends_with('\n')) {
            continue;
        }
        let Ok(number) = before[start..].parse::<u32>() else {
            continue;
        };
        let body = at + marker.len();
        if let Some(length) = text[body..].find("endobj") {
            found.insert(number, &text[body..body + length]);
        }
    }
    found
}

/// The object numbers of the references (`12 0 R`) in `text`, in order.
fn references(text: &str) -> Vec<u32> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '<' | '>' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(3)
        .filter(|w| w[1] == "0" && w[2] == "R")
        .filter_map(|w| w[0].parse().ok())
        .collect()
}

/// The number of the object `key` refers to in a dictionary (`/Pages 19 0 R`).
fn reference(dictionary: &str, key: &str) -> Option<u32> {
    let at = dictionary.find(&format!("{key} "))?;
    references(&dictionary[at + key.len()..]).first().copied()
}

/// The number and text of the document catalog.
fn catalog<'t>(objects: &HashMap<u32, &'t str>) -> Option<(u32, &'t str)> {
    objects
        .iter()
        .find(|(_, body)| body.contains("/Type /Catalog"))
        .map(|(number, body)| (*number, *body))
}

/// The page objects in reading order, from the page tree under `node`.
fn pages(objects: &HashMap<u32, &str>, node: u32, out: &mut Vec<u32>, depth: usize) {
    let Some(body) = objects.get(&node) else {
        return;
    };
    if !body.contains("/Type /Pages") {
        out.push(node);
        return;
    }
    if depth > 32 {
        return;
    }
    if let Some(at) = body.find("/Kids [") {
        let rest = &body[at + "/Kids [".len()..];
        let kids = &rest[..rest.find(']').unwrap_or(rest.len())];
        for kid in references(kids) {
            pages(objects, kid, out, depth + 1);
        }
    }
}

/// A PDF name as written (`part#2D1`) decoded (`part-1`).
fn decode_name(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'#'
            && let Some(byte) = name
                .get(i + 1..i + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            decoded.push(byte);
            i += 3;
            continue;
        }
        decoded.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The page (from 1) each named destination of the document is on: Chromium names one for
/// every element whose `id` a link of the page points to.
pub fn destination_pages(pdf: &[u8]) -> BTreeMap<String, usize> {
    let text = String::from_utf8_lossy(pdf);
    let objects = objects(&text);
    let Some((_, root)) = catalog(&objects) else {
        return BTreeMap::new();
    };
    let mut order = Vec::new();
    if let Some(tree) = reference(root, "/Pages") {
        pages(&objects, tree, &mut order, 0);
    }
    let Some(dests) = reference(root, "/Dests").and_then(|n| objects.get(&n)) else {
        return BTreeMap::new();
    };
    let mut found = BTreeMap::new();
    for entry in dests.split('/').skip(1) {
        let Some((name, rest)) = entry.split_once(|c: char| c.is_whitespace() || c == '[') else {
            continue;
        };
        let Some(&page) = references(rest).first() else {
            continue;
        };
        if let Some(index) = order.iter().position(|p| *p == page) {
            found.insert(decode_name(name), index + 1);
        }
    }
    found
}

/// The PDF with its reading direction set to right to left (`/ViewerPreferences` `/Direction
/// /R2L`), so that viewers lay out two-page spreads and page turns as in a printed Arabic
/// book. The change is appended as an incremental update, leaving Chromium's bytes as they
/// are. `None` when the file has no catalog or trailer this can amend.
pub fn with_right_to_left_direction(pdf: &[u8]) -> Option<Vec<u8>> {
    let text = String::from_utf8_lossy(pdf);
    let objects = objects(&text);
    let (number, body) = catalog(&objects)?;
    let amended = if let Some(at) = body.find("/ViewerPreferences <<") {
        let at = at + "/ViewerPreferences <<".len();
        format!("{}/Direction /R2L {}", &body[..at], &body[at..])
    } else {
        let at = body.find("<<")? + 2;
        format!(
            "{}/ViewerPreferences <</Direction /R2L>>\n{}",
            &body[..at],
            &body[at..]
        )
    };
    let previous_xref = last_xref(&text)?;
    let trailer = &text[text.rfind("trailer")?..];
    let size = reference_number(trailer, "/Size")?;
    let info = reference(trailer, "/Info")
        .map(|n| format!(" /Info {n} 0 R"))
        .unwrap_or_default();
    let mut out = pdf.to_vec();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let object_at = out.len();
    out.extend_from_slice(format!("{number} 0 obj{amended}endobj\n").as_bytes());
    let xref_at = out.len();
    out.extend_from_slice(
        format!(
            "xref\n0 1\n0000000000 65535 f \n{number} 1\n{object_at:010} 00000 n \ntrailer\n\
             <</Size {size} /Root {number} 0 R{info} /Prev {previous_xref}>>\n\
             startxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    Some(out)
}

/// Where the last cross-reference section starts: the number after the last `startxref`.
fn last_xref(text: &str) -> Option<usize> {
    text.rsplit("startxref")
        .next()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The whole number after `key` in a dictionary (`/Size 54`).
fn reference_number(dictionary: &str, key: &str) -> Option<u32> {
    let at = dictionary.find(key)?;
    dictionary[at + key.len()..]
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| !w.is_empty())?
        .parse()
        .ok()
}

/// True when the document's viewer preferences say it reads right to left.
pub fn reads_right_to_left(pdf: &[u8]) -> bool {
    let text = String::from_utf8_lossy(pdf);
    let objects = objects(&text);
    catalog(&objects).is_some_and(|(_, body)| body.contains("/Direction /R2L"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF shaped like Chromium's: a two-level page tree, named destinations, a catalog
    /// with viewer preferences, a classic cross-reference table.
    fn chromium_like() -> Vec<u8> {
        let mut pdf = String::from("%PDF-1.4\n");
        let mut offsets = Vec::new();
        let mut object = |pdf: &mut String, number: u32, body: &str| {
            offsets.push((number, pdf.len()));
            pdf.push_str(&format!("{number} 0 obj\n{body}\nendobj\n"));
        };
        object(&mut pdf, 1, "<</Creator (Chromium)>>");
        for (number, parent) in [(2, 10), (3, 10), (4, 11)] {
            object(
                &mut pdf,
                number,
                &format!("<</Type /Page\n/Parent {parent} 0 R\n/MediaBox [0 0 595.92 842.88]>>"),
            );
        }
        object(
            &mut pdf,
            10,
            "<</Type /Pages\n/Count 2\n/Kids [2 0 R 3 0 R]\n/Parent 12 0 R>>",
        );
        object(
            &mut pdf,
            11,
            "<</Type /Pages\n/Count 1\n/Kids [4 0 R]\n/Parent 12 0 R>>",
        );
        object(
            &mut pdf,
            12,
            "<</Type /Pages\n/Count 3\n/Kids [10 0 R 11 0 R]>>",
        );
        object(
            &mut pdf,
            13,
            "<</part-1 [3 0 R /XYZ 6 776.25 0]\n/part#2D2 [4 0 R /XYZ 6 776.25 0]>>",
        );
        object(
            &mut pdf,
            14,
            "<</Type /Catalog\n/Pages 12 0 R\n/Dests 13 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Lang (ar)>>",
        );
        let xref = pdf.len();
        pdf.push_str("xref\n0 15\n0000000000 65535 f \n");
        for (_, offset) in &offsets {
            pdf.push_str(&format!("{offset:010} 00000 n \n"));
        }
        pdf.push_str(&format!(
            "trailer\n<</Size 15\n/Root 14 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF"
        ));
        pdf.into_bytes()
    }

    #[test]
    fn destinations_are_found_on_their_pages_through_a_nested_page_tree() {
        let pages = destination_pages(&chromium_like());
        assert_eq!(
            pages.into_iter().collect::<Vec<_>>(),
            [("part-1".to_string(), 2), ("part-2".to_string(), 3)]
        );
    }

    #[test]
    fn a_pdf_without_destinations_has_none() {
        assert!(destination_pages(b"%PDF-1.4\n%%EOF").is_empty());
    }

    #[test]
    fn the_direction_is_appended_as_an_update_that_points_at_the_old_table() {
        let original = chromium_like();
        assert!(!reads_right_to_left(&original));
        let amended = with_right_to_left_direction(&original).unwrap();
        assert!(amended.starts_with(&original), "Chromium's bytes are kept");
        assert!(reads_right_to_left(&amended));
        let text = String::from_utf8_lossy(&amended);
        let old_xref = last_xref(&String::from_utf8_lossy(&original)).unwrap();
        assert!(text.contains(&format!("/Prev {old_xref}>>")), "{text}");
        assert!(text.contains("/Root 14 0 R /Info 1 0 R"), "{text}");
        // The new cross-reference entry points at the new catalog.
        let update = &text[original.len()..];
        let entry = update
            .split("\n14 1\n")
            .nth(1)
            .unwrap()
            .lines()
            .next()
            .unwrap();
        let offset: usize = entry[..10].parse().unwrap();
        assert!(
            text[offset..].starts_with("14 0 obj\n<</Type /Catalog"),
            "{entry}"
        );
        let new_xref = last_xref(&text).unwrap();
        assert!(new_xref > old_xref && text[new_xref..].starts_with("xref\n"));
        // The destinations still resolve after the update.
        assert_eq!(destination_pages(&amended).len(), 2);
    }
}
