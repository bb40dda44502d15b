//! Who may be sent a letter, and which letter: the rules, as values in and a verdict out.
//!
//! A letter goes only to a candidate whose decision is `reject`, whose panel is complete and
//! whose decision has the note it needs, and only the letter generated last — if it was written
//! for the candidate's current decision, name, addresses and ratings and its e-mail file is
//! still the file that was generated. Nobody whose e-mail address also belongs to a candidate
//! who is advancing or was hired gets a rejection. And nobody gets a second message unless the
//! user asks by name (`--resend`).

use hirekit_folder::{Decision, FeedbackRecord, LetterBasis};
use hirekit_language::Language;
use hirekit_text::msg;

use crate::history::{SentEntry, SentHistory, State};

/// What the caller knows about one candidate.
pub struct Situation<'a> {
    pub id: &'a str,
    pub decision: Option<Decision>,
    /// Interviewers whose scorecard is still awaited (empty when the panel is complete).
    pub awaiting: Vec<String>,
    /// `true` when the ratings cannot be assessed yet (the letter could not name strengths).
    pub assessment_incomplete: bool,
    /// The message of a missing decision note, when one is needed and missing.
    pub missing_note: Option<String>,
    /// The most recent generated letter.
    pub latest: Option<&'a FeedbackRecord>,
    /// The basis a letter written now would have.
    pub current: LetterBasis,
    /// Other candidates with the same e-mail address who are advancing or were hired.
    pub same_address: Vec<(String, Decision)>,
    pub sent: &'a SentHistory,
}

/// The letter to send: the generated e-mail and the hash it was recorded with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub letter: String,
    pub letter_sha256: String,
    /// The earlier message this one repeats (`--resend`), to say when it went.
    pub previous: Option<SentEntry>,
}

/// Why a candidate gets nothing this run. [`Refusal::message`] says it in a reader's language;
/// `Display` is the English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NotRejected {
        id: String,
        decision: String,
    },
    SameAddress {
        id: String,
        other: String,
        decision: String,
    },
    PanelIncomplete {
        id: String,
        awaiting: String,
    },
    AssessmentIncomplete {
        id: String,
    },
    MissingNote(String),
    NoLetter {
        id: String,
    },
    NoEmail {
        id: String,
    },
    Stale {
        id: String,
        what: Changed,
    },
    NoBasis {
        id: String,
    },
    AlreadySent {
        id: String,
        at: String,
        message_id: String,
    },
    Unresolved {
        id: String,
        at: String,
        message_id: String,
        how: Interrupted,
    },
}

/// What changed since a letter was generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    Decision,
    /// The name, e-mail address or postal address.
    Recipient,
    /// The candidate file or a filled scorecard.
    Content,
}

/// When an interrupted send stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupted {
    /// `sending` was recorded, and nothing after it.
    BeforeRecorded,
    /// The whole message was handed over; the server's answer never came.
    AfterHandover,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The refusal in `lang`, from the message catalogue.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Refusal::NotRejected { id, decision } => msg!(
                lang,
                "send-refusal-not-rejected",
                id = id,
                decision = decision
            ),
            Refusal::SameAddress {
                id,
                other,
                decision,
            } => msg!(
                lang,
                "send-refusal-same-address",
                id = id,
                other = other,
                decision = decision
            ),
            Refusal::PanelIncomplete { id, awaiting } => msg!(
                lang,
                "send-refusal-panel-incomplete",
                id = id,
                awaiting = awaiting
            ),
            Refusal::AssessmentIncomplete { id } => {
                msg!(lang, "send-refusal-assessment-incomplete", id = id)
            }
            Refusal::MissingNote(message) => message.clone(),
            Refusal::NoLetter { id } => msg!(lang, "send-refusal-no-letter", id = id),
            Refusal::NoEmail { id } => msg!(lang, "send-refusal-no-email", id = id),
            Refusal::Stale { id, what } => {
                let what = match what {
                    Changed::Decision => msg!(lang, "send-changed-decision"),
                    Changed::Recipient => msg!(lang, "send-changed-recipient"),
                    Changed::Content => msg!(lang, "send-changed-content"),
                };
                msg!(lang, "send-refusal-stale", id = id, what = what)
            }
            Refusal::NoBasis { id } => msg!(lang, "send-refusal-no-basis", id = id),
            Refusal::AlreadySent { id, at, message_id } => msg!(
                lang,
                "send-refusal-already-sent",
                id = id,
                at = at,
                message_id = message_id
            ),
            Refusal::Unresolved {
                id,
                at,
                message_id,
                how,
            } => {
                let how = match how {
                    Interrupted::BeforeRecorded => msg!(lang, "send-interrupted-before-recorded"),
                    Interrupted::AfterHandover => msg!(lang, "send-interrupted-after-handover"),
                };
                msg!(
                    lang,
                    "send-refusal-unresolved",
                    id = id,
                    at = at,
                    message_id = message_id,
                    how = how
                )
            }
        }
    }
}

impl Refusal {
    /// `true` for a candidate who simply has nothing to send (not rejected, or already sent):
    /// in a run over every candidate these are notes, not errors.
    pub fn is_skip(&self) -> bool {
        matches!(
            self,
            Refusal::NotRejected { .. } | Refusal::AlreadySent { .. }
        )
    }
}

pub fn decision_code(decision: Option<Decision>) -> &'static str {
    match decision {
        None => "none yet",
        Some(Decision::Advance) => "advance",
        Some(Decision::Reject) => "reject",
        Some(Decision::Hired) => "hired",
        Some(Decision::Withdrawn) => "withdrawn",
    }
}

fn at(entry: &SentEntry) -> String {
    entry.at.format("%Y-%m-%d %H:%M %:z").to_string()
}

/// The letter to send to this candidate now, or why not. `resend` is `true` when the user named
/// this candidate with `--resend`.
pub fn choose(s: &Situation<'_>, resend: bool) -> Result<Chosen, Refusal> {
    let id = s.id.to_owned();
    if s.decision != Some(Decision::Reject) {
        return Err(Refusal::NotRejected {
            id,
            decision: decision_code(s.decision).to_owned(),
        });
    }
    if let Some((other, decision)) = s.same_address.first() {
        return Err(Refusal::SameAddress {
            id,
            other: other.clone(),
            decision: decision_code(Some(*decision)).to_owned(),
        });
    }
    if !s.awaiting.is_empty() {
        return Err(Refusal::PanelIncomplete {
            id,
            awaiting: s.awaiting.join(", "),
        });
    }
    if s.assessment_incomplete {
        return Err(Refusal::AssessmentIncomplete { id });
    }
    if let Some(message) = &s.missing_note {
        return Err(Refusal::MissingNote(message.clone()));
    }
    let previous = match s.sent.state() {
        State::Unresolved(entry) if !resend => {
            return Err(Refusal::Unresolved {
                id,
                at: at(s.sent.started(&entry.message_id).unwrap_or(entry)),
                message_id: entry.message_id.clone(),
                how: if entry.status == crate::history::SentStatus::Sending {
                    Interrupted::BeforeRecorded
                } else {
                    Interrupted::AfterHandover
                },
            });
        }
        State::Sent(entry) if !resend => {
            return Err(Refusal::AlreadySent {
                id,
                at: at(entry),
                message_id: entry.message_id.clone(),
            });
        }
        State::Sent(entry) | State::Unresolved(entry) => Some(entry.clone()),
        State::NotSent { .. } => None,
    };
    let latest = s
        .latest
        .ok_or_else(|| Refusal::NoLetter { id: id.clone() })?;
    let eml = latest
        .files
        .iter()
        .find(|f| f.path.ends_with(".eml"))
        .ok_or_else(|| Refusal::NoEmail { id: id.clone() })?;
    let stale = |what| Refusal::Stale {
        id: id.clone(),
        what,
    };
    let (Some(basis), Some(letter_sha256)) = (&latest.basis, &eml.sha256) else {
        return Err(Refusal::NoBasis { id });
    };
    if basis.decision != s.current.decision {
        return Err(stale(Changed::Decision));
    }
    if basis.recipient != s.current.recipient {
        return Err(stale(Changed::Recipient));
    }
    if basis.content != s.current.content {
        return Err(stale(Changed::Content));
    }
    Ok(Chosen {
        letter: eml.path.clone(),
        letter_sha256: letter_sha256.clone(),
        previous,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::SentStatus;
    use hirekit_folder::LetterFile;

    fn basis(decision: Option<Decision>) -> LetterBasis {
        LetterBasis {
            decision,
            recipient: "r1".to_owned(),
            content: "c1".to_owned(),
        }
    }

    fn letter() -> FeedbackRecord {
        FeedbackRecord {
            letter_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
            language: hirekit_scorecard::Language::Nl,
            files: vec![
                LetterFile {
                    path: "out/c-1.txt".to_owned(),
                    sha256: Some("t".to_owned()),
                },
                LetterFile {
                    path: "out/c-1.eml".to_owned(),
                    sha256: Some("e".to_owned()),
                },
            ],
            on_time: true,
            reconnect_after: None,
            basis: Some(basis(Some(Decision::Reject))),
        }
    }

    fn situation<'a>(latest: &'a FeedbackRecord, sent: &'a SentHistory) -> Situation<'a> {
        Situation {
            id: "c-1",
            decision: Some(Decision::Reject),
            awaiting: Vec::new(),
            assessment_incomplete: false,
            missing_note: None,
            latest: Some(latest),
            current: basis(Some(Decision::Reject)),
            same_address: Vec::new(),
            sent,
        }
    }

    fn sent(statuses: &[SentStatus]) -> SentHistory {
        let at =
            chrono::DateTime::parse_from_rfc3339("2026-11-24T09:30:00+01:00").unwrap_or_default();
        SentHistory {
            entries: statuses
                .iter()
                .map(|&status| SentEntry {
                    message_id: "m1@x.example".to_owned(),
                    status,
                    at,
                    to: "a@x.example".to_owned(),
                    from: "b@x.example".to_owned(),
                    server: "127.0.0.1:25".to_owned(),
                    letter: "out/c-1.eml".to_owned(),
                    letter_sha256: "e".to_owned(),
                    copy: "sent/c-1/m1.eml".to_owned(),
                    sha256: "s".to_owned(),
                    reply: None,
                    error: None,
                    resend: false,
                    confirmed_by_hand: false,
                })
                .collect(),
        }
    }

    #[test]
    fn the_current_letter_of_a_rejected_candidate_is_chosen() {
        let (latest, none) = (letter(), SentHistory::default());
        assert_eq!(
            choose(&situation(&latest, &none), false),
            Ok(Chosen {
                letter: "out/c-1.eml".to_owned(),
                letter_sha256: "e".to_owned(),
                previous: None
            })
        );
    }

    #[test]
    fn advance_hired_and_a_shared_address_are_refused() {
        let (latest, none) = (letter(), SentHistory::default());
        for decision in [Decision::Advance, Decision::Hired, Decision::Withdrawn] {
            let mut s = situation(&latest, &none);
            s.decision = Some(decision);
            assert!(matches!(choose(&s, true), Err(Refusal::NotRejected { .. })));
        }
        let mut s = situation(&latest, &none);
        s.same_address = vec![("c-2".to_owned(), Decision::Hired)];
        assert!(matches!(choose(&s, true), Err(Refusal::SameAddress { .. })));
    }

    #[test]
    fn an_incomplete_panel_or_a_missing_note_is_refused() {
        let (latest, none) = (letter(), SentHistory::default());
        let mut s = situation(&latest, &none);
        s.awaiting = vec!["bram".to_owned()];
        assert_eq!(
            choose(&s, false).map_err(|e| e.to_string()),
            Err("c-1: the panel is not complete: no scorecard yet from bram".to_owned())
        );
        let mut s = situation(&latest, &none);
        s.missing_note = Some("c-1: a note is needed".to_owned());
        assert_eq!(
            choose(&s, false),
            Err(Refusal::MissingNote("c-1: a note is needed".to_owned()))
        );
    }

    #[test]
    fn a_letter_for_other_data_is_stale() {
        let none = SentHistory::default();
        let mut latest = letter();
        latest.basis = Some(basis(Some(Decision::Advance)));
        let s = situation(&latest, &none);
        assert!(matches!(
            choose(&s, false),
            Err(Refusal::Stale {
                what: Changed::Decision,
                ..
            })
        ));
        let mut latest = letter();
        if let Some(b) = &mut latest.basis {
            b.content = "c2".to_owned();
        }
        assert!(matches!(
            choose(&situation(&latest, &none), false),
            Err(Refusal::Stale { .. })
        ));
        latest.basis = None;
        assert!(matches!(
            choose(&situation(&latest, &none), false),
            Err(Refusal::NoBasis { .. })
        ));
        let mut latest = letter();
        latest.files.retain(|f| !f.path.ends_with(".eml"));
        assert!(matches!(
            choose(&situation(&latest, &none), false),
            Err(Refusal::NoEmail { .. })
        ));
    }

    #[test]
    fn sent_and_unresolved_letters_go_again_only_with_resend() {
        let latest = letter();
        for statuses in [
            &[SentStatus::Sending, SentStatus::Sent][..],
            &[SentStatus::Sending],
            &[SentStatus::Sending, SentStatus::Unknown],
        ] {
            let history = sent(statuses);
            let s = situation(&latest, &history);
            assert!(
                matches!(
                    choose(&s, false),
                    Err(Refusal::AlreadySent { .. } | Refusal::Unresolved { .. })
                ),
                "{statuses:?}"
            );
            let again = choose(&s, true).map(|c| c.previous.map(|p| p.message_id));
            assert_eq!(again, Ok(Some("m1@x.example".to_owned())), "{statuses:?}");
        }
        // Certainly not delivered: the next run simply tries again.
        let history = sent(&[SentStatus::Sending, SentStatus::NotSent]);
        assert_eq!(
            choose(&situation(&latest, &history), false).map(|c| c.previous),
            Ok(None)
        );
    }
}
