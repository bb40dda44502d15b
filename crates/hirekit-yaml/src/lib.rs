//! Reading hirekit's YAML files so that every problem points at its line.
//!
//! Recruiters edit scorecards and candidate files by hand. When something is wrong they need the
//! file, line and column, what is wrong, and how to fix it — for *every* problem at once, never a
//! panic or a Rust debug dump. This crate gives the other crates that:
//!
//! 1. [`Document::parse`] reads bytes into a [`Node`] tree where every value keeps its
//!    [`Location`]. Non-UTF-8 text, empty files, syntax errors, duplicate keys, alias bombs and
//!    absurd nesting are refused with a located [`Diagnostic`].
//! 2. [`Document::check_schema`] walks the tree against the JSON Schema that schemars generates
//!    from the target type, collecting every unknown key (with "did you mean"), wrong type and
//!    missing field.
//! 3. [`Document::decode`] turns the tree into the typed value; semantic checks then use
//!    [`Document::error_at`] with a pointer such as `/criteria/2/weight` to place their errors.
//!
//! ```
//! use hirekit_yaml::read;
//! #[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
//! #[serde(deny_unknown_fields)]
//! struct Criterion { id: String, weight: f64 }
//!
//! let errors = read::<Criterion>("c.yaml".as_ref(), b"id: tests\nwieght: 2\n").unwrap_err();
//! assert_eq!(errors[0].render().lines().next().unwrap(),
//!            "c.yaml:2:1: error: unknown field `wieght`, expected one of `id`, `weight`");
//! assert_eq!(errors[0].hint.as_deref(), Some("did you mean `weight`?"));
//! ```

mod diagnostic;
mod document;
pub mod file;
pub mod hidden;
mod node;
pub mod parse;
pub mod schema_check;

pub use diagnostic::{
    Diagnostic, ERROR_STYLE, LineIndex, Location, Severity, WARNING_STYLE, display_path,
    render_message, render_message_styled, sort,
};
pub use document::{Document, decode_node, read};
pub use node::{Key, Node, Value};
pub use schema_check::did_you_mean;
