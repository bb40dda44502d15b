//! The rules of a debrief: when a decision needs a note, which criteria were disputed, and what a
//! final rating must look like. `hirekit decide` and `hirekit feedback` both ask these questions,
//! so the answers live here once.

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{Decision, DecisionReason};
use hirekit_panel::{Assessment, Outcome};
use hirekit_scorecard::Scorecard;

use crate::model::{Debrief, DebriefLog, FinalRating, Proposed};

/// Why a decision needs a written note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteNeeded {
    /// The proposal was `discuss`: the discussion's conclusion is the record.
    Discussed,
    /// The decision differs from what the rule proposed.
    DiffersFromProposal(Outcome),
}

impl NoteNeeded {
    pub fn describe(self) -> String {
        match self {
            NoteNeeded::Discussed => "the proposed outcome was `discuss`".to_owned(),
            NoteNeeded::DiffersFromProposal(outcome) => {
                format!(
                    "the decision differs from the proposed outcome `{}`",
                    outcome.code()
                )
            }
        }
    }
}

/// Whether deciding `decision` on a proposal of `proposed` needs a note, and why.
pub fn note_needed(proposed: Outcome, decision: Decision) -> Option<NoteNeeded> {
    match (proposed, decision) {
        (Outcome::Discuss, _) => Some(NoteNeeded::Discussed),
        (Outcome::Advance, Decision::Advance) | (Outcome::Reject, Decision::Reject) => None,
        (proposed, _) => Some(NoteNeeded::DiffersFromProposal(proposed)),
    }
}

/// Criteria the panel disagreed on: two or more points apart, or a must-have on both sides of
/// the pass point. These are the ones a panel meeting gives a final rating.
pub fn disputed(assessment: &Assessment) -> Vec<String> {
    assessment
        .criteria
        .iter()
        .filter(|c| c.disagreement || assessment.split_must_haves.contains(&c.id))
        .map(|c| c.id.clone())
        .collect()
}

/// What the person deciding asked for.
#[derive(Debug, Clone)]
pub struct Request {
    pub decision: Decision,
    pub reason: DecisionReason,
    pub note: Option<String>,
    pub by: String,
    pub at: DateTime<FixedOffset>,
    /// The panel met: every disputed criterion then needs a final rating.
    pub panel_met: bool,
    pub final_ratings: Vec<FinalRating>,
}

/// How the problems of [`record_with`] name what the person fills in: the command line's options,
/// or a form's fields.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    /// Who decided, e.g. `--by`.
    pub by: &'static str,
    /// How to give who decided, e.g. `--by NAME`.
    pub give_by: &'static str,
    /// The reason `other_candidate`, e.g. `` `--reason other_candidate` ``.
    pub reason_other_candidate: &'static str,
    /// The reason `requirements`, e.g. `` `--reason requirements` ``.
    pub reason_requirements: &'static str,
    /// How to give a note, e.g. `--note TEXT`.
    pub give_note: &'static str,
}

impl Wording {
    /// `hirekit decide`'s options.
    pub const COMMAND_LINE: Wording = Wording {
        by: "--by",
        give_by: "--by NAME",
        reason_other_candidate: "`--reason other_candidate`",
        reason_requirements: "`--reason requirements`",
        give_note: "--note TEXT",
    };
}

/// Why a request cannot be recorded. Each front end words it in its own terms and language:
/// [`Problem::describe`] gives the command line's English sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A planned interviewer (these handles) has not submitted yet.
    PanelIncomplete { awaited: Vec<String> },
    /// Who decided contains an invisible or control character.
    HiddenCharacterInBy(char),
    /// Only `advance` and `reject` are decided at a debrief.
    NotAdvanceOrReject,
    /// `other_candidate` was given with an advance.
    OtherCandidateForAdvance,
    /// Nobody is named as who decided.
    NoBy,
    /// A note is needed, and none was given.
    NoteNeeded(NoteNeeded),
    /// A criterion was given two final ratings.
    FinalRatingTwice { criterion: String },
    /// A final rating for something that is not a criterion of the scorecard.
    NotACriterion {
        criterion: String,
        scorecard: String,
    },
    /// A final rating for a criterion the panel did not dispute.
    NotDisputed {
        criterion: String,
        disputed: Vec<String>,
    },
    /// A final rating outside the scale.
    OutsideScale {
        criterion: String,
        rating: u8,
        min: u8,
        max: u8,
    },
    /// A final rating without a reason.
    FinalRatingWithoutReason { criterion: String },
    /// The panel met, and this disputed criterion has no final rating.
    FinalRatingMissing { criterion: String },
}

impl Problem {
    /// The problem as a sentence in English, naming what to fix in `wording`.
    pub fn describe(&self, wording: &Wording) -> String {
        match self {
            Problem::PanelIncomplete { awaited } => format!(
                "the panel is not complete: no scorecard yet from {}; decide once every planned interviewer has submitted",
                awaited.join(", ")
            ),
            Problem::HiddenCharacterInBy(c) => format!(
                "{} contains {}; give the name as plain text",
                wording.by,
                hirekit_yaml::hidden::describe(*c)
            ),
            Problem::NotAdvanceOrReject => "a debrief decides `advance` or `reject`".to_owned(),
            Problem::OtherCandidateForAdvance => format!(
                "{} explains a rejection; an advance follows from the requirements ({})",
                wording.reason_other_candidate, wording.reason_requirements
            ),
            Problem::NoBy => format!("say who decided ({})", wording.give_by),
            Problem::NoteNeeded(needed) => format!(
                "{}, so the decision needs a note saying why ({})",
                needed.describe(),
                wording.give_note
            ),
            Problem::FinalRatingTwice { criterion } => {
                format!("`{criterion}` has two final ratings; give one")
            }
            Problem::NotACriterion {
                criterion,
                scorecard,
            } => format!("`{criterion}` is not a criterion of the scorecard `{scorecard}`"),
            Problem::NotDisputed {
                criterion,
                disputed,
            } => format!(
                "`{criterion}` was not disputed; final ratings are for disputed criteria ({})",
                list_or_none(disputed)
            ),
            Problem::OutsideScale {
                criterion,
                rating,
                min,
                max,
            } => format!(
                "the final rating of `{criterion}` ({rating}) is outside the scale {min}-{max}"
            ),
            Problem::FinalRatingWithoutReason { criterion } => format!(
                "the final rating of `{criterion}` needs a reason: what the answers contained, in terms of the anchors"
            ),
            Problem::FinalRatingMissing { criterion } => format!(
                "the panel met, so the disputed criterion `{criterion}` needs a final rating (--final {criterion}=RATING:REASON)"
            ),
        }
    }
}

/// Checks a request against the assessment and returns the record to append, or every reason
/// it cannot be recorded (each a sentence that names the option to fix).
pub fn record(
    request: Request,
    card: &Scorecard,
    assessment: &Assessment,
) -> Result<Debrief, Vec<String>> {
    record_with(request, card, assessment, &Wording::COMMAND_LINE)
}

/// [`record`], naming what to fix in `wording` (e.g. a form's fields).
pub fn record_with(
    request: Request,
    card: &Scorecard,
    assessment: &Assessment,
    wording: &Wording,
) -> Result<Debrief, Vec<String>> {
    check(request, card, assessment)
        .map_err(|problems| problems.iter().map(|p| p.describe(wording)).collect())
}

/// [`record`], with the problems as values for a front end to word in its own language.
pub fn check(
    request: Request,
    card: &Scorecard,
    assessment: &Assessment,
) -> Result<Debrief, Vec<Problem>> {
    // Deciding computes the disputed criteria and records the proposal: while someone planned
    // has not submitted, that would show the ratings before everyone has rated on their own.
    if let Some(awaiting) = hirekit_panel::Awaiting::of(assessment) {
        return Err(vec![Problem::PanelIncomplete {
            awaited: awaiting.awaited,
        }]);
    }
    let mut problems = Vec::new();
    if let Some(c) = hirekit_yaml::hidden::hidden_character(&request.by) {
        problems.push(Problem::HiddenCharacterInBy(c));
    }
    if !matches!(request.decision, Decision::Advance | Decision::Reject) {
        problems.push(Problem::NotAdvanceOrReject);
    }
    if request.decision == Decision::Advance && request.reason == DecisionReason::OtherCandidate {
        problems.push(Problem::OtherCandidateForAdvance);
    }
    if request.by.trim().is_empty() {
        problems.push(Problem::NoBy);
    }
    let note = request
        .note
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    if let Some(needed) = note_needed(assessment.outcome, request.decision)
        && note.is_none()
    {
        problems.push(Problem::NoteNeeded(needed));
    }
    let disputed = disputed(assessment);
    let scale = &card.scale;
    for (index, f) in request.final_ratings.iter().enumerate() {
        let criterion = f.criterion.clone();
        if request.final_ratings[..index]
            .iter()
            .any(|g| g.criterion == f.criterion)
        {
            problems.push(Problem::FinalRatingTwice {
                criterion: criterion.clone(),
            });
        } else if card.criterion(&f.criterion).is_none() {
            problems.push(Problem::NotACriterion {
                criterion: criterion.clone(),
                scorecard: card.id.clone(),
            });
        } else if !disputed.contains(&f.criterion) {
            problems.push(Problem::NotDisputed {
                criterion: criterion.clone(),
                disputed: disputed.clone(),
            });
        }
        if !scale.points().any(|p| p == f.rating) {
            problems.push(Problem::OutsideScale {
                criterion: criterion.clone(),
                rating: f.rating,
                min: scale.min,
                max: scale.max,
            });
        }
        if f.reason.trim().is_empty() {
            problems.push(Problem::FinalRatingWithoutReason { criterion });
        }
    }
    if request.panel_met {
        for id in &disputed {
            if !request.final_ratings.iter().any(|f| &f.criterion == id) {
                problems.push(Problem::FinalRatingMissing {
                    criterion: id.clone(),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Debrief {
        decision: request.decision,
        reason: request.reason,
        note,
        by: request.by.trim().to_owned(),
        at: request.at,
        proposed: Proposed {
            outcome: assessment.outcome,
            overall: assessment.overall,
            coverage: assessment.coverage,
            talent_pool: assessment.talent_pool,
        },
        final_ratings: request.final_ratings,
        refilled_after_ratings_shown: assessment.refilled_after_ratings_shown.clone(),
    })
}

fn list_or_none(ids: &[String]) -> String {
    if ids.is_empty() {
        "none here".to_owned()
    } else {
        ids.iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Why no letter may be sent yet for a decision, or `None` when it may: a decision that needs a
/// note must have one in the latest debrief for that same decision. The message names the
/// command that records it.
pub fn missing_note(
    candidate_id: &str,
    decision: Decision,
    reason: Option<DecisionReason>,
    assessment: &Assessment,
    log: Option<&DebriefLog>,
) -> Option<String> {
    let needed = note_needed(assessment.outcome, decision)?;
    let latest = log.and_then(|l| l.decisions.last());
    if latest.is_some_and(|d| d.decision == decision && d.note.is_some()) {
        return None;
    }
    let decision_code = match decision {
        Decision::Advance => "advance",
        Decision::Reject => "reject",
        Decision::Hired => "hired",
        Decision::Withdrawn => "withdrawn",
    };
    let reason_code = match reason {
        Some(DecisionReason::OtherCandidate) => "other_candidate",
        _ => "requirements",
    };
    Some(format!(
        "{candidate_id}: {}, so the decision needs a recorded note first: \
         hirekit decide {candidate_id} --decision {decision_code} --reason {reason_code} --note \"...\"",
        needed.describe()
    ))
}
