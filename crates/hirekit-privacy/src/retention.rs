//! The retention rules, without any file: what is due for one candidate on one day.
//!
//! - The procedure ends for a candidate with the decision and, for a rejection, the letter that
//!   tells them (the later of the two). A candidate still in the procedure, or hired (their
//!   data moves to the personnel file, under other rules), has nothing due here.
//! - Without consent, personal data is due for deletion `deletion_weeks` (default 4) after the
//!   procedure ends.
//! - With consent, it is kept until the consent ends (never shorter than without consent); a
//!   renewal is asked a week before.
//! - Data due for deletion is purged after a grace week.

use chrono::NaiveDate;
use hirekit_folder::{Decision, TimeRules};
use serde::Serialize;

use crate::consent::ConsentState;

/// What the rules need to know about one candidate (from the folder or a database row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub id: String,
    pub decision: Option<Decision>,
    /// The day the latest decision was recorded (`debrief.yaml`), when it was.
    pub decided_on: Option<NaiveDate>,
    /// The date of the first letter to a rejected candidate.
    pub letter_on: Option<NaiveDate>,
    /// The last interview, for a decision whose day was not recorded.
    pub last_interview: Option<NaiveDate>,
    /// The consent record on the day asked about.
    pub consent: ConsentState,
    /// `talent_pool_consent` in `candidate.yaml`.
    pub consent_at_decision: Option<bool>,
}

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Delete the personal data (`privacy purge --apply` does it after the grace week).
    Delete,
    /// Ask the candidate whether they want to stay in the talent pool.
    AskRenewal,
}

/// What ended the procedure, for the reason given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EndedBy {
    /// The decision recorded with `hirekit decide`.
    Decision,
    /// The letter to the rejected candidate.
    Letter,
    /// The last interview (a withdrawal or a decision whose day was not recorded).
    LastInterview,
    /// No procedure: a person added to the talent pool by hand, on `procedure_end`.
    AddedToPool,
}

/// One thing due for one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    pub candidate: String,
    pub action: Action,
    /// Due from this day.
    pub from: NaiveDate,
    /// With `delete`: the first day `privacy purge --apply` removes the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purge_from: Option<NaiveDate>,
    /// The day the procedure ended and what ended it.
    pub procedure_end: NaiveDate,
    pub ended_by: EndedBy,
    /// The consent that is ending or has ended, when that is the reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_until: Option<NaiveDate>,
    /// The day the candidate refused, when they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refused_on: Option<NaiveDate>,
    /// `talent_pool_consent: true` in `candidate.yaml` without a dated consent in force.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub consent_not_recorded: bool,
    /// `talent_pool_consent: false` in `candidate.yaml`: refused when asked at the decision.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub refused_at_decision: bool,
}

/// The day the procedure ended for `subject`, and what ended it; `None` while it runs.
pub fn procedure_end(subject: &Subject) -> Option<(NaiveDate, EndedBy)> {
    match subject.decision? {
        Decision::Advance | Decision::Hired => None,
        Decision::Reject => {
            // Not over until the candidate has been told.
            let letter = subject.letter_on?;
            match subject.decided_on {
                Some(decided) if decided > letter => Some((decided, EndedBy::Decision)),
                _ => Some((letter, EndedBy::Letter)),
            }
        }
        Decision::Withdrawn => subject
            .decided_on
            .map(|d| (d, EndedBy::Decision))
            .or_else(|| subject.last_interview.map(|d| (d, EndedBy::LastInterview))),
    }
}

/// What is due for `subject` on `today`, if anything.
pub fn due(subject: &Subject, rules: &TimeRules, today: NaiveDate) -> Option<Due> {
    let (end, ended_by) = procedure_end(subject)?;
    let without_consent = rules.deletion_due(end);
    let mut item = Due {
        candidate: subject.id.clone(),
        action: Action::Delete,
        from: without_consent,
        purge_from: None,
        procedure_end: end,
        ended_by,
        consent_until: None,
        refused_on: None,
        consent_not_recorded: false,
        refused_at_decision: false,
    };
    match subject.consent {
        // Consent keeps data longer, never shorter than the rule without it.
        ConsentState::Given { until, .. } if until > without_consent => {
            item.consent_until = Some(until);
            if today >= until {
                item.from = until;
            } else if today >= rules.renewal_request(until) {
                item.action = Action::AskRenewal;
                item.from = rules.renewal_request(until);
            } else {
                return None;
            }
        }
        ConsentState::Refused { on } => item.refused_on = Some(on),
        ConsentState::Given { .. } | ConsentState::None => {
            let unrecorded = subject.consent == ConsentState::None;
            item.consent_not_recorded = unrecorded && subject.consent_at_decision == Some(true);
            item.refused_at_decision = unrecorded && subject.consent_at_decision == Some(false);
        }
    }
    if item.action == Action::Delete {
        if today < item.from {
            return None;
        }
        item.purge_from = Some(rules.purge_from(item.from));
    }
    Some(item)
}

/// Everything due on `today`, most urgent first: the oldest date first, deletions before
/// renewal requests on the same day, then by candidate id.
pub fn due_list<'a>(
    subjects: impl IntoIterator<Item = &'a Subject>,
    rules: &TimeRules,
    today: NaiveDate,
) -> Vec<Due> {
    let mut list: Vec<Due> = subjects
        .into_iter()
        .filter_map(|s| due(s, rules, today))
        .collect();
    sort(&mut list);
    list
}

/// Most urgent first: the oldest date first, deletions before renewal requests on the same
/// day, then by id.
pub fn sort(list: &mut [Due]) {
    list.sort_by(|a, b| (a.from, a.action, &a.candidate).cmp(&(b.from, b.action, &b.candidate)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid test date")
    }

    fn rejected(letter: &str) -> Subject {
        Subject {
            id: "c-1".to_owned(),
            decision: Some(Decision::Reject),
            decided_on: Some(day("2026-11-02")),
            letter_on: Some(day(letter)),
            last_interview: Some(day("2026-10-30")),
            consent: ConsentState::None,
            consent_at_decision: None,
        }
    }

    #[test]
    fn without_consent_deletion_is_due_four_weeks_after_the_letter() {
        let rules = TimeRules::DEFAULT;
        let s = rejected("2026-11-03");
        assert_eq!(due(&s, &rules, day("2026-11-30")), None);
        let item = due(&s, &rules, day("2026-12-01")).expect("due on the day");
        assert_eq!(item.from, day("2026-12-01"));
        assert_eq!(item.purge_from, Some(day("2026-12-08")));
        assert_eq!(item.ended_by, EndedBy::Letter);
    }

    #[test]
    fn a_rejection_without_a_letter_has_not_ended() {
        let mut s = rejected("2026-11-03");
        s.letter_on = None;
        assert_eq!(procedure_end(&s), None);
    }

    #[test]
    fn consent_keeps_data_until_it_ends_and_asks_for_renewal_a_week_before() {
        let rules = TimeRules::DEFAULT;
        let mut s = rejected("2026-11-03");
        s.consent = ConsentState::Given {
            on: day("2026-11-10"),
            until: day("2027-11-10"),
        };
        assert_eq!(due(&s, &rules, day("2027-11-02")), None);
        let ask = due(&s, &rules, day("2027-11-03")).expect("renewal due");
        assert_eq!(
            (ask.action, ask.from),
            (Action::AskRenewal, day("2027-11-03"))
        );
        let delete = due(&s, &rules, day("2027-11-10")).expect("deletion due");
        assert_eq!(
            (delete.action, delete.from),
            (Action::Delete, day("2027-11-10"))
        );
    }
}
