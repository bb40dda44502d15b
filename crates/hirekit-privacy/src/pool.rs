//! The talent pool, as the retention rules see it. The pool itself is kept by `hirekit-pool`
//! (which depends on this crate), so the caller hands it in behind [`PoolRecords`]: a purge or
//! an erasure removes a candidate's pool entry and its contact notes with the rest of their
//! data, and a person added to the pool by hand — who has no procedure, only their own consent
//! — is due for a renewal request and for deletion by the same rules as a candidate.

use chrono::NaiveDate;
use hirekit_folder::TimeRules;
use hirekit_scorecard::Language;
use hirekit_yaml::Diagnostic;

use crate::consent::{self, ConsentEntry, ConsentLog, ConsentState};
use crate::retention::{Action, Due, EndedBy};

/// How the pool is named where a candidate's id would be (an unreadable pool).
pub const POOL_NAME: &str = "pool.yaml";

/// One entry of the talent pool.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolMember {
    /// The candidate id, or the pool id (`p-001`) of a person added by hand.
    pub id: String,
    /// A person added by hand; `None` for a candidate, whose details are in their own files.
    pub person: Option<Person>,
    /// How many contacts the log holds (each with a topic and perhaps a note: free text).
    pub contacts: usize,
    /// The entry as stored, for the right of access.
    pub entry: serde_json::Value,
}

/// What the rules need about a person added to the pool by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// How they came in: `declined_offer`, `event`, `former_employee` or `referred`.
    pub kind: &'static str,
    pub name: String,
    pub given_name: Option<String>,
    pub language: Language,
    pub added_on: NaiveDate,
    pub consent: ConsentLog,
}

/// Why a pool could not be changed; the pool is as it was.
#[derive(Debug)]
pub struct PoolError(pub String);

impl std::fmt::Display for PoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where the talent pool is kept: `pool.yaml` in a hiring folder or the pool tables of a
/// database (implemented by `hirekit-pool`).
pub trait PoolRecords {
    /// Everyone in the pool, in the order they were added; the problems of a pool that cannot
    /// be read, each at its place.
    fn members(&self) -> Result<Vec<PoolMember>, Vec<Diagnostic>>;

    /// Removes the entry of `id` with its contact log, all or nothing; nothing happens when
    /// `id` is not in the pool. With `audit`, the line is written with it: in the same
    /// transaction in a database; in a folder appended to the audit log right after the pool
    /// file is replaced.
    fn remove(&self, id: &str, audit: Option<&str>) -> Result<(), PoolError>;

    /// Adds an answer to the consent record of person `id` (added by hand), atomically.
    fn record_consent(&self, id: &str, entry: ConsentEntry) -> Result<ConsentLog, PoolError>;
}

/// A place without a talent pool (an empty one).
pub struct NoPool;

impl PoolRecords for NoPool {
    fn members(&self) -> Result<Vec<PoolMember>, Vec<Diagnostic>> {
        Ok(Vec::new())
    }

    fn remove(&self, _: &str, _: Option<&str>) -> Result<(), PoolError> {
        Ok(())
    }

    fn record_consent(&self, id: &str, _: ConsentEntry) -> Result<ConsentLog, PoolError> {
        Err(PoolError(format!("`{id}` is not in the talent pool")))
    }
}

/// What is due for a person added to the pool by hand on `today`. They have no procedure:
/// their data is kept only with their consent.
///
/// - consent in force: nothing, until a week before it ends (ask for renewal);
/// - consent ended and not renewed: delete, from the day it ended;
/// - refused (or withdrew): delete, from the day of the refusal;
/// - no consent recorded at all (a hand-edited pool): delete, from the day they were added.
///
/// A purge follows a grace week after the day it became due, as for a candidate.
pub fn person_due(id: &str, person: &Person, rules: &TimeRules, today: NaiveDate) -> Option<Due> {
    let mut item = Due {
        candidate: id.to_owned(),
        action: Action::Delete,
        from: person.added_on,
        purge_from: None,
        procedure_end: person.added_on,
        ended_by: EndedBy::AddedToPool,
        consent_until: None,
        refused_on: None,
        consent_not_recorded: false,
        refused_at_decision: false,
    };
    match consent::state(&person.consent, today) {
        ConsentState::Given { until, .. } => {
            item.consent_until = Some(until);
            if today >= until {
                item.from = until;
            } else if today >= rules.renewal_request(until) {
                item.action = Action::AskRenewal;
                item.from = rules.renewal_request(until);
                return Some(item);
            } else {
                return None;
            }
        }
        ConsentState::Refused { on } => {
            item.refused_on = Some(on);
            item.from = on;
        }
        ConsentState::None => {}
    }
    if today < item.from {
        return None;
    }
    item.purge_from = Some(rules.purge_from(item.from));
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::{Answer, Channel, Purpose};

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid test date")
    }

    fn person(entries: Vec<ConsentEntry>) -> Person {
        Person {
            kind: "event",
            name: "Test Person".to_owned(),
            given_name: None,
            language: Language::En,
            added_on: day("2026-12-01"),
            consent: ConsentLog { entries },
        }
    }

    fn given(on: &str, until: &str) -> ConsentEntry {
        ConsentEntry {
            on: day(on),
            answer: Answer::Given,
            how: Channel::Conversation,
            purpose: Purpose::TalentPool,
            until: Some(day(until)),
        }
    }

    /// What is due on a day: the action, from when, and the first day of the purge.
    type Outcome = Option<(Action, NaiveDate, Option<NaiveDate>)>;

    /// (day, what is due) for each day asked.
    fn around(p: &Person, days: &[&str]) -> Vec<(String, Outcome)> {
        days.iter()
            .map(|d| {
                let due = person_due("p-001", p, &TimeRules::DEFAULT, day(d));
                (d.to_string(), due.map(|x| (x.action, x.from, x.purge_from)))
            })
            .collect()
    }

    #[test]
    fn a_person_is_asked_a_week_before_and_deleted_when_consent_ends() {
        let p = person(vec![given("2026-12-01", "2027-12-01")]);
        let got = around(
            &p,
            &[
                "2027-11-23",
                "2027-11-24",
                "2027-11-30",
                "2027-12-01",
                "2027-12-07",
                "2027-12-08",
            ],
        );
        let ask = Some((Action::AskRenewal, day("2027-11-24"), None));
        let delete = Some((Action::Delete, day("2027-12-01"), Some(day("2027-12-08"))));
        assert_eq!(
            got,
            vec![
                ("2027-11-23".to_owned(), None),
                ("2027-11-24".to_owned(), ask),
                ("2027-11-30".to_owned(), ask),
                ("2027-12-01".to_owned(), delete),
                ("2027-12-07".to_owned(), delete),
                ("2027-12-08".to_owned(), delete),
            ]
        );
    }

    #[test]
    fn a_refusal_is_due_for_deletion_on_its_day() {
        let mut p = person(vec![given("2026-12-01", "2027-12-01")]);
        p.consent.entries.push(ConsentEntry {
            on: day("2027-03-02"),
            answer: Answer::Refused,
            how: Channel::Email,
            purpose: Purpose::TalentPool,
            until: None,
        });
        let got = around(&p, &["2027-03-01", "2027-03-02"]);
        assert_eq!(
            got,
            vec![
                ("2027-03-01".to_owned(), None),
                (
                    "2027-03-02".to_owned(),
                    Some((Action::Delete, day("2027-03-02"), Some(day("2027-03-09"))))
                ),
            ]
        );
    }
}
