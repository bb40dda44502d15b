//! Sending one letter and writing its record, in the order that keeps the record exact: the
//! stored copy, then `sending`, then the exchange, then how it ended. Also `--confirm-sent`.

use std::path::Path;
use std::time::Duration;

use anyhow::{anyhow, bail};
use chrono::{DateTime, FixedOffset};
use hirekit_folder::{CandidateFiles, Folder, HiringSource, HistoryRecord};
use hirekit_send::{Envelope, Outcome, SentEntry, SentStatus, Server};

use super::{Planned, diagnostics};
use crate::output::{self, write_atomic};

/// The server and login for this run.
pub struct Link<'a> {
    pub server: &'a Server,
    pub credentials: Option<&'a hirekit_send::Credentials>,
    pub from: &'a str,
    pub timeout: Duration,
}

/// Sends one letter: the copy, then `sending`, then the exchange, then how it ended. `Ok(false)`:
/// this letter was refused (the next may go); `Err`: stop the batch.
pub fn send_one(
    folder: &Folder,
    source: &dyn HiringSource,
    link: &Link<'_>,
    planned: &Planned<'_>,
) -> anyhow::Result<bool> {
    let c = &planned.files.candidate;
    let now = chrono::Local::now().fixed_offset();
    let message_id =
        hirekit_send::message::new_message_id(now, &planned.chosen.letter_sha256, link.from);
    let message = hirekit_send::message::for_sending(&planned.draft, &c.email, &message_id, now)
        .map_err(|e| anyhow!("{}: the letter's e-mail cannot be sent: {e}", c.id))?;
    let copy = Path::new("sent").join(&c.id).join(format!(
        "{}-{}.eml",
        now.format("%Y%m%dT%H%M%S%z"),
        &hirekit_folder::sha256_hex(message_id.as_bytes())[..8]
    ));
    write_atomic(&folder.root.join(&copy), &message, false)?;
    let mut entry = SentEntry {
        message_id,
        status: SentStatus::Sending,
        at: now,
        to: c.email.clone(),
        from: link.from.to_owned(),
        server: link.server.to_string(),
        letter: planned.chosen.letter.clone(),
        letter_sha256: planned.chosen.letter_sha256.clone(),
        copy: copy.display().to_string(),
        sha256: hirekit_folder::sha256_hex(&message),
        reply: None,
        error: None,
        resend: planned.chosen.previous.is_some(),
        confirmed_by_hand: false,
    };
    append(source, planned.files, entry.clone())?;
    let outcome = hirekit_send::smtp::deliver(
        link.server,
        link.credentials,
        &Envelope {
            from: link.from,
            to: &c.email,
            message: &message,
        },
        link.timeout,
    );
    entry.at = chrono::Local::now().fixed_offset();
    let result = match &outcome {
        Outcome::Accepted(reply) => {
            entry.status = SentStatus::Sent;
            entry.reply = Some(reply.clone());
            output::print(&format!(
                "sent {} to {} (Message-ID <{}>; server: {reply})\n",
                c.id, c.email, entry.message_id
            ));
            Ok(true)
        }
        Outcome::Refused(why) => {
            entry.status = SentStatus::NotSent;
            entry.error = Some(why.clone());
            output::print_error(&anyhow!(
                "{}: not sent: {why}; nothing was delivered, a next run tries again",
                c.id
            ));
            Ok(false)
        }
        Outcome::NotSent(why) => {
            entry.status = SentStatus::NotSent;
            entry.error = Some(why.clone());
            Err(anyhow!("{}: not sent: {why}; nothing was delivered", c.id))
        }
        Outcome::Unknown(why) => {
            entry.status = SentStatus::Unknown;
            entry.error = Some(why.clone());
            Err(anyhow!(
                "{}: {why}; it may or may not have arrived (Message-ID <{}>): look for it before sending again",
                c.id,
                entry.message_id
            ))
        }
    };
    append(source, planned.files, entry)?;
    result
}

/// Adds an entry to the candidate's send history, re-read from the source so nothing is lost.
fn append(
    source: &dyn HiringSource,
    files: &CandidateFiles,
    entry: SentEntry,
) -> anyhow::Result<()> {
    let id = &files.candidate.id;
    let stored = source.read_record(id, HistoryRecord::Sent)?;
    let history = hirekit_send::history::parse(stored.as_ref()).map_err(diagnostics)?;
    let text = hirekit_send::history::with_entry(&history, entry)
        .map_err(|e| anyhow!("cannot write the sent record: {e}"))?;
    source.write_record(id, HistoryRecord::Sent, &text)?;
    Ok(())
}

/// `--confirm-sent ID`: the user found an interrupted message in the mailbox or the log.
pub fn confirm_sent(source: &dyn HiringSource, files: &CandidateFiles) -> anyhow::Result<()> {
    let id = &files.candidate.id;
    let history = hirekit_send::history::of(files).map_err(diagnostics)?;
    let hirekit_send::State::Unresolved(open) = history.state() else {
        bail!(
            "{id}: no interrupted send to confirm; `hirekit send --verify {id}` shows what was sent"
        );
    };
    let mut entry = open.clone();
    entry.status = SentStatus::Sent;
    entry.at = now();
    entry.error = None;
    entry.reply = None;
    entry.confirmed_by_hand = true;
    let message_id = entry.message_id.clone();
    append(source, files, entry)?;
    output::print(&format!(
        "recorded <{message_id}> to {id} as delivered (confirmed by hand)\n"
    ));
    Ok(())
}

fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}
