//! Checks of the parts of a scorecard that shape the interview and the decision rule: the
//! decision settings (`min_coverage`, `discuss_band`), the calibration examples and the mix of
//! question kinds. Kept apart from `validate.rs` so each file stays readable.

use std::collections::BTreeMap;

use hirekit_yaml::{Diagnostic, Document};

use crate::model::{QuestionKind, Scale};
use crate::text::Text;
use crate::validate::{PartialCriterion, Parts};

/// `min_coverage` is a share of the total weight; `discuss_band` must leave room on the scale.
pub fn check_decision_settings(
    parts: &Parts,
    scale: &Scale,
    doc: &Document,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(coverage) = parts.min_coverage
        && !(coverage > 0.0 && coverage <= 1.0)
    {
        out.push(
            doc.error_at(
                "/min_coverage",
                format!("`min_coverage` must be more than 0 and at most 1, found {coverage}"),
            )
            .with_hint(
                "it is the share of the total weight that must be rated, e.g. `1` for every criterion or `0.8` for 80 %",
            ),
        );
    }
    let (Some(band), Some(advance_at)) = (parts.discuss_band, parts.advance_at) else {
        return;
    };
    if !(band >= 0.0 && advance_at - band >= f64::from(scale.min)) {
        out.push(
            doc.error_at(
                "/discuss_band",
                format!(
                    "`discuss_band` must be at least 0 and keep `advance_at - discuss_band` on the scale, found {band}"
                ),
            )
            .with_hint("a small band such as `0.25` proposes overall scores just below `advance_at` for discussion; `0` turns it off"),
        );
    }
}

/// Sample answers belong to points of the scale, like anchors.
pub fn check_examples(
    examples: &BTreeMap<u8, Text>,
    scale: &Scale,
    doc: &Document,
    at: &str,
    out: &mut Vec<Diagnostic>,
) {
    for point in examples.keys() {
        if !scale.points().any(|p| p == *point) {
            out.push(
                doc.error_at_key(
                    &format!("{at}/examples"),
                    &point.to_string(),
                    format!(
                        "example for point {point} is outside the scale {}-{}",
                        scale.min, scale.max
                    ),
                )
                .with_hint("examples show what an answer at a point of the scale sounds like; remove this one or widen the scale"),
            );
        }
    }
}

/// A criterion whose questions name their kind should have both a past-behaviour and a
/// situational question (Campion, Palmer & Campion 1997): each kind catches what the other misses.
pub fn check_question_kinds(
    criterion: &PartialCriterion,
    doc: &Document,
    at: &str,
    out: &mut Vec<Diagnostic>,
) {
    let kinds = &criterion.question_kinds;
    if kinds.iter().all(Option::is_none) {
        return;
    }
    for (kind, name) in [
        (QuestionKind::Past, "past-behaviour (`kind: past`)"),
        (
            QuestionKind::Situational,
            "situational (`kind: situational`)",
        ),
    ] {
        if !kinds.contains(&Some(kind)) {
            out.push(
                doc.warning_at(
                    &format!("{at}/questions"),
                    format!("criterion `{}` has no {name} question", criterion.id),
                )
                .with_hint("ask one question about what the candidate did and one about a realistic dilemma"),
            );
        }
    }
}
