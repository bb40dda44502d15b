//! Line-based questions on any reader and writer.
//!
//! Plain lines instead of a prompt library (dialoguer, inquire): those switch the terminal to
//! raw mode for arrow-key menus, refuse or change behaviour when input is not a terminal, and
//! make pasting a sentence of evidence awkward. A line per answer works the same in a terminal,
//! over ssh, in a pseudo-terminal test and with piped input, and needs no dependency.

use std::io::{self, BufRead, Write};

/// Asks questions on `out` and reads one line per answer from `input`.
pub struct Prompter<R, W> {
    input: R,
    pub out: W,
}

impl<R: BufRead, W: Write> Prompter<R, W> {
    pub fn new(input: R, out: W) -> Self {
        Prompter { input, out }
    }

    /// Prints `question` (without a line break) and returns the answer, trimmed; `None` when
    /// the input has ended (Ctrl-D, or the end of piped input).
    pub fn ask(&mut self, question: &str) -> io::Result<Option<String>> {
        write!(self.out, "{question} ")?;
        self.out.flush()?;
        let mut bytes = Vec::new();
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            // Leave the cursor on a fresh line for whatever is printed next.
            writeln!(self.out)?;
            return Ok(None);
        }
        // Invalid UTF-8 (a terminal in another encoding) becomes U+FFFD instead of an error:
        // the interviewer sees it in the summary and can change the answer.
        Ok(Some(String::from_utf8_lossy(&bytes).trim().to_owned()))
    }

    /// Writes `text` followed by a line break.
    pub fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_one_trimmed_line_per_question_until_the_input_ends() {
        let mut p = Prompter::new(&b"  3 \r\nEvidence\n"[..], Vec::new());
        assert_eq!(p.ask("Score?").unwrap().as_deref(), Some("3"));
        assert_eq!(p.ask("Evidence?").unwrap().as_deref(), Some("Evidence"));
        assert_eq!(p.ask("More?").unwrap(), None);
        assert_eq!(
            String::from_utf8(p.out).unwrap(),
            "Score? Evidence? More? \n"
        );
    }
}
