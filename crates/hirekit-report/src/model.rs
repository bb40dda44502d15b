//! The report as plain values: what every renderer (Markdown, JSON, PDF) shows. The JSON output
//! is this type serialised, so field names here are the JSON contract.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use hirekit_scorecard::Language;
use serde::Serialize;

/// The whole pipeline report of a hiring folder on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PipelineReport {
    /// The day the report is computed for (`--today`).
    pub today: NaiveDate,
    /// The folder's language, which the renderers write in.
    pub language: Language,
    /// The company name from `hirekit.yaml`.
    pub company: String,
    pub time_rules: Rules,
    /// Every candidate, most urgent first.
    pub candidates: Vec<CandidateStatus>,
    /// Every interviewer who is planned or has rated, by handle.
    pub interviewers: Vec<InterviewerSummary>,
    /// The hiring manager's side of the agreement.
    pub decisions: DecisionSummary,
    /// The candidate's side: feedback letters.
    pub feedback: FeedbackSummary,
    /// The panel's agreement per scorecard (vacancy).
    pub scorecards: Vec<ScorecardAgreement>,
    /// The same agreements on time, per vacancy (scorecard) that candidates applied on: a
    /// hiring manager reads the page of their own vacancy, and an interviewer who sits on two
    /// panels is counted on each.
    pub vacancies: Vec<VacancySummary>,
    /// Display names by handle (interviewers from `hirekit.yaml`); renderers only.
    #[serde(skip)]
    pub names: BTreeMap<String, String>,
    /// Who sends the letters (the profile's sender); renderers only.
    #[serde(skip)]
    pub recruiter: String,
}

/// The agreed time frames the report measures against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rules {
    pub scorecard_hours: u32,
    pub decision_hours: u32,
    pub feedback_days: u32,
}

/// Where a candidate is in the procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// No interview planned and no scorecard in: the recruiter plans one.
    ToPlan,
    /// An interview has taken place and its scorecard is not in.
    AwaitingScorecards,
    /// Every planned interviewer has submitted: the hiring manager decides.
    DecisionPending,
    /// Rejected, and the feedback letter has not gone out.
    LetterDue,
    /// Interviews are planned and every interview held so far is rated.
    InterviewsPlanned,
    /// Rejected, and the letter was accepted by the mail server (`hirekit send`).
    LetterSent,
    Advanced,
    Hired,
    Withdrawn,
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::ToPlan => "to_plan",
            Stage::AwaitingScorecards => "awaiting_scorecards",
            Stage::DecisionPending => "decision_pending",
            Stage::LetterDue => "letter_due",
            Stage::InterviewsPlanned => "interviews_planned",
            Stage::LetterSent => "letter_sent",
            Stage::Advanced => "advanced",
            Stage::Hired => "hired",
            Stage::Withdrawn => "withdrawn",
        }
    }
}

/// Who a candidate's next step waits on, when it is not an interviewer: the hiring manager
/// (a decision) or the recruiter (planning, a letter). Interviewers appear by handle.
pub const HIRING_MANAGER: &str = "hiring_manager";
pub const RECRUITER: &str = "recruiter";

/// One candidate's place in the procedure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CandidateStatus {
    pub id: String,
    pub name: String,
    /// The scorecard (vacancy) the candidate applied for.
    pub scorecard: String,
    /// The vacancy the candidate is listed under: the scorecard id, the key of `vacancies[]`.
    pub vacancy: String,
    pub stage: Stage,
    /// The day the candidate entered this stage, when the files say so.
    pub since: Option<NaiveDate>,
    /// Days from `since` to today.
    pub days_in_stage: Option<i64>,
    /// Interviewer handles, `hiring_manager` or `recruiter`; empty when nothing waits on anyone.
    pub waiting_on: Vec<String>,
    /// The agreed last day for the step waited on.
    pub due: Option<NaiveDate>,
    /// Days past `due` (negative: days left).
    pub days_overdue: Option<i64>,
    /// The next planned interview, for `interviews_planned`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_interview: Option<NaiveDate>,
}

/// One interviewer: the 24-hour agreement and calibration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InterviewerSummary {
    pub handle: String,
    /// Submitted scorecards.
    pub scorecards: usize,
    /// Submitted within `scorecard_hours` of the interview.
    pub on_time: usize,
    /// Submitted after `scorecard_hours`.
    pub late: usize,
    /// Not submitted, and the agreed time has passed (open candidates only).
    pub overdue: usize,
    /// Median hours from interview to submission, to one decimal; `null` without scorecards.
    pub median_hours: Option<f64>,
    /// Their mean rating minus the rest of the panel's, on the candidate-criterion pairs both
    /// rated (positive: milder, negative: stricter), to two decimals; `null` without shared pairs.
    pub leniency: Option<f64>,
    /// The candidate-criterion pairs `leniency` rests on.
    pub shared_ratings: usize,
    /// The candidates those pairs belong to.
    pub shared_candidates: usize,
    /// Standard deviation of their ratings (n − 1), to two decimals; `null` below two ratings.
    pub spread: Option<f64>,
    /// Share of criteria on their scorecards left "not assessed", 0 to 1, to two decimals;
    /// `null` without scorecards.
    pub not_assessed: Option<f64>,
    /// How often they gave each rating.
    pub distribution: BTreeMap<u8, usize>,
}

/// One vacancy (a scorecard that candidates applied on): the agreements on time for its
/// candidates only. Its candidates are those whose `vacancy` is `id`; its panel agreement is the
/// `scorecards[]` entry with the same `id`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VacancySummary {
    pub id: String,
    /// The vacancy title in the report's language.
    pub title: String,
    /// Its candidates.
    pub candidates: usize,
    /// Per interviewer on this vacancy's panels: scorecards against `scorecard_hours`.
    pub interviewers: Vec<Punctuality>,
    pub decisions: DecisionSummary,
    pub feedback: FeedbackSummary,
}

/// One interviewer's scorecards on one vacancy against `scorecard_hours`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Punctuality {
    pub handle: String,
    pub scorecards: usize,
    pub on_time: usize,
    pub late: usize,
    pub overdue: usize,
    pub median_hours: Option<f64>,
}

/// The hiring manager's decisions against `decision_hours`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionSummary {
    /// Decisions taken on a complete panel (the first decision per candidate).
    pub decisions: usize,
    pub on_time: usize,
    pub late: usize,
    /// Median hours from the last scorecard to the decision, to one decimal.
    pub median_hours: Option<f64>,
    /// Candidates waiting for a decision now.
    pub pending: usize,
    /// Of those, waiting longer than agreed.
    pub overdue: usize,
    /// Per person who decided (`by` in the debrief record), by name.
    pub deciders: Vec<DeciderSummary>,
}

/// One person's decisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeciderSummary {
    pub name: String,
    pub decisions: usize,
    pub on_time: usize,
    pub late: usize,
    pub median_hours: Option<f64>,
}

/// Feedback letters against `feedback_days`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackSummary {
    /// Rejected candidates whose first letter has gone out.
    pub letters: usize,
    /// Of those, dated within `feedback_days` of the last interview.
    pub on_time: usize,
    /// `on_time / letters`, to two decimals; `null` without letters.
    pub on_time_share: Option<f64>,
    /// Rejected candidates without a letter whose deadline has passed, most overdue first.
    pub late_now: Vec<LateLetter>,
}

/// A letter that should have gone out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LateLetter {
    pub id: String,
    pub name: String,
    pub due: NaiveDate,
    pub days_late: i64,
}

/// The panel's agreement on one scorecard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorecardAgreement {
    pub id: String,
    /// The vacancy title in the report's language.
    pub title: String,
    /// Krippendorff's alpha for ordinal data over candidate-criterion pairs, to three decimals;
    /// `null` when there is not enough data (see `caution`).
    pub alpha: Option<f64>,
    /// The ratings alpha rests on: those of pairs that two or more interviewers rated.
    pub ratings: usize,
    /// The candidates with such pairs.
    pub candidates: usize,
    /// Why alpha is missing or should be read with care; `null` when neither.
    pub caution: Option<Caution>,
}

/// Why an agreement figure is missing or weak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Caution {
    /// No candidate-criterion pair was rated by two interviewers (no candidates yet, or
    /// single-interviewer panels).
    NoSharedRatings,
    /// Every shared rating is the same value: agreement cannot be told apart from chance.
    NoVariation,
    /// Fewer than [`crate::MIN_CANDIDATES`] candidates: too few to mean much.
    FewCandidates,
}
