//! The recruiter's and hiring manager's pages: the pipeline per vacancy, recording a decision,
//! adding candidates and planning interviews, uploading a scorecard on an interviewer's behalf,
//! the mis-hire cost form and a candidate's audit log. Each handler checks the role and the CSRF
//! token, calls the crate that owns the rule, writes the audit log, and renders a template.

pub(crate) mod audit;
pub(crate) mod cost;
pub(crate) mod decision;
pub(crate) mod intake;
pub(crate) mod panel;
pub(crate) mod pipeline;
pub(crate) mod upload;

use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, FixedOffset};

use crate::AppState;
use crate::auth::Signed;
use crate::pages::server_error;

/// The templates of these pages, added to the others.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    ("pipeline.html", include_str!("../templates/pipeline.html")),
    ("decision.html", include_str!("../templates/decision.html")),
    (
        "candidate_new.html",
        include_str!("../templates/candidate_new.html"),
    ),
    ("plan.html", include_str!("../templates/plan.html")),
    ("upload.html", include_str!("../templates/upload.html")),
    ("cost.html", include_str!("../templates/cost.html")),
    ("audit.html", include_str!("../templates/audit.html")),
    (
        "candidate_manage.html",
        include_str!("../templates/candidate_manage.html"),
    ),
];

/// The server's clock in the team's time zone, for records that carry an offset (as the
/// command line records its computer's).
pub(crate) fn now_fixed(state: &AppState) -> DateTime<FixedOffset> {
    state.now_local()
}

/// Writes `action` on `candidate` by the signed-in user to the audit log. The action is a fixed
/// code (`decide`, `plan-interview`, …): never a name, an e-mail address or a rating.
pub(crate) async fn audit(
    state: &AppState,
    signed: &Signed,
    action: &str,
    candidate: Option<&str>,
) -> Result<(), Response> {
    hirekit_store::accounts::audit(
        &state.db,
        state.now(),
        &signed.session.user.email,
        action,
        candidate,
    )
    .await
    .map_err(|e| server_error(&e.to_string()))
}

/// The red-flag checklists in force: the built-in ones with those stored in the database, as the
/// command line reads them.
pub(crate) async fn catalogue(
    state: &AppState,
) -> Result<std::sync::Arc<hirekit_redflags::Catalogue>, Response> {
    crate::checklists::in_force(state).await
}

/// POST → redirect → GET: the browser shows the page again without resending the form.
/// The hiring data for a recruiter's or hiring manager's page: 403 for any other role, or when a
/// form's CSRF token is wrong (`csrf_ok` is true for a page that only shows), before anything is
/// read.
pub(crate) async fn managers_folder(
    state: &AppState,
    signed: &Signed,
    csrf_ok: bool,
) -> Result<hirekit_folder::Folder, Response> {
    if !crate::pages::is_recruiter_or_manager(&signed.session.user.role) || !csrf_ok {
        return Err(crate::auth::forbidden());
    }
    crate::pages::load(state).await
}

pub(crate) fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// What the candidate page shows a recruiter or hiring manager beyond the panel: the decision
/// taken (and its reason), and the links to act on the candidate.
pub(crate) fn manage(
    candidate: &hirekit_folder::Candidate,
    role: &hirekit_store::accounts::Role,
    lang: hirekit_language::Language,
) -> serde_json::Value {
    use hirekit_folder::DecisionReason;
    serde_json::json!({
        "decision": candidate
            .decision
            .map(|d| hirekit_panel::render::decision_label(d, lang)),
        "reason": candidate.decision_reason.map(|r| match r {
            DecisionReason::Requirements => "requirements",
            DecisionReason::OtherCandidate => "other_candidate",
        }),
        "consent": candidate.talent_pool_consent,
        "audit": *role == hirekit_store::accounts::Role::Recruiter,
    })
}
