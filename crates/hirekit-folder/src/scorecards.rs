//! Finding one scorecard, and the red-flag checklists in force, in a hiring folder's scorecards
//! directory — without validating every other file there: a broken scorecard for another
//! vacancy must not stop an interviewer from filling theirs, or a kit from being printed.

use std::path::Path;

use hirekit_redflags::{Catalogue, is_checklist, validate_checklist};
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

/// The red-flag checklists in force: the built-in ones, with the hiring folder's own checklists
/// (files with a `checklist:` key among its scorecards) replacing items by id or adding items.
pub fn red_flag_catalogue(scorecards_dir: Option<&Path>) -> Result<Catalogue, Vec<Diagnostic>> {
    let builtin = Catalogue::builtin()?;
    let Some(dir) = scorecards_dir.filter(|d| d.is_dir()) else {
        return Ok(builtin);
    };
    let files = crate::yaml_files(dir)
        .map_err(|e| vec![Diagnostic::error(dir, Location::START, e.to_string())])?;
    let mut lists = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let bytes = hirekit_yaml::file::read(&path, None).map_err(|d| vec![*d])?;
        // Files that do not parse are reported by whoever owns them (scorecard validation).
        let Ok(document) = Document::parse(&path, &bytes) else {
            continue;
        };
        if !is_checklist(&document) {
            continue;
        }
        match validate_checklist(&path, &bytes) {
            Ok(list) => lists.push(list),
            Err(p) => problems.extend(p),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    builtin.with_overrides(lists)
}
