//! Who to contact now, and why: the first contact at the month named in the letter, then a
//! check-in four months after the last contact (two or three a year), a next action whose day
//! has come, and an open vacancy that matches them. Most urgent first.

use chrono::NaiveDate;
use hirekit_folder::{Decision, Folder, TimeRules};
use serde::Serialize;

use crate::matching;
use crate::members::View;
use crate::model::Kind;

/// Why someone is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// The first contact: the month named in the rejection letter.
    Reconnect { on: NaiveDate },
    /// A check-in, four months after the last contact (or after being added by hand, when
    /// `since_added`: no contact logged yet).
    CheckIn {
        last: NaiveDate,
        on: NaiveDate,
        since_added: bool,
    },
    /// The next action set in the log.
    NextAction { action: String, on: NaiveDate },
    /// An open vacancy whose requirements their earlier ratings meet (see `pool match`).
    Vacancy {
        scorecard: String,
        must_haves_met: usize,
        must_haves: usize,
        /// The share of the vacancy's weight met, in whole percent.
        percent: u32,
    },
}

impl Reason {
    /// The day it became due (a vacancy: today, the day it is seen open).
    pub fn from(&self, today: NaiveDate) -> NaiveDate {
        match self {
            Reason::Reconnect { on }
            | Reason::CheckIn { on, .. }
            | Reason::NextAction { on, .. } => *on,
            Reason::Vacancy { .. } => today,
        }
    }
}

/// One person to contact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueItem {
    pub member: String,
    pub name: String,
    /// The earliest day among the reasons.
    pub from: NaiveDate,
    pub reasons: Vec<Reason>,
    pub consent_until: NaiveDate,
}

/// The due list, and the members who cannot be contacted because their consent is not in force.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueList {
    pub today: NaiveDate,
    pub due: Vec<DueItem>,
    /// Members without a talent-pool consent in force today: never contacted; their data is
    /// handled by `hirekit privacy`.
    pub without_consent: Vec<String>,
}

/// The vacancies open on the folder: scorecards with a candidate still in the procedure (no
/// decision yet, or advanced).
pub fn open_vacancies(folder: &Folder) -> Vec<&hirekit_scorecard::Scorecard> {
    folder
        .scorecards
        .values()
        .filter(|card| {
            folder.candidates.iter().any(|c| {
                c.candidate.scorecard == card.id
                    && matches!(c.candidate.decision, None | Some(Decision::Advance))
            })
        })
        .collect()
}

/// Who to contact on `today`, most urgent first (the earliest day first, then by id).
pub fn due_list(views: &[View<'_>], folder: &Folder, today: NaiveDate) -> DueList {
    let rules = TimeRules::of(&folder.profile);
    let vacancies = open_vacancies(folder);
    let mut due = Vec::new();
    let mut without_consent = Vec::new();
    for view in views {
        let Some(consent_until) = view.consent_until else {
            without_consent.push(view.member.id.clone());
            continue;
        };
        let member = view.member;
        let mut reasons = Vec::new();
        match (member.last_contact(), member.kind, member.reconnect_on) {
            (None, Kind::Candidate, Some(on)) => {
                if on <= today {
                    reasons.push(Reason::Reconnect { on });
                }
            }
            (last, _, _) => {
                // A person added by hand was just spoken with: the day added counts as a contact.
                let since_added = last.is_none();
                let last = last.map_or(member.added_on, |c| c.on);
                let on = rules.pool_checkin_due(last);
                if on <= today {
                    reasons.push(Reason::CheckIn {
                        last,
                        on,
                        since_added,
                    });
                }
            }
        }
        if let Some(next) = &member.next
            && next.on <= today
        {
            reasons.push(Reason::NextAction {
                action: next.action.clone(),
                on: next.on,
            });
        }
        for card in &vacancies {
            // Their own vacancy, still open for others, is not a new one for them.
            if member.kind == Kind::Candidate && card.id == member.area {
                continue;
            }
            if let Some(m) = matching::match_one(view, folder, card)
                && m.is_strong()
            {
                reasons.push(Reason::Vacancy {
                    scorecard: card.id.clone(),
                    must_haves_met: m.must_haves_met,
                    must_haves: m.must_haves,
                    percent: (m.share() * 100.0).round() as u32,
                });
            }
        }
        // The oldest reason first, as the list itself is ordered.
        reasons.sort_by_key(|r| r.from(today));
        if let Some(from) = reasons.iter().map(|r| r.from(today)).min() {
            due.push(DueItem {
                member: member.id.clone(),
                name: view.name.clone(),
                from,
                reasons,
                consent_until,
            });
        }
    }
    due.sort_by(|a, b| (a.from, &a.member).cmp(&(b.from, &b.member)));
    without_consent.sort();
    DueList {
        today,
        due,
        without_consent,
    }
}
