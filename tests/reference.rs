//! `docs/hiring-folder.md` against the JSON Schemas of the files it describes: the tables of keys
//! between its `generated` markers are made here from the schemas (types, required keys,
//! defaults, allowed values, descriptions), so the page cannot drift from what hirekit reads.
//!
//! After changing a type, regenerate the tables with
//! `HIREKIT_UPDATE_DOCS=1 cargo test --test cli reference`.

use std::fmt::Write as _;

use schemars::JsonSchema;
use serde_json::Value;

use crate::util::repo_root;

const BEGIN: &str =
    "<!-- generated from the JSON Schemas by tests/reference.rs: do not edit by hand -->\n";
const END: &str = "<!-- end of generated tables -->\n";

struct Row {
    key: String,
    kind: String,
    required: bool,
    default: String,
    description: String,
}

fn schema<T: JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

/// Follows a `$ref` into the root's `$defs`.
fn resolve<'a>(node: &'a Value, root: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.trim_start_matches("#/$defs/");
            resolve(&root["$defs"][name], root)
        }
        None => node,
    }
}

/// The schema without its `null` alternative (an `Option`), and whether there was one.
fn without_null<'a>(node: &'a Value, root: &'a Value) -> &'a Value {
    let node = resolve(node, root);
    if let Some(any) = node.get("anyOf").and_then(Value::as_array) {
        let rest: Vec<&Value> = any
            .iter()
            .filter(|a| a.get("type").and_then(Value::as_str) != Some("null"))
            .collect();
        if rest.len() == 1 {
            return resolve(rest[0], root);
        }
    }
    node
}

fn describe_type(node: &Value, root: &Value) -> String {
    let node = without_null(node, root);
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        return one_of(values.iter());
    }
    // An enum whose variants are partly documented: `{const: ...}` and `{enum: [...]}` mixed.
    if let Some(variants) = node.get("oneOf").and_then(Value::as_array) {
        let values: Option<Vec<&Value>> = variants
            .iter()
            .map(
                |v| match (v.get("const"), v.get("enum").and_then(Value::as_array)) {
                    (Some(c), _) => Some(vec![c]),
                    (None, Some(e)) => Some(e.iter().collect()),
                    _ => None,
                },
            )
            .collect::<Option<Vec<Vec<&Value>>>>()
            .map(|v| v.into_iter().flatten().collect());
        if let Some(values) = values {
            return one_of(values.into_iter());
        }
    }
    if let Some(any) = node.get("anyOf").and_then(Value::as_array) {
        let kinds: Vec<String> = any.iter().map(|a| describe_type(a, root)).collect();
        return kinds.join(", or ");
    }
    let kind = match &node["type"] {
        Value::Array(kinds) => kinds
            .iter()
            .filter_map(Value::as_str)
            .find(|k| *k != "null")
            .unwrap_or("any")
            .to_owned(),
        Value::String(kind) => kind.clone(),
        _ => "any".to_owned(),
    };
    match (kind.as_str(), node.get("format").and_then(Value::as_str)) {
        ("string", Some("date-time")) => "date and time (RFC 3339)".to_owned(),
        ("string", Some("date")) => "date (YYYY-MM-DD)".to_owned(),
        ("string", _) => "text".to_owned(),
        ("integer", _) => {
            let min = node.get("minimum").and_then(Value::as_i64);
            let max = node.get("maximum").and_then(Value::as_i64);
            match (min, max) {
                (Some(min), Some(max)) => format!("whole number, {min} to {max}"),
                (Some(min), None) => format!("whole number, at least {min}"),
                _ => "whole number".to_owned(),
            }
        }
        ("boolean", _) => "`true` or `false`".to_owned(),
        ("array", _) => match node.get("items") {
            Some(items) if without_null(items, root).get("properties").is_some() => {
                "list of mappings".to_owned()
            }
            Some(items) => format!("list of {}", describe_type(items, root)),
            None => "list".to_owned(),
        },
        ("object", _) => match node.get("additionalProperties") {
            Some(values) if values.is_object() => {
                let values = without_null(values, root);
                if values.get("properties").is_some() {
                    "mapping of id to a mapping".to_owned()
                } else {
                    format!("mapping of key to {}", describe_type(values, root))
                }
            }
            _ => "mapping".to_owned(),
        },
        (other, _) => other.to_owned(),
    }
}

fn one_of<'a>(values: impl Iterator<Item = &'a Value>) -> String {
    let values: Vec<String> = values.map(|v| format!("`{}`", plain(v))).collect();
    format!("one of {}", values.join(", "))
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The rows of an object's keys, nested ones as `parent.key`, list items as `parent[].key`.
fn rows(node: &Value, root: &Value, prefix: &str, out: &mut Vec<Row>) {
    let node = without_null(node, root);
    let required: Vec<&str> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (key, property) in properties {
        let full = format!("{prefix}{key}");
        let description = property
            .get("description")
            .or_else(|| resolve(property, root).get("description"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .replace('\n', " ");
        out.push(Row {
            key: full.clone(),
            kind: describe_type(property, root),
            required: required.contains(&key.as_str()),
            default: property
                .get("default")
                .map(|d| format!("`{}`", plain(d)))
                .unwrap_or_default(),
            description,
        });
        let inner = without_null(property, root);
        if inner.get("properties").is_some() {
            rows(inner, root, &format!("{full}."), out);
        } else if let Some(items) = inner.get("items") {
            rows(items, root, &format!("{full}[]."), out);
        } else if let Some(values) = inner.get("additionalProperties").filter(|v| v.is_object()) {
            rows(values, root, &format!("{full}.ID."), out);
        }
    }
}

fn table(title: &str, what: &str, root: &Value) -> String {
    let mut out = format!("### `{title}`\n\n{what}\n\n");
    out.push_str(
        "| key | value | required | default | meaning |\n| --- | --- | --- | --- | --- |\n",
    );
    let mut all = Vec::new();
    rows(root, root, "", &mut all);
    for row in all {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            row.key,
            row.kind,
            if row.required { "yes" } else { "no" },
            row.default,
            row.description.replace('|', "\\|")
        );
    }
    out.push('\n');
    out
}

fn generated() -> String {
    let mut out = String::from(BEGIN);
    out.push('\n');
    out.push_str(&table(
        "hirekit.yaml",
        "The company profile, at the top of the hiring folder (written by `hirekit init`).",
        &schema::<hirekit_folder::Profile>(),
    ));
    out.push_str(&table(
        "candidates/ID/candidate.yaml",
        "One candidate (written by `hirekit candidate add`; `hirekit interview plan` adds interviews, `hirekit decide` the decision).",
        &schema::<hirekit_folder::Candidate>(),
    ));
    out.push_str(&table(
        "candidates/ID/interviews/NAME.yaml",
        "One interviewer's filled scorecard (written by `hirekit fill`, or by hand from `hirekit fill --template`).",
        &schema::<hirekit_folder::FilledScorecard>(),
    ));
    out.push_str(&table(
        "candidates/ID/debrief.yaml",
        "Every decision recorded with `hirekit decide`, oldest first (written by hirekit; only ever added to).",
        &schema::<hirekit_debrief::DebriefLog>(),
    ));
    out.push_str(&table(
        "candidates/ID/feedback.yaml",
        "Every letter written with `hirekit feedback`, oldest first (written by hirekit; only ever added to).",
        &schema::<hirekit_folder::FeedbackHistory>(),
    ));
    out.push_str(&table(
        "candidates/ID/consent.yaml",
        "Every answer about keeping the candidate's data for the talent pool, oldest first (written by `hirekit privacy consent`; only ever added to).",
        &schema::<hirekit_privacy::consent::ConsentLog>(),
    ));
    out.push_str(END);
    out
}

#[test]
fn hiring_folder_reference_is_generated_from_the_schemas() {
    let path = repo_root().join("docs/hiring-folder.md");
    let page = std::fs::read_to_string(&path).unwrap();
    let (Some(start), Some(end)) = (page.find(BEGIN), page.find(END)) else {
        panic!("docs/hiring-folder.md lacks the generated-table markers");
    };
    let current = &page[start..end + END.len()];
    let wanted = generated();
    if current != wanted && std::env::var_os("HIREKIT_UPDATE_DOCS").is_some() {
        let updated = format!("{}{wanted}{}", &page[..start], &page[end + END.len()..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        current == wanted,
        "docs/hiring-folder.md is out of date with the schemas: run \
         `HIREKIT_UPDATE_DOCS=1 cargo test --test cli reference` and review the diff"
    );
}
