//! The pages: each handler checks the role and the relation, asks the library crates, and
//! renders a template. A page a user may not see answers 403 (wrong role) or 404 (a candidate
//! they have no relation to, indistinguishable from one that does not exist).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use hirekit_folder::{Folder, TimeRules};
use hirekit_panel::{PanelView, Viewer};
use hirekit_store::accounts::{self, Role};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::AppState;
use crate::auth::{
    self, FAILED_SIGN_IN_LIMIT, FORM_COOKIE, LOCK_MINUTES, MIN_PASSWORD_CHARS, SESSION_COOKIE,
    SESSION_HOURS, Signed, forbidden,
};
use crate::text::{labels, language};

pub(crate) mod letter;

/// The templates, embedded in the binary; `.html` names are HTML-escaped by tera.
pub(crate) fn templates() -> Result<tera::Tera, crate::WebError> {
    let mut tera = tera::Tera::new();
    let mut all = vec![
        ("base.html", include_str!("templates/base.html")),
        ("signin.html", include_str!("templates/signin.html")),
        ("welcome.html", include_str!("templates/welcome.html")),
        (
            "my_interviews.html",
            include_str!("templates/my_interviews.html"),
        ),
        ("candidates.html", include_str!("templates/candidates.html")),
        ("candidate.html", include_str!("templates/candidate.html")),
        ("scorecard.html", include_str!("templates/scorecard.html")),
        ("kit.html", include_str!("templates/kit.html")),
        ("letter.html", include_str!("templates/letter.html")),
    ];
    all.extend_from_slice(crate::recruiter::TEMPLATES);
    // All at once: a template may include or extend one added after it.
    tera.add_raw_templates(all)
        .map_err(|e| crate::WebError::Other(format!("the templates: {e}")))?;
    Ok(tera)
}

pub(crate) async fn style() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("assets/style.css"),
    )
}

pub(crate) async fn autosave_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("assets/autosave.js"),
    )
}

/// A 500 that names no personal data (the message is about the database, not a candidate).
pub(crate) fn server_error(message: &str) -> Response {
    eprintln!("error: {message}");
    (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
}

pub(crate) fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found").into_response()
}

pub(crate) fn render(
    state: &AppState,
    status: StatusCode,
    name: &str,
    context: serde_json::Value,
) -> Response {
    let context = match tera::Context::from_serialize(&context) {
        Ok(c) => c,
        Err(e) => return server_error(&format!("template {name}: {e}")),
    };
    match state.templates.render(name, &context) {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => server_error(&format!("template {name}: {e}")),
    }
}

/// What every signed-in page shows: the language, the labels, who is signed in, the CSRF token.
pub(crate) fn signed_context(signed: &Signed, mut page: serde_json::Value) -> serde_json::Value {
    let user = &signed.session.user;
    let interviewer = match &user.role {
        Role::Interviewer(h) => Some(h.as_str()),
        _ => None,
    };
    if let Some(map) = page.as_object_mut() {
        map.insert("lang".into(), json!(user.language));
        map.insert("t".into(), json!(labels(&user.language)));
        map.insert(
            "user".into(),
            json!({ "name": user.name, "interviewer": interviewer }),
        );
        map.insert("csrf".into(), json!(signed.session.csrf_token));
    }
    page
}

/// The language of a page before sign-in: Dutch when the browser asks for it first.
fn anonymous_language(headers: &HeaderMap) -> &'static str {
    let first = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .unwrap_or("");
    if first.trim().to_ascii_lowercase().starts_with("nl") {
        "nl"
    } else {
        "en"
    }
}

/// A form page before sign-in, with a fresh double-submit token in its cookie and field, in the
/// language the browser asks for.
fn anonymous_form(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    name: &str,
    page: serde_json::Value,
) -> Response {
    form_in(state, status, name, page, anonymous_language(headers))
}

/// The sign-in link's page when the link is unknown, used or expired (the same answer for each,
/// so a guessed link learns nothing).
fn link_not_valid(state: &AppState, headers: &HeaderMap) -> Response {
    anonymous_form(
        state,
        headers,
        StatusCode::NOT_FOUND,
        "welcome.html",
        json!({ "invalid": true }),
    )
}

/// [`anonymous_form`] for a user known by their sign-in link: in their own language.
fn form_for(
    state: &AppState,
    status: StatusCode,
    name: &str,
    page: serde_json::Value,
    user: &accounts::User,
) -> Response {
    let lang = if user.language == "nl" { "nl" } else { "en" };
    form_in(state, status, name, page, lang)
}

fn form_in(
    state: &AppState,
    status: StatusCode,
    name: &str,
    mut page: serde_json::Value,
    lang: &'static str,
) -> Response {
    let token = auth::new_secret();
    if let Some(map) = page.as_object_mut() {
        map.insert("lang".into(), json!(lang));
        map.insert("t".into(), json!(labels(lang)));
        map.insert("form_token".into(), json!(token));
    }
    let mut response = render(state, status, name, page);
    if let Ok(value) = auth::set_cookie(state, FORM_COOKIE, &token, 3600).parse() {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub(crate) async fn load(state: &AppState) -> Result<Folder, Response> {
    state
        .db
        .load(&state.config.root)
        .await
        .map(|(folder, _)| folder)
        .map_err(|e| server_error(&e.to_string()))
}

pub(crate) fn is_recruiter_or_manager(role: &Role) -> bool {
    matches!(role, Role::Recruiter | Role::HiringManager)
}

pub(crate) async fn home(signed: Signed) -> Response {
    match signed.session.user.role {
        Role::Interviewer(_) => Redirect::to("/my-interviews").into_response(),
        _ => Redirect::to("/candidates").into_response(),
    }
}

#[derive(Deserialize)]
pub(crate) struct SignInForm {
    email: String,
    password: String,
    csrf: Option<String>,
}

pub(crate) async fn sign_in_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    anonymous_form(
        &state,
        &headers,
        StatusCode::OK,
        "signin.html",
        json!({ "failed": false, "email": "" }),
    )
}

pub(crate) async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Response {
    if !auth::form_token_ok(&headers, form.csrf.as_deref()) {
        return forbidden();
    }
    let now = state.now();
    let user = match accounts::find_user(&state.db, &form.email).await {
        Ok(user) => user,
        Err(e) => return server_error(&e.to_string()),
    };
    let unlocked = user.as_ref().is_some_and(|u| u.locked_until <= now);
    let stored = user
        .as_ref()
        .filter(|_| unlocked)
        .and_then(|u| u.password_hash.clone());
    let accepted = auth::password_matches(form.password.clone(), stored).await && unlocked;
    let Some(user) = user.filter(|_| accepted) else {
        if let Err(e) = accounts::record_failed_sign_in(
            &state.db,
            &form.email,
            FAILED_SIGN_IN_LIMIT,
            now,
            LOCK_MINUTES * 60,
        )
        .await
        {
            return server_error(&e.to_string());
        }
        return anonymous_form(
            &state,
            &headers,
            StatusCode::UNAUTHORIZED,
            "signin.html",
            json!({ "failed": true, "email": form.email }),
        );
    };
    let id = auth::new_secret();
    let csrf = auth::new_secret();
    let stored = async {
        accounts::reset_failed_sign_ins(&state.db, &user.email).await?;
        accounts::add_session(
            &state.db,
            &auth::sha256_hex(&id),
            &user.email,
            &csrf,
            now + SESSION_HOURS * 3600,
        )
        .await
    };
    if let Err(e) = stored.await {
        return server_error(&e.to_string());
    }
    let mut response = Redirect::to("/").into_response();
    for cookie in [
        auth::set_cookie(&state, SESSION_COOKIE, &id, SESSION_HOURS * 3600),
        auth::set_cookie(&state, FORM_COOKIE, "", 0),
    ] {
        if let Ok(value) = cookie.parse() {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

pub(crate) async fn welcome_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    match accounts::sign_in_token_user(&state.db, &auth::sha256_hex(&token), state.now()).await {
        Ok(Some(user)) => form_for(
            &state,
            StatusCode::OK,
            "welcome.html",
            json!({ "invalid": false, "short": false, "email": user.email, "name": user.name, "token": token }),
            &user,
        ),
        Ok(None) => link_not_valid(&state, &headers),
        Err(e) => server_error(&e.to_string()),
    }
}

#[derive(Deserialize)]
pub(crate) struct PasswordForm {
    password: String,
    csrf: Option<String>,
}

pub(crate) async fn welcome(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Response {
    if !auth::form_token_ok(&headers, form.csrf.as_deref()) {
        return forbidden();
    }
    let token_hash = auth::sha256_hex(&token);
    let now = state.now();
    if form.password.chars().count() < MIN_PASSWORD_CHARS {
        return match accounts::sign_in_token_user(&state.db, &token_hash, now).await {
            Ok(Some(user)) => form_for(
                &state,
                StatusCode::BAD_REQUEST,
                "welcome.html",
                json!({ "invalid": false, "short": true, "email": user.email, "name": user.name, "token": token }),
                &user,
            ),
            Ok(None) => link_not_valid(&state, &headers),
            Err(e) => server_error(&e.to_string()),
        };
    }
    let password = form.password.clone();
    let hash = match auth::with_argon2(move || auth::hash_password(&password)).await {
        Some(Ok(h)) => h,
        Some(Err(e)) => return server_error(&e),
        None => return server_error("the password hashing stopped"),
    };
    match accounts::redeem_sign_in_token(&state.db, &token_hash, &hash, now).await {
        Ok(Some(_)) => Redirect::to("/signin").into_response(),
        Ok(None) => link_not_valid(&state, &headers),
        Err(e) => server_error(&e.to_string()),
    }
}

#[derive(Deserialize)]
pub(crate) struct CsrfForm {
    csrf: Option<String>,
}

pub(crate) async fn logout(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<CsrfForm>,
) -> Response {
    if !signed.csrf_ok(form.csrf.as_deref()) {
        return forbidden();
    }
    if let Err(e) = accounts::delete_session(&state.db, &signed.id_hash).await {
        return server_error(&e.to_string());
    }
    let mut response = Redirect::to("/signin").into_response();
    if let Ok(value) = auth::set_cookie(&state, SESSION_COOKIE, "", 0).parse() {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[derive(Serialize)]
struct MyInterview {
    candidate: String,
    name: String,
    at: String,
    due: String,
    late: bool,
    submitted: bool,
}

pub(crate) async fn my_interviews(State(state): State<AppState>, signed: Signed) -> Response {
    let Role::Interviewer(handle) = &signed.session.user.role else {
        return forbidden();
    };
    // Only the candidates planned with this interviewer are read.
    let folder = match state.db.load_planned_with(&state.config.root, handle).await {
        Ok(f) => f,
        Err(e) => return server_error(&e.to_string()),
    };
    let rules = TimeRules::of(&folder.profile);
    let now = chrono::DateTime::from_timestamp(state.now(), 0).unwrap_or_default();
    let mut interviews = Vec::new();
    for files in &folder.candidates {
        let submitted = files.interviews.iter().any(|s| &s.interviewer == handle);
        for planned in files
            .candidate
            .interviews
            .iter()
            .filter(|p| &p.interviewer == handle)
        {
            let due = rules.scorecard_due(planned.at);
            interviews.push(MyInterview {
                candidate: files.candidate.id.clone(),
                name: files.candidate.name.clone(),
                at: state
                    .zone()
                    .shift(planned.at)
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
                due: state.zone().shift(due).format("%Y-%m-%d %H:%M").to_string(),
                late: !submitted && due < now,
                submitted,
            });
        }
    }
    interviews.sort_by(|a, b| a.at.cmp(&b.at).then(a.candidate.cmp(&b.candidate)));
    let page = signed_context(&signed, json!({ "interviews": interviews }));
    render(&state, StatusCode::OK, "my_interviews.html", page)
}

/// A due task in words, naming the interviewer as people know them (`hirekit due` prints the
/// handle a terminal user types).
pub(crate) fn due_label(
    item: &hirekit_due::Item,
    folder: &Folder,
    lang: hirekit_language::Language,
) -> String {
    let mut named = item.clone();
    if let Some(handle) = &item.interviewer
        && let Some(name) = folder.profile.interviewers.get(handle)
    {
        named.interviewer = Some(name.clone());
    }
    hirekit_due::task_label(&named, lang)
}

pub(crate) async fn candidates(State(state): State<AppState>, signed: Signed) -> Response {
    if !is_recruiter_or_manager(&signed.session.user.role) {
        return forbidden();
    }
    let folder = match load(&state).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let lang = language(&signed.session.user.language);
    let today = state.now_local().date_naive();
    let due: Vec<_> = hirekit_due::items(&folder, today, hirekit_send::history::letter_sent)
        .iter()
        .map(|item| {
            json!({
                "deadline": item.deadline.to_string(),
                "overdue": item.overdue,
                "candidate": item.candidate,
                "name": item.name,
                "text": crate::pages::due_label(item, &folder, lang),
            })
        })
        .collect();
    let candidates: Vec<_> = folder
        .candidates
        .iter()
        .map(|files| {
            let c = &files.candidate;
            json!({
                "id": c.id,
                "name": c.name,
                "scorecard": folder
                    .scorecards
                    .get(&c.scorecard)
                    .map_or(c.scorecard.as_str(), |card| card.title.get_or_any(lang)),
                "decision": c.decision.map(|d| hirekit_panel::render::decision_label(d, lang)),
            })
        })
        .collect();
    if let Err(e) = accounts::audit(
        &state.db,
        state.now(),
        &signed.session.user.email,
        "view-list",
        None,
    )
    .await
    {
        return server_error(&e.to_string());
    }
    let page = signed_context(&signed, json!({ "due": due, "candidates": candidates }));
    render(&state, StatusCode::OK, "candidates.html", page)
}

pub(crate) async fn candidate(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    // One candidate's page: only their data is read.
    let folder = match state.db.load_candidate(&state.config.root, &id).await {
        Ok(Some(f)) => f,
        Ok(None) => return not_found(),
        Err(e) => return server_error(&e.to_string()),
    };
    let Some(files) = folder.candidate(&id) else {
        return not_found();
    };
    let role = &signed.session.user.role;
    // The relation comes from the plan: an interviewer sees only candidates they interview.
    if let Role::Interviewer(handle) = role
        && !files
            .candidate
            .interviews
            .iter()
            .any(|p| &p.interviewer == handle)
    {
        return not_found();
    }
    if let Err(e) = accounts::audit(
        &state.db,
        state.now(),
        &signed.session.user.email,
        "view",
        Some(&files.candidate.id),
    )
    .await
    {
        return server_error(&e.to_string());
    }
    let lang = language(&signed.session.user.language);
    let viewer = match role {
        Role::Interviewer(handle) => Viewer::Interviewer(handle),
        _ => Viewer::Team { reveal: false },
    };
    let catalogue = match crate::recruiter::catalogue(&state).await {
        Ok(c) => c,
        Err(e) => return e,
    };
    let panel = match hirekit_panel::assess_candidate(&folder, files) {
        None => json!({ "kind": "none" }),
        Some(assessment) => {
            match PanelView::for_viewer(assessment, viewer, folder.profile.ratings_visible) {
                PanelView::OwnFirst => json!({ "kind": "own_first" }),
                PanelView::NotShared => json!({ "kind": "not_shared" }),
                PanelView::Awaiting(a) => {
                    // People by name, as everywhere else on the page.
                    let names = |handles: &[String]| -> Vec<String> {
                        handles
                            .iter()
                            .map(|h| folder.profile.interviewers.get(h).unwrap_or(h).clone())
                            .collect()
                    };
                    json!({
                        "kind": "awaiting",
                        "submitted": names(&a.submitted),
                        "awaited": names(&a.awaited),
                    })
                }
                PanelView::Complete(a) => {
                    // What a person reads: the criterion's name in their language, numbers written
                    // their way (`2,50` in Dutch), interviewers by name.
                    let card = folder.scorecard_of(&files.candidate);
                    let criteria: Vec<_> = a
                        .criteria
                        .iter()
                        .map(|c| {
                            let name = card
                                .and_then(|card| card.criteria.iter().find(|k| k.id == c.id))
                                .map_or(c.id.as_str(), |k| k.name.get_or_any(lang));
                            let ratings: Vec<_> = c
                                .ratings
                                .iter()
                                .map(|r| {
                                    let who = folder
                                        .profile
                                        .interviewers
                                        .get(&r.interviewer)
                                        .unwrap_or(&r.interviewer);
                                    format!("{who}: {}", r.score)
                                })
                                .collect();
                            json!({
                                "name": name,
                                "mean": c.mean.map(|m| hirekit_text::number::fixed(m, 2, lang)),
                                "ratings": ratings.join(", "),
                                "notes": crate::recruiter::panel::criterion_notes(&a, c, card, lang),
                            })
                        })
                        .collect();
                    // Whether a colleague handed in on time is between them and the recruiter:
                    // an interviewer sees the panel's ratings and their own lateness only.
                    let late_of = match role {
                        Role::Interviewer(handle) => crate::recruiter::panel::LateOf::Only(handle),
                        _ => crate::recruiter::panel::LateOf::Everyone,
                    };
                    let details = crate::recruiter::panel::details(
                        &folder, &a, card, &catalogue, lang, late_of,
                    );
                    json!({
                        "kind": "complete",
                        "outcome": hirekit_panel::render::outcome_label(&a, lang),
                        "overall": a.overall.map(|o| hirekit_text::number::fixed(o, 2, lang)),
                        "criteria": criteria,
                        "details": details,
                    })
                }
            }
        }
    };
    let interviews: Vec<_> = files
        .candidate
        .interviews
        .iter()
        .map(|p| {
            json!({
                "at": state.zone().shift(p.at).format("%Y-%m-%d %H:%M").to_string(),
                "interviewer": folder.profile.interviewers.get(&p.interviewer).unwrap_or(&p.interviewer),
                "submitted": files.interviews.iter().any(|s| s.interviewer == p.interviewer),
            })
        })
        .collect();
    let page = signed_context(
        &signed,
        json!({
            "id": files.candidate.id,
            "name": files.candidate.name,
            "scorecard": folder
                .scorecard_of(&files.candidate)
                .map_or(files.candidate.scorecard.as_str(), |card| card.title.get_or_any(lang)),
            "interviews": interviews,
            "panel": panel,
            "manage": is_recruiter_or_manager(role)
                .then(|| crate::recruiter::manage(&files.candidate, role, lang)),
        }),
    );
    render(&state, StatusCode::OK, "candidate.html", page)
}
