//! `pool.yaml` at the root of the hiring folder: the people in the talent pool, with their
//! contact log. One table row per member (`pool_members`) and per contact (`pool_contacts`) in a
//! database.

use chrono::NaiveDate;
use hirekit_privacy::consent::ConsentEntry;
use hirekit_scorecard::Language;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The file name at the root of the hiring folder.
pub const POOL_FILE: &str = "pool.yaml";

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit talent pool")]
pub struct PoolFile {
    /// Everyone in the talent pool, in the order they were added.
    pub members: Vec<Member>,
}

/// One person in the talent pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The candidate id for a rejected candidate; `p-001`, `p-002`, … for a person added by hand.
    pub id: String,
    /// How they came into the pool.
    pub kind: Kind,
    /// A person added by hand: their name. A candidate's name stays in `candidate.yaml` only, so
    /// removing the candidate removes it everywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A person added by hand: the name they go by, for the greeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// A person added by hand: their language (`nl` or `en`); a candidate's is in `candidate.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// The area of interest: the id of a scorecard (its role family is shown with it).
    pub area: String,
    /// The day they were added to the pool.
    pub added_on: NaiveDate,
    /// A candidate: the first contact, the month named in their letter (`reconnect_after`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconnect_on: Option<NaiveDate>,
    /// Strengths as criterion ids of the `area` scorecard, shown with the scorecard's own
    /// phrase: a candidate's from the panel's ratings, a person added by hand's as noted.
    #[serde(default)]
    pub strengths: Vec<String>,
    /// A person added by hand: their answers about being kept in the pool, oldest first (a
    /// candidate's are in `consent.yaml`). Nobody is added without a consent in force.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consent: Vec<ConsentEntry>,
    /// Every contact, oldest first.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// What to do next, and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<NextAction>,
    /// The messages drafted for this person, by their fingerprint: the same text is never
    /// drafted for two people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<DraftRecord>,
}

/// How someone came into the talent pool.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A rejected candidate who was a near miss or a runner-up, with consent.
    Candidate,
    /// Declined our offer.
    DeclinedOffer,
    /// Met at an event (a meetup, a fair, a talk).
    Event,
    /// Worked here before.
    FormerEmployee,
    /// Referred by someone.
    Referred,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Candidate => "candidate",
            Kind::DeclinedOffer => "declined_offer",
            Kind::Event => "event",
            Kind::FormerEmployee => "former_employee",
            Kind::Referred => "referred",
        }
    }
}

/// One contact with a person in the pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The day of the contact (YYYY-MM-DD).
    pub on: NaiveDate,
    /// How: `phone`, `email`, `video`, `meeting` or `event`.
    pub channel: Channel,
    /// What it was about, in a few words ("the move to Go"); named in the next message.
    pub topic: String,
    /// A note for the team (never in a message).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Email,
    Video,
    Meeting,
    Event,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Video => "video",
            Channel::Meeting => "meeting",
            Channel::Event => "event",
        }
    }
}

/// The next thing to do for a person, and the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextAction {
    /// What, in a few words ("invite for the Go meetup").
    pub action: String,
    /// From which day (YYYY-MM-DD).
    pub on: NaiveDate,
}

/// A message drafted for a person: when, why, and the SHA-256 of its body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftRecord {
    pub on: NaiveDate,
    pub reason: DraftReason,
    pub sha256: String,
}

/// Why a message is drafted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DraftReason {
    /// Asking how they are doing.
    Checkin,
    /// A vacancy that matches them.
    Vacancy,
    /// News from the company.
    News,
}

impl Member {
    /// The last contact, if any.
    pub fn last_contact(&self) -> Option<&Contact> {
        self.contacts.iter().max_by_key(|c| c.on)
    }
}

impl PoolFile {
    pub fn member(&self, id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    pub fn member_mut(&mut self, id: &str) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.id == id)
    }

    /// The id for the next person added by hand: `p-001`, `p-002`, …
    pub fn next_manual_id(&self) -> String {
        let highest = self
            .members
            .iter()
            .filter_map(|m| m.id.strip_prefix("p-")?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("p-{:03}", highest + 1)
    }
}
