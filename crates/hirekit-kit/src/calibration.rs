//! Calibration material: the sample answers per scale point that a scorecard may carry, gathered
//! for rater training before the interviews (never for rating a candidate by comparison).

use hirekit_scorecard::{Criterion, Language, Scorecard};

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
        title: lang
            .pick("Kalibratie: voorbeeldantwoorden", "Calibration: sample answers")
            .to_owned(),
        intro: lang
            .pick(
                "Voor de training van interviewers, vóór de gesprekken: zo klinkt een antwoord op elk punt van                  de schaal. Beoordeel samen een paar voorbeelden en vergelijk je scores. Beoordeel een kandidaat                  altijd met de ankers, niet door te vergelijken met deze voorbeelden.",
                "For training interviewers, before the interviews: what an answer at each point of the scale                  sounds like. Rate a few samples together and compare your scores. Always rate a candidate                  against the anchors, not by comparing with these samples.",
            )
            .to_owned(),
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
