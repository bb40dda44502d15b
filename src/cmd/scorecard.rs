//! `hirekit scorecard validate|show|schema`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use hirekit_scorecard::{Language, Loaded};

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

fn validate(paths: &[PathBuf], format: ValidateFormat) -> anyhow::Result<ExitCode> {
    let report = hirekit_folder::validate_paths(paths).map_err(anyhow::Error::msg)?;
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
