//! `GET /pipeline`: the candidates per vacancy (scorecard) with what is due or late and by whom
//! (the `hirekit due` list), and the 24-hour agreement per interviewer: how many scorecards came
//! in on time, late, or are still open (and whether those are past their deadline). A task
//! names its interviewer itself (`hirekit_due::task_label`).

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use hirekit_folder::{Folder, TimeRules};
use serde::Serialize;
use serde_json::json;

use crate::AppState;
use crate::auth::{Signed, forbidden};
use crate::pages::{is_recruiter_or_manager, load, render, signed_context};
use crate::text::language;

/// One interviewer's record against the scorecard deadline, over every planned interview.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Punctuality {
    pub name: String,
    pub on_time: usize,
    pub late: usize,
    /// Not submitted, deadline still ahead.
    pub open: usize,
    /// Not submitted, deadline passed.
    pub open_late: usize,
}

/// Counts per interviewer handle. Whether a submitted scorecard was late is the panel's lateness
/// rule (on `TimeRules`, the same one `hirekit score` and `hirekit fill` use); an open one is late
/// once `TimeRules::scorecard_due` has passed.
pub(crate) fn punctuality(folder: &Folder, now: i64) -> Vec<Punctuality> {
    let rules = TimeRules::of(&folder.profile);
    let now = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default();
    let mut by_handle: BTreeMap<&str, Punctuality> = BTreeMap::new();
    for files in &folder.candidates {
        for planned in &files.candidate.interviews {
            let entry = by_handle.entry(&planned.interviewer).or_default();
            match files
                .interviews
                .iter()
                .find(|s| s.interviewer == planned.interviewer)
            {
                Some(filled) => {
                    match hirekit_panel::lateness_under(
                        filled.interviewed_at,
                        filled.submitted_at,
                        &rules,
                    ) {
                        Some(_) => entry.late += 1,
                        None => entry.on_time += 1,
                    }
                }
                None if rules.scorecard_due(planned.at) < now => entry.open_late += 1,
                None => entry.open += 1,
            }
        }
    }
    by_handle
        .into_iter()
        .map(|(handle, mut p)| {
            p.name = folder
                .profile
                .interviewers
                .get(handle)
                .cloned()
                .unwrap_or_else(|| handle.to_owned());
            p
        })
        .collect()
}

pub(crate) async fn page(State(state): State<AppState>, signed: Signed) -> Response {
    if !is_recruiter_or_manager(&signed.session.user.role) {
        return forbidden();
    }
    let folder = match load(&state).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let lang = language(&signed.session.user.language);
    let today = state.now_local().date_naive();
    let due = hirekit_due::items(&folder, today, hirekit_send::history::letter_sent);
    let mut vacancies: BTreeMap<&str, Vec<serde_json::Value>> = BTreeMap::new();
    for files in &folder.candidates {
        let c = &files.candidate;
        let tasks: Vec<_> = due
            .iter()
            .filter(|item| item.candidate == c.id)
            .map(|item| {
                json!({
                    "deadline": item.deadline.to_string(),
                    "overdue": item.overdue,
                    "text": crate::pages::due_label(item, &folder, lang),
                })
            })
            .collect();
        vacancies.entry(&c.scorecard).or_default().push(json!({
            "id": c.id,
            "name": c.name,
            "decision": c.decision.map(|d| hirekit_panel::render::decision_label(d, lang)),
            "tasks": tasks,
        }));
    }
    let vacancies: Vec<_> = vacancies
        .into_iter()
        .map(|(id, candidates)| {
            let title = folder
                .scorecards
                .get(id)
                .map_or(id, |card| card.title.get_or_any(lang));
            json!({ "id": id, "title": title, "candidates": candidates })
        })
        .collect();
    if let Err(e) = super::audit(&state, &signed, "view-pipeline", None).await {
        return e;
    }
    let page = signed_context(
        &signed,
        json!({
            "vacancies": vacancies,
            "interviewers": punctuality(&folder, state.now()),
            "hours": folder.profile.scorecard_hours,
        }),
    );
    render(&state, StatusCode::OK, "pipeline.html", page)
}
