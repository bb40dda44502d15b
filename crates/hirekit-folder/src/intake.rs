//! The rules for adding a candidate and planning an interview, shared by `hirekit candidate add`,
//! `hirekit interview plan` and the web app's forms: the next free id, the scorecard to use, the
//! note about an interviewer missing from the profile, and the check that what is about to be
//! stored reads back, as `candidate.yaml`, exactly as meant and without an error.
//!
//! Each problem names the field it is about ([`Field`]), so a form can show it next to the
//! field and a command can print it as it always has.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};
use hirekit_yaml::Diagnostic;

use crate::{Candidate, PlannedInterview, new_candidate};

/// The field of a new candidate (or a planned interview) a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Name,
    GivenName,
    Email,
    Address,
    Language,
    Scorecard,
    Interviews,
    /// Not one field (e.g. the text would not read back as written).
    Whole,
}

impl Field {
    /// The field's name as in `candidate.yaml` (and in a form).
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::GivenName => "given_name",
            Field::Email => "email",
            Field::Address => "address",
            Field::Language => "language",
            Field::Scorecard => "scorecard",
            Field::Interviews => "interviews",
            Field::Whole => "",
        }
    }

    fn of_key(key: &str) -> Field {
        match key {
            "id" => Field::Id,
            "name" => Field::Name,
            "given_name" => Field::GivenName,
            "email" => Field::Email,
            "address" => Field::Address,
            "language" => Field::Language,
            "scorecard" => Field::Scorecard,
            "interviews" => Field::Interviews,
            _ => Field::Whole,
        }
    }
}

/// A date and time: RFC 3339, or `YYYY-MM-DD HH:MM` / `YYYY-MM-DDTHH:MM` (what a browser's
/// date-time field sends) in this computer's time zone.
pub fn parse_when(text: &str) -> Result<DateTime<FixedOffset>, String> {
    parse_when_in(text, &chrono::Local)
}

/// [`parse_when`], a time without an offset read in the time zone `zone` (a server's team
/// may not share the server's own zone).
pub fn parse_when_in<Tz: TimeZone>(text: &str, zone: &Tz) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .or_else(|| {
            ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
                .and_then(|naive| zone.from_local_datetime(&naive).earliest())
                .map(|local| local.fixed_offset())
        })
        .ok_or_else(|| {
            format!(
                "expected a date and time as 2026-11-16T10:00 (or 2026-11-16T10:00:00+01:00), not `{text}`"
            )
        })
}

/// The next free `c-YEAR-NNN` after the ids `taken`.
pub fn next_id(taken: &[String], year: &str) -> String {
    let prefix = format!("c-{year}-");
    let highest = taken
        .iter()
        .filter_map(|name| name.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{:03}", highest + 1)
}

/// Why an id cannot be a new candidate's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdProblem {
    /// Not an id (the reason, in English: [`crate::fields::candidate_id_problem`]).
    NotAnId(String),
    /// A candidate with this id exists.
    Taken,
}

/// Why `id` cannot be the id of a new candidate, besides those `taken`, or `None`.
pub fn id_problem(id: &str, taken: &[String]) -> Option<IdProblem> {
    if let Some(problem) = crate::fields::candidate_id_problem(id) {
        return Some(IdProblem::NotAnId(problem));
    }
    taken.iter().any(|t| t == id).then_some(IdProblem::Taken)
}

/// Why `id` cannot be the id of a new candidate (not an id, or taken), or `None`. `shown` is
/// where the candidate would be stored, and `option` how the user gives the id (`--id`, `id`),
/// as the message names them.
pub fn new_id_problem(id: &str, taken: &[String], shown: &Path, option: &str) -> Option<String> {
    Some(match id_problem(id, taken)? {
        IdProblem::NotAnId(problem) => {
            format!("{problem}; for example `c-2026-014` or `fleur.de.vries`")
        }
        IdProblem::Taken => format!(
            "{} already exists: candidate `{id}` was added before; choose another {option}",
            shown.display()
        ),
    })
}

/// Why no scorecard could be chosen for a new candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScorecardProblem {
    /// The requested id is not one of those known; the closest known one, if any is close.
    Unknown {
        requested: String,
        suggestion: Option<String>,
    },
    /// There is no scorecard at all.
    NoneThere,
    /// There are several, and none was requested.
    Choose,
}

/// The scorecard a new candidate gets: `requested` when it is one of the `known` ids, else the
/// only one there is.
pub fn scorecard_for(
    known: &[String],
    requested: Option<&str>,
) -> Result<String, ScorecardProblem> {
    match requested {
        Some(id) if known.iter().any(|k| k == id) => Ok(id.to_owned()),
        Some(id) => Err(ScorecardProblem::Unknown {
            requested: id.to_owned(),
            suggestion: hirekit_yaml::did_you_mean(id, known.iter().map(String::as_str))
                .map(str::to_owned),
        }),
        None => match known {
            [one] => Ok(one.clone()),
            [] => Err(ScorecardProblem::NoneThere),
            _ => Err(ScorecardProblem::Choose),
        },
    }
}

/// [`scorecard_for`], with the problem as a sentence that says what to choose;
/// `scorecards_dir` is named in it.
pub fn choose_scorecard(
    known: &[String],
    requested: Option<&str>,
    scorecards_dir: &Path,
) -> Result<String, String> {
    scorecard_for(known, requested).map_err(|problem| match problem {
        ScorecardProblem::Unknown {
            requested,
            suggestion,
        } => {
            let hint = suggestion.map_or_else(String::new, |m| format!(" (did you mean `{m}`?)"));
            format!(
                "no scorecard `{requested}` in {}{hint}; known: {}",
                scorecards_dir.display(),
                known.join(", ")
            )
        }
        ScorecardProblem::NoneThere => format!(
            "there is no scorecard in {}: add one (`hirekit init` copies one in)",
            scorecards_dir.display()
        ),
        ScorecardProblem::Choose => format!(
            "the folder has {} scorecards: choose one with --scorecard ({})",
            known.len(),
            known.join(", ")
        ),
    })
}

/// A note when `handle` is not in the profile's `interviewers`, naming the closest handle.
pub fn interviewer_note(handle: &str, interviewers: &BTreeMap<String, String>) -> Option<String> {
    if interviewers.contains_key(handle) {
        return None;
    }
    Some(
        match hirekit_yaml::did_you_mean(handle, interviewers.keys().map(String::as_str)) {
            Some(known) => format!(
                "the interviewer `{handle}` is not listed under `interviewers` in hirekit.yaml; did you mean `{known}`?"
            ),
            None => format!(
                "the interviewer `{handle}` is not listed under `interviewers` in hirekit.yaml; add `{handle}: Full Name` there, so letters name them properly"
            ),
        },
    )
}

/// Why `planned` cannot be added to `candidate`'s interviews (it is planned already), or `None`.
pub fn plan_problem(candidate: &Candidate, planned: &PlannedInterview) -> Option<String> {
    candidate.interviews.contains(planned).then(|| {
        format!(
            "{} already has this interview planned with {} at {}",
            candidate.id,
            planned.interviewer,
            planned.at.to_rfc3339()
        )
    })
}

/// What is wrong with storing `candidate` as the text `text` at `path`: the errors found when
/// the text is read back as every command reads it, or one when it would not read back as
/// `candidate`. Warnings (an interviewer missing from the profile) are left to
/// [`interviewer_note`].
pub fn check(
    path: &Path,
    text: &str,
    candidate: &Candidate,
    interviewers: &BTreeMap<String, String>,
) -> Result<(), Vec<Diagnostic>> {
    match hirekit_yaml::read::<Candidate>(path, text.as_bytes()) {
        Ok((read, document)) => {
            let problems: Vec<_> = crate::check_candidate(&read, &document, interviewers)
                .into_iter()
                .filter(Diagnostic::is_error)
                .collect();
            if !problems.is_empty() {
                return Err(problems);
            }
            if &read != candidate {
                return Err(vec![Diagnostic::error(
                    path,
                    hirekit_yaml::Location::START,
                    format!(
                        "{} would not read back as written; nothing was changed (please report this)",
                        path.display()
                    ),
                )]);
            }
            Ok(())
        }
        Err(problems) => Err(problems),
    }
}

/// [`check`] on the text a new `candidate.yaml` gets ([`new_candidate::render`]).
pub fn check_new(
    path: &Path,
    candidate: &Candidate,
    interviewers: &BTreeMap<String, String>,
) -> Result<(), Vec<Diagnostic>> {
    check(
        path,
        &new_candidate::render(candidate),
        candidate,
        interviewers,
    )
}

/// The field a problem found by [`check_new`] is about: the top-level key of the line it points
/// at in the rendered text (a list item belongs to the key above it).
pub fn field_of(problem: &Diagnostic, candidate: &Candidate) -> Field {
    let text = new_candidate::render(candidate);
    let lines: Vec<&str> = text.lines().collect();
    let Some(at) = problem.line.checked_sub(1) else {
        return Field::Whole;
    };
    lines
        .iter()
        .take(at + 1)
        .rev()
        .find_map(|line| {
            let key = line.split_once(':')?.0;
            (!line.starts_with([' ', '-', '#']) && !key.is_empty()).then(|| Field::of_key(key))
        })
        .unwrap_or(Field::Whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate() -> Candidate {
        Candidate {
            id: "c-2026-031".into(),
            name: "Sem Jansen".into(),
            given_name: Some("Sem".into()),
            email: "sem@example.nl".into(),
            address: vec!["Lindelaan 4".into()],
            language: hirekit_scorecard::Language::En,
            scorecard: "backend".into(),
            interviews: vec![],
            decision: None,
            decision_reason: None,
            talent_pool_consent: None,
        }
    }

    #[test]
    fn ids_count_on_from_the_highest_of_the_year() {
        let taken = ["c-2026-007".to_owned(), "c-2025-099".into(), "x".into()];
        assert_eq!(next_id(&taken, "2026"), "c-2026-008");
        assert_eq!(next_id(&taken, "2027"), "c-2027-001");
    }

    #[test]
    fn a_new_id_must_be_an_id_and_free() {
        let taken = ["c-2026-007".to_owned()];
        let shown = Path::new("candidates/c-2026-007");
        assert_eq!(new_id_problem("c-2026-008", &taken, shown, "id"), None);
        assert_eq!(
            new_id_problem("c-2026-007", &taken, shown, "id").as_deref(),
            Some(
                "candidates/c-2026-007 already exists: candidate `c-2026-007` was added before; choose another id"
            )
        );
        assert_eq!(
            new_id_problem("Fleur", &taken, shown, "id").as_deref(),
            Some(
                "the candidate id `Fleur` contains `F`; ids use only a-z, 0-9, `-`, `_` and `.`; for example `c-2026-014` or `fleur.de.vries`"
            )
        );
    }

    #[test]
    fn the_scorecard_is_the_one_asked_or_the_only_one() {
        let dir = Path::new("scorecards");
        let one = ["backend".to_owned()];
        let two = ["backend".to_owned(), "frontend".into()];
        assert_eq!(choose_scorecard(&one, None, dir), Ok("backend".into()));
        assert_eq!(
            choose_scorecard(&two, None, dir),
            Err(
                "the folder has 2 scorecards: choose one with --scorecard (backend, frontend)"
                    .into()
            )
        );
        assert_eq!(
            choose_scorecard(&two, Some("backnd"), dir),
            Err("no scorecard `backnd` in scorecards (did you mean `backend`?); known: backend, frontend".into())
        );
    }

    #[test]
    fn a_new_candidate_reads_back_and_problems_name_their_field() {
        let path = Path::new("candidates/c-2026-031/candidate.yaml");
        let interviewers = BTreeMap::new();
        assert_eq!(check_new(path, &candidate(), &interviewers), Ok(()));
        let mut bad = candidate();
        bad.email = "sem at example".into();
        bad.address = vec!["Lindelaan\u{200b} 4".into()];
        let problems = check_new(path, &bad, &interviewers).expect_err("refused");
        let fields: Vec<_> = problems.iter().map(|p| field_of(p, &bad)).collect();
        assert_eq!(fields, [Field::Email, Field::Address], "{problems:?}");
    }
}
