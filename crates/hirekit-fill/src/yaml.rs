//! Writing the few YAML shapes `hirekit fill` produces, by hand.
//!
//! A serialiser would do for the values, but not for what makes these files pleasant to open in
//! an editor: criteria in scorecard order with their names as comments, and a header that says
//! what the file is. Every value goes through [`scalar`], which quotes anything YAML could read
//! as something else; a round-trip test reads each written file back with `hirekit_yaml::read`.

/// `text` as a YAML scalar: plain when that is unambiguous (ids, names, RFC 3339 dates),
/// otherwise double-quoted. JSON string syntax is valid YAML, and it escapes quotes,
/// backslashes, newlines and control characters.
pub fn scalar(text: &str) -> String {
    if is_plain_safe(text) {
        text.to_owned()
    } else {
        serde_json::Value::String(text.to_owned()).to_string()
    }
}

fn is_plain_safe(text: &str) -> bool {
    // Words that YAML 1.1 or 1.2 readers turn into booleans or null: quoted for every reader.
    const RESERVED: [&str; 11] = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "",
    ];
    let Some(first) = text.chars().next() else {
        return false;
    };
    first.is_alphanumeric()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '+'))
        && !text.ends_with(':')
        && !RESERVED.contains(&text.to_lowercase().as_str())
        && text.parse::<f64>().is_err()
        && !text.starts_with("0x")
        && !text.starts_with("0o")
}

/// `text` as comment lines, each starting with `prefix` (e.g. `"  # "`); empty lines keep the
/// prefix without trailing spaces.
pub fn comment(prefix: &str, text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(line.trim_end());
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_only_when_unambiguous() {
        assert_eq!(scalar("c-2026-014"), "c-2026-014");
        assert_eq!(
            scalar("2026-11-20T10:00:00+01:00"),
            "2026-11-20T10:00:00+01:00"
        );
        assert_eq!(scalar("Zoë"), "Zoë");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("No"), "\"No\"");
        assert_eq!(scalar("12"), "\"12\"");
        assert_eq!(scalar("1e3"), "\"1e3\"");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(
            scalar("said \"no\"\nthen left"),
            r#""said \"no\"\nthen left""#
        );
        assert_eq!(scalar("# not a comment"), "\"# not a comment\"");
    }

    #[test]
    fn comments_keep_every_line() {
        assert_eq!(comment("  # ", "one\n\ntwo"), "  # one\n  #\n  # two\n");
    }
}
