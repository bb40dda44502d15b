//! For any panel ratings on a real scorecard, the letter is safe to send: it passes the guard,
//! names at most three strengths and three gaps, never calls a criterion rated at or above the
//! pass point a gap, and never quotes an interviewer's evidence.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // tests may panic and use std::fs

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate};
use hirekit_feedback::{MAX_POINTS, Sender, Settings, Templates, compose, guard_letter};
use hirekit_folder::{Candidate, DecisionReason, FilledScorecard, Rating, Recommendation};
use hirekit_scorecard::{Language, Scorecard};
use proptest::prelude::*;

fn scorecard() -> Scorecard {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../scorecards/senior-backend-developer.yaml");
    hirekit_scorecard::load(&path, &std::fs::read(&path).unwrap())
        .unwrap()
        .scorecard
}

/// Evidence an interviewer might write, including remarks that must never reach a candidate.
const EVIDENCE: &str = "EVIDENCE-MARKER seemed nervous, strong accent, mentioned her children";

fn candidate(reason: Option<DecisionReason>, consent: Option<bool>) -> Candidate {
    serde_json::from_value(serde_json::json!({
        "id": "c-1", "name": "Şükrü Yılmaz", "email": "s@example.org", "language": "nl",
        "scorecard": "senior-backend-developer",
        "interviews": [{"interviewer": "ayla", "at": "2026-11-16T10:00:00+01:00"}],
        "decision": "reject",
    }))
    .map(|mut c: Candidate| {
        c.decision_reason = reason;
        c.talent_pool_consent = consent;
        c
    })
    .unwrap()
}

fn filled(card: &Scorecard, who: &str, scores: &[Option<u8>]) -> FilledScorecard {
    let at = DateTime::parse_from_rfc3339("2026-11-16T10:00:00+01:00").unwrap();
    let ratings: BTreeMap<String, Rating> = card
        .criteria
        .iter()
        .zip(scores)
        .map(|(c, s)| {
            let rating = match s {
                Some(score) => Rating {
                    score: Some(*score),
                    evidence: Some(EVIDENCE.to_owned()),
                    not_assessed: false,
                },
                None => Rating {
                    score: None,
                    evidence: None,
                    not_assessed: true,
                },
            };
            (c.id.clone(), rating)
        })
        .collect();
    FilledScorecard {
        candidate: "c-1".to_owned(),
        scorecard: card.id.clone(),
        interviewer: who.to_owned(),
        interviewed_at: at,
        submitted_at: at,
        ratings,
        red_flags: vec!["interview-nervousness".to_owned()],
        recommendation: Recommendation::No,
        refilled_after_ratings_shown: false,
    }
}

fn panel() -> impl Strategy<Value = Vec<Vec<Option<u8>>>> {
    proptest::collection::vec(
        proptest::collection::vec(proptest::option::weighted(0.9, 1u8..=4), 8),
        1..4,
    )
}

fn reason() -> impl Strategy<Value = Option<DecisionReason>> {
    prop_oneof![
        Just(None),
        Just(Some(DecisionReason::Requirements)),
        Just(Some(DecisionReason::OtherCandidate))
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_letter_is_safe_to_send(panel in panel(), reason in reason(), consent in proptest::option::of(any::<bool>()), dutch in any::<bool>()) {
        let card = scorecard();
        let filled: Vec<FilledScorecard> = panel.iter().enumerate().map(|(i, s)| filled(&card, &format!("r{i}"), s)).collect();
        let assessment = hirekit_panel::assess(&card, &filled, &[], 24);
        let language = if dutch { Language::Nl } else { Language::En };
        let names = BTreeMap::new();
        let settings = Settings {
            language,
            letter_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            feedback_days: 7,
            reconnect_months: 6,
            interviewer_names: &names,
            salutation: Default::default(),
            score_bands: true,
        };
        let content = compose(&candidate(reason, consent), &card, &assessment, &settings);
        prop_assert!(content.strengths.len() <= MAX_POINTS);
        prop_assert!(content.gaps.len() <= MAX_POINTS);
        let pass = f64::from(card.scale.pass);
        for gap in &content.gaps {
            let mean = assessment.criteria.iter().find(|c| c.id == gap.criterion).and_then(|c| c.mean).unwrap();
            prop_assert!(mean < pass, "{} is a gap with mean {mean}", gap.criterion);
        }
        for strength in &content.strengths {
            let mean = assessment.criteria.iter().find(|c| c.id == strength.criterion).and_then(|c| c.mean).unwrap();
            prop_assert!(mean >= pass);
        }
        // Must-haves below the pass point (every gap is below it) come first among the gaps.
        let must: Vec<bool> = content.gaps.iter().map(|g| g.must_have).collect();
        prop_assert!(must.windows(2).all(|w| w[0] || !w[1]), "{must:?}");
        if content.other_candidate {
            prop_assert!(content.gaps.is_empty(), "the other-candidate letter invents no gap");
        }
        if consent == Some(false) {
            prop_assert!(content.reconnect.is_none(), "no reconnect offer after a refusal");
        }

        let sender = Sender {
            company: "Kanaalzicht Software B.V.".into(), place: Some("Utrecht".into()), name: "Fenna de Wit".into(),
            title: "Recruiter".into(), email: "werken@kanaalzicht.example".into(), phone: None,
        };
        let letter = Templates::new(&[]).unwrap().render(&content, &sender).unwrap();
        let text = letter.to_text(language);
        prop_assert!(!text.contains("EVIDENCE-MARKER"), "evidence reached the letter");
        prop_assert!(!text.contains("interview-nervousness"));
        // The score-band appendix shows bands only: with the scorecard's own names and
        // requirements taken out, no digit (an exact score) and no interviewer is left.
        let appendix = letter.appendix.clone().unwrap_or_default();
        prop_assert!(!appendix.is_empty(), "the appendix was asked for");
        let mut rest = appendix.clone();
        for band in content.bands.iter().flatten() {
            rest = rest.replace(&band.requirement, "").replace(&band.name, "");
        }
        prop_assert!(!rest.chars().any(|c| c.is_ascii_digit()), "a number in the appendix: {appendix}");
        prop_assert!(!rest.contains("r0") && !rest.contains("r1"), "an interviewer in the appendix: {appendix}");
        let errors: Vec<String> = guard_letter(&letter, language).iter().filter(|f| f.is_error()).map(|f| f.phrase.clone()).collect();
        prop_assert!(errors.is_empty(), "guard errors {errors:?} in:\n{text}");
    }
}
