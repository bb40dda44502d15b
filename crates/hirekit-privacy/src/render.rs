//! The text of `privacy due` and `privacy purge`, for a terminal.

use crate::folder::DueReport;
use crate::purge::{Done, PurgePlan};
use crate::retention::{Action, Due, EndedBy};

/// Why an item is due, in one sentence.
pub fn why(item: &Due) -> String {
    let ended = match item.ended_by {
        EndedBy::Decision => "the decision",
        EndedBy::Letter => "the letter",
        EndedBy::LastInterview => "the last interview (no decision date recorded)",
    };
    let procedure = format!("procedure ended {} with {ended}", item.procedure_end);
    match (item.action, item.consent_until, item.refused_on) {
        (Action::AskRenewal, Some(until), _) => {
            format!("talent-pool consent ends {until}; ask a week before whether to keep it")
        }
        (Action::Delete, Some(until), _) => {
            format!("talent-pool consent ended {until} and was not renewed")
        }
        (_, _, Some(refused)) => {
            format!("consent refused {refused}; {procedure}")
        }
        _ if item.refused_at_decision => {
            format!("consent refused at the decision; {procedure}")
        }
        _ if item.consent_not_recorded => format!(
            "no dated consent ({procedure}); `talent_pool_consent: true` has no entry in consent.yaml"
        ),
        _ => format!("no consent; {procedure}"),
    }
}

fn action(item: &Due) -> &'static str {
    match item.action {
        Action::Delete => "delete",
        Action::AskRenewal => "ask renewal",
    }
}

/// The `privacy due` table, then the renewal requests to send.
pub fn due_table(report: &DueReport) -> String {
    let mut out = String::new();
    if report.due.is_empty() {
        out.push_str(&format!("Nothing is due on {}.\n", report.today));
    } else {
        out.push_str(&format!("Due on {}, most urgent first:\n\n", report.today));
        let width = report
            .due
            .iter()
            .map(|d| d.candidate.chars().count())
            .max()
            .unwrap_or(0)
            .max("CANDIDATE".len());
        out.push_str(&format!(
            "{:<10}  {:<width$}  {:<11}  {:<10}  WHY\n",
            "FROM", "CANDIDATE", "ACTION", "PURGE FROM"
        ));
        for item in &report.due {
            let purge = item
                .purge_from
                .map_or_else(|| "-".to_owned(), |d| d.to_string());
            out.push_str(&format!(
                "{:<10}  {:<width$}  {:<11}  {:<10}  {}\n",
                item.from.to_string(),
                item.candidate,
                action(item),
                purge,
                why(item)
            ));
        }
    }
    for renewal in &report.renewals {
        out.push_str(&format!(
            "\n--- Renewal request to {} ({}) ---\nSubject: {}\n\n{}",
            renewal.candidate,
            renewal.language.code(),
            renewal.subject,
            renewal.body
        ));
        for finding in &renewal.findings {
            out.push_str(&format!("guard: {}\n", finding.message(renewal.language)));
        }
    }
    if !report.interrupted.is_empty() {
        out.push_str(&format!(
            "\nAn interrupted purge left {}: run `hirekit privacy purge --apply` to finish it.\n",
            report.interrupted.join(", ")
        ));
    }
    if !report.unreadable.is_empty() {
        out.push_str(&format!(
            "\nNot checked, fix their files first: {}\n",
            report.unreadable.join(", ")
        ));
    }
    out
}

/// What `privacy purge` will do (or, with `done`, did).
pub fn purge_table(plan: &PurgePlan, done: Option<&[Done]>) -> String {
    let mut out = String::new();
    if plan.ready.is_empty() {
        out.push_str(&format!("Nothing to purge on {}.\n", plan.today));
    }
    for (i, p) in plan.ready.iter().enumerate() {
        match done.and_then(|d| d.get(i)) {
            Some(d) => out.push_str(&format!(
                "Purged {} (due {}, {}): now {}\n",
                p.candidate,
                p.due,
                p.ground.code(),
                d.anonymous_id
            )),
            None => out.push_str(&format!(
                "Would purge {} (due {}, {}):\n",
                p.candidate,
                p.due,
                p.ground.code()
            )),
        }
        if done.is_none() {
            for r in &p.removes {
                out.push_str(&format!("  remove {r}\n"));
            }
        }
        for o in &p.outside {
            out.push_str(&format!(
                "  outside the hiring folder, delete it yourself: {o}\n"
            ));
        }
    }
    for w in &plan.waiting {
        if let Some(from) = w.purge_from {
            out.push_str(&format!(
                "In the grace week: {} (due {}), purged from {from}\n",
                w.candidate, w.from
            ));
        }
    }
    if done.is_none() && !plan.ready.is_empty() {
        out.push_str("\nRun again with --apply to do this.\n");
    }
    out
}
