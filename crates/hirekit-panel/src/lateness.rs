//! When a scorecard is late, and how its delay is written: one rule for `hirekit fill` (said on
//! submitting) and `hirekit score` (listed with the panel), so both always give the same number.
//!
//! The delay is counted in whole minutes from the interview to the submission (seconds are
//! dropped: interviews are planned to the minute). A scorecard is late when that is more than
//! the limit; exactly on the limit is on time. The delay is shown in hours to one decimal,
//! rounded **up**, so a late scorecard never reads as "24.0 hours (limit 24 hours)".

use chrono::{DateTime, FixedOffset};
use hirekit_folder::TimeRules;
use hirekit_scorecard::Language;
use serde::Serialize;

/// A late submission: how long after the interview, against which limit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Lateness {
    /// Hours between the interview and the submission, rounded up to one decimal.
    pub delay_hours: f64,
    /// The agreed limit in hours (`scorecard_hours` in `hirekit.yaml`).
    pub limit_hours: u32,
}

/// `Some` when a scorecard submitted at `submitted_at` for an interview at `interviewed_at` is
/// later than `limit_hours`.
pub fn lateness(
    interviewed_at: DateTime<FixedOffset>,
    submitted_at: DateTime<FixedOffset>,
    limit_hours: u32,
) -> Option<Lateness> {
    let rules = TimeRules {
        scorecard_hours: limit_hours,
        ..TimeRules::DEFAULT
    };
    lateness_under(interviewed_at, submitted_at, &rules)
}

/// `Some` when a scorecard submitted at `submitted_at` for an interview at `interviewed_at` is
/// late under `rules`.
pub fn lateness_under(
    interviewed_at: DateTime<FixedOffset>,
    submitted_at: DateTime<FixedOffset>,
    rules: &TimeRules,
) -> Option<Lateness> {
    let limit_hours = rules.scorecard_hours;
    // Whether it is late is the folder's one time rule; this only says by how much.
    if !rules.scorecard_late(interviewed_at, submitted_at) {
        return None;
    }
    let minutes = (submitted_at - interviewed_at).num_minutes();
    // Tenths of an hour are 6 minutes: round the minutes up to the next multiple of 6.
    let tenths = (minutes + 5) / 6;
    Some(Lateness {
        delay_hours: tenths as f64 / 10.0,
        limit_hours,
    })
}

impl Lateness {
    /// "24.5 hours after the interview (limit 24 hours)", or in Dutch with a decimal comma.
    pub fn describe(&self, lang: Language) -> String {
        hirekit_text::msg!(
            lang,
            "late-scorecard",
            delay = hirekit_text::number::hours_with(self.delay_hours, 1, lang),
            limit = hirekit_text::number::hours(f64::from(self.limit_hours), lang),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> (DateTime<FixedOffset>, DateTime<FixedOffset>) {
        let start = DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").unwrap();
        (start, start + chrono::Duration::minutes(minutes))
    }

    #[test]
    fn on_the_limit_is_on_time_and_a_minute_later_is_late() {
        let (start, end) = at(24 * 60);
        assert_eq!(lateness(start, end, 24), None);
        // 59 seconds more is still the same minute.
        assert_eq!(
            lateness(start, end + chrono::Duration::seconds(59), 24),
            None
        );
        let (start, end) = at(24 * 60 + 1);
        let late = lateness(start, end, 24).unwrap();
        assert_eq!(late.delay_hours, 24.1, "rounded up, never 24.0");
        assert_eq!(
            late.describe(Language::En),
            "24.1 hours after the interview (limit 24 hours)"
        );
    }

    #[test]
    fn the_delay_is_rounded_up_to_a_tenth() {
        let delay = |minutes| {
            lateness(at(minutes).0, at(minutes).1, 24)
                .unwrap()
                .delay_hours
        };
        assert_eq!(delay(24 * 60 + 30), 24.5);
        assert_eq!(delay(24 * 60 + 31), 24.6);
        assert_eq!(delay(30 * 60 + 48), 30.8);
        assert_eq!(delay(30 * 60 + 49), 30.9);
        let (start, end) = at(24 * 60 + 30);
        assert_eq!(
            lateness(start, end, 24).unwrap().describe(Language::Nl),
            "24,5 uur na het gesprek (termijn 24 uur)"
        );
    }
}
