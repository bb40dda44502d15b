//! Text primitives for the terminal: wrapping, shortening, dates, headings.

use chrono::{DateTime, FixedOffset, Locale};
use hirekit_redflags::Lang;
use hirekit_scorecard::Language;

use crate::output::BOLD;

/// Lines are wrapped at this width: readable in a terminal of 100 columns with room to spare.
pub const WIDTH: usize = 96;

pub fn flag_lang(language: Language) -> Lang {
    match language {
        Language::Nl => Lang::Nl,
        Language::En => Lang::En,
    }
}

/// A date and time as people write it, in the interview's own time zone.
pub fn when(at: DateTime<FixedOffset>, language: Language) -> String {
    match language {
        Language::Nl => at
            .format_localized("%A %-d %B %Y, %H:%M", Locale::nl_NL)
            .to_string(),
        Language::En => at
            .format_localized("%A %-d %B %Y, %H:%M", Locale::en_GB)
            .to_string(),
    }
}

/// Wraps `text` at word boundaries to [`WIDTH`]; continuation lines start with `indent` spaces.
/// The first line is not indented: the caller has already written what goes before it.
pub fn wrap(text: &str, first_width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut column = first_width;
    let mut line_empty = true;
    for word in text.split_whitespace() {
        let width = word.chars().count();
        if !line_empty && column + 1 + width > WIDTH {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
            line_empty = true;
        }
        if !line_empty {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += width;
        line_empty = false;
    }
    out
}

/// `text` wrapped into lines of at most `width` characters (longer words stay whole).
pub fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// `text` cut to `max` characters with an ellipsis, on one line.
pub fn shorten(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        // End at a word boundary when there is one in the second half: "talking…", not "tal…".
        let cut = match cut.rfind(' ') {
            Some(space) if cut[..space].chars().count() > max / 2 => &cut[..space],
            _ => cut.as_str(),
        };
        format!("{}…", cut.trim_end_matches([' ', ',', ':', ';']))
    }
}

pub fn heading(title: &str) -> String {
    format!("\n{BOLD}── {title} ──{BOLD:#}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries_with_a_hanging_indent() {
        let text = "word ".repeat(40);
        let wrapped = wrap(&text, 10, 4);
        for (n, line) in wrapped.lines().enumerate() {
            let width = line.chars().count() + if n == 0 { 10 } else { 0 };
            assert!(width <= WIDTH, "{line}");
            if n > 0 {
                assert!(line.starts_with("    word"), "{line:?}");
            }
        }
        assert_eq!(wrapped.split_whitespace().count(), 40);
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
