//! `hirekit scorecard show`: a scorecard at a glance, for the person who wrote it.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};

use crate::{Language, Scorecard};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();

/// The terminal summary of a scorecard: header, scale, thresholds and one block per criterion.
/// Styled with ANSI codes (title bold, requirements dimmed, must-haves in the warning colour);
/// the caller's stream (e.g. `anstream`) strips them where the output is not a terminal.
pub fn summary(card: &Scorecard, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{BOLD}{}{BOLD:#} {DIM}({}){DIM:#}",
        card.title.get_or_any(lang),
        card.id
    );
    let languages: Vec<&str> = card.languages.iter().map(|l| l.code()).collect();
    let _ = writeln!(out, "{}: {}", t("Talen", "Languages"), languages.join(", "));
    let labels: Vec<String> = card
        .scale
        .labels
        .iter()
        .map(|(point, label)| format!("{point} {}", label.get_or_any(lang)))
        .collect();
    let _ = writeln!(out, "{}: {}", t("Schaal", "Scale"), labels.join(" · "));
    let _ = writeln!(
        out,
        "{}: {}  ·  {}: {}  ·  {}: {}",
        t("Voldoende vanaf", "Pass point"),
        card.scale.pass,
        t("Door naar volgende ronde vanaf", "Advance at"),
        hirekit_text::number::fixed(card.advance_at, 2, lang),
        t("Talentenpool vanaf", "Talent pool at"),
        hirekit_text::number::fixed(card.talent_pool_at, 2, lang)
    );
    let total = card.total_weight();
    let must_haves = card.criteria.iter().filter(|c| c.must_have).count();
    let _ = writeln!(
        out,
        "{}: {}  ·  {}: {}\n",
        t("Criteria", "Criteria"),
        card.criteria.len(),
        t("Harde eisen", "Must-haves"),
        must_haves
    );
    let id_width = card
        .criteria
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let _ = writeln!(
        out,
        "{BOLD}{:<id_width$}  {:>6}  {:>5}  {:<4}  {}{BOLD:#}",
        "id",
        t("gewicht", "weight"),
        t("aandl", "share"),
        t("eis", "must"),
        t("criterium — functie-eis", "criterion — job requirement"),
    );
    for c in &card.criteria {
        let share = if total > 0.0 {
            c.weight / total * 100.0
        } else {
            0.0
        };
        let must = if c.must_have {
            format!("{WARNING}{:<4}{WARNING:#}", t("ja", "yes"))
        } else {
            format!("{:<4}", "")
        };
        let _ = writeln!(
            out,
            "{:<id_width$}  {:>6}  {:>4.0}%  {must}  {} ({})",
            c.id,
            trim_number(c.weight),
            share,
            c.name.get_or_any(lang),
            c.category.label(lang),
        );
        let _ = writeln!(
            out,
            "{:<id_width$}  {DIM}{}{DIM:#}",
            "",
            c.requirement.get_or_any(lang)
        );
    }
    out
}

/// `3` for 3.0, `1.5` for 1.5: weights read as people wrote them.
fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}
