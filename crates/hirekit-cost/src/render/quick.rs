//! The problems of a quick estimate (`--salary`, `--exit-month`, `--route`), which has no file
//! to point into: each is named by its option instead of its key.

use std::fmt::Write as _;

use hirekit_text::style::{ERROR, WARNING};

use crate::check::{Problem, Severity};

/// The quick form assumes what the file would say about the contract.
const QUICK_ROUTE_HINT: &str =
    "the quick form assumes an indefinite contract; describe a fixed-term contract in a file";

/// `error: ...` / `warning: ...` lines with their hints, styled (the printer drops the styles
/// where the terminal wants none).
pub fn quick_problems(problems: &[Problem]) -> String {
    let mut out = String::new();
    for problem in problems {
        let message = problem
            .message
            .replace("`monthly_salary`", "`--salary`")
            .replace("`exit.month`", "`--exit-month`");
        let (style, word) = match problem.severity {
            Severity::Error => (ERROR, "error"),
            Severity::Warning => (WARNING, "warning"),
        };
        let _ = writeln!(out, "{style}{word}{style:#}: {message}");
        let hint = if problem.pointer == "/exit/route" {
            Some(QUICK_ROUTE_HINT)
        } else {
            problem.hint.as_deref()
        };
        if let Some(hint) = hint {
            let _ = writeln!(out, "  = hint: {hint}");
        }
    }
    out
}
