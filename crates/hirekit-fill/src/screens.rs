//! What the interviewer reads, in Dutch and English: the rules, each criterion, the red flags,
//! the summary. Only text is made here; the session decides when to show it.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::TimeRules;
use hirekit_scorecard::{Language, Scorecard};
use hirekit_text::msg;
use hirekit_text::number::{hours, number};
use hirekit_text::wrap::{pad, width};

use hirekit_text::style::{BOLD, DIM, Style, WARNING};

use crate::Interview;
use crate::answers::{RECOMMENDATIONS, recommendation_label, score_label, split_red_flags};
use crate::draft::Draft;
use crate::text::{heading, heading_in, shorten, when, wrap};

/// The header and the rules of independent, evidence-based rating.
pub fn rules(interview: &Interview) -> String {
    let lang = interview.language;
    let c = interview.candidate;
    let title = interview.scorecard.title.get_or_any(lang);
    let mut out = format!(
        "{BOLD}hirekit fill · {} ({}) · {title}{BOLD:#}\n",
        c.name, c.id
    );
    let _ = writeln!(
        out,
        "{}",
        msg!(
            lang,
            "fill-interviewer",
            interviewer = interview.interviewer
        )
    );
    if interview.replacing {
        let _ = writeln!(out, "{WARNING}{}{WARNING:#}", msg!(lang, "fill-replacing"));
    }
    out.push('\n');
    let rules = [
        msg!(lang, "fill-rule-independent"),
        msg!(lang, "fill-rule-evidence"),
        msg!(lang, "fill-rule-not-assessed"),
        msg!(lang, "fill-rule-saved"),
    ];
    for rule in rules {
        let _ = writeln!(out, "- {}", wrap(&rule, 2, 2));
    }
    out
}

/// The line about the submission deadline, and whether it has passed (the folder's one rule:
/// [`TimeRules::scorecard_due`], late by [`TimeRules::scorecard_late`]).
pub fn deadline(
    at: DateTime<FixedOffset>,
    rules: &TimeRules,
    now: DateTime<FixedOffset>,
    lang: Language,
) -> (String, bool) {
    let due = rules.scorecard_due(at);
    let interview = when(at, lang);
    let limit = hours(f64::from(rules.scorecard_hours), lang);
    let due_text = when(due, lang);
    if !rules.scorecard_late(at, now) {
        let line = msg!(
            lang,
            "fill-deadline",
            interview = interview,
            limit = limit,
            due = due_text,
        );
        return (wrap(&line, 0, 0), false);
    }
    let ago = hours((now - due).num_hours() as f64, lang);
    let line = msg!(
        lang,
        "fill-deadline-passed",
        interview = interview,
        limit = limit,
        due = due_text,
        ago = ago,
    );
    (wrap(&line, 0, 0), true)
}

/// Said when the candidate has no planned interview with this interviewer.
pub fn not_planned(interview: &Interview) -> String {
    let planned: Vec<&str> = interview
        .candidate
        .interviews
        .iter()
        .map(|i| i.interviewer.as_str())
        .collect();
    let lang = interview.language;
    let others = if planned.is_empty() {
        msg!(lang, "fill-none")
    } else {
        planned.join(", ")
    };
    let line = msg!(
        lang,
        "fill-not-planned",
        interviewer = interview.interviewer,
        candidate = &interview.candidate.id,
        planned = others,
    );
    wrap(&line, 0, 0)
}

/// Where a resumed session stands, with the interviewer's own answers so far.
pub fn resumed(interview: &Interview, draft: &Draft) -> String {
    let lang = interview.language;
    let criteria = &interview.scorecard.criteria;
    let done = criteria.iter().filter(|c| draft.is_rated(&c.id)).count();
    let mut out = format!(
        "{BOLD}{}{BOLD:#}\n",
        msg!(lang, "fill-resuming", done = done, total = criteria.len())
    );
    for (n, c) in criteria.iter().enumerate() {
        if draft.is_rated(&c.id) {
            let _ = writeln!(
                out,
                "  ✓ {}. {}: {}",
                n + 1,
                c.name.get_or_any(lang),
                rating_text(interview, &c.id, draft, 60)
            );
        }
    }
    out
}

/// One criterion as the interviewer needs it: requirement, questions and the anchored scale.
pub fn criterion_block(scorecard: &Scorecard, index: usize, lang: Language) -> String {
    criterion_block_in(scorecard, index, lang, BOLD, DIM)
}

/// [`criterion_block`] without terminal styles, for a file.
pub fn criterion_block_plain(scorecard: &Scorecard, index: usize, lang: Language) -> String {
    let plain = Style::new();
    criterion_block_in(scorecard, index, lang, plain, plain)
}

fn criterion_block_in(
    scorecard: &Scorecard,
    index: usize,
    lang: Language,
    bold: Style,
    dim: Style,
) -> String {
    let c = &scorecard.criteria[index];
    let mut out = heading_in(
        &format!(
            "{}/{} · {}",
            index + 1,
            scorecard.criteria.len(),
            c.name.get_or_any(lang)
        ),
        bold,
    );
    out.push('\n');
    let mut facts = vec![
        c.category.label(lang).to_owned(),
        msg!(lang, "fill-weight", weight = number(c.weight, lang)),
    ];
    if c.must_have {
        facts.push(msg!(lang, "fill-must-have"));
    }
    let _ = writeln!(out, "{dim}{}{dim:#}", facts.join(" · "));
    let label = format!("{} ", msg!(lang, "fill-requirement"));
    let _ = writeln!(
        out,
        "{label}{}",
        wrap(c.requirement.get_or_any(lang), width(&label), width(&label))
    );
    let _ = writeln!(out, "{}", msg!(lang, "fill-questions"));
    for (n, q) in c.questions.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", n + 1, wrap(q.ask().get_or_any(lang), 5, 5));
    }
    let scale = &scorecard.scale;
    let pass_label = scale
        .labels
        .get(&scale.pass)
        .map(|l| l.get_or_any(lang))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}",
        msg!(
            lang,
            "fill-scale",
            pass = u32::from(scale.pass),
            label = pass_label
        )
    );
    let labels: Vec<(u8, &str)> = scale
        .points()
        .map(|p| {
            (
                p,
                scale
                    .labels
                    .get(&p)
                    .map(|l| l.get_or_any(lang))
                    .unwrap_or_default(),
            )
        })
        .collect();
    let label_width = labels.iter().map(|(_, l)| width(l)).max().unwrap_or(0);
    for (point, label) in labels {
        let anchor = c.anchors.get(&point).map_or("–", |a| a.get_or_any(lang));
        let prefix = format!("  {point} {}  ", pad(label, label_width));
        let indent = width(&prefix);
        let _ = writeln!(out, "{prefix}{}", wrap(anchor, indent, indent));
    }
    out
}

/// The red-flag items for this interview: those that may count first, then the bias-risk
/// cautions, which are listed so they can be recognised, not scored.
pub fn red_flag_list(interview: &Interview) -> String {
    let lang = interview.language;
    let fl = lang;
    let mut out = heading(&msg!(lang, "fill-red-flags-heading"));
    out.push('\n');
    let intro = msg!(lang, "fill-red-flags-intro");
    let _ = writeln!(out, "{}", wrap(&intro, 0, 0));
    let (count, caution) = split_red_flags(interview);
    for (n, item) in count.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:>2} {BOLD}{}{BOLD:#} {DIM}[{}]{DIM:#}",
            n + 1,
            item.id,
            item.evidence.label(fl)
        );
        let _ = writeln!(out, "     {}", wrap(item.signal.get(fl), 5, 5));
        let verify = format!("{} ", msg!(lang, "fill-verify"));
        let _ = writeln!(
            out,
            "     {verify}{}",
            wrap(item.verify.get(fl), 5 + width(&verify), 5)
        );
    }
    if !caution.is_empty() {
        let _ = writeln!(
            out,
            "{WARNING}{}{WARNING:#}",
            wrap(&msg!(lang, "fill-bias-caution"), 0, 0)
        );
        for item in caution {
            let _ = writeln!(
                out,
                "  - {}  {DIM}{}{DIM:#}",
                item.id,
                shorten(item.signal.get(fl), 60)
            );
        }
    }
    out
}

pub fn recommendation_list(lang: Language) -> String {
    let mut out = heading(&msg!(lang, "fill-recommendation-heading"));
    out.push('\n');
    let _ = writeln!(out, "{}", msg!(lang, "fill-recommendation-question"));
    for (n, r) in RECOMMENDATIONS.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {} {} {DIM}({}){DIM:#}",
            n + 1,
            recommendation_label(*r, lang),
            r.code()
        );
    }
    out
}

fn rating_text(interview: &Interview, id: &str, draft: &Draft, evidence_width: usize) -> String {
    let lang = interview.language;
    let Some(rating) = draft.ratings.get(id) else {
        return "–".to_owned();
    };
    match rating.score {
        None => msg!(lang, "not-assessed"),
        Some(score) => {
            let label = score_label(interview.scorecard, score, lang);
            let evidence = rating.evidence.as_deref().unwrap_or_default();
            format!("{score} {label} — {}", shorten(evidence, evidence_width))
        }
    }
}

/// Everything answered, numbered so the interviewer can change any answer before submitting.
pub fn summary(interview: &Interview, draft: &Draft) -> String {
    let lang = interview.language;
    let criteria = &interview.scorecard.criteria;
    let mut out = heading(&msg!(lang, "fill-summary-heading"));
    out.push('\n');
    let flags_label = msg!(lang, "fill-summary-red-flags");
    let recommendation_label_text = msg!(lang, "fill-summary-recommendation");
    let names: Vec<&str> = criteria.iter().map(|c| c.name.get_or_any(lang)).collect();
    let column = names
        .iter()
        .copied()
        .chain([flags_label.as_str(), recommendation_label_text.as_str()])
        .map(width)
        .max()
        .unwrap_or(0);
    for (n, (c, name)) in criteria.iter().zip(&names).enumerate() {
        let _ = writeln!(
            out,
            "  {:>2}. {}  {}",
            n + 1,
            pad(name, column),
            rating_text(interview, &c.id, draft, 50)
        );
    }
    let flags = match draft.red_flags.as_deref() {
        None | Some([]) => msg!(lang, "fill-none"),
        // One id per line when they do not fit: ids are never cut.
        Some(ids) => wrap(&ids.join(", "), column + 6, column + 6),
    };
    let _ = writeln!(
        out,
        "  {:>2}. {}  {flags}",
        criteria.len() + 1,
        pad(&flags_label, column)
    );
    let recommendation = draft
        .recommendation
        .map(|r| format!("{} ({})", recommendation_label(r, lang), r.code()))
        .unwrap_or_else(|| "–".to_owned());
    let _ = writeln!(
        out,
        "  {:>2}. {}  {recommendation}",
        criteria.len() + 2,
        pad(&recommendation_label_text, column)
    );
    out
}
