//! Breaking text into lines by measured widths.

/// One line of wrapped text and its width in points.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) width: f32,
}

/// Tolerance for float sums: a line that fits exactly must not wrap because of rounding.
const EPSILON: f32 = 0.001;

/// Breaks `text` into lines no wider than `max_width`, measuring each character with `width`.
///
/// Guarantees:
/// - lines break at spaces, or after a hyphen inside a word (`job-requirement-based`);
/// - spaces between words are kept as typed, but no line starts or ends with a space;
/// - `\n` always starts a new line (an empty line stays, as a blank line);
/// - a word wider than the line is broken between characters, never allowed to overflow;
///   only a single character wider than `max_width` can exceed it;
/// - the words come out in order and unchanged: joining the lines gives the text back.
pub(crate) fn wrap(text: &str, max_width: f32, width: impl Fn(char) -> f32) -> Vec<Line> {
    let space = width(' ');
    let mut lines = Vec::new();
    for hard_line in text.split('\n') {
        let mut current = Line {
            text: String::new(),
            width: 0.0,
        };
        // Spaces between two words, kept as typed ("3511 AX  Utrecht" has two before the town).
        let mut spaces = 0;
        for word in hard_line.split(' ') {
            if word.is_empty() {
                spaces += 1;
                continue;
            }
            let between = if current.text.is_empty() {
                0
            } else {
                spaces.max(1)
            };
            spaces = 1;
            for (index, segment) in hyphen_segments(word).into_iter().enumerate() {
                let segment_width: f32 = segment.chars().map(&width).sum();
                // A segment after a hyphen joins without a space.
                let gap_spaces = if index == 0 && !current.text.is_empty() {
                    between
                } else {
                    0
                };
                let gap = gap_spaces as f32 * space;
                if current.width + gap + segment_width <= max_width + EPSILON {
                    current.text.extend(std::iter::repeat_n(' ', gap_spaces));
                    current.text.push_str(segment);
                    current.width += gap + segment_width;
                    continue;
                }
                if !current.text.is_empty() {
                    lines.push(std::mem::replace(
                        &mut current,
                        Line {
                            text: String::new(),
                            width: 0.0,
                        },
                    ));
                }
                if segment_width <= max_width + EPSILON {
                    current.text.push_str(segment);
                    current.width = segment_width;
                } else {
                    current = break_word(segment, max_width, &width, &mut lines);
                }
            }
        }
        lines.push(current);
    }
    lines
}

/// Splits `word` after each hyphen between two letters (`job-requirement`, not `SBD-2026`).
fn hyphen_segments(word: &str) -> Vec<&str> {
    let mut segments = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let inner = i > 0 && i + 1 < chars.len();
        if inner
            && matches!(c, '-' | '‐' | '–')
            && chars[i - 1].1.is_alphabetic()
            && chars[i + 1].1.is_alphabetic()
        {
            let end = at + c.len_utf8();
            segments.push(&word[start..end]);
            start = end;
        }
    }
    segments.push(&word[start..]);
    segments
}

/// Breaks a word too wide for a line between characters; pushes the full lines and returns the
/// last, partly filled one.
fn break_word(
    word: &str,
    max_width: f32,
    width: &impl Fn(char) -> f32,
    lines: &mut Vec<Line>,
) -> Line {
    let mut current = Line {
        text: String::new(),
        width: 0.0,
    };
    for ch in word.chars() {
        let w = width(ch);
        if !current.text.is_empty() && current.width + w > max_width + EPSILON {
            lines.push(std::mem::replace(
                &mut current,
                Line {
                    text: String::new(),
                    width: 0.0,
                },
            ));
        }
        current.text.push(ch);
        current.width += w;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every character 1 pt wide: widths are character counts.
    fn unit(_: char) -> f32 {
        1.0
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn breaks_at_spaces_and_keeps_runs_of_spaces_inside_a_line() {
        let lines = wrap("aaa  bbb ccc    dd", 9.0, unit);
        assert_eq!(texts(&lines), ["aaa  bbb", "ccc    dd"]);
        assert_eq!(lines[0].width, 8.0);
        assert_eq!(
            texts(&wrap("  lead and trail  ", 100.0, unit)),
            ["lead and trail"]
        );
    }

    #[test]
    fn keeps_hard_breaks_and_blank_lines() {
        assert_eq!(texts(&wrap("a\n\nb", 10.0, unit)), ["a", "", "b"]);
        assert_eq!(texts(&wrap("", 10.0, unit)), [""]);
    }

    #[test]
    fn breaks_after_a_hyphen_inside_a_word() {
        let lines = wrap("een job-requirement-based brief", 16.0, unit);
        assert_eq!(texts(&lines), ["een job-", "requirement-", "based brief"]);
    }

    #[test]
    fn a_leading_or_trailing_hyphen_is_not_a_break() {
        assert_eq!(hyphen_segments("-5"), ["-5"]);
        assert_eq!(hyphen_segments("co-"), ["co-"]);
        assert_eq!(hyphen_segments("a-b"), ["a-", "b"]);
        assert_eq!(hyphen_segments("SBD-2026-114"), ["SBD-2026-114"]);
    }

    #[test]
    fn an_over_long_word_is_broken_between_characters() {
        let lines = wrap("x abcdefghij y", 4.0, unit);
        assert_eq!(texts(&lines), ["x", "abcd", "efgh", "ij y"]);
    }

    #[test]
    fn uses_the_measured_width_of_each_character() {
        // 'W' is three times as wide as 'i': "iiii iii" (8) fits in 9, adding " WWW" does not.
        let w = |c: char| match c {
            'W' => 3.0,
            ' ' => 1.0,
            _ => 1.0,
        };
        assert_eq!(texts(&wrap("iiii iii WWW", 9.0, w)), ["iiii iii", "WWW"]);
    }

    proptest! {
        #[test]
        fn lines_fit_and_keep_every_word_in_order(
            words in proptest::collection::vec("[a-zA-Zéß]{1,14}", 0..40),
            max in 3.0f32..40.0,
        ) {
            let text = words.join(" ");
            let lines = wrap(&text, max, unit);
            for line in &lines {
                prop_assert!(line.width <= max + EPSILON, "{line:?} wider than {max}");
                prop_assert!(!line.text.starts_with(' ') && !line.text.ends_with(' '));
                prop_assert_eq!(line.width, line.text.chars().count() as f32);
            }
            let joined: String = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }
}
