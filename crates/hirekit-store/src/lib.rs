//! The hiring data in a database: SQLite (one file, the default) or PostgreSQL (a team server).
//!
//! One codebase serves both through sqlx's `Any` driver; the URL chooses the backend
//! (`sqlite://PATH` or `postgres://…`). The database is a second [`HiringSource`] next to the
//! hiring folder: it hands out the same [`Folder`] model, and the rules that judge the data never
//! ask where it came from. What the database itself enforces (see `migrations/`):
//!
//! - one submitted scorecard per (candidate, interviewer): a second one is refused, also when
//!   two arrive at the same moment (`UNIQUE`);
//! - a decision, a feedback record, a sent record, a CV each belong to exactly one existing
//!   candidate (`REFERENCES`), and deleting the candidate deletes them (`ON DELETE CASCADE`).
//!
//! [`Database`] is the async API (for a server); [`Store`] wraps it with its own small runtime
//! for the command line and implements [`HiringSource`].

pub mod accounts;
mod database;
pub mod drafts;
mod error;
mod migrate;
mod url;

pub use database::{Database, Imported};
pub use error::StoreError;
pub use migrate::{LATEST_VERSION, Migrated};
pub use url::{Backend, DEFAULT_URL, DatabaseUrl};

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hirekit_folder::{
    Candidate, Decision, DecisionReason, FeedbackRecord, FilledScorecard, Folder, HiringSource,
    HistoryRecord, PlannedInterview, SourceError, StoredRecord,
};
use hirekit_yaml::Diagnostic;

/// The database for a command-line program: a [`Database`] on a runtime of its own.
pub struct Store {
    runtime: tokio::runtime::Runtime,
    database: Database,
    /// Where commands put the files they write (letters, kits): the folder model's root.
    root: PathBuf,
}

impl Store {
    /// Connects to `url`, creating a SQLite file on first use, and brings the schema up to date
    /// (a SQLite file is copied aside first). A database of a newer schema is refused.
    pub fn open(url: &str, root: &Path) -> Result<(Self, Migrated), StoreError> {
        Self::start(url, root, true)
    }

    /// Like [`Store::open`], but a missing SQLite file is an error, not created.
    pub fn open_existing(url: &str, root: &Path) -> Result<(Self, Migrated), StoreError> {
        Self::start(url, root, false)
    }

    fn start(url: &str, root: &Path, create: bool) -> Result<(Self, Migrated), StoreError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| StoreError::Runtime(e.to_string()))?;
        let (database, migrated) = runtime.block_on(Database::connect(url, create))?;
        Ok((
            Store {
                runtime,
                database,
                root: root.to_path_buf(),
            },
            migrated,
        ))
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    /// Runs `future` on this store's runtime: the pool's connections belong to it, so another
    /// runtime must not use them.
    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// Loads a checked hiring folder into the database, all or nothing.
    pub fn import(&self, folder: &Folder) -> Result<Imported, StoreError> {
        self.runtime.block_on(self.database.import(folder))
    }

    /// Imports `folder` and runs `then` in the same transaction (see
    /// [`Database::import_with`]).
    pub fn import_with<F>(&self, folder: &Folder, then: F) -> Result<Imported, StoreError>
    where
        F: for<'c> FnOnce(
            &'c mut sqlx::Transaction<'static, sqlx::Any>,
        ) -> std::pin::Pin<
            Box<dyn std::future::Future<Output = Result<(), String>> + Send + 'c>,
        >,
    {
        self.runtime
            .block_on(self.database.import_with(folder, then))
    }

    /// Writes the whole database out as a hiring folder at `dir` (absent or empty).
    pub fn export(&self, dir: &Path) -> Result<(), StoreError> {
        self.runtime.block_on(self.database.export(dir))
    }

    /// Deletes a candidate and everything recorded about them.
    pub fn delete_candidate(&self, id: &str) -> Result<bool, StoreError> {
        self.runtime.block_on(self.database.delete_candidate(id))
    }

    /// Replaces candidate `old` by its anonymous copy, with a privacy audit line (see
    /// [`Database::anonymise`]).
    pub fn anonymise(
        &self,
        old: &str,
        anonymous: &hirekit_folder::CandidateFiles,
        audit_line: &str,
    ) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.anonymise(old, anonymous, audit_line))
    }

    /// The privacy audit lines, oldest first.
    pub fn privacy_audit(&self) -> Result<Vec<String>, StoreError> {
        self.runtime.block_on(self.database.privacy_audit())
    }

    /// The CV and send history of a candidate, by file name.
    pub fn documents(&self, candidate: &str) -> Result<Vec<(String, String)>, StoreError> {
        self.runtime.block_on(self.database.documents(candidate))
    }

    /// The checklist files stored with the scorecards, by file name.
    pub fn checklists(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.runtime.block_on(self.database.checklists())
    }
}

impl HiringSource for Store {
    fn load(
        &self,
        _is_known_red_flag: &dyn Fn(&str) -> bool,
        _today: NaiveDate,
    ) -> Result<(Folder, Vec<Diagnostic>), Vec<Diagnostic>> {
        // The data was checked as a folder when it was imported and every write checks its own
        // keys; what is left to report is a scorecard definition's warnings.
        self.runtime
            .block_on(self.database.load(&self.root))
            .map_err(|e| vec![e.diagnostic(&self.database.shown_name())])
    }

    fn submit_scorecard(&self, filled: &FilledScorecard, replace: bool) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.submit_scorecard(filled, replace))
    }

    fn record_decision(
        &self,
        candidate: &str,
        decision: Option<Decision>,
        reason: Option<DecisionReason>,
    ) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.record_decision(candidate, decision, reason))
    }

    fn append_feedback(&self, candidate: &str, record: &FeedbackRecord) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.append_feedback(candidate, record))
    }

    fn add_candidate(&self, candidate: &Candidate) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.add_candidate(candidate))
    }

    fn read_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
    ) -> Result<Option<StoredRecord>, SourceError> {
        self.runtime
            .block_on(self.database.read_record(&self.root, candidate, record))
    }

    fn write_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
        text: &str,
    ) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.write_record(candidate, record, text))
    }

    fn plan_interviews(
        &self,
        candidate: &str,
        interviews: &[PlannedInterview],
    ) -> Result<(), SourceError> {
        self.runtime
            .block_on(self.database.plan_interviews(candidate, interviews))
    }
}
