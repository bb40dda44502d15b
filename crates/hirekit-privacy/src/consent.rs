//! `candidates/<id>/consent.yaml`: every answer a candidate gave about keeping their data, oldest
//! first. Like `feedback.yaml` and `debrief.yaml` it only grows: a renewal or a withdrawal is a
//! new entry, so the record shows what the candidate agreed to on each day (AVG art. 7(1): the
//! employer must be able to show that consent was given).
//!
//! One entry is one row of a `consent` table (candidate, on, answer, how, purpose, until).
//!
//! `talent_pool_consent` in `candidate.yaml` is what the decision and its letter were told: `true`
//! means the candidate said yes when asked at the decision, so the letter names the month to get
//! back in touch; `false` means they said no. It carries no date, so it never keeps data longer:
//! only a dated entry here does. When both exist, the newest entry here counts for retention;
//! `privacy due` names a `true` without any entry here, and a `false`, in its reason.

use chrono::NaiveDate;
use hirekit_folder::TimeRules;
use hirekit_yaml::{Diagnostic, Document};
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

/// What the record says on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentState {
    /// No answer recorded.
    None,
    /// Consent given on `on`, ending on `until`.
    Given { on: NaiveDate, until: NaiveDate },
    /// Refused (or withdrawn) on `on`.
    Refused { on: NaiveDate },
}

impl ConsentLog {
    /// The newest answer given on or before `today` (an entry dated later is not yet in force).
    pub fn state(&self, today: NaiveDate) -> ConsentState {
        let newest = self
            .entries
            .iter()
            .filter(|e| e.on <= today)
            .max_by_key(|e| e.on);
        match newest {
            None => ConsentState::None,
            Some(e) => match (e.answer, e.until) {
                (Answer::Given, Some(until)) => ConsentState::Given { on: e.on, until },
                // A consent without an end date is refused by `check`; read as no consent.
                (Answer::Given, None) => ConsentState::None,
                (Answer::Refused, _) => ConsentState::Refused { on: e.on },
            },
        }
    }
}

/// The one answer to "may this person be in the talent pool on `day`?": the day their consent
/// ends when a talent-pool consent is in force on `day` (given on or before it, ending after it),
/// `None` otherwise. Every talent-pool rule asks this, whatever the record came from: a
/// candidate's `consent.yaml`, a person added to the pool by hand, or a database.
pub fn talent_pool_until(log: &ConsentLog, day: NaiveDate) -> Option<NaiveDate> {
    match log.state(day) {
        // On the day it ends the data is due for deletion (see `retention`): no longer valid.
        ConsentState::Given { until, .. } if day < until => Some(until),
        _ => None,
    }
}

/// Why an entry cannot be recorded; `None` when it can. Shared by `check` (a file written by
/// hand) and by `privacy consent` (an entry about to be added), so both refuse the same things.
pub fn entry_problem(entry: &ConsentEntry, rules: &TimeRules) -> Option<(&'static str, String)> {
    match (entry.answer, entry.until) {
        (Answer::Given, None) => Some((
            "/until",
            format!(
                "consent given on {} has no end date (`until`); consent is kept at most {} months",
                entry.on, rules.consent_months
            ),
        )),
        (Answer::Given, Some(until)) if until <= entry.on => Some((
            "/until",
            format!(
                "consent given on {} ends on {until}, not after it",
                entry.on
            ),
        )),
        (Answer::Given, Some(until)) if until > rules.consent_longest(entry.on) => Some((
            "/until",
            format!(
                "consent given on {} runs until {until}, longer than {} months (at most {})",
                entry.on,
                rules.consent_months,
                rules.consent_longest(entry.on)
            ),
        )),
        (Answer::Refused, Some(_)) => {
            Some(("/until", "a refusal has no end date (`until`)".to_owned()))
        }
        _ => None,
    }
}

/// Every problem in a consent record read from `document`, each at its line: an entry without an
/// end date, one longer than the company allows, entries out of date order.
pub fn check(log: &ConsentLog, document: &Document, rules: &TimeRules) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (i, entry) in log.entries.iter().enumerate() {
        if let Some((field, message)) = entry_problem(entry, rules) {
            problems.push(
                document
                    .error_at(&format!("/entries/{i}{field}"), message)
                    .with_hint(format!(
                        "ask the candidate again, and record the answer with an end date at most {} months after the day it was given",
                        rules.consent_months
                    )),
            );
        }
        if i > 0 && entry.on < log.entries[i - 1].on {
            problems.push(
                document
                    .error_at(
                        &format!("/entries/{i}/on"),
                        format!(
                            "this answer ({}) is older than the one before it ({})",
                            entry.on,
                            log.entries[i - 1].on
                        ),
                    )
                    .with_hint("keep the entries oldest first; add new answers at the end"),
            );
        }
    }
    problems
}

/// The file's text for `log`, with a comment that says how it is kept.
pub fn to_yaml(log: &ConsentLog) -> Result<String, String> {
    let yaml = serde_saphyr::to_string(log).map_err(|e| e.to_string())?;
    Ok(format!(
        "# Written by `hirekit privacy consent`: every answer about keeping this candidate's data,\n\
         # oldest first. Add an answer with `hirekit privacy consent`; do not edit earlier ones.\n{yaml}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid test date")
    }

    fn given(on: &str, until: &str) -> ConsentEntry {
        ConsentEntry {
            on: day(on),
            answer: Answer::Given,
            how: Channel::Email,
            purpose: Purpose::TalentPool,
            until: Some(day(until)),
        }
    }

    #[test]
    fn a_year_is_the_longest_consent() {
        let rules = TimeRules::DEFAULT;
        assert_eq!(
            entry_problem(&given("2026-12-01", "2027-12-01"), &rules),
            None
        );
        assert_eq!(
            entry_problem(&given("2026-12-01", "2027-12-02"), &rules),
            Some((
                "/until",
                "consent given on 2026-12-01 runs until 2027-12-02, longer than 12 months (at most 2027-12-01)".to_owned()
            ))
        );
    }

    #[test]
    fn talent_pool_consent_is_valid_from_the_day_given_until_the_day_before_it_ends() {
        let log = ConsentLog {
            entries: vec![given("2026-12-01", "2027-06-01")],
        };
        assert_eq!(talent_pool_until(&log, day("2026-11-30")), None);
        assert_eq!(
            talent_pool_until(&log, day("2026-12-01")),
            Some(day("2027-06-01"))
        );
        assert_eq!(
            talent_pool_until(&log, day("2027-05-31")),
            Some(day("2027-06-01"))
        );
        assert_eq!(talent_pool_until(&log, day("2027-06-01")), None);
        assert_eq!(
            talent_pool_until(&ConsentLog::default(), day("2027-01-01")),
            None
        );
    }

    #[test]
    fn the_newest_answer_in_force_counts() {
        let mut log = ConsentLog {
            entries: vec![given("2026-12-01", "2027-06-01")],
        };
        log.entries.push(ConsentEntry {
            on: day("2027-02-01"),
            answer: Answer::Refused,
            how: Channel::Form,
            purpose: Purpose::TalentPool,
            until: None,
        });
        assert_eq!(log.state(day("2026-11-30")), ConsentState::None);
        assert_eq!(
            log.state(day("2027-01-31")),
            ConsentState::Given {
                on: day("2026-12-01"),
                until: day("2027-06-01")
            }
        );
        assert_eq!(
            log.state(day("2027-02-01")),
            ConsentState::Refused {
                on: day("2027-02-01")
            }
        );
    }
}
