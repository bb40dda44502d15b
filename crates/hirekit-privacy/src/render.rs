//! The text of `privacy due` and `privacy purge`, for a terminal, in the reader's language. Every
//! sentence comes from the message catalogue (`messages/*/privacy.ftl` of hirekit-text).

use hirekit_scorecard::Language;
use hirekit_text::msg;
use hirekit_text::wrap::{pad, width};

use crate::folder::DueReport;
use crate::purge::{Done, Ground, PurgePlan};
use crate::retention::{Action, Due, EndedBy};

/// Why an item is due, in one sentence.
pub fn why(item: &Due, lang: Language) -> String {
    let ended = match item.ended_by {
        EndedBy::Decision => msg!(lang, "privacy-ended-by-decision"),
        EndedBy::Letter => msg!(lang, "privacy-ended-by-letter"),
        EndedBy::LastInterview => msg!(lang, "privacy-ended-by-last-interview"),
        EndedBy::AddedToPool => String::new(),
    };
    let procedure = if item.ended_by == EndedBy::AddedToPool {
        msg!(
            lang,
            "privacy-added-to-pool",
            date = item.procedure_end.to_string()
        )
    } else {
        msg!(
            lang,
            "privacy-procedure",
            date = item.procedure_end.to_string(),
            ended = ended
        )
    };
    match (item.action, item.consent_until, item.refused_on) {
        (Action::AskRenewal, Some(until), _) => {
            msg!(lang, "privacy-why-ask-renewal", until = until.to_string())
        }
        (Action::Delete, Some(until), _) => {
            msg!(lang, "privacy-why-consent-ended", until = until.to_string())
        }
        (_, _, Some(refused)) => msg!(
            lang,
            "privacy-why-refused-on",
            refused = refused.to_string(),
            procedure = procedure
        ),
        _ if item.refused_at_decision => {
            msg!(
                lang,
                "privacy-why-refused-at-decision",
                procedure = procedure
            )
        }
        _ if item.consent_not_recorded => {
            msg!(
                lang,
                "privacy-why-consent-not-recorded",
                procedure = procedure
            )
        }
        _ => msg!(lang, "privacy-why-no-consent", procedure = procedure),
    }
}

fn action(item: &Due, lang: Language) -> String {
    match item.action {
        Action::Delete => msg!(lang, "privacy-action-delete"),
        Action::AskRenewal => msg!(lang, "privacy-action-ask-renewal"),
    }
}

/// The `privacy due` table, then the renewal requests to send.
pub fn due_table(report: &DueReport, lang: Language) -> String {
    let today = report.today.to_string();
    let mut out = String::new();
    // A candidate that could not be read may well have something due: say so first, and never
    // claim that nothing is due when not everyone was checked.
    if !report.unreadable.is_empty() {
        out.push_str(&msg!(
            lang,
            "privacy-unreadable",
            candidates = report.unreadable.join(", ")
        ));
        out.push('\n');
        if !report.due.is_empty() {
            out.push('\n');
        }
    }
    if report.due.is_empty() && !report.unreadable.is_empty() {
        // Nothing found among the rest is no answer: the line above says the list is
        // incomplete, and that is all that can be said.
    } else if report.due.is_empty() {
        out.push_str(&msg!(lang, "privacy-nothing-due", today = today.as_str()));
        out.push('\n');
    } else {
        out.push_str(&msg!(lang, "privacy-due-heading", today = today.as_str()));
        out.push_str("\n\n");
        let actions: Vec<String> = report.due.iter().map(|d| action(d, lang)).collect();
        let heading = [
            msg!(lang, "privacy-column-from"),
            msg!(lang, "privacy-column-candidate"),
            msg!(lang, "privacy-column-action"),
            msg!(lang, "privacy-column-purge-from"),
        ];
        // Each column as wide as its widest cell; a date is ten columns.
        let column = |head: &str, cells: &mut dyn Iterator<Item = usize>| {
            cells.fold(width(head), usize::max)
        };
        let widths = [
            column(&heading[0], &mut std::iter::once(10)),
            column(
                &heading[1],
                &mut report.due.iter().map(|d| width(&d.candidate)),
            ),
            // Both actions, so the column does not jump between days.
            column(
                &heading[2],
                &mut [
                    msg!(lang, "privacy-action-delete"),
                    msg!(lang, "privacy-action-ask-renewal"),
                ]
                .iter()
                .map(|a| width(a)),
            ),
            column(&heading[3], &mut std::iter::once(10)),
        ];
        let row = |cells: [&str; 4], why: &str| {
            let mut line = String::new();
            for (cell, columns) in cells.iter().zip(widths) {
                line.push_str(&pad(cell, columns));
                line.push_str("  ");
            }
            line.push_str(why);
            line.push('\n');
            line
        };
        out.push_str(&row(
            [&heading[0], &heading[1], &heading[2], &heading[3]],
            &msg!(lang, "privacy-column-why"),
        ));
        for (item, action) in report.due.iter().zip(&actions) {
            let purge = item
                .purge_from
                .map_or_else(|| "-".to_owned(), |d| d.to_string());
            out.push_str(&row(
                [&item.from.to_string(), &item.candidate, action, &purge],
                &why(item, lang),
            ));
        }
    }
    for renewal in &report.renewals {
        // The request itself is in the candidate's language; the lines around it in the reader's.
        out.push_str(&format!(
            "\n{}\n{}\n\n{}",
            msg!(
                lang,
                "privacy-renewal-heading",
                candidate = renewal.candidate.as_str(),
                language = renewal.language.code()
            ),
            msg!(
                lang,
                "privacy-renewal-subject",
                subject = renewal.subject.as_str()
            ),
            renewal.body
        ));
        for finding in &renewal.findings {
            out.push_str(&msg!(
                lang,
                "privacy-guard",
                message = finding.message(renewal.language)
            ));
            out.push('\n');
        }
    }
    if !report.interrupted.is_empty() {
        out.push('\n');
        out.push_str(&msg!(
            lang,
            "privacy-interrupted",
            folders = report.interrupted.join(", ")
        ));
        out.push('\n');
    }
    out
}

/// What `privacy purge` will do (or, with `done`, did).
pub fn purge_table(plan: &PurgePlan, done: Option<&[Done]>, lang: Language) -> String {
    let mut lines: Vec<String> = Vec::new();
    if plan.ready.is_empty() {
        lines.push(msg!(
            lang,
            "privacy-nothing-to-purge",
            today = plan.today.to_string()
        ));
    }
    for (i, p) in plan.ready.iter().enumerate() {
        let due = p.due.to_string();
        match done.and_then(|d| d.get(i)) {
            Some(_) if p.person.is_some() => lines.push(msg!(
                lang,
                "privacy-purged-person",
                candidate = p.candidate.as_str(),
                due = due.as_str(),
                ground = ground(p.ground, lang)
            )),
            Some(d) => lines.push(msg!(
                lang,
                "privacy-purged",
                candidate = p.candidate.as_str(),
                due = due.as_str(),
                ground = ground(p.ground, lang),
                anonymous = d.anonymous_id.as_str()
            )),
            None => lines.push(msg!(
                lang,
                "privacy-would-purge",
                candidate = p.candidate.as_str(),
                due = due.as_str(),
                ground = ground(p.ground, lang)
            )),
        }
        if done.is_none() {
            for (n, r) in p.removes.iter().enumerate() {
                // The first is the candidate's folder: anonymised, not deleted.
                let line = if n == 0 {
                    msg!(lang, "privacy-remove-anonymised", path = r.as_str())
                } else {
                    msg!(lang, "privacy-remove", path = r.as_str())
                };
                lines.push(format!("  {line}"));
            }
            if let Some(contacts) = p.pool_contacts {
                let line = msg!(
                    lang,
                    "privacy-remove-pool-entry",
                    candidate = p.candidate.as_str(),
                    contacts = contacts
                );
                lines.push(format!("  {line}"));
            }
        }
        for o in &p.outside {
            lines.push(format!("  {}", outside(o, lang)));
        }
    }
    for w in &plan.waiting {
        if let Some(from) = w.purge_from {
            lines.push(msg!(
                lang,
                "privacy-grace-week",
                candidate = w.candidate.as_str(),
                due = w.from.to_string(),
                purge = from.to_string()
            ));
        }
    }
    if done.is_none() && !plan.ready.is_empty() {
        lines.push(String::new());
        lines.push(msg!(lang, "privacy-apply-hint"));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Why a candidate's data goes, in words.
fn ground(ground: Ground, lang: Language) -> String {
    match ground {
        Ground::Retention => msg!(lang, "privacy-ground-retention"),
        Ground::ConsentEnded => msg!(lang, "privacy-ground-consent-ended"),
        Ground::ErasureRequest => msg!(lang, "privacy-ground-erasure-request"),
    }
}

/// A file outside the hiring folder that the user deletes by hand.
pub fn outside(path: &str, lang: Language) -> String {
    msg!(lang, "privacy-outside", path = path)
}
