//! Splitting a letter into words that remember where they are, and turning byte offsets into the
//! line and column a person sees in an editor.

/// One word of the checked text: a maximal run of letters, digits and combining marks.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Lower-cased, with invisible characters (soft hyphen, zero-width space) removed, so that a
    /// word pasted from a word processor matches the same as one typed by hand.
    pub folded: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last letter (never past a trailing invisible character).
    pub end: usize,
}

/// Letters and digits in any script; combining marks keep a decomposed "ë" in one word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Characters a word processor leaves inside words without a visible trace. Treating them as part
/// of the word means "zwan\u{AD}ger" is still "zwanger".
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Splits `text` into words.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current: Option<Word> = None;
    for (at, c) in text.char_indices() {
        if is_word_char(c) {
            let word = current.get_or_insert_with(|| Word {
                folded: String::new(),
                start: at,
                end: at,
            });
            word.folded.extend(c.to_lowercase());
            word.end = at + c.len_utf8();
        } else if is_invisible(c) && current.is_some() {
            // Stays inside the word; `end` is not moved so the word never ends on it.
        } else if let Some(word) = current.take() {
            words.push(word);
        }
    }
    words.extend(current);
    words
}

/// Whether the text between two words lets them form one phrase. Spaces, a single line break,
/// hyphens and apostrophes join words ("burn-out", "didn't", "te\n oud"); a full stop, comma or
/// any other punctuation ends the phrase, and so does a blank line (a new paragraph or heading).
pub(crate) fn joins(gap: &str) -> bool {
    if gap.is_empty() {
        return false;
    }
    let mut line_breaks = 0;
    for c in gap.chars() {
        match c {
            '\n' => line_breaks += 1,
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\'' | '\u{2018}' | '\u{2019}' => {}
            c if c.is_whitespace() || is_invisible(c) => {}
            _ => return false,
        }
    }
    line_breaks <= 1
}

/// Collapses every run of whitespace to one space and drops invisible characters, so a phrase
/// that runs over a line break is shown on one line. Finding phrases are normalised this way.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Turns byte offsets into 1-based lines and 1-based columns counted in characters (what editors
/// and `path:line:column` readers expect). Only `\n` starts a line, so `\r\n` files work too.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { text, line_starts }
    }

    /// Line and column of the character starting at byte `offset`.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn words_are_unicode_and_lower_cased() {
        assert_eq!(
            folded("Şükrü's CV-gat, ZWANGER!"),
            ["şükrü", "s", "cv", "gat", "zwanger"]
        );
        assert_eq!(folded("Zoe\u{0308} 32uur"), ["zoe\u{0308}", "32uur"]);
    }

    #[test]
    fn invisible_characters_stay_inside_words() {
        let w = words("zwan\u{AD}ger\u{200B} x");
        assert_eq!(w[0].folded, "zwanger");
        assert_eq!(w[0].end, "zwan\u{AD}ger".len());
    }

    #[test]
    fn gaps_join_over_one_line_break_but_not_punctuation_or_paragraphs() {
        assert!(joins(" "));
        assert!(joins(" \n   "));
        assert!(joins("-"));
        assert!(joins("’"));
        assert!(!joins(". "));
        assert!(!joins(", "));
        assert!(!joins("\n\n"));
        assert!(!joins(""));
    }

    #[test]
    fn normalise_collapses_whitespace() {
        assert_eq!(normalise("te \n  oud"), "te oud");
        assert_eq!(normalise("zwan\u{AD}ger"), "zwanger");
    }

    #[test]
    fn locate_counts_characters_from_one() {
        let text = "Beste Zoë,\r\nje bent te oud";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(0), (1, 1));
        assert_eq!(index.locate(text.find(',').unwrap()), (1, 10));
        assert_eq!(index.locate(text.find("te oud").unwrap()), (2, 9));
    }
}
