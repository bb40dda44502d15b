//! Reading a whole hiring folder and checking it across files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use hirekit_scorecard::Scorecard;
use hirekit_yaml::{Diagnostic, Document, Location, did_you_mean};
use serde::de::DeserializeOwned;

use crate::fields;
use crate::model::{Candidate, FilledScorecard, Profile};
use crate::record::{FeedbackHistory, SingleRecord};

/// The name of the company profile file that marks a hiring folder.
pub const PROFILE_FILE: &str = "hirekit.yaml";

/// The hiring folder above or at `start`, found like git finds a repository.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    // Present in any form: a `hirekit.yaml` that is a FIFO or a folder is then named for what it
    // is when it is read, instead of "no hiring folder here".
    start
        .ancestors()
        .find(|dir| fs_err::symlink_metadata(dir.join(PROFILE_FILE)).is_ok())
        .map(Path::to_path_buf)
}

/// A loaded hiring folder. Candidates with broken files are left out; their problems are in
/// the diagnostics returned next to it.
#[derive(Debug, Clone)]
pub struct Folder {
    pub root: PathBuf,
    pub profile: Profile,
    /// Valid scorecards by id.
    pub scorecards: BTreeMap<String, Scorecard>,
    /// Candidates whose files are all valid, sorted by id.
    pub candidates: Vec<CandidateFiles>,
    /// Candidate folders that could not be read (their errors are in the diagnostics), sorted:
    /// listed by `due` and `score` so a broken file is never mistaken for "nothing to do".
    pub unreadable: Vec<UnreadableCandidate>,
}

/// A candidate folder left out because one of its files has errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableCandidate {
    /// The folder name (the candidate id, when the folder is named correctly).
    pub id: String,
    pub dir: PathBuf,
}

/// One candidate's files.
#[derive(Debug, Clone)]
pub struct CandidateFiles {
    pub dir: PathBuf,
    pub candidate: Candidate,
    /// Submitted scorecards, sorted by interviewer.
    pub interviews: Vec<FilledScorecard>,
    /// Every letter generated so far (`feedback.yaml`); empty when none.
    pub feedback: FeedbackHistory,
    /// The debrief history (`debrief.yaml`, written by `hirekit decide`), as stored: its format
    /// belongs to hirekit-debrief, which parses it. `None` when there is none.
    pub debrief: Option<StoredRecord>,
    /// The send history (`sent.yaml`, written by `hirekit send`), as stored: parsed by
    /// hirekit-send. `None` when there is none.
    pub sent: Option<StoredRecord>,
    /// The consent record (`consent.yaml`, written by `hirekit privacy consent`), as stored:
    /// parsed and checked by hirekit-privacy. `None` when there is none.
    pub consent: Option<StoredRecord>,
}

/// The name of the debrief history in a candidate folder.
pub const DEBRIEF_FILE: &str = "debrief.yaml";
/// The name of the send history in a candidate folder.
pub const SENT_FILE: &str = "sent.yaml";
/// The name of the consent record in a candidate folder.
pub const CONSENT_FILE: &str = crate::consent::CONSENT_FILE;

/// A candidate record whose format another crate owns, handed out as stored so that every
/// source (folder or database) gives its owner the same bytes and the owner reports problems
/// at the same `path:line:column`.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRecord {
    /// Where the record lives in a hiring folder (also for a database: the name errors use).
    pub path: PathBuf,
    /// Its bytes, or why they could not be read (a link out of the folder, a FIFO): reported by
    /// the record's owner when it is used, so one unreadable record never hides a candidate.
    pub bytes: Result<Vec<u8>, Box<Diagnostic>>,
}

impl StoredRecord {
    /// Reads `name` in a candidate folder: `None` when there is no such file. Present in any
    /// form (a FIFO, a folder, a link) means read it and say what is wrong with it.
    pub fn read(candidate_dir: &Path, name: &str, root: &Path) -> Option<StoredRecord> {
        let path = candidate_dir.join(name);
        fs_err::symlink_metadata(&path).ok()?;
        let bytes = hirekit_yaml::file::read(&path, Some(root));
        Some(StoredRecord { path, bytes })
    }
}

impl Folder {
    pub fn candidate(&self, id: &str) -> Option<&CandidateFiles> {
        self.candidates.iter().find(|c| c.candidate.id == id)
    }

    /// The scorecard a candidate is assessed on (present for every loaded candidate).
    pub fn scorecard_of(&self, candidate: &Candidate) -> Option<&Scorecard> {
        self.scorecards.get(&candidate.scorecard)
    }

    pub fn scorecards_dir(&self) -> PathBuf {
        self.root.join(&self.profile.scorecards)
    }
}

/// Reads a YAML file of the folder at `root`: a regular file inside the folder only (see
/// [`hirekit_yaml::file::read`]), then parsed and checked against `T`'s schema.
fn read_file<T: DeserializeOwned + schemars::JsonSchema>(
    path: &Path,
    root: &Path,
) -> Result<(T, Document), Vec<Diagnostic>> {
    let bytes = hirekit_yaml::file::read(path, Some(root)).map_err(|d| vec![*d])?;
    hirekit_yaml::read::<T>(path, &bytes)
}

/// Shows paths relative to where the user is, as they would type them.
fn shown(root: &Path, relative: &str) -> PathBuf {
    root.join(relative)
}

/// Reads the folder at `root`. `is_known_red_flag` says whether a ticked red-flag id exists in the
/// checklists; `today` is the date the command works on (dates far from it are suspicious). Returns the folder and every problem found (errors and warnings), or only the
/// problems when the company profile itself cannot be read.
pub fn open(
    root: &Path,
    is_known_red_flag: &dyn Fn(&str) -> bool,
    today: NaiveDate,
) -> Result<(Folder, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let (profile, profile_doc) = read_file::<Profile>(&shown(root, PROFILE_FILE), root)?;
    crate::check::profile(&profile, &profile_doc, &mut problems);
    let scorecards_dir = root.join(&profile.scorecards);
    let mut scorecards = BTreeMap::new();
    let mut scorecard_files: BTreeMap<String, PathBuf> = BTreeMap::new();
    // Scorecards that exist but did not load, by the id they declare: a candidate on one of them
    // is told to fix that file, not that no such scorecard exists.
    let mut invalid_scorecards: BTreeMap<String, PathBuf> = BTreeMap::new();
    if scorecards_dir.is_dir() {
        for path in yaml_files(&scorecards_dir).map_err(|e| {
            vec![Diagnostic::error(
                &scorecards_dir,
                Location::START,
                e.to_string(),
            )]
        })? {
            // The scorecards folder may be shared and live elsewhere (`scorecards: ../shared`):
            // its own files are read, links out of it are not.
            let bytes = match hirekit_yaml::file::read(&path, Some(&scorecards_dir)) {
                Ok(b) => b,
                Err(d) => {
                    problems.push(*d);
                    continue;
                }
            };
            // Checklists may live beside scorecards; they are not scorecards.
            if let Ok(doc) = Document::parse(&path, &bytes)
                && doc.root.get("items").is_some()
                && doc.root.get("criteria").is_none()
            {
                continue;
            }
            match hirekit_scorecard::load(&path, &bytes) {
                Ok(loaded) => {
                    problems.extend(loaded.warnings);
                    let id = loaded.scorecard.id.clone();
                    if let Some(first) = scorecard_files.get(&id) {
                        problems.push(
                            loaded
                                .document
                                .error_at(
                                    "/id",
                                    format!(
                                        "scorecard id `{id}` is also used by {}",
                                        first.display()
                                    ),
                                )
                                .with_hint("give every scorecard its own id"),
                        );
                        continue;
                    }
                    scorecard_files.insert(id.clone(), path);
                    scorecards.insert(id, loaded.scorecard);
                }
                Err(p) => {
                    problems.extend(p);
                    if let Some(id) = declared_id(&path, &bytes) {
                        invalid_scorecards.entry(id).or_insert(path);
                    }
                }
            }
        }
    } else {
        problems.push(
            Diagnostic::error(
                shown(root, PROFILE_FILE),
                Location::START,
                format!(
                    "the scorecards folder `{}` does not exist",
                    profile.scorecards
                ),
            )
            .with_hint(
                "create it, or point `scorecards:` in hirekit.yaml at the folder that holds them",
            ),
        );
    }

    let scorecards_missing = !scorecards_dir.is_dir();
    let mut candidates = Vec::new();
    let mut unreadable = Vec::new();
    let candidates_dir = root.join("candidates");
    if candidates_dir.is_dir() {
        let mut dirs: Vec<PathBuf> = fs_err::read_dir(&candidates_dir)
            .map_err(|e| {
                vec![Diagnostic::error(
                    &candidates_dir,
                    Location::START,
                    e.to_string(),
                )]
            })?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir() && !is_hidden(p))
            .collect();
        dirs.sort();
        let context = Context {
            root,
            scorecards: &scorecards,
            scorecards_missing,
            is_known_red_flag,
            today,
            invalid_scorecards: &invalid_scorecards,
            interviewers: &profile.interviewers,
        };
        for dir in dirs {
            match load_candidate(&dir, &context, &mut problems) {
                Some(c) => candidates.push(c),
                None => unreadable.push(UnreadableCandidate {
                    id: dir
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    dir,
                }),
            }
        }
    }
    candidates.sort_by(|a, b| a.candidate.id.cmp(&b.candidate.id));
    Ok((
        Folder {
            root: root.to_path_buf(),
            profile,
            scorecards,
            candidates,
            unreadable,
        },
        problems,
    ))
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// The `.yaml` files directly in `dir` and its sub-folders, sorted.
pub fn yaml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs_err::read_dir(&folder)? {
            let path = entry?.path();
            if is_hidden(&path) {
                continue;
            }
            // A linked folder is not followed: a link to `..` would make this walk endless.
            let is_real_dir = fs_err::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            if is_real_dir {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// What every candidate is checked against.
struct Context<'a> {
    root: &'a Path,
    scorecards: &'a BTreeMap<String, Scorecard>,
    /// The scorecards folder itself is missing (reported once, not per candidate).
    scorecards_missing: bool,
    is_known_red_flag: &'a dyn Fn(&str) -> bool,
    today: NaiveDate,
    /// Scorecard files that exist but are invalid, by the id they declare.
    invalid_scorecards: &'a BTreeMap<String, PathBuf>,
    /// The profile's `interviewers`: how letters name each handle.
    interviewers: &'a BTreeMap<String, String>,
}

/// The `id:` a scorecard file declares, if it can be read at all.
fn declared_id(path: &Path, bytes: &[u8]) -> Option<String> {
    let doc = Document::parse(path, bytes).ok()?;
    match &doc.root.get("id")?.value {
        hirekit_yaml::Value::String(id) => Some(id.clone()),
        _ => None,
    }
}

fn load_candidate(
    dir: &Path,
    context: &Context<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<CandidateFiles> {
    let Context {
        root,
        scorecards,
        scorecards_missing,
        is_known_red_flag,
        today,
        invalid_scorecards,
        interviewers,
    } = *context;
    let folder_name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let path = dir.join("candidate.yaml");
    // Present in any form (a FIFO, a folder, a link) means: read it, and say what it is.
    if fs_err::symlink_metadata(&path).is_err() {
        problems.push(
            Diagnostic::error(
                &path,
                Location::START,
                "this candidate folder has no candidate.yaml",
            )
            .with_hint(
                "add candidate.yaml with the candidate's id, name, e-mail, language and scorecard",
            ),
        );
        return None;
    }
    let (candidate, doc) = match read_file::<Candidate>(&path, root) {
        Ok(pair) => pair,
        Err(p) => {
            problems.extend(p);
            return None;
        }
    };
    let before = problems.iter().filter(|d| d.is_error()).count();
    if let Some(problem) = fields::candidate_id_problem(&folder_name) {
        problems.push(
            doc.error_at("/id", format!("{problem} (the folder name)"))
                .with_hint("rename the folder and the id, e.g. `c-2026-014` or `jan.de.vries`: letters are written as out/<id>.pdf, so ids must be plain file names that cannot collide"),
        );
    } else if candidate.id != folder_name {
        problems.push(
            doc.error_at(
                "/id",
                format!(
                    "the candidate id `{}` differs from its folder name `{folder_name}`",
                    candidate.id
                ),
            )
            .with_hint("rename the folder or fix the id: they must be equal"),
        );
    }
    crate::check::candidate(&candidate, &doc, problems);
    crate::check::unnamed_interviewers(&candidate, &doc, interviewers, problems);
    for (i, planned) in candidate.interviews.iter().enumerate() {
        let day = planned.at.date_naive();
        if (day - today).num_days() > 366 {
            problems.push(
                doc.warning_at(
                    &format!("/interviews/{i}/at"),
                    format!("the interview with `{}` is planned on {day}, more than a year from {today}", planned.interviewer),
                )
                .with_hint("check the year"),
            );
        }
    }
    let scorecard = scorecards.get(&candidate.scorecard);
    if let Some(file) = invalid_scorecards.get(&candidate.scorecard)
        && scorecard.is_none()
    {
        problems.push(
            doc.error_at(
                "/scorecard",
                format!(
                    "scorecard `{}` in {} is invalid",
                    candidate.scorecard,
                    file.display()
                ),
            )
            .with_hint(format!(
                "run `hirekit scorecard validate {}` and fix what it reports",
                file.display()
            )),
        );
    } else if scorecard.is_none() && !scorecards_missing {
        let hint = match did_you_mean(&candidate.scorecard, scorecards.keys().map(String::as_str)) {
            Some(m) => format!("did you mean `{m}`?"),
            None => format!(
                "known scorecards: {}",
                scorecards
                    .keys()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        problems.push(
            doc.error_at(
                "/scorecard",
                format!("no scorecard with id `{}`", candidate.scorecard),
            )
            .with_hint(hint),
        );
    }
    if candidate.decision_reason.is_some() && candidate.decision != Some(crate::Decision::Reject) {
        problems.push(
            doc.warning_at(
                "/decision_reason",
                "`decision_reason` only applies to a rejection",
            )
            .with_hint("remove it, or set `decision: reject`"),
        );
    }

    let mut interviews = Vec::new();
    let interviews_dir = dir.join("interviews");
    if interviews_dir.is_dir() {
        let files = match yaml_files(&interviews_dir) {
            Ok(f) => f,
            Err(e) => {
                problems.push(Diagnostic::error(
                    &interviews_dir,
                    Location::START,
                    e.to_string(),
                ));
                return None;
            }
        };
        let mut by_interviewer: BTreeMap<String, PathBuf> = BTreeMap::new();
        for file in files {
            match read_file::<FilledScorecard>(&file, root) {
                Ok((filled, fdoc)) => {
                    crate::check::filled_scorecard(
                        &filled,
                        &fdoc,
                        &candidate,
                        scorecard,
                        is_known_red_flag,
                        problems,
                    );
                    // One scorecard per interviewer: a sync tool's "conflicted copy" or a file
                    // copied under another name must never count one person twice.
                    if let Some(first) = by_interviewer.get(&filled.interviewer) {
                        problems.push(
                            fdoc.error_at(
                                "/interviewer",
                                format!(
                                    "{} and {} are both scorecards of interviewer `{}`",
                                    first.display(),
                                    file.display(),
                                    filled.interviewer
                                ),
                            )
                            .with_hint("keep one of the two (the one the interviewer submitted) and delete the other"),
                        );
                        continue;
                    }
                    by_interviewer.insert(filled.interviewer.clone(), file.clone());
                    interviews.push(filled);
                }
                Err(mut p) => {
                    crate::check::explain_scores(&mut p, scorecard);
                    problems.extend(p);
                }
            }
        }
    }
    interviews.sort_by(|a, b| a.interviewer.cmp(&b.interviewer));

    let record_path = dir.join(crate::record::RECORD_FILE);
    let feedback = if fs_err::symlink_metadata(&record_path).is_ok() {
        match read_history(&record_path, root) {
            Ok(history) => history,
            Err(p) => {
                problems.extend(p);
                FeedbackHistory::default()
            }
        }
    } else {
        FeedbackHistory::default()
    };

    let after = problems.iter().filter(|d| d.is_error()).count();
    (after == before && scorecard.is_some()).then(|| CandidateFiles {
        dir: dir.to_path_buf(),
        candidate,
        interviews,
        feedback,
        debrief: StoredRecord::read(dir, DEBRIEF_FILE, root),
        sent: StoredRecord::read(dir, SENT_FILE, root),
        consent: StoredRecord::read(dir, CONSENT_FILE, root),
    })
}

/// Reads `feedback.yaml`: the history of letters, or the single record earlier versions wrote.
fn read_history(path: &Path, root: &Path) -> Result<FeedbackHistory, Vec<Diagnostic>> {
    let bytes = hirekit_yaml::file::read(path, Some(root)).map_err(|d| vec![*d])?;
    let single = Document::parse(path, &bytes).is_ok_and(|doc| {
        doc.root.get("letter_date").is_some() && doc.root.get("letters").is_none()
    });
    if single {
        let (old, _) = hirekit_yaml::read::<SingleRecord>(path, &bytes)?;
        return Ok(old.into());
    }
    let (history, _) = hirekit_yaml::read::<FeedbackHistory>(path, &bytes)?;
    Ok(history)
}
