//! `hirekit due`: what needs doing now — missing or late scorecards, decisions to take, and
//! feedback that is due or overdue (to write, or written and not sent) — most urgent first.

use std::process::ExitCode;

use chrono::NaiveDate;
use hirekit_scorecard::Language;
use serde::Serialize;

use crate::hiring::{self, DirArg};
use crate::output;

/// List what needs doing now: scorecards to submit, decisions to take, feedback to send
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  hirekit due\n  hirekit due --today 2026-11-23 --format json")]
pub struct Args {
    /// The date to compute deadlines against (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: DueFormat,
    /// Language of the table (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DueFormat {
    Table,
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let (folder, _catalogue, had_errors) = hiring::open(&args.dir, today)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let items = hirekit_due::items(&folder, today, hirekit_send::history::letter_sent);
    match args.format {
        DueFormat::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                today: NaiveDate,
                items: &'a [hirekit_due::Item],
            }
            output::print(
                &(serde_json::to_string_pretty(&Report {
                    today,
                    items: &items,
                })? + "\n"),
            );
        }
        DueFormat::Table => {
            output::print(&hirekit_due::setup_lines(&folder, lang));
            output::print(&hirekit_due::table(&items, today, lang));
        }
    }
    Ok(if had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
