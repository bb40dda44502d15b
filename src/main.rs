//! The `hirekit` command: parses arguments, calls the library crates, prints, and maps errors to
//! exit codes. No domain logic lives here; each sub-command is one file in `src/cmd/`.

// One path to stdout and stderr (`output.rs`): a closed pipe or a full disk is handled once.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand};

mod bundled;
mod cmd;
mod hiring;
mod output;
mod prompt;

/// Structured interviews and respectful, job-requirement-based candidate feedback.
#[derive(Parser)]
#[command(name = "hirekit", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a hiring folder for a vacancy: hirekit.yaml and a scorecard to edit
    Init(cmd::init::Args),
    /// Add a candidate to the hiring folder
    #[command(subcommand)]
    Candidate(cmd::candidate::Command),
    /// Plan interviews with a candidate
    #[command(subcommand)]
    Interview(cmd::candidate::InterviewCommand),
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
    /// Where every candidate stands, the 24-hour agreement, and interviewer calibration
    Report(cmd::report::Args),
    /// Personal data kept no longer than the law allows: consent, due, purge, export, erase
    #[command(subcommand)]
    Privacy(cmd::privacy::Command),
    /// The talent pool: near misses, runner-ups and people added by hand, only with consent
    #[command(subcommand)]
    Pool(cmd::pool::Command),
    /// Red flags for IT roles: checklists per stage, and checks on a structured CV
    #[command(subcommand)]
    Redflags(cmd::redflags::Command),
    /// Move hiring data between a folder and a database (SQLite or PostgreSQL)
    #[command(subcommand)]
    Db(cmd::db::Command),
    /// Serve the team web app on the hiring database (sign-in, interviews, candidates)
    Serve(cmd::serve::Args),
    /// Manage who signs in to `hirekit serve`
    #[command(subcommand)]
    User(cmd::user::Command),
    /// Print a shell completion script for bash, zsh, fish or PowerShell
    Completions(cmd::shell::CompletionsArgs),
    /// Print or write the manual pages
    Man(cmd::shell::ManArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Init(args) => cmd::init::run(args),
        Command::Candidate(command) => cmd::candidate::run(command),
        Command::Interview(command) => cmd::candidate::run_interview(command),
        Command::Scorecard(command) => cmd::scorecard::run(command),
        Command::Fill(args) => cmd::fill::run(args),
        Command::Kit(args) => cmd::kit::run(args),
        Command::Score(args) => cmd::score::run(args),
        Command::Due(args) => cmd::due::run(args),
        Command::Decide(args) => cmd::decide::run(args),
        Command::Feedback(args) => cmd::feedback::run(args),
        Command::Send(args) => cmd::send::run(args),
        Command::Cost(args) => cmd::cost::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Privacy(command) => cmd::privacy::run(command),
        Command::Pool(command) => cmd::pool::run(command),
        Command::Redflags(command) => cmd::redflags::run(command),
        Command::Db(command) => cmd::db::run(command),
        Command::Serve(args) => cmd::serve::run(args),
        Command::User(command) => cmd::user::run(command),
        Command::Completions(args) => cmd::shell::completions(args, Cli::command()),
        Command::Man(args) => cmd::shell::man(args, Cli::command()),
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
