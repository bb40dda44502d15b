//! `hirekit user`: the people who sign in to `hirekit serve`.

use std::path::PathBuf;
use std::process::ExitCode;

use hirekit_store::accounts::Role;

use crate::output;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Add a user and print their one-time sign-in link (valid 24 hours), with which they set
    /// a password
    #[command(
        after_help = "Examples:\n  hirekit user add sanne@example.org --name \"Sanne de Wit\" --role recruiter\n  hirekit user add ayla@example.org --name \"Ayla Bakker\" --role interviewer --interviewer ayla"
    )]
    Add(AddArgs),
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum RoleArg {
    Recruiter,
    #[value(name = "hiring_manager")]
    HiringManager,
    Interviewer,
}

#[derive(clap::Args)]
pub struct AddArgs {
    /// The e-mail address they sign in with
    #[arg(value_name = "EMAIL")]
    email: String,
    /// Their name as shown on the pages
    #[arg(long, value_name = "NAME")]
    name: String,
    #[arg(long, value_enum)]
    role: RoleArg,
    /// For an interviewer: their handle in hirekit.yaml's `interviewers`
    #[arg(long, value_name = "HANDLE")]
    interviewer: Option<String>,
    /// The language of their pages: nl or en (default: the company's, from hirekit.yaml)
    #[arg(long, value_name = "LANG")]
    language: Option<String>,
    /// The hiring folder served with `hirekit serve --dir`
    #[arg(long, value_name = "DIR", conflicts_with = "database")]
    dir: Option<PathBuf>,
    /// The database served with `hirekit serve --database`
    #[arg(
        long,
        value_name = "URL",
        env = "HIREKIT_DATABASE_URL",
        hide_env_values = true
    )]
    database: Option<String>,
    /// The address users open (as given to `serve --public-url`)
    #[arg(long, value_name = "URL", default_value = "http://127.0.0.1:8080")]
    public_url: String,
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Add(args) => add(args),
    }
}

fn add(args: AddArgs) -> anyhow::Result<ExitCode> {
    let role = match (args.role, args.interviewer) {
        (RoleArg::Interviewer, Some(handle)) => Role::Interviewer(handle),
        (RoleArg::Interviewer, None) => {
            anyhow::bail!(
                "an interviewer needs --interviewer HANDLE (their handle in hirekit.yaml's `interviewers`)"
            )
        }
        (_, Some(_)) => anyhow::bail!("--interviewer is only for --role interviewer"),
        (RoleArg::Recruiter, None) => Role::Recruiter,
        (RoleArg::HiringManager, None) => Role::HiringManager,
    };
    let (url, _root) = super::serve::database(args.dir.as_deref(), args.database.as_deref())?;
    let link = hirekit_web::run_add_user(
        &url,
        &args.public_url,
        &args.email,
        &args.name,
        &role,
        args.language.as_deref(),
    )?;
    output::print(&format!(
        "added {} ({}); their one-time sign-in link, valid 24 hours:\n  {link}\n",
        args.email,
        role.code()
    ));
    Ok(ExitCode::SUCCESS)
}
