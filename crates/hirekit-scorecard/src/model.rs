//! The scorecard format: what a recruiter writes in `scorecards/<role>.yaml`.
//!
//! Field doc comments become descriptions in the JSON Schema that editors show while typing, and
//! hints in "missing field" errors: write them for a recruiter.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::{Language, Text};

/// A scorecard for one vacancy or role family: the criteria an interview panel rates, each tied to
/// a job requirement from the vacancy text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit scorecard")]
pub struct Scorecard {
    /// Identifier in kebab-case, e.g. `senior-backend-developer`. Candidates refer to it.
    pub id: String,
    /// The role's title, e.g. `{nl: Senior backend-developer, en: Senior backend developer}`.
    pub title: Text,
    /// The languages letters and kits can be written in, e.g. `[nl, en]`. Every text must exist in each.
    pub languages: Vec<Language>,
    /// The role family, used to pick the matching red-flag checklist items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_family: Option<RoleFamily>,
    /// The rating scale every criterion is scored on.
    pub scale: Scale,
    /// Weighted mean score a candidate needs to advance, on the scale, e.g. `3.0`.
    pub advance_at: f64,
    /// Weighted mean score of a near miss (on the scale, at most `advance_at`): offered to
    /// reconnect later.
    pub talent_pool_at: f64,
    /// The share of the total weight that must be assessed before an outcome is proposed, from
    /// more than 0 to 1 (default 1: every criterion rated by at least one interviewer).
    #[serde(default = "default_min_coverage")]
    pub min_coverage: f64,
    /// How far below `advance_at` an overall score is proposed for discussion instead of a
    /// rejection, e.g. `0.25` (the default): one point from one rater should not decide.
    #[serde(default = "default_discuss_band")]
    pub discuss_band: f64,
    /// The criteria, each tied to one job requirement.
    pub criteria: Vec<Criterion>,
}

fn default_min_coverage() -> f64 {
    1.0
}

fn default_discuss_band() -> f64 {
    0.25
}

/// The rating scale, e.g. 1 to 4 with "3" as the point where a requirement is met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The lowest rating, from 0 to 9; usually 1.
    #[schemars(range(max = 9))]
    pub min: u8,
    /// The highest rating, from 1 to 10; e.g. 4 or 5.
    #[schemars(range(min = 1, max = 10))]
    pub max: u8,
    /// The lowest rating that meets a requirement, from 0 to 10; e.g. 3 on a 1-4 scale.
    #[schemars(range(max = 10))]
    pub pass: u8,
    /// A label per scale point, e.g. `1: {nl: Onvoldoende, en: Insufficient}`.
    pub labels: BTreeMap<u8, Text>,
}

/// One thing the panel rates, tied to one requirement from the vacancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Identifier in kebab-case, unique within the scorecard, e.g. `api-design`.
    pub id: String,
    /// Short name of the criterion, e.g. `{nl: API-ontwerp, en: API design}`.
    pub name: Text,
    /// The kind of criterion: technical, problem_solving, collaboration, communication, ...
    pub category: Category,
    /// The job requirement from the vacancy text that this criterion assesses.
    pub requirement: Text,
    /// The criterion's weight in the overall score, from 0.01 to 100, e.g. 1 for a normal and 3
    /// for a core criterion. Remove a criterion that does not count.
    #[schemars(range(min = 0.01, max = 100))]
    pub weight: f64,
    /// Whether the candidate must meet this requirement (score at least `scale.pass`) to advance.
    #[serde(default)]
    pub must_have: bool,
    /// Minutes planned in the interview for this criterion's questions, for the kit's time plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 240))]
    pub minutes: Option<u32>,
    /// Interview questions for this criterion (at least one), asked of every candidate: a text, or
    /// `{ask: ..., kind: past | situational, probes: [...]}`.
    #[schemars(length(min = 1))]
    pub questions: Vec<Question>,
    /// Observable behaviour per scale point: at least for the lowest, the pass point and the highest.
    pub anchors: BTreeMap<u8, Text>,
    /// Sample answers per scale point, for rater training: what an answer at that point sounds like.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub examples: BTreeMap<u8, Text>,
    /// Phrases for feedback letters.
    pub feedback: FeedbackPhrases,
}

/// One interview question: the same words for every candidate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Question {
    /// Only the question.
    Plain(Text),
    /// The question with its kind and follow-up probes.
    Probed(ProbedQuestion),
}

/// A question with the follow-ups an interviewer may ask when an answer stays vague.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProbedQuestion {
    /// The question, asked in these words.
    pub ask: Text,
    /// `past` (what the candidate did) or `situational` (what they would do in a dilemma).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<QuestionKind>,
    /// Follow-up questions, the same for everyone. Content that only comes after a probe scores
    /// at most the scale's second point, as the anchors say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub probes: Vec<Text>,
}

/// What kind of answer a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Past behaviour: "Tell us about a time you ...", from work, study or open source.
    Past,
    /// Situational: a realistic dilemma, "What do you do?".
    Situational,
}

impl QuestionKind {
    pub fn label(self, language: Language) -> &'static str {
        match self {
            QuestionKind::Past => language.pick("eerder gedrag", "past behaviour"),
            QuestionKind::Situational => language.pick("situatie", "situational"),
        }
    }
}

impl Question {
    /// The question itself.
    pub fn ask(&self) -> &Text {
        match self {
            Question::Plain(text) => text,
            Question::Probed(q) => &q.ask,
        }
    }

    pub fn kind(&self) -> Option<QuestionKind> {
        match self {
            Question::Plain(_) => None,
            Question::Probed(q) => q.kind,
        }
    }

    /// The follow-up probes (none for a plain question).
    pub fn probes(&self) -> &[Text] {
        match self {
            Question::Plain(_) => &[],
            Question::Probed(q) => &q.probes,
        }
    }
}

impl From<&str> for Question {
    fn from(text: &str) -> Self {
        Question::Plain(Text::from(text))
    }
}

/// Phrases a feedback letter uses for this criterion. They complete sentences in the letter
/// templates, so write them as phrases, not whole sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackPhrases {
    /// What the candidate did well, e.g. "your clear account of how you split a monolith".
    pub strength: Text,
    /// The requirement they fell short of, e.g. "in-depth experience designing microservices".
    pub gap: Text,
    /// A concrete suggestion to develop, e.g. "designing a service boundary in a side project".
    pub develop: Text,
}

/// The kind of thing a criterion assesses.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Technical,
    ProblemSolving,
    Collaboration,
    Communication,
    Leadership,
    Ownership,
    Learning,
    Product,
}

impl Category {
    pub fn label(self, language: Language) -> &'static str {
        use Category::*;
        match (self, language) {
            (Technical, Language::Nl) => "technisch",
            (Technical, Language::En) => "technical",
            (ProblemSolving, Language::Nl) => "probleemoplossing",
            (ProblemSolving, Language::En) => "problem solving",
            (Collaboration, Language::Nl) => "samenwerking",
            (Collaboration, Language::En) => "collaboration",
            (Communication, Language::Nl) => "communicatie",
            (Communication, Language::En) => "communication",
            (Leadership, Language::Nl) => "leiderschap",
            (Leadership, Language::En) => "leadership",
            (Ownership, Language::Nl) => "eigenaarschap",
            (Ownership, Language::En) => "ownership",
            (Learning, Language::Nl) => "leervermogen",
            (Learning, Language::En) => "learning",
            (Product, Language::Nl) => "productdenken",
            (Product, Language::En) => "product thinking",
        }
    }
}

/// IT role families, matching the red-flag checklists.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RoleFamily {
    Backend,
    Frontend,
    Devops,
    Data,
    Lead,
}

impl RoleFamily {
    pub fn code(self) -> &'static str {
        match self {
            RoleFamily::Backend => "backend",
            RoleFamily::Frontend => "frontend",
            RoleFamily::Devops => "devops",
            RoleFamily::Data => "data",
            RoleFamily::Lead => "lead",
        }
    }
}

impl Scorecard {
    /// The criterion with `id`.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The sum of all weights (positive for a valid scorecard).
    pub fn total_weight(&self) -> f64 {
        self.criteria.iter().map(|c| c.weight).sum()
    }

    /// The planned interview minutes over all criteria (criteria without `minutes` add nothing).
    pub fn total_minutes(&self) -> u32 {
        self.criteria.iter().filter_map(|c| c.minutes).sum()
    }
}

impl Scale {
    /// Every point of the scale, lowest first.
    pub fn points(&self) -> impl Iterator<Item = u8> {
        self.min..=self.max
    }

    pub fn contains(&self, point: f64) -> bool {
        point >= f64::from(self.min) && point <= f64::from(self.max)
    }
}
