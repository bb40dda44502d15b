//! The `hirekit` command: parses arguments, calls the library crates, prints, and maps errors to
//! exit codes. No domain logic lives here; each sub-command is one file in `src/cmd/`.

// One path to stdout and stderr (`output.rs`): a closed pipe or a full disk is handled once.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;
mod hiring;
mod output;

/// Structured interviews and respectful, job-requirement-based candidate feedback.
#[derive(Parser)]
#[command(name = "hirekit", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check, show and describe scorecard definitions
    #[command(subcommand)]
    Scorecard(cmd::scorecard::Command),
    /// Fill in your scorecard for a candidate you interviewed (or write a blank one to edit)
    Fill(cmd::fill::Args),
    /// Print the interview kit for a scorecard, as Markdown or a printable PDF
    Kit(cmd::kit::Args),
    /// Show the panel's ratings per candidate and a proposed outcome
    Score(cmd::score::Args),
    /// List what needs doing now: scorecards, decisions, feedback letters
    Due(cmd::due::Args),
    /// Record the decision on a candidate: reason, note, who, when, and final ratings
    Decide(cmd::decide::Args),
    /// Write respectful, job-requirement-based feedback letters for rejected candidates
    Feedback(cmd::feedback::Args),
    /// Send the current feedback letters by e-mail: once each, only to rejected candidates, with proof
    Send(cmd::send::Args),
    /// Estimate what a mis-hire costs under Dutch employment law
    Cost(cmd::cost::Args),
    /// Red flags for IT roles: checklists per stage, and checks on a structured CV
    #[command(subcommand)]
    Redflags(cmd::redflags::Command),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scorecard(command) => cmd::scorecard::run(command),
        Command::Fill(args) => cmd::fill::run(args),
        Command::Kit(args) => cmd::kit::run(args),
        Command::Score(args) => cmd::score::run(args),
        Command::Due(args) => cmd::due::run(args),
        Command::Decide(args) => cmd::decide::run(args),
        Command::Feedback(args) => cmd::feedback::run(args),
        Command::Send(args) => cmd::send::run(args),
        Command::Cost(args) => cmd::cost::run(args),
        Command::Redflags(command) => cmd::redflags::run(command),
    };
    let code = match result {
        Ok(code) => code,
        Err(error) => {
            output::print_error(&error);
            ExitCode::FAILURE
        }
    };
    output::finish(code)
}
