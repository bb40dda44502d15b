//! Whole-report tests on small folders built in code: a hand-computed panel for leniency, and
//! the empty and single-interviewer cases that must say "not enough data", never NaN.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use hirekit_folder::{
    Candidate, CandidateFiles, FeedbackHistory, FilledScorecard, Folder, PlannedInterview, Profile,
    Rating, Recommendation,
};

use crate::{Caution, Stage, build};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("valid test time")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date")
}

fn profile() -> Profile {
    let yaml = "company: Voorbeeld BV\naddress: [Straat 1]\nsender: {name: Fenna de Wit, title: Recruiter, email: a@example.nl}\nlanguage: nl\n";
    serde_saphyr::from_str(yaml).expect("valid profile")
}

fn folder(candidates: Vec<CandidateFiles>) -> Folder {
    let (card, _) = hirekit_panel_example();
    Folder {
        root: ".".into(),
        profile: profile(),
        scorecards: [(card.id.clone(), card)].into(),
        candidates,
        unreadable: Vec::new(),
    }
}

/// The two-criterion `demo` scorecard (design, reviews; scale 1-4).
fn hirekit_panel_example() -> (hirekit_scorecard::Scorecard, Vec<FilledScorecard>) {
    hirekit_panel::example()
}

fn filled(candidate: &str, who: &str, design: Option<u8>, reviews: Option<u8>) -> FilledScorecard {
    let rating = |score: Option<u8>| Rating {
        score,
        evidence: score.map(|_| "e".to_owned()),
        not_assessed: score.is_none(),
    };
    FilledScorecard {
        candidate: candidate.to_owned(),
        scorecard: "demo".to_owned(),
        interviewer: who.to_owned(),
        interviewed_at: at("2026-11-16T10:00:00+01:00"),
        submitted_at: at("2026-11-16T15:00:00+01:00"),
        ratings: [
            ("design".to_owned(), rating(design)),
            ("reviews".to_owned(), rating(reviews)),
        ]
        .into(),
        red_flags: vec![],
        recommendation: Recommendation::Yes,
        refilled_after_ratings_shown: false,
    }
}

fn candidate(id: &str, interviews: Vec<FilledScorecard>) -> CandidateFiles {
    CandidateFiles {
        debrief: None,
        sent: None,
        consent: None,
        dir: id.into(),
        candidate: Candidate {
            id: id.to_owned(),
            name: format!("Kandidaat {id}"),
            given_name: None,
            email: "k@example.org".to_owned(),
            address: vec![],
            language: hirekit_scorecard::Language::Nl,
            scorecard: "demo".to_owned(),
            interviews: interviews
                .iter()
                .map(|f| PlannedInterview {
                    interviewer: f.interviewer.clone(),
                    at: f.interviewed_at,
                })
                .collect(),
            decision: None,
            decision_reason: None,
            talent_pool_consent: None,
        },
        interviews,
        feedback: FeedbackHistory::default(),
    }
}

#[test]
fn leniency_of_a_hand_computed_panel() {
    // c-1: ayla design 4, reviews 3; bram 2, 3; chen 3, not assessed.
    // c-2: ayla 4, 4; bram 3, 2.
    // ayla: design c-1 4 − (2+3)/2 = 1.5; reviews c-1 3 − 3 = 0; c-2 design 4 − 3 = 1;
    //       reviews c-2 4 − 2 = 2 → mean 4.5 / 4 = 1.125 → 1.13 (4 pairs, 2 candidates).
    // bram: 2 − 3.5 = −1.5; 3 − 3 = 0; 3 − 4 = −1; 2 − 4 = −2 → −4.5 / 4 = −1.125 → −1.13.
    // chen: 3 − (4+2)/2 = 0 → 0.00 (1 pair); reviews not assessed: 1 of 2 = 50%.
    let report = build(
        &folder(vec![
            candidate(
                "c-1",
                vec![
                    filled("c-1", "ayla", Some(4), Some(3)),
                    filled("c-1", "bram", Some(2), Some(3)),
                    filled("c-1", "chen", Some(3), None),
                ],
            ),
            candidate(
                "c-2",
                vec![
                    filled("c-2", "ayla", Some(4), Some(4)),
                    filled("c-2", "bram", Some(3), Some(2)),
                ],
            ),
        ]),
        &BTreeMap::new(),
        &BTreeMap::new(),
        today(),
    );
    let figures: Vec<_> = report
        .interviewers
        .iter()
        .map(|i| {
            (
                i.handle.as_str(),
                i.leniency,
                i.shared_ratings,
                i.shared_candidates,
                i.spread,
                i.not_assessed,
            )
        })
        .collect();
    assert_eq!(
        figures,
        vec![
            // ayla's scores 4, 3, 4, 4: mean 3.75, sample SD sqrt(0.75/3) = 0.5.
            ("ayla", Some(1.13), 4, 2, Some(0.5), Some(0.0)),
            // bram's 2, 3, 3, 2: mean 2.5, SD sqrt(1/3) = 0.577...
            ("bram", Some(-1.13), 4, 2, Some(0.58), Some(0.0)),
            ("chen", Some(0.0), 1, 1, None, Some(0.5)),
        ]
    );
    let card = &report.scorecards[0];
    // Four units, all rated by two or more: 3 + 2 + 2 + 2 = 9 pairable ratings.
    assert_eq!((card.ratings, card.candidates), (9, 2));
    assert_eq!(card.caution, Some(Caution::FewCandidates));
    assert!(card.alpha.is_some());
}

#[test]
fn an_empty_vacancy_says_not_enough_data() {
    let report = build(&folder(vec![]), &BTreeMap::new(), &BTreeMap::new(), today());
    assert!(report.candidates.is_empty() && report.interviewers.is_empty());
    // A scorecard nobody applied on is not a vacancy in the report.
    assert!(report.scorecards.is_empty());
    assert_eq!(report.feedback.on_time_share, None);
    assert_eq!(report.decisions.median_hours, None);
    let json = crate::render::json::render(&report);
    assert!(!json.contains("NaN"));
}

#[test]
fn a_single_interviewer_panel_gives_no_alpha_and_no_leniency() {
    let report = build(
        &folder(vec![candidate(
            "c-1",
            vec![filled("c-1", "ayla", Some(4), Some(2))],
        )]),
        &BTreeMap::new(),
        &BTreeMap::new(),
        today(),
    );
    let ayla = &report.interviewers[0];
    assert_eq!((ayla.leniency, ayla.shared_ratings), (None, 0));
    assert_eq!(ayla.spread, Some(1.41));
    let card = &report.scorecards[0];
    assert_eq!(
        (card.alpha, card.ratings, card.caution),
        (None, 0, Some(Caution::NoSharedRatings))
    );
    // Every planned scorecard is in: the hiring manager decides, due 48 hours after the last.
    let c = &report.candidates[0];
    assert_eq!(c.stage, Stage::DecisionPending);
    assert_eq!(c.due, NaiveDate::from_ymd_opt(2026, 11, 18));
    assert_eq!((c.days_in_stage, c.days_overdue), (Some(12), Some(10)));
    let markdown = crate::render::markdown::render(&report);
    assert!(!markdown.contains("NaN"));
    assert_eq!(
        crate::render::markdown::decision_sentences(&report, &[c]),
        vec![
            "Kandidaat c-1 wacht sinds 16 november op een besluit: 12 dagen. De afgesproken 48 uur \
             liepen af op 18 november."
                .to_owned()
        ]
    );
}

#[test]
fn a_letter_only_written_is_still_due_and_a_sent_one_is_sent() {
    let mut rejected = candidate("c-9", vec![]);
    rejected.candidate.decision = Some(hirekit_folder::Decision::Reject);
    rejected
        .feedback
        .letters
        .push(hirekit_folder::FeedbackRecord {
            letter_date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("valid date"),
            language: hirekit_scorecard::Language::Nl,
            files: vec![],
            on_time: true,
            reconnect_after: None,
            basis: None,
        });
    let written = build(
        &folder(vec![rejected.clone()]),
        &BTreeMap::new(),
        &BTreeMap::new(),
        today(),
    );
    let c = &written.candidates[0];
    assert_eq!(
        (c.stage, c.days_in_stage, c.waiting_on.clone()),
        (Stage::LetterDue, Some(4), vec!["recruiter".to_owned()])
    );
    let sent_on = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date");
    let sent = build(
        &folder(vec![rejected]),
        &BTreeMap::new(),
        &BTreeMap::from([("c-9".to_owned(), sent_on)]),
        today(),
    );
    let c = &sent.candidates[0];
    assert_eq!(
        (c.stage, c.days_in_stage, c.waiting_on.clone()),
        (Stage::LetterSent, Some(3), vec![])
    );
}
