//! YAML text → [`Node`] tree, with limits that keep hostile input harmless.

use std::collections::HashMap;
use std::path::Path;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span};

use crate::node::{Key, Node, Value};
use crate::{Diagnostic, Location};

/// Deeper nesting than this is refused: no hirekit file needs more than a handful of levels, and
/// a limit keeps recursion in later passes safe.
pub const MAX_DEPTH: usize = 128;

/// The most nodes a document may expand to through aliases (`*name`), counted on top of the
/// nodes written out. "Billion laughs" files blow far past this in microseconds.
pub const MAX_ALIAS_EXPANSION: usize = 100_000;

/// The most bytes of text (values and keys) aliases may add to a document, on top of the text
/// written out. Counting values alone lets one huge string through: a 1 MB file that aliases a
/// 1 MB string 90,000 times is only 90,000 values but 90 GB of text. A real scorecard reuses a
/// scale or a phrase a few dozen times, a few kilobytes in all.
pub const MAX_ALIAS_EXPANSION_BYTES: usize = 4 * 1024 * 1024;

/// What a value weighs when an alias repeats it: the values it holds and the bytes of its text.
#[derive(Debug, Clone, Copy, Default)]
struct Size {
    values: usize,
    bytes: usize,
}

/// Reads `bytes` from `path` as one YAML document.
///
/// Refuses, with a located diagnostic: non-UTF-8 text, an empty file, YAML syntax errors, more
/// than one document, duplicate keys, non-text keys, nesting deeper than [`MAX_DEPTH`] and
/// alias expansion beyond [`MAX_ALIAS_EXPANSION`] values or [`MAX_ALIAS_EXPANSION_BYTES`] bytes.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(String, Node), Box<Diagnostic>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // Safe: everything up to valid_up_to() is UTF-8 by definition.
            let before = String::from_utf8_lossy(valid);
            return Err(Box::new(
                Diagnostic::error(path, Location::at_offset(&before, before.len()), "the file is not UTF-8 text")
                    .with_hint(
                        "save the file as UTF-8 (most editors offer this under \"Save as\" or \"Encoding\"); \
                         if this is not a YAML file, remove it from the folder",
                    ),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Box::new(
            Diagnostic::error(path, Location::START, "the file is empty")
                .with_hint("write the YAML content, or remove the file"),
        ));
    }
    let node = Builder::new(path, text)
        .run()
        .map_err(|d| Box::new(d.with_source(text)))?;
    Ok((text.to_owned(), node))
}

impl Builder<'_> {
    /// Where the tab is that a syntax error at `at` is about: at the spot itself, or, when the
    /// parser says it found a tab, the first one from that spot on (it reports the value before
    /// the tab-indented line, which would send a person looking at the wrong line).
    fn tab_near(&self, at: Location, info: &str) -> Option<Location> {
        let lines = self
            .text
            .lines()
            .enumerate()
            .skip(at.line.saturating_sub(1));
        for (index, line) in lines {
            // The parser's marker sits on the tab or just after it (`scorecard:<tab>x`).
            let from = if index + 1 == at.line {
                at.column.saturating_sub(2)
            } else {
                0
            };
            let found = line
                .chars()
                .enumerate()
                .skip(from)
                .find(|(_, c)| *c == '\t')
                .map(|(column, _)| Location::new(index + 1, column + 1));
            match found {
                Some(tab) if tab.line == at.line && tab.column + 1 >= at.column => {
                    return Some(tab);
                }
                Some(tab) if info.contains("tab") => return Some(tab),
                _ if !info.contains("tab") => return None,
                _ => {}
            }
        }
        None
    }
}

fn location(span: &Span) -> Location {
    Location::new(span.start.line(), span.start.col() + 1)
}

enum Frame {
    Seq {
        items: Vec<Node>,
        location: Location,
        anchor: usize,
    },
    Map {
        entries: Vec<(Key, Node)>,
        pending_key: Option<Key>,
        location: Location,
        anchor: usize,
    },
}

struct Builder<'a> {
    path: &'a Path,
    text: &'a str,
    parser: Parser<'a, saphyr_parser::StrInput<'a>>,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Node, Size)>,
    /// What aliases have added so far; checked *before* an alias is copied, so a refused file
    /// never allocates more than the budget.
    expanded: Size,
    documents: usize,
    root: Option<Node>,
}

impl<'a> Builder<'a> {
    fn new(path: &'a Path, text: &'a str) -> Self {
        Builder {
            path,
            text,
            parser: Parser::new_from_str(text),
            stack: Vec::new(),
            anchors: HashMap::new(),
            expanded: Size::default(),
            documents: 0,
            root: None,
        }
    }

    fn error(&self, at: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.path, at, message)
    }

    fn run(mut self) -> Result<Node, Diagnostic> {
        loop {
            let (event, span) = match self.parser.next_event() {
                None => break,
                Some(Ok(pair)) => pair,
                Some(Err(e)) => return Err(self.syntax_error(&e)),
            };
            let at = location(&span);
            match event {
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(self.error(at, "the file holds more than one YAML document").with_hint(
                            "keep one document per file: remove the `---` line, or split the file in two",
                        ));
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    let tag = tag.map(|t| format!("{}{}", t.handle, t.suffix));
                    let value = resolve_scalar(&text, style, tag.as_deref());
                    let size = Size {
                        values: 1,
                        bytes: text.len(),
                    };
                    self.push_value(Node::new(value, at), anchor, size)?;
                }
                Event::Alias(id) => {
                    let Some((node, size)) = self.anchors.get(&id) else {
                        return Err(self.error(at, "this alias (`*name`) refers to an anchor that is not defined above it")
                            .with_hint("define the anchor with `&name` before using `*name`"));
                    };
                    let size = *size;
                    self.expanded.values = self.expanded.values.saturating_add(size.values);
                    self.expanded.bytes = self.expanded.bytes.saturating_add(size.bytes);
                    if self.expanded.values > MAX_ALIAS_EXPANSION {
                        return Err(self
                            .error(at, format!("aliases expand this file to more than {MAX_ALIAS_EXPANSION} values"))
                            .with_hint("this looks like an alias bomb (\"billion laughs\"); write the values out instead of nesting aliases"));
                    }
                    if self.expanded.bytes > MAX_ALIAS_EXPANSION_BYTES {
                        return Err(self
                            .error(at, format!(
                                "aliases expand this file by more than {} MB of text",
                                MAX_ALIAS_EXPANSION_BYTES / (1024 * 1024)
                            ))
                            .with_hint("this looks like an alias bomb; write the text out where it is needed instead of repeating a large value with `*name`"));
                    }
                    let mut node = node.clone();
                    node.location = at;
                    self.push_value(node, 0, size)?;
                }
                Event::SequenceStart(anchor, _) => {
                    self.check_depth(at)?;
                    self.stack.push(Frame::Seq {
                        items: Vec::new(),
                        location: at,
                        anchor,
                    });
                }
                Event::MappingStart(anchor, _) => {
                    self.check_depth(at)?;
                    self.stack.push(Frame::Map {
                        entries: Vec::new(),
                        pending_key: None,
                        location: at,
                        anchor,
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (node, anchor) = match self.stack.pop() {
                        Some(Frame::Seq {
                            items,
                            location,
                            anchor,
                        }) => (Node::new(Value::Seq(items), location), anchor),
                        Some(Frame::Map {
                            entries,
                            location,
                            anchor,
                            ..
                        }) => {
                            // A mapping points at its first key: that is the line a person reads as
                            // "this item" (`- id: ...`), more useful than the `-` or `{` before it.
                            let location = entries.first().map_or(location, |(k, _)| k.location);
                            (Node::new(Value::Map(entries), location), anchor)
                        }
                        None => return Err(self.error(at, "unbalanced YAML structure")),
                    };
                    let size = if anchor == 0 {
                        Size::default()
                    } else {
                        size_of(&node)
                    };
                    self.push_value(node, anchor, size)?;
                }
            }
        }
        match self.root {
            Some(root) => Ok(root),
            None => Err(self
                .error(Location::START, "the file is empty")
                .with_hint("write the YAML content, or remove the file")),
        }
    }

    fn check_depth(&self, at: Location) -> Result<(), Diagnostic> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(self
                .error(
                    at,
                    format!("the YAML is nested more than {MAX_DEPTH} levels deep"),
                )
                .with_hint("hirekit files need only a few levels; check for unclosed `[` or `{`"));
        }
        Ok(())
    }

    fn push_value(&mut self, node: Node, anchor: usize, size: Size) -> Result<(), Diagnostic> {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), size));
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                pending_key,
                ..
            }) => match pending_key.take() {
                None => {
                    let text = match &node.value {
                        Value::String(s) => s.clone(),
                        Value::Int(i) => i.to_string(),
                        Value::Float(f) => f.to_string(),
                        Value::Bool(b) => b.to_string(),
                        Value::Null => String::new(),
                        Value::Seq(_) | Value::Map(_) => {
                            return Err(self
                                .error(
                                    node.location,
                                    "a key must be plain text, not a list or mapping",
                                )
                                .with_hint("write keys as `name: value`"));
                        }
                    };
                    if let Some((first, _)) = entries.iter().find(|(k, _)| k.text == text) {
                        let first_line = first.location.line;
                        return Err(Diagnostic::error(
                            self.path,
                            node.location,
                            format!("duplicate key `{text}`"),
                        )
                        .with_hint(format!(
                            "`{text}` is already set on line {first_line}; keep one of the two"
                        )));
                    }
                    *pending_key = Some(Key {
                        text,
                        location: node.location,
                    });
                }
                Some(key) => entries.push((key, node)),
            },
        }
        Ok(())
    }

    fn syntax_error(&self, e: &ScanError) -> Diagnostic {
        let marker = e.marker();
        let at = Location::new(marker.line().max(1), marker.col() + 1);
        let info = e.info();
        if let Some(tab) = self.tab_near(at, info) {
            return Diagnostic::error(self.path, tab, "a tab character where YAML allows only spaces")
                .with_hint("YAML indents, and separates a value from its `:` or `-`, with spaces only: replace the tab with spaces");
        }
        let hint = if info.contains("recursion limit") {
            "the YAML is nested far too deeply; check for unclosed `[` or `{`"
        } else if info.contains("flow mapping") {
            "check for an unclosed `{` on this line or the line above, or a missing `,` between its items"
        } else if info.contains("flow sequence") {
            "check for an unclosed `[` on this line or the line above, or a missing `,` between its items"
        } else if info.contains("mapping values are not allowed") {
            "a `:` inside a value needs quotes, e.g. `question: \"Why: explain\"`; or check the indentation"
        } else if info.contains("did not find expected") || info.contains("indentation") {
            "check the indentation on this line and the line above: items of one list or mapping line up exactly"
        } else if info.contains("tab") {
            "YAML indentation uses spaces, not tabs"
        } else if info.contains("quote") || info.contains("end of stream") {
            "check for an unclosed quote, `[` or `{`"
        } else {
            "check the YAML syntax around this spot"
        };
        Diagnostic::error(self.path, at, format!("YAML syntax error: {info}")).with_hint(hint)
    }
}

/// The values and text bytes of `node`: what one alias of it adds to the document.
fn size_of(node: &Node) -> Size {
    let mut size = Size {
        values: 1,
        bytes: 0,
    };
    match &node.value {
        Value::Seq(items) => {
            for item in items {
                size.add(size_of(item));
            }
        }
        Value::Map(entries) => {
            for (key, value) in entries {
                size.bytes = size.bytes.saturating_add(key.text.len());
                size.add(size_of(value));
            }
        }
        Value::String(text) => size.bytes = text.len(),
        _ => {}
    }
    size
}

impl Size {
    fn add(&mut self, other: Size) {
        self.values = self.values.saturating_add(other.values);
        self.bytes = self.bytes.saturating_add(other.bytes);
    }
}

/// The YAML 1.2 core schema: plain `true`, `12`, `1.5`, `null`, `~` are typed; anything quoted
/// or written as a block is text.
fn resolve_scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Value {
    if let Some("!!str" | "tag:yaml.org,2002:str") = tag {
        return Value::String(text.to_owned());
    }
    if style != ScalarStyle::Plain {
        return Value::String(text.to_owned());
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    if let Some(hex) = text.strip_prefix("0x")
        && let Ok(i) = i64::from_str_radix(hex, 16)
    {
        return Value::Int(i);
    }
    if let Some(oct) = text.strip_prefix("0o")
        && let Ok(i) = i64::from_str_radix(oct, 8)
    {
        return Value::Int(i);
    }
    let looks_numeric = text
        .trim_start_matches(['-', '+'])
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '.');
    if looks_numeric
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
    {
        if let Ok(i) = text.parse::<i64>() {
            return Value::Int(i);
        }
        if let Ok(f) = text.parse::<f64>() {
            return Value::Float(f);
        }
    }
    Value::String(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Node, Box<Diagnostic>> {
        parse(Path::new("t.yaml"), text.as_bytes()).map(|(_, n)| n)
    }

    #[test]
    fn values_keep_their_locations() {
        let node = p("id: x\ncriteria:\n  - id: a\n    weight: 3\n").unwrap();
        let weight = node.pointer("/criteria/0/weight").unwrap();
        assert_eq!(weight.value, Value::Int(3));
        assert_eq!(weight.location, Location::new(4, 13));
        assert_eq!(
            node.pointer("/criteria/0").unwrap().location,
            Location::new(3, 5)
        );
    }

    #[test]
    fn scalars_follow_the_core_schema() {
        let node =
            p("a: 1\nb: 1.5\nc: true\nd: '1'\ne: ~\nf: yes\ng: 1e3\nh: 2026-11-23\n").unwrap();
        assert_eq!(node.get("a").unwrap().value, Value::Int(1));
        assert_eq!(node.get("b").unwrap().value, Value::Float(1.5));
        assert_eq!(node.get("c").unwrap().value, Value::Bool(true));
        assert_eq!(node.get("d").unwrap().value, Value::String("1".into()));
        assert_eq!(node.get("e").unwrap().value, Value::Null);
        assert_eq!(node.get("f").unwrap().value, Value::String("yes".into()));
        assert_eq!(node.get("g").unwrap().value, Value::Float(1000.0));
        assert_eq!(
            node.get("h").unwrap().value,
            Value::String("2026-11-23".into())
        );
    }

    #[test]
    fn duplicate_keys_are_reported_at_the_second() {
        let d = p("id: a\nname: b\nid: c\n").unwrap_err();
        assert_eq!((d.line, d.column), (3, 1));
        assert!(d.message.contains("duplicate key `id`"));
    }

    #[test]
    fn syntax_errors_are_located() {
        let d = p("criteria:\n  - id: a\n   weight: 2\n").unwrap_err();
        assert!(d.message.starts_with("YAML syntax error"), "{}", d.message);
        assert_eq!(d.line, 3);
    }

    #[test]
    fn empty_and_non_utf8_files_are_refused() {
        assert!(p("").unwrap_err().message.contains("empty"));
        assert!(
            p("# only a comment\n")
                .unwrap_err()
                .message
                .contains("empty")
        );
        let d = parse(Path::new("t.yaml"), b"id: a\nname: \xff\xfe\n").unwrap_err();
        assert_eq!((d.line, d.column), (2, 7));
        assert!(d.message.contains("UTF-8"));
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut bomb = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for pair in names.windows(2) {
            let (prev, next) = (pair[0], pair[1]);
            bomb.push_str(&format!("{next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        }
        let d = p(&bomb).unwrap_err();
        assert!(d.message.contains("aliases expand"), "{}", d.message);
    }

    /// One large string repeated by aliases: few values, many bytes. Before the byte budget this
    /// file (about 1.5 MB) passed the value count and allocated until the process was killed.
    #[test]
    fn a_large_string_repeated_by_aliases_is_refused() {
        let mut file = format!("big: &big \"{}\"\nlist: [", "x".repeat(1024 * 1024));
        file.push_str(&vec!["*big"; 90_000].join(", "));
        file.push_str("]\n");
        let d = p(&file).unwrap_err();
        assert_eq!(
            d.message,
            "aliases expand this file by more than 4 MB of text"
        );
        // The fifth alias crosses 4 MiB: `list: [` is 7 characters, each `*big, ` 6 more.
        assert_eq!((d.line, d.column), (2, 8 + 4 * 6));
    }

    #[test]
    fn a_small_value_may_be_repeated_often() {
        let mut file = String::from("phrase: &p \"a clear account\"\nlist: [");
        file.push_str(&vec!["*p"; 1000].join(", "));
        file.push_str("]\n");
        let node = p(&file).unwrap();
        let Some(Value::Seq(items)) = node.get("list").map(|n| &n.value) else {
            panic!("a list")
        };
        assert_eq!(items.len(), 1000);
    }

    #[test]
    fn a_tab_is_pointed_at_where_it_is() {
        let d = p("candidate: c-1\nscorecard:\tbackend\n").unwrap_err();
        assert_eq!(
            (d.line, d.column, d.message.as_str()),
            (2, 11, "a tab character where YAML allows only spaces")
        );
        let d = p("ratings:\n  api:\n    score: 4\n\tevidence: x\n").unwrap_err();
        assert_eq!(
            (d.line, d.column, d.message.as_str()),
            (4, 1, "a tab character where YAML allows only spaces")
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let d = p(&"[".repeat(100_000)).unwrap_err();
        assert!(
            d.message.contains("nested") || d.message.contains("recursion limit"),
            "{}",
            d.message
        );
        assert_eq!(d.line, 1);
    }

    #[test]
    fn more_than_one_document_is_refused() {
        let d = p("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(d.message.contains("more than one"));
        assert_eq!(d.line, 2);
    }
}
