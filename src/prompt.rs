//! Questions and answers in the terminal, for `hirekit fill` and `hirekit init`.
//!
//! On a terminal the answer is read with a line editor (rustyline): the arrow keys move the
//! cursor instead of inserting `^[[D`, Up and Down recall earlier answers of the session, and
//! Ctrl-C ends the questions like Ctrl-D does, so the command can say where the answers are
//! saved. Anything else (piped input, a file, a test) is read one plain line per answer: that
//! works the same over ssh, in scripts and with pasted text, and needs no terminal.

use std::io::{self, BufRead, IsTerminal as _, Write};

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

/// Asks questions on `out` and reads one line per answer from `input`, or from the terminal's
/// line editor when there is one.
pub struct Prompter<R, W> {
    input: R,
    editor: Option<DefaultEditor>,
    pub out: W,
}

impl<R: BufRead, W: Write> Prompter<R, W> {
    /// Plain lines from `input`, whatever it is (tests).
    #[cfg(test)]
    pub fn new(input: R, out: W) -> Self {
        Prompter {
            input,
            editor: None,
            out,
        }
    }

    /// The line editor when standard input and output are both a terminal, plain lines from
    /// `input` otherwise (or when the terminal cannot be set up).
    pub fn for_terminal(input: R, out: W) -> Self {
        let editor = (io::stdin().is_terminal() && crate::output::stdout_is_terminal())
            .then(DefaultEditor::new)
            .and_then(Result::ok);
        Prompter { input, editor, out }
    }

    /// Prints `question` (without a line break) and returns the answer, trimmed; `None` when
    /// the input has ended (Ctrl-D, the end of piped input) or was interrupted (Ctrl-C).
    pub fn ask(&mut self, question: &str) -> io::Result<Option<String>> {
        if let Some(editor) = &mut self.editor {
            // What was printed before the question must be on screen before the editor draws.
            self.out.flush()?;
            // The editor writes the prompt itself, past `anstream`: drop colour where that
            // would (NO_COLOR, a terminal without colour).
            let mut prompt = format!("{question} ");
            if !crate::output::stdout_wants_colour() {
                prompt = anstream::adapter::strip_str(&prompt).to_string();
            }
            return match editor.readline(&prompt) {
                Ok(line) => {
                    let answer = line.trim().to_owned();
                    if !answer.is_empty() {
                        // Only for Up/Down within this session; nothing is written to disk.
                        let _ = editor.add_history_entry(answer.as_str());
                    }
                    Ok(Some(answer))
                }
                Err(ReadlineError::Eof | ReadlineError::Interrupted) => {
                    writeln!(self.out)?;
                    Ok(None)
                }
                Err(ReadlineError::Io(error)) => Err(error),
                Err(other) => Err(io::Error::other(other)),
            };
        }
        write!(self.out, "{question} ")?;
        self.out.flush()?;
        let mut bytes = Vec::new();
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            // Leave the cursor on a fresh line for whatever is printed next.
            writeln!(self.out)?;
            return Ok(None);
        }
        // Invalid UTF-8 (a terminal in another encoding) becomes U+FFFD instead of an error:
        // the answer is shown back and can be changed.
        Ok(Some(String::from_utf8_lossy(&bytes).trim().to_owned()))
    }

    /// Writes `text` followed by a line break.
    pub fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }
}

/// `hirekit fill`'s walk-through (`hirekit_fill::session`) asks through this.
impl<R: BufRead, W: Write> hirekit_fill::session::Terminal for Prompter<R, W> {
    fn ask(&mut self, question: &str) -> io::Result<Option<String>> {
        Prompter::ask(self, question)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        Prompter::say(self, text)
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
