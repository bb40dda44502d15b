//! `hirekit pool`: the talent pool. The rules (membership, cadence, due list, drafting, matching,
//! spreadsheets) live in `hirekit-pool`; this file parses the options, calls it and prints.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use chrono::NaiveDate;
use hirekit_folder::TimeRules;
use hirekit_pool::model::{Channel, Contact, DraftReason, Kind, NextAction, PoolFile};
use hirekit_pool::{FolderPool, PoolSource, View};
use hirekit_privacy::consent::{Answer, ConsentEntry, ConsentLog, Purpose};
use hirekit_scorecard::Language;
use hirekit_text::msg;

use crate::hiring::{self, DirArg};
use crate::output;

/// The talent pool: who is in it (only with consent), who to contact now, personal messages
#[derive(clap::Subcommand)]
pub enum Command {
    /// Add a rejected near miss or runner-up by id, or a person by hand with --kind
    #[command(after_help = "\
A candidate joins when they were rejected as a near miss or a runner-up (their letter offers to
reconnect) and their talent-pool consent is in force (hirekit privacy consent). A person added by
hand brings their own consent: --consent-on, --consent-until and --consent-how.

Examples:
  hirekit pool add c-2026-023
  hirekit pool add --kind event --name \"Noor Vermeulen\" --given-name Noor --lang nl \\
      --area senior-backend-developer --strength api-design \\
      --consent-on 2026-11-20 --consent-until 2027-11-20 --consent-how conversation")]
    Add(AddArgs),
    /// Everyone in the pool: last contact, consent, next action
    List(ListArgs),
    /// Log a contact (warns when it comes within three months of the previous one)
    #[command(after_help = "\
Examples:
  hirekit pool log c-2026-023 --on 2027-05-12 --channel phone --topic \"her move to Go\" \\
      --next-action \"invite to the Go meetup\" --next-date 2027-09-01")]
    Log(LogArgs),
    /// Who to contact now and why, most urgent first
    #[command(after_help = "\
The first contact is the month named in the rejection letter; then a check-in four months after
the last contact (two or three a year); a next action whose day has come; an open vacancy their
earlier ratings match. Members without consent in force are never listed as due.

Examples:
  hirekit pool due
  hirekit pool due --today 2027-05-01 --format json")]
    Due(DueArgs),
    /// Draft a short personal message (checked by the guard; never the same text for two people)
    #[command(after_help = "\
Examples:
  hirekit pool draft c-2026-023
  hirekit pool draft p-001 --reason vacancy --vacancy data-engineer")]
    Draft(DraftArgs),
    /// Rank pool members whose earlier panel ratings meet a new scorecard, with the evidence
    #[command(after_help = "\
A criterion of the new scorecard is met when an earlier scorecard had a criterion with the same
id or the same requirement and the panel's mean reached its pass mark.

Examples:
  hirekit pool match data-engineer")]
    Match(MatchArgs),
    /// Write the pool as a spreadsheet (.xlsx or .csv)
    #[command(after_help = "\
Columns: id, name, last contact, area of interest, next action, next date, consent until.

Examples:
  hirekit pool export pool.xlsx
  hirekit pool export pool.csv --force")]
    Export(ExportArgs),
    /// Read back a spreadsheet: name, area of interest, next action and date
    #[command(after_help = "\
Last contact and consent are kept by `pool log` and `privacy consent`: a different value there is
an error. Every problem names its row and column; nothing is changed while there is one.

Examples:
  hirekit pool import pool.xlsx")]
    Import(ImportArgs),
}

#[derive(clap::Args)]
pub struct Common {
    /// The date to work on (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Language of the output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(clap::Args)]
pub struct AddArgs {
    /// The candidate id (without --kind)
    #[arg(required_unless_present = "kind", conflicts_with = "kind")]
    pub id: Option<String>,
    /// A person added by hand: how they came in
    #[arg(long, value_enum, requires_all = ["name", "person_language", "area", "consent_on", "consent_until", "consent_how"])]
    pub kind: Option<KindArg>,
    /// Their full name
    #[arg(long)]
    pub name: Option<String>,
    /// The name they go by, for the greeting
    #[arg(long)]
    pub given_name: Option<String>,
    /// The language to write to them in (nl or en)
    #[arg(long = "person-language", value_parser = crate::cmd::scorecard::parse_language)]
    pub person_language: Option<Language>,
    /// Their area of interest: a scorecard id
    #[arg(long)]
    pub area: Option<String>,
    /// A strength you noted: a criterion id of the area's scorecard (repeatable)
    #[arg(long = "strength", value_name = "CRITERION")]
    pub strengths: Vec<String>,
    /// The day they gave their consent (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub consent_on: Option<NaiveDate>,
    /// The day their consent ends, at most `privacy.consent_months` (12) later
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub consent_until: Option<NaiveDate>,
    /// How the consent was given
    #[arg(long, value_enum)]
    pub consent_how: Option<crate::cmd::privacy::ChannelArg>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    DeclinedOffer,
    Event,
    FormerEmployee,
    Referred,
}

#[derive(clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args)]
pub struct LogArgs {
    /// The member's id
    pub id: String,
    /// The day of the contact (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub on: NaiveDate,
    /// How
    #[arg(long, value_enum)]
    pub channel: ChannelArg,
    /// What it was about, in a few words (named in the next message)
    #[arg(long)]
    pub topic: String,
    /// A note for the team (never in a message)
    #[arg(long)]
    pub note: Option<String>,
    /// What to do next
    #[arg(long, requires = "next_date")]
    pub next_action: Option<String>,
    /// The day of the next action (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg, requires = "next_action")]
    pub next_date: Option<NaiveDate>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ChannelArg {
    Phone,
    Email,
    Video,
    Meeting,
    Event,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(clap::Args)]
pub struct DueArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ReasonArg {
    Checkin,
    Vacancy,
    News,
}

#[derive(clap::Args)]
pub struct DraftArgs {
    /// The member's id
    pub id: String,
    /// Why you write
    #[arg(long, value_enum, default_value = "checkin")]
    pub reason: ReasonArg,
    /// With --reason vacancy: the vacancy's scorecard id
    #[arg(long, value_name = "SCORECARD")]
    pub vacancy: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args)]
pub struct MatchArgs {
    /// The new vacancy's scorecard id
    pub scorecard: String,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The file to write: NAME.xlsx or NAME.csv
    pub file: PathBuf,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The spreadsheet to read: NAME.xlsx or NAME.csv
    pub file: PathBuf,
    #[command(flatten)]
    pub common: Common,
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Add(args) => add(args),
        Command::List(args) => list(args),
        Command::Log(args) => log(args),
        Command::Due(args) => due(args),
        Command::Draft(args) => draft(args),
        Command::Match(args) => match_vacancy(args),
        Command::Export(args) => export(args),
        Command::Import(args) => import(args),
    }
}

/// What every pool command works with.
struct Session {
    folder: hirekit_folder::Folder,
    source: Box<dyn PoolSource>,
    pool: PoolFile,
    consents: std::collections::BTreeMap<String, ConsentLog>,
    today: NaiveDate,
    lang: Language,
    had_errors: bool,
    /// Held while the command runs, for a folder (a database serialises writers itself).
    _lock: Option<std::fs::File>,
}

impl Session {
    fn open(common: &Common, writes: bool) -> anyhow::Result<Session> {
        let today = common
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let opened = hiring::open_source(&common.dir, today)?;
        let folder = opened.folder;
        let lang = common.lang.unwrap_or(folder.profile.language);
        let rules = TimeRules::of(&folder.profile);
        let (source, lock): (Box<dyn PoolSource>, _) =
            match (&opened.folder_root, common.dir.database_url()) {
                (Some(root), _) => (
                    Box::new(FolderPool {
                        root: root.clone(),
                        rules,
                    }),
                    if writes {
                        Some(output::lock_folder(root)?)
                    } else {
                        None
                    },
                ),
                (None, Some(url)) => (
                    Box::new(hirekit_pool::db::DatabasePool::open(url, rules)?),
                    None,
                ),
                (None, None) => bail!("no hiring folder or database to keep the pool in"),
            };
        let pool = match source.read_pool() {
            Ok(pool) => pool,
            Err(problems) => {
                output::print_diagnostics(&problems);
                bail!("fix {} first; nothing was changed", source.shown_name());
            }
        };
        let (consents, problems) = hirekit_pool::source::candidate_consents(source.as_ref(), &pool);
        output::print_diagnostics(&problems);
        Ok(Session {
            folder,
            source,
            pool,
            consents,
            today,
            lang,
            had_errors: opened.had_errors || !problems.is_empty(),
            _lock: lock,
        })
    }

    fn consent_of(&self) -> impl Fn(&str) -> ConsentLog + '_ {
        |id: &str| self.consents.get(id).cloned().unwrap_or_default()
    }

    fn views(&self) -> Vec<View<'_>> {
        hirekit_pool::members::views(&self.pool, &self.folder, &self.consent_of(), self.today)
    }

    fn save(&self, pool: &PoolFile) -> anyhow::Result<()> {
        self.source
            .write_pool(pool)
            .map_err(|e| anyhow!("{e}; the pool is unchanged"))
    }

    fn exit(&self) -> ExitCode {
        if self.had_errors {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

fn add(args: AddArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.common, true)?;
    let mut pool = session.pool.clone();
    let added = match (args.id, args.kind) {
        (Some(id), None) => {
            // Not a member yet, so not among the records read for the pool: read it now.
            let log = session.source.candidate_consent(&id).map_err(|problems| {
                output::print_diagnostics(&problems);
                anyhow!("fix the consent record of `{id}` first; nothing was added")
            })?;
            hirekit_pool::members::add_candidate(
                &mut pool,
                &session.folder,
                &id,
                &|_: &str| log.clone(),
                session.today,
            )
        }
        (None, Some(kind)) => {
            let missing = || {
                anyhow!(
                    "a person added by hand needs --name, --person-language, --area and their consent"
                )
            };
            let how = args.consent_how.ok_or_else(missing)?;
            let person = hirekit_pool::members::Person {
                kind: match kind {
                    KindArg::DeclinedOffer => Kind::DeclinedOffer,
                    KindArg::Event => Kind::Event,
                    KindArg::FormerEmployee => Kind::FormerEmployee,
                    KindArg::Referred => Kind::Referred,
                },
                name: args.name.ok_or_else(missing)?,
                given_name: args.given_name,
                language: args.person_language.ok_or_else(missing)?,
                area: args.area.ok_or_else(missing)?,
                strengths: args.strengths,
                consent: ConsentEntry {
                    on: args.consent_on.ok_or_else(missing)?,
                    answer: Answer::Given,
                    how: crate::cmd::privacy::channel(how),
                    purpose: Purpose::TalentPool,
                    until: args.consent_until,
                },
            };
            hirekit_pool::members::add_person(&mut pool, &session.folder, person, session.today)
        }
        _ => bail!("give a candidate id, or --kind with the person's details"),
    };
    let member = added.map_err(|refused| anyhow!("{refused}; nothing was added"))?;
    session.save(&pool)?;
    output::print(&format!(
        "{}\n",
        msg!(
            session.lang,
            "pool-added",
            member = member.id.as_str(),
            path = session.source.shown_name()
        )
    ));
    Ok(session.exit())
}

fn list(args: ListArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.common, false)?;
    output::print(&hirekit_pool::render::list(&session.views(), session.lang));
    Ok(session.exit())
}

fn log(args: LogArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.common, true)?;
    let mut pool = session.pool.clone();
    let member = pool.member(&args.id).ok_or_else(|| {
        anyhow!(
            "`{}` is not in the talent pool (see hirekit pool list)",
            args.id
        )
    })?;
    let consent = hirekit_pool::members::consent_log(member, &session.consent_of());
    let contact = Contact {
        on: args.on,
        channel: match args.channel {
            ChannelArg::Phone => Channel::Phone,
            ChannelArg::Email => Channel::Email,
            ChannelArg::Video => Channel::Video,
            ChannelArg::Meeting => Channel::Meeting,
            ChannelArg::Event => Channel::Event,
        },
        topic: args.topic,
        note: args.note,
    };
    let next = args
        .next_action
        .zip(args.next_date)
        .map(|(action, on)| NextAction { action, on });
    let rules = TimeRules::of(&session.folder.profile);
    let warnings = hirekit_pool::members::log_contact(
        &mut pool,
        &args.id,
        contact,
        next,
        &consent,
        &rules,
        session.today,
    )
    .map_err(|refused| anyhow!("{refused}; nothing was logged"))?;
    session.save(&pool)?;
    for hirekit_pool::members::LogWarning::TooSoon { previous } in &warnings {
        output::warn(&msg!(
            session.lang,
            "pool-too-soon",
            previous = previous.to_string()
        ));
    }
    output::print(&format!(
        "{}\n",
        msg!(
            session.lang,
            "pool-logged",
            member = args.id.as_str(),
            date = args.on.to_string(),
            path = session.source.shown_name()
        )
    ));
    Ok(session.exit())
}

fn due(args: DueArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.common, false)?;
    let list = hirekit_pool::due::due_list(&session.views(), &session.folder, session.today);
    match args.format {
        Format::Table => output::print(&hirekit_pool::render::due(&list, session.lang)),
        Format::Json => output::print(&format!("{}\n", serde_json::to_string_pretty(&list)?)),
    }
    Ok(session.exit())
}

fn draft(args: DraftArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.common, true)?;
    let views = session.views();
    let view = views
        .iter()
        .find(|v| v.member.id == args.id)
        .ok_or_else(|| {
            anyhow!(
                "`{}` is not in the talent pool (see hirekit pool list)",
                args.id
            )
        })?;
    let vacancy = match &args.vacancy {
        Some(id) => Some(
            hirekit_pool::members::area_scorecard(&session.folder, id)
                .map_err(|refused| anyhow!("{refused}"))?,
        ),
        None => None,
    };
    let reason = match args.reason {
        ReasonArg::Checkin => DraftReason::Checkin,
        ReasonArg::Vacancy => DraftReason::Vacancy,
        ReasonArg::News => DraftReason::News,
    };
    let drafted = hirekit_pool::draft::draft(
        &session.pool,
        view,
        &session.folder,
        reason,
        vacancy,
        session.today,
    )
    .map_err(|refused| anyhow!("{refused}; nothing was drafted"))?;
    for finding in &drafted.findings {
        output::warn(&finding.message(session.lang));
    }
    if drafted
        .findings
        .iter()
        .any(hirekit_guard::Finding::is_error)
    {
        bail!("the guard found an error in the message; it was not kept");
    }
    let mut pool = session.pool.clone();
    hirekit_pool::draft::record(&mut pool, &drafted);
    session.save(&pool)?;
    output::print(&format!(
        "{}\n\n{}\n\n{}",
        msg!(
            session.lang,
            "pool-draft-kept",
            member = drafted.member.as_str(),
            language = drafted.language.code(),
            path = session.source.shown_name()
        ),
        msg!(
            session.lang,
            "pool-draft-subject",
            subject = drafted.subject.as_str()
        ),
        drafted.body
    ));
    Ok(session.exit())
}

fn match_vacancy(args: MatchArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.common, false)?;
    let card = hirekit_pool::members::area_scorecard(&session.folder, &args.scorecard)
        .map_err(|refused| anyhow!("{refused}"))?;
    let matches = hirekit_pool::matching::match_vacancy(&session.views(), &session.folder, card);
    match args.format {
        Format::Table => output::print(&hirekit_pool::render::matches(
            &card.id,
            &matches,
            session.lang,
        )),
        Format::Json => output::print(&format!("{}\n", serde_json::to_string_pretty(&matches)?)),
    }
    Ok(session.exit())
}

fn sheet_format(file: &std::path::Path) -> anyhow::Result<hirekit_pool::sheet::Format> {
    hirekit_pool::sheet::Format::of(&file.display().to_string()).ok_or_else(|| {
        anyhow!(
            "{}: the file name ends in .xlsx or .csv, which says the format",
            file.display()
        )
    })
}

fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let format = sheet_format(&args.file)?;
    let session = Session::open(&args.common, false)?;
    let rows = hirekit_pool::sheet::rows(&session.views());
    let bytes = hirekit_pool::sheet::write(&rows, format, session.lang)
        .map_err(|e| anyhow!("cannot write the spreadsheet: {e}"))?;
    output::write_atomic(&args.file, &bytes, args.force)?;
    output::print(&format!(
        "{}\n",
        msg!(
            session.lang,
            "pool-exported",
            count = rows.len() as i64,
            file = args.file.display().to_string()
        )
    ));
    Ok(session.exit())
}

fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let format = sheet_format(&args.file)?;
    let bytes = output::read_file(&args.file, None)?;
    let session = Session::open(&args.common, true)?;
    let views = session.views();
    let name = args.file.display().to_string();
    let (pool, changed) = hirekit_pool::sheet::import(
        &session.pool,
        &views,
        &session.folder,
        &bytes,
        format,
        &name,
    )
    .map_err(|problems| {
        for problem in &problems {
            output::print_error(&anyhow!("{problem}"));
        }
        anyhow!(
            "{} problem(s) in {name}; nothing was changed",
            problems.len()
        )
    })?;
    session.save(&pool)?;
    output::print(&format!(
        "{}\n",
        msg!(
            session.lang,
            "pool-imported",
            changed = changed as i64,
            file = name.as_str(),
            path = session.source.shown_name()
        )
    ));
    Ok(session.exit())
}
