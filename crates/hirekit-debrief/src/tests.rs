use chrono::DateTime;
use hirekit_folder::{Decision, DecisionReason};
use hirekit_panel::{Outcome, assess, example};

use super::*;

fn request(decision: Decision, note: Option<&str>) -> Request {
    Request {
        decision,
        reason: DecisionReason::Requirements,
        note: note.map(str::to_owned),
        by: "Noor Visser".to_owned(),
        at: DateTime::parse_from_rfc3339("2026-11-18T09:30:00+01:00").unwrap_or_default(),
        panel_met: false,
        final_ratings: Vec::new(),
    }
}

/// The example panel with `bram` rating design 1 point lower: ayla 4, bram 2 → split must-have.
fn split_panel() -> (hirekit_scorecard::Scorecard, hirekit_panel::Assessment) {
    let (card, mut filled) = example();
    if let Some(r) = filled[1].ratings.get_mut("design") {
        r.score = Some(2);
    }
    let a = assess(&card, &filled, &[], 24);
    (card, a)
}

#[test]
fn a_decision_that_follows_the_proposal_needs_no_note() {
    let (card, filled) = example();
    let a = assess(&card, &filled, &[], 24);
    assert_eq!(a.outcome, Outcome::Advance);
    let d = record(request(Decision::Advance, None), &card, &a).unwrap();
    assert_eq!(d.note, None);
    assert_eq!(d.proposed.outcome, Outcome::Advance);
    assert_eq!(d.proposed.overall, Some(3.33));
}

#[test]
fn a_decision_against_the_proposal_or_on_a_discussion_needs_a_note() {
    let (card, filled) = example();
    let a = assess(&card, &filled, &[], 24);
    assert_eq!(
        record(request(Decision::Reject, Some("  ")), &card, &a).unwrap_err(),
        vec![
            "the decision differs from the proposed outcome `advance`, so the decision needs a note saying why (--note TEXT)"
        ]
    );
    let (card, a) = split_panel();
    assert_eq!(a.outcome, Outcome::Discuss);
    assert_eq!(
        record(request(Decision::Advance, None), &card, &a).unwrap_err(),
        vec![
            "the proposed outcome was `discuss`, so the decision needs a note saying why (--note TEXT)"
        ]
    );
}

#[test]
fn final_ratings_are_for_disputed_criteria_and_required_when_the_panel_met() {
    let (card, a) = split_panel();
    assert_eq!(disputed(&a), vec!["design"]);
    let mut r = request(
        Decision::Advance,
        Some("Both answers named the trade-offs."),
    );
    r.panel_met = true;
    r.final_ratings = vec![FinalRating {
        criterion: "reviews".to_owned(),
        rating: 5,
        reason: String::new(),
    }];
    assert_eq!(
        record(r.clone(), &card, &a).unwrap_err(),
        vec![
            "`reviews` was not disputed; final ratings are for disputed criteria (`design`)",
            "the final rating of `reviews` (5) is outside the scale 1-4",
            "the final rating of `reviews` needs a reason: what the answers contained, in terms of the anchors",
            "the panel met, so the disputed criterion `design` needs a final rating (--final design=RATING:REASON)",
        ]
    );
    r.final_ratings = vec![FinalRating {
        criterion: "design".to_owned(),
        rating: 3,
        reason: "Named the consumers and a migration path (anchor 3).".to_owned(),
    }];
    let d = record(r, &card, &a).unwrap();
    assert_eq!(d.final_ratings.len(), 1);
    assert_eq!(d.proposed.outcome, Outcome::Discuss);
}

#[test]
fn an_advance_is_never_explained_by_another_candidate() {
    let (card, filled) = example();
    let a = assess(&card, &filled, &[], 24);
    let mut r = request(Decision::Advance, None);
    r.reason = DecisionReason::OtherCandidate;
    assert_eq!(record(r, &card, &a).unwrap_err().len(), 1);
}

#[test]
fn feedback_is_held_back_until_a_needed_note_is_recorded() {
    let (card, a) = split_panel();
    let reason = Some(DecisionReason::Requirements);
    assert_eq!(
        missing_note("c-1", Decision::Reject, reason, &a, None).as_deref(),
        Some(
            "c-1: the proposed outcome was `discuss`, so the decision needs a recorded note first: \
             hirekit decide c-1 --decision reject --reason requirements --note \"...\""
        )
    );
    let debrief = record(
        request(Decision::Reject, Some("Split on design: agreed 2.")),
        &card,
        &a,
    )
    .unwrap();
    let log = DebriefLog {
        decisions: vec![debrief],
    };
    assert_eq!(
        missing_note("c-1", Decision::Reject, reason, &a, Some(&log)),
        None
    );
    // A later change of mind by hand in candidate.yaml is not covered by the old note.
    assert!(missing_note("c-1", Decision::Advance, reason, &a, Some(&log)).is_some());
}

#[test]
fn the_log_round_trips_through_its_file() {
    let (card, a) = split_panel();
    let debrief = record(request(Decision::Reject, Some("Agreed: 2.")), &card, &a).unwrap();
    let log = DebriefLog {
        decisions: vec![debrief],
    };
    let text = to_yaml(&log).unwrap();
    let (back, _) =
        hirekit_yaml::read::<DebriefLog>("debrief.yaml".as_ref(), text.as_bytes()).unwrap();
    assert_eq!(back, log);
}

#[test]
fn set_decision_replaces_the_decision_lines_in_place_and_adds_what_is_missing() {
    let before = "# Invented candidate\nid: c-1\nname: Test Kandidaat\ndecision: advance\ninterviews:\n  - {interviewer: ayla, at: \"2026-11-16T10:00:00+01:00\"}\n";
    assert_eq!(
        set_decision(before, Decision::Reject, DecisionReason::OtherCandidate),
        "# Invented candidate\nid: c-1\nname: Test Kandidaat\ndecision: reject\ninterviews:\n  - {interviewer: ayla, at: \"2026-11-16T10:00:00+01:00\"}\ndecision_reason: other_candidate\n"
    );
}
