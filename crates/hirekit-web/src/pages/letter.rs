//! A candidate's rejection letter in the browser, for recruiters and hiring managers: a preview
//! with the guard's findings marked in place, and the letter as `.pdf`, `.eml` and `.txt`.
//!
//! Everything about the letter comes from `hirekit-letters`, the same calls `hirekit feedback`
//! makes: whether a letter may be written (a `reject` decision, a complete panel, a needed
//! decision note), the text, the guard, the files and their names. A letter the guard finds an
//! error in is shown, marked, but not served, as the command line does not write it.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hirekit_folder::Folder;
use hirekit_letters::{Compose, Composed, Format, LetterError, Refusal};
use serde::Serialize;
use serde_json::json;

use super::{is_recruiter_or_manager, load, not_found, render, server_error, signed_context};
use crate::AppState;
use crate::auth::{Signed, forbidden};
use crate::text::language;

/// The letter's routes, merged into the app's router.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/candidates/{id}/letter", get(preview))
        .route("/candidates/{id}/letter.pdf", get(pdf))
        .route("/candidates/{id}/letter.eml", get(eml))
        .route("/candidates/{id}/letter.txt", get(txt))
}

/// The words of the letter pages: the catalogue's `web-letter-…` messages, by the name the
/// template reads them as (`l.title` is `web-letter-title`).
fn letter_labels(lang: &str) -> std::collections::BTreeMap<String, String> {
    crate::text::labels(lang)
        .into_iter()
        .filter_map(|(key, text)| Some((key.strip_prefix("letter_")?.to_owned(), text)))
        .collect()
}

/// One label of the letter pages in `lang` (a test holds the keys to the catalogue).
fn label(lang: &str, key: &str) -> String {
    letter_labels(lang).remove(key).unwrap_or_default()
}

/// A piece of the letter's text for the preview: plain, or a passage the guard found.
#[derive(Serialize)]
struct Piece {
    text: String,
    finding: Option<Shown>,
}

/// A finding as the preview shows it.
#[derive(Serialize)]
struct Shown {
    error: bool,
    message: String,
    hint: Option<String>,
}

/// The letter's text cut at the findings' spans: each found passage is its own piece, carrying
/// the finding. A finding that overlaps one already marked, or has no passage (an empty
/// letter), is listed on its own instead (the second list).
fn pieces(composed: &Composed, ui: hirekit_text::Language) -> (Vec<Piece>, Vec<Shown>) {
    let text = &composed.text;
    let mut findings: Vec<_> = composed.findings.iter().collect();
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    let mut pieces = Vec::new();
    let mut apart = Vec::new();
    let mut at = 0;
    for f in findings {
        // The explanation is in the user's language; a suggested wording stays in the letter's.
        let shown = Shown {
            error: f.is_error(),
            message: f.message(ui),
            hint: f.hint(ui).map(str::to_owned),
        };
        let passage = text.get(f.span.clone()).filter(|p| !p.is_empty());
        match passage {
            Some(passage) if f.span.start >= at => {
                if f.span.start > at {
                    pieces.push(Piece {
                        text: text[at..f.span.start].to_owned(),
                        finding: None,
                    });
                }
                pieces.push(Piece {
                    text: passage.to_owned(),
                    finding: Some(shown),
                });
                at = f.span.end;
            }
            _ => apart.push(shown),
        }
    }
    if at < text.len() {
        pieces.push(Piece {
            text: text[at..].to_owned(),
            finding: None,
        });
    }
    (pieces, apart)
}

/// The candidate's letter, composed for the signed-in recruiter or hiring manager, after the
/// audit line; or the answer to give instead (403, 404, the page saying why there is no
/// letter, 500).
async fn composed(
    state: &AppState,
    signed: &Signed,
    id: &str,
    action: &str,
) -> Result<(Folder, Composed), Response> {
    if !is_recruiter_or_manager(&signed.session.user.role) {
        return Err(forbidden());
    }
    let folder = load(state).await?;
    if folder.candidate(id).is_none() {
        return Err(not_found());
    }
    if let Err(e) = hirekit_store::accounts::audit(
        &state.db,
        state.now(),
        &signed.session.user.email,
        action,
        Some(id),
    )
    .await
    {
        return Err(server_error(&e.to_string()));
    }
    let ui = language(&signed.session.user.language);
    let today = state.now_local().date_naive();
    let how = Compose {
        lang: None,
        today,
        force: false,
        ui,
    };
    let id = id.to_owned();
    // Composing and the guard are CPU work (the PDF even more): off the async threads.
    let result = tokio::task::spawn_blocking(move || {
        let templates = hirekit_letters::templates(&folder.root)?;
        let composed = {
            let files = folder
                .candidate(&id)
                .ok_or_else(|| LetterError::Failed(format!("no candidate `{id}`")))?;
            hirekit_letters::compose_for(&folder, files, &templates, &how)?
        };
        Ok::<_, LetterError>((composed, folder))
    })
    .await;
    match result {
        Ok(Ok((composed, folder))) => Ok((folder, composed)),
        Ok(Err(LetterError::NotAllowed(refusal, message))) => {
            Err(no_letter(state, signed, refusal, &message))
        }
        Ok(Err(e)) => Err(server_error(&format!("letter: {e}"))),
        Err(e) => Err(server_error(&format!("the letter stopped: {e}"))),
    }
}

/// Why there is no letter (yet): a page, not an error. The hiring rules' own reasons get a
/// sentence for the browser (the command line's names its flags); a missing decision note
/// keeps the library's message, which names the command that records it.
fn no_letter(state: &AppState, signed: &Signed, refusal: Refusal, message: &str) -> Response {
    let user_lang = &signed.session.user.language;
    let reason = match refusal {
        Refusal::NotRejected => label(user_lang, "not_rejected"),
        Refusal::PanelAwaiting => label(user_lang, "panel_awaiting"),
        Refusal::AssessmentIncomplete => label(user_lang, "assessment_incomplete"),
        Refusal::NoteMissing | Refusal::ProfileUnfinished => message.to_owned(),
    };
    let page = signed_context(
        signed,
        json!({
            "l": letter_labels(user_lang),
            "heading": label(user_lang, "no_letter"),
            "refused": reason,
        }),
    );
    render(state, StatusCode::CONFLICT, "letter.html", page)
}

pub(crate) async fn preview(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let (folder, composed) = match composed(&state, &signed, &id, "view-letter").await {
        Ok(c) => c,
        Err(response) => return response,
    };
    let ui = language(&signed.session.user.language);
    let (pieces, apart) = pieces(&composed, ui);
    let name = folder
        .candidate(&id)
        .map(|f| f.candidate.name.clone())
        .unwrap_or_default();
    let page = signed_context(
        &signed,
        json!({
            "l": letter_labels(&signed.session.user.language),
            "refused": null,
            "id": id,
            "name": name,
            "blocked": composed.has_errors(),
            "pieces": pieces,
            "apart": apart,
            "findings": composed.findings.len(),
        }),
    );
    render(&state, StatusCode::OK, "letter.html", page)
}

pub(crate) async fn pdf(state: State<AppState>, signed: Signed, id: Path<String>) -> Response {
    download(state, signed, id, Format::Pdf).await
}

pub(crate) async fn eml(state: State<AppState>, signed: Signed, id: Path<String>) -> Response {
    download(state, signed, id, Format::Eml).await
}

pub(crate) async fn txt(state: State<AppState>, signed: Signed, id: Path<String>) -> Response {
    download(state, signed, id, Format::Txt).await
}

/// The letter as a file, named as the e-mail's attachment is; refused (409, with the preview's
/// notice) when the guard found an error.
async fn download(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    format: Format,
) -> Response {
    let action = match format {
        Format::Pdf => "download-letter-pdf",
        Format::Eml => "download-letter-eml",
        Format::Txt => "download-letter-txt",
    };
    let (folder, composed) = match composed(&state, &signed, &id, action).await {
        Ok(c) => c,
        Err(response) => return response,
    };
    let ui = language(&signed.session.user.language);
    let name = composed.download_name(format);
    let bytes = tokio::task::spawn_blocking(move || {
        let files = folder
            .candidate(&id)
            .ok_or_else(|| LetterError::Failed(format!("no candidate `{id}`")))?;
        composed.file(&folder, files, format, ui)
    })
    .await;
    match bytes {
        Ok(Ok(bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.content_type()),
            );
            if let Ok(value) = HeaderValue::from_str(&content_disposition(&name)) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Ok(Err(LetterError::Guard(_))) => {
            let lang = &signed.session.user.language;
            let page = signed_context(
                &signed,
                json!({
                    "l": letter_labels(lang),
                    "heading": label(lang, "not_downloadable"),
                    "refused": label(lang, "blocked"),
                }),
            );
            render(&state, StatusCode::CONFLICT, "letter.html", page)
        }
        Ok(Err(e)) => server_error(&format!("letter: {e}")),
        Err(e) => server_error(&format!("the letter stopped: {e}")),
    }
}

/// `attachment` with the file's name twice (RFC 6266): `filename` in ASCII for old clients
/// (other characters as `_`), `filename*` in UTF-8, percent-encoded (RFC 5987).
fn content_disposition(name: &str) -> String {
    use std::fmt::Write as _;
    let ascii: String = name
        .chars()
        .map(|c| match c {
            '"' | '\\' => '_',
            c if c.is_ascii() && !c.is_ascii_control() => c,
            _ => '_',
        })
        .collect();
    let mut encoded = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_the_code_and_template_ask_for_exists() {
        let code = include_str!("letter.rs");
        let template = include_str!("../templates/letter.html");
        let labels = letter_labels("nl");
        let keys: Vec<&str> = labels.keys().map(String::as_str).collect();
        for used in code
            .split("label(lang, \"")
            .chain(code.split("label(user_lang, \""))
            .skip(1)
            .chain(template.split("l.").skip(1))
            .map(|rest| {
                rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .next()
                    .unwrap_or("")
            })
            .filter(|k| !k.is_empty() && *k != "html")
        {
            assert!(keys.contains(&used), "no label `{used}`");
        }
    }

    #[test]
    fn a_file_name_is_given_in_ascii_and_in_utf8() {
        assert_eq!(
            content_disposition("Terugkoppeling sollicitatie – Kanaalzicht \"B.V\".pdf"),
            "attachment; filename=\"Terugkoppeling sollicitatie _ Kanaalzicht _B.V_.pdf\"; \
             filename*=UTF-8''Terugkoppeling%20sollicitatie%20%E2%80%93%20Kanaalzicht%20%22B.V%22.pdf"
        );
    }
}
