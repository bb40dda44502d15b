//! `hirekit redflags list|check` on the built-in checklists, on hiring folders that override
//! them, and on CV fixtures. The exact `path:line:column` of every finding and error is part of
//! what is tested.

use crate::util::{fixture, hirekit, hirekit_in, repo_root};

const TODAY: &str = "2026-11-23";

fn check(name: &str, extra: &[&str]) -> crate::util::Run {
    let path = fixture(&format!("redflags/{name}.yaml"));
    let mut args = vec!["redflags", "check", path.as_str(), "--today", TODAY];
    args.extend_from_slice(extra);
    hirekit(&args)
}

#[test]
fn list_shows_every_stage_with_bias_risks_marked_as_cautions() {
    let run = hirekit(&["redflags", "list"]).success();
    for heading in [
        "CV (21)",
        "Screening call (12)",
        "Technical interview (27)",
        "Reference check (7)",
        "Offer and onboarding (4)",
    ] {
        assert!(run.stdout.contains(heading), "missing {heading:?}");
    }
    assert_eq!(run.stdout.matches("Do not score: bias risk\n").count(), 5);
    for id in [
        "interview-eye-contact",
        "interview-nervousness",
        "screening-accent-or-language",
        "cv-employment-gap",
    ] {
        assert!(
            run.stdout.contains(&format!(
                "[CAUTION: bias risk, do not score] {id} · all IT roles"
            )),
            "{id}"
        );
    }
    assert!(
        run.stdout
            .contains("[supported] cv-overlapping-full-time-jobs · all IT roles")
    );
    assert!(
        run.stdout.lines().all(|l| l.chars().count() <= 100),
        "lines wrap at 100 characters"
    );
    insta::assert_snapshot!("list_all_en", run.transcript());
}

#[test]
fn list_filters_by_stage_and_role_in_dutch() {
    let run = hirekit(&[
        "redflags",
        "list",
        "--stage",
        "interview",
        "--role",
        "backend",
        "--lang",
        "nl",
    ])
    .success();
    assert!(run.stdout.starts_with("Rode vlaggen voor IT-rollen\nFase: Technisch gesprek · rol: backend (met de punten voor alle IT-rollen) · 19 punten\n"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("[onderbouwd] interview-backend-ignores-failure · backend")
    );
    assert!(
        run.stdout
            .contains("[LET OP: biasrisico, niet meewegen] interview-nervousness")
    );
    assert!(run.stdout.contains("  Toetsen  "));
    assert!(!run.stdout.contains("interview-frontend-accessibility"));
    assert!(!run.stdout.contains("cv-overlapping-full-time-jobs"));
    insta::assert_snapshot!("list_interview_backend_nl", run.transcript());
}

#[test]
fn list_as_json_holds_both_languages() {
    let run = hirekit(&["redflags", "list", "--role", "frontend", "--format", "json"]).success();
    let json = run.json();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 58);
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"interview-frontend-accessibility"));
    assert!(!ids.contains(&"interview-backend-ignores-failure"));
    for item in items {
        for field in ["signal", "why", "verify", "source"] {
            for lang in ["nl", "en"] {
                assert!(
                    !item[field][lang].as_str().unwrap().is_empty(),
                    "{} {field} {lang}",
                    item["id"]
                );
            }
        }
    }
    let eye = items
        .iter()
        .find(|i| i["id"] == "interview-eye-contact")
        .unwrap();
    assert_eq!(eye["evidence"], "bias_risk");
    assert_eq!(eye["stage"], "interview");
    assert_eq!(eye["roles"], serde_json::json!(["all"]));
}

#[test]
fn list_as_markdown() {
    let run = hirekit(&[
        "redflags",
        "list",
        "--stage",
        "reference",
        "--format",
        "markdown",
    ])
    .success();
    insta::assert_snapshot!("list_reference_markdown_en", run.stdout);
}

#[test]
fn list_reference_stage_in_dutch() {
    let run = hirekit(&["redflags", "list", "--stage", "reference", "--lang", "nl"]).success();
    insta::assert_snapshot!("list_reference_table_nl", run.stdout);
}

#[test]
fn a_hiring_folder_rewords_and_adds_items() {
    let dir = repo_root().join(fixture("redflags/hiring"));
    // The folder's language (nl) is the default.
    let run = hirekit_in(
        &dir,
        &[
            "redflags",
            "list",
            "--stage",
            "interview",
            "--role",
            "devops",
        ],
    )
    .success();
    assert!(
        run.stdout
            .contains("[onderbouwd] team-on-call-experience · DevOps"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("De kandidaat noemt geen eigen fout bij een storing.")
    );
    assert!(
        !run.stdout
            .contains("De kandidaat noemt geen enkele eigen fout")
    );
    assert!(run.stdout.contains("20 punten"));
    insta::assert_snapshot!("list_folder_overrides_nl", run.transcript());
}

#[test]
fn overrides_that_clash_are_refused_with_their_location() {
    let dir = repo_root().join(fixture("redflags/clash"));
    let run = hirekit_in(&dir, &["redflags", "list"]).failure(1);
    assert!(run.stdout.is_empty());
    insta::assert_snapshot!("list_clashing_overrides", run.transcript());
    run.stderr_has("scorecards/checklists/b.yaml:7:15: error: `interview-eye-contact` is a bias-risk item and must stay `bias_risk`")
        .stderr_has("scorecards/checklists/b.yaml:12:9: error: duplicate id `team-item`")
        .stderr_has("= hint: `team-item` is already defined in scorecards/checklists/a.yaml on line 4; ids must be unique across all checklists");
}

#[test]
fn override_texts_need_both_languages_and_kebab_case_ids() {
    let dir = repo_root().join(fixture("redflags/badlang"));
    let run = hirekit_in(&dir, &["redflags", "list"]).failure(1);
    insta::assert_snapshot!("list_bad_override_texts", run.transcript());
    run.stderr_has(
        "scorecards/checklists/own.yaml:4:9: error: the id `Team_Item` is not kebab-case",
    )
    .stderr_has("= hint: use lower-case letters, digits and single hyphens, e.g. `team-item`")
    .stderr_has("scorecards/checklists/own.yaml:9:12: error: the English text (`en`) is missing");
}

#[test]
fn a_consistent_cv_gives_no_findings() {
    let run = check("clean", &[]).success();
    assert_eq!(
        run.transcript(),
        "exit: 0\n--- stdout\nNo findings: the CV's dates, hours and skills are consistent (as of 23 November 2026).\n--- stderr\n"
    );
    let json = check("clean", &["--format", "json"]).success().json();
    assert_eq!(json, serde_json::json!({ "findings": [] }));
}

#[test]
fn every_check_reports_at_its_line() {
    let json = check("findings", &["--format", "json"]).success().json();
    let got: Vec<(String, String, u64, u64)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("overlapping_jobs", "caution", 9, 12),
        ("date_order", "caution", 14, 10),
        ("gap", "info", 17, 12),
        ("future_date", "caution", 21, 12),
        ("expert_breadth", "caution", 23, 1),
        ("experience_exceeds_technology_age", "red_flag", 25, 12),
        ("experience_exceeds_career", "caution", 25, 12),
        ("experience_exceeds_technology_age", "caution", 27, 12),
    ];
    let expected: Vec<(String, String, u64, u64)> = expected
        .iter()
        .map(|(c, s, l, col)| (c.to_string(), s.to_string(), *l, *col))
        .collect();
    assert_eq!(got, expected);
    let first = &json["findings"][0]["message"];
    assert!(
        first["nl"]
            .as_str()
            .unwrap()
            .starts_with("De baan bij Beta Consultancy (40 uur per week) overlapt 4 maanden")
    );
    assert!(
        first["en"]
            .as_str()
            .unwrap()
            .starts_with("The job at Beta Consultancy (40 hours a week) overlaps")
    );
}

#[test]
fn findings_as_a_table() {
    let run = check("findings", &["--lang", "nl"]).success();
    insta::assert_snapshot!("check_findings_table_nl", run.stdout);
}

#[test]
fn a_cv_that_cannot_be_read_exits_1_with_its_location() {
    let run = check("bad-months", &[]).failure(1);
    insta::assert_snapshot!("check_bad_months", run.transcript());
    run.stderr_has(
        "tests/fixtures/redflags/bad-months.yaml:4:12: error: `start` is not a month: \"2019-3\"",
    )
    .stderr_has("= hint: write the month as YYYY-MM: `2019-03`")
    .stderr_has(
        "tests/fixtures/redflags/bad-months.yaml:5:10: error: `end` is not a month: \"heden\"",
    )
    .stderr_has("= hint: write `present` for a job that has not ended");
    let run = check("bad-structure", &[]).failure(1);
    insta::assert_snapshot!("check_bad_structure", run.transcript());
    run
        .stderr_has("tests/fixtures/redflags/bad-structure.yaml:6:5: error: unknown field `hours`")
        .stderr_has("tests/fixtures/redflags/bad-structure.yaml:9:12: error: `years` must be at most 80, found 2015")
        .stderr_has("= hint: write how many years of experience, e.g. `4` or `2.5`, not the year it started")
        .stderr_has("tests/fixtures/redflags/bad-structure.yaml:10:12: error: unknown value `guru` for `level`");
    let run = check("syntax", &[]).failure(1);
    insta::assert_snapshot!("check_syntax", run.transcript());
    run.stderr_has("tests/fixtures/redflags/syntax.yaml:3:4: error: YAML syntax error");
    let run = check("missing", &[]).failure(1);
    insta::assert_snapshot!("check_missing", run.transcript());
    run.stderr_has("error: tests/fixtures/redflags/missing.yaml: no such file");
}

#[test]
fn a_candidate_id_is_looked_up_in_the_hiring_folder() {
    let dir = repo_root().join(fixture("redflags/hiring"));
    let run = hirekit_in(&dir, &["redflags", "check", "c-0001", "--today", TODAY]).success();
    insta::assert_snapshot!("check_by_id_nl", run.transcript());
    assert!(run.stdout.starts_with("candidates/c-0001/cv.yaml:9:12: info [gap]\n    11 maanden zonder vermelde baan tussen Alfa Software (tot en met 2018-01) en Beta Consultancy\n"), "{}", run.stdout);
    let run = hirekit_in(
        &dir.join("candidates"),
        &[
            "redflags", "check", "c-0001", "--today", TODAY, "--lang", "en",
        ],
    )
    .success();
    insta::assert_snapshot!("check_by_id_from_a_subfolder_en", run.transcript());
    let run = hirekit_in(&dir, &["redflags", "check", "c-9999"]).failure(1);
    assert_eq!(
        run.transcript(),
        "exit: 1\n--- stdout\n--- stderr\nerror: geen cv van kandidaat `c-9999`: candidates/c-9999/cv.yaml bestaat niet\n"
    );
}

#[test]
fn an_id_outside_a_hiring_folder_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let run = hirekit_in(dir.path(), &["redflags", "check", "c-2026-017"]).failure(1);
    assert_eq!(
        run.transcript(),
        "exit: 1\n--- stdout\n--- stderr\nerror: `c-2026-017` is not a file, and there is no hiring folder here to look up a candidate (no hirekit.yaml in this folder or above)\n"
    );
}

#[test]
fn the_example_candidates() {
    let dir = repo_root().join("examples/hiring");
    let run = hirekit_in(
        &dir,
        &[
            "redflags",
            "check",
            "c-2026-014",
            "--today",
            TODAY,
            "--lang",
            "en",
        ],
    )
    .success();
    insta::assert_snapshot!("check_example_c_2026_014_en", run.transcript());
    let json = hirekit_in(
        &dir,
        &[
            "redflags",
            "check",
            "c-2026-017",
            "--today",
            TODAY,
            "--format",
            "json",
        ],
    )
    .success()
    .json();
    let checks: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    assert_eq!(
        checks,
        [
            "gap",
            "overlapping_jobs",
            "expert_breadth",
            "experience_exceeds_technology_age"
        ]
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    hirekit(&["redflags", "list", "--stage", "lunch"]).failure(2);
    hirekit(&["redflags", "check", "x.yaml", "--today", "23-11-2026"]).failure(2);
}

/// A CV of `count` full-time jobs that all run from January 2020 to December 2022.
fn overlapping_cv(count: usize) -> String {
    let mut text = String::from("experience:\n");
    for i in 0..count {
        text.push_str(&format!(
            "  - employer: Werkgever {i}\n    title: Developer\n    start: 2020-01\n    end: 2022-12\n"
        ));
    }
    text
}

#[test]
fn many_overlapping_jobs_give_a_bounded_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.yaml"), overlapping_cv(200)).unwrap();
    let run = hirekit_in(
        dir.path(),
        &["redflags", "check", "cv.yaml", "--today", TODAY],
    )
    .success();
    // 199 jobs overlap an earlier one: the first 20 are written out, the other 179 counted.
    assert_eq!(run.stdout.matches(" [overlapping_jobs]\n").count(), 21);
    let last = run.stdout.split("\n\n").nth(20).unwrap();
    assert_eq!(
        last,
        "cv.yaml:88:12: caution [overlapping_jobs]\n    … and 179 more jobs that overlap an earlier job, not listed one by one. With this much overlap,\n    one conversation about the career makes more sense than a question per job; also ask whether the\n    CV is right as it was sent."
    );
    assert!(run.stdout.lines().count() < 200, "{}", run.stdout);
}

#[test]
fn a_cv_with_twenty_thousand_jobs_is_refused_with_one_located_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.yaml"), overlapping_cv(20_000)).unwrap();
    let run = hirekit_in(
        dir.path(),
        &["redflags", "check", "cv.yaml", "--today", TODAY],
    )
    .failure(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "cv.yaml:802:5: error: the CV lists 20,000 jobs; hirekit checks at most 200\n    |\n802 |   - employer: Werkgever 200\n    |     ^\n  = hint: a CV rarely lists more than a few dozen jobs: check that this file is the candidate's CV; to check it anyway, keep its 200 most recent jobs\n"
    );
}
