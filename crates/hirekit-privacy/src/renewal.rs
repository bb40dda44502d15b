//! The request to renew talent-pool consent, sent a week before it ends: short, personal, with a
//! question that has a clear yes or no answer, and what happens without an answer.

use chrono::NaiveDate;
use hirekit_folder::{Candidate, Profile, Salutation};
use hirekit_guard::{Finding, Guard};
use hirekit_scorecard::Language;
use hirekit_text::msg;
use serde::Serialize;

/// A drafted renewal request.
#[derive(Debug, Clone, Serialize)]
pub struct Renewal {
    pub candidate: String,
    pub language: Language,
    pub subject: String,
    pub body: String,
    /// What the letter guard found in the text (normally nothing).
    #[serde(skip)]
    pub findings: Vec<Finding>,
}

/// Whom a request is for: a candidate, or a person added to the talent pool by hand.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    /// The candidate id or pool id.
    pub id: &'a str,
    pub name: &'a str,
    pub given_name: Option<&'a str>,
    pub language: Language,
}

/// The request to `candidate`, whose consent ends on `until`, checked by the letter guard.
pub fn draft(candidate: &Candidate, profile: &Profile, until: NaiveDate) -> Renewal {
    draft_to(
        Recipient {
            id: &candidate.id,
            name: &candidate.name,
            given_name: candidate.given_name.as_deref(),
            language: candidate.language,
        },
        profile,
        until,
    )
}

/// The request to `to`, whose consent ends on `until`, checked by the letter guard.
pub fn draft_to(to: Recipient, profile: &Profile, until: NaiveDate) -> Renewal {
    let lang = to.language;
    let name = match (profile.letters.salutation, to.given_name) {
        (Salutation::GivenName, Some(given)) => given,
        _ => to.name,
    };
    let company = profile.company.as_str();
    let date = hirekit_text::date::date(until, lang);
    let months = hirekit_folder::TimeRules::of(profile).consent_months;
    let sender = &profile.sender;
    let subject = msg!(lang, "privacy-renewal-mail-subject");
    // Paragraphs from the catalogue; only the layout (blank lines, the signature) is decided here.
    let body = format!(
        "{}\n\n{}\n\n{}\n\n{}\n{}\n\n{}\n\n{}\n\n{}\n{company}\n{}\n",
        msg!(lang, "privacy-renewal-mail-greeting", name = name),
        msg!(lang, "privacy-renewal-mail-reason", date = date.as_str()),
        msg!(lang, "privacy-renewal-mail-question", company = company),
        msg!(lang, "privacy-renewal-mail-yes", months = months),
        msg!(lang, "privacy-renewal-mail-no", date = date.as_str()),
        msg!(lang, "privacy-renewal-mail-withdraw"),
        msg!(lang, "privacy-renewal-mail-closing"),
        sender.name,
        sender.email
    );
    let findings = Guard::builtin().check_text(&body, lang);
    Renewal {
        candidate: to.id.to_owned(),
        language: lang,
        subject,
        body,
        findings,
    }
}
