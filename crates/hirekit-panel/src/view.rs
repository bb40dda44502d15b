//! What `hirekit score` (and, next, the web app) shows of each candidate's panel: one value per
//! candidate, built here once, that every renderer (table, Markdown, JSON) only arranges.
//!
//! The hidden-ratings rule is applied here, through [`Awaiting`]: while a planned interviewer
//! has not submitted, the view carries who has and who has not, and no assessment at all —
//! unless the caller was given the right to see ratings early (`reveal`).

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use hirekit_folder::{CandidateFiles, Decision, Folder, TimeRules};
use serde::Serialize;

use crate::{Assessment, Awaiting, PanelView, Viewer};

/// Whether the panel of a candidate is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelStatus {
    /// Every planned interviewer has submitted.
    Complete,
    /// Someone planned has not submitted yet: ratings stay hidden (unless revealed).
    AwaitingScorecards,
}

/// One candidate in the score view: who, and what the panel said once it may be shown.
#[derive(Debug, Clone, Serialize)]
pub struct CandidateScore {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    pub status: PanelStatus,
    /// Who has submitted and who is awaited, while the panel is not complete.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub awaiting: Option<Awaiting>,
    /// The evidence grade of each ticked red flag (`supported`, `weak`, `bias_risk`); bias-risk
    /// items are cautions: they never count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub red_flag_evidence: Option<BTreeMap<String, String>>,
    /// The assessment: only when the panel is complete, or when revealed.
    #[serde(flatten)]
    pub assessment: Option<Assessment>,
}

/// The score view of a set of candidates, in the folder's order.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreView {
    pub candidates: Vec<CandidateScore>,
}

/// A candidate asked for by id that is not there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectError {
    /// The candidate's files have errors (already reported by the loader).
    Unreadable { id: String },
    /// No such candidate in the folder.
    Unknown { id: String, candidates_dir: PathBuf },
}

impl fmt::Display for SelectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SelectError::Unreadable { id } => {
                write!(
                    f,
                    "candidate `{id}` could not be read (see the errors above)"
                )
            }
            SelectError::Unknown { id, candidates_dir } => {
                write!(f, "no candidate `{id}` in {}", candidates_dir.display())
            }
        }
    }
}

impl std::error::Error for SelectError {}

/// The candidates `ids` names, in the order given; every candidate when `ids` is empty.
/// `had_errors`: the folder was loaded with errors, so a missing candidate may be one whose
/// files could not be read.
pub fn select<'a>(
    folder: &'a Folder,
    ids: &[String],
    had_errors: bool,
) -> Result<Vec<&'a CandidateFiles>, SelectError> {
    if ids.is_empty() {
        return Ok(folder.candidates.iter().collect());
    }
    ids.iter()
        .map(|id| {
            folder.candidate(id).ok_or_else(|| {
                if had_errors {
                    SelectError::Unreadable { id: id.clone() }
                } else {
                    SelectError::Unknown {
                        id: id.clone(),
                        candidates_dir: folder.root.join("candidates"),
                    }
                }
            })
        })
        .collect()
}

/// The assessment of one candidate of a loaded folder, under the folder's time rules; `None`
/// when the candidate's scorecard is not in the folder.
pub fn assess_candidate(folder: &Folder, files: &CandidateFiles) -> Option<Assessment> {
    let card = folder.scorecard_of(&files.candidate)?;
    Some(crate::assess_under(
        card,
        &files.interviews,
        &files.candidate.interviews,
        &TimeRules::of(&folder.profile),
    ))
}

/// The score view of `candidates`. `reveal` shows ratings before the panel is complete (the
/// hiring manager's override); `evidence` gives the evidence grade code of a red-flag id.
pub fn score_view(
    folder: &Folder,
    candidates: &[&CandidateFiles],
    reveal: bool,
    evidence: impl Fn(&str) -> Option<String>,
) -> ScoreView {
    let candidates = candidates
        .iter()
        .filter_map(|files| {
            let assessment = assess_candidate(folder, files)?;
            let awaiting = Awaiting::of(&assessment);
            let status = match awaiting {
                Some(_) => PanelStatus::AwaitingScorecards,
                None => PanelStatus::Complete,
            };
            // The terminal is the team's: the rule is the one the web app asks too.
            let shown = match PanelView::for_viewer(
                assessment,
                Viewer::Team { reveal },
                folder.profile.ratings_visible,
            ) {
                PanelView::Complete(a) => Some(*a),
                _ => None,
            };
            let red_flag_evidence = shown.as_ref().map(|a| {
                a.red_flags
                    .iter()
                    .filter_map(|f| evidence(&f.id).map(|e| (f.id.clone(), e)))
                    .collect()
            });
            Some(CandidateScore {
                id: files.candidate.id.clone(),
                name: files.candidate.name.clone(),
                decision: files.candidate.decision,
                status,
                awaiting,
                red_flag_evidence,
                assessment: shown,
            })
        })
        .collect();
    ScoreView { candidates }
}
