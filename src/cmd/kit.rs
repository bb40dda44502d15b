//! `hirekit kit`: the interview kit for a scorecard, for interviewers to prepare with and take
//! notes on.
//!
//! `hirekit-kit` finds the scorecard (`locate`), gathers the kit's content into a
//! [`hirekit_kit::Kit`] — every text already in the reader's language — and renders it as
//! Markdown or PDF; this file picks the hiring folder or database, and writes or prints.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use hirekit_kit::locate::{self, Refusal};
use hirekit_kit::render::markdown;
use hirekit_scorecard::Language;

use crate::cmd::scorecard::parse_language;
use crate::hiring::{self, DirArg};
use crate::output;

/// `hirekit kit` (the help text a user sees is in `after_help`: clap shows the sub-command's
/// one-line summary from `main.rs` instead of this comment).
#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("target").args(["out", "pdf"]).multiple(true)))]
#[command(after_help = "\
A time plan with who asks what, and the opening. Per criterion: the job requirement, the
questions with their follow-up probes and a notes box each, the anchored rating scale and a line to
tick the score right after the questions. Then the closing, the red flags to watch for in the
interview, each with the question that verifies it, the bias-risk signals never to score, and the
sample answers for rater training. Print it, or read it while you prepare.

Examples:
  hirekit kit senior-backend-developer
  hirekit kit scorecards/frontend-developer.yaml --lang en
  hirekit kit senior-backend-developer --out out/kit-backend.md
  hirekit kit senior-backend-developer --pdf out/kit-backend.pdf --today 2026-11-23")]
pub struct Args {
    /// A scorecard id from the hiring folder, or the path of a scorecard file
    #[arg(value_name = "SCORECARD")]
    scorecard: String,
    /// Language of the kit (default: `language` in hirekit.yaml, else the scorecard's first)
    #[arg(long, value_parser = parse_language, value_name = "nl|en")]
    lang: Option<Language>,
    #[command(flatten)]
    dir: DirArg,
    /// Write the kit to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Write the kit as a printable PDF (A4) to FILE
    #[arg(long, value_name = "FILE")]
    pdf: Option<PathBuf>,
    /// The date the PDF is made on, for reproducible files (YYYY-MM-DD; default: now)
    #[arg(long, value_name = "DATE", requires = "pdf", value_parser = super::date_arg)]
    today: Option<NaiveDate>,
    /// Replace FILE if it exists
    #[arg(long, requires = "target")]
    force: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let is_path = locate::is_path(&args.scorecard);
    let found = if !is_path && args.dir.database_url().is_some() {
        // An id on a database: the scorecard and checklists as stored there.
        let opened = hiring::open_source(&args.dir, chrono::Local::now().date_naive())?;
        locate::in_source(&args.scorecard, opened.folder, opened.catalogue)
    } else {
        // A file works without a hiring folder; an id needs one.
        let root = if is_path && args.dir.dir.is_none() {
            args.dir.root().ok()
        } else {
            Some(args.dir.root()?)
        };
        let here = std::env::current_dir().unwrap_or_default();
        locate::in_folder(&args.scorecard, root.as_deref(), &here)
    };
    let found = match found {
        Ok(found) => found,
        Err(refusal) => return refused(refusal),
    };
    output::print_diagnostics(&found.warnings);
    let kit = match found.kit(args.lang) {
        Ok(kit) => kit,
        Err(refusal) => return refused(refusal),
    };
    // Refuse before writing anything, so that a refused --out does not leave a lone PDF.
    if !args.force {
        for path in [&args.pdf, &args.out].into_iter().flatten() {
            if path.exists() {
                bail!(
                    "{} already exists; use --force to replace it",
                    path.display()
                );
            }
        }
    }
    if let Some(path) = &args.pdf {
        let producer = format!("hirekit {}", env!("CARGO_PKG_VERSION"));
        let bytes = found
            .pdf(&kit, &producer, output::document_date(args.today))
            .with_context(|| format!("cannot lay out the kit as PDF for {}", path.display()))?;
        output::write_atomic(path, &bytes, args.force)?;
        output::print(&format!("{}\n", path.display()));
    }
    let text = markdown::render(&kit);
    match &args.out {
        Some(path) => {
            output::write_atomic(path, text.as_bytes(), args.force)?;
            output::print(&format!("{}\n", path.display()));
        }
        // With only --pdf the Markdown is not wanted on the terminal too.
        None if args.pdf.is_some() => {}
        None => output::print(&text),
    }
    Ok(ExitCode::SUCCESS)
}

fn refused(refusal: Refusal) -> Result<ExitCode> {
    match refusal {
        Refusal::Problems(problems) => {
            output::print_diagnostics(&problems);
            Ok(ExitCode::FAILURE)
        }
        Refusal::Message(message) => bail!("{message}"),
    }
}
