//! The hiring folder: an ordinary folder of YAML files that a team keeps in git or on a share.
//!
//! ```text
//! hirekit.yaml                                  company profile (Profile)
//! scorecards/<role>.yaml                        scorecard definitions
//! candidates/<id>/candidate.yaml                the candidate (Candidate)
//! candidates/<id>/interviews/<interviewer>.yaml one filled scorecard per interviewer
//! candidates/<id>/feedback.yaml                 what feedback was generated (FeedbackRecord)
//! candidates/<id>/debrief.yaml                  the decisions taken (owned by hirekit-debrief)
//! candidates/<id>/sent.yaml                     the letters sent (owned by hirekit-send)
//! candidates/<id>/consent.yaml                  consent answers (rules in hirekit-privacy)
//! ```
//!
//! [`open`] reads it all and checks it across files — a candidate pointing at a scorecard that
//! does not exist, a rating of an unknown criterion, a score outside the scale, a scorecard in
//! the wrong candidate's folder, a submission before the interview — reporting every problem as
//! a located [`hirekit_yaml::Diagnostic`]. Candidates with broken files are left out of the
//! returned [`Folder`], so one broken file never silently changes another candidate's result.
//!
//! ```no_run
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let (folder, problems) = hirekit_folder::open("examples/hiring".as_ref(), &|_| true, today).unwrap();
//! assert!(problems.iter().all(|p| !p.is_error()));
//! println!("{} candidates", folder.candidates.len());
//! ```

pub mod atomic;
mod check;
pub mod consent;
pub mod fields;
pub mod intake;
mod load;
mod model;
pub mod nearby;
pub mod new_candidate;
pub mod new_profile;
mod record;
mod scorecards;
mod source;
mod time_rules;

pub use check::TODO_EMAIL;
pub use load::{
    CONSENT_FILE, CandidateFiles, DEBRIEF_FILE, Folder, PROFILE_FILE, SENT_FILE, StoredRecord,
    UnreadableCandidate, find_root, open, yaml_files,
};
pub use model::{
    Candidate, Decision, DecisionReason, FilledScorecard, LetterOptions, PlannedInterview,
    PrivacySettings, Profile, Rating, RatingsVisible, Recommendation, Salutation, Sender,
    SmtpSecurity, SmtpSettings,
};
pub use record::{
    FeedbackHistory, FeedbackRecord, LetterBasis, LetterFile, PENDING_FILE, PendingLetter,
    RECORD_FILE, sha256_hex,
};
pub use scorecards::{
    Search, check_file, find_scorecard, red_flag_catalogue, stored_red_flag_catalogue,
    validate_paths,
};
pub use source::{FolderSource, HiringSource, HistoryRecord, SourceError, write_atomic};
pub use time_rules::{POOL_CHECKIN_MONTHS, POOL_MIN_GAP_MONTHS, TimeRules, hours_between};

/// The checks `open` makes on `hirekit.yaml` beyond its schema, for a command that writes one
/// (`hirekit init`) and must never write what the next command refuses.
pub fn check_profile(
    profile: &Profile,
    document: &hirekit_yaml::Document,
) -> Vec<hirekit_yaml::Diagnostic> {
    let mut problems = Vec::new();
    check::profile(profile, document, &mut problems);
    problems
}

/// The checks `open` makes on one `candidate.yaml` beyond its schema, apart from those that need
/// the rest of the folder (its scorecard): for `hirekit candidate add` and `interview plan`.
/// `interviewers` is the profile's list, for the warning about an unnamed interviewer.
pub fn check_candidate(
    candidate: &Candidate,
    document: &hirekit_yaml::Document,
    interviewers: &std::collections::BTreeMap<String, String>,
) -> Vec<hirekit_yaml::Diagnostic> {
    let mut problems = Vec::new();
    if let Some(problem) = fields::candidate_id_problem(&candidate.id) {
        problems.push(document.error_at("/id", problem));
    }
    check::candidate(candidate, document, &mut problems);
    check::unnamed_interviewers(candidate, document, interviewers, &mut problems);
    problems
}

/// Reads one filled scorecard from `bytes` (named `path` in problems) and makes the checks `open`
/// makes on a scorecard in a candidate's folder: its schema, then the candidate, the scorecard,
/// the criteria, the scale, the evidence, the times and the red flags. For a scorecard that
/// arrives by another way than the folder (an upload in the web app), so it is judged the same.
pub fn check_filled_scorecard(
    path: &std::path::Path,
    bytes: &[u8],
    candidate: &Candidate,
    scorecard: Option<&hirekit_scorecard::Scorecard>,
    is_known_red_flag: &dyn Fn(&str) -> bool,
) -> Result<FilledScorecard, Vec<hirekit_yaml::Diagnostic>> {
    match hirekit_yaml::read::<FilledScorecard>(path, bytes) {
        Ok((filled, document)) => {
            let mut problems = Vec::new();
            check::filled_scorecard(
                &filled,
                &document,
                candidate,
                scorecard,
                is_known_red_flag,
                &mut problems,
            );
            if problems.iter().any(hirekit_yaml::Diagnostic::is_error) {
                Err(problems)
            } else {
                Ok(filled)
            }
        }
        Err(mut problems) => {
            check::explain_scores(&mut problems, scorecard);
            Err(problems)
        }
    }
}
