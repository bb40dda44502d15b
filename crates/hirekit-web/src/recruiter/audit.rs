//! `GET /candidates/{id}/audit`: who looked at or changed a candidate's data, and when, from the
//! audit log. For recruiters only: they answer a candidate's access request (AVG art. 15) and
//! keep the procedure; a hiring manager decides and has no need to watch colleagues.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use hirekit_store::accounts::{self, Role};
use serde_json::json;

use crate::AppState;
use crate::auth::{Signed, forbidden};
use crate::pages::{load, not_found, render, server_error, signed_context};

pub(crate) async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    if signed.session.user.role != Role::Recruiter {
        return forbidden();
    }
    let folder = match load(&state).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let Some(files) = folder.candidate(&id) else {
        return not_found();
    };
    // Looking at the log is itself logged, before it is read: the page shows this visit too.
    if let Err(e) = super::audit(&state, &signed, "view-audit", Some(&id)).await {
        return e;
    }
    let log = match accounts::audit_log(&state.db).await {
        Ok(log) => log,
        Err(e) => return server_error(&e.to_string()),
    };
    let lang = crate::text::language(&signed.session.user.language);
    // The action in words; the stored code for one this version has no words for.
    let action_text = |code: &str| {
        let id = format!("web-audit-{code}");
        if hirekit_text::ids(lang).any(|known| known == id) {
            hirekit_text::message(lang, &id, &[])
        } else {
            code.to_owned()
        }
    };
    let entries: Vec<_> = log
        .iter()
        .filter(|(_, _, _, candidate)| candidate.as_deref() == Some(id.as_str()))
        .map(|(at, actor, action, _)| {
            json!({
                "at": state.zone().at(*at).format("%Y-%m-%d %H:%M:%S").to_string(),
                "actor": actor,
                "action": action_text(action),
            })
        })
        .collect();
    let page = signed_context(
        &signed,
        json!({ "id": files.candidate.id, "name": files.candidate.name, "entries": entries }),
    );
    render(&state, StatusCode::OK, "audit.html", page)
}
