//! `GET/POST /candidates/{id}/upload`: a recruiter or hiring manager stores a filled scorecard
//! (its YAML, pasted) on behalf of a planned interviewer, e.g. one filled in an editor from
//! `hirekit fill --template -`. It is judged as if it were the interviewer's file in the hiring
//! folder (`hirekit_folder::check_filled_scorecard`): every problem is shown with its
//! path:line:column and the line with a caret, from the one diagnostic renderer.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use hirekit_folder::{CandidateFiles, Folder, SourceError};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::AppState;
use crate::auth::Signed;
use crate::pages::{not_found, render, server_error, signed_context};
use hirekit_text::msg;

#[derive(Debug, Default, Deserialize, Serialize)]
pub(crate) struct UploadForm {
    #[serde(default, skip_serializing)]
    csrf: Option<String>,
    #[serde(default)]
    interviewer: String,
    #[serde(default)]
    yaml: String,
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
    page(
        &state,
        &signed,
        &folder,
        files,
        &UploadForm::default(),
        &[],
        StatusCode::OK,
    )
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<UploadForm>,
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
    let lang = crate::text::language(&signed.session.user.language);
    let who = form.interviewer.trim();
    if !files
        .candidate
        .interviews
        .iter()
        .any(|p| p.interviewer == who)
    {
        return refuse(&[msg!(lang, "page-upload-not-planned")]);
    }
    let catalogue = match super::catalogue(&state).await {
        Ok(c) => c,
        Err(e) => return e,
    };
    // Named as the file it exports to, relative to the hiring folder, as the user knows it; the
    // file name is the interviewer's, so a scorecard by someone else is refused by the check.
    let shown = std::path::Path::new("candidates")
        .join(&id)
        .join("interviews")
        .join(format!("{who}.yaml"));
    let filled = match hirekit_folder::check_filled_scorecard(
        &shown,
        form.yaml.as_bytes(),
        &files.candidate,
        folder.scorecard_of(&files.candidate),
        &|flag| catalogue.get(flag).is_some(),
    ) {
        Ok(filled) => filled,
        Err(problems) => {
            let rendered: Vec<String> = problems
                .iter()
                .map(hirekit_yaml::Diagnostic::render)
                .collect();
            return refuse(&rendered);
        }
    };
    match state.db.submit_scorecard(&filled, false).await {
        Ok(()) => {}
        Err(SourceError::AlreadySubmitted { .. }) => {
            let name = folder
                .profile
                .interviewers
                .get(who)
                .map_or(who, String::as_str);
            return refuse(&[msg!(
                lang,
                "page-upload-already-submitted",
                interviewer = name
            )]);
        }
        Err(e) => return server_error(&e.to_string()),
    }
    if let Err(e) = super::audit(&state, &signed, "upload-scorecard", Some(&id)).await {
        return e;
    }
    super::see_other(&format!("/candidates/{id}"))
}

fn page(
    state: &AppState,
    signed: &Signed,
    folder: &Folder,
    files: &CandidateFiles,
    form: &UploadForm,
    problems: &[String],
    status: StatusCode,
) -> Response {
    // Only those planned who have not submitted: a second scorecard is refused anyway.
    let open: Vec<_> = files
        .candidate
        .interviews
        .iter()
        .filter(|p| {
            !files
                .interviews
                .iter()
                .any(|s| s.interviewer == p.interviewer)
        })
        .map(|p| {
            json!({
                "handle": p.interviewer,
                "name": folder.profile.interviewers.get(&p.interviewer).unwrap_or(&p.interviewer),
            })
        })
        .collect();
    let page = signed_context(
        signed,
        json!({
            "id": files.candidate.id,
            "name": files.candidate.name,
            "open": open,
            "form": form,
            "problems": problems,
        }),
    );
    render(state, status, "upload.html", page)
}
