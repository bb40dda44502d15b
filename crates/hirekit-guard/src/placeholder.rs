//! Template text that was never filled in: `{{ naam }}`, `{$naam}`, `[naam]`, `<name>`,
//! `<<name>>`, `%NAME%`, `(Company Name)`, `________`, `TODO`, `???`, and a salutation with no
//! name ("Dear ,", "Beste ,").
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
        // Every placeholder starts with one of these bytes: skip straight to the next one.
        let Some(skip) = bytes
            .get(at..)
            .and_then(|b| b.iter().position(|&c| starts_placeholder(c)))
        else {
            break;
        };
        at += skip;
        let rest = &text[at..];
        let hit = template_tag(rest)
            .or_else(|| double_angle(rest))
            .or_else(|| bracketed(rest, '[', ']'))
            .or_else(|| bracketed(rest, '<', '>'))
            .or_else(|| single_brace(rest))
            .or_else(|| question_marks(rest))
            .or_else(|| underscores(rest))
            .or_else(|| percent_field(rest))
            .or_else(|| field_in_parentheses(rest))
            .or_else(|| empty_salutation(text, at))
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

/// Whether a placeholder can start at a byte: the first byte of every form below (`«` is
/// 0xC2 0xAB in UTF-8, so its lead byte 0xC2 is included).
fn starts_placeholder(byte: u8) -> bool {
    matches!(
        byte,
        b'{' | b'}'
            | b'%'
            | b'#'
            | b'$'
            | b'['
            | b'<'
            | b'?'
            | b'_'
            | b'('
            | b'T'
            | b'F'
            | b'X'
            | b'D'
            | b'B'
            | b'G'
            | b'H'
            | 0xC2
    )
}

/// The first `chars` characters of `text`: a placeholder is short, so its closing bracket is
/// looked for only this far, which keeps the scan linear on text full of lone brackets.
fn window(text: &str, chars: usize) -> &str {
    let end = text
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(at, _)| at);
    &text[..end]
}

/// `{{ … }}`, `{% … %}`, `{# … #}` (Tera, Jinja, Handlebars, Mustache) and `${…}`: the whole tag
/// when it closes on the same line, otherwise just the opening; a stray closing too.
fn template_tag(rest: &str) -> Option<usize> {
    for (open, close) in [("{{", "}}"), ("{%", "%}"), ("{#", "#}"), ("${", "}")] {
        if let Some(after) = rest.strip_prefix(open) {
            let line = window(after, 122).split('\n').next().unwrap_or_default();
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
    let end = window(inner, 101).find(close)?;
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

/// `{naam}` as left by a format string, `{$naam}` as left by PHP: an identifier in single braces.
fn single_brace(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('{')?;
    let end = window(inner, 41).find('}')?;
    let name = &inner[..end];
    let name = name.strip_prefix('$').unwrap_or(name);
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    let identifier = chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'));
    (starts_well && identifier && name.len() <= 40).then_some(end + 2)
}

/// `<<name>>` (mail-merge fields) and `«naam»`: a short name between doubled angle brackets.
fn double_angle(rest: &str) -> Option<usize> {
    for (open, close) in [("<<", ">>"), ("«", "»")] {
        if let Some(inner) = rest.strip_prefix(open) {
            let end = window(inner, 41).find(close)?;
            let name = &inner[..end];
            let fits = !name.is_empty()
                && name.trim() == name
                && name.chars().count() <= 40
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.'));
            return fits.then_some(open.len() + end + close.len());
        }
    }
    None
}

/// `%NAME%`, `%first_name%`: an identifier between percent signs ("50% en 60%" has spaces).
fn percent_field(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('%')?;
    let end = window(inner, 41).find('%')?;
    let name = &inner[..end];
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    let identifier = chars.all(|c| c.is_alphanumeric() || c == '_');
    (starts_well && identifier && name.len() <= 40).then_some(end + 2)
}

/// A blank to write on: three or more underscores ("the position of ________").
fn underscores(rest: &str) -> Option<usize> {
    let count = rest.bytes().take_while(|&b| b == b'_').count();
    (count >= 3).then_some(count)
}

/// Words that name a field in a template. A parenthesis holding only such words ("(Company
/// Name)", "(naam)", "(insert date)") is a field nobody filled in; "(Go)" or "(criterion 3)" is
/// ordinary text.
const FIELD_WORDS: &[&str] = &[
    "name",
    "naam",
    "first",
    "last",
    "full",
    "voornaam",
    "achternaam",
    "company",
    "bedrijf",
    "bedrijfsnaam",
    "organisation",
    "organization",
    "organisatie",
    "position",
    "functie",
    "functietitel",
    "job",
    "title",
    "role",
    "rol",
    "vacancy",
    "vacature",
    "date",
    "datum",
    "candidate",
    "kandidaat",
    "applicant",
    "sollicitant",
    "recruiter",
    "manager",
    "hiring",
    "address",
    "adres",
    "phone",
    "telefoon",
    "email",
    "e-mail",
    "signature",
    "handtekening",
    "your",
    "uw",
    "insert",
    "invullen",
    "vul",
    "in",
    "here",
    "hier",
    "x",
    "xx",
];

fn field_in_parentheses(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('(')?;
    let end = window(inner, 41).find(')')?;
    let content = &inner[..end];
    if content.contains('\n') || content.chars().count() > 40 {
        return None;
    }
    let words: Vec<String> = content
        .split([' ', '_', '/'])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let only_fields = !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| FIELD_WORDS.contains(&w.as_str()))
        // "(in)" or "(x)" alone is ordinary text: at least one word must name a field.
        && words.iter().any(|w| !matches!(w.as_str(), "in" | "x" | "xx" | "your" | "uw" | "here" | "hier" | "vul" | "insert" | "invullen"));
    only_fields.then_some(end + 2)
}

/// A salutation with no name: "Dear ,", "Beste ,", "Geachte :", "Hi," at the start of a line.
fn empty_salutation(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    // A salutation starts a line with a capital.
    if !rest.starts_with(['D', 'B', 'G', 'H']) {
        return None;
    }
    // Only indentation may stand between the start of the line and the greeting.
    let indent = text[..at].trim_end_matches([' ', '\t']);
    if !(indent.is_empty() || indent.ends_with('\n')) {
        return None;
    }
    let word_len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = rest[..word_len].to_lowercase();
    let greetings = ["dear", "beste", "geachte", "hi", "hello", "hallo", "hoi"];
    if !greetings.contains(&word.as_str()) {
        return None;
    }
    let after = &rest[word_len..];
    let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
    let closing = after[gap..].chars().next()?;
    matches!(closing, ',' | ':').then_some(word_len + gap + 1)
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
        assert_eq!(found("Beste {$naam},"), ["{$naam}"]);
        assert_eq!(found("the position of ________ at"), ["________"]);
        assert_eq!(found("Dear ______:"), ["______"]);
        assert_eq!(
            found("at (Company Name). Dear (name),"),
            ["(Company Name)", "(name)"]
        );
        assert_eq!(found("Hi <<name>>, «naam»"), ["<<name>>", "«naam»"]);
        assert_eq!(
            found("Dear %NAME%, %first_name%"),
            ["%NAME%", "%first_name%"]
        );
        assert_eq!(
            found("Dear ,\nBeste ,\n  Geachte:\nHi,"),
            ["Dear ,", "Beste ,", "Geachte:", "Hi,"]
        );
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
            "50% en 60%, 100 %",
            "een snake_case naam, __init__",
            "your work on the API (Go) and (criterion 3), (in Dutch), (see the role)",
            "Dear Sam,\nBeste Noor,\nHi there, dear reader,\nGeachte heer De Vries,",
            "a << b >> c",
        ] {
            assert!(found(clean).is_empty(), "{clean}: {:?}", found(clean));
        }
    }
}
