//! Invariants of the scorecard format, checked on generated scorecards and generated garbage.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // tests may panic and use std::fs

use std::collections::BTreeMap;
use std::path::Path;

use hirekit_scorecard::{
    Category, Criterion, FeedbackPhrases, Language, ProbedQuestion, Question, Scale, Scorecard,
    Text,
};
use proptest::prelude::*;

/// Human text as people type it: any printable characters, including `:`, `#`, quotes,
/// diacritics and other scripts, never blank.
fn human_text() -> impl Strategy<Value = String> {
    "[\\PC&&[^\\u{feff}]]{1,40}"
        .prop_filter("not blank", |s| !s.trim().is_empty())
        // Validation refuses line separators, tag characters and blank letters in texts.
        .prop_filter("no hidden characters", |s| {
            hirekit_yaml::hidden::hidden_character(s).is_none()
        })
}

/// A feedback phrase: human text that the letter guard lets into a letter (a generated phrase
/// may by chance hold a placeholder such as `{x}` or a listed word, which validation refuses).
fn letter_phrase() -> impl Strategy<Value = String> {
    human_text().prop_filter("passes the letter guard", |s| {
        hirekit_guard::Guard::builtin()
            .check_phrase(s, Language::En)
            .iter()
            .all(|f| !f.is_error())
    })
}

fn text(languages: Vec<Language>) -> impl Strategy<Value = Text> {
    texts(languages, human_text)
}

fn feedback_text(languages: Vec<Language>) -> impl Strategy<Value = Text> {
    texts(languages, letter_phrase)
}

fn texts<S: Strategy<Value = String> + 'static>(
    languages: Vec<Language>,
    one: fn() -> S,
) -> impl Strategy<Value = Text> {
    prop_oneof![
        one().prop_map(Text::Plain),
        proptest::collection::vec(one(), languages.len()).prop_map(move |texts| {
            Text::PerLanguage(
                languages
                    .iter()
                    .copied()
                    .zip(texts)
                    .collect::<BTreeMap<_, _>>(),
            )
        }),
    ]
}

fn languages() -> impl Strategy<Value = Vec<Language>> {
    prop_oneof![
        Just(vec![Language::Nl]),
        Just(vec![Language::En]),
        Just(vec![Language::Nl, Language::En])
    ]
}

fn category() -> impl Strategy<Value = Category> {
    prop_oneof![
        Just(Category::Technical),
        Just(Category::ProblemSolving),
        Just(Category::Collaboration),
        Just(Category::Communication),
        Just(Category::Leadership),
        Just(Category::Ownership),
        Just(Category::Learning),
        Just(Category::Product),
    ]
}

fn criterion(
    id: String,
    languages: Vec<Language>,
    min: u8,
    pass: u8,
    max: u8,
) -> impl Strategy<Value = Criterion> {
    let l = languages.clone();
    (
        text(l.clone()),
        category(),
        text(l.clone()),
        1u32..=40,
        any::<bool>(),
        proptest::collection::vec(text(l.clone()), 1..3),
        proptest::collection::vec(text(l.clone()), 3),
        (
            feedback_text(l.clone()),
            feedback_text(l.clone()),
            feedback_text(l),
        ),
    )
        .prop_map(
            move |(
                name,
                category,
                requirement,
                weight_tenths,
                must_have,
                questions,
                anchor_texts,
                (strength, gap, develop),
            )| {
                let mut anchors = BTreeMap::new();
                for (point, t) in [min, pass, max].into_iter().zip(anchor_texts) {
                    anchors.insert(point, t);
                }
                Criterion {
                    id: id.clone(),
                    name,
                    category,
                    requirement,
                    weight: f64::from(weight_tenths) / 10.0,
                    must_have,
                    minutes: None,
                    // Both forms of a question: a plain text, and one with a follow-up probe.
                    questions: questions
                        .into_iter()
                        .enumerate()
                        .map(|(i, t)| {
                            if i % 2 == 0 {
                                Question::Plain(t)
                            } else {
                                Question::Probed(ProbedQuestion {
                                    probes: vec![t.clone()],
                                    ask: t,
                                    kind: None,
                                })
                            }
                        })
                        .collect(),
                    anchors,
                    examples: BTreeMap::new(),
                    feedback: FeedbackPhrases {
                        strength,
                        gap,
                        develop,
                    },
                }
            },
        )
}

/// Any scorecard the crate can build and that is valid.
fn scorecard() -> impl Strategy<Value = Scorecard> {
    (languages(), 0u8..3, 1u8..6)
        .prop_flat_map(|(languages, min, span)| {
            let max = min + span;
            (Just(languages), Just(min), Just(max), min..=max)
        })
        .prop_flat_map(|(languages, min, max, pass)| {
            let l = languages.clone();
            let ids = proptest::collection::btree_set("[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5})?", 1..5);
            let labels = proptest::collection::vec(text(l.clone()), usize::from(max - min) + 1);
            (
                Just(languages),
                Just(min),
                Just(max),
                Just(pass),
                text(l),
                labels,
                ids,
                0u32..=100,
                0u32..=100,
            )
        })
        .prop_flat_map(|(languages, min, max, pass, title, labels, ids, a, b)| {
            let criteria: Vec<_> = ids
                .into_iter()
                .map(|id| criterion(id, languages.clone(), min, pass, max))
                .collect();
            let span = f64::from(max - min);
            let (low, high) = (a.min(b), a.max(b));
            let scale = Scale {
                min,
                max,
                pass,
                labels: (min..=max).zip(labels).collect(),
            };
            (
                Just(languages),
                Just(scale),
                Just(title),
                criteria,
                Just(f64::from(min) + span * f64::from(high) / 100.0),
                Just(f64::from(min) + span * f64::from(low) / 100.0),
            )
        })
        .prop_map(
            |(languages, scale, title, criteria, advance_at, talent_pool_at)| Scorecard {
                id: "generated-role".to_owned(),
                title,
                languages,
                role_family: None,
                discuss_band: ((advance_at - f64::from(scale.min)) / 2.0).min(0.25),
                scale,
                advance_at,
                talent_pool_at,
                min_coverage: 1.0,
                criteria,
            },
        )
}

/// Arbitrary YAML-shaped values: what a confused or hostile file could hold.
fn any_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e9f64..1e9).prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        prop_oneof![
            Just("id"),
            Just("criteria"),
            Just("scale"),
            Just("weight"),
            Just("1"),
            Just("nl")
        ]
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_owned()),
                    Just("title".to_owned()),
                    Just("languages".to_owned()),
                    Just("scale".to_owned()),
                    Just("min".to_owned()),
                    Just("max".to_owned()),
                    Just("pass".to_owned()),
                    Just("labels".to_owned()),
                    Just("criteria".to_owned()),
                    Just("weight".to_owned()),
                    Just("anchors".to_owned()),
                    Just("1".to_owned()),
                    Just("nl".to_owned()),
                    Just("en".to_owned()),
                    Just("feedback".to_owned()),
                    "[a-z]{1,8}",
                ],
                inner,
                0..8,
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_valid_scorecard_round_trips_through_yaml(card in scorecard()) {
        let yaml = serde_saphyr::to_string(&card).expect("serialises");
        let loaded = hirekit_scorecard::load(Path::new("generated.yaml"), yaml.as_bytes());
        let loaded = match loaded {
            Ok(l) => l,
            Err(problems) => panic!("{}\n---\n{yaml}", problems.iter().map(|p| p.render()).collect::<String>()),
        };
        prop_assert_eq!(loaded.scorecard, card);
    }

    #[test]
    fn validation_never_panics_on_arbitrary_yaml_values(value in any_value()) {
        let yaml = serde_saphyr::to_string(&value).expect("serialises");
        let _ = hirekit_scorecard::load(Path::new("any.yaml"), yaml.as_bytes());
    }

    #[test]
    fn validation_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = hirekit_scorecard::load(Path::new("bytes.yaml"), &bytes);
    }

    #[test]
    fn validation_never_panics_on_a_mangled_scorecard(card in scorecard(), cut in 0usize..4000, junk in "[ \\-:\\[\\]{}&*!|>'\"#%@`a-z0-9\\n]{0,12}") {
        let yaml = serde_saphyr::to_string(&card).expect("serialises");
        let cut = yaml.char_indices().map(|(i, _)| i).find(|i| *i >= cut.min(yaml.len())).unwrap_or(yaml.len());
        let mangled = format!("{}{}{}", &yaml[..cut], junk, &yaml[cut..]);
        if let Err(problems) = hirekit_scorecard::load(Path::new("m.yaml"), mangled.as_bytes()) {
            for p in problems {
                prop_assert!(p.line >= 1 && p.column >= 1);
                prop_assert!(p.line <= mangled.lines().count().max(1) + 1, "line {} beyond the file", p.line);
            }
        }
    }
}
