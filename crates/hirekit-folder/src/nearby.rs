//! The hiring folder around a command that also works outside one (`hirekit redflags`): found
//! upwards from the current folder, like git finds a repository, and read only for what such a
//! command needs — the scorecards folder (for the folder's own checklists) and the language.
//! A profile that cannot be read leaves the defaults: the commands that need the whole folder
//! report its problems.

use std::path::{Path, PathBuf};

use hirekit_scorecard::Language;
use hirekit_text::msg;

use crate::{PROFILE_FILE, Profile, find_root};

/// What a command needs from the hiring folder around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nearby {
    pub root: PathBuf,
    /// The scorecards folder named in `hirekit.yaml` (default `scorecards`), under `root`.
    pub scorecards: PathBuf,
    /// The folder's language, when its profile could be read.
    pub language: Option<Language>,
}

/// The hiring folder: the first folder upwards from `here` that holds `hirekit.yaml`, or `None`.
pub fn nearby(here: &Path) -> Option<Nearby> {
    let root = find_root(here)?;
    let profile_path = root.join(PROFILE_FILE);
    let profile = hirekit_yaml::file::read(&profile_path, None)
        .ok()
        .and_then(|bytes| hirekit_yaml::read::<Profile>(&profile_path, &bytes).ok())
        .map(|(profile, _)| profile);
    let scorecards = root.join(
        profile
            .as_ref()
            .map_or("scorecards", |p| p.scorecards.as_str()),
    );
    Some(Nearby {
        root,
        scorecards,
        language: profile.map(|p| p.language),
    })
}

/// The language of a screen: the one asked for, else the hiring folder's, else English.
pub fn language(asked: Option<Language>, nearby: Option<&Nearby>) -> Language {
    asked
        .or_else(|| nearby.and_then(|n| n.language))
        .unwrap_or(Language::En)
}

/// A candidate's structured CV named on the command line by its path or by the candidate's id:
/// the argument itself when it is a file, otherwise `candidates/<ID>/cv.yaml` in the hiring folder,
/// shown from `here` as the user would type it. What is wrong is said in `lang`.
pub fn cv_path(
    file_or_id: &str,
    nearby: Option<&Nearby>,
    here: &Path,
    lang: Language,
) -> Result<PathBuf, String> {
    let as_path = Path::new(file_or_id);
    if as_path.is_file() {
        return Ok(as_path.to_path_buf());
    }
    let looks_like_path = file_or_id.contains(['/', '\\'])
        || file_or_id.ends_with(".yaml")
        || file_or_id.ends_with(".yml");
    if looks_like_path || file_or_id.is_empty() || file_or_id.starts_with('.') {
        return Err(msg!(lang, "nearby-no-such-file", path = file_or_id));
    }
    let Some(nearby) = nearby else {
        return Err(msg!(
            lang,
            "nearby-no-hiring-folder",
            id = file_or_id,
            profile = PROFILE_FILE
        ));
    };
    let path = nearby
        .root
        .join("candidates")
        .join(file_or_id)
        .join("cv.yaml");
    let path = path
        .strip_prefix(here)
        .map_or_else(|_| path.clone(), Path::to_path_buf);
    if path.is_file() {
        Ok(path)
    } else {
        Err(msg!(
            lang,
            "nearby-no-candidate-file",
            id = file_or_id,
            path = path.display().to_string()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_a_hiring_folder_an_id_is_explained() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(nearby(dir.path()), None);
        assert_eq!(
            cv_path("c-1", None, dir.path(), Language::En),
            Err("`c-1` is not a file, and there is no hiring folder here to look up a candidate (no hirekit.yaml in this folder or above)".to_owned())
        );
        assert_eq!(
            cv_path("x/cv.yaml", None, dir.path(), Language::Nl),
            Err("x/cv.yaml: dit bestand bestaat niet".to_owned())
        );
    }

    #[test]
    fn an_id_is_looked_up_in_the_folder_and_shown_from_here() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs_err::write(root.join(PROFILE_FILE), "language: en\n").unwrap();
        fs_err::create_dir_all(root.join("candidates/c-1")).unwrap();
        fs_err::write(root.join("candidates/c-1/cv.yaml"), "x: 1\n").unwrap();
        let found = nearby(&root.join("candidates")).unwrap();
        // An unreadable profile leaves the defaults.
        assert_eq!(found.language, None);
        assert_eq!(found.scorecards, root.join("scorecards"));
        // Shown from `here` (the current folder of the command, which a test cannot change):
        // from elsewhere the path stays whole.
        let elsewhere = tempfile::tempdir().unwrap();
        assert_eq!(
            cv_path("c-1", Some(&found), elsewhere.path(), Language::En),
            Ok(root.join("candidates/c-1/cv.yaml"))
        );
        assert_eq!(
            cv_path("c-2", Some(&found), root, Language::Nl),
            Err("geen cv van kandidaat `c-2`: candidates/c-2/cv.yaml bestaat niet".to_owned())
        );
    }
}
