//! The text of a new `candidate.yaml`, with a comment on each key in the candidate's language
//! (from the message catalogue, `messages/*/candidate.ftl` of hirekit-text), and the edit that
//! adds one planned interview to an existing file without touching the rest of it.

use hirekit_text::msg;

use crate::{Candidate, PlannedInterview};

/// A YAML scalar for `text`: a JSON string is a valid double-quoted YAML scalar.
fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// One item of the `interviews` list, in flow style so it stays on one line.
pub fn interview_item(planned: &PlannedInterview) -> String {
    format!(
        "{{ interviewer: {}, at: {} }}",
        q(&planned.interviewer),
        q(&planned.at.to_rfc3339())
    )
}

/// The text of `candidate.yaml` for `c`.
pub fn render(c: &Candidate) -> String {
    let lang = c.language;
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&msg!(lang, "candidate-yaml-header"));
    line(&msg!(lang, "candidate-yaml-id"));
    line(&format!("id: {}", q(&c.id)));
    line(&format!("name: {}", q(&c.name)));
    if let Some(given) = &c.given_name {
        line(&format!("given_name: {}", q(given)));
    }
    line(&msg!(lang, "candidate-yaml-email"));
    line(&format!("email: {}", q(&c.email)));
    line(&msg!(lang, "candidate-yaml-address"));
    if c.address.is_empty() {
        line("address: []");
    } else {
        line("address:");
        for l in &c.address {
            line(&format!("  - {}", q(l)));
        }
    }
    line(&msg!(lang, "candidate-yaml-language"));
    line(&format!("language: {}", lang.code()));
    line(&msg!(lang, "candidate-yaml-scorecard"));
    line(&format!("scorecard: {}", q(&c.scorecard)));
    line(&msg!(lang, "candidate-yaml-later"));
    line(&msg!(lang, "candidate-yaml-interviews"));
    if c.interviews.is_empty() {
        line("interviews: []");
    } else {
        line("interviews:");
        for planned in &c.interviews {
            line(&format!("  - {}", interview_item(planned)));
        }
    }
    out
}

/// `text` with `item` (see [`interview_item`]) added at the end of its top-level `interviews` list: after the list's
/// last item, on a line indented like the others; `interviews: []` becomes a block list; a file
/// without the key gets it at the end. `None` for a flow list with items (`[{...}]`), which a
/// line-based edit cannot extend safely; the caller re-reads the result in any case.
pub fn add_interview(text: &str, item: &str) -> Option<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(key) = lines.iter().position(|l| l.starts_with("interviews:")) else {
        let mut out = text.to_owned();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("interviews:\n  - {item}\n"));
        return Some(out);
    };
    let rest = lines[key]["interviews:".len()..].trim_end();
    let value = rest.split(" #").next().unwrap_or_default().trim();
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    match value {
        "[]" => {
            out[key] = format!("interviews:\n  - {item}\n");
        }
        "" => {
            let mut last = key;
            let mut indent: Option<String> = None;
            for (i, line) in lines.iter().enumerate().skip(key + 1) {
                let trimmed = line.trim_start();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                if !(line.starts_with(' ') || line.starts_with('-')) {
                    break;
                }
                if indent.is_none() && trimmed.starts_with('-') {
                    indent = Some(line[..line.len() - trimmed.len()].to_owned());
                }
                last = i;
            }
            let indent = indent.unwrap_or_else(|| "  ".to_owned());
            if !out[last].ends_with('\n') {
                out[last].push('\n');
            }
            out.insert(last + 1, format!("{indent}- {item}\n"));
        }
        _ => return None,
    }
    Some(out.concat())
}

#[cfg(test)]
mod tests {
    use super::add_interview as insert;

    const ITEM: &str = "{ interviewer: \"ayla\", at: \"2026-11-16T10:00:00+01:00\" }";

    #[test]
    fn an_item_goes_after_the_last_one_keeping_comments_and_later_keys() {
        let text = "id: c-1\n# planned\ninterviews:\n    - { interviewer: bram, at: \"2026-11-16T09:00:00+01:00\" }\n    # a note\n\ndecision: reject\n";
        assert_eq!(
            insert(text, ITEM).unwrap(),
            format!(
                "id: c-1\n# planned\ninterviews:\n    - {{ interviewer: bram, at: \"2026-11-16T09:00:00+01:00\" }}\n    - {ITEM}\n    # a note\n\ndecision: reject\n"
            )
        );
    }

    #[test]
    fn an_empty_list_or_no_list_gets_one() {
        assert_eq!(
            insert("id: c-1\ninterviews: []  # none yet\n", ITEM).unwrap(),
            format!("id: c-1\ninterviews:\n  - {ITEM}\n")
        );
        assert_eq!(
            insert("id: c-1", ITEM).unwrap(),
            format!("id: c-1\ninterviews:\n  - {ITEM}\n")
        );
        assert_eq!(
            insert("interviews: [{interviewer: a, at: x}]\n", ITEM),
            None
        );
    }
}
