//! Everything the binary writes: reports on stdout, diagnostics on stderr, files on disk
//! (atomically, never overwriting without `--force`), and the choice of output format.
//!
//! Standard output is one path for the whole binary ([`print`]); `print!`/`println!` are denied
//! elsewhere. A reader that stops early (`hirekit score | head -1`) closes the pipe: that is a
//! normal end, as in ripgrep, so further output is dropped quietly and the command finishes its
//! work. Any other write error (a full disk, `>/dev/full`) is remembered and turns the exit code
//! into a failure with a message ([`finish`]), so a report that was not written never looks as
//! if it was.

use std::io::Write as _;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context as _, bail};
use hirekit_yaml::Diagnostic;

/// How a report is printed. Each command supports the subset its issue names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
}

/// The reader of stdout went away (broken pipe): drop further output quietly.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
/// The first error writing stdout other than a broken pipe; reported by [`finish`].
static STDOUT_ERROR: Mutex<Option<String>> = Mutex::new(None);

/// Prints `text` on stdout, keeping colour only where the terminal wants it (NO_COLOR, pipes).
#[allow(clippy::disallowed_methods)] // the one place that writes stdout
pub fn print(text: &str) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = anstream::stdout();
    if let Err(error) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        stdout_failed(&error);
    }
}

/// Standard output as a writer (for prompts), with the same error handling as [`print`].
pub fn stdout() -> Stdout {
    Stdout
}

/// See [`stdout`].
pub struct Stdout;

#[allow(clippy::disallowed_methods)] // the one place that writes stdout
impl std::io::Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if STDOUT_CLOSED.load(Ordering::Relaxed) {
            return Ok(buf.len());
        }
        let mut out = anstream::stdout();
        match out.write_all(buf) {
            Ok(()) => Ok(buf.len()),
            Err(error) => {
                stdout_failed(&error);
                Err(error)
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if STDOUT_CLOSED.load(Ordering::Relaxed) {
            return Ok(());
        }
        anstream::stdout().flush().inspect_err(stdout_failed)
    }
}

/// Whether standard output is a terminal (for the line editor, which draws on it itself).
#[allow(clippy::disallowed_methods)] // only asks, writes nothing
pub fn stdout_is_terminal() -> bool {
    std::io::IsTerminal::is_terminal(&std::io::stdout())
}

/// Whether text written past [`print`] may keep its colour (NO_COLOR, CLICOLOR, a terminal),
/// decided as `anstream` decides it for [`print`].
#[allow(clippy::disallowed_methods)] // only asks, writes nothing
pub fn stdout_wants_colour() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

fn stdout_failed(error: &std::io::Error) {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
        return;
    }
    if let Ok(mut first) = STDOUT_ERROR.lock()
        && first.is_none()
    {
        *first = Some(error.to_string());
    }
}

/// The exit code after a command ran: `code`, unless writing its output failed, in which case
/// the failure is reported and the exit code is 1.
#[allow(clippy::disallowed_methods)] // the one place that writes stdout
pub fn finish(code: std::process::ExitCode) -> std::process::ExitCode {
    if !STDOUT_CLOSED.load(Ordering::Relaxed)
        && let Err(error) = anstream::stdout().flush()
    {
        stdout_failed(&error);
    }
    let failed = STDOUT_ERROR.lock().ok().and_then(|mut e| e.take());
    match failed {
        Some(error) => {
            print_error(&anyhow::anyhow!("cannot write to standard output: {error}"));
            std::process::ExitCode::FAILURE
        }
        None => code,
    }
}

/// A note on stderr (progress, skipped items, warnings not tied to a file).
pub fn note(text: &str) {
    let mut err = anstream::stderr();
    let _ = err.write_all(text.as_bytes());
}

/// A warning on stderr, `warning: ...`, by the one diagnostic renderer.
pub fn warn(message: &str) {
    note(&hirekit_yaml::render_message_styled(
        hirekit_yaml::Severity::Warning,
        message,
    ));
}

/// Reads a file the user named or hirekit found: a regular file of bounded size only, never a
/// FIFO or device that would hang the command; inside a hiring folder (`within`), never through
/// a link out of it. The error reads `PATH is a named pipe (FIFO), not a regular file`.
pub fn read_file(path: &Path, within: Option<&Path>) -> anyhow::Result<Vec<u8>> {
    hirekit_yaml::file::read(path, within)
        .map_err(|d| anyhow::anyhow!("{} {}", path.display(), d.message))
}

/// Prints an error that is not tied to a file location (`error: ...` plus its causes), by the
/// one diagnostic renderer.
pub fn print_error(error: &anyhow::Error) {
    note(&hirekit_yaml::render_message_styled(
        hirekit_yaml::Severity::Error,
        &format!("{error:#}"),
    ));
}

/// Prints diagnostics on stderr, sorted, coloured when stderr is a terminal (and NO_COLOR unset).
pub fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut sorted = diagnostics.to_vec();
    hirekit_yaml::sort(&mut sorted);
    let mut err = anstream::stderr();
    for d in &sorted {
        let _ = write!(err, "{}", d.render_styled());
    }
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. A reader never sees half a file and an error leaves any existing
/// file untouched. Refuses to replace an existing file unless `force` is set, and never replaces
/// anything but a regular file: renaming over a device, a FIFO or a link would replace *it* by a
/// regular file (a `--force` onto `/dev/full` must not delete the device node).
pub fn write_atomic(path: &Path, contents: &[u8], force: bool) -> anyhow::Result<()> {
    use hirekit_folder::atomic::{self, WriteError};
    match atomic::write(path, contents, force) {
        Ok(()) => Ok(()),
        Err(WriteError::Exists(_)) => bail!(
            "{} already exists; use --force to replace it",
            path.display()
        ),
        Err(e) => Err(e.into()),
    }
}

/// Takes the hiring folder's write lock (`.hirekit.lock`, an empty file) for as long as the
/// returned file lives. Two runs that write letters and their history at the same time would
/// each read the history, add their letter and write it back — and one entry would be lost; the
/// second run is refused instead, with a message that says why.
pub fn lock_folder(root: &Path) -> anyhow::Result<std::fs::File> {
    // `root` is empty for the folder the user is in: `.hirekit.lock` reads better than `./…`.
    let path = root.join(".hirekit.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => bail!(
            "another hirekit command is writing letters or records in this hiring folder ({} is locked); wait until it has finished and run this again",
            path.display()
        ),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", path.display()))
        }
    }
}

/// The creation date written into a PDF: noon (UTC) on `today` when the user fixed the date, so
/// the same input and `--today` give the same bytes; otherwise the current time.
pub fn document_date(today: Option<chrono::NaiveDate>) -> chrono::DateTime<chrono::FixedOffset> {
    match today {
        Some(day) => hirekit_pdf::noon_of(day),
        None => chrono::Local::now().fixed_offset(),
    }
}

/// Temporary files are private (0600); the result lives in a team folder, so it keeps the
/// permissions of the file it replaces, or gets the usual 0644 when new. Set explicitly, since the
/// umask would otherwise narrow them again.
/// Reads and checks one YAML file; prints its problems and returns `None` when it is broken.
pub fn read_checked<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    path: &Path,
) -> anyhow::Result<Option<(T, hirekit_yaml::Document)>> {
    let bytes = read_file(path, None)?;
    match hirekit_yaml::read::<T>(path, &bytes) {
        Ok(pair) => Ok(Some(pair)),
        Err(problems) => {
            print_diagnostics(&problems);
            Ok(None)
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
