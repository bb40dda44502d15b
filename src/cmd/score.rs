//! `hirekit score [ID...]`: the panel's ratings per candidate, and a proposed outcome.

use std::process::ExitCode;

use hirekit_panel::render;
use hirekit_scorecard::Language;

use crate::hiring::{self, DirArg};
use crate::output::{self, Format};

/// Show the panel's ratings per candidate: means, disagreement, failed must-haves, lateness,
/// and a proposed outcome (advance, talent pool, reject, incomplete)
#[derive(clap::Args)]
#[command(
    after_help = "While a planned interviewer has not submitted, nothing computed from the ratings is \
shown for that candidate (no scores, means, outcome, reasons or recommendations), only who has \
submitted and who is awaited: everyone rates independently. --reveal overrides this for the \
hiring manager.\n\n\
Examples:\n  hirekit score\n  hirekit score c-2026-017 --format markdown\n  hirekit score --format json"
)]
pub struct Args {
    /// Candidate ids (default: every candidate)
    pub ids: Vec<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Language of table and Markdown output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    /// Show ratings even while planned interviewers have not submitted yet
    #[arg(long)]
    pub reveal: bool,
    #[command(flatten)]
    pub dir: DirArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = chrono::Local::now().date_naive();
    let (folder, catalogue, had_errors) = hiring::open(&args.dir, today)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let selected = hirekit_panel::select(&folder, &args.ids, had_errors)?;
    let view = hirekit_panel::score_view(&folder, &selected, args.reveal, |id| {
        catalogue.evidence(id).map(|e| e.code().to_owned())
    });
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&view)? + "\n",
        Format::Table => render::table(&view, &folder, lang),
        Format::Markdown => render::markdown(&view, &folder, lang),
    };
    output::print(&text);
    Ok(if had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
