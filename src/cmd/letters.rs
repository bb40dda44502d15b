//! `hirekit feedback [ID...]`: respectful, job-requirement-based rejection letters as text and
//! e-mail drafts, each checked by the guard before anything is written. The rules are
//! `hirekit-letters`'; this file parses the arguments, shows progress and prints.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use hirekit_letters::Format;
use hirekit_scorecard::Language;

use crate::hiring::{self, DirArg};
use crate::output;

/// Options for writing letters (`hirekit feedback [ID...]`).
#[derive(clap::Args)]
pub struct LetterArgs {
    /// Candidate ids (default: every candidate whose decision is `reject`)
    pub ids: Vec<String>,
    /// Write in this language instead of each candidate's own
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    /// Output formats, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_value = "txt,eml,pdf")]
    pub format: Vec<LetterFormat>,
    /// Output folder (default: `out/` in the hiring folder)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The letter date (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Write even for a candidate whose decision is not `reject` or whose assessment is
    /// incomplete, and replace existing letters
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LetterFormat {
    Txt,
    Eml,
    /// An A4 letter with the address placed for a window envelope; attached to the e-mail
    /// when `eml` is asked for too.
    Pdf,
}

impl From<LetterFormat> for Format {
    fn from(format: LetterFormat) -> Self {
        match format {
            LetterFormat::Txt => Format::Txt,
            LetterFormat::Eml => Format::Eml,
            LetterFormat::Pdf => Format::Pdf,
        }
    }
}

pub fn run(args: LetterArgs) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    // Locked before the folder is read, so the histories this run appends to are current. A
    // database appends each record in its own transaction instead.
    let _lock = match args.dir.database_url() {
        Some(_) => None,
        None => Some(output::lock_folder(&args.dir.root()?)?),
    };
    let opened = hiring::open_source(&args.dir, today)?;
    let (folder, mut failed) = (&opened.folder, opened.had_errors);
    // The database keeps the histories; the letter files still go to `--out` (default `out/`).
    let database = opened
        .folder_root
        .is_none()
        .then_some(opened.source.as_ref());
    hirekit_letters::check_profile(folder)?;
    let options = hirekit_letters::Options {
        lang: args.lang,
        formats: args.format.iter().map(|&f| f.into()).collect(),
        out_dir: args.out.clone().unwrap_or_else(|| folder.root.join("out")),
        today,
        force: args.force,
    };
    let templates = hirekit_letters::templates(&folder.root)?;
    let selection = hirekit_letters::select(folder, &args.ids, args.force, failed)?;
    output::note(&selection.notes);

    let progress = progress_bar(selection.chosen.len());
    hirekit_letters::write_batch(
        folder,
        database,
        &selection.chosen,
        &options,
        &templates,
        &|| progress.inc(1),
        |report| {
            output::note(&report.notes);
            output::print(&report.written);
            if let Some(error) = report.error {
                output::print_error(&error.into());
                failed = true;
            }
            if let Some(warning) = &report.warning {
                output::warn(warning);
            }
        },
    );
    progress.finish_and_clear();
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// A progress bar on stderr for batches long enough to wait for; hidden when stderr is not a
/// terminal (indicatif checks), so logs and tests see nothing.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < 50 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} letters ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}
