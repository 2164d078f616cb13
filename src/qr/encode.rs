//! The first half of a QR code: the address's bytes become a version (the code's size) and the
//! sequence of codewords to place, data and error correction interleaved (ISO/IEC 18004
//! sections 7.4 to 7.6), at error correction level M.
//!
//! It makes the choices `fast_qr` 0.13 makes (the crate that drew our codes before, kept in the
//! tests as their oracle), so that the codes stay byte for byte the same: one mode for the whole
//! input (numeric if every byte is a digit, else alphanumeric if every byte is one of its 45
//! characters, else bytes), the smallest version that holds it, and the standard Reed–Solomon
//! blocks. The versions' capacities come from the standard's formulas and two tables, which the
//! tests check against `fast_qr` at every version's limit.

/// A QR code version, 1 to 40: a code of version `v` is `17 + 4v` modules wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version(usize);

/// Data codewords of each version at level M (ISO/IEC 18004 table 7).
const DATA_CODEWORDS: [u16; 40] = [
    16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627, 669,
    714, 782, 860, 914, 1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914,
    1992, 2102, 2216, 2334,
];

/// Error correction blocks of each version at level M (ISO/IEC 18004 table 9).
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
    26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

impl Version {
    /// Every version, smallest first.
    fn all() -> impl Iterator<Item = Self> {
        (1..=40).map(Version)
    }

    /// The version's number, 1 to 40.
    pub fn number(self) -> usize {
        self.0
    }

    /// Modules on each side.
    pub fn size(self) -> usize {
        17 + 4 * self.0
    }

    /// Rows (and columns) of the alignment patterns' centres, before leaving out the three
    /// that would overlap a finder pattern (ISO/IEC 18004 annex E): evenly spaced from the
    /// last row back to row 6, the first gap taking what is left over.
    pub fn alignment_centres(self) -> Vec<usize> {
        if self.0 == 1 {
            return Vec::new();
        }
        let count = self.0 / 7 + 2;
        let step = (self.0 * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
        let mut centres: Vec<usize> = (0..count - 1).map(|i| self.size() - 7 - i * step).collect();
        centres.push(6);
        centres.reverse();
        centres
    }

    /// The 18 bits of version information drawn near two finder patterns from version 7 on:
    /// the version and its BCH(18, 6) check bits (ISO/IEC 18004 annex D).
    pub fn information(self) -> u32 {
        let version = self.0 as u32;
        let mut remainder = version;
        for _ in 0..12 {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
        }
        version << 12 | remainder
    }

    /// Modules left for codewords once the function patterns are drawn (ISO/IEC 18004
    /// table 1); the remainder after the last whole codeword stays light before masking.
    fn codeword_modules(self) -> usize {
        let version = self.0;
        let mut modules = (16 * version + 128) * version + 64;
        if version >= 2 {
            let alignments = version / 7 + 2;
            modules -= (25 * alignments - 10) * alignments - 55;
            if version >= 7 {
                modules -= 36;
            }
        }
        modules
    }

    fn data_codewords(self) -> usize {
        usize::from(DATA_CODEWORDS[self.0 - 1])
    }
}

/// How the input's characters become bits; one mode for the whole input, as `fast_qr` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Numeric,
    Alphanumeric,
    Byte,
}

/// The 45 characters of the alphanumeric mode, each at its value.
const ALPHANUMERIC: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

impl Mode {
    /// The first mode, of numeric, alphanumeric and byte, in which every byte of `input` fits.
    fn of(input: &[u8]) -> Self {
        if input.iter().all(u8::is_ascii_digit) {
            Mode::Numeric
        } else if input.iter().all(|byte| ALPHANUMERIC.contains(byte)) {
            Mode::Alphanumeric
        } else {
            Mode::Byte
        }
    }

    /// The four bits that announce the mode.
    fn indicator(self) -> u64 {
        match self {
            Mode::Numeric => 0b0001,
            Mode::Alphanumeric => 0b0010,
            Mode::Byte => 0b0100,
        }
    }

    /// Bits of the character count, which grow with the version (ISO/IEC 18004 table 3).
    fn count_bits(self, version: Version) -> u32 {
        let band = match version.number() {
            1..=9 => 0,
            10..=26 => 1,
            _ => 2,
        };
        match self {
            Mode::Numeric => [10, 12, 14][band],
            Mode::Alphanumeric => [9, 11, 13][band],
            Mode::Byte => [8, 16, 16][band],
        }
    }

    /// Bits of the whole segment for `length` characters: indicator, count and characters.
    fn segment_bits(self, length: usize, version: Version) -> usize {
        let characters = match self {
            Mode::Numeric => length / 3 * 10 + [0, 4, 7][length % 3],
            Mode::Alphanumeric => length / 2 * 11 + length % 2 * 6,
            Mode::Byte => length * 8,
        };
        4 + self.count_bits(version) as usize + characters
    }
}

/// Bits written most significant first into bytes.
struct BitWriter {
    bytes: Vec<u8>,
    /// The last bits pushed, of which the lowest `pending` are not in `bytes` yet.
    recent: u64,
    pending: u32,
}

impl BitWriter {
    fn with_capacity(bytes: usize) -> Self {
        BitWriter {
            bytes: Vec::with_capacity(bytes),
            recent: 0,
            pending: 0,
        }
    }

    fn bits(&self) -> usize {
        self.bytes.len() * 8 + self.pending as usize
    }

    /// Appends the lowest `width` bits of `value` (at most 32).
    fn push(&mut self, value: u64, width: u32) {
        self.recent = self.recent << width | value;
        self.pending += width;
        while self.pending >= 8 {
            self.pending -= 8;
            self.bytes.push((self.recent >> self.pending) as u8);
        }
    }
}

/// The data codewords of `input` in `mode`: the segment, the terminator, zeros to the next
/// byte, then the pad bytes 236 and 17 in turn up to the version's capacity.
fn data_codewords(input: &[u8], mode: Mode, version: Version) -> Vec<u8> {
    let capacity = version.data_codewords();
    let mut writer = BitWriter::with_capacity(capacity);
    writer.push(mode.indicator(), 4);
    writer.push(input.len() as u64, mode.count_bits(version));
    match mode {
        Mode::Numeric => {
            for digits in input.chunks(3) {
                let value = digits
                    .iter()
                    .fold(0, |value, digit| value * 10 + u64::from(digit - b'0'));
                writer.push(value, [0, 4, 7, 10][digits.len()]);
            }
        }
        Mode::Alphanumeric => {
            // `Mode::of` let only the 45 characters through.
            let value = |byte: &u8| ALPHANUMERIC.iter().position(|c| c == byte).unwrap_or(0) as u64;
            for pair in input.chunks(2) {
                match pair {
                    [first, second] => writer.push(value(first) * 45 + value(second), 11),
                    [last] => writer.push(value(last), 6),
                    _ => unreachable!("chunks of one or two"),
                }
            }
        }
        Mode::Byte => {
            for &byte in input {
                writer.push(u64::from(byte), 8);
            }
        }
    }
    let terminator = (capacity * 8 - writer.bits()).min(4) as u32;
    writer.push(0, terminator);
    writer.push(0, (8 - writer.pending) % 8);
    let mut bytes = writer.bytes;
    bytes.extend([236, 17].into_iter().cycle().take(capacity - bytes.len()));
    bytes
}

/// The smallest version whose code holds `input` at level M, if any.
pub fn version(input: &[u8]) -> Option<Version> {
    let mode = Mode::of(input);
    Version::all()
        .find(|&version| mode.segment_bits(input.len(), version) <= version.data_codewords() * 8)
}

/// The version and the codewords to place, in order, of the QR code of `input` at level M;
/// `None` when even version 40 cannot hold it.
pub fn codewords(input: &[u8]) -> Option<(Version, Vec<u8>)> {
    let version = version(input)?;
    let data = data_codewords(input, Mode::of(input), version);
    Some((version, interleave(&data, version)))
}

/// Splits the data codewords into the version's blocks (the last ones one codeword longer),
/// computes each block's error correction, and interleaves them: the blocks' first data
/// codewords, their second ones, ..., then the same for error correction (ISO/IEC 18004 7.6).
fn interleave(data: &[u8], version: Version) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version.number() - 1]);
    let total = version.codeword_modules() / 8;
    let correction_length = (total - data.len()) / blocks;
    let short_length = data.len() / blocks;
    let short_blocks = blocks - data.len() % blocks;
    let generator = generator_logs(correction_length);

    let mut data_blocks = Vec::with_capacity(blocks);
    let mut correction_blocks = Vec::with_capacity(blocks);
    let mut rest = data;
    for block in 0..blocks {
        let (codewords, after) = rest.split_at(short_length + usize::from(block >= short_blocks));
        rest = after;
        data_blocks.push(codewords);
        correction_blocks.push(remainder(codewords, &generator));
    }

    let mut interleaved = Vec::with_capacity(total);
    for index in 0..=short_length {
        interleaved.extend(data_blocks.iter().filter_map(|block| block.get(index)));
    }
    for index in 0..correction_length {
        interleaved.extend(correction_blocks.iter().map(|block| block[index]));
    }
    interleaved
}

/// Powers of the generator α of GF(256) modulo x⁸ + x⁴ + x³ + x² + 1, twice over, so that the
/// sum of two logarithms needs no reduction.
const EXP: [u8; 512] = exp_table();

/// Logarithms base α of GF(256)'s non-zero elements (`LOG[0]` is unused).
const LOG: [u8; 256] = log_table();

const fn exp_table() -> [u8; 512] {
    let mut table = [0; 512];
    let mut element: u16 = 1;
    let mut power = 0;
    while power < 512 {
        table[power] = element as u8;
        element <<= 1;
        if element & 0x100 != 0 {
            element ^= 0x11D;
        }
        power += 1;
    }
    table
}

const fn log_table() -> [u8; 256] {
    let mut table = [0; 256];
    let mut power = 0;
    while power < 255 {
        table[EXP[power] as usize] = power as u8;
        power += 1;
    }
    table
}

fn multiply(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[usize::from(LOG[usize::from(a)]) + usize::from(LOG[usize::from(b)])]
    }
}

/// The logarithms of the coefficients of the Reed–Solomon generator polynomial
/// (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first, without the leading 1. None of
/// them is zero.
fn generator_logs(degree: usize) -> Vec<u8> {
    let mut coefficients = vec![0; degree + 1];
    coefficients[0] = 1;
    for (factors, &root) in EXP[..degree].iter().enumerate() {
        // Times (x − root): each coefficient gains the one above it times the root.
        for index in (1..=factors + 1).rev() {
            coefficients[index] ^= multiply(coefficients[index - 1], root);
        }
    }
    coefficients[1..]
        .iter()
        .map(|&coefficient| LOG[usize::from(coefficient)])
        .collect()
}

/// The error correction codewords of one block: the remainder of the block, as a polynomial
/// times x^degree, divided by the generator.
fn remainder(block: &[u8], generator_logs: &[u8]) -> Vec<u8> {
    let degree = generator_logs.len();
    let mut remainder = vec![0; degree];
    for &codeword in block {
        let factor = codeword ^ remainder[0];
        // The generator times `factor`, by logarithms; nothing when `factor` is zero.
        let factor_log = usize::from(LOG[usize::from(factor)]);
        let keep = if factor == 0 { 0 } else { u8::MAX };
        let product = |coefficient_log: u8| EXP[usize::from(coefficient_log) + factor_log] & keep;
        // Shifts the remainder by one term while subtracting (adding) the product.
        for term in 0..degree - 1 {
            remainder[term] = remainder[term + 1] ^ product(generator_logs[term]);
        }
        remainder[degree - 1] = product(generator_logs[degree - 1]);
    }
    remainder
}
