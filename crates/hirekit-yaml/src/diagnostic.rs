//! Problems found in a file, each with the place it was found and a hint on how to fix it, and
//! the one way they are shown: YAML errors, checklist and scorecard problems and the findings of
//! the letter guard all render through [`Diagnostic::render`] or [`Diagnostic::render_styled`].
//!
//! The first line is `path:line:column: error: message`, the form compilers and editors
//! recognise (an editor jumps to the place); under it the source line with the spot underlined
//! (drawn by `annotate-snippets`, as rustc and cargo draw theirs), then the hint.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::Style;
use hirekit_language::Language;
use hirekit_text::msg;
use serde::Serialize;

/// How serious a problem is — the one severity of every diagnostic: YAML errors, scorecard and
/// checklist problems, cost inputs and letter-guard findings. Errors stop a file (or a letter)
/// from being used; warnings ask for a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// `error` or `warning`: the words compilers and editors recognise in `path:line:column` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The word a person reads, in their language.
    pub fn label(self, language: hirekit_language::Language) -> &'static str {
        match self {
            Severity::Error => language.pick("fout", "error"),
            Severity::Warning => language.pick("waarschuwing", "warning"),
        }
    }

    /// How the word `error` or `warning` and the underline look on a terminal: red for what
    /// stops the work, yellow for what asks a second look.
    pub fn style(self) -> Style {
        match self {
            Severity::Error => ERROR_STYLE,
            Severity::Warning => WARNING_STYLE,
        }
    }

    fn level(self) -> Level<'static> {
        match self {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
    }
}

/// Errors on a terminal: the one error style of every screen.
pub const ERROR_STYLE: Style = hirekit_text::style::ERROR;
/// Warnings on a terminal: the one warning style of every screen.
pub const WARNING_STYLE: Style = hirekit_text::style::WARNING;

/// A place in a text file: 1-based line and 1-based column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub const START: Location = Location { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Location { line, column }
    }

    /// The line and column of byte `offset` in `text` (see [`LineIndex::locate`]). For one
    /// lookup; build a [`LineIndex`] once for many.
    pub fn at_offset(text: &str, offset: usize) -> Location {
        LineIndex::new(text).locate(offset)
    }
}

/// Turns byte offsets into 1-based lines and 1-based columns counted in characters (what editors
/// and `path:line:column` readers expect): the one place a position in a text becomes a
/// [`Location`]. Only `\n` starts a line, so `\r\n` files work too. Built once per text, each
/// lookup is a binary search.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { text, line_starts }
    }

    /// The line and column of the character at byte `offset`. An offset inside a character
    /// counts as that character; one past the end is clamped to the end.
    pub fn locate(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Location::new(line, column + 1)
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The offending source line, shown under the message with a caret.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// How many characters from `column` on to underline in the source line (at least one is):
    /// a whole phrase for a guard finding, one character for a YAML error.
    /// (`u32` keeps a diagnostic small: parsers return it by value.)
    #[serde(skip)]
    pub width: u32,
}

impl Diagnostic {
    /// An error at `location` in `path`.
    pub fn error(path: impl Into<PathBuf>, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: location.line,
            column: location.column,
            severity: Severity::Error,
            message: message.into(),
            hint: None,
            source_line: None,
            width: 1,
        }
    }

    /// A warning at `location` in `path`.
    pub fn warning(
        path: impl Into<PathBuf>,
        location: Location,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, location, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Attaches the source line the diagnostic points at, taken from `source`.
    pub fn with_source(mut self, source: &str) -> Self {
        self.source_line = source
            .lines()
            .nth(self.line.saturating_sub(1))
            .map(str::to_owned);
        self
    }

    /// A problem with the text at byte range `span` of `text` (a letter, a section of one, a
    /// file): located at the span's start, with the source line attached and the span
    /// underlined up to the end of the line it starts on.
    ///
    /// This is how a finding that knows only where it is in a text (the letter guard's) becomes
    /// a diagnostic, rendered like every other.
    pub fn in_text(
        path: impl Into<PathBuf>,
        text: &str,
        span: Range<usize>,
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        let location = Location::at_offset(text, span.start);
        let length = text
            .get(span.start.min(text.len())..span.end.min(text.len()))
            .map_or(0, |s| s.chars().count());
        Diagnostic {
            severity,
            width: u32::try_from(length).unwrap_or(u32::MAX).max(1),
            ..Diagnostic::error(path, location, message)
        }
        .with_source(text)
    }

    pub fn location(&self) -> Location {
        Location::new(self.line, self.column)
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column: error: message`, then the source line with the spot underlined, then
    /// the hint; plain text, for files, logs and tests.
    pub fn render(&self) -> String {
        self.render_with(Style::new(), &Renderer::plain())
    }

    /// [`Diagnostic::render`] for a terminal: the severity word and the underline in the
    /// severity's colour, the line-number gutter dimmed. The caller's stream (e.g.
    /// `anstream`) removes the colours where the output is not a terminal or `NO_COLOR` is set.
    pub fn render_styled(&self) -> String {
        let renderer = Renderer::styled()
            .error(ERROR_STYLE)
            .warning(WARNING_STYLE)
            .line_num(Style::new().dimmed());
        self.render_with(self.severity.style(), &renderer)
    }

    fn render_with(&self, style: Style, renderer: &Renderer) -> String {
        let mut out = format!(
            "{}:{}:{}: {}",
            display_path(&self.path),
            self.line,
            self.column,
            prefixed(self.severity, style, &self.message)
        );
        if let Some(line) = &self.source_line {
            out.push_str(&self.snippet(line, renderer));
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "  = {}: {hint}", msg!(Language::En, "diagnostic-hint"));
        }
        out
    }

    /// The source line with the diagnostic's characters underlined, as `annotate-snippets`
    /// draws it (long lines are cut around the spot, so the caret is always on screen).
    fn snippet(&self, line: &str, renderer: &Renderer) -> String {
        let line = line.trim_end_matches(['\r', '\n']);
        let byte_at = |column: usize| {
            line.char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line.len(), |(at, _)| at)
        };
        let start = byte_at(self.column);
        let width = usize::try_from(self.width).unwrap_or(usize::MAX).max(1);
        let end = byte_at(self.column.saturating_add(width));
        let report = [Group::with_level(self.severity.level()).element(
            Snippet::source(line)
                .line_start(self.line)
                .annotation(AnnotationKind::Primary.span(start..end)),
        )];
        let mut text = renderer.render(&report);
        text.push('\n');
        text
    }
}

/// A problem that is not tied to a place in a file (a file that cannot be opened, a command
/// that cannot go on): `error: message` or `warning: message` and a line end, plain. The same
/// severity word, from the same catalogue entry, as a located [`Diagnostic`]; a message of
/// several lines (an error and its causes) keeps its lines.
pub fn render_message(severity: Severity, message: &str) -> String {
    prefixed(severity, Style::new(), message)
}

/// [`render_message`] for a terminal: the severity word in the severity's colour (the caller's
/// stream removes it where colour is not wanted).
pub fn render_message_styled(severity: Severity, message: &str) -> String {
    prefixed(severity, severity.style(), message)
}

/// `error: message\n`. The words `error`, `warning` and `hint` are the ones compilers and
/// editors recognise after `path:line:column:`, so the catalogue keeps them in English in the
/// Dutch messages too (see `common.ftl`).
fn prefixed(severity: Severity, style: Style, message: &str) -> String {
    let word = match severity {
        Severity::Error => msg!(Language::En, "diagnostic-error"),
        Severity::Warning => msg!(Language::En, "diagnostic-warning"),
    };
    format!("{style}{word}{style:#}: {message}\n")
}

/// Paths are shown as the user typed them, with forward slashes kept.
pub fn display_path(path: &Path) -> String {
    path.display().to_string()
}

/// Sorts diagnostics by file, line and column so that output is stable and reads top to bottom.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.severity, &a.message)
            .cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_caret_and_hint() {
        let d = Diagnostic::error("a.yaml", Location::new(2, 3), "unknown field `wieght`")
            .with_hint("did you mean `weight`?")
            .with_source("id: x\n  wieght: 3\n");
        assert_eq!(
            d.render(),
            "a.yaml:2:3: error: unknown field `wieght`\n  |\n2 |   wieght: 3\n  |   ^\n  = hint: did you mean `weight`?\n"
        );
    }

    #[test]
    fn line_and_column_are_counted_in_characters_from_a_byte_offset() {
        let text = "id: x\nnaam: Zoë\n";
        assert_eq!(Location::at_offset(text, 0), Location::new(1, 1));
        assert_eq!(Location::at_offset(text, 6), Location::new(2, 1));
        let e = text.find('ë').unwrap();
        assert_eq!(Location::at_offset(text, e), Location::new(2, 9));
        // Inside a character: that character. Past the end: the end.
        assert_eq!(Location::at_offset(text, e + 1), Location::new(2, 9));
        assert_eq!(Location::at_offset(text, 999), Location::new(3, 1));
    }

    #[test]
    fn a_finding_in_a_letter_underlines_its_phrase() {
        let letter = "Beste Zoë,\n\nWij zoeken iemand die jong en dynamisch is.\n";
        let at = letter.find("jong").unwrap();
        let d = Diagnostic::in_text(
            "brief.txt",
            letter,
            at..at + "jong".len(),
            Severity::Error,
            "`jong` verwijst naar leeftijd",
        )
        .with_hint("noem de eis uit de vacature");
        assert_eq!(
            d.render(),
            "brief.txt:3:23: error: `jong` verwijst naar leeftijd\n  |\n3 | Wij zoeken iemand die jong en dynamisch is.\n  |                       ^^^^\n  = hint: noem de eis uit de vacature\n"
        );
    }

    #[test]
    fn a_long_line_is_cut_around_the_spot_so_the_caret_stays_in_view() {
        let line = format!("{}X{}", "a".repeat(300), "b".repeat(300));
        let source = format!("{}{line}", "\n".repeat(6));
        let d = Diagnostic::error("a.yaml", Location::new(7, 301), "here").with_source(&source);
        let rendered = d.render();
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines[0], "a.yaml:7:301: error: here");
        let x = lines[2].find('X').expect("the spot is shown");
        assert_eq!(lines[3].find('^'), Some(x), "{rendered}");
        assert!(lines[2].chars().count() < 200, "{rendered}");
    }

    #[test]
    fn the_end_of_a_line_and_an_empty_line_still_get_a_caret() {
        let d = Diagnostic::warning("a.yaml", Location::new(1, 4), "missing value")
            .with_source("id:\n");
        assert_eq!(
            d.render(),
            "a.yaml:1:4: warning: missing value\n  |\n1 | id:\n  |    ^\n"
        );
        let d = Diagnostic::error("a.yaml", Location::new(2, 1), "empty").with_source("a\n\nb");
        assert!(d.render().ends_with("2 |\n  | ^\n"), "{}", d.render());
    }

    #[test]
    fn on_a_terminal_the_severity_is_coloured_and_the_first_line_reads_the_same() {
        let d = Diagnostic::warning("a.yaml", Location::new(1, 1), "odd").with_source("x: 1\n");
        let styled = d.render_styled();
        assert!(styled.starts_with(&format!(
            "a.yaml:1:1: {WARNING_STYLE}warning{WARNING_STYLE:#}: odd\n"
        )));
        let plain: String = anstream::adapter::strip_str(&styled).to_string();
        assert_eq!(plain, d.render());
    }
}
