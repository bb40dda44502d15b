//! Reading a user's file safely: regular files only, of a bounded size, and — inside a hiring
//! folder — never through a link that leads out of it.
//!
//! A FIFO or a device where a YAML file is expected would make a plain `read` wait forever or
//! read without end (`/dev/urandom`); a link to `/etc/shadow` would let an error message echo a
//! line of a file that is not hirekit's. Every file hirekit reads goes through [`read`], which
//! refuses these before reading a byte, with a message that says what the path is.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::{Diagnostic, Location};

/// The largest file hirekit reads: far above any real scorecard, candidate or letter (a long
/// scorecard is about 20 KB), far below what would strain memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads `path`, which must be a regular file of at most [`MAX_FILE_BYTES`]. When `within` is
/// given (the hiring folder), a path that is or passes through a link leading outside that
/// folder is refused without being read.
// std::fs rather than fs_err: the diagnostic names the path itself, with a plainer message.
#[allow(clippy::disallowed_methods)]
pub fn read(path: &Path, within: Option<&Path>) -> Result<Vec<u8>, Box<Diagnostic>> {
    let fail = |message: String, hint: &str| {
        Box::new(Diagnostic::error(path, Location::START, message).with_hint(hint))
    };
    let link =
        std::fs::symlink_metadata(path).map_err(|e| fail(io_message(&e), "check the path"))?;
    if let Some(root) = within
        && let Some(outside) = leaves(path, root)
    {
        return Err(fail(
            format!(
                "is a link to {}, outside the hiring folder; hirekit does not follow it",
                outside.display()
            ),
            "copy the file into the hiring folder instead of linking to it",
        ));
    }
    let metadata = if link.file_type().is_symlink() {
        std::fs::metadata(path).map_err(|e| {
            fail(
                format!("is a broken link ({})", io_message(&e)),
                "point the link at an existing file, or replace it by the file",
            )
        })?
    } else {
        link
    };
    if !metadata.is_file() {
        return Err(fail(
            format!("is {}, not a regular file", kind(&metadata)),
            "hirekit reads only ordinary files here; replace it by the file itself",
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(
            format!(
                "is {} MB; hirekit reads files of at most {} MB",
                metadata.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            "this is not a file hirekit wrote or expects; check the path",
        ));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| fail(io_message(&e), "check the file's permissions"))?;
    let mut bytes = Vec::new();
    // `take`: the file may grow between the size check and the read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_message(&e), "check the file"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(
            format!("is larger than {} MB", MAX_FILE_BYTES / (1024 * 1024)),
            "this is not a file hirekit wrote or expects; check the path",
        ));
    }
    Ok(bytes)
}

/// Reads `path` as UTF-8 text through [`read`].
pub fn read_text(path: &Path, within: Option<&Path>) -> Result<String, Box<Diagnostic>> {
    let bytes = read(path, within)?;
    String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(before);
        Box::new(
            Diagnostic::error(
                path,
                Location::at_offset(&text, text.len()),
                "the file is not UTF-8 text",
            )
            .with_hint("save it as UTF-8"),
        )
    })
}

/// Where `path` really leads when that is outside `root` (both resolved through links), or
/// `None` when it stays inside or cannot be resolved (the read then reports the real error).
fn leaves(path: &Path, root: &Path) -> Option<PathBuf> {
    // The folder the user is in is shown as the empty path.
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    let real_root = std::fs::canonicalize(root).ok()?;
    let real = std::fs::canonicalize(path).ok()?;
    (!real.starts_with(&real_root)).then_some(real)
}

fn kind(metadata: &std::fs::Metadata) -> &'static str {
    if metadata.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let t = metadata.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not an ordinary file"
}

/// An I/O error as a sentence fragment after the path ("does not exist").
fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied => "cannot be read: permission denied".to_owned(),
        _ => format!("cannot be read: {error}"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::disallowed_methods)]
    use super::*;

    fn message(result: Result<Vec<u8>, Box<Diagnostic>>) -> String {
        result
            .unwrap_err()
            .render()
            .lines()
            .next()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn reads_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "id: x\n").unwrap();
        assert_eq!(read(&path, Some(dir.path())).unwrap(), b"id: x\n");
    }

    #[test]
    fn a_missing_file_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone.yaml");
        assert_eq!(
            message(read(&path, None)),
            format!("{}:1:1: error: does not exist", path.display())
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_device_is_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("ayla.yaml");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(
            message(read(&fifo, None)),
            format!(
                "{}:1:1: error: is a named pipe (FIFO), not a regular file",
                fifo.display()
            )
        );
        assert_eq!(
            message(read(Path::new("/dev/urandom"), None)),
            "/dev/urandom:1:1: error: is a device, not a regular file"
        );
        assert_eq!(
            message(read(dir.path(), None)),
            format!(
                "{}:1:1: error: is a folder, not a regular file",
                dir.path().display()
            )
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused_and_its_target_never_read() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.yaml");
        std::fs::write(&secret, "root: hunter2\n").unwrap();
        let folder = tempfile::tempdir().unwrap();
        let link = folder.path().join("cv.yaml");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        let text = message(read(&link, Some(folder.path())));
        assert_eq!(
            text,
            format!(
                "{}:1:1: error: is a link to {}, outside the hiring folder; hirekit does not follow it",
                link.display(),
                std::fs::canonicalize(&secret).unwrap().display()
            )
        );
        assert!(!text.contains("hunter2"));
        // Outside a hiring folder (a path the user typed), the link is followed.
        assert_eq!(read(&link, None).unwrap(), b"root: hunter2\n");
        // A link that stays inside the folder is fine.
        let inner = folder.path().join("real.yaml");
        std::fs::write(&inner, "a: 1\n").unwrap();
        let inner_link = folder.path().join("alias.yaml");
        std::os::unix::fs::symlink(&inner, &inner_link).unwrap();
        assert_eq!(read(&inner_link, Some(folder.path())).unwrap(), b"a: 1\n");
    }

    #[test]
    fn non_utf8_text_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.txt");
        std::fs::write(&path, b"ok\nab\xffc\n").unwrap();
        let d = read_text(&path, None).unwrap_err();
        assert_eq!((d.line, d.column), (2, 3));
    }
}
