//! Common mistakes get a message that says what is meant, at the right place.

use std::time::Duration;

use super::hirekit_within;
use crate::util::{edit, example_copy};

const LIMIT: Duration = Duration::from_secs(20);
const AYLA: &str = "candidates/c-2026-011/interviews/ayla.yaml";

/// `score: 3.0` is the whole number 3: accepted, and counted as 3.
#[test]
fn an_integral_float_score_counts_as_the_whole_number() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let before = hirekit_within(LIMIT, &root, &["score", "c-2026-011", "--format", "json"])
        .success()
        .stdout;
    edit(&root.join(AYLA), "score: 4\n", "score: 4.0\n");
    let after = hirekit_within(LIMIT, &root, &["score", "c-2026-011", "--format", "json"])
        .success()
        .stdout;
    assert_eq!(before, after);
}

/// A score below 0, a 20-digit score or a fraction: each says the scale it should be on.
#[test]
fn a_score_off_the_scale_names_the_scale() {
    for (written, message) in [
        ("-1", "`score` must be at least 0, found -1"),
        (
            "12345678901234567890",
            "`score` must be at most 10, found 1.2345678901234567e19",
        ),
        (
            "2.5",
            "expected a whole number for `score`, found the number 2.5",
        ),
        ("5", "score 5 is outside the scale 1-4"),
    ] {
        let dir = example_copy();
        let root = dir.path().join("hiring");
        edit(
            &root.join(AYLA),
            "score: 4\n",
            &format!("score: {written}\n"),
        );
        let run = hirekit_within(LIMIT, &root, &["score", "c-2026-011"]).failure(1);
        let caret = " ".repeat(11);
        assert_eq!(
            run.stderr,
            format!(
                "{AYLA}:8:12: error: {message}\n  |\n8 |     score: {written}\n  | {caret}^\n  = hint: a score is a whole number from 1 to 4, the scale of scorecard `senior-backend-developer`\nerror: candidate `c-2026-011` could not be read (see the errors above)\n"
            ),
            "for score: {written}"
        );
    }
}

/// A tab after a colon is named as a tab, at the tab. The snippet draws the tab as four spaces
/// and underlines all of them, so the mark lines up whatever the terminal's tab width.
#[test]
fn a_tab_after_a_colon_is_named_at_the_tab() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    edit(&root.join(AYLA), "scorecard: ", "scorecard:\t");
    let run = hirekit_within(LIMIT, &root, &["score", "c-2026-011"]).failure(1);
    assert_eq!(
        run.stderr.lines().take(5).collect::<Vec<_>>(),
        [
            "candidates/c-2026-011/interviews/ayla.yaml:2:11: error: a tab character where YAML allows only spaces",
            "  |",
            "2 | scorecard:    senior-backend-developer",
            "  |           ^^^^",
            "  = hint: YAML indents, and separates a value from its `:` or `-`, with spaces only: replace the tab with spaces",
        ]
    );
}

/// A candidate on a scorecard that exists but does not load is told to validate that file,
/// not that there is no such scorecard.
#[test]
fn a_candidate_on_an_invalid_scorecard_is_sent_to_validate_it() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    edit(
        &dir.path().join("scorecards/senior-backend-developer.yaml"),
        "    weight: 3\n",
        "    weight: 0\n",
    );
    let run = hirekit_within(LIMIT, &root, &["score", "c-2026-011"]).failure(1);
    assert!(
        run.stderr.contains(
            "candidates/c-2026-011/candidate.yaml:9:12: error: scorecard `senior-backend-developer` in ../scorecards/senior-backend-developer.yaml is invalid\n  |\n9 | scorecard: senior-backend-developer\n  |            ^\n  = hint: run `hirekit scorecard validate ../scorecards/senior-backend-developer.yaml` and fix what it reports\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("no scorecard with id"),
        "{}",
        run.stderr
    );
}

/// `--today 1-12-2026` says the format it expects.
#[test]
fn a_date_in_the_wrong_format_says_the_format() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let run = hirekit_within(LIMIT, &root, &["due", "--today", "1-12-2026"]).failure(2);
    assert_eq!(
        run.stderr,
        "error: invalid value '1-12-2026' for '--today <DATE>': expected a date as YYYY-MM-DD, e.g. 2026-12-01 (year, month, day), not `1-12-2026`\n\nFor more information, try '--help'.\n"
    );
}
