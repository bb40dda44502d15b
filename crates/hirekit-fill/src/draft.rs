//! The draft an interrupted `hirekit fill` resumes from, and the submitted scorecard it becomes.
//!
//! The draft lives beside the submitted scorecards as a hidden file
//! (`interviews/.<interviewer>.draft.yaml`): the folder loader skips dot-files, so a half-filled
//! scorecard never reaches `hirekit score`, and nobody else's command reads it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{FilledScorecard, Rating, Recommendation};
use hirekit_scorecard::{Language, Scorecard};
use schemars::JsonSchema;
use serde::Deserialize;

use hirekit_text::msg;

use crate::yaml::{comment, scalar};

/// The answers so far. Everything but the three ids is optional: a draft is saved after every
/// single answer, so a score may be there without its evidence yet.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The candidate's id.
    pub candidate: String,
    /// The scorecard id the ratings belong to.
    pub scorecard: String,
    /// Who interviewed and rates.
    pub interviewer: String,
    /// When the interview took place (RFC 3339), once known.
    #[serde(default)]
    pub interviewed_at: Option<DateTime<FixedOffset>>,
    /// The ratings given so far, per criterion id.
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    /// The red flags ticked; absent until the question was answered.
    #[serde(default)]
    pub red_flags: Option<Vec<String>>,
    /// The overall recommendation, once given.
    #[serde(default)]
    pub recommendation: Option<Recommendation>,
}

impl Draft {
    pub fn new(candidate: &str, scorecard: &str, interviewer: &str) -> Self {
        Draft {
            candidate: candidate.to_owned(),
            scorecard: scorecard.to_owned(),
            interviewer: interviewer.to_owned(),
            interviewed_at: None,
            ratings: BTreeMap::new(),
            red_flags: None,
            recommendation: None,
        }
    }

    /// Whether the criterion `id` has a complete answer: a score with evidence, or "not assessed".
    pub fn is_rated(&self, id: &str) -> bool {
        self.ratings.get(id).is_some_and(is_complete)
    }

    /// Drops ratings the scorecard no longer allows (a criterion removed or a scale changed since
    /// the draft was saved), so that they are asked again. Returns the ids dropped.
    pub fn keep_valid_ratings(&mut self, scorecard: &Scorecard) -> Vec<String> {
        let mut dropped = Vec::new();
        self.ratings.retain(|id, rating| {
            let valid = scorecard.criterion(id).is_some()
                && rating
                    .score
                    .is_none_or(|s| scorecard.scale.points().any(|p| p == s));
            if !valid {
                dropped.push(id.clone());
            }
            valid
        });
        dropped
    }

    /// What is still missing before this draft can be submitted, in the order of the form:
    /// per criterion a score (or "not assessed") and, with a score, its evidence; the interview
    /// time; the red-flag answer; the recommendation. Empty exactly when [`Draft::finish`]
    /// gives a scorecard. The messages say how to fix each, in `lang`.
    pub fn problems(&self, scorecard: &Scorecard, lang: Language) -> Vec<Problem> {
        let mut problems = Vec::new();
        for c in &scorecard.criteria {
            match self.ratings.get(&c.id) {
                Some(r) if is_complete(r) => {}
                Some(r) if r.score.is_some() => problems.push(Problem {
                    field: Field::Evidence(c.id.clone()),
                    message: msg!(lang, "fill-problem-evidence"),
                }),
                _ => problems.push(Problem {
                    field: Field::Score(c.id.clone()),
                    message: msg!(lang, "fill-problem-score"),
                }),
            }
        }
        if self.interviewed_at.is_none() {
            problems.push(Problem {
                field: Field::InterviewedAt,
                message: msg!(lang, "fill-problem-interviewed-at"),
            });
        }
        if self.red_flags.is_none() {
            problems.push(Problem {
                field: Field::RedFlags,
                message: msg!(lang, "fill-problem-red-flags"),
            });
        }
        if self.recommendation.is_none() {
            problems.push(Problem {
                field: Field::Recommendation,
                message: msg!(lang, "fill-problem-recommendation"),
            });
        }
        problems
    }

    /// The submitted scorecard, when every answer is there.
    pub fn finish(
        &self,
        scorecard: &Scorecard,
        submitted_at: DateTime<FixedOffset>,
    ) -> Option<FilledScorecard> {
        if !scorecard.criteria.iter().all(|c| self.is_rated(&c.id)) {
            return None;
        }
        Some(FilledScorecard {
            candidate: self.candidate.clone(),
            scorecard: self.scorecard.clone(),
            interviewer: self.interviewer.clone(),
            interviewed_at: self.interviewed_at?,
            submitted_at,
            ratings: self.ratings.clone(),
            red_flags: self.red_flags.clone()?,
            recommendation: self.recommendation?,
            refilled_after_ratings_shown: false,
        })
    }

    /// The draft as YAML, criteria in scorecard order.
    pub fn to_yaml(&self, scorecard: &Scorecard, language: Language) -> String {
        let mut out = comment("# ", &msg!(language, "fill-draft-header"));
        ids(
            &mut out,
            &self.candidate,
            &self.scorecard,
            &self.interviewer,
        );
        if let Some(at) = self.interviewed_at {
            let _ = writeln!(out, "interviewed_at: {}", scalar(&at.to_rfc3339()));
        }
        ratings(&mut out, &self.ratings, scorecard, language);
        if let Some(flags) = &self.red_flags {
            red_flags(&mut out, flags);
        }
        if let Some(recommendation) = self.recommendation {
            let _ = writeln!(out, "recommendation: {}", scalar(recommendation.code()));
        }
        out
    }
}

/// The answer of a draft that is missing or incomplete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The score (or "not assessed") of the criterion with this id.
    Score(String),
    /// The evidence of a scored criterion, by id.
    Evidence(String),
    InterviewedAt,
    RedFlags,
    Recommendation,
}

/// One thing to fix before submitting: which answer, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub message: String,
}

fn is_complete(rating: &Rating) -> bool {
    match rating.score {
        Some(_) => rating
            .evidence
            .as_deref()
            .is_some_and(|e| !e.trim().is_empty()),
        None => rating.not_assessed,
    }
}

/// A submitted scorecard as YAML, criteria in scorecard order with their names as comments.
pub fn filled_yaml(
    filled: &FilledScorecard,
    scorecard: &Scorecard,
    candidate_name: &str,
    language: Language,
) -> String {
    let header = msg!(
        language,
        "fill-filled-header",
        interviewer = &filled.interviewer,
        name = candidate_name,
        candidate = &filled.candidate,
    );
    let mut out = comment("# ", &header);
    ids(
        &mut out,
        &filled.candidate,
        &filled.scorecard,
        &filled.interviewer,
    );
    let _ = writeln!(
        out,
        "interviewed_at: {}",
        scalar(&filled.interviewed_at.to_rfc3339())
    );
    let _ = writeln!(
        out,
        "submitted_at: {}",
        scalar(&filled.submitted_at.to_rfc3339())
    );
    ratings(&mut out, &filled.ratings, scorecard, language);
    red_flags(&mut out, &filled.red_flags);
    let _ = writeln!(
        out,
        "recommendation: {}",
        scalar(filled.recommendation.code())
    );
    if filled.refilled_after_ratings_shown {
        out.push_str(&comment("# ", &msg!(language, "fill-filled-refilled")));
        out.push_str("refilled_after_ratings_shown: true\n");
    }
    out
}

fn ids(out: &mut String, candidate: &str, scorecard: &str, interviewer: &str) {
    let _ = writeln!(out, "candidate: {}", scalar(candidate));
    let _ = writeln!(out, "scorecard: {}", scalar(scorecard));
    let _ = writeln!(out, "interviewer: {}", scalar(interviewer));
}

fn ratings(
    out: &mut String,
    ratings: &BTreeMap<String, Rating>,
    scorecard: &Scorecard,
    language: Language,
) {
    if ratings.is_empty() {
        out.push_str("ratings: {}\n");
        return;
    }
    out.push_str("ratings:\n");
    // Scorecard order first (the order they were asked in), then anything the scorecard lacks.
    let ordered = scorecard
        .criteria
        .iter()
        .filter_map(|c| ratings.get(&c.id).map(|r| (c.id.as_str(), Some(c), r)))
        .chain(
            ratings
                .iter()
                .filter(|(id, _)| scorecard.criterion(id).is_none())
                .map(|(id, r)| (id.as_str(), None, r)),
        );
    for (id, criterion, rating) in ordered {
        if let Some(c) = criterion {
            out.push_str(&comment("  # ", c.name.get_or_any(language)));
        }
        let _ = writeln!(out, "  {}:", scalar(id));
        if let Some(score) = rating.score {
            let _ = writeln!(out, "    score: {score}");
        }
        if let Some(evidence) = &rating.evidence {
            let _ = writeln!(out, "    evidence: {}", scalar(evidence));
        }
        if rating.not_assessed {
            out.push_str("    not_assessed: true\n");
        }
    }
}

fn red_flags(out: &mut String, flags: &[String]) {
    if flags.is_empty() {
        out.push_str("red_flags: []\n");
    } else {
        out.push_str("red_flags:\n");
        for flag in flags {
            let _ = writeln!(out, "  - {}", scalar(flag));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn scorecard() -> Scorecard {
        let bytes =
            include_bytes!("../../../tests/fixtures/folder/scorecards/backend-developer.yaml");
        match hirekit_scorecard::load(Path::new("backend-developer.yaml"), bytes) {
            Ok(loaded) => loaded.scorecard,
            Err(problems) => panic!(
                "{}",
                problems.iter().map(|p| p.render()).collect::<String>()
            ),
        }
    }

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn rated(score: u8, evidence: &str) -> Rating {
        Rating {
            score: Some(score),
            evidence: Some(evidence.to_owned()),
            not_assessed: false,
        }
    }

    fn complete_draft() -> Draft {
        let mut draft = Draft::new("c-test-001", "backend-developer", "anna");
        draft.interviewed_at = Some(at("2026-11-20T10:00:00+01:00"));
        draft.ratings.insert(
            "api-design".into(),
            rated(
                3,
                "Versioned the \"orders\" API: header-based, with a sunset date.\nSecond line: yes",
            ),
        );
        draft.ratings.insert(
            "testing".into(),
            Rating {
                score: None,
                evidence: None,
                not_assessed: true,
            },
        );
        draft.ratings.insert("collaboration".into(), rated(2, "no"));
        draft.red_flags = Some(vec!["interview-no-concrete-own-work".into()]);
        draft.recommendation = Some(Recommendation::Yes);
        draft
    }

    #[test]
    fn a_submitted_scorecard_round_trips_through_the_reader() {
        let sc = scorecard();
        let filled = complete_draft()
            .finish(&sc, at("2026-11-20T15:30:00+01:00"))
            .unwrap();
        for language in Language::ALL {
            let text = filled_yaml(&filled, &sc, "Zoë Voorbeeld", language);
            let (back, _) =
                hirekit_yaml::read::<FilledScorecard>(Path::new("anna.yaml"), text.as_bytes())
                    .unwrap_or_else(|p| {
                        panic!(
                            "{}\n{text}",
                            p.iter().map(|d| d.render()).collect::<String>()
                        )
                    });
            assert_eq!(back, filled, "{text}");
        }
    }

    #[test]
    fn a_draft_round_trips_at_every_stage() {
        let sc = scorecard();
        let mut draft = Draft::new("c-test-001", "backend-developer", "anna");
        let full = complete_draft();
        let mut stages = vec![draft.clone()];
        draft.interviewed_at = full.interviewed_at;
        stages.push(draft.clone());
        // A score saved before its evidence.
        draft.ratings.insert(
            "api-design".into(),
            Rating {
                score: Some(3),
                evidence: None,
                not_assessed: false,
            },
        );
        stages.push(draft.clone());
        draft.red_flags = Some(Vec::new());
        stages.push(draft.clone());
        stages.push(full);
        for stage in stages {
            let text = stage.to_yaml(&sc, Language::Nl);
            let (back, _) =
                hirekit_yaml::read::<Draft>(Path::new(".anna.draft.yaml"), text.as_bytes())
                    .unwrap_or_else(|p| {
                        panic!(
                            "{}\n{text}",
                            p.iter().map(|d| d.render()).collect::<String>()
                        )
                    });
            assert_eq!(back, stage, "{text}");
        }
    }

    #[test]
    fn an_incomplete_draft_does_not_finish() {
        let sc = scorecard();
        let now = at("2026-11-20T15:30:00+01:00");
        let mut draft = complete_draft();
        draft.ratings.insert(
            "api-design".into(),
            Rating {
                score: Some(3),
                evidence: Some("  ".into()),
                not_assessed: false,
            },
        );
        assert!(
            draft.finish(&sc, now).is_none(),
            "blank evidence is no evidence"
        );
        let mut draft = complete_draft();
        draft.recommendation = None;
        assert!(draft.finish(&sc, now).is_none());
        let mut draft = complete_draft();
        draft.red_flags = None;
        assert!(draft.finish(&sc, now).is_none());
    }

    #[test]
    fn problems_name_every_missing_answer_and_none_when_it_finishes() {
        let sc = scorecard();
        let now = at("2026-11-20T15:30:00+01:00");
        let empty = Draft::new("c-test-001", "backend-developer", "anna");
        let fields: Vec<Field> = empty
            .problems(&sc, Language::En)
            .into_iter()
            .map(|p| p.field)
            .collect();
        let mut expected: Vec<Field> = sc
            .criteria
            .iter()
            .map(|c| Field::Score(c.id.clone()))
            .collect();
        expected.extend([Field::InterviewedAt, Field::RedFlags, Field::Recommendation]);
        assert_eq!(fields, expected);
        // A score with blank evidence: the evidence is what is missing, with a sentence that
        // says what to write.
        let mut draft = complete_draft();
        draft.ratings.insert(
            "api-design".into(),
            Rating {
                score: Some(3),
                evidence: Some(" ".into()),
                not_assessed: false,
            },
        );
        assert_eq!(
            draft.problems(&sc, Language::En),
            vec![Problem {
                field: Field::Evidence("api-design".into()),
                message: "Evidence is required with a score: write what the candidate said or did."
                    .into(),
            }]
        );
        assert!(draft.finish(&sc, now).is_none());
        let complete = complete_draft();
        assert_eq!(complete.problems(&sc, Language::Nl), vec![]);
        assert!(complete.finish(&sc, now).is_some());
    }

    #[test]
    fn ratings_the_scorecard_no_longer_allows_are_dropped() {
        let sc = scorecard();
        let mut draft = complete_draft();
        draft
            .ratings
            .insert("removed-criterion".into(), rated(3, "x"));
        draft
            .ratings
            .insert("testing".into(), rated(9, "off the scale"));
        assert_eq!(
            draft.keep_valid_ratings(&sc),
            vec!["removed-criterion".to_owned(), "testing".to_owned()]
        );
        assert!(draft.is_rated("api-design"));
        assert!(!draft.is_rated("testing"));
    }
}
