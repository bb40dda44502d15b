//! `hirekit feedback lint`: the letter guard on letters written by hand.

use crate::util::{fixture, hirekit, hirekit_in};

fn lint(args: &[&str]) -> crate::util::Run {
    let mut all = vec!["feedback", "lint"];
    all.extend_from_slice(args);
    hirekit(&all)
}

#[test]
fn clean_letters_pass_in_both_languages() {
    lint(&[
        &fixture("feedback/clean-nl.txt"),
        &fixture("feedback/clean-en.txt"),
    ])
    .success()
    .stdout_has("2 brieven gecontroleerd: geen problemen gevonden.");
    lint(&["--lang", "en", &fixture("feedback/clean-en.txt")])
        .success()
        .stdout_has("1 letter checked: no problems found.");
}

#[test]
fn protected_grounds_are_errors_with_place_ground_law_and_hint() {
    let run = lint(&[&fixture("feedback/protected-nl.txt")]).failure(1);
    insta::assert_snapshot!("feedback_lint_protected_nl", run.stdout);
    let run = run
        .stdout_has("tests/fixtures/feedback/protected-nl.txt:3:87: error: “jong en dynamisch” — leeftijd (WGBL): ")
        .stdout_has("tests/fixtures/feedback/protected-nl.txt:4:60: error: “kinderwens” — zwangerschap of kinderwens (AWGB, WGB m/v): ")
        .stdout_has("tests/fixtures/feedback/protected-nl.txt:6:60: error: “nerveus” — verkapte grond")
        .stdout_has("tests/fixtures/feedback/protected-nl.txt:6:94: warning: “niet sterk genoeg” — vaag: ")
        .stdout_has("  = hint: Laat leeftijd weg.")
        .stdout_has("3 fouten en 1 waarschuwing in 1 van 1 brief.");
    assert!(run.stderr.is_empty(), "{}", run.stderr);

    lint(&[&fixture("feedback/protected-en.txt")])
        .failure(1)
        .stdout_has("protected-en.txt:3:51: error: “overqualified” — age (WGBL): ")
        .stdout_has("(CGB 2012-58)")
        .stdout_has(
            "protected-en.txt:3:88: error: “native speaker” — mother tongue or accent (AWGB): ",
        )
        .stdout_has("(CRM 2022-55)")
        .stdout_has("2 errors in 1 of 1 letter.");
}

#[test]
fn the_explanations_follow_lang() {
    // Both lists run on every letter: --lang en still catches the Dutch phrases and explains
    // them in English; Dutch explanations follow --lang nl.
    lint(&["--lang", "en", &fixture("feedback/protected-nl.txt")])
        .failure(1)
        .stdout_has(
            "protected-nl.txt:3:87: error: “jong en dynamisch” — age (WGBL): distinction by age",
        )
        .stdout_has("3 errors and 1 warning in 1 of 1 letter.");
    lint(&["--lang", "nl", &fixture("feedback/protected-en.txt")])
        .failure(1)
        .stdout_has("error: “overqualified” — leeftijd (WGBL): ");
}

#[test]
fn vague_phrases_only_warn_and_exit_zero() {
    lint(&[&fixture("feedback/vague-en.txt")])
        .success()
        .stdout_has("vague-en.txt:6:6: warning: “not a good fit” — vague: ")
        .stdout_has("  = hint: Name the requirement and what you saw: ")
        .stdout_has("vague-en.txt:6:30: warning: “communication was not strong enough”")
        .stdout_has("2 warnings in 1 of 1 letter.");
}

#[test]
fn placeholders_and_empty_letters_are_errors() {
    lint(&[&fixture("feedback/placeholder-nl.txt")])
        .failure(1)
        .stdout_has("placeholder-nl.txt:1:7: error: “[naam]” — niet ingevuld: ")
        .stdout_has("placeholder-nl.txt:3:26: error: “{{ datum }}” — niet ingevuld: ")
        .stdout_has("placeholder-nl.txt:5:1: error: “TODO” — niet ingevuld: ");
    lint(&[&fixture("feedback/empty.txt")])
        .failure(1)
        .stdout_has("empty.txt:1:1: error: empty letter: the letter has no text.");
}

#[test]
fn unreadable_files_are_named_and_the_others_still_checked() {
    lint(&[&fixture("feedback/latin1.txt"), &fixture("feedback/missing.txt"), &fixture("feedback/vague-en.txt")])
        .failure(1)
        .stderr_has("tests/fixtures/feedback/latin1.txt:1:9: error: this is not UTF-8 text; save the letter as UTF-8")
        .stderr_has("error: cannot read tests/fixtures/feedback/missing.txt: no such file")
        .stdout_has("vague-en.txt:6:6: warning: “not a good fit”")
        .stdout_has("2 warnings in 1 of 1 letter. 2 files could not be read.");
    lint(&["--lang", "nl", &fixture("feedback")])
        .failure(1)
        .stderr_has("error: kan tests/fixtures/feedback niet lezen: dit is een map, geen bestand")
        .stdout_has("Geen brief gecontroleerd. 1 bestand niet gelezen.");
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
    let json = run.json();
    assert_eq!(json["errors"], 3);
    assert_eq!(json["warnings"], 1);
    assert_eq!(json["files"][0]["language"], "nl");
    assert_eq!(json["files"][1]["language"], "en");
    let first = &json["findings"][0];
    assert_eq!(first["path"], "tests/fixtures/feedback/protected-nl.txt");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(3), Some(87))
    );
    assert_eq!(first["severity"], "error");
    assert_eq!(first["kind"], "protected");
    assert_eq!(first["phrase"], "jong en dynamisch");
    assert_eq!(first["ground"], "age");
    assert_eq!(first["ground_label"], "leeftijd");
    assert_eq!(first["law"], "WGBL");
    assert!(
        first["why"]
            .as_str()
            .is_some_and(|w| w.contains("WGBL art. 3"))
    );
    assert!(
        first["suggestion"]
            .as_str()
            .is_some_and(|s| s.starts_with("Laat leeftijd weg."))
    );
    let vague = &json["findings"][3];
    assert_eq!(
        (vague["severity"].as_str(), vague["ground"].is_null()),
        (Some("warning"), true)
    );

    let clean = lint(&["--format", "json", &fixture("feedback/clean-nl.txt")])
        .success()
        .json();
    assert_eq!(clean["findings"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_letter_in_a_folder_with_crlf_and_bom_is_located_right() {
    let dir = tempfile::tempdir().unwrap();
    let letter = "\u{FEFF}Je bent te oud.\r\n\r\nJe bent helaas te\r\noud voor deze rol.\r\n";
    std::fs::write(dir.path().join("brief.txt"), letter).unwrap();
    hirekit_in(
        dir.path(),
        &["feedback", "lint", "brief.txt", "--lang", "nl"],
    )
    .failure(1)
    .stdout_has("brief.txt:1:9: error: “te oud” — leeftijd (WGBL): ")
    .stdout_has("brief.txt:3:16: error: “te oud” — leeftijd (WGBL): ");
}

#[test]
fn usage_errors_exit_2() {
    lint(&[]).failure(2).stderr_has("<FILE>");
    lint(&["--lang", "de", &fixture("feedback/clean-nl.txt")]).failure(2);
    lint(&["--format", "markdown", &fixture("feedback/clean-nl.txt")]).failure(2);
}
