//! `candidates/<id>/debrief.yaml`: every decision taken about a candidate, oldest first. Field
//! doc comments become schema descriptions and hints, as in the other folder files.

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{Decision, DecisionReason};
use hirekit_panel::Outcome;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The file name in the candidate's folder.
pub use hirekit_folder::DEBRIEF_FILE;

/// The whole file: decisions are only ever added, so the record shows how a decision came about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit debrief record")]
pub struct DebriefLog {
    /// Every decision recorded with `hirekit decide`, oldest first; the last one counts.
    pub decisions: Vec<Debrief>,
}

/// One recorded decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Debrief {
    /// `advance` or `reject`.
    pub decision: Decision,
    /// `requirements` (the decision follows from the job requirements, met or not) or, for a
    /// rejection, `other_candidate` (another candidate matched the requirements more closely).
    pub reason: DecisionReason,
    /// Why the panel decided this way: required when the proposal was `discuss` or the decision
    /// differs from the proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Who decided.
    pub by: String,
    /// When the decision was recorded (RFC 3339).
    pub at: DateTime<FixedOffset>,
    /// What hirekit proposed at that moment.
    pub proposed: Proposed,
    /// When the panel met: the rating it agreed on for each disputed criterion, with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub final_ratings: Vec<FinalRating>,
    /// Interviewers whose scorecard was refilled (`hirekit fill --force`) after the panel's
    /// ratings were shown: their ratings may not be independent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refilled_after_ratings_shown: Vec<String>,
}

/// The proposal the decision was taken against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposed {
    /// `advance`, `discuss`, `reject` or `incomplete`.
    pub outcome: Outcome,
    /// The overall score, when anything was assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<f64>,
    /// The share of the total weight that was assessed, 0 to 1.
    pub coverage: f64,
    /// Whether the candidate was a near miss for the talent pool.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub talent_pool: bool,
}

/// The panel's agreed rating of one disputed criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FinalRating {
    /// The criterion id.
    pub criterion: String,
    /// The agreed rating on the scorecard's scale.
    pub rating: u8,
    /// Why, in terms of the criterion's anchors: what the answers contained.
    pub reason: String,
}
