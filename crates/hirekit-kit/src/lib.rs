//! The interview kit: everything an interviewer needs in the room, gathered from a scorecard and
//! the red-flag checklists into one [`Kit`] with every text in the reader's language.
//!
//! The kit runs the interview the same way for every candidate: a time plan with who asks what,
//! an opening (introductions, the format, that notes are taken, that adjustments are possible),
//! per criterion the requirement, the questions with their follow-up probes and a notes box each,
//! the anchored scale to rate on right after the questions, then a closing with time for the
//! candidate's questions. Sample answers per scale point, when the scorecard has them, follow as
//! calibration material for rater training. The renderers in [`render`] (Markdown, and PDF through
//! `hirekit-pdf`) only arrange a [`Kit`]; they decide nothing.
//!
//! ```
//! # let yaml = r#"
//! # id: demo
//! # title: Demo
//! # languages: [en]
//! # scale: {min: 1, max: 4, pass: 3, labels: {1: Poor, 2: Mixed, 3: Good, 4: Excellent}}
//! # advance_at: 3.0
//! # talent_pool_at: 2.6
//! # criteria:
//! #   - id: testing
//! #     name: Testing
//! #     category: technical
//! #     requirement: Writes automated tests
//! #     weight: 2
//! #     minutes: 15
//! #     questions:
//! #       - {ask: "Tell us about a bug your tests missed.", kind: past, probes: ["What did you change?"]}
//! #     anchors: {1: No tests, 3: Unit tests for new code, 4: Tests drive the design}
//! #     feedback: {strength: your testing, gap: the ability to test, develop: test-first katas}
//! # "#;
//! # let card = hirekit_scorecard::load("demo.yaml".as_ref(), yaml.as_bytes()).unwrap().scorecard;
//! use hirekit_kit::{Settings, build};
//! let settings = Settings {
//!     lang: hirekit_scorecard::Language::En,
//!     scorecard_hours: 24,
//!     feedback_days: 7,
//!     company: None,
//! };
//! let kit = build(&card, &settings, &[]);
//! assert_eq!(kit.plan.total, "Total: 30 min"); // 5 opening + 15 + 10 closing
//! assert_eq!(kit.criteria[0].questions[0].probes, vec!["What did you change?"]);
//! assert!(hirekit_kit::render::markdown::render(&kit).starts_with("# Interview kit: Demo\n"));
//! ```

mod calibration;
mod content;
pub mod locate;
mod model;
pub mod render;
mod room;

pub use content::{Settings, build, interview_items, role_of};
pub use model::*;
pub use room::{CLOSING_MINUTES, OPENING_MINUTES};
