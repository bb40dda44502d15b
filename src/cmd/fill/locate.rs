//! Finding and reading the few files `hirekit fill` needs, and the interviewer meant, without
//! opening the whole folder: reading every candidate's interviews would mean reading other
//! interviewers' ratings, and a broken file elsewhere in the folder should not keep an
//! interviewer from rating.

use std::path::{Path, PathBuf};

use hirekit_text::msg;

use crate::output::{self, read_checked};
use anyhow::{Result, bail};
use hirekit_folder::Candidate;
use hirekit_folder::{Search, find_scorecard};
use hirekit_scorecard::{Language, Scorecard};
use hirekit_yaml::{Document, did_you_mean};

/// The candidate `id`: their folder, `candidate.yaml` and its parsed document. `None` when
/// problems were printed; an error names the candidates there are when `id` is unknown.
pub fn candidate(
    root: &Path,
    id: &str,
    lang: Language,
) -> Result<Option<(PathBuf, Candidate, Document)>> {
    let dir = candidate_dir(root, id, lang)?;
    let Some((candidate, document)) = read_checked::<Candidate>(&dir.join("candidate.yaml"))?
    else {
        return Ok(None);
    };
    if candidate.id != id {
        output::print_diagnostics(&[document
            .error_at(
                "/id",
                format!(
                    "the candidate id `{}` differs from its folder name `{id}`",
                    candidate.id
                ),
            )
            .with_hint("rename the folder or fix the id: they must be equal")]);
        return Ok(None);
    }
    Ok(Some((dir, candidate, document)))
}

fn candidate_dir(root: &Path, id: &str, lang: Language) -> Result<PathBuf> {
    let candidates = root.join("candidates");
    let dir = candidates.join(id);
    if super::is_file_name(id) && dir.join("candidate.yaml").is_file() {
        return Ok(dir);
    }
    // Only folder names are read here, never anyone's files.
    let mut known: Vec<String> = Vec::new();
    if candidates.is_dir() {
        for entry in fs_err::read_dir(&candidates)? {
            let path = entry?.path();
            if path.join("candidate.yaml").is_file()
                && let Some(name) = path.file_name().and_then(|n| n.to_str())
            {
                known.push(name.to_owned());
            }
        }
    }
    let hint = did_you_mean(id, known.iter().map(String::as_str))
        .map(|m| format!(" {}", msg!(lang, "fill-did-you-mean", suggestion = m)))
        .unwrap_or_default();
    let folder = candidates.display().to_string();
    bail!(
        "{}{hint}",
        msg!(lang, "fill-no-candidate", id = id, folder = folder)
    )
}

/// The planned interviewer `name` is probably a typo of: `name` has no planned interview with
/// the candidate, is not a known interviewer of the company, and is close to one who has.
/// Asking such a person when "their" interview was would start a scorecard under the wrong name.
pub fn misspelt_interviewer<'a>(
    candidate: &'a Candidate,
    profile: &hirekit_folder::Profile,
    name: &str,
) -> Option<&'a str> {
    let planned = candidate.interviews.iter().map(|i| i.interviewer.as_str());
    if planned.clone().any(|p| p == name) || profile.interviewers.contains_key(name) {
        return None;
    }
    did_you_mean(name, planned)
}

/// The scorecard the candidate is assessed on. `None` when problems were printed: the
/// scorecard is broken, or no scorecard has that id (reported at `scorecard:` in
/// `candidate.yaml`).
pub fn scorecard_of(candidate: &Candidate, document: &Document, dir: &Path) -> Option<Scorecard> {
    match find_scorecard(dir, &candidate.scorecard) {
        Ok(Search {
            found: Some(loaded),
            ..
        }) => {
            output::print_diagnostics(&loaded.warnings);
            Some(loaded.scorecard)
        }
        Ok(Search { found: None, known }) => {
            let hint = match did_you_mean(&candidate.scorecard, known.iter().map(String::as_str)) {
                Some(m) => format!("did you mean `{m}`?"),
                None if known.is_empty() => format!("there are no scorecards in {}", dir.display()),
                None => {
                    let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                    format!("known scorecards: {}", known.join(", "))
                }
            };
            output::print_diagnostics(&[document
                .error_at(
                    "/scorecard",
                    format!("no scorecard with id `{}`", candidate.scorecard),
                )
                .with_hint(hint)]);
            None
        }
        Err(problems) => {
            output::print_diagnostics(&problems);
            None
        }
    }
}
