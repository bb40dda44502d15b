//! Matching a new vacancy against the pool: whose earlier panel ratings met the new scorecard's
//! requirements. A criterion of the new scorecard counts as met when the person's earlier
//! scorecard had a criterion with the same id or the same requirement (in either language) and
//! the panel's mean on it reached that scorecard's pass mark; for a person added by hand, when it
//! is one of the strengths noted for them.

use hirekit_folder::{Folder, TimeRules};
use hirekit_scorecard::{Criterion, Language, Scorecard};
use serde::Serialize;

use crate::members::View;
use crate::model::Kind;

/// Why a criterion of the new scorecard counts as met.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The new scorecard's criterion.
    pub criterion: String,
    /// The earlier scorecard's criterion it was matched to.
    pub earlier: String,
    /// How the two were matched.
    pub via: Via,
    /// The panel's mean on the earlier criterion (none for a strength noted by hand).
    pub mean: Option<f64>,
    /// The earlier scorecard's pass mark.
    pub pass: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The same criterion id.
    SameId,
    /// The same requirement text.
    SameRequirement,
}

/// One pool member's match with a vacancy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    pub member: String,
    pub name: String,
    /// The scorecard their ratings come from.
    pub earlier_scorecard: String,
    pub evidence: Vec<Evidence>,
    /// The weight of the met criteria, and of all the new scorecard's criteria.
    pub matched_weight: f64,
    pub total_weight: f64,
    /// Must-haves of the new scorecard met, of how many.
    pub must_haves_met: usize,
    pub must_haves: usize,
}

impl Match {
    /// The share of the new scorecard's weight met, from 0 to 1.
    pub fn share(&self) -> f64 {
        if self.total_weight > 0.0 {
            self.matched_weight / self.total_weight
        } else {
            0.0
        }
    }

    /// Whether the match is strong enough to name the vacancy as a reason to get in touch: every
    /// must-have met and at least half of the weight.
    pub fn is_strong(&self) -> bool {
        self.must_haves_met == self.must_haves && self.share() >= 0.5
    }
}

fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn same_requirement(a: &Criterion, b: &Criterion) -> bool {
    let texts = |c: &Criterion| -> Vec<String> {
        Language::ALL
            .iter()
            .filter_map(|l| c.requirement.get(*l))
            .map(normalised)
            .filter(|t| !t.is_empty())
            .collect()
    };
    let theirs = texts(b);
    texts(a).iter().any(|t| theirs.contains(t))
}

/// The earlier criterion that stands for `new`: the same id first, else the same requirement.
fn counterpart<'c>(new: &Criterion, earlier: &'c Scorecard) -> Option<(&'c Criterion, Via)> {
    earlier
        .criteria
        .iter()
        .find(|c| c.id == new.id)
        .map(|c| (c, Via::SameId))
        .or_else(|| {
            earlier
                .criteria
                .iter()
                .find(|c| same_requirement(new, c))
                .map(|c| (c, Via::SameRequirement))
        })
}

/// How `view` matches `card`; `None` when nothing matches or they have no valid consent.
pub fn match_one(view: &View<'_>, folder: &Folder, card: &Scorecard) -> Option<Match> {
    view.consent_until?;
    let (earlier, means): (&Scorecard, Vec<(String, Option<f64>)>) = match view.member.kind {
        Kind::Candidate => {
            let files = view.candidate?;
            let earlier = folder.scorecard_of(&files.candidate)?;
            let rules = TimeRules::of(&folder.profile);
            let assessment = hirekit_panel::assess_under(
                earlier,
                &files.interviews,
                &files.candidate.interviews,
                &rules,
            );
            let means = assessment
                .criteria
                .iter()
                .map(|c| (c.id.clone(), c.mean))
                .collect();
            (earlier, means)
        }
        _ => {
            let earlier = folder.scorecards.get(&view.member.area)?;
            let noted = view
                .member
                .strengths
                .iter()
                .map(|s| (s.clone(), None))
                .collect();
            (earlier, noted)
        }
    };
    let pass = earlier.scale.pass;
    let mut evidence = Vec::new();
    let (mut matched_weight, mut total_weight) = (0.0, 0.0);
    let (mut must_haves_met, mut must_haves) = (0, 0);
    for new in &card.criteria {
        total_weight += new.weight;
        must_haves += usize::from(new.must_have);
        let Some((old, via)) = counterpart(new, earlier) else {
            continue;
        };
        let met = means
            .iter()
            .find(|(id, _)| *id == old.id)
            .and_then(|(_, mean)| {
                match (view.member.kind, mean) {
                    (Kind::Candidate, Some(m)) if *m >= f64::from(pass) => Some(Some(*m)),
                    (Kind::Candidate, _) => None,
                    // A strength noted by hand: present in the list means met.
                    (_, _) => Some(None),
                }
            });
        if let Some(mean) = met {
            matched_weight += new.weight;
            must_haves_met += usize::from(new.must_have);
            evidence.push(Evidence {
                criterion: new.id.clone(),
                earlier: old.id.clone(),
                via,
                mean,
                pass,
            });
        }
    }
    if evidence.is_empty() {
        return None;
    }
    Some(Match {
        member: view.member.id.clone(),
        name: view.name.clone(),
        earlier_scorecard: earlier.id.clone(),
        evidence,
        matched_weight,
        total_weight,
        must_haves_met,
        must_haves,
    })
}

/// Everyone in the pool whose earlier ratings meet part of `card`, best first: the most
/// must-haves met, then the largest share of the weight, then by id.
pub fn match_vacancy(views: &[View<'_>], folder: &Folder, card: &Scorecard) -> Vec<Match> {
    let mut matches: Vec<Match> = views
        .iter()
        .filter_map(|v| match_one(v, folder, card))
        .collect();
    matches.sort_by(|a, b| {
        b.must_haves_met
            .cmp(&a.must_haves_met)
            .then(
                b.share()
                    .partial_cmp(&a.share())
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.member.cmp(&b.member))
    });
    matches
}
