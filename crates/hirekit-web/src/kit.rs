//! The interview kit of an interviewer's own interview, on screen and as the printable PDF.
//! The content is `hirekit-kit`'s (the same as `hirekit kit`); this module only arranges it.

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use hirekit_kit::Kit;
use serde_json::{Value, json};

use crate::AppState;
use crate::auth::Signed;
use crate::pages::{render, server_error, signed_context};
use crate::scorecard::theirs;

/// `GET /candidates/{id}/kit`: the kit as a page.
pub(crate) async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let theirs = match theirs(&state, &signed, &id).await {
        Ok(t) => t,
        Err(refused) => return refused,
    };
    let (files, scorecard) = match theirs.candidate_and_scorecard(&id) {
        Ok(both) => both,
        Err(refused) => return refused,
    };
    if let Err(e) = crate::scorecard::audit_view(&state, &signed, &id).await {
        return e;
    }
    let kit = theirs.kit(scorecard);
    let context = json!({
        "candidate": { "id": files.candidate.id, "name": files.candidate.name },
        "kit": kit_value(&kit),
        "pdf": hirekit_text::msg!(theirs.lang, "fill-web-kit-pdf"),
        "form": hirekit_text::msg!(theirs.lang, "fill-web-title"),
    });
    render(
        &state,
        StatusCode::OK,
        "kit.html",
        signed_context(&signed, context),
    )
}

/// `GET /candidates/{id}/kit.pdf`: the kit as `hirekit kit --pdf` writes it, as a download.
pub(crate) async fn pdf(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let theirs = match theirs(&state, &signed, &id).await {
        Ok(t) => t,
        Err(refused) => return refused,
    };
    let (_, scorecard) = match theirs.candidate_and_scorecard(&id) {
        Ok(both) => both,
        Err(refused) => return refused,
    };
    let kit = theirs.kit(scorecard);
    let company = theirs.folder.profile.company.clone();
    let created = state.now_local();
    let file_name = format!("kit-{}.pdf", scorecard.id);
    // Laying out pages takes CPU time: off the async threads.
    let made = tokio::task::spawn_blocking(move || {
        let report = hirekit_kit::render::pdf::report(&kit, Some(&company));
        let metadata = hirekit_kit::render::pdf::metadata(
            &kit,
            &company,
            &format!("hirekit {}", env!("CARGO_PKG_VERSION")),
            created,
        );
        hirekit_pdf::render_report(&report, &metadata)
    })
    .await;
    match made {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                // The scorecard id is a slug (checked when the scorecard is read): no quoting
                // problem in the header.
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{file_name}\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => server_error(&format!("cannot lay out the kit as PDF: {e}")),
        Err(e) => server_error(&format!("the PDF layout stopped: {e}")),
    }
}

fn kit_value(kit: &Kit) -> Value {
    let section = |s: &hirekit_kit::KitSection| json!({ "title": s.title, "lines": s.lines });
    json!({
        "title": kit.title,
        "subtitle": kit.subtitle,
        "how_to_title": kit.how_to_title,
        "how_to": kit.how_to,
        "plan": {
            "title": kit.plan.title,
            "columns": kit.plan.columns,
            "rows": kit.plan.rows.iter().map(|r| json!({ "part": r.part, "minutes": r.minutes })).collect::<Vec<_>>(),
            "total": kit.plan.total,
        },
        "opening": section(&kit.opening),
        "criteria": kit.criteria.iter().map(|c| json!({
            "heading": c.heading,
            "facts": c.facts,
            "requirement": c.requirement,
            "questions": c.questions.iter().map(|q| json!({ "text": q.text, "kind": q.kind, "probes": q.probes })).collect::<Vec<_>>(),
            "scale": c.scale.iter().map(|p| json!({ "point": p.point, "label": p.label, "anchor": p.anchor, "pass": p.pass })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "closing": section(&kit.closing),
        "red_flags": kit.red_flags.as_ref().map(|r| json!({
            "title": r.title,
            "intro": r.intro,
            "items": r.items.iter().map(|f| json!({ "signal": f.signal, "evidence": f.evidence, "verify": f.verify })).collect::<Vec<_>>(),
            "caution_title": r.caution_title,
            "caution_intro": r.caution_intro,
            "cautions": r.cautions.iter().map(|f| json!({ "signal": f.signal, "why": f.why })).collect::<Vec<_>>(),
        })),
        "recommendation_title": kit.recommendation_title,
        "recommendations": kit.recommendations,
        "calibration": kit.calibration.as_ref().map(|c| json!({
            "title": c.title,
            "intro": c.intro,
            "criteria": c.criteria.iter().map(|k| json!({
                "heading": k.heading,
                "examples": k.examples.iter().map(|e| json!({ "point": e.point, "label": e.label, "text": e.text })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })),
        "labels": {
            "requirement": kit.labels.requirement,
            "questions": kit.labels.questions,
            "probe": kit.labels.probe,
            "point": kit.labels.point,
            "label": kit.labels.label,
            "anchor": kit.labels.anchor,
            "pass": kit.labels.pass,
            "signal": kit.labels.signal,
            "how_to_verify": kit.labels.how_to_verify,
            "why_not_counted": kit.labels.why_not_counted,
        },
    })
}
