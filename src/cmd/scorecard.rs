//! `hirekit scorecard validate|show|schema`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use hirekit_scorecard::{FileKind, FileReport, Language, Loaded, ValidationReport};

use crate::output;

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
    hirekit_folder::yaml_files(path).with_context(|| format!("cannot list {}", path.display()))
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
    let report = ValidationReport::new(reports);
    match format {
        ValidateFormat::Json => output::print(&(serde_json::to_string_pretty(&report)? + "\n")),
        ValidateFormat::Text => {
            output::print_diagnostics(&report.diagnostics());
            output::print(&report.ok_lines());
            output::note(&report.summary());
        }
    }
    Ok(if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn validate_file(path: &Path) -> anyhow::Result<FileReport> {
    let bytes = output::read_file(path, None)?;
    let shown = path.display().to_string();
    // Red-flag checklists live beside scorecards (scorecards/checklists/): recognise them and
    // validate them as what they are, with the same located errors.
    let is_checklist = hirekit_yaml::Document::parse(path, &bytes)
        .is_ok_and(|doc| hirekit_redflags::is_checklist(&doc));
    let (kind, outcome) = if is_checklist {
        let outcome = hirekit_redflags::validate_checklist(path, &bytes)
            .map(|list| (format!("{} items", list.items.len()), Vec::new()));
        (FileKind::Checklist, outcome)
    } else {
        let outcome = hirekit_scorecard::load(path, &bytes)
            .map(|loaded| (loaded.scorecard.id, loaded.warnings));
        (FileKind::Scorecard, outcome)
    };
    Ok(match outcome {
        Ok((id, diagnostics)) => FileReport {
            path: shown,
            kind,
            valid: true,
            id: Some(id),
            diagnostics,
        },
        Err(diagnostics) => FileReport {
            path: shown,
            kind,
            valid: false,
            id: None,
            diagnostics,
        },
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
    output::print(&hirekit_scorecard::summary(&loaded.scorecard, lang));
    Ok(ExitCode::SUCCESS)
}
