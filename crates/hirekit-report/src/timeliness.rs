//! The agreements on time: scorecards within `scorecard_hours`, decisions within
//! `decision_hours`, letters within `feedback_days`. Every deadline comes from [`TimeRules`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use hirekit_debrief::DebriefLog;
use hirekit_folder::{CandidateFiles, Decision, Folder, TimeRules, hours_between};

use crate::model::{DeciderSummary, DecisionSummary, FeedbackSummary, LateLetter};
use crate::pipeline::last_interview;

/// One interviewer's scorecards against the agreement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Punctuality {
    pub scorecards: usize,
    pub on_time: usize,
    pub late: usize,
    pub overdue: usize,
    pub hours: Vec<f64>,
}

/// Whether the candidate's procedure has ended (nothing is owed on it any more).
fn closed(files: &CandidateFiles) -> bool {
    matches!(
        files.candidate.decision,
        Some(Decision::Hired | Decision::Withdrawn)
    )
}

/// Per interviewer handle: submitted scorecards on time and late, and held interviews whose
/// scorecard is past due.
pub fn scorecards(
    folder: &Folder,
    rules: &TimeRules,
    today: NaiveDate,
) -> BTreeMap<String, Punctuality> {
    let mut out: BTreeMap<String, Punctuality> = BTreeMap::new();
    for files in &folder.candidates {
        for filled in &files.interviews {
            let entry = out.entry(filled.interviewer.clone()).or_default();
            entry.scorecards += 1;
            if rules.scorecard_late(filled.interviewed_at, filled.submitted_at) {
                entry.late += 1;
            } else {
                entry.on_time += 1;
            }
            entry
                .hours
                .push(hours_between(filled.interviewed_at, filled.submitted_at));
        }
        for planned in &files.candidate.interviews {
            let entry = out.entry(planned.interviewer.clone()).or_default();
            let submitted = files
                .interviews
                .iter()
                .any(|f| f.interviewer == planned.interviewer);
            let past_due = rules.scorecard_due(planned.at).date_naive() < today;
            if !submitted && past_due && !closed(files) {
                entry.overdue += 1;
            }
        }
    }
    out
}

/// The hiring manager's decisions: how long after the panel was complete each first decision
/// was taken. A decision without a scorecard submitted before it has no start and is left out.
pub fn decisions(
    folder: &Folder,
    debriefs: &BTreeMap<String, DebriefLog>,
    rules: &TimeRules,
) -> DecisionSummary {
    let mut all = Vec::new();
    let mut by: BTreeMap<String, Vec<(bool, f64)>> = BTreeMap::new();
    for files in &folder.candidates {
        let first = debriefs
            .get(&files.candidate.id)
            .and_then(|log| log.decisions.first());
        if let Some(decision) = first {
            // The panel as it was when the decision was taken: a scorecard refilled later
            // does not make an earlier decision look early (or late).
            let ready = files
                .interviews
                .iter()
                .map(|f| f.submitted_at)
                .filter(|at| *at <= decision.at)
                .max();
            let Some(ready) = ready else { continue };
            let late = rules.decision_late(ready, decision.at);
            let hours = hours_between(ready, decision.at);
            all.push((late, hours));
            by.entry(decision.by.clone())
                .or_default()
                .push((late, hours));
        }
    }
    let (on_time, late, median_hours) = tally(&all);
    DecisionSummary {
        decisions: all.len(),
        on_time,
        late,
        median_hours,
        // Filled in from the candidates' stages, so both counts agree with the list.
        pending: 0,
        overdue: 0,
        deciders: by
            .into_iter()
            .map(|(name, list)| {
                let (on_time, late, median_hours) = tally(&list);
                DeciderSummary {
                    name,
                    decisions: list.len(),
                    on_time,
                    late,
                    median_hours,
                }
            })
            .collect(),
    }
}

fn tally(list: &[(bool, f64)]) -> (usize, usize, Option<f64>) {
    let late = list.iter().filter(|(late, _)| *late).count();
    let hours: Vec<f64> = list.iter().map(|(_, h)| *h).collect();
    (list.len() - late, late, median(&hours).map(round1))
}

/// Rejected candidates' first letters against `feedback_days`, and the letters late now.
pub fn feedback(folder: &Folder, rules: &TimeRules, today: NaiveDate) -> FeedbackSummary {
    let mut letters = 0;
    let mut on_time = 0;
    let mut late_now = Vec::new();
    for files in &folder.candidates {
        if files.candidate.decision != Some(Decision::Reject) {
            continue;
        }
        let due = last_interview(files).map(|at| rules.feedback_due(at.date_naive()));
        match (files.feedback.first(), due) {
            (Some(letter), Some(due)) => {
                letters += 1;
                on_time += usize::from(letter.letter_date <= due);
            }
            // No interview on file to count from: the flag written with the letter is all there is.
            (Some(letter), None) => {
                letters += 1;
                on_time += usize::from(letter.on_time);
            }
            (None, Some(due)) if due < today => late_now.push(LateLetter {
                id: files.candidate.id.clone(),
                name: files.candidate.name.clone(),
                due,
                days_late: (today - due).num_days(),
            }),
            (None, _) => {}
        }
    }
    late_now.sort_by(|a, b| b.days_late.cmp(&a.days_late).then(a.id.cmp(&b.id)));
    FeedbackSummary {
        letters,
        on_time,
        on_time_share: (letters > 0).then(|| round2(on_time as f64 / letters as f64)),
        late_now,
    }
}

/// The median; `None` for an empty list.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}
