//! Finding one scorecard, and the red-flag checklists in force, in a hiring folder's scorecards
//! directory — without validating every other file there: a broken scorecard for another
//! vacancy must not stop an interviewer from filling theirs, or a kit from being printed.

use std::path::{Path, PathBuf};

use hirekit_redflags::{CHECKLIST_DIR, Catalogue};
use hirekit_scorecard::Loaded;
use hirekit_yaml::{Diagnostic, Document, Location, Value};

/// The result of looking for a scorecard by id.
pub struct Search {
    pub found: Option<Loaded>,
    /// The ids of the other readable scorecards, for "did you mean".
    pub known: Vec<String>,
}

/// Finds the scorecard with `id` among the YAML files under `dir`, validating only that one:
/// a broken scorecard for another vacancy does not stop an interviewer from filling theirs.
/// `Err` holds the problems of the scorecard with that id.
pub fn find_scorecard(dir: &Path, id: &str) -> Result<Search, Vec<Diagnostic>> {
    let mut files = crate::yaml_files(dir)
        .map_err(|e| vec![Diagnostic::error(dir, Location::START, e.to_string())])?;
    // The file named after the id is almost always the one: look there first.
    files.sort_by_key(|path| path.file_stem().and_then(|s| s.to_str()) != Some(id));
    let mut known = Vec::new();
    for path in files {
        let Ok(bytes) = hirekit_yaml::file::read(&path, None) else {
            continue;
        };
        let Ok(document) = Document::parse(&path, &bytes) else {
            continue;
        };
        // Checklists and other files may live beside scorecards.
        if document.root.get("criteria").is_none() {
            continue;
        }
        let file_id = match document.root.get("id").map(|node| &node.value) {
            Some(Value::String(file_id)) => file_id.clone(),
            _ => continue,
        };
        if file_id != id {
            known.push(file_id);
            continue;
        }
        return hirekit_scorecard::load_document(document).map(|loaded| Search {
            found: Some(loaded),
            known,
        });
    }
    known.sort();
    Ok(Search { found: None, known })
}

/// [`red_flag_catalogue`] for checklists stored in a database as (file name, text): shown in
/// problems as `scorecards/checklists/NAME`, where an export writes them.
pub fn stored_red_flag_catalogue(
    stored: &[(String, String)],
) -> Result<Catalogue, Vec<Diagnostic>> {
    let files: Vec<(PathBuf, &[u8])> = stored
        .iter()
        .map(|(name, text)| {
            let shown = Path::new("scorecards").join(CHECKLIST_DIR).join(name);
            (shown, text.as_bytes())
        })
        .collect();
    Catalogue::in_force(&files)
}

/// The red-flag checklists in force: the built-in ones, with the hiring folder's own checklists
/// (the YAML files in `checklists/` under its scorecards folder) replacing items by id or adding
/// items — the one rule behind `kit`, `fill`, `score` and `redflags list`
/// ([`Catalogue::in_force`]). Paths in problems are shown relative to `here`; links out of the
/// scorecards folder are not followed.
pub fn red_flag_catalogue(
    scorecards_dir: Option<&Path>,
    here: &Path,
) -> Result<Catalogue, Vec<Diagnostic>> {
    let Some(scorecards) = scorecards_dir else {
        return Catalogue::builtin();
    };
    let folder = scorecards.join(CHECKLIST_DIR);
    if !folder.is_dir() {
        return Catalogue::builtin();
    }
    let unreadable =
        |e: std::io::Error| vec![Diagnostic::error(&folder, Location::START, e.to_string())];
    let mut paths: Vec<PathBuf> = fs_err::read_dir(&folder)
        .map_err(unreadable)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let shown = path
            .strip_prefix(here)
            .map_or_else(|_| path.clone(), Path::to_path_buf);
        match hirekit_yaml::file::read(&path, Some(scorecards)) {
            Ok(bytes) => files.push((shown, bytes)),
            Err(d) => problems.push(*d),
        }
    }
    match Catalogue::in_force(&files) {
        Ok(catalogue) if problems.is_empty() => Ok(catalogue),
        Ok(_) => Err(problems),
        Err(more) => Err(problems.into_iter().chain(more).collect()),
    }
}

/// Checks one file of a scorecards folder (`hirekit scorecard validate`): a red-flag checklist
/// (they live beside the scorecards, in `checklists/`) is recognised and checked as what it is,
/// anything else as a scorecard, each with its located problems.
pub fn check_file(path: &Path, bytes: &[u8]) -> hirekit_scorecard::FileReport {
    use hirekit_scorecard::{FileKind, FileReport};
    let is_checklist =
        Document::parse(path, bytes).is_ok_and(|doc| hirekit_redflags::is_checklist(&doc));
    let (kind, outcome) = if is_checklist {
        let outcome = hirekit_redflags::validate_checklist(path, bytes)
            .map(|list| (format!("{} items", list.items.len()), Vec::new()));
        (FileKind::Checklist, outcome)
    } else {
        let outcome = hirekit_scorecard::load(path, bytes)
            .map(|loaded| (loaded.scorecard.id, loaded.warnings));
        (FileKind::Scorecard, outcome)
    };
    let path = path.display().to_string();
    match outcome {
        Ok((id, diagnostics)) => FileReport {
            path,
            kind,
            valid: true,
            id: Some(id),
            diagnostics,
        },
        Err(diagnostics) => FileReport {
            path,
            kind,
            valid: false,
            id: None,
            diagnostics,
        },
    }
}

/// Checks scorecard files and folders of them (recursively, sorted, so output is stable), for
/// `hirekit scorecard validate`; every file's problems are in the report. An error names a path
/// that does not exist, a folder without YAML files, or a file that cannot be read.
pub fn validate_paths(paths: &[PathBuf]) -> Result<hirekit_scorecard::ValidationReport, String> {
    let mut reports = Vec::new();
    for path in paths {
        if !path.exists() {
            return Err(format!("{} does not exist", path.display()));
        }
        let files = if path.is_dir() {
            crate::yaml_files(path).map_err(|e| format!("cannot list {}: {e}", path.display()))?
        } else {
            vec![path.clone()]
        };
        if files.is_empty() {
            return Err(format!("{} holds no .yaml files", path.display()));
        }
        for file in files {
            let bytes = hirekit_yaml::file::read(&file, None)
                .map_err(|d| format!("{} {}", file.display(), d.message))?;
            reports.push(check_file(&file, &bytes));
        }
    }
    Ok(hirekit_scorecard::ValidationReport::new(reports))
}
