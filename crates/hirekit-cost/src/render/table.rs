//! The terminal table: at most [`WIDTH`] columns, amounts right-aligned, formulas wrapped.

use std::fmt::Write as _;

use super::{
    get, headline, saving_note, simulation_note, situation, source_with_status, sources, words,
    wrap,
};
use crate::result::{MisHireCost, Summary};
use crate::text::{self, Language};

/// The widest line the table writes.
pub const WIDTH: usize = 100;

const INDENT: &str = "  ";
const GAP: &str = "  ";

/// The report as plain text for a terminal, no line wider than [`WIDTH`] characters.
pub fn table(cost: &MisHireCost, language: Language) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", get(words::TITLE, language));
    for line in wrap(&situation(cost, language), WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "\n{}", get(words::HEADLINE, language));
    for sentence in headline(cost, language) {
        bullet(&mut out, &sentence);
    }

    // One layout for every category so that amounts line up down the whole page.
    let money = |amount: f64| text::money(amount, language);
    let label_width = cost
        .lines
        .iter()
        .map(|l| get(l.label, language))
        .chain([
            get(words::SUBTOTAL, language),
            get(cost.reference.label, language),
        ])
        .chain(
            cost.lost_output_benchmark
                .iter()
                .map(|b| get(b.label, language)),
        )
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0);
    let amount_width = cost
        .lines
        .iter()
        .map(|l| l.amount)
        .chain([cost.total.expected, cost.reference.amount])
        .chain(cost.lost_output_benchmark.iter().map(|b| b.amount))
        .map(|a| money(a).chars().count())
        .max()
        .unwrap_or(0)
        .max(10);
    let formula_width = WIDTH - INDENT.len() - label_width - 2 * GAP.len() - amount_width;
    let row = |out: &mut String, label: &str, formula: &str, amount: &str| {
        let mut parts = wrap(formula, formula_width).into_iter();
        let first = parts.next().unwrap_or_default();
        let _ = writeln!(
            out,
            "{INDENT}{label:<label_width$}{GAP}{first:<formula_width$}{GAP}{amount:>amount_width$}"
        );
        for rest in parts {
            let _ = writeln!(
                out,
                "{}",
                format!("{INDENT}{:label_width$}{GAP}{rest}", "").trim_end()
            );
        }
    };

    for category in &cost.categories {
        let _ = writeln!(out, "\n{}", get(category.label, language));
        for line in cost
            .lines
            .iter()
            .filter(|l| l.category == category.category)
        {
            row(
                &mut out,
                get(line.label, language),
                &line.formula.render(language),
                &money(line.amount),
            );
        }
        row(
            &mut out,
            get(words::SUBTOTAL, language),
            "",
            &money(category.summary.expected),
        );
    }

    summary(&mut out, cost, language);
    scenarios(&mut out, cost, language);

    let _ = writeln!(out, "\n{}", get(words::REFERENCE, language));
    row(
        &mut out,
        get(cost.reference.label, language),
        &cost.reference.formula.render(language),
        &money(cost.reference.amount),
    );
    paragraph(&mut out, get(cost.reference.note, language));
    if let Some(benchmark) = &cost.lost_output_benchmark {
        row(
            &mut out,
            get(benchmark.label, language),
            &benchmark.formula.render(language),
            &money(benchmark.amount),
        );
        paragraph(&mut out, get(benchmark.note, language));
    }

    assumptions(&mut out, cost, language);

    let _ = writeln!(out, "\n{}", get(words::NOTES, language));
    let mut notes: Vec<String> = cost
        .notes
        .iter()
        .map(|n| get(*n, language).to_owned())
        .collect();
    if let Some(simulation) = &cost.simulation {
        notes.insert(0, simulation_note(simulation, language));
    }
    for note in notes {
        bullet(&mut out, &note);
    }
    out
}

/// Right-aligned columns after a left-aligned first column.
fn columns(out: &mut String, first_width: usize, widths: &[usize], cells: &[String]) {
    let mut line = String::new();
    let _ = write!(
        line,
        "{INDENT}{:<first_width$}",
        cells.first().map_or("", String::as_str)
    );
    for (cell, width) in cells.iter().skip(1).zip(widths) {
        let _ = write!(line, "{GAP}{cell:>width$}");
    }
    let _ = writeln!(out, "{}", line.trim_end());
}

fn summary_cells(summary: &Summary, with_percentiles: bool, language: Language) -> Vec<String> {
    let money = |a: f64| text::money(a, language);
    let mut cells = vec![money(summary.expected)];
    if with_percentiles {
        match summary.percentiles {
            Some(p) => cells.extend([money(p.p10), money(p.p50), money(p.p90)]),
            None => cells.extend(["".into(), "".into(), "".into()]),
        }
    }
    cells
}

fn summary(out: &mut String, cost: &MisHireCost, language: Language) {
    let with_percentiles = cost.simulation.is_some();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec![String::new(), get(words::EXPECTED, language).to_owned()];
    if with_percentiles {
        header.extend(["P10".into(), "P50".into(), "P90".into()]);
    }
    for category in &cost.categories {
        let mut cells = vec![get(category.label, language).to_owned()];
        cells.extend(summary_cells(&category.summary, with_percentiles, language));
        rows.push(cells);
    }
    let mut total = vec![get(words::TOTAL_ALL, language).to_owned()];
    total.extend(summary_cells(&cost.total, with_percentiles, language));
    rows.push(total);
    let mut from_decision = vec![get(words::TOTAL_FROM_DECISION, language).to_owned()];
    from_decision.extend(summary_cells(
        &cost.total_from_decision,
        with_percentiles,
        language,
    ));
    rows.push(from_decision);

    let _ = writeln!(out, "\n{}", get(words::SUMMARY, language));
    table_rows(out, &header, &rows);
}

/// Writes a header and rows: first column left-aligned, the others right-aligned, each as wide
/// as its widest cell.
fn table_rows(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let count = header.len();
    let width = |i: usize| {
        rows.iter()
            .chain([header.to_vec()].iter())
            .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
            .max()
            .unwrap_or(0)
    };
    let first = width(0);
    let widths: Vec<usize> = (1..count).map(width).collect();
    columns(out, first, &widths, header);
    for row in rows {
        columns(out, first, &widths, row);
    }
}

fn scenarios(out: &mut String, cost: &MisHireCost, language: Language) {
    let Some(scenarios) = &cost.scenarios else {
        return;
    };
    let money = |a: f64| text::money(a, language);
    let with_percentiles = cost.simulation.is_some();
    // No route column: it would not fit in Dutch, and the note under the table names the routes.
    let mut header = vec![
        get(words::SCENARIO, language).to_owned(),
        get(words::MONTH, language).to_owned(),
        get(words::EXPECTED, language).to_owned(),
    ];
    if with_percentiles {
        header.extend(["P10".into(), "P90".into()]);
    }
    header.push(get(words::SAVING, language).to_owned());
    let rows: Vec<Vec<String>> = scenarios
        .items
        .iter()
        .map(|s| {
            let mut cells = vec![
                get(s.kind.label(), language).to_owned(),
                text::number(s.month, language),
                money(s.total.expected),
            ];
            if let Some(p) = s.total.percentiles.filter(|_| with_percentiles) {
                cells.extend([money(p.p10), money(p.p90)]);
            }
            cells.push(if s.kind == scenarios.compared_with {
                "—".to_owned()
            } else {
                money(s.saving)
            });
            cells
        })
        .collect();

    let _ = writeln!(out, "\n{}", get(words::SCENARIOS, language));
    table_rows(out, &header, &rows);
    for (kind, reason) in &scenarios.omitted {
        bullet(
            out,
            &format!(
                "{}: {} ({})",
                get(kind.label(), language),
                get(words::NOT_POSSIBLE, language),
                get(*reason, language)
            ),
        );
    }
    if let Some(note) = saving_note(cost, language) {
        bullet(out, &note);
    }
    for note in &scenarios.notes {
        bullet(out, get(*note, language));
    }
}

fn assumptions(out: &mut String, cost: &MisHireCost, language: Language) {
    let _ = writeln!(out, "\n{}", get(words::ASSUMPTIONS, language));
    let rows = sources(cost, language);
    let input_width = rows
        .iter()
        .map(|r| r.input.chars().count())
        .max()
        .unwrap_or(0);
    let value_width = rows
        .iter()
        .map(|r| r.value.chars().count())
        .max()
        .unwrap_or(0);
    let source_width = WIDTH
        .saturating_sub(INDENT.len() + input_width + value_width + 2 * GAP.len())
        .max(20);
    for row in &rows {
        let source = wrap(&source_with_status(row), source_width);
        for (i, part) in source.iter().enumerate() {
            let (input, value) = if i == 0 {
                (row.input.as_str(), row.value.as_str())
            } else {
                ("", "")
            };
            let line =
                format!("{INDENT}{input:<input_width$}{GAP}{value:>value_width$}{GAP}{part}");
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
}

fn paragraph(out: &mut String, text: &str) {
    for line in wrap(text, WIDTH - INDENT.len()) {
        let _ = writeln!(out, "{INDENT}{line}");
    }
}

fn bullet(out: &mut String, text: &str) {
    for (i, line) in wrap(text, WIDTH - INDENT.len() - 2).into_iter().enumerate() {
        let marker = if i == 0 { "- " } else { "  " };
        let _ = writeln!(out, "{INDENT}{marker}{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CostInput, Options, Route, estimate};

    #[test]
    fn no_line_is_wider_than_the_page() {
        let mut input = CostInput::new(5500.0, 6.0, Route::Court);
        input.exit.month = crate::Estimate::Range(crate::Range {
            low: 4.0,
            expected: 6.0,
            high: 9.0,
        });
        let options = Options {
            samples: 500,
            scenarios: true,
            ..Options::default()
        };
        let cost = estimate(&input, &options).unwrap();
        for language in Language::ALL {
            let out = table(&cost, language);
            for line in out.lines() {
                assert!(
                    line.chars().count() <= WIDTH,
                    "too wide ({}): {line}",
                    line.chars().count()
                );
                assert_eq!(line, line.trim_end(), "trailing space: {line:?}");
            }
        }
    }
}
