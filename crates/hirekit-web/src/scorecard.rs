//! The interviewer's scorecard form: fill in, save a draft, submit once, then read what was
//! submitted.
//!
//! Only the interviewer planned for the candidate reaches it (a recruiter or hiring manager: 403,
//! another interviewer: 404, as on the candidate page). Every rule is hirekit-fill's, the same
//! as `hirekit fill` in the terminal: which answers a score may have ([`answers`]), what is
//! still missing before submitting ([`Draft::problems`]), the draft's text and the submitted
//! scorecard ([`Draft::finish`]). The criterion's content (requirement, questions, anchored
//! scale, red flags with their follow-up question, bias-risk cautions) is the interview kit's
//! ([`hirekit_kit::build`]), so the form and the kit say the same.

use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, FixedOffset};
use hirekit_fill::answers::{self, RECOMMENDATIONS};
use hirekit_fill::draft::{Draft, Field};
use hirekit_fill::{Interview, planned_interview};
use hirekit_folder::{CandidateFiles, FilledScorecard, Folder, Rating, SourceError, TimeRules};
use hirekit_kit::{Kit, Settings};
use hirekit_redflags::Catalogue;
use hirekit_scorecard::{Language, Scorecard};
use hirekit_store::accounts::{self, Role};
use hirekit_store::drafts;
use hirekit_text::msg;
use serde_json::{Value, json};

use crate::AppState;
use crate::auth::{Signed, forbidden};
use crate::pages::{not_found, render, server_error, signed_context};
use crate::text::language;

/// The header the autosave script sends the CSRF token in (a form POST sends it as a field).
pub(crate) const CSRF_HEADER: &str = "x-csrf-token";

/// What an interviewer's page about one of their candidates works on.
pub(crate) struct Theirs {
    pub folder: Folder,
    pub handle: String,
    pub lang: Language,
    pub catalogue: std::sync::Arc<Catalogue>,
    /// The team's time zone, for every time the pages show.
    pub zone: crate::Zone,
}

impl Theirs {
    /// The candidate, who is planned with this interviewer (checked by [`theirs`]); the folder
    /// holds no one else.
    /// The candidate's files and their scorecard: 404 for an unknown candidate, 500 when the
    /// stored scorecard is missing (the database's own references make that an internal fault).
    /// The refusal is the response itself, as with [`theirs`]; handlers return it unchanged.
    #[allow(clippy::result_large_err)]
    pub fn candidate_and_scorecard(
        &self,
        id: &str,
    ) -> Result<(&CandidateFiles, &Scorecard), Response> {
        let files = self.folder.candidate(id).ok_or_else(not_found)?;
        let scorecard = self
            .folder
            .scorecard_of(&files.candidate)
            .ok_or_else(|| server_error("a candidate's scorecard is not in the database"))?;
        Ok((files, scorecard))
    }

    /// The kit of `scorecard` in the interviewer's language, with this interview's red flags.
    pub fn kit(&self, scorecard: &Scorecard) -> Kit {
        let profile = &self.folder.profile;
        hirekit_kit::build(
            scorecard,
            &Settings {
                lang: self.lang,
                scorecard_hours: profile.scorecard_hours,
                feedback_days: profile.feedback_days,
                company: Some(profile.company.as_str()),
            },
            &hirekit_kit::interview_items(&self.catalogue, scorecard.role_family),
        )
    }
}

/// The signed-in interviewer's view of candidate `id`: 403 for another role, 404 when the
/// candidate does not exist or is not planned with them (the two look the same).
pub(crate) async fn theirs(
    state: &AppState,
    signed: &Signed,
    id: &str,
) -> Result<Theirs, Response> {
    let Role::Interviewer(handle) = &signed.session.user.role else {
        return Err(forbidden());
    };
    // Only this candidate is read: the page shows nothing of anyone else.
    let folder = state
        .db
        .load_candidate(&state.config.root, id)
        .await
        .map_err(|e| server_error(&e.to_string()))?
        .ok_or_else(not_found)?;
    let planned = folder.candidate(id).is_some_and(|files| {
        files
            .candidate
            .interviews
            .iter()
            .any(|p| &p.interviewer == handle)
    });
    if !planned {
        return Err(not_found());
    }
    let catalogue = crate::checklists::in_force(state).await?;
    Ok(Theirs {
        folder,
        handle: handle.clone(),
        lang: language(&signed.session.user.language),
        catalogue,
        zone: state.zone(),
    })
}

/// Writes a view of candidate `id`'s data to the audit log, as the candidate page does.
pub(crate) async fn audit_view(
    state: &AppState,
    signed: &Signed,
    id: &str,
) -> Result<(), Response> {
    accounts::audit(
        &state.db,
        state.now(),
        &signed.session.user.email,
        "view",
        Some(id),
    )
    .await
    .map_err(|e| server_error(&e.to_string()))
}

/// `GET /candidates/{id}/scorecard`: the form with the saved draft, or the submitted scorecard.
pub(crate) async fn form(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let theirs = match theirs(&state, &signed, &id).await {
        Ok(t) => t,
        Err(refused) => return refused,
    };
    if let Err(e) = audit_view(&state, &signed, &id).await {
        return e;
    }
    let (files, scorecard) = match theirs.candidate_and_scorecard(&id) {
        Ok(both) => both,
        Err(refused) => return refused,
    };
    let saved = match drafts::find(&state.db, &id, &theirs.handle).await {
        Ok(saved) => saved,
        Err(e) => return server_error(&e.to_string()),
    };
    // Submitted: read-only, unless the interviewer chose to replace it (a draft next to the
    // submitted scorecard is that replacement, being written).
    if let Some(filled) = files
        .interviews
        .iter()
        .find(|s| s.interviewer == theirs.handle)
        && saved.is_none()
    {
        return submitted_page(&state, &signed, &theirs, files, scorecard, filled, None);
    }
    if let Err(page) = interview_time(&state, &signed, &theirs, files, scorecard, StatusCode::OK) {
        return *page;
    }
    let (draft, saved_at) = match saved {
        Some((text, at)) => match read_draft(&text, files, &theirs.handle, scorecard) {
            Some(draft) => (draft, Some(at)),
            None => return server_error("a stored draft cannot be read"),
        },
        None => (
            Draft::new(&id, &files.candidate.scorecard, &theirs.handle),
            None,
        ),
    };
    let page = FormPage {
        draft: &draft,
        errors: &Errors::default(),
        saved_at,
    };
    form_page(
        &state,
        &signed,
        &theirs,
        files,
        scorecard,
        &page,
        StatusCode::OK,
    )
}

/// `POST /candidates/{id}/scorecard`: `action=save` stores the draft, `action=submit` checks
/// and submits it. Either way nothing typed is lost: a refused submission shows the form again
/// with every value kept and each problem next to its field, and stores the draft.
pub(crate) async fn post(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !signed.csrf_ok(field(&fields, "csrf")) {
        return forbidden();
    }
    let submit = field(&fields, "action") == Some("submit");
    save_or_submit(&state, &signed, &id, &fields, submit).await
}

/// `POST /candidates/{id}/scorecard/replace`: the interviewer chooses to replace their own
/// submitted scorecard, as `hirekit fill --force` lets them. The submitted answers become a
/// draft to change; the submitted scorecard counts until the new one is submitted. Only one's
/// own: the relation is [`theirs`], the handle the signed-in interviewer's.
pub(crate) async fn replace(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !signed.csrf_ok(field(&fields, "csrf")) {
        return forbidden();
    }
    let theirs = match theirs(&state, &signed, &id).await {
        Ok(t) => t,
        Err(refused) => return refused,
    };
    let (files, scorecard) = match theirs.candidate_and_scorecard(&id) {
        Ok(both) => both,
        Err(refused) => return refused,
    };
    let Some(filled) = files
        .interviews
        .iter()
        .find(|s| s.interviewer == theirs.handle)
    else {
        // Nothing submitted to replace: the form is where to go.
        return Redirect::to(&format!("/candidates/{id}/scorecard")).into_response();
    };
    match drafts::find(&state.db, &id, &theirs.handle).await {
        // Already being replaced (a second click): keep what was typed since.
        Ok(Some(_)) => {}
        Ok(None) => {
            let draft = Draft {
                candidate: filled.candidate.clone(),
                scorecard: filled.scorecard.clone(),
                interviewer: filled.interviewer.clone(),
                interviewed_at: Some(filled.interviewed_at),
                ratings: filled.ratings.clone(),
                red_flags: Some(filled.red_flags.clone()),
                recommendation: Some(filled.recommendation),
            };
            let text = draft.to_yaml(scorecard, theirs.lang);
            let now = state.now();
            let saved = async {
                drafts::save(&state.db, &id, &theirs.handle, &text, now).await?;
                accounts::audit(
                    &state.db,
                    now,
                    &signed.session.user.email,
                    "start-replace-scorecard",
                    Some(&id),
                )
                .await
            };
            if let Err(e) = saved.await {
                return server_error(&e.to_string());
            }
        }
        Err(e) => return server_error(&e.to_string()),
    }
    Redirect::to(&format!("/candidates/{id}/scorecard")).into_response()
}

/// `POST /candidates/{id}/scorecard/draft`: the autosave script's request, with the CSRF token
/// in a header; stores the draft and answers 204 (the form works without it).
pub(crate) async fn autosave(
    State(state): State<AppState>,
    signed: Signed,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let sent = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    if !signed.csrf_ok(sent) {
        return forbidden();
    }
    match save_or_submit(&state, &signed, &id, &fields, false).await {
        r if r.status() == StatusCode::SEE_OTHER => StatusCode::NO_CONTENT.into_response(),
        other => other,
    }
}

async fn save_or_submit(
    state: &AppState,
    signed: &Signed,
    id: &str,
    fields: &[(String, String)],
    submit: bool,
) -> Response {
    let theirs = match theirs(state, signed, id).await {
        Ok(t) => t,
        Err(refused) => return refused,
    };
    let (files, scorecard) = match theirs.candidate_and_scorecard(id) {
        Ok(both) => both,
        Err(refused) => return refused,
    };
    let now = state.now();
    let actor = &signed.session.user.email;
    let replacing = match files
        .interviews
        .iter()
        .find(|s| s.interviewer == theirs.handle)
    {
        None => false,
        Some(filled) => match drafts::find(&state.db, id, &theirs.handle).await {
            // Replacing, as chosen on the submitted page (`hirekit fill --force`).
            Ok(Some(_)) => true,
            // Submitted already (in another tab, or a second click): refused, nothing stored.
            Ok(None) => {
                let notice = msg!(theirs.lang, "fill-web-already-submitted");
                return submitted_page(
                    state,
                    signed,
                    &theirs,
                    files,
                    scorecard,
                    filled,
                    Some(notice),
                );
            }
            Err(e) => return server_error(&e.to_string()),
        },
    };
    let at = match interview_time(
        state,
        signed,
        &theirs,
        files,
        scorecard,
        StatusCode::CONFLICT,
    ) {
        Ok(at) => at,
        Err(page) => return *page,
    };
    let interview = Interview {
        candidate: &files.candidate,
        scorecard,
        interviewer: &theirs.handle,
        language: theirs.lang,
        rules: TimeRules::of(&theirs.folder.profile),
        catalogue: &theirs.catalogue,
        red_flags: hirekit_kit::interview_items(&theirs.catalogue, scorecard.role_family),
        replacing,
    };
    let (mut draft, mut errors) = read_form(fields, &interview);
    draft.interviewed_at = Some(at);
    if submit {
        for problem in draft.problems(scorecard, theirs.lang) {
            errors.add(problem.field, problem.message);
        }
        if errors.is_empty() {
            let submitted_at = state.zone().at(now);
            let Some(mut filled) = draft.finish(scorecard, submitted_at) else {
                return server_error("a complete draft did not finish");
            };
            // As `hirekit fill --force` marks it: once the panel's ratings could be seen, a
            // replaced scorecard is no longer an independent rating.
            let submitted: Vec<String> = files
                .interviews
                .iter()
                .map(|s| s.interviewer.clone())
                .collect();
            filled.refilled_after_ratings_shown = replacing
                && hirekit_panel::ratings_were_visible(&files.candidate.interviews, &submitted);
            return submit_scorecard(state, signed, &theirs, files, scorecard, &filled, replacing)
                .await;
        }
    }
    // Saved also when a submission is refused: what was typed stays.
    let text = draft.to_yaml(scorecard, theirs.lang);
    if let Err(e) = drafts::save(&state.db, id, &theirs.handle, &text, now).await {
        return server_error(&e.to_string());
    }
    if let Err(e) = accounts::audit(&state.db, now, actor, "save-draft", Some(id)).await {
        return server_error(&e.to_string());
    }
    if errors.is_empty() {
        return Redirect::to(&format!("/candidates/{id}/scorecard")).into_response();
    }
    let page = FormPage {
        draft: &draft,
        errors: &errors,
        saved_at: Some(now),
    };
    form_page(
        state,
        signed,
        &theirs,
        files,
        scorecard,
        &page,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

async fn submit_scorecard(
    state: &AppState,
    signed: &Signed,
    theirs: &Theirs,
    files: &CandidateFiles,
    scorecard: &Scorecard,
    filled: &FilledScorecard,
    replace: bool,
) -> Response {
    let id = &files.candidate.id;
    match state.db.submit_scorecard(filled, replace).await {
        Ok(()) => {}
        // Two submissions at the same moment: the database lets one in (UNIQUE).
        Err(SourceError::AlreadySubmitted { .. }) => {
            let notice = msg!(theirs.lang, "fill-web-already-submitted");
            return submitted_page(
                state,
                signed,
                theirs,
                files,
                scorecard,
                filled,
                Some(notice),
            );
        }
        Err(e) => return server_error(&e.to_string()),
    }
    let now = state.now();
    let actor = &signed.session.user.email;
    let done = async {
        drafts::delete(&state.db, id, &theirs.handle).await?;
        let action = if replace {
            "replace-scorecard"
        } else {
            "submit-scorecard"
        };
        accounts::audit(&state.db, now, actor, action, Some(id)).await
    };
    if let Err(e) = done.await {
        return server_error(&e.to_string());
    }
    Redirect::to(&format!("/candidates/{id}/scorecard")).into_response()
}

/// The value of the first field `name`.
fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The time of the interview the scorecard is for (hirekit-fill's rule, as in the terminal),
/// or the page that says it lies ahead: a scorecard is filled in after the interview.
fn interview_time(
    state: &AppState,
    signed: &Signed,
    theirs: &Theirs,
    files: &CandidateFiles,
    scorecard: &Scorecard,
    status: StatusCode,
) -> Result<DateTime<FixedOffset>, Box<Response>> {
    let now = state.now_local();
    match planned_interview(&files.candidate, &theirs.handle, now) {
        Ok(Some(at)) => Ok(at),
        // Not planned cannot happen here ([`theirs`] checked it); planned ahead: wait.
        Ok(None) | Err(_) => {
            let next = files
                .candidate
                .interviews
                .iter()
                .filter(|p| p.interviewer == theirs.handle)
                .map(|p| p.at)
                .min();
            let lang = theirs.lang;
            let kit = theirs.kit(scorecard);
            let context = json!({
                "mode": "ahead",
                "candidate": header(files, scorecard, lang),
                "ahead": msg!(
                    lang,
                    "fill-web-ahead",
                    at = next
                        .map(|at| state.zone().shift(at).format("%Y-%m-%d %H:%M").to_string())
                        .unwrap_or_default()
                ),
                "k": kit_words(&kit, lang),
            });
            Err(Box::new(render(
                state,
                status,
                "scorecard.html",
                signed_context(signed, context),
            )))
        }
    }
}

/// What is wrong with the answers, by field: input the rules refuse, and what is missing.
#[derive(Default)]
struct Errors {
    by_field: Vec<(Field, String)>,
}

impl Errors {
    fn add(&mut self, field: Field, message: String) {
        if !self.by_field.iter().any(|(f, _)| *f == field) {
            self.by_field.push((field, message));
        }
    }

    fn is_empty(&self) -> bool {
        self.by_field.is_empty()
    }

    fn of(&self, field: &Field) -> Option<&str> {
        self.by_field
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// The answers of a posted form as a draft, with what the rules refuse. Fields: `score.ID`
/// (a point of the scale, or `na`), `evidence.ID`, `red_flag` (repeated), `recommendation`.
fn read_form(fields: &[(String, String)], interview: &Interview) -> (Draft, Errors) {
    let scorecard = interview.scorecard;
    let lang = interview.language;
    let mut draft = Draft::new(
        &interview.candidate.id,
        &interview.candidate.scorecard,
        interview.interviewer,
    );
    let mut errors = Errors::default();
    for c in &scorecard.criteria {
        let evidence = field(fields, &format!("evidence.{}", c.id))
            .map(|e| e.replace("\r\n", "\n").trim().to_owned())
            .filter(|e| !e.is_empty());
        let rating = match field(fields, &format!("score.{}", c.id)) {
            Some("na") => Some(Rating {
                score: None,
                evidence,
                not_assessed: true,
            }),
            Some(value) => {
                let score = match answers::parse_score(value, scorecard, lang) {
                    Ok(score) => score,
                    Err(message) => {
                        errors.add(Field::Score(c.id.clone()), message);
                        None
                    }
                };
                Some(Rating {
                    score,
                    not_assessed: false,
                    evidence,
                })
            }
            // No score yet, but evidence typed: kept in the draft.
            None => evidence.map(|e| Rating {
                score: None,
                evidence: Some(e),
                not_assessed: false,
            }),
        };
        if let Some(rating) = rating {
            draft.ratings.insert(c.id.clone(), rating);
        }
    }
    let ticked: Vec<&str> = fields
        .iter()
        .filter(|(n, _)| n == "red_flag")
        .map(|(_, v)| v.as_str())
        .collect();
    // The checkboxes answer the question whether or not any is ticked.
    draft.red_flags = match answers::parse_red_flags(&ticked.join(" "), interview, lang) {
        Ok(ids) => Some(ids),
        Err(message) => {
            errors.add(Field::RedFlags, message);
            None
        }
    };
    draft.recommendation = match field(fields, "recommendation") {
        None | Some("") => None,
        Some(code) => match answers::parse_recommendation(code, lang) {
            Ok(r) => Some(r),
            Err(message) => {
                errors.add(Field::Recommendation, message);
                None
            }
        },
    };
    (draft, errors)
}

/// A stored draft, when it reads as hirekit-fill's draft of this interview; answers the
/// scorecard no longer allows are dropped, as in the terminal.
fn read_draft(
    text: &str,
    files: &CandidateFiles,
    handle: &str,
    scorecard: &Scorecard,
) -> Option<Draft> {
    let (mut draft, _) =
        hirekit_yaml::read::<Draft>(std::path::Path::new("draft.yaml"), text.as_bytes()).ok()?;
    if draft.candidate != files.candidate.id || draft.interviewer != handle {
        return None;
    }
    draft.keep_valid_ratings(scorecard);
    Some(draft)
}

struct FormPage<'a> {
    draft: &'a Draft,
    errors: &'a Errors,
    /// When the draft was last stored (Unix seconds).
    saved_at: Option<i64>,
}

/// Minutes-precise time for a page, in the team's time zone.
fn local(zone: crate::Zone, at: i64) -> String {
    zone.at(at).format("%Y-%m-%d %H:%M").to_string()
}

fn form_page(
    state: &AppState,
    signed: &Signed,
    theirs: &Theirs,
    files: &CandidateFiles,
    scorecard: &Scorecard,
    page: &FormPage,
    status: StatusCode,
) -> Response {
    let lang = theirs.lang;
    let kit = theirs.kit(scorecard);
    let draft = page.draft;
    let errors = page.errors;
    let criteria: Vec<Value> = scorecard
        .criteria
        .iter()
        .zip(&kit.criteria)
        .map(|(c, k)| {
            let rating = draft.ratings.get(&c.id);
            let chosen = rating.and_then(|r| r.score);
            json!({
                "id": c.id,
                "heading": k.heading,
                "facts": k.facts,
                "requirement": k.requirement,
                "questions": questions(k),
                "scale": k.scale.iter().map(|p| json!({
                    "point": p.point,
                    "label": p.label,
                    "anchor": p.anchor,
                    "pass": p.pass,
                    "checked": chosen == Some(p.point),
                })).collect::<Vec<_>>(),
                "not_assessed": rating.is_some_and(|r| r.not_assessed),
                "evidence": rating.and_then(|r| r.evidence.clone()).unwrap_or_default(),
                "score_error": errors.of(&Field::Score(c.id.clone())),
                "evidence_error": errors.of(&Field::Evidence(c.id.clone())),
            })
        })
        .collect();
    let ticked = draft.red_flags.clone().unwrap_or_default();
    let (flags, cautions) = red_flags(&kit, &ticked);
    let recommendations: Vec<Value> = RECOMMENDATIONS
        .iter()
        .map(|r| {
            json!({
                "code": r.code(),
                "label": answers::recommendation_label(*r, lang),
                "checked": draft.recommendation == Some(*r),
            })
        })
        .collect();
    // The summary at the top links each problem to its field, in the order of the form.
    let summary: Vec<Value> = errors
        .by_field
        .iter()
        .map(|(field, message)| {
            let (anchor, name) = match field {
                Field::Score(id) | Field::Evidence(id) => {
                    let name = kit_heading(scorecard, &kit, id);
                    let anchor = match field {
                        Field::Evidence(_) => format!("evidence-{id}"),
                        _ => format!("criterion-{id}"),
                    };
                    (anchor, name)
                }
                Field::RedFlags => ("red-flags".to_owned(), kit_red_flags_title(&kit)),
                Field::Recommendation => (
                    "recommendation".to_owned(),
                    kit.recommendation_title.clone(),
                ),
                Field::InterviewedAt => ("top".to_owned(), String::new()),
            };
            json!({ "anchor": anchor, "name": name, "message": message })
        })
        .collect();
    let context = json!({
        "mode": "form",
        "replacing": files.interviews.iter().any(|s| s.interviewer == theirs.handle),
        "candidate": header(files, scorecard, lang),
        "intro": [
            msg!(lang, "fill-rule-independent"),
            msg!(lang, "fill-rule-evidence"),
        ],
        "due": due_line(theirs, files),
        "errors": summary,
        "saved_at": page.saved_at.map(|at| local(theirs.zone, at)),
        "criteria": criteria,
        "flags": flags,
        "cautions": cautions,
        "red_flags_error": errors.of(&Field::RedFlags),
        "recommendations": recommendations,
        "recommendation_error": errors.of(&Field::Recommendation),
        "k": kit_words(&kit, lang),
    });
    render(
        state,
        status,
        "scorecard.html",
        signed_context(signed, context),
    )
}

fn submitted_page(
    state: &AppState,
    signed: &Signed,
    theirs: &Theirs,
    files: &CandidateFiles,
    scorecard: &Scorecard,
    filled: &FilledScorecard,
    notice: Option<String>,
) -> Response {
    let lang = theirs.lang;
    let kit = theirs.kit(scorecard);
    let criteria: Vec<Value> = scorecard
        .criteria
        .iter()
        .zip(&kit.criteria)
        .map(|(c, k)| {
            let rating = filled.ratings.get(&c.id);
            let score = rating.and_then(|r| r.score).map(|s| {
                let label = answers::score_label(scorecard, s, lang);
                if label.is_empty() {
                    s.to_string()
                } else {
                    format!("{s} ({label})")
                }
            });
            json!({
                "id": c.id,
                "heading": k.heading,
                "requirement": k.requirement,
                "score": score.unwrap_or_else(|| msg!(lang, "not-assessed")),
                "evidence": rating.and_then(|r| r.evidence.clone()).unwrap_or_default(),
            })
        })
        .collect();
    let seen: Vec<String> = filled
        .red_flags
        .iter()
        .map(|id| match theirs.catalogue.get(id) {
            Some(item) => item.signal.get(lang).to_owned(),
            None => id.clone(),
        })
        .collect();
    let submitted_at = local(theirs.zone, filled.submitted_at.timestamp());
    let status = if notice.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let context = json!({
        "mode": "submitted",
        "candidate": header(files, scorecard, lang),
        "notice": notice,
        "submitted": msg!(lang, "fill-web-submitted", at = submitted_at),
        "criteria": criteria,
        "seen": seen,
        "recommendation": answers::recommendation_label(filled.recommendation, lang),
        "k": kit_words(&kit, lang),
    });
    render(
        state,
        status,
        "scorecard.html",
        signed_context(signed, context),
    )
}

/// Who and what the page is about.
fn header(files: &CandidateFiles, scorecard: &Scorecard, lang: Language) -> Value {
    json!({
        "id": files.candidate.id,
        "name": files.candidate.name,
        "title": scorecard.title.get_or_any(lang),
    })
}

/// When the scorecard is due, by the folder's time rules.
fn due_line(theirs: &Theirs, files: &CandidateFiles) -> Option<String> {
    let rules = TimeRules::of(&theirs.folder.profile);
    files
        .candidate
        .interviews
        .iter()
        .filter(|p| p.interviewer == theirs.handle)
        .map(|p| p.at)
        .max()
        .map(|at| {
            msg!(
                theirs.lang,
                "fill-web-due",
                at = theirs.zone.shift(at).format("%Y-%m-%d %H:%M").to_string(),
                due = theirs
                    .zone
                    .shift(rules.scorecard_due(at))
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            )
        })
}

fn questions(k: &hirekit_kit::KitCriterion) -> Vec<Value> {
    k.questions
        .iter()
        .map(|q| json!({ "text": q.text, "kind": q.kind, "probes": q.probes }))
        .collect()
}

fn kit_heading(scorecard: &Scorecard, kit: &Kit, id: &str) -> String {
    scorecard
        .criteria
        .iter()
        .position(|c| c.id == id)
        .and_then(|n| kit.criteria.get(n))
        .map(|k| k.heading.clone())
        .unwrap_or_else(|| id.to_owned())
}

fn kit_red_flags_title(kit: &Kit) -> String {
    kit.red_flags
        .as_ref()
        .map(|r| r.title.clone())
        .unwrap_or_default()
}

/// The red flags that may be ticked (with their follow-up question) and the bias-risk cautions,
/// which are listed to be recognised and never offered as a choice.
fn red_flags(kit: &Kit, ticked: &[String]) -> (Value, Value) {
    let Some(section) = &kit.red_flags else {
        return (Value::Null, Value::Null);
    };
    let flags = json!({
        "title": section.title,
        "intro": section.intro,
        "items": section.items.iter().map(|f| json!({
            "id": f.id,
            "signal": f.signal,
            "evidence": f.evidence,
            "verify": f.verify,
            "checked": ticked.contains(&f.id),
        })).collect::<Vec<_>>(),
    });
    let cautions = json!({
        "title": section.caution_title,
        "intro": section.caution_intro,
        "items": section.cautions.iter().map(|f| json!({
            "signal": f.signal,
            "why": f.why,
        })).collect::<Vec<_>>(),
    });
    (flags, cautions)
}

/// The kit's words the form uses, and the form's own.
fn kit_words(kit: &Kit, lang: Language) -> BTreeMap<&'static str, String> {
    let l = &kit.labels;
    BTreeMap::from([
        ("requirement", l.requirement.clone()),
        ("questions", l.questions.clone()),
        ("probe", l.probe.clone()),
        ("verify", l.verify.clone()),
        ("not_assessed", l.not_assessed.clone()),
        ("not_assessed_hint", l.not_assessed_hint.clone()),
        ("pass", l.pass.clone()),
        ("score", l.score.clone()),
        ("your_score", msg!(lang, "fill-web-score")),
        ("kit", l.document.clone()),
        ("recommendation_title", kit.recommendation_title.clone()),
        (
            "recommendation_question",
            msg!(lang, "fill-recommendation-question"),
        ),
        ("evidence", msg!(lang, "fill-ask-evidence")),
        ("save", msg!(lang, "fill-web-save")),
        ("submit", msg!(lang, "fill-web-submit")),
        ("saved", msg!(lang, "fill-web-saved")),
        ("title", msg!(lang, "fill-web-title")),
        ("errors", msg!(lang, "fill-web-errors")),
        ("red_flags_seen", msg!(lang, "fill-summary-red-flags")),
        ("none", msg!(lang, "fill-none")),
        ("submit_note", msg!(lang, "fill-web-submit-note")),
    ])
}
