//! `hirekit redflags`: the evidence-graded red-flag checklists for IT roles, and consistency
//! checks on a structured CV.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use hirekit_folder::nearby::{self, nearby};
use hirekit_redflags::render::{self, ListView};
use hirekit_redflags::{Catalogue, Language, Role, Stage, TechnologyTable, check_cv, read_cv};

use crate::output::{self, Format};

/// Red flags for IT roles: what to watch for, how to verify it, and what never to score
#[derive(clap::Subcommand)]
pub enum Command {
    /// Show the checklist items per stage, with their evidence; bias risks are marked as cautions
    #[command(
        after_help = "Examples:\n  hirekit redflags list --stage interview --role backend\n  \
                            hirekit redflags list --lang nl --format markdown > rode-vlaggen.md\n\n\
                            In a hiring folder, checklists in the checklists/ folder of its scorecards folder replace built-in items \
                            with the same id and add new ones."
    )]
    List(ListArgs),
    /// Check a structured CV (cv.yaml) for dates, hours and skill claims worth asking about
    #[command(
        after_help = "Examples:\n  hirekit redflags check candidates/c-2026-017/cv.yaml\n  \
                            hirekit redflags check c-2026-017 --today 2026-11-23 --format json\n\n\
                            Exits 0 when the CV could be read, with or without findings; 1 when it could not."
    )]
    Check(CheckArgs),
}

#[derive(clap::Args)]
pub struct ListArgs {
    /// Only the items for this stage
    #[arg(long, value_enum)]
    pub stage: Option<StageArg>,
    /// Only the items for this role family (plus the items for all IT roles)
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    /// Language of the texts (default: the hiring folder's language, else English; JSON holds both)
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// A cv.yaml file, or a candidate id (read from candidates/<ID>/cv.yaml in the hiring folder)
    #[arg(value_name = "FILE_OR_ID")]
    pub file_or_id: String,
    /// The date to check against (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Language of the messages (default: the hiring folder's language, else English; JSON holds both)
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StageArg {
    Cv,
    Screening,
    Interview,
    Reference,
    /// Offer and onboarding
    Offer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RoleArg {
    Backend,
    Frontend,
    Devops,
    Data,
    /// Team leads and architects
    Lead,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Table,
    Json,
}

impl From<StageArg> for Stage {
    fn from(stage: StageArg) -> Stage {
        match stage {
            StageArg::Cv => Stage::Cv,
            StageArg::Screening => Stage::Screening,
            StageArg::Interview => Stage::Interview,
            StageArg::Reference => Stage::Reference,
            StageArg::Offer => Stage::Offer,
        }
    }
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Backend => Role::Backend,
            RoleArg::Frontend => Role::Frontend,
            RoleArg::Devops => Role::Devops,
            RoleArg::Data => Role::Data,
            RoleArg::Lead => Role::Lead,
        }
    }
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Language {
        match lang {
            LangArg::Nl => Language::Nl,
            LangArg::En => Language::En,
        }
    }
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::List(args) => list(&args),
        Command::Check(args) => check(&args),
    }
}

fn list(args: &ListArgs) -> anyhow::Result<ExitCode> {
    let here = std::env::current_dir().context("cannot read the current folder")?;
    let hiring = nearby(&here);
    let catalogue = match hiring.as_ref() {
        Some(hiring) => hirekit_folder::red_flag_catalogue(Some(&hiring.scorecards), &here),
        None => Catalogue::builtin(),
    };
    let catalogue = match catalogue {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            output::print_diagnostics(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let view = ListView {
        stage: args.stage.map(Stage::from),
        role: args.role.map(Role::from),
        lang: nearby::language(args.lang.map(Language::from), hiring.as_ref()),
    };
    let items = catalogue.select(view.stage, view.role);
    output::print(&match args.format {
        Format::Table => render::list_table(&items, view),
        Format::Markdown => render::list_markdown(&items, view),
        Format::Json => render::list_json(&items)? + "\n",
    });
    Ok(ExitCode::SUCCESS)
}

fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let here = std::env::current_dir().context("cannot read the current folder")?;
    let hiring = nearby(&here);
    let lang = nearby::language(args.lang.map(Language::from), hiring.as_ref());
    let path = nearby::cv_path(&args.file_or_id, hiring.as_ref(), &here, lang)
        .map_err(anyhow::Error::msg)?;
    // A CV found by candidate id lives in the hiring folder: links out of it are refused.
    let within = (!Path::new(&args.file_or_id).is_file())
        .then(|| hiring.as_ref().map(|h| h.root.as_path()))
        .flatten();
    let bytes = output::read_file(&path, within)?;
    let (cv, _document) = match read_cv(&path, &bytes) {
        Ok(read) => read,
        Err(problems) => {
            output::print_diagnostics(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let technologies = match TechnologyTable::builtin() {
        Ok(table) => table,
        Err(problems) => {
            output::print_diagnostics(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let findings = check_cv(&cv, today, &technologies);
    output::print(&match args.format {
        CheckFormat::Table => {
            render::findings_table(&path.display().to_string(), &findings, today, lang)
        }
        CheckFormat::Json => render::findings_json(&findings)? + "\n",
    });
    Ok(ExitCode::SUCCESS)
}
