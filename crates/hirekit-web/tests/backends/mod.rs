//! The databases every test runs against: a SQLite file in a temporary folder, always; and a
//! fresh database on the PostgreSQL server named by `HIREKIT_TEST_POSTGRES` (e.g.
//! `postgres://postgres@127.0.0.1:5432/test`), dropped afterwards. Without that variable the
//! PostgreSQL half is skipped with a note on stderr, except under `CI=true`, where it fails.

use std::sync::atomic::{AtomicUsize, Ordering};

use sqlx::Connection as _;

/// One test database; dropped (PostgreSQL) or deleted with its folder (SQLite) at the end.
pub struct TestDb {
    pub name: &'static str,
    pub url: String,
    /// PostgreSQL: the server URL to drop the database through, and its name.
    postgres: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres.take() {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            let dropped = runtime.block_on(async {
                let mut conn = sqlx::PgConnection::connect(&admin).await?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut conn)
                    .await
            });
            if let Err(e) = dropped {
                eprintln!("note: could not drop test database {name}: {e}");
            }
        }
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A new SQLite database file (not yet created: the store creates it).
pub fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let url = format!("sqlite://{}", dir.path().join("hiring.db").display());
    TestDb {
        name: "sqlite",
        url,
        postgres: None,
        _dir: Some(dir),
    }
}

/// A new, empty PostgreSQL database, or `None` (with a note) when no server is configured.
pub fn postgres() -> Option<TestDb> {
    let Ok(admin) = std::env::var("HIREKIT_TEST_POSTGRES") else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "HIREKIT_TEST_POSTGRES is not set, and under CI=true the PostgreSQL tests must run"
        );
        eprintln!(
            "note: PostgreSQL tests skipped: set HIREKIT_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test to run them"
        );
        return None;
    };
    let name = format!(
        "hirekit_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime
        .block_on(async {
            let mut conn = sqlx::PgConnection::connect(&admin).await?;
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
        })
        .unwrap_or_else(|e| panic!("cannot create a test database on {admin}: {e}"));
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
    Some(TestDb {
        name: "postgres",
        url: format!("{base}/{name}"),
        postgres: Some((admin.clone(), name)),
        _dir: None,
    })
}

/// Both backends (PostgreSQL when configured).
pub fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite()];
    dbs.extend(postgres());
    dbs
}
