//! Opening the hiring data for a command: `--database URL` (or `HIREKIT_DATABASE_URL`), `--dir`,
//! or the first folder upwards from here that holds `hirekit.yaml` (like git finds a repository).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow, bail};
use hirekit_folder::{Folder, HiringSource};
use hirekit_redflags::Catalogue;
use hirekit_yaml::Diagnostic;

use crate::output;

/// The `--dir` and `--database` options every folder command shares.
#[derive(clap::Args, Debug, Clone)]
pub struct DirArg {
    /// The hiring folder (default: the first folder upwards from here with a hirekit.yaml)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// A hiring database instead of a folder: sqlite://PATH or postgres://USER@HOST/DATABASE
    /// (see `hirekit db`); `--dir` wins when both are given
    #[arg(
        long,
        value_name = "URL",
        env = "HIREKIT_DATABASE_URL",
        hide_env_values = true
    )]
    pub database: Option<String>,
}

impl DirArg {
    /// The database URL when the data comes from a database: `--dir` (typed) wins over a
    /// `HIREKIT_DATABASE_URL` left in the environment.
    pub fn database_url(&self) -> Option<&str> {
        match &self.dir {
            Some(_) => None,
            None => self.database.as_deref(),
        }
    }

    /// The hiring folder's root. A command that writes files into the folder calls this, so
    /// with a database it stops here with a clear message instead of writing beside it.
    pub fn root(&self) -> anyhow::Result<PathBuf> {
        if let Some(url) = self.database_url() {
            bail!(
                "this command works on a hiring folder only; the database {} can be used by the workflow commands (`fill`, `score`, `due`, `report`, `decide`, `feedback`, `send`, `kit`, `candidate add`, `interview plan`, `privacy`); write a folder from it with `hirekit db export DIR`",
                hirekit_store::DatabaseUrl::parse(url)
                    .map(|u| u.shown())
                    .unwrap_or_else(|_| "given".to_owned())
            );
        }
        match &self.dir {
            Some(dir)
                if fs_err::symlink_metadata(dir.join(hirekit_folder::PROFILE_FILE)).is_ok() =>
            {
                Ok(dir.clone())
            }
            Some(dir) if !dir.exists() => Err(anyhow!(
                "the folder {} does not exist (given with --dir)",
                dir.display()
            )),
            Some(dir) if !dir.is_dir() => Err(anyhow!(
                "{} is not a folder (given with --dir)",
                dir.display()
            )),
            Some(dir) => Err(anyhow!(
                "{} is not a hiring folder: it has no {}",
                dir.display(),
                hirekit_folder::PROFILE_FILE
            )),
            None => {
                let here = std::env::current_dir().context("cannot read the current folder")?;
                let root = hirekit_folder::find_root(&here).ok_or_else(|| {
                    anyhow!(
                        "no hiring folder here: neither this folder nor any above it has a {} (use --dir)",
                        hirekit_folder::PROFILE_FILE
                    )
                })?;
                // Show paths relative to where the user is, as they would type them.
                Ok(relative_to(&root, &here))
            }
        }
    }
}

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    match path.strip_prefix(base) {
        // The empty path: `candidates/x.yaml` reads better than `./candidates/x.yaml`.
        Ok(rest) if rest.as_os_str().is_empty() => PathBuf::new(),
        Ok(rest) => rest.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}

/// Opens the folder and prints its problems. Returns the folder, its red-flag catalogue (for
/// the evidence grade of ticked items) and whether any problem was an error (the command then
/// exits 1 after doing what it still can). `today` is the date the command works on.
pub fn open(dir: &DirArg, today: chrono::NaiveDate) -> anyhow::Result<(Folder, Catalogue, bool)> {
    open_source(dir, today).map(|opened| (opened.folder, opened.catalogue, opened.had_errors))
}

/// What a command that writes works with: the loaded model and the source its writes go to.
pub struct Opened {
    pub folder: Folder,
    pub catalogue: Catalogue,
    /// Whether any problem printed was an error (the command then exits 1).
    pub had_errors: bool,
    pub source: Box<dyn HiringSource>,
    /// The hiring folder's root when the data lives in one (a lock file goes there); `None`
    /// for a database, which serialises writers itself.
    pub folder_root: Option<PathBuf>,
}

/// Like [`open`], and also hands out the hiring source, folder or database, for the writes.
pub fn open_source(dir: &DirArg, today: chrono::NaiveDate) -> anyhow::Result<Opened> {
    if let Some(url) = dir.database_url() {
        return open_database(url, today);
    }
    let root = dir.root()?;
    let here = std::env::current_dir().context("cannot read the current folder")?;
    let scorecards = hirekit_folder::nearby::nearby(&root).map(|n| n.scorecards);
    let catalogue = match hirekit_folder::red_flag_catalogue(scorecards.as_deref(), &here) {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            output::print_diagnostics(&problems);
            return Err(anyhow!(
                "cannot read the red-flag checklists of {}",
                display_root(&root)
            ));
        }
    };
    let is_known = |id: &str| catalogue.get(id).is_some();
    match hirekit_folder::open(&root, &is_known, today) {
        Ok((folder, problems)) => {
            output::print_diagnostics(&problems);
            Ok(Opened {
                folder,
                catalogue,
                had_errors: problems.iter().any(Diagnostic::is_error),
                source: Box::new(hirekit_folder::FolderSource::new(root.clone())),
                folder_root: Some(root),
            })
        }
        Err(problems) => {
            output::print_diagnostics(&problems);
            Err(anyhow!(
                "cannot read the hiring folder {}",
                display_root(&root)
            ))
        }
    }
}

/// Opens the database at `url`: the same folder model, checked when it was imported. Files a
/// command writes (letters, kits) go under the current folder. Red flags are graded with the
/// built-in checklists and those stored with the scorecards, as in the folder.
fn open_database(url: &str, today: chrono::NaiveDate) -> anyhow::Result<Opened> {
    let (store, _) = hirekit_store::Store::open_existing(url, Path::new(""))?;
    let catalogue = match hirekit_folder::stored_red_flag_catalogue(&store.checklists()?) {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            output::print_diagnostics(&problems);
            bail!("cannot read the red-flag checklists stored in the database");
        }
    };
    let is_known = |id: &str| catalogue.get(id).is_some();
    match store.load(&is_known, today) {
        Ok((folder, problems)) => {
            output::print_diagnostics(&problems);
            Ok(Opened {
                folder,
                catalogue,
                had_errors: problems.iter().any(Diagnostic::is_error),
                source: Box::new(store),
                folder_root: None,
            })
        }
        Err(problems) => {
            output::print_diagnostics(&problems);
            bail!("cannot read the hiring data from the database")
        }
    }
}

fn display_root(root: &Path) -> String {
    if root.as_os_str().is_empty() {
        ".".to_owned()
    } else {
        root.display().to_string()
    }
}
