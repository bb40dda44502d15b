//! `hirekit feedback lint FILE...`: the guard that every generated letter passes, run on letters
//! written by hand (`hirekit_letters::lint`). Findings go to stdout (they are the report),
//! unreadable files to stderr.

use std::path::PathBuf;
use std::process::ExitCode;

use hirekit_guard::{Guard, Language};
use hirekit_letters::lint::Lint;

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

/// Runs `hirekit feedback lint`.
pub fn run(args: &LintArgs) -> anyhow::Result<ExitCode> {
    let files = args
        .files
        .iter()
        .map(|path| (path.clone(), hirekit_yaml::file::read(path, None)))
        .collect();
    let lint = Lint::check(Guard::builtin(), files, args.lang.map(Language::from));
    output::note(&lint.problems_styled());
    output::print(&match args.format {
        LintFormat::Table => lint.table(),
        LintFormat::Json => lint.json(),
    });
    Ok(if lint.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
