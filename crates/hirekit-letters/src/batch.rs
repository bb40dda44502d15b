//! `hirekit feedback`'s batch: which candidates get a letter, and every letter written durably
//! with its history record.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hirekit_feedback::{LetterContent, Templates};
use hirekit_folder::{
    CandidateFiles, Decision, FeedbackHistory, FeedbackRecord, Folder, HiringSource, LetterBasis,
    LetterFile, PendingLetter,
};
use hirekit_scorecard::Language;
use hirekit_text::msg;
use rayon::prelude::*;

use crate::{Compose, Format, LetterError, chain, compose_for, durable};

/// How a batch is written.
#[derive(Debug, Clone)]
pub struct Options {
    /// Write in this language instead of each candidate's own.
    pub lang: Option<Language>,
    /// The files of each letter (in any order, repeats ignored).
    pub formats: Vec<Format>,
    /// Where the letter files go.
    pub out_dir: PathBuf,
    /// The letter date.
    pub today: NaiveDate,
    /// Write without a `reject` decision or a complete panel, and replace existing letters.
    pub force: bool,
}

/// The candidates a batch writes for, and the lines saying who was skipped and why.
pub struct Selection<'a> {
    pub chosen: Vec<&'a CandidateFiles>,
    /// `skipped …` lines, one per candidate left out, in the folder's language.
    pub notes: String,
}

/// The candidates to write letters for: those named by `ids`, or without ids every candidate
/// whose decision is `reject` and who has no letter on record yet (with `force`, also those who
/// have). `load_failed` says the folder had candidates that could not be read, so an id that is
/// not found may be one of them.
pub fn select<'a>(
    folder: &'a Folder,
    ids: &[String],
    force: bool,
    load_failed: bool,
) -> Result<Selection<'a>, LetterError> {
    let ui = folder.profile.language;
    let mut chosen = Vec::new();
    let mut notes = String::new();
    if ids.is_empty() {
        for files in &folder.candidates {
            let id = files.candidate.id.as_str();
            let on_record = files.feedback.first().filter(|_| !force);
            let note = if let Some(first) = on_record {
                // A batch re-run finishes what is missing; it never rewrites what was sent.
                msg!(
                    ui,
                    "letters-skipped-on-record",
                    id = id,
                    date = first.letter_date.to_string()
                )
            } else if files.candidate.decision == Some(Decision::Reject) {
                chosen.push(files);
                continue;
            } else if let Some(decision) = files.candidate.decision {
                msg!(
                    ui,
                    "letters-skipped-decision",
                    id = id,
                    decision = hirekit_panel::render::decision_label(decision, ui)
                )
            } else {
                msg!(ui, "letters-skipped-undecided", id = id)
            };
            notes.push_str(&note);
            notes.push('\n');
        }
    } else {
        for id in ids {
            let Some(files) = folder.candidate(id) else {
                let message = if load_failed {
                    msg!(ui, "letters-unreadable-candidate", id = id)
                } else {
                    msg!(
                        ui,
                        "letters-no-candidate",
                        id = id,
                        path = folder.root.join("candidates").display().to_string()
                    )
                };
                return Err(LetterError::Failed(message));
            };
            chosen.push(files);
        }
    }
    Ok(Selection { chosen, notes })
}

/// What happened to one letter of a batch, in the folder's language, for printing in candidate
/// order: the guard's findings, the `wrote` lines (only once the files are on disk), why it
/// failed, a warning (a late letter).
#[derive(Debug, Default)]
pub struct Report {
    pub notes: String,
    pub written: String,
    pub error: Option<LetterError>,
    pub warning: Option<String>,
}

/// How many letters per rayon thread are prepared and written as one chunk: enough that the
/// waits for the disk are shared by many files, few enough that memory stays small (a letter
/// with its PDF and e-mail is about 50 KB).
const CHUNK_PER_THREAD: usize = 32;

/// Writes the letters of `chosen`, each checked by the guard, with its history record: in the
/// candidate's folder (`feedback.yaml`), or in `database` when the hiring data lives there.
///
/// Composing, the guard and the PDF are pure CPU work: spread over the cores, a chunk at a
/// time; then the chunk's files are written with their waits for the disk grouped (see
/// `durable`), and `report` is called for each letter in candidate order — so output and files
/// are the same as on one core, and memory stays flat however long the batch is. `done` is
/// called as each letter is prepared (a progress bar).
pub fn write_batch(
    folder: &Folder,
    database: Option<&dyn HiringSource>,
    chosen: &[&CandidateFiles],
    options: &Options,
    templates: &Templates,
    done: &(dyn Fn() + Sync),
    mut report: impl FnMut(Report),
) {
    // Temporary files of an interrupted run (`.hirekit-*.tmp`) are hirekit's own: clear them.
    remove_leftovers(&options.out_dir);
    for files in chosen {
        remove_leftovers(&files.dir);
    }
    let owners = file_owners(folder);
    let mut formats = options.formats.clone();
    formats.sort();
    formats.dedup();
    let batch = Batch {
        folder,
        options,
        formats,
        owners,
        ui: folder.profile.language,
    };
    let chunk = rayon::current_num_threads().max(1) * CHUNK_PER_THREAD;
    for letters in chosen.chunks(chunk) {
        let prepared: Vec<(String, Result<Prepared, LetterError>)> = letters
            .par_iter()
            .map(|files| {
                let mut notes = String::new();
                let result = batch.prepare(files, templates, &mut notes);
                done();
                (notes, result)
            })
            .collect();
        for one in batch.write(database, letters, prepared) {
            report(one);
        }
    }
}

/// What every letter of a batch shares (on every core: the database, which is not shared
/// between threads, is passed to the writing step alone).
struct Batch<'a> {
    folder: &'a Folder,
    options: &'a Options,
    /// Sorted, without repeats.
    formats: Vec<Format>,
    /// Which candidate each recorded letter file belongs to.
    owners: HashMap<String, String>,
    ui: Language,
}

/// A letter ready to write: its files and what it says.
struct Prepared {
    outputs: Vec<(PathBuf, Vec<u8>)>,
    content: LetterContent,
}

/// A letter that passed the checks before writing: its files, and their paths as recorded.
struct Planned<'a> {
    files: &'a CandidateFiles,
    outputs: Vec<(PathBuf, Vec<u8>)>,
    recorded: Vec<String>,
    content: LetterContent,
}

impl Batch<'_> {
    /// Everything for one letter that needs no disk writes: composing, wording, the guard, the
    /// PDF and the e-mail. Runs in parallel; `notes` collects the guard's findings.
    fn prepare(
        &self,
        files: &CandidateFiles,
        templates: &Templates,
        notes: &mut String,
    ) -> Result<Prepared, LetterError> {
        let how = Compose {
            lang: self.options.lang,
            today: self.options.today,
            force: self.options.force,
            ui: self.ui,
        };
        let composed = compose_for(self.folder, files, templates, &how)?;
        notes.push_str(&composed.guard_notes(self.ui));
        composed.passed_guard(self.ui)?;
        // Candidate ids are checked at load to be plain, distinct file names (a-z, 0-9, `-_.`),
        // so every candidate's letter has its own files.
        let stem = files.candidate.id.as_str();
        // The PDF first: the e-mail carries it as an attachment.
        let pdf = if self.formats.contains(&Format::Pdf) {
            Some(composed.pdf(self.folder, files)?)
        } else {
            None
        };
        let mut outputs = Vec::with_capacity(self.formats.len());
        for &format in &self.formats {
            let bytes = match format {
                Format::Txt => composed.text.clone().into_bytes(),
                Format::Eml => composed.eml(files, pdf.as_deref())?,
                Format::Pdf => match &pdf {
                    Some(bytes) => bytes.clone(),
                    None => continue,
                },
            };
            let name = format!("{stem}.{}", format.extension());
            outputs.push((self.options.out_dir.join(name), bytes));
        }
        Ok(Prepared {
            outputs,
            content: composed.content,
        })
    }

    /// Writes a chunk of prepared letters and adds each to its candidate's history, in three
    /// grouped steps: every letter's marker of the files it is about to write
    /// (`.feedback-pending.yaml`), then every letter's files, then every history. A step starts
    /// only when the one before is on disk, so a history never names a file that is not there,
    /// and an interrupted run knows which files were its own. A letter that fails drops out with
    /// its error; the others go on.
    fn write(
        &self,
        database: Option<&dyn HiringSource>,
        letters: &[&CandidateFiles],
        prepared: Vec<(String, Result<Prepared, LetterError>)>,
    ) -> Vec<Report> {
        let mut reports = Vec::with_capacity(letters.len());
        let mut planned = Vec::with_capacity(letters.len());
        for (files, (notes, result)) in letters.iter().zip(prepared) {
            let mut report = Report {
                notes,
                ..Report::default()
            };
            match result.and_then(|prepared| self.plan(files, prepared)) {
                Ok(letter) => planned.push(Some(letter)),
                Err(error) => {
                    report.error = Some(error);
                    planned.push(None);
                }
            }
            reports.push(report);
        }
        // The marker lives in the candidate's folder; a database has none: its records are
        // added one transaction each, below, after the files.
        let on_database = database.is_some();
        write_step(&mut planned, &mut reports, |letter| {
            if on_database {
                return Ok(Vec::new());
            }
            let pending = PendingLetter {
                files: letter.recorded.clone(),
            };
            let path = letter.files.dir.join(hirekit_folder::PENDING_FILE);
            let yaml =
                serde_saphyr::to_string(&pending).map_err(|e| LetterError::Failed(chain(&e)))?;
            Ok(vec![durable::stage(&path, yaml.as_bytes())?])
        });
        write_step(&mut planned, &mut reports, |letter| {
            letter
                .outputs
                .iter()
                .map(|(path, bytes)| durable::stage(path, bytes))
                .collect()
        });
        for (letter, report) in planned.iter().zip(&mut reports) {
            if let Some(letter) = letter {
                for (path, _) in &letter.outputs {
                    let line = msg!(self.ui, "letters-wrote", path = path.display().to_string());
                    report.written.push_str(&line);
                    report.written.push('\n');
                }
            }
        }
        if let Some(source) = database {
            // Each record in its own transaction, after its letter's files are on disk: the
            // record never names a file that is not there.
            for (slot, report) in planned.iter_mut().zip(&mut reports) {
                let Some(letter) = slot else { continue };
                let record = history_record(letter);
                if let Err(error) = source.append_feedback(&letter.files.candidate.id, &record) {
                    report.error = Some(LetterError::Failed(chain(&error)));
                    *slot = None;
                }
            }
        }
        write_step(&mut planned, &mut reports, |letter| {
            if on_database {
                return Ok(Vec::new());
            }
            let history = history_text(letter)?;
            let path = letter.files.dir.join(hirekit_folder::RECORD_FILE);
            Ok(vec![durable::stage(&path, history.as_bytes())?])
        });
        for (letter, report) in planned.into_iter().zip(&mut reports) {
            let Some(letter) = letter else { continue };
            let pending_path = letter.files.dir.join(hirekit_folder::PENDING_FILE);
            if !on_database && let Err(error) = fs_err::remove_file(&pending_path) {
                report.error = Some(LetterError::Failed(chain(&error)));
                continue;
            }
            let content = &letter.content;
            if let (false, Some(deadline)) = (content.on_time(), content.deadline) {
                let late = (content.letter_date - deadline).num_days();
                report.warning = Some(msg!(
                    self.ui,
                    "letters-late",
                    id = letter.files.candidate.id.as_str(),
                    days = late,
                    deadline = deadline.to_string(),
                    limit = self.folder.profile.feedback_days
                ));
            }
        }
        reports
    }

    /// Checks a prepared letter against what is on disk before anything is written. Refuses
    /// when a file exists (unless `force`, or it is this candidate's letter that an interrupted
    /// run left half-written), and always when it belongs to another candidate's letter — so a
    /// candidate never ends up with half a set of files, or another's.
    fn plan<'a>(
        &self,
        files: &'a CandidateFiles,
        prepared: Prepared,
    ) -> Result<Planned<'a>, LetterError> {
        let Prepared { outputs, content } = prepared;
        let id = files.candidate.id.as_str();
        let pending_path = files.dir.join(hirekit_folder::PENDING_FILE);
        let unfinished = read_pending(&pending_path, &self.folder.root);
        let recorded: Vec<String> = outputs
            .iter()
            .map(|(path, _)| recorded_path(self.folder, path))
            .collect();
        for ((path, _), shown) in outputs.iter().zip(&recorded) {
            let path_text = path.display().to_string();
            if let Some(owner) = self.owners.get(shown)
                && owner != id
            {
                return Err(LetterError::Failed(msg!(
                    self.ui,
                    "letters-other-owner",
                    path = path_text,
                    owner = owner.as_str(),
                    id = id
                )));
            }
            let exists = fs_err::symlink_metadata(path).is_ok();
            if exists && !self.options.force && !unfinished.files.contains(shown) {
                return Err(LetterError::Failed(msg!(
                    self.ui,
                    "letters-exists",
                    path = path_text
                )));
            }
        }
        Ok(Planned {
            files,
            outputs,
            recorded,
            content,
        })
    }
}

/// One grouped write: `stage` gives the files of each letter still going; they are committed
/// together, and a letter whose files could not be written drops out with its error.
fn write_step(
    planned: &mut [Option<Planned<'_>>],
    reports: &mut [Report],
    stage: impl Fn(&Planned<'_>) -> Result<Vec<durable::Staged>, LetterError> + Sync,
) {
    // Staging is CPU work too (the history's YAML, the files' SHA-256): on every core.
    let staged: Vec<Option<Result<Vec<durable::Staged>, LetterError>>> = planned
        .par_iter()
        .map(|slot| slot.as_ref().map(&stage))
        .collect();
    let mut groups = Vec::new();
    let mut members = Vec::new();
    for (index, (slot, staged)) in planned.iter_mut().zip(staged).enumerate() {
        let Some(staged) = staged else { continue };
        match staged {
            Ok(group) => {
                groups.push(group);
                members.push(index);
            }
            Err(error) => {
                reports[index].error = Some(error);
                *slot = None;
            }
        }
    }
    for (index, result) in members.into_iter().zip(durable::commit(groups)) {
        if let Err(error) = result {
            reports[index].error = Some(error);
            planned[index] = None;
        }
    }
}

/// Removes `.hirekit-*.tmp` files that an interrupted atomic write left in `dir`.
fn remove_leftovers(dir: &Path) {
    let Ok(entries) = fs_err::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".hirekit-")
            && name.ends_with(".tmp")
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = fs_err::remove_file(entry.path());
        }
    }
}

/// Which candidate each recorded letter file belongs to, so `force` can never replace a file
/// of another candidate's letter.
fn file_owners(folder: &Folder) -> HashMap<String, String> {
    let mut owners = HashMap::new();
    for files in &folder.candidates {
        for letter in &files.feedback.letters {
            for file in &letter.files {
                owners.insert(file.path.clone(), files.candidate.id.clone());
            }
        }
    }
    owners
}

/// A path as the history records it: relative to the hiring folder when inside it.
fn recorded_path(folder: &Folder, path: &Path) -> String {
    path.strip_prefix(&folder.root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The files of a letter an interrupted run was writing for this candidate (none when there
/// was no interruption, or the marker cannot be read).
fn read_pending(path: &Path, root: &Path) -> PendingLetter {
    if fs_err::symlink_metadata(path).is_err() {
        return PendingLetter::default();
    }
    hirekit_yaml::file::read(path, Some(root))
        .ok()
        .and_then(|bytes| hirekit_yaml::read::<PendingLetter>(path, &bytes).ok())
        .map(|(pending, _)| pending)
        .unwrap_or_default()
}

/// `candidates/<id>/feedback.yaml` with the letter added. Earlier entries are kept exactly as
/// they were: the history says which letter went out first, and when.
fn history_text(letter: &Planned<'_>) -> Result<String, LetterError> {
    let mut history: FeedbackHistory = letter.files.feedback.clone();
    history.letters.push(history_record(letter));
    let yaml = serde_saphyr::to_string(&history)
        .map_err(|e| LetterError::failed("cannot write the feedback record", &e))?;
    Ok(format!(
        "# Written by `hirekit feedback`: every letter generated for this candidate, oldest first.\n\
         # A new letter adds an entry; earlier entries are never changed.\n{yaml}"
    ))
}

/// The history entry of a written letter.
fn history_record(letter: &Planned<'_>) -> FeedbackRecord {
    let files = letter.files;
    let content = &letter.content;
    FeedbackRecord {
        letter_date: content.letter_date,
        language: content.language,
        files: letter
            .outputs
            .iter()
            .zip(&letter.recorded)
            .map(|((_, bytes), shown)| LetterFile {
                path: shown.clone(),
                sha256: Some(hirekit_folder::sha256_hex(bytes)),
            })
            .collect(),
        on_time: content.on_time(),
        reconnect_after: content.reconnect.as_ref().map(|r| r.month),
        basis: Some(LetterBasis::of(&files.candidate, &files.interviews)),
    }
}
