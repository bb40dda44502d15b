//! Setting `decision` and `decision_reason` in a hand-written `candidate.yaml` without losing its
//! comments or layout: only those two top-level lines are replaced.

use hirekit_folder::{Decision, DecisionReason};

/// `text` with its top-level `decision` and `decision_reason` set: replaced where they are, added
/// at the end where they are not. The caller re-reads the result: a file in flow style
/// (`{id: ...}`) cannot be edited line by line and then fails to parse, rather than being
/// silently changed.
pub fn set_decision(text: &str, decision: Decision, reason: DecisionReason) -> String {
    let decision = match decision {
        Decision::Advance => "advance",
        Decision::Reject => "reject",
        Decision::Hired => "hired",
        Decision::Withdrawn => "withdrawn",
    };
    let reason = match reason {
        DecisionReason::Requirements => "requirements",
        DecisionReason::OtherCandidate => "other_candidate",
    };
    let mut wanted = [
        ("decision:", format!("decision: {decision}"), false),
        (
            "decision_reason:",
            format!("decision_reason: {reason}"),
            false,
        ),
    ];
    let mut out = String::new();
    for line in text.lines() {
        match wanted.iter_mut().find(|(key, _, _)| line.starts_with(*key)) {
            // A second line with the same key would be a duplicate key: drop it.
            Some((_, _, true)) => {}
            Some((_, new, done)) => {
                out.push_str(new);
                out.push('\n');
                *done = true;
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    for (_, new, done) in &wanted {
        if !done {
            out.push_str(new);
            out.push('\n');
        }
    }
    out
}
