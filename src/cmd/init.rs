//! `hirekit init [DIR]`: a hiring folder for a real vacancy — `hirekit.yaml` with a comment on
//! every key, and one bundled scorecard copied in to edit.
//!
//! Every value comes from a flag, or else from a question; with `--yes` nothing is asked and what
//! was not given gets a default or a `TODO` line that every command then warns about. What is
//! written is checked with the same reader every command uses before anything is written, and
//! no file that already exists is replaced.

mod questions;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use hirekit_folder::new_profile::{self, ProfileAnswers, place_of};
use hirekit_scorecard::Language;
use hirekit_text::msg;

use crate::bundled;
use crate::cmd::scorecard::parse_language;
use crate::output;
use crate::prompt::Prompter;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Asks for what it needs, or takes it from the flags; with --yes it asks nothing and writes a
`TODO` line for what is missing (every command then warns about it until it is filled in).
Writes DIR/hirekit.yaml, DIR/scorecards/ID.yaml (a copy of a bundled scorecard, to edit for
the vacancy) and DIR/scorecards/scorecard.schema.json (for editors). Never replaces a file.

Examples:
  hirekit init vacature-devops
  hirekit init vacature-devops --company \"Kanaalzicht Software B.V.\" --scorecard devops-sre-engineer --yes
  hirekit init . --lang en --interviewer \"ayla=Ayla Bakker\" --interviewer \"bram=Bram Visser\"")]
pub struct Args {
    /// The folder to create the hiring folder in (default: the current folder)
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    /// The company name as it appears on letters
    #[arg(long, value_name = "NAME")]
    company: Option<String>,
    /// One line of the postal address; give it once per line
    #[arg(long, value_name = "LINE")]
    address: Vec<String>,
    /// The place letters are dated from (default: the place in the last address line)
    #[arg(long, value_name = "PLACE")]
    place: Option<String>,
    /// Who signs letters and sends e-mails: full name
    #[arg(long, value_name = "NAME")]
    sender_name: Option<String>,
    /// The sender's job title (default: Recruiter)
    #[arg(long, value_name = "TITLE")]
    sender_title: Option<String>,
    /// The e-mail address replies go to
    #[arg(long, value_name = "ADDRESS")]
    sender_email: Option<String>,
    /// A phone number for questions (optional)
    #[arg(long, value_name = "NUMBER")]
    sender_phone: Option<String>,
    /// The default language of letters and kits (default: nl)
    #[arg(long, value_parser = parse_language, value_name = "nl|en")]
    lang: Option<Language>,
    /// Hours within which interviewers submit their scorecard (default: 24)
    #[arg(long, value_name = "HOURS", value_parser = clap::value_parser!(u32).range(1..=168))]
    scorecard_hours: Option<u32>,
    /// Days after the last interview within which a rejected candidate gets feedback (default: 7)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=30))]
    feedback_days: Option<u32>,
    /// Months after which a near miss is offered to reconnect (default: 6)
    #[arg(long, value_name = "MONTHS", value_parser = clap::value_parser!(u32).range(1..=12))]
    reconnect_months: Option<u32>,
    /// The bundled scorecard to start from: senior-backend-developer, frontend-developer,
    /// data-engineer, devops-sre-engineer or tech-lead-architect
    #[arg(long, value_name = "ID")]
    scorecard: Option<String>,
    /// An interviewer as `handle=Full Name` (letters name them so); give it once per interviewer
    #[arg(long, value_name = "HANDLE=NAME", value_parser = parse_interviewer)]
    interviewer: Vec<(String, String)>,
    /// Ask nothing: use the defaults and write `TODO` lines for what was not given
    #[arg(long, short = 'y')]
    yes: bool,
}

pub(crate) fn parse_interviewer(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((handle, name)) if !handle.trim().is_empty() && !name.trim().is_empty() => {
            Ok((handle.trim().to_owned(), name.trim().to_owned()))
        }
        _ => Err(format!(
            "expected `handle=Full Name`, e.g. `ayla=Ayla Bakker`, not `{text}`"
        )),
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let profile_path = args.dir.join(hirekit_folder::PROFILE_FILE);
    // Refuse before asking anything: nobody should answer ten questions to learn that.
    if profile_path.exists() {
        bail!(
            "{} already exists: this is a hiring folder already; hirekit init never replaces its files",
            profile_path.display()
        );
    }
    if let Some(id) = &args.scorecard
        && bundled::scorecard(id).is_none()
    {
        bail!("{}", unknown_scorecard(id));
    }
    let answers = if args.yes {
        from_flags(&args)
    } else {
        let stdin = std::io::stdin();
        let mut p = Prompter::for_terminal(stdin.lock(), output::stdout());
        match questions::ask(&args, &mut p)? {
            Some(answers) => answers,
            None => {
                output::print("Gestopt; er is niets geschreven. / Stopped; nothing was written.\n");
                return Ok(ExitCode::FAILURE);
            }
        }
    };
    let written = write(&args.dir, &answers)?;
    output::print(&report(&args.dir, &written, &answers));
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn unknown_scorecard(id: &str) -> String {
    let ids: Vec<&str> = bundled::SCORECARDS.iter().map(|s| s.id).collect();
    let hint = hirekit_yaml::did_you_mean(id, ids.iter().copied())
        .map_or_else(String::new, |m| format!(" (did you mean `{m}`?)"));
    format!(
        "there is no bundled scorecard `{id}`{hint}; choose one of: {}",
        ids.join(", ")
    )
}

/// The answers from the flags and defaults alone (`--yes`).
pub(crate) fn from_flags(args: &Args) -> ProfileAnswers {
    let place = args
        .place
        .clone()
        .or_else(|| args.address.last().and_then(|l| place_of(l)));
    ProfileAnswers {
        company: args.company.clone(),
        address: args.address.clone(),
        place,
        sender_name: args.sender_name.clone(),
        sender_title: args
            .sender_title
            .clone()
            .unwrap_or_else(|| "Recruiter".to_owned()),
        sender_email: args.sender_email.clone(),
        sender_phone: args.sender_phone.clone(),
        language: args.lang.unwrap_or(Language::Nl),
        scorecard_hours: args.scorecard_hours.unwrap_or(24),
        feedback_days: args.feedback_days.unwrap_or(7),
        reconnect_months: args.reconnect_months.unwrap_or(6),
        scorecard: args
            .scorecard
            .clone()
            .unwrap_or_else(|| bundled::SCORECARDS[0].id.to_owned()),
        interviewers: args.interviewer.clone(),
    }
}

/// Writes the folder's files, each checked first; returns the paths written.
fn write(dir: &Path, answers: &ProfileAnswers) -> Result<Vec<PathBuf>> {
    let profile = new_profile::render(answers);
    if let Err(problems) = new_profile::check(&profile) {
        let rendered: String = problems
            .iter()
            .map(hirekit_yaml::Diagnostic::render)
            .collect();
        bail!("the answers do not make a valid hirekit.yaml, so nothing was written:\n{rendered}");
    }
    let Some(scorecard) = bundled::scorecard(&answers.scorecard) else {
        bail!("{}", unknown_scorecard(&answers.scorecard));
    };
    let schema = serde_json::to_string_pretty(&hirekit_scorecard::json_schema())? + "\n";
    let files = [
        (dir.join(hirekit_folder::PROFILE_FILE), profile),
        (
            dir.join("scorecards")
                .join(format!("{}.yaml", scorecard.id)),
            scorecard.yaml.to_owned(),
        ),
        (dir.join("scorecards").join("scorecard.schema.json"), schema),
    ];
    // All or nothing: check every target before writing the first.
    for (path, _) in &files {
        if fs_err::symlink_metadata(path).is_ok() {
            bail!(
                "{} already exists; hirekit init never replaces a file: move it away or choose another folder",
                path.display()
            );
        }
    }
    let mut written = Vec::new();
    for (path, contents) in files {
        output::write_atomic(&path, contents.as_bytes(), false)?;
        written.push(path);
    }
    fs_err::create_dir_all(dir.join("candidates"))?;
    Ok(written)
}

/// What was written and what to do next.
fn report(dir: &Path, written: &[PathBuf], answers: &ProfileAnswers) -> String {
    let lang = answers.language;
    let mut out = String::new();
    for path in written {
        out.push_str(&format!(
            "{} {}\n",
            msg!(lang, "init-wrote"),
            path.display()
        ));
    }
    let missing = new_profile::missing(answers);
    if !missing.is_empty() {
        out.push_str(&format!(
            "{} {}\n",
            msg!(lang, "init-still-todo"),
            missing.join(", ")
        ));
    }
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {} && ", dir.display())
    };
    out.push_str(&format!(
        "\n{}\n  {cd}hirekit scorecard show scorecards/{id}.yaml   # {}\n  \
         hirekit candidate add --name \"...\" --email ... --interview ayla=2026-11-16T10:00\n  \
         hirekit due                                  # {}\n",
        msg!(lang, "init-next"),
        msg!(lang, "init-next-scorecard"),
        msg!(lang, "init-next-due"),
        id = answers.scorecard
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interviewers_are_handle_and_name() {
        assert_eq!(
            parse_interviewer("ayla = Ayla Bakker"),
            Ok(("ayla".to_owned(), "Ayla Bakker".to_owned()))
        );
        assert!(parse_interviewer("ayla").is_err());
        assert!(parse_interviewer("=Ayla").is_err());
    }
}
