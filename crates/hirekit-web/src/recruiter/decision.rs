//! `GET/POST /candidates/{id}/decision`: record the decision (advance or reject), its reason and
//! a note, by the rules of `hirekit decide` (`hirekit_debrief::record`: not before the panel is
//! complete, a note when the proposal was `discuss` or the decision differs from it, no
//! `other_candidate` reason for an advance). The record is appended to the debrief history and
//! the candidate's decision set to match, as the command does on a database. The candidate's
//! answer to the talent-pool question, asked with the decision, is stored with it
//! (`talent_pool_consent`, which the feedback letter follows).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use hirekit_folder::{CandidateFiles, Decision, DecisionReason, Folder, HistoryRecord};
use serde::Deserialize;
use serde_json::json;

use crate::AppState;
use crate::auth::Signed;
use crate::pages::{not_found, render, server_error, signed_context};
use crate::text::language;
use hirekit_text::msg;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct DecisionForm {
    csrf: Option<String>,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
    /// The candidate's answer, asked with the decision, to being kept in the talent pool: `yes`,
    /// `no`, or empty when not asked.
    #[serde(default)]
    talent_pool: String,
    /// The panel met to discuss the disputed criteria: each then needs a final rating.
    #[serde(default)]
    panel_met: Option<String>,
    /// `final.CRITERION` (a point of the scale, or empty) and `final_reason.CRITERION` per
    /// disputed criterion.
    #[serde(flatten)]
    finals: std::collections::BTreeMap<String, String>,
}

impl DecisionForm {
    /// The final ratings given, for the disputed criteria only (the form shows no others). A
    /// reason without a rating is kept in the form but is not a final rating.
    fn final_ratings(&self, disputed: &[String]) -> Vec<hirekit_debrief::FinalRating> {
        disputed
            .iter()
            .filter_map(|id| {
                let rating = self
                    .finals
                    .get(&format!("final.{id}"))?
                    .trim()
                    .parse()
                    .ok()?;
                Some(hirekit_debrief::FinalRating {
                    criterion: id.clone(),
                    rating,
                    reason: self
                        .finals
                        .get(&format!("final_reason.{id}"))
                        .map_or_else(String::new, |r| r.trim().to_owned()),
                })
            })
            .collect()
    }
}

pub(crate) async fn form(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let folder = match super::managers_folder(&state, &signed, true).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let Some(files) = folder.candidate(&id) else {
        return not_found();
    };
    // The page shows the candidate's data: viewing it is logged, as the candidate page is.
    if let Err(e) = super::audit(&state, &signed, "view", Some(&id)).await {
        return e;
    }
    let form = DecisionForm {
        reason: "requirements".into(),
        ..DecisionForm::default()
    };
    page(&state, &signed, &folder, files, &form, &[], StatusCode::OK)
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Response {
    let csrf_ok = signed.csrf_ok(form.csrf.as_deref());
    let folder = match super::managers_folder(&state, &signed, csrf_ok).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let Some(files) = folder.candidate(&id) else {
        return not_found();
    };
    let lang = language(&signed.session.user.language);
    let refuse = |problems: &[String]| {
        page(
            &state,
            &signed,
            &folder,
            files,
            &form,
            problems,
            StatusCode::BAD_REQUEST,
        )
    };
    let decision = match form.decision.as_str() {
        "advance" => Decision::Advance,
        "reject" => Decision::Reject,
        _ => return refuse(&[msg!(lang, "page-decision-choose")]),
    };
    let reason = match form.reason.as_str() {
        "requirements" => DecisionReason::Requirements,
        "other_candidate" => DecisionReason::OtherCandidate,
        _ => return refuse(&[msg!(lang, "page-decision-choose-reason")]),
    };
    let consent = match form.talent_pool.as_str() {
        "" => None,
        "yes" => Some(true),
        "no" => Some(false),
        _ => return refuse(&[msg!(lang, "page-decision-choose-talent-pool")]),
    };
    let (Some(card), Some(assessment)) = (
        folder.scorecard_of(&files.candidate),
        hirekit_panel::assess_candidate(&folder, files),
    ) else {
        return server_error("a loaded candidate without a scorecard");
    };
    // The history as stored now, not as loaded: a decision recorded meanwhile stays.
    let stored = match state
        .db
        .read_record(&state.config.root, &id, HistoryRecord::Debrief)
        .await
    {
        Ok(stored) => stored,
        Err(e) => return server_error(&e.to_string()),
    };
    let mut log = match hirekit_debrief::parse(stored.as_ref()) {
        Ok(log) => log.unwrap_or_default(),
        Err(problems) => {
            let rendered: Vec<String> = problems
                .iter()
                .map(hirekit_yaml::Diagnostic::render)
                .collect();
            return refuse(&rendered);
        }
    };
    let request = hirekit_debrief::Request {
        decision,
        reason,
        note: Some(form.note.clone()),
        by: signed.session.user.name.clone(),
        at: super::now_fixed(&state),
        panel_met: form.panel_met.is_some(),
        final_ratings: form.final_ratings(&hirekit_debrief::disputed(&assessment)),
    };
    let debrief = match hirekit_debrief::check(request, card, &assessment) {
        Ok(debrief) => debrief,
        Err(problems) => {
            let worded: Vec<String> = problems
                .iter()
                .map(|p| problem_text(p, lang, card, &assessment, &folder))
                .collect();
            return refuse(&worded);
        }
    };
    log.decisions.push(debrief);
    let text = match hirekit_debrief::to_yaml(&log) {
        Ok(text) => text,
        Err(e) => return server_error(&e),
    };
    if let Err(e) = state
        .db
        .write_record(&id, HistoryRecord::Debrief, &text)
        .await
    {
        return server_error(&e.to_string());
    }
    if let Err(e) = state
        .db
        .record_decision(&id, Some(decision), Some(reason))
        .await
    {
        return server_error(&e.to_string());
    }
    // Only an answer given changes what is stored: "not asked" keeps an earlier answer.
    if consent.is_some()
        && let Err(e) = state.db.record_talent_pool_consent(&id, consent).await
    {
        return server_error(&e.to_string());
    }
    if let Err(e) = super::audit(&state, &signed, "decide", Some(&id)).await {
        return e;
    }
    super::see_other(&format!("/candidates/{id}"))
}

fn page(
    state: &AppState,
    signed: &Signed,
    folder: &Folder,
    files: &CandidateFiles,
    form: &DecisionForm,
    problems: &[String],
    status: StatusCode,
) -> Response {
    let lang = language(&signed.session.user.language);
    let assessment = hirekit_panel::assess_candidate(folder, files);
    // Proposing an outcome reads the ratings: not while the panel is incomplete.
    let (complete, proposed, awaited) = match assessment.map(hirekit_panel::PanelView::of) {
        Some(hirekit_panel::PanelView::Complete(a)) => (
            true,
            Some(hirekit_panel::render::outcome_label(&a, lang)),
            Vec::new(),
        ),
        Some(hirekit_panel::PanelView::Awaiting(a)) => (
            false,
            None,
            a.awaited
                .iter()
                .map(|h| folder.profile.interviewers.get(h).unwrap_or(h).clone())
                .collect(),
        ),
        // `PanelView::of` is the team's view, which is never one of an interviewer's.
        Some(hirekit_panel::PanelView::OwnFirst | hirekit_panel::PanelView::NotShared) | None => {
            (false, None, Vec::new())
        }
    };
    // The criteria the panel disputed, to give a final rating after meeting on them, as
    // `hirekit decide --panel-met --final` does.
    let card = folder.scorecard_of(&files.candidate);
    let disputed: Vec<_> = match (complete, hirekit_panel::assess_candidate(folder, files), card) {
        (true, Some(a), Some(card)) => hirekit_debrief::disputed(&a)
            .into_iter()
            .map(|id| {
                let name = card
                    .criterion(&id)
                    .map_or_else(|| id.clone(), |c| c.name.get_or_any(lang).to_owned());
                json!({
                    "id": id,
                    "name": name,
                    "points": card.scale.points().map(|p| p.to_string()).collect::<Vec<_>>(),
                    "rating": form.finals.get(&format!("final.{id}")).cloned().unwrap_or_default(),
                    "reason": form.finals.get(&format!("final_reason.{id}")).cloned().unwrap_or_default(),
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    let page = signed_context(
        signed,
        json!({
            "id": files.candidate.id,
            "name": files.candidate.name,
            "disputed": disputed,
            "panel_met": form.panel_met.is_some(),
            "complete": complete,
            "proposed": proposed,
            "awaited": awaited,
            "current": files.candidate.decision.map(|d| hirekit_panel::render::decision_label(d, lang)),
            "problems": problems,
            "form": {
                "decision": form.decision,
                "reason": form.reason,
                "note": form.note,
                "talent_pool": form.talent_pool,
            },
            "consent": files.candidate.talent_pool_consent,
        }),
    );
    render(state, status, "decision.html", page)
}

/// A rule's problem in the user's language, naming the form's fields, interviewers by name and
/// criteria by their name on the scorecard.
pub(crate) fn problem_text(
    problem: &hirekit_debrief::Problem,
    lang: hirekit_language::Language,
    card: &hirekit_scorecard::Scorecard,
    assessment: &hirekit_panel::Assessment,
    folder: &Folder,
) -> String {
    use hirekit_debrief::{NoteNeeded, Problem};
    let criterion = |id: &str| {
        card.criterion(id)
            .map_or_else(|| id.to_owned(), |c| c.name.get_or_any(lang).to_owned())
    };
    match problem {
        Problem::PanelIncomplete { awaited } => msg!(
            lang,
            "page-decision-panel-incomplete",
            awaited = awaited
                .iter()
                .map(|h| folder.profile.interviewers.get(h).unwrap_or(h).as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Problem::HiddenCharacterInBy(_) => msg!(lang, "page-decision-hidden-character"),
        Problem::NotAdvanceOrReject => msg!(lang, "page-decision-not-advance-or-reject"),
        Problem::OtherCandidateForAdvance => {
            msg!(lang, "page-decision-other-candidate-for-advance")
        }
        Problem::NoBy => msg!(lang, "page-decision-no-by"),
        Problem::NoteNeeded(NoteNeeded::Discussed) => msg!(lang, "page-decision-note-discussed"),
        // The outcome it differs from is the assessment's own.
        Problem::NoteNeeded(NoteNeeded::DiffersFromProposal(_)) => msg!(
            lang,
            "page-decision-note-differs",
            proposed = hirekit_panel::render::outcome_label(assessment, lang)
        ),
        Problem::FinalRatingTwice { criterion: id } => {
            msg!(lang, "page-decision-final-twice", criterion = criterion(id))
        }
        Problem::NotACriterion { criterion: id, .. } => {
            msg!(
                lang,
                "page-decision-not-a-criterion",
                criterion = criterion(id)
            )
        }
        Problem::NotDisputed { criterion: id, .. } => {
            msg!(
                lang,
                "page-decision-not-disputed",
                criterion = criterion(id)
            )
        }
        Problem::OutsideScale {
            criterion: id,
            rating,
            min,
            max,
        } => msg!(
            lang,
            "page-decision-outside-scale",
            criterion = criterion(id),
            rating = u32::from(*rating),
            min = u32::from(*min),
            max = u32::from(*max)
        ),
        Problem::FinalRatingWithoutReason { criterion: id } => msg!(
            lang,
            "page-decision-final-without-reason",
            criterion = criterion(id)
        ),
        Problem::FinalRatingMissing { criterion: id } => {
            msg!(
                lang,
                "page-decision-final-missing",
                criterion = criterion(id)
            )
        }
    }
}
