//! A small scorecard and two filled scorecards, for doc examples and tests.

use chrono::DateTime;
use hirekit_folder::{FilledScorecard, Recommendation};
use hirekit_scorecard::Scorecard;

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
        minutes: None,
        questions: vec!["q".into()],
        anchors: [(1, text("low")), (3, text("pass")), (4, text("high"))].into(),
        examples: Default::default(),
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
        min_coverage: 1.0,
        discuss_band: 0.25,
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
        refilled_after_ratings_shown: false,
    };
    (card, vec![filled("ayla", 4, 3), filled("bram", 3, 3)])
}
