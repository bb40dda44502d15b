//! The semantic checks of an input, beyond its structure: each problem carries the JSON pointer
//! of the value it concerns, so the loader can place it at its line and column.

use crate::defaults::probation_max_months;
use crate::input::{Contract, CostInput, Estimate, Route};
use crate::inputs::{Input, Unit};
use crate::text::{self, Language};

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

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
    // Numbers in messages appear as the user typed them (`5500`, `-1`, `1.5`).
    format!("{value}")
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
/// should know they are ignored.
pub(crate) fn unused_on_route(input: &CostInput) -> Vec<Problem> {
    let route = input.exit.route;
    if route.has_dismissal_costs() {
        return Vec::new();
    }
    let exit = &input.exit;
    [
        ("notice_months", exit.notice_months.is_some()),
        ("procedure_months", exit.procedure_months.is_some()),
        ("extra_severance", exit.extra_severance.is_some()),
        ("legal_costs", exit.legal_costs.is_some()),
    ]
    .into_iter()
    .filter(|(_, given)| *given)
    .map(|(key, _)| Problem {
        severity: Severity::Warning,
        pointer: "/exit".into(),
        key: Some(key),
        message: format!(
            "`exit.{key}` is not used: the `{}` route adds only the transition payment",
            route.key()
        ),
        hint: None,
    })
    .collect()
}
