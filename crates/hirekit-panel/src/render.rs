//! The score view as text: a terminal table and Markdown. Both only arrange a [`ScoreView`];
//! every word comes from the message catalogue and every number is written the language's way
//! (`3,40` in Dutch, `3.40` in English). JSON is the view itself, serialised by the caller.

use std::fmt::Write as _;

use hirekit_folder::{Decision, Folder};
use hirekit_scorecard::{Language, Scorecard};
use hirekit_text::msg;
use hirekit_text::number::{fixed, number, share};
use hirekit_text::style::{BOLD, DIM, ERROR, GOOD, WARNING};
use hirekit_text::wrap::{pad, pad_left, truncate, width};

use crate::view::{CandidateScore, ScoreView};
use crate::{Assessment, Awaiting, Outcome, Reason};

/// The terminal table of every candidate, separated by a blank line: readable at 100 columns,
/// colour marks what needs attention.
pub fn table(view: &ScoreView, folder: &Folder, lang: Language) -> String {
    view.candidates
        .iter()
        .map(|c| candidate_table(c, folder, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Markdown of every candidate: a heading, the proposal and a table each.
pub fn markdown(view: &ScoreView, folder: &Folder, lang: Language) -> String {
    view.candidates
        .iter()
        .map(|c| candidate_markdown(c, folder, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The proposed outcome in words.
pub fn outcome_label(a: &Assessment, lang: Language) -> String {
    match (a.outcome, a.talent_pool) {
        (Outcome::Advance, _) => msg!(lang, "outcome-advance"),
        (Outcome::Reject, true) => msg!(lang, "outcome-reject-pool"),
        (Outcome::Reject, false) => msg!(lang, "outcome-reject"),
        (Outcome::Discuss, true) => msg!(lang, "outcome-discuss-pool"),
        (Outcome::Discuss, false) => msg!(lang, "outcome-discuss"),
        (Outcome::Incomplete, _) => msg!(lang, "outcome-incomplete"),
    }
}

/// A recorded decision in words.
pub fn decision_label(decision: Decision, lang: Language) -> String {
    match decision {
        Decision::Advance => msg!(lang, "decision-advance"),
        Decision::Reject => msg!(lang, "decision-reject"),
        Decision::Hired => msg!(lang, "decision-hired"),
        Decision::Withdrawn => msg!(lang, "decision-withdrawn"),
    }
}

/// Why the outcome was proposed, in words, with the criteria by their names.
pub fn reason_text(reason: &Reason, card: &Scorecard, lang: Language) -> String {
    let name = |id: &str| {
        card.criterion(id)
            .map_or(id.to_owned(), |c| c.name.get_or_any(lang).to_owned())
    };
    let two = |value: f64| fixed(value, 2, lang);
    match reason {
        Reason::NoScorecards => msg!(lang, "score-reason-no-scorecards"),
        Reason::NothingAssessed => msg!(lang, "score-reason-nothing-assessed"),
        Reason::MustHaveUnassessed { criterion } => {
            msg!(
                lang,
                "score-reason-must-have-unassessed",
                criterion = name(criterion)
            )
        }
        Reason::CoverageBelowMinimum {
            coverage,
            min_coverage,
        } => msg!(
            lang,
            "score-reason-coverage-below",
            coverage = share(*coverage, lang),
            minimum = share(*min_coverage, lang),
        ),
        Reason::MustHaveSplit {
            criterion,
            min,
            max,
            pass,
        } => msg!(
            lang,
            "score-reason-must-have-split",
            criterion = name(criterion),
            min = u32::from(*min),
            max = u32::from(*max),
            pass = u32::from(*pass),
        ),
        Reason::OverallInDiscussBand {
            overall,
            advance_at,
            discuss_from,
        } => msg!(
            lang,
            "score-reason-discuss-band",
            overall = two(*overall),
            advance_at = two(*advance_at),
            discuss_from = two(*discuss_from),
        ),
        Reason::MustHaveFailed {
            criterion,
            mean,
            pass,
        } => msg!(
            lang,
            "score-reason-must-have-failed",
            criterion = name(criterion),
            mean = two(*mean),
            pass = u32::from(*pass),
        ),
        Reason::OverallReachesAdvance {
            overall,
            advance_at,
        } => msg!(
            lang,
            "score-reason-reaches-advance",
            overall = two(*overall),
            advance_at = two(*advance_at),
        ),
        Reason::OverallBelowAdvance {
            overall,
            advance_at,
        } => msg!(
            lang,
            "score-reason-below-advance",
            overall = two(*overall),
            advance_at = two(*advance_at),
        ),
        Reason::NearMiss {
            overall,
            talent_pool_at,
        } => msg!(
            lang,
            "score-reason-near-miss",
            overall = two(*overall),
            talent_pool_at = two(*talent_pool_at),
        ),
    }
}

fn mean_text(mean: Option<f64>, lang: Language) -> String {
    mean.map_or("–".to_owned(), |m| fixed(m, 2, lang))
}

/// One interviewer's score on a criterion, or a dash.
fn score_of(c: &crate::CriterionResult, interviewer: &str) -> String {
    c.ratings
        .iter()
        .find(|r| r.interviewer == interviewer)
        .map_or("–".to_owned(), |r| r.score.to_string())
}

fn candidate_table(report: &CandidateScore, folder: &Folder, lang: Language) -> String {
    let Some(a) = &report.assessment else {
        return awaiting_table(report, folder, lang);
    };
    let Some(card) = folder.scorecards.get(&a.scorecard) else {
        return String::new();
    };
    let mut out = String::new();
    let style = match (a.outcome, a.talent_pool) {
        (Outcome::Advance, _) => GOOD,
        (Outcome::Reject, true) => WARNING,
        (Outcome::Reject, false) => ERROR,
        (Outcome::Discuss | Outcome::Incomplete, _) => WARNING,
    };
    let _ = writeln!(
        out,
        "{BOLD}{}{BOLD:#}  {}  {DIM}— {}{DIM:#}\n  {style}{}{style:#}",
        report.id,
        report.name,
        card.title.get_or_any(lang),
        outcome_label(a, lang).to_uppercase()
    );
    if let Some(decision) = report.decision {
        let _ = writeln!(
            out,
            "  {DIM}{}: {}{DIM:#}",
            msg!(lang, "score-decision"),
            decision_label(decision, lang)
        );
    }
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(
            out,
            "  {WARNING}{}{WARNING:#} {}",
            msg!(lang, "score-shown-early"),
            awaited_line(awaiting, lang)
        );
    }
    let _ = writeln!(
        out,
        "  {} {}  ({} {}, {} {})  {} {} ({} {})",
        msg!(lang, "score-overall"),
        mean_text(a.overall, lang),
        msg!(lang, "score-advance-at"),
        fixed(card.advance_at, 2, lang),
        msg!(lang, "score-talent-pool-at"),
        fixed(card.talent_pool_at, 2, lang),
        msg!(lang, "score-coverage"),
        share(a.coverage, lang),
        msg!(lang, "score-minimum-short"),
        share(card.min_coverage, lang)
    );
    let id_width = card
        .criteria
        .iter()
        .map(|c| width(&c.id))
        .max()
        .unwrap_or(10)
        .clamp(10, 28);
    let mut header = format!(
        "  {} {} {}",
        pad(&msg!(lang, "score-column-criterion"), id_width),
        pad_left(&msg!(lang, "score-column-weight"), 3),
        pad(&msg!(lang, "score-column-must"), 4)
    );
    for who in &a.interviewers {
        let _ = write!(header, " {}", pad_left(&truncate(who, 6), 6));
    }
    let _ = write!(header, " {}", pad_left(&msg!(lang, "score-column-mean"), 6));
    let _ = writeln!(out, "{BOLD}{header}{BOLD:#}");
    for c in &a.criteria {
        let must = if c.must_have {
            msg!(lang, "score-yes")
        } else {
            String::new()
        };
        let mut line = format!(
            "  {} {} {}",
            pad(&truncate(&c.id, id_width), id_width),
            pad_left(&number(c.weight, lang), 3),
            pad(&must, 4)
        );
        for interviewer in &a.interviewers {
            let _ = write!(line, " {}", pad_left(&score_of(c, interviewer), 6));
        }
        let below = c.mean.is_some_and(|m| m < f64::from(card.scale.pass));
        let mean = pad_left(&mean_text(c.mean, lang), 6);
        if below {
            let _ = write!(line, " {ERROR}{mean}{ERROR:#}");
        } else {
            let _ = write!(line, " {mean}");
        }
        if a.split_must_haves.contains(&c.id) {
            let _ = write!(
                line,
                "  {WARNING}{}{WARNING:#}",
                msg!(lang, "score-must-have-split")
            );
        } else if c.must_have && below {
            let _ = write!(
                line,
                "  {ERROR}{}{ERROR:#}",
                msg!(lang, "score-must-have-failed")
            );
        } else if below {
            let _ = write!(line, "  {}", msg!(lang, "score-below-pass"));
        }
        if c.disagreement {
            let _ = write!(
                line,
                "  {WARNING}{}{WARNING:#}",
                msg!(lang, "score-disagreement")
            );
        }
        if c.mean.is_none() {
            let _ = write!(line, "  {DIM}{}{DIM:#}", msg!(lang, "not-assessed"));
        }
        let _ = writeln!(out, "{line}");
    }
    for late in &a.late_scorecards {
        let _ = writeln!(
            out,
            "  {WARNING}{}{WARNING:#} {}",
            msg!(lang, "score-late"),
            msg!(
                lang,
                "score-late-line",
                interviewer = &late.interviewer,
                lateness = late.lateness.describe(lang),
            )
        );
    }
    if !a.refilled_after_ratings_shown.is_empty() {
        let _ = writeln!(
            out,
            "  {WARNING}{}{WARNING:#} {}",
            msg!(lang, "score-refilled"),
            msg!(
                lang,
                "score-refilled-line",
                interviewers = a.refilled_after_ratings_shown.join(", "),
            )
        );
    }
    for flag in &a.red_flags {
        let evidence = report.red_flag_evidence.as_ref();
        let line = match evidence.and_then(|e| e.get(&flag.id)).map(String::as_str) {
            Some("bias_risk") => format!(
                "{DIM}{}: {} ({}) — {}{DIM:#}",
                msg!(lang, "score-caution"),
                flag.id,
                flag.interviewer,
                msg!(lang, "score-bias-risk")
            ),
            Some(evidence) => format!(
                "{WARNING}{}{WARNING:#}: {} ({}) — {}: {}",
                msg!(lang, "score-red-flag"),
                flag.id,
                flag.interviewer,
                evidence_label(evidence, lang),
                msg!(lang, "score-red-flag-verify")
            ),
            None => format!(
                "{}: {} ({})",
                msg!(lang, "score-red-flag"),
                flag.id,
                flag.interviewer
            ),
        };
        let _ = writeln!(out, "  {line}");
    }
    // At least one space after the label ("waarom:" is as long as the English column).
    let why = msg!(lang, "score-why");
    let label_width = width(&why).max(6) + 1;
    for (index, reason) in a.reasons.iter().enumerate() {
        let label = if index == 0 { why.as_str() } else { "" };
        let _ = writeln!(
            out,
            "  {DIM}{}{}{DIM:#}",
            pad(label, label_width),
            reason_text(reason, card, lang)
        );
    }
    out
}

/// The evidence grade of a red flag in the reader's language.
pub fn evidence_label(code: &str, lang: Language) -> String {
    match code {
        "supported" => msg!(lang, "evidence-supported"),
        "weak" => msg!(lang, "evidence-weak"),
        "bias_risk" => msg!(lang, "evidence-bias-risk"),
        other => other.to_owned(),
    }
}

fn candidate_markdown(report: &CandidateScore, folder: &Folder, lang: Language) -> String {
    let Some(a) = &report.assessment else {
        return awaiting_markdown(report, folder, lang);
    };
    let Some(card) = folder.scorecards.get(&a.scorecard) else {
        return String::new();
    };
    let mut out = format!(
        "## {} — {} ({})\n\n",
        report.id,
        report.name,
        card.title.get_or_any(lang)
    );
    let _ = writeln!(
        out,
        "**{}:** {}  ",
        msg!(lang, "score-proposed"),
        outcome_label(a, lang)
    );
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(
            out,
            "\n_{} {}_\n",
            msg!(lang, "score-shown-early-sentence"),
            awaited_line(awaiting, lang)
        );
    }
    let _ = writeln!(
        out,
        "**{}:** {} ({} {}) · **{}:** {} ({} {})\n",
        msg!(lang, "score-overall-heading"),
        mean_text(a.overall, lang),
        msg!(lang, "score-advance-at"),
        fixed(card.advance_at, 2, lang),
        msg!(lang, "score-coverage-heading"),
        share(a.coverage, lang),
        msg!(lang, "score-minimum"),
        share(card.min_coverage, lang)
    );
    let mut header = format!(
        "| {} | {} | {} |",
        msg!(lang, "score-column-criterion-heading"),
        msg!(lang, "score-column-weight-heading"),
        msg!(lang, "score-column-must-heading")
    );
    let mut rule = "|---|---:|:---:|".to_owned();
    for who in &a.interviewers {
        let _ = write!(header, " {who} |");
        rule.push_str("---:|");
    }
    let _ = write!(
        header,
        " {} | {} |",
        msg!(lang, "score-column-mean-heading"),
        msg!(lang, "score-column-notes-heading")
    );
    rule.push_str("---:|---|");
    let _ = writeln!(out, "{header}\n{rule}");
    for c in &a.criteria {
        let name = card
            .criterion(&c.id)
            .map_or(c.id.clone(), |x| x.name.get_or_any(lang).to_owned());
        let mut row = format!(
            "| {name} | {} | {} |",
            number(c.weight, lang),
            if c.must_have { "✔" } else { "" }
        );
        for who in &a.interviewers {
            let _ = write!(row, " {} |", score_of(c, who));
        }
        let mut notes = Vec::new();
        if a.split_must_haves.contains(&c.id) {
            notes.push(format!("**{}**", msg!(lang, "score-must-have-split")));
        } else if a.must_haves_failed.contains(&c.id) {
            notes.push(format!("**{}**", msg!(lang, "score-must-have-failed")));
        }
        if c.disagreement {
            notes.push(msg!(lang, "score-disagreement-note"));
        }
        if c.mean.is_none() {
            notes.push(msg!(lang, "not-assessed"));
        }
        let _ = writeln!(row, " {} | {} |", mean_text(c.mean, lang), notes.join(", "));
        out.push_str(&row);
    }
    out.push('\n');
    for late in &a.late_scorecards {
        let _ = writeln!(
            out,
            "- {}",
            msg!(
                lang,
                "score-late-item",
                interviewer = &late.interviewer,
                lateness = late.lateness.describe(lang),
            )
        );
    }
    for flag in &a.red_flags {
        let caution = report
            .red_flag_evidence
            .as_ref()
            .and_then(|e| e.get(&flag.id))
            .is_some_and(|e| e == "bias_risk");
        let (label, note) = if caution {
            (
                msg!(lang, "score-caution-heading"),
                msg!(lang, "score-bias-risk-note"),
            )
        } else {
            (
                msg!(lang, "score-red-flag-heading"),
                msg!(lang, "score-red-flag-verify-note"),
            )
        };
        let _ = writeln!(
            out,
            "- {label}: `{}` ({}) — {note}",
            flag.id, flag.interviewer
        );
    }
    let reasons: Vec<String> = a
        .reasons
        .iter()
        .map(|r| reason_text(r, card, lang))
        .collect();
    let _ = writeln!(
        out,
        "- {}: {}",
        msg!(lang, "score-why-heading"),
        reasons.join("; ")
    );
    out
}

/// "ingediend: ayla; wacht op: bram, zoe" — the only thing shown of an incomplete panel.
fn awaited_line(awaiting: &Awaiting, lang: Language) -> String {
    let submitted = if awaiting.submitted.is_empty() {
        msg!(lang, "score-nobody-yet")
    } else {
        awaiting.submitted.join(", ")
    };
    msg!(
        lang,
        "score-awaited",
        submitted = submitted,
        awaited = awaiting.awaited.join(", "),
    )
}

/// The role a candidate applied for, for a heading.
fn role_title(report: &CandidateScore, folder: &Folder, lang: Language) -> String {
    folder
        .candidate(&report.id)
        .and_then(|c| folder.scorecard_of(&c.candidate))
        .map(|card| card.title.get_or_any(lang).to_owned())
        .unwrap_or_default()
}

/// A candidate whose panel is not complete: who has submitted and who is awaited, nothing else.
fn awaiting_table(report: &CandidateScore, folder: &Folder, lang: Language) -> String {
    let mut out = format!(
        "{BOLD}{}{BOLD:#}  {}  {DIM}— {}{DIM:#}\n  {WARNING}{}{WARNING:#}\n",
        report.id,
        report.name,
        role_title(report, folder, lang),
        msg!(lang, "score-status-awaiting-heading")
    );
    if let Some(decision) = report.decision {
        let _ = writeln!(
            out,
            "  {} {}",
            msg!(lang, "score-decision"),
            decision_label(decision, lang)
        );
    }
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(out, "  {}", awaited_line(awaiting, lang));
    }
    let _ = writeln!(out, "  {DIM}{}{DIM:#}", msg!(lang, "score-hidden"));
    out
}

fn awaiting_markdown(report: &CandidateScore, folder: &Folder, lang: Language) -> String {
    let mut out = format!(
        "## {} — {} ({})\n\n**{}:** {}  \n",
        report.id,
        report.name,
        role_title(report, folder, lang),
        msg!(lang, "score-status"),
        msg!(lang, "score-status-awaiting")
    );
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(out, "{}\n", awaited_line(awaiting, lang));
    }
    let _ = writeln!(out, "_{}_", msg!(lang, "score-hidden-sentence"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_write_numbers_the_reader_s_way() {
        let (card, _) = crate::example();
        let id = card.criteria[0].id.clone();
        let failed = Reason::MustHaveFailed {
            criterion: id.clone(),
            mean: 1.5,
            pass: 3,
        };
        assert_eq!(
            reason_text(&failed, &card, Language::Nl),
            format!("harde eis niet gehaald: {id} (1,50 < 3)")
        );
        assert_eq!(
            reason_text(&failed, &card, Language::En),
            format!("must-have failed: {id} (1.50 < 3)")
        );
        let coverage = Reason::CoverageBelowMinimum {
            coverage: 0.6,
            min_coverage: 0.75,
        };
        assert_eq!(
            reason_text(&coverage, &card, Language::Nl),
            "dekking 60% < minimum 75%: beoordeel de ontbrekende criteria"
        );
    }
}
