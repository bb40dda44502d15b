//! `hirekit kit`: the interview kit as Markdown, by scorecard id or by file.

use crate::util::{fixture, hirekit, hirekit_in};

const FOLDER: &str = "tests/fixtures/folder";

#[test]
fn the_kit_in_both_languages() {
    let nl = hirekit(&["kit", "backend-developer", "--dir", FOLDER]).success();
    insta::assert_snapshot!("kit_nl", nl.stdout);
    let en = hirekit(&["kit", "backend-developer", "--dir", FOLDER, "--lang", "en"]).success();
    insta::assert_snapshot!("kit_en", en.stdout);
}

#[test]
fn every_criterion_has_its_requirement_questions_scale_and_room_for_notes() {
    let run = hirekit(&["kit", "backend-developer", "--dir", FOLDER, "--lang", "en"]).success();
    let kit = &run.stdout;
    for heading in ["## 1. API design", "## 2. Testing", "## 3. Collaboration"] {
        let section = kit
            .split(heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{heading} missing:\n{kit}"));
        let section = section.split("\n## ").next().unwrap();
        assert!(section.contains("**Requirement:** "), "{section}");
        assert!(section.contains("**Questions**\n\n1. "), "{section}");
        assert!(
            section.contains("| Score | Meaning | What you see or hear |"),
            "{section}"
        );
        assert!(
            section.contains("| 3 | **Good** (meets the requirement) |"),
            "{section}"
        );
        assert!(
            section.contains("**Score:** ☐ 1   ☐ 2   ☐ 3   ☐ 4   ☐ not assessed"),
            "{section}"
        );
        assert_eq!(section.matches("\n.....").count(), 4, "{section}");
    }
    assert!(kit.contains("within 24 hours of the interview"));
    // Bias-risk signals are listed under a caution, never with a box to tick.
    let cautions = kit
        .split("### ⚠ CAUTION: bias risk, do not score")
        .nth(1)
        .unwrap();
    assert!(cautions.contains("`interview-eye-contact`"));
    assert!(!cautions.split("\n## ").next().unwrap().contains('☐'));
    let watch = kit
        .split("## Red flags in the interview (backend)")
        .nth(1)
        .unwrap();
    assert!(watch.split("###").next().unwrap().contains("*Verify:* "));
}

#[test]
fn a_scorecard_file_works_outside_a_hiring_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("card.yaml");
    std::fs::copy(
        crate::util::repo_root().join(fixture("folder/scorecards/backend-developer.yaml")),
        &file,
    )
    .unwrap();
    // No hirekit.yaml: the scorecard's first language and the default 24 hours.
    let run = hirekit_in(dir.path(), &["kit", "card.yaml"]).success();
    assert!(
        run.stdout
            .starts_with("# Interviewkit: Backend-developer\n\nscorecard `backend-developer` ·"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("binnen 24 uur na het gesprek"));
}

#[test]
fn writes_to_a_file_once_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.md");
    let out_arg = out.to_str().unwrap();
    hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--out",
        out_arg,
    ])
    .success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Interviewkit: Backend-developer"));
    hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--out",
        out_arg,
    ])
    .failure(1)
    .stderr_has("kit.md already exists; use --force to replace it");
    hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--out",
        out_arg,
        "--lang",
        "en",
        "--force",
    ])
    .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Interview kit: Backend developer")
    );
}

#[test]
fn unknown_scorecards_and_languages_are_refused() {
    hirekit(&["kit", "backend-develper", "--dir", FOLDER])
        .failure(1)
        .stderr_has("error: no scorecard with id `backend-develper` in tests/fixtures/folder/scorecards (did you mean `backend-developer`?)");
    hirekit(&["kit", "missing.yaml"])
        .failure(1)
        .stderr_has("error: no scorecard file missing.yaml");
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(
        crate::util::repo_root().join(fixture("folder/scorecards/backend-developer.yaml")),
    )
    .unwrap()
    .replace("languages: [nl, en]", "languages: [en]");
    std::fs::write(dir.path().join("card.yaml"), text).unwrap();
    hirekit_in(dir.path(), &["kit", "card.yaml", "--lang", "nl"])
        .failure(1)
        .stderr_has(
            "error: the scorecard `backend-developer` is written in en only; use --lang en",
        );
}

#[test]
fn a_broken_scorecard_is_reported_at_its_line() {
    hirekit(&["kit", &fixture("scorecard/unknown-key.yaml")])
        .failure(1)
        .stderr_has("tests/fixtures/scorecard/unknown-key.yaml:");
}
