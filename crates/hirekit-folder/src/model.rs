//! The files of a hiring folder. Field doc comments become schema descriptions and hints.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use hirekit_scorecard::Language;

use crate::TimeRules;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `hirekit.yaml`: who the company is and how it works.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit company profile")]
pub struct Profile {
    /// The company name as it appears on letters.
    pub company: String,
    /// Postal address lines, e.g. `[Stationsplein 12, 3511 ED Utrecht]`.
    pub address: Vec<String>,
    /// The place letters are dated from, e.g. `Utrecht`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Who signs letters and sends e-mails.
    pub sender: Sender,
    /// The default language for letters and kits (`nl` or `en`).
    pub language: Language,
    /// Hours within which interviewers submit their scorecard, from 1 to 168 (a week); default 24.
    #[serde(default = "default_scorecard_hours")]
    #[schemars(range(min = 1, max = 168))]
    pub scorecard_hours: u32,
    /// Hours within which the hiring manager decides once every scorecard is in, from 1 to 168
    /// (a week); default 48.
    #[serde(default = "default_decision_hours")]
    #[schemars(range(min = 1, max = 168))]
    pub decision_hours: u32,
    /// Days after the last interview within which a rejected candidate gets feedback, from 1 to
    /// 30; default 7.
    #[serde(default = "default_feedback_days")]
    #[schemars(range(min = 1, max = 30))]
    pub feedback_days: u32,
    /// Months after which a near miss is offered to reconnect, from 1 to 12 (talent-pool data is
    /// kept at most a year); default 6.
    #[serde(default = "default_reconnect_months")]
    #[schemars(range(min = 1, max = 12))]
    pub reconnect_months: u32,
    /// Folder with the scorecards, relative to this file (default `scorecards`).
    #[serde(default = "default_scorecards")]
    pub scorecards: String,
    /// How interviewers are named in letters, by handle, e.g. `ayla: Ayla Bakker`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub interviewers: BTreeMap<String, String>,
    /// Optional logo (PNG or JPEG) for PDF letters, relative to this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// How rejection letters address the candidate and what they include.
    #[serde(default, skip_serializing_if = "LetterOptions::is_default")]
    pub letters: LetterOptions,
    /// When an interviewer may see colleagues' ratings of a candidate they interviewed:
    /// `after_submit` (the default: once their own scorecard is in and every planned
    /// interviewer has submitted) or `never` (only recruiters and hiring managers see them).
    #[serde(default, skip_serializing_if = "RatingsVisible::is_default")]
    pub ratings_visible: RatingsVisible,
    /// How long personal data is kept (`hirekit privacy`): weeks after the procedure without
    /// consent, months with it.
    #[serde(default, skip_serializing_if = "PrivacySettings::is_default")]
    pub privacy: PrivacySettings,
    /// The mail server `hirekit send` sends letters through. No password here: the login comes
    /// from the environment or from a file outside the hiring folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp: Option<SmtpSettings>,
}

/// `letters:` in `hirekit.yaml`: the company's choices for rejection letters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterOptions {
    /// How the salutation names the candidate: `given_name` ("Beste Fleur,", the default) or
    /// `full_name` ("Beste Fleur de Vries,"). A candidate without a `given_name` is always
    /// addressed by the full name.
    #[serde(default)]
    pub salutation: Salutation,
    /// Add an appendix that shows each criterion with its requirement and a band ("meets the
    /// requirement", "partly", "not yet"); never an exact score or an interviewer's name.
    /// Off by default.
    #[serde(default)]
    pub score_bands: bool,
}

impl LetterOptions {
    fn is_default(&self) -> bool {
        *self == LetterOptions::default()
    }
}

/// `privacy:` in `hirekit.yaml`: how long a candidate's personal data is kept. The defaults are
/// the Autoriteit Persoonsgegevens' guidance: four weeks after the procedure ends, or up to a
/// year with the candidate's consent. A company may keep data shorter, never longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrivacySettings {
    /// Weeks after the procedure ends (the decision and, for a rejection, the letter) after
    /// which a candidate's personal data is deleted when they gave no consent, from 1 to 4;
    /// default 4.
    #[serde(default = "default_deletion_weeks")]
    #[schemars(range(min = 1, max = 4))]
    pub deletion_weeks: u32,
    /// The longest talent-pool consent, in months from the day it is given, from 1 to 12;
    /// default 12.
    #[serde(default = "default_consent_months")]
    #[schemars(range(min = 1, max = 12))]
    pub consent_months: u32,
}

impl Default for PrivacySettings {
    fn default() -> Self {
        PrivacySettings {
            deletion_weeks: default_deletion_weeks(),
            consent_months: default_consent_months(),
        }
    }
}

impl PrivacySettings {
    fn is_default(&self) -> bool {
        *self == PrivacySettings::default()
    }
}

fn default_deletion_weeks() -> u32 {
    TimeRules::DEFAULT.deletion_weeks
}
fn default_consent_months() -> u32 {
    TimeRules::DEFAULT.consent_months
}

/// `ratings_visible:` in `hirekit.yaml`: whether interviewers see their colleagues' ratings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RatingsVisible {
    /// After their own scorecard is submitted (and, as for everyone, once the panel is complete).
    #[default]
    AfterSubmit,
    /// Never: interviewers see who has submitted, not what anyone rated.
    Never,
}

impl RatingsVisible {
    fn is_default(&self) -> bool {
        *self == RatingsVisible::default()
    }
}

/// How a letter's salutation names the candidate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Salutation {
    /// The given name when the candidate has one: "Beste Fleur," / "Dear Fleur,".
    #[default]
    GivenName,
    /// The full name: "Beste Fleur de Vries," / "Dear Fleur de Vries,".
    FullName,
}

/// `smtp:` in `hirekit.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    /// The server's host name, e.g. `smtp.example.org`.
    pub host: String,
    /// The port (default: 587 for `starttls`, 465 for `tls`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// `starttls` (port 587), `tls` (port 465), or `plain` (only to this machine: a local relay).
    pub security: SmtpSecurity,
    /// The envelope sender that bounces go to (default: the sender's e-mail address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope_from: Option<String>,
    /// At most this many letters a minute, from 1 to 600 (default 20), to stay under a
    /// provider's sending limit.
    #[serde(default = "default_rate_per_minute")]
    #[schemars(range(min = 1, max = 600))]
    pub rate_per_minute: u32,
    /// A file outside the hiring folder with the user name and password on two lines (for
    /// example `~/.config/hirekit/smtp`, mode 600); otherwise the environment variables
    /// HIREKIT_SMTP_USERNAME and HIREKIT_SMTP_PASSWORD are used, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_file: Option<String>,
}

fn default_rate_per_minute() -> u32 {
    20
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SmtpSecurity {
    Starttls,
    Tls,
    Plain,
}

fn default_scorecard_hours() -> u32 {
    TimeRules::DEFAULT.scorecard_hours
}
fn default_decision_hours() -> u32 {
    TimeRules::DEFAULT.decision_hours
}
fn default_feedback_days() -> u32 {
    TimeRules::DEFAULT.feedback_days
}
fn default_reconnect_months() -> u32 {
    TimeRules::DEFAULT.reconnect_months
}
fn default_scorecards() -> String {
    "scorecards".to_owned()
}

/// The person who signs letters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    /// Full name, e.g. `Fenna de Wit`.
    pub name: String,
    /// Job title, e.g. `{nl: Recruiter, en: Recruiter}` or plain text.
    pub title: hirekit_scorecard::Text,
    /// E-mail address replies go to.
    pub email: String,
    /// Optional phone number for questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// `candidates/<id>/candidate.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit candidate")]
pub struct Candidate {
    /// The candidate's id; must equal the folder name, e.g. `c-2026-014`.
    pub id: String,
    /// Full name as the candidate writes it.
    pub name: String,
    /// The name the candidate goes by, e.g. `Fleur` for `Fleur de Vries`: letters open with
    /// "Beste Fleur," (unless the company addresses candidates by full name). Without it, letters
    /// use the full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// E-mail address for feedback.
    pub email: String,
    /// Postal address lines (for a letter in a window envelope).
    #[serde(default)]
    pub address: Vec<String>,
    /// The language to write to the candidate in (`nl` or `en`).
    pub language: Language,
    /// The id of the scorecard for the vacancy applied for.
    pub scorecard: String,
    /// The planned interviews: who interviews, and when.
    #[serde(default)]
    pub interviews: Vec<PlannedInterview>,
    /// The decision, once taken: advance, reject, hired or withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Why a rejected candidate was rejected: `requirements` or `other_candidate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_reason: Option<DecisionReason>,
    /// Whether the candidate agreed, when asked with the decision, to be kept in the talent pool
    /// (omit when not asked yet); the letter follows it. Keeping their data past the usual four
    /// weeks needs a dated consent in `consent.yaml` (`hirekit privacy consent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talent_pool_consent: Option<bool>,
}

/// One planned interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlannedInterview {
    /// The interviewer's name or handle; their scorecard is `interviews/<interviewer>.yaml`.
    pub interviewer: String,
    /// Date and time of the interview (RFC 3339), e.g. `2026-11-16T10:00:00+01:00`.
    pub at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Advance,
    Reject,
    Hired,
    Withdrawn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionReason {
    /// The candidate did not meet one or more job requirements.
    Requirements,
    /// The candidate met the requirements, but another candidate matched them more closely.
    OtherCandidate,
}

/// `candidates/<id>/interviews/<interviewer>.yaml`: one interviewer's ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit filled scorecard")]
pub struct FilledScorecard {
    /// The candidate's id (the folder this file is in).
    pub candidate: String,
    /// The scorecard id the ratings belong to.
    pub scorecard: String,
    /// Who interviewed and rated.
    pub interviewer: String,
    /// When the interview took place (RFC 3339).
    pub interviewed_at: DateTime<FixedOffset>,
    /// When this scorecard was submitted (RFC 3339).
    pub submitted_at: DateTime<FixedOffset>,
    /// Per criterion id: `score` and `evidence`, or `not_assessed: true`.
    pub ratings: BTreeMap<String, Rating>,
    /// Ids of red-flag checklist items the interviewer ticked (may be empty).
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// The interviewer's overall recommendation.
    pub recommendation: Recommendation,
    /// `true` when `hirekit fill --force` replaced a scorecard submitted earlier, after every
    /// planned interviewer had submitted and the panel's ratings could be seen: these ratings
    /// may no longer be independent. Written by hirekit; the debrief record lists it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refilled_after_ratings_shown: bool,
}

/// One rating of one criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// The score: a whole number on the scorecard's scale, e.g. from 1 to 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 10))]
    pub score: Option<u8>,
    /// What the candidate said or did that supports the score: required with every score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// `true` when this criterion was not assessed in this interview.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_assessed: bool,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    StrongNo,
    No,
    Yes,
    StrongYes,
}

impl Recommendation {
    pub fn code(self) -> &'static str {
        match self {
            Recommendation::StrongNo => "strong_no",
            Recommendation::No => "no",
            Recommendation::Yes => "yes",
            Recommendation::StrongYes => "strong_yes",
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const PROFILE: &str = "company: Voorbeeld BV\naddress: [Straat 1]\nsender: {name: Fenna de Wit, title: Recruiter, email: a@example.org}\nlanguage: nl\n";

    #[test]
    fn ratings_visible_defaults_to_after_submit_and_takes_never() {
        let read = |text: &str| {
            hirekit_yaml::read::<Profile>(Path::new("hirekit.yaml"), text.as_bytes())
                .map(|(p, _)| p.ratings_visible)
        };
        assert_eq!(read(PROFILE), Ok(RatingsVisible::AfterSubmit));
        assert_eq!(
            read(&format!("{PROFILE}ratings_visible: never\n")),
            Ok(RatingsVisible::Never)
        );
    }

    #[test]
    fn a_bad_ratings_visible_is_a_located_error() {
        let text = format!("{PROFILE}ratings_visible: sometimes\n");
        let problems = hirekit_yaml::read::<Profile>(Path::new("hirekit.yaml"), text.as_bytes())
            .err()
            .unwrap_or_default();
        let rendered: Vec<String> = problems.iter().map(|p| p.render()).collect();
        assert_eq!(
            rendered.join("\n"),
            "hirekit.yaml:5:18: error: unknown value `sometimes` for `ratings_visible`, expected one of `after_submit`, `never`\n  |\n5 | ratings_visible: sometimes\n  |                  ^\n"
        );
    }
}
