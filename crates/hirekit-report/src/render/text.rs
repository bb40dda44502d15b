//! Words and numbers in the reader's language: Dutch dates ("24 november"), decimal commas
//! ("5,5 uur"), and the names behind handles.

use chrono::{Datelike as _, Locale, NaiveDate};
use hirekit_scorecard::Language;

use crate::model::{HIRING_MANAGER, PipelineReport, RECRUITER, Stage};

/// "24 november" (the year only when it is not the report's year) / "24 November".
pub fn date(day: NaiveDate, today: NaiveDate, lang: Language) -> String {
    let locale = lang.pick("nl", "en");
    let (format, locale) = match (day.year() == today.year(), locale) {
        (true, "nl") => ("%-d %B", Locale::nl_NL),
        (true, _) => ("%-d %B", Locale::en_GB),
        (false, "nl") => ("%-d %B %Y", Locale::nl_NL),
        (false, _) => ("%-d %B %Y", Locale::en_GB),
    };
    day.format_localized(format, locale).to_string()
}

/// A number with `decimals` decimals: "0,75" / "0.75".
pub fn number(value: f64, decimals: usize, lang: Language) -> String {
    let text = format!("{value:.decimals$}");
    // "-0.00" after rounding is zero.
    let text = if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    };
    match lang {
        Language::Nl => text.replace('.', ","),
        Language::En => text,
    }
}

/// A difference with its sign: "+0,40", "−0,25" (a true minus sign), "0,00".
pub fn signed(value: f64, lang: Language) -> String {
    let text = number(value.abs(), 2, lang);
    if text.chars().all(|c| c == '0' || c == ',' || c == '.') {
        text
    } else if value > 0.0 {
        format!("+{text}")
    } else {
        format!("\u{2212}{text}")
    }
}

/// A share as a whole percentage: "75%" (no space, in Dutch as in English).
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// "1 dag", "4 dagen" / "1 day", "4 days".
pub fn days(n: i64, lang: Language) -> String {
    match (n.abs() == 1, lang) {
        (true, Language::Nl) => format!("{n} dag"),
        (false, Language::Nl) => format!("{n} dagen"),
        (true, Language::En) => format!("{n} day"),
        (false, Language::En) => format!("{n} days"),
    }
}

/// The name behind a handle in `waiting_on`.
pub fn who(report: &PipelineReport, handle: &str, lang: Language) -> String {
    match handle {
        HIRING_MANAGER => lang.pick("hiringmanager", "hiring manager").to_owned(),
        RECRUITER if report.recruiter.is_empty() => lang.pick("recruiter", "recruiter").to_owned(),
        RECRUITER => report.recruiter.clone(),
        _ => report
            .names
            .get(handle)
            .cloned()
            .unwrap_or_else(|| handle.to_owned()),
    }
}

pub fn stage(stage: Stage, lang: Language) -> &'static str {
    match stage {
        Stage::ToPlan => lang.pick("gesprek inplannen", "interview to plan"),
        Stage::AwaitingScorecards => lang.pick("scorekaarten komen binnen", "scorecards coming in"),
        Stage::DecisionPending => lang.pick("wacht op besluit", "decision pending"),
        Stage::LetterDue => lang.pick("brief moet weg", "letter due"),
        Stage::InterviewsPlanned => lang.pick("gesprekken gepland", "interviews planned"),
        Stage::LetterSent => lang.pick("brief verstuurd", "letter sent"),
        Stage::Advanced => lang.pick("door naar volgende ronde", "advanced"),
        Stage::Hired => lang.pick("aangenomen", "hired"),
        Stage::Withdrawn => lang.pick("teruggetrokken", "withdrawn"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english_numbers_and_dates() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        let earlier = NaiveDate::from_ymd_opt(2025, 3, 2).expect("date");
        assert_eq!(date(day, today, Language::Nl), "24 november");
        assert_eq!(date(day, today, Language::En), "24 November");
        assert_eq!(date(earlier, today, Language::Nl), "2 maart 2025");
        assert_eq!(number(5.5, 1, Language::Nl), "5,5");
        assert_eq!(number(5.5, 1, Language::En), "5.5");
        assert_eq!(number(-0.001, 2, Language::Nl), "0,00");
        assert_eq!(signed(0.4, Language::Nl), "+0,40");
        assert_eq!(signed(-0.25, Language::En), "\u{2212}0.25");
        assert_eq!(signed(-0.001, Language::En), "0.00");
        assert_eq!(percent(0.75), "75%");
        assert_eq!(days(1, Language::Nl), "1 dag");
        assert_eq!(days(4, Language::En), "4 days");
    }
}
