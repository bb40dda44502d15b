//! The consent record of a candidate (`candidates/<id>/consent.yaml`): every answer the
//! candidate gave about keeping their data, oldest first. Like `feedback.yaml` and
//! `debrief.yaml` it only grows: a renewal or a withdrawal is a new entry, so the record shows
//! what the candidate agreed to on each day (AVG art. 7(1): the employer must be able to show
//! that consent was given).
//!
//! Only the data lives here, so that every hiring source (the folder, a database with one row
//! per answer) stores the same record. The rules — what the record means on a day, its limits —
//! live in `hirekit-privacy`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The file name in the candidate's folder.
pub const CONSENT_FILE: &str = "consent.yaml";

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit consent record")]
pub struct ConsentLog {
    /// Every answer, oldest first; the newest counts.
    pub entries: Vec<ConsentEntry>,
}

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentEntry {
    /// The day the candidate answered (YYYY-MM-DD).
    pub on: NaiveDate,
    /// `given` or `refused` (a refusal also withdraws an earlier consent).
    pub answer: Answer,
    /// How the answer came in: `letter_reply`, `email`, `form` or `conversation`.
    pub how: Channel,
    /// What the consent is for: `talent_pool`.
    pub purpose: Purpose,
    /// With `given`: the day the consent ends, at most `consent_months` (default 12) after `on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Given,
    Refused,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A reply to the feedback letter or to a renewal request.
    LetterReply,
    Email,
    /// A web or paper form the candidate filled in.
    Form,
    /// Said in a conversation (telephone, interview) and noted by the recruiter.
    Conversation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Keeping the candidate's details to contact them about later vacancies.
    TalentPool,
}

impl Answer {
    pub fn code(self) -> &'static str {
        match self {
            Answer::Given => "given",
            Answer::Refused => "refused",
        }
    }
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::LetterReply => "letter_reply",
            Channel::Email => "email",
            Channel::Form => "form",
            Channel::Conversation => "conversation",
        }
    }
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Purpose::TalentPool => "talent_pool",
        }
    }
}

/// The file's text for `log`, with a comment that says how it is kept. Every source writes
/// the record with this, so a database exports the file a folder would hold.
pub fn to_yaml(log: &ConsentLog) -> Result<String, String> {
    let yaml = serde_saphyr::to_string(log).map_err(|e| e.to_string())?;
    Ok(format!(
        "# Written by `hirekit privacy consent`: every answer about keeping this candidate's data,\n\
         # oldest first. Add an answer with `hirekit privacy consent`; do not edit earlier ones.\n{yaml}"
    ))
}
