//! The message catalogue: Fluent files per language, embedded, looked up by id.
//!
//! A missing message or placeholder is a programming error, not the user's: in a debug build (every
//! test) the lookup panics with the id, so a test fails; a release build shows the id instead of
//! stopping the user's work. Tests below check that both languages have the same ids and the same
//! placeholders, and that every id the code asks for with [`msg!`](crate::msg) exists.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use hirekit_language::Language;

/// The catalogue files, per language, in the order they are added. Add a topic here for both
/// languages; the tests hold the two lists to the same ids.
const NL: &[(&str, &str)] = &[
    ("common.ftl", include_str!("../messages/nl/common.ftl")),
    ("score.ftl", include_str!("../messages/nl/score.ftl")),
    ("due.ftl", include_str!("../messages/nl/due.ftl")),
    ("fill.ftl", include_str!("../messages/nl/fill.ftl")),
    ("privacy.ftl", include_str!("../messages/nl/privacy.ftl")),
    ("redflags.ftl", include_str!("../messages/nl/redflags.ftl")),
    ("kit.ftl", include_str!("../messages/nl/kit.ftl")),
    ("init.ftl", include_str!("../messages/nl/init.ftl")),
    (
        "candidate.ftl",
        include_str!("../messages/nl/candidate.ftl"),
    ),
    ("letters.ftl", include_str!("../messages/nl/letters.ftl")),
    ("pool.ftl", include_str!("../messages/nl/pool.ftl")),
    ("decide.ftl", include_str!("../messages/nl/decide.ftl")),
    ("web.ftl", include_str!("../messages/nl/web.ftl")),
];
const EN: &[(&str, &str)] = &[
    ("common.ftl", include_str!("../messages/en/common.ftl")),
    ("score.ftl", include_str!("../messages/en/score.ftl")),
    ("due.ftl", include_str!("../messages/en/due.ftl")),
    ("fill.ftl", include_str!("../messages/en/fill.ftl")),
    ("privacy.ftl", include_str!("../messages/en/privacy.ftl")),
    ("redflags.ftl", include_str!("../messages/en/redflags.ftl")),
    ("kit.ftl", include_str!("../messages/en/kit.ftl")),
    ("init.ftl", include_str!("../messages/en/init.ftl")),
    (
        "candidate.ftl",
        include_str!("../messages/en/candidate.ftl"),
    ),
    ("letters.ftl", include_str!("../messages/en/letters.ftl")),
    ("pool.ftl", include_str!("../messages/en/pool.ftl")),
    ("decide.ftl", include_str!("../messages/en/decide.ftl")),
    ("web.ftl", include_str!("../messages/en/web.ftl")),
];

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
}

fn load(code: &str, files: &[(&str, &str)]) -> Catalogue {
    let locale = code
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks guard right-to-left text; in a terminal or a YAML comment they are
    // invisible bytes that break alignment and copy-paste.
    bundle.set_use_isolating(false);
    let mut ids = BTreeSet::new();
    for (name, source) in files {
        // The files are part of the binary; a syntax error is caught by the tests, and what
        // parsed is still used.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, e)| {
            debug_panic(format!("{code}/{name}: {e:?}"));
            r
        });
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
            debug_panic(format!("{code}/{name}: {errors:?}"));
        }
    }
    Catalogue { bundle, ids }
}

static CATALOGUES: LazyLock<[Catalogue; 2]> = LazyLock::new(|| [load("nl", NL), load("en", EN)]);

fn catalogue(lang: Language) -> &'static Catalogue {
    match lang {
        Language::Nl => &CATALOGUES[0],
        Language::En => &CATALOGUES[1],
    }
}

/// Loads and parses both catalogues from scratch, as the first message of a process does, and
/// returns how many messages they hold. For the benchmark; commands use the loaded catalogue.
#[doc(hidden)]
pub fn load_uncached() -> usize {
    load("nl", NL).ids.len() + load("en", EN).ids.len()
}

/// A value for a placeholder: text, or a count (which also chooses a plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Count(i64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(Cow::Borrowed(text))
    }
}
impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value::Text(Cow::Borrowed(text))
    }
}
impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::Text(Cow::Owned(text))
    }
}
impl From<i64> for Value<'_> {
    fn from(count: i64) -> Self {
        Value::Count(count)
    }
}
impl From<u32> for Value<'_> {
    fn from(count: u32) -> Self {
        Value::Count(i64::from(count))
    }
}
impl From<i32> for Value<'_> {
    fn from(count: i32) -> Self {
        Value::Count(i64::from(count))
    }
}
impl From<usize> for Value<'_> {
    fn from(count: usize) -> Self {
        Value::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

/// The message `id` in `lang`, its placeholders filled from `args`. Prefer [`msg!`](crate::msg),
/// which names the placeholders.
pub fn message(lang: Language, id: &str, args: &[(&str, Value<'_>)]) -> String {
    let bundle = &catalogue(lang).bundle;
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_panic(format!("no message `{id}` in the {lang} catalogue"));
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Value::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
            Value::Count(count) => fluent_args.set(*name, FluentValue::from(*count)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        debug_panic(format!("message `{id}` ({lang}): {errors:?}"));
    }
    text.into_owned()
}

/// Every message id of `lang`'s catalogue, sorted.
pub fn ids(lang: Language) -> impl Iterator<Item = &'static str> {
    catalogue(lang).ids.iter().map(String::as_str)
}

/// The placeholders message `id` of `lang` uses (found by formatting it without any: Fluent
/// names every variable it could not resolve), sorted.
pub fn variables(lang: Language, id: &str) -> BTreeSet<String> {
    let bundle = &catalogue(lang).bundle;
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return BTreeSet::new();
    };
    let mut errors = Vec::new();
    let _ = bundle.format_pattern(pattern, None, &mut errors);
    errors
        .iter()
        .filter_map(|e| match e {
            FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Reference(
                fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
            )) => Some(id.clone()),
            _ => None,
        })
        .collect()
}

/// Fails loudly where it can only be a mistake in the code or the catalogue (every test runs a
/// debug build); a user's release build carries on.
fn debug_panic(what: String) {
    if cfg!(debug_assertions) {
        panic!("message catalogue: {what}");
    }
}

/// A message from the catalogue: `msg!(lang, "id")` or `msg!(lang, "id", name = value, …)`.
/// A value is text (`&str`, `String`) or a count (an integer, which also picks the plural form).
#[macro_export]
macro_rules! msg {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::message($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::Value::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_placeholders() {
        let nl: Vec<&str> = ids(Language::Nl).collect();
        let en: Vec<&str> = ids(Language::En).collect();
        let only_nl: Vec<&&str> = nl.iter().filter(|id| !en.contains(id)).collect();
        let only_en: Vec<&&str> = en.iter().filter(|id| !nl.contains(id)).collect();
        assert!(only_nl.is_empty(), "only in Dutch: {only_nl:?}");
        assert!(only_en.is_empty(), "only in English: {only_en:?}");
        // A message may leave out a value the other language needs: English shows the English
        // choice codes as they are, Dutch adds their translation.
        const ONE_SIDED: &[&str] = &["fill-template-choice"];
        for id in nl.into_iter().filter(|id| !ONE_SIDED.contains(id)) {
            assert_eq!(
                variables(Language::Nl, id),
                variables(Language::En, id),
                "placeholders of `{id}`"
            );
        }
    }

    #[test]
    fn the_catalogue_files_parse() {
        for (code, files) in [("nl", NL), ("en", EN)] {
            for (name, source) in files {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{code}/{name}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn placeholders_are_filled_and_counts_choose_the_plural() {
        assert_eq!(
            message(Language::Nl, "due-days-late", &[("days", Value::from(1))]),
            "1 d te laat"
        );
        assert_eq!(
            crate::msg!(
                Language::En,
                "score-awaited",
                submitted = "ayla",
                awaited = "bram, zoe"
            ),
            "submitted: ayla; awaiting: bram, zoe"
        );
    }

    #[test]
    #[should_panic(expected = "no message `no-such-message`")]
    fn a_missing_message_fails_a_debug_build() {
        let _ = message(Language::En, "no-such-message", &[]);
    }

    #[test]
    #[should_panic(expected = "score-awaited")]
    fn a_missing_placeholder_fails_a_debug_build() {
        let _ = message(
            Language::En,
            "score-awaited",
            &[("submitted", "ayla".into())],
        );
    }

    /// The Dutch catalogue never uses a word the glossary (docs/glossary.md, last column) rules
    /// out: one Dutch term per concept.
    #[test]
    fn dutch_messages_follow_the_glossary() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let glossary = fs_err::read_to_string(root.join("docs/glossary.md")).unwrap();
        let banned: Vec<String> = glossary
            .lines()
            .filter(|l| {
                l.starts_with("| ") && !l.starts_with("| concept") && !l.starts_with("| ---")
            })
            .filter_map(|l| l.trim_end_matches('|').rsplit('|').next())
            .map(|cell| cell.trim().to_lowercase())
            .filter(|cell| !cell.is_empty())
            .collect();
        assert!(banned.contains(&"scorecard".to_owned()), "{banned:?}");
        // Word characters include `-` and `_`: ids such as `interview-no-concrete-own-work` and
        // keys such as `not_assessed` are code, not Dutch words.
        let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '`';
        let mut found = Vec::new();
        for (name, source) in NL {
            for line in source.lines().filter(|l| !l.starts_with('#')) {
                let value = line.split_once('=').map_or(line, |(_, v)| v).to_lowercase();
                // Placeholders (`{ $scorecard }`) are names in code, not words a reader sees.
                let mut text = String::new();
                let mut depth = 0usize;
                for c in value.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        _ if depth == 0 => text.push(c),
                        _ => {}
                    }
                }
                for word in &banned {
                    for (at, _) in text.match_indices(word.as_str()) {
                        let before = text[..at].chars().next_back();
                        let after = text[at + word.len()..].chars().next();
                        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
                            found.push(format!("nl/{name}: `{word}` in {line}"));
                        }
                    }
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    /// Every `msg!(lang, "id"` in the workspace's code names a message that exists, so a typo
    /// fails here even on a path no other test runs.
    #[test]
    fn every_message_the_code_asks_for_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut missing = Vec::new();
        let mut seen = 0;
        let mut stack = vec![root.join("src"), root.join("crates")];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs_err::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if !path.ends_with("target") {
                        stack.push(path);
                    }
                    continue;
                }
                // This file names `msg!` in its docs and its scanner, not as uses.
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("src/messages.rs") {
                    continue;
                }
                let source = fs_err::read_to_string(&path).unwrap_or_default();
                for (at, _) in source.match_indices("msg!(") {
                    let rest = &source[at..];
                    let Some(open) = rest.find('"') else { continue };
                    // A doc line or a macro definition, not a use.
                    if rest[..open].contains(')') || rest[..open].contains('$') {
                        continue;
                    }
                    let Some(len) = rest[open + 1..].find('"') else {
                        continue;
                    };
                    let id = &rest[open + 1..open + 1 + len];
                    seen += 1;
                    for lang in Language::ALL {
                        if !ids(lang).any(|known| known == id) {
                            missing.push(format!("{}: `{id}` ({lang})", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            seen > 0,
            "no msg! found: the scan is looking in the wrong place"
        );
        assert!(
            missing.is_empty(),
            "unknown message ids:\n{}",
            missing.join("\n")
        );
    }
}
