//! hirekit's one text toolkit: every word a recruiter or interviewer reads, and every number,
//! amount, duration and date in it, is written through this crate.
//!
//! - [`msg!`] / [`message`]: the message catalogue. Sentences live in Project Fluent files, one
//!   per language and topic (`messages/nl/score.ftl`, `messages/en/score.ftl`, …), embedded in the
//!   binary. A translator edits a file; plural rules and placeholders are Fluent's job.
//! - [`number`]: numbers, money, hours and percentages the Dutch or the English way
//!   (`28,5 uur` / `28.5 hours`, `€ 7.722` / `€7,722`, `3,40` / `3.40`).
//! - [`wrap`]: wrapping and padding by display width, so a table lines up with accents, wide
//!   characters and combining marks as well as with ASCII.
//! - [`date`]: dates and times as people write them in each language.
//! - [`style`]: the styles (error, warning, good, bold, dim) every screen marks text with.
//!
//! One [`Language`] type for all of it: hirekit-language's.
//!
//! ```
//! use hirekit_text::{Language, msg, number};
//! assert_eq!(msg!(Language::Nl, "score-status-awaiting"), "wacht op scorekaarten");
//! assert_eq!(
//!     msg!(Language::En, "due-days-late", days = 3),
//!     "3 d late"
//! );
//! assert_eq!(number::hours(28.5, Language::Nl), "28,5 uur");
//! assert_eq!(number::money(7722.0, Language::Nl), "€ 7.722");
//! ```

pub mod date;
mod messages;
pub mod number;
pub mod style;
pub mod wrap;

pub use hirekit_language::Language;
#[doc(hidden)]
pub use messages::load_uncached;
pub use messages::{Value, ids, message, variables};
