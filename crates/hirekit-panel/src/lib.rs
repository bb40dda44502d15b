//! Combining a panel's ratings: the rules a hiring manager can check by hand.
//!
//! Per criterion: the ratings, their mean, min and max, and a **disagreement** flag when the panel
//! is two or more points apart. **Coverage**: the share of the total weight carried by criteria
//! that at least one submitted scorecard rates. Overall: the weight-weighted mean of the criterion
//! means over the assessed criteria, rounded to 2 decimals. Then the outcome is proposed
//! mechanically (structured-interview research shows mechanical combination beats discussion,
//! Conway et al. 1995) by the rules in [`rule`]: `incomplete`, `reject`, `discuss` or `advance`.
//!
//! Red flags are listed but never count. hirekit proposes; a person decides.
//!
//! What a front end shows of it is built here too: [`score_view`] applies the hidden-ratings
//! rule ([`Awaiting`]) to every selected candidate, and [`render`] writes that view as a
//! terminal table or Markdown in the reader's language (JSON is the view, serialised).
//!
//! ```
//! # use hirekit_panel::{assess, Outcome};
//! # let (card, filled) = hirekit_panel::example();
//! let result = assess(&card, &filled, &[], 24);
//! assert_eq!(result.outcome, Outcome::Advance);
//! assert_eq!(result.overall, Some(3.33));
//! assert_eq!(result.coverage, 1.0);
//! ```

mod lateness;
pub mod render;
mod view;
mod visibility;

pub use lateness::{Lateness, lateness, lateness_under};
pub use view::{
    CandidateScore, PanelStatus, ScoreView, SelectError, assess_candidate, score_view, select,
};
pub use visibility::{Awaiting, PanelView, Viewer, ratings_were_visible};

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{FilledScorecard, PlannedInterview, Recommendation, TimeRules};
use hirekit_scorecard::Scorecard;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The proposed outcome for a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Advance,
    /// Close to the line or a split must-have: the panel discusses against the anchors, and the
    /// decision is recorded with a note (`hirekit decide`).
    Discuss,
    Reject,
    Incomplete,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Advance => "advance",
            Outcome::Discuss => "discuss",
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
    /// How late, against which limit: `delay_hours` and `limit_hours` in the JSON output.
    #[serde(flatten)]
    pub lateness: Lateness,
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
    /// The assessed criteria carry less than `min_coverage` of the total weight.
    CoverageBelowMinimum {
        coverage: f64,
        min_coverage: f64,
    },
    MustHaveFailed {
        criterion: String,
        mean: f64,
        pass: u8,
    },
    /// A must-have's ratings fall on both sides of the pass point.
    MustHaveSplit {
        criterion: String,
        min: u8,
        max: u8,
        pass: u8,
    },
    OverallReachesAdvance {
        overall: f64,
        advance_at: f64,
    },
    /// Below `advance_at` but within `discuss_band` of it.
    OverallInDiscussBand {
        overall: f64,
        advance_at: f64,
        discuss_from: f64,
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
    /// The share of the total weight whose criteria at least one scorecard rates, 0 to 1,
    /// rounded to 2 decimals.
    pub coverage: f64,
    /// Must-haves every rating of which is below the pass point.
    pub must_haves_failed: Vec<String>,
    /// Must-haves rated on both sides of the pass point: the panel discusses them.
    pub split_must_haves: Vec<String>,
    pub unassessed: Vec<String>,
    pub outcome: Outcome,
    pub talent_pool: bool,
    pub reasons: Vec<Reason>,
    pub late_scorecards: Vec<LateScorecard>,
    pub red_flags: Vec<TickedRedFlag>,
    /// Interviewers whose scorecard was refilled after the panel's ratings could be seen.
    pub refilled_after_ratings_shown: Vec<String>,
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

/// Combines the submitted scorecards of one candidate, with `scorecard_hours` as the submission
/// deadline and the other time rules at their defaults. Kept for callers that have only the
/// hours; [`assess_under`] takes the folder's rules.
pub fn assess(
    card: &Scorecard,
    filled: &[FilledScorecard],
    planned: &[PlannedInterview],
    scorecard_hours: u32,
) -> Assessment {
    let rules = TimeRules {
        scorecard_hours,
        ..TimeRules::DEFAULT
    };
    assess_under(card, filled, planned, &rules)
}

/// Combines the submitted scorecards of one candidate. `planned` lists the planned interviews,
/// to know who has not submitted yet; `rules` say when a scorecard is late.
pub fn assess_under(
    card: &Scorecard,
    filled: &[FilledScorecard],
    planned: &[PlannedInterview],
    rules: &TimeRules,
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
    // The rule compares the exact mean; only what is shown is rounded (see `rule::shown`).
    let exact_overall = (weight > 0.0).then(|| {
        let mean = assessed
            .iter()
            .map(|c| c.weight * c.mean.unwrap_or(0.0))
            .sum::<f64>()
            / weight;
        // A mean that is a two-decimal value up to floating-point noise (2.9999999999 from
        // thirds) is that value; anything visibly different is kept exact.
        let snapped = round2(mean);
        if (mean - snapped).abs() < 1e-9 {
            snapped
        } else {
            mean
        }
    });
    let overall = exact_overall.map(|exact| rule::shown(exact, card));
    let total_weight = card.total_weight();
    let coverage = if total_weight > 0.0 {
        weight / total_weight
    } else {
        0.0
    };
    let proposal = rule::propose(card, &criteria, !filled.is_empty(), exact_overall, coverage);
    let unassessed: Vec<String> = criteria
        .iter()
        .filter(|c| c.mean.is_none())
        .map(|c| c.id.clone())
        .collect();

    let late_scorecards = filled
        .iter()
        .filter_map(|f| {
            lateness_under(f.interviewed_at, f.submitted_at, rules).map(|late| LateScorecard {
                interviewer: f.interviewer.clone(),
                lateness: late,
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
        coverage: round2(coverage),
        must_haves_failed: proposal.must_haves_failed,
        split_must_haves: proposal.split_must_haves,
        unassessed,
        outcome: proposal.outcome,
        talent_pool: proposal.talent_pool,
        reasons: proposal.reasons,
        late_scorecards,
        red_flags,
        refilled_after_ratings_shown: filled
            .iter()
            .filter(|f| f.refilled_after_ratings_shown)
            .map(|f| f.interviewer.clone())
            .collect(),
        pending_scorecards,
        recommendations: filled
            .iter()
            .map(|f| (f.interviewer.clone(), f.recommendation))
            .collect(),
        last_interview,
    }
}

mod example;
pub mod rule;

#[doc(hidden)]
pub use example::example;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_rule;
