//! Calibration material: the sample answers per scale point that a scorecard may carry, gathered
//! for rater training before the interviews (never for rating a candidate by comparison).

use hirekit_scorecard::{Criterion, Language, Scorecard};

use hirekit_text::msg;

use crate::model::{KitCalibration, KitCalibrationCriterion, KitExample};

/// The sample answers of every criterion that has them, for rater training.
pub fn build(scorecard: &Scorecard, lang: Language) -> Option<KitCalibration> {
    let with_examples: Vec<(usize, &Criterion)> = scorecard
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.examples.is_empty())
        .collect();
    if with_examples.is_empty() {
        return None;
    }
    let label_of = |point: u8| {
        scorecard
            .scale
            .labels
            .get(&point)
            .map(|l| l.get_or_any(lang).to_owned())
            .unwrap_or_default()
    };
    Some(KitCalibration {
        title: msg!(lang, "kit-calibration-title"),
        intro: msg!(lang, "kit-calibration-intro"),
        criteria: with_examples
            .into_iter()
            .map(|(n, c)| KitCalibrationCriterion {
                heading: format!("{}. {}", n + 1, c.name.get_or_any(lang)),
                examples: c
                    .examples
                    .iter()
                    .map(|(point, text)| KitExample {
                        point: *point,
                        label: label_of(*point),
                        text: text.get_or_any(lang).to_owned(),
                    })
                    .collect(),
            })
            .collect(),
    })
}
