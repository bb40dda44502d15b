//! The pipeline report: what is waiting on whom, what the agreed time frames look like in
//! practice, and how interviewers' ratings compare — for a recruiter to hand a hiring manager.
//!
//! [`build`] takes a loaded hiring folder, the debrief records and the day, and returns a
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
//! let report = hirekit_report::build(&folder, &BTreeMap::new(), today);
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

pub use calibration::MIN_CANDIDATES;
pub use model::{
    CandidateStatus, Caution, DeciderSummary, DecisionSummary, FeedbackSummary, HIRING_MANAGER,
    InterviewerSummary, LateLetter, PipelineReport, RECRUITER, Rules, ScorecardAgreement, Stage,
};

/// The report of `folder` on `today`. `debriefs` holds each candidate's debrief record by
/// candidate id (candidates without one are simply absent).
pub fn build(
    folder: &Folder,
    debriefs: &BTreeMap<String, DebriefLog>,
    today: NaiveDate,
) -> PipelineReport {
    let profile = &folder.profile;
    let rules = TimeRules::of(profile);
    let mut candidates: Vec<CandidateStatus> = folder
        .candidates
        .iter()
        .map(|files| pipeline::status(files, debriefs.get(&files.candidate.id), &rules, today))
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

    let mut decisions = timeliness::decisions(folder, debriefs, &rules);
    let waiting: Vec<&CandidateStatus> = candidates
        .iter()
        .filter(|c| c.stage == Stage::DecisionPending)
        .collect();
    decisions.pending = waiting.len();
    decisions.overdue = waiting
        .iter()
        .filter(|c| c.days_overdue.is_some_and(|d| d > 0))
        .count();

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
        names: profile.interviewers.clone(),
        recruiter: profile.sender.name.clone(),
    }
}

#[cfg(test)]
mod tests;
