//! QR codes of page addresses, as small SVG files: a printed leaflet leads back to the live,
//! up-to-date page. The `fast_qr` crate encodes; this module only draws the modules as one SVG
//! path of horizontal strokes, one per run of dark modules, which keeps the file to about
//! 1.5 KB for a typical address.

use std::fmt::Write as _;

use fast_qr::{ECL, QRBuilder};

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
            // A stroke one module wide, along the middle of the row.
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

#[cfg(test)]
mod tests {
    use super::*;

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
