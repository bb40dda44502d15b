use hirekit_yaml::{Diagnostic, Location};

/// What can go wrong with the database itself.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Url(String),
    #[error("cannot start the database runtime: {0}")]
    Runtime(String),
    #[error("cannot open the database {database}: {message}")]
    Connect { database: String, message: String },
    #[error(
        "the database {database} has schema version {found}, newer than this hirekit understands (up to {supported}); use a newer hirekit"
    )]
    NewerSchema {
        database: String,
        found: i64,
        supported: i64,
    },
    #[error(
        "the database already holds hiring data (company {company}); import into a new, empty database"
    )]
    NotEmpty { company: String },
    #[error("the database holds no hiring data yet; run `hirekit db import DIR` first")]
    Empty,
    #[error("{0} already exists and is not empty; export into a new or empty folder")]
    TargetNotEmpty(String),
    #[error("{context}: {source}")]
    Sql {
        context: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("{0}")]
    Data(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl StoreError {
    pub(crate) fn sql(context: impl Into<String>) -> impl FnOnce(sqlx::Error) -> StoreError {
        let context = context.into();
        move |source| StoreError::Sql { context, source }
    }

    /// As a diagnostic at the start of `database` (a database has no lines to point at).
    pub fn diagnostic(&self, database: &str) -> Diagnostic {
        Diagnostic::error(database, Location::START, self.to_string())
    }
}
