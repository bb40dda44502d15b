//! Reading what the retention rules need from a hiring folder: the consent records, the day of
//! each decision, the letters. The rules themselves ([`crate::retention`]) never touch a file,
//! so a database can feed them the same [`Subject`]s from its tables.

use std::path::Path;

use chrono::NaiveDate;
use hirekit_folder::{CandidateFiles, Folder, TimeRules};
use hirekit_yaml::Diagnostic;

use crate::consent::{self, CONSENT_FILE, ConsentLog};
use crate::renewal::{self, Renewal};
use crate::retention::{self, Action, Due, Subject};

/// Reads `consent.yaml` in a candidate's folder and checks it: an empty record when there is
/// none, or every problem, each at its line.
pub fn read_consent(
    candidate_dir: &Path,
    rules: &TimeRules,
) -> Result<ConsentLog, Vec<Diagnostic>> {
    let path = candidate_dir.join(CONSENT_FILE);
    // Present in any form (a FIFO, a folder, a link) means: read it and say what is wrong.
    if fs_err::symlink_metadata(&path).is_err() {
        return Ok(ConsentLog::default());
    }
    let root = candidate_dir.parent().and_then(Path::parent);
    let bytes = hirekit_yaml::file::read(&path, root).map_err(|d| vec![*d])?;
    let (log, document) = hirekit_yaml::read::<ConsentLog>(&path, &bytes)?;
    let problems = consent::check(&log, &document, rules);
    if problems.is_empty() {
        Ok(log)
    } else {
        Err(problems)
    }
}

/// A candidate's talent-pool consent on `day`, read from their folder: the day it ends, or `None`
/// without a valid one (see [`consent::talent_pool_until`]).
pub fn talent_pool_consent(
    candidate_dir: &Path,
    rules: &TimeRules,
    day: NaiveDate,
) -> Result<Option<NaiveDate>, Vec<Diagnostic>> {
    Ok(consent::talent_pool_until(
        &read_consent(candidate_dir, rules)?,
        day,
    ))
}

/// The day the latest decision was recorded in `debrief.yaml`, if it was.
fn decided_on(files: &CandidateFiles) -> Result<Option<NaiveDate>, Vec<Diagnostic>> {
    Ok(hirekit_debrief::of(files)?.and_then(|log| log.decisions.last().map(|d| d.at.date_naive())))
}

/// The last interview: planned or as the scorecards record it.
fn last_interview(files: &CandidateFiles) -> Option<NaiveDate> {
    let planned = files.candidate.interviews.iter().map(|i| i.at.date_naive());
    let held = files
        .interviews
        .iter()
        .map(|i| i.interviewed_at.date_naive());
    planned.chain(held).max()
}

/// What the rules need about one candidate, read from its folder.
pub fn subject(
    files: &CandidateFiles,
    rules: &TimeRules,
    today: NaiveDate,
) -> Result<Subject, Vec<Diagnostic>> {
    let consent = read_consent(&files.dir, rules);
    let decided = decided_on(files);
    let (consent, decided) = match (consent, decided) {
        (Ok(c), Ok(d)) => (c, d),
        (c, d) => {
            let mut problems = c.err().unwrap_or_default();
            problems.extend(d.err().unwrap_or_default());
            return Err(problems);
        }
    };
    Ok(Subject {
        id: files.candidate.id.clone(),
        decision: files.candidate.decision,
        decided_on: decided,
        letter_on: files.feedback.first().map(|l| l.letter_date),
        last_interview: last_interview(files),
        consent: consent.state(today),
        consent_at_decision: files.candidate.talent_pool_consent,
    })
}

/// The `privacy due` list of a folder, and the problems of candidates that could not be
/// judged (their consent record or debrief is broken, or the loader left them out).
#[derive(Debug, Clone)]
pub struct DueReport {
    pub today: NaiveDate,
    pub due: Vec<Due>,
    /// The renewal requests to send, one per `ask_renewal` item, in the same order.
    pub renewals: Vec<Renewal>,
    /// Candidates whose files could not be read: nothing can be said about them until fixed.
    pub unreadable: Vec<String>,
    /// Hidden folders of an interrupted purge, finished by the next `purge --apply`.
    pub interrupted: Vec<String>,
    pub problems: Vec<Diagnostic>,
}

/// Everything due in `folder` on `today`, most urgent first.
pub fn due(folder: &Folder, today: NaiveDate) -> DueReport {
    let rules = TimeRules::of(&folder.profile);
    let mut problems = Vec::new();
    let mut unreadable: Vec<String> = folder.unreadable.iter().map(|u| u.id.clone()).collect();
    let mut subjects = Vec::new();
    for files in &folder.candidates {
        if crate::purge::is_anonymous(&files.candidate) {
            continue;
        }
        match subject(files, &rules, today) {
            Ok(s) => subjects.push(s),
            Err(p) => {
                problems.extend(p);
                unreadable.push(files.candidate.id.clone());
            }
        }
    }
    unreadable.sort();
    let due = retention::due_list(&subjects, &rules, today);
    let renewals = due
        .iter()
        .filter(|d| d.action == Action::AskRenewal)
        .filter_map(|d| {
            let files = folder.candidate(&d.candidate)?;
            Some(renewal::draft(
                &files.candidate,
                &folder.profile,
                d.consent_until?,
            ))
        })
        .collect();
    DueReport {
        today,
        due,
        renewals,
        unreadable,
        interrupted: crate::purge::interrupted(&folder.root),
        problems,
    }
}

/// Why an answer could not be recorded.
#[derive(Debug)]
pub enum RecordError {
    /// The existing `consent.yaml` has problems (each at its line): fix it first.
    File(Vec<Diagnostic>),
    /// The answer itself is not allowed (an end date too far away, a refusal with an end date).
    Answer(String),
    /// Writing failed; the file is unchanged.
    Io(String),
}

/// Adds `entry` to the candidate's `consent.yaml`, atomically: the whole file is written beside
/// it and renamed over it, so a reader never sees half a record. The caller holds the lock.
pub fn record_consent(
    candidate_dir: &Path,
    entry: crate::consent::ConsentEntry,
    rules: &TimeRules,
) -> Result<ConsentLog, RecordError> {
    if let Some((_, message)) = consent::entry_problem(&entry, rules) {
        return Err(RecordError::Answer(message));
    }
    let mut log = read_consent(candidate_dir, rules).map_err(RecordError::File)?;
    if let Some(last) = log.entries.last()
        && entry.on < last.on
    {
        return Err(RecordError::Answer(format!(
            "the answer of {} is older than the last one recorded ({}); answers are added in date order",
            entry.on, last.on
        )));
    }
    log.entries.push(entry);
    let text = consent::to_yaml(&log).map_err(RecordError::Io)?;
    let path = candidate_dir.join(CONSENT_FILE);
    let io = |e: std::io::Error| RecordError::Io(format!("cannot write {}: {e}", path.display()));
    let mut temporary = tempfile::Builder::new()
        .prefix(".hirekit-")
        .suffix(".tmp")
        .tempfile_in(candidate_dir)
        .map_err(io)?;
    std::io::Write::write_all(&mut temporary, text.as_bytes()).map_err(io)?;
    // A team file, readable like the other records (the temporary file starts private).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        temporary
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(io)?;
    }
    temporary.as_file().sync_all().map_err(io)?;
    temporary.persist(&path).map_err(|e| io(e.error))?;
    Ok(log)
}
