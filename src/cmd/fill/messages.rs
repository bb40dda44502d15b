//! What `hirekit fill` says outside the walk-through: refusals, and how a session ended.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::FilledScorecard;
use hirekit_scorecard::Language;

use super::text::when;
use crate::output::{BOLD, WARNING};

pub fn bad_interviewer_name(name: &str, lang: Language) -> String {
    match lang {
        Language::Nl => format!(
            "`{name}` kan geen bestandsnaam zijn: gebruik een naam of handle zonder schuine strepen \
             en zonder punt vooraan, bijv. `anna`"
        ),
        Language::En => format!(
            "`{name}` cannot be a file name: use a name or handle without slashes and without a \
             leading dot, e.g. `anna`"
        ),
    }
}

pub fn misspelt_interviewer(
    name: &str,
    planned: &str,
    candidate: &hirekit_folder::Candidate,
    lang: Language,
) -> String {
    let id = &candidate.id;
    let all: Vec<&str> = candidate
        .interviews
        .iter()
        .map(|i| i.interviewer.as_str())
        .collect();
    let all = all.join(", ");
    match lang {
        Language::Nl => format!(
            "`{name}` heeft geen gepland gesprek met {id}; bedoel je `{planned}`? (gepland: {all})"
        ),
        Language::En => format!(
            "`{name}` has no planned interview with {id}; did you mean `{planned}`? (planned: {all})"
        ),
    }
}

pub fn already_submitted(
    interviewer: &str,
    candidate: &str,
    path: &Path,
    lang: Language,
) -> String {
    let path = path.display();
    match lang {
        Language::Nl => format!(
            "{interviewer} heeft al een scorecard ingediend voor {candidate}: {path}\n\
             Gebruik --force om die te vervangen."
        ),
        Language::En => format!(
            "{interviewer} has already submitted a scorecard for {candidate}: {path}\n\
             Use --force to replace it."
        ),
    }
}

pub fn interview_ahead(
    interviewer: &str,
    candidate: &str,
    at: DateTime<FixedOffset>,
    lang: Language,
) -> String {
    let at = when(at, lang);
    match lang {
        Language::Nl => format!(
            "het gesprek van {interviewer} met {candidate} is gepland op {at}: vul de scorecard in \
             na het gesprek"
        ),
        Language::En => format!(
            "the interview of {interviewer} with {candidate} is planned for {at}: fill in the \
             scorecard after the interview"
        ),
    }
}

pub fn rating_dropped(criterion: &str, lang: Language) -> String {
    let text = match lang {
        Language::Nl => format!(
            "Je concept had een score voor `{criterion}` die niet meer bij de scorecard past; die \
             vraag komt opnieuw."
        ),
        Language::En => format!(
            "Your draft had a score for `{criterion}` that no longer fits the scorecard; you will be \
             asked again."
        ),
    };
    format!("{WARNING}{text}{WARNING:#}\n")
}

pub fn template_written(path: &Path, candidate: &str, lang: Language) -> String {
    let path = path.display();
    match lang {
        Language::Nl => format!(
            "Geschreven: {path}\nVul hem in met je editor; `hirekit score {candidate}` controleert hem.\n"
        ),
        Language::En => {
            format!(
                "Wrote {path}\nFill it in with your editor; `hirekit score {candidate}` checks it.\n"
            )
        }
    }
}

/// Said after submitting: where the scorecard is, whether it was late, and the reminder not to
/// compare notes yet.
pub fn submitted(filled: &FilledScorecard, path: &Path, hours: u32, lang: Language) -> String {
    let mut lines = vec![match lang {
        Language::Nl => format!("{BOLD}Ingediend: {}{BOLD:#}", path.display()),
        Language::En => format!("{BOLD}Submitted: {}{BOLD:#}", path.display()),
    }];
    // The same rule and rounding as the lateness `hirekit score` lists.
    if let Some(late) = hirekit_panel::lateness(filled.interviewed_at, filled.submitted_at, hours) {
        let text = late.describe(lang);
        lines.push(match lang {
            Language::Nl => format!("{WARNING}Te laat: ingediend {text}.{WARNING:#}"),
            Language::En => format!("{WARNING}Late: submitted {text}.{WARNING:#}"),
        });
    }
    lines.push(
        lang.pick(
            "Bedankt. Bespreek je scores pas met de andere interviewers als iedereen heeft ingediend.",
            "Thank you. Discuss your scores with the other interviewers only once everyone has submitted.",
        )
        .to_owned(),
    );
    format!("\n{}\n", lines.join("\n"))
}

/// Said when the input ended before submitting; `draft` is the saved draft, if any.
pub fn stopped(draft: Option<&Path>, lang: Language) -> String {
    let text = match (draft, lang) {
        (Some(path), Language::Nl) => format!(
            "Gestopt voor het indienen. Je antwoorden staan in {}; voer hetzelfde commando opnieuw \
             uit om verder te gaan.",
            path.display()
        ),
        (Some(path), Language::En) => format!(
            "Stopped before submitting. Your answers are saved in {}; run the same command again to \
             continue.",
            path.display()
        ),
        (None, lang) => lang
            .pick(
                "Gestopt; er was nog niets beantwoord.",
                "Stopped; nothing was answered yet.",
            )
            .to_owned(),
    };
    format!("{WARNING}{text}{WARNING:#}\n")
}
