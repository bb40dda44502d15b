//! `hirekit feedback lint`: the letter guard on letters written by hand. Every run is compared
//! whole (exit code, stdout and stderr), so an extra or a changed line fails.

use crate::util::{fixture, hirekit, hirekit_in};

fn lint(args: &[&str]) -> crate::util::Run {
    let mut all = vec!["feedback", "lint"];
    all.extend_from_slice(args);
    hirekit(&all)
}

#[test]
fn clean_letters_pass_in_both_languages() {
    let run = lint(&[
        &fixture("feedback/clean-nl.txt"),
        &fixture("feedback/clean-en.txt"),
    ]);
    assert_eq!(
        run.transcript(),
        "exit: 0\n--- stdout\n2 brieven gecontroleerd: geen problemen gevonden.\n--- stderr\n"
    );
    let run = lint(&["--lang", "en", &fixture("feedback/clean-en.txt")]);
    assert_eq!(
        run.transcript(),
        "exit: 0\n--- stdout\n1 letter checked: no problems found.\n--- stderr\n"
    );
}

#[test]
fn protected_grounds_are_errors_with_place_ground_law_and_hint() {
    let run = lint(&[&fixture("feedback/protected-nl.txt")]).failure(1);
    insta::assert_snapshot!("feedback_lint_protected_nl", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let run = lint(&[&fixture("feedback/protected-en.txt")]);
    insta::assert_snapshot!("feedback_lint_protected_en", run.transcript());
}

#[test]
fn the_explanations_follow_lang() {
    // Both lists run on every letter: --lang en still catches the Dutch phrases and explains
    // them in English; Dutch explanations follow --lang nl.
    let run = lint(&["--lang", "en", &fixture("feedback/protected-nl.txt")]);
    insta::assert_snapshot!("feedback_lint_nl_letter_in_english", run.transcript());
    let run = lint(&["--lang", "nl", &fixture("feedback/protected-en.txt")]);
    insta::assert_snapshot!("feedback_lint_en_letter_in_dutch", run.transcript());
}

#[test]
fn vague_phrases_only_warn_and_exit_zero() {
    let run = lint(&[&fixture("feedback/vague-en.txt")]);
    insta::assert_snapshot!("feedback_lint_vague_en", run.transcript());
}

#[test]
fn placeholders_and_empty_letters_are_errors() {
    let run = lint(&[&fixture("feedback/placeholder-nl.txt")]);
    insta::assert_snapshot!("feedback_lint_placeholder_nl", run.transcript());
    let run = lint(&[&fixture("feedback/empty.txt")]);
    insta::assert_snapshot!("feedback_lint_empty", run.transcript());
}

#[test]
fn unreadable_files_are_named_and_the_others_still_checked() {
    let run = lint(&[
        &fixture("feedback/latin1.txt"),
        &fixture("feedback/missing.txt"),
        &fixture("feedback/vague-en.txt"),
    ]);
    insta::assert_snapshot!("feedback_lint_unreadable_en", run.transcript());
    let run = lint(&["--lang", "nl", &fixture("feedback")]);
    assert_eq!(
        run.transcript(),
        "exit: 1\n--- stdout\nGeen brief gecontroleerd. 1 bestand niet gelezen.\n--- stderr\n\
         error: kan tests/fixtures/feedback niet lezen: dit is een map, geen bestand\n"
    );
}

#[test]
fn json_has_the_same_fields() {
    let run = lint(&[
        "--format",
        "json",
        &fixture("feedback/protected-nl.txt"),
        &fixture("feedback/clean-en.txt"),
    ])
    .failure(1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    insta::assert_json_snapshot!("feedback_lint_json", run.json());

    let clean = lint(&["--format", "json", &fixture("feedback/clean-nl.txt")]).success();
    assert_eq!(
        clean.stdout,
        "{\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"files\": [\n    {\n      \"path\": \"tests/fixtures/feedback/clean-nl.txt\",\n      \"language\": \"nl\",\n      \"error\": null\n    }\n  ],\n  \"findings\": []\n}\n"
    );
}

#[test]
fn a_letter_in_a_folder_with_crlf_and_bom_is_located_right() {
    let dir = tempfile::tempdir().unwrap();
    let letter = "\u{FEFF}Je bent te oud.\r\n\r\nJe bent helaas te\r\noud voor deze rol.\r\n";
    std::fs::write(dir.path().join("brief.txt"), letter).unwrap();
    let run = hirekit_in(
        dir.path(),
        &["feedback", "lint", "brief.txt", "--lang", "nl"],
    );
    insta::assert_snapshot!("feedback_lint_crlf_bom", run.transcript());
}

#[test]
fn usage_errors_exit_2() {
    lint(&[]).failure(2).stderr_has("<FILE>");
    lint(&["--lang", "de", &fixture("feedback/clean-nl.txt")]).failure(2);
    lint(&["--format", "markdown", &fixture("feedback/clean-nl.txt")]).failure(2);
}
