//! `hirekit init`, `candidate add`, `interview plan`, completions and manual pages: a new
//! vacancy from nothing, checked with the folder loader every other command uses.

use std::path::Path;

use crate::util::{hirekit_in, repo_root};

/// Opens the folder as every command does and returns its problems, rendered.
fn problems(dir: &Path) -> Vec<String> {
    let catalogue = hirekit_redflags::Catalogue::builtin().unwrap();
    let known = |id: &str| catalogue.get(id).is_some();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    match hirekit_folder::open(dir, &known, today) {
        Ok((_, problems)) => problems.iter().map(|p| p.render()).collect(),
        Err(problems) => panic!("{problems:?}"),
    }
}

fn init_full(dir: &Path) {
    hirekit_in(
        dir,
        &[
            "init",
            "vacature",
            "--company",
            "Kanaalzicht Software B.V.",
            "--address",
            "Oudegracht 120",
            "--address",
            "3511 AZ Utrecht",
            "--sender-name",
            "Fenna de Wit",
            "--sender-email",
            "werken@kanaalzicht.example",
            "--scorecard",
            "devops-sre-engineer",
            "--interviewer",
            "joost=Joost Mulder",
            "--interviewer",
            "ayla=Ayla Bakker",
            "--yes",
        ],
    )
    .success();
}

#[test]
fn init_with_every_flag_writes_a_folder_that_loads_without_a_problem() {
    let tmp = tempfile::tempdir().unwrap();
    init_full(tmp.path());
    let dir = tmp.path().join("vacature");
    assert_eq!(problems(&dir), Vec::<String>::new());
    let profile = std::fs::read_to_string(dir.join("hirekit.yaml")).unwrap();
    assert!(profile.contains("company: \"Kanaalzicht Software B.V.\"\n"));
    assert!(profile.contains("place: \"Utrecht\"\n"), "{profile}");
    assert_eq!(
        std::fs::read_to_string(dir.join("scorecards/devops-sre-engineer.yaml")).unwrap(),
        std::fs::read_to_string(repo_root().join("scorecards/devops-sre-engineer.yaml")).unwrap()
    );
    // A second run replaces nothing.
    let again = hirekit_in(tmp.path(), &["init", "vacature", "--yes"]).failure(1);
    assert_eq!(
        again.stderr,
        "error: vacature/hirekit.yaml already exists: this is a hiring folder already; hirekit init never replaces its files\n"
    );
}

#[test]
fn init_with_only_the_company_marks_what_is_missing_and_due_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let run = hirekit_in(
        tmp.path(),
        &[
            "init",
            "v",
            "--company",
            "Kanaalzicht Software B.V.",
            "--scorecard",
            "devops-sre-engineer",
            "--lang",
            "en",
            "--yes",
        ],
    )
    .success();
    assert_eq!(
        run.stdout,
        "Wrote v/hirekit.yaml\nWrote v/scorecards/devops-sre-engineer.yaml\nWrote v/scorecards/scorecard.schema.json\n\
         Still to fill in, in hirekit.yaml (marked TODO): address, sender.name, sender.email\n\n\
         Next:\n  cd v && hirekit scorecard show scorecards/devops-sre-engineer.yaml   # read it, then edit it for the vacancy\n  \
         hirekit candidate add --name \"...\" --email ... --interview ayla=2026-11-16T10:00\n  \
         hirekit due                                  # what needs doing now\n"
    );
    let due = hirekit_in(&tmp.path().join("v"), &["due", "--today", "2026-11-23"]);
    let warnings: Vec<&str> = due
        .stderr
        .lines()
        .filter(|l| l.starts_with("hirekit.yaml:"))
        .collect();
    assert_eq!(
        warnings,
        [
            "hirekit.yaml:8:5: warning: `address.0` is still to be filled in",
            "hirekit.yaml:9:5: warning: `address.1` is still to be filled in",
            "hirekit.yaml:14:9: warning: `sender.name` is still to be filled in",
            "hirekit.yaml:16:10: warning: `sender.email` is still to be filled in",
        ]
    );
    assert_eq!(
        due.stdout,
        "Still to fill in, in hirekit.yaml (TODO): address.0, address.1, sender.name, sender.email.\n\
         No candidates yet: add one with `hirekit candidate add`.\n\
         Nothing due: everything is on time.\n"
    );
}

#[test]
fn init_refuses_an_unknown_scorecard_with_a_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    let run = hirekit_in(tmp.path(), &["init", "v", "--scorecard", "devops", "--yes"]).failure(1);
    assert_eq!(
        run.stderr,
        "error: there is no bundled scorecard `devops`; choose one of: senior-backend-developer, frontend-developer, data-engineer, devops-sre-engineer, tech-lead-architect\n"
    );
    assert!(!tmp.path().join("v").exists(), "nothing was written");
}

#[test]
fn candidates_and_interviews_are_added_and_the_folder_still_loads() {
    let tmp = tempfile::tempdir().unwrap();
    init_full(tmp.path());
    let dir = tmp.path().join("vacature");
    let add = hirekit_in(
        &dir,
        &[
            "candidate",
            "add",
            "--id",
            "c-2026-001",
            "--name",
            "Noor el Idrissi",
            "--email",
            "noor@voorbeeld.example",
            "--address",
            "Lindelaan 4",
            "--address",
            "3512 AB Utrecht",
            "--interview",
            "joost=2026-11-16T10:00:00+01:00",
        ],
    )
    .success();
    assert_eq!(
        add.stdout,
        "Geschreven: candidates/c-2026-001/candidate.yaml\nVerder: plan gesprekken in met `hirekit interview plan c-2026-001 --interviewer NAAM --at 2026-11-16T10:00`, \
         of na het gesprek: `hirekit fill --candidate c-2026-001 --interviewer NAAM`\n"
    );
    // The next free id of this year is chosen when none is given.
    let sem = hirekit_in(
        &dir,
        &[
            "candidate",
            "add",
            "--name",
            "Sem Jansen",
            "--email",
            "sem@voorbeeld.example",
        ],
    )
    .success();
    let year = chrono::Local::now().format("%Y").to_string();
    let next = if year == "2026" { 2 } else { 1 };
    assert_eq!(
        sem.stdout.lines().next(),
        Some(format!("Geschreven: candidates/c-{year}-{next:03}/candidate.yaml").as_str())
    );
    // A typo in the handle is a warning with the closest interviewer.
    let plan = hirekit_in(
        &dir,
        &[
            "interview",
            "plan",
            "c-2026-001",
            "--interviewer",
            "jost",
            "--at",
            "2026-11-17T09:00:00+01:00",
        ],
    )
    .success();
    assert_eq!(
        plan.stderr,
        "warning: the interviewer `jost` is not listed under `interviewers` in hirekit.yaml; did you mean `joost`?\n"
    );
    assert_eq!(
        plan.stdout,
        "Gepland; candidates/c-2026-001/candidate.yaml geschreven\n"
    );
    hirekit_in(
        &dir,
        &[
            "interview",
            "plan",
            "c-2026-001",
            "--interviewer",
            "ayla",
            "--at",
            "2026-11-17T11:00:00+01:00",
        ],
    )
    .success();
    let text = std::fs::read_to_string(dir.join("candidates/c-2026-001/candidate.yaml")).unwrap();
    assert!(
        text.ends_with(
            "interviews:\n  - { interviewer: \"joost\", at: \"2026-11-16T10:00:00+01:00\" }\n  \
         - { interviewer: \"jost\", at: \"2026-11-17T09:00:00+01:00\" }\n  \
         - { interviewer: \"ayla\", at: \"2026-11-17T11:00:00+01:00\" }\n"
        ),
        "{text}"
    );
    assert_eq!(
        problems(&dir),
        ["candidates/c-2026-001/candidate.yaml:20:20: warning: the interviewer `jost` is not listed under `interviewers` in hirekit.yaml\n   |\n20 |   - { interviewer: \"jost\", at: \"2026-11-17T09:00:00+01:00\" }\n   |                    ^\n  = hint: did you mean `joost`? Otherwise add `jost: Full Name` under `interviewers:` in hirekit.yaml\n"
            .replace("candidates/", &format!("{}/candidates/", dir.display()))]
    );
}

#[test]
fn candidate_add_refuses_bad_ids_existing_candidates_and_bad_addresses() {
    let tmp = tempfile::tempdir().unwrap();
    init_full(tmp.path());
    let dir = tmp.path().join("vacature");
    let add = |args: &[&str]| {
        let mut all = vec!["candidate", "add", "--name", "Noor el Idrissi"];
        all.extend_from_slice(args);
        hirekit_in(&dir, &all)
    };
    assert_eq!(
        add(&["--id", "Noor", "--email", "noor@voorbeeld.example"])
            .failure(1)
            .stderr,
        "error: the candidate id `Noor` contains `N`; ids use only a-z, 0-9, `-`, `_` and `.`; for example `c-2026-014` or `fleur.de.vries`\n"
    );
    let bad = add(&["--id", "c-1", "--email", "noor at voorbeeld"]).failure(1);
    assert!(
        bad.stderr.starts_with("candidates/c-1/candidate.yaml:"),
        "{}",
        bad.stderr
    );
    assert!(!dir.join("candidates/c-1").exists(), "nothing was written");
    add(&["--id", "c-1", "--email", "noor@voorbeeld.example"]).success();
    // The name letters greet them by is written too, so the file reads back as meant.
    add(&[
        "--id",
        "c-2",
        "--email",
        "noor@voorbeeld.example",
        "--given-name",
        "Noor",
    ])
    .success();
    let text = std::fs::read_to_string(dir.join("candidates/c-2/candidate.yaml")).unwrap();
    assert!(
        text.contains("\nname: \"Noor el Idrissi\"\ngiven_name: \"Noor\"\n"),
        "{text}"
    );
    assert_eq!(
        add(&["--id", "c-1", "--email", "noor@voorbeeld.example"])
            .failure(1)
            .stderr,
        "error: candidates/c-1 already exists: candidate `c-1` was added before; choose another --id\n"
    );
}

#[test]
fn completions_are_generated_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = hirekit_in(&repo_root(), &["completions", shell]).success();
        assert!(run.stdout.contains("hirekit"), "{shell}");
        assert!(
            run.stdout.contains("interviewer"),
            "{shell}: options complete"
        );
    }
}

/// `docs/man/` holds the pages `hirekit man --out` writes, byte for byte.
#[test]
fn the_manual_pages_in_docs_are_up_to_date() {
    let tmp = tempfile::tempdir().unwrap();
    hirekit_in(tmp.path(), &["man", "--out", "man"]).success();
    let names = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    let fresh = tmp.path().join("man");
    let docs = repo_root().join("docs/man");
    let hint =
        "docs/man is out of date: run `cargo run -- man --out docs/man` and commit the pages";
    assert_eq!(names(&fresh), names(&docs), "{hint}");
    for name in names(&fresh) {
        assert!(
            std::fs::read(fresh.join(&name)).unwrap() == std::fs::read(docs.join(&name)).unwrap(),
            "{name}: {hint}"
        );
    }
    assert!(names(&fresh).contains(&"hirekit-candidate-add.1".to_owned()));
}
