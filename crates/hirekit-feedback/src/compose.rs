//! Deciding what a letter says: strengths, gaps, the other-candidate case and the reconnect offer.
//! Only the scorecard's phrases and the panel's aggregated scores are used — never an
//! interviewer's free-text evidence, which may hold remarks that must not reach a candidate.

use chrono::NaiveDate;
use hirekit_folder::{Candidate, DecisionReason, Salutation};
use hirekit_panel::Assessment;
use hirekit_scorecard::{Language, Scorecard};
use serde::Serialize;

use crate::bands::{CriterionBand, bands};

/// At most this many strengths and gaps: enough to be specific, few enough to be read.
pub const MAX_POINTS: usize = 3;

/// A criterion the candidate did well on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Strength {
    pub criterion: String,
    pub phrase: String,
}

/// A job requirement the candidate fell short of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub criterion: String,
    /// What the role needs, phrased for the letter.
    pub phrase: String,
    /// The requirement as written in the vacancy.
    pub requirement: String,
    /// A concrete suggestion to develop.
    pub develop: String,
    pub must_have: bool,
}

/// Everything a letter says, decided; rendering only words it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterContent {
    pub language: Language,
    pub candidate_id: String,
    pub candidate_name: String,
    /// The name the salutation uses: the given name, or the full name (see [`Salutation`]).
    pub salutation_name: String,
    pub candidate_address: Vec<String>,
    pub role: String,
    pub interview_dates: Vec<NaiveDate>,
    pub interviewers: Vec<String>,
    pub strengths: Vec<Strength>,
    pub gaps: Vec<Gap>,
    /// Met the requirements, but another candidate matched them more closely.
    pub other_candidate: bool,
    /// The month to get back in touch, for a near miss or a runner-up (`other_candidate`) who
    /// has not refused.
    pub reconnect: Option<Reconnect>,
    pub letter_date: NaiveDate,
    /// The last day the letter is on time (last interview + feedback_days).
    pub deadline: Option<NaiveDate>,
    /// The score-band appendix, when the company offers it: every criterion with a band.
    pub bands: Option<Vec<CriterionBand>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reconnect {
    /// The first day of the month to get back in touch.
    pub month: NaiveDate,
    /// Whether the candidate already agreed to stay in the talent pool (`None`: not asked yet).
    pub consent: Option<bool>,
}

impl LetterContent {
    pub fn on_time(&self) -> bool {
        self.deadline.is_none_or(|d| self.letter_date <= d)
    }
}

/// What the composer needs beyond the candidate, scorecard and assessment.
#[derive(Debug, Clone)]
pub struct Settings<'a> {
    pub language: Language,
    pub letter_date: NaiveDate,
    pub feedback_days: u32,
    pub reconnect_months: u32,
    /// Display names of interviewers by handle.
    pub interviewer_names: &'a std::collections::BTreeMap<String, String>,
    /// How the salutation names the candidate.
    pub salutation: Salutation,
    /// Whether to add the score-band appendix.
    pub score_bands: bool,
}

/// Decides what the letter to `candidate` says.
pub fn compose(
    candidate: &Candidate,
    card: &Scorecard,
    assessment: &Assessment,
    settings: &Settings<'_>,
) -> LetterContent {
    let lang = settings.language;
    let pass = f64::from(card.scale.pass);
    let order = |id: &str| {
        card.criteria
            .iter()
            .position(|c| c.id == id)
            .unwrap_or(usize::MAX)
    };

    let mut good: Vec<_> = assessment
        .criteria
        .iter()
        .filter(|c| c.mean.is_some_and(|m| m >= pass))
        .collect();
    // Best first; ties: the heavier criterion, then scorecard order, so letters are stable.
    good.sort_by(|a, b| {
        b.mean
            .partial_cmp(&a.mean)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(
                b.weight
                    .partial_cmp(&a.weight)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(order(&a.id).cmp(&order(&b.id)))
    });
    let strengths: Vec<Strength> = good
        .iter()
        .take(MAX_POINTS)
        .filter_map(|c| {
            let criterion = card.criterion(&c.id)?;
            Some(Strength {
                criterion: c.id.clone(),
                phrase: criterion.feedback.strength.get_or_any(lang).to_owned(),
            })
        })
        .collect();

    let mut short: Vec<_> = assessment
        .criteria
        .iter()
        .filter(|c| c.mean.is_some_and(|m| m < pass))
        .collect();
    let shortfall = |c: &hirekit_panel::CriterionResult| c.weight * (pass - c.mean.unwrap_or(pass));
    // A must-have below the pass point on average comes first, whether every rating was below it
    // (`must_haves_failed`) or the panel was split and decided to reject.
    let failed_must =
        |c: &hirekit_panel::CriterionResult| c.must_have && c.mean.is_some_and(|m| m < pass);
    // Failed must-haves first, then the largest weighted shortfall.
    short.sort_by(|a, b| {
        failed_must(b)
            .cmp(&failed_must(a))
            .then(
                shortfall(b)
                    .partial_cmp(&shortfall(a))
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(order(&a.id).cmp(&order(&b.id)))
    });
    let gaps: Vec<Gap> = short
        .iter()
        .take(MAX_POINTS)
        .filter_map(|c| {
            let criterion = card.criterion(&c.id)?;
            Some(Gap {
                criterion: c.id.clone(),
                phrase: criterion.feedback.gap.get_or_any(lang).to_owned(),
                requirement: criterion.requirement.get_or_any(lang).to_owned(),
                develop: criterion.feedback.develop.get_or_any(lang).to_owned(),
                must_have: c.must_have,
            })
        })
        .collect();

    let other_candidate =
        candidate.decision_reason == Some(DecisionReason::OtherCandidate) && gaps.is_empty();
    // The folder's one time rule for both dates; only these two of its values matter here.
    let rules = hirekit_folder::TimeRules {
        feedback_days: settings.feedback_days,
        reconnect_months: settings.reconnect_months,
        ..hirekit_folder::TimeRules::DEFAULT
    };
    // A runner-up met every requirement: at least as worth a call as a near miss.
    let reconnect = ((assessment.talent_pool || other_candidate)
        && candidate.talent_pool_consent != Some(false))
    .then(|| Reconnect {
        month: rules.reconnect_month(settings.letter_date),
        consent: candidate.talent_pool_consent,
    });

    let mut interview_dates: Vec<NaiveDate> = candidate
        .interviews
        .iter()
        .map(|i| i.at.date_naive())
        .filter(|d| *d <= settings.letter_date)
        .collect();
    // Without planned interviews (a folder filled in by hand), the date comes from the
    // scorecards: a letter never says "the interview on  with …".
    if interview_dates.is_empty()
        && let Some(last) = assessment.last_interview
    {
        interview_dates.push(last.date_naive());
    }
    interview_dates.sort();
    interview_dates.dedup();
    let mut handles: Vec<&str> = assessment.interviewers.iter().map(String::as_str).collect();
    handles.sort_unstable();
    let interviewers = handles
        .iter()
        .map(|h| {
            settings
                .interviewer_names
                .get(*h)
                .cloned()
                .unwrap_or_else(|| capitalise(h))
        })
        .collect();
    let deadline = assessment
        .last_interview
        .map(|d| rules.feedback_due(d.date_naive()));

    let given = candidate
        .given_name
        .as_deref()
        .map(str::trim)
        .filter(|g| !g.is_empty());
    let salutation_name = match (settings.salutation, given) {
        (Salutation::GivenName, Some(given)) => given.to_owned(),
        _ => candidate.name.clone(),
    };

    LetterContent {
        language: lang,
        candidate_id: candidate.id.clone(),
        candidate_name: candidate.name.clone(),
        salutation_name,
        candidate_address: candidate.address.clone(),
        role: card.title.get_or_any(lang).to_owned(),
        interview_dates,
        interviewers,
        strengths,
        gaps,
        other_candidate,
        reconnect,
        letter_date: settings.letter_date,
        deadline,
        bands: settings.score_bands.then(|| bands(card, assessment, lang)),
    }
}

/// `ayla` → `Ayla`: a handle shown as a name when no display name is configured.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
