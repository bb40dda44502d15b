//! Interviewer calibration: how each interviewer's ratings compare with the rest of the panel,
//! and how far each panel agrees. Shown to the people involved; never used to change a score.
//!
//! A *pair* is one candidate and one criterion. On every pair that an interviewer rated and at
//! least one other interviewer rated too, the difference is their rating minus the mean of the
//! others' ratings; **leniency** is the mean of those differences (positive: milder than the rest
//! of the panel, negative: stricter). Pairs count equally, however many others rated them, so
//! this is also their mean minus the rest of the panel's mean on the same pairs.

use std::collections::{BTreeMap, BTreeSet};

use hirekit_folder::{FilledScorecard, Folder};
use hirekit_scorecard::{Language, Scorecard};

use crate::alpha::{Metric, krippendorff};
use crate::model::{Caution, ScorecardAgreement};
use crate::timeliness::round2;

/// Below this many candidates with shared ratings, an agreement figure gets a caution. A rule
/// of thumb of hirekit, not a published threshold: a handful of candidates moves alpha a lot.
pub const MIN_CANDIDATES: usize = 10;

/// One interviewer's calibration figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calibration {
    pub leniency: Option<f64>,
    pub shared_ratings: usize,
    pub shared_candidates: usize,
    pub spread: Option<f64>,
    pub not_assessed: Option<f64>,
    pub distribution: BTreeMap<u8, usize>,
}

/// A rating that counts: a score, not marked "not assessed".
fn score(filled: &FilledScorecard, criterion: &str) -> Option<u8> {
    let rating = filled.ratings.get(criterion)?;
    rating.score.filter(|_| !rating.not_assessed)
}

/// The scorecards of a candidate that were filled in on the candidate's own scorecard.
fn panel<'a>(filled: &'a [FilledScorecard], card: &Scorecard) -> Vec<&'a FilledScorecard> {
    filled.iter().filter(|f| f.scorecard == card.id).collect()
}

/// Calibration figures per interviewer handle, over every candidate in the folder.
pub fn interviewers(folder: &Folder) -> BTreeMap<String, Calibration> {
    #[derive(Default)]
    struct Sums {
        differences: Vec<f64>,
        candidates: BTreeSet<String>,
        scores: Vec<f64>,
        slots: usize,
        not_assessed: usize,
        distribution: BTreeMap<u8, usize>,
    }
    let mut sums: BTreeMap<String, Sums> = BTreeMap::new();
    for files in &folder.candidates {
        let Some(card) = folder.scorecard_of(&files.candidate) else {
            continue;
        };
        let panel = panel(&files.interviews, card);
        for filled in &panel {
            let entry = sums.entry(filled.interviewer.clone()).or_default();
            for criterion in &card.criteria {
                entry.slots += 1;
                match score(filled, &criterion.id) {
                    Some(s) => {
                        entry.scores.push(f64::from(s));
                        *entry.distribution.entry(s).or_default() += 1;
                    }
                    None => entry.not_assessed += 1,
                }
            }
        }
        for criterion in &card.criteria {
            let rated: Vec<(&str, f64)> = panel
                .iter()
                .filter_map(|f| Some((f.interviewer.as_str(), f64::from(score(f, &criterion.id)?))))
                .collect();
            if rated.len() < 2 {
                continue;
            }
            let total: f64 = rated.iter().map(|(_, s)| s).sum();
            let others = (rated.len() - 1) as f64;
            for (who, own) in &rated {
                let entry = sums.entry((*who).to_owned()).or_default();
                entry.differences.push(own - (total - own) / others);
                entry.candidates.insert(files.candidate.id.clone());
            }
        }
    }
    sums.into_iter()
        .map(|(who, s)| {
            let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
            let leniency = (!s.differences.is_empty()).then(|| round2(mean(&s.differences)));
            let spread = (s.scores.len() >= 2).then(|| {
                let m = mean(&s.scores);
                let squares: f64 = s.scores.iter().map(|x| (x - m).powi(2)).sum();
                round2((squares / (s.scores.len() - 1) as f64).sqrt())
            });
            let not_assessed =
                (s.slots > 0).then(|| round2(s.not_assessed as f64 / s.slots as f64));
            let calibration = Calibration {
                leniency,
                shared_ratings: s.differences.len(),
                shared_candidates: s.candidates.len(),
                spread,
                not_assessed,
                distribution: s.distribution,
            };
            (who, calibration)
        })
        .collect()
}

/// The panel's agreement per scorecard that candidates applied on (a vacancy): Krippendorff's
/// alpha for ordinal data, with every candidate-criterion pair a unit and every interviewer a rater.
pub fn agreement(folder: &Folder, lang: Language) -> Vec<ScorecardAgreement> {
    folder
        .scorecards
        .values()
        .filter(|card| {
            folder
                .candidates
                .iter()
                .any(|f| f.candidate.scorecard == card.id)
        })
        .map(|card| {
            let mut units = Vec::new();
            let mut candidates = BTreeSet::new();
            for files in folder
                .candidates
                .iter()
                .filter(|f| f.candidate.scorecard == card.id)
            {
                let panel = panel(&files.interviews, card);
                for criterion in &card.criteria {
                    let unit: Vec<Option<u8>> =
                        panel.iter().map(|f| score(f, &criterion.id)).collect();
                    if unit.iter().flatten().count() >= 2 {
                        candidates.insert(files.candidate.id.clone());
                    }
                    units.push(unit);
                }
            }
            let alpha = krippendorff(&units, Metric::Ordinal);
            let caution = match alpha.value {
                _ if alpha.units == 0 => Some(Caution::NoSharedRatings),
                None => Some(Caution::NoVariation),
                Some(_) if candidates.len() < MIN_CANDIDATES => Some(Caution::FewCandidates),
                Some(_) => None,
            };
            ScorecardAgreement {
                id: card.id.clone(),
                title: card.title.get_or_any(lang).to_owned(),
                alpha: alpha.value.map(|a| (a * 1000.0).round() / 1000.0),
                ratings: alpha.ratings,
                candidates: candidates.len(),
                caution,
            }
        })
        .collect()
}
