//! QR codes of page addresses, as small SVG files: a printed leaflet leads back to the live,
//! up-to-date page. The modules are drawn as one SVG path of horizontal strokes, one per run of
//! dark modules, which keeps the file to 2 or 3 KB for a typical address.
//!
//! The codes are the ones the `fast_qr` crate drew before, byte for byte (the tests compare
//! with it on six thousand addresses of every length), in a fraction of its time: `fast_qr` scores each of
//! the eight masks module by module on copies of a 177 × 177 matrix, which took about a tenth
//! of a site build. Here `encode` turns the address into codewords, `matrix` places them in
//! rows of bits, and `penalty` scores the masks with whole-word operations by `fast_qr`'s
//! rules.

mod encode;
mod matrix;
mod penalty;

use matrix::{Bits, Matrix};

/// The file written next to every page (`<page>/qr.svg`), holding the QR code of the page's
/// own web address.
pub const FILE_NAME: &str = "qr.svg";

/// Modules of light margin around the code, as the QR standard requires for scanners.
const QUIET_ZONE: usize = 4;

/// What a URL's QR code carries: the address with every non-ASCII byte percent-encoded, so a
/// scanner that reads bytes as Latin-1 still opens the right page.
const NON_ASCII: &percent_encoding::AsciiSet = percent_encoding::CONTROLS;

/// The QR code of `url` as an SVG document: black modules on white, with the quiet zone, scaled
/// by whoever shows it. Error correction level M (15%) survives a crease or a smudge on paper.
/// `None` when the address is too long for any QR code (over about 2,300 characters).
pub fn svg(url: &str) -> Option<String> {
    let encoded = percent_encoding::utf8_percent_encode(url, NON_ASCII).to_string();
    let (version, codewords) = encode::codewords(encoded.as_bytes())?;
    // Rows of up to 64 modules fit one word: versions 1 to 11, most addresses.
    Some(match version.size() {
        ..=64 => draw::<1>(version, &codewords),
        65..=128 => draw::<2>(version, &codewords),
        _ => draw::<3>(version, &codewords),
    })
}

/// Whether `url` fits a QR code, as [`svg`] would make it, without making it.
pub fn fits(url: &str) -> bool {
    let encoded = percent_encoding::utf8_percent_encode(url, NON_ASCII).to_string();
    encode::version(encoded.as_bytes()).is_some()
}

/// The SVG document of the code of these codewords, with `fast_qr`'s choice of mask.
fn draw<const W: usize>(version: encode::Version, codewords: &[u8]) -> String {
    let matrix = Matrix::<W>::new(version, codewords);
    let mask = penalty::choose_mask(&matrix);
    let size = matrix.size();
    let rows = matrix.finish(mask);
    let outer = size + 2 * QUIET_ZONE;
    // Bytes, not a `String`: digits and ASCII punctuation only, checked once at the end. A
    // code takes about 2.5 bytes per module.
    let mut svg = Vec::with_capacity(256 + 3 * size * size);
    svg.extend_from_slice(b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    push_number(&mut svg, outer);
    svg.push(b' ');
    push_number(&mut svg, outer);
    svg.extend_from_slice(b"\" shape-rendering=\"crispEdges\"><rect width=\"");
    push_number(&mut svg, outer);
    svg.extend_from_slice(b"\" height=\"");
    push_number(&mut svg, outer);
    svg.extend_from_slice(b"\" fill=\"#fff\"/><path stroke=\"#000\" d=\"");
    push_strokes(&mut svg, &rows);
    svg.extend_from_slice(b"\"/></svg>\n");
    String::from_utf8(svg).expect("an SVG of ASCII characters")
}

/// One path command per run of dark modules in a row, left to right and top to bottom: a
/// stroke one module wide along the middle of the row, `M<x> <y>.5h<length>`.
fn push_strokes<const W: usize>(svg: &mut Vec<u8>, rows: &[Bits<W>]) {
    for (y, row) in rows.iter().enumerate() {
        for (x, length) in row.runs() {
            svg.push(b'M');
            push_number(svg, x + QUIET_ZONE);
            svg.push(b' ');
            push_number(svg, y + QUIET_ZONE);
            svg.extend_from_slice(b".5h");
            push_number(svg, length);
        }
    }
}

/// Appends `number`, below 1,000 (a code with its quiet zone is at most 185 modules wide), in
/// decimal.
fn push_number(svg: &mut Vec<u8>, number: usize) {
    debug_assert!(number < 1000, "{number} has more than three digits");
    let digit = |value: usize| b'0' + (value % 10) as u8;
    match number {
        100.. => svg.extend_from_slice(&[digit(number / 100), digit(number / 10), digit(number)]),
        10.. => svg.extend_from_slice(&[digit(number / 10), digit(number)]),
        _ => svg.push(digit(number)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_fits_exactly_when_its_code_can_be_made() {
        // Both sides of the largest code's limit, in bytes kept as they are and in
        // percent-encoded ones.
        for length in (2_300..2_340).chain(700..720) {
            for letter in ["a", "é"] {
                let url = format!("https://example.org/{}", letter.repeat(length));
                assert_eq!(fits(&url), svg(&url).is_some(), "{length} x {letter}");
            }
        }
        assert!(fits("https://example.org/en/side-effects/"));
    }

    use fast_qr::{ECL, QRBuilder};
    use std::fmt::Write as _;

    /// What `svg` was when `fast_qr` drew the codes with its own choice of mask: the oracle
    /// every code must equal, byte for byte.
    fn fast_qr_svg(url: &str) -> Option<String> {
        let encoded = percent_encoding::utf8_percent_encode(url, NON_ASCII).to_string();
        let code = QRBuilder::new(encoded.as_bytes())
            .ecl(ECL::M)
            .build()
            .ok()?;
        let width = code.size;
        let dark: Vec<bool> = code.data[..width * width]
            .iter()
            .map(|m| m.value())
            .collect();
        let size = width + 2 * QUIET_ZONE;
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
             shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
             <path stroke=\"#000\" d=\""
        );
        for (y, row) in dark.chunks(width).enumerate() {
            let mut x = 0;
            while x < width {
                if !row[x] {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < width && row[x] {
                    x += 1;
                }
                let _ = write!(
                    svg,
                    "M{} {}.5h{}",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start
                );
            }
        }
        svg.push_str("\"/></svg>\n");
        Some(svg)
    }

    fn assert_same_as_fast_qr(url: &str) {
        assert!(
            svg(url) == fast_qr_svg(url),
            "the QR code differs from fast_qr's for {url:?} ({} characters)",
            url.chars().count()
        );
    }

    const ASCII: &[&str] = &[
        "side-effects",
        "how-to-take",
        "paracetamol",
        "ibuprofen-400-mg-tablets",
        "storage",
        "what-it-is-for",
        "contents-of-the-pack",
    ];
    const CZECH: &[&str] = &[
        "nežádoucí-účinky",
        "jak-užívat",
        "uchovávání",
        "dávkování",
        "děti",
    ];
    const GREEK: &[&str] = &[
        "παρενέργειες",
        "πώς-να-πάρετε",
        "φύλαξη",
        "δοσολογία",
        "παιδιά",
    ];
    const BULGARIAN: &[&str] = &["странични-ефекти", "как-да-приемате", "съхранение", "деца"];
    const ARABIC: &[&str] = &["الآثار-الجانبية", "كيفية-الاستخدام", "التخزين", "الجرعة"];

    /// Languages and their slug words, each as often as addresses have it: ASCII half the
    /// time, Czech (some letters percent-encoded into 4 or 6 bytes) a fifth, and Greek,
    /// Bulgarian and Arabic (every letter) a tenth each.
    const SCRIPTS: [(&str, &[&str]); 10] = [
        ("en", ASCII),
        ("de", ASCII),
        ("fr", ASCII),
        ("nl", ASCII),
        ("sv", ASCII),
        ("cs", CZECH),
        ("cs", CZECH),
        ("el", GREEK),
        ("bg", BULGARIAN),
        ("ar", ARABIC),
    ];

    const BASES: [&str; 4] = [
        "https://leaflets.example.org/",
        "https://example.org/",
        "http://localhost:1111/",
        "https://www.patient-information.example.co.uk/leaflets/",
    ];

    /// A page address of exactly `length` characters (cut off in the middle of a word at
    /// worst): a base, a language, then slug words of one script.
    fn address(random: &mut impl FnMut(usize) -> usize, length: usize) -> String {
        let (language, words) = SCRIPTS[random(SCRIPTS.len())];
        let mut address = format!("{}{language}/", BASES[random(BASES.len())]);
        while address.chars().count() < length {
            address.push_str(words[random(words.len())]);
            address.push(if random(3) == 0 { '/' } else { '-' });
        }
        address.chars().take(length).collect()
    }

    #[test]
    fn codes_are_fast_qrs_for_six_thousand_addresses() {
        use rayon::prelude::*;
        // 20 addresses of each length from 20 to 300 characters, and a few longer ones up to
        // addresses too long for a code (the longest in Greek, Bulgarian or Arabic). The long
        // ones take milliseconds each in a test build, hence threads. (800,000 random inputs of
        // every version compared the same once, outside the tests, when this encoder was made.)
        let lengths = (20..=300).map(|length| (length, 20));
        let longer = (301..=420).map(|length| (length, 5));
        let compared: usize = (lengths.chain(longer).collect::<Vec<_>>())
            .into_par_iter()
            .map(|(length, count)| {
                // A fixed xorshift sequence per length: the same addresses on every run.
                let mut state = 0x9E37_79B9_7F4A_7C15_u64 ^ length as u64;
                let mut random = |below: usize| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state % below as u64) as usize
                };
                for _ in 0..count {
                    assert_same_as_fast_qr(&address(&mut random, length));
                }
                count
            })
            .sum();
        assert!(compared >= 6_000, "{compared} addresses");
    }

    #[test]
    fn codes_are_fast_qrs_on_both_sides_of_every_versions_limit() {
        // Digits, the alphanumeric mode's characters, and bytes, each encoded its own way.
        for character in ["7", "A", "a"] {
            let mut versions = 0;
            let mut length = 1;
            let mut previous = encode::version(b"");
            loop {
                let input = character.repeat(length);
                let version = encode::version(input.as_bytes());
                if version != previous {
                    assert_same_as_fast_qr(&character.repeat(length - 1));
                    assert_same_as_fast_qr(&input);
                    versions += 1;
                }
                if version.is_none() {
                    break;
                }
                previous = version;
                length += 1;
            }
            assert_eq!(versions, 40, "{character:?} went through every version");
        }
    }

    #[test]
    fn the_longest_address_that_fits_has_a_code() {
        let base = "https://leaflets.example.org/el/";
        // 2,331 bytes once percent-encoded: what version 40 at level M holds.
        let longest = format!("{base}{}x", "π".repeat((2331 - base.len() - 1) / 6));
        assert_eq!(
            percent_encoding::utf8_percent_encode(&longest, NON_ASCII)
                .to_string()
                .len(),
            2331
        );
        assert!(svg(&longest).is_some());
        assert_same_as_fast_qr(&longest);
        assert!(svg(&format!("{longest}x")).is_none());
        assert_same_as_fast_qr(&format!("{longest}x"));
    }

    /// Draws the SVG's path back into a greyscale picture, `scale` pixels per module, the way
    /// a printer would, for a decoder to read.
    fn rasterise(svg: &str, scale: usize) -> (usize, Vec<u8>) {
        let size: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("a viewBox");
        let pixels = size * scale;
        let mut image = vec![255u8; pixels * pixels];
        let path = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        for run in path.split('M').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let [x, y, 5, length] = numbers[..] else {
                panic!("a run is `M<x> <y>.5h<length>`: {run}")
            };
            for row in y * scale..(y + 1) * scale {
                for column in x * scale..(x + length) * scale {
                    image[row * pixels + column] = 0;
                }
            }
        }
        (pixels, image)
    }

    fn decode(svg: &str) -> String {
        let (pixels, image) = rasterise(svg, 4);
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
            image[y * pixels + x]
        });
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the picture");
        grids[0].decode().expect("a readable code").1
    }

    #[test]
    fn the_code_reads_back_as_the_address() {
        let url = "https://example.org/guide/en/side-effects/";
        let svg = svg(url).unwrap();
        assert_eq!(decode(&svg), url);
        assert!(svg.len() < 4096, "{} bytes", svg.len());
    }

    #[test]
    fn non_ascii_addresses_are_percent_encoded() {
        let svg = svg("https://example.org/uk/побічні-ефекти/").unwrap();
        assert_eq!(
            decode(&svg),
            "https://example.org/uk/%D0%BF%D0%BE%D0%B1%D1%96%D1%87%D0%BD%D1%96-%D0%B5%D1%84%D0%B5%D0%BA%D1%82%D0%B8/"
        );
    }

    #[test]
    fn the_quiet_zone_is_four_light_modules_on_every_side() {
        let svg = svg("https://example.org/").unwrap();
        let (pixels, image) = rasterise(&svg, 1);
        let dark = |x: usize, y: usize| image[y * pixels + x] == 0;
        for i in 0..pixels {
            for edge in 0..QUIET_ZONE {
                assert!(!dark(i, edge) && !dark(edge, i));
                assert!(!dark(i, pixels - 1 - edge) && !dark(pixels - 1 - edge, i));
            }
        }
        assert!(dark(QUIET_ZONE, QUIET_ZONE), "a finder pattern's corner");
    }

    #[test]
    fn an_address_too_long_for_a_qr_code_has_none() {
        assert!(svg(&"x".repeat(3000)).is_none());
    }
}
