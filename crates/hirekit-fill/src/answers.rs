//! How the interviewer's answers are understood, and what they are told when an answer is not.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone as _};
use hirekit_folder::Recommendation;
use hirekit_redflags::{Evidence, Item};
use hirekit_scorecard::{Language, Scorecard};

use hirekit_text::msg;

use crate::Interview;

/// Wraps `text` to [`WIDTH`](crate::WIDTH) columns, continuation lines indented by `indent`,
/// after `first_width` columns already written.
fn wrap(text: &str, first_width: usize, indent: usize) -> String {
    hirekit_text::wrap::hanging(text, first_width, indent, crate::WIDTH)
}

/// An interview time: RFC 3339, or `YYYY-MM-DD HH:MM` in this computer's time zone. It must
/// not lie after `now`: a scorecard is filled after the interview.
pub fn parse_time(
    line: &str,
    now: DateTime<FixedOffset>,
    lang: Language,
) -> Result<DateTime<FixedOffset>, String> {
    let parsed = DateTime::parse_from_rfc3339(line).ok().or_else(|| {
        ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(line, f).ok())
            .and_then(|naive| chrono::Local.from_local_datetime(&naive).earliest())
            .map(|local| local.fixed_offset())
    });
    match parsed {
        None => Err(msg!(lang, "fill-time-format")),
        Some(at) if at > now => Err(msg!(lang, "fill-time-ahead")),
        Some(at) => Ok(at),
    }
}

/// The label of a scale point, e.g. `Good`.
pub fn score_label(scorecard: &Scorecard, score: u8, lang: Language) -> &str {
    scorecard
        .scale
        .labels
        .get(&score)
        .map(|l| l.get_or_any(lang))
        .unwrap_or_default()
}

pub fn score_question(scorecard: &Scorecard, lang: Language) -> String {
    let (min, max) = (scorecard.scale.min, scorecard.scale.max);
    msg!(
        lang,
        "fill-ask-score",
        min = u32::from(min),
        max = u32::from(max)
    )
}

/// A point of the scale, or `None` for "not assessed".
pub fn parse_score(
    line: &str,
    scorecard: &Scorecard,
    lang: Language,
) -> Result<Option<u8>, String> {
    let lower = line.to_lowercase();
    if matches!(
        lower.as_str(),
        "n" | "na" | "nb" | "-" | "n/a" | "not assessed" | "niet beoordeeld"
    ) {
        return Ok(None);
    }
    match line.parse::<u8>() {
        Ok(score) if scorecard.scale.points().any(|p| p == score) => Ok(Some(score)),
        _ => {
            let (min, max) = (scorecard.scale.min, scorecard.scale.max);
            Err(msg!(
                lang,
                "fill-score-invalid",
                min = u32::from(min),
                max = u32::from(max)
            ))
        }
    }
}

/// The interview's red flags that may count (numbered in the list, in this order) and the
/// bias-risk cautions (listed by id only, so that ticking one takes a deliberate step).
pub fn split_red_flags<'a>(interview: &Interview<'a>) -> (Vec<&'a Item>, Vec<&'a Item>) {
    interview
        .red_flags
        .iter()
        .partition(|item| item.evidence != Evidence::BiasRisk)
}

/// The red flags on a line, by their number in the list or by id; any id the checklists know
/// is accepted, an unknown one is refused with a suggestion.
pub fn parse_red_flags(
    line: &str,
    interview: &Interview,
    lang: Language,
) -> Result<Vec<String>, String> {
    let (numbered, _) = split_red_flags(interview);
    let mut ids: Vec<String> = Vec::new();
    for word in line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
    {
        let id = match word.parse::<usize>() {
            Ok(n) if (1..=numbered.len()).contains(&n) => numbered[n - 1].id.as_str(),
            Ok(_) => {
                return Err(msg!(
                    lang,
                    "fill-red-flag-number-invalid",
                    number = word,
                    last = numbered.len()
                ));
            }
            Err(_) => word,
        };
        if interview.catalogue.get(id).is_none() {
            let unknown = msg!(lang, "fill-red-flag-unknown", id = id);
            return Err(match interview.catalogue.suggest(id) {
                Some(s) => format!(
                    "{unknown} {}",
                    msg!(lang, "fill-red-flag-did-you-mean", suggestion = s)
                ),
                None => unknown,
            });
        }
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    Ok(ids)
}

pub fn bias_caution(item: &Item, lang: Language) -> String {
    let fl = lang;
    let line = format!(
        "{} `{}`: {}",
        item.evidence.label(fl),
        item.id,
        item.why.get(fl)
    );
    wrap(&line, 2, 2)
}

pub fn parse_yes_no(line: &str, lang: Language) -> Result<bool, String> {
    match line.to_lowercase().as_str() {
        "j" | "ja" | "y" | "yes" => Ok(true),
        "n" | "nee" | "no" => Ok(false),
        _ => Err(msg!(lang, "fill-yes-no-invalid")),
    }
}

pub const RECOMMENDATIONS: [Recommendation; 4] = [
    Recommendation::StrongNo,
    Recommendation::No,
    Recommendation::Yes,
    Recommendation::StrongYes,
];

pub fn recommendation_label(r: Recommendation, lang: Language) -> String {
    match r {
        Recommendation::StrongNo => msg!(lang, "recommendation-strong-no"),
        Recommendation::No => msg!(lang, "recommendation-no"),
        Recommendation::Yes => msg!(lang, "recommendation-yes"),
        Recommendation::StrongYes => msg!(lang, "recommendation-strong-yes"),
    }
}

pub fn parse_recommendation(line: &str, lang: Language) -> Result<Recommendation, String> {
    let lower = line.to_lowercase();
    RECOMMENDATIONS
        .iter()
        .enumerate()
        .find(|(n, r)| {
            lower == (n + 1).to_string()
                || lower == r.code()
                || Language::ALL
                    .iter()
                    .any(|l| lower == recommendation_label(**r, *l))
        })
        .map(|(_, r)| *r)
        .ok_or_else(|| msg!(lang, "fill-recommendation-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_understood_and_must_not_lie_ahead() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
        let at = parse_time("2026-11-20T10:00:00+01:00", now, Language::En).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-11-20T10:00:00+01:00");
        assert!(parse_time("2026-11-20 10:00", now, Language::En).is_ok());
        assert!(
            parse_time("20-11-2026", now, Language::Nl)
                .unwrap_err()
                .contains("2026-11-20 10:00")
        );
        assert!(
            parse_time("2026-11-24T10:00:00+01:00", now, Language::En)
                .unwrap_err()
                .contains("future")
        );
    }

    #[test]
    fn recommendations_by_number_code_or_word() {
        assert_eq!(
            parse_recommendation("4", Language::En),
            Ok(Recommendation::StrongYes)
        );
        assert_eq!(
            parse_recommendation("strong_no", Language::Nl),
            Ok(Recommendation::StrongNo)
        );
        assert_eq!(
            parse_recommendation("Zeker wel", Language::Nl),
            Ok(Recommendation::StrongYes)
        );
        assert!(parse_recommendation("maybe", Language::En).is_err());
        assert!(parse_recommendation("0", Language::En).is_err());
    }

    #[test]
    fn yes_and_no_in_both_languages() {
        assert_eq!(parse_yes_no("J", Language::Nl), Ok(true));
        assert_eq!(parse_yes_no("no", Language::Nl), Ok(false));
        assert!(parse_yes_no("misschien", Language::Nl).is_err());
    }
}
