//! `hirekit decide` as one call on a hiring source: find the candidate, check the request
//! against the panel ([`crate::record`]), re-read the history from the source and return the
//! texts to write, with the summary the person deciding reads. A front end only writes them.

use std::path::PathBuf;
use std::str::FromStr;

use hirekit_folder::{Candidate, Decision, DecisionReason, Folder, HiringSource, HistoryRecord};
use hirekit_panel::{Assessment, Outcome};
use hirekit_scorecard::Language;
use hirekit_text::msg;
use hirekit_yaml::Diagnostic;

use crate::{DEBRIEF_FILE, Debrief, FinalRating, Request};

/// Why a decision was not recorded: problems in the stored history, each at its
/// `path:line:column`, or a sentence that says what to do.
#[derive(Debug)]
pub enum Refusal {
    Problems(Vec<Diagnostic>),
    Message(String),
}

/// A decision checked and ready to write; nothing is written yet.
#[derive(Debug)]
pub struct Prepared {
    /// The whole debrief history with the new decision, for [`HistoryRecord::Debrief`].
    pub history: String,
    pub decision: Decision,
    pub reason: DecisionReason,
    /// `candidate.yaml` in the candidate's folder (its text is edited there in place).
    pub candidate_file: PathBuf,
    /// What was recorded, in the folder's language, ending with the debrief file's path.
    pub summary: String,
}

/// Checks `request` for candidate `id` and prepares the history to write. `had_errors`: the
/// folder had problems (a missing candidate may be one of them). The history is re-read from
/// `source`, so a decision recorded since `folder` was loaded is kept.
pub fn prepare(
    source: &dyn HiringSource,
    folder: &Folder,
    had_errors: bool,
    id: &str,
    request: Request,
) -> Result<Prepared, Refusal> {
    let lang = folder.profile.language;
    let Some(files) = folder.candidate(id) else {
        let folder_shown = folder.root.join("candidates").display().to_string();
        return Err(Refusal::Message(match had_errors {
            true => msg!(lang, "decide-candidate-unreadable", id = id),
            false => msg!(lang, "decide-no-candidate", id = id, folder = folder_shown),
        }));
    };
    let Some(card) = folder.scorecard_of(&files.candidate) else {
        return Err(Refusal::Message(msg!(lang, "decide-no-scorecard", id = id)));
    };
    let assessment = hirekit_panel::assess_candidate(folder, files).unwrap_or_else(|| {
        unreachable!("every loaded candidate has its scorecard (checked by hirekit-folder)")
    });
    let stored = source
        .read_record(id, HistoryRecord::Debrief)
        .map_err(|e| Refusal::Message(e.to_string()))?;
    let mut log = crate::parse(stored.as_ref())
        .map_err(Refusal::Problems)?
        .unwrap_or_default();
    let (decision, reason) = (request.decision, request.reason);
    let debrief = crate::record(request, card, &assessment).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        // In English, like the problems it lists (`record` words them in English for now).
        Refusal::Message(format!(
            "{}\n{}",
            msg!(Language::En, "decide-not-recorded", id = id),
            list.join("\n")
        ))
    })?;
    let debrief_file = files.dir.join(DEBRIEF_FILE).display().to_string();
    let summary = summary(id, &debrief, &assessment, &debrief_file, lang);
    log.decisions.push(debrief);
    let history = crate::to_yaml(&log)
        .map_err(|e| Refusal::Message(msg!(lang, "decide-not-written", error = e)))?;
    Ok(Prepared {
        history,
        decision,
        reason,
        candidate_file: files.dir.join("candidate.yaml"),
        summary,
    })
}

impl Prepared {
    /// `before` (the candidate file's text) with the decision set in place, so the recruiter's
    /// comments and layout stay; refused when the result would not read back the same way.
    pub fn edit_candidate(&self, before: &str, lang: Language) -> Result<String, Refusal> {
        let after = crate::set_decision(before, self.decision, self.reason);
        if hirekit_yaml::read::<Candidate>(&self.candidate_file, after.as_bytes()).is_err() {
            let path = self.candidate_file.display().to_string();
            return Err(Refusal::Message(msg!(
                lang,
                "decide-candidate-layout",
                path = path
            )));
        }
        Ok(after)
    }
}

/// What was recorded: the decision against the proposal, the final ratings, refills.
fn summary(
    id: &str,
    debrief: &Debrief,
    assessment: &Assessment,
    file: &str,
    lang: Language,
) -> String {
    let decision = match debrief.decision {
        Decision::Advance => msg!(lang, "outcome-advance"),
        _ => msg!(lang, "outcome-reject"),
    };
    let proposed = match assessment.outcome {
        Outcome::Advance => msg!(lang, "outcome-advance"),
        Outcome::Discuss => msg!(lang, "outcome-discuss"),
        Outcome::Reject => msg!(lang, "outcome-reject"),
        Outcome::Incomplete => msg!(lang, "outcome-incomplete"),
    };
    let mut out = msg!(
        lang,
        "decide-recorded",
        id = id,
        decision = decision,
        by = &debrief.by,
        proposed = proposed
    );
    for f in &debrief.final_ratings {
        out.push_str("\n  ");
        out.push_str(&msg!(
            lang,
            "decide-final",
            criterion = &f.criterion,
            rating = u32::from(f.rating),
            reason = &f.reason
        ));
    }
    if !debrief.refilled_after_ratings_shown.is_empty() {
        out.push_str("\n  ");
        out.push_str(&msg!(
            lang,
            "decide-refilled",
            interviewers = debrief.refilled_after_ratings_shown.join(", ")
        ));
    }
    format!("{out}\n  → {file}\n")
}

/// `distributed-systems=3:named idempotent retries` → criterion, rating and reason. The
/// problem is in English, like the rest of the command line's option errors.
impl FromStr for FinalRating {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let en = Language::En;
        let shape = || msg!(en, "decide-final-shape");
        let (criterion, rest) = text.split_once('=').ok_or_else(shape)?;
        let (rating, reason) = rest.split_once(':').ok_or_else(shape)?;
        let rating = rating.trim().parse::<u8>().map_err(|_| {
            msg!(
                en,
                "decide-final-not-a-rating",
                rating = rating.trim(),
                shape = shape()
            )
        })?;
        Ok(FinalRating {
            criterion: criterion.trim().to_owned(),
            rating,
            reason: reason.trim().to_owned(),
        })
    }
}
