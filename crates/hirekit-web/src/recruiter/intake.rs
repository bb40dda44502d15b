//! `GET/POST /candidates/new` (add a candidate) and `GET/POST /candidates/{id}/plan` (plan an
//! interview): the rules of `hirekit candidate add` and `hirekit interview plan`
//! (`hirekit_folder::intake`), with each problem shown next to its field and the values kept.

use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use hirekit_folder::intake::{self, Field};
use hirekit_folder::{Candidate, Folder, PlannedInterview, SourceError};
use hirekit_language::Language;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::AppState;
use crate::auth::Signed;
use crate::pages::{not_found, render, server_error, signed_context};
use crate::text::language;
use hirekit_text::msg;

/// The fields of the new-candidate form, as typed (kept when the form comes back with problems).
#[derive(Debug, Default, Deserialize, Serialize)]
pub(crate) struct CandidateForm {
    #[serde(default, skip_serializing)]
    csrf: Option<String>,
    #[serde(default)]
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    email: String,
    /// One postal address line per line.
    #[serde(default)]
    address: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    scorecard: String,
}

/// Problems per form field (`whole`: about the whole form).
type Problems = BTreeMap<&'static str, Vec<String>>;

fn add(problems: &mut Problems, field: Field, message: String) {
    problems.entry(key(field)).or_default().push(message);
}

/// The form field of `field`; `whole` for a problem of the whole form.
fn key(field: Field) -> &'static str {
    match field {
        Field::Whole => "whole",
        field => field.key(),
    }
}

/// What the checks of a new `candidate.yaml` found in `field`, said in the user's language:
/// each field has few ways to be wrong (empty, not one line, an invisible character, not an
/// e-mail address), so one sentence per field says how to fix it.
fn field_problem(field: Field, lang: Language) -> String {
    match field {
        Field::Id => msg!(lang, "page-intake-id-invalid"),
        Field::Name | Field::GivenName => msg!(lang, "page-intake-name"),
        Field::Email => msg!(lang, "page-intake-email"),
        Field::Address => msg!(lang, "page-intake-address"),
        Field::Language => msg!(lang, "page-intake-language"),
        Field::Scorecard => msg!(lang, "page-intake-scorecard"),
        Field::Interviews => msg!(lang, "page-plan-interviewer"),
        Field::Whole => msg!(lang, "page-intake-not-stored"),
    }
}

/// Why the id cannot be a new candidate's, in the user's language.
fn id_problem_text(problem: &intake::IdProblem, id: &str, lang: Language) -> String {
    match problem {
        intake::IdProblem::NotAnId(_) => msg!(lang, "page-intake-id-invalid"),
        intake::IdProblem::Taken => msg!(lang, "page-intake-id-taken", id = id),
    }
}

pub(crate) async fn new_form(State(state): State<AppState>, signed: Signed) -> Response {
    let folder = match super::managers_folder(&state, &signed, true).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let form = CandidateForm {
        language: folder.profile.language.code().to_owned(),
        ..CandidateForm::default()
    };
    new_page(
        &state,
        &signed,
        &folder,
        &form,
        &Problems::new(),
        StatusCode::OK,
    )
}

pub(crate) async fn add_candidate(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<CandidateForm>,
) -> Response {
    let csrf_ok = signed.csrf_ok(form.csrf.as_deref());
    let folder = match super::managers_folder(&state, &signed, csrf_ok).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let lang = language(&signed.session.user.language);
    let mut problems = Problems::new();
    let taken: Vec<String> = folder
        .candidates
        .iter()
        .map(|c| c.candidate.id.clone())
        .collect();
    let year = state.now_local().format("%Y").to_string();
    let id = match form.id.trim() {
        "" => intake::next_id(&taken, &year),
        id => id.to_owned(),
    };
    // Named relative to the hiring folder, as hirekit.yaml's paths are: no server path on a page.
    let dir = std::path::Path::new("candidates").join(&id);
    if let Some(problem) = intake::id_problem(&id, &taken) {
        add(
            &mut problems,
            Field::Id,
            id_problem_text(&problem, &id, lang),
        );
    }
    let known: Vec<String> = folder.scorecards.keys().cloned().collect();
    let requested = Some(form.scorecard.trim()).filter(|s| !s.is_empty());
    let scorecard = intake::scorecard_for(&known, requested).unwrap_or_else(|problem| {
        let text = match problem {
            intake::ScorecardProblem::NoneThere => msg!(lang, "page-intake-no-scorecard"),
            intake::ScorecardProblem::Unknown { .. } | intake::ScorecardProblem::Choose => {
                msg!(lang, "page-intake-scorecard")
            }
        };
        add(&mut problems, Field::Scorecard, text);
        String::new()
    });
    let language = match form.language.as_str() {
        "nl" => Language::Nl,
        "en" => Language::En,
        _ => {
            add(
                &mut problems,
                Field::Language,
                msg!(lang, "page-intake-language"),
            );
            folder.profile.language
        }
    };
    let candidate = Candidate {
        id: id.clone(),
        name: form.name.trim().to_owned(),
        given_name: Some(form.given_name.trim().to_owned()).filter(|g| !g.is_empty()),
        email: form.email.trim().to_owned(),
        address: form
            .address
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        language,
        scorecard,
        interviews: Vec::new(),
        decision: None,
        decision_reason: None,
        talent_pool_consent: None,
    };
    let path = dir.join("candidate.yaml");
    if let Err(found) = intake::check_new(&path, &candidate, &folder.profile.interviewers) {
        for d in found {
            let field = intake::field_of(&d, &candidate);
            // The id's problem is already said once, in the words of the id rule.
            if field == Field::Id && problems.contains_key(key(Field::Id)) {
                continue;
            }
            // One sentence per field is enough: two problems in a field say the same.
            let text = field_problem(field, lang);
            if !problems.get(key(field)).is_some_and(|p| p.contains(&text)) {
                add(&mut problems, field, text);
            }
        }
    }
    if problems.is_empty() {
        match state.db.add_candidate(&candidate).await {
            Ok(()) => {}
            Err(SourceError::CandidateExists(_)) => {
                add(
                    &mut problems,
                    Field::Id,
                    id_problem_text(&intake::IdProblem::Taken, &id, lang),
                );
            }
            Err(e) => return server_error(&e.to_string()),
        }
    }
    if !problems.is_empty() {
        return new_page(
            &state,
            &signed,
            &folder,
            &form,
            &problems,
            StatusCode::BAD_REQUEST,
        );
    }
    if let Err(e) = super::audit(&state, &signed, "add-candidate", Some(&id)).await {
        return e;
    }
    super::see_other(&format!("/candidates/{id}"))
}

fn new_page(
    state: &AppState,
    signed: &Signed,
    folder: &Folder,
    form: &CandidateForm,
    problems: &Problems,
    status: StatusCode,
) -> Response {
    let lang = crate::text::language(&signed.session.user.language);
    let scorecards: Vec<_> = folder
        .scorecards
        .iter()
        .map(|(id, card)| json!({ "id": id, "title": card.title.get_or_any(lang) }))
        .collect();
    let page = signed_context(
        signed,
        json!({ "form": form, "problems": problems, "scorecards": scorecards }),
    );
    render(state, status, "candidate_new.html", page)
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub(crate) struct PlanForm {
    #[serde(default, skip_serializing)]
    csrf: Option<String>,
    #[serde(default)]
    interviewer: String,
    /// `2026-11-16T10:00`, as a browser's date-time field sends it.
    #[serde(default)]
    at: String,
}

pub(crate) async fn plan_form(
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
    plan_page(
        &state,
        &signed,
        &folder,
        &files.candidate,
        &PlanForm::default(),
        &Problems::new(),
        StatusCode::OK,
    )
}

pub(crate) async fn plan(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<PlanForm>,
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
    let mut problems = Problems::new();
    let interviewer = form.interviewer.trim().to_owned();
    // The form offers the profile's interviewers only: someone else is a mistake here, not
    // the warning the command gives for a handle typed by hand.
    if intake::interviewer_note(&interviewer, &folder.profile.interviewers).is_some() {
        problems
            .entry("interviewer")
            .or_default()
            .push(msg!(lang, "page-plan-interviewer"));
    }
    let at = state.zone().parse_when(form.at.trim()).unwrap_or_else(|_| {
        problems
            .entry("at")
            .or_default()
            .push(msg!(lang, "page-plan-when", text = form.at.trim()));
        chrono::DateTime::default()
    });
    let mut candidate = files.candidate.clone();
    if problems.is_empty() {
        let planned = PlannedInterview { interviewer, at };
        if intake::plan_problem(&candidate, &planned).is_some() {
            problems
                .entry("at")
                .or_default()
                .push(msg!(lang, "page-plan-already"));
        }
        candidate.interviews.push(planned);
    }
    if problems.is_empty() {
        let path = files.dir.join("candidate.yaml");
        if let Err(found) = intake::check_new(&path, &candidate, &folder.profile.interviewers) {
            for d in found {
                let text = field_problem(intake::field_of(&d, &candidate), lang);
                let whole = problems.entry("whole").or_default();
                if !whole.contains(&text) {
                    whole.push(text);
                }
            }
        }
    }
    if !problems.is_empty() {
        return plan_page(
            &state,
            &signed,
            &folder,
            &files.candidate,
            &form,
            &problems,
            StatusCode::BAD_REQUEST,
        );
    }
    if let Err(e) = state.db.plan_interviews(&id, &candidate.interviews).await {
        return server_error(&e.to_string());
    }
    if let Err(e) = super::audit(&state, &signed, "plan-interview", Some(&id)).await {
        return e;
    }
    super::see_other(&format!("/candidates/{id}"))
}

fn plan_page(
    state: &AppState,
    signed: &Signed,
    folder: &Folder,
    candidate: &Candidate,
    form: &PlanForm,
    problems: &Problems,
    status: StatusCode,
) -> Response {
    let interviewers: Vec<_> = folder
        .profile
        .interviewers
        .iter()
        .map(|(handle, name)| json!({ "handle": handle, "name": name }))
        .collect();
    let page = signed_context(
        signed,
        json!({
            "id": candidate.id,
            "name": candidate.name,
            "form": form,
            "problems": problems,
            "interviewers": interviewers,
        }),
    );
    render(state, status, "plan.html", page)
}
