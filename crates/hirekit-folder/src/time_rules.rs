//! The time rules of a hiring, in one place: when a scorecard, a decision and a feedback letter
//! are due, and when to get back in touch with a near miss.
//!
//! Every command that speaks of a deadline (`due`, `score`, `report`, the letters) asks these
//! functions, so that "late" means the same thing everywhere:
//!
//! - a **scorecard** is due `scorecard_hours` after the interview;
//! - a **decision** is due `decision_hours` after the panel is complete (the last scorecard in);
//! - a **feedback letter** is due `feedback_days` after the last interview (a calendar date);
//! - a near miss is offered to **reconnect** in the month `reconnect_months` after the letter;
//! - without consent, a candidate's personal data is **due for deletion** `deletion_weeks` after
//!   the procedure ends; talent-pool **consent** lasts at most `consent_months` from the day it
//!   is given, its **renewal** is asked a week before it ends, and data due for deletion is
//!   **purged** after a further grace week;
//! - in the **talent pool**, a check-in is due `POOL_CHECKIN_MONTHS` (4) after the last contact
//!   (three contacts a year at most, never fewer than two), and a contact within
//!   `POOL_MIN_GAP_MONTHS` (3) of the previous one is too soon.
//!
//! Durations are measured in whole minutes, as people write times: a scorecard submitted 24 hours
//! and 30 seconds after the interview is on time under a 24-hour agreement.
//!
//! ```
//! use chrono::{DateTime, NaiveDate};
//! use hirekit_folder::TimeRules;
//! let rules = TimeRules { scorecard_hours: 24, decision_hours: 48, feedback_days: 7, reconnect_months: 6, ..TimeRules::DEFAULT };
//! let interview = DateTime::parse_from_rfc3339("2026-11-16T10:00:00+01:00").unwrap();
//! assert_eq!(rules.scorecard_due(interview).to_rfc3339(), "2026-11-17T10:00:00+01:00");
//! let day = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
//! assert_eq!(rules.feedback_due(day), NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
//! assert_eq!(rules.reconnect_month(day), NaiveDate::from_ymd_opt(2027, 5, 1).unwrap());
//! assert_eq!(rules.deletion_due(day), NaiveDate::from_ymd_opt(2026, 12, 14).unwrap());
//! assert_eq!(rules.consent_longest(day), NaiveDate::from_ymd_opt(2027, 11, 16).unwrap());
//! ```

use chrono::{DateTime, Datelike as _, Days, FixedOffset, Months, NaiveDate, TimeDelta, Utc};

use crate::model::Profile;

/// The agreed time frames of a hiring folder (`hirekit.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRules {
    pub scorecard_hours: u32,
    pub decision_hours: u32,
    pub feedback_days: u32,
    pub reconnect_months: u32,
    pub deletion_weeks: u32,
    pub consent_months: u32,
}

/// Days between the request to renew consent and the day it ends; and days between the date
/// data is due for deletion and the day `privacy purge --apply` removes it (time to answer a
/// late renewal, or to correct a wrong date).
const NOTICE_DAYS: u64 = 7;

/// Months from one talent-pool contact to the next check-in: three a year at most, and a check-in
/// that is a few months late still keeps two a year.
pub const POOL_CHECKIN_MONTHS: u32 = 4;

/// A talent-pool contact within this many months of the previous one is too soon: warm contact,
/// not pressure.
pub const POOL_MIN_GAP_MONTHS: u32 = 3;

impl TimeRules {
    /// The rules of a profile that sets none: a scorecard within 24 hours, a decision within 48,
    /// a letter within a week, reconnecting after six months.
    pub const DEFAULT: TimeRules = TimeRules {
        scorecard_hours: 24,
        decision_hours: 48,
        feedback_days: 7,
        reconnect_months: 6,
        deletion_weeks: 4,
        consent_months: 12,
    };

    /// The rules a company profile sets.
    pub fn of(profile: &Profile) -> TimeRules {
        TimeRules {
            scorecard_hours: profile.scorecard_hours,
            decision_hours: profile.decision_hours,
            feedback_days: profile.feedback_days,
            reconnect_months: profile.reconnect_months,
            deletion_weeks: profile.privacy.deletion_weeks,
            consent_months: profile.privacy.consent_months,
        }
    }

    /// When the scorecard of an interview at `interview` is due.
    pub fn scorecard_due(&self, interview: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        add_hours(interview, self.scorecard_hours)
    }

    /// Whether a scorecard submitted at `submitted` for an interview at `interview` was late.
    pub fn scorecard_late(
        &self,
        interview: DateTime<FixedOffset>,
        submitted: DateTime<FixedOffset>,
    ) -> bool {
        hours_between(interview, submitted) > f64::from(self.scorecard_hours)
    }

    /// When the decision is due, for a panel complete at `ready` (its last scorecard submitted).
    pub fn decision_due(&self, ready: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        add_hours(ready, self.decision_hours)
    }

    /// Whether a decision taken at `decided` on a panel complete at `ready` was late.
    pub fn decision_late(
        &self,
        ready: DateTime<FixedOffset>,
        decided: DateTime<FixedOffset>,
    ) -> bool {
        hours_between(ready, decided) > f64::from(self.decision_hours)
    }

    /// The last day a rejected candidate's feedback letter is on time, for a last interview on
    /// `last_interview`.
    pub fn feedback_due(&self, last_interview: NaiveDate) -> NaiveDate {
        last_interview
            .checked_add_days(Days::new(u64::from(self.feedback_days)))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The month (its first day) to get back in touch with a near miss whose letter is dated
    /// `letter_date`.
    pub fn reconnect_month(&self, letter_date: NaiveDate) -> NaiveDate {
        letter_date
            .checked_add_months(Months::new(self.reconnect_months))
            .and_then(|d| d.with_day(1))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The day a candidate's personal data is due for deletion when they gave no consent, for a
    /// procedure that ended on `procedure_end`.
    pub fn deletion_due(&self, procedure_end: NaiveDate) -> NaiveDate {
        procedure_end
            .checked_add_days(Days::new(7 * u64::from(self.deletion_weeks)))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The last day a talent-pool consent given on `given` may run to.
    pub fn consent_longest(&self, given: NaiveDate) -> NaiveDate {
        given
            .checked_add_months(Months::new(self.consent_months))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The day to ask for renewal of a consent that ends on `until`: a week before.
    pub fn renewal_request(&self, until: NaiveDate) -> NaiveDate {
        until
            .checked_sub_days(Days::new(NOTICE_DAYS))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The day a talent-pool check-in is due, for a last contact on `last_contact`.
    pub fn pool_checkin_due(&self, last_contact: NaiveDate) -> NaiveDate {
        last_contact
            .checked_add_months(Months::new(POOL_CHECKIN_MONTHS))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether a talent-pool contact on `next` comes too soon after one on `previous` (within
    /// [`POOL_MIN_GAP_MONTHS`]).
    pub fn pool_contact_too_soon(&self, previous: NaiveDate, next: NaiveDate) -> bool {
        let allowed = previous
            .checked_add_months(Months::new(POOL_MIN_GAP_MONTHS))
            .unwrap_or(NaiveDate::MAX);
        next < allowed
    }

    /// The first day `privacy purge --apply` removes data that became due on `due`: after a
    /// grace week.
    pub fn purge_from(&self, due: NaiveDate) -> NaiveDate {
        due.checked_add_days(Days::new(NOTICE_DAYS))
            .unwrap_or(NaiveDate::MAX)
    }
}

/// Hours from `from` to `to`, counted in whole minutes (negative when `to` is earlier).
pub fn hours_between(from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> f64 {
    (to - from).num_minutes() as f64 / 60.0
}

/// `at` plus `hours`; a date at the end of the calendar stays there instead of overflowing.
fn add_hours(at: DateTime<FixedOffset>, hours: u32) -> DateTime<FixedOffset> {
    at.checked_add_signed(TimeDelta::hours(i64::from(hours)))
        .unwrap_or_else(|| DateTime::<Utc>::MAX_UTC.fixed_offset())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("valid test time")
    }

    const RULES: TimeRules = TimeRules::DEFAULT;

    #[test]
    fn a_scorecard_is_late_only_after_the_agreed_hours() {
        let interview = at("2026-11-16T10:00:00+01:00");
        assert!(!RULES.scorecard_late(interview, at("2026-11-17T10:00:59+01:00")));
        assert!(RULES.scorecard_late(interview, at("2026-11-17T10:01:00+01:00")));
        // Another offset, the same moment: still on time.
        assert!(!RULES.scorecard_late(interview, at("2026-11-17T09:00:00+00:00")));
    }

    #[test]
    fn a_decision_is_due_two_days_after_the_last_scorecard() {
        let ready = at("2026-11-18T16:30:00+01:00");
        assert_eq!(RULES.decision_due(ready), at("2026-11-20T16:30:00+01:00"));
        assert!(!RULES.decision_late(ready, at("2026-11-20T16:30:00+01:00")));
        assert!(RULES.decision_late(ready, at("2026-11-20T17:00:00+01:00")));
    }

    #[test]
    fn dates_at_the_end_of_the_calendar_do_not_overflow() {
        let last = DateTime::<Utc>::MAX_UTC.fixed_offset() - TimeDelta::hours(1);
        assert_eq!(
            RULES.scorecard_due(last),
            DateTime::<Utc>::MAX_UTC.fixed_offset()
        );
        assert_eq!(RULES.feedback_due(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(RULES.reconnect_month(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(RULES.deletion_due(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(RULES.consent_longest(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(RULES.renewal_request(NaiveDate::MIN), NaiveDate::MIN);
        assert_eq!(RULES.purge_from(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn reconnect_lands_on_the_first_of_the_month() {
        let letter = NaiveDate::from_ymd_opt(2026, 8, 31).expect("valid date");
        assert_eq!(
            RULES.reconnect_month(letter),
            NaiveDate::from_ymd_opt(2027, 2, 1).expect("valid date")
        );
    }

    #[test]
    fn pool_contacts_three_months_apart_are_not_too_soon() {
        let day = |m, d| NaiveDate::from_ymd_opt(2027, m, d).expect("valid date");
        assert!(RULES.pool_contact_too_soon(day(1, 31), day(4, 29)));
        assert!(!RULES.pool_contact_too_soon(day(1, 31), day(4, 30)));
        assert!(RULES.pool_contact_too_soon(day(3, 15), day(6, 14)));
        assert!(!RULES.pool_contact_too_soon(day(3, 15), day(6, 15)));
        assert_eq!(RULES.pool_checkin_due(day(3, 15)), day(7, 15));
        assert_eq!(RULES.pool_checkin_due(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn consent_of_a_leap_day_ends_on_the_last_of_february() {
        let given = NaiveDate::from_ymd_opt(2028, 2, 29).expect("valid date");
        assert_eq!(
            RULES.consent_longest(given),
            NaiveDate::from_ymd_opt(2029, 2, 28).expect("valid date")
        );
    }
}
