//! `hirekit db`: move hiring data between a folder and a database, and bring a database's
//! schema up to date.

use std::path::PathBuf;
use std::process::ExitCode;

use hirekit_pool::PoolSource as _;

use anyhow::bail;

use crate::hiring::{self, DirArg};
use crate::output;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Load a whole hiring folder into an empty database, checked as every command checks it;
    /// all or nothing
    #[command(
        after_help = "Examples:\n  hirekit db import examples/hiring\n  hirekit db import . --database postgres://hiring@127.0.0.1/hiring"
    )]
    Import(ImportArgs),
    /// Write the database out as a hiring folder (into a new or empty folder)
    #[command(after_help = "Examples:\n  hirekit db export backup-2026-12-01")]
    Export(ExportArgs),
    /// Bring the database's schema up to this hirekit's version (also done on every start)
    Migrate(MigrateArgs),
}

/// The database a `db` command works on.
#[derive(clap::Args)]
pub struct DatabaseArg {
    /// sqlite://PATH (created on first use) or postgres://USER@HOST/DATABASE
    #[arg(
        long,
        value_name = "URL",
        env = "HIREKIT_DATABASE_URL",
        hide_env_values = true,
        default_value = hirekit_store::DEFAULT_URL
    )]
    database: String,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The hiring folder to import
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// The date the folder is checked on (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    today: Option<chrono::NaiveDate>,
    #[command(flatten)]
    database: DatabaseArg,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The folder to write (must not exist, or be empty)
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[command(flatten)]
    database: DatabaseArg,
}

#[derive(clap::Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    database: DatabaseArg,
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Import(args) => import(args),
        Command::Export(args) => export(args),
        Command::Migrate(args) => migrate(args),
    }
}

fn open(arg: &DatabaseArg) -> anyhow::Result<hirekit_store::Store> {
    let (store, migrated) = hirekit_store::Store::open(&arg.database, std::path::Path::new(""))?;
    if migrated.from != migrated.to && migrated.from > 0 {
        output::note(&migrated_note(&migrated));
    }
    Ok(store)
}

fn migrated_note(migrated: &hirekit_store::Migrated) -> String {
    let copy = match &migrated.backup {
        Some(path) => format!(" (the database before it: {})", path.display()),
        None => String::new(),
    };
    format!(
        "schema brought from version {} to {}{copy}\n",
        migrated.from, migrated.to
    )
}

fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let dir = DirArg {
        dir: Some(args.dir.clone()),
        database: None,
    };
    // Read and checked exactly as `score` or `due` read it; a folder with any error imports
    // nothing (its problems are printed above).
    let (folder, _catalogue, had_errors) = hiring::open(&dir, today)?;
    if had_errors {
        bail!(
            "{} has errors (see above); nothing was imported",
            args.dir.display()
        );
    }
    // The talent pool is checked before anything is written, so that a broken pool.yaml stops
    // the import as a broken candidate file does.
    let pool = read_folder_pool(&folder)?;
    let store = open(&args.database)?;
    let members = pool.members.len();
    let imported = hirekit_pool::db::import(&store, &folder, pool)
        .map_err(|e| anyhow::anyhow!("{e}; nothing was imported"))?;
    output::print(&format!(
        "imported {} candidates, {} filled scorecards and {} scorecards into {}\n",
        imported.candidates,
        imported.filled_scorecards,
        imported.scorecards,
        store.database().shown_name()
    ));
    if members > 0 {
        output::print(&format!("imported {members} talent-pool members\n"));
    }
    Ok(ExitCode::SUCCESS)
}

/// The folder's `pool.yaml`, checked, with every candidate in it present in the folder.
fn read_folder_pool(folder: &hirekit_folder::Folder) -> anyhow::Result<hirekit_pool::PoolFile> {
    let source = hirekit_pool::FolderPool {
        root: folder.root.clone(),
        rules: hirekit_folder::TimeRules::of(&folder.profile),
    };
    let pool = source.read_pool().map_err(|problems| {
        output::print_diagnostics(&problems);
        anyhow::anyhow!(
            "{} has errors (see above); nothing was imported",
            source.shown_name()
        )
    })?;
    for member in &pool.members {
        if member.kind == hirekit_pool::model::Kind::Candidate
            && folder.candidate(&member.id).is_none()
        {
            bail!(
                "{}: `{}` is in the talent pool, but there is no readable candidate `{}`; nothing was imported",
                source.shown_name(),
                member.id,
                member.id
            );
        }
    }
    Ok(pool)
}

fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.database)?;
    store.export(&args.dir)?;
    let pool = store
        .block_on(hirekit_pool::db::read(store.database()))
        .map_err(anyhow::Error::msg)?;
    if !pool.members.is_empty() {
        let text = hirekit_pool::to_yaml(&pool).map_err(anyhow::Error::msg)?;
        output::write_atomic(
            &args.dir.join(hirekit_pool::POOL_FILE),
            text.as_bytes(),
            false,
        )?;
    }
    output::print(&format!(
        "wrote the hiring folder {} from {}\n",
        args.dir.display(),
        store.database().shown_name()
    ));
    Ok(ExitCode::SUCCESS)
}

fn migrate(args: MigrateArgs) -> anyhow::Result<ExitCode> {
    let (store, migrated) =
        hirekit_store::Store::open(&args.database.database, std::path::Path::new(""))?;
    let name = store.database().shown_name();
    if migrated.from == migrated.to {
        output::print(&format!(
            "{name} is at schema version {}, the latest\n",
            migrated.to
        ));
    } else {
        output::print(&format!("{name}: {}", migrated_note(&migrated)));
    }
    Ok(ExitCode::SUCCESS)
}
