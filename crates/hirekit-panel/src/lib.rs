//! Combining a panel's ratings: the rules a hiring manager can check by hand.
//!
//! Per criterion: the ratings, their mean, min and max, and a **disagreement** flag when the panel
//! is two or more points apart. Overall: the weight-weighted mean of the criterion means over the
//! assessed criteria, rounded to 2 decimals. Then, mechanically (structured-interview research
//! shows mechanical combination beats discussion, Conway et al. 1995):
//!
//! 1. `incomplete` when there is no filled scorecard, nothing was assessed, or a must-have was
//!    not assessed;
//! 2. else `reject` when a must-have's mean is below the scale's pass point;
//! 3. else `advance` when overall ≥ `advance_at`;
//! 4. else `reject`.
//!
//! A rejected candidate with overall ≥ `talent_pool_at` is a near miss: `talent_pool`.
//! Red flags are listed but never count. hirekit proposes; a person decides.
//!
//! ```
//! # use hirekit_panel::{assess, Outcome};
//! # let (card, filled) = hirekit_panel::example();
//! let result = assess(&card, &filled, &[], 24);
//! assert_eq!(result.outcome, Outcome::Advance);
//! assert_eq!(result.overall, Some(3.33));
//! ```

mod visibility;

pub use visibility::{Awaiting, PanelView};

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{FilledScorecard, PlannedInterview, Recommendation};
use hirekit_scorecard::Scorecard;
use serde::Serialize;

/// The proposed outcome for a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Advance,
    Reject,
    Incomplete,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Advance => "advance",
            Outcome::Reject => "reject",
            Outcome::Incomplete => "incomplete",
        }
    }
}

/// One interviewer's score on one criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InterviewerScore {
    pub interviewer: String,
    pub score: u8,
}

/// The panel's view of one criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionResult {
    pub id: String,
    pub weight: f64,
    pub must_have: bool,
    pub ratings: Vec<InterviewerScore>,
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// The panel is two or more scale points apart: discuss against the anchors.
    pub disagreement: bool,
}

/// A scorecard submitted more than `scorecard_hours` after the interview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LateScorecard {
    pub interviewer: String,
    /// Hours between the interview and the submission, to one decimal.
    pub delay_hours: f64,
}

/// A ticked red-flag checklist item, with who ticked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TickedRedFlag {
    pub id: String,
    pub interviewer: String,
}

/// Why the outcome is what it is, in the order the rules were applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    NoScorecards,
    NothingAssessed,
    MustHaveUnassessed {
        criterion: String,
    },
    MustHaveFailed {
        criterion: String,
        mean: f64,
        pass: u8,
    },
    OverallReachesAdvance {
        overall: f64,
        advance_at: f64,
    },
    OverallBelowAdvance {
        overall: f64,
        advance_at: f64,
    },
    NearMiss {
        overall: f64,
        talent_pool_at: f64,
    },
}

/// Everything `hirekit score` reports for one candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub scorecard: String,
    pub interviewers: Vec<String>,
    pub criteria: Vec<CriterionResult>,
    pub overall: Option<f64>,
    pub must_haves_failed: Vec<String>,
    pub unassessed: Vec<String>,
    pub outcome: Outcome,
    pub talent_pool: bool,
    pub reasons: Vec<Reason>,
    pub late_scorecards: Vec<LateScorecard>,
    pub red_flags: Vec<TickedRedFlag>,
    /// Planned interviewers who have not submitted a scorecard yet.
    pub pending_scorecards: Vec<String>,
    pub recommendations: Vec<(String, Recommendation)>,
    /// When the last interview took place (planned or rated), for feedback deadlines.
    pub last_interview: Option<DateTime<FixedOffset>>,
}

/// Rounds to two decimals, as every score is reported.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// Combines the submitted scorecards of one candidate. `planned` lists the planned interviews,
/// to know who has not submitted yet; `scorecard_hours` is the submission deadline.
pub fn assess(
    card: &Scorecard,
    filled: &[FilledScorecard],
    planned: &[PlannedInterview],
    scorecard_hours: u32,
) -> Assessment {
    // Sorted by interviewer, so that the order files were read in never changes a result.
    let mut filled: Vec<&FilledScorecard> =
        filled.iter().filter(|f| f.scorecard == card.id).collect();
    filled.sort_by(|a, b| a.interviewer.cmp(&b.interviewer));

    let criteria: Vec<CriterionResult> = card
        .criteria
        .iter()
        .map(|c| {
            let ratings: Vec<InterviewerScore> = filled
                .iter()
                .filter_map(|f| {
                    let rating = f.ratings.get(&c.id)?;
                    let score = rating.score.filter(|_| !rating.not_assessed)?;
                    Some(InterviewerScore {
                        interviewer: f.interviewer.clone(),
                        score,
                    })
                })
                .collect();
            let scores: Vec<u8> = ratings.iter().map(|r| r.score).collect();
            let mean = (!scores.is_empty())
                .then(|| scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64);
            let min = scores.iter().min().copied();
            let max = scores.iter().max().copied();
            let disagreement = matches!((min, max), (Some(lo), Some(hi)) if hi - lo >= 2);
            CriterionResult {
                id: c.id.clone(),
                weight: c.weight,
                must_have: c.must_have,
                ratings,
                mean,
                min,
                max,
                disagreement,
            }
        })
        .collect();

    let assessed: Vec<&CriterionResult> = criteria.iter().filter(|c| c.mean.is_some()).collect();
    let weight: f64 = assessed.iter().map(|c| c.weight).sum();
    let overall = (weight > 0.0).then(|| {
        round2(
            assessed
                .iter()
                .map(|c| c.weight * c.mean.unwrap_or(0.0))
                .sum::<f64>()
                / weight,
        )
    });
    let pass = f64::from(card.scale.pass);
    let must_haves_failed: Vec<String> = criteria
        .iter()
        .filter(|c| c.must_have && c.mean.is_some_and(|m| m < pass))
        .map(|c| c.id.clone())
        .collect();
    let unassessed: Vec<String> = criteria
        .iter()
        .filter(|c| c.mean.is_none())
        .map(|c| c.id.clone())
        .collect();

    let mut reasons = Vec::new();
    let outcome = if filled.is_empty() {
        reasons.push(Reason::NoScorecards);
        Outcome::Incomplete
    } else if overall.is_none() {
        reasons.push(Reason::NothingAssessed);
        Outcome::Incomplete
    } else if criteria.iter().any(|c| c.must_have && c.mean.is_none()) {
        reasons.extend(
            criteria
                .iter()
                .filter(|c| c.must_have && c.mean.is_none())
                .map(|c| Reason::MustHaveUnassessed {
                    criterion: c.id.clone(),
                }),
        );
        Outcome::Incomplete
    } else if !must_haves_failed.is_empty() {
        reasons.extend(
            criteria
                .iter()
                .filter(|c| must_haves_failed.contains(&c.id))
                .map(|c| Reason::MustHaveFailed {
                    criterion: c.id.clone(),
                    mean: round2(c.mean.unwrap_or(0.0)),
                    pass: card.scale.pass,
                }),
        );
        Outcome::Reject
    } else {
        let overall = overall.unwrap_or(0.0);
        if overall >= card.advance_at {
            reasons.push(Reason::OverallReachesAdvance {
                overall,
                advance_at: card.advance_at,
            });
            Outcome::Advance
        } else {
            reasons.push(Reason::OverallBelowAdvance {
                overall,
                advance_at: card.advance_at,
            });
            Outcome::Reject
        }
    };
    let talent_pool =
        outcome == Outcome::Reject && overall.is_some_and(|o| o >= card.talent_pool_at);
    if talent_pool {
        reasons.push(Reason::NearMiss {
            overall: overall.unwrap_or(0.0),
            talent_pool_at: card.talent_pool_at,
        });
    }

    let late_scorecards = filled
        .iter()
        .filter_map(|f| {
            let minutes = (f.submitted_at - f.interviewed_at).num_minutes();
            let hours = minutes as f64 / 60.0;
            (hours > f64::from(scorecard_hours)).then(|| LateScorecard {
                interviewer: f.interviewer.clone(),
                delay_hours: (hours * 10.0).round() / 10.0,
            })
        })
        .collect();
    let red_flags = filled
        .iter()
        .flat_map(|f| {
            f.red_flags.iter().map(|id| TickedRedFlag {
                id: id.clone(),
                interviewer: f.interviewer.clone(),
            })
        })
        .collect();
    let mut pending_scorecards: Vec<String> = planned
        .iter()
        .filter(|p| !filled.iter().any(|f| f.interviewer == p.interviewer))
        .map(|p| p.interviewer.clone())
        .collect();
    pending_scorecards.sort();
    pending_scorecards.dedup();
    let last_interview = planned
        .iter()
        .map(|p| p.at)
        .chain(filled.iter().map(|f| f.interviewed_at))
        .max();

    Assessment {
        scorecard: card.id.clone(),
        interviewers: filled.iter().map(|f| f.interviewer.clone()).collect(),
        criteria,
        overall,
        must_haves_failed,
        unassessed,
        outcome,
        talent_pool,
        reasons,
        late_scorecards,
        red_flags,
        pending_scorecards,
        recommendations: filled
            .iter()
            .map(|f| (f.interviewer.clone(), f.recommendation))
            .collect(),
        last_interview,
    }
}

#[doc(hidden)]
/// A small scorecard and two filled scorecards, for examples and tests.
pub fn example() -> (Scorecard, Vec<FilledScorecard>) {
    use hirekit_folder::Rating;
    use hirekit_scorecard::{Category, Criterion, FeedbackPhrases, Scale, Text};
    let text = |s: &str| Text::from(s);
    let criterion = |id: &str, weight: f64, must_have: bool| Criterion {
        id: id.to_owned(),
        name: text(id),
        category: Category::Technical,
        requirement: text(id),
        weight,
        must_have,
        questions: vec![text("q")],
        anchors: [(1, text("low")), (3, text("pass")), (4, text("high"))].into(),
        feedback: FeedbackPhrases {
            strength: text("s"),
            gap: text("g"),
            develop: text("d"),
        },
    };
    let card = Scorecard {
        id: "demo".to_owned(),
        title: text("Demo"),
        languages: vec![hirekit_scorecard::Language::En],
        role_family: None,
        scale: Scale {
            min: 1,
            max: 4,
            pass: 3,
            labels: (1..=4).map(|p| (p, text(&p.to_string()))).collect(),
        },
        advance_at: 3.0,
        talent_pool_at: 2.6,
        criteria: vec![
            criterion("design", 2.0, true),
            criterion("reviews", 1.0, false),
        ],
    };
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap_or_default();
    let filled = |who: &str, design: u8, reviews: u8| FilledScorecard {
        candidate: "c-1".to_owned(),
        scorecard: "demo".to_owned(),
        interviewer: who.to_owned(),
        interviewed_at: at("2026-11-16T10:00:00+01:00"),
        submitted_at: at("2026-11-16T15:00:00+01:00"),
        ratings: [
            (
                "design".to_owned(),
                Rating {
                    score: Some(design),
                    evidence: Some("e".to_owned()),
                    not_assessed: false,
                },
            ),
            (
                "reviews".to_owned(),
                Rating {
                    score: Some(reviews),
                    evidence: Some("e".to_owned()),
                    not_assessed: false,
                },
            ),
        ]
        .into(),
        red_flags: vec![],
        recommendation: Recommendation::Yes,
    };
    (card, vec![filled("ayla", 4, 3), filled("bram", 3, 3)])
}

#[cfg(test)]
mod tests;
