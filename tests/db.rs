//! `hirekit db` and `--database`: the same results from a folder, from the database it was
//! imported into, and from the folder exported again — on SQLite and on PostgreSQL.

use std::path::Path;
use std::process::Command;

use crate::util::{edit, example_copy, hirekit_in};

const TODAY: &str = "2026-11-23";

/// A database for one test: a SQLite file, or a fresh PostgreSQL database (dropped at the end)
/// on the server in HIREKIT_TEST_POSTGRES.
pub(crate) struct TestDb {
    pub(crate) name: &'static str,
    pub(crate) url: String,
    drop: Option<(String, String)>,
}

impl TestDb {
    /// A SQLite database in the file at `path`.
    pub(crate) fn sqlite(path: &Path) -> TestDb {
        TestDb {
            name: "sqlite",
            url: format!("sqlite://{}", path.display()),
            drop: None,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.drop {
            let _ = psql(
                admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

pub(crate) fn psql(admin: &str, sql: &str) -> Result<(), String> {
    let out = Command::new("psql")
        .args([admin, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])
        .output()
        .map_err(|e| format!("cannot run psql: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// SQLite in `dir`, and PostgreSQL when configured (skipped with a note otherwise; under
/// CI=true a missing server fails the test).
pub(crate) fn databases(dir: &Path, test: &str) -> Vec<TestDb> {
    let mut dbs = vec![TestDb {
        name: "sqlite",
        url: format!("sqlite://{}", dir.join(format!("{test}.db")).display()),
        drop: None,
    }];
    match std::env::var("HIREKIT_TEST_POSTGRES") {
        Ok(admin) => {
            let name = format!("hirekit_cli_{test}_{}", std::process::id());
            psql(&admin, &format!("CREATE DATABASE {name}"))
                .unwrap_or_else(|e| panic!("cannot create a test database: {e}"));
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            dbs.push(TestDb {
                name: "postgres",
                url: format!("{base}/{name}"),
                drop: Some((admin.clone(), name)),
            });
        }
        Err(_) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "HIREKIT_TEST_POSTGRES is not set, and under CI=true the PostgreSQL tests must run"
            );
            eprintln!(
                "note: PostgreSQL tests skipped: set HIREKIT_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test to run them"
            );
        }
    }
    dbs
}

/// Every file under `dir` (relative path → bytes), sorted.
pub(crate) fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                found.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn score_due_and_letters_are_the_same_from_folder_database_and_export() {
    let work = example_copy();
    let original = work.path().join("hiring");
    let from_folder = |args: &[&str], dir: &Path| {
        let mut all = args.to_vec();
        all.extend(["--dir", dir.to_str().unwrap()]);
        hirekit_in(work.path(), &all).success().stdout
    };
    let score = from_folder(&["score", "--format", "json"], &original);
    let due = from_folder(&["due", "--format", "json", "--today", TODAY], &original);
    assert!(score.contains("c-2026-017") && due.contains("c-2026-020"));
    for db in databases(work.path(), "round_trip") {
        let imported = hirekit_in(
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
        )
        .success();
        assert_eq!(
            imported.stdout,
            format!(
                "imported 5 candidates, 9 filled scorecards and 5 scorecards into {}\n",
                db.url.trim_start_matches("sqlite://")
            ),
            "{}",
            db.name
        );
        let on_db = |args: &[&str]| {
            let mut all = args.to_vec();
            all.extend(["--database", &db.url]);
            hirekit_in(work.path(), &all).success().stdout
        };
        assert_eq!(on_db(&["score", "--format", "json"]), score, "{}", db.name);
        assert_eq!(
            on_db(&["due", "--format", "json", "--today", TODAY]),
            due,
            "{}",
            db.name
        );
        // The same through the environment variable.
        let via_env = std::process::Command::new(env!("CARGO_BIN_EXE_hirekit"))
            .args(["score", "--format", "json"])
            .current_dir(work.path())
            .env("HIREKIT_DATABASE_URL", &db.url)
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&via_env.stdout),
            score,
            "{}",
            db.name
        );

        let exported = work.path().join(format!("exported-{}", db.name));
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
            from_folder(&["score", "--format", "json"], &exported),
            score
        );
        assert_eq!(
            from_folder(&["due", "--format", "json", "--today", TODAY], &exported),
            due
        );
        // The letters: written from the original and from the export, byte for byte equal.
        for root in [&original, &exported] {
            hirekit_in(root, &["feedback", "--format", "txt", "--today", TODAY]).success();
        }
        let letters = files(&original.join("out"));
        assert_eq!(
            letters.len(),
            3,
            "{:?}",
            letters.iter().map(|l| &l.0).collect::<Vec<_>>()
        );
        assert_eq!(files(&exported.join("out")), letters, "{}", db.name);
        std::fs::remove_dir_all(original.join("out")).unwrap();
        for id in ["c-2026-014", "c-2026-017", "c-2026-023"] {
            std::fs::remove_file(original.join(format!("candidates/{id}/feedback.yaml"))).unwrap();
        }
    }
}

#[test]
fn a_folder_with_an_error_imports_nothing() {
    let work = example_copy();
    let root = work.path().join("hiring");
    edit(
        &root.join("candidates/c-2026-020/interviews/ayla.yaml"),
        "score: 3",
        "score: 9",
    );
    for db in databases(work.path(), "broken") {
        let run = hirekit_in(
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
        )
        .failure(1);
        let first = run.stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("hiring/candidates/c-2026-020/interviews/ayla.yaml:"),
            "{}: {}",
            db.name,
            run.stderr
        );
        assert!(
            run.stderr
                .ends_with("error: hiring has errors (see above); nothing was imported\n"),
            "{}",
            run.stderr
        );
        // Nothing at all: the SQLite file was not even created.
        let after = hirekit_in(work.path(), &["score", "--database", &db.url]).failure(1);
        let expected = match db.name {
            "sqlite" => format!(
                "error: cannot open the database {0}: there is no such file; create it with `hirekit db import DIR --database sqlite://{0}`\n",
                db.url.trim_start_matches("sqlite://")
            ),
            _ => format!(
                "{}:1:1: error: the database holds no hiring data yet; run `hirekit db import DIR` first\nerror: cannot read the hiring data from the database\n",
                db.url
            ),
        };
        assert_eq!(after.stderr, expected, "{}", db.name);
    }
}

#[test]
fn commands_that_write_into_a_folder_refuse_a_database() {
    let work = example_copy();
    let db = &databases(work.path(), "refuse")[0];
    hirekit_in(
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
    )
    .success();
    // `privacy` works on the database as on the folder (tests/privacy.rs compares whole runs).
    let on_db = hirekit_in(
        work.path(),
        &["privacy", "purge", "--today", TODAY, "--database", &db.url],
    )
    .success();
    let on_folder = hirekit_in(
        work.path(),
        &["privacy", "purge", "--today", TODAY, "--dir", "hiring"],
    )
    .success();
    assert_eq!(on_db.stdout, on_folder.stdout);
    // Export never writes into a folder that has files.
    let run = hirekit_in(
        work.path(),
        &["db", "export", "hiring", "--database", &db.url],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: hiring already exists and is not empty; export into a new or empty folder\n"
    );
}

/// A query's rows as `sqlite3` or `psql -At` print them.
fn query(db: &TestDb, sql: &str) -> String {
    let out = if let Some(path) = db.url.strip_prefix("sqlite://") {
        Command::new("sqlite3").args([path, sql]).output()
    } else {
        Command::new("psql")
            .args([db.url.as_str(), "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .output()
    }
    .expect("sqlite3 and psql read the test databases");
    assert!(
        out.status.success(),
        "{sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The hiring data and the talent pool are imported in one transaction: when the pool cannot
/// be stored (here a trigger refuses every pool row), nothing is imported, and the same import
/// succeeds once the cause is gone.
#[test]
fn import_is_one_transaction_with_the_pool() {
    let dir = example_copy();
    std::fs::write(
        dir.path().join("hiring/pool.yaml"),
        "members:\n\
         - id: p-001\n  kind: event\n  name: Test Persoon\n  language: nl\n  area: senior-backend-developer\n  added_on: 2026-11-01\n  strengths: []\n  consent:\n  - on: 2026-11-01\n    answer: given\n    how: conversation\n    purpose: talent_pool\n    until: 2027-11-01\n",
    )
    .unwrap();
    let work = tempfile::tempdir().unwrap();
    for db in databases(work.path(), "import_one_transaction") {
        hirekit_in(dir.path(), &["db", "migrate", "--database", &db.url]).success();
        let (refuse, allow) = if db.url.starts_with("sqlite://") {
            (
                "CREATE TRIGGER refuse BEFORE INSERT ON pool_members BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
                "DROP TRIGGER refuse;",
            )
        } else {
            (
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; \
                 CREATE TRIGGER refuse BEFORE INSERT ON pool_members FOR EACH ROW EXECUTE FUNCTION refuse();",
                "DROP TRIGGER refuse ON pool_members;",
            )
        };
        query(&db, refuse);
        let counts = "SELECT (SELECT COUNT(*) FROM company), (SELECT COUNT(*) FROM candidates), \
                      (SELECT COUNT(*) FROM scorecards), (SELECT COUNT(*) FROM pool_members)";
        let before = query(&db, counts);
        let run = hirekit_in(
            dir.path(),
            &[
                "db",
                "import",
                "hiring",
                "--database",
                &db.url,
                "--today",
                TODAY,
            ],
        )
        .failure(1);
        assert_eq!(run.stdout, "", "{}", db.name);
        let expected = if db.name == "sqlite" {
            "error: cannot store pool member `p-001`: error returned from database: (code: 1811) refused by the test; nothing was imported\n"
        } else {
            "error: cannot store pool member `p-001`: error returned from database: refused by the test; nothing was imported\n"
        };
        assert_eq!(run.stderr, expected, "{}", db.name);
        assert_eq!(query(&db, counts), before, "{}", db.name);
        assert_eq!(before.replace('|', " "), "0 0 0 0\n", "{}", db.name);
        query(&db, allow);
        let run = hirekit_in(
            dir.path(),
            &[
                "db",
                "import",
                "hiring",
                "--database",
                &db.url,
                "--today",
                TODAY,
            ],
        )
        .success();
        assert!(
            run.stdout.ends_with("imported 1 talent-pool members\n"),
            "{}",
            run.stdout
        );
        assert_eq!(
            query(&db, "SELECT id FROM pool_members"),
            "p-001\n",
            "{}",
            db.name
        );
    }
}
