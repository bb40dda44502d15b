//! `candidates/<id>/feedback.yaml`: every letter generated for a candidate, oldest first.
//!
//! The record is history, not a cache: a regenerated letter (another language, a corrected
//! address, `--force`) adds an entry and never rewrites an earlier one, so the date and the
//! on-time flag of the letter that went out first stay on file. Each file is listed with the
//! SHA-256 of its bytes, so anyone can check later whether a file on disk is still that letter.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Candidate, Decision, FilledScorecard};

pub const RECORD_FILE: &str = "feedback.yaml";

/// `candidates/<id>/.feedback-pending.yaml`: the files a letter is being written to, present
/// only while they are written. If a run is interrupted (Ctrl-C, a crash, a power cut), the next
/// run finds it and knows those files are this candidate's unfinished letter, not someone
/// else's work: it completes them without `--force`. Hidden, so the folder loader skips it.
pub const PENDING_FILE: &str = ".feedback-pending.yaml";

/// The content of [`PENDING_FILE`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit letter being written")]
pub struct PendingLetter {
    /// The files being written, as they will be recorded.
    pub files: Vec<String>,
}

/// The whole `feedback.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit feedback history")]
pub struct FeedbackHistory {
    /// Every letter generated for this candidate, oldest first.
    pub letters: Vec<FeedbackRecord>,
}

impl FeedbackHistory {
    /// The first letter: the one that counts for the feedback deadline.
    pub fn first(&self) -> Option<&FeedbackRecord> {
        self.letters.first()
    }

    /// The most recent letter: the one whose files are current.
    pub fn latest(&self) -> Option<&FeedbackRecord> {
        self.letters.last()
    }

    /// Whether any entry lists the file `path` (relative to the hiring folder, as recorded).
    pub fn lists(&self, path: &str) -> bool {
        self.letters
            .iter()
            .any(|l| l.files.iter().any(|f| f.path == path))
    }
}

/// One generated letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit feedback record")]
pub struct FeedbackRecord {
    /// The date on the letter.
    pub letter_date: NaiveDate,
    /// The language the letter was written in.
    pub language: hirekit_scorecard::Language,
    /// The files written, relative to the hiring folder.
    pub files: Vec<LetterFile>,
    /// Whether the letter was dated within `feedback_days` of the last interview.
    pub on_time: bool,
    /// When the candidate is a near miss or a runner-up: the month to get back in touch
    /// (YYYY-MM-DD, first of month); the talent pool's first contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconnect_after: Option<NaiveDate>,
    /// What the letter was written from, so `hirekit send` can tell whether it is still current
    /// (absent in records from before sending existed: such a letter is regenerated first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LetterBasis>,
}

/// The candidate data a letter was written from. A letter is current only while all three still
/// match: a changed decision, name, address or rating after generation means the letter may say
/// something that is no longer true, or go to the wrong place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterBasis {
    /// The decision when the letter was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// SHA-256 of the name, e-mail address and postal address the letter is addressed with.
    pub recipient: String,
    /// SHA-256 of the whole candidate file and the filled scorecards the letter was composed from.
    pub content: String,
}

impl LetterBasis {
    /// The basis of a letter written now for `candidate` with these filled scorecards. Hashes
    /// of the parsed values (not of the file bytes), so a re-indented file is still the same data.
    pub fn of(candidate: &Candidate, interviews: &[FilledScorecard]) -> Self {
        let recipient = serde_json::json!([candidate.name, candidate.email, candidate.address]);
        let content = serde_json::json!([candidate, interviews]);
        LetterBasis {
            decision: candidate.decision,
            recipient: sha256_hex(recipient.to_string().as_bytes()),
            content: sha256_hex(content.to_string().as_bytes()),
        }
    }
}

/// One file of a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterFile {
    /// The path, relative to the hiring folder (or as given with `--out`).
    pub path: String,
    /// SHA-256 of the bytes written, in lower-case hex (absent in records from before hashes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// The single-letter record written by earlier versions of hirekit; read so that existing
/// folders keep working, and turned into a one-entry history.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit feedback record (single letter)")]
pub(crate) struct SingleRecord {
    pub letter_date: NaiveDate,
    pub language: hirekit_scorecard::Language,
    pub files: Vec<String>,
    pub on_time: bool,
    #[serde(default)]
    pub reconnect_after: Option<NaiveDate>,
}

impl From<SingleRecord> for FeedbackHistory {
    fn from(old: SingleRecord) -> Self {
        FeedbackHistory {
            letters: vec![FeedbackRecord {
                letter_date: old.letter_date,
                language: old.language,
                files: old
                    .files
                    .into_iter()
                    .map(|path| LetterFile { path, sha256: None })
                    .collect(),
                on_time: old.on_time,
                reconnect_after: old.reconnect_after,
                basis: None,
            }],
        }
    }
}

/// The SHA-256 of `bytes` in lower-case hex, as recorded for every file written.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_a_known_text() {
        // FIPS 180-2, appendix B.1.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
