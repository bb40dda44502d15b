//! Every workflow command on `--database`: the same output as on the hiring folder the database
//! was imported from, and the same data afterwards — on SQLite and on PostgreSQL.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::db::{TestDb, databases, files, psql};
use crate::util::{Run, example_copy};

const TODAY: &str = "2026-11-23";

/// Answers for `fill` in English on the senior backend scorecard: each of the eight criteria
/// rated 2 with its evidence, no red flag, recommendation 3 (yes), submit.
const ANSWERS: &str = "2\nNamed the existing consumers before changing the API.\n\
    2\nDescribed retries, but not what happens to a message that keeps failing.\n\
    2\nModelled orders, but left out how a refund refers to its order.\n\
    2\nWrote tests for the happy path only.\n\
    2\nHas not been on call; described reading the logs after an incident.\n\
    2\nAsked for a review, did not say how feedback was handled.\n\
    2\nCompared two queues by cost only.\n\
    2\nHas paired with a junior once.\n\
    \n3\n\n";

/// Runs hirekit in `cwd` with `stdin`, never with a database from the environment.
fn run(cwd: &Path, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("HIREKIT_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may stop before reading: a closed pipe is then expected.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A file's path in a folder and its text.
type TextFile = (String, String);

/// A hiring folder and a database imported from it, each with the folder commands run in.
struct Pair {
    work: tempfile::TempDir,
    folder: PathBuf,
    /// An empty folder: where commands on the database run (and write letters).
    on_db: PathBuf,
    db: TestDb,
}

impl Pair {
    fn new(work: tempfile::TempDir, db: TestDb) -> Pair {
        let folder = work.path().join("hiring");
        let on_db = work.path().join(format!("on-{}", db.name));
        std::fs::create_dir_all(&on_db).unwrap();
        run(
            work.path(),
            &[
                "db",
                "import",
                "hiring",
                "--database",
                &db.url,
                "--today",
                TODAY,
            ],
            "",
        )
        .success();
        Pair {
            work,
            folder,
            on_db,
            db,
        }
    }

    /// Runs `args` on the folder (from inside it) and on the database (from `on_db`), asserts
    /// that exit code, standard output and standard error are the same, and returns the run.
    #[track_caller]
    fn same(&self, args: &[&str], stdin: &str) -> Run {
        let on_folder = run(&self.folder, args, stdin);
        let mut with_db = args.to_vec();
        with_db.extend(["--database", &self.db.url]);
        let on_db = run(&self.on_db, &with_db, stdin);
        // How late a scorecard was submitted is rounded to 0.1 hour of the clock: the two runs,
        // seconds apart, may fall on either side of a rounding step.
        let late = |text: &str| -> String {
            text.lines()
                .map(|l| match l.starts_with("Late: submitted ") {
                    true => "Late: submitted […]\n".to_owned(),
                    false => format!("{l}\n"),
                })
                .collect()
        };
        assert_eq!(
            (on_db.code, late(&on_db.stdout), &on_db.stderr),
            (on_folder.code, late(&on_folder.stdout), &on_folder.stderr),
            "{}: hirekit {}",
            self.db.name,
            args.join(" ")
        );
        on_folder
    }

    /// The database exported, and the folder as the same export would write it (imported into
    /// a scratch SQLite file and exported), as their files; the moment `fill` submitted, which
    /// differs by the seconds between the two runs, left out, with the hash of the letter's
    /// basis that includes it.
    fn states(&self) -> (Vec<TextFile>, Vec<TextFile>) {
        let exported = self.work.path().join(format!("export-{}", self.db.name));
        run(
            self.work.path(),
            &[
                "db",
                "export",
                exported.to_str().unwrap(),
                "--database",
                &self.db.url,
            ],
            "",
        )
        .success();
        let scratch = format!(
            "sqlite://{}",
            self.work
                .path()
                .join(format!("folder-{}.db", self.db.name))
                .display()
        );
        let normalised = self
            .work
            .path()
            .join(format!("normalised-{}", self.db.name));
        run(
            self.work.path(),
            &[
                "db",
                "import",
                "hiring",
                "--database",
                &scratch,
                "--today",
                TODAY,
            ],
            "",
        )
        .success();
        run(
            self.work.path(),
            &[
                "db",
                "export",
                normalised.to_str().unwrap(),
                "--database",
                &scratch,
            ],
            "",
        )
        .success();
        let text = |dir: &Path| {
            files(dir)
                .into_iter()
                .map(|(name, bytes)| {
                    let text = String::from_utf8(bytes).unwrap();
                    // The letter's basis hashes the scorecards, submission time included.
                    let submitted_here = name == "candidates/c-2026-020/feedback.yaml";
                    let kept: Vec<&str> = text
                        .lines()
                        .filter(|l| !l.starts_with("submitted_at:"))
                        .filter(|l| !(submitted_here && l.starts_with("    content: ")))
                        .collect();
                    (name, kept.join("\n"))
                })
                .collect()
        };
        (text(&exported), text(&normalised))
    }
}

#[test]
fn every_workflow_command_gives_the_same_output_and_data_on_a_database() {
    for db in databases(&std::env::temp_dir(), "workflow") {
        let work = example_copy();
        let db = if db.name == "sqlite" {
            // The SQLite file of this run, in its own temporary folder.
            TestDb::sqlite(&work.path().join("workflow.db"))
        } else {
            db
        };
        let pair = Pair::new(work, db);
        let added = pair.same(
            &[
                "candidate",
                "add",
                "--id",
                "c-2026-031",
                "--name",
                "Sem Jansen",
                "--email",
                "sem@example.nl",
                "--scorecard",
                "senior-backend-developer",
                "--interview",
                "ayla=2026-11-16T10:00:00+01:00",
            ],
            "",
        );
        assert_eq!(added.code, 0, "{}", added.stderr);
        assert_eq!(
            pair.same(
                &[
                    "candidate",
                    "add",
                    "--id",
                    "c-2026-031",
                    "--name",
                    "Sem Jansen",
                    "--email",
                    "sem@example.nl",
                ],
                "",
            )
            .code,
            1
        );
        let planned = pair.same(
            &[
                "interview",
                "plan",
                "c-2026-031",
                "--interviewer",
                "bram",
                "--at",
                "2026-11-16T11:30:00+01:00",
            ],
            "",
        );
        assert_eq!(planned.code, 0, "{}", planned.stderr);
        let filled = pair.same(
            &[
                "fill",
                "--candidate",
                "c-2026-020",
                "--interviewer",
                "chen",
                "--lang",
                "en",
            ],
            ANSWERS,
        );
        assert_eq!(filled.code, 0, "{}\n{}", filled.stdout, filled.stderr);
        // A second submission by the same interviewer: refused, with the same message.
        let again = pair.same(
            &[
                "fill",
                "--candidate",
                "c-2026-020",
                "--interviewer",
                "chen",
                "--lang",
                "en",
            ],
            ANSWERS,
        );
        assert_eq!(again.code, 1);
        let bram = pair.same(
            &[
                "fill",
                "--candidate",
                "c-2026-020",
                "--interviewer",
                "bram",
                "--lang",
                "en",
            ],
            ANSWERS,
        );
        assert_eq!(bram.code, 0, "{}\n{}", bram.stdout, bram.stderr);
        let decided = pair.same(
            &[
                "decide",
                "c-2026-020",
                "--decision",
                "reject",
                "--reason",
                "requirements",
                "--by",
                "Noor Visser",
                "--note",
                "Two of three interviews held; the requirements were not met.",
                "--at",
                "2026-11-23T12:00:00+01:00",
            ],
            "",
        );
        assert_eq!(decided.code, 0, "{}", decided.stderr);
        let letters = pair.same(&["feedback", "--format", "txt", "--today", TODAY], "");
        assert_eq!(letters.code, 0, "{}", letters.stderr);
        assert_eq!(
            files(&pair.on_db.join("out")),
            files(&pair.folder.join("out")),
            "{}",
            pair.db.name
        );
        let kit = pair.same(&["kit", "senior-backend-developer", "--lang", "en"], "");
        assert_eq!(kit.code, 0, "{}", kit.stderr);
        for args in [
            &["score", "--format", "json"][..],
            &["due", "--format", "json", "--today", TODAY],
            &["report", "--format", "json", "--today", TODAY],
        ] {
            pair.same(args, "").success();
        }
        let (database, folder) = pair.states();
        let names = |files: &[TextFile]| files.iter().map(|f| f.0.clone()).collect();
        let (in_database, in_folder): (Vec<String>, Vec<String>) =
            (names(&database), names(&folder));
        assert_eq!(in_database, in_folder, "{}", pair.db.name);
        for (d, f) in database.iter().zip(&folder) {
            assert_eq!(d.1, f.1, "{}: {}", pair.db.name, d.0);
        }
    }
}

#[test]
fn due_and_report_read_the_send_history_and_debriefs_from_the_database() {
    for db in databases(&std::env::temp_dir(), "histories") {
        let work = example_copy();
        // Letters written, and the one to c-2026-014 accepted by the mail server: `due` lists
        // it as still to send without the send history, and not with it.
        run(
            &work.path().join("hiring"),
            &["feedback", "--format", "eml", "--today", TODAY],
            "",
        )
        .success();
        std::fs::write(
            work.path().join("hiring/candidates/c-2026-014/sent.yaml"),
            "entries:\n  - message_id: 1@kanaalzicht.example\n    status: sent\n    at: 2026-11-20T10:00:00+01:00\n    to: sukru@example.org\n    from: werken@kanaalzicht.example\n    server: 127.0.0.1:2525\n    letter: out/c-2026-014.eml\n    letter_sha256: ab\n    copy: sent/c-2026-014/x.eml\n    sha256: cd\n",
        )
        .unwrap();
        let db = if db.name == "sqlite" {
            TestDb::sqlite(&work.path().join("histories.db"))
        } else {
            db
        };
        let pair = Pair::new(work, db);
        let due = pair.same(&["due", "--format", "json", "--today", TODAY], "");
        assert!(!due.stdout.contains("c-2026-014"), "{}", due.stdout);
        assert!(due.stdout.contains("c-2026-017"), "{}", due.stdout);
        // The debriefs: who decided, per person.
        let report = pair.same(&["report", "--format", "json", "--today", TODAY], "");
        assert_eq!(report.code, 0, "{}", report.stderr);
        assert!(
            report.stdout.contains("\"Noor Visser\""),
            "{}",
            report.stdout
        );
        pair.same(&["report", "--today", TODAY], "").success();
    }
}

#[test]
fn a_lost_connection_fails_the_command_and_stores_no_half_submission() {
    let work = example_copy();
    for db in databases(work.path(), "lost") {
        if db.name != "postgres" {
            continue;
        }
        let pair = Pair::new(example_copy(), db);
        let before = run(
            &pair.on_db,
            &["score", "--format", "json", "--database", &pair.db.url],
            "",
        )
        .success();
        // `fill` loads, then waits for the answers; meanwhile the server drops every
        // connection to the database and accepts no new ones.
        let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
            .args([
                "fill",
                "--candidate",
                "c-2026-020",
                "--interviewer",
                "chen",
                "--lang",
                "en",
                "--database",
                &pair.db.url,
            ])
            .current_dir(&pair.on_db)
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Wait for `fill` to have loaded and asked its first question (its first output), rather
        // than for a fixed time: on a loaded machine loading can take longer than any sleep.
        let mut stdout = child.stdout.take().unwrap();
        let (first_output, asked) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut seen = Vec::new();
            let mut buffer = [0u8; 4096];
            let mut signalled = false;
            loop {
                match std::io::Read::read(&mut stdout, &mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        seen.extend_from_slice(&buffer[..n]);
                        if !signalled {
                            signalled = true;
                            let _ = first_output.send(());
                        }
                    }
                }
            }
            seen
        });
        asked
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("fill asked nothing within two minutes");
        let admin = std::env::var("HIREKIT_TEST_POSTGRES").unwrap();
        let name = pair.db.url.rsplit('/').next().unwrap().to_owned();
        psql(
            &admin,
            &format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"),
        )
        .unwrap();
        psql(
            &admin,
            &format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            ),
        )
        .unwrap();
        // `fill` may already have stopped at the lost connection and closed its input.
        match child.stdin.take().unwrap().write_all(ANSWERS.as_bytes()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => other.unwrap(),
        }
        let output = child.wait_with_output().unwrap();
        reader.join().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        let last = stderr.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("error: cannot open the database ")
                || last.starts_with("error: cannot store the scorecard: "),
            "{stderr}"
        );
        psql(
            &admin,
            &format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"),
        )
        .unwrap();
        // Nothing stored; the answers are kept in the local draft.
        let after = run(
            &pair.on_db,
            &["score", "--format", "json", "--database", &pair.db.url],
            "",
        )
        .success();
        assert_eq!(after.stdout, before.stdout);
        assert!(
            pair.on_db
                .join("candidates/c-2026-020/interviews/.chen.draft.yaml")
                .is_file()
        );
    }
    // A server that is not there: a clear error, nothing else.
    let closed = run(
        work.path(),
        &[
            "decide",
            "c-2026-020",
            "--decision",
            "reject",
            "--reason",
            "requirements",
            "--database",
            "postgres://postgres@127.0.0.1:9/test",
        ],
        "",
    );
    assert_eq!(closed.code, 1);
    assert!(
        closed
            .stderr
            .starts_with("error: cannot open the database postgres://postgres@127.0.0.1:9/test: "),
        "{}",
        closed.stderr
    );
}

/// A line of `send` without what differs between two runs: the Message-ID, the time and the
/// server's queue number all come after `(Message-ID` or `on 20`.
fn without_ids(text: &str) -> String {
    text.lines()
        .map(|line| {
            let cut = [line.find(" (Message-ID"), line.find(" op 20")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(line.len());
            format!("{}\n", &line[..cut])
        })
        .collect()
}

#[test]
fn send_records_each_attempt_in_the_database() {
    for db in databases(&std::env::temp_dir(), "send") {
        let Some(server) = crate::send::Server::start(&[]) else {
            return;
        };
        let work = example_copy();
        let db = if db.name == "sqlite" {
            TestDb::sqlite(&work.path().join("send.db"))
        } else {
            db
        };
        let pair = Pair::new(work, db);
        pair.same(&["feedback", "--format", "eml", "--today", TODAY], "")
            .success();
        let url = server.url();
        let send = [
            "send", "--smtp", &url, "--today", TODAY, "--rate", "6000", "--yes",
        ];
        let on_folder = run(&pair.folder, &send, "").success();
        let mut with_db = send.to_vec();
        with_db.extend(["--database", &pair.db.url]);
        let on_db = run(&pair.on_db, &with_db, "").success();
        assert_eq!(without_ids(&on_db.stdout), without_ids(&on_folder.stdout));
        assert_eq!(without_ids(&on_db.stderr), without_ids(&on_folder.stderr));
        assert_eq!(
            without_ids(&on_db.stdout),
            "c-2026-014: aan Şükrü Yılmaz <sukru.yilmaz@example.org>, \"Je sollicitatie als Senior backend-developer bij Kanaalzicht Software B.V.\", out/c-2026-014.eml\n\
             c-2026-017: aan Łukasz Wójcik <lukasz.wojcik@example.org>, \"Your application for Senior backend developer at Kanaalzicht Software B.V.\", out/c-2026-017.eml\n\
             c-2026-023: aan Олена Шевченко <olena.shevchenko@example.org>, \"Your application for Senior backend developer at Kanaalzicht Software B.V.\", out/c-2026-023.eml\n\
             c-2026-014 verzonden aan sukru.yilmaz@example.org\n\
             c-2026-017 verzonden aan lukasz.wojcik@example.org\n\
             c-2026-023 verzonden aan olena.shevchenko@example.org\n"
        );
        assert_eq!(server.received().len(), 6);
        // The database remembers: a second run sends nothing, and `due` has nothing to send.
        let again = run(&pair.on_db, &with_db, "").success();
        let again_on_folder = run(&pair.folder, &send, "").success();
        assert_eq!(again.stdout, "");
        assert_eq!(
            without_ids(&again.stderr),
            without_ids(&again_on_folder.stderr)
        );
        assert!(
            again.stderr.ends_with("\nniets te verzenden\n"),
            "{}",
            again.stderr
        );
        assert_eq!(server.received().len(), 6);
        pair.same(&["due", "--today", TODAY], "").success();
        pair.same(&["due", "--format", "json", "--today", TODAY], "")
            .success();
    }
}
