//! Checks on single values that end up in file names, letters and e-mail headers: candidate ids,
//! names and addresses, e-mail addresses.

pub use hirekit_yaml::hidden::{describe, hidden_character};

/// The longest candidate id: enough for `c-2026-0001` or `jan.de.vries-2`, short enough for
/// every file system and a readable file name.
pub const MAX_ID_CHARS: usize = 64;

/// Why `id` cannot be a candidate id, or `None` when it can.
///
/// A candidate id is the name of the candidate's folder and of every file written for them
/// (`out/<id>.pdf`), so two candidates must never share a file name. Ids therefore use only
/// lower-case ASCII letters, digits, `-`, `_` and `.`, start and end with a letter or digit, and
/// hold no `..`: every id is then its own file name on every file system, including those that
/// ignore case (macOS, Windows), and no mapping can make two ids collide.
pub fn candidate_id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("the candidate id is empty".to_owned());
    }
    if id.chars().count() > MAX_ID_CHARS {
        return Some(format!(
            "the candidate id is longer than {MAX_ID_CHARS} characters"
        ));
    }
    if let Some(bad) = id
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')))
    {
        let shown = if bad.is_control() || bad.is_whitespace() {
            format!("{:?}", bad)
        } else {
            format!("`{bad}`")
        };
        return Some(format!(
            "the candidate id `{}` contains {shown}; ids use only a-z, 0-9, `-`, `_` and `.`",
            id.escape_debug()
        ));
    }
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !edge_ok(id.chars().next()) || !edge_ok(id.chars().last()) {
        return Some(format!(
            "the candidate id `{id}` must start and end with a letter or a digit"
        ));
    }
    if id.contains("..") {
        return Some(format!("the candidate id `{id}` contains `..`"));
    }
    None
}

/// Why `address` cannot be used as an e-mail address, or `None`.
///
/// Letters go out as e-mail drafts: the address must be one plain `local@domain` in ASCII.
/// Internationalised addresses need SMTPUTF8 support at every hop, which a recruiter cannot
/// check; the domain can be written in its ASCII (`xn--`) form instead.
pub fn email_problem(address: &str) -> Option<String> {
    if let Some(c) = hidden_character(address) {
        return Some(format!("the e-mail address contains {}", describe(c)));
    }
    if let Some(c) = address.chars().find(|c| !c.is_ascii()) {
        return Some(format!(
            "the e-mail address `{address}` contains `{c}`; only ASCII addresses can be sent to reliably"
        ));
    }
    if address.chars().any(|c| {
        c.is_ascii_whitespace()
            || matches!(
                c,
                '<' | '>' | ',' | ';' | '"' | '(' | ')' | '\\' | '[' | ']'
            )
    }) {
        return Some(format!("`{address}` is not one e-mail address"));
    }
    match address.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..") =>
        {
            None
        }
        _ => Some(format!(
            "`{address}` is not an e-mail address like `name@example.nl`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_their_own_file_names() {
        for ok in ["c-2026-014", "jan.de.vries", "jan_de_vries", "a", "7"] {
            assert_eq!(candidate_id_problem(ok), None, "{ok}");
        }
        assert_eq!(
            candidate_id_problem("ä-1").as_deref(),
            Some("the candidate id `ä-1` contains `ä`; ids use only a-z, 0-9, `-`, `_` and `.`")
        );
        assert_eq!(
            candidate_id_problem("Jan").as_deref(),
            Some("the candidate id `Jan` contains `J`; ids use only a-z, 0-9, `-`, `_` and `.`")
        );
        assert_eq!(
            candidate_id_problem("-1").as_deref(),
            Some("the candidate id `-1` must start and end with a letter or a digit")
        );
        assert_eq!(
            candidate_id_problem("a..b").as_deref(),
            Some("the candidate id `a..b` contains `..`")
        );
        assert_eq!(
            candidate_id_problem("a b").as_deref(),
            Some("the candidate id `a b` contains ' '; ids use only a-z, 0-9, `-`, `_` and `.`")
        );
        assert!(candidate_id_problem(&"a".repeat(65)).is_some());
        assert_eq!(
            candidate_id_problem(""),
            Some("the candidate id is empty".to_owned())
        );
    }

    #[test]
    fn email_addresses_are_plain_ascii() {
        assert_eq!(email_problem("fleur.devries@example.nl"), None);
        assert_eq!(email_problem("a+b@xn--bcher-kva.example"), None);
        assert_eq!(
            email_problem("zoë@example.nl").as_deref(),
            Some(
                "the e-mail address `zoë@example.nl` contains `ë`; only ASCII addresses can be sent to reliably"
            )
        );
        assert!(email_problem("a@b").is_some());
        assert!(email_problem("a b@c.nl").is_some());
        assert!(email_problem("x@y.nl, z@w.nl").is_some());
        assert!(email_problem("nobody").is_some());
        assert!(email_problem("a@b.nl\nBcc: c@d.nl").is_some());
    }
}
