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
    let existing = fs_err::metadata(path).ok().map(|m| m.permissions());
    let mut temporary = tempfile::Builder::new()
        .prefix(".hirekit-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("cannot create a temporary file in {}", folder.display()))?;
    temporary
        .write_all(contents)
        .and_then(|()| shared_permissions(temporary.as_file(), existing))
        .and_then(|()| temporary.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    temporary
        .persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// The creation date written into a PDF: noon (UTC) on `today` when the user fixed the date, so
/// the same input and `--today` give the same bytes; otherwise the current time.
pub fn document_date(today: Option<chrono::NaiveDate>) -> chrono::DateTime<chrono::FixedOffset> {
    match today.and_then(|day| day.and_hms_opt(12, 0, 0)) {
        Some(noon) => noon.and_utc().fixed_offset(),
        None => chrono::Local::now().fixed_offset(),
    }
}

/// Temporary files are private (0600); the result lives in a team folder, so it keeps the
/// permissions of the file it replaces, or gets the usual 0644 when new. Set explicitly, since the
/// umask would otherwise narrow them again.
fn shared_permissions(
    file: &std::fs::File,
    existing: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    match existing {
        Some(permissions) => file.set_permissions(permissions),
        None => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                file.set_permissions(std::fs::Permissions::from_mode(0o644))
            }
            #[cfg(not(unix))]
            {
                Ok(())
            }
        }
    }
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

    #[cfg(unix)]
    #[test]
    fn written_files_are_readable_by_colleagues() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ayla.yaml");
        write_atomic(&target, b"x", false).unwrap();
        assert_eq!(
            fs_err::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o644
        );
        fs_err::set_permissions(&target, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&target, b"y", true).unwrap();
        assert_eq!(
            fs_err::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o664,
            "kept on replace"
        );
    }
}
