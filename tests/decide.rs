//! `hirekit decide`: the debrief record, its refusals, and the letter it unblocks.

use crate::util::example_copy;
use crate::util::hirekit_in;

const AT: &str = "2026-11-18T09:30:00+01:00";

#[test]
fn a_decision_against_the_proposal_is_recorded_with_its_note_and_sets_the_candidate() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    // c-2026-011 is proposed `advance` (3.40); the panel rejects for another candidate.
    let run = hirekit_in(
        &root,
        &[
            "decide",
            "c-2026-011",
            "--decision",
            "reject",
            "--reason",
            "other_candidate",
            "--note",
            "One vacancy; the other finalist matched the requirements more closely.",
            "--by",
            "Noor Visser",
            "--at",
            AT,
        ],
    )
    .success();
    assert_eq!(
        run.stdout,
        "besluit vastgelegd: c-2026-011 afwijzen door Noor Visser (voorstel: door naar volgende ronde)\n  → candidates/c-2026-011/debrief.yaml\n"
    );
    let record = std::fs::read_to_string(root.join("candidates/c-2026-011/debrief.yaml")).unwrap();
    assert_eq!(
        record,
        "# Written by `hirekit decide`: every decision about this candidate, oldest first.\n\
         # Add a decision with `hirekit decide`; do not edit or remove earlier ones.\n\
         decisions:\n\
         - decision: reject\n  \
           reason: other_candidate\n  \
           note: One vacancy; the other finalist matched the requirements more closely.\n  \
           by: Noor Visser\n  \
           at: \"2026-11-18T09:30:00+01:00\"\n  \
           proposed:\n    \
             outcome: advance\n    \
             overall: 3.4\n    \
             coverage: 1.0\n"
    );
    let candidate =
        std::fs::read_to_string(root.join("candidates/c-2026-011/candidate.yaml")).unwrap();
    assert!(
        candidate.contains("\ndecision: reject\n")
            && candidate.ends_with("decision_reason: other_candidate\n"),
        "{candidate}"
    );
    assert!(
        candidate.starts_with("# Invented candidate"),
        "comments are kept:\n{candidate}"
    );

    // A second decision is added below the first; the first stays as it was.
    hirekit_in(
        &root,
        &[
            "decide",
            "c-2026-011",
            "--decision",
            "advance",
            "--reason",
            "requirements",
            "--by",
            "Noor Visser",
            "--at",
            AT,
        ],
    )
    .success();
    let again = std::fs::read_to_string(root.join("candidates/c-2026-011/debrief.yaml")).unwrap();
    assert!(again.starts_with(&record), "{again}");
    assert!(again.ends_with("- decision: advance\n  reason: requirements\n  by: Noor Visser\n  at: \"2026-11-18T09:30:00+01:00\"\n  proposed:\n    outcome: advance\n    overall: 3.4\n    coverage: 1.0\n"), "{again}");
}

#[test]
fn a_discussed_decision_needs_a_note_and_final_ratings_are_for_disputed_criteria() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let run = hirekit_in(
        &root,
        &[
            "decide",
            "c-2026-017",
            "--decision",
            "advance",
            "--reason",
            "requirements",
            "--panel-met",
            "--final",
            "api-design=3:named errors and versions",
            "--at",
            AT,
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: the decision on c-2026-017 was not recorded:\n  \
         - the proposed outcome was `discuss`, so the decision needs a note saying why (--note TEXT)\n  \
         - `api-design` was not disputed; final ratings are for disputed criteria (`mentoring`)\n  \
         - the panel met, so the disputed criterion `mentoring` needs a final rating (--final mentoring=RATING:REASON)\n"
    );
    // Nothing was written.
    let debrief = std::fs::read_to_string(root.join("candidates/c-2026-017/debrief.yaml")).unwrap();
    assert_eq!(debrief.matches("- decision:").count(), 1);
    hirekit_in(
        &root,
        &[
            "decide",
            "c-2026-017",
            "--decision",
            "reject",
            "--reason",
            "requirements",
            "--final",
            "mentoring",
        ],
    )
    .failure(2)
    .stderr_has("write CRITERION=RATING:REASON, e.g. `api-design=3:named the existing consumers`");
}

#[test]
fn feedback_waits_for_the_note_and_names_the_command() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    std::fs::remove_file(root.join("candidates/c-2026-023/debrief.yaml")).unwrap();
    let run = hirekit_in(
        &root,
        &[
            "feedback",
            "c-2026-023",
            "--format",
            "txt",
            "--today",
            "2026-11-23",
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: c-2026-023: the decision differs from the proposed outcome `advance`, so the decision needs a recorded note first: hirekit decide c-2026-023 --decision reject --reason other_candidate --note \"...\"\n"
    );
    assert!(!root.join("out/c-2026-023.txt").exists());
    // --force writes letters for other decisions; it does not skip the note.
    hirekit_in(
        &root,
        &[
            "feedback",
            "c-2026-023",
            "--format",
            "txt",
            "--today",
            "2026-11-23",
            "--force",
        ],
    )
    .failure(1);
}

#[test]
fn score_shows_a_refilled_scorecard() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let daan = root.join("candidates/c-2026-017/interviews/daan.yaml");
    let text = std::fs::read_to_string(&daan).unwrap();
    std::fs::write(&daan, format!("{text}refilled_after_ratings_shown: true\n")).unwrap();
    let run = hirekit_in(&root, &["score", "c-2026-017", "--lang", "en"]).success();
    assert!(
        run.stdout.contains(
            "  refilled: daan after the ratings were shown (--force); no longer independent\n"
        ),
        "{}",
        run.stdout
    );
    let json = hirekit_in(&root, &["score", "c-2026-017", "--format", "json"])
        .success()
        .json();
    assert_eq!(
        json["candidates"][0]["refilled_after_ratings_shown"],
        serde_json::json!(["daan"])
    );
}
