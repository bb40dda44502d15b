//! The letter guard on a scorecard's feedback phrases.
//!
//! `feedback.strength`, `gap` and `develop` go word for word into every letter written from the
//! scorecard, so a phrase about a protected ground would reach every rejected candidate. Each
//! phrase is checked when the scorecard is loaded, in every language it is written in, and a
//! finding points at the phrase inside the YAML file.

use hirekit_guard::{Finding, Guard, Severity};
use hirekit_yaml::{Diagnostic, Document, Location};

use crate::text::{Language, Text};
use crate::validate::Parts;

/// The feedback fields that go into letters.
const LETTER_FIELDS: [&str; 3] = ["strength", "gap", "develop"];

/// Guard findings in every feedback phrase: errors (a protected ground, a placeholder, a hidden
/// character) in all three, which stop the scorecard; warnings (a vague reason) only in `gap`,
/// the one phrase a letter gives as a reason — "your constructive attitude" is praise in
/// `strength`, not a vague reason. Warnings do not stop the scorecard.
pub fn check(parts: &Parts, languages: &[Language], doc: &Document, out: &mut Vec<Diagnostic>) {
    let guard = Guard::builtin();
    for (index, criterion) in &parts.criteria {
        for (relative, text) in &criterion.texts {
            let Some(field) = relative
                .strip_prefix("/feedback/")
                .filter(|f| LETTER_FIELDS.contains(f))
            else {
                continue;
            };
            let pointer = format!("/criteria/{index}{relative}");
            for (language, phrase, at) in phrases(text, languages, &pointer) {
                for finding in guard.check_phrase(phrase, language) {
                    if finding.is_error() || field == "gap" {
                        out.push(diagnostic(doc, &at, field, language, phrase, &finding));
                    }
                }
            }
        }
    }
}

/// Each language's phrase with the pointer to its YAML value: a plain text serves every
/// declared language (checked once, in the first), a per-language text each of its own.
fn phrases<'a>(
    text: &'a Text,
    languages: &[Language],
    pointer: &str,
) -> Vec<(Language, &'a str, String)> {
    match text {
        Text::Plain(phrase) => {
            let language = languages.first().copied().unwrap_or(Language::En);
            vec![(language, phrase.as_str(), pointer.to_owned())]
        }
        Text::PerLanguage(texts) => texts
            .iter()
            .map(|(language, phrase)| {
                (
                    *language,
                    phrase.as_str(),
                    format!("{pointer}/{}", language.code()),
                )
            })
            .collect(),
    }
}

fn diagnostic(
    doc: &Document,
    pointer: &str,
    field: &str,
    language: Language,
    phrase: &str,
    finding: &Finding,
) -> Diagnostic {
    let location = locate(doc, pointer, phrase, finding);
    let message = format!(
        "feedback phrase `{field}` ({}) goes into every letter: {}",
        language.code(),
        finding.message(hirekit_guard::Language::En)
    );
    let diagnostic = match finding.severity {
        Severity::Error => Diagnostic::error(&doc.path, location, message),
        Severity::Warning => Diagnostic::warning(&doc.path, location, message),
    };
    let diagnostic = diagnostic.with_source(&doc.source);
    match finding.hint(hirekit_guard::Language::En) {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// Where the finding is in the file: on the value's own line when the phrase is written there
/// as it is in the text (a plain or quoted one-line scalar), else at the start of the value.
fn locate(doc: &Document, pointer: &str, phrase: &str, finding: &Finding) -> Location {
    let start = doc.root.location_of(pointer);
    let found = phrase.get(finding.span.clone()).filter(|s| !s.is_empty());
    let line = doc.source.lines().nth(start.line.saturating_sub(1));
    if let (Some(found), Some(line)) = (found, line) {
        let from = line
            .char_indices()
            .nth(start.column.saturating_sub(1))
            .map_or(line.len(), |(at, _)| at);
        if let Some(at) = line.get(from..).and_then(|rest| rest.find(found)) {
            let column = line.get(..from + at).map_or(0, |s| s.chars().count());
            return Location::new(start.line, column + 1);
        }
    }
    start
}

#[cfg(test)]
mod tests {
    const CARD: &str = r#"id: demo
title: {nl: Demo, en: Demo}
languages: [nl, en]
scale: {min: 1, max: 4, pass: 3, labels: {1: Zwak, 2: Matig, 3: Goed, 4: Sterk}}
advance_at: 3.0
talent_pool_at: 2.6
criteria:
  - id: testing
    name: Testing
    category: technical
    requirement: Writes automated tests
    weight: 2
    questions: ["How do you test?"]
    anchors: {1: No tests, 3: Unit tests for new code, 4: Tests drive the design}
    feedback:
      strength: {nl: uw heldere uitleg van tests, en: your clear account of your tests}
      gap: {nl: een jong en dynamisch profiel, en: automated testing}
      develop: {nl: test-first oefeningen, en: "katas, if you are not too old"}
"#;

    #[test]
    fn discriminatory_phrases_fail_at_their_place_in_the_file() {
        let problems = crate::load("demo.yaml".as_ref(), CARD.as_bytes()).unwrap_err();
        let shown: Vec<String> = problems
            .iter()
            .map(|d| d.render().lines().next().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(
            shown,
            [
                "demo.yaml:17:21: error: feedback phrase `gap` (nl) goes into every letter: “jong en dynamisch” — age (WGBL): distinction by age in recruitment and selection is prohibited (WGBL art. 3). A single line such as “we were looking for a somewhat younger candidate” in a rejection e-mail was enough for a complaint to the Netherlands Institute for Human Rights (dance4life case).",
                "demo.yaml:18:71: error: feedback phrase `develop` (en) goes into every letter: “too old” — age (WGBL): distinction by age in recruitment and selection is prohibited (WGBL art. 3). A single line such as “we were looking for a somewhat younger candidate” in a rejection e-mail was enough for a complaint to the Netherlands Institute for Human Rights (dance4life case).",
            ]
        );
    }

    #[test]
    fn vague_words_warn_only_where_the_letter_gives_a_reason() {
        let card = CARD
            .replace("een jong en dynamisch profiel", "een betere attitude")
            .replace("katas, if you are not too old", "test-first katas")
            .replace(
                "your clear account of your tests",
                "your constructive attitude in reviews",
            );
        let loaded = crate::load("demo.yaml".as_ref(), card.as_bytes()).unwrap();
        let shown: Vec<String> = loaded
            .warnings
            .iter()
            .map(|d| d.render().lines().next().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(shown.len(), 1, "{shown:#?}");
        assert!(
            shown[0].starts_with("demo.yaml:17:28: warning: feedback phrase `gap` (nl) goes into every letter: “attitude” — vague: "),
            "{}",
            shown[0]
        );
    }

    #[test]
    fn clean_phrases_pass() {
        let clean = CARD
            .replace("een jong en dynamisch profiel", "geautomatiseerd testen")
            .replace("katas, if you are not too old", "test-first katas");
        assert!(crate::load("demo.yaml".as_ref(), clean.as_bytes()).is_ok());
    }
}
