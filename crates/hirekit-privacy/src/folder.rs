//! Reading what the retention rules need from the hiring model — a folder or a database, loaded
//! the same way: the consent records, the day of each decision, the letters. The rules
//! themselves ([`crate::retention`]) never touch a file or a table.

use chrono::NaiveDate;
use hirekit_folder::{CandidateFiles, Folder, HiringSource, HistoryRecord, TimeRules};
use hirekit_yaml::Diagnostic;

use crate::Place;
use crate::consent::{self, ConsentLog};
use crate::pool::{Person, PoolRecords};
use crate::renewal::{self, Recipient, Renewal};
use crate::retention::{self, Action, Due, Subject};

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
    let consent = consent::of(files, rules);
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
        consent: consent::state(&consent, today),
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

/// Everything due in `folder` (read from `place`) and in its talent pool on `today`, most
/// urgent first: the candidates, and the people added to the pool by hand.
pub fn due(folder: &Folder, place: &Place, pool: &dyn PoolRecords, today: NaiveDate) -> DueReport {
    let rules = TimeRules::of(&folder.profile);
    let mut problems = Vec::new();
    let mut unreadable: Vec<String> = folder.unreadable.iter().map(|u| u.id.clone()).collect();
    // A pool that cannot be read may hold people whose consent has ended: the list is then
    // incomplete, as with a candidate that cannot be read.
    let members = match pool.members() {
        Ok(members) => members,
        Err(p) => {
            problems.extend(p);
            unreadable.push(crate::pool::POOL_NAME.to_owned());
            Vec::new()
        }
    };
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
    let mut due = retention::due_list(&subjects, &rules, today);
    let people: Vec<(&str, &Person)> = members
        .iter()
        .filter_map(|m| Some((m.id.as_str(), m.person.as_ref()?)))
        .collect();
    due.extend(
        people
            .iter()
            .filter_map(|(id, person)| crate::pool::person_due(id, person, &rules, today)),
    );
    retention::sort(&mut due);
    let renewals = due
        .iter()
        .filter(|d| d.action == Action::AskRenewal)
        .filter_map(|d| {
            let until = d.consent_until?;
            if let Some(files) = folder.candidate(&d.candidate) {
                return Some(renewal::draft(&files.candidate, &folder.profile, until));
            }
            let (id, person) = people.iter().find(|(id, _)| *id == d.candidate)?;
            Some(renewal::draft_to(
                Recipient {
                    id,
                    name: &person.name,
                    given_name: person.given_name.as_deref(),
                    language: person.language,
                },
                &folder.profile,
                until,
            ))
        })
        .collect();
    DueReport {
        today,
        due,
        renewals,
        unreadable,
        // A database purge is one transaction: nothing of it can be left half-done.
        interrupted: match place {
            Place::Folder => crate::purge::interrupted(&folder.root),
            Place::Database(_) => Vec::new(),
        },
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

/// Adds `entry` to the candidate's consent record in `source` (folder or database). The record
/// is read again from the source, not from a loaded model, so an answer added since is kept;
/// the source writes it atomically (a folder: the whole file beside it, renamed over it; a
/// database: one transaction). The caller holds the folder lock.
pub fn record_consent(
    source: &dyn HiringSource,
    candidate: &str,
    entry: crate::consent::ConsentEntry,
    rules: &TimeRules,
) -> Result<ConsentLog, RecordError> {
    if let Some((_, message)) = consent::entry_problem(&entry, rules) {
        return Err(RecordError::Answer(message));
    }
    let stored = source
        .read_record(candidate, HistoryRecord::Consent)
        .map_err(|e| RecordError::Io(e.to_string()))?;
    let mut log = consent::parse(stored.as_ref(), rules).map_err(RecordError::File)?;
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
    source
        .write_record(candidate, HistoryRecord::Consent, &text)
        .map_err(|e| RecordError::Io(e.to_string()))?;
    Ok(log)
}
