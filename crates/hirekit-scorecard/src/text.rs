//! Human text in one or more languages.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use hirekit_language::Language;

/// A text shown to people: either one text for every language, or one per language
/// (`{nl: ..., en: ...}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language (names of technologies, for instance).
    Plain(String),
    /// One text per language, e.g. `{nl: "Goed", en: "Good"}`.
    PerLanguage(#[schemars(with = "LanguageTexts")] BTreeMap<Language, String>),
}

/// The schema of a per-language text: only known language codes as keys, so a typo such as
/// `ne:` is reported as an unknown field with a suggestion.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct LanguageTexts {
    /// Nederlands
    #[serde(default)]
    nl: String,
    /// English
    #[serde(default)]
    en: String,
}

impl Text {
    /// The text in `language`, falling back to a plain text. `None` when that language is missing.
    pub fn get(&self, language: Language) -> Option<&str> {
        match self {
            Text::Plain(text) => Some(text),
            Text::PerLanguage(texts) => texts.get(&language).map(String::as_str),
        }
    }

    /// The text in `language`, or in any language there is (for summaries that must show something).
    pub fn get_or_any(&self, language: Language) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::PerLanguage(texts) => texts
                .get(&language)
                .or_else(|| texts.values().next())
                .map_or("", String::as_str),
        }
    }

    /// Languages among `wanted` that this text lacks (empty texts count as missing).
    pub fn missing(&self, wanted: &[Language]) -> Vec<Language> {
        match self {
            Text::Plain(text) if text.trim().is_empty() => wanted.to_vec(),
            Text::Plain(_) => Vec::new(),
            Text::PerLanguage(texts) => wanted
                .iter()
                .copied()
                .filter(|l| texts.get(l).is_none_or(|t| t.trim().is_empty()))
                .collect(),
        }
    }

    pub fn is_plain(&self) -> bool {
        matches!(self, Text::Plain(_))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Plain(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_serves_every_language() {
        let t = Text::from("Kubernetes");
        assert_eq!(t.get(Language::Nl), Some("Kubernetes"));
        assert!(t.missing(&Language::ALL).is_empty());
    }

    #[test]
    fn per_language_text_reports_what_is_missing() {
        let t = Text::PerLanguage([(Language::Nl, "Goed".to_owned())].into());
        assert_eq!(t.get(Language::En), None);
        assert_eq!(t.missing(&Language::ALL), vec![Language::En]);
        assert_eq!(t.get_or_any(Language::En), "Goed");
    }
}
