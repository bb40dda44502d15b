//! The cost estimate as an A4 report for a manager: the headline (both totals, the range, what is
//! not included), the summary, a bar chart of the cost categories (the actual case beside the
//! exit scenarios when there are scenarios, totals on the bars, P10-P90 whiskers), the breakdown
//! line by line with its formulas, the cross-check, the notes, and an appendix of assumptions and
//! sources.
//!
//! It arranges the one result, [`MisHireCost`]; every amount and formula comes from it and is
//! written with the crate's own formatting, so the PDF and the table never disagree. The pages
//! themselves are laid out by `hirekit-pdf`, which knows nothing of costs.

use super::{headline, saving_note, simulation_note, situation, sources};
use crate::model::Category;
use crate::result::{MisHireCost, ScenarioKind, Summary};
use crate::text::{Language, Text, money, number};
use hirekit_pdf::{
    Align, BarChart, Block, Column, Metadata, NumberFormat, Orientation, PageLabel, Report, Row,
    Series, Table,
};

/// Headings and column names: those of `hirekit-cost`'s text and Markdown renderers, so the PDF
/// reads like the table on the terminal, plus the few only the PDF needs.
mod words {
    pub use super::super::words::*;
    use crate::text::Text;

    pub const BREAKDOWN: Text = Text::new("Opbouw per post", "Breakdown line by line");
    pub const CHART_SCENARIOS: Text = Text::new(
        "Deze casus en andere beslismomenten: kosten per categorie",
        "This case and other moments of decision: costs by category",
    );
    pub const CHART_CATEGORIES: Text = Text::new(
        "Kosten per categorie bij verwachte invoer",
        "Costs by category at expected inputs",
    );
    /// Added to a chart's title when it has whiskers.
    pub const WHISKERS: Text = Text::new(", streep = P10-P90", ", whisker = P10-P90");
    pub const VALUE_AXIS: Text = Text::new("Kosten (EUR)", "Cost (EUR)");
    pub const EXIT_AXIS: Text = Text::new("Beslismoment", "Moment of the decision");
    pub const PAGE: Text = Text::new("Pagina {page} van {pages}", "Page {page} of {pages}");
}

/// The report for `hirekit-pdf`; `company` goes at the top of every page.
pub fn report(cost: &MisHireCost, company: Option<&str>, language: Language) -> Report {
    let t = |text: Text| text.get(language).to_owned();
    let mut blocks = vec![
        Block::Heading(t(words::HEADLINE)),
        Block::Bullets(headline(cost, language)),
    ];

    blocks.push(Block::Heading(t(words::SUMMARY)));
    blocks.push(Block::Table(summary_table(cost, language)));
    if let Some(simulation) = &cost.simulation {
        blocks.push(Block::Note(simulation_note(simulation, language)));
    }
    // With scenarios the chart compares them, so it follows their table. A chart of nothing
    // but zeros (a salary of 0) says nothing and is left out.
    let chart = chart(cost, language);
    let chart = chart
        .series
        .iter()
        .any(|s| s.values.iter().any(|v| *v != 0.0))
        .then_some(chart);
    if cost.scenarios.is_none() {
        blocks.extend(chart.clone().map(Block::BarChart));
    }

    if let Some(scenarios) = &cost.scenarios {
        blocks.push(Block::Heading(t(words::SCENARIOS)));
        blocks.push(Block::Table(scenario_table(cost, language)));
        blocks.extend(chart.map(Block::BarChart));
        let mut notes: Vec<String> = scenarios
            .omitted
            .iter()
            .map(|(kind, reason)| {
                format!(
                    "{}: {} ({})",
                    kind.label().get(language),
                    words::NOT_POSSIBLE.get(language),
                    reason.get(language)
                )
            })
            .collect();
        notes.extend(saving_note(cost, language));
        notes.extend(scenarios.notes.iter().map(|n| t(*n)));
        blocks.push(Block::Bullets(notes));
    }

    blocks.push(Block::Heading(t(words::BREAKDOWN)));
    for category in &cost.categories {
        let mut rows: Vec<Row> = cost
            .lines
            .iter()
            .filter(|l| l.category == category.category)
            .map(|l| {
                Row::new(vec![
                    t(l.label),
                    l.formula.render(language),
                    money(l.amount, language),
                ])
            })
            .collect();
        rows.push(Row::total(vec![
            t(words::SUBTOTAL),
            String::new(),
            money(category.summary.expected, language),
        ]));
        blocks.push(Block::Subheading(t(category.label)));
        blocks.push(Block::Table(line_table(language, rows)));
    }
    // Both totals as a table of header rows only: shaded bands in the columns of the tables
    // above, without repeating "Line, Formula, Amount".
    for (label, summary) in [
        (words::TOTAL_ALL, &cost.total),
        (words::TOTAL_FROM_DECISION, &cost.total_from_decision),
    ] {
        blocks.push(Block::Table(Table {
            columns: line_columns(language)
                .into_iter()
                .zip([t(label), String::new(), money(summary.expected, language)])
                .map(|(column, header)| Column { header, ..column })
                .collect(),
            rows: Vec::new(),
        }));
    }

    blocks.push(Block::Heading(t(words::REFERENCE)));
    let references: Vec<_> = std::iter::once(&cost.reference)
        .chain(&cost.lost_output_benchmark)
        .collect();
    blocks.push(Block::Table(line_table(
        language,
        references
            .iter()
            .map(|r| {
                Row::new(vec![
                    t(r.label),
                    r.formula.render(language),
                    money(r.amount, language),
                ])
            })
            .collect(),
    )));
    blocks.push(Block::Bullets(
        references.iter().map(|r| t(r.note)).collect(),
    ));

    blocks.push(Block::Heading(t(words::NOTES)));
    blocks.push(Block::Bullets(cost.notes.iter().map(|n| t(*n)).collect()));

    // The appendix. Input keys are identifiers the reader may type into a file: the column is
    // wide enough for the longest (`indirect.colleague_replacement_cost`), so none is broken,
    // and the status goes under its source rather than into a fourth, narrower column.
    blocks.push(Block::Heading(t(words::ASSUMPTIONS)));
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(t(words::INPUT), 4.2, Align::Left),
            Column::new(t(words::VALUE), 1.8, Align::Right),
            Column::new(t(words::SOURCE), 4.2, Align::Left),
        ],
        rows: sources(cost, language)
            .into_iter()
            .map(|row| {
                let source = if row.status == "—" {
                    row.source.to_owned()
                } else {
                    format!("{}\n{}", row.source, row.status)
                };
                Row::new(vec![row.input, row.value, source])
            })
            .collect(),
    }));

    for block in &mut blocks {
        glue_euro_signs(block);
    }
    Report {
        title: t(words::TITLE),
        subtitle: situation(cost, language).replace("€ ", "€\u{a0}"),
        header: company.unwrap_or_default().to_owned(),
        blocks,
        page_label: PageLabel::new(words::PAGE.get(language)),
    }
}

/// Dutch writes `€ 1.069.200` with a space; the PDF's line breaking (unlike the terminal's, which
/// knows) could leave the euro sign alone at a line's end. A no-break space keeps it with its
/// amount; text extraction still reads it as a space.
fn glue_euro_signs(block: &mut Block) {
    let glue = |text: &mut String| {
        if text.contains("€ ") {
            *text = text.replace("€ ", "€\u{a0}");
        }
    };
    match block {
        Block::Heading(text)
        | Block::Subheading(text)
        | Block::Paragraph(text)
        | Block::Note(text)
        | Block::TickBox(text) => glue(text),
        Block::Together(blocks) => blocks.iter_mut().for_each(glue_euro_signs),
        Block::Bullets(items) => items.iter_mut().for_each(glue),
        Block::Table(table) => {
            table.columns.iter_mut().for_each(|c| glue(&mut c.header));
            for row in &mut table.rows {
                row.cells.iter_mut().for_each(glue);
            }
        }
        Block::KeyValues(pairs) => pairs.iter_mut().for_each(|(_, value)| glue(value)),
        Block::BarChart(_) | Block::RatingScale(_) | Block::NoteLines(_) => {}
    }
}

/// The report as PDF bytes: [`report`] laid out with [`metadata`]; the company heads every page
/// and is the document's author (`hirekit` without one).
pub fn document(
    cost: &MisHireCost,
    company: Option<&str>,
    language: Language,
    creator: &str,
    created: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<u8>, hirekit_pdf::PdfError> {
    let report = report(cost, company, language);
    let author = company.unwrap_or("hirekit");
    let metadata = metadata(cost, author, creator, language, created);
    hirekit_pdf::render_report(&report, &metadata)
}

/// What a PDF viewer shows under "Document properties". `creator` names the program, e.g.
/// `hirekit 0.1.0`.
pub fn metadata(
    cost: &MisHireCost,
    author: &str,
    creator: &str,
    language: Language,
    created: chrono::DateTime<chrono::FixedOffset>,
) -> Metadata {
    Metadata {
        title: words::TITLE.get(language).to_owned(),
        author: author.to_owned(),
        subject: situation(cost, language),
        language: language.pick("nl-NL", "en-GB").to_owned(),
        created,
        creator: creator.to_owned(),
    }
}

fn line_columns(language: Language) -> Vec<Column> {
    vec![
        Column::new(words::LINE.get(language), 3.0, Align::Left),
        Column::new(words::FORMULA.get(language), 5.0, Align::Left),
        Column::new(words::AMOUNT.get(language), 1.5, Align::Right),
    ]
}

fn line_table(language: Language, rows: Vec<Row>) -> Table {
    Table {
        columns: line_columns(language),
        rows,
    }
}

/// Amounts per category and in total; P10, P50 and P90 beside them when inputs are ranges.
fn summary_table(cost: &MisHireCost, language: Language) -> Table {
    let with_percentiles = cost.simulation.is_some();
    let mut columns = vec![
        Column::new(words::CATEGORY.get(language), 3.0, Align::Left),
        Column::new(words::EXPECTED.get(language), 2.6, Align::Right),
    ];
    if with_percentiles {
        for p in ["P10", "P50", "P90"] {
            columns.push(Column::new(p, 1.4, Align::Right));
        }
    }
    let cells = |label: &str, summary: &Summary| {
        let mut cells = vec![label.to_owned(), money(summary.expected, language)];
        if with_percentiles {
            match summary.percentiles {
                Some(p) => cells.extend([p.p10, p.p50, p.p90].map(|a| money(a, language))),
                None => cells.extend([String::new(), String::new(), String::new()]),
            }
        }
        cells
    };
    let mut rows: Vec<Row> = cost
        .categories
        .iter()
        .map(|c| Row::new(cells(c.label.get(language), &c.summary)))
        .collect();
    rows.push(Row::total(cells(
        words::TOTAL_ALL.get(language),
        &cost.total,
    )));
    rows.push(Row::total(cells(
        words::TOTAL_FROM_DECISION.get(language),
        &cost.total_from_decision,
    )));
    Table { columns, rows }
}

fn scenario_table(cost: &MisHireCost, language: Language) -> Table {
    let with_percentiles = cost.simulation.is_some();
    // No route column: "vaststellingsovereenkomst" does not fit one, and the note under the
    // table names the route of every scenario (as in the terminal table).
    let mut columns = vec![
        Column::new(words::SCENARIO.get(language), 2.6, Align::Left),
        Column::new(words::MONTH.get(language), 1.0, Align::Right),
        Column::new(words::EXPECTED.get(language), 2.6, Align::Right),
    ];
    if with_percentiles {
        columns.push(Column::new("P10", 1.5, Align::Right));
        columns.push(Column::new("P90", 1.5, Align::Right));
    }
    columns.push(Column::new(words::SAVING.get(language), 1.6, Align::Right));
    let rows = cost
        .scenarios
        .iter()
        .flat_map(|s| s.items.iter().map(move |item| (s, item)))
        .map(|(scenarios, s)| {
            let mut cells = vec![
                s.kind.label().get(language).to_owned(),
                number(s.month, language),
                money(s.total.expected, language),
            ];
            if with_percentiles {
                match s.total.percentiles {
                    Some(p) => cells.extend([p.p10, p.p90].map(|a| money(a, language))),
                    None => cells.extend([String::new(), String::new()]),
                }
            }
            cells.push(if s.kind == scenarios.compared_with {
                "—".to_owned()
            } else {
                money(s.saving, language)
            });
            Row::new(cells)
        })
        .collect();
    Table { columns, rows }
}

/// The four cost categories stacked into one bar per moment of decision (the actual case
/// first), with its total on top and its P10-P90 as a whisker; without scenarios, one bar per
/// category of the single estimate.
fn chart(cost: &MisHireCost, language: Language) -> BarChart {
    let currency = match language {
        Language::Nl => NumberFormat::dutch().with_prefix("€ "),
        Language::En => NumberFormat::english().with_prefix("€"),
    };
    let whisker = |s: &Summary| s.percentiles.map(|p| (p.p10, p.p90));
    let title = |text: Text| match cost.simulation {
        Some(_) => format!("{}{}", text.get(language), words::WHISKERS.get(language)),
        None => text.get(language).to_owned(),
    };
    match &cost.scenarios {
        Some(scenarios) => BarChart {
            title: title(words::CHART_SCENARIOS),
            orientation: Orientation::Vertical,
            stacked: true,
            categories: scenarios
                .items
                .iter()
                .map(|s| {
                    let label = s.kind.label().get(language);
                    match s.kind {
                        ScenarioKind::Actual | ScenarioKind::EndOfProbation => {
                            let month = super::month_label(s.month, language);
                            format!("{label} ({month})")
                        }
                        ScenarioKind::Month6 | ScenarioKind::Month12 => label.to_owned(),
                    }
                })
                .collect(),
            series: Category::ALL
                .iter()
                .enumerate()
                .map(|(n, category)| Series {
                    name: category.label().get(language).to_owned(),
                    values: scenarios
                        .items
                        .iter()
                        .map(|s| s.categories.get(n).map_or(0.0, |c| c.expected))
                        .collect(),
                })
                .collect(),
            value_axis_label: words::VALUE_AXIS.get(language).to_owned(),
            category_axis_label: words::EXIT_AXIS.get(language).to_owned(),
            number_format: currency,
            whiskers: if cost.simulation.is_some() {
                scenarios.items.iter().map(|s| whisker(&s.total)).collect()
            } else {
                Vec::new()
            },
            show_totals: true,
        },
        None => BarChart {
            title: title(words::CHART_CATEGORIES),
            orientation: Orientation::Vertical,
            stacked: false,
            categories: cost
                .categories
                .iter()
                .map(|c| c.label.get(language).to_owned())
                .collect(),
            series: vec![Series {
                name: words::EXPECTED.get(language).to_owned(),
                values: cost.categories.iter().map(|c| c.summary.expected).collect(),
            }],
            value_axis_label: words::VALUE_AXIS.get(language).to_owned(),
            category_axis_label: String::new(),
            number_format: currency,
            whiskers: if cost.simulation.is_some() {
                cost.categories
                    .iter()
                    .map(|c| whisker(&c.summary))
                    .collect()
            } else {
                Vec::new()
            },
            show_totals: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CostInput, Options, Route, estimate};

    /// The PDF's wording of the situation and notes is a copy of the text renderer's: this
    /// catches the two drifting apart.
    #[test]
    fn situation_and_notes_read_as_in_the_table() {
        let mut input = CostInput::new(5500.0, 6.0, Route::MutualAgreement);
        input.exit.month = crate::Estimate::Range(crate::Range {
            low: 4.0,
            expected: 6.0,
            high: 9.0,
        });
        let options = Options {
            samples: 200,
            scenarios: true,
            ..Options::default()
        };
        let cost = estimate(&input, &options).unwrap();
        for language in Language::ALL {
            let table = crate::render::table(&cost, language);
            let flat = table.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&situation(&cost, language)), "{table}");
            let simulation = cost.simulation.as_ref().unwrap();
            assert!(
                flat.contains(&simulation_note(simulation, language)),
                "{table}"
            );
            assert!(
                flat.contains(&saving_note(&cost, language).unwrap()),
                "{table}"
            );
            for heading in [
                words::SUMMARY,
                words::SCENARIOS,
                words::REFERENCE,
                words::ASSUMPTIONS,
            ] {
                assert!(table.contains(heading.get(language)), "{table}");
            }
        }
    }

    #[test]
    fn one_row_per_scenario_and_a_bar_per_exit_moment() {
        let options = Options {
            scenarios: true,
            ..Options::default()
        };
        let cost = estimate(
            &CostInput::new(5000.0, 6.0, Route::MutualAgreement),
            &options,
        )
        .unwrap();
        let scenarios = cost.scenarios.as_ref().unwrap();
        let chart = chart(&cost, Language::En);
        assert!(chart.stacked);
        assert_eq!(chart.categories.len(), scenarios.items.len());
        assert_eq!(chart.series.len(), 4);
        for (n, item) in scenarios.items.iter().enumerate() {
            let stacked: f64 = chart.series.iter().map(|s| s.values[n]).sum();
            assert!(
                (stacked - item.total.expected).abs() < 0.5,
                "{n}: {stacked}"
            );
        }
        assert_eq!(
            scenario_table(&cost, Language::En).rows.len(),
            scenarios.items.len()
        );
    }
}
