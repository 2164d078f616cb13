//! Diagnostics: every problem a run finds in the user's input, as data.
//!
//! Stages never print. They push [`Diagnostic`]s into a [`Diagnostics`] list and go on, so one
//! run reports every problem it can find, not just the first. One printer, [`Diagnostic`]'s
//! `Display`, formats them the way compilers do: `path:line:column: error: message`, the line
//! itself with a caret under the column, and a `help:` sentence that says what to do.
//! Positions are always in the user's file (1-based), never relative to a snippet.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// How serious a problem is. Errors make the build fail (exit code 1); warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something the build cannot do right; the output is not replaced.
    Error,
    /// Something a user should look at; the build still succeeds.
    Warning,
}

/// A position in a file: 1-based line and column (column counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`, clamped to the text's end and to a char boundary.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..]
            .trim_start_matches('\u{feff}')
            .chars()
            .count()
            + 1;
        Position { line, column }
    }
}

/// Where each line of a text starts, found in one pass, so that any number of byte offsets
/// become positions without scanning the text from its start each time (a leaflet with
/// thousands of problems would otherwise cost time quadratic in its size).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// The byte offset of each line's first character; the first is 0.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (the text this index was built from), clamped to
    /// the text's end and to a char boundary: the same as [`Position::of_offset`].
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        let column = text[line_start..offset]
            .trim_start_matches('\u{feff}')
            .chars()
            .count()
            + 1;
        Position { line, column }
    }

    /// The text of 1-based line `line`, without its line break; `None` past the end.
    pub fn line<'t>(&self, text: &'t str, line: usize) -> Option<&'t str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        if start >= text.len() {
            return None;
        }
        let end = self.starts.get(line).map_or(text.len(), |next| next - 1);
        Some(&text[start..end])
    }
}

/// One problem found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file the problem is in, as the user would type it (relative to the site root when
    /// possible). `None` for problems of the whole run.
    pub path: Option<PathBuf>,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The text of the offending line, shown under the message.
    pub source_line: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What to do about it, in one sentence.
    pub help: Option<String>,
    /// The id of the check that found it (`review-overdue`), for `check`'s reports, SARIF and
    /// silencing; `None` for problems that stop a build.
    pub code: Option<&'static str>,
}

/// `text` without the spare capacity `format!` leaves (it reserves twice its literal text):
/// `check` on a large site keeps hundreds of thousands of messages until it prints them.
fn fitted(mut text: String) -> String {
    text.shrink_to_fit();
    text
}

impl Diagnostic {
    /// An error with a message and nothing else yet.
    pub fn error(message: impl Into<String>) -> Self {
        Self::new(Severity::Error, message)
    }

    /// A warning with a message and nothing else yet.
    pub fn warning(message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, message)
    }

    fn new(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: None,
            position: None,
            source_line: None,
            message: fitted(message.into()),
            help: None,
            code: None,
        }
    }

    /// Names the file the problem is in.
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Sets the position and the line shown under the message, taken from the file's `text`.
    pub fn at(self, text: &str, position: Position) -> Self {
        let line = text.lines().nth(position.line - 1);
        self.at_line(line, position)
    }

    fn at_line(mut self, line: Option<&str>, position: Position) -> Self {
        self.source_line = line.map(|line| {
            let line = line.trim_start_matches('\u{feff}').trim_end_matches('\r');
            let mut shown = String::with_capacity(line.len());
            shown.extend(line.chars().map(|c| {
                if c.is_control() && c != '\t' {
                    '\u{fffd}'
                } else {
                    c
                }
            }));
            shown
        });
        self.position = Some(position);
        self
    }

    /// Sets the position from a byte offset into the file's `text`.
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        self.at(text, Position::of_offset(text, offset))
    }

    /// Sets the position from a byte offset into the file's `text`, whose lines `index` holds:
    /// for files with many problems, where [`Diagnostic::at_offset`] would scan the text from
    /// its start for each.
    pub fn at_indexed(self, text: &str, index: &LineIndex, offset: usize) -> Self {
        let position = index.position(text, offset);
        self.at_line(index.line(text, position.line), position)
    }

    /// Adds the sentence that tells the user what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(fitted(help.into()));
        self
    }

    /// Names the check that found the problem.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    /// Sets the severity (a site's `checks:` settings may change it).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Diagnostic {
    /// The diagnostic as text with ANSI colours (the printer strips them where colour is off).
    pub fn styled(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out, true);
        out
    }

    /// Appends the diagnostic as text to `out`, with ANSI colours when `colour`: the one
    /// printer of diagnostics. It writes straight into `out`, piece by piece, so that printing
    /// hundreds of thousands of findings (`check` on a large site) allocates next to nothing.
    pub fn write_to(&self, out: &mut String, colour: bool) {
        use anstyle::{AnsiColor, Style};
        use std::fmt::Write as _;
        let paint = |out: &mut String, style: Style, text: fmt::Arguments<'_>| {
            let _ = if colour {
                write!(out, "{}{text}{}", style.render(), style.render_reset())
            } else {
                out.write_fmt(text)
            };
        };
        let bold = Style::new().bold();
        if let Some(path) = &self.path {
            match self.position {
                Some(Position { line, column }) => paint(
                    out,
                    bold,
                    format_args!("{}:{line}:{column}:", path.display()),
                ),
                None => paint(out, bold, format_args!("{}:", path.display())),
            }
            out.push(' ');
        }
        let (label, colour_of_label) = match self.severity {
            Severity::Error => ("error", AnsiColor::Red),
            Severity::Warning => ("warning", AnsiColor::Yellow),
        };
        let label_style = bold.fg_color(Some(colour_of_label.into()));
        match self.code {
            Some(code) => paint(out, label_style, format_args!("{label}[{code}]")),
            None => paint(out, label_style, format_args!("{label}")),
        }
        out.push_str(": ");
        out.push_str(&self.message);
        if let (Some(line), Some(position)) = (&self.source_line, self.position) {
            let number = position.line;
            let width = number
                .checked_ilog10()
                .map_or(1, |digits| digits as usize + 1);
            let (line, column) = window(line, position.column);
            let blue = bold.fg_color(Some(AnsiColor::Blue.into()));
            out.push('\n');
            paint(out, blue, format_args!("{:width$} |", ""));
            out.push('\n');
            paint(out, blue, format_args!("{number} |"));
            out.push(' ');
            out.push_str(&line);
            out.push('\n');
            paint(out, blue, format_args!("{:width$} |", ""));
            out.push(' ');
            out.extend(
                line.chars()
                    .take(column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' }),
            );
            paint(out, label_style, format_args!("^"));
        }
        if let Some(help) = &self.help {
            out.push_str("\n  = ");
            paint(out, bold, format_args!("help"));
            out.push_str(": ");
            out.push_str(help);
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write_to(&mut out, false);
        f.write_str(&out)
    }
}

/// The longest source line a message shows whole; a longer one (a 40,000-element line of raw
/// HTML, a minified paste) is cut to a window around the column, marked with `…`.
const LONGEST_SHOWN_LINE: usize = 120;

/// `line` cut to at most [`LONGEST_SHOWN_LINE`] characters around the 1-based `column`, and the
/// column within what is shown.
fn window(line: &str, column: usize) -> (Cow<'_, str>, usize) {
    let length = line.chars().count();
    if length <= LONGEST_SHOWN_LINE {
        return (Cow::Borrowed(line), column);
    }
    let start = column
        .saturating_sub(LONGEST_SHOWN_LINE / 2)
        .min(length - LONGEST_SHOWN_LINE);
    let end = start + LONGEST_SHOWN_LINE;
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(line.chars().skip(start).take(LONGEST_SHOWN_LINE));
    if end < length {
        shown.push('…');
    }
    (Cow::Owned(shown), column - start + usize::from(start > 0))
}

/// The problems found by a run, in the order found; sorted before printing.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds every problem of another list.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// True when at least one error was found.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// How many errors and how many warnings.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self.items.iter().filter(|d| d.is_error()).count();
        (errors, self.items.len() - errors)
    }

    /// The problems sorted by file, then position, then message, with exact repeats removed, so
    /// that output does not depend on the order parallel stages finished in.
    ///
    /// Paths compare component by component, which is slow to repeat in a sort of hundreds of
    /// thousands of findings in a few thousand files: each file is ranked once, then findings
    /// sort by their file's rank, in parallel (the sort is stable, as it was).
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        let items = &self.items;
        let ranks: Vec<usize> = {
            let ranks = path_ranks(items);
            let rank = |d: &Diagnostic| d.path.as_deref().map_or(0, |p| ranks[p.as_os_str()]);
            items.iter().map(rank).collect()
        };
        // Indices are sorted, and the findings then moved into that order in place: the list
        // is never copied (on a large site it is hundreds of megabytes).
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.par_sort_by(|&a, &b| {
            let (d, e) = (&items[a], &items[b]);
            (ranks[a], d.position, d.severity, &d.message)
                .cmp(&(ranks[b], e.position, e.severity, &e.message))
        });
        permute(&mut self.items, order);
        self.items
            .dedup_by(|a, b| a.position == b.position && a.message == b.message && a == b);
        self.items
    }

    /// The problems, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

/// Moves the items into the order `order` gives (`order[k]` is the index of the item that goes
/// to place `k`), in place, following each cycle of the permutation.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut current = start;
        while order[current] != start {
            let next = order[current];
            items.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

/// For each path of these diagnostics, as written, its rank among their paths in [`Path`]'s
/// order, from 1; paths that are equal as paths (`a//b` and `a/b`) share a rank.
fn path_ranks(items: &[Diagnostic]) -> HashMap<&OsStr, usize> {
    let mut paths: Vec<&Path> = items.iter().filter_map(|d| d.path.as_deref()).collect();
    // A file's findings mostly come together: drop those repeats before sorting.
    paths.dedup_by(|a, b| a.as_os_str() == b.as_os_str());
    paths.sort_unstable();
    let mut ranks = HashMap::with_capacity(paths.len());
    let mut rank = 0;
    let mut previous: Option<&Path> = None;
    for path in paths {
        if previous != Some(path) {
            rank += 1;
            previous = Some(path);
        }
        ranks.insert(path.as_os_str(), rank);
    }
    ranks
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// `path` relative to `root` when it is inside it, for messages users can click on.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::{Just, Strategy};

    #[test]
    fn offsets_become_one_based_line_and_column() {
        let text = "a: 1\nb: ñx\n";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        let x = text.find('x').unwrap();
        assert_eq!(
            Position::of_offset(text, x),
            Position { line: 2, column: 5 }
        );
        assert_eq!(Position::of_offset(text, 999).line, 3);
    }

    proptest::proptest! {
        #[test]
        fn the_line_index_gives_the_positions_and_lines_of_a_scan(
            text in "(\u{feff}|\r\n|\n|\r|a|ñ|字|😀| ){0,60}",
            offsets in proptest::collection::vec(0usize..200, 1..8),
        ) {
            let index = LineIndex::new(&text);
            for offset in offsets {
                let scanned = Diagnostic::error("x").at_offset(&text, offset);
                let indexed = Diagnostic::error("x").at_indexed(&text, &index, offset);
                proptest::prop_assert_eq!(scanned, indexed);
            }
        }
    }

    #[test]
    fn display_shows_location_line_caret_and_help() {
        let text = "title: x\norder: soon\n";
        let d = Diagnostic::error("`order` must be a whole number")
            .in_file("content/en/a.md")
            .at(text, Position { line: 2, column: 8 })
            .with_help("write a number, e.g. `order: 3`");
        let shown = d.to_string();
        assert_eq!(
            shown,
            "content/en/a.md:2:8: error: `order` must be a whole number\n  |\n2 | order: soon\n  |        ^\n  = help: write a number, e.g. `order: 3`"
        );
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_column() {
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let text = format!("{line}\n");
        let shown = Diagnostic::error("here")
            .in_file("a.md")
            .at(
                &text,
                Position {
                    line: 1,
                    column: 501,
                },
            )
            .to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert!(
            lines[2].starts_with("1 | …a") && lines[2].ends_with("b…"),
            "{shown}"
        );
        assert!(lines[2].chars().count() < 140, "{shown}");
        let x = lines[2].chars().position(|c| c == 'X').unwrap();
        let caret = lines[3].chars().position(|c| c == '^').unwrap();
        assert_eq!(x, caret, "{shown}");
        let short = Diagnostic::error("here")
            .in_file("a.md")
            .at("ab\n", Position { line: 1, column: 2 })
            .to_string();
        assert!(short.contains("1 | ab\n"), "{short}");
    }

    proptest::proptest! {
        #[test]
        fn sorting_by_ranked_paths_is_sorting_by_paths(
            found in proptest::collection::vec(
                ("(a|b|a-b|a/b|a//b|a/b/|./a|a\\.md|ä)?", 0usize..3, proptest::bool::ANY, "(x|y)"),
                0..40,
            ),
        ) {
            let mut list = Diagnostics::new();
            for (i, (path, line, error, message)) in found.iter().enumerate() {
                let mut d = if *error { Diagnostic::error(message.as_str()) } else { Diagnostic::warning(message.as_str()) };
                if !path.is_empty() {
                    d = d.in_file(path.as_str());
                }
                if *line > 0 {
                    d = d.at("a\nb\n", Position { line: *line, column: 1 });
                }
                list.push(d.with_help(i.to_string()));
            }
            let mut expected = list.items.clone();
            expected.sort_by(|a, b| {
                (&a.path, a.position, a.severity, &a.message)
                    .cmp(&(&b.path, b.position, b.severity, &b.message))
            });
            expected.dedup();
            proptest::prop_assert_eq!(list.into_sorted(), expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn permuting_puts_each_item_where_the_order_says(
            order in Just((0..30usize).collect::<Vec<_>>()).prop_shuffle(),
        ) {
            let mut items: Vec<usize> = (100..130).collect();
            permute(&mut items, order.clone());
            let expected: Vec<usize> = order.iter().map(|&i| 100 + i).collect();
            proptest::prop_assert_eq!(items, expected);
        }
    }

    #[test]
    fn sorted_output_is_deterministic_and_deduplicated() {
        let mut list = Diagnostics::new();
        list.push(Diagnostic::warning("b").in_file("z.md"));
        list.push(Diagnostic::error("a").in_file("a.md"));
        list.push(Diagnostic::warning("b").in_file("z.md"));
        let sorted = list.into_sorted();
        assert_eq!(sorted.len(), 2);
        assert_eq!(sorted[0].message, "a");
    }
}
