//! Where the pool is kept, behind one interface: `pool.yaml` in the hiring folder
//! ([`FolderPool`]) or the `pool_members` and `pool_contacts` tables of a database
//! ([`crate::db::DatabasePool`]). The rules never ask which.

use std::collections::BTreeMap;
use std::path::PathBuf;

use hirekit_folder::{HiringSource as _, HistoryRecord, TimeRules};
use hirekit_privacy::consent::{ConsentEntry, ConsentLog};
use hirekit_privacy::pool::{Person, PoolError, PoolMember, PoolRecords};
use hirekit_scorecard::Language;
use hirekit_yaml::{Diagnostic, Location};

use crate::model::{Kind, POOL_FILE, PoolFile};

/// A place the talent pool is kept; what the retention rules do with it ([`PoolRecords`]: the
/// people in it, removing an entry, a person's consent) is part of the same place.
pub trait PoolSource: PoolRecords {
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

/// The pool of a hiring folder (`root`) or, without one, of the database at `url`.
pub fn open(
    root: Option<&std::path::Path>,
    url: Option<&str>,
    rules: TimeRules,
) -> Result<Box<dyn PoolSource>, hirekit_store::StoreError> {
    match (root, url) {
        (None, Some(url)) => Ok(Box::new(crate::db::DatabasePool::open(url, rules)?)),
        (root, _) => Ok(Box::new(FolderPool {
            root: root.map(std::path::Path::to_path_buf).unwrap_or_default(),
            rules,
        })),
    }
}

/// The pool's members as the retention rules see them.
pub fn privacy_members(pool: &PoolFile) -> Vec<PoolMember> {
    pool.members
        .iter()
        .map(|m| PoolMember {
            id: m.id.clone(),
            person: (m.kind != Kind::Candidate).then(|| Person {
                kind: m.kind.code(),
                name: m.name.clone().unwrap_or_default(),
                given_name: m.given_name.clone(),
                language: m.language.unwrap_or(Language::Nl),
                added_on: m.added_on,
                consent: ConsentLog {
                    entries: m.consent.clone(),
                },
            }),
            contacts: m.contacts.len(),
            entry: serde_json::to_value(m).unwrap_or(serde_json::Value::Null),
        })
        .collect()
}

/// `pool` with `entry` added to the consent record of person `id` (added by hand), checked as
/// `privacy consent` checks a candidate's answer.
pub fn with_consent(
    mut pool: PoolFile,
    id: &str,
    entry: ConsentEntry,
    rules: &TimeRules,
) -> Result<(PoolFile, ConsentLog), PoolError> {
    let Some(member) = pool.member_mut(id).filter(|m| m.kind != Kind::Candidate) else {
        return Err(PoolError(format!(
            "`{id}` is not a person added to the talent pool by hand; a candidate's answer is recorded with their candidate id"
        )));
    };
    if let Some((_, message)) = hirekit_privacy::consent::entry_problem(&entry, rules) {
        return Err(PoolError(message));
    }
    if let Some(last) = member.consent.last()
        && entry.on < last.on
    {
        return Err(PoolError(format!(
            "the answer of {} is older than the last one recorded ({}); answers are added in date order",
            entry.on, last.on
        )));
    }
    member.consent.push(entry);
    let log = ConsentLog {
        entries: member.consent.clone(),
    };
    Ok((pool, log))
}

impl PoolRecords for FolderPool {
    fn members(&self) -> Result<Vec<PoolMember>, Vec<Diagnostic>> {
        Ok(privacy_members(&self.read_pool()?))
    }

    /// Replaces `pool.yaml` by a copy without the entry (written beside it, renamed over it),
    /// then appends the audit line.
    fn remove(&self, id: &str, audit: Option<&str>) -> Result<(), PoolError> {
        let mut pool = self
            .read_pool()
            .map_err(|p| PoolError(p.first().map_or_else(String::new, Diagnostic::render)))?;
        let before = pool.members.len();
        pool.members.retain(|m| m.id != id);
        if pool.members.len() != before {
            self.write_pool(&pool).map_err(PoolError)?;
        }
        if let Some(line) = audit {
            hirekit_privacy::purge::append_audit(&self.root, line)
                .map_err(|e| PoolError(e.to_string()))?;
        }
        Ok(())
    }

    fn record_consent(&self, id: &str, entry: ConsentEntry) -> Result<ConsentLog, PoolError> {
        let pool = self
            .read_pool()
            .map_err(|p| PoolError(p.first().map_or_else(String::new, Diagnostic::render)))?;
        let (pool, log) = with_consent(pool, id, entry, &self.rules)?;
        self.write_pool(&pool).map_err(PoolError)?;
        Ok(log)
    }
}
