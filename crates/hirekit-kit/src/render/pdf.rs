//! The interview kit as a printable A4 document: the same [`Kit`] as the Markdown, arranged as
//! a form — blanks to fill in, a tick box per scale point, ruled lines for notes.

use hirekit_pdf::{
    Align, Block, Column, Metadata, PageLabel, RatingScale, Report, Row, ScalePoint, Table,
};

use crate::model::{
    Kit, KitCalibration, KitCriterion, KitLabels, KitPlan, KitRedFlags, KitSection,
};

/// Ruled lines under each question: room for what the candidate said, in handwriting.
const QUESTION_NOTE_LINES: usize = 3;
/// Ruled lines per criterion under the scale, for the evidence behind the score.
const NOTE_LINES: usize = 2;
/// An empty box, for the red flags an interviewer saw and checked.
const TICK: &str = "☐";

/// The kit as a report for `hirekit-pdf`. `company` goes at the top of every page.
pub fn report(kit: &Kit, company: Option<&str>) -> Report {
    let mut blocks = vec![
        // A row of blank lines under each label: room to write in, lined up across the page.
        Block::Table(Table {
            columns: kit
                .blanks
                .iter()
                .map(|b| Column::new(b.clone(), 1.0, Align::Left))
                .collect(),
            rows: vec![Row::new(vec!["\n".to_owned(); kit.blanks.len()])],
        }),
        Block::Note(plain(&kit.about)),
        Block::Heading(kit.how_to_title.clone()),
        Block::Bullets(kit.how_to.iter().map(|l| plain(l)).collect()),
    ];
    plan_blocks(&mut blocks, &kit.plan);
    section_blocks(&mut blocks, &kit.opening);
    for criterion in &kit.criteria {
        criterion_blocks(&mut blocks, &kit.labels, criterion);
    }
    section_blocks(&mut blocks, &kit.closing);
    if let Some(flags) = &kit.red_flags {
        red_flag_blocks(&mut blocks, flags, &kit.labels);
    }
    blocks.push(Block::Heading(kit.recommendation_title.clone()));
    blocks.push(Block::RatingScale(RatingScale {
        points: kit
            .recommendations
            .iter()
            .map(|r| ScalePoint {
                value: r.clone(),
                label: String::new(),
                description: String::new(),
            })
            .collect(),
    }));
    if let Some(calibration) = &kit.calibration {
        calibration_blocks(&mut blocks, calibration);
    }

    Report {
        title: kit.labels.document.clone(),
        subtitle: kit.role.clone(),
        header: company.unwrap_or_default().to_owned(),
        blocks,
        page_label: PageLabel::new(&kit.labels.page),
    }
}

/// What a PDF viewer shows under "Document properties". `creator` names the program, e.g.
/// `hirekit 0.1.0`.
pub fn metadata(
    kit: &Kit,
    author: &str,
    creator: &str,
    created: chrono::DateTime<chrono::FixedOffset>,
) -> Metadata {
    Metadata {
        title: kit.title.clone(),
        author: author.to_owned(),
        subject: kit.role.clone(),
        language: kit.lang.pick("nl-NL", "en-GB").to_owned(),
        created,
        creator: creator.to_owned(),
    }
}

fn criterion_blocks(blocks: &mut Vec<Block>, l: &KitLabels, c: &KitCriterion) {
    // The heading, the requirement and the first question go to a page together: a heading at
    // the foot of a page with its questions on the next reads as a criterion without questions.
    let mut together = vec![
        Block::Heading(c.heading.clone()),
        // The facts as pairs rather than a note under the heading: labels line up with the
        // requirement's.
        Block::KeyValues(vec![
            (l.requirement.clone(), c.requirement.clone()),
            (l.kind_and_weight.clone(), c.facts.clone()),
        ]),
    ];
    if !c.questions.is_empty() {
        together.push(Block::Subheading(l.questions.clone()));
    }
    let mut rest = Vec::new();
    for (n, q) in c.questions.iter().enumerate() {
        let kind = if q.kind.is_empty() {
            String::new()
        } else {
            format!(" ({})", q.kind)
        };
        let target = if n == 0 { &mut together } else { &mut rest };
        target.push(Block::Paragraph(format!("{}. {}{kind}", n + 1, q.text)));
        if !q.probes.is_empty() {
            target.push(Block::Bullets(
                q.probes
                    .iter()
                    .map(|p| format!("{}: {p}", l.probe))
                    .collect(),
            ));
        }
        rest.push(Block::Note(l.question_notes.clone()));
        rest.push(Block::NoteLines(QUESTION_NOTE_LINES));
    }
    blocks.push(Block::Together(together));
    blocks.extend(rest);
    let points: Vec<ScalePoint> = c
        .scale
        .iter()
        .map(|p| ScalePoint {
            value: p.point.to_string(),
            label: if p.pass {
                format!("{} ({})", p.label, l.pass)
            } else {
                p.label.clone()
            },
            description: p.anchor.clone(),
        })
        .collect();
    // The score, the "not assessed" box and the lines for the evidence are one part of the form:
    // evidence lines at the top of the next page, away from their scale, get filled in for the
    // wrong criterion.
    blocks.push(Block::Together(vec![
        Block::Subheading(l.score.clone()),
        Block::RatingScale(RatingScale { points }),
        // Under the scale, not a fifth box in it: four boxes keep each label on one line, and
        // "did not come up" must never read as a point of the scale.
        Block::TickBox(format!("{}   {}", l.not_assessed, l.not_assessed_hint)),
        Block::Subheading(l.notes.clone()),
        Block::NoteLines(NOTE_LINES),
    ]));
}

/// The time plan, with an empty column to write who asks each part.
fn plan_blocks(blocks: &mut Vec<Block>, plan: &KitPlan) {
    let [part, minutes, who] = &plan.columns;
    blocks.push(Block::Heading(plan.title.clone()));
    let mut rows: Vec<Row> = plan
        .rows
        .iter()
        .map(|r| Row::new(vec![r.part.clone(), r.minutes.clone(), String::new()]))
        .collect();
    rows.push(Row::total(vec![
        plan.total.clone(),
        String::new(),
        String::new(),
    ]));
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(part.clone(), 5.0, Align::Left),
            Column::new(minutes.clone(), 1.0, Align::Right),
            Column::new(who.clone(), 3.0, Align::Left),
        ],
        rows,
    }));
}

fn section_blocks(blocks: &mut Vec<Block>, section: &KitSection) {
    blocks.push(Block::Heading(section.title.clone()));
    blocks.push(Block::Bullets(
        section.lines.iter().map(|l| plain(l)).collect(),
    ));
}

fn calibration_blocks(blocks: &mut Vec<Block>, calibration: &KitCalibration) {
    blocks.push(Block::Heading(calibration.title.clone()));
    blocks.push(Block::Paragraph(calibration.intro.clone()));
    for c in &calibration.criteria {
        blocks.push(Block::Subheading(c.heading.clone()));
        blocks.push(Block::KeyValues(
            c.examples
                .iter()
                .map(|e| (format!("{} ({})", e.point, e.label), e.text.clone()))
                .collect(),
        ));
    }
}

fn red_flag_blocks(blocks: &mut Vec<Block>, flags: &KitRedFlags, l: &KitLabels) {
    blocks.push(Block::Heading(flags.title.clone()));
    blocks.push(Block::Paragraph(flags.intro.clone()));
    if !flags.items.is_empty() {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(&l.signal, 4.0, Align::Left),
                Column::new(&l.how_to_verify, 4.0, Align::Left),
                Column::new(&l.seen, 0.9, Align::Center),
            ],
            rows: flags
                .items
                .iter()
                .map(|item| {
                    Row::new(vec![
                        format!("{}\n({})", item.signal, item.evidence),
                        item.verify.clone(),
                        TICK.to_owned(),
                    ])
                })
                .collect(),
        }));
    }
    if !flags.cautions.is_empty() {
        blocks.push(Block::Subheading(format!("⚠ {}", flags.caution_title)));
        blocks.push(Block::Paragraph(flags.caution_intro.clone()));
        // No tick column: these are never scored.
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(&l.signal, 3.0, Align::Left),
                Column::new(&l.why_not_counted, 5.0, Align::Left),
            ],
            rows: flags
                .cautions
                .iter()
                .map(|item| Row::new(vec![item.signal.clone(), item.why.clone()]))
                .collect(),
        }));
    }
}

/// Text written for Markdown, as plain text: code spans lose their backticks.
fn plain(text: &str) -> String {
    text.replace('`', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: &str = r#"
id: demo
title: Demo
languages: [en]
scale: {min: 1, max: 4, pass: 3, labels: {1: Poor, 2: Mixed, 3: Good, 4: Excellent}}
advance_at: 3.0
talent_pool_at: 2.6
criteria:
  - id: testing
    name: Testing
    category: technical
    requirement: Writes automated tests
    weight: 2
    questions:
      - {ask: "Tell us about a bug your tests missed.", kind: past, probes: ["What did you change?"]}
      - {ask: "How do you test a change before it goes live?"}
    anchors: {1: No tests, 3: Unit tests for new code, 4: Tests drive the design}
    feedback: {strength: your testing, gap: the ability to test, develop: test-first katas}
"#;

    fn kit() -> Kit {
        let card = hirekit_scorecard::load("demo.yaml".as_ref(), CARD.as_bytes())
            .expect("the demo scorecard is valid")
            .scorecard;
        let settings = crate::Settings {
            lang: hirekit_scorecard::Language::En,
            scorecard_hours: 24,
            feedback_days: 7,
            company: None,
        };
        crate::build(&card, &settings, &[])
    }

    /// The heading, the requirement and the first question (with its probes) travel together;
    /// the second question and the notes may go to the next page on their own; so does the
    /// score part, in one piece.
    #[test]
    fn a_criterion_opens_with_its_first_question_on_the_same_page() {
        let report = report(&kit(), None);
        let at = report
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Together(_)))
            .expect("the criterion is kept together");
        let Block::Together(together) = &report.blocks[at] else {
            unreachable!()
        };
        assert_eq!(
            together,
            &vec![
                Block::Heading("1. Testing".into()),
                Block::KeyValues(vec![
                    ("Requirement".into(), "Writes automated tests".into()),
                    ("Kind and weight".into(), "technical · weight 2".into()),
                ]),
                Block::Subheading("Questions".into()),
                Block::Paragraph(
                    "1. Tell us about a bug your tests missed. (past behaviour)".into()
                ),
                Block::Bullets(vec!["Probe: What did you change?".into()]),
            ]
        );
        assert_eq!(
            report.blocks[at + 1..at + 4],
            [
                Block::Note("Notes".into()),
                Block::NoteLines(QUESTION_NOTE_LINES),
                Block::Paragraph("2. How do you test a change before it goes live?".into()),
            ]
        );
        // The score, the "not assessed" box and the evidence lines are one part of the form.
        let Some(Block::Together(score)) = report.blocks[at + 1..]
            .iter()
            .find(|b| matches!(b, Block::Together(_)))
        else {
            panic!("the score part is kept together")
        };
        assert_eq!(
            score[0],
            Block::Subheading("Score, right after the questions".into())
        );
        assert!(matches!(score[1], Block::RatingScale(_)));
        assert_eq!(
            score[2..],
            [
                Block::TickBox("not assessed   (did not come up: that is not a low score)".into()),
                Block::Subheading("Evidence and notes".into()),
                Block::NoteLines(NOTE_LINES),
            ]
        );
    }

    #[test]
    fn every_word_comes_from_the_kit() {
        let kit = kit();
        let report = report(&kit, Some("Voorbeeld BV"));
        assert_eq!(report.title, kit.labels.document);
        assert_eq!(report.header, "Voorbeeld BV");
        assert_eq!(report.page_label.render(2, 3), "Page 2 of 3");
        let created = "2026-11-23T09:00:00+01:00".parse().expect("a date");
        let metadata = metadata(&kit, "hirekit", "hirekit 0.1.0", created);
        assert_eq!(metadata.language, "en-GB");
        assert_eq!(metadata.title, "Interview kit: Demo");
        // The PDF lays out: no text the font cannot print, no block too tall for a page.
        let pdf = hirekit_pdf::render_report(&report, &metadata).expect("the kit lays out");
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn code_spans_lose_their_backticks() {
        assert_eq!(
            plain("submit: `hirekit fill --candidate ID`."),
            "submit: hirekit fill --candidate ID."
        );
    }
}
