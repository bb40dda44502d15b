//! `hirekit feedback [ID...]`: respectful, job-requirement-based rejection letters as text and
//! e-mail drafts, each checked by the guard before anything is written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use chrono::NaiveDate;
use hirekit_feedback::{
    LetterContent, RenderedLetter, Sender, Settings, Templates, compose, guard_letter,
};
use hirekit_folder::{
    CandidateFiles, Decision, FeedbackHistory, FeedbackRecord, Folder, HiringSource, LetterBasis,
    LetterFile, PendingLetter,
};
use hirekit_panel::Outcome;
use hirekit_scorecard::Language;
use rayon::prelude::*;

use crate::hiring::{self, DirArg};
use crate::output;

mod durable;

/// Options for writing letters (`hirekit feedback [ID...]`).
#[derive(clap::Args)]
pub struct LetterArgs {
    /// Candidate ids (default: every candidate whose decision is `reject`)
    pub ids: Vec<String>,
    /// Write in this language instead of each candidate's own
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    /// Output formats, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_value = "txt,eml,pdf")]
    pub format: Vec<LetterFormat>,
    /// Output folder (default: `out/` in the hiring folder)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The letter date (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    /// Write even for a candidate whose decision is not `reject` or whose assessment is
    /// incomplete, and replace existing letters
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LetterFormat {
    Txt,
    Eml,
    /// An A4 letter with the address placed for a window envelope; attached to the e-mail
    /// when `eml` is asked for too.
    Pdf,
}

pub fn run(args: LetterArgs) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    // Locked before the folder is read, so the histories this run appends to are current. A
    // database appends each record in its own transaction instead.
    let _lock = match args.dir.database_url() {
        Some(_) => None,
        None => Some(output::lock_folder(&args.dir.root()?)?),
    };
    let opened = hiring::open_source(&args.dir, today)?;
    let (folder, mut failed) = (&opened.folder, opened.had_errors);
    // The database keeps the histories; the letter files still go to `--out` (default `out/`).
    let database = opened
        .folder_root
        .is_none()
        .then_some(opened.source.as_ref());
    // A `TODO` that `hirekit init` wrote would end up in the letter or its e-mail headers.
    let unfinished = folder.profile.unfinished();
    if !unfinished.is_empty() {
        bail!(
            "hirekit.yaml still has TODO values ({}): fill them in before writing letters",
            unfinished.join(", ")
        );
    }
    let out_dir = args.out.clone().unwrap_or_else(|| folder.root.join("out"));
    let templates = Templates::new(&template_overrides(&folder.root)?)?;

    let mut chosen: Vec<&CandidateFiles> = Vec::new();
    if args.ids.is_empty() {
        for files in &folder.candidates {
            let on_record = files.feedback.first().filter(|_| !args.force);
            if let Some(first) = on_record {
                // A batch re-run finishes what is missing; it never rewrites what was sent.
                output::note(&format!(
                    "skipped {} (letter of {} on record; --force writes a new one)\n",
                    files.candidate.id, first.letter_date
                ));
            } else if files.candidate.decision == Some(Decision::Reject) {
                chosen.push(files);
            } else {
                let why = match files.candidate.decision {
                    Some(d) => format!("decision: {}", decision_code(d)),
                    None => "no decision yet".to_owned(),
                };
                output::note(&format!("skipped {} ({why})\n", files.candidate.id));
            }
        }
    } else {
        for id in &args.ids {
            let Some(files) = folder.candidate(id) else {
                if failed {
                    bail!("candidate `{id}` could not be read (see the errors above)");
                }
                bail!(
                    "no candidate `{id}` in {}",
                    folder.root.join("candidates").display()
                );
            };
            chosen.push(files);
        }
    }

    // Temporary files of an interrupted run (`.hirekit-*.tmp`) are hirekit's own: clear them.
    remove_leftovers(&out_dir);
    for files in &chosen {
        remove_leftovers(&files.dir);
    }
    let owners = file_owners(folder);

    // Composing, the guard and the PDF are pure CPU work: spread them over the cores, a chunk at
    // a time; then the chunk's files are written with their waits for the disk grouped (see
    // `durable`), and what happened is printed in candidate order — so output and files are the
    // same as on one core, and memory stays flat however long the batch is.
    let progress = progress_bar(chosen.len());
    let chunk = rayon::current_num_threads().max(1) * CHUNK_PER_THREAD;
    for batch in chosen.chunks(chunk) {
        let prepared: Vec<(String, anyhow::Result<Prepared>)> = batch
            .par_iter()
            .map(|files| {
                let mut notes = String::new();
                let result = prepare_letter(
                    folder, files, &args, today, &templates, &out_dir, &mut notes,
                );
                progress.inc(1);
                (notes, result)
            })
            .collect();
        let reports = write_letters(folder, database, batch, &args, &owners, prepared);
        for report in reports {
            output::note(&report.notes);
            output::print(&report.written);
            if let Some(error) = &report.error {
                output::print_error(error);
                failed = true;
            }
            if let Some(warning) = &report.warning {
                output::warn(warning);
            }
        }
    }
    progress.finish_and_clear();
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
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

/// Which candidate each recorded letter file belongs to, so `--force` can never replace a
/// file of another candidate's letter.
fn file_owners(folder: &Folder) -> std::collections::HashMap<String, String> {
    let mut owners = std::collections::HashMap::new();
    for files in &folder.candidates {
        for letter in &files.feedback.letters {
            for file in &letter.files {
                owners.insert(file.path.clone(), files.candidate.id.clone());
            }
        }
    }
    owners
}

fn decision_code(decision: Decision) -> &'static str {
    match decision {
        Decision::Advance => "advance",
        Decision::Reject => "reject",
        Decision::Hired => "hired",
        Decision::Withdrawn => "withdrawn",
    }
}

/// A progress bar on stderr for batches long enough to wait for; hidden when stderr is not a
/// terminal (indicatif checks), so logs and tests see nothing.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < 50 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} letters ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

/// Templates in the hiring folder's `templates/<lang>/` replace the built-in ones.
fn template_overrides(root: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut overrides = Vec::new();
    for lang in Language::ALL {
        for name in hirekit_feedback::TEMPLATE_NAMES {
            let path = root
                .join("templates")
                .join(lang.code())
                .join(format!("{name}.tera"));
            if fs_err::symlink_metadata(&path).is_ok() {
                overrides.push((
                    format!("{}/{name}", lang.code()),
                    String::from_utf8(output::read_file(&path, Some(root))?)
                        .with_context(|| format!("{} is not UTF-8 text", path.display()))?,
                ));
            }
        }
    }
    Ok(overrides)
}

/// A letter ready to write: its files and what it says.
struct Prepared {
    outputs: Vec<(PathBuf, Vec<u8>)>,
    content: LetterContent,
}

/// Everything for one letter that needs no disk writes: composing, wording, the guard, the PDF
/// and the e-mail. Runs in parallel; `notes` collects the guard's findings for printing in order.
fn prepare_letter(
    folder: &Folder,
    files: &CandidateFiles,
    args: &LetterArgs,
    today: NaiveDate,
    templates: &Templates,
    out_dir: &Path,
    notes: &mut String,
) -> anyhow::Result<Prepared> {
    let candidate = &files.candidate;
    let card = folder
        .scorecard_of(candidate)
        .with_context(|| format!("no scorecard for {}", candidate.id))?;
    let assessment = hirekit_panel::assess(
        card,
        &files.interviews,
        &candidate.interviews,
        folder.profile.scorecard_hours,
    );
    if !args.force {
        if candidate.decision != Some(Decision::Reject) {
            let decision = candidate.decision.map_or("none yet", decision_code);
            bail!(
                "{}: the decision is `{decision}`, not `reject`; a rejection letter is only written after a rejection (use --force to write it anyway)",
                candidate.id
            );
        }
        if let Some(awaiting) = hirekit_panel::Awaiting::of(&assessment) {
            bail!(
                "{}: the panel is not complete: no scorecard yet from {}; a letter is written only when every planned interviewer has submitted (or use --force)",
                candidate.id,
                awaiting.awaited.join(", ")
            );
        }
        if assessment.outcome == Outcome::Incomplete {
            bail!(
                "{}: the assessment is incomplete, so the letter could not name the right strengths and gaps; complete the scorecards first (or use --force)",
                candidate.id
            );
        }
    }
    // Not even --force skips this: a decision that needs a reason on record gets one first.
    crate::cmd::decide::check_note(files, &assessment)?;
    let language = args.lang.unwrap_or(candidate.language);
    let settings = Settings {
        language,
        letter_date: today,
        feedback_days: folder.profile.feedback_days,
        reconnect_months: folder.profile.reconnect_months,
        interviewer_names: &folder.profile.interviewers,
        salutation: folder.profile.letters.salutation,
        score_bands: folder.profile.letters.score_bands,
    };
    let content = compose(candidate, card, &assessment, &settings);
    let sender = Sender {
        company: folder.profile.company.clone(),
        place: folder.profile.place.clone(),
        name: folder.profile.sender.name.clone(),
        title: folder.profile.sender.title.get_or_any(language).to_owned(),
        email: folder.profile.sender.email.clone(),
        // Non-breaking spaces keep a phone number on one line in every layout.
        phone: folder
            .profile
            .sender
            .phone
            .as_ref()
            .map(|p| p.replace(' ', "\u{a0}")),
    };
    let letter = templates.render(&content, &sender)?;
    check_with_guard(&letter, &content, notes)?;

    // Candidate ids are checked at load to be plain, distinct file names (a-z, 0-9, `-_.`), so
    // every candidate's letter has its own files.
    let stem = candidate.id.as_str();
    let mut formats = args.format.clone();
    formats.sort_by_key(|f| *f as u8);
    formats.dedup();
    // The PDF first: the e-mail carries it as an attachment.
    let pdf = if formats.contains(&LetterFormat::Pdf) {
        Some(pdf_letter(
            folder, candidate, &letter, &sender, language, today,
        )?)
    } else {
        None
    };
    let mut outputs: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for format in formats {
        match format {
            LetterFormat::Txt => {
                outputs.push((
                    out_dir.join(format!("{stem}.txt")),
                    letter.to_text(language).into_bytes(),
                ));
            }
            LetterFormat::Eml => {
                let attachment_name =
                    hirekit_feedback::email::attachment_name(&sender.company, language);
                let eml = hirekit_feedback::email::build(&hirekit_feedback::email::Email {
                    from_name: &sender.name,
                    from_address: &sender.email,
                    to_name: &candidate.name,
                    to_address: &candidate.email,
                    subject: &letter.subject,
                    body: &letter.to_text(language),
                    date: today,
                    key: &candidate.id,
                    attachment: pdf
                        .as_deref()
                        .map(|bytes| (attachment_name.as_str(), bytes)),
                })
                .with_context(|| format!("{}: cannot write the e-mail", candidate.id))?;
                outputs.push((out_dir.join(format!("{stem}.eml")), eml));
            }
            LetterFormat::Pdf => {
                if let Some(bytes) = &pdf {
                    outputs.push((out_dir.join(format!("{stem}.pdf")), bytes.clone()));
                }
            }
        }
    }
    Ok(Prepared { outputs, content })
}

/// How many letters per rayon thread are prepared and written as one chunk: enough that the
/// waits for the disk are shared by many files, few enough that memory stays small (a letter
/// with its PDF and e-mail is about 50 KB).
const CHUNK_PER_THREAD: usize = 32;

/// What writing one letter printed: the guard's notes, the `wrote` lines (only once the files
/// are on disk), an error, a warning. Printed in candidate order after the chunk is written.
#[derive(Default)]
struct Report {
    notes: String,
    written: String,
    error: Option<anyhow::Error>,
    warning: Option<String>,
}

/// A letter that passed the checks before writing: its files, and their paths as recorded.
struct Planned<'a> {
    files: &'a CandidateFiles,
    outputs: Vec<(PathBuf, Vec<u8>)>,
    recorded: Vec<String>,
    content: LetterContent,
}

/// Writes a chunk of prepared letters and adds each to its candidate's history, in three
/// grouped steps: every letter's marker of the files it is about to write
/// (`.feedback-pending.yaml`), then every letter's files, then every history. A step starts only
/// when the one before is on disk, so a history never names a file that is not there, and an
/// interrupted run knows which files were its own. A letter that fails drops out with its error;
/// the others go on.
fn write_letters(
    folder: &Folder,
    database: Option<&dyn HiringSource>,
    batch: &[&CandidateFiles],
    args: &LetterArgs,
    owners: &std::collections::HashMap<String, String>,
    prepared: Vec<(String, anyhow::Result<Prepared>)>,
) -> Vec<Report> {
    let mut reports = Vec::with_capacity(batch.len());
    let mut planned = Vec::with_capacity(batch.len());
    for (files, (notes, result)) in batch.iter().zip(prepared) {
        let mut report = Report {
            notes,
            ..Report::default()
        };
        match result.and_then(|prepared| plan_letter(folder, files, args, owners, prepared)) {
            Ok(letter) => planned.push(Some(letter)),
            Err(error) => {
                report.error = Some(error);
                planned.push(None);
            }
        }
        reports.push(report);
    }
    // The marker lives in the candidate's folder; a database has none: its records are added
    // one transaction each, below, after the files.
    let on_database = database.is_some();
    write_step(&mut planned, &mut reports, |letter| {
        if on_database {
            return Ok(Vec::new());
        }
        let pending = PendingLetter {
            files: letter.recorded.clone(),
        };
        let yaml = serde_saphyr::to_string(&pending)?;
        Ok(vec![durable::stage(
            &letter.files.dir.join(hirekit_folder::PENDING_FILE),
            yaml.as_bytes(),
        )?])
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
                report
                    .written
                    .push_str(&format!("wrote {}\n", path.display()));
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
                report.error = Some(error.into());
                *slot = None;
            }
        }
    }
    write_step(&mut planned, &mut reports, |letter| {
        if on_database {
            return Ok(Vec::new());
        }
        let history = history_text(letter)?;
        Ok(vec![durable::stage(
            &letter.files.dir.join(hirekit_folder::RECORD_FILE),
            history.as_bytes(),
        )?])
    });
    for (letter, report) in planned.into_iter().zip(&mut reports) {
        let Some(letter) = letter else { continue };
        let pending_path = letter.files.dir.join(hirekit_folder::PENDING_FILE);
        if !on_database && let Err(error) = fs_err::remove_file(&pending_path) {
            report.error = Some(error.into());
            continue;
        }
        let content = &letter.content;
        if let (false, Some(deadline)) = (content.on_time(), content.deadline) {
            let late = (content.letter_date - deadline).num_days();
            report.warning = Some(format!(
                "the letter to {} is {late} day{} late: feedback was due by {deadline} ({} days after the last interview)",
                letter.files.candidate.id,
                if late == 1 { "" } else { "s" },
                folder.profile.feedback_days
            ));
        }
    }
    reports
}

/// One grouped write: `stage` gives the files of each letter still going; they are committed
/// together, and a letter whose files could not be written drops out with its error.
fn write_step(
    planned: &mut [Option<Planned<'_>>],
    reports: &mut [Report],
    stage: impl Fn(&Planned<'_>) -> anyhow::Result<Vec<durable::Staged>> + Sync,
) {
    // Staging is CPU work too (the history's YAML, the files' SHA-256): on every core.
    let staged: Vec<Option<anyhow::Result<Vec<durable::Staged>>>> = planned
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

/// Checks a prepared letter against what is on disk before anything is written. Refuses when a
/// file exists (unless `--force`, or it is this candidate's letter that an interrupted run left
/// half-written), and always when it belongs to another candidate's letter — so a candidate
/// never ends up with half a set of files, or another's.
fn plan_letter<'a>(
    folder: &Folder,
    files: &'a CandidateFiles,
    args: &LetterArgs,
    owners: &std::collections::HashMap<String, String>,
    prepared: Prepared,
) -> anyhow::Result<Planned<'a>> {
    let Prepared { outputs, content } = prepared;
    let candidate = &files.candidate;
    let pending_path = files.dir.join(hirekit_folder::PENDING_FILE);
    let unfinished = read_pending(&pending_path, &folder.root);
    let recorded: Vec<String> = outputs
        .iter()
        .map(|(path, _)| recorded_path(folder, path))
        .collect();
    for ((path, _), shown) in outputs.iter().zip(&recorded) {
        if let Some(owner) = owners.get(shown)
            && owner != &candidate.id
        {
            bail!(
                "{} belongs to the letter of candidate `{owner}`; hirekit will not replace it with the letter of `{}` (not even with --force)",
                path.display(),
                candidate.id
            );
        }
        let exists = fs_err::symlink_metadata(path).is_ok();
        if exists && !args.force && !unfinished.files.contains(shown) {
            bail!(
                "{} already exists; use --force to replace the letter",
                path.display()
            );
        }
    }
    Ok(Planned {
        files,
        outputs,
        recorded,
        content,
    })
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

/// The letter as an A4 PDF: letterhead, the address in the envelope window, the pieces of the
/// rendered text each in its place.
fn pdf_letter(
    folder: &Folder,
    candidate: &hirekit_folder::Candidate,
    letter: &RenderedLetter,
    sender: &Sender,
    language: Language,
    today: NaiveDate,
) -> anyhow::Result<Vec<u8>> {
    use hirekit_feedback::BodyPart;
    use hirekit_pdf as pdf;
    let profile = &folder.profile;
    let logo = match &profile.logo {
        Some(file) => {
            let path = folder.root.join(file);
            let bytes = output::read_file(&path, Some(&folder.root))?;
            Some(pdf::Image::from_bytes(&bytes).with_context(|| {
                format!("{}: the logo must be a PNG or JPEG image", path.display())
            })?)
        }
        None => None,
    };
    let mut contact_lines = vec![sender.email.clone()];
    contact_lines.extend(sender.phone.clone());
    let parts = letter.parts();
    let blocks = |parts: Vec<BodyPart>| -> Vec<pdf::LetterBlock> {
        parts
            .into_iter()
            .map(|part| match part {
                BodyPart::Paragraph(text) => pdf::LetterBlock::Paragraph(text),
                BodyPart::Bullets(items) => pdf::LetterBlock::Bullets(items),
            })
            .collect()
    };
    let document = pdf::Letter {
        letterhead: pdf::Letterhead {
            company: profile.company.clone(),
            address_lines: profile.address.clone(),
            contact_lines,
            logo,
        },
        recipient: pdf::Recipient {
            name: candidate.name.clone(),
            address_lines: candidate.address.clone(),
        },
        place_and_date: letter.place_date.clone(),
        subject_label: language.pick("Betreft", "Re").to_owned(),
        subject: letter.subject.clone(),
        salutation: parts.salutation,
        body: blocks(parts.body),
        closing: parts.closing,
        signature: pdf::Signature {
            name: parts
                .signature
                .first()
                .cloned()
                .unwrap_or_else(|| sender.name.clone()),
            title: parts.signature.get(1).cloned().unwrap_or_default(),
        },
        page_label: pdf::PageLabel::new(
            language.pick("Pagina {page} van {pages}", "Page {page} of {pages}"),
        ),
        appendix: letter.appendix_parts().map(|(title, body)| pdf::Appendix {
            title,
            body: blocks(body),
        }),
    };
    // Noon on the letter date: a fixed time keeps the file reproducible for a given --today.
    let created = crate::output::document_date(Some(today));
    let metadata = pdf::Metadata {
        title: letter.subject.clone(),
        author: profile.company.clone(),
        subject: letter.subject.clone(),
        language: language.pick("nl-NL", "en-GB").to_owned(),
        created,
        creator: format!("hirekit {}", env!("CARGO_PKG_VERSION")),
    };
    pdf::render_letter(&document, &metadata)
        .with_context(|| format!("{}: cannot lay out the PDF letter", candidate.id))
}

/// Runs the guard; any error stops the letter, with the phrase, its place and why.
fn check_with_guard(
    letter: &RenderedLetter,
    content: &LetterContent,
    notes: &mut String,
) -> anyhow::Result<()> {
    use std::fmt::Write as _;
    let findings = guard_letter(letter, content.language);
    let lang = content.language;
    // The first findings say what is wrong; a template full of `{{` must not print thousands.
    const SHOWN: usize = 50;
    for f in findings.iter().take(SHOWN) {
        let severity = if f.is_error() { "error" } else { "warning" };
        let _ = writeln!(
            notes,
            "letter to {}:{}:{}: {severity}: {}",
            content.candidate_id,
            f.line,
            f.column,
            f.message(lang)
        );
        if let Some(hint) = f.hint(lang) {
            let _ = writeln!(notes, "  = hint: {hint}");
        }
    }
    if findings.len() > SHOWN {
        let _ = writeln!(
            notes,
            "letter to {}: … and {} more findings",
            content.candidate_id,
            findings.len() - SHOWN
        );
    }
    if findings.iter().any(|f| f.is_error()) {
        bail!(
            "the letter to {} did not pass the guard and was not written; change the scorecard's feedback phrases or the template",
            content.candidate_id
        );
    }
    Ok(())
}

/// `candidates/<id>/feedback.yaml` with the letter added. Earlier entries are kept exactly as
/// they were: the history says which letter went out first, and when.
fn history_text(letter: &Planned<'_>) -> anyhow::Result<String> {
    let mut history: FeedbackHistory = letter.files.feedback.clone();
    history.letters.push(history_record(letter));
    let yaml = serde_saphyr::to_string(&history).context("cannot write the feedback record")?;
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
