//! `hirekit scorecard validate|show|schema` on the example scorecards and on broken fixtures.
//! Every class of validation problem has a fixture; the exact `path:line:column` and
//! message are part of what is tested.

use crate::util::{fixture, hirekit, hirekit_in};

fn validate(name: &str) -> crate::util::Run {
    hirekit(&[
        "scorecard",
        "validate",
        &fixture(&format!("scorecard/{name}.yaml")),
    ])
}

/// Asserts that validating fixture `name` fails with its first error at `line:column`, its
/// message starting with `message`, and compares the whole output (source line, caret, hint, summary) with the
/// reviewed snapshot `validate_NAME`.
#[track_caller]
fn fails_at(name: &str, line: usize, column: usize, message: &str) -> crate::util::Run {
    let run = validate(name).failure(1);
    let expected =
        format!("tests/fixtures/scorecard/{name}.yaml:{line}:{column}: error: {message}");
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&expected),
        "{first:?} is not {expected:?}"
    );
    assert!(
        run.stderr.contains("= hint: "),
        "every error has a hint:\n{}",
        run.stderr
    );
    insta::assert_snapshot!(format!("validate_{name}"), run.transcript());
    run
}

#[test]
fn example_scorecards_are_valid() {
    let run = hirekit(&["scorecard", "validate", "scorecards/"]).success();
    insta::assert_snapshot!("validate_examples", run.transcript());
}

#[test]
fn valid_fixture_passes() {
    let run = validate("valid").success();
    assert_eq!(
        run.transcript(),
        "exit: 0\n--- stdout\nok tests/fixtures/scorecard/valid.yaml (scorecard `test-role`)\n\
         --- stderr\n1 file checked: 1 valid, 0 invalid; 0 errors, 0 warnings\n"
    );
}

#[test]
fn yaml_syntax_error() {
    fails_at(
        "syntax-error",
        14,
        4,
        "YAML syntax error: while parsing a block collection, did not find expected '-' indicator",
    );
}

#[test]
fn unknown_key_suggests_the_right_one() {
    fails_at("unknown-key", 16, 5, "unknown field `wieght`, expected one of `anchors`, `category`, `examples`, `feedback`, `id`, `minutes`, `must_have`, `name`, `questions`, `requirement`, `weight`")
        .stderr_has("  = hint: did you mean `weight`?\n");
}

#[test]
fn wrong_type() {
    fails_at(
        "wrong-type",
        16,
        13,
        "expected a number for `weight`, found the text \"three\"",
    );
}

#[test]
fn missing_required_key() {
    fails_at("missing-key", 28, 5, "missing field `requirement`")
        .stderr_has("hint: add `requirement:` (The job requirement from the vacancy text that this criterion assesses)");
}

#[test]
fn duplicate_criterion_id_at_second_occurrence() {
    fails_at("duplicate-id", 28, 9, "duplicate criterion id `testing`")
        .stderr_has("already used on line 12");
}

#[test]
fn weight_zero_or_negative() {
    fails_at("weight-zero", 32, 13, "`weight` must be at least 0.01, found 0").stderr_has(
        "= hint: weights are relative: use e.g. 1 for a normal and 3 for a core criterion; remove a criterion that does not count\n",
    );
    fails_at(
        "weight-negative",
        16,
        13,
        "`weight` must be at least 0.01, found -1.5",
    );
}

#[test]
fn scale_min_not_below_max() {
    fails_at(
        "min-not-below-max",
        6,
        8,
        "the scale's max (4) must be more than its min (4)",
    );
}

#[test]
fn points_and_thresholds_outside_the_scale() {
    fails_at(
        "pass-outside-scale",
        7,
        9,
        "the pass point 5 is outside the scale 1-4",
    );
    fails_at(
        "advance-outside-scale",
        9,
        13,
        "`advance_at` (4.5) is outside the scale 1-4",
    );
    fails_at(
        "talent-pool-outside-scale",
        10,
        17,
        "`talent_pool_at` (0.5) is outside the scale 1-4",
    );
    fails_at(
        "anchor-outside-scale",
        39,
        7,
        "anchor for point 7 is outside the scale 1-4",
    );
}

#[test]
fn talent_pool_above_advance() {
    fails_at(
        "talent-pool-above-advance",
        10,
        17,
        "`talent_pool_at` (3.4) is above `advance_at` (3)",
    );
}

#[test]
fn text_missing_in_a_declared_language() {
    fails_at("missing-language", 41, 14, "`gap` has no text in `en`");
}

#[test]
fn empty_criteria_list() {
    fails_at("empty-criteria", 11, 11, "the scorecard has no criteria");
}

#[test]
fn empty_file() {
    fails_at("empty", 1, 1, "the file is empty");
}

#[test]
fn file_that_is_not_utf8() {
    fails_at("not-utf8", 2, 22, "the file is not UTF-8 text");
}

#[test]
fn file_that_is_not_yaml_at_all() {
    fails_at("not-yaml", 1, 1, "this is not a hirekit scorecard");
}

#[test]
fn alias_bomb_is_refused() {
    fails_at(
        "alias-bomb",
        6,
        8,
        "aliases expand this file to more than 100000 values",
    );
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let run = validate("many-problems").failure(1);
    for expected in [
        "many-problems.yaml:10:17: error: `talent_pool_at` (3.4) is above `advance_at` (3)",
        "many-problems.yaml:16:5: error: unknown field `wieght`",
        "many-problems.yaml:28:9: error: duplicate criterion id `testing`",
        "many-problems.yaml:30:15: error: unknown value `teamwork` for `category`",
        "many-problems.yaml:41:14: error: `gap` has no text in `en`",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("missing field `weight`"),
        "a misspelt key is reported once:\n{}",
        run.stderr
    );
    insta::assert_snapshot!("validate_many_problems", run.transcript());
}

#[test]
fn a_structural_error_does_not_hide_the_rest_of_its_criterion() {
    let run = validate("structural-and-semantic").failure(1);
    for expected in [
        "structural-and-semantic.yaml:10:15: error: unknown value `techincal` for `category`",
        "structural-and-semantic.yaml:12:13: error: `weight` must be at least 0.01, found 0",
        "structural-and-semantic.yaml:14:16: error: criterion `testing` has no anchor for point 4",
        "structural-and-semantic.yaml:14:42: error: `anchor 3` has no text in `en`",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stderr
        );
    }
    insta::assert_snapshot!("validate_structural_and_semantic", run.transcript());
}

#[test]
fn a_folder_is_checked_recursively_and_fails_when_any_file_does() {
    let run = hirekit(&["scorecard", "validate", "tests/fixtures/scorecard"]).failure(1);
    insta::assert_snapshot!("validate_folder", run.transcript());
}

#[test]
fn json_format_reports_the_same_problems_on_stdout() {
    let run = hirekit(&[
        "scorecard",
        "validate",
        "--format",
        "json",
        &fixture("scorecard/unknown-key.yaml"),
    ])
    .failure(1);
    let json = run.json();
    assert_eq!(json["valid"], false);
    let d = &json["files"][0]["diagnostics"][0];
    assert_eq!(d["path"], "tests/fixtures/scorecard/unknown-key.yaml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(16), Some(5))
    );
    assert_eq!(d["severity"], "error");
    assert_eq!(d["hint"], "did you mean `weight`?");
    assert!(
        run.stderr.is_empty(),
        "json mode keeps stderr clean: {}",
        run.stderr
    );
}

#[test]
fn a_20_megabyte_file_is_handled() {
    let dir = tempfile::tempdir().unwrap();
    let valid =
        std::fs::read_to_string(crate::util::repo_root().join(fixture("scorecard/valid.yaml")))
            .unwrap();
    let mut big = valid.clone();
    // Many long questions: a huge but well-formed scorecard.
    let question = format!("      - {{ nl: \"{0}\", en: \"{0}\" }}\n", "x".repeat(200));
    let extra = question.repeat(20 * 1024 * 1024 / question.len());
    big = big.replacen(
        "      - { nl: Hoe test je een service?, en: How do you test a service? }\n",
        &format!(
            "      - {{ nl: Hoe test je een service?, en: How do you test a service? }}\n{extra}"
        ),
        1,
    );
    assert!(big.len() > 20 * 1024 * 1024);
    std::fs::write(dir.path().join("big.yaml"), big).unwrap();
    hirekit_in(dir.path(), &["scorecard", "validate", "big.yaml"]).success();
}

#[test]
fn missing_path_is_a_clear_error() {
    let run = hirekit(&["scorecard", "validate", "no/such/folder"]).failure(1);
    assert_eq!(
        run.transcript(),
        "exit: 1\n--- stdout\n--- stderr\nerror: no/such/folder does not exist\n"
    );
}

#[test]
fn show_summarises_in_both_languages() {
    let en = hirekit(&[
        "scorecard",
        "show",
        "scorecards/senior-backend-developer.yaml",
    ])
    .success();
    insta::assert_snapshot!("show_en", en.transcript());
    let nl = hirekit(&[
        "scorecard",
        "show",
        "--lang",
        "nl",
        "scorecards/senior-backend-developer.yaml",
    ])
    .success();
    insta::assert_snapshot!("show_nl", nl.transcript());
}

#[test]
fn show_of_a_broken_file_reports_and_fails() {
    let run = hirekit(&["scorecard", "show", &fixture("scorecard/unknown-key.yaml")]).failure(1);
    insta::assert_snapshot!("show_broken", run.transcript());
}

#[test]
fn schema_is_json_schema_2020_12_and_matches_the_committed_file() {
    let run = hirekit(&["scorecard", "schema"]).success();
    let schema = run.json();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let committed =
        std::fs::read_to_string(crate::util::repo_root().join("scorecards/scorecard.schema.json"))
            .unwrap();
    assert_eq!(
        run.stdout, committed,
        "regenerate with `hirekit scorecard schema > scorecards/scorecard.schema.json`"
    );
}
