//! What the guard reports: one finding per problem, located, explained and with a way out.

use std::fmt;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Ground, Language};

/// Whether a finding stops the letter (error) or asks the writer to reconsider (warning): the
/// one severity every diagnostic has.
pub use hirekit_yaml::Severity;

/// What sort of problem a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A word or phrase about a protected ground or a proxy for one (an error).
    Protected,
    /// A vague reason that names no job requirement (a warning).
    Vague,
    /// Template text that was never filled in: `{{`, `[naam]`, `TODO` (an error).
    Placeholder,
    /// A section of the letter with no text (an error).
    EmptySection,
    /// A letter with no text at all (an error).
    EmptyLetter,
    /// A bidirectional override or zero-width character (an error): invisible, it can reorder
    /// what a reader sees or split a word so that no list recognises it.
    Hidden,
    /// Phrasing of a mass mailing in what should be a personal message (a warning).
    MassMessage,
}

impl Kind {
    /// The label shown where a protected finding shows its ground.
    pub fn label(self, language: Language) -> &'static str {
        match self {
            Kind::Protected => language.pick("beschermde grond", "protected ground"),
            Kind::Vague => language.pick("vaag", "vague"),
            Kind::Placeholder => language.pick("niet ingevuld", "placeholder"),
            Kind::EmptySection => language.pick("lege sectie", "empty section"),
            Kind::EmptyLetter => language.pick("lege brief", "empty letter"),
            Kind::Hidden => language.pick("verborgen teken", "hidden character"),
            Kind::MassMessage => language.pick("massabericht", "mass message"),
        }
    }
}

/// A text in Dutch and in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// The Dutch text.
    pub nl: String,
    /// The English text.
    pub en: String,
}

impl Bilingual {
    /// The same text for both languages: a suggested wording is in the letter's language
    /// whichever language the finding is explained in.
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        Bilingual {
            nl: text.clone(),
            en: text,
        }
    }

    pub fn get(&self, language: Language) -> &str {
        language.pick(&self.nl, &self.en)
    }
}

/// One problem in a letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub kind: Kind,
    /// The protected ground, for [`Kind::Protected`] findings.
    pub ground: Option<Ground>,
    /// The text that was found, as written, with whitespace runs collapsed to one space
    /// (see [`crate::normalise`]). Empty for an empty section or letter.
    pub phrase: String,
    /// The section the finding is in, when the letter was checked as named sections.
    pub section: Option<String>,
    /// 1-based line of the first character of `phrase`, in the checked text (or section).
    pub line: usize,
    /// 1-based column, in characters, of the first character of `phrase`.
    pub column: usize,
    /// Byte range of the phrase in the checked text (or section).
    pub span: Range<usize>,
    /// The language of the phrase list that matched (both lists run on every letter, so an English
    /// phrase in a Dutch letter is `En`); for structural findings, the letter's language.
    pub language: Language,
    /// Why this is a problem: the law and, where there is one, the ruling.
    pub why: Bilingual,
    /// What to write instead. A suggested wording is in the letter's language in both fields.
    pub suggestion: Option<Bilingual>,
    /// The phrase-list pattern that matched, to find the entry when a list needs changing.
    pub pattern: Option<String>,
}

impl Finding {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// What the finding is about, in `language`: `“te oud” — leeftijd (WGBL): <why>`.
    pub fn message(&self, language: Language) -> String {
        let why = self.why.get(language);
        match (self.kind, self.ground, &self.section) {
            (Kind::EmptySection, _, Some(section)) => {
                format!("{} “{section}”: {why}", self.kind.label(language))
            }
            (Kind::EmptySection | Kind::EmptyLetter, _, _) => {
                format!("{}: {why}", self.kind.label(language))
            }
            (_, Some(ground), _) => {
                format!(
                    "“{}” — {} ({}): {why}",
                    self.phrase,
                    ground.label(language),
                    ground.law()
                )
            }
            (_, None, _) => format!("“{}” — {}: {why}", self.phrase, self.kind.label(language)),
        }
    }

    /// What to do instead, in `language` (a suggested wording stays in the letter's language).
    pub fn hint(&self, language: Language) -> Option<&str> {
        self.suggestion.as_ref().map(|s| s.get(language))
    }

    /// The finding explained in `language`, as `line:column: severity: message` plus a hint line.
    pub fn display(&self, language: Language) -> impl fmt::Display + '_ {
        Shown {
            finding: self,
            language,
        }
    }
}

/// Shown in the letter's own language; use [`Finding::display`] for the other one.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(self.language).fmt(f)
    }
}

struct Shown<'a> {
    finding: &'a Finding,
    language: Language,
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Shown { finding, language } = self;
        if let Some(section) = &finding.section
            && finding.kind != Kind::EmptySection
        {
            write!(f, "{section}:")?;
        }
        write!(
            f,
            "{}:{}: {}: {}",
            finding.line,
            finding.column,
            finding.severity.label(*language),
            finding.message(*language)
        )?;
        if let Some(hint) = finding.hint(*language) {
            write!(f, "\n  = {}: {hint}", language.pick("tip", "hint"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Finding {
        Finding {
            severity: Severity::Error,
            kind: Kind::Protected,
            ground: Some(Ground::Age),
            phrase: "te oud".into(),
            section: None,
            line: 3,
            column: 14,
            span: 40..46,
            language: Language::Nl,
            why: Bilingual {
                nl: "verboden onderscheid.".into(),
                en: "prohibited distinction.".into(),
            },
            suggestion: Some(Bilingual::same("Noem de functie-eis.")),
            pattern: Some("te oud(e)".into()),
        }
    }

    #[test]
    fn displays_in_both_languages() {
        let finding = sample();
        assert_eq!(
            finding.to_string(),
            "3:14: fout: “te oud” — leeftijd (WGBL): verboden onderscheid.\n  = tip: Noem de functie-eis."
        );
        assert_eq!(
            finding.display(Language::En).to_string(),
            "3:14: error: “te oud” — age (WGBL): prohibited distinction.\n  = hint: Noem de functie-eis."
        );
    }

    #[test]
    fn empty_sections_name_the_section() {
        let finding = Finding {
            kind: Kind::EmptySection,
            ground: None,
            phrase: String::new(),
            section: Some("strengths".into()),
            line: 1,
            column: 1,
            suggestion: None,
            ..sample()
        };
        assert_eq!(
            finding.display(Language::En).to_string(),
            "1:1: error: empty section “strengths”: prohibited distinction."
        );
    }
}
