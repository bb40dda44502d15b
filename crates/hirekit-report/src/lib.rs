//! The pipeline report: what is waiting on whom, what the agreed time frames look like in
//! practice, and how interviewers' ratings compare — for a recruiter to hand a hiring manager.
//!
//! [`of_folder`] reads the records a report needs from a loaded hiring folder and calls
//! [`build`]. [`build`] takes a loaded hiring folder, the debrief records and the day, and returns a
//! [`PipelineReport`]; it reads no files and looks at no clock. Renderers turn the report into
//! Markdown ([`render::markdown`]), JSON ([`render::json`]) or a PDF description
//! ([`render::pdf`]) in the folder's language.
//!
//! - **Where every candidate stands** ([`pipeline`]): stage, days in that stage, whom it waits
//!   on, and the agreed last day, most urgent first.
//! - **The agreements on time** ([`timeliness`]): scorecards within `scorecard_hours`, the hiring
//!   manager's decisions within `decision_hours`, letters within `feedback_days`, all measured by
//!   [`hirekit_folder::TimeRules`].
//! - **Calibration** ([`calibration`]): per interviewer, leniency against the rest of the panel,
//!   spread and the share of "not assessed"; per scorecard, Krippendorff's alpha for ordinal data
//!   ([`alpha`]). Shown, never used to change a score.
//!
//! ```
//! use std::collections::BTreeMap;
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let (folder, _) = hirekit_folder::open("../../examples/hiring".as_ref(), &|_| true, today).unwrap();
//! let report = hirekit_report::build(&folder, &BTreeMap::new(), &BTreeMap::new(), today);
//! assert_eq!(report.candidates.len(), folder.candidates.len());
//! ```

pub mod alpha;
pub mod calibration;
mod model;
pub mod pipeline;
pub mod render;
pub mod timeliness;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use hirekit_debrief::DebriefLog;
use hirekit_folder::{Folder, TimeRules};
use hirekit_yaml::Diagnostic;

pub use calibration::MIN_CANDIDATES;
pub use model::{
    CandidateStatus, Caution, DeciderSummary, DecisionSummary, FeedbackSummary, HIRING_MANAGER,
    InterviewerSummary, LateLetter, PipelineReport, Punctuality, RECRUITER, Rules,
    ScorecardAgreement, Stage, VacancySummary,
};

/// The report of `folder` on `today`, with the debrief records and send histories read from the
/// folder model (as a folder or a database stored them). A record that cannot be read is left
/// out of the report and returned as diagnostics, for the caller to show; the report is still
/// made from everything else.
pub fn of_folder(folder: &Folder, today: NaiveDate) -> (PipelineReport, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut debriefs = BTreeMap::new();
    for files in &folder.candidates {
        match hirekit_debrief::of(files) {
            Ok(Some(log)) => {
                debriefs.insert(files.candidate.id.clone(), log);
            }
            Ok(None) => {}
            Err(found) => problems.extend(found),
        }
    }
    // When each letter was accepted by the mail server (`hirekit send`).
    let mut sent = BTreeMap::new();
    for files in &folder.candidates {
        match hirekit_send::history::of(files) {
            Ok(history) => {
                if let hirekit_send::State::Sent(entry) = history.state() {
                    sent.insert(files.candidate.id.clone(), entry.at.date_naive());
                }
            }
            Err(found) => problems.extend(found),
        }
    }
    (build(folder, &debriefs, &sent, today), problems)
}

/// The report of `folder` on `today`. `debriefs` holds each candidate's debrief record by
/// candidate id (candidates without one are simply absent); `sent` the day each candidate's
/// letter was accepted by the mail server (`hirekit send`): a letter only written is still due.
pub fn build(
    folder: &Folder,
    debriefs: &BTreeMap<String, DebriefLog>,
    sent: &BTreeMap<String, NaiveDate>,
    today: NaiveDate,
) -> PipelineReport {
    let profile = &folder.profile;
    let rules = TimeRules::of(profile);
    let mut candidates: Vec<CandidateStatus> = folder
        .candidates
        .iter()
        .map(|files| {
            let id = &files.candidate.id;
            pipeline::status(
                files,
                debriefs.get(id),
                sent.get(id).copied(),
                &rules,
                today,
            )
        })
        .collect();
    pipeline::sort(&mut candidates);

    let punctuality = timeliness::scorecards(folder, &rules, today);
    let mut calibration = calibration::interviewers(folder);
    let interviewers = punctuality
        .into_iter()
        .map(|(handle, p)| {
            let c = calibration.remove(&handle).unwrap_or_default();
            InterviewerSummary {
                median_hours: timeliness::median(&p.hours).map(timeliness::round1),
                handle,
                scorecards: p.scorecards,
                on_time: p.on_time,
                late: p.late,
                overdue: p.overdue,
                leniency: c.leniency,
                shared_ratings: c.shared_ratings,
                shared_candidates: c.shared_candidates,
                spread: c.spread,
                not_assessed: c.not_assessed,
                distribution: c.distribution,
            }
        })
        .collect();

    let decisions = decisions(folder, debriefs, &rules, &candidates);
    let vacancies = vacancies(folder, debriefs, &rules, today, &candidates);

    PipelineReport {
        today,
        language: profile.language,
        company: profile.company.clone(),
        time_rules: Rules {
            scorecard_hours: rules.scorecard_hours,
            decision_hours: rules.decision_hours,
            feedback_days: rules.feedback_days,
        },
        candidates,
        interviewers,
        decisions,
        feedback: timeliness::feedback(folder, &rules, today),
        scorecards: calibration::agreement(folder, profile.language),
        vacancies,
        names: profile.interviewers.clone(),
        recruiter: profile.sender.name.clone(),
    }
}

/// The decisions of `folder`'s candidates, with the pending counts taken from `candidates` (the
/// same candidates' stages) so both agree with the list.
fn decisions(
    folder: &Folder,
    debriefs: &BTreeMap<String, DebriefLog>,
    rules: &TimeRules,
    candidates: &[CandidateStatus],
) -> DecisionSummary {
    let mut decisions = timeliness::decisions(folder, debriefs, rules);
    let waiting: Vec<&CandidateStatus> = candidates
        .iter()
        .filter(|c| c.stage == Stage::DecisionPending)
        .collect();
    decisions.pending = waiting.len();
    decisions.overdue = waiting
        .iter()
        .filter(|c| c.days_overdue.is_some_and(|d| d > 0))
        .count();
    decisions
}

/// Per vacancy the candidates applied on, in scorecard-id order: the same measures as the
/// folder-wide ones, over a copy of the folder that holds only that vacancy's candidates, so
/// the per-vacancy and folder-wide figures cannot be computed two different ways.
fn vacancies(
    folder: &Folder,
    debriefs: &BTreeMap<String, DebriefLog>,
    rules: &TimeRules,
    today: NaiveDate,
    candidates: &[CandidateStatus],
) -> Vec<VacancySummary> {
    let ids: std::collections::BTreeSet<&str> = folder
        .candidates
        .iter()
        .map(|f| f.candidate.scorecard.as_str())
        .collect();
    ids.into_iter()
        .map(|id| {
            let mut only = folder.clone();
            only.candidates.retain(|f| f.candidate.scorecard == id);
            let own: Vec<CandidateStatus> = candidates
                .iter()
                .filter(|c| c.vacancy == id)
                .cloned()
                .collect();
            VacancySummary {
                id: id.to_owned(),
                title: folder.scorecards.get(id).map_or_else(
                    || id.to_owned(),
                    |card| card.title.get_or_any(folder.profile.language).to_owned(),
                ),
                candidates: own.len(),
                interviewers: timeliness::scorecards(&only, rules, today)
                    .into_iter()
                    .map(|(handle, p)| Punctuality {
                        handle,
                        scorecards: p.scorecards,
                        on_time: p.on_time,
                        late: p.late,
                        overdue: p.overdue,
                        median_hours: timeliness::median(&p.hours).map(timeliness::round1),
                    })
                    .collect(),
                decisions: decisions(&only, debriefs, rules, &own),
                feedback: timeliness::feedback(&only, rules, today),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
