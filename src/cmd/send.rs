//! `hirekit send [ID...]`: sends each candidate's current letter by SMTP and records the proof.
//! The rules live in `hirekit-send`; this file gathers what they need, asks for confirmation,
//! writes the records in the right order and prints.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context as _, anyhow, bail};
use chrono::NaiveDate;
use hirekit_folder::{CandidateFiles, Decision, Folder, LetterBasis, SmtpSecurity};
use hirekit_send::{Chosen, Pace, Refusal, Server};

use crate::hiring::{self, DirArg};
use crate::output;

mod deliver;
mod verify;

use deliver::{Link, confirm_sent, send_one};

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

/// One letter ready to go.
struct Planned<'a> {
    files: &'a CandidateFiles,
    chosen: Chosen,
    draft: Vec<u8>,
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
        return verify::run(folder, candidate(folder, id, failed)?);
    }
    if let Some(id) = &args.confirm_sent {
        confirm_sent(source, candidate(folder, id, failed)?)?;
        return Ok(ExitCode::SUCCESS);
    }

    // A wrong `--smtp` is a mistake in the command: say so before anything else.
    if let Some(url) = &args.smtp {
        Server::parse(url)?;
    }
    let mut chosen: Vec<&CandidateFiles> = Vec::new();
    if args.ids.is_empty() && args.resend.is_empty() {
        chosen.extend(&folder.candidates);
    }
    for id in args.ids.iter().chain(&args.resend) {
        let files = candidate(folder, id, failed)?;
        if !chosen.iter().any(|c| c.candidate.id == *id) {
            chosen.push(files);
        }
    }
    let named = !(args.ids.is_empty() && args.resend.is_empty());
    let mut plan = Vec::new();
    for files in chosen {
        match plan_one(folder, files, args.resend.contains(&files.candidate.id)) {
            Ok(planned) => plan.push(planned),
            Err(error) => match error.downcast_ref::<Refusal>() {
                // Already sent is never an error: a re-run skips it, named or not.
                Some(refusal @ Refusal::AlreadySent { .. }) => {
                    output::note(&format!("skipped {refusal}\n"));
                }
                Some(refusal) if refusal.is_skip() && !named => {
                    output::note(&format!("skipped {refusal}\n"));
                }
                _ => {
                    output::print_error(&error);
                    failed = true;
                }
            },
        }
    }
    if plan.is_empty() {
        output::note("nothing to send\n");
        return Ok(exit(failed));
    }
    for planned in &plan {
        let c = &planned.files.candidate;
        let again = planned.chosen.previous.as_ref().map_or(String::new(), |p| {
            format!(
                " (again: the previous one, <{}>, went on {})",
                p.message_id,
                p.at.format("%Y-%m-%d %H:%M %:z")
            )
        });
        output::print(&format!(
            "{}: to {} <{}>, \"{}\", {}{again}\n",
            c.id,
            c.name,
            c.email,
            hirekit_send::message::subject(&planned.draft),
            planned.chosen.letter
        ));
    }
    // The server and login only now: the list above is useful even before they are set up.
    let server = server(folder, args.smtp.as_deref())?;
    let settings = folder.profile.smtp.as_ref();
    let credentials_file = args.credentials.clone().or_else(|| {
        settings
            .and_then(|s| s.credentials_file.as_deref())
            .map(expand_home)
    });
    let credentials = hirekit_send::server::credentials(
        &|name| std::env::var(name).ok(),
        credentials_file.as_deref(),
        &folder.root,
    )?;
    let from = settings
        .and_then(|s| s.envelope_from.clone())
        .unwrap_or_else(|| folder.profile.sender.email.clone());

    if !confirmed(&args, plan.len(), &server)? {
        return Ok(ExitCode::FAILURE);
    }

    let rate = args
        .rate
        .or(settings.map(|s| s.rate_per_minute))
        .unwrap_or(20);
    let mut pace = Pace::new(rate);
    let link = Link {
        server: &server,
        credentials: credentials.as_ref(),
        from: &from,
        timeout: Duration::from_secs(args.timeout.max(1)),
    };
    for (done, planned) in plan.iter().enumerate() {
        pace.wait();
        match send_one(folder, source, &link, planned) {
            Ok(true) => {}
            Ok(false) => failed = true,
            Err(error) => {
                // The server or the disk failed in a way that would fail every next letter too:
                // stop, with the record exact, and say how much is left.
                output::print_error(&error);
                let left = plan.len() - done - 1;
                if left > 0 {
                    output::note(&format!(
                        "stopped: {left} letter{} not attempted; run `hirekit send` again to send the rest (nobody gets one twice)\n",
                        if left == 1 { "" } else { "s" }
                    ));
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

fn candidate<'a>(folder: &'a Folder, id: &str, failed: bool) -> anyhow::Result<&'a CandidateFiles> {
    folder.candidate(id).ok_or_else(|| {
        if failed {
            anyhow!("candidate `{id}` could not be read (see the errors above)")
        } else {
            anyhow!(
                "no candidate `{id}` in {}",
                folder.root.join("candidates").display()
            )
        }
    })
}

/// Applies the rules to one candidate and reads the letter's e-mail, checking it is still the
/// file that was generated.
fn plan_one<'a>(
    folder: &Folder,
    files: &'a CandidateFiles,
    resend: bool,
) -> anyhow::Result<Planned<'a>> {
    let c = &files.candidate;
    let sent = hirekit_send::history::of(files).map_err(diagnostics)?;
    let card = folder
        .scorecard_of(c)
        .with_context(|| format!("no scorecard for {}", c.id))?;
    let assessment = hirekit_panel::assess(
        card,
        &files.interviews,
        &c.interviews,
        folder.profile.scorecard_hours,
    );
    let missing_note = crate::cmd::decide::check_note(files, &assessment)
        .err()
        .map(|e| e.to_string());
    let same_address = folder
        .candidates
        .iter()
        .filter(|o| o.candidate.id != c.id && o.candidate.email.eq_ignore_ascii_case(&c.email))
        .filter_map(|o| match o.candidate.decision {
            Some(d @ (Decision::Advance | Decision::Hired)) => Some((o.candidate.id.clone(), d)),
            _ => None,
        })
        .collect();
    let situation = hirekit_send::Situation {
        id: &c.id,
        decision: c.decision,
        awaiting: hirekit_panel::Awaiting::of(&assessment)
            .map(|a| a.awaited)
            .unwrap_or_default(),
        assessment_incomplete: assessment.outcome == hirekit_panel::Outcome::Incomplete,
        missing_note,
        latest: files.feedback.latest(),
        current: LetterBasis::of(c, &files.interviews),
        same_address,
        sent: &sent,
    };
    let chosen = hirekit_send::choose(&situation, resend)?;
    let path = folder.root.join(&chosen.letter);
    let draft = output::read_file(&path, None)?;
    if hirekit_folder::sha256_hex(&draft) != chosen.letter_sha256 {
        bail!(
            "{}: {} changed after it was generated (its SHA-256 differs from feedback.yaml); regenerate the letter (`hirekit feedback {} --force`)",
            c.id,
            path.display(),
            c.id
        );
    }
    Ok(Planned {
        files,
        chosen,
        draft,
    })
}

fn diagnostics(problems: Vec<hirekit_yaml::Diagnostic>) -> anyhow::Error {
    anyhow!(
        "{}",
        problems
            .iter()
            .map(hirekit_yaml::Diagnostic::render)
            .collect::<Vec<_>>()
            .join("\n")
    )
}

/// `--smtp URL`, or the profile's `smtp:` settings.
fn server(folder: &Folder, url: Option<&str>) -> anyhow::Result<Server> {
    if let Some(url) = url {
        return Ok(Server::parse(url)?);
    }
    let settings = folder.profile.smtp.as_ref().ok_or_else(|| {
        anyhow!(
            "no mail server: add `smtp:` (host, security) to {}, or give one with --smtp URL",
            folder.root.join(hirekit_folder::PROFILE_FILE).display()
        )
    })?;
    let (security, port) = match settings.security {
        SmtpSecurity::Starttls => (hirekit_send::Security::Starttls, 587),
        SmtpSecurity::Tls => (hirekit_send::Security::Tls, 465),
        SmtpSecurity::Plain => (hirekit_send::Security::Plain, 25),
    };
    Ok(Server::new(
        &settings.host,
        settings.port.unwrap_or(port),
        security,
    )?)
}

/// `~/x` with the home folder, as a shell would.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// `--yes`, or a `y` typed on a terminal. Off a terminal without `--yes`, nothing is sent.
fn confirmed(args: &Args, count: usize, server: &Server) -> anyhow::Result<bool> {
    if args.yes {
        return Ok(true);
    }
    let letters = if count == 1 { "letter" } else { "letters" };
    if !std::io::stdin().is_terminal() {
        output::note(&format!(
            "nothing sent: confirm with --yes to send these {count} {letters} through {server}\n"
        ));
        return Ok(false);
    }
    output::note(&format!(
        "send these {count} {letters} through {server}? [y/N] "
    ));
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .context("cannot read the answer")?;
    let yes = matches!(answer.trim(), "y" | "Y" | "yes" | "j" | "J" | "ja");
    if !yes {
        output::note("nothing sent\n");
    }
    Ok(yes)
}
