//! The request to renew talent-pool consent, sent a week before it ends: short, personal, with a
//! question that has a clear yes or no answer, and what happens without an answer.

use chrono::{Locale, NaiveDate};
use hirekit_folder::{Candidate, Profile, Salutation};
use hirekit_guard::{Finding, Guard};
use hirekit_scorecard::Language;
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

fn long_date(date: NaiveDate, language: Language) -> String {
    let locale = match language {
        Language::Nl => Locale::nl_NL,
        Language::En => Locale::en_GB,
    };
    date.format_localized("%-d %B %Y", locale).to_string()
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
    let company = &profile.company;
    let date = long_date(until, lang);
    let sender = &profile.sender;
    let subject = lang
        .pick(
            "Blijf je in onze talentpool? Graag een ja of nee",
            "Would you like to stay in our talent pool? A yes or no, please",
        )
        .to_owned();
    let body = match lang {
        Language::Nl => format!(
            "Beste {name},\n\n\
             Je gaf ons toestemming om je gegevens te bewaren voor onze talentpool, zodat we \
             contact kunnen opnemen als er een passende vacature is. Die toestemming loopt af \
             op {date}.\n\n\
             Wil je in de talentpool van {company} blijven?\n\n\
             - Antwoord JA: dan bewaren we je gegevens nog ten hoogste een jaar.\n\
             - Antwoord NEE, of antwoord niet: dan verwijderen we je gegevens na {date}.\n\n\
             Je kunt je toestemming altijd intrekken door op dit bericht te reageren.\n\n\
             Met vriendelijke groet,\n\n{}\n{company}\n{}\n",
            sender.name, sender.email
        ),
        Language::En => format!(
            "Dear {name},\n\n\
             You gave us your consent to keep your details for our talent pool, so that we can \
             contact you when a suitable vacancy opens. That consent ends on {date}.\n\n\
             Would you like to stay in the talent pool of {company}?\n\n\
             - Answer YES: we keep your details for at most another year.\n\
             - Answer NO, or do not answer: we delete your details after {date}.\n\n\
             You can withdraw your consent at any time by replying to this message.\n\n\
             Kind regards,\n\n{}\n{company}\n{}\n",
            sender.name, sender.email
        ),
    };
    let findings = Guard::builtin().check_text(&body, lang);
    Renewal {
        candidate: to.id.to_owned(),
        language: lang,
        subject,
        body,
        findings,
    }
}
