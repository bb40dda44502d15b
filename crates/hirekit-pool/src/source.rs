//! Where the pool is kept, behind one interface: `pool.yaml` in the hiring folder
//! ([`FolderPool`]) or the `pool_members` and `pool_contacts` tables of a database
//! ([`crate::db::DatabasePool`]). The rules never ask which.

use std::collections::BTreeMap;
use std::path::PathBuf;

use hirekit_folder::{HiringSource as _, HistoryRecord, TimeRules};
use hirekit_privacy::consent::ConsentLog;
use hirekit_yaml::{Diagnostic, Location};

use crate::model::{Kind, POOL_FILE, PoolFile};

/// A place the talent pool is kept.
pub trait PoolSource {
    /// The pool as stored, checked; an empty pool when there is none yet.
    fn read_pool(&self) -> Result<PoolFile, Vec<Diagnostic>>;

    /// Replaces the stored pool with `pool`, all or nothing.
    fn write_pool(&self, pool: &PoolFile) -> Result<(), String>;

    /// A candidate's consent record (an empty one when none is kept).
    fn candidate_consent(&self, candidate: &str) -> Result<ConsentLog, Vec<Diagnostic>>;

    /// Where the pool is, for messages (`pool.yaml`, or the database's name).
    fn shown_name(&self) -> String;
}

/// The consent records of every candidate in `pool`, read once; a candidate whose record has
/// problems counts as without consent, and the problems are returned to be shown.
pub fn candidate_consents(
    source: &dyn PoolSource,
    pool: &PoolFile,
) -> (BTreeMap<String, ConsentLog>, Vec<Diagnostic>) {
    let mut logs = BTreeMap::new();
    let mut problems = Vec::new();
    for member in pool.members.iter().filter(|m| m.kind == Kind::Candidate) {
        match source.candidate_consent(&member.id) {
            Ok(log) => {
                logs.insert(member.id.clone(), log);
            }
            Err(p) => problems.extend(p),
        }
    }
    (logs, problems)
}

/// `pool.yaml` at the root of a hiring folder.
#[derive(Debug, Clone)]
pub struct FolderPool {
    pub root: PathBuf,
    pub rules: TimeRules,
}

impl FolderPool {
    pub fn path(&self) -> PathBuf {
        self.root.join(POOL_FILE)
    }
}

impl PoolSource for FolderPool {
    fn read_pool(&self) -> Result<PoolFile, Vec<Diagnostic>> {
        let path = self.path();
        // Present in any form (a FIFO, a folder, a link) means: read it and say what is wrong.
        if fs_err::symlink_metadata(&path).is_err() {
            return Ok(PoolFile::default());
        }
        let bytes = hirekit_yaml::file::read(&path, Some(&self.root)).map_err(|d| vec![*d])?;
        let (pool, document) = hirekit_yaml::read::<PoolFile>(&path, &bytes)?;
        let problems = crate::check(&pool, &document);
        if problems.iter().any(Diagnostic::is_error) {
            Err(problems)
        } else {
            Ok(pool)
        }
    }

    fn write_pool(&self, pool: &PoolFile) -> Result<(), String> {
        let text = crate::to_yaml(pool)?;
        hirekit_folder::atomic::write(&self.path(), text.as_bytes(), true)
            .map_err(|e| e.to_string())
    }

    fn candidate_consent(&self, candidate: &str) -> Result<ConsentLog, Vec<Diagnostic>> {
        if hirekit_folder::fields::candidate_id_problem(candidate).is_some() {
            return Ok(ConsentLog::default());
        }
        let source = hirekit_folder::FolderSource::new(&self.root);
        let stored = source
            .read_record(candidate, HistoryRecord::Consent)
            .map_err(|e| {
                vec![Diagnostic::error(
                    self.path(),
                    Location::START,
                    e.to_string(),
                )]
            })?;
        hirekit_privacy::consent::parse(stored.as_ref(), &self.rules)
    }

    fn shown_name(&self) -> String {
        self.path().display().to_string()
    }
}
