//! Feedback letters: respectful, specific, job-requirement-based, within a week.
//!
//! A rejected candidate deserves a letter that thanks them personally, says the decision clearly
//! and early, names what was good first, names the specific job requirements where they fell
//! short (with a way to develop), offers to reconnect when they were a near miss, and contains
//! nothing a candidate or a lawyer could object to.
//!
//! The work is split so each step can be checked on its own:
//!
//! 1. [`compose`] decides *what* to say from the candidate, the scorecard and the panel's
//!    aggregated [`hirekit_panel::Assessment`] — never from interviewers' free-text evidence;
//! 2. [`Templates::render`] words it with Tera templates (built-in Dutch and English, overridable);
//! 3. [`guard_letter`] runs the guard of `hirekit-guard` over the result: a letter with an error
//!    finding must not be written;
//! 4. [`email::build`] makes an RFC 5322 draft with encoded headers and an optional PDF.
//!
//! ```
//! use hirekit_feedback::{compose, guard_letter, Sender, Settings, Templates};
//! let (card, filled) = hirekit_panel::example();
//! let assessment = hirekit_panel::assess(&card, &filled, &[], 24);
//! # let candidate: hirekit_folder::Candidate = serde_json::from_value(serde_json::json!({
//! #   "id": "c-1", "name": "Zoë van der Berg", "email": "zoe@example.org", "language": "en",
//! #   "scorecard": "demo", "interviews": [{"interviewer": "ayla", "at": "2026-11-16T10:00:00+01:00"}]})).unwrap();
//! let names = Default::default();
//! let settings = Settings { language: hirekit_scorecard::Language::En,
//!     letter_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
//!     feedback_days: 7, reconnect_months: 6, interviewer_names: &names,
//!     salutation: Default::default(), score_bands: false };
//! let content = compose(&candidate, &card, &assessment, &settings);
//! assert_eq!(content.strengths.len(), 2);
//! let sender = Sender { company: "Kanaalzicht Software B.V.".into(), place: Some("Utrecht".into()),
//!     name: "Fenna de Wit".into(), title: "Recruiter".into(), email: "werken@kanaalzicht.example".into(), phone: None };
//! let letter = Templates::new(&[]).unwrap().render(&content, &sender).unwrap();
//! assert!(letter.body.starts_with("Dear Zoë van der Berg,"));
//! assert!(guard_letter(&letter, content.language).iter().all(|f| !f.is_error()));
//! ```

mod bands;
mod bounded;
mod compose;
pub mod email;
mod render;

pub use bands::{Band, CriterionBand, band, bands};
pub use compose::{
    Gap, LetterContent, MAX_POINTS, Reconnect, Settings, Strength, capitalise, compose,
};
pub use render::{
    BodyPart, LetterParts, MAX_LETTER_BYTES, MAX_RANGE_NUMBERS, RENDER_TIME_LIMIT, RenderedLetter,
    Sender, TEMPLATE_NAMES, TemplateError, Templates, join, long_date, month_year,
};

use hirekit_scorecard::Language;

/// Every guard finding in a rendered letter (subject and body, checked as named sections).
pub fn guard_letter(letter: &RenderedLetter, language: Language) -> Vec<hirekit_guard::Finding> {
    let text = letter.to_text(language);
    hirekit_guard::Guard::builtin().check_text(&text, language)
}
