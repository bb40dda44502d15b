//! The optional score-band appendix: each criterion with its requirement and a band, so a
//! candidate sees where they stood without exact scores. Bands come from the panel's mean per
//! criterion and the scale's pass mark only; an interviewer's name or rating never enters here.

use hirekit_panel::Assessment;
use hirekit_scorecard::{Language, Scorecard};
use serde::Serialize;

/// Where the panel's mean for a criterion fell, in words a candidate can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// At or above the pass mark.
    Meets,
    /// Below the pass mark, but at least halfway from the bottom of the scale to it.
    Partly,
    /// Less than halfway to the pass mark.
    NotYet,
    /// No interviewer rated this criterion.
    NotAssessed,
}

/// One line of the appendix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionBand {
    /// The criterion's name, e.g. "API and service design".
    pub name: String,
    /// The requirement as written in the vacancy.
    pub requirement: String,
    pub band: Band,
}

/// The band of a panel mean on a scale from `min` with pass mark `pass`. "Partly" starts halfway
/// between the bottom of the scale and the pass mark (2 on a 1–4 scale with pass 3): close enough
/// to name, far enough below the bar that it is not a near pass.
pub fn band(mean: Option<f64>, min: u8, pass: u8) -> Band {
    let Some(mean) = mean else {
        return Band::NotAssessed;
    };
    let pass = f64::from(pass);
    let halfway = (f64::from(min) + pass) / 2.0;
    if mean >= pass {
        Band::Meets
    } else if mean >= halfway {
        Band::Partly
    } else {
        Band::NotYet
    }
}

/// Every criterion of `card`, in scorecard order, with its band.
pub fn bands(card: &Scorecard, assessment: &Assessment, lang: Language) -> Vec<CriterionBand> {
    card.criteria
        .iter()
        .map(|criterion| {
            let mean = assessment
                .criteria
                .iter()
                .find(|c| c.id == criterion.id)
                .and_then(|c| c.mean);
            CriterionBand {
                name: criterion.name.get_or_any(lang).to_owned(),
                requirement: criterion.requirement.get_or_any(lang).to_owned(),
                band: band(mean, card.scale.min, card.scale.pass),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_split_at_the_pass_mark_and_halfway_to_it() {
        let cases = [
            (None, Band::NotAssessed),
            (Some(1.0), Band::NotYet),
            (Some(1.5), Band::NotYet),
            (Some(2.0), Band::Partly),
            (Some(2.99), Band::Partly),
            (Some(3.0), Band::Meets),
            (Some(4.0), Band::Meets),
        ];
        for (mean, expected) in cases {
            assert_eq!(band(mean, 1, 3), expected, "mean {mean:?}");
        }
        // A 0–10 scale with pass 6: halfway is 3.
        assert_eq!(band(Some(2.9), 0, 6), Band::NotYet);
        assert_eq!(band(Some(3.0), 0, 6), Band::Partly);
    }
}
