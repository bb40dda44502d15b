//! `candidates/<id>/feedback.yaml`: what feedback was generated, so `hirekit due` can stop
//! reminding and the talent-pool follow-up knows when to reconnect.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const RECORD_FILE: &str = "feedback.yaml";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit feedback record")]
pub struct FeedbackRecord {
    /// The date on the letter.
    pub letter_date: NaiveDate,
    /// The language the letter was written in.
    pub language: hirekit_scorecard::Language,
    /// The files written, relative to the hiring folder.
    pub files: Vec<String>,
    /// Whether the letter was sent within `feedback_days` of the last interview.
    pub on_time: bool,
    /// When the candidate is a near miss: the month to get back in touch (YYYY-MM-DD, first of month).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconnect_after: Option<NaiveDate>,
}
