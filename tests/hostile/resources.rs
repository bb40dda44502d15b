//! Inputs that once exhausted memory or time: alias amplification, numbers that turn into NaN,
//! templates that loop without end.

use std::time::Duration;

use super::hirekit_within;
use crate::util::{edit, example_copy};

const LIMIT: Duration = Duration::from_secs(20);

/// A 1.5 MB candidate file that repeats a 1 MB string 90,000 times through aliases: before the
/// byte budget it passed the value count and allocated until the process was killed.
#[test]
fn a_large_string_repeated_by_aliases_is_refused() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let mut file = format!("big: &big \"{}\"\nlist: [", "x".repeat(1024 * 1024));
    file.push_str(&vec!["*big"; 90_000].join(", "));
    file.push_str("]\n");
    std::fs::write(root.join("candidates/c-2026-011/candidate.yaml"), file).unwrap();
    let run = hirekit_within(LIMIT, &root, &["score", "c-2026-011"]).failure(1);
    let first = run.stderr.lines().next().unwrap();
    assert_eq!(
        first,
        "candidates/c-2026-011/candidate.yaml:2:32: error: aliases expand this file by more than 4 MB of text"
    );
}

/// `weight: 1e308` once passed validation and turned an advancing candidate's overall into NaN
/// and the outcome into reject.
#[test]
fn a_weight_beyond_its_range_is_refused() {
    let dir = example_copy();
    let card = dir.path().join("scorecards/senior-backend-developer.yaml");
    edit(&card, "    weight: 3\n", "    weight: 1e308\n");
    let run = hirekit_within(
        LIMIT,
        dir.path(),
        &[
            "scorecard",
            "validate",
            "scorecards/senior-backend-developer.yaml",
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "scorecards/senior-backend-developer.yaml:33:13: error: `weight` must be at most 100, found 1e308\n   |\n33 |     weight: 1e308\n   |             ^\n  = hint: weights are relative: use e.g. 1 for a normal and 3 for a core criterion; remove a criterion that does not count\n1 file checked: 0 valid, 1 invalid; 1 error, 0 warnings\n"
    );
}

/// Numbers in the company profile are bounded too: a deadline of 100,000 days is a typo.
#[test]
fn a_profile_number_beyond_its_range_is_refused() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    edit(
        &root.join("hirekit.yaml"),
        "feedback_days: 7",
        "feedback_days: 100000",
    );
    let run = hirekit_within(LIMIT, &root, &["due", "--today", "2026-11-23"]).failure(1);
    assert_eq!(
        run.stderr.lines().next().unwrap(),
        "hirekit.yaml:21:16: error: `feedback_days` must be at most 30, found 100000"
    );
}

/// A hiring folder's own template with nested `range(end=100000)` loops ran without limit.
#[test]
fn a_runaway_template_is_stopped_with_its_name_and_line() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    std::fs::create_dir_all(root.join("templates/en")).unwrap();
    std::fs::write(
        root.join("templates/en/letter.txt.tera"),
        "Dear {{ candidate_name }},\n{% for i in range(end=100000) %}{% for j in range(end=100000) %}.{% endfor %}{% endfor %}\n",
    )
    .unwrap();
    let run = hirekit_within(
        LIMIT,
        &root,
        &["feedback", "c-2026-017", "--today", "2026-11-23"],
    )
    .failure(1);
    assert!(
        run.stderr.contains(
            "template templates/en/letter.txt.tera: error: `range` would take this letter past 10000 numbers in all (0 used so far, 100000 asked); a letter needs a handful at most\n --> en/letter.txt:2:13\n"
        ),
        "{}",
        run.stderr
    );
    assert!(!root.join("out").join("c-2026-017.txt").exists());
}

/// Loops over text, not ranges, are stopped by the time limit; the process ends promptly.
#[test]
fn a_template_that_loops_too_long_is_stopped_in_time() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    std::fs::create_dir_all(root.join("templates/en")).unwrap();
    let text = "a".repeat(60);
    std::fs::write(
        root.join("templates/en/letter.txt.tera"),
        format!(
            "Dear {{{{ candidate_name }}}},\n{{% set t = \"{text}\" %}}\n{{% for a in t %}}{{% for b in t %}}{{% for c in t %}}{{% for d in t %}}{{% for e in t %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}\n"
        ),
    )
    .unwrap();
    let run = hirekit_within(
        LIMIT,
        &root,
        &["feedback", "c-2026-017", "--today", "2026-11-23"],
    )
    .failure(1);
    assert!(
        run.stderr.contains(
            "template templates/en/letter.txt.tera: rendering took longer than 2 seconds and was stopped (the loop on line 3 runs too long); a letter template loops over a few items at most"
        ),
        "{}",
        run.stderr
    );
}
