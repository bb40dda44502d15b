//! Text primitives for the terminal, from the one text toolkit: wrapping at the screen width,
//! shortening, dates, headings.

use chrono::{DateTime, FixedOffset};
use hirekit_scorecard::Language;

use hirekit_text::style::BOLD;

pub use crate::WIDTH;

/// A date and time as people write it, in the interview's own time zone.
pub fn when(at: DateTime<FixedOffset>, language: Language) -> String {
    hirekit_text::date::date_time(at, language)
}

/// Wraps `text` at word boundaries to [`WIDTH`] columns; continuation lines start with `indent`
/// spaces. The first line is not indented: the caller has already written `first_width`
/// columns before it.
pub fn wrap(text: &str, first_width: usize, indent: usize) -> String {
    hirekit_text::wrap::hanging(text, first_width, indent, WIDTH)
}

/// `text` wrapped into lines of at most `width` columns (longer words stay whole).
pub fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    hirekit_text::wrap::lines(text, width)
}

/// `text` cut to `max` columns with an ellipsis, on one line.
pub fn shorten(text: &str, max: usize) -> String {
    hirekit_text::wrap::shorten(text, max)
}

/// A section heading on a line of its own, after an empty line.
pub fn heading(title: &str) -> String {
    heading_in(title, BOLD)
}

/// A section heading in `style` (a plain style for a file).
pub fn heading_in(title: &str, style: hirekit_text::style::Style) -> String {
    format!("\n{style}── {title} ──{style:#}")
}
