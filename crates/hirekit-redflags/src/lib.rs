//! Red flags for IT hiring: evidence-graded checklists, and consistency checks on a CV.
//!
//! Interviewers want to know what to watch for in a CV, a screening call, a technical interview,
//! a reference check and at the offer and onboarding (remote identity fraud, checked the same way
//! for everyone), and how to *verify* a suspicion instead of acting on it. Many popular
//! "red flags" are poor evidence or plain bias (nervousness, eye contact, an accent, a gap for
//! care or illness). This crate says so.
//!
//! - **Checklists** ([`Catalogue`]): items per [`Stage`] and [`Role`] family, each with a
//!   signal, why it matters, how to verify it, its [`Evidence`] (`supported`, `weak` or
//!   `bias_risk`) and a source, in Dutch and English. The built-in checklists are YAML files in
//!   `scorecards/checklists/`, embedded in the binary; a hiring folder's own checklists replace
//!   built-in items by id or add new ones ([`Catalogue::with_overrides`]). A `bias_risk` item is
//!   a caution: [`Evidence::may_count`] is false for it, and no override can change that.
//! - **CV checks** ([`check_cv`]): overlapping jobs, dates in the wrong order or in the future,
//!   more years with a technology than it has existed ([`TechnologyTable`]), more years with a
//!   skill than the whole career, implausibly many `expert` claims, and gaps (as information
//!   only). Each [`Finding`] points at its line in the CV. The checks are O(n log n) in the
//!   number of jobs and their output is bounded: overlaps are reported once per job and capped
//!   at [`MAX_OVERLAP_FINDINGS`], and [`read_cv`] refuses CVs with more than [`MAX_JOBS`] jobs
//!   or [`MAX_SKILLS`] skills.
//!
//! The crate reads no files: callers pass bytes and get validated values or located
//! [`hirekit_yaml::Diagnostic`]s back; [`render`] turns results into text.
//!
//! ```
//! use std::path::Path;
//! use hirekit_redflags::{check_cv, read_cv, Catalogue, Check, Evidence, Stage, TechnologyTable};
//!
//! let catalogue = Catalogue::builtin().map_err(|_| "built-in checklists")?;
//! assert_eq!(catalogue.evidence("interview-eye-contact"), Some(Evidence::BiasRisk));
//! assert!(!catalogue.select(Some(Stage::Reference), None).is_empty());
//!
//! let cv = b"experience:
//!   - employer: Voorbeeld Software BV
//!     title: Platform engineer
//!     start: 2019-01
//!     end: present
//! skills:
//!   - name: k8s
//!     years: 15
//! ";
//! let (cv, _document) = read_cv(Path::new("cv.yaml"), cv).map_err(|_| "a readable CV")?;
//! let table = TechnologyTable::builtin().map_err(|_| "built-in table")?;
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("a date")?;
//! let findings = check_cv(&cv, today, &table);
//! assert_eq!(findings[0].check, Check::ExperienceExceedsTechnologyAge);
//! assert_eq!(findings[0].line, 8);
//! # Ok::<(), &str>(())
//! ```

mod catalogue;
mod checklist;
mod checks;
mod cv;
mod month;
pub mod render;
mod technology;
mod text;

pub use catalogue::{BUILTIN_CHECKLISTS, CHECKLIST_DIR, Catalogue};
pub use checklist::{
    Checklist, Evidence, Item, Origin, Role, Stage, is_checklist, is_kebab_case, validate_checklist,
};
pub use checks::{
    Check, Finding, INSIDER_MARGIN_MONTHS, MAX_COMBINED_HOURS, MAX_EXPERT_SKILLS, MAX_GAP_MONTHS,
    MAX_OVERLAP_FINDINGS, MAX_OVERLAP_MONTHS, Severity, check_cv,
};
pub use cv::{Cv, End, FULL_TIME_HOURS, Job, Level, MAX_JOBS, MAX_SKILLS, Skill, read_cv};
pub use month::YearMonth;
pub use technology::{BUILTIN_TECHNOLOGIES, Technology, TechnologyTable, normalise};
#[allow(deprecated)]
pub use text::{Language, Text};
