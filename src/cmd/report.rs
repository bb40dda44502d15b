//! `hirekit report`: where every candidate stands, the agreed time frames in practice, and
//! interviewer calibration, as Markdown, JSON or a PDF for the hiring manager. Computing and
//! rendering live in `hirekit-report`; this file reads the folder and writes the output.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::hiring::{self, DirArg};
use crate::output;

/// Where every candidate stands, the 24-hour agreement, and interviewer calibration
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  hirekit report\n  hirekit report --today 2026-11-28 --format json\n  hirekit report --pdf pipeline.pdf"
)]
pub struct Args {
    /// The date to report on (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
    /// Language of the report (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language, value_name = "nl|en")]
    pub lang: Option<hirekit_scorecard::Language>,
    /// Also write the report as a PDF to FILE
    #[arg(long, value_name = "FILE")]
    pub pdf: Option<PathBuf>,
    /// Replace the PDF file if it exists
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let (mut folder, _catalogue, mut had_errors) = hiring::open(&args.dir, today)?;
    // The report reads its language from the profile; `--lang` overrides it for this run only.
    if let Some(lang) = args.lang {
        folder.profile.language = lang;
    }
    let (report, problems) = hirekit_report::of_folder(&folder, today);
    output::print_diagnostics(&problems);
    had_errors |= !problems.is_empty();
    if let Some(path) = &args.pdf {
        let creator = format!("hirekit {}", env!("CARGO_PKG_VERSION"));
        let bytes = hirekit_report::render::pdf::bytes(
            &report,
            output::document_date(args.today),
            &creator,
        )
        .with_context(|| format!("cannot lay out the report as PDF for {}", path.display()))?;
        output::write_atomic(path, &bytes, args.force)?;
    }
    output::print(&match args.format {
        Format::Md => hirekit_report::render::markdown::render(&report),
        Format::Json => hirekit_report::render::json::render(&report),
    });
    Ok(if had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
