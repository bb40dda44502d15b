//! The text of a new `hirekit.yaml`: every key with a comment in the folder's language that says
//! what it is for, and a `TODO` value where `hirekit init` was not told the answer.

use std::path::Path;

use anyhow::{Result, bail};
use hirekit_folder::{Profile, TODO_EMAIL};

use super::Answers;

/// A value still to be filled in: `TODO: what`. The folder check warns about every such value,
/// and the letter guard refuses `TODO` in a letter.
pub fn todo(what: &str) -> String {
    format!("TODO: {what}")
}

/// A YAML scalar for `text`: a JSON string is a valid double-quoted YAML scalar, so every
/// character is written safely (`: `, `#`, quotes, leading digits).
fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// The keys `hirekit init` wrote as `TODO`.
pub fn missing(a: &Answers) -> Vec<&'static str> {
    let mut out = Vec::new();
    if a.company.is_none() {
        out.push("company");
    }
    if a.address.is_empty() {
        out.push("address");
    }
    if a.sender_name.is_none() {
        out.push("sender.name");
    }
    if a.sender_email.is_none() {
        out.push("sender.email");
    }
    out
}

pub fn render(a: &Answers) -> String {
    let lang = a.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(t(
        "# Het bedrijfsprofiel van deze vacaturemap: hoe brieven ondertekend worden en welke termijnen\n\
         # gelden. Elke sleutel staat beschreven in docs/hiring-folder.md van hirekit.",
        "# The company profile of this hiring folder: how letters are signed and which deadlines\n\
         # apply. Every key is described in hirekit's docs/hiring-folder.md.",
    ));
    line("");
    line(t(
        "# De bedrijfsnaam zoals die op brieven staat.",
        "# The company name as it appears on letters.",
    ));
    line(&format!(
        "company: {}",
        q(&a.company
            .clone()
            .unwrap_or_else(|| todo(t("bedrijfsnaam", "company name"))))
    ));
    line(t(
        "# Het postadres, één regel per item.",
        "# The postal address, one line per item.",
    ));
    line("address:");
    if a.address.is_empty() {
        line(&format!(
            "  - {}",
            q(&todo(t("straat en huisnummer", "street and number")))
        ));
        line(&format!(
            "  - {}",
            q(&todo(t("postcode en plaats", "postcode and place")))
        ));
    } else {
        for l in &a.address {
            line(&format!("  - {}", q(l)));
        }
    }
    line(t(
        "# De plaats waar brieven vandaan gedateerd worden (\"Utrecht, 23 november 2026\"); mag weg.",
        "# The place letters are dated from (\"Utrecht, 23 November 2026\"); may be left out.",
    ));
    match &a.place {
        Some(place) => line(&format!("place: {}", q(place))),
        None => line("# place: Utrecht"),
    }
    line(t(
        "# Wie brieven ondertekent en e-mails verstuurt; antwoorden gaan naar `email`.",
        "# Who signs letters and sends e-mails; replies go to `email`.",
    ));
    line("sender:");
    line(&format!(
        "  name: {}",
        q(&a.sender_name
            .clone()
            .unwrap_or_else(|| todo(t("naam van wie ondertekent", "name of who signs"))))
    ));
    line(&format!("  title: {}", q(&a.sender_title)));
    line(&format!(
        "  email: {}",
        q(a.sender_email.as_deref().unwrap_or(TODO_EMAIL))
    ));
    match &a.sender_phone {
        Some(phone) => line(&format!("  phone: {}", q(phone))),
        None => line(t(
            "  # phone: \"030 123 45 67\"   (optioneel: voor vragen)",
            "  # phone: \"030 123 45 67\"   (optional: for questions)",
        )),
    }
    line(t(
        "# De standaardtaal van brieven en kits: nl of en (per kandidaat in te stellen).",
        "# The default language of letters and kits: nl or en (set per candidate too).",
    ));
    line(&format!("language: {}", lang.code()));
    line(t(
        "# Binnen hoeveel uur na het gesprek interviewers hun scorecard indienen (1 tot 168).",
        "# Hours after the interview within which interviewers submit their scorecard (1 to 168).",
    ));
    line(&format!("scorecard_hours: {}", a.scorecard_hours));
    line(t(
        "# Binnen hoeveel dagen na het laatste gesprek een afgewezen kandidaat feedback krijgt (1 tot 30).",
        "# Days after the last interview within which a rejected candidate gets feedback (1 to 30).",
    ));
    line(&format!("feedback_days: {}", a.feedback_days));
    line(t(
        "# Na hoeveel maanden een bijna-geschikte kandidaat opnieuw contact krijgt (1 tot 12).",
        "# Months after which a near miss is offered to reconnect (1 to 12).",
    ));
    line(&format!("reconnect_months: {}", a.reconnect_months));
    line(t(
        "# De map met scorecards, ten opzichte van dit bestand.",
        "# The folder with the scorecards, relative to this file.",
    ));
    line("scorecards: scorecards");
    line(t(
        "# Hoe interviewers in brieven heten, per handle (de naam in `hirekit fill --interviewer`).",
        "# How interviewers are named in letters, by handle (the name in `hirekit fill --interviewer`).",
    ));
    if a.interviewers.is_empty() {
        line("interviewers: {}");
        line("#   ayla: Ayla Bakker");
    } else {
        line("interviewers:");
        for (handle, name) in &a.interviewers {
            line(&format!("  {}: {}", q(handle), q(name)));
        }
    }
    line(t(
        "# Optioneel: een logo (PNG of JPEG) voor PDF-brieven, ten opzichte van dit bestand.",
        "# Optional: a logo (PNG or JPEG) for PDF letters, relative to this file.",
    ));
    line("# logo: logo.png");
    out
}

/// Reads `text` as every command will and refuses it with the problems when it does not pass:
/// `hirekit init` never writes a file that the next command rejects.
pub fn check(text: &str) -> Result<Profile> {
    let path = Path::new(hirekit_folder::PROFILE_FILE);
    let problems = match hirekit_yaml::read::<Profile>(path, text.as_bytes()) {
        Ok((profile, document)) => {
            let problems = hirekit_folder::check_profile(&profile, &document);
            if !problems.iter().any(hirekit_yaml::Diagnostic::is_error) {
                return Ok(profile);
            }
            problems
        }
        Err(problems) => problems,
    };
    let rendered: String = problems
        .iter()
        .map(hirekit_yaml::Diagnostic::render)
        .collect();
    bail!("the answers do not make a valid hirekit.yaml, so nothing was written:\n{rendered}")
}

#[cfg(test)]
mod tests {
    use hirekit_scorecard::Language;

    use super::*;

    fn answers(lang: Language) -> Answers {
        Answers {
            company: None,
            address: Vec::new(),
            place: None,
            sender_name: None,
            sender_title: "Recruiter".to_owned(),
            sender_email: None,
            sender_phone: None,
            language: lang,
            scorecard_hours: 24,
            feedback_days: 7,
            reconnect_months: 6,
            scorecard: "data-engineer".to_owned(),
            interviewers: Vec::new(),
        }
    }

    #[test]
    fn a_profile_with_every_answer_missing_still_reads() {
        for lang in [Language::Nl, Language::En] {
            let profile = check(&render(&answers(lang))).unwrap();
            assert_eq!(
                profile.company,
                todo(lang.pick("bedrijfsnaam", "company name"))
            );
            assert_eq!(profile.sender.email, TODO_EMAIL);
            assert_eq!(profile.language, lang);
        }
    }

    #[test]
    fn hostile_answers_are_quoted_or_refused() {
        let mut a = answers(Language::En);
        a.company = Some("Kanaal: \"zicht\" # B.V.".to_owned());
        a.interviewers = vec![("jo:st".to_owned(), "Joost #1".to_owned())];
        let profile = check(&render(&a)).unwrap();
        assert_eq!(profile.company, "Kanaal: \"zicht\" # B.V.");
        assert_eq!(profile.interviewers["jo:st"], "Joost #1");
        a.sender_email = Some("not an address".to_owned());
        let error = check(&render(&a)).unwrap_err().to_string();
        assert!(
            error.starts_with("the answers do not make a valid hirekit.yaml"),
            "{error}"
        );
        assert!(error.contains("hirekit.yaml:"), "located: {error}");
    }
}
