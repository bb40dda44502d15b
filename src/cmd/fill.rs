//! `hirekit fill`: an interviewer fills in their scorecard in the terminal, right after the
//! interview, or writes a blank one to fill in with an editor (`--template`).
//!
//! It reads only what the interviewer needs: the company profile, the candidate, the candidate's
//! scorecard, the red-flag checklists and the interviewer's own draft. Other interviewers' files
//! are never opened, so their ratings cannot be shown before everyone has submitted.

//! The rules, the questions and every sentence are `hirekit-fill`'s (`open`, `session`,
//! `screens`, `messages`, `template`); this file reads lines, prints and writes the files.

use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use chrono::{DateTime, FixedOffset, Timelike as _};
use hirekit_fill::draft::Draft;
use hirekit_fill::open::{Refusal, SubmitError};
use hirekit_fill::session::{Ending, Session};
use hirekit_fill::{messages, template};
use hirekit_scorecard::Language;
use hirekit_text::msg;

use crate::cmd::scorecard::parse_language;
use crate::hiring::DirArg;
use crate::output;
use crate::prompt::Prompter;

/// `hirekit fill` (the help text a user sees is in `after_help`: clap shows the sub-command's
/// one-line summary from `main.rs` instead of this comment).
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Walks you through every criterion of the candidate's scorecard: the requirement, the questions and
what each score looks like. Then asks a score (or n = not assessed) with the evidence for it, the
red flags you checked, and your overall recommendation; a summary lets you change any answer
before you submit.

Every answer is saved at once to a hidden draft, candidates/ID/interviews/.NAME.draft.yaml: stop
whenever you like (Ctrl-C) and run the same command again to continue. Your submitted scorecard is
candidates/ID/interviews/NAME.yaml. Other interviewers' scorecards are never opened.

Exit status: 0 when the scorecard was submitted or the template written; 1 when the input ended
before submitting (the draft keeps your answers), when you already submitted and did not give
--force, or when a file of the hiring folder has a problem.

Examples:
  hirekit fill --candidate c-2026-014 --interviewer anna
  hirekit fill --candidate c-2026-014 --interviewer anna --lang en
  hirekit fill --candidate c-2026-014 --interviewer anna --template
  hirekit fill --candidate c-2026-014 --interviewer anna --template -")]
pub struct Args {
    /// The candidate's id: their folder under `candidates/`
    #[arg(long, value_name = "ID")]
    candidate: String,
    /// Your name or handle, as in the candidate's planned interviews; your scorecard is saved
    /// as `interviews/NAME.yaml`
    #[arg(long, value_name = "NAME")]
    interviewer: String,
    #[command(flatten)]
    dir: DirArg,
    /// Replace the scorecard you already submitted (or an existing template file)
    #[arg(long)]
    force: bool,
    /// Instead of asking in the terminal, write a blank scorecard with every criterion,
    /// requirement and anchor as comments, to fill in with your editor: to
    /// `interviews/NAME.yaml` (not replacing an existing file without --force), or with
    /// `--template -` to standard output
    #[arg(long, value_name = "-", num_args = 0..=1)]
    template: Option<Option<String>>,
    /// Language of the questions (default: `language` in hirekit.yaml)
    #[arg(long, value_parser = parse_language, value_name = "nl|en")]
    lang: Option<Language>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let found = match args.dir.database_url() {
        Some(_) => {
            let opened = crate::hiring::open_source(&args.dir, now().date_naive())?;
            let (folder, catalogue, source) = (opened.folder, opened.catalogue, opened.source);
            hirekit_fill::open::from_source(
                folder,
                catalogue,
                source,
                &args.candidate,
                &args.interviewer,
                args.lang,
            )
        }
        None => {
            let here = std::env::current_dir().unwrap_or_default();
            hirekit_fill::open::from_folder(
                &args.dir.root()?,
                &args.candidate,
                &args.interviewer,
                args.lang,
                &here,
            )
        }
    };
    let found = match found {
        Ok(found) => found,
        Err(refusal) => return refused(refusal),
    };
    output::print_diagnostics(&found.warnings);
    let lang = found.language;
    let place = found.place(&args.interviewer);
    let red_flags = hirekit_kit::interview_items(&found.catalogue, found.scorecard.role_family);
    let interview = found.interview(&args.interviewer, red_flags, args.force && place.already);
    let planned = found.interviewed_at(&args.interviewer, now());

    if let Some(target) = &args.template {
        // A template may be written before the interview: it then carries the planned time.
        let at = hirekit_fill::planned_interview(&found.candidate, &args.interviewer, now())
            .unwrap_or_else(Some);
        let text = template::render(&interview, at);
        match target.as_deref() {
            // A template file is submitted by being in the folder; a database has no such
            // place, so it is printed for the interviewer instead.
            None if found.database.is_some() => bail!("{}", msg!(lang, "fill-template-database")),
            None => {
                output::write_atomic(&place.submitted, text.as_bytes(), args.force)?;
                output::print(&messages::template_written(
                    &place.submitted,
                    &found.candidate.id,
                    lang,
                ));
            }
            Some("-") => output::print(&text),
            Some(other) => bail!("{}", msg!(lang, "fill-template-value", value = other)),
        }
        return Ok(ExitCode::SUCCESS);
    }

    // Refuse before asking anything: an interviewer must not type ten answers only to learn
    // at the end that they cannot be saved.
    if place.already && !args.force {
        return refused(found.already_submitted(&args.interviewer, &place));
    }
    let planned = match planned {
        Ok(planned) => planned,
        Err(refusal) => return refused(refusal),
    };
    let saved = match place.draft.exists() {
        true => Some(output::read_file(&place.draft, None)?),
        false => None,
    };
    let (mut draft, resumed) = match found.resume(&args.interviewer, &place.draft, saved.as_deref())
    {
        Ok(pair) => pair,
        Err(refusal) => return refused(refusal),
    };
    for id in draft.keep_valid_ratings(&found.scorecard) {
        output::print(&messages::rating_dropped(&id, lang));
    }
    if draft.interviewed_at.is_none() {
        draft.interviewed_at = planned;
    }

    let mut store = |d: &Draft| -> Result<()> {
        let text = d.to_yaml(&found.scorecard, lang);
        output::write_atomic(&place.draft, text.as_bytes(), true)
            .context(msg!(lang, "fill-draft-not-saved"))
    };
    let stdin = std::io::stdin();
    let mut session = Session {
        p: Prompter::for_terminal(stdin.lock(), output::stdout()),
        interview: &interview,
        draft,
        store: &mut store,
        clock: &now,
    };
    match session.run(resumed)? {
        Ending::Submitted(mut filled) => {
            found.mark_refill(&mut filled, interview.replacing);
            match found.submit(&filled, &place, args.force) {
                Ok(Some(yaml)) => {
                    output::write_atomic(&place.submitted, yaml.as_bytes(), args.force)?
                }
                Ok(None) => {}
                Err(SubmitError::Refused(refusal)) => return refused(refusal),
                Err(SubmitError::Source(error)) => return Err(error.into()),
            }
            if place.draft.exists() {
                fs_err::remove_file(&place.draft)?;
            }
            output::print(&messages::submitted(
                &filled,
                &place.submitted,
                &interview.rules,
                lang,
            ));
            Ok(ExitCode::SUCCESS)
        }
        Ending::Stopped => {
            let saved = place.draft.exists().then_some(place.draft.as_path());
            output::print(&messages::stopped(saved, lang));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Prints why `fill` stopped; an error when there is a sentence to say, exit status 1 after
/// located problems alone.
fn refused(refusal: Refusal) -> Result<ExitCode> {
    output::print_diagnostics(&refusal.problems);
    match refusal.message {
        Some(message) => bail!("{message}"),
        None => Ok(ExitCode::FAILURE),
    }
}

/// The time now, to the second, with this computer's UTC offset.
fn now() -> DateTime<FixedOffset> {
    let now = chrono::Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}
