//! Reading a whole hiring folder and checking it across files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hirekit_scorecard::Scorecard;
use hirekit_yaml::{Diagnostic, Document, Location, did_you_mean};
use serde::de::DeserializeOwned;

use crate::model::{Candidate, FilledScorecard, Profile};
use crate::record::FeedbackRecord;

/// The name of the company profile file that marks a hiring folder.
pub const PROFILE_FILE: &str = "hirekit.yaml";

/// The hiring folder above or at `start`, found like git finds a repository.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(PROFILE_FILE).is_file())
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
}

/// One candidate's files.
#[derive(Debug, Clone)]
pub struct CandidateFiles {
    pub dir: PathBuf,
    pub candidate: Candidate,
    /// Submitted scorecards, sorted by interviewer.
    pub interviews: Vec<FilledScorecard>,
    /// What feedback was generated, if any (`feedback.yaml`).
    pub feedback: Option<FeedbackRecord>,
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

fn read_file<T: DeserializeOwned + schemars::JsonSchema>(
    path: &Path,
) -> Result<(T, Document), Vec<Diagnostic>> {
    let bytes = fs_err::read(path)
        .map_err(|e| vec![Diagnostic::error(path, Location::START, e.to_string())])?;
    hirekit_yaml::read::<T>(path, &bytes)
}

/// Shows paths relative to where the user is, as they would type them.
fn shown(root: &Path, relative: &str) -> PathBuf {
    root.join(relative)
}

/// Reads the folder at `root`. `is_known_red_flag` says whether a ticked red-flag id exists in the
/// checklists. Returns the folder and every problem found (errors and warnings), or only the
/// problems when the company profile itself cannot be read.
pub fn open(
    root: &Path,
    is_known_red_flag: &dyn Fn(&str) -> bool,
) -> Result<(Folder, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let (profile, _) = read_file::<Profile>(&shown(root, PROFILE_FILE))?;
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
            let bytes = match fs_err::read(&path) {
                Ok(b) => b,
                Err(e) => {
                    problems.push(Diagnostic::error(&path, Location::START, e.to_string()));
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

    let mut candidates = Vec::new();
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
        for dir in dirs {
            let known = Scorecards {
                valid: &scorecards,
                invalid: &invalid_scorecards,
            };
            match load_candidate(&dir, &known, is_known_red_flag, &mut problems) {
                Some(c) => candidates.push(c),
                None => continue,
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
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The `id:` a scorecard file declares, if it can be read at all.
fn declared_id(path: &Path, bytes: &[u8]) -> Option<String> {
    let doc = Document::parse(path, bytes).ok()?;
    match &doc.root.get("id")?.value {
        hirekit_yaml::Value::String(id) => Some(id.clone()),
        _ => None,
    }
}

/// The scorecards of the folder: those that loaded, and the files of those that did not.
struct Scorecards<'a> {
    valid: &'a BTreeMap<String, Scorecard>,
    invalid: &'a BTreeMap<String, PathBuf>,
}

fn load_candidate(
    dir: &Path,
    known: &Scorecards<'_>,
    is_known_red_flag: &dyn Fn(&str) -> bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<CandidateFiles> {
    let folder_name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let path = dir.join("candidate.yaml");
    if !path.is_file() {
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
    let (candidate, doc) = match read_file::<Candidate>(&path) {
        Ok(pair) => pair,
        Err(p) => {
            problems.extend(p);
            return None;
        }
    };
    let before = problems.iter().filter(|d| d.is_error()).count();
    if candidate.id != folder_name {
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
    // Names and addresses end up in e-mail headers and letters: a line break or other control
    // character there is a mistake at best and header injection at worst.
    let mut fields: Vec<(String, &str)> = vec![
        ("/name".to_owned(), candidate.name.as_str()),
        ("/email".to_owned(), candidate.email.as_str()),
    ];
    fields.extend(
        candidate
            .address
            .iter()
            .enumerate()
            .map(|(i, line)| (format!("/address/{i}"), line.as_str())),
    );
    for (pointer, value) in fields {
        if value.chars().any(char::is_control) {
            problems.push(
                doc.error_at(
                    &pointer,
                    format!(
                        "`{}` contains a line break or another control character",
                        pointer.trim_start_matches('/')
                    ),
                )
                .with_hint("write it on one line; put each address line in its own list item"),
            );
        }
    }
    let scorecards = known.valid;
    let scorecard = scorecards.get(&candidate.scorecard);
    if let Some(file) = known.invalid.get(&candidate.scorecard)
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
    } else if scorecard.is_none() {
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
        for file in files {
            match read_file::<FilledScorecard>(&file) {
                Ok((filled, fdoc)) => {
                    crate::check::filled_scorecard(
                        &filled,
                        &fdoc,
                        &candidate,
                        scorecard,
                        is_known_red_flag,
                        problems,
                    );
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
    let feedback = if record_path.is_file() {
        match read_file::<FeedbackRecord>(&record_path) {
            Ok((r, _)) => Some(r),
            Err(p) => {
                problems.extend(p);
                None
            }
        }
    } else {
        None
    };

    let after = problems.iter().filter(|d| d.is_error()).count();
    (after == before && scorecard.is_some()).then(|| CandidateFiles {
        dir: dir.to_path_buf(),
        candidate,
        interviews,
        feedback,
    })
}
