//! The words of the pages in Dutch and English, chosen per user.

use std::collections::BTreeMap;

/// (key, English, Dutch).
const LABELS: &[(&str, &str, &str)] = &[
    ("sign_in", "Sign in", "Inloggen"),
    ("email", "E-mail address", "E-mailadres"),
    ("password", "Password", "Wachtwoord"),
    (
        "sign_in_failed",
        "The e-mail address or password is not right, or the account is locked for a while after too many attempts.",
        "Het e-mailadres of wachtwoord klopt niet, of het account is even geblokkeerd na te veel pogingen.",
    ),
    ("set_password", "Set your password", "Kies je wachtwoord"),
    ("set_password_for", "You sign in as", "Je logt in als"),
    (
        "password_rule",
        "At least 12 characters. A sentence is easy to remember.",
        "Minstens 12 tekens. Een zin onthoud je makkelijk.",
    ),
    (
        "password_short",
        "The password is shorter than 12 characters.",
        "Het wachtwoord is korter dan 12 tekens.",
    ),
    ("save", "Save", "Opslaan"),
    (
        "link_invalid",
        "This sign-in link is not valid (any more). Ask a recruiter for a new one.",
        "Deze inloglink is niet (meer) geldig. Vraag een recruiter om een nieuwe.",
    ),
    ("logout", "Sign out", "Uitloggen"),
    ("candidates", "Candidates", "Kandidaten"),
    ("my_interviews", "My interviews", "Mijn gesprekken"),
    ("candidate", "Candidate", "Kandidaat"),
    ("interview_at", "Interview", "Gesprek"),
    ("scorecard_due", "Scorecard due", "Scorekaart uiterlijk"),
    ("submitted", "Submitted", "Ingediend"),
    ("not_submitted", "Not submitted", "Niet ingediend"),
    (
        "no_interviews",
        "You have no planned interviews.",
        "Je hebt geen geplande gesprekken.",
    ),
    ("due", "What is due", "Wat moet er gebeuren"),
    (
        "nothing_due",
        "Nothing is due.",
        "Er hoeft niets te gebeuren.",
    ),
    ("deadline", "Deadline", "Uiterlijk"),
    ("late", "late", "te laat"),
    ("vacancy", "Scorecard", "Scorekaart"),
    ("decision", "Decision", "Besluit"),
    ("none", "none", "geen"),
    ("panel", "Panel", "Panel"),
    ("awaited", "Awaited", "Nog verwacht"),
    (
        "panel_hidden",
        "Nothing computed from the ratings is shown until every planned interviewer has submitted: everyone rates on their own.",
        "Niets wat uit de beoordelingen volgt wordt getoond tot alle geplande interviewers hebben ingediend: iedereen beoordeelt zelfstandig.",
    ),
    (
        "own_first",
        "Colleagues' ratings are shown only after you have submitted your own scorecard.",
        "Beoordelingen van collega's zie je pas nadat je je eigen scorekaart hebt ingediend.",
    ),
    ("outcome", "Outcome", "Uitkomst"),
    ("overall", "Overall", "Totaal"),
    ("criterion", "Criterion", "Criterium"),
    ("mean", "Mean", "Gemiddelde"),
    ("ratings", "Ratings", "Beoordelingen"),
    ("interviews", "Interviews", "Gesprekken"),
    // The interviewer's pages.
    ("your_scorecard", "Your scorecard", "Je scorekaart"),
    ("interview_kit", "Interview kit", "Interviewkit"),
    (
        "not_shared",
        "Your company does not show interviewers each other's ratings.",
        "Je organisatie toont interviewers geen beoordelingen van collega's.",
    ),
];

/// The labels in `language` (`nl` or `en`), by key, for the templates (`t.key`).
pub(crate) fn labels(language: &str) -> BTreeMap<&'static str, &'static str> {
    LABELS
        .iter()
        .chain(crate::recruiter::labels::LABELS)
        .map(|(key, en, nl)| (*key, if language == "nl" { *nl } else { *en }))
        .collect()
}

pub(crate) fn language(code: &str) -> hirekit_language::Language {
    if code == "nl" {
        hirekit_language::Language::Nl
    } else {
        hirekit_language::Language::En
    }
}
