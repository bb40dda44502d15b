//! A YAML value that remembers where it was written.

use crate::Location;

/// A parsed YAML value with the location of its first character.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub location: Location,
}

/// A mapping key: always text (YAML allows more, hirekit's formats do not).
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub text: String,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
    Seq(Vec<Node>),
    /// Entries in the order written; keys are unique (the parser refuses duplicates).
    Map(Vec<(Key, Node)>),
}

impl Node {
    pub fn new(value: Value, location: Location) -> Self {
        Node { value, location }
    }

    /// The value under `key` in a mapping, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k.text == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The key itself (for errors about a key, such as an unknown field).
    pub fn key(&self, key: &str) -> Option<&Key> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k.text == key).map(|(k, _)| k),
            _ => None,
        }
    }

    /// Follows a JSON-pointer-like path (`/criteria/2/weight`) and returns the node there.
    pub fn pointer(&self, pointer: &str) -> Option<&Node> {
        let mut node = self;
        for part in pointer.split('/').skip(1) {
            let part = part.replace("~1", "/").replace("~0", "~");
            node = match &node.value {
                Value::Map(_) => node.get(&part)?,
                Value::Seq(items) => items.get(part.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// The location of the deepest node that exists along `pointer`: the best place to point
    /// at when the value there is missing or wrong.
    pub fn location_of(&self, pointer: &str) -> Location {
        let mut node = self;
        let mut location = self.location;
        for part in pointer.split('/').skip(1) {
            let part = part.replace("~1", "/").replace("~0", "~");
            let next = match &node.value {
                Value::Map(_) => node.get(&part),
                Value::Seq(items) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) => {
                    location = n.location;
                    node = n;
                }
                None => break,
            }
        }
        location
    }

    /// A short description of the kind of value, for messages ("a list", "text `abc`").
    pub fn describe(&self) -> String {
        match &self.value {
            Value::Null => "nothing (an empty value)".to_owned(),
            Value::Bool(b) => format!("`{b}` (true/false)"),
            Value::Int(i) => format!("the number {i}"),
            Value::Float(f) => format!("the number {f}"),
            Value::String(s) => {
                let short: String = s.chars().take(40).collect();
                if short.len() < s.len() {
                    format!("the text \"{short}...\"")
                } else {
                    format!("the text \"{short}\"")
                }
            }
            Value::Seq(_) => "a list".to_owned(),
            Value::Map(_) => "a mapping (`key: value` pairs)".to_owned(),
        }
    }

    /// Converts to a JSON value for typed decoding. Keys stay text; numbers stay numbers.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            // `score: 3.0` means 3: an integral float decodes into a whole-number field too
            // (the schema check already treats it as a whole number).
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => J::from(*f as i64),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::String(s) => J::String(s.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.text.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }
}
