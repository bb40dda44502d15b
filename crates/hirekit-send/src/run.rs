//! One run of `hirekit send`, as a front end drives it: which candidates are considered
//! ([`candidates`]), what each would be sent or why not ([`plan`]), the server, login, sender and
//! pace ([`route`]), sending one letter with its record written in the order that keeps the
//! record exact ([`send_one`]), `--confirm-sent` ([`confirm_sent`]) and `--verify`
//! ([`verify`]). Every sentence comes from the message catalogue in the hiring folder's
//! language; the caller prints them and asks for the confirmation.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{
    CandidateFiles, Decision, Folder, HiringSource, HistoryRecord, LetterBasis, SmtpSecurity,
};
use hirekit_language::Language;
use hirekit_text::msg;
use hirekit_yaml::Diagnostic;

use crate::{
    Chosen, Credentials, Envelope, Outcome, Refusal, SentEntry, SentStatus, Server, Situation,
};

/// Letters a minute when neither `--rate` nor the profile's `smtp.rate_per_minute` says.
pub const DEFAULT_RATE_PER_MINUTE: u32 = 20;

/// The language of every sentence of a run: the hiring folder's.
fn lang(folder: &Folder) -> Language {
    folder.profile.language
}

/// The candidate `id`, or why there is none. `loaded_with_errors`: the folder had errors, so a
/// missing candidate may be one that could not be read.
pub fn candidate<'a>(
    folder: &'a Folder,
    id: &str,
    loaded_with_errors: bool,
) -> Result<&'a CandidateFiles, String> {
    folder.candidate(id).ok_or_else(|| {
        if loaded_with_errors {
            msg!(lang(folder), "send-unreadable-candidate", id = id)
        } else {
            msg!(
                lang(folder),
                "send-no-candidate",
                id = id,
                path = folder.root.join("candidates").display().to_string()
            )
        }
    })
}

/// The candidates a run considers: those named (`ids`, then `resend`, each once), or every
/// candidate when none is named.
pub fn candidates<'a>(
    folder: &'a Folder,
    ids: &[String],
    resend: &[String],
    loaded_with_errors: bool,
) -> Result<Vec<&'a CandidateFiles>, String> {
    if ids.is_empty() && resend.is_empty() {
        return Ok(folder.candidates.iter().collect());
    }
    let mut chosen: Vec<&CandidateFiles> = Vec::new();
    for id in ids.iter().chain(resend) {
        let files = candidate(folder, id, loaded_with_errors)?;
        if !chosen.iter().any(|c| c.candidate.id == *id) {
            chosen.push(files);
        }
    }
    Ok(chosen)
}

/// One letter ready to go: the candidate, the letter chosen and its e-mail's bytes.
#[derive(Debug)]
pub struct Planned<'a> {
    pub files: &'a CandidateFiles,
    pub chosen: Chosen,
    pub draft: Vec<u8>,
}

impl Planned<'_> {
    /// `c-2026-014: to Name <address>, "Subject", out/c-2026-014.eml`, and when a letter went
    /// before (`--resend`), when.
    pub fn line(&self, lang: Language) -> String {
        let c = &self.files.candidate;
        let subject = crate::message::subject(&self.draft);
        match &self.chosen.previous {
            None => msg!(
                lang,
                "send-planned",
                id = c.id.as_str(),
                name = c.name.as_str(),
                email = c.email.as_str(),
                subject = subject,
                letter = self.chosen.letter.as_str()
            ),
            Some(p) => msg!(
                lang,
                "send-planned-again",
                id = c.id.as_str(),
                name = c.name.as_str(),
                email = c.email.as_str(),
                subject = subject,
                letter = self.chosen.letter.as_str(),
                message_id = p.message_id.as_str(),
                at = p.at.format("%Y-%m-%d %H:%M %:z").to_string()
            ),
        }
    }
}

/// Why a candidate is not in this run's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotPlanned {
    /// Nothing to send, and nothing wrong: a note (`skipped …`).
    Skipped(String),
    /// Something the user asked for cannot be done, or a record is broken: an error.
    Refused(String),
}

/// Applies the rules to one candidate ([`crate::choose`]) and reads the letter's e-mail with
/// `read`, checking it is still the file that was generated. `resend`: named with `--resend`;
/// `named`: candidates were named on the command line, so a candidate who is not rejected is an
/// error rather than a note. Already sent is never an error: a re-run skips it.
pub fn plan<'a>(
    folder: &Folder,
    files: &'a CandidateFiles,
    resend: bool,
    named: bool,
    read: &dyn Fn(&Path) -> Result<Vec<u8>, String>,
) -> Result<Planned<'a>, NotPlanned> {
    let lang = lang(folder);
    let c = &files.candidate;
    let refused = NotPlanned::Refused;
    let sent = crate::history::of(files).map_err(|p| refused(rendered(&p)))?;
    let card = folder
        .scorecard_of(c)
        .ok_or_else(|| refused(msg!(lang, "send-no-scorecard", id = c.id.as_str())))?;
    let assessment = hirekit_panel::assess(
        card,
        &files.interviews,
        &c.interviews,
        folder.profile.scorecard_hours,
    );
    let same_address = folder
        .candidates
        .iter()
        .filter(|o| o.candidate.id != c.id && o.candidate.email.eq_ignore_ascii_case(&c.email))
        .filter_map(|o| match o.candidate.decision {
            Some(d @ (Decision::Advance | Decision::Hired)) => Some((o.candidate.id.clone(), d)),
            _ => None,
        })
        .collect();
    let situation = Situation {
        id: &c.id,
        decision: c.decision,
        awaiting: hirekit_panel::Awaiting::of(&assessment)
            .map(|a| a.awaited)
            .unwrap_or_default(),
        assessment_incomplete: assessment.outcome == hirekit_panel::Outcome::Incomplete,
        missing_note: hirekit_debrief::letter_blocked(files, &assessment),
        latest: files.feedback.latest(),
        current: LetterBasis::of(c, &files.interviews),
        same_address,
        sent: &sent,
    };
    let chosen = crate::choose(&situation, resend).map_err(|refusal| {
        let text = refusal.message(lang);
        match refusal {
            Refusal::AlreadySent { .. } => {
                NotPlanned::Skipped(msg!(lang, "send-skipped", why = text))
            }
            _ if refusal.is_skip() && !named => {
                NotPlanned::Skipped(msg!(lang, "send-skipped", why = text))
            }
            _ => NotPlanned::Refused(text),
        }
    })?;
    let path = folder.root.join(&chosen.letter);
    let draft = read(&path).map_err(refused)?;
    if hirekit_folder::sha256_hex(&draft) != chosen.letter_sha256 {
        return Err(refused(msg!(
            lang,
            "send-letter-changed",
            id = c.id.as_str(),
            path = path.display().to_string()
        )));
    }
    Ok(Planned {
        files,
        chosen,
        draft,
    })
}

/// Where a run's letters go through and as whom: the server, the login, the envelope sender and
/// the pace.
#[derive(Debug)]
pub struct Route {
    pub server: Server,
    pub credentials: Option<Credentials>,
    /// The envelope sender: the profile's `smtp.envelope_from`, else the sender's address.
    pub from: String,
    /// Letters a minute: `--rate`, else the profile's, else [`DEFAULT_RATE_PER_MINUTE`].
    pub rate: u32,
}

/// What the command line says about the route; the rest comes from the profile.
#[derive(Debug, Default)]
pub struct RouteArgs<'a> {
    /// `--smtp URL`
    pub smtp: Option<&'a str>,
    /// `--credentials FILE`
    pub credentials: Option<&'a Path>,
    /// `--rate N`
    pub rate: Option<u32>,
    /// The user's home folder, for a `~/` in the profile's `credentials_file`.
    pub home: Option<&'a Path>,
}

/// The server (`--smtp URL`, or the profile's `smtp:` with the usual port of its security),
/// the login (from `env`, or the credentials file), the sender and the pace.
pub fn route(
    folder: &Folder,
    args: &RouteArgs<'_>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Route, String> {
    let settings = folder.profile.smtp.as_ref();
    let server = match args.smtp {
        Some(url) => Server::parse(url).map_err(|e| e.to_string())?,
        None => {
            let settings = settings.ok_or_else(|| {
                msg!(
                    lang(folder),
                    "send-no-server",
                    path = folder
                        .root
                        .join(hirekit_folder::PROFILE_FILE)
                        .display()
                        .to_string()
                )
            })?;
            let (security, port) = match settings.security {
                SmtpSecurity::Starttls => (crate::Security::Starttls, 587),
                SmtpSecurity::Tls => (crate::Security::Tls, 465),
                SmtpSecurity::Plain => (crate::Security::Plain, 25),
            };
            Server::new(&settings.host, settings.port.unwrap_or(port), security)
                .map_err(|e| e.to_string())?
        }
    };
    let credentials_file = args.credentials.map(Path::to_path_buf).or_else(|| {
        settings
            .and_then(|s| s.credentials_file.as_deref())
            .map(|path| expand_home(path, args.home))
    });
    let credentials = crate::server::credentials(env, credentials_file.as_deref(), &folder.root)
        .map_err(|e| e.to_string())?;
    let from = settings
        .and_then(|s| s.envelope_from.clone())
        .unwrap_or_else(|| folder.profile.sender.email.clone());
    let rate = args
        .rate
        .or(settings.map(|s| s.rate_per_minute))
        .unwrap_or(DEFAULT_RATE_PER_MINUTE);
    Ok(Route {
        server,
        credentials,
        from,
        rate,
    })
}

/// `~/x` with the home folder, as a shell would.
fn expand_home(path: &str, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

/// The sentences around the confirmation, in the folder's language.
pub mod says {
    use super::*;

    /// Off a terminal without `--yes`: nothing is sent.
    pub fn confirm_with_yes(folder: &Folder, count: usize, server: &Server) -> String {
        msg!(
            lang(folder),
            "send-confirm-with-yes",
            count = count,
            server = server.to_string()
        )
    }

    /// The question on a terminal, answered on the same line.
    pub fn ask(folder: &Folder, count: usize, server: &Server) -> String {
        msg!(
            lang(folder),
            "send-ask",
            count = count,
            server = server.to_string()
        )
    }

    /// Whether a typed answer means yes (in either language).
    pub fn is_yes(answer: &str) -> bool {
        matches!(answer.trim(), "y" | "Y" | "yes" | "j" | "J" | "ja")
    }

    pub fn nothing_sent(folder: &Folder) -> String {
        msg!(lang(folder), "send-nothing-sent")
    }

    pub fn nothing_to_send(folder: &Folder) -> String {
        msg!(lang(folder), "send-nothing-to-send")
    }

    /// After a failure that would fail every next letter too: how many were not attempted.
    pub fn stopped(folder: &Folder, left: usize) -> String {
        msg!(lang(folder), "send-stopped", count = left)
    }
}

/// How one letter's attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// Accepted by the server: the line to print.
    Sent(String),
    /// Refused for this letter only (the next may go): the error to print.
    Refused(String),
}

/// Sends one letter: a copy of the exact bytes (atomically, under `sent/<id>/` in the hiring
/// folder), then the `sending` record, then the exchange, then how it ended. `Err`: the server
/// or the disk failed in a way that would fail every next letter too — stop the batch (the
/// record says exactly what happened). `now` is the clock.
pub fn send_one(
    folder: &Folder,
    source: &dyn HiringSource,
    route: &Route,
    timeout: Duration,
    planned: &Planned<'_>,
    now: &dyn Fn() -> DateTime<FixedOffset>,
) -> Result<Attempt, String> {
    let lang = lang(folder);
    let c = &planned.files.candidate;
    let id = c.id.as_str();
    let at = now();
    let message_id = crate::message::new_message_id(at, &planned.chosen.letter_sha256, &route.from);
    let message = crate::message::for_sending(&planned.draft, &c.email, &message_id, at)
        .map_err(|e| msg!(lang, "send-cannot-send", id = id, why = e.to_string()))?;
    let copy = Path::new("sent").join(id).join(format!(
        "{}-{}.eml",
        at.format("%Y%m%dT%H%M%S%z"),
        &hirekit_folder::sha256_hex(message_id.as_bytes())[..8]
    ));
    hirekit_folder::atomic::write(&folder.root.join(&copy), &message, false)
        .map_err(|e| e.to_string())?;
    let mut entry = SentEntry {
        message_id,
        status: SentStatus::Sending,
        at,
        to: c.email.clone(),
        from: route.from.clone(),
        server: route.server.to_string(),
        letter: planned.chosen.letter.clone(),
        letter_sha256: planned.chosen.letter_sha256.clone(),
        copy: copy.display().to_string(),
        sha256: hirekit_folder::sha256_hex(&message),
        reply: None,
        error: None,
        resend: planned.chosen.previous.is_some(),
        confirmed_by_hand: false,
    };
    append(source, lang, planned.files, entry.clone())?;
    let outcome = crate::smtp::deliver(
        &route.server,
        route.credentials.as_ref(),
        &Envelope {
            from: &route.from,
            to: &c.email,
            message: &message,
        },
        timeout,
    );
    entry.at = now();
    let result = match &outcome {
        Outcome::Accepted(reply) => {
            entry.status = SentStatus::Sent;
            entry.reply = Some(reply.clone());
            Ok(Attempt::Sent(msg!(
                lang,
                "send-sent",
                id = id,
                email = c.email.as_str(),
                message_id = entry.message_id.as_str(),
                reply = reply.as_str()
            )))
        }
        Outcome::Refused(why) => {
            entry.status = SentStatus::NotSent;
            entry.error = Some(why.clone());
            Ok(Attempt::Refused(msg!(
                lang,
                "send-refused",
                id = id,
                why = why.as_str()
            )))
        }
        Outcome::NotSent(why) => {
            entry.status = SentStatus::NotSent;
            entry.error = Some(why.clone());
            Err(msg!(lang, "send-not-sent", id = id, why = why.as_str()))
        }
        Outcome::Unknown(why) => {
            entry.status = SentStatus::Unknown;
            entry.error = Some(why.clone());
            Err(msg!(
                lang,
                "send-unknown",
                id = id,
                why = why.as_str(),
                message_id = entry.message_id.as_str()
            ))
        }
    };
    append(source, lang, planned.files, entry)?;
    result
}

/// Adds an entry to the candidate's send history, re-read from the source so nothing written
/// since the folder was loaded is lost.
fn append(
    source: &dyn HiringSource,
    lang: Language,
    files: &CandidateFiles,
    entry: SentEntry,
) -> Result<(), String> {
    let id = &files.candidate.id;
    let stored = source
        .read_record(id, HistoryRecord::Sent)
        .map_err(|e| e.to_string())?;
    let history = crate::history::parse(stored.as_ref()).map_err(|p| rendered(&p))?;
    let text = crate::history::with_entry(&history, entry)
        .map_err(|e| msg!(lang, "send-cannot-record", why = e))?;
    source
        .write_record(id, HistoryRecord::Sent, &text)
        .map_err(|e| e.to_string())
}

/// `--confirm-sent ID`: the user found an interrupted message in the mailbox or the log; it is
/// recorded as delivered, confirmed by hand. Returns the line to print.
pub fn confirm_sent(
    folder: &Folder,
    source: &dyn HiringSource,
    files: &CandidateFiles,
    now: DateTime<FixedOffset>,
) -> Result<String, String> {
    let lang = lang(folder);
    let id = files.candidate.id.as_str();
    let history = crate::history::of(files).map_err(|p| rendered(&p))?;
    let crate::State::Unresolved(open) = history.state() else {
        return Err(msg!(lang, "send-nothing-to-confirm", id = id));
    };
    let mut entry = open.clone();
    entry.status = SentStatus::Sent;
    entry.at = now;
    entry.error = None;
    entry.reply = None;
    entry.confirmed_by_hand = true;
    let message_id = entry.message_id.clone();
    append(source, lang, files, entry)?;
    Ok(msg!(
        lang,
        "send-confirmed",
        message_id = message_id,
        id = id
    ))
}

/// `--verify ID`: every attempt of the candidate's send history, with its stored copy checked
/// against the recorded SHA-256 (`read` reads a copy). Returns the report and whether every copy
/// matched.
pub fn verify(
    folder: &Folder,
    files: &CandidateFiles,
    read: &dyn Fn(&Path) -> std::io::Result<Vec<u8>>,
) -> Result<(String, bool), String> {
    let lang = lang(folder);
    let id = files.candidate.id.as_str();
    let history = crate::history::of(files).map_err(|p| rendered(&p))?;
    let attempts = history.attempts();
    if attempts.is_empty() {
        return Err(msg!(
            lang,
            "send-never-sent",
            id = id,
            path = files.dir.join(crate::SENT_FILE).display().to_string()
        ));
    }
    let mut out = String::new();
    let mut all_match = true;
    for entry in attempts {
        let status = match (entry.status, entry.confirmed_by_hand) {
            (SentStatus::Sent, false) => msg!(lang, "send-status-sent"),
            (SentStatus::Sent, true) => msg!(lang, "send-status-sent-by-hand"),
            (SentStatus::NotSent, _) => msg!(lang, "send-status-not-sent"),
            (SentStatus::Sending | SentStatus::Unknown, _) => msg!(lang, "send-status-unknown"),
        };
        out.push_str(&msg!(
            lang,
            "send-verify-attempt",
            status = status,
            at = entry.at.format("%Y-%m-%d %H:%M:%S %:z").to_string(),
            to = entry.to.as_str(),
            server = entry.server.as_str(),
            message_id = entry.message_id.as_str()
        ));
        out.push('\n');
        if let Some(reply) = &entry.reply {
            out.push_str("  ");
            out.push_str(&msg!(lang, "send-verify-reply", reply = reply.as_str()));
            out.push('\n');
        }
        if let Some(error) = &entry.error {
            out.push_str("  ");
            out.push_str(&msg!(lang, "send-verify-error", error = error.as_str()));
            out.push('\n');
        }
        let check = match read(&folder.root.join(&entry.copy)) {
            Ok(bytes) if hirekit_folder::sha256_hex(&bytes) == entry.sha256 => {
                msg!(lang, "send-verify-matches", sha256 = entry.sha256.as_str())
            }
            Ok(bytes) => {
                all_match = false;
                msg!(
                    lang,
                    "send-verify-differs",
                    recorded = entry.sha256.as_str(),
                    found = hirekit_folder::sha256_hex(&bytes)
                )
            }
            Err(e) => {
                all_match = false;
                msg!(lang, "send-verify-unreadable", why = e.to_string())
            }
        };
        out.push_str("  ");
        out.push_str(&msg!(
            lang,
            "send-verify-copy",
            copy = entry.copy.as_str(),
            check = check
        ));
        out.push('\n');
    }
    Ok((out, all_match))
}

/// Problems in a record, rendered as every diagnostic is, for an error message.
fn rendered(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(Diagnostic::render)
        .collect::<Vec<_>>()
        .join("\n")
}
