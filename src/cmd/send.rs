//! `hirekit send [ID...]`: sends each candidate's current letter by SMTP and records the proof.
//! The rules, the records and the words live in `hirekit_send::run`; this file asks for the
//! confirmation and prints.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use chrono::NaiveDate;
use hirekit_send::Pace;
use hirekit_send::run::{self, Attempt, NotPlanned, RouteArgs, says};

use crate::hiring::{self, DirArg};
use crate::output;

/// Send the current feedback letters by e-mail, once each, with proof of what was sent
///
/// Without ids, every candidate whose decision is `reject` is considered. Shows what it would
/// send and sends only after confirmation (`--yes`, or `y` on a terminal).
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  hirekit send\n  hirekit send --yes\n  \
                  hirekit send c-2026-014 --smtp smtp+starttls://smtp.example.org:587 --yes\n  \
                  hirekit send --verify c-2026-014\n\n\
                  The login comes from HIREKIT_SMTP_USERNAME and HIREKIT_SMTP_PASSWORD, or from \
                  a file outside the hiring folder (--credentials, or smtp.credentials_file).")]
pub struct Args {
    /// Candidate ids (default: every candidate whose decision is `reject`)
    pub ids: Vec<String>,
    /// Send without asking
    #[arg(long)]
    pub yes: bool,
    /// The SMTP server for this run: smtp+starttls://HOST:587, smtps://HOST:465, or
    /// smtp://127.0.0.1:PORT (plain, only to this machine)
    #[arg(long, value_name = "URL")]
    pub smtp: Option<String>,
    /// Send this candidate's current letter again, although one was sent (or may have been)
    #[arg(long, value_name = "ID")]
    pub resend: Vec<String>,
    /// Record an interrupted send as delivered, after finding it in the sent mail or the log
    #[arg(long, value_name = "ID", conflicts_with_all = ["ids", "resend", "verify"])]
    pub confirm_sent: Option<String>,
    /// Check the stored copies of what was sent to this candidate against their SHA-256
    #[arg(long, value_name = "ID", conflicts_with_all = ["ids", "resend"])]
    pub verify: Option<String>,
    /// At most this many letters a minute (default: smtp.rate_per_minute, or 20)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=6000))]
    pub rate: Option<u32>,
    /// A file outside the hiring folder with the user name and password on two lines
    #[arg(long, value_name = "FILE")]
    pub credentials: Option<PathBuf>,
    /// Seconds to wait for the server at each step
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,
    /// The date to check decisions and deadlines against (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    #[command(flatten)]
    pub dir: DirArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    // Each attempt is recorded in the candidate's send history in the hiring source; the sent
    // copies go beside the letters (the hiring folder, or the current folder on a database).
    let opened = hiring::open_source(&args.dir, today)?;
    let (folder, source, mut failed) = (&opened.folder, opened.source.as_ref(), opened.had_errors);
    if let Some(id) = &args.verify {
        let files = run::candidate(folder, id, failed).map_err(anyhow::Error::msg)?;
        let (report, all_match) =
            run::verify(folder, files, &|path| fs_err::read(path)).map_err(anyhow::Error::msg)?;
        output::print(&report);
        return Ok(exit(!all_match));
    }
    if let Some(id) = &args.confirm_sent {
        let files = run::candidate(folder, id, failed).map_err(anyhow::Error::msg)?;
        let line = run::confirm_sent(folder, source, files, chrono::Local::now().fixed_offset())
            .map_err(anyhow::Error::msg)?;
        output::print(&format!("{line}\n"));
        return Ok(ExitCode::SUCCESS);
    }

    // A wrong `--smtp` is a mistake in the command: say so before anything else.
    if let Some(url) = &args.smtp {
        hirekit_send::Server::parse(url)?;
    }
    let chosen =
        run::candidates(folder, &args.ids, &args.resend, failed).map_err(anyhow::Error::msg)?;
    let named = !(args.ids.is_empty() && args.resend.is_empty());
    let read = |path: &Path| output::read_file(path, None).map_err(|e| format!("{e:#}"));
    let mut plan = Vec::new();
    for files in chosen {
        let resend = args.resend.contains(&files.candidate.id);
        match run::plan(folder, files, resend, named, &read) {
            Ok(planned) => plan.push(planned),
            Err(NotPlanned::Skipped(note)) => output::note(&format!("{note}\n")),
            Err(NotPlanned::Refused(error)) => {
                output::print_error(&anyhow!(error));
                failed = true;
            }
        }
    }
    if plan.is_empty() {
        output::note(&format!("{}\n", says::nothing_to_send(folder)));
        return Ok(exit(failed));
    }
    let lang = folder.profile.language;
    for planned in &plan {
        output::print(&format!("{}\n", planned.line(lang)));
    }
    // The server and login only now: the list above is useful even before they are set up.
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let route = run::route(
        folder,
        &RouteArgs {
            smtp: args.smtp.as_deref(),
            credentials: args.credentials.as_deref(),
            rate: args.rate,
            home: home.as_deref(),
        },
        &|name| std::env::var(name).ok(),
    )
    .map_err(anyhow::Error::msg)?;
    if !confirmed(&args, folder, plan.len(), &route.server)? {
        return Ok(ExitCode::FAILURE);
    }
    let mut pace = Pace::new(route.rate);
    let timeout = Duration::from_secs(args.timeout.max(1));
    let now = || chrono::Local::now().fixed_offset();
    for (done, planned) in plan.iter().enumerate() {
        pace.wait();
        match run::send_one(folder, source, &route, timeout, planned, &now) {
            Ok(Attempt::Sent(line)) => output::print(&format!("{line}\n")),
            Ok(Attempt::Refused(error)) => {
                output::print_error(&anyhow!(error));
                failed = true;
            }
            Err(error) => {
                // The server or the disk failed in a way that would fail every next letter too:
                // stop, with the record exact, and say how much is left.
                output::print_error(&anyhow!(error));
                let left = plan.len() - done - 1;
                if left > 0 {
                    output::note(&format!("{}\n", says::stopped(folder, left)));
                }
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(exit(failed))
}

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `--yes`, or a `y` typed on a terminal. Off a terminal without `--yes`, nothing is sent.
fn confirmed(
    args: &Args,
    folder: &hirekit_folder::Folder,
    count: usize,
    server: &hirekit_send::Server,
) -> anyhow::Result<bool> {
    if args.yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        output::note(&format!(
            "{}\n",
            says::confirm_with_yes(folder, count, server)
        ));
        return Ok(false);
    }
    output::note(&format!("{} ", says::ask(folder, count, server)));
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .context("cannot read the answer")?;
    let yes = says::is_yes(&answer);
    if !yes {
        output::note(&format!("{}\n", says::nothing_sent(folder)));
    }
    Ok(yes)
}
