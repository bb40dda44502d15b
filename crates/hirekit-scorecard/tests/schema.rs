//! The published JSON Schema and hirekit's validator agree: an independent validator
//! (the `jsonschema` crate) accepts every example scorecard and rejects the same structural
//! mistakes hirekit reports.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // tests may panic and use std::fs

use std::path::{Path, PathBuf};

use hirekit_yaml::Document;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn as_json(path: &Path) -> serde_json::Value {
    let bytes = std::fs::read(path).unwrap();
    Document::parse(path, &bytes).unwrap().root.to_json()
}

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("scorecards"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files.push(repo().join("tests/fixtures/scorecard/valid.yaml"));
    files
}

#[test]
fn every_example_is_valid_for_both_the_schema_and_hirekit() {
    let schema = hirekit_scorecard::json_schema();
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    let files = examples();
    assert!(files.len() >= 2);
    for path in files {
        let instance = as_json(&path);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            hirekit_scorecard::load(&path, &bytes).is_ok(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn structural_mistakes_are_rejected_by_both() {
    let schema = hirekit_scorecard::json_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for name in [
        "unknown-key",
        "wrong-type",
        "missing-key",
        "not-yaml",
        "missing-language-key",
    ] {
        let path = repo().join(format!("tests/fixtures/scorecard/{name}.yaml"));
        if !path.exists() {
            continue;
        }
        let instance = as_json(&path);
        assert!(!validator.is_valid(&instance), "the schema accepts {name}");
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            hirekit_scorecard::load(&path, &bytes).is_err(),
            "hirekit accepts {name}"
        );
    }
}

#[test]
fn every_example_carries_the_schema_line() {
    for path in examples()
        .into_iter()
        .filter(|p| p.starts_with(repo().join("scorecards")))
    {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=./scorecard.schema.json"),
            "{} lacks the yaml-language-server line",
            path.display()
        );
    }
}
