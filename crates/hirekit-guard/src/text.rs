//! Splitting a letter into words that remember where they are, and turning byte offsets into the
//! line and column a person sees in an editor.

use std::ops::Range;

use crate::fold::{fold_char, is_hidden, is_soft_hyphen, is_word_char};

/// One word of the checked text: a maximal run of letters, digits and combining marks.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Where the folded word is in [`Words::stream`].
    pub folded: Range<usize>,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last letter (never past a trailing invisible character).
    pub end: usize,
}

/// Characters that stay inside a word without a trace: soft hyphens and the hidden characters
/// the guard reports. "zwan\u{AD}ger" and "zwan\u{200B}ger" are both "zwanger".
pub(crate) fn is_invisible(c: char) -> bool {
    is_soft_hyphen(c) || is_hidden(c)
}

/// The words of a text. Their folded forms (see [`crate::fold`]: lower case, accents, fullwidth
/// forms and look-alike letters from other scripts folded to plain Latin, invisible characters
/// removed) are kept one space apart in one string, which is what the matcher's automaton reads,
/// and which costs one allocation instead of one per word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    pub stream: String,
    pub list: Vec<Word>,
}

impl Words {
    /// The folded form of `word`.
    pub fn folded(&self, word: &Word) -> &str {
        self.stream.get(word.folded.clone()).unwrap_or_default()
    }

    fn start(&mut self, at: usize) -> Word {
        Word {
            folded: self.stream.len()..self.stream.len(),
            start: at,
            end: at,
        }
    }

    fn finish(&mut self, mut word: Word) {
        word.folded.end = self.stream.len();
        self.stream.push(' ');
        self.list.push(word);
    }
}

impl std::ops::Deref for Words {
    type Target = [Word];

    fn deref(&self) -> &[Word] {
        &self.list
    }
}

/// Splits `text` into words.
pub(crate) fn words(text: &str) -> Words {
    tokens(text).0
}

/// Splits `text` into words, and returns the byte ranges of hidden characters (runs of them as
/// one range) for the guard to report.
///
/// A word broken over a line with a hyphen ("leef-\n    tijd") is joined into one word, as a
/// reader joins it, when the next line goes on in lower case.
pub(crate) fn tokens(text: &str) -> (Words, Vec<Range<usize>>) {
    let mut words = Words {
        stream: String::with_capacity(text.len() + 16),
        list: Vec::with_capacity(text.len() / 5),
    };
    let mut hidden: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Word> = None;
    let mut at = 0;
    let bytes = text.as_bytes();
    while let Some(&byte) = bytes.get(at) {
        // ASCII, most of any letter, needs no Unicode tables: a letter or digit is folded to lower
        // case in place, anything else ends the word (a hyphen may join it to the next line).
        if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() {
                let word = current.get_or_insert_with(|| words.start(at));
                words.stream.push(char::from(byte.to_ascii_lowercase()));
                word.end = at + 1;
            } else if let Some(resume) = current
                .as_ref()
                .and_then(|_| (byte == b'-').then(|| hyphenated_break(text, at)).flatten())
            {
                at = resume;
                continue;
            } else if let Some(word) = current.take() {
                words.finish(word);
            }
            at += 1;
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let next = at + c.len_utf8();
        if is_hidden(c) {
            match hidden.last_mut() {
                Some(run) if run.end == at => run.end = next,
                _ => hidden.push(at..next),
            }
        }
        if is_word_char(c) {
            let word = current.get_or_insert_with(|| words.start(at));
            fold_char(c, &mut words.stream);
            word.end = next;
        } else if is_invisible(c) && current.is_some() {
            // Stays inside the word; `end` is not moved so the word never ends on it.
        } else if let Some(resume) = current.as_ref().and_then(|_| hyphenated_break(text, at)) {
            at = resume;
            continue;
        } else if let Some(word) = current.take() {
            words.finish(word);
        }
        at = next;
    }
    if let Some(word) = current {
        words.finish(word);
    }
    (join_spaced_letters(text, words), hidden)
}

/// A word written letter by letter ("j o n g e  h o n d", "W h i t e") is read as the reader
/// reads it: a run of at least three single letters, one space apart, becomes one word, and two
/// or more spaces inside the run end a word ("jonge hond"). Texts without such a run come back
/// as they are, so the common case costs one scan of the word list.
fn join_spaced_letters(text: &str, words: Words) -> Words {
    let single = |w: &Word| {
        let folded = words.folded(w);
        folded.len() == 1 && folded.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let spaces = |a: &Word, b: &Word| {
        text.get(a.end..b.start)
            .filter(|gap| !gap.is_empty() && gap.bytes().all(|c| c == b' '))
            .map(str::len)
    };
    // Runs of single letters with only spaces between them, as index ranges into `words.list`.
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut close = |run: Option<usize>, end: usize| {
        if let Some(start) = run.filter(|start| end - start >= 3) {
            runs.push(start..end);
        }
    };
    let mut run: Option<usize> = None;
    for (i, word) in words.list.iter().enumerate() {
        if !single(word) {
            close(run.take(), i);
            continue;
        }
        let spaced = i
            .checked_sub(1)
            .and_then(|p| words.list.get(p))
            .and_then(|prev| spaces(prev, word))
            .is_some();
        if run.is_none() || !spaced {
            close(run.take(), i);
            run = Some(i);
        }
    }
    close(run, words.list.len());
    if runs.is_empty() {
        return words;
    }
    let mut joined = Words {
        stream: String::with_capacity(words.stream.len()),
        list: Vec::with_capacity(words.list.len()),
    };
    let mut runs = runs.into_iter().peekable();
    let mut i = 0;
    while let Some(word) = words.list.get(i) {
        let run = runs.next_if(|r| r.start == i);
        let Some(run) = run else {
            let mut copy = joined.start(word.start);
            joined.stream.push_str(words.folded(word));
            copy.end = word.end;
            joined.finish(copy);
            i += 1;
            continue;
        };
        let mut current: Option<Word> = None;
        for j in run.clone() {
            let Some(letter) = words.list.get(j) else {
                break;
            };
            let wide_gap = j > run.start
                && words
                    .list
                    .get(j - 1)
                    .and_then(|prev| spaces(prev, letter))
                    .is_some_and(|n| n >= 2);
            if wide_gap && let Some(done) = current.take() {
                joined.finish(done);
            }
            let part = current.get_or_insert_with(|| joined.start(letter.start));
            joined.stream.push_str(words.folded(letter));
            part.end = letter.end;
        }
        if let Some(done) = current {
            joined.finish(done);
        }
        i = run.end;
    }
    joined
}

/// When a hyphen at `at` ends a line and the next line goes on with a lower-case letter, the
/// offset of that letter: the word continues there.
fn hyphenated_break(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let after = rest.strip_prefix(['-', '\u{2010}'])?;
    let after = after.trim_start_matches([' ', '\t']);
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))?;
    let after = after.trim_start_matches([' ', '\t']);
    after
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
        .then(|| text.len() - after.len())
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

/// Line and column of a byte offset, as a `(line, column)` pair for findings: the one rule of
/// [`hirekit_yaml::LineIndex`] (1-based, columns counted in characters, only `\n` starts a line).
pub(crate) struct LineIndex<'a>(hirekit_yaml::LineIndex<'a>);

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LineIndex(hirekit_yaml::LineIndex::new(text))
    }

    /// Line and column of the character starting at byte `offset`.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let location = self.0.locate(offset);
        (location.line, location.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        let w = words(text);
        w.iter().map(|word| w.folded(word).to_owned()).collect()
    }

    #[test]
    fn hyphenated_line_breaks_join_a_word() {
        assert_eq!(
            folded("leef-\n   tijd, part-\nTime"),
            ["leeftijd", "part", "time"]
        );
        let (w, hidden) = tokens("a\u{202E}b\u{200B}\u{200B} c");
        assert_eq!(w.folded(&w[0]), "ab");
        assert_eq!(hidden, [1..4, 5..11]);
    }

    #[test]
    fn words_written_letter_by_letter_are_joined() {
        assert_eq!(
            folded("een j o n g e  h o n d, a b"),
            ["een", "jonge", "hond", "a", "b"]
        );
        assert_eq!(folded("W h i t e."), ["white"]);
        let w = words("de W h i t e");
        assert_eq!((w[1].start, w[1].end), (3, 12));
        // Letters on separate lines or between punctuation stay letters.
        assert_eq!(folded("a\nb\nc, d e"), ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn words_are_unicode_and_lower_cased() {
        assert_eq!(
            folded("Şükrü's CV-gat, ZWANGER!"),
            ["sukru", "s", "cv", "gat", "zwanger"]
        );
        assert_eq!(folded("Zoe\u{0308} 32uur"), ["zoe", "32uur"]);
    }

    #[test]
    fn invisible_characters_stay_inside_words() {
        let w = words("zwan\u{AD}ger\u{200B} x");
        assert_eq!(w.folded(&w[0]), "zwanger");
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
