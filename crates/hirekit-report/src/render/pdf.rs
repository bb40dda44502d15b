//! The report as a PDF description for `hirekit-pdf`: the same sections as the Markdown, with
//! the 24-hour agreement per interviewer as a small stacked bar chart.

use hirekit_pdf::{
    Align, BarChart, Block, Column, NumberFormat, Orientation, PageLabel, Report, Row, Series,
    Table,
};
use hirekit_scorecard::Language;

use super::markdown::{
    agreement_of, alpha_line, decision_sentences, feedback_line, vacancy_candidates,
};
use super::text::{self, date, days, number, percent, signed, who};
use crate::model::{PipelineReport, VacancySummary};

/// The report as PDF bytes: [`document`] laid out, with the title, company and language in the
/// file's metadata. `created` is written as its creation date (fixed by the caller for
/// byte-identical output), `creator` as the application that made it.
pub fn bytes(
    report: &PipelineReport,
    created: chrono::DateTime<chrono::FixedOffset>,
    creator: &str,
) -> Result<Vec<u8>, hirekit_pdf::PdfError> {
    let document = document(report);
    let metadata = hirekit_pdf::Metadata {
        title: document.title.clone(),
        author: report.company.clone(),
        subject: document.subtitle.clone(),
        language: report.language.pick("nl-NL", "en-GB").to_owned(),
        created,
        creator: creator.to_owned(),
    };
    hirekit_pdf::render_report(&document, &metadata)
}

/// The document: one or two A4 pages for a hiring manager.
pub fn document(report: &PipelineReport) -> Report {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en).to_owned();
    let dash = || "—".to_owned();
    let mut blocks = Vec::new();

    if report.vacancies.is_empty() {
        blocks.push(Block::Paragraph(t(
            "Nog geen kandidaten.",
            "No candidates yet.",
        )));
    }
    for v in &report.vacancies {
        vacancy(&mut blocks, report, v);
    }

    blocks.push(Block::Heading(t(
        "Kalibratie van interviewers",
        "Interviewer calibration",
    )));
    blocks.push(Block::Note(t(
        "Ter informatie: deze cijfers veranderen nooit een score. Mild/streng: gemiddeld verschil met \
         de rest van het panel op dezelfde kandidaten en criteria (+ milder, − strenger).",
        "For information only: these figures never change a score. Lenient/strict: mean difference \
         from the rest of the panel on the same candidates and criteria (+ milder, − stricter).",
    )));
    if !report.interviewers.is_empty() {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(t("Interviewer", "Interviewer"), 3.0, Align::Left),
                Column::new(t("Kaarten", "Cards"), 1.0, Align::Right),
                Column::new(t("Mild/streng", "Lenient/strict"), 1.8, Align::Right),
                Column::new(t("Gedeeld", "Shared"), 1.2, Align::Right),
                Column::new(t("Spreiding", "Spread"), 1.3, Align::Right),
                Column::new(t("Niet beoordeeld", "Not assessed"), 1.6, Align::Right),
            ],
            rows: report
                .interviewers
                .iter()
                .map(|i| {
                    Row::new(vec![
                        who(report, &i.handle, lang),
                        i.scorecards.to_string(),
                        i.leniency.map_or_else(
                            || {
                                lang.pick("te weinig gegevens", "not enough data")
                                    .to_owned()
                            },
                            |l| signed(l, lang),
                        ),
                        i.shared_ratings.to_string(),
                        i.spread.map_or_else(dash, |s| number(s, 2, lang)),
                        i.not_assessed.map_or_else(dash, percent),
                    ])
                })
                .collect(),
        }));
    }
    blocks.push(Block::Note(t(
        "Over alle vacatures: een interviewer kan in meer panels zitten. De overeenstemming van elk \
         panel (alfa) staat bij de vacature; alfa 1 is volledige overeenstemming, 0 niet beter dan \
         toeval. Krippendorff (2004) noemt 0,800 voldoende en 0,667 de ondergrens voor voorlopige \
         conclusies.",
        "Across all vacancies: an interviewer may sit on several panels. Each panel's agreement \
         (alpha) is shown with its vacancy; alpha 1 is perfect agreement, 0 no better than chance. \
         Krippendorff (2004) calls 0.800 sufficient and 0.667 the lowest for tentative conclusions.",
    )));

    Report {
        title: t("Stand van de werving", "Hiring pipeline"),
        subtitle: format!(
            "{} {}",
            lang.pick("Peildatum", "As of"),
            date(report.today, report.today, lang)
        ),
        header: report.company.clone(),
        blocks,
        page_label: PageLabel::new(
            lang.pick("Pagina {page} van {pages}", "Page {page} of {pages}"),
        ),
    }
}

/// One vacancy's part of the report: its candidates, the agreements on time for them, and its
/// panel's agreement.
fn vacancy(blocks: &mut Vec<Block>, report: &PipelineReport, v: &VacancySummary) {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en).to_owned();
    let rules = &report.time_rules;
    let dash = || "—".to_owned();
    let list = vacancy_candidates(report, &v.id);
    let list = list.as_slice();
    blocks.push(Block::Heading(format!(
        "{}: {}",
        lang.pick("Vacature", "Vacancy"),
        v.title
    )));
    blocks.push(Block::Subheading(t(
        "Waar elke kandidaat staat",
        "Where every candidate stands",
    )));
    if list.is_empty() {
        blocks.push(Block::Paragraph(t(
            "Nog geen kandidaten.",
            "No candidates yet.",
        )));
    } else {
        let rows = list
            .iter()
            .map(|c| {
                let due = match (c.due, c.days_overdue, c.next_interview) {
                    (Some(due), Some(late), _) if late > 0 => format!(
                        "{}\n{} {}",
                        date(due, report.today, lang),
                        days(late, lang),
                        lang.pick("te laat", "late")
                    ),
                    (Some(due), _, _) => date(due, report.today, lang),
                    (None, _, Some(next)) => date(next, report.today, lang),
                    _ => String::new(),
                };
                let waiting: Vec<String> =
                    c.waiting_on.iter().map(|h| who(report, h, lang)).collect();
                Row::new(vec![
                    format!("{}\n{}", c.name, c.id),
                    text::stage(c.stage, lang).to_owned(),
                    c.days_in_stage.map(|d| d.to_string()).unwrap_or_default(),
                    waiting.join(", "),
                    due,
                ])
            })
            .collect();
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(t("Kandidaat", "Candidate"), 3.0, Align::Left),
                Column::new(t("Fase", "Stage"), 2.6, Align::Left),
                Column::new(t("Dagen", "Days"), 1.0, Align::Right),
                Column::new(t("Wacht op", "Waiting on"), 2.4, Align::Left),
                Column::new(t("Uiterlijk", "Due"), 2.0, Align::Left),
            ],
            rows,
        }));
    }
    let sentences = decision_sentences(report, list);
    if !sentences.is_empty() {
        blocks.push(Block::Subheading(t("Om door te sturen", "To pass on")));
        blocks.push(Block::Bullets(sentences));
    }

    blocks.push(Block::Subheading(match lang {
        Language::Nl => format!("De afspraak van {} uur", rules.scorecard_hours),
        Language::En => format!("The {}-hour agreement", rules.scorecard_hours),
    }));
    if !v.interviewers.is_empty() {
        let names: Vec<String> = v
            .interviewers
            .iter()
            .map(|i| who(report, &i.handle, lang))
            .collect();
        let count = |f: fn(&crate::Punctuality) -> usize| -> Vec<f64> {
            v.interviewers.iter().map(|i| f(i) as f64).collect()
        };
        blocks.push(Block::BarChart(BarChart {
            title: t("Scorekaarten per interviewer", "Scorecards per interviewer"),
            orientation: Orientation::Horizontal,
            stacked: true,
            categories: names.clone(),
            series: vec![
                Series {
                    name: t("op tijd", "on time"),
                    values: count(|i| i.on_time),
                },
                Series {
                    name: t("te laat", "late"),
                    values: count(|i| i.late),
                },
                Series {
                    name: t("open, over tijd", "open, overdue"),
                    values: count(|i| i.overdue),
                },
            ],
            value_axis_label: t("Scorekaarten", "Scorecards"),
            category_axis_label: String::new(),
            number_format: number_format(lang),
            whiskers: Vec::new(),
            show_totals: false,
        }));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(t("Interviewer", "Interviewer"), 3.0, Align::Left),
                Column::new(t("Op tijd", "On time"), 1.2, Align::Right),
                Column::new(t("Te laat", "Late"), 1.2, Align::Right),
                Column::new(t("Open, over tijd", "Open, overdue"), 1.6, Align::Right),
                Column::new(t("Mediaan (uur)", "Median (hours)"), 1.6, Align::Right),
            ],
            rows: v
                .interviewers
                .iter()
                .zip(names)
                .map(|(i, name)| {
                    Row::new(vec![
                        name,
                        i.on_time.to_string(),
                        i.late.to_string(),
                        i.overdue.to_string(),
                        i.median_hours.map_or_else(dash, |h| number(h, 1, lang)),
                    ])
                })
                .collect(),
        }));
    }
    let d = &v.decisions;
    blocks.push(Block::Paragraph(match lang {
        Language::Nl => format!("Besluiten (afspraak: binnen {} uur)", rules.decision_hours),
        Language::En => format!("Decisions (agreed: within {} hours)", rules.decision_hours),
    }));
    let mut pairs: Vec<(String, String)> = d
        .deciders
        .iter()
        .map(|p| {
            let median = p.median_hours.map_or_else(dash, |h| number(h, 1, lang));
            let line = match lang {
                Language::Nl => format!(
                    "{} op tijd, {} te laat; mediaan {median} uur",
                    p.on_time, p.late
                ),
                Language::En => format!(
                    "{} on time, {} late; median {median} hours",
                    p.on_time, p.late
                ),
            };
            (p.name.clone(), line)
        })
        .collect();
    pairs.push((
        t("Wacht nu", "Waiting now"),
        match lang {
            Language::Nl => format!(
                "{}, waarvan {} langer dan afgesproken",
                d.pending, d.overdue
            ),
            Language::En => format!("{}, of whom {} longer than agreed", d.pending, d.overdue),
        },
    ));
    blocks.push(Block::KeyValues(pairs));

    let f = &v.feedback;
    blocks.push(Block::Subheading(t(
        "De kant van de kandidaat",
        "The candidate's side",
    )));
    blocks.push(Block::Paragraph(feedback_line(
        f,
        rules.feedback_days,
        lang,
    )));
    if !f.late_now.is_empty() {
        blocks.push(Block::Bullets(
            f.late_now
                .iter()
                .map(|l| {
                    format!(
                        "{} ({}): {} {}, {} {}",
                        l.name,
                        l.id,
                        lang.pick("uiterlijk", "due"),
                        date(l.due, report.today, lang),
                        days(l.days_late, lang),
                        lang.pick("te laat", "late")
                    )
                })
                .collect(),
        ));
    }

    if let Some(s) = agreement_of(report, &v.id) {
        blocks.push(Block::Subheading(t(
            "Overeenstemming van het panel",
            "Panel agreement",
        )));
        blocks.push(Block::Paragraph(alpha_line(s, lang)));
    }
}

fn number_format(lang: Language) -> NumberFormat {
    match lang {
        Language::Nl => NumberFormat::dutch(),
        Language::En => NumberFormat::english(),
    }
}
