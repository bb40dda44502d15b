//! `GET/POST /cost`: what a mis-hire costs (crate hirekit-cost), from the same inputs as
//! `hirekit cost`: the quick form (monthly salary, the month of the decision, how the
//! employment ends) or a whole input file pasted as YAML. The report is the command's table;
//! the PDF is the command's `--pdf`, headed with the company's name.
//!
//! There is no HR role: recruiters and hiring managers both may use it (see docs/server.md).

use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use hirekit_cost::{CostInput, MisHireCost, Options, Route};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::AppState;
use crate::auth::{Signed, forbidden};
use crate::pages::{is_recruiter_or_manager, load, render, server_error, signed_context};
use crate::text::language;
use hirekit_text::msg;

#[derive(Debug, Default, Deserialize, Serialize)]
pub(crate) struct CostForm {
    #[serde(default, skip_serializing)]
    csrf: Option<String>,
    #[serde(default)]
    salary: String,
    #[serde(default)]
    exit_month: String,
    #[serde(default)]
    route: String,
    /// A whole input file; when given, the three fields above are not used.
    #[serde(default)]
    yaml: String,
    /// `on` when ticked: compare with deciding at the end of probation, month 6 and month 12.
    #[serde(default)]
    scenarios: Option<String>,
    /// `pdf` for the PDF, anything else for the page.
    #[serde(default, skip_serializing)]
    format: Option<String>,
}

pub(crate) async fn form(State(state): State<AppState>, signed: Signed) -> Response {
    if !is_recruiter_or_manager(&signed.session.user.role) {
        return forbidden();
    }
    let form = CostForm {
        route: "mutual_agreement".into(),
        ..CostForm::default()
    };
    page(
        &state,
        &signed,
        &form,
        &Problems::default(),
        None,
        StatusCode::OK,
    )
}

/// Problems per field (`salary`, `exit_month`, `route`, `yaml`; `whole` for the rest).
type Problems = std::collections::BTreeMap<&'static str, Vec<String>>;

/// A number as a person types it: `5500`, `5500.50` or `5500,50`.
fn number(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = if text.contains(',') && !text.contains('.') {
        text.replace(',', ".")
    } else {
        text.to_owned()
    };
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<CostForm>,
) -> Response {
    if !is_recruiter_or_manager(&signed.session.user.role) || !signed.csrf_ok(form.csrf.as_deref())
    {
        return forbidden();
    }
    let lang = language(&signed.session.user.language);
    let mut problems = Problems::new();
    let input = if form.yaml.trim().is_empty() {
        let salary = number(&form.salary);
        let month = number(&form.exit_month);
        let route = Route::ALL.into_iter().find(|r| r.key() == form.route);
        if salary.is_none() {
            problems
                .entry("salary")
                .or_default()
                .push(msg!(lang, "page-cost-salary"));
        }
        if month.is_none() {
            problems
                .entry("exit_month")
                .or_default()
                .push(msg!(lang, "page-cost-month"));
        }
        if route.is_none() {
            problems
                .entry("route")
                .or_default()
                .push(msg!(lang, "page-cost-route"));
        }
        match (salary, month, route) {
            (Some(salary), Some(month), Some(route)) => {
                let input = CostInput::new(salary, month, route);
                // The same checks as the command's quick form, each shown at its field.
                for problem in hirekit_cost::check(&input)
                    .into_iter()
                    .filter(|p| p.severity == hirekit_cost::Severity::Error)
                {
                    // The quick form has three fields, each wrong in one way: said once, in
                    // the user's language.
                    let (field, message) = match problem.pointer.as_str() {
                        "/monthly_salary" => ("salary", msg!(lang, "page-cost-salary-range")),
                        "/exit/month" => ("exit_month", msg!(lang, "page-cost-month-range")),
                        "/exit/route" | "/exit" => ("route", msg!(lang, "page-cost-route-fit")),
                        _ => ("whole", msg!(lang, "page-cost-not-estimated")),
                    };
                    let said = problems.entry(field).or_default();
                    if !said.contains(&message) {
                        said.push(message);
                    }
                }
                Some(input)
            }
            _ => None,
        }
    } else {
        match hirekit_cost::load(std::path::Path::new("cost.yaml"), form.yaml.as_bytes()) {
            Ok(loaded) => Some(loaded.input),
            Err(diagnostics) => {
                problems
                    .entry("yaml")
                    .or_default()
                    .extend(diagnostics.iter().map(hirekit_yaml::Diagnostic::render));
                None
            }
        }
    };
    let options = Options {
        scenarios: form.scenarios.is_some(),
        ..Options::default()
    };
    let cost = match input {
        Some(input) if problems.is_empty() => match hirekit_cost::estimate(&input, &options) {
            Ok(cost) => cost,
            Err(found) => {
                // Numbers the checks accepted that still make no estimate: the quick form's
                // sentence; a pasted file's problems name its keys, as the command's do.
                let whole = problems.entry("whole").or_default();
                if form.yaml.trim().is_empty() || found.is_empty() {
                    whole.push(msg!(lang, "page-cost-not-estimated"));
                } else {
                    whole.extend(found.into_iter().map(|p| p.message));
                }
                return page(
                    &state,
                    &signed,
                    &form,
                    &problems,
                    None,
                    StatusCode::BAD_REQUEST,
                );
            }
        },
        _ => {
            return page(
                &state,
                &signed,
                &form,
                &problems,
                None,
                StatusCode::BAD_REQUEST,
            );
        }
    };
    if let Err(e) = super::audit(&state, &signed, "cost-estimate", None).await {
        return e;
    }
    if form.format.as_deref() == Some("pdf") {
        return pdf(&state, &cost, lang).await;
    }
    page(
        &state,
        &signed,
        &form,
        &problems,
        Some(&cost),
        StatusCode::OK,
    )
}

/// The report as a PDF download, headed with the company's name, dated today.
async fn pdf(state: &AppState, cost: &MisHireCost, lang: hirekit_language::Language) -> Response {
    let folder = match load(state).await {
        Ok(f) => f,
        Err(e) => return e,
    };
    let company = folder.profile.company.clone();
    let report = hirekit_cost::render::pdf::report(cost, Some(&company), lang);
    let metadata = hirekit_cost::render::pdf::metadata(
        cost,
        &company,
        &format!("hirekit {}", env!("CARGO_PKG_VERSION")),
        lang,
        super::now_fixed(state),
    );
    match hirekit_pdf::render_report(&report, &metadata) {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"mis-hire-cost.pdf\"",
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => server_error(&format!("cannot lay out the cost report: {e}")),
    }
}

fn page(
    state: &AppState,
    signed: &Signed,
    form: &CostForm,
    problems: &Problems,
    cost: Option<&MisHireCost>,
    status: StatusCode,
) -> Response {
    let lang = language(&signed.session.user.language);
    let page = signed_context(
        signed,
        json!({
            "form": form,
            "routes": Route::ALL
                .iter()
                .map(|r| json!({ "key": r.key(), "label": r.label().get(lang) }))
                .collect::<Vec<_>>(),
            "problems": problems,
            "report": cost.map(|c| hirekit_cost::render::table(c, lang)),
        }),
    );
    render(state, status, "cost.html", page)
}
