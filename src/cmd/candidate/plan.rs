//! `hirekit interview plan ID --interviewer NAME --at WHEN`: adds one planned interview to a
//! candidate's `candidate.yaml`, changing only the `interviews` list so that a hand-edited file
//! keeps its comments and layout.

use std::process::ExitCode;

use anyhow::{Result, bail};
use hirekit_folder::{PlannedInterview, new_candidate};
use hirekit_text::msg;

use super::{Target, checked, interviewer_note, parse_when};
use crate::hiring::DirArg;
use crate::output;
use crate::output::read_checked;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  hirekit interview plan c-2026-014 --interviewer ayla --at 2026-11-16T10:00
  hirekit interview plan c-2026-014 --interviewer bram --at \"2026-11-16 11:30\"")]
pub struct Args {
    /// The candidate's id: their folder under `candidates/`
    #[arg(value_name = "ID")]
    candidate: String,
    /// Who interviews: a handle from `interviewers` in hirekit.yaml
    #[arg(long, value_name = "NAME")]
    interviewer: String,
    /// When: 2026-11-16T10:00 in this computer's time zone, or a full RFC 3339 time
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    at: chrono::DateTime<chrono::FixedOffset>,
    #[command(flatten)]
    dir: DirArg,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let Some(target) = Target::open(&args.dir)? else {
        return Ok(ExitCode::FAILURE);
    };
    let (root, profile) = (&target.root, &target.profile);
    if let Some(problem) = hirekit_folder::fields::candidate_id_problem(&args.candidate) {
        bail!("{problem}");
    }
    let path = root
        .join("candidates")
        .join(&args.candidate)
        .join("candidate.yaml");
    let stored = match &target.database {
        Some(opened) => opened
            .folder
            .candidate(&args.candidate)
            .map(|files| files.candidate.clone()),
        None => None,
    };
    if stored.is_none() && (target.database.is_some() || !path.is_file()) {
        bail!(
            "no candidate `{}`: {} does not exist (add one with `hirekit candidate add`)",
            args.candidate,
            path.display()
        );
    }
    let mut candidate = match stored {
        Some(candidate) => candidate,
        None => match read_checked::<hirekit_folder::Candidate>(&path)? {
            Some((candidate, _)) => candidate,
            None => return Ok(ExitCode::FAILURE),
        },
    };
    let planned = PlannedInterview {
        interviewer: args.interviewer,
        at: args.at,
    };
    if let Some(problem) = hirekit_folder::intake::plan_problem(&candidate, &planned) {
        bail!("{problem}");
    }
    interviewer_note(&planned.interviewer, &profile.interviewers);
    if let Some(opened) = &target.database {
        // No text to keep in a database: the record is checked as the file it exports to.
        candidate.interviews.push(planned);
        checked(
            &path,
            &new_candidate::render(&candidate),
            &candidate,
            &profile.interviewers,
        )?;
        opened
            .source
            .plan_interviews(&args.candidate, &candidate.interviews)?;
        output::print(&format!(
            "{}\n",
            msg!(
                profile.language,
                "candidate-planned",
                path = path.display().to_string()
            )
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let text = String::from_utf8_lossy(&output::read_file(&path, None)?).into_owned();
    let Some(edited) =
        new_candidate::add_interview(&text, &new_candidate::interview_item(&planned))
    else {
        bail!(
            "{}: `interviews` is written in a style hirekit does not edit; add this item yourself:\n  - {}",
            path.display(),
            new_candidate::interview_item(&planned)
        );
    };
    candidate.interviews.push(planned);
    checked(&path, &edited, &candidate, &profile.interviewers)?;
    output::write_atomic(&path, edited.as_bytes(), true)?;
    output::print(&format!(
        "{}\n",
        msg!(
            profile.language,
            "candidate-planned",
            path = path.display().to_string()
        )
    ));
    Ok(ExitCode::SUCCESS)
}
