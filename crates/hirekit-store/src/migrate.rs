//! Versioned schema migrations, embedded in the binary and applied when a database is opened.
//!
//! The version is one row in `hirekit_schema`. A database newer than this binary is refused
//! (an older hirekit must not write to tables it does not know). Before a SQLite file is
//! migrated, a consistent copy is written next to it (`VACUUM INTO`, safe with WAL), so a failed
//! or unwanted migration can be undone by putting the copy back.

use sqlx::{AnyPool, Row as _};

use crate::StoreError;
use crate::url::DatabaseUrl;

/// The migrations, in order: version `i + 1` is `MIGRATIONS[i]`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_schema.sql"),
    include_str!("../migrations/0002_accounts.sql"),
    include_str!("../migrations/0003_scorecard_drafts.sql"),
    include_str!("../migrations/0004_pool.sql"),
    include_str!("../migrations/0005_consent.sql"),
    include_str!("../migrations/0006_interviewer_index.sql"),
];

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// What opening did to the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    pub from: i64,
    pub to: i64,
    /// The copy of a SQLite file made before migrating it.
    pub backup: Option<std::path::PathBuf>,
}

pub(crate) async fn run(pool: &AnyPool, url: &DatabaseUrl) -> Result<Migrated, StoreError> {
    sqlx::query("CREATE TABLE IF NOT EXISTS hirekit_schema (version BIGINT NOT NULL)")
        .execute(pool)
        .await
        .map_err(StoreError::sql("cannot read the schema version"))?;
    let from = current(pool).await?;
    if from > LATEST_VERSION {
        return Err(StoreError::NewerSchema {
            database: url.shown(),
            found: from,
            supported: LATEST_VERSION,
        });
    }
    if from == LATEST_VERSION {
        return Ok(Migrated {
            from,
            to: from,
            backup: None,
        });
    }
    let backup = match url {
        DatabaseUrl::Sqlite(path) if holds_data(pool).await? => {
            let copy = path.with_file_name(format!(
                "{}.before-v{}",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default(),
                LATEST_VERSION
            ));
            if copy.exists() {
                return Err(StoreError::Data(format!(
                    "{} exists from an earlier migration; move it away first",
                    copy.display()
                )));
            }
            sqlx::query("VACUUM INTO $1")
                .bind(copy.display().to_string())
                .execute(pool)
                .await
                .map_err(StoreError::sql(
                    "cannot copy the database aside before migrating",
                ))?;
            Some(copy)
        }
        _ => None,
    };
    let mut tx = pool
        .begin()
        .await
        .map_err(StoreError::sql("cannot start the migration"))?;
    if url.backend() == crate::Backend::Postgres {
        // Two programs starting at once: the second waits, then sees the new version.
        sqlx::query("SELECT pg_advisory_xact_lock(7283946)")
            .execute(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot lock the schema"))?;
    }
    let from_locked: i64 = sqlx::query("SELECT COALESCE(MAX(version), 0) FROM hirekit_schema")
        .fetch_one(&mut *tx)
        .await
        .and_then(|r| r.try_get(0))
        .map_err(StoreError::sql("cannot read the schema version"))?;
    for (i, migration) in MIGRATIONS.iter().enumerate().skip(from_locked as usize) {
        for statement in statements(migration) {
            sqlx::query(&statement)
                .execute(&mut *tx)
                .await
                .map_err(StoreError::sql(format!("migration to version {}", i + 1)))?;
        }
    }
    sqlx::query("DELETE FROM hirekit_schema")
        .execute(&mut *tx)
        .await
        .map_err(StoreError::sql("cannot record the schema version"))?;
    sqlx::query("INSERT INTO hirekit_schema (version) VALUES ($1)")
        .bind(LATEST_VERSION)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::sql("cannot record the schema version"))?;
    tx.commit()
        .await
        .map_err(StoreError::sql("cannot finish the migration"))?;
    Ok(Migrated {
        from,
        to: LATEST_VERSION,
        backup,
    })
}

/// Whether a SQLite file holds any table besides the version (a new file has nothing to save).
async fn holds_data(pool: &AnyPool) -> Result<bool, StoreError> {
    let tables: i64 = sqlx::query(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'hirekit_schema'",
    )
    .fetch_one(pool)
    .await
    .and_then(|r| r.try_get(0))
    .map_err(StoreError::sql("cannot read the list of tables"))?;
    Ok(tables > 0)
}

async fn current(pool: &AnyPool) -> Result<i64, StoreError> {
    sqlx::query("SELECT COALESCE(MAX(version), 0) FROM hirekit_schema")
        .fetch_one(pool)
        .await
        .and_then(|r| r.try_get(0))
        .map_err(StoreError::sql("cannot read the schema version"))
}

/// The statements of a migration file: split at `;` ends of lines, `--` comments dropped.
fn statements(sql: &str) -> Vec<String> {
    let text: String = sql
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n");
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}
