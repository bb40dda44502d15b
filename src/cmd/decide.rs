//! `hirekit decide ID`: records the debrief. The record and its rules live in `hirekit-debrief`;
//! this file parses the options, writes the two files and reports.

use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};
use chrono::{DateTime, FixedOffset};
use hirekit_debrief::{DEBRIEF_FILE, FinalRating, Request};
use hirekit_folder::{
    Candidate, CandidateFiles, Decision, DecisionReason, HiringSource, HistoryRecord,
};
use hirekit_panel::Assessment;

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
    #[arg(long = "final", value_name = "CRITERION=RATING:REASON", value_parser = parse_final)]
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

/// `distributed-systems=3:named idempotent retries` → criterion, rating and reason.
fn parse_final(text: &str) -> Result<FinalRating, String> {
    let shape = "write CRITERION=RATING:REASON, e.g. `api-design=3:named the existing consumers`";
    let (criterion, rest) = text.split_once('=').ok_or(shape)?;
    let (rating, reason) = rest.split_once(':').ok_or(shape)?;
    let rating = rating
        .trim()
        .parse::<u8>()
        .map_err(|_| format!("`{}` is not a rating; {shape}", rating.trim()))?;
    Ok(FinalRating {
        criterion: criterion.trim().to_owned(),
        rating,
        reason: reason.trim().to_owned(),
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = args
        .at
        .map_or_else(|| chrono::Local::now().date_naive(), |at| at.date_naive());
    // The debrief is an append-only history, like the letters': one writer at a time. A
    // database serialises its writers itself.
    let _lock = match args.dir.database_url() {
        Some(_) => None,
        None => Some(crate::output::lock_folder(&args.dir.root()?)?),
    };
    let opened = hiring::open_source(&args.dir, today)?;
    let (folder, had_errors, source) = (&opened.folder, opened.had_errors, &opened.source);
    let Some(files) = folder.candidate(&args.id) else {
        if had_errors {
            bail!(
                "candidate `{}` could not be read (see the errors above)",
                args.id
            );
        }
        bail!(
            "no candidate `{}` in {}",
            args.id,
            folder.root.join("candidates").display()
        );
    };
    let card = folder
        .scorecard_of(&files.candidate)
        .with_context(|| format!("no scorecard for {}", args.id))?;
    let assessment = assess(folder, files);
    let Some(mut log) = read_log(source.as_ref(), &args.id)? else {
        return Ok(ExitCode::FAILURE);
    };
    let decision = match args.decision {
        DecisionArg::Advance => Decision::Advance,
        DecisionArg::Reject => Decision::Reject,
    };
    let reason = match args.reason {
        ReasonArg::Requirements => DecisionReason::Requirements,
        ReasonArg::OtherCandidate => DecisionReason::OtherCandidate,
    };
    let request = Request {
        decision,
        reason,
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
    let debrief = hirekit_debrief::record(request, card, &assessment).map_err(|problems| {
        anyhow!(
            "the decision on {} was not recorded:\n{}",
            args.id,
            problems
                .iter()
                .map(|p| format!("  - {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    })?;

    // Both records are prepared and checked before either is written. In a folder the decision
    // is set in the candidate's own text, so the recruiter's comments and layout stay.
    let candidate_path = files.dir.join("candidate.yaml");
    let edited = match &opened.folder_root {
        Some(_) => {
            let before = fs_err::read_to_string(&candidate_path)?;
            let after = hirekit_debrief::set_decision(&before, decision, reason);
            if hirekit_yaml::read::<Candidate>(&candidate_path, after.as_bytes()).is_err() {
                bail!(
                    "{} is not written one key per line, so hirekit cannot set the decision in it; \
                     nothing was recorded (write `decision:` and `decision_reason:` on lines of their own)",
                    candidate_path.display()
                );
            }
            Some(after)
        }
        None => None,
    };
    let summary = summary(&args.id, &debrief, &assessment);
    log.decisions.push(debrief);
    let debrief_path = files.dir.join(DEBRIEF_FILE);
    let text =
        hirekit_debrief::to_yaml(&log).map_err(|e| anyhow!("cannot write the debrief: {e}"))?;
    source.write_record(&args.id, HistoryRecord::Debrief, &text)?;
    match edited {
        Some(after) => write_atomic(&candidate_path, after.as_bytes(), true)?,
        None => source.record_decision(&args.id, Some(decision), Some(reason))?,
    }
    output::print(&format!("{summary}\n  → {}\n", debrief_path.display()));
    Ok(if had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn assess(folder: &hirekit_folder::Folder, files: &CandidateFiles) -> Assessment {
    crate::cmd::score::assess(folder, files).unwrap_or_else(|| {
        unreachable!("every loaded candidate has its scorecard (checked by hirekit-folder)")
    })
}

/// The debrief log as stored now, `Some(empty)` when there is none yet; `None` after printing
/// its problems.
fn read_log(
    source: &dyn HiringSource,
    id: &str,
) -> anyhow::Result<Option<hirekit_debrief::DebriefLog>> {
    let stored = source.read_record(id, HistoryRecord::Debrief)?;
    match hirekit_debrief::parse(stored.as_ref()) {
        Ok(log) => Ok(Some(log.unwrap_or_default())),
        Err(problems) => {
            output::print_diagnostics(&problems);
            Ok(None)
        }
    }
}

fn summary(id: &str, d: &hirekit_debrief::Debrief, a: &Assessment) -> String {
    let decision = match d.decision {
        Decision::Advance => "advance",
        _ => "reject",
    };
    let mut out = format!(
        "recorded: {id} {decision} by {} (proposed: {})",
        d.by,
        a.outcome.code()
    );
    for f in &d.final_ratings {
        out.push_str(&format!(
            "\n  final {} = {}: {}",
            f.criterion, f.rating, f.reason
        ));
    }
    if !d.refilled_after_ratings_shown.is_empty() {
        out.push_str(&format!(
            "\n  note: refilled after the ratings were shown: {}",
            d.refilled_after_ratings_shown.join(", ")
        ));
    }
    out
}
