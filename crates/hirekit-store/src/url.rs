//! Database URLs: `sqlite://PATH` and `postgres://…`.

use std::path::PathBuf;

use crate::StoreError;

/// The database `hirekit db` uses when no `--database` or `HIREKIT_DATABASE_URL` is given: a
/// SQLite file in the current folder.
pub const DEFAULT_URL: &str = "sqlite://hirekit.db";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A parsed database URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A SQLite file (created on first use).
    Sqlite(PathBuf),
    /// A PostgreSQL server; the URL as given.
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Result<Self, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() || path.contains('?') {
                return Err(StoreError::Url(format!(
                    "`{url}` names no file; write sqlite://PATH, e.g. sqlite://hirekit.db or sqlite:///srv/hiring/hirekit.db"
                )));
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(url.to_owned()));
        }
        Err(StoreError::Url(format!(
            "`{}` is not a database URL hirekit knows; use sqlite://PATH or postgres://USER@HOST/DATABASE",
            redact(url)
        )))
    }

    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        }
    }

    /// The URL sqlx connects with. SQLite: read-write on a file hirekit created itself (with
    /// mode 0600), so sqlx never creates it with the default mode.
    pub(crate) fn connect_url(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => format!("sqlite://{}?mode=rw", path.display()),
            DatabaseUrl::Postgres(url) => url.clone(),
        }
    }

    /// How the database is named in messages: never with a password.
    pub fn shown(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => path.display().to_string(),
            DatabaseUrl::Postgres(url) => redact(url),
        }
    }
}

/// `postgres://user:secret@host/db` shown as `postgres://user:***@host/db`.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{scheme}://{name}:***@{host}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://a/b.db").ok(),
            Some(DatabaseUrl::Sqlite(PathBuf::from("a/b.db")))
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///srv/h.db").ok(),
            Some(DatabaseUrl::Sqlite(PathBuf::from("/srv/h.db")))
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://u:pw@127.0.0.1/test")
                .map(|u| u.shown())
                .ok(),
            Some("postgres://u:***@127.0.0.1/test".to_owned())
        );
        let wrong = DatabaseUrl::parse("mysql://x").err().map(|e| e.to_string());
        assert_eq!(
            wrong.as_deref(),
            Some(
                "`mysql://x` is not a database URL hirekit knows; use sqlite://PATH or postgres://USER@HOST/DATABASE"
            )
        );
    }
}
