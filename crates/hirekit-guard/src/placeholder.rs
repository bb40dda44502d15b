//! Template text that was never filled in: `{{ naam }}`, `[naam]`, `<name>`, `TODO`, `???`.
//!
//! These rules are structural, not about words, so they live in code rather than in the phrase
//! lists. Each is chosen so that ordinary letter text never trips it: an e-mail address or web
//! address in angle brackets, a `[1]`, or a candidate's "todo-app" are left alone.

use std::ops::Range;

/// Byte ranges of every placeholder in `text`, in order, not overlapping.
pub(crate) fn find(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let rest = &text[at..];
        let hit = template_tag(rest)
            .or_else(|| bracketed(rest, '[', ']'))
            .or_else(|| bracketed(rest, '<', '>'))
            .or_else(|| single_brace(rest))
            .or_else(|| question_marks(rest))
            .or_else(|| marker_word(text, at));
        match hit {
            Some(len) => {
                found.push(at..at + len);
                at += len;
            }
            None => {
                at += rest.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    found
}

/// `{{ … }}`, `{% … %}`, `{# … #}` (Tera, Jinja, Handlebars, Mustache) and `${…}`: the whole tag
/// when it closes on the same line, otherwise just the opening; a stray closing too.
fn template_tag(rest: &str) -> Option<usize> {
    for (open, close) in [("{{", "}}"), ("{%", "%}"), ("{#", "#}"), ("${", "}")] {
        if let Some(after) = rest.strip_prefix(open) {
            let line = after.split('\n').next().unwrap_or_default();
            return Some(match line.find(close) {
                Some(end) if end <= 120 => open.len() + end + close.len(),
                _ => open.len(),
            });
        }
    }
    ["}}", "%}", "#}"]
        .iter()
        .find(|close| rest.starts_with(**close))
        .map(|close| close.len())
}

/// `[naam]`, `[bedrijf]`, `[bv. ervaring met X]`, `<name>`, `<datum>`: a short bracketed text on
/// one line with at least one letter. Angle brackets only hold a word or two (never `@`, `.`,
/// `:` or `/`), so `<anna@example.nl>` and `<https://…>` pass.
fn bracketed(rest: &str, open: char, close: char) -> Option<usize> {
    let inner = rest.strip_prefix(open)?;
    let end = inner.find(close)?;
    let content = &inner[..end];
    let limit = if open == '[' { 100 } else { 40 };
    let fits = !content.is_empty()
        && content.chars().count() <= limit
        && content.chars().any(char::is_alphabetic)
        && !content.contains(['\n', open]);
    let word_like = open == '['
        || (content.trim() == content
            && content
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-')));
    (fits && word_like).then_some(open.len_utf8() + end + close.len_utf8())
}

/// `{naam}` as left by a format string: an identifier in single braces.
fn single_brace(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('{')?;
    let end = inner.find('}')?;
    let name = &inner[..end];
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    let identifier = chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'));
    (starts_well && identifier && name.len() <= 40).then_some(end + 2)
}

/// Three or more question marks in a row: "we spraken op ???".
fn question_marks(rest: &str) -> Option<usize> {
    let count = rest.chars().take_while(|&c| c == '?').count();
    (count >= 3).then_some(count)
}

/// `TODO`, `FIXME`, `XXX` as whole words in capitals (a "todo-app" is a candidate's project).
fn marker_word(text: &str, at: usize) -> Option<usize> {
    let before_ok = text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !before_ok {
        return None;
    }
    let rest = &text[at..];
    ["TODO", "FIXME", "XXX"].iter().find_map(|marker| {
        let after = rest.strip_prefix(marker)?;
        let extra = after
            .chars()
            .take_while(|&c| c == 'X' && *marker == "XXX")
            .count();
        let after = &after[extra..];
        after
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
            .then_some(marker.len() + extra)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_every_kind_of_leftover() {
        assert_eq!(found("Beste {{ naam }},"), ["{{ naam }}"]);
        assert_eq!(found("Beste {{ naam"), ["{{"]);
        assert_eq!(found("gesprek }} met"), ["}}"]);
        assert_eq!(found("{% if x %}"), ["{% if x %}"]);
        assert_eq!(found("Beste [naam], [name]"), ["[naam]", "[name]"]);
        assert_eq!(found("Dear <name>,"), ["<name>"]);
        assert_eq!(found("Hi {first_name}"), ["{first_name}"]);
        assert_eq!(found("op ??? gesproken"), ["???"]);
        assert_eq!(
            found("TODO: strengths. XXXX FIXME"),
            ["TODO", "XXXX", "FIXME"]
        );
        assert_eq!(
            found("De rol vraagt [bv. REST-API's in Go]."),
            ["[bv. REST-API's in Go]"]
        );
    }

    #[test]
    fn ordinary_letter_text_passes() {
        for clean in [
            "Anna de Vries <anna@example.nl>",
            "zie <https://example.nl/vacatures>",
            "uw todo-app in React, Todo en todo",
            "Is dat duidelijk? Bel gerust!",
            "XXL, TODOS, MAXXX",
            "reference [1] and a < b > c",
            "a { b } c",
        ] {
            assert!(found(clean).is_empty(), "{clean}: {:?}", found(clean));
        }
    }
}
