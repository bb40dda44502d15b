//! Reading an input file: structure through `hirekit-yaml` (every unknown key, wrong type and
//! missing field at its line), then the model's own checks placed at the values they concern.
//! When the structure is broken, the numbers that can still be read are checked too, so that one
//! run reports a misspelt key and a negative salary together.

use std::path::Path;

use hirekit_yaml::{Diagnostic, Document, decode_node};

use crate::check::{self, Problem, Severity};
use crate::input::{CostInput, Estimate};
use crate::inputs::Input;
use crate::params;

/// An input that passed every check, with warnings about values it gives but the model ignores.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub input: CostInput,
    pub warnings: Vec<Diagnostic>,
    pub document: Document,
}

/// Reads and checks a cost input file (`path` is used in messages only; `bytes` is its content).
/// On failure returns every problem found, each as `path:line:column` with a hint where one helps.
pub fn load(path: &Path, bytes: &[u8]) -> Result<Loaded, Vec<Diagnostic>> {
    let document = Document::parse(path, bytes).map_err(|d| vec![*d])?;
    let mut structural = document.check_schema::<CostInput>();
    if !structural.is_empty() {
        structural.extend(
            readable_value_problems(&document)
                .iter()
                .map(|p| locate(&document, p)),
        );
        hirekit_yaml::sort(&mut structural);
        return Err(structural);
    }
    let input = document.decode::<CostInput>().map_err(|d| vec![*d])?;
    match params::resolve(&input) {
        Ok((_, warnings)) => {
            let warnings = warnings.iter().map(|p| locate(&document, p)).collect();
            Ok(Loaded {
                input,
                warnings,
                document,
            })
        }
        Err(errors) => Err(errors.iter().map(|p| locate(&document, p)).collect()),
    }
}

/// The value checks (sign, plausible range, percentages, range order) of every number that
/// decodes on its own, for a document whose structure is broken elsewhere. Checks that need the
/// whole input (the route against the contract) wait until the structure is sound.
fn readable_value_problems(document: &Document) -> Vec<Problem> {
    let mut problems = Vec::new();
    for item in Input::ALL {
        let pointer = item.pointer();
        let estimate = document
            .root
            .pointer(pointer)
            .and_then(|node| decode_node::<Estimate>(document, node, pointer).ok());
        if let Some(estimate) = estimate {
            check::check_estimate(item, estimate, &mut problems);
        }
    }
    problems
}

/// Places a [`Problem`] in the document.
pub fn locate(document: &Document, problem: &Problem) -> Diagnostic {
    let mut diagnostic = match problem.key {
        Some(key) => document.error_at_key(&problem.pointer, key, problem.message.clone()),
        None => document.error_at(&problem.pointer, problem.message.clone()),
    };
    if problem.severity == Severity::Warning {
        diagnostic.severity = Severity::Warning;
    }
    match &problem.hint {
        Some(hint) => diagnostic.with_hint(hint.clone()),
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_line(d: &Diagnostic) -> String {
        d.render().lines().next().unwrap_or_default().to_owned()
    }

    #[test]
    fn semantic_errors_point_at_their_value() {
        let yaml = b"monthly_salary: 5500\nholiday_allowance_pct: 108\nexit:\n  month: 4\n  route: probation\n";
        let errors = load("c.yaml".as_ref(), yaml).unwrap_err();
        let lines: Vec<String> = errors.iter().map(first_line).collect();
        assert_eq!(
            lines,
            [
                "c.yaml:2:24: error: `holiday_allowance_pct` is a percentage and cannot be over 100 (found 108)",
                "c.yaml:4:10: error: `exit.month` 4 is after the probation period: at most 2 months for an \
                 indefinite contract (art. 7:652 BW)",
            ]
        );
    }

    #[test]
    fn a_range_member_is_located_exactly() {
        let yaml = b"monthly_salary: {low: -1, expected: 5000, high: 6000}\nexit: {month: 6, route: court}\n";
        let errors = load("c.yaml".as_ref(), yaml).unwrap_err();
        assert_eq!(
            first_line(&errors[0]),
            "c.yaml:1:23: error: `monthly_salary` cannot be negative (found -1)"
        );
    }

    #[test]
    fn value_errors_come_with_structural_errors_in_one_run() {
        let yaml = b"monthly_salary: -5500\nexit:\n  month: 6\n  route: court\n  notice_mnths: 1\n";
        let errors = load("c.yaml".as_ref(), yaml).unwrap_err();
        let lines: Vec<String> = errors.iter().map(first_line).collect();
        assert_eq!(
            lines,
            [
                "c.yaml:1:17: error: `monthly_salary` cannot be negative (found -5500)",
                "c.yaml:5:3: error: unknown field `notice_mnths`, expected one of `extra_severance`, \
                 `legal_costs`, `month`, `notice_months`, `procedure_months`, `route`, \
                 `transition_payment_cap`",
            ]
        );
    }

    #[test]
    fn a_salary_beyond_its_range_is_refused_not_rendered() {
        let yaml = b"monthly_salary: 1e60\nexit: {month: 6, route: court}\n";
        let errors = load("c.yaml".as_ref(), yaml).unwrap_err();
        assert_eq!(
            first_line(&errors[0]),
            "c.yaml:1:17: error: `monthly_salary` is at most 100,000 (found 1e60)"
        );
    }

    #[test]
    fn unused_exit_values_are_warnings() {
        let yaml =
            b"monthly_salary: 5000\nexit:\n  month: 1\n  route: probation\n  notice_months: 1\n";
        let loaded = load("c.yaml".as_ref(), yaml).unwrap();
        assert_eq!(
            first_line(&loaded.warnings[0]),
            "c.yaml:5:3: warning: `exit.notice_months` is not used: the `probation` route adds only the transition payment"
        );
    }
}
