//! Everything the binary writes: diagnostics on stderr, files on disk (atomically, never
//! overwriting without `--force`), and the choice of output format.

use std::io::Write as _;
use std::path::Path;

use anstyle::{AnsiColor, Style};
use anyhow::{Context as _, bail};
use hirekit_yaml::{Diagnostic, Severity};

/// How a report is printed. Each command supports the subset its issue names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
}

pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const GOOD: Style = AnsiColor::Green.on_default().bold();
pub const BOLD: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();

/// Prints `text` on stdout, keeping colour only where the terminal wants it (NO_COLOR, pipes).
pub fn print(text: &str) {
    let mut out = anstream::stdout();
    let _ = out.write_all(text.as_bytes());
}

/// Prints an error that is not tied to a file location (`error: ...` plus its causes).
pub fn print_error(error: &anyhow::Error) {
    let mut err = anstream::stderr();
    let _ = writeln!(err, "{ERROR}error{ERROR:#}: {error:#}");
}

/// Prints diagnostics on stderr, sorted, coloured when stderr is a terminal (and NO_COLOR unset).
pub fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut sorted = diagnostics.to_vec();
    hirekit_yaml::sort(&mut sorted);
    let mut err = anstream::stderr();
    for d in &sorted {
        let rendered = d.render();
        let (style, word) = match d.severity {
            Severity::Error => (ERROR, "error"),
            Severity::Warning => (WARNING, "warning"),
        };
        let needle = format!(": {word}: ");
        let coloured = rendered.replacen(&needle, &format!(": {style}{word}{style:#}: "), 1);
        let _ = write!(err, "{coloured}");
    }
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. A reader never sees half a file and an error leaves any existing
/// file untouched. Refuses to replace an existing file unless `force` is set.
// Used by every command that writes files; the first of them lands in a later commit.
#[allow(dead_code)]
pub fn write_atomic(path: &Path, contents: &[u8], force: bool) -> anyhow::Result<()> {
    if path.exists() && !force {
        bail!(
            "{} already exists; use --force to replace it",
            path.display()
        );
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs_err::create_dir_all(folder)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".hirekit-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("cannot create a temporary file in {}", folder.display()))?;
    temporary
        .write_all(contents)
        .and_then(|()| temporary.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    temporary
        .persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_refuses_to_overwrite_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("letter.txt");
        write_atomic(&target, b"first", false).unwrap();
        let err = write_atomic(&target, b"second", false).unwrap_err();
        assert!(err.to_string().contains("--force"));
        assert_eq!(fs_err::read_to_string(&target).unwrap(), "first");
        write_atomic(&target, b"second", true).unwrap();
        assert_eq!(fs_err::read_to_string(&target).unwrap(), "second");
        let leftovers: Vec<_> = fs_err::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary files are left behind");
    }
}
