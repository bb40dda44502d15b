//! Invariants of the guard over generated text.

use hirekit_guard::{Guard, Kind, Language, Severity, normalise};
use proptest::prelude::*;

const CLEAN_NL: &str = include_str!("letters/nl/02-near-miss.txt");
const CLEAN_EN: &str = include_str!("letters/en/02-near-miss.txt");

/// Pieces that exercise the matcher: phrase words, separators that join or break phrases,
/// placeholder syntax, combining marks, invisible characters and letters whose lower case is
/// longer than their upper case.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "te", "oud", "Oude", "zwanger", "jong", "en", "dynamisch", "team", "native", "speaker",
            "accent", "op", "leggen", "not", "a", "good", "fit", "geen", "klik", "# ", "5", "jaar",
            "ervaring", "maximaal", "uw", "partner", "cultural", "ziek", "gezondheidszorg",
        ]).prop_map(str::to_owned),
        3 => prop::sample::select(vec![
            " ", "  ", "\n", " \n  ", "\n\n", "\r\n", "-", "’", "'", ".", ",", "\u{AD}", "\u{200B}",
            "{{", "}}", "{%", "[naam]", "<name>", "TODO", "???", "[", "]", "<", ">", "{", "}",
            "e\u{301}", "İ", "ß", "😀", "\u{FEFF}", "\t",
        ]).prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

fn letter_like() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

/// The byte offset of a 1-based line and character column.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line == 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let rest = text.get(line_start..)?;
    let within = rest
        .char_indices()
        .nth(column - 1)
        .map_or(rest.len(), |(at, _)| at);
    Some(line_start + within)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_text(text in any::<String>(), mixed in letter_like()) {
        let guard = Guard::builtin();
        for t in [&text, &mixed] {
            for language in Language::ALL {
                let _ = guard.check_text(t, language);
                let _ = guard.check_sections(&[("a", t.as_str()), ("b", "")], language);
            }
            let _ = guard.check_text_guessing(t);
        }
    }

    #[test]
    fn line_and_column_point_at_the_phrase(text in letter_like()) {
        for language in Language::ALL {
            for f in Guard::builtin().check_text(&text, language) {
                let at = offset_of(&text, f.line, f.column);
                prop_assert_eq!(at, Some(f.span.start), "{}", f);
                if f.kind == Kind::Hidden {
                    // A hidden character is shown by its code point: it has no visible form.
                    let names: Vec<String> = text.get(f.span.clone()).unwrap_or_default()
                        .chars().map(|c| format!("U+{:04X}", u32::from(c))).collect();
                    prop_assert_eq!(names.join(" "), f.phrase.clone());
                    continue;
                }
                let found = text.get(f.span.clone()).map(normalise);
                prop_assert_eq!(found.as_deref(), Some(f.phrase.as_str()));
                let rest = normalise(text.get(f.span.start..).unwrap_or_default());
                prop_assert!(rest.starts_with(&f.phrase), "{:?} does not start with {:?}", rest, f.phrase);
            }
        }
    }

    #[test]
    fn any_listed_phrase_put_into_a_clean_letter_is_found(
        pick in any::<prop::sample::Index>(),
        variant in 0usize..64,
        place in any::<prop::sample::Index>(),
        language in prop::sample::select(Language::ALL.to_vec()),
        upper in any::<bool>(),
    ) {
        let clean = if language == Language::Nl { CLEAN_NL } else { CLEAN_EN };
        let examples = Guard::builtin().examples(language, variant);
        let example = pick.get(&examples);
        let phrase = if upper { example.text.to_uppercase() } else { example.text.clone() };
        // Put the phrase in as a sentence of its own, after one of the letter's sentences.
        let ends: Vec<usize> = clean.match_indices(". ").map(|(at, _)| at + 2).collect();
        let at = *place.get(&ends);
        let letter = format!("{}{phrase}. {}", &clean[..at], &clean[at..]);
        let inserted = at..at + phrase.len();
        let findings = Guard::builtin().check_text(&letter, language);
        let hit = findings.iter().find(|f| f.span.start < inserted.end && inserted.start < f.span.end);
        prop_assert!(hit.is_some(), "“{}” (from `{}`) was not found", phrase, example.pattern);
        if let Some(hit) = hit && example.severity == Severity::Error {
            prop_assert_eq!(hit.severity, Severity::Error, "“{}” (from `{}`)", phrase, example.pattern);
        }
    }
}

#[test]
fn every_listed_phrase_is_found_in_every_variant() {
    // The exhaustive companion of the property above: every pattern, several variants.
    for language in Language::ALL {
        for variant in 0..8 {
            for example in Guard::builtin().examples(language, variant) {
                let letter = format!("Dank je. {}. Groet", example.text);
                let findings = Guard::builtin().check_text(&letter, language);
                let start = "Dank je. ".len();
                let hit = findings.iter().find(|f| {
                    f.span.start >= start && f.span.start < start + example.text.len().max(1)
                });
                assert!(
                    hit.is_some_and(|h| h.severity <= example.severity),
                    "{language} variant {variant}: “{}” from `{}` gave {:?}",
                    example.text,
                    example.pattern,
                    findings.iter().map(ToString::to_string).collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn lone_brackets_and_long_lines_stay_linear() {
    // Every opening bracket used to look for its closing one to the end of the text. Checked by
    // size, not by time: a quadratic scan of this text would take minutes, not milliseconds.
    let text = "[{<<%( ".repeat(20_000) + "te oud";
    let findings = Guard::builtin().check_text(&text, Language::Nl);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].phrase, "te oud");
}
