//! The debrief record: how a decision about a candidate was reached.
//!
//! hirekit proposes an outcome; a person decides. Under the Dutch burden of proof in
//! discrimination cases (Algemene wet gelijke behandeling, art. 10) the employer must be able to
//! show how a decision was reached, so `hirekit decide` writes it down: the decision and its
//! reason, a note, who decided and when, the proposal it was taken against, the panel's final
//! rating of each disputed criterion, and any scorecard refilled after the ratings were shown.
//!
//! The record is `candidates/<id>/debrief.yaml`, a list that only grows ([`DebriefLog`]); the
//! candidate's `decision` and `decision_reason` in `candidate.yaml` follow the latest entry
//! ([`set_decision`]). The rules ([`note_needed`], [`record`], [`missing_note`]) are shared by
//! `hirekit decide` and `hirekit feedback`, which refuses a letter while a needed note is missing.
//!
//! ```
//! use hirekit_debrief::{NoteNeeded, note_needed};
//! use hirekit_folder::Decision;
//! use hirekit_panel::Outcome;
//! assert_eq!(note_needed(Outcome::Reject, Decision::Reject), None);
//! assert_eq!(note_needed(Outcome::Discuss, Decision::Reject), Some(NoteNeeded::Discussed));
//! assert_eq!(
//!     note_needed(Outcome::Advance, Decision::Reject),
//!     Some(NoteNeeded::DiffersFromProposal(Outcome::Advance))
//! );
//! ```

mod candidate_file;
pub mod decide;
mod model;
mod rules;

use hirekit_yaml::Diagnostic;

pub use candidate_file::set_decision;
pub use model::{DEBRIEF_FILE, Debrief, DebriefLog, FinalRating, Proposed};
pub use rules::{
    NoteNeeded, Problem, Request, Wording, check, disputed, missing_note, note_needed, record,
    record_with,
};

/// The candidate's debrief history, as their hiring source stored it: `None` when there is none
/// yet, or every problem found in it, each at its line.
pub fn of(files: &hirekit_folder::CandidateFiles) -> Result<Option<DebriefLog>, Vec<Diagnostic>> {
    parse(files.debrief.as_ref())
}

/// Why no letter may go out yet for the candidate's decision, or `None` when it may: a needed
/// note is missing ([`missing_note`]), or the debrief history cannot be read (its problems, each
/// at its line). No decision yet: `None` (the letter rules refuse that on their own).
pub fn letter_blocked(
    files: &hirekit_folder::CandidateFiles,
    assessment: &hirekit_panel::Assessment,
) -> Option<String> {
    let decision = files.candidate.decision?;
    let log = match of(files) {
        Ok(log) => log,
        Err(problems) => {
            return Some(
                problems
                    .iter()
                    .map(Diagnostic::render)
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
    };
    missing_note(
        &files.candidate.id,
        decision,
        files.candidate.decision_reason,
        assessment,
        log.as_ref(),
    )
}

/// A stored debrief history (`None` when there is none), e.g. as re-read from the hiring
/// source just before a decision is added.
pub fn parse(
    stored: Option<&hirekit_folder::StoredRecord>,
) -> Result<Option<DebriefLog>, Vec<Diagnostic>> {
    let Some(stored) = stored else {
        return Ok(None);
    };
    let bytes = stored.bytes.as_ref().map_err(|d| vec![(**d).clone()])?;
    hirekit_yaml::read::<DebriefLog>(&stored.path, bytes).map(|(log, _)| Some(log))
}

/// The file's text for `log`, with a comment that says where it comes from.
pub fn to_yaml(log: &DebriefLog) -> Result<String, String> {
    let yaml = serde_saphyr::to_string(log).map_err(|e| e.to_string())?;
    Ok(format!(
        "# Written by `hirekit decide`: every decision about this candidate, oldest first.\n\
         # Add a decision with `hirekit decide`; do not edit or remove earlier ones.\n{yaml}"
    ))
}

#[cfg(test)]
mod tests;
