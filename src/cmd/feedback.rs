//! `hirekit feedback`: rejection letters (`hirekit feedback [ID...]`, in `letters.rs`) and the
//! guard for letters written by hand (`hirekit feedback lint`, in `feedback/lint.rs`).

use std::process::ExitCode;

mod lint;

/// Write respectful, job-requirement-based feedback letters for rejected candidates
///
/// Without ids, letters are written for every candidate whose decision is `reject`. Every letter
/// passes the guard first (protected grounds and their proxies, vague reasons, leftover
/// placeholders); a letter that fails it is not written.
#[derive(clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  hirekit feedback --today 2026-11-23\n  \
                  hirekit feedback c-2026-014 --lang en --format txt,eml\n  \
                  hirekit feedback lint my-letter.txt"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub letters: crate::cmd::letters::LetterArgs,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Check letters for words about protected grounds, vague reasons, placeholders and empty text
    #[command(
        after_help = "Examples:\n  hirekit feedback lint out/c-2026-017.txt\n  \
                      hirekit feedback lint --lang nl brieven/*.txt --format json\n\n\
                      Errors (protected grounds and their proxies, placeholders, an empty letter) mean \
                      the letter must not be sent; warnings (vague reasons) name a better wording.\n\
                      Exits 1 when any letter has an error or cannot be read, 0 otherwise."
    )]
    Lint(lint::LintArgs),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Some(Command::Lint(args)) => lint::run(&args),
        None => crate::cmd::letters::run(args.letters),
    }
}
