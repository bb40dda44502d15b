//! The hiring source: where the hiring data lives, behind one small interface.
//!
//! A hiring folder of YAML files is one source ([`FolderSource`]); a database (the
//! `hirekit-store` crate) is another. Both hand out the same [`Folder`] model with located
//! diagnostics, and both take the few writes the workflow makes. The rules that judge the data
//! (deadlines, hidden ratings, letters) live elsewhere and never ask which source it came from.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hirekit_yaml::Diagnostic;

use crate::load::{Folder, StoredRecord};
use crate::model::{Candidate, Decision, DecisionReason, FilledScorecard};
use crate::record::{FeedbackHistory, FeedbackRecord, RECORD_FILE};

/// Why a write to a hiring source was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// One submitted scorecard per (candidate, interviewer): a second one is refused.
    #[error(
        "interviewer `{interviewer}` has already submitted a scorecard for candidate `{candidate}`"
    )]
    AlreadySubmitted {
        candidate: String,
        interviewer: String,
    },
    #[error("there is no candidate `{0}`")]
    UnknownCandidate(String),
    #[error("a candidate `{0}` already exists")]
    CandidateExists(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
}

/// A candidate's append-only history whose format another crate owns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryRecord {
    /// `debrief.yaml`, written by `hirekit decide` (hirekit-debrief).
    Debrief,
    /// `sent.yaml`, written by `hirekit send` (hirekit-send).
    Sent,
    /// `consent.yaml`, written by `hirekit privacy consent` (hirekit-privacy).
    Consent,
}

impl HistoryRecord {
    /// Its file name in a candidate folder.
    pub fn file_name(self) -> &'static str {
        match self {
            HistoryRecord::Debrief => crate::load::DEBRIEF_FILE,
            HistoryRecord::Sent => crate::load::SENT_FILE,
            HistoryRecord::Consent => crate::load::CONSENT_FILE,
        }
    }
}

/// Where hiring data is read from and the workflow's writes go to.
pub trait HiringSource {
    /// Reads everything and checks it, returning the folder model and every problem found
    /// (errors and warnings), or only the problems when nothing usable could be read.
    /// `is_known_red_flag` says whether a ticked red-flag id exists in the checklists; `today`
    /// is the date the command works on.
    fn load(
        &self,
        is_known_red_flag: &dyn Fn(&str) -> bool,
        today: NaiveDate,
    ) -> Result<(Folder, Vec<Diagnostic>), Vec<Diagnostic>>;

    /// Stores a filled scorecard. Without `replace`, a second scorecard of the same interviewer
    /// for the same candidate is refused with [`SourceError::AlreadySubmitted`].
    fn submit_scorecard(&self, filled: &FilledScorecard, replace: bool) -> Result<(), SourceError>;

    /// Records (or changes) the decision on a candidate; `None` withdraws it.
    fn record_decision(
        &self,
        candidate: &str,
        decision: Option<Decision>,
        reason: Option<DecisionReason>,
    ) -> Result<(), SourceError>;

    /// Adds a letter to the candidate's feedback history; earlier entries are never changed.
    fn append_feedback(&self, candidate: &str, record: &FeedbackRecord) -> Result<(), SourceError>;

    /// Adds a new candidate (with their planned interviews). An existing id is refused.
    fn add_candidate(&self, candidate: &Candidate) -> Result<(), SourceError>;

    /// The current text of a candidate's history record, read again from the source (not
    /// from a loaded model), so that an addition never drops an entry written since the load.
    fn read_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
    ) -> Result<Option<StoredRecord>, SourceError>;

    /// Replaces a candidate's history record with `text` (the earlier entries plus new ones,
    /// made by the record's owner). Atomic: a failure leaves the earlier text.
    fn write_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
        text: &str,
    ) -> Result<(), SourceError>;

    /// Replaces the planned interviews of a candidate.
    fn plan_interviews(
        &self,
        candidate: &str,
        interviews: &[crate::PlannedInterview],
    ) -> Result<(), SourceError>;
}

/// The hiring folder as a source: reads with [`crate::open`], writes YAML files atomically (a
/// temporary file in the same folder, then renamed), so a crash never leaves half a file.
#[derive(Debug, Clone)]
pub struct FolderSource {
    pub root: PathBuf,
}

impl FolderSource {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        FolderSource { root: root.into() }
    }

    fn candidate_dir(&self, id: &str) -> Result<PathBuf, SourceError> {
        if crate::fields::candidate_id_problem(id).is_some() {
            return Err(SourceError::UnknownCandidate(id.to_owned()));
        }
        let dir = self.root.join("candidates").join(id);
        if dir.join("candidate.yaml").is_file() {
            Ok(dir)
        } else {
            Err(SourceError::UnknownCandidate(id.to_owned()))
        }
    }

    fn read_candidate(&self, dir: &Path) -> Result<Candidate, SourceError> {
        let path = dir.join("candidate.yaml");
        let bytes = fs_err::read(&path)?;
        hirekit_yaml::read::<Candidate>(&path, &bytes)
            .map(|(c, _)| c)
            .map_err(|p| SourceError::Other(describe(&p)))
    }

    fn write_candidate(&self, dir: &Path, candidate: &Candidate) -> Result<(), SourceError> {
        write_yaml(&dir.join("candidate.yaml"), candidate, true)
    }
}

fn describe(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(Diagnostic::render)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes `value` as YAML to `path` atomically; without `replace`, an existing file is kept and
/// the write refused (the rename itself refuses, so two writers cannot both succeed).
fn write_yaml<T: serde::Serialize>(
    path: &Path,
    value: &T,
    replace: bool,
) -> Result<(), SourceError> {
    let text = serde_saphyr::to_string(value).map_err(|e| SourceError::Other(e.to_string()))?;
    write_atomic(path, text.as_bytes(), replace)
}

/// `bytes` to `path` by the one atomic writer ([`crate::atomic::write`]). Without `replace`, an
/// existing `path` makes it fail with [`std::io::ErrorKind::AlreadyExists`].
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), SourceError> {
    use crate::atomic::WriteError;
    crate::atomic::write(path, bytes, replace).map_err(|e| match e {
        WriteError::Exists(_) => {
            SourceError::Io(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
        }
        WriteError::Temporary(_, io) | WriteError::Write(_, io) => SourceError::Io(io),
        refused => SourceError::Other(refused.to_string()),
    })
}

impl HiringSource for FolderSource {
    fn load(
        &self,
        is_known_red_flag: &dyn Fn(&str) -> bool,
        today: NaiveDate,
    ) -> Result<(Folder, Vec<Diagnostic>), Vec<Diagnostic>> {
        crate::open(&self.root, is_known_red_flag, today)
    }

    fn submit_scorecard(&self, filled: &FilledScorecard, replace: bool) -> Result<(), SourceError> {
        let dir = self.candidate_dir(&filled.candidate)?;
        if crate::fields::candidate_id_problem(&filled.interviewer).is_some() {
            return Err(SourceError::Other(format!(
                "`{}` cannot be a file name",
                filled.interviewer
            )));
        }
        let path = dir
            .join("interviews")
            .join(format!("{}.yaml", filled.interviewer));
        write_yaml(&path, filled, replace).map_err(|e| match e {
            SourceError::Io(io) if io.kind() == std::io::ErrorKind::AlreadyExists => {
                SourceError::AlreadySubmitted {
                    candidate: filled.candidate.clone(),
                    interviewer: filled.interviewer.clone(),
                }
            }
            other => other,
        })
    }

    fn record_decision(
        &self,
        candidate: &str,
        decision: Option<Decision>,
        reason: Option<DecisionReason>,
    ) -> Result<(), SourceError> {
        let dir = self.candidate_dir(candidate)?;
        let mut c = self.read_candidate(&dir)?;
        c.decision = decision;
        c.decision_reason = reason;
        self.write_candidate(&dir, &c)
    }

    fn append_feedback(&self, candidate: &str, record: &FeedbackRecord) -> Result<(), SourceError> {
        let dir = self.candidate_dir(candidate)?;
        let path = dir.join(RECORD_FILE);
        let mut history = if path.exists() {
            let bytes = fs_err::read(&path)?;
            hirekit_yaml::read::<FeedbackHistory>(&path, &bytes)
                .map(|(h, _)| h)
                .map_err(|p| SourceError::Other(describe(&p)))?
        } else {
            FeedbackHistory::default()
        };
        history.letters.push(record.clone());
        write_yaml(&path, &history, true)
    }

    fn add_candidate(&self, candidate: &Candidate) -> Result<(), SourceError> {
        if let Some(problem) = crate::fields::candidate_id_problem(&candidate.id) {
            return Err(SourceError::Other(problem));
        }
        let dir = self.root.join("candidates").join(&candidate.id);
        write_yaml(&dir.join("candidate.yaml"), candidate, false).map_err(|e| match e {
            SourceError::Io(io) if io.kind() == std::io::ErrorKind::AlreadyExists => {
                SourceError::CandidateExists(candidate.id.clone())
            }
            other => other,
        })
    }

    fn read_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
    ) -> Result<Option<StoredRecord>, SourceError> {
        let dir = self.candidate_dir(candidate)?;
        Ok(StoredRecord::read(&dir, record.file_name(), &self.root))
    }

    fn write_record(
        &self,
        candidate: &str,
        record: HistoryRecord,
        text: &str,
    ) -> Result<(), SourceError> {
        let dir = self.candidate_dir(candidate)?;
        write_atomic(&dir.join(record.file_name()), text.as_bytes(), true)
    }

    fn plan_interviews(
        &self,
        candidate: &str,
        interviews: &[crate::PlannedInterview],
    ) -> Result<(), SourceError> {
        let dir = self.candidate_dir(candidate)?;
        let mut c = self.read_candidate(&dir)?;
        c.interviews = interviews.to_vec();
        self.write_candidate(&dir, &c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
    }

    /// A copy of the example folder, with the scorecards beside it.
    fn example() -> tempfile::TempDir {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = tempfile::tempdir().expect("a folder");
        copy(
            &repo.join("examples/hiring"),
            &dir.path().join("examples/hiring"),
        );
        copy(&repo.join("scorecards"), &dir.path().join("scorecards"));
        dir
    }

    fn copy(from: &Path, to: &Path) {
        fs_err::create_dir_all(to).expect("a folder");
        for entry in fs_err::read_dir(from).expect("readable") {
            let entry = entry.expect("an entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("a type").is_dir() {
                copy(&entry.path(), &target);
            } else {
                fs_err::copy(entry.path(), target).expect("copied");
            }
        }
    }

    #[test]
    fn the_folder_source_writes_what_it_then_reads() {
        let dir = example();
        let source = FolderSource::new(dir.path().join("examples/hiring"));
        let (folder, _) = source.load(&|_| true, today()).expect("loads");
        let existing = folder.candidates[0].interviews[0].clone();
        let refused = source.submit_scorecard(&existing, false);
        assert!(
            matches!(&refused, Err(SourceError::AlreadySubmitted { interviewer, .. }) if *interviewer == existing.interviewer),
            "{refused:?}"
        );
        let mut chen = existing.clone();
        chen.interviewer = "chen".to_owned();
        source.submit_scorecard(&chen, false).expect("stored");
        source
            .record_decision(
                &existing.candidate,
                Some(Decision::Reject),
                Some(DecisionReason::OtherCandidate),
            )
            .expect("recorded");
        let record = FeedbackRecord {
            letter_date: today(),
            language: hirekit_scorecard::Language::En,
            files: vec![],
            on_time: true,
            reconnect_after: None,
            basis: None,
        };
        source
            .append_feedback(&existing.candidate, &record)
            .expect("appended");
        let (after, problems) = source.load(&|_| true, today()).expect("loads");
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        let c = after.candidate(&existing.candidate).expect("there");
        assert_eq!(c.interviews.iter().filter(|i| **i == chen).count(), 1);
        assert_eq!(c.candidate.decision, Some(Decision::Reject));
        assert_eq!(c.feedback.letters, vec![record]);
        assert!(matches!(
            source.record_decision("c-nobody", None, None),
            Err(SourceError::UnknownCandidate(id)) if id == "c-nobody"
        ));
        // A history record: absent, written, then read back again as the loader hands it out.
        let id = &existing.candidate;
        let before = source.read_record(id, HistoryRecord::Sent).expect("reads");
        assert_eq!(before, None);
        source
            .write_record(id, HistoryRecord::Sent, "entries: []\n")
            .expect("written");
        let stored = source
            .read_record(id, HistoryRecord::Sent)
            .expect("reads")
            .expect("there");
        assert_eq!(stored.bytes, Ok(b"entries: []\n".to_vec()));
        let (after, _) = source.load(&|_| true, today()).expect("loads");
        assert_eq!(
            after.candidate(id).and_then(|c| c.sent.clone()),
            Some(stored)
        );
    }
}
