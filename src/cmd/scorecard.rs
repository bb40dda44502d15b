//! `hirekit scorecard validate|show|schema`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use hirekit_scorecard::{Language, Loaded, Scorecard};
use hirekit_yaml::{Diagnostic, Severity};
use serde::Serialize;

use crate::output::{self, BOLD, DIM, WARNING};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Check scorecard files (or folders of them, recursively) and report every problem
    ///
    /// Each problem is printed as `path:line:column: error: message` with a hint. Exit status 0
    /// when every file is valid, 1 when any is not.
    #[command(
        after_help = "Examples:\n  hirekit scorecard validate scorecards/\n  hirekit scorecard validate scorecards/data-engineer.yaml --format json"
    )]
    Validate {
        /// Scorecard files or folders
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// `text` prints problems on stderr; `json` prints one JSON document on stdout
        #[arg(long, value_enum, default_value = "text")]
        format: ValidateFormat,
    },
    /// Show a readable summary of a scorecard: criteria, weights, must-haves, pass point
    Show {
        /// The scorecard file
        file: PathBuf,
        /// Language of the summary
        #[arg(long, default_value = "en", value_parser = parse_language)]
        lang: Language,
    },
    /// Print the JSON Schema (2020-12) of the scorecard format, for editors
    Schema,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
}

pub fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| format!("unknown language `{code}`: use `nl` or `en`"))
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Validate { paths, format } => validate(&paths, format),
        Command::Show { file, lang } => show(&file, lang),
        Command::Schema => {
            let schema = serde_json::to_string_pretty(&hirekit_scorecard::json_schema())?;
            output::print(&format!("{schema}\n"));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The YAML files under `path` (or `path` itself), sorted, so output is stable.
pub fn yaml_files(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs_err::read_dir(&folder)? {
            let entry_path = entry?.path();
            let hidden = entry_path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if entry_path.is_dir() {
                pending.push(entry_path);
            } else if entry_path
                .extension()
                .is_some_and(|e| e == "yaml" || e == "yml")
            {
                files.push(entry_path);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[derive(Serialize)]
struct FileReport {
    path: String,
    kind: &'static str,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Serialize)]
struct ValidationReport {
    valid: bool,
    files: Vec<FileReport>,
    errors: usize,
    warnings: usize,
}

fn validate(paths: &[PathBuf], format: ValidateFormat) -> anyhow::Result<ExitCode> {
    let mut reports = Vec::new();
    for path in paths {
        if !path.exists() {
            anyhow::bail!("{} does not exist", path.display());
        }
        let files = yaml_files(path)?;
        if files.is_empty() {
            anyhow::bail!("{} holds no .yaml files", path.display());
        }
        for file in files {
            reports.push(validate_file(&file)?);
        }
    }
    let errors = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .filter(|d| d.is_error())
        .count();
    let warnings = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let report = ValidationReport {
        valid: errors == 0,
        files: reports,
        errors,
        warnings,
    };
    match format {
        ValidateFormat::Json => output::print(&(serde_json::to_string_pretty(&report)? + "\n")),
        ValidateFormat::Text => {
            let all: Vec<Diagnostic> = report
                .files
                .iter()
                .flat_map(|r| r.diagnostics.clone())
                .collect();
            output::print_diagnostics(&all);
            for file in report.files.iter().filter(|f| f.valid) {
                let id = file.id.as_deref().unwrap_or("?");
                let what = match file.kind {
                    "checklist" => format!("checklist, {id}"),
                    kind => format!("{kind} `{id}`"),
                };
                output::print(&format!("ok {} ({what})\n", file.path));
            }
            let invalid = report.files.iter().filter(|f| !f.valid).count();
            let summary = format!(
                "{} file{} checked: {} valid, {} invalid; {} error{}, {} warning{}",
                report.files.len(),
                plural(report.files.len()),
                report.files.len() - invalid,
                invalid,
                errors,
                plural(errors),
                warnings,
                plural(warnings)
            );
            output::note(&format!("{summary}\n"));
        }
    }
    Ok(if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn validate_file(path: &Path) -> anyhow::Result<FileReport> {
    let bytes = output::read_file(path, None)?;
    let shown = path.display().to_string();
    // Red-flag checklists live beside scorecards (scorecards/checklists/): recognise them and
    // validate them as what they are, with the same located errors.
    let is_checklist = hirekit_yaml::Document::parse(path, &bytes)
        .is_ok_and(|doc| hirekit_redflags::is_checklist(&doc));
    if is_checklist {
        let (valid, id, diagnostics) = match hirekit_redflags::validate_checklist(path, &bytes) {
            Ok(list) => (
                true,
                Some(format!("{} items", list.items.len())),
                Vec::new(),
            ),
            Err(problems) => (false, None, problems),
        };
        return Ok(FileReport {
            path: shown,
            kind: "checklist",
            valid,
            id,
            diagnostics,
        });
    }
    let (valid, id, diagnostics) = match hirekit_scorecard::load(path, &bytes) {
        Ok(loaded) => (true, Some(loaded.scorecard.id), loaded.warnings),
        Err(problems) => (false, None, problems),
    };
    Ok(FileReport {
        path: shown,
        kind: "scorecard",
        valid,
        id,
        diagnostics,
    })
}

/// Loads one scorecard file, printing its problems; `None` when it is not valid.
pub fn load_or_report(path: &Path) -> anyhow::Result<Option<Loaded>> {
    let bytes = output::read_file(path, None)?;
    match hirekit_scorecard::load(path, &bytes) {
        Ok(loaded) => {
            output::print_diagnostics(&loaded.warnings);
            Ok(Some(loaded))
        }
        Err(problems) => {
            output::print_diagnostics(&problems);
            Ok(None)
        }
    }
}

fn show(path: &Path, lang: Language) -> anyhow::Result<ExitCode> {
    let Some(loaded) =
        load_or_report(path).with_context(|| format!("cannot show {}", path.display()))?
    else {
        return Ok(ExitCode::FAILURE);
    };
    output::print(&render_summary(&loaded.scorecard, lang));
    Ok(ExitCode::SUCCESS)
}

/// The terminal summary of a scorecard: header, scale, thresholds and one block per criterion.
fn render_summary(card: &Scorecard, lang: Language) -> String {
    use std::fmt::Write as _;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{BOLD}{}{BOLD:#} {DIM}({}){DIM:#}",
        card.title.get_or_any(lang),
        card.id
    );
    let languages: Vec<&str> = card.languages.iter().map(|l| l.code()).collect();
    let _ = writeln!(out, "{}: {}", t("Talen", "Languages"), languages.join(", "));
    let labels: Vec<String> = card
        .scale
        .labels
        .iter()
        .map(|(point, label)| format!("{point} {}", label.get_or_any(lang)))
        .collect();
    let _ = writeln!(out, "{}: {}", t("Schaal", "Scale"), labels.join(" · "));
    let _ = writeln!(
        out,
        "{}: {}  ·  {}: {:.2}  ·  {}: {:.2}",
        t("Voldoende vanaf", "Pass point"),
        card.scale.pass,
        t("Door naar volgende ronde vanaf", "Advance at"),
        card.advance_at,
        t("Talentenpool vanaf", "Talent pool at"),
        card.talent_pool_at
    );
    let total = card.total_weight();
    let must_haves = card.criteria.iter().filter(|c| c.must_have).count();
    let _ = writeln!(
        out,
        "{}: {}  ·  {}: {}\n",
        t("Criteria", "Criteria"),
        card.criteria.len(),
        t("Harde eisen", "Must-haves"),
        must_haves
    );
    let id_width = card
        .criteria
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let _ = writeln!(
        out,
        "{BOLD}{:<id_width$}  {:>6}  {:>5}  {:<4}  {}{BOLD:#}",
        "id",
        t("gewicht", "weight"),
        t("aandl", "share"),
        t("eis", "must"),
        t("criterium — functie-eis", "criterion — job requirement"),
    );
    for c in &card.criteria {
        let share = if total > 0.0 {
            c.weight / total * 100.0
        } else {
            0.0
        };
        let must = if c.must_have {
            format!("{WARNING}{:<4}{WARNING:#}", t("ja", "yes"))
        } else {
            format!("{:<4}", "")
        };
        let _ = writeln!(
            out,
            "{:<id_width$}  {:>6}  {:>4.0}%  {must}  {} ({})",
            c.id,
            trim_number(c.weight),
            share,
            c.name.get_or_any(lang),
            c.category.label(lang),
        );
        let _ = writeln!(
            out,
            "{:<id_width$}  {DIM}{}{DIM:#}",
            "",
            c.requirement.get_or_any(lang)
        );
    }
    out
}

/// `3` for 3.0, `1.5` for 1.5: weights read as people wrote them.
fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}
