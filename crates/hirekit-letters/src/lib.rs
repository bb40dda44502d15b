//! The letter pipeline: from a loaded hiring folder to a rejection letter a candidate can read.
//!
//! `hirekit-feedback` decides what a letter says and words it; `hirekit-guard` checks it;
//! `hirekit-pdf` lays it out. This crate is the one place that puts them together with the
//! hiring rules around a letter, so the command line and the web app write the same letter:
//!
//! - [`compose_for`]: the letter of one candidate — who may get one (a `reject` decision, a
//!   complete panel, a decision note where one is needed), the text as the candidate reads it and
//!   the guard's findings with their places. [`Composed::file`] gives its `.txt`, `.eml` or
//!   `.pdf` bytes, refusing while the guard found an error. The web app's preview and downloads.
//! - [`select`] and [`write_batch`]: `hirekit feedback`'s batch — which candidates get a letter,
//!   and every letter written durably with its history record, a chunk at a time on every core.
//!   What happened comes back as [`Report`]s in the folder's language, for the caller to print.
//! - [`lint`]: the same guard on letters written by hand (`hirekit feedback lint`), worded for
//!   people and for tools.

mod batch;
mod durable;
pub mod lint;
mod pdf;

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use hirekit_feedback::{LetterContent, RenderedLetter, Sender, Settings, Templates};
use hirekit_folder::{CandidateFiles, Decision, Folder};
use hirekit_panel::Outcome;
use hirekit_scorecard::Language;
use hirekit_text::msg;

pub use batch::{Options, Report, Selection, select, write_batch};
pub use hirekit_guard::Finding;

/// The files a letter can be written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Txt,
    Eml,
    /// An A4 letter with the address placed for a window envelope; attached to the e-mail.
    Pdf,
}

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Eml => "eml",
            Format::Pdf => "pdf",
        }
    }

    /// The media type a download of the file is served as.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Txt => "text/plain; charset=utf-8",
            Format::Eml => "message/rfc822",
            Format::Pdf => "application/pdf",
        }
    }
}

/// Why the hiring rules allow no letter (yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The decision is not `reject` (or there is none yet).
    NotRejected,
    /// A planned interviewer has not submitted their scorecard.
    PanelAwaiting,
    /// Every scorecard is in, but not every criterion was rated.
    AssessmentIncomplete,
    /// The decision needs a note in the debrief record first (or the record cannot be read).
    NoteMissing,
    /// The profile still has a `TODO` that `hirekit init` wrote.
    ProfileUnfinished,
}

/// Why no letter came out. The message is what a user reads (the same the command line prints).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LetterError {
    /// The hiring rules do not allow a letter (yet).
    NotAllowed(Refusal, String),
    /// The guard found an error in the letter: it must not be written or sent.
    Guard(String),
    /// Something failed: a template, a file, the layout.
    Failed(String),
}

impl fmt::Display for LetterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LetterError::NotAllowed(_, m) | LetterError::Guard(m) | LetterError::Failed(m) => {
                f.write_str(m)
            }
        }
    }
}

impl std::error::Error for LetterError {}

impl LetterError {
    /// `context: error: its cause: …` — every cause of `error` after the context, the way the
    /// command line has always printed a failure.
    pub(crate) fn failed(context: impl fmt::Display, error: &dyn std::error::Error) -> Self {
        LetterError::Failed(format!("{context}: {}", chain(error)))
    }
}

/// An error and its causes, joined by `: `.
pub(crate) fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Refuses a profile with a `TODO` that `hirekit init` wrote: it would end up in the letter or
/// its e-mail headers.
pub fn check_profile(folder: &Folder) -> Result<(), LetterError> {
    let unfinished = folder.profile.unfinished();
    if unfinished.is_empty() {
        return Ok(());
    }
    Err(LetterError::NotAllowed(
        Refusal::ProfileUnfinished,
        msg!(
            folder.profile.language,
            "letters-profile-todo",
            fields = unfinished.join(", ")
        ),
    ))
}

/// The letter templates: the built-in ones, replaced by any in the hiring folder's
/// `templates/<lang>/<name>.tera`.
pub fn templates(root: &Path) -> Result<Templates, LetterError> {
    let mut overrides = Vec::new();
    for lang in Language::ALL {
        for name in hirekit_feedback::TEMPLATE_NAMES {
            let path = root
                .join("templates")
                .join(lang.code())
                .join(format!("{name}.tera"));
            if fs_err::symlink_metadata(&path).is_ok() {
                let bytes = read_file(&path, root)?;
                let text = String::from_utf8(bytes).map_err(|e| {
                    LetterError::failed(format_args!("{} is not UTF-8 text", path.display()), &e)
                })?;
                overrides.push((format!("{}/{name}", lang.code()), text));
            }
        }
    }
    Templates::new(&overrides).map_err(|e| LetterError::Failed(chain(&e)))
}

/// A file of the hiring folder (a template, the logo), read the way every hiring file is.
pub(crate) fn read_file(path: &Path, root: &Path) -> Result<Vec<u8>, LetterError> {
    hirekit_yaml::file::read(path, Some(root))
        .map_err(|d| LetterError::Failed(format!("{} {}", path.display(), d.message)))
}

/// The code of a decision as `candidate.yaml` writes it.
fn decision_code(decision: Decision) -> &'static str {
    match decision {
        Decision::Advance => "advance",
        Decision::Reject => "reject",
        Decision::Hired => "hired",
        Decision::Withdrawn => "withdrawn",
    }
}

/// A letter composed, worded and checked by the guard; its files are made from it on demand.
pub struct Composed {
    /// The language the letter is written in.
    pub language: Language,
    /// What the letter says (points, dates, reconnect offer).
    pub content: LetterContent,
    /// The letter worded by the templates.
    pub letter: RenderedLetter,
    /// Who signs and sends it.
    pub sender: Sender,
    /// The letter as the candidate reads it: the `.txt` file, the e-mail's body, and the text
    /// the guard checked (the findings' spans are byte ranges in it).
    pub text: String,
    /// Every finding of the guard, in text order.
    pub findings: Vec<Finding>,
}

/// The first findings say what is wrong; a template full of `{{` must not print thousands.
const SHOWN_FINDINGS: usize = 50;

impl Composed {
    /// Whether the guard found an error: such a letter is neither written nor served.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }

    /// The guard's findings as the command line prints them: `letter to ID:LINE:COLUMN:
    /// severity: message`, with hints, the first 50 and a count of the rest.
    pub fn guard_notes(&self, ui: Language) -> String {
        use std::fmt::Write as _;
        let mut notes = String::new();
        let (id, lang) = (&self.content.candidate_id, self.language);
        for f in self.findings.iter().take(SHOWN_FINDINGS) {
            let severity = if f.is_error() { "error" } else { "warning" };
            let _ = writeln!(
                notes,
                "letter to {id}:{}:{}: {severity}: {}",
                f.line,
                f.column,
                f.message(lang)
            );
            if let Some(hint) = f.hint(lang) {
                let _ = writeln!(notes, "  = hint: {hint}");
            }
        }
        if self.findings.len() > SHOWN_FINDINGS {
            let rest = self.findings.len() - SHOWN_FINDINGS;
            notes.push_str(&msg!(
                ui,
                "letters-more-findings",
                id = id.as_str(),
                count = rest
            ));
            notes.push('\n');
        }
        notes
    }

    /// Refuses a letter in which the guard found an error.
    pub fn passed_guard(&self, ui: Language) -> Result<(), LetterError> {
        if self.has_errors() {
            return Err(LetterError::Guard(msg!(
                ui,
                "letters-guard-refused",
                id = self.content.candidate_id.as_str()
            )));
        }
        Ok(())
    }

    /// The letter as an A4 PDF (letterhead, the address in the envelope window, the logo of
    /// the profile). The date inside the file is noon of the letter date, so it is
    /// reproducible.
    pub fn pdf(&self, folder: &Folder, files: &CandidateFiles) -> Result<Vec<u8>, LetterError> {
        pdf::letter(self, folder, &files.candidate)
    }

    /// The e-mail draft (RFC 5322), with the PDF attached when given.
    pub fn eml(&self, files: &CandidateFiles, pdf: Option<&[u8]>) -> Result<Vec<u8>, LetterError> {
        let candidate = &files.candidate;
        let attachment_name = self.attachment_name();
        hirekit_feedback::email::build(&hirekit_feedback::email::Email {
            from_name: &self.sender.name,
            from_address: &self.sender.email,
            to_name: &candidate.name,
            to_address: &candidate.email,
            subject: &self.letter.subject,
            body: &self.text,
            date: self.content.letter_date,
            key: &candidate.id,
            attachment: pdf.map(|bytes| (attachment_name.as_str(), bytes)),
        })
        .map_err(|e| {
            LetterError::failed(
                format_args!("{}: cannot write the e-mail", candidate.id),
                &e,
            )
        })
    }

    /// The name of the attached PDF ("Terugkoppeling sollicitatie – Kanaalzicht Software
    /// B.V.pdf"): after the company and the letter, never the candidate's internal id.
    pub fn attachment_name(&self) -> String {
        hirekit_feedback::email::attachment_name(&self.sender.company, self.language)
    }

    /// The name a download of the letter as `format` is given: the PDF's attachment name, with
    /// the format's extension.
    pub fn download_name(&self, format: Format) -> String {
        let name = self.attachment_name();
        let stem = name.strip_suffix(".pdf").unwrap_or(&name);
        format!("{stem}.{}", format.extension())
    }

    /// One file of the letter, for a download: refused while the guard found an error, as the
    /// command line refuses to write it.
    pub fn file(
        &self,
        folder: &Folder,
        files: &CandidateFiles,
        format: Format,
        ui: Language,
    ) -> Result<Vec<u8>, LetterError> {
        self.passed_guard(ui)?;
        match format {
            Format::Txt => Ok(self.text.clone().into_bytes()),
            Format::Pdf => self.pdf(folder, files),
            Format::Eml => {
                let pdf = self.pdf(folder, files)?;
                self.eml(files, Some(&pdf))
            }
        }
    }
}

/// How a letter is composed.
#[derive(Debug, Clone, Copy)]
pub struct Compose {
    /// Write in this language instead of the candidate's own.
    pub lang: Option<Language>,
    /// The letter date.
    pub today: NaiveDate,
    /// Write even without a `reject` decision or a complete panel (never without a needed
    /// decision note).
    pub force: bool,
    /// The language of the messages (the hiring folder's, or the user's in the web app).
    pub ui: Language,
}

/// The letter of one candidate, composed and checked by the guard. Refused (with the reason)
/// unless the decision is `reject` and every planned interviewer has submitted a complete
/// scorecard (both skipped with `force`), and always while a decision note is missing.
pub fn compose_for(
    folder: &Folder,
    files: &CandidateFiles,
    templates: &Templates,
    how: &Compose,
) -> Result<Composed, LetterError> {
    let candidate = &files.candidate;
    let ui = how.ui;
    let card = folder.scorecard_of(candidate).ok_or_else(|| {
        LetterError::Failed(msg!(ui, "letters-no-scorecard", id = candidate.id.as_str()))
    })?;
    let assessment = hirekit_panel::assess(
        card,
        &files.interviews,
        &candidate.interviews,
        folder.profile.scorecard_hours,
    );
    if !how.force {
        let id = candidate.id.as_str();
        if candidate.decision != Some(Decision::Reject) {
            let message = match candidate.decision {
                Some(decision) => msg!(
                    ui,
                    "letters-not-rejected",
                    id = id,
                    decision = decision_code(decision)
                ),
                None => msg!(ui, "letters-undecided", id = id),
            };
            return Err(LetterError::NotAllowed(Refusal::NotRejected, message));
        }
        if let Some(awaiting) = hirekit_panel::Awaiting::of(&assessment) {
            return Err(LetterError::NotAllowed(
                Refusal::PanelAwaiting,
                msg!(
                    ui,
                    "letters-panel-awaiting",
                    id = id,
                    awaited = awaiting.awaited.join(", ")
                ),
            ));
        }
        if assessment.outcome == Outcome::Incomplete {
            return Err(LetterError::NotAllowed(
                Refusal::AssessmentIncomplete,
                msg!(ui, "letters-assessment-incomplete", id = id),
            ));
        }
    }
    // Not even `force` skips this: a decision that needs a reason on record gets one first.
    if let Some(missing) = hirekit_debrief::letter_blocked(files, &assessment) {
        return Err(LetterError::NotAllowed(Refusal::NoteMissing, missing));
    }
    let language = how.lang.unwrap_or(candidate.language);
    let profile = &folder.profile;
    let settings = Settings {
        language,
        letter_date: how.today,
        feedback_days: profile.feedback_days,
        reconnect_months: profile.reconnect_months,
        interviewer_names: &profile.interviewers,
        salutation: profile.letters.salutation,
        score_bands: profile.letters.score_bands,
    };
    let content = hirekit_feedback::compose(candidate, card, &assessment, &settings);
    let sender = Sender {
        company: profile.company.clone(),
        place: profile.place.clone(),
        name: profile.sender.name.clone(),
        title: profile.sender.title.get_or_any(language).to_owned(),
        email: profile.sender.email.clone(),
        // Non-breaking spaces keep a phone number on one line in every layout.
        phone: profile
            .sender
            .phone
            .as_ref()
            .map(|p| p.replace(' ', "\u{a0}")),
    };
    let letter = templates
        .render(&content, &sender)
        .map_err(|e| LetterError::Failed(chain(&e)))?;
    // What the `.txt` file and the e-mail say, and what the guard checks.
    let text = letter.to_text(language);
    let findings = hirekit_feedback::guard_letter(&letter, language);
    Ok(Composed {
        language,
        content,
        letter,
        sender,
        text,
        findings,
    })
}
