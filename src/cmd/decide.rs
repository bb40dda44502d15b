//! `hirekit decide ID`: records the debrief. The record, its rules and what is said are
//! `hirekit-debrief`'s (`decide::prepare`); this file parses the options, writes the two files
//! and prints.

use std::process::ExitCode;

use anyhow::bail;
use chrono::{DateTime, FixedOffset};
use hirekit_debrief::decide::Refusal;
use hirekit_debrief::{FinalRating, Request};
use hirekit_folder::{Decision, DecisionReason, HistoryRecord};

use crate::hiring::{self, DirArg};
use crate::output::{self, write_atomic};

/// Record the decision on a candidate: its reason, a note, who decided and when, and the panel's
/// final rating of each disputed criterion
#[derive(clap::Args)]
#[command(after_help = "\
The record is appended to candidates/ID/debrief.yaml (earlier decisions stay), and `decision` and
`decision_reason` in candidate.yaml are set to match. A decision on a `discuss` proposal, or one
that differs from the proposal, needs --note; feedback letters wait until it is recorded.

Examples:
  hirekit decide c-2026-014 --decision reject --reason requirements
  hirekit decide c-2026-017 --decision advance --reason requirements --by \"Noor Visser\" \\
    --note \"Split on distributed systems; both answers named idempotent retries.\" \\
    --panel-met --final \"distributed-systems=3:named idempotent retries and a dead-letter queue\"")]
pub struct Args {
    /// The candidate id
    pub id: String,
    #[arg(long, value_enum)]
    pub decision: DecisionArg,
    #[arg(long, value_enum)]
    pub reason: ReasonArg,
    /// Why the panel decided this way (required for a `discuss` proposal or a different decision)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Who decided (default: the sender in hirekit.yaml)
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// The panel met to discuss: every disputed criterion then needs a --final rating
    #[arg(long)]
    pub panel_met: bool,
    /// The panel's final rating of a disputed criterion, with its reason (repeat per criterion)
    #[arg(long = "final", value_name = "CRITERION=RATING:REASON", value_parser = str::parse::<FinalRating>)]
    pub finals: Vec<FinalRating>,
    /// When the decision was taken (RFC 3339; default: now)
    #[arg(long, value_name = "DATETIME")]
    pub at: Option<DateTime<FixedOffset>>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum DecisionArg {
    Advance,
    Reject,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ReasonArg {
    /// The decision follows from the job requirements (met or not)
    Requirements,
    /// Another candidate matched the requirements more closely (rejections only)
    #[value(name = "other_candidate")]
    OtherCandidate,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = args
        .at
        .map_or_else(|| chrono::Local::now().date_naive(), |at| at.date_naive());
    // The debrief is an append-only history, like the letters': one writer at a time. A
    // database serialises its writers itself.
    let _lock = match args.dir.database_url() {
        Some(_) => None,
        None => Some(output::lock_folder(&args.dir.root()?)?),
    };
    let opened = hiring::open_source(&args.dir, today)?;
    let (folder, source) = (&opened.folder, opened.source.as_ref());
    let request = Request {
        decision: match args.decision {
            DecisionArg::Advance => Decision::Advance,
            DecisionArg::Reject => Decision::Reject,
        },
        reason: match args.reason {
            ReasonArg::Requirements => DecisionReason::Requirements,
            ReasonArg::OtherCandidate => DecisionReason::OtherCandidate,
        },
        note: args.note,
        by: args
            .by
            .unwrap_or_else(|| folder.profile.sender.name.clone()),
        at: args
            .at
            .unwrap_or_else(|| chrono::Local::now().fixed_offset()),
        panel_met: args.panel_met,
        final_ratings: args.finals,
    };
    let prepared = match hirekit_debrief::decide::prepare(
        source,
        folder,
        opened.had_errors,
        &args.id,
        request,
    ) {
        Ok(prepared) => prepared,
        Err(refusal) => return refused(refusal),
    };
    // Both records are prepared and checked before either is written. In a folder the decision
    // is set in the candidate's own text, so the recruiter's comments and layout stay.
    let edited = match &opened.folder_root {
        Some(_) => {
            let before = fs_err::read_to_string(&prepared.candidate_file)?;
            match prepared.edit_candidate(&before, folder.profile.language) {
                Ok(after) => Some(after),
                Err(refusal) => return refused(refusal),
            }
        }
        None => None,
    };
    source.write_record(&args.id, HistoryRecord::Debrief, &prepared.history)?;
    match edited {
        Some(after) => write_atomic(&prepared.candidate_file, after.as_bytes(), true)?,
        None => source.record_decision(&args.id, Some(prepared.decision), Some(prepared.reason))?,
    }
    output::print(&prepared.summary);
    Ok(if opened.had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn refused(refusal: Refusal) -> anyhow::Result<ExitCode> {
    match refusal {
        Refusal::Problems(problems) => {
            output::print_diagnostics(&problems);
            Ok(ExitCode::FAILURE)
        }
        Refusal::Message(message) => bail!("{message}"),
    }
}
