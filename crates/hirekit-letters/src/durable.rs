//! Writing the files of many letters durably, with the waits for the disk grouped.
//!
//! Written one at a time, every file costs a wait for the disk (`fsync`) before the next can
//! start, and a batch of letters spends most of its time waiting with every core idle. Here the
//! files of a whole chunk of letters are written to temporary files first, then flushed to disk
//! together (on every core, so the file system can commit them in one go), then renamed into
//! place, and finally each folder that received a file is flushed once, so the renames are on
//! disk too. Only then does the caller report a file as written.
//!
//! Each file is still atomic: a reader sees the old file or the whole new one, never half, and a
//! failure leaves the target untouched.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use hirekit_folder::atomic::{folder_of, set_permissions as permissions};
use rayon::prelude::*;

use crate::{LetterError, chain};

/// A file written to a temporary file beside its target, not yet on disk or in place.
pub(crate) struct Staged {
    temporary: tempfile::NamedTempFile,
    target: PathBuf,
}

/// Writes `contents` to a temporary file in `path`'s folder. Refuses to replace anything but a
/// regular file: renaming over a device, a pipe or a link would replace *it*.
pub(crate) fn stage(path: &Path, contents: &[u8]) -> Result<Staged, LetterError> {
    let existing =
        hirekit_folder::atomic::existing(path).map_err(|e| LetterError::Failed(chain(&e)))?;
    let folder = folder_of(path);
    let temporary = || {
        tempfile::Builder::new()
            .prefix(".hirekit-")
            .suffix(".tmp")
            .tempfile_in(folder)
    };
    // The folder nearly always exists: make it only when it does not (one system call less
    // per file).
    let mut temporary = match temporary() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs_err::create_dir_all(folder).map_err(|e| LetterError::Failed(chain(&e)))?;
            temporary()
        }
        result => result,
    }
    .map_err(|e| {
        LetterError::failed(
            format_args!("cannot create a temporary file in {}", folder.display()),
            &e,
        )
    })?;
    temporary
        .write_all(contents)
        .and_then(|()| permissions(temporary.as_file(), existing))
        .map_err(|e| LetterError::failed(format_args!("cannot write {}", path.display()), &e))?;
    Ok(Staged {
        temporary,
        target: path.to_path_buf(),
    })
}

/// Puts every group of staged files on disk and in place: all files are flushed (in parallel),
/// a group whose files all reached the disk is renamed into place, and every folder that
/// received a file is flushed once. Returns one result per group, in order; a group that failed
/// left its targets untouched (its temporary files are removed).
pub(crate) fn commit(groups: Vec<Vec<Staged>>) -> Vec<Result<(), LetterError>> {
    let synced: Vec<(Vec<Staged>, Result<(), LetterError>)> = groups
        .into_par_iter()
        .map(|group| {
            let result = group.iter().try_for_each(|staged| {
                staged.temporary.as_file().sync_all().map_err(|e| {
                    LetterError::failed(
                        format_args!("cannot write {}", staged.target.display()),
                        &e,
                    )
                })
            });
            (group, result)
        })
        .collect();
    let mut results = Vec::with_capacity(synced.len());
    let mut folders: Vec<BTreeSet<PathBuf>> = Vec::with_capacity(synced.len());
    for (group, result) in synced {
        let mut touched = BTreeSet::new();
        let result = result.and_then(|()| {
            for staged in group {
                touched.insert(folder_of(&staged.target).to_path_buf());
                staged.temporary.persist(&staged.target).map_err(|e| {
                    LetterError::failed(
                        format_args!("cannot write {}", staged.target.display()),
                        &e.error,
                    )
                })?;
            }
            Ok(())
        });
        results.push(result);
        folders.push(touched);
    }
    // A rename is on disk only when its folder is: flush each folder once for all its files.
    let all: BTreeSet<&PathBuf> = folders.iter().flatten().collect();
    let failed: Vec<(&PathBuf, std::io::Error)> = all
        .into_par_iter()
        .filter_map(|folder| sync_folder(folder).err().map(|e| (folder, e)))
        .collect();
    for (result, touched) in results.iter_mut().zip(&folders) {
        if result.is_ok()
            && let Some((folder, error)) = failed.iter().find(|(f, _)| touched.contains(*f))
        {
            *result = Err(LetterError::failed(
                format_args!("cannot flush {} to disk", folder.display()),
                error,
            ));
        }
    }
    results
}

/// Flushes a folder's entries (new names, renames) to disk.
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    hirekit_folder::atomic::sync_folder(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_files_appear_only_when_committed_and_never_over_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("sub").join("b.txt");
        let blocked = dir.path().join("folder");
        fs_err::create_dir(&blocked).unwrap();
        let first = vec![stage(&a, b"one").unwrap(), stage(&b, b"two").unwrap()];
        assert!(!a.exists() && !b.exists());
        assert!(stage(&blocked, b"x").is_err());
        let results = commit(vec![first, vec![]]);
        assert!(results.iter().all(Result::is_ok));
        assert_eq!(fs_err::read(&a).unwrap(), b"one");
        assert_eq!(fs_err::read(&b).unwrap(), b"two");
        let leftovers: Vec<_> = fs_err::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
