//! `hirekit serve`: the team web app on the hiring database.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;

use crate::hiring::{self, DirArg};
use crate::output;

/// The database file `serve --dir` keeps inside the hiring folder.
pub const FOLDER_DATABASE: &str = "hirekit.db";

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  hirekit serve --dir examples/hiring\n  hirekit serve --database postgres://hiring@127.0.0.1/hiring --listen 127.0.0.1:8080 --public-url https://hiring.example.org"
)]
pub struct Args {
    /// The hiring folder; its database (hirekit.db inside it) is imported from the folder on
    /// first start (default: the first folder upwards from here with a hirekit.yaml)
    #[arg(long, value_name = "DIR", conflicts_with = "database")]
    pub dir: Option<PathBuf>,
    /// A hiring database instead: sqlite://PATH or postgres://USER@HOST/DATABASE
    #[arg(
        long,
        value_name = "URL",
        env = "HIREKIT_DATABASE_URL",
        hide_env_values = true
    )]
    pub database: Option<String>,
    /// The address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The address users open, e.g. https://hiring.example.org behind a reverse proxy (default:
    /// http:// and the listen address); https makes every cookie Secure
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
}

/// The database URL and the folder root of `--dir` or `--database`; with `--dir`, a first
/// start imports the folder into a new SQLite file inside it.
pub fn database(dir: Option<&Path>, database: Option<&str>) -> anyhow::Result<(String, PathBuf)> {
    if let Some(url) = database {
        return Ok((url.to_owned(), PathBuf::from(".")));
    }
    let root = DirArg {
        dir: dir.map(Path::to_path_buf),
        database: None,
    }
    .root()?;
    let file = root.join(FOLDER_DATABASE);
    let url = format!("sqlite://{}", file.display());
    if !file.exists() {
        let today = chrono::Local::now().date_naive();
        let (folder, _catalogue, had_errors) = hiring::open(
            &DirArg {
                dir: Some(root.clone()),
                database: None,
            },
            today,
        )?;
        if had_errors {
            bail!(
                "{} has errors (see above); fix them before serving it",
                root.display()
            );
        }
        let (store, _) = hirekit_store::Store::open(&url, &root)?;
        let imported = store.import(&folder)?;
        output::print(&format!(
            "imported {} candidates and {} filled scorecards into {}\n",
            imported.candidates,
            imported.filled_scorecards,
            file.display()
        ));
    }
    Ok((url, root))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (url, root) = database(args.dir.as_deref(), args.database.as_deref())?;
    let public_url = args
        .public_url
        .unwrap_or_else(|| format!("http://{}", args.listen));
    hirekit_web::run(
        &url,
        hirekit_web::Config {
            listen: args.listen,
            public_url,
            root,
            // The computer's own time zone, as every other command uses.
            zone: hirekit_web::Zone::Local,
        },
    )?;
    Ok(ExitCode::SUCCESS)
}
