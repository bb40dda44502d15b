//! The guard every candidate letter passes before it is written.
//!
//! A rejection letter must give job-requirement-based reasons and nothing a candidate or a lawyer
//! could read as discrimination. The guard reads a letter and reports:
//!
//! - **errors** for words about a protected ground of Dutch equal-treatment law (age, origin,
//!   nationality, mother tongue or accent, religion, sex, pregnancy, family, health, disability,
//!   sexual orientation, civil status, political opinion, working hours, contract type) or an
//!   obvious proxy for one ("cultural fit", "uitstraling"); for leftover placeholders
//!   (`{{ naam }}`, `[naam]`, `<name>`, `(Company Name)`, `________`, `Dear ,`, `TODO`, ...); for
//!   hidden characters; and for empty sections;
//! - **warnings** for vague reasons ("niet technisch genoeg", "not a good fit"), with the
//!   job-requirement-based wording to use instead.
//!
//! Each [`Finding`] has the phrase as written, its line and column, the ground, why it is a
//! problem (the law and, where there is one, the opinion of the College voor de Rechten van de
//! Mens) and a suggestion. The phrase lists are data files in `phrases/` (Dutch and English, each
//! with its pattern syntax described at the top), embedded in the binary.
//!
//! Both lists run on every letter. Matching works on whole words in any script, folded so that
//! disguises read as the word they imitate (NFKD, accents dropped, lower case, Cyrillic and Greek
//! look-alikes by the Unicode TS #39 skeleton; see `fold`), follows a phrase over a line break
//! or hyphen, and knows inflections and Dutch compounds where a list entry says so: `zwanger*`
//! catches "zwangerschapsverlof", while `gezondheid` leaves "gezondheidszorg" alone. One
//! Aho–Corasick pass finds every place a pattern can match (see `matcher`). Bidirectional
//! overrides and zero-width characters are reported as errors.
//!
//! ```
//! use hirekit_guard::{Guard, Ground, Language, Severity};
//!
//! let guard = Guard::builtin();
//! let letter = "Beste Zoë,\n\nWe zoeken iemand voor ons jong en\ndynamisch team.\n";
//! let findings = guard.check_text(letter, Language::Nl);
//! assert_eq!(findings.len(), 1);
//! let f = &findings[0];
//! assert_eq!((f.severity, f.ground, f.line, f.column), (Severity::Error, Some(Ground::Age), 3, 27));
//! assert_eq!(f.phrase, "jong en dynamisch");
//! assert!(f.message(Language::En).starts_with("“jong en dynamisch” — age (WGBL): "));
//!
//! let kind = "Beste Zoë,\n\nDank voor het gesprek. Je uitleg van de gezondheidszorg-koppeling was helder.\n";
//! assert!(guard.check_text(kind, Language::Nl).is_empty());
//! ```

mod enumeration;
mod finding;
mod fold;
mod ground;
mod language;
mod lists;
mod matcher;
mod numbers;
mod pattern;
mod placeholder;
mod text;

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

pub use finding::{Bilingual, Finding, Kind, Severity};
pub use ground::Ground;
pub use hirekit_yaml::Diagnostic;
pub use language::{Language, guess as guess_language};
pub use text::normalise;

use lists::{List, Reasons};
use matcher::Matcher;
use text::LineIndex;

/// The built-in phrase lists and explanations, in the repository as plain files.
const BUILTIN_REASONS: &str = include_str!("../phrases/reasons.yaml");
const BUILTIN_NL: &str = include_str!("../phrases/nl.yaml");
const BUILTIN_EN: &str = include_str!("../phrases/en.yaml");

/// Reasons the guard itself needs, beyond those the phrase lists name.
const STRUCTURAL_REASONS: [&str; 4] = [
    "placeholder",
    "empty-section",
    "empty-letter",
    "hidden-character",
];

/// Checks letters against the phrase lists.
#[derive(Debug, Clone)]
pub struct Guard {
    reasons: Reasons,
    lists: Vec<List>,
    matcher: Matcher,
}

impl Guard {
    /// The guard with the built-in Dutch and English lists, compiled once per process.
    ///
    /// # Panics
    /// Only if the built-in lists are broken, which the crate's tests rule out before a release.
    pub fn builtin() -> &'static Guard {
        static BUILTIN: OnceLock<Guard> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Guard::from_sources(
                BUILTIN_REASONS.as_bytes(),
                &[
                    (Language::Nl, BUILTIN_NL.as_bytes()),
                    (Language::En, BUILTIN_EN.as_bytes()),
                ],
            )
            .unwrap_or_else(|problems| {
                let shown: Vec<String> = problems.iter().map(Diagnostic::render).collect();
                panic!("the built-in phrase lists are broken:\n{}", shown.concat())
            })
        })
    }

    /// A guard from phrase lists in the format of `phrases/*.yaml`: `reasons` holds the
    /// explanations, `lists` one phrase list per language. Every problem in every file is
    /// reported, located in `phrases/reasons.yaml` or `phrases/<language>.yaml`.
    pub fn from_sources(
        reasons: &[u8],
        lists: &[(Language, &[u8])],
    ) -> Result<Guard, Vec<Diagnostic>> {
        let reasons_path = Path::new("phrases/reasons.yaml");
        let reasons = lists::load_reasons(reasons_path, reasons)?;
        let mut problems = Vec::new();
        for id in STRUCTURAL_REASONS {
            if !reasons.contains_key(id) {
                problems.push(Diagnostic::error(
                    reasons_path,
                    hirekit_yaml::Location::START,
                    format!("reason `{id}` is missing; the guard needs it"),
                ));
            }
        }
        let mut compiled = Vec::new();
        for (language, bytes) in lists {
            let path = format!("phrases/{}.yaml", language.code());
            match lists::load_list(*language, Path::new(&path), bytes, &reasons) {
                Ok(list) => compiled.push(list),
                Err(found) => problems.extend(found),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let matcher = Matcher::new(&compiled).map_err(|e| {
            vec![Diagnostic::error(
                Path::new("phrases"),
                hirekit_yaml::Location::START,
                format!("the phrase lists do not fit in one automaton: {e}"),
            )]
        })?;
        Ok(Guard {
            reasons,
            lists: compiled,
            matcher,
        })
    }

    /// How many entries (blocked plus vague) the list for `language` has.
    pub fn entry_count(&self, language: Language) -> usize {
        self.lists
            .iter()
            .filter(|l| l.language == language)
            .map(|l| l.rules.len())
            .sum()
    }

    /// One phrase for every pattern in the list for `language`, each with what the guard says
    /// about it: for documentation, and for tests that put every listed phrase into a letter.
    /// `variant` picks among alternatives, endings and optional words.
    pub fn examples(&self, language: Language, variant: usize) -> Vec<Example> {
        let rules = self
            .lists
            .iter()
            .filter(|l| l.language == language)
            .flat_map(|l| &l.rules);
        rules
            .flat_map(|rule| {
                rule.patterns.iter().map(move |(source, pattern)| Example {
                    text: pattern.example(variant),
                    severity: rule.severity,
                    ground: rule.ground,
                    pattern: source.clone(),
                })
            })
            .collect()
    }

    /// Checks a plain-text letter written in `language`. Both languages' lists run on every
    /// letter (an English phrase in a Dutch letter is caught); `language` is the language of
    /// the structural findings' explanations. Findings come in text order.
    pub fn check_text(&self, text: &str, language: Language) -> Vec<Finding> {
        self.check(text, language)
    }

    /// Checks a letter whose language is not known: structural findings are explained in the
    /// language [`guess_language`] is sure of, else in English.
    pub fn check_text_guessing(&self, text: &str) -> Vec<Finding> {
        self.check(text, language::guess(text).unwrap_or(Language::En))
    }

    /// Checks a phrase that will go into letters, such as a scorecard's `feedback.gap`: every
    /// finding of [`Guard::check_text`] except "empty letter" (whoever holds the phrase reports
    /// a missing one in its own terms).
    pub fn check_phrase(&self, phrase: &str, language: Language) -> Vec<Finding> {
        let mut findings = self.check(phrase, language);
        findings.retain(|f| f.kind != Kind::EmptyLetter);
        findings
    }

    /// Checks a letter given as named sections (`("strengths", "…")`). A section with no text is
    /// an error; every finding names its section, and its line and column count from the start of
    /// that section's text.
    pub fn check_sections(&self, sections: &[(&str, &str)], language: Language) -> Vec<Finding> {
        if sections.is_empty() {
            return vec![self.structural(Kind::EmptyLetter, "", 0..0, (1, 1), language)];
        }
        let mut findings = Vec::new();
        for (name, text) in sections {
            let found = if text.trim().is_empty() {
                vec![self.structural(Kind::EmptySection, "", 0..0, (1, 1), language)]
            } else {
                self.check_text(text, language)
            };
            findings.extend(found.into_iter().map(|f| Finding {
                section: Some((*name).to_owned()),
                ..f
            }));
        }
        findings
    }

    fn check(&self, text: &str, explain_in: Language) -> Vec<Finding> {
        let index = LineIndex::new(text);
        let (words, hidden) = text::tokens(text);
        let mut findings: Vec<Finding> = Vec::new();
        for span in hidden {
            let location = index.locate(span.start);
            let phrase = hidden_names(text.get(span.clone()).unwrap_or_default());
            findings.push(self.structural(Kind::Hidden, &phrase, span, location, explain_in));
        }
        if text
            .chars()
            .all(|c| c.is_whitespace() || text::is_invisible(c))
        {
            findings.push(self.structural(Kind::EmptyLetter, "", 0..0, (1, 1), explain_in));
            return findings;
        }
        let own_list = self.lists.iter().position(|l| l.language == explain_in);
        let hits = matcher::keep_strongest(self.matcher.hits(&self.lists, text, &words), own_list);
        // After overlaps are resolved, so that one phrase counts as one ground.
        let hits = enumeration::drop_statements(text, hits, &self.lists);
        findings.extend(hits.into_iter().filter_map(|hit| {
            let list = self.lists.get(hit.list)?;
            let rule = list.rules.get(hit.rule)?;
            let (source, _) = rule.patterns.get(hit.pattern)?;
            let (line, column) = index.locate(hit.span.start);
            Some(Finding {
                severity: rule.severity,
                kind: rule.kind,
                ground: rule.ground,
                phrase: normalise(text.get(hit.span.clone())?),
                section: None,
                line,
                column,
                span: hit.span,
                language: list.language,
                why: rule.why.clone(),
                suggestion: rule.suggestion.clone(),
                pattern: Some(source.clone()),
            })
        }));
        for span in placeholder::find(text) {
            let location = index.locate(span.start);
            let phrase = normalise(text.get(span.clone()).unwrap_or_default());
            findings.push(self.structural(Kind::Placeholder, &phrase, span, location, explain_in));
        }
        findings.sort_by_key(|f| (f.span.start, f.severity, f.span.end));
        findings
    }

    fn structural(
        &self,
        kind: Kind,
        phrase: &str,
        span: Range<usize>,
        (line, column): (usize, usize),
        language: Language,
    ) -> Finding {
        let id = match kind {
            Kind::Placeholder => "placeholder",
            Kind::EmptySection => "empty-section",
            Kind::Hidden => "hidden-character",
            _ => "empty-letter",
        };
        // `from_sources` refuses reason files without these ids, so the fallback never shows.
        let reason = self.reasons.get(id);
        Finding {
            severity: Severity::Error,
            kind,
            ground: None,
            phrase: phrase.to_owned(),
            section: None,
            line,
            column,
            span,
            language,
            why: reason.map_or_else(|| Bilingual::same(id), |r| r.why.clone()),
            suggestion: reason.and_then(|r| r.instead.clone()),
            pattern: None,
        }
    }
}

/// A phrase one pattern matches, from [`Guard::examples`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub text: String,
    pub severity: Severity,
    pub ground: Option<Ground>,
    /// The pattern as written in the phrase list.
    pub pattern: String,
}

/// The code points of a run of hidden characters, as a reader can look them up: "U+202E U+200B".
fn hidden_names(run: &str) -> String {
    let names: Vec<String> = run
        .chars()
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    names.join(" ")
}
