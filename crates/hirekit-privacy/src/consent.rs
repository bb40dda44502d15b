//! The consent record and what it means: every answer a candidate gave about keeping their
//! data, oldest first (`candidates/<id>/consent.yaml` in a hiring folder, one row of
//! `consent_answers` per answer in a database; the data types live in
//! [`hirekit_folder::consent`], so both sources hold the same record). Like `feedback.yaml` and
//! `debrief.yaml` it only grows: a renewal or a withdrawal is a new entry, so the record shows
//! what the candidate agreed to on each day (AVG art. 7(1): the employer must be able to show
//! that consent was given).
//!
//! [`on_day`] is the one place that says whether a candidate has valid consent on a day; the
//! retention rules and the talent pool both ask it.
//!
//! `talent_pool_consent` in `candidate.yaml` is what the decision and its letter were told: `true`
//! means the candidate said yes when asked at the decision, so the letter names the month to get
//! back in touch; `false` means they said no. It carries no date, so it never keeps data longer:
//! only a dated entry here does. When both exist, the newest entry here counts for retention;
//! `privacy due` names a `true` without any entry here, and a `false`, in its reason.

use chrono::NaiveDate;
use hirekit_folder::{CandidateFiles, StoredRecord, TimeRules};
use hirekit_yaml::{Diagnostic, Document};

pub use hirekit_folder::consent::{
    Answer, CONSENT_FILE, Channel, ConsentEntry, ConsentLog, Purpose, to_yaml,
};

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

/// What `log` says on `today`: the newest answer given on or before it (an entry dated later
/// is not yet in force).
pub fn state(log: &ConsentLog, today: NaiveDate) -> ConsentState {
    let newest = log
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

/// A candidate's consent record, read from the model (either source) and checked: an empty
/// record when there is none, or every problem, each at its line.
pub fn of(files: &CandidateFiles, rules: &TimeRules) -> Result<ConsentLog, Vec<Diagnostic>> {
    parse(files.consent.as_ref(), rules)
}

/// A stored consent record (`None` when there is none), read and checked, e.g. as read again
/// from the hiring source just before an answer is added.
pub fn parse(
    stored: Option<&StoredRecord>,
    rules: &TimeRules,
) -> Result<ConsentLog, Vec<Diagnostic>> {
    let Some(stored) = stored else {
        return Ok(ConsentLog::default());
    };
    let bytes = stored.bytes.as_ref().map_err(|d| vec![(**d).clone()])?;
    let (log, document) = hirekit_yaml::read::<ConsentLog>(&stored.path, bytes)?;
    let problems = check(&log, &document, rules);
    if problems.is_empty() {
        Ok(log)
    } else {
        Err(problems)
    }
}

/// Whether `files`' candidate has valid consent on `day`, and what it is: the one answer to
/// "may we keep and use this person's data for the talent pool on this day?". `Given` only
/// when the newest answer in force is a consent that has not ended (`until` is the first day
/// without it); a record with problems is an error, never read as consent.
pub fn on_day(
    files: &CandidateFiles,
    rules: &TimeRules,
    day: NaiveDate,
) -> Result<ConsentState, Vec<Diagnostic>> {
    let log = of(files, rules)?;
    Ok(match state(&log, day) {
        ConsentState::Given { until, .. } if day >= until => ConsentState::None,
        other => other,
    })
}

/// The one answer to "may this person be in the talent pool on `day`?": the day their consent
/// ends when a talent-pool consent is in force on `day` (given on or before it, ending after it),
/// `None` otherwise. Every talent-pool rule asks this, whatever the record came from: a
/// candidate's `consent.yaml`, a person added to the pool by hand, or a database.
pub fn talent_pool_until(log: &ConsentLog, day: NaiveDate) -> Option<NaiveDate> {
    match state(log, day) {
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
        assert_eq!(state(&log, day("2026-11-30")), ConsentState::None);
        assert_eq!(
            state(&log, day("2027-01-31")),
            ConsentState::Given {
                on: day("2026-12-01"),
                until: day("2027-06-01")
            }
        );
        assert_eq!(
            state(&log, day("2027-02-01")),
            ConsentState::Refused {
                on: day("2027-02-01")
            }
        );
    }
}
