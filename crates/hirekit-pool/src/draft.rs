//! A short personal message to someone in the pool: it names the last conversation and the
//! strengths noted, in their language, and ends with how to leave the pool. The seed of a note
//! the recruiter finishes, not a mailing: the guard checks it (mass-mailing phrasing included),
//! and the same text is never drafted for two people.

use chrono::NaiveDate;
use hirekit_feedback::{long_date, month_year};
use hirekit_folder::Folder;
use hirekit_guard::{Finding, Guard};
use hirekit_scorecard::{Language, Scorecard};
use hirekit_text::msg;
use serde::Serialize;
use sha2::Digest as _;

use crate::matching;
use crate::members::{Refused, View};
use crate::model::{DraftReason, DraftRecord, Kind, PoolFile};

/// At most this many strengths in a message: a note, not a report.
const MAX_STRENGTHS: usize = 2;

/// A drafted message.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub member: String,
    pub language: Language,
    pub subject: String,
    pub body: String,
    /// What the guard found (a warning for mass-mailing phrasing; an error must be fixed).
    #[serde(skip)]
    pub findings: Vec<Finding>,
    /// What goes into the member's draft list once the message is kept.
    pub record: DraftRecord,
}

/// The SHA-256 of a message body, in lower-case hex.
pub fn fingerprint(body: &str) -> String {
    sha2::Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The strength phrases of `ids` on `card`, in `lang`.
fn phrases(card: Option<&Scorecard>, ids: &[String], lang: Language) -> Vec<String> {
    let Some(card) = card else {
        return Vec::new();
    };
    ids.iter()
        .filter_map(|id| card.criterion(id))
        .map(|c| c.feedback.strength.get_or_any(lang).trim().to_owned())
        .filter(|p| !p.is_empty())
        .take(MAX_STRENGTHS)
        .collect()
}

/// Drafts the message for `view` on `today`. `vacancy` is the scorecard of the vacancy to name
/// (needed with [`DraftReason::Vacancy`]).
pub fn draft(
    pool: &PoolFile,
    view: &View<'_>,
    folder: &Folder,
    reason: DraftReason,
    vacancy: Option<&Scorecard>,
    today: NaiveDate,
) -> Result<Draft, Refused> {
    let member = view.member;
    let Some(until) = view.consent_until else {
        return Err(Refused(format!(
            "`{}` has no talent-pool consent in force on {today}: no message is drafted",
            member.id
        )));
    };
    let lang = view.language;
    let profile = &folder.profile;
    let company = profile.company.as_str();
    let area = folder.scorecards.get(&member.area);

    let opening = match member.last_contact() {
        Some(contact) => msg!(
            lang,
            "pool-draft-last-contact",
            date = long_date(contact.on, lang),
            topic = contact.topic.trim()
        ),
        None => match (member.kind, view.candidate) {
            (Kind::Candidate, Some(files)) => {
                let last = files
                    .candidate
                    .interviews
                    .iter()
                    .map(|i| i.at.date_naive())
                    .chain(
                        files
                            .interviews
                            .iter()
                            .map(|i| i.interviewed_at.date_naive()),
                    )
                    .max()
                    .unwrap_or(member.added_on);
                msg!(
                    lang,
                    "pool-draft-last-interview",
                    month = month_year(last, lang),
                    role = area.map_or(member.area.as_str(), |c| c.title.get_or_any(lang))
                )
            }
            (kind, _) => msg!(
                lang,
                "pool-draft-first-met",
                month = month_year(member.added_on, lang),
                kind = kind.code(),
                company = company
            ),
        },
    };
    let strengths = phrases(area, &member.strengths, lang);
    let (ask, subject) = match reason {
        DraftReason::Checkin => (
            msg!(lang, "pool-draft-checkin"),
            msg!(lang, "pool-draft-subject-checkin", company = company),
        ),
        DraftReason::News => (
            msg!(lang, "pool-draft-news", company = company),
            msg!(lang, "pool-draft-subject-news", company = company),
        ),
        DraftReason::Vacancy => {
            let card = vacancy.ok_or_else(|| {
                Refused("a message about a vacancy names it: add --vacancy SCORECARD".to_owned())
            })?;
            let found = matching::match_one(view, folder, card).ok_or_else(|| {
                Refused(format!(
                    "the earlier ratings of `{}` meet none of the criteria of `{}`: there is nothing personal to say about this vacancy; draft a check-in instead (--reason checkin)",
                    member.id, card.id
                ))
            })?;
            // The heaviest criterion met, in the vacancy's own words.
            let best = found
                .evidence
                .iter()
                .filter_map(|e| card.criterion(&e.criterion))
                .max_by(|a, b| {
                    a.weight
                        .partial_cmp(&b.weight)
                        .unwrap_or(std::cmp::Ordering::Equal)
                })
                .map(|c| c.feedback.strength.get_or_any(lang).trim().to_owned())
                .unwrap_or_default();
            let role = card.title.get_or_any(lang);
            (
                msg!(
                    lang,
                    "pool-draft-vacancy",
                    role = role,
                    strength = best.as_str()
                ),
                msg!(
                    lang,
                    "pool-draft-subject-vacancy",
                    role = role,
                    company = company
                ),
            )
        }
    };
    let mut body = String::new();
    body.push_str(&msg!(
        lang,
        "pool-draft-greeting",
        name = view.greeting.as_str()
    ));
    body.push_str("\n\n");
    body.push_str(&opening);
    // Scorecard phrases can hold commas and "and" themselves: two are kept apart by a semicolon.
    match strengths.as_slice() {
        [] => {}
        [first] => {
            body.push(' ');
            body.push_str(&msg!(
                lang,
                "pool-draft-strength-one",
                first = first.as_str()
            ));
        }
        [first, second, ..] => {
            body.push(' ');
            body.push_str(&msg!(
                lang,
                "pool-draft-strength-two",
                first = first.as_str(),
                second = second.as_str()
            ));
        }
    }
    body.push_str("\n\n");
    body.push_str(&ask);
    body.push_str("\n\n");
    body.push_str(&msg!(
        lang,
        "pool-draft-consent",
        until = long_date(until, lang)
    ));
    body.push_str("\n\n");
    body.push_str(&msg!(lang, "pool-draft-regards"));
    body.push_str(&format!("\n\n{}\n{company}\n", profile.sender.name));

    let sha256 = fingerprint(&body);
    if let Some((other, on)) = pool
        .members
        .iter()
        .filter(|m| m.id != member.id)
        .find_map(|m| {
            m.drafts
                .iter()
                .find(|d| d.sha256 == sha256)
                .map(|d| (m.id.as_str(), d.on))
        })
    {
        return Err(Refused(format!(
            "this message is word for word the one drafted for `{other}` on {on}: a personal message is written for one person; log your last conversation with `{}` first (hirekit pool log {} --topic …) so that the message can name it",
            member.id, member.id
        )));
    }
    let findings = Guard::builtin().check_text(&format!("{subject}\n\n{body}"), lang);
    Ok(Draft {
        member: member.id.clone(),
        language: lang,
        subject,
        body,
        findings,
        record: DraftRecord {
            on: today,
            reason,
            sha256,
        },
    })
}

/// Keeps `draft` in its member's draft list (once per text).
pub fn record(pool: &mut PoolFile, draft: &Draft) {
    if let Some(member) = pool.member_mut(&draft.member)
        && !member
            .drafts
            .iter()
            .any(|d| d.sha256 == draft.record.sha256)
    {
        member.drafts.push(draft.record.clone());
    }
}
