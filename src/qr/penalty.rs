//! Choosing the data mask: the one whose masked code has the lowest penalty, the first of them
//! on a tie. The penalty is `fast_qr` 0.13's, not quite the standard's (ISO/IEC 18004 7.8.3),
//! because the codes must stay those `fast_qr` drew:
//!
//! - Runs and finder-like patterns are counted along rows only. `fast_qr` also scores columns,
//!   but on the unmasked matrix, which adds the same amount to every mask.
//! - Only data modules count in runs, patterns and 2×2 blocks: a function pattern module breaks
//!   a run, and a block must be four data modules. (`fast_qr` does not check column 0's modules
//!   for blocks; they are always of the same kind as column 1's, so that changes nothing.)
//! - A run of n ≥ 5 modules of one colour costs n − 2; each 7 data modules dark, light, dark,
//!   dark, dark, light, dark cost 40 (without the 4 light modules the standard asks beside
//!   them); each 2×2 block of one colour costs 3.
//! - The dark proportion counts every module, with the format information's modules light; it
//!   costs `DARK_PROPORTION[percent]`.
//!
//! The matrix is held as rows of bits, so each rule is a few whole-word operations per row: a
//! run of 5 is a bit that stays set when the row is ANDed with itself moved by 1, 2, 3 and 4.

use super::matrix::{Bits, MASKS, Matrix};

/// The penalty of each whole percentage of dark modules, as `fast_qr` tables it: none from 45
/// to 54 %, 10 from 40 to 44 % and from 55 to 59 %, and 10 more for each further 5 points.
const DARK_PROPORTION: [u32; 100] = [
    90, 90, 90, 90, 90, 80, 80, 80, 80, 80, 70, 70, 70, 70, 70, 60, 60, 60, 60, 60, 50, 50, 50, 50,
    50, 40, 40, 40, 40, 40, 30, 30, 30, 30, 30, 20, 20, 20, 20, 20, 10, 10, 10, 10, 10, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 30, 30, 30, 30, 30, 40, 40, 40, 40,
    40, 50, 50, 50, 50, 50, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70, 80, 80, 80, 80, 80, 90, 90, 90,
    90, 90,
];

/// The mask `fast_qr` chooses for this unmasked matrix.
pub fn choose_mask<const W: usize>(matrix: &Matrix<W>) -> usize {
    let size = matrix.size();
    let function_dark = matrix.function_dark_count();
    let mut dark = vec![Bits::NONE; size];
    let mut light = vec![Bits::NONE; size];
    let mut best = (u32::MAX, 0);
    for mask in MASKS {
        for (y, &data) in matrix.data().iter().enumerate() {
            let masked = matrix.masked_row(mask, y);
            dark[y] = masked & data;
            light[y] = !masked & data;
        }
        let penalty = penalty(&dark, &light, function_dark, size);
        // Strictly lower: the first of equal penalties wins, as in `fast_qr`.
        if penalty < best.0 {
            best = (penalty, mask);
        }
    }
    best.1
}

/// The penalty of a masked matrix, from the dark and the light data modules of each row.
fn penalty<const W: usize>(
    dark: &[Bits<W>],
    light: &[Bits<W>],
    function_dark: u32,
    size: usize,
) -> u32 {
    let (mut fives, mut sixes, mut finder_like, mut blocks) = (0, 0, 0, 0);
    let mut dark_count = function_dark;
    for (&dark, &light) in dark.iter().zip(light) {
        dark_count += dark.count();
        // Bit x of `dark_n`: modules x to x + n − 1 are all dark data modules.
        let (dark_2, light_2) = (dark & (dark >> 1), light & (light >> 1));
        let (dark_4, light_4) = (dark_2 & (dark_2 >> 2), light_2 & (light_2 >> 2));
        let (dark_from_4, light_from_4) = (dark >> 4, light >> 4);
        // A run of n ≥ 5 starts n − 4 windows of 5 of its colour and n − 5 of 6, so
        // 3 × fives − 2 × sixes adds n − 2 for it.
        fives += (dark_4 & dark_from_4 | light_4 & light_from_4).count();
        sixes += (dark_4 & (dark_2 >> 4) | light_4 & (light_2 >> 4)).count();
        // Dark, light, dark, dark, dark, light, dark.
        let finder_like_at =
            dark & (light >> 1) & (dark_2 >> 2) & dark_from_4 & (light >> 5) & (dark >> 6);
        finder_like += finder_like_at.count();
    }
    for (pair, light_pair) in dark.windows(2).zip(light.windows(2)) {
        let (dark, light) = (pair[0] & pair[1], light_pair[0] & light_pair[1]);
        blocks += (dark & (dark >> 1) | light & (light >> 1)).count();
    }
    let percent = dark_count as usize * 100 / (size * size);
    3 * fives - 2 * sixes + 40 * finder_like + 3 * blocks + DARK_PROPORTION[percent]
}
