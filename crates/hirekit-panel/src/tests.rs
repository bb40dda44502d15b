use std::collections::BTreeMap;

use hirekit_folder::Rating;
use proptest::prelude::*;

use super::*;

fn rated(card: &Scorecard, who: &str, scores: &BTreeMap<String, Option<u8>>) -> FilledScorecard {
    let (_, mut template) = example();
    let mut f = template.remove(0);
    f.interviewer = who.to_owned();
    f.scorecard = card.id.clone();
    f.ratings = scores
        .iter()
        .map(|(id, s)| {
            let rating = match s {
                Some(score) => Rating {
                    score: Some(*score),
                    evidence: Some("e".to_owned()),
                    not_assessed: false,
                },
                None => Rating {
                    score: None,
                    evidence: None,
                    not_assessed: true,
                },
            };
            (id.clone(), rating)
        })
        .collect();
    f
}

fn scores(pairs: &[(&str, Option<u8>)]) -> BTreeMap<String, Option<u8>> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn worked_example_by_hand() {
    let (card, filled) = example();
    let a = assess(&card, &filled, &[], 24);
    // design: (4 + 3) / 2 = 3.5, weight 2; reviews: 3, weight 1 → (7 + 3) / 3 = 3.33
    assert_eq!(a.criteria[0].mean, Some(3.5));
    assert_eq!(a.overall, Some(3.33));
    assert_eq!(a.outcome, Outcome::Advance);
    assert!(!a.talent_pool);
}

#[test]
fn failed_must_have_rejects_even_with_a_high_overall() {
    let (card, _) = example();
    let f = rated(
        &card,
        "ayla",
        &scores(&[("design", Some(2)), ("reviews", Some(4))]),
    );
    let a = assess(&card, &[f], &[], 24);
    assert_eq!(a.must_haves_failed, vec!["design"]);
    assert_eq!(a.outcome, Outcome::Reject);
    // (2*2 + 4) / 3 = 2.67 ≥ 2.6: a near miss despite the failed must-have
    assert_eq!(a.overall, Some(2.67));
    assert!(a.talent_pool);
}

#[test]
fn unassessed_must_have_is_incomplete() {
    let (card, _) = example();
    let f = rated(
        &card,
        "ayla",
        &scores(&[("design", None), ("reviews", Some(4))]),
    );
    let a = assess(&card, &[f], &[], 24);
    assert_eq!(a.outcome, Outcome::Incomplete);
    assert_eq!(a.unassessed, vec!["design"]);
}

#[test]
fn no_scorecards_is_incomplete() {
    let (card, _) = example();
    assert_eq!(assess(&card, &[], &[], 24).outcome, Outcome::Incomplete);
}

#[test]
fn disagreement_needs_two_points() {
    let (card, _) = example();
    let a = assess(
        &card,
        &[
            rated(
                &card,
                "a",
                &scores(&[("design", Some(2)), ("reviews", Some(2))]),
            ),
            rated(
                &card,
                "b",
                &scores(&[("design", Some(4)), ("reviews", Some(3))]),
            ),
        ],
        &[],
        24,
    );
    assert!(a.criteria[0].disagreement);
    assert!(!a.criteria[1].disagreement);
}

#[test]
fn late_scorecards_are_reported_with_their_delay() {
    let (card, mut filled) = example();
    filled[1].submitted_at = filled[1].interviewed_at + chrono::Duration::minutes(30 * 60 + 30);
    let a = assess(&card, &filled, &[], 24);
    assert_eq!(
        a.late_scorecards,
        vec![LateScorecard {
            interviewer: "bram".to_owned(),
            lateness: Lateness {
                delay_hours: 30.5,
                limit_hours: 24
            }
        }]
    );
    // exactly on the deadline is on time
    filled[1].submitted_at = filled[1].interviewed_at + chrono::Duration::hours(24);
    assert!(assess(&card, &filled, &[], 24).late_scorecards.is_empty());
}

fn panel() -> impl Strategy<Value = Vec<(Option<u8>, Option<u8>)>> {
    proptest::collection::vec(
        (proptest::option::of(1u8..=4), proptest::option::of(1u8..=4)),
        1..6,
    )
}

fn build(card: &Scorecard, panel: &[(Option<u8>, Option<u8>)]) -> Vec<FilledScorecard> {
    panel
        .iter()
        .enumerate()
        .map(|(i, (d, r))| {
            rated(
                card,
                &format!("interviewer-{i}"),
                &scores(&[("design", *d), ("reviews", *r)]),
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn overall_stays_within_the_scale(p in panel()) {
        let (card, _) = example();
        if let Some(o) = assess(&card, &build(&card, &p), &[], 24).overall {
            prop_assert!(o >= f64::from(card.scale.min) && o <= f64::from(card.scale.max));
        }
    }

    /// Within the bounds a scorecard is checked against at load (weights from 0.01 to 100), the
    /// overall is a finite number on the scale: no mix of weights makes it NaN or infinite.
    #[test]
    fn overall_is_finite_for_every_weight_within_the_bounds(
        design in prop_oneof![Just(0.01), Just(100.0), 0.01f64..=100.0],
        reviews in prop_oneof![Just(0.01), Just(100.0), 0.01f64..=100.0],
        p in panel(),
    ) {
        let (mut card, _) = example();
        card.criteria[0].weight = design;
        card.criteria[1].weight = reviews;
        if let Some(o) = assess(&card, &build(&card, &p), &[], 24).overall {
            prop_assert!(o.is_finite());
            prop_assert!(o >= f64::from(card.scale.min) && o <= f64::from(card.scale.max));
        }
    }

    #[test]
    fn a_rating_equal_to_the_mean_keeps_the_mean(p in panel()) {
        let (card, _) = example();
        let filled = build(&card, &p);
        let before = assess(&card, &filled, &[], 24);
        let Some(mean) = before.criteria[0].mean else { return Ok(()) };
        prop_assume!(mean.fract() == 0.0);
        let mut more = filled.clone();
        more.push(rated(&card, "zz-extra", &scores(&[("design", Some(mean as u8)), ("reviews", None)])));
        let after = assess(&card, &more, &[], 24);
        prop_assert_eq!(after.criteria[0].mean, Some(mean));
    }

    #[test]
    fn the_order_of_interviewers_changes_nothing(p in panel(), rotate in 0usize..6) {
        let (card, _) = example();
        let filled = build(&card, &p);
        let mut reordered = filled.clone();
        reordered.rotate_left(rotate % filled.len());
        reordered.reverse();
        prop_assert_eq!(assess(&card, &filled, &[], 24), assess(&card, &reordered, &[], 24));
    }

    #[test]
    fn never_advance_with_a_failed_must_have(p in panel()) {
        let (card, _) = example();
        let a = assess(&card, &build(&card, &p), &[], 24);
        if !a.must_haves_failed.is_empty() {
            prop_assert_ne!(a.outcome, Outcome::Advance);
        }
        if a.talent_pool {
            prop_assert!(matches!(a.outcome, Outcome::Reject | Outcome::Discuss));
            prop_assert!(a.unassessed.is_empty());
        }
        if !a.split_must_haves.is_empty() {
            prop_assert_ne!(a.outcome, Outcome::Advance);
        }
        // The example scorecard asks for full coverage.
        if !a.unassessed.is_empty() {
            prop_assert_eq!(a.outcome, Outcome::Incomplete);
        }
    }
}

#[test]
fn rounding_never_lifts_a_candidate_over_a_threshold() {
    // design 3 (weight 2), reviews 2 (weight 0.01): the exact overall is 6.02 / 2.01 = 2.99502,
    // which rounds to 3.00 — but 2.995 does not reach `advance_at` 3.00.
    let (mut card, _) = example();
    card.criteria[1].weight = 0.01;
    let filled = rated(
        &card,
        "ayla",
        &scores(&[("design", Some(3)), ("reviews", Some(2))]),
    );
    let result = assess(&card, &[filled], &[], 24);
    assert_eq!(result.outcome, Outcome::Discuss);
    assert_eq!(
        result.overall,
        Some(2.99),
        "shown below the line it did not reach"
    );
    // Thirds that add up to a threshold exactly still reach it.
    card.criteria[1].weight = 1.0;
    let thirds = rated(
        &card,
        "ayla",
        &scores(&[("design", Some(3)), ("reviews", Some(3))]),
    );
    assert_eq!(assess(&card, &[thirds], &[], 24).outcome, Outcome::Advance);
}
