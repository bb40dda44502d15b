//! Where every candidate stands: the stage, since when, whom it waits on, and by when.

use chrono::{DateTime, FixedOffset, NaiveDate};
use hirekit_debrief::DebriefLog;
use hirekit_folder::{CandidateFiles, Decision, TimeRules};

use crate::model::{CandidateStatus, HIRING_MANAGER, RECRUITER, Stage};

/// When the last interview took place: planned or rated, whichever is later.
pub fn last_interview(files: &CandidateFiles) -> Option<DateTime<FixedOffset>> {
    files
        .candidate
        .interviews
        .iter()
        .map(|p| p.at)
        .chain(files.interviews.iter().map(|f| f.interviewed_at))
        .max()
}

/// The moment the panel was complete: the last scorecard submitted.
pub fn panel_complete(files: &CandidateFiles) -> Option<DateTime<FixedOffset>> {
    files.interviews.iter().map(|f| f.submitted_at).max()
}

/// The stage of one candidate on `today`. `debrief` is the candidate's debrief record, when any;
/// `sent_on` the day their letter was accepted by the mail server, when it was.
pub fn status(
    files: &CandidateFiles,
    debrief: Option<&DebriefLog>,
    sent_on: Option<NaiveDate>,
    rules: &TimeRules,
    today: NaiveDate,
) -> CandidateStatus {
    let c = &files.candidate;
    // The latest recorded decision says when the current decision was taken.
    let decided = debrief
        .and_then(|log| log.decisions.last())
        .map(|d| d.at.date_naive());
    let mut status = CandidateStatus {
        id: c.id.clone(),
        name: c.name.clone(),
        scorecard: c.scorecard.clone(),
        vacancy: c.scorecard.clone(),
        stage: Stage::ToPlan,
        since: None,
        days_in_stage: None,
        waiting_on: Vec::new(),
        due: None,
        days_overdue: None,
        next_interview: None,
    };
    let closed = |stage| (stage, decided, Vec::new(), None);
    let (stage, since, waiting_on, due) = match c.decision {
        Some(Decision::Hired) => closed(Stage::Hired),
        Some(Decision::Withdrawn) => closed(Stage::Withdrawn),
        Some(Decision::Advance) => closed(Stage::Advanced),
        // Sent means accepted by the mail server; a letter only written has not reached the
        // candidate, so it is still due (since the day it was written).
        Some(Decision::Reject) => match sent_on {
            Some(day) => (Stage::LetterSent, Some(day), Vec::new(), None),
            None => (
                Stage::LetterDue,
                files.feedback.first().map(|l| l.letter_date).or(decided),
                vec![RECRUITER.to_owned()],
                last_interview(files).map(|at| rules.feedback_due(at.date_naive())),
            ),
        },
        None => open_stage(files, rules, today, &mut status.next_interview),
    };
    status.stage = stage;
    status.since = since;
    status.days_in_stage = since.map(|s| (today - s).num_days());
    status.waiting_on = waiting_on;
    status.due = due;
    status.days_overdue = due.map(|d| (today - d).num_days());
    status
}

type Step = (Stage, Option<NaiveDate>, Vec<String>, Option<NaiveDate>);

/// The stage of a candidate without a decision.
fn open_stage(
    files: &CandidateFiles,
    rules: &TimeRules,
    today: NaiveDate,
    next_interview: &mut Option<NaiveDate>,
) -> Step {
    let submitted = |who: &str| files.interviews.iter().any(|f| f.interviewer == who);
    let mut missing: Vec<_> = files
        .candidate
        .interviews
        .iter()
        .filter(|p| p.at.date_naive() <= today && !submitted(&p.interviewer))
        .collect();
    missing.sort_by_key(|p| p.at);
    if let Some(first) = missing.first() {
        let mut who: Vec<String> = missing.iter().map(|p| p.interviewer.clone()).collect();
        who.sort();
        who.dedup();
        let due = rules.scorecard_due(first.at).date_naive();
        return (
            Stage::AwaitingScorecards,
            Some(first.at.date_naive()),
            who,
            Some(due),
        );
    }
    let mut upcoming: Vec<_> = files
        .candidate
        .interviews
        .iter()
        .filter(|p| p.at.date_naive() > today)
        .collect();
    upcoming.sort_by_key(|p| p.at);
    if let Some(next) = upcoming.first() {
        *next_interview = Some(next.at.date_naive());
        let mut who: Vec<String> = upcoming.iter().map(|p| p.interviewer.clone()).collect();
        who.sort();
        who.dedup();
        return (Stage::InterviewsPlanned, None, who, None);
    }
    match panel_complete(files) {
        Some(ready) => (
            Stage::DecisionPending,
            Some(ready.date_naive()),
            vec![HIRING_MANAGER.to_owned()],
            Some(rules.decision_due(ready).date_naive()),
        ),
        None => (Stage::ToPlan, None, vec![RECRUITER.to_owned()], None),
    }
}

/// Most urgent first: steps waited on with a deadline, the most overdue first; then steps
/// without one (planning); then planned interviews, soonest first; then finished candidates.
pub fn sort(statuses: &mut [CandidateStatus]) {
    statuses.sort_by(|a, b| {
        let group = |s: &CandidateStatus| match s.stage {
            Stage::AwaitingScorecards | Stage::DecisionPending | Stage::LetterDue => 0,
            Stage::ToPlan => 1,
            Stage::InterviewsPlanned => 2,
            _ => 3,
        };
        group(a)
            .cmp(&group(b))
            .then(b.days_overdue.cmp(&a.days_overdue))
            .then(a.next_interview.cmp(&b.next_interview))
            .then(b.days_in_stage.cmp(&a.days_in_stage))
            .then(a.stage.cmp(&b.stage))
            .then(a.id.cmp(&b.id))
    });
}
