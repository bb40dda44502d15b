//! `hirekit candidate add` and `hirekit interview plan`: a candidate's `candidate.yaml` and their
//! planned interviews, without writing YAML by hand.
//!
//! Both check what they write with the reader every command uses: the text is read back and
//! must give exactly the candidate meant, with no error, before it is written (atomically). `add`
//! never replaces an existing candidate; `plan` changes only the `interviews` list and keeps the
//! rest of a hand-edited file, comments included.

mod plan;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, anyhow, bail};
use chrono::{DateTime, FixedOffset};
use hirekit_folder::{Candidate, PlannedInterview, Profile, intake};
use hirekit_scorecard::Language;
use hirekit_text::msg;

pub use self::plan::{Args as PlanArgs, run as plan};
use crate::cmd::scorecard::parse_language;
use crate::hiring::{self, DirArg};
use crate::output;
use crate::output::read_checked;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Add a candidate: writes candidates/ID/candidate.yaml
    Add(AddArgs),
}

#[derive(clap::Subcommand, Debug)]
pub enum InterviewCommand {
    /// Plan an interview with a candidate: adds it to their candidate.yaml
    Plan(PlanArgs),
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
The id is also the candidate's folder name and the name of every file written for them: only
a-z, 0-9, `-`, `_` and `.`. Without --id the next free `c-YEAR-NNN` is used.

Examples:
  hirekit candidate add --name \"Fleur de Vries\" --email fleur@example.nl
  hirekit candidate add --id c-2026-031 --name \"Sem Jansen\" --email sem@example.nl \\
      --address \"Lindelaan 4\" --address \"3512 AB Utrecht\" --lang en \\
      --interview ayla=2026-11-16T10:00 --interview bram=\"2026-11-16 11:30\"")]
pub struct AddArgs {
    /// The candidate's id (default: the next free `c-YEAR-NNN`)
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// Full name as the candidate writes it
    #[arg(long, value_name = "NAME")]
    name: String,
    /// The name letters greet them by, e.g. `Fleur` (default: the full name)
    #[arg(long, value_name = "NAME")]
    given_name: Option<String>,
    /// E-mail address for feedback
    #[arg(long, value_name = "ADDRESS")]
    email: String,
    /// One line of the postal address; give it once per line
    #[arg(long, value_name = "LINE")]
    address: Vec<String>,
    /// The language to write to the candidate in (default: `language` in hirekit.yaml)
    #[arg(long, value_parser = parse_language, value_name = "nl|en")]
    lang: Option<Language>,
    /// The scorecard id of the vacancy (default: the only scorecard in the folder)
    #[arg(long, value_name = "ID")]
    scorecard: Option<String>,
    /// A planned interview as `interviewer=YYYY-MM-DDTHH:MM` (this computer's time zone, or a
    /// full RFC 3339 time); give it once per interview
    #[arg(long, value_name = "WHO=WHEN", value_parser = parse_planned)]
    interview: Vec<PlannedInterview>,
    #[command(flatten)]
    dir: DirArg,
}

pub fn run(command: Command) -> Result<ExitCode> {
    match command {
        Command::Add(args) => add(args),
    }
}

pub fn run_interview(command: InterviewCommand) -> Result<ExitCode> {
    match command {
        InterviewCommand::Plan(args) => plan(args),
    }
}

/// `interviewer=when`, e.g. `ayla=2026-11-16T10:00`.
fn parse_planned(text: &str) -> Result<PlannedInterview, String> {
    let Some((who, when)) = text.split_once('=') else {
        return Err(format!(
            "expected `interviewer=YYYY-MM-DDTHH:MM`, e.g. `ayla=2026-11-16T10:00`, not `{text}`"
        ));
    };
    Ok(PlannedInterview {
        interviewer: who.trim().to_owned(),
        at: parse_when(when.trim())?,
    })
}

/// A date and time: RFC 3339, or `YYYY-MM-DD HH:MM` / `YYYY-MM-DDTHH:MM` in this computer's
/// time zone (the rule is `hirekit_folder::intake::parse_when`).
pub fn parse_when(text: &str) -> Result<DateTime<FixedOffset>, String> {
    intake::parse_when(text)
}

/// The profile, read and checked; `None` when its problems were printed.
fn profile(root: &Path) -> Result<Option<Profile>> {
    Ok(read_checked::<Profile>(&root.join(hirekit_folder::PROFILE_FILE))?.map(|(p, _)| p))
}

/// The hiring data a candidate command works on: a hiring folder's files, or a database (the
/// folder model loaded from it, and the source the write goes to).
pub(crate) struct Target {
    pub root: PathBuf,
    pub profile: Profile,
    pub database: Option<hiring::Opened>,
}

impl Target {
    /// `None` when the profile's problems were printed.
    pub(crate) fn open(dir: &DirArg) -> Result<Option<Target>> {
        if dir.database_url().is_some() {
            let opened = hiring::open_source(dir, chrono::Local::now().date_naive())?;
            return Ok(Some(Target {
                root: opened.folder.root.clone(),
                profile: opened.folder.profile.clone(),
                database: Some(opened),
            }));
        }
        let root = dir.root()?;
        Ok(profile(&root)?.map(|profile| Target {
            root,
            profile,
            database: None,
        }))
    }

    /// The ids of the candidates there are.
    fn candidate_ids(&self) -> Result<Vec<String>> {
        if let Some(opened) = &self.database {
            return Ok(opened
                .folder
                .candidates
                .iter()
                .map(|c| c.candidate.id.clone())
                .collect());
        }
        let candidates = self.root.join("candidates");
        let mut ids = Vec::new();
        if candidates.is_dir() {
            for entry in fs_err::read_dir(candidates)? {
                ids.push(entry?.file_name().to_string_lossy().into_owned());
            }
        }
        Ok(ids)
    }

    /// The ids of the scorecards there are.
    fn scorecard_ids(&self) -> Vec<String> {
        match &self.database {
            Some(opened) => opened.folder.scorecards.keys().cloned().collect(),
            None => scorecard_ids(&self.root, &self.profile),
        }
    }
}

fn add(args: AddArgs) -> Result<ExitCode> {
    let Some(target) = Target::open(&args.dir)? else {
        return Ok(ExitCode::FAILURE);
    };
    let (root, profile) = (&target.root, &target.profile);
    let candidates = root.join("candidates");
    let taken = target.candidate_ids()?;
    let id = match args.id {
        Some(id) => id,
        None => intake::next_id(&taken, &chrono::Local::now().format("%Y").to_string()),
    };
    let dir = candidates.join(&id);
    // A folder may also hold a candidate folder the loader could not read: it is taken too.
    let taken_here = target.database.is_none() && dir.exists();
    let mut taken = taken;
    if taken_here {
        taken.push(id.clone());
    }
    if let Some(problem) = intake::new_id_problem(&id, &taken, &dir, "--id") {
        bail!("{problem}");
    }
    let known = target.scorecard_ids();
    let scorecards_dir = root.join(&profile.scorecards);
    let scorecard = intake::choose_scorecard(&known, args.scorecard.as_deref(), &scorecards_dir)
        .map_err(|e| anyhow!(e))?;
    for planned in &args.interview {
        interviewer_note(&planned.interviewer, &profile.interviewers);
    }
    let candidate = Candidate {
        id: id.clone(),
        name: args.name,
        given_name: args.given_name,
        email: args.email,
        address: args.address,
        language: args.lang.unwrap_or(profile.language),
        scorecard,
        interviews: args.interview,
        decision: None,
        decision_reason: None,
        talent_pool_consent: None,
    };
    let path = dir.join("candidate.yaml");
    let text = hirekit_folder::new_candidate::render(&candidate);
    checked(&path, &text, &candidate, &profile.interviewers)?;
    match &target.database {
        Some(opened) => opened.source.add_candidate(&candidate)?,
        None => output::write_atomic(&path, text.as_bytes(), false)?,
    }
    let lang = profile.language;
    output::print(&format!(
        "{}\n{}\n",
        msg!(lang, "candidate-wrote", path = path.display().to_string()),
        msg!(lang, "candidate-next", id = id.as_str())
    ));
    Ok(ExitCode::SUCCESS)
}

/// The scorecard ids in the folder's scorecards folder.
fn scorecard_ids(root: &Path, profile: &Profile) -> Vec<String> {
    let dir = root.join(&profile.scorecards);
    // A search for an id that cannot exist lists every readable scorecard.
    match hirekit_folder::find_scorecard(&dir, "") {
        Ok(search) => search.known,
        Err(_) => Vec::new(),
    }
}

/// A warning when `handle` is not in the profile's `interviewers`, with the closest handle.
fn interviewer_note(handle: &str, interviewers: &BTreeMap<String, String>) {
    if let Some(message) = intake::interviewer_note(handle, interviewers) {
        output::warn(&message);
    }
}

/// Reads `text` back as every command would and refuses it unless it gives `expected` without
/// an error (the rule is `hirekit_folder::intake::check`).
fn checked(
    path: &Path,
    text: &str,
    expected: &Candidate,
    interviewers: &BTreeMap<String, String>,
) -> Result<()> {
    match intake::check(path, text, expected, interviewers) {
        Ok(()) => Ok(()),
        Err(problems) => {
            output::print_diagnostics(&problems);
            Err(anyhow!("nothing was written to {}", path.display()))
                .context("the candidate is not valid")
        }
    }
}
