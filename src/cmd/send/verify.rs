//! `hirekit send --verify ID`: recomputes the SHA-256 of every stored copy of what was sent to a
//! candidate and compares it with the record, so anyone can show what exactly went out.

use std::fmt::Write as _;
use std::process::ExitCode;

use hirekit_folder::{CandidateFiles, Folder};
use hirekit_send::SentStatus;

use crate::output;

pub fn run(folder: &Folder, files: &CandidateFiles) -> anyhow::Result<ExitCode> {
    let id = &files.candidate.id;
    let history = hirekit_send::history::of(files).map_err(|p| {
        anyhow::anyhow!(
            "{}",
            p.iter()
                .map(hirekit_yaml::Diagnostic::render)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })?;
    let attempts = history.attempts();
    if attempts.is_empty() {
        anyhow::bail!(
            "{id}: nothing was ever sent (no {})",
            files.dir.join(hirekit_send::SENT_FILE).display()
        );
    }
    let mut out = String::new();
    let mut bad = false;
    for entry in attempts {
        let status = match (entry.status, entry.confirmed_by_hand) {
            (SentStatus::Sent, false) => "sent",
            (SentStatus::Sent, true) => "sent (confirmed by hand)",
            (SentStatus::NotSent, _) => "not sent",
            (SentStatus::Sending | SentStatus::Unknown, _) => "outcome unknown",
        };
        let _ = writeln!(
            out,
            "{status}: {} to {} via {}, Message-ID <{}>",
            entry.at.format("%Y-%m-%d %H:%M:%S %:z"),
            entry.to,
            entry.server,
            entry.message_id
        );
        if let Some(reply) = &entry.reply {
            let _ = writeln!(out, "  server: {reply}");
        }
        if let Some(error) = &entry.error {
            let _ = writeln!(out, "  error: {error}");
        }
        let path = folder.root.join(&entry.copy);
        let check = match fs_err::read(&path) {
            Ok(bytes) if hirekit_folder::sha256_hex(&bytes) == entry.sha256 => {
                format!("matches its SHA-256 {}", entry.sha256)
            }
            Ok(bytes) => {
                bad = true;
                format!(
                    "DOES NOT MATCH: recorded {}, the file has {}",
                    entry.sha256,
                    hirekit_folder::sha256_hex(&bytes)
                )
            }
            Err(e) => {
                bad = true;
                format!("CANNOT BE READ: {e}")
            }
        };
        let _ = writeln!(out, "  copy {}: {check}", entry.copy);
    }
    output::print(&out);
    Ok(if bad {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
