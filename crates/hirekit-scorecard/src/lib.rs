//! Scorecards for structured interviews.
//!
//! A scorecard belongs to a vacancy. Each criterion is tied to a **job requirement** from the
//! vacancy text, has a weight, may be a must-have, carries interview questions and behavioural
//! anchors per scale point, and has the phrases a feedback letter uses. That link between rating
//! and requirement is what makes hirekit's feedback specific and legally defensible.
//!
//! [`load`] reads a scorecard file and reports every problem at once, each at its own line:
//!
//! ```
//! let yaml = r#"
//! id: demo
//! title: Demo
//! languages: [en]
//! scale: {min: 1, max: 4, pass: 3, labels: {1: Poor, 2: Mixed, 3: Good, 4: Excellent}}
//! advance_at: 3.0
//! talent_pool_at: 2.6
//! criteria:
//!   - id: testing
//!     name: Testing
//!     category: technical
//!     requirement: Writes automated tests
//!     wieght: 2
//!     questions: ["How do you test?"]
//!     anchors: {1: No tests, 3: Unit tests for new code, 4: Tests drive the design}
//!     feedback: {strength: your testing habits, gap: automated testing, develop: test-first katas}
//! "#;
//! let problems = hirekit_scorecard::load("demo.yaml".as_ref(), yaml.as_bytes()).unwrap_err();
//! let first = problems[0].render();
//! assert!(first.starts_with("demo.yaml:13:5: error: unknown field `wieght`"), "{first}");
//! assert!(first.contains("did you mean `weight`?"));
//! //! ```

mod interview;
mod model;
mod phrases;
mod summary;
mod text;
mod validate;
mod validation;

use std::path::Path;

use hirekit_yaml::{Diagnostic, Document};

pub use model::{
    Category, Criterion, FeedbackPhrases, ProbedQuestion, Question, QuestionKind, RoleFamily,
    Scale, Scorecard,
};
pub use summary::summary;
pub use text::{Language, Text};
pub use validation::{FileKind, FileReport, ValidationReport};

/// A scorecard that passed validation, with any warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub scorecard: Scorecard,
    pub warnings: Vec<Diagnostic>,
    pub document: Document,
}

/// Reads and validates a scorecard. On failure, returns *every* problem found (errors and warnings).
pub fn load(path: &Path, bytes: &[u8]) -> Result<Loaded, Vec<Diagnostic>> {
    let document = Document::parse(path, bytes).map_err(|d| vec![*d])?;
    load_document(document)
}

/// Validates an already parsed document as a scorecard.
pub fn load_document(document: Document) -> Result<Loaded, Vec<Diagnostic>> {
    let mut problems = document.check_schema::<Scorecard>();
    explain_weights(&mut problems);
    if problems.is_empty() {
        match document.decode::<Scorecard>() {
            Ok(scorecard) => {
                problems = validate::check(&validate::Parts::of(&scorecard), &document);
                if !problems.iter().any(Diagnostic::is_error) {
                    return Ok(Loaded {
                        scorecard,
                        warnings: problems,
                        document,
                    });
                }
            }
            Err(d) => problems.push(*d),
        }
    } else if document.root.get("criteria").is_some() || document.root.get("id").is_some() {
        // Structural problems found: still check the meaning of every part that decodes.
        problems.extend(validate::check(
            &validate::Parts::decode(&document),
            &document,
        ));
    }
    Err(problems)
}

/// A weight outside 0.01-100 gets a hint on what weights mean; the bare range error does not say.
fn explain_weights(problems: &mut [Diagnostic]) {
    for d in problems {
        if d.hint.is_none() && d.message.starts_with("`weight` must be") {
            d.hint = Some(
                "weights are relative: use e.g. 1 for a normal and 3 for a core criterion; \
                 remove a criterion that does not count"
                    .to_owned(),
            );
        }
    }
}

/// The JSON Schema (2020-12) of the scorecard format, for editors and other tools.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Scorecard).to_value();
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$id".to_owned(),
            "https://hirekit.invalid/schema/scorecard.schema.json".into(),
        );
        object.insert(
            "description".to_owned(),
            "A hirekit scorecard: criteria for a structured interview, each tied to a job requirement, \
             with weights, must-haves, behaviourally anchored rating scales, questions and feedback phrases."
                .into(),
        );
    }
    schema
}
