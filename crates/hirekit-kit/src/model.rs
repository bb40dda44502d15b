//! The kit as a value: every text already in the reader's language, arranged by the renderers in
//! [`crate::render`] and decided nowhere else.

use hirekit_scorecard::Language;

/// An interview kit, every text in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Kit {
    pub title: String,
    /// The role the scorecard is for, e.g. `Backend developer`.
    pub role: String,
    /// The company, the scorecard id and the scale, on one line.
    pub subtitle: String,
    /// The scorecard id and the scale, on one line (the subtitle without the company).
    pub about: String,
    /// Labels of the blanks at the top: candidate, interviewer, date.
    pub blanks: Vec<String>,
    pub how_to_title: String,
    pub how_to: Vec<String>,
    /// Minutes per part of the interview, and who asks what.
    pub plan: KitPlan,
    /// What to say before the first question.
    pub opening: KitSection,
    pub criteria: Vec<KitCriterion>,
    /// The candidate's questions and what happens next.
    pub closing: KitSection,
    pub red_flags: Option<KitRedFlags>,
    pub recommendation_title: String,
    pub recommendations: Vec<String>,
    /// Sample answers for rater training, when the scorecard has any.
    pub calibration: Option<KitCalibration>,
    pub labels: KitLabels,
    /// The language every text is in (the PDF's `/Lang`).
    pub lang: Language,
}

/// The time plan: one row per part, with a blank for who asks it.
#[derive(Debug, Clone, PartialEq)]
pub struct KitPlan {
    pub title: String,
    /// Column headers: part, minutes, who asks.
    pub columns: [String; 3],
    pub rows: Vec<KitPlanRow>,
    /// E.g. `Total: 75 min`.
    pub total: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitPlanRow {
    pub part: String,
    /// E.g. `10`; `–` when the scorecard plans no time for it.
    pub minutes: String,
}

/// A titled list of things to say or do.
#[derive(Debug, Clone, PartialEq)]
pub struct KitSection {
    pub title: String,
    pub lines: Vec<String>,
}

/// One question with its kind and follow-up probes.
#[derive(Debug, Clone, PartialEq)]
pub struct KitQuestion {
    pub text: String,
    /// E.g. `past behaviour`; empty when the scorecard does not say.
    pub kind: String,
    pub probes: Vec<String>,
}

/// Sample answers per criterion, for rater training before interviews.
#[derive(Debug, Clone, PartialEq)]
pub struct KitCalibration {
    pub title: String,
    pub intro: String,
    pub criteria: Vec<KitCalibrationCriterion>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitCalibrationCriterion {
    pub heading: String,
    pub examples: Vec<KitExample>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitExample {
    pub point: u8,
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitCriterion {
    /// E.g. `1. API design`.
    pub heading: String,
    /// Category, weight and must-have, e.g. `technical · weight 3 · must-have`.
    pub facts: String,
    pub requirement: String,
    pub questions: Vec<KitQuestion>,
    pub scale: Vec<KitScalePoint>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitScalePoint {
    pub point: u8,
    pub label: String,
    /// The behavioural anchor; empty when the scorecard has none for this point.
    pub anchor: String,
    /// The lowest point that meets the requirement.
    pub pass: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitRedFlags {
    pub title: String,
    pub intro: String,
    /// Items that may count once verified.
    pub items: Vec<KitRedFlag>,
    pub caution_title: String,
    pub caution_intro: String,
    /// Bias-risk items: listed so interviewers recognise them, never scored.
    pub cautions: Vec<KitRedFlag>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitRedFlag {
    pub id: String,
    pub signal: String,
    /// E.g. `supported` or `weak evidence`.
    pub evidence: String,
    pub verify: String,
    pub why: String,
}

/// The small words renderers put around the content.
#[derive(Debug, Clone, PartialEq)]
pub struct KitLabels {
    pub requirement: String,
    pub questions: String,
    pub point: String,
    pub label: String,
    pub anchor: String,
    /// Marks the pass point in the scale, e.g. `meets the requirement`.
    pub pass: String,
    pub score: String,
    pub not_assessed: String,
    pub notes: String,
    pub verify: String,
    /// E.g. `Question`, before its number.
    pub question: String,
    pub probe: String,
    /// The notes box under each question.
    pub question_notes: String,
    /// Before the facts of a criterion, e.g. `Kind and weight`.
    pub kind_and_weight: String,
    /// Beside the "not assessed" box: why that is not a low score.
    pub not_assessed_hint: String,
    /// Column headers of the red-flag tables.
    pub signal: String,
    pub how_to_verify: String,
    pub seen: String,
    pub why_not_counted: String,
    /// The document's short title, e.g. `Interview kit`.
    pub document: String,
    /// The page footer, with `{page}` and `{pages}` place-holders.
    pub page: String,
}
