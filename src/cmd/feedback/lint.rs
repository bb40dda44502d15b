//! `hirekit feedback lint FILE...`: the guard that every generated letter passes, run on letters
//! written by hand. Findings go to stdout (they are the report), unreadable files to stderr.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hirekit_guard::{Finding, Guard, Language, Severity};
use serde::Serialize;

use crate::output;

#[derive(clap::Args)]
pub struct LintArgs {
    /// Letters to check: plain UTF-8 text
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Language of the letters, and of the explanations (default: guessed per letter). Both the
    /// Dutch and the English phrase list run on every letter
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// A table for people (each finding with its line and a hint), or JSON for tools
    #[arg(long, value_enum, default_value = "table")]
    pub format: LintFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::Nl => Language::Nl,
            LangArg::En => Language::En,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    Table,
    Json,
}

/// One letter after checking: its findings, or why it could not be read.
struct Checked {
    path: PathBuf,
    /// The letter's language: given, guessed, or `None` when the guess was unsure.
    language: Option<Language>,
    text: String,
    result: Result<Vec<Finding>, String>,
}

/// Runs `hirekit feedback lint`.
pub fn run(args: &LintArgs) -> anyhow::Result<ExitCode> {
    let given = args.lang.map(Language::from);
    let guard = Guard::builtin();
    let checked: Vec<Checked> = args
        .files
        .iter()
        .map(|path| check_file(guard, path, given))
        .collect();
    // Explanations follow the letters: the given language, else the first letter's language.
    let ui = given
        .or_else(|| checked.iter().find_map(|c| c.language))
        .unwrap_or(Language::En);

    for c in &checked {
        if let Err(message) = &c.result {
            let style = output::ERROR;
            output::note(&format!(
                "{}\n",
                message.replacen("error:", &format!("{style}error{style:#}:"), 1)
            ));
        }
    }
    match args.format {
        LintFormat::Table => output::print(&table(&checked, ui)),
        LintFormat::Json => {
            output::print(&(serde_json::to_string_pretty(&json(&checked, ui))? + "\n"))
        }
    }
    let failed = checked.iter().any(|c| match &c.result {
        Ok(findings) => findings.iter().any(Finding::is_error),
        Err(_) => true,
    });
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn check_file(guard: &Guard, path: &Path, given: Option<Language>) -> Checked {
    let ui = given.unwrap_or(Language::En);
    let shown = path.display();
    let bytes = match hirekit_yaml::file::read(path, None) {
        Ok(bytes) => bytes,
        Err(diagnostic) => {
            let reason = read_failure(&diagnostic.message, ui);
            let message = ui
                .pick(
                    &format!("error: kan {shown} niet lezen: {reason}"),
                    &format!("error: cannot read {shown}: {reason}"),
                )
                .to_owned();
            return Checked {
                path: path.to_owned(),
                language: given,
                text: String::new(),
                result: Err(message),
            };
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&error.as_bytes()[..at]).into_owned();
            let hirekit_yaml::Location { line, column } =
                hirekit_yaml::Location::at_offset(&before, before.len());
            let message = ui.pick(
                &format!("{shown}:{line}:{column}: error: dit is geen UTF-8-tekst; sla de brief op als UTF-8 (in Word: Opslaan als → Platte tekst → Unicode (UTF-8))"),
                &format!("{shown}:{line}:{column}: error: this is not UTF-8 text; save the letter as UTF-8 (in Word: Save As → Plain Text → Unicode (UTF-8))"),
            ).to_owned();
            return Checked {
                path: path.to_owned(),
                language: given,
                text: String::new(),
                result: Err(message),
            };
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
    Checked {
        path: path.to_owned(),
        language,
        text,
        result: Ok(findings),
    }
}

/// `path:line:column: error: “phrase” — ground (law): why`, the line with the phrase underlined,
/// and the suggestion as a hint; then a count.
/// At most this many findings of one letter are printed; the summary counts all of them.
const MAX_SHOWN_PER_LETTER: usize = 50;

fn table(checked: &[Checked], ui: Language) -> String {
    let mut out = String::new();
    let (mut errors, mut warnings, mut letters_with_findings) = (0, 0, 0);
    for c in checked {
        let Ok(findings) = &c.result else { continue };
        let explain_in = c.language.unwrap_or(ui);
        letters_with_findings += usize::from(!findings.is_empty());
        errors += findings.iter().filter(|f| f.is_error()).count();
        warnings += findings.iter().filter(|f| !f.is_error()).count();
        // A text full of `{{` would otherwise print (and underline) hundreds of thousands of
        // findings; the first ones say what is wrong, the count says how much.
        for f in findings.iter().take(MAX_SHOWN_PER_LETTER) {
            // The one diagnostic renderer: the same first line, source line and hint as a YAML
            // error. A finding about the whole letter (an empty section) has no phrase to show.
            let mut diagnostic = hirekit_yaml::Diagnostic::in_text(
                &c.path,
                &c.text,
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
            out.push_str(&diagnostic.render_styled());
        }
        if let Some(rest) = findings
            .len()
            .checked_sub(MAX_SHOWN_PER_LETTER)
            .filter(|n| *n > 0)
        {
            let _ = writeln!(
                out,
                "{}: {}",
                c.path.display(),
                ui.pick(
                    &format!("… en nog {rest} bevindingen in deze brief (meegeteld hieronder)"),
                    &format!("… and {rest} more findings in this letter (counted below)"),
                )
            );
        }
    }
    let total = checked.len();
    let unreadable = checked.iter().filter(|c| c.result.is_err()).count();
    let _ = writeln!(
        out,
        "{}",
        summary(
            ui,
            total,
            unreadable,
            letters_with_findings,
            errors,
            warnings
        )
    );
    out
}

fn summary(
    ui: Language,
    total: usize,
    unreadable: usize,
    with_findings: usize,
    errors: usize,
    warnings: usize,
) -> String {
    let count = |n: usize, nl: (&str, &str), en: (&str, &str)| {
        let (one, many) = match ui {
            Language::Nl => nl,
            Language::En => en,
        };
        format!("{n} {}", if n == 1 { one } else { many })
    };
    let checked = total - unreadable;
    let letters = count(checked, ("brief", "brieven"), ("letter", "letters"));
    let mut line = if checked == 0 {
        ui.pick("Geen brief gecontroleerd.", "No letter checked.")
            .to_owned()
    } else if errors + warnings == 0 {
        ui.pick(
            &format!("{letters} gecontroleerd: geen problemen gevonden."),
            &format!("{letters} checked: no problems found."),
        )
        .to_owned()
    } else {
        let mut parts = Vec::new();
        if errors > 0 {
            parts.push(count(errors, ("fout", "fouten"), ("error", "errors")));
        }
        if warnings > 0 {
            parts.push(count(
                warnings,
                ("waarschuwing", "waarschuwingen"),
                ("warning", "warnings"),
            ));
        }
        let found = parts.join(ui.pick(" en ", " and "));
        ui.pick(
            &format!("{found} in {with_findings} van {letters}."),
            &format!("{found} in {with_findings} of {letters}."),
        )
        .to_owned()
    };
    if unreadable > 0 {
        let files = count(unreadable, ("bestand", "bestanden"), ("file", "files"));
        let _ = write!(
            line,
            " {}",
            ui.pick(
                &format!("{files} niet gelezen."),
                &format!("{files} could not be read.")
            )
        );
    }
    line
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    files: Vec<JsonFile<'a>>,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: String,
    /// `nl`, `en`, or null when the language was unclear.
    language: Option<Language>,
    /// Why the file could not be checked, if it could not.
    error: Option<&'a str>,
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

fn json(checked: &[Checked], ui: Language) -> JsonReport<'_> {
    let mut report = JsonReport {
        errors: 0,
        warnings: 0,
        files: Vec::new(),
        findings: Vec::new(),
    };
    for c in checked {
        let path = c.path.display().to_string();
        report.files.push(JsonFile {
            path: path.clone(),
            language: c.language,
            error: c.result.as_ref().err().map(String::as_str),
        });
        let Ok(findings) = &c.result else { continue };
        let explain_in = c.language.unwrap_or(ui);
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
    report
}

/// Why a file could not be read, in words a person needs (fs-err's message repeats the path).
fn read_failure(message: &str, ui: Language) -> String {
    let (nl, en) = match message {
        "does not exist" => ("het bestand bestaat niet", "no such file"),
        "cannot be read: permission denied" => {
            ("geen toestemming om het te lezen", "permission denied")
        }
        "is a folder, not a regular file" => {
            ("dit is een map, geen bestand", "it is a folder, not a file")
        }
        other => return other.to_owned(),
    };
    ui.pick(nl, en).to_owned()
}
