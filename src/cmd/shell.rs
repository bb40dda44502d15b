//! `hirekit completions SHELL` and `hirekit man`: tab completion and manual pages, both generated
//! from the same command-line definition as `--help`, so they cannot drift from it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap_complete::Shell;

use crate::output;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Install, for example:
  bash:       hirekit completions bash > ~/.local/share/bash-completion/completions/hirekit
  zsh:        hirekit completions zsh > ~/.zfunc/_hirekit   (with fpath+=~/.zfunc in ~/.zshrc)
  fish:       hirekit completions fish > ~/.config/fish/completions/hirekit.fish
  PowerShell: hirekit completions powershell >> $PROFILE")]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum, value_name = "SHELL")]
    shell: Shell,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Without --out, prints the page of `hirekit` itself, e.g. `hirekit man | man -l -`. With --out,
writes a page for every command (hirekit.1, hirekit-fill.1, hirekit-scorecard-validate.1, ...)
into DIR, replacing the pages there; docs/man/ in the repository holds them, kept up to date
by a test. Install them with, for example:
  hirekit man --out ~/.local/share/man/man1")]
pub struct ManArgs {
    /// Write every page into this folder instead of printing the main page
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn completions(args: CompletionsArgs, mut command: clap::Command) -> Result<ExitCode> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "hirekit", &mut script);
    output::print(&String::from_utf8_lossy(&script));
    Ok(ExitCode::SUCCESS)
}

pub fn man(args: ManArgs, command: clap::Command) -> Result<ExitCode> {
    let pages = pages(command)?;
    match args.out {
        None => {
            if let Some((_, page)) = pages.first() {
                output::print(&String::from_utf8_lossy(page));
            }
        }
        Some(dir) => {
            for (name, page) in &pages {
                let path = dir.join(name);
                output::write_atomic(&path, page, true)?;
            }
            output::print(&format!(
                "Wrote {} manual pages to {}\n",
                pages.len(),
                shown(&dir)
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn shown(dir: &Path) -> String {
    dir.display().to_string()
}

/// Every manual page as (file name, roff text): `hirekit.1` first, then one per sub-command,
/// nested ones named like `git`'s (`hirekit-scorecard-validate.1`).
pub fn pages(mut command: clap::Command) -> Result<Vec<(String, Vec<u8>)>> {
    command.build();
    let mut pages = Vec::new();
    collect(&command, "hirekit", &mut pages)?;
    Ok(pages)
}

fn collect(command: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let mut page = Vec::new();
    let named = command
        .clone()
        .name(name.to_owned())
        .bin_name(name.replace('-', " "));
    clap_mangen::Man::new(named).render(&mut page)?;
    pages.push((format!("{name}.1"), page));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}
