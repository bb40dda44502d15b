//! Texts in Dutch and English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language hirekit writes in: the one `Language` type every crate shares.
pub use hirekit_language::Language;

/// A text in both languages. Every text a user sees exists in Dutch and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            nl: nl.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}

/// A text as written in a YAML file: one plain text used for both languages, or a mapping with
/// a text per language. Decoded leniently (both languages optional) so that a missing language
/// is reported by [`TextInput::resolve`] at the text's own line, in words a recruiter understands.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum TextInput {
    /// One text, used for both Dutch and English (for names and other language-neutral text).
    Plain(String),
    /// A text per language: `{ nl: ..., en: ... }`.
    ByLanguage(ByLanguage),
}

/// A text per language.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ByLanguage {
    /// The Dutch text.
    pub nl: Option<String>,
    /// The English text.
    pub en: Option<String>,
}

/// What is wrong with a text, to be placed at its location by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextProblem {
    pub message: String,
    pub hint: String,
}

impl TextInput {
    /// Both languages, or every problem (an empty text, a missing language).
    pub fn resolve(&self) -> Result<Text, Vec<TextProblem>> {
        match self {
            TextInput::Plain(text) if text.trim().is_empty() => Err(vec![TextProblem {
                message: "the text is empty".to_owned(),
                hint: "write the text in Dutch and English: `{ nl: \"...\", en: \"...\" }`"
                    .to_owned(),
            }]),
            TextInput::Plain(text) => Ok(Text::new(text.clone(), text.clone())),
            TextInput::ByLanguage(by) => {
                let mut problems = Vec::new();
                let mut pick = |text: &Option<String>, lang: Language, name: &str| match text {
                    Some(t) if !t.trim().is_empty() => t.clone(),
                    Some(_) => {
                        problems.push(TextProblem {
                            message: format!("the {name} text (`{}`) is empty", lang.code()),
                            hint: format!("write the {name} text after `{}:`", lang.code()),
                        });
                        String::new()
                    }
                    None => {
                        problems.push(TextProblem {
                            message: format!("the {name} text (`{}`) is missing", lang.code()),
                            hint: format!(
                                "every text needs Dutch and English: add `{}: \"...\"` next to the other language",
                                lang.code()
                            ),
                        });
                        String::new()
                    }
                };
                let nl = pick(&by.nl, Language::Nl, "Dutch");
                let en = pick(&by.en, Language::En, "English");
                if problems.is_empty() {
                    Ok(Text::new(nl, en))
                } else {
                    Err(problems)
                }
            }
        }
    }
}

/// A number as a person writes it: `2,5` in Dutch, `2.5` in English, `3` without decimals
/// (hirekit-text's one implementation).
pub use hirekit_text::number::number;

/// A whole number with thousands grouped as a person writes it: `2.961` in Dutch, `2,961` in
/// English.
pub fn count(value: usize, lang: Language) -> String {
    // Exact: no list hirekit reads comes near 2^53 items.
    #[allow(clippy::cast_precision_loss)]
    let value = value as f64;
    hirekit_text::number::decimal(value, 0, 0, lang)
}

/// "3 jaar" / "3 years", "1 year", "2,5 jaar" / "2.5 years".
pub fn years(value: f64, lang: Language) -> String {
    let n = number(value, lang);
    match lang {
        Language::Nl => format!("{n} jaar"),
        Language::En if n == "1" => "1 year".to_owned(),
        Language::En => format!("{n} years"),
    }
}

/// A span of whole months as years and months: "12 jaar en 5 maanden" / "12 years and 5 months".
pub fn span(months: i64, lang: Language) -> String {
    let (y, m) = (months / 12, months % 12);
    let years_part = match (lang, y) {
        (Language::Nl, y) => format!("{y} jaar"),
        (Language::En, 1) => "1 year".to_owned(),
        (Language::En, y) => format!("{y} years"),
    };
    let months_part = match (lang, m) {
        (Language::Nl, 1) => "1 maand".to_owned(),
        (Language::Nl, m) => format!("{m} maanden"),
        (Language::En, 1) => "1 month".to_owned(),
        (Language::En, m) => format!("{m} months"),
    };
    let and = match lang {
        Language::Nl => "en",
        Language::En => "and",
    };
    match (y, m) {
        (0, _) => months_part,
        (_, 0) => years_part,
        _ => format!("{years_part} {and} {months_part}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_decimal_mark_of_the_language() {
        assert_eq!(number(2.5, Language::Nl), "2,5");
        assert_eq!(number(2.5, Language::En), "2.5");
        assert_eq!(number(3.0, Language::Nl), "3");
        assert_eq!(number(1.25, Language::En), "1.25");
        assert_eq!(years(1.0, Language::En), "1 year");
        assert_eq!(years(1.0, Language::Nl), "1 jaar");
        assert_eq!(years(13.0, Language::Nl), "13 jaar");
    }

    #[test]
    fn counts_group_thousands() {
        assert_eq!(count(2961, Language::En), "2,961");
        assert_eq!(count(2961, Language::Nl), "2.961");
        assert_eq!(count(1_234_567, Language::En), "1,234,567");
        assert_eq!(count(999, Language::Nl), "999");
        assert_eq!(count(0, Language::En), "0");
    }

    #[test]
    fn spans_read_naturally() {
        assert_eq!(span(149, Language::Nl), "12 jaar en 5 maanden");
        assert_eq!(span(149, Language::En), "12 years and 5 months");
        assert_eq!(span(12, Language::En), "1 year");
        assert_eq!(span(7, Language::Nl), "7 maanden");
        assert_eq!(span(1, Language::En), "1 month");
    }

    #[test]
    fn a_missing_language_is_named() {
        let input = TextInput::ByLanguage(ByLanguage {
            nl: Some("Hallo".into()),
            en: None,
        });
        let problems = input.resolve().unwrap_err();
        assert_eq!(problems[0].message, "the English text (`en`) is missing");
        let plain = TextInput::Plain("Kubernetes".into()).resolve().unwrap();
        assert_eq!(plain.get(Language::Nl), plain.get(Language::En));
        assert!(TextInput::Plain("  ".into()).resolve().is_err());
    }
}
