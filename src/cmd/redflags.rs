//! `hirekit redflags`: the evidence-graded red-flag checklists for IT roles, and consistency
//! checks on a structured CV.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, anyhow};
use chrono::NaiveDate;
use hirekit_redflags::render::{self, ListView};
use hirekit_redflags::{Catalogue, Language, Role, Stage, TechnologyTable, check_cv, read_cv};
use hirekit_yaml::Diagnostic;

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
    let hiring = hiring_folder(&here);
    let catalogue = match load_catalogue(hiring.as_ref(), &here)? {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            output::print_diagnostics(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let lang = language(args.lang, hiring.as_ref());
    let view = ListView {
        stage: args.stage.map(Stage::from),
        role: args.role.map(Role::from),
        lang,
    };
    let items = catalogue.select(view.stage, view.role);
    let text = match args.format {
        Format::Table => render::list_table(&items, view),
        Format::Markdown => render::list_markdown(&items, view),
        Format::Json => render::list_json(&items)? + "\n",
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// The red-flag catalogue of the hiring folder at `root`: the built-in checklists with the
/// folder's own applied, or every problem found in them.
pub fn catalogue_at(
    root: &Path,
    here: &Path,
) -> anyhow::Result<Result<Catalogue, Vec<Diagnostic>>> {
    load_catalogue(hiring_folder(root).as_ref(), here)
}

/// The built-in checklists with the checklists stored in a hiring database applied (file name,
/// text), by the same rule as a folder's ([`Catalogue::in_force`]).
pub fn catalogue_with(stored: &[(String, String)]) -> Result<Catalogue, Vec<Diagnostic>> {
    hirekit_folder::stored_red_flag_catalogue(stored)
}

/// The built-in checklists with the hiring folder's own applied, or every problem found in them.
fn load_catalogue(
    hiring: Option<&Hiring>,
    here: &Path,
) -> anyhow::Result<Result<Catalogue, Vec<Diagnostic>>> {
    match hiring {
        Some(hiring) => checklists_in(&hiring.scorecards, here),
        None => Ok(Catalogue::builtin()),
    }
}

/// The red-flag checklists in force with the scorecards folder `scorecards`
/// (see [`hirekit_folder::red_flag_catalogue`]); paths shown from `here`.
pub fn checklists_in(
    scorecards: &Path,
    here: &Path,
) -> anyhow::Result<Result<Catalogue, Vec<Diagnostic>>> {
    Ok(hirekit_folder::red_flag_catalogue(Some(scorecards), here))
}

fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let here = std::env::current_dir().context("cannot read the current folder")?;
    let hiring = hiring_folder(&here);
    let path = cv_path(&args.file_or_id, hiring.as_ref(), &here)?;
    // A CV found by candidate id lives in the hiring folder: links out of it are refused.
    let within = (!Path::new(&args.file_or_id).is_file())
        .then(|| hiring.as_ref().map(|h| h.root.as_path()))
        .flatten();
    let bytes = crate::output::read_file(&path, within)?;
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
    let text = match args.format {
        CheckFormat::Table => render::findings_table(
            &path.display().to_string(),
            &findings,
            today,
            language(args.lang, hiring.as_ref()),
        ),
        CheckFormat::Json => render::findings_json(&findings)? + "\n",
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes to stdout through the binary's one output path.
fn emit(text: &str) -> anyhow::Result<()> {
    crate::output::print(text);
    Ok(())
}

/// The CV to check: the argument itself when it is a file, otherwise `candidates/<ID>/cv.yaml`
/// in the hiring folder.
fn cv_path(file_or_id: &str, hiring: Option<&Hiring>, here: &Path) -> anyhow::Result<PathBuf> {
    let as_path = Path::new(file_or_id);
    if as_path.is_file() {
        return Ok(as_path.to_path_buf());
    }
    let looks_like_path = file_or_id.contains(['/', '\\'])
        || file_or_id.ends_with(".yaml")
        || file_or_id.ends_with(".yml");
    if looks_like_path || file_or_id.is_empty() || file_or_id.starts_with('.') {
        return Err(anyhow!("{file_or_id}: no such file"));
    }
    let hiring = hiring.ok_or_else(|| {
        anyhow!(
            "`{file_or_id}` is not a file, and there is no hiring folder here to look up a candidate \
             (no hirekit.yaml in this folder or above)"
        )
    })?;
    let path = relative_to(
        &hiring
            .root
            .join("candidates")
            .join(file_or_id)
            .join("cv.yaml"),
        here,
    );
    if path.is_file() {
        Ok(path)
    } else {
        Err(anyhow!(
            "no CV for candidate `{file_or_id}`: {} does not exist",
            path.display()
        ))
    }
}

/// What this command needs from the hiring folder around the current folder.
struct Hiring {
    root: PathBuf,
    /// The scorecards folder named in `hirekit.yaml` (default `scorecards`).
    scorecards: PathBuf,
    /// The folder's default language.
    lang: Option<Language>,
}

/// The hiring folder: the first folder upwards from `here` that holds `hirekit.yaml`. Its
/// profile is only read for the scorecards folder and the language; a profile that cannot be
/// read leaves the defaults (other commands report its problems).
fn hiring_folder(here: &Path) -> Option<Hiring> {
    let root = hirekit_folder::find_root(here)?;
    let profile_path = root.join(hirekit_folder::PROFILE_FILE);
    let profile = hirekit_yaml::file::read(&profile_path, None)
        .ok()
        .and_then(|bytes| hirekit_yaml::read::<hirekit_folder::Profile>(&profile_path, &bytes).ok())
        .map(|(profile, _)| profile);
    let scorecards = root.join(
        profile
            .as_ref()
            .map_or("scorecards", |p| p.scorecards.as_str()),
    );
    let lang = profile.and_then(|p| match p.language.code() {
        "nl" => Some(Language::Nl),
        "en" => Some(Language::En),
        _ => None,
    });
    Some(Hiring {
        root,
        scorecards,
        lang,
    })
}

fn language(asked: Option<LangArg>, hiring: Option<&Hiring>) -> Language {
    asked
        .map(Language::from)
        .or_else(|| hiring.and_then(|h| h.lang))
        .unwrap_or(Language::En)
}

/// `path` as the user would type it from `base`.
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}
