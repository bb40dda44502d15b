//! The one way hirekit writes a file: to a temporary file beside the target, flushed to disk, then
//! renamed over it, and the folder flushed so that the rename survives a power cut. A reader never
//! sees half a file and a failure leaves any existing file as it was.
//!
//! Only ordinary files are ever replaced: renaming over a device, a FIFO or a link would replace
//! *it* by an ordinary file (a `--force` onto `/dev/full` must not delete the device node).

use std::fs::Permissions;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Why a file was not written. The messages are the ones a user reads.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{} is a link; hirekit only replaces ordinary files, so it will not write there", .0.display())]
    Link(PathBuf),
    #[error("{} is {}, not an ordinary file; choose another path", .0.display(), .1)]
    NotAFile(PathBuf, &'static str),
    /// The file exists and replacing it was not asked for.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    #[error("cannot create a temporary file in {}: {}", .0.display(), .1)]
    Temporary(PathBuf, io::Error),
    #[error("cannot write {}: {}", .0.display(), .1)]
    Write(PathBuf, io::Error),
}

/// What is at `path` now: `None` when nothing is, the permissions of an ordinary file (a
/// replacement keeps them), or an error for anything hirekit must not replace.
pub fn existing(path: &Path) -> Result<Option<Permissions>, WriteError> {
    let Ok(metadata) = fs_err::symlink_metadata(path) else {
        return Ok(None);
    };
    let kind = metadata.file_type();
    if kind.is_symlink() {
        return Err(WriteError::Link(path.to_owned()));
    }
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "a folder"
        } else {
            "a device, pipe or socket"
        };
        return Err(WriteError::NotAFile(path.to_owned(), what));
    }
    Ok(Some(metadata.permissions()))
}

/// Writes `bytes` to `path` atomically and durably. Without `replace`, an existing file is left
/// alone and [`WriteError::Exists`] returned — also when another writer creates it meanwhile.
pub fn write(path: &Path, bytes: &[u8], replace: bool) -> Result<(), WriteError> {
    let before = existing(path)?;
    if before.is_some() && !replace {
        return Err(WriteError::Exists(path.to_owned()));
    }
    let folder = folder_of(path);
    let failed = |e: io::Error| WriteError::Write(path.to_owned(), e);
    fs_err::create_dir_all(folder).map_err(failed)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".hirekit-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| WriteError::Temporary(folder.to_owned(), e))?;
    temporary
        .write_all(bytes)
        .and_then(|()| set_permissions(temporary.as_file(), before))
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(failed)?;
    if replace {
        temporary.persist(path).map_err(|e| failed(e.error))?;
    } else {
        temporary
            .persist_noclobber(path)
            .map_err(|e| match e.error.kind() {
                io::ErrorKind::AlreadyExists => WriteError::Exists(path.to_owned()),
                _ => failed(e.error),
            })?;
    }
    sync_folder(folder).map_err(failed)
}

/// Flushes a folder's entries (a rename into it) to disk. Where a folder cannot be opened for
/// that (not on Unix), the rename is as durable as the platform makes it.
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        fs_err::File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// The folder a file is written in: `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// A new file is readable by the team (0644, not tempfile's 0600); a replaced one keeps its mode.
pub fn set_permissions(file: &std::fs::File, existing: Option<Permissions>) -> io::Result<()> {
    match existing {
        Some(permissions) => file.set_permissions(permissions),
        None => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                file.set_permissions(Permissions::from_mode(0o644))
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
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn writes_replaces_only_when_asked_and_never_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("x.yaml");
        write(&path, b"one", false).unwrap();
        assert_eq!(fs_err::read(&path).unwrap(), b"one");
        let refused = write(&path, b"two", false).unwrap_err();
        assert_eq!(
            refused.to_string(),
            format!("{} already exists", path.display())
        );
        write(&path, b"two", true).unwrap();
        assert_eq!(fs_err::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            let link = dir.path().join("link.yaml");
            std::os::unix::fs::symlink(&path, &link).unwrap();
            let refused = write(&link, b"three", true).unwrap_err();
            assert!(matches!(refused, WriteError::Link(_)));
            assert_eq!(fs_err::read(&path).unwrap(), b"two");
        }
        // Nothing but the two files is left in the folder: no temporary file.
        let left: Vec<_> = fs_err::read_dir(dir.path().join("a")).unwrap().collect();
        assert_eq!(left.len(), 1);
    }
}
