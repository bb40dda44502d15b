//! What `hirekit score` says about a complete panel beyond the means, for the candidate page:
//! the notes per criterion (must-have failed or split, below the pass point, disagreement), late
//! scorecards, scorecards refilled after the ratings were shown, ticked red flags (and the
//! cautions among them), and why the
//! outcome is what it is. The words are the command's (the message catalogue); the rules are
//! the panel's (`hirekit_panel`).

use hirekit_folder::Folder;
use hirekit_language::Language;
use hirekit_panel::{Assessment, CriterionResult};
use hirekit_redflags::{Catalogue, Evidence};
use hirekit_scorecard::Scorecard;
use hirekit_text::msg;
use serde_json::json;

/// The notes on one criterion, as the score table marks it.
pub(crate) fn criterion_notes(
    a: &Assessment,
    c: &CriterionResult,
    card: Option<&Scorecard>,
    lang: Language,
) -> Vec<String> {
    let mut notes = Vec::new();
    let below = card.is_some_and(|card| c.mean.is_some_and(|m| m < f64::from(card.scale.pass)));
    if a.split_must_haves.contains(&c.id) {
        notes.push(msg!(lang, "score-must-have-split"));
    } else if c.must_have && below {
        notes.push(msg!(lang, "score-must-have-failed"));
    } else if below {
        notes.push(msg!(lang, "score-below-pass"));
    }
    if c.disagreement {
        notes.push(msg!(lang, "score-disagreement-note"));
    }
    notes
}

/// Whose late scorecards a reader is shown.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LateOf<'a> {
    /// Everyone's: the recruiter's and hiring manager's business.
    Everyone,
    /// One interviewer's own only: an interviewer sees colleagues' ratings, not whether they
    /// handed in on time.
    Only(&'a str),
}

/// Late and refilled scorecards, red flags and the reasons for the outcome.
pub(crate) fn details(
    folder: &Folder,
    a: &Assessment,
    card: Option<&Scorecard>,
    catalogue: &Catalogue,
    lang: Language,
    late_of: LateOf,
) -> serde_json::Value {
    let name = |handle: &str| {
        folder
            .profile
            .interviewers
            .get(handle)
            .cloned()
            .unwrap_or_else(|| handle.to_owned())
    };
    let late: Vec<_> = a
        .late_scorecards
        .iter()
        .filter(|l| match late_of {
            LateOf::Everyone => true,
            LateOf::Only(handle) => l.interviewer == handle,
        })
        .map(|l| {
            msg!(
                lang,
                "score-late-item",
                interviewer = name(&l.interviewer),
                lateness = l.lateness.describe(lang),
            )
        })
        .collect();
    let refilled: Vec<_> = a
        .refilled_after_ratings_shown
        .iter()
        .map(|h| name(h))
        .collect();
    // As `hirekit score` sorts them: a ticked item known to track a protected ground is a
    // caution that never counts, the others are red flags to verify, with their evidence grade.
    let mut red_flags = Vec::new();
    let mut cautions = Vec::new();
    for flag in &a.red_flags {
        let item = catalogue.get(&flag.id);
        let signal = item.map_or(flag.id.as_str(), |i| i.signal.get(lang));
        let who = name(&flag.interviewer);
        match item.map(|i| i.evidence) {
            Some(Evidence::BiasRisk) => cautions.push(format!(
                "{who}: {signal} — {}",
                msg!(lang, "score-bias-risk-note")
            )),
            Some(evidence) => red_flags.push(format!(
                "{who}: {signal} — {}",
                hirekit_panel::render::evidence_label(evidence.code(), lang)
            )),
            None => red_flags.push(format!("{who}: {signal}")),
        }
    }

    let reasons: Vec<_> = match card {
        Some(card) => a
            .reasons
            .iter()
            .map(|r| hirekit_panel::render::reason_text(r, card, lang))
            .collect(),
        None => Vec::new(),
    };
    json!({
        "late": late,
        "refilled": refilled,
        "red_flags": red_flags,
        "cautions": cautions,
        "reasons": reasons,
    })
}
