//! The text of a new `hirekit.yaml`: every key with a comment in the folder's language that says
//! what it is for, and a `TODO` value where `hirekit init` was not told the answer. The comments
//! come from the message catalogue (`messages/*/init.ftl` of hirekit-text).

use std::path::Path;

use hirekit_scorecard::Language;
use hirekit_text::msg;
use hirekit_yaml::Diagnostic;

use crate::{PROFILE_FILE, Profile, TODO_EMAIL};

/// Everything `hirekit.yaml` is written from; `None` is written as a `TODO` line.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileAnswers {
    pub company: Option<String>,
    pub address: Vec<String>,
    pub place: Option<String>,
    pub sender_name: Option<String>,
    pub sender_title: String,
    pub sender_email: Option<String>,
    pub sender_phone: Option<String>,
    pub language: Language,
    pub scorecard_hours: u32,
    pub feedback_days: u32,
    pub reconnect_months: u32,
    pub scorecard: String,
    pub interviewers: Vec<(String, String)>,
}

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

/// The keys `hirekit init` writes as `TODO`.
pub fn missing(a: &ProfileAnswers) -> Vec<&'static str> {
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

/// The place in a Dutch address line such as `3511 AZ Utrecht`: what follows the postcode.
pub fn place_of(line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    let digits = words.next()?;
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let letters = words.next()?;
    if letters.len() != 2 || !letters.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let place: Vec<&str> = words.collect();
    (!place.is_empty()).then(|| place.join(" "))
}

/// The text of `hirekit.yaml` for `a`.
pub fn render(a: &ProfileAnswers) -> String {
    let lang = a.language;
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&msg!(lang, "init-profile-header"));
    line("");
    line(&msg!(lang, "init-profile-company"));
    line(&format!(
        "company: {}",
        q(&a.company
            .clone()
            .unwrap_or_else(|| todo(&msg!(lang, "init-todo-company"))))
    ));
    line(&msg!(lang, "init-profile-address"));
    line("address:");
    if a.address.is_empty() {
        line(&format!(
            "  - {}",
            q(&todo(&msg!(lang, "init-todo-street")))
        ));
        line(&format!(
            "  - {}",
            q(&todo(&msg!(lang, "init-todo-postcode")))
        ));
    } else {
        for l in &a.address {
            line(&format!("  - {}", q(l)));
        }
    }
    line(&msg!(lang, "init-profile-place"));
    match &a.place {
        Some(place) => line(&format!("place: {}", q(place))),
        None => line("# place: Utrecht"),
    }
    line(&msg!(lang, "init-profile-sender"));
    line("sender:");
    line(&format!(
        "  name: {}",
        q(&a.sender_name
            .clone()
            .unwrap_or_else(|| todo(&msg!(lang, "init-todo-sender-name"))))
    ));
    line(&format!("  title: {}", q(&a.sender_title)));
    line(&format!(
        "  email: {}",
        q(a.sender_email.as_deref().unwrap_or(TODO_EMAIL))
    ));
    match &a.sender_phone {
        Some(phone) => line(&format!("  phone: {}", q(phone))),
        None => line(&format!("  {}", msg!(lang, "init-profile-phone"))),
    }
    line(&msg!(lang, "init-profile-language"));
    line(&format!("language: {}", lang.code()));
    line(&msg!(lang, "init-profile-scorecard-hours"));
    line(&format!("scorecard_hours: {}", a.scorecard_hours));
    line(&msg!(lang, "init-profile-feedback-days"));
    line(&format!("feedback_days: {}", a.feedback_days));
    line(&msg!(lang, "init-profile-reconnect-months"));
    line(&format!("reconnect_months: {}", a.reconnect_months));
    line(&msg!(lang, "init-profile-scorecards"));
    line("scorecards: scorecards");
    line(&msg!(lang, "init-profile-interviewers"));
    if a.interviewers.is_empty() {
        line("interviewers: {}");
        line("#   ayla: Ayla Bakker");
    } else {
        line("interviewers:");
        for (handle, name) in &a.interviewers {
            line(&format!("  {}: {}", q(handle), q(name)));
        }
    }
    line(&msg!(lang, "init-profile-logo"));
    line("# logo: logo.png");
    out
}

/// Reads `text` as every command will: the profile, or the problems that would make the next
/// command reject it (so `hirekit init` never writes such a file).
pub fn check(text: &str) -> Result<Profile, Vec<Diagnostic>> {
    let path = Path::new(PROFILE_FILE);
    let problems = match hirekit_yaml::read::<Profile>(path, text.as_bytes()) {
        Ok((profile, document)) => {
            let problems = crate::check_profile(&profile, &document);
            if !problems.iter().any(Diagnostic::is_error) {
                return Ok(profile);
            }
            problems
        }
        Err(problems) => problems,
    };
    Err(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(lang: Language) -> ProfileAnswers {
        ProfileAnswers {
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
        for (lang, company) in [
            (Language::Nl, "TODO: bedrijfsnaam"),
            (Language::En, "TODO: company name"),
        ] {
            let profile = check(&render(&answers(lang))).unwrap();
            assert_eq!(profile.company, company);
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
        let problems = check(&render(&a)).unwrap_err();
        assert!(problems.iter().any(Diagnostic::is_error), "{problems:?}");
        assert!(
            problems[0].render().starts_with("hirekit.yaml:"),
            "located: {}",
            problems[0].render()
        );
    }

    #[test]
    fn the_place_follows_a_dutch_postcode() {
        assert_eq!(place_of("3511 AZ Utrecht").as_deref(), Some("Utrecht"));
        assert_eq!(place_of("1011 AB Den Haag").as_deref(), Some("Den Haag"));
        assert_eq!(place_of("Oudegracht 120"), None);
        assert_eq!(place_of("3511 Utrecht"), None);
    }
}
