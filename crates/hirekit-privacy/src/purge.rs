//! Removing a candidate's personal data from the hiring folder while keeping the numbers.
//!
//! What remains of a purged candidate is anonymous: a random id, the scorecard, the numeric
//! ratings, the decision and the dates, so `score`, `report` and interviewer calibration keep
//! counting them. Removed: the name, e-mail and postal address, the CV, every evidence text,
//! the decision note and the panel's reasons, the letters (PDF, e-mail, text in `out/`), the
//! copies of sent e-mails (`sent/<id>/`), drafts and any other file in the candidate's folder.
//!
//! ## Nothing half-done
//!
//! A purge of one candidate `c` that becomes `anon-X` runs in this order:
//!
//! 1. write the anonymous files to `candidates/.purging-X/` (hidden: the loader skips it), with
//!    the audit line to write in `.audit-line`;
//! 2. delete `c`'s letters in `out/` and sent copies in `sent/c/`;
//! 3. rename `candidates/c` to `candidates/.purged-X` — the moment the purge takes effect;
//! 4. rename `candidates/.purging-X` to `candidates/anon-X`;
//! 5. append the audit line to `privacy-audit.log` and remove `.audit-line`;
//! 6. remove `candidates/.purged-X`.
//!
//! Killed before step 3, the candidate is still in place and still due: the next run removes
//! the leftover `.purging-X` and starts again. Killed at or after step 3, the next run
//! ([`recover`]) finishes steps 4 to 6. Every rename is within one folder, so atomic.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hirekit_folder::{
    Candidate, CandidateFiles, FeedbackHistory, FilledScorecard, Folder, StoredRecord,
};
use serde::Serialize;

use crate::Place;
use crate::pool::{PoolMember, PoolRecords};
use crate::retention::{Action, Due};

/// The audit log in the hiring folder: one line per purge or erasure, with no personal data.
pub const AUDIT_FILE: &str = "privacy-audit.log";

/// What replaces every free text that may describe the person.
pub const REMOVED: &str = "(removed under the retention rules)";

/// The e-mail address of an anonymised candidate (`.invalid` is reserved, RFC 2606: it can
/// never be delivered). With a name equal to the id, it marks the candidate as anonymous.
pub const ANONYMOUS_EMAIL: &str = "removed@anonymised.invalid";

/// Whether `candidate` is what a purge left: nothing personal remains to be deleted.
pub fn is_anonymous(candidate: &hirekit_folder::Candidate) -> bool {
    candidate.email == ANONYMOUS_EMAIL
        && candidate.name == candidate.id
        && candidate.id.starts_with("anon-")
}

const STAGING: &str = ".purging-";
const RETIRED: &str = ".purged-";
const AUDIT_LINE: &str = ".audit-line";

/// Why a candidate's data was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// The retention period without consent (or after a refusal) ended.
    Retention,
    /// The consent ended and was not renewed.
    ConsentEnded,
    /// The candidate asked for erasure (AVG art. 17).
    ErasureRequest,
}

impl Ground {
    pub fn code(self) -> &'static str {
        match self {
            Ground::Retention => "retention",
            Ground::ConsentEnded => "consent_ended",
            Ground::ErasureRequest => "erasure_request",
        }
    }

    fn of(due: &Due) -> Ground {
        if due.consent_until.is_some() {
            Ground::ConsentEnded
        } else {
            Ground::Retention
        }
    }
}

/// One candidate to purge (or erase), with every file that goes.
#[derive(Debug, Clone, Serialize)]
pub struct Planned {
    pub candidate: String,
    pub ground: Ground,
    /// The day the data became due for deletion (for an erasure: the day asked).
    pub due: NaiveDate,
    /// Files and folders removed, relative to the hiring folder. The first is always the
    /// candidate's folder, which is anonymised rather than deleted.
    pub removes: Vec<String>,
    /// Letter files recorded outside the hiring folder (`--out`): hirekit does not delete
    /// outside the folder, so they are named for the user to delete.
    pub outside: Vec<String>,
    /// Their talent-pool entry, removed with its contact log: the number of contacts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_contacts: Option<usize>,
    /// A person added to the talent pool by hand (`kind`): no candidate folder, only the pool
    /// entry, which is removed whole (nothing of it is kept).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<&'static str>,
}

/// What `privacy purge` would do (or did) on a day.
#[derive(Debug, Clone, Serialize)]
pub struct PurgePlan {
    pub today: NaiveDate,
    /// Due and past the grace week: removed by `--apply`.
    pub ready: Vec<Planned>,
    /// Due, but still in the grace week.
    pub waiting: Vec<Due>,
}

/// What one applied purge left: the random id and the audit line written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Done {
    pub anonymous_id: String,
    pub audit: String,
}

/// A purge or erasure that could not be done; nothing of that candidate was changed unless the
/// message says otherwise, and the next run finishes an interrupted one.
#[derive(Debug)]
pub struct PurgeError(pub String);

impl std::fmt::Display for PurgeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PurgeError {}

fn io_error(what: &str, path: &Path, e: impl std::fmt::Display) -> PurgeError {
    PurgeError(format!("cannot {what} {}: {e}", path.display()))
}

/// What a purge on `today` would do, from the `due` list of the folder and its talent pool
/// (`pool`: its members as read).
pub fn plan(folder: &Folder, pool: &[PoolMember], due: &[Due], today: NaiveDate) -> PurgePlan {
    let mut ready = Vec::new();
    let mut waiting = Vec::new();
    for item in due.iter().filter(|d| d.action == Action::Delete) {
        let ground = Ground::of(item);
        let planned = if let Some(files) = folder.candidate(&item.candidate) {
            planned(folder, pool, files, ground, item.from)
        } else if let Some(p) = planned_person(pool, &item.candidate, ground, item.from) {
            p
        } else {
            continue;
        };
        match item.purge_from {
            Some(from) if today >= from => ready.push(planned),
            _ => waiting.push(item.clone()),
        }
    }
    PurgePlan {
        today,
        ready,
        waiting,
    }
}

/// The plan for removing person `id`, added to the talent pool by hand, now: their entry and
/// its contact log; `None` when `id` is not such a person.
pub fn planned_person(
    pool: &[PoolMember],
    id: &str,
    ground: Ground,
    due: NaiveDate,
) -> Option<Planned> {
    let member = pool.iter().find(|m| m.id == id)?;
    let person = member.person.as_ref()?;
    Some(Planned {
        candidate: id.to_owned(),
        ground,
        due,
        removes: Vec::new(),
        outside: Vec::new(),
        pool_contacts: Some(member.contacts),
        person: Some(person.kind),
    })
}

/// The plan for removing one candidate's personal data now, with their talent-pool entry
/// (`pool`: the pool's members as read).
pub fn planned(
    folder: &Folder,
    pool: &[PoolMember],
    files: &CandidateFiles,
    ground: Ground,
    due: NaiveDate,
) -> Planned {
    let id = &files.candidate.id;
    let root = &folder.root;
    let mut removes = vec![format!("candidates/{id}/")];
    let mut outside = Vec::new();
    for path in outside_files(root, files) {
        match path {
            Ok(relative) => removes.push(relative),
            Err(absolute) => outside.push(absolute),
        }
    }
    if root.join("sent").join(id).is_dir() {
        removes.push(format!("sent/{id}/"));
    }
    let pool_contacts = pool
        .iter()
        .find(|m| m.person.is_none() && &m.id == id)
        .map(|m| m.contacts);
    Planned {
        candidate: id.clone(),
        ground,
        due,
        removes,
        outside,
        pool_contacts,
        person: None,
    }
}

/// The candidate's files outside its folder: `Ok(path relative to the root)` for letters in
/// the hiring folder that exist, `Err(path)` for letters recorded outside it.
fn outside_files(root: &Path, files: &CandidateFiles) -> Vec<Result<String, String>> {
    let id = &files.candidate.id;
    let mut found: Vec<Result<String, String>> = Vec::new();
    for letter in &files.feedback.letters {
        for file in &letter.files {
            let path = Path::new(&file.path);
            let inside = path.is_relative()
                && path
                    .components()
                    .all(|c| matches!(c, std::path::Component::Normal(_)));
            if !inside {
                if fs_err::symlink_metadata(path).is_ok() {
                    found.push(Err(file.path.clone()));
                }
            } else if fs_err::symlink_metadata(root.join(path)).is_ok() {
                found.push(Ok(file.path.clone()));
            }
        }
    }
    // Letters written before the record listed files, or by an interrupted run: `out/<id>.*`.
    if let Ok(entries) = fs_err::read_dir(root.join("out")) {
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name
                .strip_prefix(id.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
            {
                found.push(Ok(format!("out/{name}")));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// A random id for an anonymised candidate: `anon-` and twelve hex digits from the operating
/// system's generator, so it cannot be traced back to the old id or the moment of the purge.
fn random_id(candidates_dir: &Path) -> Result<String, PurgeError> {
    loop {
        let id = random_hex_id()?;
        let hex = id.trim_start_matches("anon-");
        let taken = [
            id.clone(),
            format!("{STAGING}{hex}"),
            format!("{RETIRED}{hex}"),
        ]
        .iter()
        .any(|n| fs_err::symlink_metadata(candidates_dir.join(n)).is_ok());
        if !taken {
            return Ok(id);
        }
    }
}

/// `anon-` and twelve random hex digits.
fn random_hex_id() -> Result<String, PurgeError> {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).map_err(|e| PurgeError(format!("cannot draw a random id: {e}")))?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("anon-{hex}"))
}

/// The audit line of a purge: the day, what, the random id, the scorecard, why, and counts.
/// Never a name, an address or the old id (which may be a name).
fn audit_line(today: NaiveDate, anonymous_id: &str, files: &CandidateFiles, p: &Planned) -> String {
    let action = match p.ground {
        Ground::ErasureRequest => "erase",
        _ => "purge",
    };
    // The pool entry is named only when there was one, so the lines of purges without one
    // read as they always did.
    let pool = match p.pool_contacts {
        Some(contacts) => format!(" pool_entry=removed contacts={contacts}"),
        None => String::new(),
    };
    format!(
        "{today} {action} {anonymous_id} scorecard={} decision={} ground={} due={} removed={}{pool}\n",
        files.candidate.scorecard,
        files.candidate.decision.map_or("none", |d| match d {
            hirekit_folder::Decision::Advance => "advance",
            hirekit_folder::Decision::Reject => "reject",
            hirekit_folder::Decision::Hired => "hired",
            hirekit_folder::Decision::Withdrawn => "withdrawn",
        }),
        p.ground.code(),
        p.due,
        p.removes.len(),
    )
}

/// The candidate record that remains: the random id as id and name, no contact details.
fn anonymous_candidate(files: &CandidateFiles, anonymous_id: &str) -> Candidate {
    let mut candidate = files.candidate.clone();
    candidate.id = anonymous_id.to_owned();
    candidate.name = anonymous_id.to_owned();
    candidate.given_name = None;
    candidate.email = ANONYMOUS_EMAIL.to_owned();
    candidate.address = Vec::new();
    candidate
}

/// A filled scorecard without its evidence texts: the numbers remain.
fn anonymous_filled(mut filled: FilledScorecard, anonymous_id: &str) -> FilledScorecard {
    filled.candidate = anonymous_id.to_owned();
    for rating in filled.ratings.values_mut() {
        if rating.evidence.is_some() {
            rating.evidence = Some(REMOVED.to_owned());
        }
    }
    filled
}

/// The debrief without the decision note and the panel's reasons, as its text.
fn anonymous_debrief(files: &CandidateFiles) -> Result<Option<String>, PurgeError> {
    let Some(mut log) = hirekit_debrief::of(files).map_err(|p| {
        PurgeError(format!(
            "cannot read {}: {}",
            files.dir.join(hirekit_debrief::DEBRIEF_FILE).display(),
            p.first().map_or("", |d| d.message.as_str())
        ))
    })?
    else {
        return Ok(None);
    };
    for decision in &mut log.decisions {
        if decision.note.is_some() {
            decision.note = Some(REMOVED.to_owned());
        }
        for rating in &mut decision.final_ratings {
            rating.reason = REMOVED.to_owned();
        }
    }
    hirekit_debrief::to_yaml(&log)
        .map(Some)
        .map_err(|e| PurgeError(format!("cannot write the anonymous record: {e}")))
}

/// The letter history without the letter files and what the letters were based on.
fn anonymous_feedback(files: &CandidateFiles) -> FeedbackHistory {
    let mut history: FeedbackHistory = files.feedback.clone();
    for letter in &mut history.letters {
        letter.files.clear();
        letter.basis = None;
    }
    history
}

/// The consent record holds dates and channels only: proof that consent existed, kept.
fn kept_consent(files: &CandidateFiles) -> Result<Option<String>, PurgeError> {
    match &files.consent {
        None => Ok(None),
        Some(stored) => match &stored.bytes {
            Ok(bytes) => Ok(Some(String::from_utf8_lossy(bytes).into_owned())),
            Err(d) => Err(PurgeError(d.render())),
        },
    }
}

/// What remains of a candidate, as the model a source stores: for a database, which writes it
/// in the same transaction that removes the candidate.
pub fn anonymous(files: &CandidateFiles, anonymous_id: &str) -> Result<CandidateFiles, PurgeError> {
    let dir = files
        .dir
        .parent()
        .map_or_else(|| PathBuf::from(anonymous_id), |p| p.join(anonymous_id));
    let stored = |name: &str, text: Option<String>| {
        text.map(|t| StoredRecord {
            path: dir.join(name),
            bytes: Ok(t.into_bytes()),
        })
    };
    Ok(CandidateFiles {
        candidate: anonymous_candidate(files, anonymous_id),
        interviews: files
            .interviews
            .iter()
            .map(|f| anonymous_filled(f.clone(), anonymous_id))
            .collect(),
        feedback: anonymous_feedback(files),
        debrief: stored(hirekit_debrief::DEBRIEF_FILE, anonymous_debrief(files)?),
        sent: None,
        consent: stored(crate::consent::CONSENT_FILE, kept_consent(files)?),
        dir: dir.clone(),
    })
}

/// The anonymous files of a candidate, relative to its folder.
fn anonymous_files(
    files: &CandidateFiles,
    anonymous_id: &str,
    today: NaiveDate,
) -> Result<Vec<(PathBuf, String)>, PurgeError> {
    let header = format!(
        "# Anonymised by `hirekit privacy` on {today}: the personal data was removed; the\n\
         # ratings, the decision and the dates remain for reports and calibration.\n"
    );
    let yaml = |value: &dyn erased::Yaml| -> Result<String, PurgeError> {
        value
            .yaml()
            .map(|y| format!("{header}{y}"))
            .map_err(|e| PurgeError(format!("cannot write the anonymous record: {e}")))
    };
    let mut out = Vec::new();
    out.push((
        PathBuf::from("candidate.yaml"),
        yaml(&anonymous_candidate(files, anonymous_id))?,
    ));

    // The interview files under their own names (the interviewer's handle).
    let interviews_dir = files.dir.join("interviews");
    if interviews_dir.is_dir() {
        let paths = hirekit_folder::yaml_files(&interviews_dir)
            .map_err(|e| io_error("read", &interviews_dir, e))?;
        for path in paths {
            let bytes = fs_err::read(&path).map_err(|e| io_error("read", &path, e))?;
            let (filled, _) = hirekit_yaml::read::<FilledScorecard>(&path, &bytes)
                .map_err(|_| PurgeError(format!("cannot read {}", path.display())))?;
            let relative = path.strip_prefix(&files.dir).unwrap_or(&path).to_path_buf();
            out.push((relative, yaml(&anonymous_filled(filled, anonymous_id))?));
        }
    }
    if let Some(text) = anonymous_debrief(files)? {
        out.push((PathBuf::from(hirekit_debrief::DEBRIEF_FILE), text));
    }
    if !files.feedback.letters.is_empty() {
        out.push((
            PathBuf::from(hirekit_folder::RECORD_FILE),
            yaml(&anonymous_feedback(files))?,
        ));
    }
    if let Some(text) = kept_consent(files)? {
        out.push((PathBuf::from(crate::consent::CONSENT_FILE), text));
    }
    Ok(out)
}

mod erased {
    /// Any record that can be written as YAML.
    pub trait Yaml {
        fn yaml(&self) -> Result<String, String>;
    }

    impl<T: serde::Serialize> Yaml for T {
        fn yaml(&self) -> Result<String, String> {
            serde_saphyr::to_string(self).map_err(|e| e.to_string())
        }
    }
}

/// Writes `text` to a new file at `path` and flushes it to disk.
fn write_synced(path: &Path, text: &[u8]) -> Result<(), PurgeError> {
    if let Some(parent) = path.parent() {
        fs_err::create_dir_all(parent).map_err(|e| io_error("create", parent, e))?;
    }
    let mut file = fs_err::File::create(path).map_err(|e| io_error("create", path, e))?;
    file.write_all(text)
        .and_then(|()| file.sync_all())
        .map_err(|e| io_error("write", path, e))
}

fn remove_path(path: &Path) -> Result<(), PurgeError> {
    match fs_err::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) if m.is_dir() => {
            fs_err::remove_dir_all(path).map_err(|e| io_error("remove", path, e))
        }
        Ok(_) => fs_err::remove_file(path).map_err(|e| io_error("remove", path, e)),
    }
}

/// Where a purge may be stopped in a test, to check that the next run finishes it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StopAfter {
    Staged,
    Retired,
    Never,
}

/// Removes one candidate's personal data now: in a folder in the order the module
/// documentation gives (the caller holds the folder lock); in a database, the letter files
/// first, then the rows in one transaction.
pub fn apply_one(
    folder: &Folder,
    place: &Place,
    pool: &dyn PoolRecords,
    planned: &Planned,
    today: NaiveDate,
) -> Result<Done, PurgeError> {
    if let Some(kind) = planned.person {
        return apply_person(pool, planned, kind, today);
    }
    match place {
        Place::Folder => apply_until(folder, pool, planned, today, StopAfter::Never),
        Place::Database(store) => apply_database(store, folder, planned, today),
    }
}

/// Removes a person added to the talent pool by hand: their entry with its contact log goes
/// whole (they have no ratings to keep), with an audit line that names only the kind of entry.
fn apply_person(
    pool: &dyn PoolRecords,
    planned: &Planned,
    kind: &str,
    today: NaiveDate,
) -> Result<Done, PurgeError> {
    let action = match planned.ground {
        Ground::ErasureRequest => "erase",
        _ => "purge",
    };
    let audit = format!(
        "{today} {action} pool-member kind={kind} ground={} due={} contacts={}\n",
        planned.ground.code(),
        planned.due,
        planned.pool_contacts.unwrap_or(0),
    );
    pool.remove(&planned.candidate, Some(&audit)).map_err(|e| {
        PurgeError(format!(
            "cannot remove `{}` from the talent pool: {e}; the pool is unchanged",
            planned.candidate
        ))
    })?;
    Ok(Done {
        anonymous_id: String::new(),
        audit,
    })
}

/// The purge of one candidate in a database. The letter files go first: if the transaction
/// then fails, the candidate is still in place and still due, and the next run finishes it.
fn apply_database(
    store: &hirekit_store::Store,
    folder: &Folder,
    planned: &Planned,
    today: NaiveDate,
) -> Result<Done, PurgeError> {
    let files = folder
        .candidate(&planned.candidate)
        .ok_or_else(|| PurgeError(format!("no candidate `{}`", planned.candidate)))?;
    for relative in &planned.removes[1..] {
        remove_path(&folder.root.join(relative.trim_end_matches('/')))?;
    }
    loop {
        let anonymous_id = random_hex_id()?;
        if folder.candidate(&anonymous_id).is_some() {
            continue;
        }
        let audit = audit_line(today, &anonymous_id, files, planned);
        let copy = anonymous(files, &anonymous_id)?;
        match store.anonymise(&planned.candidate, &copy, &audit) {
            Ok(()) => {
                return Ok(Done {
                    anonymous_id,
                    audit,
                });
            }
            // Drawn since the load by another run: draw again.
            Err(hirekit_folder::SourceError::CandidateExists(_)) => continue,
            Err(e) => {
                return Err(PurgeError(format!(
                    "cannot purge `{}`: {e}; nothing of it was changed in the database",
                    planned.candidate
                )));
            }
        }
    }
}

#[doc(hidden)]
pub fn apply_until(
    folder: &Folder,
    pool: &dyn PoolRecords,
    planned: &Planned,
    today: NaiveDate,
    stop: StopAfter,
) -> Result<Done, PurgeError> {
    let files = folder
        .candidate(&planned.candidate)
        .ok_or_else(|| PurgeError(format!("no candidate `{}`", planned.candidate)))?;
    let candidates_dir = folder.root.join("candidates");
    let anonymous_id = random_id(&candidates_dir)?;
    let hex = anonymous_id.trim_start_matches("anon-");
    let staging = candidates_dir.join(format!("{STAGING}{hex}"));
    let retired = candidates_dir.join(format!("{RETIRED}{hex}"));
    let audit = audit_line(today, &anonymous_id, files, planned);

    // 1. The anonymous copy, complete on disk before anything is removed.
    for (relative, text) in anonymous_files(files, &anonymous_id, today)? {
        write_synced(&staging.join(relative), text.as_bytes())?;
    }
    write_synced(&staging.join(AUDIT_LINE), audit.as_bytes())?;
    if stop == StopAfter::Staged {
        return Ok(Done {
            anonymous_id,
            audit,
        });
    }
    // 2. Letters and sent copies, and the talent-pool entry with its contact log (one
    // atomic replacement of the pool file).
    for relative in &planned.removes[1..] {
        remove_path(&folder.root.join(relative.trim_end_matches('/')))?;
    }
    if planned.pool_contacts.is_some() {
        pool.remove(&planned.candidate, None).map_err(|e| {
            PurgeError(format!(
                "cannot remove `{}` from the talent pool: {e}",
                planned.candidate
            ))
        })?;
    }
    // 3. The purge takes effect.
    fs_err::rename(&files.dir, &retired).map_err(|e| io_error("move", &files.dir, e))?;
    if stop == StopAfter::Retired {
        return Ok(Done {
            anonymous_id,
            audit,
        });
    }
    finish(&candidates_dir, hex)?;
    Ok(Done {
        anonymous_id,
        audit,
    })
}

/// Steps 4 to 6 for the purge whose random id ends in `hex`.
fn finish(candidates_dir: &Path, hex: &str) -> Result<(), PurgeError> {
    let staging = candidates_dir.join(format!("{STAGING}{hex}"));
    let target = candidates_dir.join(format!("anon-{hex}"));
    let retired = candidates_dir.join(format!("{RETIRED}{hex}"));
    if staging.is_dir() {
        fs_err::rename(&staging, &target).map_err(|e| io_error("move", &staging, e))?;
    }
    let line_file = target.join(AUDIT_LINE);
    if line_file.is_file() {
        let line =
            fs_err::read_to_string(&line_file).map_err(|e| io_error("read", &line_file, e))?;
        let root = candidates_dir.parent().unwrap_or(Path::new("."));
        append_audit(root, &line)?;
        fs_err::remove_file(&line_file).map_err(|e| io_error("remove", &line_file, e))?;
    }
    remove_path(&retired)
}

/// Appends `line` to the audit log in hiring folder `root` unless it is already there (a re-run
/// after an interruption between writing the line and removing `.audit-line`).
pub fn append_audit(root: &Path, line: &str) -> Result<(), PurgeError> {
    let path = root.join(AUDIT_FILE);
    let existing = fs_err::read_to_string(&path).unwrap_or_default();
    if existing.lines().any(|l| format!("{l}\n") == line) {
        return Ok(());
    }
    let mut file = fs_err::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| io_error("open", &path, e))?;
    file.write_all(line.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| io_error("write", &path, e))
}

/// The hidden folders an interrupted purge left (`candidates/.purging-X`, `.purged-X`): they
/// may hold personal data until [`recover`] runs.
pub fn interrupted(root: &Path) -> Vec<String> {
    let Ok(entries) = fs_err::read_dir(root.join("candidates")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(STAGING) || n.starts_with(RETIRED))
        .map(|n| format!("candidates/{n}"))
        .collect();
    names.sort();
    names
}

/// Finishes or undoes purges that were interrupted, as the module documentation describes.
/// Returns how many were finished and how many undone. The caller holds the folder lock.
pub fn recover(root: &Path) -> Result<(usize, usize), PurgeError> {
    let candidates_dir = root.join("candidates");
    let Ok(entries) = fs_err::read_dir(&candidates_dir) else {
        return Ok((0, 0));
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let (mut finished, mut undone) = (0, 0);
    for name in &names {
        if let Some(hex) = name.strip_prefix(STAGING) {
            if candidates_dir.join(format!("{RETIRED}{hex}")).exists() {
                finish(&candidates_dir, hex)?;
                finished += 1;
            } else {
                // Stopped before it took effect: the candidate is still in place.
                remove_path(&candidates_dir.join(name))?;
                undone += 1;
            }
        } else if let Some(hex) = name.strip_prefix(RETIRED)
            && !candidates_dir.join(format!("{STAGING}{hex}")).exists()
            && candidates_dir.join(format!("anon-{hex}")).is_dir()
        {
            finish(&candidates_dir, hex)?;
            finished += 1;
        }
    }
    Ok((finished, undone))
}

/// Applies `plan`: every ready candidate, one after the other; stops at the first failure
/// (those before it are done, the failed one is finished or undone by the next run).
pub fn apply(
    folder: &Folder,
    place: &Place,
    pool: &dyn PoolRecords,
    plan: &PurgePlan,
) -> Result<Vec<Done>, PurgeError> {
    plan.ready
        .iter()
        .map(|p| apply_one(folder, place, pool, p, plan.today))
        .collect()
}

/// The plan to erase one candidate now, at their request (AVG art. 17).
pub fn erase_plan(
    folder: &Folder,
    pool: &[PoolMember],
    id: &str,
    today: NaiveDate,
) -> Result<Planned, PurgeError> {
    if folder.candidate(id).is_none()
        && let Some(p) = planned_person(pool, id, Ground::ErasureRequest, today)
    {
        return Ok(p);
    }
    let files = folder.candidate(id).ok_or_else(|| {
        PurgeError(format!(
            "no readable candidate `{id}` in this hiring folder; check the id with `hirekit score`, or fix its files first"
        ))
    })?;
    if is_anonymous(&files.candidate) {
        return Err(PurgeError(format!(
            "`{id}` is already anonymous: no personal data remains"
        )));
    }
    Ok(planned(folder, pool, files, Ground::ErasureRequest, today))
}
