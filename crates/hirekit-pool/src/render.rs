//! The pool's tables for a terminal, in the reader's language; every sentence from the message
//! catalogue (`messages/*/pool.ftl` of hirekit-text).

use hirekit_scorecard::Language;
use hirekit_text::msg;
use hirekit_text::wrap::{pad, width};

use crate::due::{DueList, Reason};
use crate::matching::{Match, Via};
use crate::members::View;

/// Columns padded to their widest cell, two spaces apart; the last column is not padded.
fn table(heading: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = heading.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let mut out = String::new();
    for row in std::iter::once(heading).chain(rows.iter().map(Vec::as_slice)) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(&pad(cell, widths[i]));
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn day(date: Option<chrono::NaiveDate>) -> String {
    date.map_or_else(|| "-".to_owned(), |d| d.to_string())
}

/// `pool list`: everyone, with last contact, next action and consent.
pub fn list(views: &[View<'_>], lang: Language) -> String {
    if views.is_empty() {
        return format!("{}\n", msg!(lang, "pool-empty"));
    }
    let heading = [
        msg!(lang, "pool-column-member"),
        msg!(lang, "pool-column-name"),
        msg!(lang, "pool-column-kind"),
        msg!(lang, "pool-column-area"),
        msg!(lang, "pool-column-last-contact"),
        msg!(lang, "pool-column-consent-until"),
        msg!(lang, "pool-column-next"),
    ];
    let rows: Vec<Vec<String>> = views
        .iter()
        .map(|v| {
            let m = v.member;
            vec![
                m.id.clone(),
                v.name.clone(),
                m.kind.code().to_owned(),
                m.area.clone(),
                day(m.last_contact().map(|c| c.on)),
                day(v.consent_until),
                m.next
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), |n| format!("{} {}", n.on, n.action)),
            ]
        })
        .collect();
    table(&heading, &rows)
}

/// One reason in one line.
pub fn why(reason: &Reason, lang: Language) -> String {
    match reason {
        Reason::Reconnect { on } => msg!(lang, "pool-why-reconnect", on = on.to_string()),
        Reason::CheckIn {
            last,
            since_added: false,
            ..
        } => msg!(lang, "pool-why-checkin", last = last.to_string()),
        Reason::CheckIn { last, .. } => {
            msg!(lang, "pool-why-checkin-added", added = last.to_string())
        }
        Reason::NextAction { action, on } => msg!(
            lang,
            "pool-why-next",
            action = action.as_str(),
            on = on.to_string()
        ),
        Reason::Vacancy {
            scorecard,
            must_haves_met,
            must_haves,
            percent,
        } => msg!(
            lang,
            "pool-why-vacancy",
            scorecard = scorecard.as_str(),
            met = *must_haves_met as i64,
            must = *must_haves as i64,
            percent = i64::from(*percent)
        ),
    }
}

/// `pool due`: who to contact now and why, most urgent first; then who cannot be contacted.
pub fn due(list: &DueList, lang: Language) -> String {
    let today = list.today.to_string();
    let mut out = String::new();
    if list.due.is_empty() {
        out.push_str(&msg!(lang, "pool-nothing-due", today = today.as_str()));
        out.push('\n');
    } else {
        out.push_str(&msg!(lang, "pool-due-heading", today = today.as_str()));
        out.push_str("\n\n");
        let heading = [
            msg!(lang, "pool-column-from"),
            msg!(lang, "pool-column-member"),
            msg!(lang, "pool-column-name"),
            msg!(lang, "pool-column-why"),
        ];
        let mut rows = Vec::new();
        for item in &list.due {
            for (i, reason) in item.reasons.iter().enumerate() {
                // The member once; further reasons on their own lines beneath.
                let first = i == 0;
                rows.push(vec![
                    if first {
                        item.from.to_string()
                    } else {
                        String::new()
                    },
                    if first {
                        item.member.clone()
                    } else {
                        String::new()
                    },
                    if first {
                        item.name.clone()
                    } else {
                        String::new()
                    },
                    why(reason, lang),
                ]);
            }
        }
        out.push_str(&table(&heading, &rows));
    }
    if !list.without_consent.is_empty() {
        out.push('\n');
        out.push_str(&msg!(
            lang,
            "pool-no-consent",
            members = list.without_consent.join(", ")
        ));
        out.push('\n');
    }
    out
}

/// `pool match`: the ranking with the evidence per criterion.
pub fn matches(scorecard: &str, matches: &[Match], lang: Language) -> String {
    if matches.is_empty() {
        return format!("{}\n", msg!(lang, "pool-no-match", scorecard = scorecard));
    }
    let mut out = format!(
        "{}\n\n",
        msg!(lang, "pool-match-heading", scorecard = scorecard)
    );
    let heading = [
        msg!(lang, "pool-column-member"),
        msg!(lang, "pool-column-name"),
        msg!(lang, "pool-column-must-haves"),
        msg!(lang, "pool-column-weight"),
        msg!(lang, "pool-column-evidence"),
    ];
    let mut rows = Vec::new();
    for m in matches {
        for (i, e) in m.evidence.iter().enumerate() {
            let first = i == 0;
            let mut line = match e.mean {
                Some(mean) => msg!(
                    lang,
                    "pool-evidence-rated",
                    criterion = e.criterion.as_str(),
                    earlier = format!("{}/{}", m.earlier_scorecard, e.earlier),
                    mean = hirekit_text::number::fixed(mean, 2, lang),
                    pass = i64::from(e.pass)
                ),
                None => msg!(
                    lang,
                    "pool-evidence-noted",
                    criterion = e.criterion.as_str(),
                    earlier = format!("{}/{}", m.earlier_scorecard, e.earlier)
                ),
            };
            if e.via == Via::SameRequirement {
                line.push_str(&format!(
                    " ({})",
                    msg!(lang, "pool-evidence-same-requirement")
                ));
            }
            rows.push(vec![
                if first {
                    m.member.clone()
                } else {
                    String::new()
                },
                if first { m.name.clone() } else { String::new() },
                if first {
                    format!("{}/{}", m.must_haves_met, m.must_haves)
                } else {
                    String::new()
                },
                if first {
                    format!("{}%", (m.share() * 100.0).round())
                } else {
                    String::new()
                },
                line,
            ]);
        }
    }
    out.push_str(&table(&heading, &rows));
    out
}
