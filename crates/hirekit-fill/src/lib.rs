//! Filling in a scorecard: what an interviewer's answers mean and what a saved draft holds.
//!
//! - [`answers`]: reading one answer (a score, a time, the red flags checked, a recommendation)
//!   and the labels shown next to the choices.
//! - [`draft`]: the answers so far, saved after every answer and turned into the submitted
//!   scorecard; its YAML with the scorecard's names as comments.
//! - [`yaml`]: the few YAML shapes these files use, quoted where a reader could misread them.
//! - [`open`]: what one interviewer's `fill` works on — from a folder only the few files they
//!   need, never another interviewer's ratings — and the checks before anything is asked.
//! - [`session`]: the terminal walk-through as a state machine over a [`session::Terminal`]
//!   (what is asked, in which order, what is wrong with an answer); [`screens`] (what the
//!   interviewer reads at each step), [`messages`] (refusals and how a session ended) and
//!   [`template`] (the blank scorecard of `hirekit fill --template`) are its renderers.
//!
//! The terminal walk-through (`hirekit fill`) and a web form use the same rules; the binary only
//! reads lines and prints what these modules return.

pub mod answers;
pub mod draft;
pub mod messages;
pub mod open;
pub mod screens;
pub mod session;
pub mod template;
mod text;
pub mod yaml;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{Candidate, TimeRules};
use hirekit_redflags::{Catalogue, Item};
use hirekit_scorecard::{Language, Scorecard};

/// Lines are wrapped at this width: readable in a terminal of 100 columns with room to spare.
pub const WIDTH: usize = 96;

/// Everything the walk-through and the template show about one interview.
pub struct Interview<'a> {
    pub candidate: &'a Candidate,
    pub scorecard: &'a Scorecard,
    pub interviewer: &'a str,
    pub language: Language,
    /// The folder's time rules: when this scorecard is due.
    pub rules: TimeRules,
    /// Every known checklist item, to check ticked ids against.
    pub catalogue: &'a Catalogue,
    /// The items for this interview: the interview stage, the scorecard's role family.
    pub red_flags: Vec<&'a Item>,
    /// Whether a submitted scorecard is being replaced (`--force`).
    pub replacing: bool,
}

/// The interviewer's planned interview that has taken place (the latest, if several): the time
/// a scorecard is filled in for. `Ok(None)` when none is planned; `Err` with the next one when
/// all of theirs still lie ahead (a scorecard is filled in after the interview).
pub fn planned_interview(
    candidate: &Candidate,
    interviewer: &str,
    now: DateTime<FixedOffset>,
) -> Result<Option<DateTime<FixedOffset>>, DateTime<FixedOffset>> {
    let theirs = candidate
        .interviews
        .iter()
        .filter(|i| i.interviewer == interviewer)
        .map(|i| i.at);
    match theirs.clone().filter(|at| *at <= now).max() {
        Some(at) => Ok(Some(at)),
        None => theirs.min().map_or(Ok(None), Err),
    }
}
