//! The second half of a QR code: the modules. Function patterns (finders, separators, timing,
//! alignment, version and format information), the codewords placed in the standard's zigzag
//! (ISO/IEC 18004 7.7), the eight data masks (7.8.2) and the format information of the chosen
//! one.
//!
//! Each row is kept as bits (`Bits`), so that the penalty of a mask and the SVG's runs of dark
//! modules come from whole-word operations instead of visiting modules one by one.

use std::array;
use std::ops::{BitAnd, BitOr, BitXor, Not, Shr};

use super::encode::Version;

/// One bit per module of a row (bit `x` for column `x`), in `W` words: 1 word holds versions 1
/// to 11, 2 words up to version 27, 3 words every version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bits<const W: usize>([u64; W]);

impl<const W: usize> Bits<W> {
    /// No module.
    pub const NONE: Self = Bits([0; W]);

    /// Columns 0 to `count - 1`.
    fn first(count: usize) -> Self {
        Bits(array::from_fn(|word| {
            let start = word * 64;
            match count.saturating_sub(start) {
                0 => 0,
                columns @ 1..64 => (1 << columns) - 1,
                _ => u64::MAX,
            }
        }))
    }

    /// Whether column `x` is in.
    fn contains(self, x: usize) -> bool {
        self.0[x / 64] >> (x % 64) & 1 == 1
    }

    fn insert(&mut self, x: usize) {
        self.0[x / 64] |= 1 << (x % 64);
    }

    /// Adds column `x` if `bit` is 1 (without a branch to mispredict on random data).
    fn insert_if(&mut self, x: usize, bit: u8) {
        self.0[x / 64] |= u64::from(bit) << (x % 64);
    }

    fn remove(&mut self, x: usize) {
        self.0[x / 64] &= !(1 << (x % 64));
    }

    /// How many columns are in.
    pub fn count(self) -> u32 {
        self.0.iter().map(|word| word.count_ones()).sum()
    }

    /// The first column from `x` on that is in (`in_set`) or out (`!in_set`); `64 × W` if none.
    fn next(self, x: usize, in_set: bool) -> usize {
        let flip = if in_set { 0 } else { u64::MAX };
        let mut word = x / 64;
        if word == W {
            return W * 64;
        }
        let mut bits = (self.0[word] ^ flip) & (u64::MAX << (x % 64));
        while bits == 0 {
            word += 1;
            if word == W {
                return W * 64;
            }
            bits = self.0[word] ^ flip;
        }
        word * 64 + bits.trailing_zeros() as usize
    }

    /// The runs of columns that are in, left to right, as (first column, length).
    pub fn runs(self) -> impl Iterator<Item = (usize, usize)> {
        let mut x = 0;
        std::iter::from_fn(move || {
            let start = self.next(x, true);
            if start == W * 64 {
                return None;
            }
            x = self.next(start, false);
            Some((start, x - start))
        })
    }
}

/// Moves every bit `shift` (1 to 63) columns to the left: bit `x` becomes what bit
/// `x + shift` was.
impl<const W: usize> Shr<usize> for Bits<W> {
    type Output = Self;
    fn shr(mut self, shift: usize) -> Self {
        for word in 0..W {
            self.0[word] >>= shift;
            if word + 1 < W {
                self.0[word] |= self.0[word + 1] << (64 - shift);
            }
        }
        self
    }
}

impl<const W: usize> BitAnd for Bits<W> {
    type Output = Self;
    fn bitand(mut self, other: Self) -> Self {
        for word in 0..W {
            self.0[word] &= other.0[word];
        }
        self
    }
}

impl<const W: usize> BitOr for Bits<W> {
    type Output = Self;
    fn bitor(mut self, other: Self) -> Self {
        for word in 0..W {
            self.0[word] |= other.0[word];
        }
        self
    }
}

impl<const W: usize> BitXor for Bits<W> {
    type Output = Self;
    fn bitxor(mut self, other: Self) -> Self {
        for word in 0..W {
            self.0[word] ^= other.0[word];
        }
        self
    }
}

impl<const W: usize> Not for Bits<W> {
    type Output = Self;
    fn not(mut self) -> Self {
        for word in 0..W {
            self.0[word] = !self.0[word];
        }
        self
    }
}

/// The eight data masks, numbered as in the format information.
pub const MASKS: std::ops::Range<usize> = 0..8;

/// Whether `mask` inverts the module at column `x`, row `y` (ISO/IEC 18004 table 10).
const fn inverts(mask: usize, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => (x * y) % 2 + (x * y) % 3 == 0,
        6 => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    }
}

/// The columns each mask inverts in a row, by the row's number modulo 12: every mask's
/// pattern repeats every 12 rows.
const MASK_ROWS: [[[u64; 3]; 12]; 8] = mask_rows();

const fn mask_rows() -> [[[u64; 3]; 12]; 8] {
    let mut table = [[[0; 3]; 12]; 8];
    let mut mask = 0;
    while mask < 8 {
        let mut y = 0;
        while y < 12 {
            let mut x = 0;
            while x < 192 {
                if inverts(mask, x, y) {
                    table[mask][y][x / 64] |= 1 << (x % 64);
                }
                x += 1;
            }
            y += 1;
        }
        mask += 1;
    }
    table
}

/// The columns `mask` inverts in row `y`, data or not.
fn mask_row<const W: usize>(mask: usize, y: usize) -> Bits<W> {
    Bits(array::from_fn(|word| MASK_ROWS[mask][y % 12][word]))
}

/// The modules of a QR code, by rows.
pub struct Matrix<const W: usize> {
    size: usize,
    /// The dark modules of each row.
    dark: Vec<Bits<W>>,
    /// The modules of each row that hold codewords (everything but function patterns).
    data: Vec<Bits<W>>,
}

impl<const W: usize> Matrix<W> {
    /// The function patterns of `version` with the codewords placed, unmasked. The format
    /// information's modules are reserved and light, as `fast_qr` has them while it chooses
    /// the mask.
    pub fn new(version: Version, codewords: &[u8]) -> Self {
        let size = version.size();
        let mut matrix = Matrix {
            size,
            dark: vec![Bits::NONE; size],
            data: vec![Bits::first(size); size],
        };
        matrix.draw_function_patterns(version);
        matrix.place(codewords);
        matrix
    }

    /// Modules on each side.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The modules of each row that hold codewords.
    pub fn data(&self) -> &[Bits<W>] {
        &self.data
    }

    /// How many modules of the function patterns are dark.
    pub fn function_dark_count(&self) -> u32 {
        (self.dark.iter().zip(&self.data))
            .map(|(&dark, &data)| (dark & !data).count())
            .sum()
    }

    /// The dark modules of row `y` once `mask` inverts its data modules.
    pub fn masked_row(&self, mask: usize, y: usize) -> Bits<W> {
        self.dark[y] ^ (mask_row(mask, y) & self.data[y])
    }

    /// The finished code: `mask` applied and its format information drawn. The dark modules of
    /// each row.
    pub fn finish(mut self, mask: usize) -> Vec<Bits<W>> {
        for y in 0..self.size {
            self.dark[y] = self.masked_row(mask, y);
        }
        self.draw_format_information(mask);
        self.dark
    }

    /// Makes the module at column `x`, row `y` part of a function pattern, dark or light.
    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        self.data[y].remove(x);
        if dark {
            self.dark[y].insert(x);
        } else {
            self.dark[y].remove(x);
        }
    }

    /// Everything but the data, in `fast_qr`'s order (where two patterns share a module, they
    /// agree on its colour).
    fn draw_function_patterns(&mut self, version: Version) {
        let size = self.size;
        for (left, top) in [(0, 0), (0, size - 7), (size - 7, 0)] {
            self.draw_square(left + 3, top + 3, 3);
        }
        // The timing patterns: row 6 and column 6 between the finders, dark on even modules.
        for i in 8..size - 8 {
            self.set_function(i, 6, i % 2 == 0);
            self.set_function(6, i, i % 2 == 0);
        }
        // The dark module beside the bottom left finder.
        self.set_function(8, size - 8, true);
        let centres = version.alignment_centres();
        let last = centres.len().saturating_sub(1);
        for (row, &y) in centres.iter().enumerate() {
            for (column, &x) in centres.iter().enumerate() {
                let on_a_finder =
                    (row == 0 && (column == 0 || column == last)) || (row == last && column == 0);
                if !on_a_finder {
                    self.draw_square(x, y, 2);
                }
            }
        }
        // Version information from version 7 on: 6 × 3 blocks left of the top right finder
        // and, transposed, above the bottom left one.
        if version.number() >= 7 {
            let information = version.information();
            for bit in 0..18 {
                let (along, across) = (bit / 3, size - 11 + bit % 3);
                let dark = information >> bit & 1 == 1;
                self.set_function(across, along, dark);
                self.set_function(along, across, dark);
            }
        }
        self.draw_separators();
        for (x, y) in format_positions(size).into_iter().flatten() {
            self.set_function(x, y, false);
        }
    }

    /// A finder (`radius` 3) or alignment (2) pattern centred on column `x`, row `y`:
    /// concentric squares, dark at the centre and the edge, light between.
    fn draw_square(&mut self, x: usize, y: usize, radius: usize) {
        for dy in 0..=2 * radius {
            for dx in 0..=2 * radius {
                let ring = dx.abs_diff(radius).max(dy.abs_diff(radius));
                let dark = ring == radius || ring + 2 <= radius;
                self.set_function(x + dx - radius, y + dy - radius, dark);
            }
        }
    }

    /// The light line between each finder pattern and the rest.
    fn draw_separators(&mut self) {
        let size = self.size;
        for i in 0..8 {
            self.set_function(7, i, false);
            self.set_function(i, 7, false);
            self.set_function(7, size - 8 + i, false);
            self.set_function(i, size - 8, false);
            self.set_function(size - 8, i, false);
            self.set_function(size - 8 + i, 7, false);
        }
    }

    /// Places the codewords' bits, most significant first, in two-module-wide columns from
    /// the right, going up and down in turn and skipping function patterns and the vertical
    /// timing pattern. Modules beyond the last codeword stay light.
    fn place(&mut self, codewords: &[u8]) {
        let mut index = 0;
        let mut upward = true;
        let mut right = self.size - 1;
        loop {
            for step in 0..self.size {
                let y = if upward { self.size - 1 - step } else { step };
                for x in [right, right - 1] {
                    if self.data[y].contains(x) {
                        let codeword = codewords.get(index / 8).copied().unwrap_or(0);
                        self.dark[y].insert_if(x, codeword >> (7 - index % 8) & 1);
                        index += 1;
                    }
                }
            }
            upward = !upward;
            if right < 3 {
                break;
            }
            right -= 2;
            if right == 6 {
                right = 5;
            }
        }
    }

    /// The 15 bits of format information, level M and `mask` with their BCH(15, 5) check bits,
    /// twice: around the top left finder and split between the two others.
    fn draw_format_information(&mut self, mask: usize) {
        let data = mask as u32; // Level M is 0b00.
        let mut remainder = data;
        for _ in 0..10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }
        let information = (data << 10 | remainder) ^ 0x5412;
        for copy in format_positions(self.size) {
            for (bit, (x, y)) in copy.into_iter().enumerate() {
                self.set_function(x, y, information >> bit & 1 == 1);
            }
        }
    }
}

/// Where the format information's bits 0 to 14 go, (column, row), in its two copies.
fn format_positions(size: usize) -> [[(usize, usize); 15]; 2] {
    let around_finder = array::from_fn(|bit| match bit {
        0..=5 => (8, bit),
        6 => (8, 7),
        7 => (8, 8),
        8 => (7, 8),
        _ => (14 - bit, 8),
    });
    let split = array::from_fn(|bit| match bit {
        0..=7 => (size - 1 - bit, 8),
        _ => (8, size - 15 + bit),
    });
    [around_finder, split]
}
