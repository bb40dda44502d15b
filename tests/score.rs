//! `hirekit score` and `hirekit due` on the example hiring folder and on broken copies of it.
use crate::util::{edit, example_copy, hirekit, hirekit_in, repo_root};

const EXAMPLE: &str = "examples/hiring";

fn candidate<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

#[test]
fn json_follows_the_contract_for_every_outcome() {
    let json = hirekit(&["score", "--dir", EXAMPLE, "--format", "json"])
        .success()
        .json();
    let advance = candidate(&json, "c-2026-011");
    assert_eq!(advance["outcome"], "advance");
    assert_eq!(advance["overall"], 3.4);

    assert_eq!(advance["coverage"], 1.0);

    // api-design is rated 3 and 2: split, not failed; distributed-systems 2 and 1: failed.
    let reject = candidate(&json, "c-2026-014");
    assert_eq!(reject["outcome"], "reject");
    assert_eq!(
        reject["must_haves_failed"],
        serde_json::json!(["distributed-systems"])
    );
    assert_eq!(
        reject["split_must_haves"],
        serde_json::json!(["api-design"])
    );
    assert_eq!(reject["talent_pool"], false);
    assert_eq!(reject["overall"], 2.53);

    // 2.90 is within the discussion band below 3.00, and a near miss if rejected.
    let near_miss = candidate(&json, "c-2026-017");
    assert_eq!(near_miss["outcome"], "discuss");
    assert_eq!(near_miss["talent_pool"], true);
    assert_eq!(near_miss["overall"], 2.9);
    assert_eq!(
        near_miss["reasons"],
        serde_json::json!([
            {"reason": "overall_in_discuss_band", "overall": 2.9, "advance_at": 3.0, "discuss_from": 2.75},
            {"reason": "near_miss", "overall": 2.9, "talent_pool_at": 2.6}
        ])
    );
    let mentoring = near_miss["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "mentoring")
        .unwrap();
    assert_eq!(
        (
            mentoring["min"].as_u64(),
            mentoring["max"].as_u64(),
            mentoring["disagreement"].as_bool()
        ),
        (Some(2), Some(4), Some(true))
    );
    assert_eq!(mentoring["mean"], 3.0);
    assert_eq!(
        near_miss["late_scorecards"],
        serde_json::json!([{"interviewer": "daan", "delay_hours": 30.8, "limit_hours": 24}])
    );
    assert_eq!(near_miss["red_flags"][0]["interviewer"], "daan");

    // Hidden means hidden: while bram and chen have not submitted, nothing computed from ayla's
    // ratings is shown — no outcome, overall, criteria, reasons or recommendations.
    let incomplete = candidate(&json, "c-2026-020");
    assert_eq!(
        incomplete,
        &serde_json::json!({
            "id": "c-2026-020",
            "name": "Nguyễn Văn An",
            "status": "awaiting_scorecards",
            "submitted": ["ayla"],
            "awaited": ["bram", "chen"]
        })
    );
    assert_eq!(advance["status"], "complete");
}

#[test]
fn reveal_shows_ratings_before_everyone_has_submitted() {
    let json = hirekit(&[
        "score",
        "c-2026-020",
        "--dir",
        EXAMPLE,
        "--format",
        "json",
        "--reveal",
    ])
    .success()
    .json();
    let c = candidate(&json, "c-2026-020");
    assert_eq!(c["status"], "awaiting_scorecards");
    assert_eq!(c["awaited"], serde_json::json!(["bram", "chen"]));
    assert_eq!(c["outcome"], "incomplete");
    assert_eq!(
        c["unassessed"],
        serde_json::json!(["distributed-systems", "mentoring"])
    );
}

#[test]
fn table_marks_what_needs_attention() {
    let run = hirekit(&["score", "--dir", EXAMPLE, "--lang", "en"]).success();
    for line in run.stdout.lines() {
        assert!(
            line.chars().count() <= 100,
            "line wider than 100 columns: {line}"
        );
    }
    assert!(!run.stdout.contains("\u{1b}["), "NO_COLOR is respected");
    insta::assert_snapshot!("score_example_table_en", run.stdout);
}

#[test]
fn an_incomplete_panel_shows_only_who_submitted_in_every_format() {
    let table = hirekit(&["score", "c-2026-020", "--dir", EXAMPLE, "--lang", "nl"]).success();
    assert_eq!(
        table.stdout,
        "c-2026-020  Nguyễn Văn An  — Senior backend-developer\n  WACHT OP SCOREKAARTEN\n  \
         ingediend: ayla; wacht op: bram, chen\n  \
         beoordelingen blijven verborgen tot iedereen heeft ingediend (--reveal toont ze)\n"
    );
    let markdown = hirekit(&[
        "score",
        "c-2026-020",
        "--dir",
        EXAMPLE,
        "--lang",
        "en",
        "--format",
        "markdown",
    ])
    .success();
    assert_eq!(
        markdown.stdout,
        "## c-2026-020 — Nguyễn Văn An (Senior backend developer)\n\n**Status:** awaiting scorecards  \n\
         submitted: ayla; awaiting: bram, chen\n\n_Ratings stay hidden until everyone has submitted._\n"
    );
}

#[test]
fn markdown_has_a_table_per_candidate() {
    let run = hirekit(&[
        "score",
        "c-2026-017",
        "--dir",
        EXAMPLE,
        "--format",
        "markdown",
        "--lang",
        "nl",
    ])
    .success();
    insta::assert_snapshot!("score_markdown_nl", run.stdout);
}

#[test]
fn a_dutch_table_is_dutch_throughout() {
    // Decimal commas, Dutch evidence grades and headings: no English word in a Dutch folder.
    let run = hirekit(&["score", "--dir", EXAMPLE, "--lang", "nl"]).success();
    insta::assert_snapshot!("score_example_table_nl", run.stdout);
}

#[test]
fn the_folder_is_found_from_a_subfolder() {
    let found = hirekit_in(
        &repo_root().join("examples/hiring/candidates"),
        &["score", "c-2026-011", "--format", "json"],
    )
    .success();
    // The same report as naming the folder: it found the example folder, not another one.
    let named = hirekit(&["score", "c-2026-011", "--format", "json", "--dir", EXAMPLE]).success();
    assert_eq!(found.stdout, named.stdout);
    let json: serde_json::Value = serde_json::from_str(&found.stdout).unwrap();
    assert_eq!(json["candidates"][0]["id"], "c-2026-011");
    assert_eq!(found.stderr, "");
}

#[test]
fn unknown_candidate_is_a_clear_error() {
    let run = hirekit(&["score", "c-9999", "--dir", EXAMPLE]).failure(1);
    assert_eq!(run.stdout, "");
    insta::assert_snapshot!("score_unknown_candidate_stderr", run.stderr);
}

#[test]
fn bad_filled_scorecards_are_located() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let ayla = root.join("candidates/c-2026-014/interviews/ayla.yaml");
    edit(
        &ayla,
        "  api-design:\n    score: 3",
        "  api-design:\n    score: 7",
    );
    edit(
        &ayla,
        "  mentoring:\n    score: 2\n    evidence: \"Answers questions when asked; no approach of their own.\"",
        "  mentoring:\n    score: 2\n    evidence: \"  \"",
    );
    edit(&ayla, "  testing-quality:", "  testing-qualty:");
    edit(
        &ayla,
        "submitted_at: 2026-11-16T12:20:00+01:00",
        "submitted_at: 2026-11-15T12:20:00+01:00",
    );
    let bram = root.join("candidates/c-2026-017/interviews/daan.yaml");
    edit(&bram, "candidate: c-2026-017", "candidate: c-2026-014");
    let run = hirekit_in(&root, &["score", "--format", "json"]).failure(1);
    let p = "candidates/c-2026-014/interviews/ayla.yaml";
    for expected in [
        format!("{p}:5:15: error: submitted at 2026-11-15T12:20:00+01:00 — before the interview"),
        format!("{p}:8:12: error: score 7 is outside the scale 1-4"),
        format!("{p}:16:3: error: unknown criterion `testing-qualty`"),
        format!("{p}:29:5: error: the score for `mentoring` has no evidence"),
        "candidates/c-2026-017/interviews/daan.yaml:1:12: error: this scorecard is for candidate `c-2026-014`, but it is in the folder of `c-2026-017`".to_owned(),
    ] {
        assert!(run.stderr.contains(&expected), "missing {expected:?} in:\n{}", run.stderr);
    }
    // The whole report: every problem, each once, nothing else.
    insta::assert_snapshot!("score_bad_filled_scorecards_stderr", run.stderr);
}

#[test]
fn unknown_scorecard_id_is_located() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    edit(
        &root.join("candidates/c-2026-011/candidate.yaml"),
        "scorecard: senior-backend-developer",
        "scorecard: senior-backend-dev",
    );
    let run = hirekit_in(&root, &["score"]).failure(1);
    insta::assert_snapshot!("score_unknown_scorecard_id_stderr", run.stderr);
}

#[test]
fn due_lists_the_most_urgent_first() {
    let json = hirekit(&[
        "due",
        "--dir",
        EXAMPLE,
        "--today",
        "2026-11-23",
        "--format",
        "json",
    ])
    .success()
    .json();
    let items: Vec<(&str, &str, i64)> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["task"].as_str().unwrap(),
                i["candidate"].as_str().unwrap(),
                i["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        items,
        vec![
            ("feedback", "c-2026-017", 3),
            ("scorecard", "c-2026-020", 2),
            ("feedback", "c-2026-014", 0),
            ("feedback", "c-2026-023", -2),
        ]
    );
}

#[test]
fn due_tables_in_both_languages() {
    for lang in ["nl", "en"] {
        let run = hirekit(&[
            "due",
            "--dir",
            EXAMPLE,
            "--today",
            "2026-11-23",
            "--lang",
            lang,
        ])
        .success();
        assert_eq!(run.stderr, "");
        insta::assert_snapshot!(format!("due_example_table_{lang}"), run.stdout);
    }
}

#[test]
fn due_json_is_the_whole_list() {
    let run = hirekit(&[
        "due",
        "--dir",
        EXAMPLE,
        "--today",
        "2026-11-23",
        "--format",
        "json",
    ])
    .success();
    insta::assert_snapshot!("due_example_json", run.stdout);
}

#[test]
fn due_stops_listing_a_candidate_once_feedback_is_recorded() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    std::fs::write(
        root.join("candidates/c-2026-017/feedback.yaml"),
        "letter_date: 2026-11-23\nlanguage: en\nfiles: [out/c-2026-017.txt]\non_time: false\n",
    )
    .unwrap();
    let run = hirekit_in(&root, &["due", "--today", "2026-11-23", "--lang", "en"]).success();
    assert_eq!(
        run.stdout,
        "status      deadline   candidate  name                 what\n\
         2 d late    2026-11-21 c-2026-020 Nguyễn Văn An        scorecard from chen missing\n\
         today       2026-11-23 c-2026-014 Şükrü Yılmaz         send feedback: hirekit feedback c-2026-014\n\
         2 d left    2026-11-25 c-2026-023 Олена Шевченко       send feedback: hirekit feedback c-2026-023\n\
         as of 2026-11-23\n"
    );
}

#[test]
fn due_with_nothing_to_do() {
    let run = hirekit(&[
        "due",
        "--dir",
        EXAMPLE,
        "--today",
        "2026-11-10",
        "--lang",
        "en",
    ])
    .success();
    assert_eq!(run.stdout, "Nothing due: everything is on time.\n");
}

#[test]
fn an_unknown_red_flag_is_a_located_error_and_bias_risk_items_are_cautions() {
    let run = hirekit(&[
        "score",
        "c-2026-014",
        "c-2026-017",
        "--dir",
        EXAMPLE,
        "--lang",
        "en",
    ])
    .success();
    insta::assert_snapshot!("score_cautions_and_red_flags_en", run.stdout);
    let json = hirekit(&["score", "c-2026-014", "--dir", EXAMPLE, "--format", "json"])
        .success()
        .json();
    assert_eq!(
        candidate(&json, "c-2026-014")["red_flag_evidence"]["interview-nervousness"],
        "bias_risk"
    );

    let dir = example_copy();
    let root = dir.path().join("hiring");
    edit(
        &root.join("candidates/c-2026-017/interviews/daan.yaml"),
        "red_flags: [cv-overlapping-full-time-jobs]",
        "red_flags: [cv-overlaping-jobs]",
    );
    let run = hirekit_in(&root, &["score"]).failure(1);
    insta::assert_snapshot!("score_unknown_red_flag_stderr", run.stderr);
}
