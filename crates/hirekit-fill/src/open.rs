//! What one interviewer's `fill` works on, found in a hiring folder or a hiring source, and the
//! checks made before anything is asked.
//!
//! In a folder only the few files the interviewer needs are read: the company profile, the
//! candidate, the candidate's scorecard, the red-flag checklists, and the *names* of the
//! submitted scorecards. Reading every candidate's interviews would mean reading other
//! interviewers' ratings, and a broken file elsewhere in the folder should not keep an
//! interviewer from rating.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{
    Candidate, FilledScorecard, Folder, HiringSource, Profile, Search, SourceError, TimeRules,
    find_scorecard,
};
use hirekit_redflags::{Catalogue, Item};
use hirekit_scorecard::{Language, Scorecard};
use hirekit_text::msg;
use hirekit_yaml::{Diagnostic, Document, did_you_mean};

use crate::draft::{self, Draft};
use crate::{Interview, messages, planned_interview};

/// Why `fill` stops before asking anything: problems in files, each at its
/// `path:line:column`, and (or) a sentence in the interviewer's language that names what to do
/// instead.
#[derive(Debug)]
pub struct Refusal {
    pub problems: Vec<Diagnostic>,
    pub message: Option<String>,
}

impl Refusal {
    fn message(text: String) -> Self {
        Refusal {
            problems: Vec::new(),
            message: Some(text),
        }
    }

    fn problems(problems: Vec<Diagnostic>) -> Self {
        Refusal {
            problems,
            message: None,
        }
    }
}

impl From<Vec<Diagnostic>> for Refusal {
    fn from(problems: Vec<Diagnostic>) -> Self {
        Refusal::problems(problems)
    }
}

/// What `fill` works on.
pub struct Found {
    pub profile: Profile,
    /// The candidate's folder; in a database the folder it exports to, used in messages.
    pub candidate_dir: PathBuf,
    pub candidate: Candidate,
    pub scorecard: Scorecard,
    pub catalogue: Catalogue,
    /// The interviewers who have submitted a scorecard for this candidate.
    pub submitted: Vec<String>,
    /// The database the scorecard is submitted to; `None` for a hiring folder.
    pub database: Option<Box<dyn HiringSource>>,
    /// Warnings about the scorecard (shown, but no reason to stop).
    pub warnings: Vec<Diagnostic>,
    /// The language of the questions.
    pub language: Language,
}

/// Reads what `fill` needs from the hiring folder at `root`. `here` is the folder the command
/// runs in (the built-in checklists' paths are shown relative to it).
pub fn from_folder(
    root: &Path,
    candidate_id: &str,
    interviewer: &str,
    lang: Option<Language>,
    here: &Path,
) -> Result<Found, Refusal> {
    let (profile, _) = read_checked::<Profile>(&root.join(hirekit_folder::PROFILE_FILE))?;
    let language = lang.unwrap_or(profile.language);
    check_name(interviewer, language)?;
    let (candidate_dir, candidate, document) = read_candidate(root, candidate_id, language)?;
    check_planned(&candidate, &profile, interviewer, language)?;
    let scorecards_dir = root.join(&profile.scorecards);
    let (scorecard, mut warnings) = scorecard_of(&candidate, &document, &scorecards_dir)?;
    let catalogue =
        hirekit_folder::red_flag_catalogue(Some(&scorecards_dir), here).map_err(|problems| {
            warnings.extend(problems);
            Refusal::problems(std::mem::take(&mut warnings))
        })?;
    let submitted = submitted_names(&candidate_dir.join("interviews"));
    Ok(Found {
        profile,
        candidate_dir,
        candidate,
        scorecard,
        catalogue,
        submitted,
        database: None,
        warnings,
        language,
    })
}

/// The same from a loaded hiring source (a database): the candidate, their scorecard and the
/// checklists as stored. Other interviewers' ratings are loaded with the rest but never shown;
/// only their names are used, to know who has submitted.
pub fn from_source(
    folder: Folder,
    catalogue: Catalogue,
    source: Box<dyn HiringSource>,
    candidate_id: &str,
    interviewer: &str,
    lang: Option<Language>,
) -> Result<Found, Refusal> {
    let profile = folder.profile.clone();
    let language = lang.unwrap_or(profile.language);
    check_name(interviewer, language)?;
    let Some(files) = folder.candidate(candidate_id) else {
        let known = folder.candidates.iter().map(|c| c.candidate.id.as_str());
        let shown = folder.root.join("candidates").display().to_string();
        return Err(no_candidate(candidate_id, &shown, known, language));
    };
    let candidate = files.candidate.clone();
    check_planned(&candidate, &profile, interviewer, language)?;
    let Some(scorecard) = folder.scorecard_of(&candidate).cloned() else {
        return Err(Refusal::message(msg!(
            language,
            "fill-no-scorecard-stored",
            candidate = &candidate.id,
            scorecard = &candidate.scorecard
        )));
    };
    let submitted = files
        .interviews
        .iter()
        .map(|i| i.interviewer.clone())
        .collect();
    Ok(Found {
        profile,
        candidate_dir: files.dir.clone(),
        candidate,
        scorecard,
        catalogue,
        submitted,
        database: Some(source),
        warnings: Vec::new(),
        language,
    })
}

/// Where one interviewer's scorecard and draft are, and whether they already submitted.
pub struct Place {
    /// The submitted scorecard: its file in a folder; in a database the name it exports to,
    /// used in messages.
    pub submitted: PathBuf,
    /// The hidden draft: a local file in both cases (for a database, under the current folder),
    /// private to the interviewer until they submit.
    pub draft: PathBuf,
    /// Whether this interviewer has submitted a scorecard for the candidate.
    pub already: bool,
}

impl Found {
    /// Where `interviewer`'s files are.
    pub fn place(&self, interviewer: &str) -> Place {
        let dir = self.candidate_dir.join("interviews");
        let submitted = dir.join(format!("{interviewer}.yaml"));
        let already = match self.database {
            Some(_) => self.submitted.iter().any(|s| s == interviewer),
            None => submitted.exists(),
        };
        Place {
            draft: dir.join(format!(".{interviewer}.draft.yaml")),
            submitted,
            already,
        }
    }

    /// The interview as the walk-through and the template show it. `red_flags` are the
    /// checklist items for it (`hirekit_kit::interview_items`: the kit and `fill` ask the same).
    pub fn interview<'a>(
        &'a self,
        interviewer: &'a str,
        red_flags: Vec<&'a Item>,
        replacing: bool,
    ) -> Interview<'a> {
        Interview {
            candidate: &self.candidate,
            scorecard: &self.scorecard,
            interviewer,
            language: self.language,
            rules: TimeRules::of(&self.profile),
            catalogue: &self.catalogue,
            red_flags,
            replacing,
        }
    }

    /// The refusal of a second scorecard by the same interviewer (without `--force`).
    pub fn already_submitted(&self, interviewer: &str, place: &Place) -> Refusal {
        Refusal::message(messages::already_submitted(
            interviewer,
            &self.candidate.id,
            &place.submitted,
            self.language,
        ))
    }

    /// When the interview took place, for a scorecard filled in now: the latest planned one
    /// that has taken place, `None` when none is planned; a refusal when all still lie ahead.
    pub fn interviewed_at(
        &self,
        interviewer: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<Option<DateTime<FixedOffset>>, Refusal> {
        planned_interview(&self.candidate, interviewer, now).map_err(|at| {
            Refusal::message(messages::interview_ahead(
                interviewer,
                &self.candidate.id,
                at,
                self.language,
            ))
        })
    }

    /// The saved draft and `true`, or a new draft and `false`, from the draft file's bytes
    /// (`None` when there is no draft). A draft that cannot be read, or that belongs to another
    /// interview, is refused: it is never silently replaced.
    pub fn resume(
        &self,
        interviewer: &str,
        path: &Path,
        bytes: Option<&[u8]>,
    ) -> Result<(Draft, bool), Refusal> {
        let (candidate, lang) = (&self.candidate, self.language);
        let Some(bytes) = bytes else {
            return Ok((
                Draft::new(&candidate.id, &candidate.scorecard, interviewer),
                false,
            ));
        };
        let shown = path.display().to_string();
        let draft = match hirekit_yaml::read::<Draft>(path, bytes) {
            Ok((draft, _)) => draft,
            Err(problems) => {
                return Err(Refusal {
                    problems,
                    message: Some(msg!(lang, "fill-draft-unreadable", path = shown)),
                });
            }
        };
        if draft.candidate != candidate.id
            || draft.interviewer != interviewer
            || draft.scorecard != candidate.scorecard
        {
            return Err(Refusal::message(msg!(
                lang,
                "fill-draft-other",
                path = shown,
                candidate = &draft.candidate,
                interviewer = &draft.interviewer,
                scorecard = &draft.scorecard,
            )));
        }
        Ok((draft, true))
    }

    /// Marks a refill made after the panel's ratings could be seen (the rule is the panel's).
    pub fn mark_refill(&self, filled: &mut FilledScorecard, replacing: bool) {
        filled.refilled_after_ratings_shown = replacing
            && hirekit_panel::ratings_were_visible(&self.candidate.interviews, &self.submitted);
    }

    /// Submits `filled`: to the database, or as the scorecard file's text (with the
    /// scorecard's names as comments) for the caller to write. Two submissions at the same
    /// moment: the second is refused with the same message by the folder (the file appeared
    /// meanwhile) and the database.
    pub fn submit(
        &self,
        filled: &FilledScorecard,
        place: &Place,
        force: bool,
    ) -> Result<Option<String>, SubmitError> {
        let refused = || SubmitError::Refused(self.already_submitted(&filled.interviewer, place));
        match &self.database {
            Some(source) => match source.submit_scorecard(filled, force) {
                Err(SourceError::AlreadySubmitted { .. }) => Err(refused()),
                Err(other) => Err(SubmitError::Source(other)),
                Ok(()) => Ok(None),
            },
            None if !force && fs_err::symlink_metadata(&place.submitted).is_ok() => Err(refused()),
            None => Ok(Some(draft::filled_yaml(
                filled,
                &self.scorecard,
                &self.candidate.name,
                self.language,
            ))),
        }
    }
}

/// A submission that did not happen; the draft stays.
#[derive(Debug)]
pub enum SubmitError {
    Refused(Refusal),
    Source(SourceError),
}

/// Whether `name` can be used as one file name in the interviews folder.
pub fn is_file_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name.chars().count() <= 100
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
}

fn check_name(interviewer: &str, lang: Language) -> Result<(), Refusal> {
    if is_file_name(interviewer) {
        return Ok(());
    }
    Err(Refusal::message(messages::bad_interviewer_name(
        interviewer,
        lang,
    )))
}

/// Refuses a name that is probably a typo of a planned interviewer: it has no planned
/// interview with the candidate, is not a known interviewer of the company, and is close to
/// one who has. Asking such a person when "their" interview was would start a scorecard under
/// the wrong name.
fn check_planned(
    candidate: &Candidate,
    profile: &Profile,
    name: &str,
    lang: Language,
) -> Result<(), Refusal> {
    let planned = candidate.interviews.iter().map(|i| i.interviewer.as_str());
    if planned.clone().any(|p| p == name) || profile.interviewers.contains_key(name) {
        return Ok(());
    }
    match did_you_mean(name, planned) {
        Some(close) => Err(Refusal::message(messages::misspelt_interviewer(
            name, close, candidate, lang,
        ))),
        None => Ok(()),
    }
}

fn no_candidate<'a>(
    id: &str,
    folder: &str,
    known: impl IntoIterator<Item = &'a str>,
    lang: Language,
) -> Refusal {
    let hint = did_you_mean(id, known)
        .map(|m| format!(" {}", msg!(lang, "fill-did-you-mean", suggestion = m)))
        .unwrap_or_default();
    Refusal::message(format!(
        "{}{hint}",
        msg!(lang, "fill-no-candidate", id = id, folder = folder)
    ))
}

/// Reads and checks one YAML file of the folder.
fn read_checked<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    path: &Path,
) -> Result<(T, Document), Refusal> {
    let bytes = hirekit_yaml::file::read(path, None)
        .map_err(|d| Refusal::message(format!("{} {}", path.display(), d.message)))?;
    Ok(hirekit_yaml::read::<T>(path, &bytes)?)
}

/// The candidate `id`: their folder, `candidate.yaml` and its parsed document; when `id` is
/// unknown, a refusal that names the candidates there are.
fn read_candidate(
    root: &Path,
    id: &str,
    lang: Language,
) -> Result<(PathBuf, Candidate, Document), Refusal> {
    let candidates = root.join("candidates");
    let dir = candidates.join(id);
    if !(is_file_name(id) && dir.join("candidate.yaml").is_file()) {
        // Only folder names are read here, never anyone's files.
        let mut known: Vec<String> = Vec::new();
        if candidates.is_dir() {
            let failed = |e: std::io::Error| Refusal::message(e.to_string());
            for entry in fs_err::read_dir(&candidates).map_err(failed)? {
                let path = entry.map_err(failed)?.path();
                if path.join("candidate.yaml").is_file()
                    && let Some(name) = path.file_name().and_then(|n| n.to_str())
                {
                    known.push(name.to_owned());
                }
            }
        }
        let shown = candidates.display().to_string();
        return Err(no_candidate(
            id,
            &shown,
            known.iter().map(String::as_str),
            lang,
        ));
    }
    let (candidate, document) = read_checked::<Candidate>(&dir.join("candidate.yaml"))?;
    if candidate.id != id {
        return Err(Refusal::problems(vec![
            document
                .error_at(
                    "/id",
                    format!(
                        "the candidate id `{}` differs from its folder name `{id}`",
                        candidate.id
                    ),
                )
                .with_hint("rename the folder or fix the id: they must be equal"),
        ]));
    }
    Ok((dir, candidate, document))
}

/// The scorecard the candidate is assessed on, with its warnings. Refused when the scorecard
/// is broken, or when no scorecard has that id (reported at `scorecard:` in `candidate.yaml`).
fn scorecard_of(
    candidate: &Candidate,
    document: &Document,
    dir: &Path,
) -> Result<(Scorecard, Vec<Diagnostic>), Refusal> {
    match find_scorecard(dir, &candidate.scorecard) {
        Ok(Search {
            found: Some(loaded),
            ..
        }) => Ok((loaded.scorecard, loaded.warnings)),
        Ok(Search { found: None, known }) => {
            let hint = match did_you_mean(&candidate.scorecard, known.iter().map(String::as_str)) {
                Some(m) => format!("did you mean `{m}`?"),
                None if known.is_empty() => format!("there are no scorecards in {}", dir.display()),
                None => {
                    let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                    format!("known scorecards: {}", known.join(", "))
                }
            };
            Err(Refusal::problems(vec![
                document
                    .error_at(
                        "/scorecard",
                        format!("no scorecard with id `{}`", candidate.scorecard),
                    )
                    .with_hint(hint),
            ]))
        }
        Err(problems) => Err(Refusal::problems(problems)),
    }
}

/// The interviewers whose scorecard is in `dir` (drafts start with a dot and do not count).
fn submitted_names(dir: &Path) -> Vec<String> {
    fs_err::read_dir(dir).map_or(Vec::new(), |entries| {
        entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let who = name.strip_suffix(".yaml")?;
                (!who.starts_with('.')).then(|| who.to_owned())
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(interviews: &[(&str, &str)]) -> Candidate {
        let yaml = format!(
            "id: c-1\nname: Test Kandidaat\nemail: t@example.org\nlanguage: en\nscorecard: s\ninterviews:\n{}",
            interviews
                .iter()
                .map(|(who, at)| format!("  - {{interviewer: {who}, at: \"{at}\"}}\n"))
                .collect::<String>()
        );
        hirekit_yaml::read::<Candidate>(Path::new("candidate.yaml"), yaml.as_bytes())
            .unwrap()
            .0
    }

    fn were_shown(c: &Candidate, dir: &Path) -> bool {
        hirekit_panel::ratings_were_visible(&c.interviews, &submitted_names(dir))
    }

    #[test]
    fn the_interview_that_took_place_counts() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
        let c = candidate(&[
            ("anna", "2026-11-16T10:00:00+01:00"),
            ("anna", "2026-11-20T10:00:00+01:00"),
            ("anna", "2026-12-01T10:00:00+01:00"),
            ("bram", "2026-12-02T10:00:00+01:00"),
        ]);
        assert_eq!(
            planned_interview(&c, "anna", now)
                .unwrap()
                .unwrap()
                .to_rfc3339(),
            "2026-11-20T10:00:00+01:00"
        );
        assert_eq!(
            planned_interview(&c, "bram", now).unwrap_err().to_rfc3339(),
            "2026-12-02T10:00:00+01:00"
        );
        assert_eq!(planned_interview(&c, "carla", now), Ok(None));
    }

    #[test]
    fn ratings_count_as_shown_once_every_planned_interviewer_has_submitted() {
        let dir = tempfile::tempdir().unwrap();
        let c = candidate(&[
            ("anna", "2026-11-16T10:00:00+01:00"),
            ("bram", "2026-11-16T11:00:00+01:00"),
        ]);
        fs_err::write(dir.path().join("anna.yaml"), "").unwrap();
        // A draft is not a submission.
        fs_err::write(dir.path().join(".bram.draft.yaml"), "").unwrap();
        assert!(!were_shown(&c, dir.path()));
        fs_err::write(dir.path().join("bram.yaml"), "").unwrap();
        assert!(were_shown(&c, dir.path()));
        // Without a plan: as soon as someone else has submitted too.
        let mut unplanned = c.clone();
        unplanned.interviews.clear();
        assert!(were_shown(&unplanned, dir.path()));
        fs_err::remove_file(dir.path().join("bram.yaml")).unwrap();
        assert!(!were_shown(&unplanned, dir.path()));
    }

    #[test]
    fn interviewer_names_must_be_one_file_name() {
        assert!(is_file_name("anna"));
        assert!(is_file_name("Zoë van Dijk"));
        for bad in ["", ".anna", "../anna", "a/b", "a\\b", "a\nb"] {
            assert!(!is_file_name(bad), "{bad:?}");
        }
    }
}
