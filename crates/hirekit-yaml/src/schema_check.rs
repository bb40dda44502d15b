//! Checks a [`Node`] tree against the JSON Schema that schemars generates from our Rust types,
//! and reports *every* structural problem at its own line.
//!
//! Serde stops at the first problem; a recruiter fixing a scorecard wants them all at once. So the
//! schema (one source of truth, also published for editors) drives this walk, and typed decoding
//! only runs once the walk finds nothing. Only the parts of JSON Schema that schemars emits for
//! our types are understood: `$ref`, `type`, `properties`, `required`, `additionalProperties`,
//! `propertyNames`, `items`, `minItems`, `maxItems`, `enum`, `const`, `anyOf`, `oneOf`, `allOf`,
//! `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `minLength` and `format` (`date`, `date-time`).

use serde_json::{Map, Value as Json};

use crate::Location;
use crate::node::{Node, Value};

/// A structural problem, before it is tied to a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub location: Location,
    pub message: String,
    pub hint: Option<String>,
}

/// Checks `node` against `schema` (a root schema with its `$defs`) and returns every problem.
pub fn check(node: &Node, schema: &Json) -> Vec<Problem> {
    let mut walker = Walker {
        root: schema,
        problems: Vec::new(),
    };
    walker.check(node, schema, None);
    walker.problems
}

struct Walker<'s> {
    root: &'s Json,
    problems: Vec<Problem>,
}

/// What a value is called in messages, by JSON Schema type name.
fn type_phrase(name: &str) -> &'static str {
    match name {
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "text",
        "boolean" => "`true` or `false`",
        "array" => "a list",
        "object" => "a mapping (`key: value` pairs)",
        "null" => "nothing",
        _ => "a value",
    }
}

fn node_matches_type(node: &Node, name: &str) -> bool {
    match (&node.value, name) {
        (Value::Null, "null") => true,
        (Value::Bool(_), "boolean") => true,
        (Value::Int(_), "integer" | "number") => true,
        (Value::Float(f), "number") => f.is_finite(),
        (Value::Float(f), "integer") => f.fract() == 0.0 && f.is_finite(),
        (Value::String(_), "string") => true,
        (Value::Seq(_), "array") => true,
        (Value::Map(_), "object") => true,
        _ => false,
    }
}

fn as_number(node: &Node) -> Option<f64> {
    match node.value {
        Value::Int(i) => Some(i as f64),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

/// A number as a person would write it: `1e308`, not its 309 digits.
fn show_number(n: f64) -> String {
    if n != 0.0 && !(1e-6..1e15).contains(&n.abs()) {
        format!("{n:e}")
    } else {
        n.to_string()
    }
}

/// "`weight`" when the value sits under a key, else "this value".
fn subject(key: Option<&str>) -> String {
    match key {
        Some(k) => format!("`{k}`"),
        None => "this value".to_owned(),
    }
}

/// A schema's description, shortened to its first sentence when long, for hints.
fn first_sentence(schema: &Json) -> Option<String> {
    let text = schema.get("description")?.as_str()?.replace('\n', " ");
    let mut end = text.len();
    if text.chars().count() > 140 {
        // A sentence ends at ". " before a capital letter, so "e.g. 3" does not end one.
        let bytes: Vec<(usize, char)> = text.char_indices().collect();
        for window in bytes.windows(3) {
            if let [(i, '.'), (_, ' '), (_, next)] = window
                && next.is_uppercase()
            {
                end = *i;
                break;
            }
        }
    }
    let sentence = text[..end].trim().trim_end_matches('.');
    (!sentence.is_empty()).then(|| sentence.to_owned())
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(distance, c)| {
            *distance <= (c.chars().count() / 3).max(1) + usize::from(c.len() > 6)
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// The patterns schemars emits for our maps. Anything else is taken to match (we carry no
/// regex engine for this; typed decoding still catches a bad key).
fn pattern_matches(pattern: &str, key: &str) -> bool {
    match pattern {
        "^\\d+$" => !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()),
        _ => true,
    }
}

fn describe_pattern(pattern: &str) -> String {
    match pattern {
        "^\\d+$" => "a whole number (a point of the scale)".to_owned(),
        other => format!("a key matching `{other}`"),
    }
}

fn quoted_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'s> Walker<'s> {
    fn problem(&mut self, location: Location, message: String, hint: Option<String>) {
        self.problems.push(Problem {
            location,
            message,
            hint,
        });
    }

    fn resolve(&self, schema: &'s Json) -> &'s Json {
        let mut schema = schema;
        for _ in 0..32 {
            let Some(reference) = schema.get("$ref").and_then(Json::as_str) else {
                break;
            };
            let Some(name) = reference.strip_prefix("#/$defs/") else {
                break;
            };
            match self.root.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => schema = target,
                None => break,
            }
        }
        schema
    }

    /// The JSON Schema type names a schema allows (empty: any).
    fn types_of(&self, schema: &'s Json) -> Vec<String> {
        let schema = self.resolve(schema);
        match schema.get("type") {
            Some(Json::String(t)) => vec![t.clone()],
            Some(Json::Array(ts)) => ts
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            _ => {
                let mut out = Vec::new();
                for keyword in ["anyOf", "oneOf"] {
                    if let Some(Json::Array(branches)) = schema.get(keyword) {
                        for branch in branches {
                            for t in self.types_of(branch) {
                                if !out.contains(&t) {
                                    out.push(t);
                                }
                            }
                        }
                    }
                }
                if out.is_empty()
                    && (schema.get("const").is_some_and(Json::is_string)
                        || schema.get("enum").is_some())
                {
                    out.push("string".to_owned());
                }
                out
            }
        }
    }

    /// The allowed constant values when a schema is an enumeration of text values.
    fn enum_values(&self, schema: &'s Json) -> Option<Vec<&'s str>> {
        let schema = self.resolve(schema);
        if let Some(Json::Array(values)) = schema.get("enum") {
            return Some(values.iter().filter_map(Json::as_str).collect());
        }
        if let Some(Json::String(value)) = schema.get("const") {
            return Some(vec![value.as_str()]);
        }
        let branches = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))?
            .as_array()?;
        let mut out = Vec::new();
        for branch in branches {
            out.extend(self.enum_values(branch)?);
        }
        Some(out)
    }

    fn check(&mut self, node: &Node, schema: &'s Json, key: Option<&str>) {
        let schema = self.resolve(schema);
        let Json::Object(obj) = schema else {
            if schema == &Json::Bool(false) {
                self.problem(
                    node.location,
                    format!("{} is not allowed here", subject(key)),
                    None,
                );
            }
            return;
        };

        if let Some(values) = self.enum_values(schema)
            && (!values.is_empty() && !obj.contains_key("type")
                || obj.contains_key("enum")
                || obj.contains_key("const"))
        {
            self.check_enum(node, &values, key);
            return;
        }

        if let Some(Json::Array(all)) = obj.get("allOf") {
            for part in all {
                self.check(node, part, key);
            }
        }
        if let Some(Json::Array(branches)) = obj.get("anyOf").or_else(|| obj.get("oneOf")) {
            self.check_alternatives(node, schema, branches, key);
            return;
        }

        let types = self.types_of(schema);
        if !types.is_empty() && !types.iter().any(|t| node_matches_type(node, t)) {
            self.type_mismatch(node, &types, key, schema);
            return;
        }

        match &node.value {
            Value::Map(entries) => self.check_object(node, entries, obj),
            Value::Seq(items) => self.check_array(node, items, obj, key),
            Value::Int(_) | Value::Float(_) => self.check_number(node, obj, key),
            Value::String(text) => self.check_string(node, text, obj, key),
            _ => {}
        }
    }

    fn check_enum(&mut self, node: &Node, values: &[&str], key: Option<&str>) {
        let text = match &node.value {
            Value::String(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => {
                self.problem(
                    node.location,
                    format!(
                        "expected one of {} for {}, found {}",
                        quoted_list(values.iter().copied()),
                        subject(key),
                        node.describe()
                    ),
                    None,
                );
                return;
            }
        };
        if values.contains(&text.as_str()) {
            return;
        }
        let hint =
            did_you_mean(&text, values.iter().copied()).map(|m| format!("did you mean `{m}`?"));
        self.problem(
            node.location,
            format!(
                "unknown value `{text}` for {}, expected one of {}",
                subject(key),
                quoted_list(values.iter().copied())
            ),
            hint,
        );
    }

    fn check_alternatives(
        &mut self,
        node: &Node,
        schema: &'s Json,
        branches: &'s [Json],
        key: Option<&str>,
    ) {
        let mut best: Option<Vec<Problem>> = None;
        for branch in branches {
            let mut trial = Walker {
                root: self.root,
                problems: Vec::new(),
            };
            trial.check(node, branch, key);
            if trial.problems.is_empty() {
                return;
            }
            // A branch whose type fits the value explains the problem better than one that
            // merely says "wrong type"; among those, the one with the fewest problems wins.
            let fits = self
                .types_of(branch)
                .iter()
                .any(|t| node_matches_type(node, t))
                || self.types_of(branch).is_empty();
            if fits && best.as_ref().is_none_or(|b| trial.problems.len() < b.len()) {
                best = Some(trial.problems);
            }
        }
        match best {
            Some(problems) => self.problems.extend(problems),
            None => {
                let types = self.types_of(schema);
                self.type_mismatch(node, &types, key, schema);
            }
        }
    }

    fn type_mismatch(&mut self, node: &Node, types: &[String], key: Option<&str>, schema: &Json) {
        let expected: Vec<&str> = types
            .iter()
            .filter(|t| t.as_str() != "null" || types.len() == 1)
            .map(|t| type_phrase(t))
            .collect();
        let expected = match expected.as_slice() {
            [] => "a value".to_owned(),
            [one] => (*one).to_owned(),
            [init @ .., last] => format!("{} or {}", init.join(", "), last),
        };
        if key.is_none()
            && node.location == Location::START
            && let (Some(title), Some(Json::Array(required))) = (
                schema.get("title").and_then(Json::as_str),
                schema.get("required"),
            )
        {
            let keys: Vec<String> = required
                .iter()
                .filter_map(Json::as_str)
                .take(4)
                .map(|k| format!("`{k}:`"))
                .collect();
            self.problem(
                node.location,
                format!(
                    "this is not a {title}: expected {expected}, found {}",
                    node.describe()
                ),
                Some(format!(
                    "a {title} file holds `key: value` lines such as {}",
                    keys.join(", ")
                )),
            );
            return;
        }
        let hint = match (&node.value, types.first().map(String::as_str)) {
            (Value::Null, _) => {
                Some("write the value after the colon, or remove the key".to_owned())
            }
            (Value::String(_), Some("integer" | "number")) => Some(format!(
                "write a number (without quotes), e.g. `{}: 2`",
                key.unwrap_or("value")
            )),
            (Value::String(_), Some("array")) => {
                Some("write a list: one `- item` per line, or `[a, b]`".to_owned())
            }
            _ => first_sentence(schema),
        };
        self.problem(
            node.location,
            format!(
                "expected {expected} for {}, found {}",
                subject(key),
                node.describe()
            ),
            hint,
        );
    }

    fn check_object(
        &mut self,
        node: &Node,
        entries: &[(crate::node::Key, Node)],
        obj: &'s Map<String, Json>,
    ) {
        let properties = obj.get("properties").and_then(Json::as_object);
        let additional = obj.get("additionalProperties");
        let names = obj.get("propertyNames");
        let mut misspelt: Vec<String> = Vec::new();
        for (k, value) in entries {
            if let Some(names) = names {
                let key_node = Node::new(Value::String(k.text.clone()), k.location);
                let key_node = match self.types_of(names).first().map(String::as_str) {
                    Some("integer" | "number") => match k.text.parse::<i64>() {
                        Ok(i) => Node::new(Value::Int(i), k.location),
                        Err(_) => key_node,
                    },
                    _ => key_node,
                };
                let before = self.problems.len();
                self.check(&key_node, names, None);
                for p in &mut self.problems[before..] {
                    p.message = format!(
                        "key `{}`: {}",
                        k.text,
                        p.message.replace(" for this value", "")
                    );
                }
            }
            if let Some(property) = properties.and_then(|p| p.get(&k.text)) {
                self.check(value, property, Some(&k.text));
                continue;
            }
            if let Some(Json::Object(patterns)) = obj.get("patternProperties") {
                if let Some((_, pattern_schema)) =
                    patterns.iter().find(|(p, _)| pattern_matches(p, &k.text))
                {
                    self.check(value, pattern_schema, Some(&k.text));
                    continue;
                }
                if matches!(additional, Some(Json::Bool(false))) {
                    let expected = patterns
                        .keys()
                        .map(|p| describe_pattern(p))
                        .collect::<Vec<_>>()
                        .join(" or ");
                    self.problem(
                        k.location,
                        format!("unexpected key `{}`, expected {expected}", k.text),
                        None,
                    );
                    continue;
                }
            }
            match additional {
                Some(Json::Bool(false)) => {
                    let known: Vec<&str> = properties
                        .map(|p| p.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    let suggestion = did_you_mean(&k.text, known.iter().copied());
                    let hint = match suggestion {
                        Some(m) => {
                            if !entries.iter().any(|(other, _)| other.text == m) {
                                misspelt.push(m.to_owned());
                            }
                            format!("did you mean `{m}`?")
                        }
                        None => "remove it, or check its spelling and indentation".to_owned(),
                    };
                    self.problem(
                        k.location,
                        format!(
                            "unknown field `{}`, expected one of {}",
                            k.text,
                            quoted_list(known.iter().copied())
                        ),
                        Some(hint),
                    );
                }
                Some(extra @ Json::Object(_)) => self.check(value, extra, Some(&k.text)),
                _ => {}
            }
        }
        if let Some(Json::Array(required)) = obj.get("required") {
            for name in required.iter().filter_map(Json::as_str) {
                if !entries.iter().any(|(k, _)| k.text == name) {
                    // A misspelt key already got "did you mean `name`?": one message is enough.
                    if misspelt.iter().any(|m| m == name) {
                        continue;
                    }
                    let hint = properties
                        .and_then(|p| p.get(name))
                        .and_then(|s| first_sentence(s).or_else(|| first_sentence(self.resolve(s))))
                        .map(|d| format!("add `{name}:` ({d})"))
                        .unwrap_or_else(|| format!("add `{name}:`"));
                    self.problem(node.location, format!("missing field `{name}`"), Some(hint));
                }
            }
        }
    }

    fn check_array(
        &mut self,
        node: &Node,
        items: &[Node],
        obj: &'s Map<String, Json>,
        key: Option<&str>,
    ) {
        if let Some(min) = obj.get("minItems").and_then(Json::as_u64)
            && (items.len() as u64) < min
        {
            let what = if min == 1 {
                "at least one item".to_owned()
            } else {
                format!("at least {min} items")
            };
            self.problem(
                node.location,
                format!("{} needs {what}", subject(key)),
                obj.get("description")
                    .and(first_sentence(&Json::Object(obj.clone()))),
            );
        }
        if let Some(max) = obj.get("maxItems").and_then(Json::as_u64)
            && (items.len() as u64) > max
        {
            self.problem(
                node.location,
                format!("{} may have at most {max} items", subject(key)),
                None,
            );
        }
        if let Some(item_schema) = obj.get("items") {
            for item in items {
                self.check(item, item_schema, key);
            }
        }
    }

    fn check_number(&mut self, node: &Node, obj: &Map<String, Json>, key: Option<&str>) {
        let Some(n) = as_number(node) else { return };
        let bound = |k: &str| obj.get(k).and_then(Json::as_f64);
        // A whole-number field's description says what it counts and its range ("a whole number
        // on the scorecard's scale"): the best hint for a value outside it.
        let whole = match obj.get("type") {
            Some(Json::String(t)) => t == "integer",
            Some(Json::Array(ts)) => ts.iter().any(|t| t == "integer"),
            _ => false,
        };
        let hint = || {
            whole
                .then(|| first_sentence(&Json::Object(obj.clone())))
                .flatten()
        };
        let found = show_number(n);
        if let Some(min) = bound("minimum")
            && n < min
        {
            let message = format!("{} must be at least {min}, found {found}", subject(key));
            self.problem(node.location, message, hint());
        }
        if let Some(max) = bound("maximum")
            && n > max
        {
            let message = format!("{} must be at most {max}, found {found}", subject(key));
            self.problem(node.location, message, hint());
        }
        if let Some(min) = bound("exclusiveMinimum")
            && n <= min
        {
            let message = format!("{} must be more than {min}, found {found}", subject(key));
            self.problem(node.location, message, hint());
        }
        if let Some(max) = bound("exclusiveMaximum")
            && n >= max
        {
            let message = format!("{} must be less than {max}, found {found}", subject(key));
            self.problem(node.location, message, hint());
        }
    }

    fn check_string(
        &mut self,
        node: &Node,
        text: &str,
        obj: &Map<String, Json>,
        key: Option<&str>,
    ) {
        if let Some(min) = obj.get("minLength").and_then(Json::as_u64)
            && (text.trim().chars().count() as u64) < min
        {
            self.problem(
                node.location,
                format!("{} must not be empty", subject(key)),
                Some("write the text after the colon".to_owned()),
            );
        }
        match obj.get("format").and_then(Json::as_str) {
            Some("date-time") if chrono::DateTime::parse_from_rfc3339(text).is_err() => {
                self.problem(
                    node.location,
                    format!("{} is not a date and time: \"{text}\"", subject(key)),
                    Some(
                        "write it as RFC 3339 with a time zone, e.g. `2026-11-23T14:30:00+01:00`"
                            .to_owned(),
                    ),
                );
            }
            Some("date") if chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() => {
                self.problem(
                    node.location,
                    format!("{} is not a date: \"{text}\"", subject(key)),
                    Some("write it as YYYY-MM-DD, e.g. `2026-11-23`".to_owned()),
                );
            }
            _ => {}
        }
    }
}
