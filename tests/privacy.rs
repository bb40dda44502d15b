//! `hirekit privacy`: what is due around every deadline, consent limits, purge, export, erase.

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use crate::util::{edit, example_copy, hirekit_in, pdf_tool};

/// The days around every deadline of [`dated_folder`].
const DAYS: [&str; 11] = [
    "2026-12-17", // the day before the first deletion
    "2026-12-18", // the day it is due
    "2026-12-19", // the day after
    "2026-12-22", // a withdrawal counted from the last interview
    "2026-12-24", // the last day of the first grace week
    "2026-12-25", // the first purge
    "2026-12-26", // the day after it
    "2027-11-17", // the day before the renewal request
    "2027-11-18", // the renewal request, a week before consent ends
    "2027-11-24", // the day before consent ends
    "2027-11-25", // consent ends: deletion due
];

/// The example folder with letters and consent at known dates:
///
/// - c-2026-014: rejected, refused the talent pool at the decision; letter 2026-11-20, so
///   deletion is due 2026-12-18 and the purge comes 2026-12-25;
/// - c-2026-017: rejected, consent given 2026-11-25 until 2027-11-25: renewal asked from
///   2027-11-18, deletion due 2027-11-25, purge 2027-12-02;
/// - c-2026-023: rejected, `talent_pool_consent: true` but no dated consent; letter 2026-11-23,
///   deletion due 2026-12-21, purge 2026-12-28;
/// - c-2026-020: withdrew, no decision date: counted from the last interview (2026-11-24), due
///   2026-12-22, purge 2026-12-29;
/// - c-2026-011: advancing, nothing due.
fn dated_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = letters_written();
    let root = dir.path().join("hiring");
    record_consent(&root, &[]);
    (dir, root)
}

/// The example folder with the letters of [`dated_folder`] and c-2026-020's withdrawal, but no
/// consent recorded yet.
fn letters_written() -> tempfile::TempDir {
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
    let c020 = root.join("candidates/c-2026-020/candidate.yaml");
    let mut text = std::fs::read_to_string(&c020).unwrap();
    text.push_str("decision: withdrawn\n");
    std::fs::write(&c020, text).unwrap();
    dir
}

/// c-2026-017's consent, given 2026-11-25 until 2027-11-25, recorded with `extra` options
/// (`--database URL` for a database); returns what the command printed.
fn record_consent(dir: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "privacy",
        "consent",
        "c-2026-017",
        "--given",
        "--on",
        "2026-11-25",
        "--how",
        "letter-reply",
        "--until",
        "2027-11-25",
    ];
    args.extend_from_slice(extra);
    hirekit_in(dir, &args).success().stdout
}

/// The scenario of [`dated_folder`] in a database: the letters written in a folder, imported,
/// the folder's candidates removed (so nothing can be read from it), and the consent recorded
/// in the database. Commands run in the folder, where the letters are, with `--database`.
fn dated_database(db: &crate::db::TestDb) -> (tempfile::TempDir, PathBuf) {
    let dir = letters_written();
    let root = dir.path().join("hiring");
    hirekit_in(
        dir.path(),
        &[
            "db",
            "import",
            "hiring",
            "--database",
            &db.url,
            "--today",
            "2026-11-25",
        ],
    )
    .success();
    std::fs::remove_dir_all(root.join("candidates")).unwrap();
    let recorded = record_consent(&root, &["--database", &db.url]);
    assert_eq!(
        recorded,
        "Vastgelegd in candidates/c-2026-017/consent.yaml: 1 antwoord.\n"
    );
    (dir, root)
}

/// The output of `privacy due` on each day, one after the other (in the folder's language, Dutch).
fn due_on(root: &Path, days: &[&str]) -> String {
    due_on_in(root, days, &[])
}

fn due_on_in(root: &Path, days: &[&str], extra: &[&str]) -> String {
    let mut out = String::new();
    for day in days {
        let mut args = vec!["privacy", "due", "--today", day];
        args.extend_from_slice(extra);
        let run = hirekit_in(root, &args).success();
        out.push_str(&format!("== {day}\n{}", run.stdout));
    }
    out
}

#[test]
fn due_around_every_deadline() {
    let (_dir, root) = dated_folder();
    insta::assert_snapshot!("privacy_due_days", due_on(&root, &DAYS));
}

/// `--lang en` speaks English in a Dutch folder; the renewal request stays in the candidate's
/// language.
#[test]
fn due_and_purge_in_english() {
    let (_dir, root) = dated_folder();
    let mut out = due_on_in(&root, &["2026-12-17", "2027-11-18"], &["--lang", "en"]);
    for day in ["2026-12-24", "2026-12-25"] {
        let run =
            hirekit_in(&root, &["privacy", "purge", "--today", day, "--lang", "en"]).success();
        out.push_str(&format!("== purge {day}\n{}", run.stdout));
    }
    insta::assert_snapshot!("privacy_due_purge_english", out);
}

#[test]
fn due_as_json() {
    let (_dir, root) = dated_folder();
    let run = hirekit_in(
        &root,
        &[
            "privacy",
            "due",
            "--today",
            "2027-11-18",
            "--format",
            "json",
        ],
    )
    .success();
    insta::assert_snapshot!("privacy_due_json", run.stdout);
}

#[test]
fn purge_waits_for_the_grace_week() {
    let (_dir, root) = dated_folder();
    let mut out = String::new();
    for day in ["2026-12-24", "2026-12-25"] {
        let run = hirekit_in(&root, &["privacy", "purge", "--today", day]).success();
        out.push_str(&format!("== {day}\n{}", run.stdout));
    }
    insta::assert_snapshot!("privacy_purge_plan", out);
    // Showing changes nothing.
    assert!(root.join("candidates/c-2026-014/candidate.yaml").is_file());
    assert!(root.join("out/c-2026-014.pdf").is_file());
    assert!(!root.join("privacy-audit.log").exists());
}

/// `anon-` and twelve hex digits, as `anon-XXXXXXXXXXXX`, so outputs can be compared whole.
fn mask_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("anon-") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 5..];
        let hex = tail
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
            .count();
        if hex == 12 {
            out.push_str("anon-XXXXXXXXXXXX");
            rest = &tail[12..];
        } else {
            out.push_str("anon-");
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

fn listing(root: &Path, sub: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join(sub))
        .unwrap()
        .map(|e| mask_ids(&e.unwrap().file_name().to_string_lossy()))
        .collect();
    names.sort();
    names
}

#[test]
fn purge_apply_anonymises_and_keeps_the_numbers() {
    let (_dir, root) = dated_folder();
    let report = || {
        hirekit_in(
            &root,
            &["report", "--today", "2026-12-28", "--format", "json"],
        )
        .success()
        .json()
    };
    let before = report();
    let run = hirekit_in(
        &root,
        &["privacy", "purge", "--today", "2026-12-28", "--apply"],
    )
    .success();
    // Calibration, decision and letter timeliness count the anonymous candidates as before.
    let after = report();
    for key in ["interviewers", "decisions", "feedback"] {
        assert_eq!(after[key], before[key], "{key}");
    }
    insta::assert_snapshot!("privacy_purge_applied", mask_ids(&run.stdout));
    assert_eq!(
        listing(&root, "candidates"),
        [
            "anon-XXXXXXXXXXXX",
            "anon-XXXXXXXXXXXX",
            "c-2026-011",
            "c-2026-017",
            "c-2026-020"
        ]
    );
    assert_eq!(
        listing(&root, "out"),
        ["c-2026-017.eml", "c-2026-017.pdf", "c-2026-017.txt"]
    );
    let audit = std::fs::read_to_string(root.join("privacy-audit.log")).unwrap();
    assert_eq!(
        mask_ids(&audit),
        "2026-12-28 purge anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=reject ground=retention due=2026-12-18 removed=4\n\
         2026-12-28 purge anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=reject ground=retention due=2026-12-21 removed=4\n"
    );
    // The anonymous candidates still load and count: score lists them with their ratings.
    let score = hirekit_in(&root, &["score", "--format", "json"]).success();
    let json = score.json();
    let anonymous: Vec<&serde_json::Value> = json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["id"].as_str().unwrap().starts_with("anon-"))
        .collect();
    assert_eq!(anonymous.len(), 2, "{json:#}");
    for c in anonymous {
        assert!(c["overall"].as_f64().is_some(), "{c:#}");
    }
    // A second run has nothing left to do and writes no second line.
    let again = hirekit_in(
        &root,
        &["privacy", "purge", "--today", "2026-12-28", "--apply"],
    )
    .success();
    assert_eq!(
        again.stdout,
        "Niets op te schonen op 2026-12-28.\nIn de respijtweek: c-2026-020 (deadline 2026-12-22), opgeschoond vanaf 2026-12-29\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("privacy-audit.log")).unwrap(),
        audit
    );
}

#[test]
fn consent_longer_than_a_year_is_refused() {
    let (_dir, root) = dated_folder();
    let before = std::fs::read_to_string(root.join("candidates/c-2026-017/consent.yaml")).unwrap();
    let run = hirekit_in(
        &root,
        &[
            "privacy",
            "consent",
            "c-2026-017",
            "--given",
            "--on",
            "2027-11-20",
            "--how",
            "email",
            "--until",
            "2028-11-21",
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: consent given on 2027-11-20 runs until 2028-11-21, longer than 12 months (at most 2028-11-20); nothing was recorded\n"
    );
    let run = hirekit_in(
        &root,
        &[
            "privacy",
            "consent",
            "c-2026-017",
            "--given",
            "--on",
            "2027-11-20",
            "--how",
            "email",
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: consent given on 2027-11-20 has no end date (`until`); consent is kept at most 12 months; nothing was recorded\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("candidates/c-2026-017/consent.yaml")).unwrap(),
        before
    );
}

#[test]
fn a_hand_written_consent_past_its_limit_is_located() {
    let (_dir, root) = dated_folder();
    edit(
        &root.join("candidates/c-2026-017/consent.yaml"),
        "until: \"2027-11-25\"",
        "until: \"2027-12-25\"",
    );
    let run = hirekit_in(&root, &["privacy", "due", "--today", "2026-12-01"]).failure(1);
    insta::assert_snapshot!("privacy_consent_located", run.stderr);
}

#[test]
fn erase_now_with_an_audit_line() {
    let (_dir, root) = dated_folder();
    let run = hirekit_in(
        &root,
        &["privacy", "erase", "c-2026-017", "--today", "2026-12-01"],
    )
    .success();
    assert_eq!(
        mask_ids(&run.stdout),
        "De persoonsgegevens van c-2026-017 zijn gewist; de anonieme beoordelingen blijven staan als anon-XXXXXXXXXXXX.\n"
    );
    assert!(!root.join("candidates/c-2026-017").exists());
    assert!(!root.join("out/c-2026-017.pdf").exists());
    let audit = std::fs::read_to_string(root.join("privacy-audit.log")).unwrap();
    assert_eq!(
        mask_ids(&audit),
        "2026-12-01 erase anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=reject ground=erasure_request due=2026-12-01 removed=4\n"
    );
}

#[test]
fn export_as_json_and_pdf() {
    let (dir, root) = dated_folder();
    let out = dir.path().join("export");
    hirekit_in(
        &root,
        &[
            "privacy",
            "export",
            "c-2026-017",
            "--today",
            "2026-12-01",
            "--out",
            out.to_str().unwrap(),
        ],
    )
    .success();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("c-2026-017.json")).unwrap())
            .unwrap();
    assert_eq!(json["candidate"]["name"], "Łukasz Wójcik");
    assert_eq!(json["consent"][0]["until"], "2027-11-25");
    assert_eq!(
        json["letter_files"],
        serde_json::json!([
            "out/c-2026-017.eml",
            "out/c-2026-017.pdf",
            "out/c-2026-017.txt"
        ])
    );
    assert_eq!(json["decisions"][0]["by"], "Noor Visser");
    assert!(json["other_files"]["cv.yaml"]["experience"].is_array());
    crate::util::assert_pdf(
        &out.join("c-2026-017.pdf"),
        &[
            "Your personal data: what we hold about you",
            "Personal details",
            "Łukasz Wójcik",
            "lukasz.wojcik@example.org",
            "Biltstraat 200",
            "Consent",
            "25 November 2027",
        ],
    );
}

/// A talent pool with an entry for candidate `id` whose contact log holds personal data in
/// free text: the topic, the note and the next action.
fn pool_with_notes(root: &Path, id: &str, name: &str, email: &str, phone: &str, address: &str) {
    std::fs::write(
        root.join("pool.yaml"),
        format!(
            "members:\n\
             - id: {id}\n  kind: candidate\n  area: senior-backend-developer\n  added_on: 2026-11-21\n  strengths: []\n\
             \x20 contacts:\n\
             \x20 - on: 2026-11-22\n    channel: phone\n    topic: \"{name} moves to {address}\"\n    note: \"call {phone} or write {email}\"\n\
             \x20 next:\n    action: \"ask {name} about the move\"\n    on: 2027-05-01\n"
        ),
    )
    .unwrap();
}

/// Every file under `root`, with PDFs as their text: what a search of the folder would find.
fn everything_under(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let mut bytes = std::fs::read(&path).unwrap();
            if bytes.starts_with(b"%PDF") {
                let text = pdf_tool("pdftotext", &[path.to_str().unwrap(), "-"])
                    .expect("pdftotext is needed to read the PDFs that remain");
                bytes.extend_from_slice(text.as_bytes());
            }
            found.push((path, bytes));
        }
    }
    found
}

proptest! {
    // Each case writes real letters and purges: a few cases cover the shapes of the data.
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn nothing_personal_remains_after_a_purge(
        given in "Qz[a-z]{4,8}",
        family in "Xq[a-z]{4,10}",
        local in "[a-z]{3,8}",
        phone in "[0-9]{4} [0-9]{4}",
        street in "Vw[a-z]{4,8}straat",
        number in 1u32..400,
    ) {
        let (_dir, root) = dated_folder();
        let c = root.join("candidates/c-2026-014");
        let name = format!("{given} {family}");
        let email = format!("{local}.{family}@example.org");
        let phone = format!("+31 6 {phone}");
        let address = format!("{street} {number}");
        edit(&c.join("candidate.yaml"), "name: Şükrü Yılmaz", &format!("name: {name}"));
        edit(&c.join("candidate.yaml"), "email: sukru.yilmaz@example.org", &format!("email: {email}"));
        let text = std::fs::read_to_string(c.join("candidate.yaml")).unwrap();
        let first_line = text.lines().find(|l| l.trim_start().starts_with("- ")).unwrap().to_owned();
        edit(&c.join("candidate.yaml"), &first_line, &format!("  - {address}"));
        // Personal data in free text and in files hirekit does not know.
        let ayla = c.join("interviews/ayla.yaml");
        let ayla_text = std::fs::read_to_string(&ayla).unwrap();
        let evidence_at = ayla_text.find("evidence: \"").unwrap() + "evidence: \"".len();
        let mut changed = ayla_text.clone();
        changed.insert_str(evidence_at, &format!("{given} ({phone}) "));
        std::fs::write(&ayla, changed).unwrap();
        std::fs::write(c.join("notes.txt"), format!("{name}, {phone}, {address}\n")).unwrap();
        std::fs::create_dir_all(root.join("sent/c-2026-014")).unwrap();
        std::fs::write(root.join("sent/c-2026-014/1.eml"), format!("To: {email}\n")).unwrap();
        hirekit_in(&root, &["feedback", "c-2026-014", "--today", "2026-11-20", "--force"]).success();
        pool_with_notes(&root, "c-2026-014", &name, &email, &phone, &address);
        let before = everything_under(&root);
        prop_assert!(before.iter().any(|(_, b)| String::from_utf8_lossy(b).contains(&name)));
        let pool = std::fs::read_to_string(root.join("pool.yaml")).unwrap();
        prop_assert!(pool.contains(&phone) && pool.contains(&address) && pool.contains(&email));

        hirekit_in(&root, &["privacy", "purge", "--today", "2026-12-25", "--apply"]).success();
        for (path, bytes) in everything_under(&root) {
            let text = String::from_utf8_lossy(&bytes);
            for needle in [&name, &given, &family, &email, &phone, &address] {
                prop_assert!(!text.contains(needle.as_str()), "{needle:?} remains in {}", path.display());
            }
        }
    }
}

/// `privacy due` and `privacy purge` (shown) on every day around a deadline, then `--apply`.
fn due_and_purge(dir: &Path, extra: &[&str]) -> String {
    let mut out = due_on_in(dir, &DAYS, extra);
    for day in ["2026-12-24", "2026-12-25", "2027-12-02"] {
        let mut args = vec!["privacy", "purge", "--today", day];
        args.extend_from_slice(extra);
        let run = hirekit_in(dir, &args).success();
        out.push_str(&format!("== purge {day}\n{}", run.stdout));
    }
    let mut args = vec!["privacy", "purge", "--today", "2026-12-29", "--apply"];
    args.extend_from_slice(extra);
    let run = hirekit_in(dir, &args).success();
    out.push_str(&format!(
        "== purge 2026-12-29 --apply\n{}",
        mask_ids(&run.stdout)
    ));
    out.push_str(&due_on_in(dir, &["2026-12-29"], extra));
    out
}

/// The same scenario on a folder and on a database gives the same output, whole: every
/// deadline, the purge shown and applied, the export and the erasure. On SQLite always, on
/// PostgreSQL when configured.
#[test]
fn the_same_on_a_folder_and_in_a_database() {
    let (_folder_dir, root) = dated_folder();
    let folder = due_and_purge(&root, &[]);
    insta::assert_snapshot!("privacy_folder_and_database", folder);
    let folder_export = hirekit_in(&root, &["privacy", "export", "c-2026-017"]).success();
    let work = tempfile::tempdir().unwrap();
    let consent_file = std::fs::read(root.join("candidates/c-2026-017/consent.yaml")).unwrap();
    for db in crate::db::databases(work.path(), "privacy_same") {
        let (_dir, dir) = dated_database(&db);
        // The consent answers recorded in the database come back as the folder's file.
        let exported = work.path().join(format!("export-{}", db.name));
        hirekit_in(
            work.path(),
            &[
                "db",
                "export",
                exported.to_str().unwrap(),
                "--database",
                &db.url,
            ],
        )
        .success();
        assert_eq!(
            std::fs::read(exported.join("candidates/c-2026-017/consent.yaml")).unwrap(),
            consent_file,
            "{}",
            db.name
        );
        let database = due_and_purge(&dir, &["--database", &db.url]);
        assert_eq!(database, folder, "{}", db.name);
        let export = hirekit_in(
            &dir,
            &["privacy", "export", "c-2026-017", "--database", &db.url],
        )
        .success();
        assert_eq!(export.stdout, folder_export.stdout, "{}", db.name);
        let erased = hirekit_in(
            &dir,
            &[
                "privacy",
                "erase",
                "c-2026-017",
                "--today",
                "2026-12-30",
                "--database",
                &db.url,
            ],
        )
        .success();
        assert_eq!(
            mask_ids(&erased.stdout),
            "De persoonsgegevens van c-2026-017 zijn gewist; de anonieme beoordelingen blijven staan als anon-XXXXXXXXXXXX.\n"
        );
        // The letters of the erased candidate are gone from where the commands wrote them.
        assert!(!dir.join("out/c-2026-017.pdf").exists());
        let audit = database_audit(&db);
        assert_eq!(
            mask_ids(&audit),
            "2026-12-29 purge anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=reject ground=retention due=2026-12-18 removed=4\n\
             2026-12-29 purge anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=reject ground=retention due=2026-12-21 removed=4\n\
             2026-12-29 purge anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=withdrawn ground=retention due=2026-12-22 removed=1\n\
             2026-12-30 erase anon-XXXXXXXXXXXX scorecard=senior-backend-developer decision=reject ground=erasure_request due=2026-12-30 removed=4\n",
            "{}",
            db.name
        );
    }
}

/// The privacy audit lines of a database, one per line, oldest first.
fn database_audit(db: &crate::db::TestDb) -> String {
    let sql = "SELECT line FROM privacy_audit ORDER BY position";
    let out = if let Some(path) = db.url.strip_prefix("sqlite://") {
        std::process::Command::new("sqlite3")
            .args([path, sql])
            .output()
    } else {
        std::process::Command::new("psql")
            .args([db.url.as_str(), "-At", "-c", sql])
            .output()
    }
    .expect("sqlite3 and psql read the test databases");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every row of every table of a database, as text (`sqlite3 .dump`, `pg_dump`).
fn database_dump(db: &crate::db::TestDb) -> String {
    let out = if let Some(path) = db.url.strip_prefix("sqlite://") {
        std::process::Command::new("sqlite3")
            .args([path, ".dump"])
            .output()
    } else {
        std::process::Command::new("pg_dump")
            .args(["--data-only", db.url.as_str()])
            .output()
    }
    .expect("sqlite3 and pg_dump read the test databases");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A candidate that could not be read may have something due: `privacy due` says which one
/// and how to fix it, never "nothing to do", and exits 1.
#[test]
fn due_never_claims_nothing_when_a_candidate_could_not_be_read() {
    let (_dir, root) = dated_folder();
    std::fs::write(
        root.join("candidates/c-2026-014/consent.yaml"),
        "entries:\n- on: 2026-11-20\n  answer: given\n  how: email\n  purpose: talent_pool\n",
    )
    .unwrap();
    let run = hirekit_in(&root, &["privacy", "due", "--today", "2026-12-01"]).failure(1);
    let english = hirekit_in(
        &root,
        &["privacy", "due", "--today", "2026-12-01", "--lang", "en"],
    )
    .failure(1);
    insta::assert_snapshot!(
        "privacy_due_unreadable",
        format!(
            "== stdout\n{}== stderr\n{}== stdout --lang en\n{}",
            run.stdout, run.stderr, english.stdout
        )
    );
}

/// What the person receives on an access request, read as text, in both languages.
#[test]
fn the_export_pdf_reads_as_a_letter_to_the_person() {
    let (dir, root) = dated_folder();
    let out = dir.path().join("export");
    let mut text = String::new();
    for id in ["c-2026-017", "c-2026-014"] {
        hirekit_in(
            &root,
            &[
                "privacy",
                "export",
                id,
                "--today",
                "2026-12-01",
                "--out",
                out.to_str().unwrap(),
            ],
        )
        .success();
        let pdf = out.join(format!("{id}.pdf"));
        let page = pdf_tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"])
            .expect("pdftotext reads the export");
        text.push_str(&format!("== {id}\n{page}"));
    }
    insta::assert_snapshot!("privacy_export_pdf_text", text);
}

/// What a person added to the talent pool by hand receives on an access request: their
/// details, how they came in, the contact log with its notes, their consent, how long it is
/// kept and their rights, read as text, in their own language (p-001 Dutch, p-002 English).
#[test]
fn a_person_in_the_pool_gets_a_readable_export_too() {
    let (dir, root) = dated_folder();
    add_people(&root);
    hirekit_in(
        &root,
        &[
            "pool",
            "log",
            "p-001",
            "--on",
            "2027-02-28",
            "--channel",
            "email",
            "--topic",
            "de meetup over Rust",
            "--note",
            "wil graag spreken op de volgende meetup",
            "--next-action",
            "uitnodigen voor de meetup",
            "--next-date",
            "2027-06-01",
            "--today",
            "2027-03-01",
        ],
    )
    .success();
    let out = dir.path().join("export");
    let mut text = String::new();
    for id in ["p-001", "p-002"] {
        let run = hirekit_in(
            &root,
            &[
                "privacy",
                "export",
                id,
                "--today",
                "2027-03-01",
                "--out",
                out.to_str().unwrap(),
            ],
        )
        .success();
        assert_eq!(run.stderr, "", "{id}");
        let pdf = out.join(format!("{id}.pdf"));
        let page = pdf_tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"])
            .expect("pdftotext reads the export");
        text.push_str(&format!("== {id}\n{page}"));
    }
    insta::assert_snapshot!("privacy_export_person_pdf_text", text);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3, ..ProptestConfig::default() })]

    /// After `purge --apply` on a database, no name, e-mail address, phone number or address of
    /// a purged candidate remains in any row of any table, nor in any file under the folder the
    /// commands ran in (the letters, the SQLite file itself).
    #[test]
    fn nothing_personal_remains_in_the_database_after_a_purge(
        given in "Qz[a-z]{4,8}",
        family in "Xq[a-z]{4,10}",
        local in "[a-z]{3,8}",
        phone in "[0-9]{4} [0-9]{4}",
        street in "Vw[a-z]{4,8}straat",
        number in 1u32..400,
    ) {
        let dir = letters_written();
        let root = dir.path().join("hiring");
        let c = root.join("candidates/c-2026-014");
        let name = format!("{given} {family}");
        let email = format!("{local}.{family}@example.org");
        let phone = format!("+31 6 {phone}");
        let address = format!("{street} {number}");
        edit(&c.join("candidate.yaml"), "name: Şükrü Yılmaz", &format!("name: {name}"));
        edit(&c.join("candidate.yaml"), "email: sukru.yilmaz@example.org", &format!("email: {email}"));
        let text = std::fs::read_to_string(c.join("candidate.yaml")).unwrap();
        let first_line = text.lines().find(|l| l.trim_start().starts_with("- ")).unwrap().to_owned();
        edit(&c.join("candidate.yaml"), &first_line, &format!("  - {address}"));
        let ayla = c.join("interviews/ayla.yaml");
        let ayla_text = std::fs::read_to_string(&ayla).unwrap();
        let evidence_at = ayla_text.find("evidence: \"").unwrap() + "evidence: \"".len();
        let mut changed = ayla_text.clone();
        changed.insert_str(evidence_at, &format!("{given} ({phone}) "));
        std::fs::write(&ayla, changed).unwrap();
        std::fs::write(
            c.join("sent.yaml"),
            format!("# {name} <{email}>, {phone}\nentries: []\n"),
        )
        .unwrap();
        hirekit_in(&root, &["feedback", "c-2026-014", "--today", "2026-11-20", "--force"]).success();
        pool_with_notes(&root, "c-2026-014", &name, &email, &phone, &address);
        let work = tempfile::tempdir().unwrap();
        for db in crate::db::databases(work.path(), "privacy_property") {
            let copy = tempfile::tempdir().unwrap();
            crate::util::copy_dir(dir.path(), copy.path());
            let here = copy.path().join("hiring");
            hirekit_in(
                copy.path(),
                &["db", "import", "hiring", "--database", &db.url, "--today", "2026-11-25"],
            )
            .success();
            // What was imported is in the database only.
            std::fs::remove_dir_all(here.join("candidates")).unwrap();
            std::fs::remove_file(here.join("pool.yaml")).unwrap();
            let before = database_dump(&db);
            prop_assert!(before.contains(&name) && before.contains(&phone), "{}", db.name);
            prop_assert!(before.contains(&format!("call {phone} or write {email}")), "{}", db.name);

            hirekit_in(&here, &["privacy", "purge", "--today", "2026-12-25", "--apply", "--database", &db.url]).success();
            let mut places = vec![(format!("{} database", db.name), database_dump(&db).into_bytes())];
            places.extend(
                everything_under(copy.path())
                    .into_iter()
                    .chain(everything_under(work.path()))
                    .map(|(p, b)| (p.display().to_string(), b)),
            );
            for (place, bytes) in places {
                let text = String::from_utf8_lossy(&bytes);
                for needle in [&name, &given, &family, &email, &phone, &address] {
                    prop_assert!(!text.contains(needle.as_str()), "{needle:?} remains in {place}");
                }
            }
        }
    }
}

/// Two people added to the pool by hand in [`dated_folder`]: p-001 (met at an event, Dutch)
/// with consent from 2026-12-01 to 2027-12-01; p-002 (referred, English) with the same consent.
fn add_people(root: &Path) {
    for (kind, name, given, lang) in [
        ("event", "Noor Testpersoon", "Noor", "nl"),
        ("referred", "Sam Testperson", "Sam", "en"),
    ] {
        hirekit_in(
            root,
            &[
                "pool",
                "add",
                "--kind",
                kind,
                "--name",
                name,
                "--given-name",
                given,
                "--person-language",
                lang,
                "--area",
                "senior-backend-developer",
                "--consent-on",
                "2026-12-01",
                "--consent-until",
                "2027-12-01",
                "--consent-how",
                "conversation",
                "--today",
                "2026-12-01",
            ],
        )
        .success();
    }
}

/// A year for the people added by hand, with `extra` options (`--database URL`): p-002 refuses
/// on 2027-03-02 (deletion due that day, purged after the grace week); p-001 is asked to renew
/// a week before 2027-12-01, does not answer, and is purged after the grace week; the export
/// of p-001 before. Every output, whole, with the anonymous ids masked.
fn people_year(dir: &Path, extra: &[&str]) -> String {
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(extra);
        let run = hirekit_in(dir, &all).success();
        mask_ids(&run.stdout)
    };
    let mut out = String::new();
    // Where the answer went: pool.yaml, or the database (named by its temporary path).
    let recorded = run(&[
        "privacy",
        "consent",
        "p-002",
        "--refused",
        "--on",
        "2027-03-02",
        "--how",
        "email",
    ]);
    let place = recorded
        .strip_prefix("Vastgelegd in ")
        .and_then(|rest| rest.rsplit_once(": "))
        .map_or("", |(place, _)| place);
    out.push_str(&format!(
        "== consent p-002 --refused\n{}",
        recorded.replace(place, "POOL")
    ));
    out.push_str(&due_on_in(
        dir,
        &["2027-03-01", "2027-03-02", "2027-03-08", "2027-03-09"],
        extra,
    ));
    for day in ["2027-03-08", "2027-03-09"] {
        out.push_str(&format!(
            "== purge {day}\n{}",
            run(&["privacy", "purge", "--today", day])
        ));
    }
    out.push_str(&format!(
        "== purge 2027-03-09 --apply\n{}",
        run(&["privacy", "purge", "--today", "2027-03-09", "--apply"])
    ));
    out.push_str(&format!(
        "== export p-001\n{}",
        run(&["privacy", "export", "p-001"])
    ));
    out.push_str(&due_on_in(
        dir,
        &[
            "2027-11-23",
            "2027-11-24",
            "2027-11-30",
            "2027-12-01",
            "2027-12-07",
            "2027-12-08",
        ],
        extra,
    ));
    out.push_str(&format!(
        "== purge 2027-12-08 --apply\n{}",
        run(&["privacy", "purge", "--today", "2027-12-08", "--apply"])
    ));
    out.push_str(&format!(
        "== pool list 2027-12-08\n{}",
        run(&["pool", "list", "--today", "2027-12-08"])
    ));
    out
}

/// People added to the talent pool by hand are in the retention list, renewal, purge and
/// export like candidates, by their pool id, with dates around every deadline, on a folder and
/// on a database alike.
#[test]
fn people_added_by_hand_are_kept_no_longer_than_their_consent() {
    let (_dir, root) = dated_folder();
    add_people(&root);
    let folder = people_year(&root, &[]);
    insta::assert_snapshot!("privacy_people_year", folder);
    let audit = std::fs::read_to_string(root.join("privacy-audit.log")).unwrap();
    let work = tempfile::tempdir().unwrap();
    for db in crate::db::databases(work.path(), "privacy_people") {
        let (dir, root) = dated_folder();
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
        let database = people_year(&root, &["--database", &db.url]);
        assert_eq!(database, folder, "{}", db.name);
        assert_eq!(
            mask_ids(&database_audit(&db)),
            mask_ids(&audit),
            "{}",
            db.name
        );
    }
}

/// An erasure request from a person added by hand removes their entry now, with an audit line.
#[test]
fn a_person_added_by_hand_is_erased_on_request() {
    let (_dir, root) = dated_folder();
    add_people(&root);
    let run = hirekit_in(
        &root,
        &[
            "privacy",
            "erase",
            "p-001",
            "--today",
            "2027-01-10",
            "--lang",
            "en",
        ],
    )
    .success();
    assert_eq!(
        run.stdout,
        "Erased p-001 from the talent pool with its contact log; nothing of it is kept.\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("privacy-audit.log")).unwrap(),
        "2027-01-10 erase pool-member kind=event ground=erasure_request due=2027-01-10 contacts=0\n"
    );
    let pool = std::fs::read_to_string(root.join("pool.yaml")).unwrap();
    assert!(!pool.contains("Noor"), "{pool}");
    assert!(pool.contains("p-002"), "{pool}");
}
