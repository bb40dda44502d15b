//! Checks within and across files: the company profile's and a candidate's one-line texts, and
//! a filled scorecard against its candidate and scorecard.

use hirekit_scorecard::{Scorecard, Text};
use hirekit_yaml::{Diagnostic, Document, did_you_mean};

use crate::fields::{self, describe, hidden_character};
use crate::model::{Candidate, FilledScorecard, Profile};

/// Texts that end up in letters and e-mail headers hold no control, bidirectional or zero-width
/// characters: an ESC sequence would reach the letter and the PDF, a line break in a header
/// field adds header lines (`Bcc:`), and a direction override shows text in another order than
/// it is stored.
fn one_line(doc: &Document, pointer: &str, value: &str, out: &mut Vec<Diagnostic>) {
    if let Some(c) = hidden_character(value) {
        let field = pointer.trim_start_matches('/').replace('/', ".");
        out.push(
            doc.error_at(pointer, format!("`{field}` contains {}", describe(c)))
                .with_hint("retype it as plain text on one line; put each address line in its own list item"),
        );
    }
}

fn email(doc: &Document, pointer: &str, value: &str, out: &mut Vec<Diagnostic>) {
    if let Some(problem) = fields::email_problem(value) {
        out.push(
            doc.error_at(pointer, problem)
                .with_hint("write one plain address such as `fleur@example.nl`; a domain with accents is written in its ASCII form (`xn--...`)"),
        );
    }
}

fn text(doc: &Document, pointer: &str, value: &Text, out: &mut Vec<Diagnostic>) {
    match value {
        Text::Plain(t) => one_line(doc, pointer, t, out),
        Text::PerLanguage(map) => {
            for (lang, t) in map {
                one_line(doc, &format!("{pointer}/{}", lang.code()), t, out);
            }
        }
    }
}

/// A one-line text that must also show something: a name of only spaces (U+3000 included)
/// would give "Beste ," in a letter.
fn required_line(doc: &Document, pointer: &str, value: &str, out: &mut Vec<Diagnostic>) {
    one_line(doc, pointer, value, out);
    if hirekit_yaml::hidden::looks_blank(value) {
        let field = pointer.trim_start_matches('/').replace('/', ".");
        out.push(
            doc.error_at(pointer, format!("`{field}` is empty"))
                .with_hint("write it out: it appears in every letter"),
        );
    }
}

/// `hirekit.yaml`: the company's name, address and sender as they appear on every letter.
pub fn profile(profile: &Profile, doc: &Document, out: &mut Vec<Diagnostic>) {
    required_line(doc, "/company", &profile.company, out);
    for (i, line) in profile.address.iter().enumerate() {
        one_line(doc, &format!("/address/{i}"), line, out);
    }
    if let Some(place) = &profile.place {
        one_line(doc, "/place", place, out);
    }
    required_line(doc, "/sender/name", &profile.sender.name, out);
    text(doc, "/sender/title", &profile.sender.title, out);
    email(doc, "/sender/email", &profile.sender.email, out);
    if let Some(phone) = &profile.sender.phone {
        one_line(doc, "/sender/phone", phone, out);
    }
    for (handle, name) in &profile.interviewers {
        let pointer = format!(
            "/interviewers/{}",
            handle.replace('~', "~0").replace('/', "~1")
        );
        if let Some(c) = hidden_character(handle) {
            out.push(
                doc.error_at_key(
                    "/interviewers",
                    handle,
                    format!("the interviewer handle contains {}", describe(c)),
                )
                .with_hint("use a short plain handle such as `ayla`"),
            );
        }
        one_line(doc, &pointer, name, out);
    }
    unfinished(profile, doc, out);
}

/// The e-mail address `hirekit init` writes when it was not given: a reserved domain (RFC 2606)
/// that never receives mail.
pub const TODO_EMAIL: &str = "todo@example.invalid";

/// Values `hirekit init` wrote as `TODO: ...` (or [`TODO_EMAIL`]) and nobody filled in yet: a
/// warning on every command, so `hirekit due` shows what is still missing. The letter guard
/// refuses `TODO` in a letter, so none goes out this way.
fn unfinished(profile: &Profile, doc: &Document, out: &mut Vec<Diagnostic>) {
    for pointer in profile.unfinished_pointers() {
        {
            let field = pointer.trim_start_matches('/').replace('/', ".");
            out.push(
                doc.warning_at(&pointer, format!("`{field}` is still to be filled in"))
                    .with_hint("replace the TODO value; letters cannot be written until it is"),
            );
        }
    }
}

impl Profile {
    /// The JSON pointers of the values still `TODO` (see [`TODO_EMAIL`]).
    pub fn unfinished_pointers(&self) -> Vec<String> {
        let mut values: Vec<(String, &str)> = vec![("/company".to_owned(), &self.company)];
        for (i, line) in self.address.iter().enumerate() {
            values.push((format!("/address/{i}"), line));
        }
        values.push(("/sender/name".to_owned(), &self.sender.name));
        values.push(("/sender/email".to_owned(), &self.sender.email));
        values
            .into_iter()
            .filter(|(_, value)| value.starts_with("TODO") || *value == TODO_EMAIL)
            .map(|(pointer, _)| pointer)
            .collect()
    }

    /// The keys still `TODO`, as `sender.email`, `address.0`.
    pub fn unfinished(&self) -> Vec<String> {
        self.unfinished_pointers()
            .iter()
            .map(|p| p.trim_start_matches('/').replace('/', "."))
            .collect()
    }
}

/// A planned interviewer whose handle is not in the profile's `interviewers`: letters would
/// name them by their capitalised handle ("you spoke with Jost"), and a typo in the handle
/// would go unnoticed. One warning per handle, at its first planned interview.
pub fn unnamed_interviewers(
    candidate: &Candidate,
    doc: &Document,
    interviewers: &std::collections::BTreeMap<String, String>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen = std::collections::BTreeSet::new();
    for (i, planned) in candidate.interviews.iter().enumerate() {
        let handle = planned.interviewer.as_str();
        if interviewers.contains_key(handle) || !seen.insert(handle) {
            continue;
        }
        let hint = match did_you_mean(handle, interviewers.keys().map(String::as_str)) {
            Some(known) => format!(
                "did you mean `{known}`? Otherwise add `{handle}: Full Name` under `interviewers:` in hirekit.yaml"
            ),
            None => format!(
                "add `{handle}: Full Name` under `interviewers:` in hirekit.yaml, so letters name them properly"
            ),
        };
        out.push(
            doc.warning_at(
                &format!("/interviews/{i}/interviewer"),
                format!(
                    "the interviewer `{handle}` is not listed under `interviewers` in hirekit.yaml"
                ),
            )
            .with_hint(hint),
        );
    }
}

/// `candidate.yaml`: the name, e-mail address, postal address and planned interviewers.
pub fn candidate(candidate: &Candidate, doc: &Document, out: &mut Vec<Diagnostic>) {
    required_line(doc, "/name", &candidate.name, out);
    if let Some(given) = &candidate.given_name {
        required_line(doc, "/given_name", given, out);
    }
    email(doc, "/email", &candidate.email, out);
    for (i, line) in candidate.address.iter().enumerate() {
        one_line(doc, &format!("/address/{i}"), line, out);
    }
    for (i, planned) in candidate.interviews.iter().enumerate() {
        one_line(
            doc,
            &format!("/interviews/{i}/interviewer"),
            &planned.interviewer,
            out,
        );
    }
}

/// Every problem of one filled scorecard: wrong candidate or scorecard, unknown criteria, scores
/// outside the scale, missing evidence, submission before the interview, unknown red flags.
pub fn filled_scorecard(
    filled: &FilledScorecard,
    doc: &Document,
    candidate: &Candidate,
    scorecard: Option<&Scorecard>,
    is_known_red_flag: &dyn Fn(&str) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    if filled.candidate != candidate.id {
        out.push(
            doc.error_at(
                "/candidate",
                format!(
                    "this scorecard is for candidate `{}`, but it is in the folder of `{}`",
                    filled.candidate, candidate.id
                ),
            )
            .with_hint(
                "move the file to the right candidate's interviews folder, or fix `candidate:`",
            ),
        );
    }
    if filled.scorecard != candidate.scorecard {
        out.push(
            doc.error_at(
                "/scorecard",
                format!(
                    "the candidate is assessed on scorecard `{}`, not `{}`",
                    candidate.scorecard, filled.scorecard
                ),
            )
            .with_hint(format!("set `scorecard: {}`", candidate.scorecard)),
        );
    }
    if filled.submitted_at < filled.interviewed_at {
        out.push(
            doc.error_at("/submitted_at", format!("submitted at {} — before the interview at {}", filled.submitted_at.to_rfc3339(), filled.interviewed_at.to_rfc3339()))
                .with_hint("a scorecard is submitted after the interview; check the date, the time and the time zone"),
        );
    }
    one_line(doc, "/interviewer", &filled.interviewer, out);
    let stem = doc
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem != filled.interviewer {
        let name = doc
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(
            doc.error_at(
                "/interviewer",
                format!(
                    "the interviewer `{}` differs from the file name `{name}`",
                    filled.interviewer
                ),
            )
            .with_hint(format!(
                "each interviewer has one file, named after them: rename it to `{}.yaml`, or fix `interviewer:` (a sync tool's \"conflicted copy\" is a second file: keep one)",
                filled.interviewer
            )),
        );
    }
    // The planned interview and the scorecard should tell the same story about when it was.
    if let Some(planned) = candidate
        .interviews
        .iter()
        .find(|p| p.interviewer == filled.interviewer)
        && (planned.at - filled.interviewed_at).num_hours().abs() >= 12
    {
        out.push(
            doc.warning_at(
                "/interviewed_at",
                format!(
                    "interviewed at {}, but candidate.yaml plans this interview at {}",
                    filled.interviewed_at.format("%Y-%m-%d %H:%M"),
                    planned.at.format("%Y-%m-%d %H:%M")
                ),
            )
            .with_hint(
                "correct whichever date is wrong; deadlines count from the planned interview",
            ),
        );
    }
    for (index, flag) in filled.red_flags.iter().enumerate() {
        if !is_known_red_flag(flag) {
            out.push(
                doc.error_at(
                    &format!("/red_flags/{index}"),
                    format!("unknown red-flag item `{flag}`"),
                )
                .with_hint("use an id from `hirekit redflags list`"),
            );
        }
    }
    let Some(scorecard) = scorecard else { return };
    for (criterion, rating) in &filled.ratings {
        let at = format!(
            "/ratings/{}",
            criterion.replace('~', "~0").replace('/', "~1")
        );
        if scorecard.criterion(criterion).is_none() {
            let hint =
                match did_you_mean(criterion, scorecard.criteria.iter().map(|c| c.id.as_str())) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None => format!(
                        "the scorecard `{}` has: {}",
                        scorecard.id,
                        scorecard
                            .criteria
                            .iter()
                            .map(|c| format!("`{}`", c.id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
            out.push(
                doc.error_at_key(
                    "/ratings",
                    criterion,
                    format!("unknown criterion `{criterion}`"),
                )
                .with_hint(hint),
            );
            continue;
        }
        match (rating.score, rating.not_assessed) {
            (Some(_), true) => out.push(
                doc.error_at(
                    &at,
                    format!("`{criterion}` has a score and is marked not assessed"),
                )
                .with_hint("keep either `score` and `evidence`, or `not_assessed: true`"),
            ),
            (None, false) => out.push(
                doc.error_at(&at, format!("`{criterion}` has no score"))
                    .with_hint("give a `score` with `evidence`, or write `not_assessed: true`"),
            ),
            (Some(score), false) => {
                if !scorecard.scale.points().any(|p| p == score) {
                    out.push(
                        doc.error_at(
                            &format!("{at}/score"),
                            format!(
                                "score {score} is outside the scale {}-{}",
                                scorecard.scale.min, scorecard.scale.max
                            ),
                        )
                        .with_hint(score_hint(scorecard)),
                    );
                }
                if rating
                    .evidence
                    .as_deref()
                    .is_none_or(|e| e.trim().is_empty())
                {
                    out.push(
                        doc.error_at(&at, format!("the score for `{criterion}` has no evidence"))
                            .with_hint("write what the candidate said or did that supports the score: `evidence: ...`"),
                    );
                }
            }
            (None, true) => {}
        }
    }
    for c in &scorecard.criteria {
        if !filled.ratings.contains_key(&c.id) {
            out.push(
                doc.warning_at("/ratings", format!("criterion `{}` is not rated", c.id))
                    .with_hint(format!(
                        "add `{}: {{not_assessed: true}}` if it was not part of this interview",
                        c.id
                    )),
            );
        }
    }
}

/// What a score must be on `scorecard`: "a whole number from 1 to 4 (the scale of ...)".
fn score_hint(scorecard: &Scorecard) -> String {
    format!(
        "a score is a whole number from {} to {}, the scale of scorecard `{}`",
        scorecard.scale.min, scorecard.scale.max, scorecard.id
    )
}

/// Gives a structural score error (`score: -1`, `score: 2.5`, a 20-digit score) the scale it
/// should be on: the schema knows only the widest scale any scorecard may have.
pub fn explain_scores(problems: &mut [Diagnostic], scorecard: Option<&Scorecard>) {
    let Some(scorecard) = scorecard else { return };
    for d in problems {
        if d.message.starts_with("`score` must be") || d.message.contains(" for `score`, found") {
            d.hint = Some(score_hint(scorecard));
        }
    }
}
