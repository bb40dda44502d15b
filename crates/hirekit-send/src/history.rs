//! `candidates/<id>/sent.yaml`: every attempt to send a candidate's letter, oldest first.
//!
//! The file is a log, never rewritten: an attempt is first written as `sending` (before a byte
//! goes to the server), then a second entry with the same Message-ID records how it ended. So
//! an interruption at any moment leaves an exact record: an attempt without an ending is one
//! whose outcome nobody knows, and hirekit says so instead of guessing.

use chrono::{DateTime, FixedOffset};
use hirekit_yaml::Diagnostic;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use hirekit_folder::SENT_FILE;

/// The whole `sent.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit sent letters")]
pub struct SentHistory {
    /// Every step of every attempt, oldest first.
    pub entries: Vec<SentEntry>,
}

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SentStatus {
    /// Written just before the message is handed to the server. Alone, it means the run stopped
    /// during the exchange: the message may or may not have arrived.
    Sending,
    /// The server accepted the message (its reply is recorded).
    Sent,
    /// Certainly not delivered: the server refused, or the connection failed before the whole
    /// message was handed over. A later run tries again.
    NotSent,
    /// The connection broke after the whole message was handed over and before the server
    /// answered: it may or may not have arrived.
    Unknown,
}

/// One step of one attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SentEntry {
    /// The Message-ID of the message, without angle brackets; one per attempt.
    pub message_id: String,
    pub status: SentStatus,
    /// When this step was recorded (RFC 3339).
    pub at: DateTime<FixedOffset>,
    /// The envelope recipient (RCPT TO).
    pub to: String,
    /// The envelope sender (MAIL FROM).
    pub from: String,
    /// The SMTP server, `host:port`.
    pub server: String,
    /// The generated e-mail the message was made from, and the SHA-256 it has in `feedback.yaml`.
    pub letter: String,
    pub letter_sha256: String,
    /// The copy of the exact bytes handed to the server, relative to the hiring folder.
    pub copy: String,
    /// SHA-256 of those bytes, in lower-case hex.
    pub sha256: String,
    /// The server's final reply, e.g. `250 2.0.0 Ok: queued as 4XyZ`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    /// What went wrong, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// `true` when the user asked for this attempt with `--resend`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resend: bool,
    /// `true` when the user recorded the outcome by hand (`--confirm-sent`), after finding the
    /// message in the mailbox or the server's log.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confirmed_by_hand: bool,
}

/// What the log says about a candidate, as far as sending again is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum State<'a> {
    /// No attempt, or only attempts that certainly did not arrive.
    NotSent { last_failure: Option<&'a SentEntry> },
    /// A message was accepted by the server: this is its `sent` entry (the latest one).
    Sent(&'a SentEntry),
    /// The latest attempt has no known outcome: its last entry (`sending` or `unknown`).
    Unresolved(&'a SentEntry),
}

impl SentHistory {
    /// The last entry of each attempt, in the order the attempts started.
    pub fn attempts(&self) -> Vec<&SentEntry> {
        let mut order: Vec<&str> = Vec::new();
        for entry in &self.entries {
            if !order.contains(&entry.message_id.as_str()) {
                order.push(&entry.message_id);
            }
        }
        order
            .into_iter()
            .filter_map(|id| self.entries.iter().rev().find(|e| e.message_id == id))
            .collect()
    }

    /// The state: an unresolved latest attempt comes first (nobody knows whether it arrived),
    /// then any accepted message, however old — one letter per candidate.
    pub fn state(&self) -> State<'_> {
        let attempts = self.attempts();
        if let Some(last) = attempts.last()
            && matches!(last.status, SentStatus::Sending | SentStatus::Unknown)
        {
            return State::Unresolved(last);
        }
        if let Some(sent) = attempts.iter().rev().find(|e| e.status == SentStatus::Sent) {
            return State::Sent(sent);
        }
        State::NotSent {
            last_failure: attempts.last().copied(),
        }
    }

    /// The first entry of the attempt with this Message-ID: when it started.
    pub fn started(&self, message_id: &str) -> Option<&SentEntry> {
        self.entries.iter().find(|e| e.message_id == message_id)
    }

    /// When a message to this candidate was first accepted by a server: the moment the
    /// feedback reached them, as far as the deadline is concerned.
    pub fn first_sent(&self) -> Option<&SentEntry> {
        self.entries.iter().find(|e| e.status == SentStatus::Sent)
    }
}

/// The candidate's send history, as their hiring source stored it (empty when there is none).
pub fn of(files: &hirekit_folder::CandidateFiles) -> Result<SentHistory, Vec<Diagnostic>> {
    parse(files.sent.as_ref())
}

/// Whether the candidate's letter was accepted by a mail server: what `due`, the report and the
/// web app ask to tell "write the letter" from "send it" from done. An unreadable history counts
/// as not sent (`hirekit send` reports it).
pub fn letter_sent(files: &hirekit_folder::CandidateFiles) -> bool {
    of(files).is_ok_and(|sent| sent.first_sent().is_some())
}

/// A stored send history (empty when there is none), e.g. as re-read from the hiring source
/// just before a new entry is added.
pub fn parse(
    stored: Option<&hirekit_folder::StoredRecord>,
) -> Result<SentHistory, Vec<Diagnostic>> {
    let Some(stored) = stored else {
        return Ok(SentHistory::default());
    };
    let bytes = stored.bytes.as_ref().map_err(|d| vec![(**d).clone()])?;
    let (history, _) = hirekit_yaml::read::<SentHistory>(&stored.path, bytes)?;
    Ok(history)
}

/// The text of `sent.yaml` after adding `entry`; earlier entries are kept exactly.
pub fn with_entry(history: &SentHistory, entry: SentEntry) -> Result<String, String> {
    let mut history = history.clone();
    history.entries.push(entry);
    let yaml = serde_saphyr::to_string(&history).map_err(|e| e.to_string())?;
    Ok(format!(
        "# Written by `hirekit send`: every attempt to send this candidate's letter, oldest first.\n\
         # `sending` is written before the message goes to the server, a second entry says how it\n\
         # ended. Entries are never changed; `hirekit send --verify` checks the stored copies.\n{yaml}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, status: SentStatus) -> SentEntry {
        SentEntry {
            message_id: id.to_owned(),
            status,
            at: DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").unwrap_or_default(),
            to: "noor@example.org".to_owned(),
            from: "werken@kanaalzicht.example".to_owned(),
            server: "127.0.0.1:2525".to_owned(),
            letter: "out/c-1.eml".to_owned(),
            letter_sha256: "ab".to_owned(),
            copy: "sent/c-1/x.eml".to_owned(),
            sha256: "cd".to_owned(),
            reply: None,
            error: None,
            resend: false,
            confirmed_by_hand: false,
        }
    }

    fn history(entries: &[(&str, SentStatus)]) -> SentHistory {
        SentHistory {
            entries: entries.iter().map(|(id, s)| entry(id, *s)).collect(),
        }
    }

    #[test]
    fn an_attempt_without_an_ending_is_unresolved() {
        let h = history(&[("a", SentStatus::Sending)]);
        assert_eq!(h.state(), State::Unresolved(&h.entries[0]));
    }

    #[test]
    fn an_accepted_message_is_sent_and_a_refused_one_is_not() {
        let h = history(&[("a", SentStatus::Sending), ("a", SentStatus::Sent)]);
        assert_eq!(h.state(), State::Sent(&h.entries[1]));
        let h = history(&[("a", SentStatus::Sending), ("a", SentStatus::NotSent)]);
        assert_eq!(
            h.state(),
            State::NotSent {
                last_failure: Some(&h.entries[1])
            }
        );
    }

    #[test]
    fn a_sent_letter_stays_sent_after_a_later_refused_resend() {
        let h = history(&[
            ("a", SentStatus::Sending),
            ("a", SentStatus::Sent),
            ("b", SentStatus::Sending),
            ("b", SentStatus::NotSent),
        ]);
        assert_eq!(h.state(), State::Sent(&h.entries[1]));
    }

    #[test]
    fn a_broken_resend_is_unresolved_even_after_an_earlier_success() {
        let h = history(&[
            ("a", SentStatus::Sending),
            ("a", SentStatus::Sent),
            ("b", SentStatus::Sending),
            ("b", SentStatus::Unknown),
        ]);
        assert_eq!(h.state(), State::Unresolved(&h.entries[3]));
    }

    #[test]
    fn the_log_round_trips_and_keeps_earlier_entries() {
        let h = history(&[("a", SentStatus::Sending)]);
        let text = with_entry(&h, entry("a", SentStatus::Sent)).unwrap_or_default();
        let body: String = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        let back: SentHistory = serde_saphyr::from_str(&body).unwrap_or_default();
        assert_eq!(back.entries.len(), 2);
        assert_eq!(back.entries[0], h.entries[0]);
        assert_eq!(back.entries[1].status, SentStatus::Sent);
    }
}
