//! The parts of the kit that run the interview itself: how to use the kit, the time plan, the
//! opening and the closing. The same for every candidate, so that the interview is the same.

use hirekit_scorecard::{Language, Scale, Scorecard};

use hirekit_text::msg;

use crate::model::{KitPlan, KitPlanRow, KitSection};

/// Minutes for introductions and the format, before the first question.
pub const OPENING_MINUTES: u32 = 5;
/// Minutes for the candidate's own questions and what happens next.
pub const CLOSING_MINUTES: u32 = 10;

pub fn how_to(scale: &Scale, scorecard_hours: u32, lang: Language) -> Vec<String> {
    // Content that only comes out after a probe scores at most the second point of the scale.
    let probed_max = scale.min.saturating_add(1).min(scale.max);
    vec![
        msg!(lang, "kit-how-to-1"),
        msg!(lang, "kit-how-to-2", probed_max = u32::from(probed_max)),
        msg!(lang, "kit-how-to-3"),
        msg!(lang, "kit-how-to-4"),
        msg!(lang, "kit-how-to-5"),
        msg!(lang, "kit-how-to-6", hours = scorecard_hours),
    ]
}

/// Opening, one row per criterion, closing, and the total. Criteria without `minutes` show `–`
/// and the total says so, rather than pretending they take no time.
pub fn plan(scorecard: &Scorecard, lang: Language) -> KitPlan {
    let mut rows = vec![KitPlanRow {
        part: msg!(lang, "kit-plan-opening"),
        minutes: OPENING_MINUTES.to_string(),
    }];
    rows.extend(
        scorecard
            .criteria
            .iter()
            .enumerate()
            .map(|(n, c)| KitPlanRow {
                part: format!("{}. {}", n + 1, c.name.get_or_any(lang)),
                minutes: c.minutes.map_or("–".to_owned(), |m| m.to_string()),
            }),
    );
    rows.push(KitPlanRow {
        part: msg!(lang, "kit-plan-closing"),
        minutes: CLOSING_MINUTES.to_string(),
    });
    let total = OPENING_MINUTES + scorecard.total_minutes() + CLOSING_MINUTES;
    let unplanned = scorecard
        .criteria
        .iter()
        .filter(|c| c.minutes.is_none())
        .count();
    KitPlan {
        title: msg!(lang, "kit-plan-title"),
        columns: [
            msg!(lang, "kit-plan-column-part"),
            msg!(lang, "kit-plan-column-minutes"),
            msg!(lang, "kit-plan-column-who"),
        ],
        rows,
        total: msg!(
            lang,
            "kit-plan-total",
            minutes = total,
            unplanned = unplanned
        ),
    }
}

pub fn opening(scorecard: &Scorecard, lang: Language) -> KitSection {
    let topics = scorecard.criteria.len();
    let minutes = OPENING_MINUTES + scorecard.total_minutes() + CLOSING_MINUTES;
    KitSection {
        title: msg!(lang, "kit-opening-title"),
        lines: vec![
            msg!(lang, "kit-opening-1"),
            msg!(lang, "kit-opening-2", topics = topics, minutes = minutes),
            msg!(lang, "kit-opening-3"),
            msg!(lang, "kit-opening-4"),
        ],
    }
}

pub fn closing(feedback_days: u32, scorecard_hours: u32, lang: Language) -> KitSection {
    KitSection {
        title: msg!(lang, "kit-closing-title"),
        lines: vec![
            msg!(lang, "kit-closing-1", minutes = CLOSING_MINUTES),
            msg!(lang, "kit-closing-2", days = feedback_days),
            msg!(lang, "kit-closing-3"),
            msg!(lang, "kit-closing-4", hours = scorecard_hours),
        ],
    }
}
