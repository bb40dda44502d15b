//! `hirekit privacy`: how long personal data is kept. The rules, the records and the purge live
//! in `hirekit-privacy`; this file parses the options, calls it and prints.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use chrono::NaiveDate;
use hirekit_privacy::Place;
use hirekit_privacy::consent::{Answer, Channel, ConsentEntry, Purpose};
use hirekit_privacy::folder::RecordError;
use hirekit_privacy::pool::PoolMember;
use hirekit_scorecard::Language;
use hirekit_text::msg;

use crate::hiring::{self, DirArg};
use crate::output::{self, write_atomic};

/// Personal data kept no longer than the law allows: consent, what is due, purge, export, erase
#[derive(clap::Subcommand)]
pub enum Command {
    /// List what is due: personal data to delete, consent to ask to renew (with the request)
    #[command(after_help = "\
Without consent, a candidate's data is due for deletion `privacy.deletion_weeks` (default 4)
after the procedure ends (the decision and, for a rejection, the letter). With consent recorded in
candidates/ID/consent.yaml it is kept until the consent ends; a renewal request is due a week
before. See docs/privacy.md.

Examples:
  hirekit privacy due
  hirekit privacy due --today 2026-12-15 --format json")]
    Due(DueArgs),
    /// Record a candidate's answer about keeping their data for the talent pool
    #[command(after_help = "\
Examples:
  hirekit privacy consent c-2026-017 --given --on 2026-11-20 --how letter-reply --until 2027-11-20
  hirekit privacy consent c-2026-017 --refused --on 2027-03-02 --how email")]
    Consent(ConsentArgs),
    /// Show what would be removed; with --apply, remove it (after the grace week)
    #[command(after_help = "\
Data due for deletion is removed one week after it became due. What remains of a purged candidate
is anonymous (a random id, the scorecard, the ratings, the decision and the dates); each purge
adds a line to privacy-audit.log.

Examples:
  hirekit privacy purge --today 2026-12-22
  hirekit privacy purge --apply")]
    Purge(PurgeArgs),
    /// Everything held about one candidate, as JSON and a readable PDF (GDPR art. 15)
    #[command(after_help = "\
Examples:
  hirekit privacy export c-2026-017 --out export/")]
    Export(ExportArgs),
    /// Remove one candidate's personal data now, at their request (GDPR art. 17)
    #[command(after_help = "\
Examples:
  hirekit privacy erase c-2026-017")]
    Erase(EraseArgs),
}

#[derive(clap::Args)]
pub struct DueArgs {
    /// The date to compute deadlines against (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Language of the output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(clap::Args)]
pub struct ConsentArgs {
    /// The candidate id
    pub id: String,
    /// The candidate agreed (needs --until)
    #[arg(long, conflicts_with = "refused", required_unless_present = "refused")]
    pub given: bool,
    /// The candidate said no, or withdrew an earlier consent
    #[arg(long)]
    pub refused: bool,
    /// The day of the answer (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub on: NaiveDate,
    /// How the answer came in
    #[arg(long, value_enum)]
    pub how: ChannelArg,
    /// With --given: the day the consent ends, at most `privacy.consent_months` (12) after --on
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub until: Option<NaiveDate>,
    /// Language of the output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ChannelArg {
    LetterReply,
    Email,
    Form,
    Conversation,
}

/// The consent record's channel for the option's value (also `pool add`'s).
pub fn channel(how: ChannelArg) -> Channel {
    match how {
        ChannelArg::LetterReply => Channel::LetterReply,
        ChannelArg::Email => Channel::Email,
        ChannelArg::Form => Channel::Form,
        ChannelArg::Conversation => Channel::Conversation,
    }
}

#[derive(clap::Args)]
pub struct PurgeArgs {
    /// The date to compute deadlines against (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Remove the data (without it, only show what would be removed)
    #[arg(long)]
    pub apply: bool,
    /// Language of the output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The candidate id
    pub id: String,
    /// Folder to write ID.json and ID.pdf to (default: print the JSON only)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The date on the PDF (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Replace existing files
    #[arg(long)]
    pub force: bool,
    /// Language of the output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(clap::Args)]
pub struct EraseArgs {
    /// The candidate id
    pub id: String,
    /// The date of the request, for the audit line (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Language of the output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

fn today_or_now(today: Option<NaiveDate>) -> NaiveDate {
    today.unwrap_or_else(|| chrono::Local::now().date_naive())
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Due(args) => due(args),
        Command::Consent(args) => consent(args),
        Command::Purge(args) => purge(args),
        Command::Export(args) => export(args),
        Command::Erase(args) => erase(args),
    }
}

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The database of `--database`, opened a second time for what privacy does in it beyond the
/// shared model (a purge's transaction, the documents an export lists); `None` for a folder.
fn store(dir: &DirArg) -> anyhow::Result<Option<hirekit_store::Store>> {
    match dir.database_url() {
        None => Ok(None),
        Some(url) => Ok(Some(
            hirekit_store::Store::open_existing(url, std::path::Path::new(""))?.0,
        )),
    }
}

/// The talent pool beside the hiring data: `pool.yaml` in a folder, the pool tables of a
/// database.
fn pool(
    dir: &DirArg,
    folder: &hirekit_folder::Folder,
) -> anyhow::Result<Box<dyn hirekit_pool::PoolSource>> {
    let root = match dir.database_url() {
        Some(_) => None,
        None => Some(folder.root.clone()),
    };
    Ok(hirekit_pool::source::open(
        root.as_deref(),
        dir.database_url(),
        hirekit_folder::TimeRules::of(&folder.profile),
    )?)
}

/// The pool's members as read; the problems of an unreadable pool are printed by `due`.
fn members(pool: &dyn hirekit_pool::PoolSource) -> anyhow::Result<Vec<PoolMember>> {
    pool.members().map_err(|problems| {
        output::print_diagnostics(&problems);
        anyhow!("fix {} first; nothing was changed", pool.shown_name())
    })
}

fn place(store: &Option<hirekit_store::Store>) -> Place<'_> {
    match store {
        None => Place::Folder,
        Some(store) => Place::Database(store),
    }
}

/// The folder lock for a hiring folder; a database serialises writers itself.
fn lock(dir: &DirArg) -> anyhow::Result<Option<std::fs::File>> {
    match dir.database_url() {
        Some(_) => Ok(None),
        None => Ok(Some(output::lock_folder(&dir.root()?)?)),
    }
}

fn due(args: DueArgs) -> anyhow::Result<ExitCode> {
    let today = today_or_now(args.today);
    let (folder, _, failed) = hiring::open(&args.dir, today)?;
    let store = store(&args.dir)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let pool = pool(&args.dir, &folder)?;
    let report = hirekit_privacy::folder::due(&folder, &place(&store), &*pool, today);
    output::print_diagnostics(&report.problems);
    match args.format {
        Format::Table => output::print(&hirekit_privacy::render::due_table(&report, lang)),
        Format::Json => output::print(&format!(
            "{}\n",
            serde_json::to_string_pretty(&serde_json::json!({
                "today": report.today,
                "due": report.due,
                "renewal_requests": report.renewals,
                "unreadable": report.unreadable,
                "interrupted_purges": report.interrupted,
            }))?
        )),
    }
    Ok(exit(
        failed || !report.unreadable.is_empty() || !report.interrupted.is_empty(),
    ))
}

fn consent(args: ConsentArgs) -> anyhow::Result<ExitCode> {
    let opened = hiring::open_source(&args.dir, today_or_now(None))?;
    let folder = &opened.folder;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let _lock = lock(&args.dir)?;
    let entry = ConsentEntry {
        on: args.on,
        answer: if args.given {
            Answer::Given
        } else {
            Answer::Refused
        },
        how: channel(args.how),
        purpose: Purpose::TalentPool,
        until: args.until,
    };
    let rules = hirekit_folder::TimeRules::of(&folder.profile);
    let Some(files) = folder.candidate(&args.id) else {
        // A person added to the talent pool by hand keeps their answers in the pool.
        let pool = pool(&args.dir, folder)?;
        let is_person = members(&*pool)?
            .iter()
            .any(|m| m.id == args.id && m.person.is_some());
        if !is_person {
            bail!(
                "no readable candidate or person in the talent pool `{}` in this hiring folder",
                args.id
            );
        }
        let log = pool
            .record_consent(&args.id, entry)
            .map_err(|e| anyhow!("{e}; nothing was recorded"))?;
        output::print(&format!(
            "{}\n",
            msg!(
                lang,
                "privacy-consent-recorded",
                path = pool.shown_name(),
                answers = log.entries.len()
            )
        ));
        return Ok(ExitCode::SUCCESS);
    };
    match hirekit_privacy::folder::record_consent(&*opened.source, &args.id, entry, &rules) {
        Ok(log) => {
            let path = files.dir.join(hirekit_privacy::consent::CONSENT_FILE);
            output::print(&format!(
                "{}\n",
                msg!(
                    lang,
                    "privacy-consent-recorded",
                    path = path.display().to_string(),
                    answers = log.entries.len()
                )
            ));
            Ok(ExitCode::SUCCESS)
        }
        Err(RecordError::File(problems)) => {
            output::print_diagnostics(&problems);
            bail!("fix the consent record first; nothing was added")
        }
        Err(RecordError::Answer(message)) => bail!("{message}; nothing was recorded"),
        Err(RecordError::Io(message)) => bail!("{message}"),
    }
}

fn purge(args: PurgeArgs) -> anyhow::Result<ExitCode> {
    let today = today_or_now(args.today);
    let _lock = lock(&args.dir)?;
    if args.apply && args.dir.database_url().is_none() {
        let (finished, undone) = hirekit_privacy::purge::recover(&args.dir.root()?)?;
        if finished + undone > 0 {
            output::warn(&format!(
                "an interrupted purge was found: {finished} finished, {undone} undone"
            ));
        }
    }
    let (folder, _, failed) = hiring::open(&args.dir, today)?;
    let store = store(&args.dir)?;
    let place = place(&store);
    let lang = args.lang.unwrap_or(folder.profile.language);
    let pool = pool(&args.dir, &folder)?;
    let report = hirekit_privacy::folder::due(&folder, &place, &*pool, today);
    output::print_diagnostics(&report.problems);
    let members = pool.members().unwrap_or_default();
    let plan = hirekit_privacy::purge::plan(&folder, &members, &report.due, today);
    let done = if args.apply {
        Some(hirekit_privacy::purge::apply(
            &folder, &place, &*pool, &plan,
        )?)
    } else {
        None
    };
    output::print(&hirekit_privacy::render::purge_table(
        &plan,
        done.as_deref(),
        lang,
    ));
    Ok(exit(failed || !report.unreadable.is_empty()))
}

fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let today = today_or_now(args.today);
    let (folder, _, _) = hiring::open(&args.dir, today)?;
    let store = store(&args.dir)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let pool = pool(&args.dir, &folder)?;
    let members = members(&*pool)?;
    let value = hirekit_privacy::export::export(&folder, &place(&store), &members, &args.id)?;
    let json = format!("{}\n", serde_json::to_string_pretty(&value)?);
    match &args.out {
        None => output::print(&json),
        Some(out) => {
            let created = output::document_date(args.today);
            let person = members
                .iter()
                .find(|m| m.id == args.id && m.person.is_some())
                .filter(|_| folder.candidate(&args.id).is_none());
            let pdf = match person {
                Some(member) => {
                    hirekit_privacy::export::export_person_pdf(&folder, member, today, created)?
                }
                None => {
                    hirekit_privacy::export::export_pdf(&folder, &args.id, &value, today, created)?
                }
            };
            let json_path = out.join(format!("{}.json", args.id));
            let pdf_path = out.join(format!("{}.pdf", args.id));
            write_atomic(&json_path, json.as_bytes(), args.force)?;
            write_atomic(&pdf_path, &pdf, args.force)?;
            output::print(&format!(
                "{}\n",
                msg!(
                    lang,
                    "privacy-exported",
                    json = json_path.display().to_string(),
                    pdf = pdf_path.display().to_string()
                )
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn erase(args: EraseArgs) -> anyhow::Result<ExitCode> {
    let today = today_or_now(args.today);
    let _lock = lock(&args.dir)?;
    if args.dir.database_url().is_none() {
        hirekit_privacy::purge::recover(&args.dir.root()?)?;
    }
    let (folder, _, _) = hiring::open(&args.dir, today)?;
    let store = store(&args.dir)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let pool = pool(&args.dir, &folder)?;
    let planned = hirekit_privacy::purge::erase_plan(&folder, &members(&*pool)?, &args.id, today)?;
    let done = hirekit_privacy::purge::apply_one(&folder, &place(&store), &*pool, &planned, today)?;
    let erased = match planned.person {
        Some(_) => msg!(lang, "privacy-erased-person", candidate = args.id.as_str()),
        None => msg!(
            lang,
            "privacy-erased",
            candidate = args.id.as_str(),
            anonymous = done.anonymous_id.as_str()
        ),
    };
    output::print(&format!("{erased}\n"));
    for o in &planned.outside {
        output::print(&format!(
            "  {}\n",
            hirekit_privacy::render::outside(o, lang)
        ));
    }
    Ok(ExitCode::SUCCESS)
}
