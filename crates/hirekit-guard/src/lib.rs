//! The guard every candidate letter passes before it is written.
//!
//! A rejection letter must give job-requirement-based reasons and nothing a candidate or a lawyer
//! could read as discrimination. The guard reads a letter and reports:
//!
//! - **errors** for words about a protected ground of Dutch equal-treatment law (age, origin,
//!   nationality, mother tongue or accent, religion, sex, pregnancy, family, health, disability,
//!   sexual orientation, civil status, political opinion, working hours, contract type) or an
//!   obvious proxy for one ("cultural fit", "uitstraling"); for leftover placeholders
//!   (`{{ naam }}`, `[naam]`, `<name>`, `TODO`, `???`); and for empty sections;
//! - **warnings** for vague reasons ("niet technisch genoeg", "not a good fit"), with the
//!   job-requirement-based wording to use instead.
//!
//! Each [`Finding`] has the phrase as written, its line and column, the ground, why it is a
//! problem (the law and, where there is one, the opinion of the College voor de Rechten van de
//! Mens) and a suggestion. The phrase lists are data files in `phrases/` (Dutch and English, each
//! with its pattern syntax described at the top), embedded in the binary.
//!
//! Matching ignores case, works on whole words in any script, follows a phrase over a line break
//! or hyphen, and knows inflections and Dutch compounds where a list entry says so: `zwanger*`
//! catches "zwangerschapsverlof", while `gezondheid` leaves "gezondheidszorg" alone.
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

mod finding;
mod ground;
mod language;
mod lists;
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
use text::{LineIndex, Word};

/// The built-in phrase lists and explanations, in the repository as plain files.
const BUILTIN_REASONS: &str = include_str!("../phrases/reasons.yaml");
const BUILTIN_NL: &str = include_str!("../phrases/nl.yaml");
const BUILTIN_EN: &str = include_str!("../phrases/en.yaml");

/// Reasons the guard itself needs, beyond those the phrase lists name.
const STRUCTURAL_REASONS: [&str; 3] = ["placeholder", "empty-section", "empty-letter"];

/// Checks letters against the phrase lists.
#[derive(Debug, Clone)]
pub struct Guard {
    reasons: Reasons,
    lists: Vec<List>,
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
        if problems.is_empty() {
            Ok(Guard {
                reasons,
                lists: compiled,
            })
        } else {
            Err(problems)
        }
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

    /// Checks a plain-text letter written in `language`. Findings come in text order.
    pub fn check_text(&self, text: &str, language: Language) -> Vec<Finding> {
        self.check(text, &[language], language)
    }

    /// Checks a letter whose language is not known: when [`guess_language`] is sure, as
    /// [`Guard::check_text`] does; otherwise against both lists at once (structural findings
    /// are then explained in English).
    pub fn check_text_guessing(&self, text: &str) -> Vec<Finding> {
        match language::guess(text) {
            Some(language) => self.check_text(text, language),
            None => self.check(text, &Language::ALL, Language::En),
        }
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

    fn check(&self, text: &str, languages: &[Language], explain_in: Language) -> Vec<Finding> {
        let index = LineIndex::new(text);
        if text.trim().is_empty() {
            return vec![self.structural(Kind::EmptyLetter, "", 0..0, (1, 1), explain_in)];
        }
        let words = text::words(text);
        let mut hits = Vec::new();
        for (i, list) in self.lists.iter().enumerate() {
            if languages.contains(&list.language) {
                hits.extend(phrase_hits(i, list, text, &words));
            }
        }
        let mut findings: Vec<Finding> = keep_strongest(hits)
            .into_iter()
            .filter_map(|hit| {
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
            })
            .collect();
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

/// One match of one pattern, before overlapping matches are resolved.
struct Hit {
    list: usize,
    rule: usize,
    pattern: usize,
    severity: Severity,
    span: Range<usize>,
}

fn phrase_hits(list_index: usize, list: &List, text: &str, words: &[Word]) -> Vec<Hit> {
    // Except-spans are computed once per rule that has any, only when that rule first matches.
    let mut except_spans: Vec<Option<Vec<Range<usize>>>> = vec![None; list.rules.len()];
    let mut hits = Vec::new();
    for (start, word) in words.iter().enumerate() {
        let indexed = word
            .folded
            .chars()
            .next()
            .and_then(|c| list.by_first_char.get(&c));
        let candidates = indexed.into_iter().flatten().chain(list.anywhere.iter());
        for &(r, p) in candidates {
            let Some(rule) = list.rules.get(r) else {
                continue;
            };
            let Some((_, pattern)) = rule.patterns.get(p) else {
                continue;
            };
            let Some(end) = pattern.match_at(text, words, start) else {
                continue;
            };
            let Some(last) = words.get(end.saturating_sub(1)) else {
                continue;
            };
            let span = word.start..last.end;
            if !rule.except.is_empty() {
                let spans = except_spans[r].get_or_insert_with(|| {
                    (0..words.len())
                        .flat_map(|i| {
                            rule.except.iter().filter_map(move |e| {
                                let end = e.match_at(text, words, i)?;
                                Some(words.get(i)?.start..words.get(end.checked_sub(1)?)?.end)
                            })
                        })
                        .collect()
                });
                if spans
                    .iter()
                    .any(|s| s.start < span.end && span.start < s.end)
                {
                    continue;
                }
            }
            hits.push(Hit {
                list: list_index,
                rule: r,
                pattern: p,
                severity: rule.severity,
                span,
            });
        }
    }
    hits
}

/// Where matches overlap, keeps one: an error before a warning, then the longest, then the
/// earliest entry in the list. "past niet in ons team" is one finding, not three.
fn keep_strongest(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by_key(|h| {
        (
            h.severity,
            std::cmp::Reverse(h.span.len()),
            h.span.start,
            h.list,
            h.rule,
            h.pattern,
        )
    });
    let mut kept: Vec<Hit> = Vec::new();
    for hit in hits {
        if kept
            .iter()
            .all(|k| hit.span.end <= k.span.start || k.span.end <= hit.span.start)
        {
            kept.push(hit);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load_and_are_large_enough() {
        let guard = Guard::builtin();
        for language in Language::ALL {
            assert!(
                guard.entry_count(language) >= 80,
                "{language}: {}",
                guard.entry_count(language)
            );
        }
    }
}
