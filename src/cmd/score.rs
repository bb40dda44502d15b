//! `hirekit score [ID...]`: the panel's ratings per candidate, and a proposed outcome.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::bail;
use hirekit_folder::{CandidateFiles, Folder};
use hirekit_panel::{Assessment, Outcome, Reason};
use hirekit_scorecard::{Language, Scorecard};
use serde::Serialize;

use crate::hiring::{self, DirArg};
use crate::output::{self, BOLD, DIM, ERROR, Format, GOOD, WARNING};

/// Show the panel's ratings per candidate: means, disagreement, failed must-haves, lateness,
/// and a proposed outcome (advance, talent pool, reject, incomplete)
#[derive(clap::Args)]
#[command(
    after_help = "While a planned interviewer has not submitted, nothing computed from the ratings is \
shown for that candidate (no scores, means, outcome, reasons or recommendations), only who has \
submitted and who is awaited: everyone rates independently. --reveal overrides this for the \
hiring manager.\n\n\
Examples:\n  hirekit score\n  hirekit score c-2026-017 --format markdown\n  hirekit score --format json"
)]
pub struct Args {
    /// Candidate ids (default: every candidate)
    pub ids: Vec<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Language of table and Markdown output (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    /// Show ratings even while planned interviewers have not submitted yet
    #[arg(long)]
    pub reveal: bool,
    #[command(flatten)]
    pub dir: DirArg,
}

/// Whether the panel of a candidate is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelStatus {
    /// Every planned interviewer has submitted.
    Complete,
    /// Someone planned has not submitted yet: ratings stay hidden (unless `--reveal`).
    AwaitingScorecards,
}

/// One candidate in the report: who, and what the panel said once it may be shown.
#[derive(Serialize)]
pub struct CandidateReport {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<hirekit_folder::Decision>,
    pub status: PanelStatus,
    /// Who has submitted and who is awaited, while the panel is not complete.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub awaiting: Option<hirekit_panel::Awaiting>,
    /// The evidence grade of each ticked red flag (`supported`, `weak`, `bias_risk`); bias-risk
    /// items are cautions: they never count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub red_flag_evidence: Option<std::collections::BTreeMap<String, String>>,
    /// The assessment: only when the panel is complete, or with `--reveal`.
    #[serde(flatten)]
    pub assessment: Option<Assessment>,
}

#[derive(Serialize)]
struct Report {
    candidates: Vec<CandidateReport>,
}

/// Assesses one candidate of a loaded folder.
pub fn assess(folder: &Folder, files: &CandidateFiles) -> Option<Assessment> {
    let card = folder.scorecard_of(&files.candidate)?;
    Some(hirekit_panel::assess(
        card,
        &files.interviews,
        &files.candidate.interviews,
        folder.profile.scorecard_hours,
    ))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = chrono::Local::now().date_naive();
    let (folder, catalogue, had_errors) = hiring::open(&args.dir, today)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let selected: Vec<&CandidateFiles> = if args.ids.is_empty() {
        folder.candidates.iter().collect()
    } else {
        let mut out = Vec::new();
        for id in &args.ids {
            match folder.candidate(id) {
                Some(c) => out.push(c),
                None if had_errors => {
                    bail!("candidate `{id}` could not be read (see the errors above)")
                }
                None => bail!(
                    "no candidate `{id}` in {}",
                    folder.root.join("candidates").display()
                ),
            }
        }
        out
    };
    let mut candidates = Vec::new();
    for files in selected {
        let Some(assessment) = assess(&folder, files) else {
            continue;
        };
        let awaiting = hirekit_panel::Awaiting::of(&assessment);
        let status = match awaiting {
            Some(_) => PanelStatus::AwaitingScorecards,
            None => PanelStatus::Complete,
        };
        let shown = (awaiting.is_none() || args.reveal).then_some(assessment);
        let red_flag_evidence = shown.as_ref().map(|a| {
            a.red_flags
                .iter()
                .filter_map(|f| {
                    catalogue
                        .evidence(&f.id)
                        .map(|e| (f.id.clone(), e.code().to_owned()))
                })
                .collect()
        });
        candidates.push(CandidateReport {
            id: files.candidate.id.clone(),
            name: files.candidate.name.clone(),
            decision: files.candidate.decision,
            status,
            awaiting,
            red_flag_evidence,
            assessment: shown,
        });
    }
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&Report { candidates })? + "\n",
        Format::Table => candidates
            .iter()
            .map(|c| table(c, &folder, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Markdown => candidates
            .iter()
            .map(|c| markdown(c, &folder, lang))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    output::print(&text);
    Ok(if had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn outcome_label(a: &Assessment, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    match (a.outcome, a.talent_pool) {
        (Outcome::Advance, _) => t("door naar volgende ronde", "advance").to_owned(),
        (Outcome::Reject, true) => t(
            "afwijzen · talentenpool (net niet)",
            "reject · talent pool (near miss)",
        )
        .to_owned(),
        (Outcome::Reject, false) => t("afwijzen", "reject").to_owned(),
        (Outcome::Discuss, true) => t(
            "bespreken · bij afwijzing talentenpool",
            "discuss · talent pool if rejected",
        )
        .to_owned(),
        (Outcome::Discuss, false) => t("bespreken", "discuss").to_owned(),
        (Outcome::Incomplete, _) => t("onvolledig", "incomplete").to_owned(),
    }
}

pub fn reason_text(reason: &Reason, card: &Scorecard, lang: Language) -> String {
    let name = |id: &str| {
        card.criterion(id)
            .map_or(id.to_owned(), |c| c.name.get_or_any(lang).to_owned())
    };
    match (reason, lang) {
        (Reason::NoScorecards, Language::Nl) => "nog geen ingevulde scorekaart".to_owned(),
        (Reason::NoScorecards, Language::En) => "no filled scorecard yet".to_owned(),
        (Reason::NothingAssessed, Language::Nl) => "geen enkel criterium beoordeeld".to_owned(),
        (Reason::NothingAssessed, Language::En) => "no criterion assessed".to_owned(),
        (Reason::MustHaveUnassessed { criterion }, Language::Nl) => {
            format!("harde eis niet beoordeeld: {}", name(criterion))
        }
        (Reason::MustHaveUnassessed { criterion }, Language::En) => {
            format!("must-have not assessed: {}", name(criterion))
        }
        (
            Reason::CoverageBelowMinimum {
                coverage,
                min_coverage,
            },
            Language::Nl,
        ) => format!(
            "dekking {} < minimum {}: beoordeel de ontbrekende criteria",
            percent(*coverage),
            percent(*min_coverage)
        ),
        (
            Reason::CoverageBelowMinimum {
                coverage,
                min_coverage,
            },
            Language::En,
        ) => format!(
            "coverage {} < minimum {}: rate the missing criteria",
            percent(*coverage),
            percent(*min_coverage)
        ),
        (
            Reason::MustHaveSplit {
                criterion,
                min,
                max,
                pass,
            },
            Language::Nl,
        ) => format!(
            "harde eis verdeeld: {} ({min} tot {max}, lat {pass}): bespreken aan de hand van de ankers",
            name(criterion)
        ),
        (
            Reason::MustHaveSplit {
                criterion,
                min,
                max,
                pass,
            },
            Language::En,
        ) => format!(
            "must-have split: {} ({min} to {max}, pass {pass}): discuss against the anchors",
            name(criterion)
        ),
        (
            Reason::OverallInDiscussBand {
                overall,
                advance_at,
                discuss_from,
            },
            Language::Nl,
        ) => format!(
            "totaal {overall:.2} net onder drempel {advance_at:.2} (bespreken vanaf {discuss_from:.2})"
        ),
        (
            Reason::OverallInDiscussBand {
                overall,
                advance_at,
                discuss_from,
            },
            Language::En,
        ) => format!(
            "overall {overall:.2} just below threshold {advance_at:.2} (discuss from {discuss_from:.2})"
        ),
        (
            Reason::MustHaveFailed {
                criterion,
                mean,
                pass,
            },
            Language::Nl,
        ) => format!(
            "harde eis niet gehaald: {} ({mean:.2} < {pass})",
            name(criterion)
        ),
        (
            Reason::MustHaveFailed {
                criterion,
                mean,
                pass,
            },
            Language::En,
        ) => format!("must-have failed: {} ({mean:.2} < {pass})", name(criterion)),
        (
            Reason::OverallReachesAdvance {
                overall,
                advance_at,
            },
            Language::Nl,
        ) => format!("totaal {overall:.2} ≥ drempel {advance_at:.2}"),
        (
            Reason::OverallReachesAdvance {
                overall,
                advance_at,
            },
            Language::En,
        ) => format!("overall {overall:.2} ≥ threshold {advance_at:.2}"),
        (
            Reason::OverallBelowAdvance {
                overall,
                advance_at,
            },
            Language::Nl,
        ) => format!("totaal {overall:.2} < drempel {advance_at:.2}"),
        (
            Reason::OverallBelowAdvance {
                overall,
                advance_at,
            },
            Language::En,
        ) => format!("overall {overall:.2} < threshold {advance_at:.2}"),
        (
            Reason::NearMiss {
                overall,
                talent_pool_at,
            },
            Language::Nl,
        ) => format!("net niet: totaal {overall:.2} ≥ talentenpool {talent_pool_at:.2}"),
        (
            Reason::NearMiss {
                overall,
                talent_pool_at,
            },
            Language::En,
        ) => format!("near miss: overall {overall:.2} ≥ talent pool {talent_pool_at:.2}"),
    }
}

/// A share from 0 to 1 as a whole percentage, e.g. `93 %`.
fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

fn fmt_mean(mean: Option<f64>) -> String {
    mean.map_or("–".to_owned(), |m| format!("{m:.2}"))
}

/// The terminal table: readable at 100 columns, colour marks what needs attention.
fn table(report: &CandidateReport, folder: &Folder, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
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
            t("besluit", "decision"),
            decision_label(decision, lang)
        );
    }
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(
            out,
            "  {WARNING}{}{WARNING:#} {}",
            t("vroeg getoond (--reveal):", "shown early (--reveal):"),
            awaited_line(awaiting, lang)
        );
    }
    {
        let _ = writeln!(
            out,
            "  {} {}  ({} {:.2}, {} {:.2})  {} {} ({} {})",
            t("totaal", "overall"),
            fmt_mean(a.overall),
            t("door vanaf", "advance at"),
            card.advance_at,
            t("talentenpool vanaf", "talent pool at"),
            card.talent_pool_at,
            t("dekking", "coverage"),
            percent(a.coverage),
            t("min.", "min."),
            percent(card.min_coverage)
        );
        let who: Vec<String> = a
            .interviewers
            .iter()
            .map(|i| i.chars().take(6).collect())
            .collect();
        let width = card
            .criteria
            .iter()
            .map(|c| c.id.chars().count())
            .max()
            .unwrap_or(10)
            .clamp(10, 28);
        let mut header = format!(
            "  {:<width$} {:>3} {:<4}",
            t("criterium", "criterion"),
            t("gew", "wt"),
            t("eis", "must")
        );
        for w in &who {
            let _ = write!(header, " {w:>6}");
        }
        let _ = write!(header, " {:>6}", t("gem.", "mean"));
        let _ = writeln!(out, "{BOLD}{header}{BOLD:#}");
        for c in &a.criteria {
            let id: String = c.id.chars().take(width).collect();
            let must = if c.must_have { t("ja", "yes") } else { "" };
            let mut line = format!("  {id:<width$} {:>3} {must:<4}", trim(c.weight));
            for interviewer in &a.interviewers {
                let score = c
                    .ratings
                    .iter()
                    .find(|r| &r.interviewer == interviewer)
                    .map_or("–".to_owned(), |r| r.score.to_string());
                let _ = write!(line, " {score:>6}");
            }
            let below = c.mean.is_some_and(|m| m < f64::from(card.scale.pass));
            let mean = fmt_mean(c.mean);
            let mean = if below {
                format!("{ERROR}{mean:>6}{ERROR:#}")
            } else {
                format!("{mean:>6}")
            };
            let _ = write!(line, " {mean}");
            if a.split_must_haves.contains(&c.id) {
                let _ = write!(
                    line,
                    "  {WARNING}{}{WARNING:#}",
                    t("harde eis verdeeld", "must-have split")
                );
            } else if c.must_have && below {
                let _ = write!(
                    line,
                    "  {ERROR}{}{ERROR:#}",
                    t("harde eis niet gehaald", "must-have failed")
                );
            } else if below {
                let _ = write!(line, "  {}", t("onder de lat", "below pass"));
            }
            if c.disagreement {
                let _ = write!(
                    line,
                    "  {WARNING}{}{WARNING:#}",
                    t("⚠ oneens (≥2 punten)", "⚠ disagreement (≥2 points)")
                );
            }
            if c.mean.is_none() {
                let _ = write!(
                    line,
                    "  {DIM}{}{DIM:#}",
                    t("niet beoordeeld", "not assessed")
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }
    for late in &a.late_scorecards {
        let _ = writeln!(
            out,
            "  {WARNING}{}{WARNING:#} {}",
            t("te laat:", "late:"),
            match lang {
                Language::Nl => format!(
                    "{}, ingediend {}",
                    late.interviewer,
                    late.lateness.describe(lang)
                ),
                Language::En => format!(
                    "{} submitted {}",
                    late.interviewer,
                    late.lateness.describe(lang)
                ),
            }
        );
    }
    if !a.refilled_after_ratings_shown.is_empty() {
        let _ = writeln!(
            out,
            "  {WARNING}{}{WARNING:#} {}",
            t("opnieuw ingevuld:", "refilled:"),
            match lang {
                Language::Nl => format!(
                    "{} na het zien van de beoordelingen (--force); niet meer onafhankelijk",
                    a.refilled_after_ratings_shown.join(", ")
                ),
                Language::En => format!(
                    "{} after the ratings were shown (--force); no longer independent",
                    a.refilled_after_ratings_shown.join(", ")
                ),
            }
        );
    }
    for flag in &a.red_flags {
        let evidence = report.red_flag_evidence.as_ref();
        let line = match evidence.and_then(|e| e.get(&flag.id)).map(String::as_str) {
            Some("bias_risk") => format!(
                "{DIM}{}: {} ({}) — {}{DIM:#}",
                t("let op", "caution"),
                flag.id,
                flag.interviewer,
                t("biasrisico: telt nooit mee", "bias risk: never counts")
            ),
            Some(evidence) => format!(
                "{WARNING}{}{WARNING:#}: {} ({}) — {evidence}: {}",
                t("rode vlag", "red flag"),
                flag.id,
                flag.interviewer,
                t("verifiëren, niet op afgaan", "verify it, do not act on it")
            ),
            None => format!(
                "{}: {} ({})",
                t("rode vlag", "red flag"),
                flag.id,
                flag.interviewer
            ),
        };
        let _ = writeln!(out, "  {line}");
    }
    // At least one space after the label ("waarom:" is as long as the English column).
    let width = t("waarom:", "why:").chars().count().max(6) + 1;
    for (index, reason) in a.reasons.iter().enumerate() {
        let label = if index == 0 { t("waarom:", "why:") } else { "" };
        let _ = writeln!(
            out,
            "  {DIM}{label:<width$}{}{DIM:#}",
            reason_text(reason, card, lang)
        );
    }
    out
}

fn markdown(report: &CandidateReport, folder: &Folder, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
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
        t("Voorstel", "Proposed outcome"),
        outcome_label(a, lang)
    );
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(
            out,
            "\n_{} {}_\n",
            t("Vroeg getoond (--reveal):", "Shown early (--reveal):"),
            awaited_line(awaiting, lang)
        );
    }
    let _ = writeln!(
        out,
        "**{}:** {} ({} {:.2}) · **{}:** {} ({} {})\n",
        t("Totaal", "Overall"),
        fmt_mean(a.overall),
        t("door vanaf", "advance at"),
        card.advance_at,
        t("Dekking", "Coverage"),
        percent(a.coverage),
        t("minimum", "minimum"),
        percent(card.min_coverage)
    );
    let mut header = format!(
        "| {} | {} | {} |",
        t("Criterium", "Criterion"),
        t("Gewicht", "Weight"),
        t("Harde eis", "Must-have")
    );
    let mut rule = "|---|---:|:---:|".to_owned();
    for who in &a.interviewers {
        let _ = write!(header, " {who} |");
        rule.push_str("---:|");
    }
    let _ = write!(
        header,
        " {} | {} |",
        t("Gemiddeld", "Mean"),
        t("Let op", "Notes")
    );
    rule.push_str("---:|---|");
    let _ = writeln!(out, "{header}\n{rule}");
    for c in &a.criteria {
        let name = card
            .criterion(&c.id)
            .map_or(c.id.clone(), |x| x.name.get_or_any(lang).to_owned());
        let mut row = format!(
            "| {name} | {} | {} |",
            trim(c.weight),
            if c.must_have { "✔" } else { "" }
        );
        for who in &a.interviewers {
            let score = c
                .ratings
                .iter()
                .find(|r| &r.interviewer == who)
                .map_or("–".to_owned(), |r| r.score.to_string());
            let _ = write!(row, " {score} |");
        }
        let mut notes = Vec::new();
        if a.split_must_haves.contains(&c.id) {
            notes.push(t("**harde eis verdeeld**", "**must-have split**"));
        } else if a.must_haves_failed.contains(&c.id) {
            notes.push(t("**harde eis niet gehaald**", "**must-have failed**"));
        }
        if c.disagreement {
            notes.push(t("oneens (≥ 2 punten)", "disagreement (≥ 2 points)"));
        }
        if c.mean.is_none() {
            notes.push(t("niet beoordeeld", "not assessed"));
        }
        let _ = writeln!(row, " {} | {} |", fmt_mean(c.mean), notes.join(", "));
        out.push_str(&row);
    }
    out.push('\n');
    for late in &a.late_scorecards {
        let _ = writeln!(
            out,
            "- {} {}: {}",
            late.interviewer,
            t("diende te laat in", "submitted late"),
            late.lateness.describe(lang)
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
                t("Let op", "Caution"),
                t(
                    " — biasrisico, telt nooit mee",
                    " — bias risk, never counts",
                ),
            )
        } else {
            (t("Rode vlag", "Red flag"), t(" — verifiëren", " — verify"))
        };
        let _ = writeln!(out, "- {label}: `{}` ({}){note}", flag.id, flag.interviewer);
    }
    let reasons: Vec<String> = a
        .reasons
        .iter()
        .map(|r| reason_text(r, card, lang))
        .collect();
    let _ = writeln!(out, "- {}: {}", t("Waarom", "Why"), reasons.join("; "));
    out
}

fn decision_label(decision: hirekit_folder::Decision, lang: Language) -> &'static str {
    use hirekit_folder::Decision::*;
    match decision {
        Advance => lang.pick("door naar volgende ronde", "advance"),
        Reject => lang.pick("afgewezen", "rejected"),
        Hired => lang.pick("aangenomen", "hired"),
        Withdrawn => lang.pick("teruggetrokken", "withdrawn"),
    }
}

fn trim(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// "ingediend: ayla; wacht op: bram, zoe" — the only thing shown of an incomplete panel.
fn awaited_line(awaiting: &hirekit_panel::Awaiting, lang: Language) -> String {
    let none = lang.pick("nog niemand", "nobody yet");
    let submitted = if awaiting.submitted.is_empty() {
        none.to_owned()
    } else {
        awaiting.submitted.join(", ")
    };
    match lang {
        Language::Nl => format!(
            "ingediend: {submitted}; wacht op: {}",
            awaiting.awaited.join(", ")
        ),
        Language::En => format!(
            "submitted: {submitted}; awaiting: {}",
            awaiting.awaited.join(", ")
        ),
    }
}

/// The role a candidate applied for, for a heading.
fn role_title(report: &CandidateReport, folder: &Folder, lang: Language) -> String {
    folder
        .candidate(&report.id)
        .and_then(|c| folder.scorecard_of(&c.candidate))
        .map(|card| card.title.get_or_any(lang).to_owned())
        .unwrap_or_default()
}

/// A candidate whose panel is not complete: who has submitted and who is awaited, nothing else.
fn awaiting_table(report: &CandidateReport, folder: &Folder, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = format!(
        "{BOLD}{}{BOLD:#}  {}  {DIM}— {}{DIM:#}\n  {WARNING}{}{WARNING:#}\n",
        report.id,
        report.name,
        role_title(report, folder, lang),
        t("WACHT OP SCOREKAARTEN", "AWAITING SCORECARDS")
    );
    if let Some(decision) = report.decision {
        let _ = writeln!(
            out,
            "  {} {}",
            t("besluit", "decision"),
            decision_label(decision, lang)
        );
    }
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(out, "  {}", awaited_line(awaiting, lang));
    }
    let _ = writeln!(
        out,
        "  {DIM}{}{DIM:#}",
        t(
            "beoordelingen blijven verborgen tot iedereen heeft ingediend (--reveal toont ze)",
            "ratings stay hidden until everyone has submitted (--reveal shows them)"
        )
    );
    out
}

fn awaiting_markdown(report: &CandidateReport, folder: &Folder, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = format!(
        "## {} — {} ({})\n\n**{}:** {}  \n",
        report.id,
        report.name,
        role_title(report, folder, lang),
        t("Status", "Status"),
        t("wacht op scorekaarten", "awaiting scorecards")
    );
    if let Some(awaiting) = &report.awaiting {
        let _ = writeln!(out, "{}\n", awaited_line(awaiting, lang));
    }
    let _ = writeln!(
        out,
        "_{}_",
        t(
            "Beoordelingen blijven verborgen tot iedereen heeft ingediend.",
            "Ratings stay hidden until everyone has submitted."
        )
    );
    out
}
