//! Wrapping, padding and shortening by display width.
//!
//! A terminal column is not a `char`: `é` written as `e` plus a combining accent is two chars and
//! one column, a CJK character is one char and two columns. Counting chars makes a Dutch or a
//! Chinese name push a table out of line; these functions count what the terminal shows
//! (Unicode's East Asian Width, through `unicode-width`, the measure textwrap wraps by).

use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};
use unicode_width::UnicodeWidthStr as _;

/// The display width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Greedy wrapping at spaces (the way people wrap by hand), words longer than a line left whole
/// and never split at a hyphen (`AI-assistenten` stays one word).
fn options(width: usize) -> Options<'static> {
    Options::new(width.max(1))
        .wrap_algorithm(WrapAlgorithm::FirstFit)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(false)
}

/// Runs of whitespace, line breaks included, as one space: wrapping decides the lines.
fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` wrapped into lines of at most `width` columns (longer words stay whole). An empty text
/// is one empty line.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    let flat = flatten(text);
    textwrap::wrap(&flat, options(width))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// `text` wrapped to `width` columns when `used` columns of the first line are already written;
/// continuation lines start with `indent` spaces. The first line is not indented.
pub fn hanging(text: &str, used: usize, indent: usize, width: usize) -> String {
    let flat = flatten(text);
    let first = " ".repeat(used);
    let rest = " ".repeat(indent);
    let wrapped = textwrap::fill(
        &flat,
        options(width)
            .initial_indent(&first)
            .subsequent_indent(&rest),
    );
    wrapped[first.len().min(wrapped.len())..].to_owned()
}

/// `text` padded with spaces to `columns` display columns (left-aligned); a longer text is
/// returned whole.
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = text.to_owned();
    out.push_str(&" ".repeat(columns.saturating_sub(text.width())));
    out
}

/// `text` right-aligned in `columns` display columns.
pub fn pad_left(text: &str, columns: usize) -> String {
    let mut out = " ".repeat(columns.saturating_sub(text.width()));
    out.push_str(text);
    out
}

/// `text` cut to at most `columns` display columns (no ellipsis: for fixed table columns).
pub fn truncate(text: &str, columns: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// `text` on one line, cut to at most `max` columns with an ellipsis, at a word boundary when
/// there is one in the second half: "talking…", not "tal…".
pub fn shorten(text: &str, max: usize) -> String {
    let flat = flatten(text);
    if flat.width() <= max {
        return flat;
    }
    let cut = truncate(&flat, max.saturating_sub(1));
    let cut = match cut.rfind(' ') {
        Some(space) if cut[..space].width() > max / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ':', ';']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries_with_a_hanging_indent() {
        let text = "word ".repeat(40);
        let wrapped = hanging(&text, 10, 4, 96);
        for (n, line) in wrapped.lines().enumerate() {
            let w = width(line) + if n == 0 { 10 } else { 0 };
            assert!(w <= 96, "{line}");
            if n > 0 {
                assert!(line.starts_with("    word"), "{line:?}");
            }
        }
        assert_eq!(wrapped.split_whitespace().count(), 40);
        assert_eq!(hanging("a b", 0, 2, 96), "a b");
    }

    #[test]
    fn lines_count_columns_not_chars() {
        // Decomposed "é" (e + U+0301) is two chars and one column.
        let accented = "cafe\u{301} ".repeat(4);
        assert_eq!(
            lines(&accented, 14),
            ["cafe\u{301} cafe\u{301} cafe\u{301}", "cafe\u{301}"]
        );
        // Wide characters take two columns each.
        assert_eq!(lines("漢字 漢字 漢字", 9), ["漢字 漢字", "漢字"]);
        assert_eq!(lines("", 10), [""]);
        assert_eq!(
            lines("zoals AI-assistenten", 12),
            ["zoals", "AI-assistenten"]
        );
        assert_eq!(
            lines("averyveryverylongword x", 5),
            ["averyveryverylongword", "x"]
        );
    }

    #[test]
    fn pads_and_cuts_by_columns() {
        assert_eq!(pad("zoë", 5), "zoë  ");
        assert_eq!(pad("漢字", 5), "漢字 ");
        assert_eq!(pad_left("3", 3), "  3");
        assert_eq!(truncate("漢字漢字", 5), "漢字");
    }

    #[test]
    fn shortens_on_one_line() {
        assert_eq!(shorten("a\nb", 10), "a b");
        assert_eq!(shorten("abcdefghijkl", 6), "abcde…");
        assert_eq!(
            shorten("a shaky voice, blushing, talking fast", 30),
            "a shaky voice, blushing…"
        );
    }
}
