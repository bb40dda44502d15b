//! What `hirekit fill` says outside the walk-through: refusals, and how a session ended.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{FilledScorecard, TimeRules};
use hirekit_scorecard::Language;
use hirekit_text::msg;

use hirekit_text::style::{BOLD, WARNING};

use crate::text::when;

pub fn bad_interviewer_name(name: &str, lang: Language) -> String {
    msg!(lang, "fill-bad-interviewer-name", name = name)
}

pub fn misspelt_interviewer(
    name: &str,
    planned: &str,
    candidate: &hirekit_folder::Candidate,
    lang: Language,
) -> String {
    let all: Vec<&str> = candidate
        .interviews
        .iter()
        .map(|i| i.interviewer.as_str())
        .collect();
    msg!(
        lang,
        "fill-misspelt-interviewer",
        name = name,
        candidate = &candidate.id,
        planned = planned,
        all = all.join(", "),
    )
}

pub fn already_submitted(
    interviewer: &str,
    candidate: &str,
    path: &Path,
    lang: Language,
) -> String {
    msg!(
        lang,
        "fill-already-submitted",
        interviewer = interviewer,
        candidate = candidate,
        path = path.display().to_string(),
    )
}

pub fn interview_ahead(
    interviewer: &str,
    candidate: &str,
    at: DateTime<FixedOffset>,
    lang: Language,
) -> String {
    msg!(
        lang,
        "fill-interview-ahead",
        interviewer = interviewer,
        candidate = candidate,
        at = when(at, lang),
    )
}

pub fn rating_dropped(criterion: &str, lang: Language) -> String {
    let text = msg!(lang, "fill-rating-dropped", criterion = criterion);
    format!("{WARNING}{text}{WARNING:#}\n")
}

pub fn template_written(path: &Path, candidate: &str, lang: Language) -> String {
    let text = msg!(
        lang,
        "fill-template-written",
        path = path.display().to_string(),
        candidate = candidate,
    );
    format!("{text}\n")
}

/// Said after submitting: where the scorecard is, whether it was late, and the reminder not to
/// compare notes yet.
pub fn submitted(
    filled: &FilledScorecard,
    path: &Path,
    rules: &TimeRules,
    lang: Language,
) -> String {
    let path = path.display().to_string();
    let mut lines = vec![format!(
        "{BOLD}{}{BOLD:#}",
        msg!(lang, "fill-submitted", path = path)
    )];
    // The same rule and rounding as the lateness `hirekit score` lists.
    if let Some(late) =
        hirekit_panel::lateness_under(filled.interviewed_at, filled.submitted_at, rules)
    {
        let text = msg!(lang, "fill-submitted-late", lateness = late.describe(lang));
        lines.push(format!("{WARNING}{text}{WARNING:#}"));
    }
    lines.push(msg!(lang, "fill-thanks"));
    format!("\n{}\n", lines.join("\n"))
}

/// Said when the input ended before submitting; `draft` is the saved draft, if any.
pub fn stopped(draft: Option<&Path>, lang: Language) -> String {
    let text = match draft {
        Some(path) => msg!(
            lang,
            "fill-stopped-saved",
            path = path.display().to_string()
        ),
        None => msg!(lang, "fill-stopped-nothing"),
    };
    format!("{WARNING}{text}{WARNING:#}\n")
}
