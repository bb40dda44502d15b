//! The languages hirekit writes in: Dutch and English, both first-class.
//!
//! One small type that every crate shares, so that a letter, a kit, a cost report and the guard
//! that checks a letter all mean the same thing by "nl".
//!
//! ```
//! use hirekit_language::Language;
//! assert_eq!(Language::from_code("NL"), Some(Language::Nl));
//! assert_eq!(Language::Nl.pick("Betreft", "Re"), "Betreft");
//! assert_eq!(Language::En.to_string(), "en");
//! ```

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language letters, kits, reports and summaries can be written in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Nederlands
    Nl,
    /// English
    #[default]
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Nl, Language::En];

    /// The code used in files and on the command line: `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// Parses `nl` or `en` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Language::Nl),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// Picks the Dutch or the English of a pair. New user-facing text belongs in the message
    /// catalogue (`hirekit-text`, Fluent files a translator can edit) instead; this remains for
    /// the commands not yet moved there.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Language::Nl => nl,
            Language::En => en,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
