//! The report as Markdown, for a wiki page or a pull request.

use std::fmt::Write as _;

use super::{get, headline, saving_note, simulation_note, situation, sources, words};
use crate::result::{MisHireCost, Summary};
use crate::text::{self, Language};

/// The report as GitHub-flavoured Markdown: one table per category, then the summary, scenarios,
/// cross-check, assumptions and notes.
pub fn markdown(cost: &MisHireCost, language: Language) -> String {
    let money = |a: f64| text::money(a, language);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}",
        get(words::TITLE, language),
        situation(cost, language)
    );
    let _ = writeln!(out, "\n## {}\n", get(words::HEADLINE, language));
    for sentence in headline(cost, language) {
        let _ = writeln!(out, "- {sentence}");
    }

    for category in &cost.categories {
        let _ = writeln!(out, "\n## {}\n", get(category.label, language));
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n| --- | --- | ---: |",
            get(words::LINE, language),
            get(words::FORMULA, language),
            get(words::AMOUNT, language)
        );
        for line in cost
            .lines
            .iter()
            .filter(|l| l.category == category.category)
        {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                get(line.label, language),
                escape(&line.formula.render(language)),
                money(line.amount)
            );
        }
        let _ = writeln!(
            out,
            "| **{}** | | **{}** |",
            get(words::SUBTOTAL, language),
            money(category.summary.expected)
        );
    }

    let with_percentiles = cost.simulation.is_some();
    let _ = writeln!(out, "\n## {}\n", get(words::SUMMARY, language));
    let mut header = format!(
        "| {} | {} |",
        get(words::CATEGORY, language),
        get(words::EXPECTED, language)
    );
    let mut rule = "| --- | ---: |".to_owned();
    if with_percentiles {
        header.push_str(" P10 | P50 | P90 |");
        rule.push_str(" ---: | ---: | ---: |");
    }
    let _ = writeln!(out, "{header}\n{rule}");
    let summary_row = |label: String, s: &Summary| {
        let mut row = format!("| {label} | {} |", money(s.expected));
        if let Some(p) = s.percentiles.filter(|_| with_percentiles) {
            let _ = write!(
                row,
                " {} | {} | {} |",
                money(p.p10),
                money(p.p50),
                money(p.p90)
            );
        }
        row
    };
    for category in &cost.categories {
        let _ = writeln!(
            out,
            "{}",
            summary_row(get(category.label, language).to_owned(), &category.summary)
        );
    }
    let total = summary_row(
        format!("**{}**", get(words::TOTAL_ALL, language)),
        &cost.total,
    );
    let _ = writeln!(out, "{total}");
    let from_decision = summary_row(
        format!("**{}**", get(words::TOTAL_FROM_DECISION, language)),
        &cost.total_from_decision,
    );
    let _ = writeln!(out, "{from_decision}");
    if let Some(simulation) = &cost.simulation {
        let _ = writeln!(out, "\n{}", simulation_note(simulation, language));
    }

    if let Some(scenarios) = &cost.scenarios {
        let _ = writeln!(out, "\n## {}\n", get(words::SCENARIOS, language));
        let mut header = format!(
            "| {} | {} | {} | {} |",
            get(words::SCENARIO, language),
            get(words::MONTH, language),
            get(words::ROUTE, language),
            get(words::EXPECTED, language)
        );
        let mut rule = "| --- | ---: | --- | ---: |".to_owned();
        if with_percentiles {
            header.push_str(" P10 | P90 |");
            rule.push_str(" ---: | ---: |");
        }
        let _ = writeln!(
            out,
            "{header} {} |\n{rule} ---: |",
            get(words::SAVING, language)
        );
        for s in &scenarios.items {
            let mut row = format!(
                "| {} | {} | {} | {} |",
                get(s.kind.label(), language),
                text::number(s.month, language),
                get(s.route.label(), language),
                money(s.total.expected)
            );
            if let Some(p) = s.total.percentiles.filter(|_| with_percentiles) {
                let _ = write!(row, " {} | {} |", money(p.p10), money(p.p90));
            }
            let saving = if s.kind == scenarios.compared_with {
                "—".to_owned()
            } else {
                money(s.saving)
            };
            let _ = writeln!(out, "{row} {saving} |");
        }
        let _ = writeln!(out);
        for (kind, reason) in &scenarios.omitted {
            let _ = writeln!(
                out,
                "- {}: {} ({})",
                get(kind.label(), language),
                get(words::NOT_POSSIBLE, language),
                get(*reason, language)
            );
        }
        if let Some(note) = saving_note(cost, language) {
            let _ = writeln!(out, "- {note}");
        }
        for note in &scenarios.notes {
            let _ = writeln!(out, "- {}", get(*note, language));
        }
    }

    let _ = writeln!(out, "\n## {}\n", get(words::REFERENCE, language));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | --- | ---: |",
        get(words::LINE, language),
        get(words::FORMULA, language),
        get(words::AMOUNT, language),
    );
    let references: Vec<_> = std::iter::once(&cost.reference)
        .chain(&cost.lost_output_benchmark)
        .collect();
    for reference in &references {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            get(reference.label, language),
            escape(&reference.formula.render(language)),
            money(reference.amount),
        );
    }
    let _ = writeln!(out);
    for reference in &references {
        let _ = writeln!(out, "- {}", get(reference.note, language));
    }

    let _ = writeln!(out, "\n## {}\n", get(words::ASSUMPTIONS, language));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n| --- | ---: | --- | --- |",
        get(words::INPUT, language),
        get(words::VALUE, language),
        get(words::SOURCE, language),
        get(words::STATUS, language),
    );
    for row in sources(cost, language) {
        // Input keys as code; the published figures by their name.
        let input = if row.input.contains(' ') {
            row.input.clone()
        } else {
            format!("`{}`", row.input)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            input,
            row.value,
            escape(row.source),
            escape(row.status)
        );
    }

    let _ = writeln!(out, "\n## {}\n", get(words::NOTES, language));
    for note in &cost.notes {
        let _ = writeln!(out, "- {}", get(*note, language));
    }
    out
}

/// Keeps table cells intact: a `|` inside a cell would start a new one.
fn escape(cell: &str) -> String {
    cell.replace('|', "\\|")
}
