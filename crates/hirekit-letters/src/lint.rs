//! `hirekit feedback lint`: the guard every generated letter passes, run on letters written by
//! hand. The caller reads the files (or says why it could not); this module decides what each
//! file is (UTF-8 text, its language), runs the guard and words the result: the findings as
//! diagnostics, the summary line, the unreadable files, and the JSON report for tools.
//!
//! ```
//! use hirekit_letters::lint::Lint;
//!
//! let letter = b"Beste Sem,\n\nWe zoeken een jong en dynamisch team.\n".to_vec();
//! let lint = Lint::check(
//!     hirekit_guard::Guard::builtin(),
//!     vec![("brief.txt".into(), Ok(letter))],
//!     Some(hirekit_guard::Language::Nl),
//! );
//! assert!(lint.failed());
//! assert!(lint.table().ends_with("1 fout in 1 van 1 brief.\n"));
//! ```

use std::path::PathBuf;

use hirekit_guard::{Finding, Guard, Language, Severity};
use hirekit_text::msg;
use hirekit_yaml::{Diagnostic, Location};
use serde::Serialize;

/// At most this many findings of one letter are printed; the summary counts all of them. A text
/// full of `{{` would otherwise print (and underline) hundreds of thousands of findings; the
/// first ones say what is wrong, the count says how much.
pub const MAX_SHOWN_PER_LETTER: usize = 50;

/// A file's bytes as the caller read them, or the reader's diagnostic when it could not
/// (`hirekit_yaml::file::read`).
pub type FileRead = Result<Vec<u8>, Box<Diagnostic>>;

/// The letters checked in one run, and the language their explanations are given in.
#[derive(Debug)]
pub struct Lint {
    letters: Vec<Letter>,
    /// The given language, else the first letter's language, else English.
    ui: Language,
}

/// One letter after checking: its findings, or why it could not be checked.
#[derive(Debug)]
struct Letter {
    path: PathBuf,
    /// The letter's language: given, guessed, or `None` when the guess was unsure.
    language: Option<Language>,
    text: String,
    result: Result<Vec<Finding>, Problem>,
}

/// Why a file could not be checked.
#[derive(Debug)]
enum Problem {
    /// Not UTF-8: the place of the first byte that is not.
    NotUtf8(Location),
    /// The file could not be read; the reader's own words for why.
    Unreadable(String),
}

impl Lint {
    /// Checks each file: its bytes, or the reader's diagnostic when it could not be read.
    /// `given` is the `--lang` of the run: the letters' language and that of the explanations;
    /// without it each letter's language is guessed, and both phrase lists run on every letter.
    pub fn check(guard: &Guard, files: Vec<(PathBuf, FileRead)>, given: Option<Language>) -> Lint {
        let letters: Vec<Letter> = files
            .into_iter()
            .map(|(path, bytes)| check_one(guard, path, bytes, given))
            .collect();
        let ui = given
            .or_else(|| letters.iter().find_map(|l| l.language))
            .unwrap_or(Language::En);
        Lint { letters, ui }
    }

    /// Whether any letter has an error or could not be read (the command then exits 1).
    pub fn failed(&self) -> bool {
        self.letters.iter().any(|l| match &l.result {
            Ok(findings) => findings.iter().any(Finding::is_error),
            Err(_) => true,
        })
    }

    /// The files that could not be checked, one `error:` diagnostic each, styled for a
    /// terminal (for standard error); empty when every file was read.
    pub fn problems_styled(&self) -> String {
        self.letters
            .iter()
            .filter_map(|l| l.problem_diagnostic(true))
            .collect()
    }

    /// The report for people: every finding as a diagnostic (`path:line:column: error: “phrase”
    /// — ground (law): why`, the line with the phrase underlined, the better wording as a hint),
    /// at most [`MAX_SHOWN_PER_LETTER`] per letter, then one summary line. Styled for a terminal.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let (mut errors, mut warnings, mut with_findings) = (0, 0, 0);
        for letter in &self.letters {
            let Ok(findings) = &letter.result else {
                continue;
            };
            let explain_in = letter.language.unwrap_or(self.ui);
            with_findings += usize::from(!findings.is_empty());
            errors += findings.iter().filter(|f| f.is_error()).count();
            warnings += findings.iter().filter(|f| !f.is_error()).count();
            for f in findings.iter().take(MAX_SHOWN_PER_LETTER) {
                out.push_str(&finding_diagnostic(letter, f, explain_in).render_styled());
            }
            let rest = findings.len().saturating_sub(MAX_SHOWN_PER_LETTER);
            if rest > 0 {
                out.push_str(&msg!(
                    self.ui,
                    "lint-more-findings",
                    path = letter.path.display().to_string(),
                    count = rest
                ));
                out.push('\n');
            }
        }
        out.push_str(&self.summary(with_findings, errors, warnings));
        out.push('\n');
        out
    }

    /// `3 fouten en 1 waarschuwing in 1 van 1 brief.`, and how many files could not be read.
    fn summary(&self, with_findings: usize, errors: usize, warnings: usize) -> String {
        let ui = self.ui;
        let unreadable = self.letters.iter().filter(|l| l.result.is_err()).count();
        let checked = self.letters.len() - unreadable;
        let mut line = if checked == 0 {
            msg!(ui, "lint-none-checked")
        } else if errors + warnings == 0 {
            msg!(ui, "lint-all-clean", letters = checked)
        } else {
            let found = match (errors, warnings) {
                (0, w) => msg!(ui, "lint-warnings", warnings = w),
                (e, 0) => msg!(ui, "lint-errors", errors = e),
                (e, w) => msg!(ui, "lint-errors-and-warnings", errors = e, warnings = w),
            };
            msg!(
                ui,
                "lint-found",
                found = found,
                with_findings = with_findings,
                letters = checked
            )
        };
        if unreadable > 0 {
            line.push(' ');
            line.push_str(&msg!(ui, "lint-unreadable", files = unreadable));
        }
        line
    }

    /// The report for tools, as pretty JSON with a line end: counts, every file with its
    /// language (or why it could not be read), every finding with its place, ground, law, why
    /// and suggestion in the language of its letter.
    pub fn json(&self) -> String {
        let mut report = JsonReport {
            errors: 0,
            warnings: 0,
            files: Vec::new(),
            findings: Vec::new(),
        };
        for letter in &self.letters {
            let path = letter.path.display().to_string();
            report.files.push(JsonFile {
                path: path.clone(),
                language: letter.language,
                error: letter
                    .problem_diagnostic(false)
                    .map(|d| d.trim_end().to_owned()),
            });
            let Ok(findings) = &letter.result else {
                continue;
            };
            let explain_in = letter.language.unwrap_or(self.ui);
            for f in findings {
                report.errors += usize::from(f.is_error());
                report.warnings += usize::from(!f.is_error());
                report.findings.push(JsonFinding {
                    path: path.clone(),
                    line: f.line,
                    column: f.column,
                    severity: f.severity,
                    kind: f.kind,
                    phrase: &f.phrase,
                    ground: f.ground,
                    ground_label: f.ground.map(|g| g.label(explain_in)),
                    law: f.ground.map(|g| g.law()),
                    why: f.why.get(explain_in),
                    suggestion: f.hint(explain_in),
                    pattern: f.pattern.as_deref(),
                    language: explain_in,
                });
            }
        }
        // Plain data (strings, numbers, enums serialised as words): cannot fail.
        serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
    }
}

impl Letter {
    /// Why this file could not be checked, rendered; `None` when it was checked.
    fn problem_diagnostic(&self, styled: bool) -> Option<String> {
        let Err(problem) = &self.result else {
            return None;
        };
        // Said in the given language, if any: a file that was not read has no language.
        let ui = self.language.unwrap_or(Language::En);
        let path = self.path.display().to_string();
        Some(match problem {
            Problem::NotUtf8(location) => {
                let d = Diagnostic::error(&self.path, *location, msg!(ui, "lint-not-utf8"));
                if styled {
                    d.render_styled()
                } else {
                    d.render()
                }
            }
            Problem::Unreadable(reason) => {
                let message = msg!(
                    ui,
                    "lint-cannot-read",
                    path = path,
                    reason = reason.as_str()
                );
                if styled {
                    hirekit_yaml::render_message_styled(Severity::Error, &message)
                } else {
                    hirekit_yaml::render_message(Severity::Error, &message)
                }
            }
        })
    }
}

fn check_one(guard: &Guard, path: PathBuf, bytes: FileRead, given: Option<Language>) -> Letter {
    let unreadable = |path: PathBuf, problem: Problem| Letter {
        path,
        language: given,
        text: String::new(),
        result: Err(problem),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(diagnostic) => {
            let reason = read_failure(&diagnostic.message, given.unwrap_or(Language::En));
            return unreadable(path, Problem::Unreadable(reason));
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&error.as_bytes()[..at]).into_owned();
            let location = Location::at_offset(&before, before.len());
            return unreadable(path, Problem::NotUtf8(location));
        }
    };
    // Notepad and Word put a byte-order mark in front; it is not part of the letter.
    let text = text
        .strip_prefix('\u{FEFF}')
        .map(str::to_owned)
        .unwrap_or(text);
    let language = given.or_else(|| hirekit_guard::guess_language(&text));
    let findings = match language {
        Some(language) => guard.check_text(&text, language),
        None => guard.check_text_guessing(&text),
    };
    Letter {
        path,
        language,
        text,
        result: Ok(findings),
    }
}

/// The one diagnostic renderer for a finding: the same first line, source line and hint as a
/// YAML error. A finding about the whole letter (an empty section) has no phrase to show.
fn finding_diagnostic(letter: &Letter, f: &Finding, explain_in: Language) -> Diagnostic {
    let mut diagnostic = Diagnostic::in_text(
        &letter.path,
        &letter.text,
        f.span.clone(),
        f.severity,
        f.message(explain_in),
    );
    if f.phrase.is_empty() {
        diagnostic.source_line = None;
    }
    if let Some(hint) = f.hint(explain_in) {
        diagnostic = diagnostic.with_hint(hint);
    }
    diagnostic
}

/// Why a file could not be read, in words a person needs (the reader's message repeats the
/// path). A reason the catalogue has no words for is passed on as the reader said it.
fn read_failure(message: &str, ui: Language) -> String {
    match message {
        "does not exist" => msg!(ui, "lint-reason-missing"),
        "cannot be read: permission denied" => msg!(ui, "lint-reason-permission"),
        "is a folder, not a regular file" => msg!(ui, "lint-reason-folder"),
        other => other.to_owned(),
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    files: Vec<JsonFile>,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFile {
    path: String,
    /// `nl`, `en`, or null when the language was unclear.
    language: Option<Language>,
    /// Why the file could not be checked, if it could not.
    error: Option<String>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: String,
    line: usize,
    column: usize,
    severity: Severity,
    kind: hirekit_guard::Kind,
    phrase: &'a str,
    ground: Option<hirekit_guard::Ground>,
    ground_label: Option<&'static str>,
    law: Option<&'static str>,
    why: &'a str,
    suggestion: Option<&'a str>,
    /// The phrase-list pattern that matched, to find the entry in the lists.
    pattern: Option<&'a str>,
    /// The language of `why` and of a suggested wording.
    language: Language,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lint(files: &[(&str, &[u8])], given: Option<Language>) -> Lint {
        Lint::check(
            Guard::builtin(),
            files
                .iter()
                .map(|(p, b)| (PathBuf::from(p), Ok(b.to_vec())))
                .collect(),
            given,
        )
    }

    /// `text` without its terminal colours.
    fn plain(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                chars.by_ref().find(|&c| c == 'm');
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn the_summary_counts_in_the_readers_language() {
        let clean = lint(
            &[("a.txt", b"Dear Sem,\n\nThank you for your time.\n")],
            None,
        );
        assert_eq!(clean.table(), "1 letter checked: no problems found.\n");
        assert!(!clean.failed());
        let none = Lint::check(Guard::builtin(), Vec::new(), Some(Language::Nl));
        assert_eq!(none.table(), "Geen brief gecontroleerd.\n");
    }

    #[test]
    fn a_file_that_is_not_utf8_is_placed_and_counted() {
        let run = lint(&[("l.txt", b"Beste J\xe9, dank")], Some(Language::Nl));
        assert!(run.failed());
        assert_eq!(
            plain(&run.problems_styled()),
            "l.txt:1:8: error: dit is geen UTF-8-tekst; sla de brief op als UTF-8 (in Word: Opslaan als → Platte tekst → Unicode (UTF-8))\n"
        );
        assert_eq!(
            run.table(),
            "Geen brief gecontroleerd. 1 bestand niet gelezen.\n"
        );
    }

    #[test]
    fn more_findings_than_shown_are_counted() {
        let text = "{{ x }}\n".repeat(MAX_SHOWN_PER_LETTER + 2);
        let run = lint(&[("p.txt", text.as_bytes())], Some(Language::En));
        let table = run.table();
        let tail: Vec<&str> = table.lines().rev().take(2).collect();
        assert_eq!(
            tail,
            [
                "52 errors in 1 of 1 letter.",
                "p.txt: … and 2 more findings in this letter (counted below)",
            ]
        );
    }
}
