//! The decision rule: from per-criterion statistics to a proposed outcome, with its reasons.
//!
//! Applied in this order, the first that applies wins:
//!
//! 1. `incomplete` — no filled scorecard, nothing assessed, a must-have nobody rated, or the
//!    assessed criteria carry less than `min_coverage` of the total weight. Without this, marking
//!    a weak criterion "not assessed" instead of rating it low drops it from the mean and can
//!    lift a candidate over the line.
//! 2. `reject` — a must-have every rating of which is below the pass point (`must_haves_failed`).
//! 3. `discuss` — a must-have rated on both sides of the pass point (`split_must_haves`): one
//!    rater should not decide a must-have either way.
//! 4. `advance` — overall ≥ `advance_at`.
//! 5. `discuss` — overall within `discuss_band` below `advance_at`: meeting every requirement
//!    lands exactly on `advance_at`, so one point from one rater would otherwise decide.
//! 6. `reject` — otherwise.
//!
//! A candidate proposed for rejection or discussion is a **near miss** (`talent_pool`: offered to
//! reconnect if rejected) when overall ≥ `talent_pool_at`, every must-have's mean is at most one
//! point below the pass point (at least 2 on a 1-4 scale with pass 3), and every criterion was
//! assessed.

use hirekit_scorecard::Scorecard;

use crate::{CriterionResult, Outcome, Reason, round2};

/// What the rule proposes for one candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub outcome: Outcome,
    pub talent_pool: bool,
    pub must_haves_failed: Vec<String>,
    pub split_must_haves: Vec<String>,
    pub reasons: Vec<Reason>,
}

/// The overall as shown (two decimals). Rounded to the nearest, except where that would cross a
/// threshold the exact value does not reach: 2.995 is shown as 2.99 next to "advance at 3.00",
/// never as a 3.00 that did not advance.
pub fn shown(exact: f64, card: &Scorecard) -> f64 {
    let rounded = round2(exact);
    let thresholds = [
        card.advance_at,
        card.talent_pool_at,
        round2(card.advance_at - card.discuss_band),
    ];
    if thresholds.iter().any(|&t| exact < t && rounded >= t) {
        (exact * 100.0).floor() / 100.0
    } else {
        rounded
    }
}

/// Applies the rule. `overall` and `coverage` are exact (unrounded), so that rounding never
/// lets a candidate through; the reasons carry the overall as [`shown`].
pub fn propose(
    card: &Scorecard,
    criteria: &[CriterionResult],
    any_scorecard: bool,
    overall: Option<f64>,
    coverage: f64,
) -> Proposal {
    let pass = card.scale.pass;
    let must_haves = || criteria.iter().filter(|c| c.must_have);
    let is_split = |c: &CriterionResult| matches!((c.min, c.max), (Some(lo), Some(hi)) if lo < pass && hi >= pass);
    let must_haves_failed: Vec<String> = must_haves()
        .filter(|c| c.max.is_some_and(|hi| hi < pass))
        .map(|c| c.id.clone())
        .collect();
    let split_must_haves: Vec<String> = must_haves()
        .filter(|c| is_split(c))
        .map(|c| c.id.clone())
        .collect();

    let exact = overall;
    let overall = exact.map(|e| shown(e, card));
    let mut reasons = Vec::new();
    let outcome = match exact {
        _ if !any_scorecard => {
            reasons.push(Reason::NoScorecards);
            Outcome::Incomplete
        }
        None => {
            reasons.push(Reason::NothingAssessed);
            Outcome::Incomplete
        }
        Some(overall) => {
            reasons.extend(must_haves().filter(|c| c.mean.is_none()).map(|c| {
                Reason::MustHaveUnassessed {
                    criterion: c.id.clone(),
                }
            }));
            if coverage < card.min_coverage {
                reasons.push(Reason::CoverageBelowMinimum {
                    coverage: round2(coverage),
                    min_coverage: card.min_coverage,
                });
            }
            if !reasons.is_empty() {
                Outcome::Incomplete
            } else if !must_haves_failed.is_empty() {
                reasons.extend(
                    must_haves()
                        .filter(|c| must_haves_failed.contains(&c.id))
                        .map(|c| Reason::MustHaveFailed {
                            criterion: c.id.clone(),
                            mean: round2(c.mean.unwrap_or(0.0)),
                            pass,
                        }),
                );
                Outcome::Reject
            } else if !split_must_haves.is_empty() {
                reasons.extend(must_haves().filter(|c| is_split(c)).map(|c| {
                    Reason::MustHaveSplit {
                        criterion: c.id.clone(),
                        min: c.min.unwrap_or(pass),
                        max: c.max.unwrap_or(pass),
                        pass,
                    }
                }));
                Outcome::Discuss
            } else {
                overall_outcome(card, overall, shown(overall, card), &mut reasons)
            }
        }
    };

    // A near miss is offered to reconnect when rejected: only when nothing essential was far off
    // or unseen. A `discuss` outcome carries it too, for the letter if the panel rejects.
    let near_pass = f64::from(pass.saturating_sub(1).max(card.scale.min));
    let talent_pool = matches!(outcome, Outcome::Reject | Outcome::Discuss)
        && exact.is_some_and(|o| o >= card.talent_pool_at)
        && must_haves().all(|c| c.mean.is_some_and(|m| m >= near_pass))
        && criteria.iter().all(|c| c.mean.is_some());
    if talent_pool {
        reasons.push(Reason::NearMiss {
            overall: overall.unwrap_or(0.0),
            talent_pool_at: card.talent_pool_at,
        });
    }
    Proposal {
        outcome,
        talent_pool,
        must_haves_failed,
        split_must_haves,
        reasons,
    }
}

/// Steps 4 to 6: the overall score against `advance_at` and the discussion band.
fn overall_outcome(
    card: &Scorecard,
    exact: f64,
    overall: f64,
    reasons: &mut Vec<Reason>,
) -> Outcome {
    let advance_at = card.advance_at;
    // Rounded, so 3.00 - 0.25 is exactly 2.75 and 2.75 is in the band.
    let discuss_from = round2(advance_at - card.discuss_band);
    if exact >= advance_at {
        reasons.push(Reason::OverallReachesAdvance {
            overall,
            advance_at,
        });
        Outcome::Advance
    } else if card.discuss_band > 0.0 && exact >= discuss_from {
        reasons.push(Reason::OverallInDiscussBand {
            overall,
            advance_at,
            discuss_from,
        });
        Outcome::Discuss
    } else {
        reasons.push(Reason::OverallBelowAdvance {
            overall,
            advance_at,
        });
        Outcome::Reject
    }
}
