//! A parsed file: its path, its text and its located tree, plus typed decoding.

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::node::Node;
use crate::{Diagnostic, Location, parse, schema_check};

/// One YAML file, read and parsed, that can place a diagnostic at any of its values.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub source: String,
    pub root: Node,
}

impl Document {
    /// Parses `bytes` read from `path` (see [`parse::parse`] for what is refused).
    pub fn parse(path: impl Into<PathBuf>, bytes: &[u8]) -> Result<Document, Box<Diagnostic>> {
        let path = path.into();
        let (source, root) = parse::parse(&path, bytes)?;
        Ok(Document { path, source, root })
    }

    /// An error at the value under `pointer` (`/criteria/2/weight`), or at the closest existing
    /// value above it.
    pub fn error_at(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, self.root.location_of(pointer), message)
            .with_source(&self.source)
    }

    /// A warning at the value under `pointer`.
    pub fn warning_at(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(&self.path, self.root.location_of(pointer), message)
            .with_source(&self.source)
    }

    /// An error at the *key* `key` of the mapping under `pointer` (falls back to the mapping).
    pub fn error_at_key(&self, pointer: &str, key: &str, message: impl Into<String>) -> Diagnostic {
        let location = self
            .root
            .pointer(pointer)
            .and_then(|n| n.key(key))
            .map_or_else(|| self.root.location_of(pointer), |k| k.location);
        self.error_at_location(location, message)
    }

    pub fn error_at_location(&self, location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, location, message).with_source(&self.source)
    }

    /// Every structural problem of the whole document against the schema of `T`.
    pub fn check_schema<T: JsonSchema>(&self) -> Vec<Diagnostic> {
        let schema = schemars::schema_for!(T);
        self.check_against(schema.as_value())
    }

    /// Every structural problem of the whole document against `schema`.
    pub fn check_against(&self, schema: &serde_json::Value) -> Vec<Diagnostic> {
        schema_check::check(&self.root, schema)
            .into_iter()
            .map(|p| {
                let d = self.error_at_location(p.location, p.message);
                match p.hint {
                    Some(h) => d.with_hint(h),
                    None => d,
                }
            })
            .collect()
    }

    /// Decodes the whole document into `T`. Run [`Document::check_schema`] first: this stops at
    /// the first problem, which the schema check would have reported with all the others.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, Box<Diagnostic>> {
        decode_node(self, &self.root, "")
    }
}

/// Decodes the value at `pointer` (below `node`) into `T`, locating any error.
pub fn decode_node<T: DeserializeOwned>(
    doc: &Document,
    node: &Node,
    pointer: &str,
) -> Result<T, Box<Diagnostic>> {
    let json = node.to_json();
    serde_path_to_error::deserialize(json).map_err(|e| {
        let mut at = pointer.to_owned();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => at.push_str(&format!("/{index}")),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    at.push_str(&format!("/{key}"))
                }
                Segment::Unknown => {}
            }
        }
        let message = e.inner().to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        Box::new(doc.error_at(&at, message))
    })
}

/// Reads a YAML file's bytes into `T`, reporting every structural problem at once.
///
/// This is the usual way in: parse (syntax, encoding, limits), check against `T`'s schema (every
/// unknown key, wrong type and missing field), then decode. Semantic checks (duplicate ids,
/// values out of range) are the caller's, using [`Document::error_at`] for their locations.
pub fn read<T: DeserializeOwned + JsonSchema>(
    path: &Path,
    bytes: &[u8],
) -> Result<(T, Document), Vec<Diagnostic>> {
    let doc = Document::parse(path, bytes).map_err(|d| vec![*d])?;
    let problems = doc.check_schema::<T>();
    if !problems.is_empty() {
        return Err(problems);
    }
    let value = doc.decode::<T>().map_err(|d| vec![*d])?;
    Ok((value, doc))
}
