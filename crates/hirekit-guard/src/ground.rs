//! The protected grounds of Dutch equal-treatment law that a letter must stay clear of.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Language;

/// Why a phrase may not appear in a letter: the protected ground it touches (or stands in for).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// Age (WGBL).
    Age,
    /// Race in the sense of the AWGB: origin, ethnicity, skin colour.
    Origin,
    /// Nationality (AWGB).
    Nationality,
    /// Mother tongue or accent, which the AWGB treats as race.
    Language,
    /// Religion or belief (AWGB).
    Religion,
    /// Sex, gender identity and gendered judgements (AWGB, WGB m/v).
    Sex,
    /// Pregnancy, maternity and plans for children (AWGB, WGB m/v: sex).
    Pregnancy,
    /// Care for children or relatives (indirectly sex, WGB m/v).
    Family,
    /// Health and illness (WGBH/CZ: chronic illness).
    Health,
    /// Disability (WGBH/CZ).
    Disability,
    /// Hetero- or homosexual orientation (AWGB).
    SexualOrientation,
    /// Civil status: married, single, partner (AWGB).
    CivilStatus,
    /// Political opinion, including union membership (AWGB).
    PoliticalOpinion,
    /// Working-hours wishes: part-time or full-time (WOA).
    WorkingHours,
    /// Fixed-term or permanent contract (WOBOT).
    ContractType,
    /// A vague judgement that stands in for one of the grounds above ("culture fit", "uitstraling").
    Proxy,
}

impl Ground {
    pub const ALL: [Ground; 16] = [
        Ground::Age,
        Ground::Origin,
        Ground::Nationality,
        Ground::Language,
        Ground::Religion,
        Ground::Sex,
        Ground::Pregnancy,
        Ground::Family,
        Ground::Health,
        Ground::Disability,
        Ground::SexualOrientation,
        Ground::CivilStatus,
        Ground::PoliticalOpinion,
        Ground::WorkingHours,
        Ground::ContractType,
        Ground::Proxy,
    ];

    /// The name used in phrase lists and JSON output (`age`, `civil_status`, ...).
    pub fn code(self) -> &'static str {
        match self {
            Ground::Age => "age",
            Ground::Origin => "origin",
            Ground::Nationality => "nationality",
            Ground::Language => "language",
            Ground::Religion => "religion",
            Ground::Sex => "sex",
            Ground::Pregnancy => "pregnancy",
            Ground::Family => "family",
            Ground::Health => "health",
            Ground::Disability => "disability",
            Ground::SexualOrientation => "sexual_orientation",
            Ground::CivilStatus => "civil_status",
            Ground::PoliticalOpinion => "political_opinion",
            Ground::WorkingHours => "working_hours",
            Ground::ContractType => "contract_type",
            Ground::Proxy => "proxy",
        }
    }

    /// The ground as a recruiter would name it.
    pub fn label(self, language: Language) -> &'static str {
        let (nl, en) = match self {
            Ground::Age => ("leeftijd", "age"),
            Ground::Origin => ("afkomst of ras", "origin or race"),
            Ground::Nationality => ("nationaliteit", "nationality"),
            Ground::Language => ("moedertaal of accent", "mother tongue or accent"),
            Ground::Religion => ("godsdienst of levensovertuiging", "religion or belief"),
            Ground::Sex => ("geslacht", "sex"),
            Ground::Pregnancy => ("zwangerschap of kinderwens", "pregnancy or family plans"),
            Ground::Family => ("gezin en zorgtaken", "family and care"),
            Ground::Health => ("gezondheid", "health"),
            Ground::Disability => (
                "handicap of chronische ziekte",
                "disability or chronic illness",
            ),
            Ground::SexualOrientation => ("seksuele gerichtheid", "sexual orientation"),
            Ground::CivilStatus => ("burgerlijke staat", "civil status"),
            Ground::PoliticalOpinion => ("politieke gezindheid", "political opinion"),
            Ground::WorkingHours => ("arbeidsduur", "working hours"),
            Ground::ContractType => ("soort contract", "contract type"),
            Ground::Proxy => ("verkapte grond", "proxy for a protected ground"),
        };
        language.pick(nl, en)
    }

    /// The Dutch law that protects the ground (for a proxy: the laws it may breach).
    pub fn law(self) -> &'static str {
        match self {
            Ground::Age => "WGBL",
            Ground::Origin
            | Ground::Nationality
            | Ground::Language
            | Ground::Religion
            | Ground::SexualOrientation
            | Ground::CivilStatus
            | Ground::PoliticalOpinion => "AWGB",
            Ground::Sex | Ground::Pregnancy | Ground::Family => "AWGB, WGB m/v",
            Ground::Health | Ground::Disability => "WGBH/CZ",
            Ground::WorkingHours => "WOA, art. 7:648 BW",
            Ground::ContractType => "WOBOT, art. 7:649 BW",
            Ground::Proxy => "AWGB, WGBL, WGBH/CZ",
        }
    }
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_serde_names_and_every_ground_has_labels() {
        for ground in Ground::ALL {
            assert_eq!(serde_json::to_value(ground).unwrap(), ground.code());
            assert!(!ground.label(Language::Nl).is_empty());
            assert!(!ground.label(Language::En).is_empty());
        }
    }
}
