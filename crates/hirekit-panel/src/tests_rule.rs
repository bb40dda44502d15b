//! The decision rule on a panel shaped like the senior backend scorecard (weights 3, 3, 2, 2, 2,
//! 1, 1, 1; the first two are must-haves). Each test starts from a case the old rule got wrong.

use hirekit_folder::Rating;

use super::*;

const CRITERIA: [(&str, f64, bool); 8] = [
    ("api-design", 3.0, true),
    ("distributed-systems", 3.0, true),
    ("data-modelling", 2.0, false),
    ("testing-quality", 2.0, false),
    ("production-ownership", 2.0, false),
    ("collaboration", 1.0, false),
    ("explaining-tradeoffs", 1.0, false),
    ("mentoring", 1.0, false),
];

/// The backend-shaped scorecard, with the defaults `min_coverage: 1` and `discuss_band: 0.25`.
fn card() -> Scorecard {
    let (mut card, _) = example();
    let template = card.criteria[0].clone();
    card.criteria = CRITERIA
        .iter()
        .map(|(id, weight, must_have)| {
            let mut c = template.clone();
            c.id = (*id).to_owned();
            c.weight = *weight;
            c.must_have = *must_have;
            c
        })
        .collect();
    card
}

/// One interviewer's scorecard: every criterion at `base`, except those in `other`
/// (`None` = not assessed).
fn rater(who: &str, base: u8, other: &[(&str, Option<u8>)]) -> FilledScorecard {
    let (_, mut filled) = example();
    let mut f = filled.remove(0);
    f.interviewer = who.to_owned();
    f.ratings = CRITERIA
        .iter()
        .map(|(id, _, _)| {
            let score = other
                .iter()
                .find(|(o, _)| o == id)
                .map_or(Some(base), |(_, s)| *s);
            let rating = Rating {
                score,
                evidence: score.map(|_| "e".to_owned()),
                not_assessed: score.is_none(),
            };
            ((*id).to_owned(), rating)
        })
        .collect();
    f
}

fn run(card: &Scorecard, panel: &[FilledScorecard]) -> Assessment {
    assess(card, panel, &[], 24)
}

#[test]
fn not_assessed_instead_of_a_low_rating_no_longer_lifts_a_candidate_over_the_line() {
    let card = card();
    // Rated 2 on mentoring: (14 × 3 + 2) / 15 = 2.93, which the old rule rejected and the
    // discussion band now proposes for discussion.
    let rated = run(&card, &[rater("ayla", 3, &[("mentoring", Some(2))])]);
    assert_eq!(rated.overall, Some(2.93));
    assert_eq!(rated.outcome, Outcome::Discuss);
    // Marked "not assessed" instead: the old rule rescaled to 42 / 14 = 3.00 and advanced.
    let dropped = run(&card, &[rater("ayla", 3, &[("mentoring", None)])]);
    assert_eq!(dropped.overall, Some(3.0));
    assert_eq!(dropped.coverage, 0.93);
    assert_eq!(dropped.outcome, Outcome::Incomplete);
    assert_eq!(
        dropped.reasons,
        vec![Reason::CoverageBelowMinimum {
            coverage: 0.93,
            min_coverage: 1.0
        }]
    );
}

#[test]
fn two_must_haves_alone_do_not_advance_a_candidate() {
    let card = card();
    let unrated: Vec<(&str, Option<u8>)> = CRITERIA[2..].iter().map(|c| (c.0, None)).collect();
    let a = run(&card, &[rater("ayla", 4, &unrated)]);
    // 6 of 15 weight points assessed: 40 %.
    assert_eq!(a.coverage, 0.4);
    assert_eq!(a.unassessed.len(), 6);
    assert_eq!(a.outcome, Outcome::Incomplete);
}

#[test]
fn a_lower_min_coverage_lets_an_unrated_minor_criterion_pass() {
    let mut card = card();
    card.min_coverage = 0.9;
    let a = run(&card, &[rater("ayla", 3, &[("mentoring", None)])]);
    assert_eq!(a.outcome, Outcome::Advance);
    // ... but a near miss still needs every criterion assessed.
    let low = run(
        &card,
        &[rater(
            "ayla",
            3,
            &[("mentoring", None), ("data-modelling", Some(1))],
        )],
    );
    // (3 × 3 × 2 + 1 × 2 + 3 × 2 × 2 + 3 × 2) / 14 = 38 / 14 = 2.71
    assert_eq!(low.overall, Some(2.71));
    assert_eq!(low.outcome, Outcome::Reject);
    assert!(!low.talent_pool);
}

#[test]
fn one_point_from_one_rater_below_the_line_is_discussed() {
    let card = card();
    // Everyone at the pass point lands exactly on advance_at.
    let met = run(&card, &[rater("ayla", 3, &[]), rater("bram", 3, &[])]);
    assert_eq!((met.overall, met.outcome), (Some(3.0), Outcome::Advance));
    // One rater gives one point less on a weight-1 criterion: (14 × 3 + 2.5) / 15 = 2.97.
    let one_less = run(
        &card,
        &[
            rater("ayla", 3, &[]),
            rater("bram", 3, &[("mentoring", Some(2))]),
        ],
    );
    assert_eq!(one_less.overall, Some(2.97));
    assert_eq!(one_less.outcome, Outcome::Discuss);
    assert_eq!(
        one_less.reasons,
        vec![
            Reason::OverallInDiscussBand {
                overall: 2.97,
                advance_at: 3.0,
                discuss_from: 2.75
            },
            // Rejected after the discussion, the candidate would be a near miss.
            Reason::NearMiss {
                overall: 2.97,
                talent_pool_at: 2.6
            }
        ]
    );
}

#[test]
fn the_discussion_band_includes_its_lower_edge_and_can_be_turned_off() {
    let mut card = card();
    // (3 × 3 × 2 + 2 × 2 × 3 + 3 × 3) / 15 = 39 / 15 = 2.6: below the band.
    let twos = [
        ("data-modelling", Some(2)),
        ("testing-quality", Some(2)),
        ("production-ownership", Some(2)),
    ];
    assert_eq!(run(&card, &[rater("a", 3, &twos)]).outcome, Outcome::Reject);
    // With a band of 0.4 the band starts at 2.60: exactly on its lower edge is discussed.
    card.discuss_band = 0.4;
    assert_eq!(
        run(&card, &[rater("a", 3, &twos)]).outcome,
        Outcome::Discuss
    );
    card.discuss_band = 0.0;
    let a = run(&card, &[rater("a", 3, &[("mentoring", Some(2))])]);
    assert_eq!((a.overall, a.outcome), (Some(2.93), Outcome::Reject));
}

#[test]
fn a_must_have_split_across_the_pass_point_is_discussed_either_way() {
    let card = card();
    // 3 / 2: the old rule failed the must-have silently (mean 2.5 < 3) and rejected.
    let three_two = run(
        &card,
        &[
            rater("ayla", 3, &[]),
            rater("bram", 3, &[("distributed-systems", Some(2))]),
        ],
    );
    assert_eq!(three_two.outcome, Outcome::Discuss);
    assert!(three_two.must_haves_failed.is_empty());
    assert_eq!(three_two.split_must_haves, vec!["distributed-systems"]);
    // 4 / 2: the old rule passed it (mean 3.0) with only a disagreement flag and advanced.
    let four_two = run(
        &card,
        &[
            rater("ayla", 3, &[("distributed-systems", Some(4))]),
            rater("bram", 3, &[("distributed-systems", Some(2))]),
        ],
    );
    assert_eq!(four_two.outcome, Outcome::Discuss);
    assert_eq!(
        four_two.reasons,
        vec![
            Reason::MustHaveSplit {
                criterion: "distributed-systems".to_owned(),
                min: 2,
                max: 4,
                pass: 3
            },
            Reason::NearMiss {
                overall: 3.0,
                talent_pool_at: 2.6
            }
        ]
    );
    // Every rating below the pass point is still a plain rejection.
    let both_low = run(
        &card,
        &[
            rater("ayla", 3, &[("distributed-systems", Some(2))]),
            rater("bram", 3, &[("distributed-systems", Some(1))]),
        ],
    );
    assert_eq!(both_low.outcome, Outcome::Reject);
    assert_eq!(both_low.must_haves_failed, vec!["distributed-systems"]);
}

#[test]
fn a_must_have_rated_one_is_not_a_near_miss() {
    let card = card();
    let low_must = [("api-design", Some(1))];
    let a = run(
        &card,
        &[rater("ayla", 4, &low_must), rater("bram", 4, &low_must)],
    );
    // (3 × 1 + 12 × 4) / 15 = 3.40: the old rule offered to reconnect.
    assert_eq!(a.overall, Some(3.4));
    assert_eq!(a.outcome, Outcome::Reject);
    assert!(!a.talent_pool);
    // A must-have at 2 with the rest strong is the near miss the talent pool is for.
    let close = [("api-design", Some(2))];
    let b = run(&card, &[rater("ayla", 4, &close), rater("bram", 4, &close)]);
    assert_eq!(b.outcome, Outcome::Reject);
    assert!(b.talent_pool);
}

#[test]
fn the_overall_example_in_the_docs() {
    let card = card();
    let a = run(
        &card,
        &[
            rater("ayla", 3, &[("data-modelling", Some(1))]),
            rater(
                "bram",
                3,
                &[
                    ("data-modelling", Some(2)),
                    ("production-ownership", Some(4)),
                    ("collaboration", Some(4)),
                ],
            ),
        ],
    );
    let means: Vec<Option<f64>> = a.criteria.iter().map(|c| c.mean).collect();
    assert_eq!(
        means,
        [3.0, 3.0, 1.5, 3.0, 3.5, 3.5, 3.0, 3.0].map(Some).to_vec()
    );
    // 43.50 / 15 = 2.90: both must-haves pass, within the band below 3.00.
    assert_eq!((a.overall, a.coverage), (Some(2.9), 1.0));
    assert_eq!(a.outcome, Outcome::Discuss);
}

#[test]
fn a_discussed_candidate_keeps_the_near_miss_for_the_letter() {
    let card = card();
    // One weight-2 criterion at 2: (13 × 3 + 2 × 2) / 15 = 2.87, in the band and above 2.6.
    let a = run(&card, &[rater("ayla", 3, &[("data-modelling", Some(2))])]);
    assert_eq!((a.overall, a.outcome), (Some(2.87), Outcome::Discuss));
    assert!(a.talent_pool);
}
