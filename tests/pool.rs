//! `hirekit pool`: a talent pool over a year, refusal without consent, the three-month warning,
//! drafts that are never the same for two people, matching a new vacancy, and the spreadsheet
//! out and back in, on the folder and on the database.

use std::path::{Path, PathBuf};

use crate::db::{databases, files};
use crate::util::{edit, example_copy, hirekit_in};

/// The example folder with the letters written and consent recorded:
///
/// - c-2026-017: rejected on the requirements as a near miss, letter 2026-11-20 (reconnect
///   2027-05-01), consent 2026-11-25 until 2027-11-25;
/// - c-2026-023: a runner-up (another candidate chosen, no requirement missed), letter
///   2026-11-23 (reconnect 2027-05-01), consent 2026-11-26 until 2027-11-26;
/// - c-2026-014: rejected, said no to the talent pool at the decision.
///
/// Beside the repository's scorecards, `platform-engineer` shares criteria with the senior
/// backend developer's: `testing-quality` under another id with the same requirement, the
/// rest under the same ids.
fn lettered_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let run = |args: &[&str]| hirekit_in(&root, args).success();
    run(&[
        "feedback",
        "c-2026-014",
        "c-2026-017",
        "--today",
        "2026-11-20",
    ]);
    run(&["feedback", "c-2026-023", "--today", "2026-11-23"]);
    for (id, on, until) in [
        ("c-2026-017", "2026-11-25", "2027-11-25"),
        ("c-2026-023", "2026-11-26", "2027-11-26"),
    ] {
        run(&[
            "privacy", "consent", id, "--given", "--on", on, "--how", "email", "--until", until,
        ]);
    }
    let platform = dir.path().join("scorecards/platform-engineer.yaml");
    std::fs::copy(
        dir.path().join("scorecards/senior-backend-developer.yaml"),
        &platform,
    )
    .unwrap();
    edit(
        &platform,
        "id: senior-backend-developer",
        "id: platform-engineer",
    );
    edit(
        &platform,
        "title: { nl: Senior backend-developer, en: Senior backend developer }",
        "title: { nl: Platform-engineer, en: Platform engineer }",
    );
    edit(
        &platform,
        "  - id: testing-quality",
        "  - id: test-strategy",
    );
    (dir, root)
}

fn add_people(root: &Path) {
    let run = |args: &[&str]| hirekit_in(root, args).success();
    run(&["pool", "add", "c-2026-017", "--today", "2026-11-30"]);
    run(&["pool", "add", "c-2026-023", "--today", "2026-11-30"]);
    run(&[
        "pool",
        "add",
        "--kind",
        "event",
        "--name",
        "Noor Vermeulen",
        "--given-name",
        "Noor",
        "--person-language",
        "nl",
        "--area",
        "senior-backend-developer",
        "--strength",
        "api-design",
        "--consent-on",
        "2026-12-01",
        "--consent-until",
        "2027-12-01",
        "--consent-how",
        "conversation",
        "--today",
        "2026-12-01",
    ]);
}

/// `pool due` on each day, one after the other.
fn due_on(root: &Path, days: &[&str], lang: &str) -> String {
    let mut out = String::new();
    for day in days {
        let run = hirekit_in(root, &["pool", "due", "--today", day, "--lang", lang]).success();
        out.push_str(&format!("== {day}\n{}", run.stdout));
    }
    out
}

/// A new vacancy: a candidate for `platform-engineer` still in the procedure.
fn open_platform_vacancy(root: &Path) {
    let dir = root.join("candidates/c-2027-031");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("candidate.yaml"),
        "id: c-2027-031\nname: Invented Person\nemail: invented@example.org\nlanguage: en\nscorecard: platform-engineer\n",
    )
    .unwrap();
}

#[test]
fn a_year_of_the_pool_around_every_cadence_boundary() {
    let (_dir, root) = lettered_folder();
    add_people(&root);
    let log = |args: &[&str]| {
        let mut all = vec!["pool", "log"];
        all.extend_from_slice(args);
        hirekit_in(&root, &all).success();
    };
    for lang in ["nl", "en"] {
        let (_dir, root) = lettered_folder();
        add_people(&root);
        let log = |args: &[&str]| {
            let mut all = vec!["pool", "log"];
            all.extend_from_slice(args);
            hirekit_in(&root, &all).success();
        };
        let mut out = due_on(
            &root,
            &[
                "2027-03-31", // the day before the first check-in of the person added by hand
                "2027-04-01", // four months after she was added
                "2027-04-30", // the day before the month named in the letters
                "2027-05-01", // the first contact with both candidates
            ],
            lang,
        );
        log(&[
            "c-2026-017",
            "--on",
            "2027-05-03",
            "--channel",
            "phone",
            "--topic",
            "his move to Go",
            "--next-action",
            "invite to the Go meetup",
            "--next-date",
            "2027-06-15",
            "--today",
            "2027-05-03",
        ]);
        log(&[
            "p-001",
            "--on",
            "2027-05-04",
            "--channel",
            "meeting",
            "--topic",
            "API versioning in her team",
            "--today",
            "2027-05-04",
        ]);
        log(&[
            "c-2026-023",
            "--on",
            "2027-05-10",
            "--channel",
            "video",
            "--topic",
            "a platform role later this year",
            "--today",
            "2027-05-10",
        ]);
        out.push_str("-- contacts logged on 2027-05-03, 2027-05-04 and 2027-05-10\n");
        out.push_str(&due_on(
            &root,
            &[
                "2027-05-11", // everyone contacted: nobody due
                "2027-06-14", // the day before a next action
                "2027-06-15", // the next action's day
                "2027-09-02", // the day before the first check-in after a contact
                "2027-09-03", // four months after the contact of 2027-05-03
                "2027-09-04",
                "2027-09-10",
            ],
            lang,
        ));
        open_platform_vacancy(&root);
        out.push_str("-- a platform-engineer vacancy opens\n");
        out.push_str(&due_on(
            &root,
            &[
                "2027-09-11",
                "2027-11-24", // the last day of a consent
                "2027-11-25", // consent ended: no longer contacted
            ],
            lang,
        ));
        insta::assert_snapshot!(format!("pool_due_year_{lang}"), out);
    }
    // The JSON carries the same list, with every reason's dates.
    log(&[
        "c-2026-017",
        "--on",
        "2027-05-03",
        "--channel",
        "phone",
        "--topic",
        "his move to Go",
        "--today",
        "2027-05-03",
    ]);
    let json = hirekit_in(
        &root,
        &["pool", "due", "--today", "2027-05-03", "--format", "json"],
    )
    .success()
    .json();
    assert_eq!(
        json,
        serde_json::json!({
            "today": "2027-05-03",
            "due": [
                {
                    "member": "p-001",
                    "name": "Noor Vermeulen",
                    "from": "2027-04-01",
                    "reasons": [{"reason": "check_in", "last": "2026-12-01", "on": "2027-04-01", "since_added": true}],
                    "consent_until": "2027-12-01"
                },
                {
                    "member": "c-2026-023",
                    "name": "Олена Шевченко",
                    "from": "2027-05-01",
                    "reasons": [{"reason": "reconnect", "on": "2027-05-01"}],
                    "consent_until": "2027-11-26"
                }
            ],
            "without_consent": []
        })
    );
}

#[test]
fn nobody_joins_without_consent_or_as_a_clear_rejection() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    hirekit_in(
        &root,
        &[
            "feedback",
            "c-2026-014",
            "c-2026-017",
            "--today",
            "2026-11-20",
        ],
    )
    .success();
    let refused = hirekit_in(
        &root,
        &["pool", "add", "c-2026-017", "--today", "2026-11-30"],
    )
    .failure(1);
    assert_eq!(
        refused.stderr,
        "error: `c-2026-017` has no talent-pool consent in force on 2026-11-30: nobody joins the pool without it; record their answer first (hirekit privacy consent c-2026-017 --given --on DATE --how HOW --until DATE); nothing was added\n"
    );
    let refused = hirekit_in(
        &root,
        &["pool", "add", "c-2026-014", "--today", "2026-11-30"],
    )
    .failure(1);
    assert_eq!(
        refused.stderr,
        "error: `c-2026-014` was neither a near miss nor a runner-up (another candidate chosen, no requirement missed), or said no to the talent pool at the decision: their letter offers no reconnect; nothing was added\n"
    );
    let refused = hirekit_in(
        &root,
        &["pool", "add", "c-2026-011", "--today", "2026-11-30"],
    )
    .failure(1);
    assert_eq!(
        refused.stderr,
        "error: `c-2026-011` was not rejected: only rejected candidates, and people added with --kind, join the talent pool; nothing was added\n"
    );
    // A person added by hand whose consent has already ended.
    let refused = hirekit_in(
        &root,
        &[
            "pool",
            "add",
            "--kind",
            "referred",
            "--name",
            "Sam de Boer",
            "--person-language",
            "nl",
            "--area",
            "senior-backend-developer",
            "--consent-on",
            "2026-01-10",
            "--consent-until",
            "2026-11-01",
            "--consent-how",
            "email",
            "--today",
            "2026-11-30",
        ],
    )
    .failure(1);
    assert_eq!(
        refused.stderr,
        "error: the consent given on 2026-01-10 is not in force on 2026-11-30: nobody joins the pool without it; nothing was added\n"
    );
    assert!(!root.join("pool.yaml").exists(), "nothing may be written");
    // Consent recorded: now the same candidate joins.
    hirekit_in(
        &root,
        &[
            "privacy",
            "consent",
            "c-2026-017",
            "--given",
            "--on",
            "2026-11-25",
            "--how",
            "email",
            "--until",
            "2027-11-25",
        ],
    )
    .success();
    let added = hirekit_in(
        &root,
        &["pool", "add", "c-2026-017", "--today", "2026-11-30"],
    )
    .success();
    assert_eq!(
        added.stdout,
        "c-2026-017 is toegevoegd aan de talentenpool (pool.yaml).\n"
    );
    // Withdrawn: the list names the member as not to be contacted, and a draft is refused.
    hirekit_in(
        &root,
        &[
            "privacy",
            "consent",
            "c-2026-017",
            "--refused",
            "--on",
            "2027-01-15",
            "--how",
            "email",
        ],
    )
    .success();
    let due = hirekit_in(
        &root,
        &["pool", "due", "--today", "2027-05-01", "--lang", "en"],
    )
    .success();
    assert_eq!(
        due.stdout,
        "Nobody to contact on 2027-05-01.\n\nNot contacted, no talent-pool consent in force: c-2026-017 (see `hirekit privacy due`).\n"
    );
    hirekit_in(
        &root,
        &["pool", "draft", "c-2026-017", "--today", "2027-05-01"],
    )
    .failure(1)
    .stderr_has("has no talent-pool consent in force on 2027-05-01");
}

#[test]
fn a_contact_within_three_months_of_the_previous_one_is_warned_about() {
    let (_dir, root) = lettered_folder();
    add_people(&root);
    let log = |on: &str| {
        hirekit_in(
            &root,
            &[
                "pool",
                "log",
                "p-001",
                "--on",
                on,
                "--channel",
                "email",
                "--topic",
                "the meetup",
                "--today",
                "2027-12-01",
                "--lang",
                "en",
            ],
        )
        .success()
    };
    let first = log("2027-02-28");
    assert_eq!(first.stderr, "");
    let soon = log("2027-05-27");
    assert_eq!(
        soon.transcript(),
        "exit: 0\n--- stdout\nContact with p-001 on 2027-05-27 logged (pool.yaml).\n--- stderr\nwarning: this contact comes within three months of the previous one (2027-02-28): two or three contacts a year keep it personal, not pushy.\n"
    );
    // Three months to the day after the previous one: no warning.
    let later = log("2027-08-27");
    assert_eq!(later.stderr, "");
    // Never a contact in the future.
    hirekit_in(
        &root,
        &[
            "pool",
            "log",
            "p-001",
            "--on",
            "2027-12-02",
            "--channel",
            "email",
            "--topic",
            "x",
            "--today",
            "2027-12-01",
        ],
    )
    .failure(1)
    .stderr_has("is after today (2027-12-01)");
}

#[test]
fn drafts_are_personal_and_never_the_same_for_two_people() {
    let (_dir, root) = lettered_folder();
    add_people(&root);
    let draft = |id: &str| hirekit_in(&root, &["pool", "draft", id, "--today", "2027-05-01"]);
    let mut seen = String::new();
    for id in ["c-2026-023", "p-001"] {
        seen.push_str(&draft(id).success().transcript());
    }
    hirekit_in(
        &root,
        &[
            "pool",
            "log",
            "c-2026-017",
            "--on",
            "2027-05-03",
            "--channel",
            "phone",
            "--topic",
            "your move to Go",
            "--today",
            "2027-05-03",
        ],
    )
    .success();
    seen.push_str(
        &hirekit_in(
            &root,
            &[
                "pool",
                "draft",
                "c-2026-017",
                "--reason",
                "vacancy",
                "--vacancy",
                "platform-engineer",
                "--today",
                "2027-05-03",
            ],
        )
        .success()
        .transcript(),
    );
    insta::assert_snapshot!("pool_drafts", seen);

    // Two people with the same first name, met the same day, with the same strength and consent:
    // their first message would be word for word the same.
    let add_sam = |name: &str| {
        hirekit_in(
            &root,
            &[
                "pool",
                "add",
                "--kind",
                "event",
                "--name",
                name,
                "--given-name",
                "Sam",
                "--person-language",
                "nl",
                "--area",
                "senior-backend-developer",
                "--strength",
                "mentoring",
                "--consent-on",
                "2027-01-10",
                "--consent-until",
                "2028-01-10",
                "--consent-how",
                "conversation",
                "--today",
                "2027-01-10",
            ],
        )
        .success();
    };
    add_sam("Sam de Boer");
    add_sam("Sam Jansen");
    draft("p-002").success();
    let before = std::fs::read(root.join("pool.yaml")).unwrap();
    let refused = draft("p-003").failure(1);
    assert!(
        refused.stderr.starts_with(
            "error: this message is word for word the one drafted for `p-002` on 2027-05-01"
        ),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read(root.join("pool.yaml")).unwrap(), before);
    // Once the last conversation is logged, the message names it and differs.
    hirekit_in(
        &root,
        &[
            "pool",
            "log",
            "p-003",
            "--on",
            "2027-04-20",
            "--channel",
            "phone",
            "--topic",
            "je nieuwe team",
            "--today",
            "2027-05-01",
        ],
    )
    .success();
    draft("p-003")
        .success()
        .stdout_has("Op 20 april 2027 spraken we over je nieuwe team.");
    // The same person may get the same text again (a second look at it, not a second person).
    draft("p-002").success();
}

#[test]
fn the_guard_flags_mass_mailing_phrasing_in_both_languages() {
    use hirekit_guard::{Guard, Kind, Severity};
    use hirekit_scorecard::Language;
    for (text, lang) in [
        (
            "Beste Noor,\n\nZou je interesse hebben in een nieuwe rol?",
            Language::Nl,
        ),
        (
            "Dear Noor,\n\nI came across your profile and wanted to reach out.",
            Language::En,
        ),
    ] {
        let found = Guard::builtin().check_text(text, lang);
        let kinds: Vec<(Kind, Severity)> = found.iter().map(|f| (f.kind, f.severity)).collect();
        assert_eq!(kinds, [(Kind::MassMessage, Severity::Warning)], "{text}");
    }
    // A message as `pool draft` writes it has none.
    let clean = "Beste Noor,\n\nOp 4 mei 2027 spraken we over API-versies in je team.\n\nIk ben benieuwd hoe het je sindsdien is vergaan. Heb je de komende weken tijd voor een kort gesprek?";
    assert!(Guard::builtin().check_text(clean, Language::Nl).is_empty());
}

#[test]
fn a_new_vacancy_starts_from_warm_contacts_with_the_evidence() {
    let (_dir, root) = lettered_folder();
    add_people(&root);
    let mut out = String::new();
    for lang in ["nl", "en"] {
        out.push_str(
            &hirekit_in(
                &root,
                &[
                    "pool",
                    "match",
                    "platform-engineer",
                    "--today",
                    "2027-05-01",
                    "--lang",
                    lang,
                ],
            )
            .success()
            .stdout,
        );
    }
    out.push_str(
        &hirekit_in(
            &root,
            &[
                "pool",
                "match",
                "data-engineer",
                "--today",
                "2027-05-01",
                "--lang",
                "en",
            ],
        )
        .success()
        .stdout,
    );
    insta::assert_snapshot!("pool_match", out);
    let json = hirekit_in(
        &root,
        &[
            "pool",
            "match",
            "platform-engineer",
            "--today",
            "2027-05-01",
            "--format",
            "json",
        ],
    )
    .success()
    .json();
    let evidence = &json[0]["evidence"];
    assert!(
        evidence
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["criterion"] == "test-strategy"
                && e["earlier"] == "testing-quality"
                && e["via"] == "same_requirement"),
        "{json:#}"
    );
}

fn export_import(root: &Path, file: &str, extra: &[&str]) {
    let mut args = vec!["pool", "export", file, "--today", "2027-05-01"];
    args.extend_from_slice(extra);
    hirekit_in(root, &args).success();
    let mut args = vec![
        "pool",
        "import",
        file,
        "--today",
        "2027-05-01",
        "--lang",
        "en",
    ];
    args.extend_from_slice(extra);
    let imported = hirekit_in(root, &args).success();
    assert!(
        imported
            .stdout
            .starts_with(&format!("0 members changed from {file} (")),
        "{}",
        imported.stdout
    );
}

#[test]
fn the_spreadsheet_goes_out_and_back_in_unchanged_on_folder_and_database() {
    let (dir, root) = lettered_folder();
    add_people(&root);
    hirekit_in(
        &root,
        &[
            "pool",
            "log",
            "c-2026-017",
            "--on",
            "2027-05-03",
            "--channel",
            "phone",
            "--topic",
            "his move to Go, \"soon\"",
            "--next-action",
            "invite to the Go meetup",
            "--next-date",
            "2027-06-15",
            "--today",
            "2027-05-03",
        ],
    )
    .success();
    let before = std::fs::read_to_string(root.join("pool.yaml")).unwrap();
    for file in ["pool.xlsx", "pool.csv"] {
        export_import(&root, file, &[]);
        assert_eq!(
            std::fs::read_to_string(root.join("pool.yaml")).unwrap(),
            before
        );
    }
    insta::assert_snapshot!(
        "pool_export_csv",
        std::fs::read_to_string(root.join("pool.csv")).unwrap()
    );
    // A change made in the spreadsheet comes back.
    let csv = root.join("pool.csv");
    edit(
        &csv,
        "invite to the Go meetup,2027-06-15",
        "call about the platform role,2027-07-01",
    );
    let imported = hirekit_in(&root, &["pool", "import", "pool.csv", "--lang", "en"]).success();
    assert_eq!(
        imported.stdout,
        "1 member changed from pool.csv (pool.yaml).\n"
    );
    let after = std::fs::read_to_string(root.join("pool.yaml")).unwrap();
    assert_eq!(
        after,
        before.replace(
            "action: invite to the Go meetup\n    \"on\": \"2027-06-15\"",
            "action: call about the platform role\n    \"on\": \"2027-07-01\""
        )
    );
    assert_ne!(after, before);

    // The database: the pool travels with `db import` and `db export`, and the spreadsheet goes
    // out and back in there too.
    for db in databases(dir.path(), "pool") {
        let imported = hirekit_in(
            dir.path(),
            &[
                "db",
                "import",
                "hiring",
                "--database",
                &db.url,
                "--today",
                "2027-05-01",
            ],
        )
        .success();
        assert!(
            imported
                .stdout
                .ends_with("imported 3 talent-pool members\n"),
            "{}",
            imported.stdout
        );
        let on_db = |args: &[&str]| {
            let mut all = args.to_vec();
            all.extend(["--database", &db.url]);
            hirekit_in(dir.path(), &all).success()
        };
        let listed = on_db(&["pool", "list", "--today", "2027-05-01", "--lang", "en"]);
        // Consent travels with `db import`: the database lists the pool as the folder does.
        let on_folder = hirekit_in(
            &root,
            &["pool", "list", "--today", "2027-05-01", "--lang", "en"],
        )
        .success();
        assert_eq!(listed.stdout, on_folder.stdout, "{}", db.name);
        insta::assert_snapshot!("pool_list_database", listed.stdout);
        for file in ["db-pool.xlsx", "db-pool.csv"] {
            export_import(dir.path(), file, &["--database", &db.url]);
            std::fs::remove_file(dir.path().join(file)).unwrap();
        }
        let exported = dir.path().join(format!("exported-{}", db.name));
        on_db(&["db", "export", exported.to_str().unwrap()]);
        let pool_yaml = files(&exported)
            .into_iter()
            .find(|(name, _)| name == "pool.yaml")
            .map(|(_, bytes)| String::from_utf8(bytes).unwrap());
        assert_eq!(pool_yaml.as_deref(), Some(after.as_str()), "{}", db.name);
    }
}

#[test]
fn bad_spreadsheet_rows_are_named_by_row_and_column() {
    let (_dir, root) = lettered_folder();
    add_people(&root);
    let before = std::fs::read(root.join("pool.yaml")).unwrap();
    std::fs::write(
        root.join("bad.csv"),
        "id,name,last contact,area of interest,next action,next date,consent until\n\
         c-2026-017,Łukasz Wójcik,,senior-backend-developer,call him,15-06-2027,2027-11-25\n\
         c-2026-099,Someone,,senior-backend-developer,,,\n\
         c-2026-023,Olena,,senior-backend-develper,,,2027-12-31\n\
         p-001,Noor Vermeulen,,senior-backend-developer,,2027-07-01,2027-12-01\n\
         p-001,Noor Vermeulen,,senior-backend-developer,,,2027-12-01\n",
    )
    .unwrap();
    let run = hirekit_in(&root, &["pool", "import", "bad.csv"]).failure(1);
    insta::assert_snapshot!("pool_import_bad_rows", run.transcript());
    assert_eq!(std::fs::read(root.join("pool.yaml")).unwrap(), before);
    // Not a spreadsheet at all.
    std::fs::write(root.join("bad.xlsx"), "id,name\n").unwrap();
    hirekit_in(&root, &["pool", "import", "bad.xlsx"])
        .failure(1)
        .stderr_has("error: bad.xlsx: not a readable .xlsx file:");
    hirekit_in(&root, &["pool", "export", "pool.txt"])
        .failure(1)
        .stderr_has("the file name ends in .xlsx or .csv");
}

/// The end of the year, as a recruiter lives it: a contact logged with a note, the renewal
/// request a week before consent ends, no answer, the purge after the grace week, and then the
/// candidate is gone from the pool list, the due list, a match and the export, with their
/// contact note. On a folder and on a database alike (whole outputs, anonymous ids masked).
fn end_of_the_year(root: &Path, extra: &[&str]) -> String {
    let run = |args: &[&str], ok: bool| {
        let mut all = args.to_vec();
        all.extend_from_slice(extra);
        let run = hirekit_in(root, &all);
        let run = if ok { run.success() } else { run.failure(1) };
        let text = format!("{}{}", run.stdout, run.stderr);
        let mut masked = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("anon-") {
            masked.push_str(&rest[..at]);
            masked.push_str("anon-XXXXXXXXXXXX");
            rest = rest.get(at + 17..).unwrap_or("");
        }
        masked.push_str(rest);
        masked
    };
    let mut out = String::new();
    let mut step = |title: &str, args: &[&str], ok: bool| {
        let mut text = run(args, ok);
        // Where the contact went: pool.yaml, or the database (named by its temporary path).
        if let (Some(open), Some(close)) = (text.find("vastgelegd ("), text.rfind(").")) {
            text.replace_range(open + "vastgelegd (".len()..close, "POOL");
        }
        out.push_str(&format!("== {title}\n{text}"));
    };
    step(
        "log",
        &[
            "pool",
            "log",
            "c-2026-017",
            "--on",
            "2027-05-03",
            "--channel",
            "phone",
            "--topic",
            "his move to Go",
            "--note",
            "Zxq Privenote",
            "--today",
            "2027-05-03",
        ],
        true,
    );
    step(
        "privacy due 2027-11-18",
        &["privacy", "due", "--today", "2027-11-18", "--lang", "en"],
        true,
    );
    step(
        "privacy purge 2027-12-03 --apply",
        &[
            "privacy",
            "purge",
            "--today",
            "2027-12-03",
            "--apply",
            "--lang",
            "en",
        ],
        true,
    );
    step(
        "pool list",
        &["pool", "list", "--today", "2027-12-03", "--lang", "en"],
        true,
    );
    step(
        "pool due",
        &["pool", "due", "--today", "2027-12-03", "--lang", "en"],
        true,
    );
    step(
        "pool match",
        &[
            "pool",
            "match",
            "platform-engineer",
            "--today",
            "2027-12-03",
            "--lang",
            "en",
        ],
        true,
    );
    step(
        "privacy export c-2026-017",
        &["privacy", "export", "c-2026-017", "--today", "2027-12-03"],
        false,
    );
    out
}

#[test]
fn after_the_year_a_purged_candidate_is_gone_from_the_pool() {
    let (_dir, root) = lettered_folder();
    add_people(&root);
    let folder = end_of_the_year(&root, &[]);
    insta::assert_snapshot!("pool_end_of_the_year", folder);
    let pool = std::fs::read_to_string(root.join("pool.yaml")).unwrap();
    assert!(
        !pool.contains("c-2026-017") && !pool.contains("Zxq"),
        "{pool}"
    );
    let work = tempfile::tempdir().unwrap();
    for db in crate::db::databases(work.path(), "pool_end_of_year") {
        let (dir, root) = lettered_folder();
        add_people(&root);
        hirekit_in(
            dir.path(),
            &[
                "db",
                "import",
                "hiring",
                "--database",
                &db.url,
                "--today",
                "2026-12-01",
            ],
        )
        .success();
        std::fs::remove_dir_all(root.join("candidates")).unwrap();
        std::fs::remove_file(root.join("pool.yaml")).unwrap();
        let database = end_of_the_year(&root, &["--database", &db.url]);
        assert_eq!(database, folder, "{}", db.name);
    }
}
