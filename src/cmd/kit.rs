//! `hirekit kit`: the interview kit for a scorecard, for interviewers to prepare with and take
//! notes on.
//!
//! The kit's content is gathered by `hirekit-kit` into a [`hirekit_kit::Kit`] — every text
//! already in the reader's language — and rendered there as Markdown or PDF; this file finds the
//! scorecard and the checklists, and writes or prints the result.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use hirekit_folder::Profile;
use hirekit_scorecard::{Language, Scorecard};

use hirekit_yaml::did_you_mean;

use crate::cmd::scorecard::parse_language;
use crate::hiring::{self, DirArg};
use crate::output;
use crate::output::read_checked;
use hirekit_folder::{Search, find_scorecard};
use hirekit_kit::render::{markdown, pdf};
use hirekit_kit::{Settings, build};

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
    let (scorecard, mut folder) = match locate(&args)? {
        Some(found) => found,
        None => return Ok(ExitCode::FAILURE),
    };
    let lang = args
        .lang
        .or(folder.as_ref().map(|f| f.profile.language))
        .or(scorecard.languages.first().copied())
        .unwrap_or(Language::En);
    if !scorecard.languages.contains(&lang) {
        let written: Vec<&str> = scorecard.languages.iter().map(|l| l.code()).collect();
        bail!(
            "the scorecard `{}` is written in {} only; use --lang {}",
            scorecard.id,
            written.join(", "),
            written.first().unwrap_or(&"en")
        );
    }
    let scorecards_dir = folder.as_ref().map(|f| f.root.join(&f.profile.scorecards));
    let here = std::env::current_dir().unwrap_or_default();
    let stored = folder.as_mut().and_then(|f| f.stored_checklists.take());
    let catalogue = match stored {
        Some(c) => c,
        None => match hirekit_folder::red_flag_catalogue(scorecards_dir.as_deref(), &here) {
            Ok(c) => c,
            Err(problems) => {
                output::print_diagnostics(&problems);
                return Ok(ExitCode::FAILURE);
            }
        },
    };
    let profile = folder.as_ref().map(|f| &f.profile);
    let settings = Settings {
        lang,
        scorecard_hours: profile.map_or(24, |p| p.scorecard_hours),
        feedback_days: profile.map_or(7, |p| p.feedback_days),
        company: profile.map(|p| p.company.as_str()),
    };
    let kit = build(
        &scorecard,
        &settings,
        &hirekit_kit::interview_items(&catalogue, scorecard.role_family),
    );
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
        let company = profile.map(|p| p.company.as_str());
        let report = pdf::report(&kit, company);
        let metadata = pdf::metadata(
            &kit,
            company.unwrap_or("hirekit"),
            &format!("hirekit {}", env!("CARGO_PKG_VERSION")),
            output::document_date(args.today),
        );
        let bytes = hirekit_pdf::render_report(&report, &metadata)
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

struct FolderInfo {
    root: PathBuf,
    profile: Profile,
    /// The red-flag checklists stored in a database; `None` for a folder, whose checklists are
    /// read from its scorecards folder.
    stored_checklists: Option<hirekit_redflags::Catalogue>,
}

/// The scorecard named on the command line, and the hiring folder if there is one. `None` when
/// problems were printed.
fn locate(args: &Args) -> Result<Option<(Scorecard, Option<FolderInfo>)>> {
    let path = Path::new(&args.scorecard);
    let is_path = path.is_file()
        || args.scorecard.contains(['/', '\\'])
        || args.scorecard.ends_with(".yaml")
        || args.scorecard.ends_with(".yml");
    // An id on a database: the scorecard and checklists as stored there.
    if !is_path && args.dir.database_url().is_some() {
        let opened = hiring::open_source(&args.dir, chrono::Local::now().date_naive())?;
        let folder = opened.folder;
        let Some(scorecard) = folder.scorecards.get(&args.scorecard).cloned() else {
            let known: Vec<&str> = folder.scorecards.keys().map(String::as_str).collect();
            let hint = match did_you_mean(&args.scorecard, known.iter().copied()) {
                Some(m) => format!(" (did you mean `{m}`?)"),
                None if known.is_empty() => String::new(),
                None => format!(" (known: {})", known.join(", ")),
            };
            bail!(
                "no scorecard with id `{}` in {}{hint}",
                args.scorecard,
                folder.root.join(&folder.profile.scorecards).display()
            )
        };
        let info = FolderInfo {
            root: folder.root,
            profile: folder.profile,
            stored_checklists: Some(opened.catalogue),
        };
        return Ok(Some((scorecard, Some(info))));
    }
    // A file works without a hiring folder; an id needs one.
    let root = if is_path && args.dir.dir.is_none() {
        args.dir.root().ok()
    } else {
        Some(args.dir.root()?)
    };
    let folder = match root {
        Some(root) => match read_checked::<Profile>(&root.join(hirekit_folder::PROFILE_FILE))? {
            Some((profile, _)) => Some(FolderInfo {
                root,
                profile,
                stored_checklists: None,
            }),
            None => return Ok(None),
        },
        None => None,
    };
    if is_path {
        if !path.is_file() {
            bail!("no scorecard file {}", path.display());
        }
        let bytes = output::read_file(path, None)?;
        return Ok(match hirekit_scorecard::load(path, &bytes) {
            Ok(loaded) => {
                output::print_diagnostics(&loaded.warnings);
                Some((loaded.scorecard, folder))
            }
            Err(problems) => {
                output::print_diagnostics(&problems);
                None
            }
        });
    }
    let Some(info) = folder else {
        bail!(
            "`{}` is not a file, and there is no hiring folder to look it up in",
            args.scorecard
        )
    };
    let dir = info.root.join(&info.profile.scorecards);
    match find_scorecard(&dir, &args.scorecard) {
        Ok(Search {
            found: Some(loaded),
            ..
        }) => {
            output::print_diagnostics(&loaded.warnings);
            Ok(Some((loaded.scorecard, Some(info))))
        }
        Ok(Search { found: None, known }) => {
            let hint = match did_you_mean(&args.scorecard, known.iter().map(String::as_str)) {
                Some(m) => format!(" (did you mean `{m}`?)"),
                None if known.is_empty() => String::new(),
                None => format!(" (known: {})", known.join(", ")),
            };
            bail!(
                "no scorecard with id `{}` in {}{hint}",
                args.scorecard,
                dir.display()
            )
        }
        Err(problems) => {
            output::print_diagnostics(&problems);
            Ok(None)
        }
    }
}
