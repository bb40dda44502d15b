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

/// The problems name the form's fields, not `hirekit decide`'s options. Who decided is the user
/// signed in (their account's name).
const FORM: hirekit_debrief::Wording = hirekit_debrief::Wording {
    by: "your account's name",
    give_by: "your account needs a name",
    reason_other_candidate: "the reason \"another candidate matched more closely\"",
    reason_requirements: "choose \"follows from the job requirements\"",
    give_note: "write it under Note",
};

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
        _ => return refuse(&["choose advance or reject".to_owned()]),
    };
    let reason = match form.reason.as_str() {
        "requirements" => DecisionReason::Requirements,
        "other_candidate" => DecisionReason::OtherCandidate,
        _ => return refuse(&["choose a reason".to_owned()]),
    };
    let consent = match form.talent_pool.as_str() {
        "" => None,
        "yes" => Some(true),
        "no" => Some(false),
        _ => return refuse(&["choose yes, no or not asked".to_owned()]),
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
        panel_met: false,
        final_ratings: Vec::new(),
    };
    let debrief = match hirekit_debrief::record_with(request, card, &assessment, &FORM) {
        Ok(debrief) => debrief,
        Err(problems) => return refuse(&problems),
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
    let page = signed_context(
        signed,
        json!({
            "id": files.candidate.id,
            "name": files.candidate.name,
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
