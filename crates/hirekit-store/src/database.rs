//! The async database API: connect, import, load, export and the workflow's writes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::DateTime;
use hirekit_folder::consent::{ConsentEntry, ConsentLog};
use hirekit_folder::{
    Candidate, CandidateFiles, Decision, DecisionReason, FeedbackHistory, FeedbackRecord,
    FilledScorecard, Folder, HistoryRecord, PlannedInterview, Profile, SourceError, StoredRecord,
};
use hirekit_scorecard::Scorecard;
use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyPool, Row as _, Transaction};

use crate::StoreError;
use crate::migrate::{self, Migrated};
use crate::url::{Backend, DatabaseUrl};

/// Files of a candidate folder kept as their text, by file name and table. They are read and
/// written by other parts of hirekit (the CV by the red-flag check, the debrief by `decide`,
/// the sent history by `send`); the database keeps them whole so nothing is lost on the way.
const DOCUMENTS: &[(&str, &str, &str)] = &[
    ("cv.yaml", "cvs", "text"),
    ("debrief.yaml", "debriefs", "text"),
    ("sent.yaml", "sent_records", "history"),
];

/// The folder, within the scorecards folder, that holds red-flag checklists.
const CHECKLIST_DIR: &str = "checklists";

/// A connection pool to one hiring database.
#[derive(Debug, Clone)]
pub struct Database {
    pool: AnyPool,
    url: DatabaseUrl,
    /// Scorecards already read and validated, by where they are shown: a server asks for the
    /// same few definitions on every page, and validating one (its schema, its meaning, the
    /// guard on its phrases) costs far more than the queries. An entry is used only while the
    /// stored text is byte for byte the one it was made from.
    parsed: Arc<Mutex<BTreeMap<PathBuf, ParsedScorecard>>>,
}

/// A stored scorecard definition and what reading it gave.
#[derive(Debug)]
struct ParsedScorecard {
    text: String,
    scorecard: Scorecard,
    warnings: Vec<hirekit_yaml::Diagnostic>,
}

/// What an import loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub scorecards: usize,
    pub candidates: usize,
    pub filled_scorecards: usize,
}

impl Database {
    /// Connects and migrates. SQLite: the file is created on first use with mode 0600 (personal
    /// data: readable by its owner only), in WAL mode (readers never wait for a writer) with a
    /// busy timeout (a writer waits up to 10 s for another instead of failing at once), with
    /// foreign keys enforced (SQLite leaves them off by default), and with deleted content
    /// overwritten (`secure_delete`).
    pub async fn open(url: &str) -> Result<(Self, Migrated), StoreError> {
        Self::connect(url, true).await
    }

    /// Like [`Database::open`], but a SQLite file that does not exist is an error instead of
    /// being created: for commands that only read.
    pub async fn open_existing(url: &str) -> Result<(Self, Migrated), StoreError> {
        Self::connect(url, false).await
    }

    pub(crate) async fn connect(url: &str, create: bool) -> Result<(Self, Migrated), StoreError> {
        let url = DatabaseUrl::parse(url)?;
        sqlx::any::install_default_drivers();
        if let DatabaseUrl::Sqlite(path) = &url {
            if create {
                create_private_file(path)?;
            } else if !path.is_file() {
                return Err(StoreError::Connect {
                    database: url.shown(),
                    message: format!(
                        "there is no such file; create it with `hirekit db import DIR --database sqlite://{}`",
                        path.display()
                    ),
                });
            }
        }
        let backend = url.backend();
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        for pragma in [
                            "PRAGMA foreign_keys = ON",
                            "PRAGMA busy_timeout = 10000",
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL",
                            // A purge deletes personal data: overwrite the freed pages with
                            // zeros, so a deleted name is not left readable in the file.
                            "PRAGMA secure_delete = ON",
                        ] {
                            sqlx::query(pragma).execute(&mut *conn).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect(&url.connect_url())
            .await
            .map_err(|e| StoreError::Connect {
                database: url.shown(),
                message: e.to_string(),
            })?;
        let migrated = migrate::run(&pool, &url).await?;
        Ok((
            Database {
                pool,
                url,
                parsed: Arc::default(),
            },
            migrated,
        ))
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.url.backend()
    }

    /// How the database is named in messages (never with a password).
    pub fn shown_name(&self) -> String {
        self.url.shown()
    }

    /// Loads a hiring folder that was read and checked by [`hirekit_folder::open`] (the caller
    /// refuses a folder with errors) into this empty database, in one transaction: all or
    /// nothing. Scorecard and checklist files are stored as their text, exactly as written.
    pub async fn import(&self, folder: &Folder) -> Result<Imported, StoreError> {
        self.import_with(folder, |_| Box::pin(async { Ok(()) }))
            .await
    }

    /// [`Database::import`], with `then` run in the same transaction after the hiring data
    /// (the talent pool, kept by a crate of its own): when it fails, nothing is imported.
    pub async fn import_with<F>(&self, folder: &Folder, then: F) -> Result<Imported, StoreError>
    where
        F: for<'c> FnOnce(
            &'c mut Transaction<'static, Any>,
        ) -> std::pin::Pin<
            Box<dyn std::future::Future<Output = Result<(), String>> + Send + 'c>,
        >,
    {
        let scorecard_files = scorecard_files(folder)?;
        let checklists = checklist_files(folder)?;
        let mut tx = self.begin().await?;
        if let Some(company) = company(&mut tx).await? {
            return Err(StoreError::NotEmpty { company });
        }
        let mut profile = folder.profile.clone();
        profile.scorecards = "scorecards".to_owned();
        sqlx::query("INSERT INTO company (id, profile) VALUES (1, $1)")
            .bind(to_json(&profile)?)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot store the company profile"))?;
        for (id, (file_name, text)) in &scorecard_files {
            sqlx::query("INSERT INTO scorecards (id, file_name, definition) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(file_name)
                .bind(text)
                .execute(&mut *tx)
                .await
                .map_err(StoreError::sql(format!("cannot store scorecard `{id}`")))?;
        }
        for (file_name, text) in &checklists {
            sqlx::query("INSERT INTO checklists (file_name, definition) VALUES ($1, $2)")
                .bind(file_name)
                .bind(text)
                .execute(&mut *tx)
                .await
                .map_err(StoreError::sql(format!(
                    "cannot store checklist {file_name}"
                )))?;
        }
        let mut filled = 0;
        for files in &folder.candidates {
            insert_candidate(&mut tx, &files.candidate)
                .await
                .map_err(|e| StoreError::Data(e.to_string()))?;
            for card in &files.interviews {
                insert_filled(&mut tx, card, false)
                    .await
                    .map_err(|e| StoreError::Data(e.to_string()))?;
                filled += 1;
            }
            for (position, record) in files.feedback.letters.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO feedback_records (candidate, position, letter_date, record) VALUES ($1, $2, $3, $4)",
                )
                .bind(&files.candidate.id)
                .bind(position as i64)
                .bind(record.letter_date.to_string())
                .bind(to_json(record)?)
                .execute(&mut *tx)
                .await
                .map_err(StoreError::sql(format!(
                    "cannot store the feedback record of `{}`",
                    files.candidate.id
                )))?;
            }
            for (file, table, column) in DOCUMENTS {
                let path = files.dir.join(file);
                if fs_err::symlink_metadata(&path).is_err() {
                    continue;
                }
                let bytes = hirekit_yaml::file::read(&path, Some(&folder.root))
                    .map_err(|d| StoreError::Data(d.render()))?;
                let text = String::from_utf8(bytes).map_err(|_| {
                    StoreError::Data(format!("{} is not UTF-8 text", path.display()))
                })?;
                sqlx::query(&format!(
                    "INSERT INTO {table} (candidate, {column}) VALUES ($1, $2)"
                ))
                .bind(&files.candidate.id)
                .bind(text)
                .execute(&mut *tx)
                .await
                .map_err(StoreError::sql(format!("cannot store {}", path.display())))?;
            }
            if let Some(stored) = &files.consent {
                let log = parse_consent(stored)?;
                insert_consent(&mut tx, &files.candidate.id, &log.entries, 0)
                    .await
                    .map_err(|e| StoreError::Data(e.to_string()))?;
            }
        }
        then(&mut tx).await.map_err(StoreError::Data)?;
        tx.commit()
            .await
            .map_err(StoreError::sql("cannot finish the import"))?;
        Ok(Imported {
            scorecards: scorecard_files.len(),
            candidates: folder.candidates.len(),
            filled_scorecards: filled,
        })
    }

    /// The whole database as the folder model. `root` is where commands put files they write;
    /// candidate folders are named under it as in a hiring folder, but nothing is read there.
    pub async fn load(
        &self,
        root: &Path,
    ) -> Result<(Folder, Vec<hirekit_yaml::Diagnostic>), StoreError> {
        self.load_selected(root, Selection::All).await
    }

    /// The folder model with only candidate `id` (everything recorded about them) and their
    /// scorecard, or `None` when there is no such candidate: what a page about one candidate
    /// needs, read with a few indexed queries instead of the whole database. The profile is
    /// whole. Rules that look at one candidate (`hirekit_panel::assess_candidate`,
    /// `PanelView::for_viewer`, `TimeRules`) give the same answer on it as on [`Database::load`];
    /// anything that counts or compares candidates needs the whole load.
    pub async fn load_candidate(
        &self,
        root: &Path,
        id: &str,
    ) -> Result<Option<Folder>, StoreError> {
        let (folder, _) = self.load_selected(root, Selection::Candidate(id)).await?;
        Ok(Some(folder).filter(|f| !f.candidates.is_empty()))
    }

    /// The folder model with only the candidates planned with interviewer `handle` (everything
    /// recorded about each) and their scorecards: an interviewer's own list, read through the
    /// index on the planned interviews' interviewer. The profile is whole.
    pub async fn load_planned_with(&self, root: &Path, handle: &str) -> Result<Folder, StoreError> {
        self.load_selected(root, Selection::PlannedWith(handle))
            .await
            .map(|(folder, _)| folder)
    }

    /// The company profile alone.
    pub async fn profile(&self) -> Result<Profile, StoreError> {
        let mut tx = self.begin().await?;
        let profile = read_profile(&mut tx).await?;
        tx.commit()
            .await
            .map_err(StoreError::sql("cannot finish reading"))?;
        Ok(profile)
    }

    /// The folder model of the candidates `selection` names, in one read transaction, so that
    /// every part comes from the same moment. Every query filters on the candidate with a bound
    /// parameter, through the tables' keys on `candidate` (and the index on
    /// `planned_interviews (interviewer)`).
    async fn load_selected(
        &self,
        root: &Path,
        selection: Selection<'_>,
    ) -> Result<(Folder, Vec<hirekit_yaml::Diagnostic>), StoreError> {
        let mut tx = self.begin().await?;
        let profile = read_profile(&mut tx).await?;
        let mut problems = Vec::new();
        let mut scorecards = BTreeMap::new();
        for row in selection
            .bind(sqlx::query(&format!(
                "SELECT id, file_name, definition FROM scorecards{} ORDER BY id",
                selection.scorecards()
            )))
            .fetch_all(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot read the scorecards"))?
        {
            let (id, file_name, text): (String, String, String) =
                (get(&row, 0)?, get(&row, 1)?, get(&row, 2)?);
            let shown = root.join(&profile.scorecards).join(&file_name);
            match self.read_scorecard(shown, text) {
                Ok((scorecard, warnings)) => {
                    problems.extend(warnings);
                    scorecards.insert(id, scorecard);
                }
                Err(p) => problems.extend(p),
            }
        }
        let mut candidates: BTreeMap<String, CandidateFiles> = BTreeMap::new();
        for row in selection
            .bind(sqlx::query(&format!(
                "SELECT id, record FROM candidates{} ORDER BY id",
                selection.filter("id")
            )))
            .fetch_all(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot read the candidates"))?
        {
            let id: String = get(&row, 0)?;
            let candidate: Candidate = from_json(&get::<String>(&row, 1)?, &id)?;
            candidates.insert(
                id.clone(),
                CandidateFiles {
                    dir: root.join("candidates").join(&id),
                    candidate,
                    interviews: Vec::new(),
                    feedback: FeedbackHistory::default(),
                    debrief: None,
                    sent: None,
                    consent: None,
                },
            );
        }
        let missing = |id: &str| {
            StoreError::Data(format!(
                "a record refers to candidate `{id}`, who does not exist"
            ))
        };
        for row in selection
            .bind(sqlx::query(&format!(
                "SELECT candidate, interviewer, at FROM planned_interviews{} ORDER BY candidate, position",
                selection.filter("candidate")
            )))
            .fetch_all(&mut *tx)
        .await
        .map_err(StoreError::sql("cannot read the planned interviews"))?
        {
            let id: String = get(&row, 0)?;
            let at: String = get(&row, 2)?;
            let at = DateTime::parse_from_rfc3339(&at)
                .map_err(|e| StoreError::Data(format!("interview of `{id}` at `{at}`: {e}")))?;
            candidates
                .get_mut(&id)
                .ok_or_else(|| missing(&id))?
                .candidate
                .interviews
                .push(PlannedInterview {
                    interviewer: get(&row, 1)?,
                    at,
                });
        }
        for row in selection
            .bind(sqlx::query(&format!(
                "SELECT candidate, decision, reason FROM decisions{}",
                selection.filter("candidate")
            )))
            .fetch_all(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot read the decisions"))?
        {
            let id: String = get(&row, 0)?;
            let decision: Decision = from_code(&get::<String>(&row, 1)?)?;
            let reason: Option<DecisionReason> = get::<Option<String>>(&row, 2)?
                .map(|r| from_code(&r))
                .transpose()?;
            let c = &mut candidates
                .get_mut(&id)
                .ok_or_else(|| missing(&id))?
                .candidate;
            c.decision = Some(decision);
            c.decision_reason = reason;
        }
        for row in selection
            .bind(sqlx::query(&format!(
                "SELECT candidate, record FROM filled_scorecards{} ORDER BY candidate, interviewer",
                selection.filter("candidate")
            )))
            .fetch_all(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot read the filled scorecards"))?
        {
            let id: String = get(&row, 0)?;
            let card: FilledScorecard = from_json(&get::<String>(&row, 1)?, &id)?;
            candidates
                .get_mut(&id)
                .ok_or_else(|| missing(&id))?
                .interviews
                .push(card);
        }
        for row in selection
            .bind(sqlx::query(&format!(
                "SELECT candidate, record FROM feedback_records{} ORDER BY candidate, position",
                selection.filter("candidate")
            )))
            .fetch_all(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot read the feedback records"))?
        {
            let id: String = get(&row, 0)?;
            let record: FeedbackRecord = from_json(&get::<String>(&row, 1)?, &id)?;
            candidates
                .get_mut(&id)
                .ok_or_else(|| missing(&id))?
                .feedback
                .letters
                .push(record);
        }
        // The debrief and send histories, whose formats their own crates own: handed out as
        // stored, named as in a hiring folder, so their problems read the same from either source.
        for (table, column) in [("debriefs", "text"), ("sent_records", "history")] {
            for row in selection
                .bind(sqlx::query(&format!(
                    "SELECT candidate, {column} FROM {table}{}",
                    selection.filter("candidate")
                )))
                .fetch_all(&mut *tx)
                .await
                .map_err(StoreError::sql(format!("cannot read {table}")))?
            {
                let id: String = get(&row, 0)?;
                let text: String = get(&row, 1)?;
                let files = candidates.get_mut(&id).ok_or_else(|| missing(&id))?;
                let (slot, name) = match table {
                    "debriefs" => (&mut files.debrief, hirekit_folder::DEBRIEF_FILE),
                    _ => (&mut files.sent, hirekit_folder::SENT_FILE),
                };
                *slot = Some(StoredRecord {
                    path: files.dir.join(name),
                    bytes: Ok(text.into_bytes()),
                });
            }
        }
        let mut consent: BTreeMap<String, Vec<ConsentEntry>> = BTreeMap::new();
        for row in selection
            .bind(sqlx::query(&format!(
                "{CONSENT_SELECT}{} ORDER BY candidate, position",
                selection.filter("candidate")
            )))
            .fetch_all(&mut *tx)
            .await
            .map_err(StoreError::sql("cannot read the consent answers"))?
        {
            let id: String = get(&row, 0)?;
            consent.entry(id).or_default().push(consent_entry(&row)?);
        }
        for (id, entries) in consent {
            let files = candidates.get_mut(&id).ok_or_else(|| missing(&id))?;
            files.consent = Some(consent_record(&files.dir, entries)?);
        }
        tx.commit()
            .await
            .map_err(StoreError::sql("cannot finish reading"))?;
        // Byte order of ids, as the folder loader sorts: the database's collation may differ.
        let mut candidates: Vec<CandidateFiles> = candidates.into_values().collect();
        for c in &mut candidates {
            c.interviews
                .sort_by(|a, b| a.interviewer.cmp(&b.interviewer));
        }
        Ok((
            Folder {
                root: root.to_path_buf(),
                profile,
                scorecards,
                candidates,
                unreadable: Vec::new(),
            },
            problems,
        ))
    }

    /// A stored scorecard definition, read and validated as `hirekit_scorecard::load` does, or
    /// its earlier result when the text is the same. A definition with errors is not kept.
    fn read_scorecard(
        &self,
        shown: PathBuf,
        text: String,
    ) -> Result<(Scorecard, Vec<hirekit_yaml::Diagnostic>), Vec<hirekit_yaml::Diagnostic>> {
        let parsed = self.parsed.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = parsed.get(&shown).filter(|known| known.text == text) {
            return Ok((known.scorecard.clone(), known.warnings.clone()));
        }
        // Validated without holding the lock: another page need not wait for it.
        drop(parsed);
        let loaded = hirekit_scorecard::load(&shown, text.as_bytes())?;
        let result = (loaded.scorecard.clone(), loaded.warnings.clone());
        self.parsed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                shown,
                ParsedScorecard {
                    text,
                    scorecard: loaded.scorecard,
                    warnings: loaded.warnings,
                },
            );
        Ok(result)
    }

    /// The checklist files stored with the scorecards: (file name, text).
    pub async fn checklists(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query("SELECT file_name, definition FROM checklists ORDER BY file_name")
            .fetch_all(&self.pool)
            .await
            .map_err(StoreError::sql("cannot read the checklists"))?;
        rows.iter().map(|r| Ok((get(r, 0)?, get(r, 1)?))).collect()
    }

    /// Writes the database as a hiring folder at `dir`, which must be absent or empty.
    pub async fn export(&self, dir: &Path) -> Result<(), StoreError> {
        if dir.exists() && fs_err::read_dir(dir)?.next().is_some() {
            return Err(StoreError::TargetNotEmpty(dir.display().to_string()));
        }
        let (folder, _) = self.load(dir).await?;
        let write = |path: PathBuf, text: &str| -> Result<(), StoreError> {
            hirekit_folder::write_atomic(&path, text.as_bytes(), false)
                .map_err(|e| StoreError::Data(format!("{}: {e}", path.display())))
        };
        write(
            dir.join(hirekit_folder::PROFILE_FILE),
            &to_yaml(&folder.profile)?,
        )?;
        let scorecards_dir = dir.join(&folder.profile.scorecards);
        for row in sqlx::query("SELECT file_name, definition FROM scorecards ORDER BY file_name")
            .fetch_all(&self.pool)
            .await
            .map_err(StoreError::sql("cannot read the scorecards"))?
        {
            let name: String = get(&row, 0)?;
            write(
                scorecards_dir.join(safe_relative(&name)?),
                &get::<String>(&row, 1)?,
            )?;
        }
        for (name, text) in self.checklists().await? {
            write(
                scorecards_dir
                    .join(CHECKLIST_DIR)
                    .join(safe_relative(&name)?),
                &text,
            )?;
        }
        for files in &folder.candidates {
            let c = &files.candidate;
            write(files.dir.join("candidate.yaml"), &to_yaml(c)?)?;
            for card in &files.interviews {
                let name = format!("{}.yaml", card.interviewer);
                write(
                    files.dir.join("interviews").join(safe_relative(&name)?),
                    &to_yaml(card)?,
                )?;
            }
            if !files.feedback.letters.is_empty() {
                write(
                    files.dir.join(hirekit_folder::RECORD_FILE),
                    &to_yaml(&files.feedback)?,
                )?;
            }
            if let Some(Ok(bytes)) = files.consent.as_ref().map(|c| c.bytes.as_ref()) {
                write(
                    files.dir.join(hirekit_folder::CONSENT_FILE),
                    &String::from_utf8_lossy(bytes),
                )?;
            }
        }
        for (file, table, column) in DOCUMENTS {
            for row in sqlx::query(&format!("SELECT candidate, {column} FROM {table}"))
                .fetch_all(&self.pool)
                .await
                .map_err(StoreError::sql(format!("cannot read {table}")))?
            {
                let id: String = get(&row, 0)?;
                write(
                    dir.join("candidates").join(safe_relative(&id)?).join(file),
                    &get::<String>(&row, 1)?,
                )?;
            }
        }
        Ok(())
    }

    /// Deletes a candidate; the database deletes everything that refers to them. Returns
    /// whether there was such a candidate.
    pub async fn delete_candidate(&self, id: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM candidates WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(StoreError::sql(format!("cannot delete candidate `{id}`")))?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn submit_scorecard(
        &self,
        filled: &FilledScorecard,
        replace: bool,
    ) -> Result<(), SourceError> {
        let mut tx = self.begin().await.map_err(other)?;
        insert_filled(&mut tx, filled, replace).await?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the scorecard"))
    }

    pub async fn record_decision(
        &self,
        candidate: &str,
        decision: Option<Decision>,
        reason: Option<DecisionReason>,
    ) -> Result<(), SourceError> {
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        sqlx::query("DELETE FROM decisions WHERE candidate = $1")
            .bind(candidate)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the decision"))?;
        if let Some(decision) = decision {
            sqlx::query("INSERT INTO decisions (candidate, decision, reason) VALUES ($1, $2, $3)")
                .bind(candidate)
                .bind(code(&decision))
                .bind(reason.map(|r| code(&r)))
                .execute(&mut *tx)
                .await
                .map_err(|e| write_error(e, "the decision"))?;
        }
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the decision"))
    }

    /// Records whether the candidate agreed, when asked with the decision, to be kept in the
    /// talent pool (`None`: not asked). The candidate's other data stays as it is.
    pub async fn record_talent_pool_consent(
        &self,
        candidate: &str,
        consent: Option<bool>,
    ) -> Result<(), SourceError> {
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        let row = sqlx::query("SELECT record FROM candidates WHERE id = $1")
            .bind(candidate)
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the talent-pool consent"))?;
        let text: String = get(&row, 0).map_err(other)?;
        let mut record: Candidate = from_json(&text, candidate).map_err(other)?;
        record.talent_pool_consent = consent;
        sqlx::query("UPDATE candidates SET record = $1 WHERE id = $2")
            .bind(serde_json::to_string(&record).map_err(|e| SourceError::Other(e.to_string()))?)
            .bind(candidate)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the talent-pool consent"))?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the talent-pool consent"))
    }

    pub async fn append_feedback(
        &self,
        candidate: &str,
        record: &FeedbackRecord,
    ) -> Result<(), SourceError> {
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        let next: i64 = sqlx::query(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM feedback_records WHERE candidate = $1",
        )
        .bind(candidate)
        .fetch_one(&mut *tx)
        .await
        .and_then(|r| r.try_get(0))
        .map_err(|e| write_error(e, "the feedback record"))?;
        sqlx::query(
            "INSERT INTO feedback_records (candidate, position, letter_date, record) VALUES ($1, $2, $3, $4)",
        )
        .bind(candidate)
        .bind(next)
        .bind(record.letter_date.to_string())
        .bind(serde_json::to_string(record).map_err(|e| SourceError::Other(e.to_string()))?)
        .execute(&mut *tx)
        .await
        .map_err(|e| write_error(e, "the feedback record"))?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the feedback record"))
    }

    pub async fn add_candidate(&self, candidate: &Candidate) -> Result<(), SourceError> {
        let mut tx = self.begin().await.map_err(other)?;
        insert_candidate(&mut tx, candidate).await?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the candidate"))
    }

    pub async fn plan_interviews(
        &self,
        candidate: &str,
        interviews: &[PlannedInterview],
    ) -> Result<(), SourceError> {
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        sqlx::query("DELETE FROM planned_interviews WHERE candidate = $1")
            .bind(candidate)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the planned interviews"))?;
        insert_planned(&mut tx, candidate, interviews).await?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the planned interviews"))
    }

    /// A candidate's history record as stored now, named as in a hiring folder under `root`.
    pub async fn read_record(
        &self,
        root: &Path,
        candidate: &str,
        record: HistoryRecord,
    ) -> Result<Option<StoredRecord>, SourceError> {
        let dir = root.join("candidates").join(candidate);
        if record == HistoryRecord::Consent {
            let mut tx = self.begin().await.map_err(other)?;
            exists(&mut tx, candidate).await?;
            let entries = consent_of(&mut tx, candidate).await.map_err(other)?;
            tx.commit()
                .await
                .map_err(|e| write_error(e, record.file_name()))?;
            return if entries.is_empty() {
                Ok(None)
            } else {
                consent_record(&dir, entries).map(Some).map_err(other)
            };
        }
        let (table, column) = history_table(record);
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        let row = sqlx::query(&format!(
            "SELECT {column} FROM {table} WHERE candidate = $1"
        ))
        .bind(candidate)
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| write_error(e, record.file_name()))?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, record.file_name()))?;
        let text = row
            .map(|r| get::<String>(&r, 0))
            .transpose()
            .map_err(other)?;
        Ok(text.map(|text| StoredRecord {
            path: root
                .join("candidates")
                .join(candidate)
                .join(record.file_name()),
            bytes: Ok(text.into_bytes()),
        }))
    }

    /// Replaces a candidate's history record, in one statement (all or nothing).
    pub async fn write_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
        text: &str,
    ) -> Result<(), SourceError> {
        if record == HistoryRecord::Consent {
            return self.write_consent(candidate, text).await;
        }
        let (table, column) = history_table(record);
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        sqlx::query(&format!(
            "INSERT INTO {table} (candidate, {column}) VALUES ($1, $2) \
             ON CONFLICT (candidate) DO UPDATE SET {column} = excluded.{column}"
        ))
        .bind(candidate)
        .bind(text)
        .execute(&mut *tx)
        .await
        .map_err(|e| write_error(e, record.file_name()))?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, record.file_name()))
    }

    /// Replaces a candidate's consent answers with those of `text` (a consent record as
    /// written by `hirekit privacy consent`), in one transaction. The record only grows: an
    /// answer already stored must come back unchanged, so an earlier answer is never rewritten.
    async fn write_consent(&self, candidate: &str, text: &str) -> Result<(), SourceError> {
        let path = Path::new("candidates")
            .join(candidate)
            .join(hirekit_folder::CONSENT_FILE);
        let (log, _) = hirekit_yaml::read::<ConsentLog>(&path, text.as_bytes())
            .map_err(|p| SourceError::Other(describe(&p)))?;
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, candidate).await?;
        let stored = consent_of(&mut tx, candidate).await.map_err(other)?;
        if log.entries.len() < stored.len() || log.entries[..stored.len()] != stored[..] {
            return Err(SourceError::Other(format!(
                "the consent record of `{candidate}` changed since it was read; earlier answers are never rewritten, so nothing was stored"
            )));
        }
        insert_consent(
            &mut tx,
            candidate,
            &log.entries[stored.len()..],
            stored.len(),
        )
        .await?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, hirekit_folder::CONSENT_FILE))
    }

    /// Replaces candidate `old` with its anonymous copy `anonymous` (a new id, with only what
    /// may be kept), in one transaction: the new rows are written, every row of `old` goes
    /// (the CV, the letters' records, the send history and the consent answers with it, by
    /// `ON DELETE CASCADE`), the web app's audit entries about `old` name the new id instead,
    /// and `audit_line` is added to the privacy audit. A failure leaves everything as it was.
    pub async fn anonymise(
        &self,
        old: &str,
        anonymous: &CandidateFiles,
        audit_line: &str,
    ) -> Result<(), SourceError> {
        let new = &anonymous.candidate.id;
        let mut tx = self.begin().await.map_err(other)?;
        exists(&mut tx, old).await?;
        insert_candidate(&mut tx, &anonymous.candidate).await?;
        for card in &anonymous.interviews {
            insert_filled(&mut tx, card, false).await?;
        }
        for (position, record) in anonymous.feedback.letters.iter().enumerate() {
            sqlx::query(
                "INSERT INTO feedback_records (candidate, position, letter_date, record) VALUES ($1, $2, $3, $4)",
            )
            .bind(new)
            .bind(position as i64)
            .bind(record.letter_date.to_string())
            .bind(serde_json::to_string(record).map_err(|e| SourceError::Other(e.to_string()))?)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the feedback record"))?;
        }
        if let Some(Ok(bytes)) = anonymous.debrief.as_ref().map(|d| d.bytes.as_ref()) {
            sqlx::query("INSERT INTO debriefs (candidate, text) VALUES ($1, $2)")
                .bind(new)
                .bind(String::from_utf8_lossy(bytes).into_owned())
                .execute(&mut *tx)
                .await
                .map_err(|e| write_error(e, "the debrief"))?;
        }
        if let Some(stored) = &anonymous.consent {
            let log = parse_consent(stored).map_err(other)?;
            insert_consent(&mut tx, new, &log.entries, 0).await?;
        }
        sqlx::query("UPDATE audit_log SET candidate = $1 WHERE candidate = $2")
            .bind(new)
            .bind(old)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the audit log"))?;
        // The talent-pool entry and its contact notes (free text) go with the candidate. The
        // foreign keys cascade too; deleting them by name keeps this true whatever a later
        // migration does to the keys.
        sqlx::query(
            "DELETE FROM pool_contacts WHERE member IN (SELECT id FROM pool_members WHERE candidate = $1)",
        )
        .bind(old)
        .execute(&mut *tx)
        .await
        .map_err(|e| write_error(e, "the talent-pool contacts"))?;
        sqlx::query("DELETE FROM pool_members WHERE candidate = $1")
            .bind(old)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the talent-pool entry"))?;
        sqlx::query("DELETE FROM candidates WHERE id = $1")
            .bind(old)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the removal"))?;
        let next: i64 = sqlx::query("SELECT COALESCE(MAX(position) + 1, 0) FROM privacy_audit")
            .fetch_one(&mut *tx)
            .await
            .and_then(|r| r.try_get(0))
            .map_err(|e| write_error(e, "the privacy audit"))?;
        sqlx::query("INSERT INTO privacy_audit (position, line) VALUES ($1, $2)")
            .bind(next)
            .bind(audit_line.trim_end())
            .execute(&mut *tx)
            .await
            .map_err(|e| write_error(e, "the privacy audit"))?;
        tx.commit()
            .await
            .map_err(|e| write_error(e, "the anonymous record"))
    }

    /// The privacy audit, oldest first: one line per purge or erasure.
    pub async fn privacy_audit(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT line FROM privacy_audit ORDER BY position")
            .fetch_all(&self.pool)
            .await
            .map_err(StoreError::sql("cannot read the privacy audit"))?;
        rows.iter().map(|r| get(r, 0)).collect()
    }

    /// The documents kept whole for a candidate (the CV, the send history), by the file name
    /// they have in a hiring folder: what a folder holds as other files, for an export.
    pub async fn documents(&self, candidate: &str) -> Result<Vec<(String, String)>, StoreError> {
        let mut found = Vec::new();
        for (file, table, column) in DOCUMENTS {
            if *table == "debriefs" {
                continue;
            }
            let row = sqlx::query(&format!(
                "SELECT {column} FROM {table} WHERE candidate = $1"
            ))
            .bind(candidate)
            .fetch_optional(&self.pool)
            .await
            .map_err(StoreError::sql(format!("cannot read {table}")))?;
            if let Some(row) = row {
                found.push(((*file).to_owned(), get(&row, 0)?));
            }
        }
        found.sort();
        Ok(found)
    }

    async fn begin(&self) -> Result<Transaction<'static, Any>, StoreError> {
        self.pool.begin().await.map_err(|e| StoreError::Connect {
            database: self.url.shown(),
            message: e.to_string(),
        })
    }
}

/// The table and column of a history record.
fn history_table(record: HistoryRecord) -> (&'static str, &'static str) {
    match record {
        HistoryRecord::Debrief => ("debriefs", "text"),
        HistoryRecord::Sent => ("sent_records", "history"),
        // One row per answer, handled by `read_record` and `write_consent` themselves.
        HistoryRecord::Consent => ("consent_answers", "answer"),
    }
}

const CONSENT_SELECT: &str =
    "SELECT candidate, answered_on, answer, channel, purpose, valid_until FROM consent_answers";

/// One consent answer from a row of [`CONSENT_SELECT`].
fn consent_entry(row: &sqlx::any::AnyRow) -> Result<ConsentEntry, StoreError> {
    let day = |text: String| {
        text.parse()
            .map_err(|e| StoreError::Data(format!("consent date `{text}`: {e}")))
    };
    Ok(ConsentEntry {
        on: day(get(row, 1)?)?,
        answer: from_code(&get::<String>(row, 2)?)?,
        how: from_code(&get::<String>(row, 3)?)?,
        purpose: from_code(&get::<String>(row, 4)?)?,
        until: get::<Option<String>>(row, 5)?.map(day).transpose()?,
    })
}

async fn consent_of(
    tx: &mut Transaction<'static, Any>,
    candidate: &str,
) -> Result<Vec<ConsentEntry>, StoreError> {
    sqlx::query(&format!(
        "{CONSENT_SELECT} WHERE candidate = $1 ORDER BY position"
    ))
    .bind(candidate)
    .fetch_all(&mut **tx)
    .await
    .map_err(StoreError::sql("cannot read the consent answers"))?
    .iter()
    .map(consent_entry)
    .collect()
}

/// The consent answers as the record a hiring folder holds, named as there: the owner
/// (hirekit-privacy) reads and checks it the same way from either source.
fn consent_record(dir: &Path, entries: Vec<ConsentEntry>) -> Result<StoredRecord, StoreError> {
    let text =
        hirekit_folder::consent::to_yaml(&ConsentLog { entries }).map_err(StoreError::Data)?;
    Ok(StoredRecord {
        path: dir.join(hirekit_folder::CONSENT_FILE),
        bytes: Ok(text.into_bytes()),
    })
}

fn parse_consent(stored: &StoredRecord) -> Result<ConsentLog, StoreError> {
    let bytes = stored
        .bytes
        .as_ref()
        .map_err(|d| StoreError::Data(d.render()))?;
    hirekit_yaml::read::<ConsentLog>(&stored.path, bytes)
        .map(|(log, _)| log)
        .map_err(|p| StoreError::Data(describe(&p)))
}

fn describe(problems: &[hirekit_yaml::Diagnostic]) -> String {
    problems
        .iter()
        .map(hirekit_yaml::Diagnostic::render)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Stores `entries` as the answers from `first` on.
async fn insert_consent(
    tx: &mut Transaction<'static, Any>,
    candidate: &str,
    entries: &[ConsentEntry],
    first: usize,
) -> Result<(), SourceError> {
    for (i, entry) in entries.iter().enumerate() {
        sqlx::query(
            "INSERT INTO consent_answers (candidate, position, answered_on, answer, channel, purpose, valid_until) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(candidate)
        .bind((first + i) as i64)
        .bind(entry.on.to_string())
        .bind(entry.answer.code())
        .bind(entry.how.code())
        .bind(entry.purpose.code())
        .bind(entry.until.map(|d| d.to_string()))
        .execute(&mut **tx)
        .await
        .map_err(|e| write_error(e, "the consent answer"))?;
    }
    Ok(())
}

/// Creates the SQLite file (and its folder) readable and writable by its owner only, unless it
/// exists. The WAL and shared-memory files SQLite adds next to it take the same mode.
fn create_private_file(path: &Path) -> Result<(), StoreError> {
    if path.exists() {
        return Ok(());
    }
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        fs_err::create_dir_all(parent)?;
    }
    let mut options = fs_err::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use fs_err::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Which candidates [`Database::load_selected`] reads. The value a query filters on is always a
/// bound parameter (`$1`), never part of the SQL text.
#[derive(Debug, Clone, Copy)]
enum Selection<'a> {
    All,
    /// One candidate, by id.
    Candidate(&'a str),
    /// The candidates with an interview planned with this interviewer.
    PlannedWith(&'a str),
}

impl Selection<'_> {
    /// The `WHERE` clause that keeps the selected candidates' rows, by the table's candidate
    /// column.
    fn filter(&self, column: &str) -> String {
        match self {
            Selection::All => String::new(),
            Selection::Candidate(_) => format!(" WHERE {column} = $1"),
            Selection::PlannedWith(_) => format!(
                " WHERE {column} IN (SELECT candidate FROM planned_interviews WHERE interviewer = $1)"
            ),
        }
    }

    /// The `WHERE` clause that keeps the scorecards of the selected candidates.
    fn scorecards(&self) -> String {
        match self {
            Selection::All => String::new(),
            _ => format!(
                " WHERE id IN (SELECT scorecard FROM candidates{})",
                self.filter("id")
            ),
        }
    }

    fn bind<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>> {
        match self {
            Selection::All => query,
            Selection::Candidate(value) | Selection::PlannedWith(value) => {
                query.bind((*value).to_owned())
            }
        }
    }
}

async fn read_profile(tx: &mut Transaction<'static, Any>) -> Result<Profile, StoreError> {
    let text: String = sqlx::query("SELECT profile FROM company WHERE id = 1")
        .fetch_optional(&mut **tx)
        .await
        .map_err(StoreError::sql("cannot read the company profile"))?
        .ok_or(StoreError::Empty)?
        .try_get(0)
        .map_err(StoreError::sql("cannot read the company profile"))?;
    from_json(&text, "the company profile")
}

async fn company(tx: &mut Transaction<'static, Any>) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT profile FROM company WHERE id = 1")
        .fetch_optional(&mut **tx)
        .await
        .map_err(StoreError::sql("cannot read the company profile"))?;
    match row {
        None => Ok(None),
        Some(row) => {
            let profile: Profile = from_json(&get::<String>(&row, 0)?, "the company profile")?;
            Ok(Some(profile.company))
        }
    }
}

async fn exists(tx: &mut Transaction<'static, Any>, id: &str) -> Result<(), SourceError> {
    let row = sqlx::query("SELECT id FROM candidates WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await
        .map_err(|e| write_error(e, "the candidate"))?;
    match row {
        Some(_) => Ok(()),
        None => Err(SourceError::UnknownCandidate(id.to_owned())),
    }
}

/// The candidate row holds the candidate's own fields; the planned interviews and the decision
/// are rows of their own, so their record is stored without them (one place for each fact).
async fn insert_candidate(
    tx: &mut Transaction<'static, Any>,
    candidate: &Candidate,
) -> Result<(), SourceError> {
    let mut own = candidate.clone();
    own.interviews.clear();
    own.decision = None;
    own.decision_reason = None;
    sqlx::query("INSERT INTO candidates (id, scorecard, record) VALUES ($1, $2, $3)")
        .bind(&candidate.id)
        .bind(&candidate.scorecard)
        .bind(serde_json::to_string(&own).map_err(|e| SourceError::Other(e.to_string()))?)
        .execute(&mut **tx)
        .await
        .map_err(|e| match e.as_database_error().map(|d| d.kind()) {
            Some(sqlx::error::ErrorKind::UniqueViolation) => {
                SourceError::CandidateExists(candidate.id.clone())
            }
            Some(sqlx::error::ErrorKind::ForeignKeyViolation) => SourceError::Other(format!(
                "candidate `{}`: there is no scorecard `{}`",
                candidate.id, candidate.scorecard
            )),
            _ => write_error(e, "the candidate"),
        })?;
    insert_planned(tx, &candidate.id, &candidate.interviews).await?;
    if let Some(decision) = candidate.decision {
        sqlx::query("INSERT INTO decisions (candidate, decision, reason) VALUES ($1, $2, $3)")
            .bind(&candidate.id)
            .bind(code(&decision))
            .bind(candidate.decision_reason.map(|r| code(&r)))
            .execute(&mut **tx)
            .await
            .map_err(|e| write_error(e, "the decision"))?;
    }
    Ok(())
}

async fn insert_planned(
    tx: &mut Transaction<'static, Any>,
    candidate: &str,
    interviews: &[PlannedInterview],
) -> Result<(), SourceError> {
    for (position, planned) in interviews.iter().enumerate() {
        sqlx::query(
            "INSERT INTO planned_interviews (candidate, position, interviewer, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(candidate)
        .bind(position as i64)
        .bind(&planned.interviewer)
        .bind(planned.at.to_rfc3339())
        .execute(&mut **tx)
        .await
        .map_err(|e| write_error(e, "the planned interviews"))?;
    }
    Ok(())
}

/// Inserts a filled scorecard. The `UNIQUE (candidate, interviewer)` constraint refuses a
/// second one, also when two submissions race: only one insert can commit.
async fn insert_filled(
    tx: &mut Transaction<'static, Any>,
    filled: &FilledScorecard,
    replace: bool,
) -> Result<(), SourceError> {
    if replace {
        sqlx::query("DELETE FROM filled_scorecards WHERE candidate = $1 AND interviewer = $2")
            .bind(&filled.candidate)
            .bind(&filled.interviewer)
            .execute(&mut **tx)
            .await
            .map_err(|e| write_error(e, "the scorecard"))?;
    }
    sqlx::query(
        "INSERT INTO filled_scorecards (candidate, interviewer, submitted_at, record) VALUES ($1, $2, $3, $4)",
    )
    .bind(&filled.candidate)
    .bind(&filled.interviewer)
    .bind(filled.submitted_at.to_rfc3339())
    .bind(serde_json::to_string(filled).map_err(|e| SourceError::Other(e.to_string()))?)
    .execute(&mut **tx)
    .await
    .map_err(|e| match e.as_database_error().map(|d| d.kind()) {
        Some(sqlx::error::ErrorKind::UniqueViolation) => SourceError::AlreadySubmitted {
            candidate: filled.candidate.clone(),
            interviewer: filled.interviewer.clone(),
        },
        Some(sqlx::error::ErrorKind::ForeignKeyViolation) => {
            SourceError::UnknownCandidate(filled.candidate.clone())
        }
        _ => write_error(e, "the scorecard"),
    })?;
    Ok(())
}

fn write_error(e: sqlx::Error, what: &str) -> SourceError {
    SourceError::Other(format!("cannot store {what}: {e}"))
}

fn other(e: StoreError) -> SourceError {
    SourceError::Other(e.to_string())
}

fn get<T>(row: &sqlx::any::AnyRow, index: usize) -> Result<T, StoreError>
where
    T: for<'r> sqlx::Decode<'r, Any> + sqlx::Type<Any>,
{
    row.try_get(index)
        .map_err(StoreError::sql("cannot read a column"))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Data(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(text)
        .map_err(|e| StoreError::Data(format!("the stored record of {what} is damaged: {e}")))
}

fn to_yaml<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_saphyr::to_string(value).map_err(|e| StoreError::Data(e.to_string()))
}

/// The snake_case code of an enum value (`reject`, `other_candidate`), as in the YAML files.
fn code<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn from_code<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|e| StoreError::Data(format!("`{text}`: {e}")))
}

/// A stored name used as a path inside the export folder: plain relative components only, so
/// a damaged or hostile row cannot write outside it.
fn safe_relative(name: &str) -> Result<PathBuf, StoreError> {
    let path = Path::new(name);
    let plain = path
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if plain && !name.is_empty() {
        Ok(path.to_path_buf())
    } else {
        Err(StoreError::Data(format!(
            "`{name}` cannot be a file name in a hiring folder"
        )))
    }
}

/// The valid scorecards of `folder` as (id → (file name relative to the scorecards folder,
/// text)). Checklists beside them are not scorecards.
fn scorecard_files(folder: &Folder) -> Result<BTreeMap<String, (String, String)>, StoreError> {
    let dir = folder.scorecards_dir();
    let mut found = BTreeMap::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    for path in hirekit_folder::yaml_files(&dir)? {
        let relative = path.strip_prefix(&dir).unwrap_or(&path);
        if relative.starts_with(CHECKLIST_DIR) {
            continue;
        }
        let bytes = hirekit_yaml::file::read(&path, Some(&dir))
            .map_err(|d| StoreError::Data(d.render()))?;
        if let Ok(loaded) = hirekit_scorecard::load(&path, &bytes)
            && folder.scorecards.get(&loaded.scorecard.id) == Some(&loaded.scorecard)
            && !found.contains_key(&loaded.scorecard.id)
        {
            let text = String::from_utf8(bytes)
                .map_err(|_| StoreError::Data(format!("{} is not UTF-8 text", path.display())))?;
            found.insert(
                loaded.scorecard.id.clone(),
                (relative.to_string_lossy().into_owned(), text),
            );
        }
    }
    Ok(found)
}

/// The red-flag checklist files in the scorecards folder's `checklists/`.
fn checklist_files(folder: &Folder) -> Result<Vec<(String, String)>, StoreError> {
    let dir = folder.scorecards_dir().join(CHECKLIST_DIR);
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    for path in hirekit_folder::yaml_files(&dir)? {
        let relative = path.strip_prefix(&dir).unwrap_or(&path);
        let bytes = hirekit_yaml::file::read(&path, Some(&dir))
            .map_err(|d| StoreError::Data(d.render()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| StoreError::Data(format!("{} is not UTF-8 text", path.display())))?;
        found.push((relative.to_string_lossy().into_owned(), text));
    }
    Ok(found)
}
