//! Dates and times as people write them in each language.

use chrono::{DateTime, FixedOffset, Locale, NaiveDate};
use hirekit_language::Language;

fn locale(language: Language) -> Locale {
    match language {
        Language::Nl => Locale::nl_NL,
        Language::En => Locale::en_GB,
    }
}

/// A day and time in the interview's own time zone: `vrijdag 20 november 2026, 14:30` /
/// `Friday 20 November 2026, 14:30`.
pub fn date_time(at: DateTime<FixedOffset>, language: Language) -> String {
    at.format_localized("%A %-d %B %Y, %H:%M", locale(language))
        .to_string()
}

/// A day: `20 november 2026` / `20 November 2026`.
pub fn date(day: NaiveDate, language: Language) -> String {
    day.format_localized("%-d %B %Y", locale(language))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let at = DateTime::parse_from_rfc3339("2026-11-20T14:30:00+01:00").unwrap();
        assert_eq!(
            date_time(at, Language::Nl),
            "vrijdag 20 november 2026, 14:30"
        );
        assert_eq!(
            date_time(at, Language::En),
            "Friday 20 November 2026, 14:30"
        );
        assert_eq!(date(at.date_naive(), Language::Nl), "20 november 2026");
    }
}
