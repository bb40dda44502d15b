//! The semantic checks of an input, beyond its structure: each problem carries the JSON pointer
//! of the value it concerns, so the loader can place it at its line and column.

use crate::defaults::probation_max_months;
use crate::input::{Contract, CostInput, Estimate, Route};
use crate::inputs::{Input, Unit};
use crate::text::{self, Language};

/// How serious a [`Problem`] is: the one severity of every diagnostic.
pub use hirekit_yaml::Severity;

/// A semantic problem in an input, placed by the JSON pointer of the value (and optionally the key
/// of a mapping) it concerns; the loader turns it into a located diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub pointer: String,
    /// When set, the problem sits at this key of the mapping under `pointer`.
    pub key: Option<&'static str>,
    pub message: String,
    pub hint: Option<String>,
}

impl Problem {
    pub(crate) fn error(pointer: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            pointer: pointer.into(),
            key: None,
            message: message.into(),
            hint: None,
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

pub(crate) fn describe(value: f64) -> String {
    // Numbers in messages appear as the user typed them (`5500`, `-1`, `1.5`); huge ones in
    // scientific notation rather than as sixty digits.
    if value.abs() >= 1e15 {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// The largest transition payment cap accepted, in euros (the statutory one is about €100,000).
pub const CAP_MAX: f64 = 10_000_000.0;

/// The longest fixed-term contract accepted, in months.
pub const CONTRACT_MONTHS_MAX: f64 = 600.0;

/// Writes a bound the way the documentation does: `100000`, `1e7` → `10000000`.
fn bound(value: f64) -> String {
    text::number(value, Language::En)
}

pub(crate) fn check_cap(cap: f64, route: Route, problems: &mut Vec<Problem>) {
    const AT: &str = "/exit/transition_payment_cap";
    if !route.owes_transition_payment() {
        problems.push(no_payment_on_resignation(AT, "exit.transition_payment_cap"));
    } else if !(cap.is_finite() && cap >= 0.0) {
        problems.push(Problem::error(
            AT,
            format!(
                "`exit.transition_payment_cap` cannot be negative (found {})",
                describe(cap)
            ),
        ));
    } else if cap > CAP_MAX {
        problems.push(too_large("exit.transition_payment_cap", AT, cap, CAP_MAX));
    }
}

fn too_large(key: &str, at: &str, value: f64, max: f64) -> Problem {
    Problem::error(
        at,
        format!(
            "`{key}` is at most {} (found {})",
            bound(max),
            describe(value)
        ),
    )
    .hint("every number has a plausible range (see docs/cost-model.md); check for extra digits")
}

fn no_payment_on_resignation(at: &str, key: &str) -> Problem {
    Problem::error(
        at,
        format!(
            "`{key}` does not apply to a resignation: an employee who resigns is owed no transition \
             payment or severance (art. 7:673 lid 1 BW: only when the employment ends at the \
             employer's initiative)"
        ),
    )
    .hint("if the employer pays to part, that is a settlement: choose `mutual_agreement`")
}

pub(crate) fn check_salary(input: &CostInput, problems: &mut Vec<Problem>) {
    match (&input.monthly_salary, &input.annual_salary) {
        (None, None) => problems.push(
            Problem::error("", "missing salary: give `monthly_salary` or `annual_salary`")
                .hint("`monthly_salary` is gross per month without holiday allowance, e.g. `monthly_salary: 5500`"),
        ),
        (Some(_), Some(_)) => problems.push(
            Problem::error("/annual_salary", "give `monthly_salary` or `annual_salary`, not both")
                .hint("the model derives one from the other; remove one of them"),
        ),
        _ => {}
    }
}

pub(crate) fn check_estimate(item: Input, estimate: Estimate, problems: &mut Vec<Problem>) {
    let pointer = item.pointer();
    let key = item.key();
    let parts: Vec<(String, f64)> = match estimate {
        Estimate::Exact(v) => vec![(pointer.to_owned(), v)],
        Estimate::Range(r) => vec![
            (format!("{pointer}/low"), r.low),
            (format!("{pointer}/expected"), r.expected),
            (format!("{pointer}/high"), r.high),
        ],
    };
    let mut sound = true;
    for (at, value) in &parts {
        if !value.is_finite() {
            problems.push(Problem::error(
                at.as_str(),
                format!("`{key}` must be a finite number"),
            ));
            sound = false;
        } else if *value < 0.0 {
            problems.push(
                Problem::error(
                    at.as_str(),
                    format!("`{key}` cannot be negative (found {})", describe(*value)),
                )
                .hint("amounts, percentages and durations are zero or more"),
            );
            sound = false;
        } else if item.unit() != Unit::Percent && *value > item.max() {
            problems.push(too_large(&key, at, *value, item.max()));
            sound = false;
        } else if item.unit() == Unit::Percent && *value > 100.0 {
            problems.push(
                Problem::error(
                    at.as_str(),
                    format!(
                        "`{key}` is a percentage and cannot be over 100 (found {})",
                        describe(*value)
                    ),
                )
                .hint("write percentages as numbers from 0 to 100: `20` for 20%"),
            );
            sound = false;
        }
    }
    if let Estimate::Range(r) = estimate
        && sound
        && !(r.low <= r.expected && r.expected <= r.high)
    {
        problems.push(
            Problem::error(
                pointer,
                format!(
                    "the range of `{key}` must have low <= expected <= high (found low {}, expected {}, high {})",
                    describe(r.low),
                    describe(r.expected),
                    describe(r.high)
                ),
            )
            .hint("`low` is the lowest plausible value, `high` the highest"),
        );
    }
}

pub(crate) fn check_contract(input: &CostInput, contract: Contract, problems: &mut Vec<Problem>) {
    match (contract, input.contract_months) {
        (Contract::Fixed, None) => problems.push(
            Problem::error("/contract", "a fixed-term contract needs `contract_months`")
                .hint("add its length in months, e.g. `contract_months: 12`"),
        ),
        (Contract::Indefinite, Some(_)) => problems.push(
            Problem::error(
                "/contract_months",
                "`contract_months` only applies to a fixed-term contract",
            )
            .hint("add `contract: fixed`, or remove `contract_months`"),
        ),
        (Contract::Fixed, Some(months)) if !(months.is_finite() && months > 0.0) => {
            problems.push(Problem::error(
                "/contract_months",
                format!(
                    "`contract_months` must be more than 0 (found {})",
                    describe(months)
                ),
            ))
        }
        (Contract::Fixed, Some(months)) if months > CONTRACT_MONTHS_MAX => {
            problems.push(too_large(
                "contract_months",
                "/contract_months",
                months,
                CONTRACT_MONTHS_MAX,
            ))
        }
        _ => {}
    }
}

pub(crate) fn check_exit(
    input: &CostInput,
    contract: Contract,
    (month_low, month_high): (f64, f64),
    problems: &mut Vec<Problem>,
) {
    let route = input.exit.route;
    let months = input.contract_months.filter(|m| m.is_finite() && *m > 0.0);
    let month_ok = month_low.is_finite() && month_high.is_finite() && month_low >= 0.0;
    if route == Route::FixedTermEnd && contract != Contract::Fixed {
        problems.push(
            Problem::error("/exit/route", "`fixed_term_end` needs a fixed-term contract, but this one is indefinite")
                .hint("add `contract: fixed` and `contract_months`, or choose `mutual_agreement` or `court`"),
        );
    }
    if let (Contract::Fixed, Some(length)) = (contract, months)
        && month_ok
        && month_high > length
    {
        problems.push(
            Problem::error(
                "/exit/month",
                format!(
                    "`exit.month` {} is after the end of the {}-month fixed-term contract",
                    describe(month_high),
                    describe(length)
                ),
            )
            .hint("the employment ends at the latest when the contract does"),
        );
    }
    if route == Route::Resignation && input.exit.extra_severance.is_some() {
        problems.push(no_payment_on_resignation(
            "/exit/extra_severance",
            "exit.extra_severance",
        ));
    }
    if route == Route::Probation {
        let max = probation_max_months(contract, months);
        let contract_text = match (contract, months) {
            (Contract::Indefinite, _) => "an indefinite contract".to_owned(),
            (Contract::Fixed, Some(m)) => {
                format!("a fixed-term contract of {} months", describe(m))
            }
            (Contract::Fixed, None) => "a fixed-term contract".to_owned(),
        };
        if max == 0.0 {
            problems.push(
                Problem::error(
                    "/exit/route",
                    format!("{contract_text} cannot have a probation period (art. 7:652 BW: none for 6 months or less)"),
                )
                .hint("choose `fixed_term_end` or `mutual_agreement`"),
            );
        } else if month_ok && month_high > max {
            let max_text = text::months(max, Language::En);
            let first = if max == 1.0 {
                "month".to_owned()
            } else {
                max_text.clone()
            };
            let month = if month_low < month_high {
                format!("up to {}", describe(month_high))
            } else {
                describe(month_high)
            };
            problems.push(
                Problem::error(
                    "/exit/month",
                    format!(
                        "`exit.month` {month} is after the probation period: at most {max_text} for {contract_text} (art. 7:652 BW)"
                    ),
                )
                .hint(format!(
                    "a dismissal in probation must happen within the first {first}; later, choose `mutual_agreement` or `court`"
                )),
            );
        }
    }
}

/// Values given for exit costs that the chosen route does not pay: not an error, but the user
/// should know they are ignored. (A severance on a resignation is an error, see `check_exit`.)
pub(crate) fn unused_on_route(input: &CostInput) -> Vec<Problem> {
    let route = input.exit.route;
    let exit = &input.exit;
    let dismissal = route.has_dismissal_costs();
    let what = match route {
        Route::Resignation => "adds only the employee's notice",
        _ => "adds only the transition payment",
    };
    [
        (
            "notice_months",
            exit.notice_months.is_some() && !route.has_notice(),
        ),
        (
            "procedure_months",
            exit.procedure_months.is_some() && !dismissal,
        ),
        (
            "extra_severance",
            exit.extra_severance.is_some() && !dismissal && route != Route::Resignation,
        ),
        ("legal_costs", exit.legal_costs.is_some() && !dismissal),
    ]
    .into_iter()
    .filter(|(_, unused)| *unused)
    .map(|(key, _)| Problem {
        severity: Severity::Warning,
        pointer: "/exit".into(),
        key: Some(key),
        message: format!(
            "`exit.{key}` is not used: the `{}` route {what}",
            route.key()
        ),
        hint: None,
    })
    .collect()
}
