//! Reports (interview kits, cost reports): a title, then blocks flowing over as many pages as
//! they need.

use crate::blocks::{BODY, SMALL, Setter, TextStyle};
use crate::chart::bar_chart;
use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::layout::{
    ACCENT, Draw, Flow, Frame, INK, MM, MUTED, PAGE_WIDTH, Piece, RULE, draws, plan,
};
use crate::model::{Block, Report};

const LEFT: f32 = 20.0 * MM;
const RIGHT: f32 = PAGE_WIDTH - 20.0 * MM;
const TOP: f32 = 20.0 * MM;
const BOTTOM: f32 = 275.0 * MM;
const HEADER_BASELINE: f32 = 12.0 * MM;
const FOOTER_BASELINE: f32 = 286.0 * MM;
const PARAGRAPH_GAP: f32 = 7.0;

const TITLE: TextStyle = TextStyle::new(18.0, 23.0, Weight::Bold, INK);
const SUBTITLE: TextStyle = TextStyle::new(11.0, 15.0, Weight::Regular, MUTED);
const HEADING: TextStyle = TextStyle::new(13.0, 17.0, Weight::Bold, ACCENT);
const SUBHEADING: TextStyle = TextStyle::new(10.5, 14.5, Weight::Bold, INK);
const MARGIN_NOTE: TextStyle = TextStyle::new(8.0, 10.0, Weight::Regular, MUTED);

/// Lays out `report`; returns the pages' drawing operations.
pub(crate) fn layout(fonts: &Fonts, report: &Report) -> Result<Vec<Vec<Draw>>, PdfError> {
    let setter = Setter {
        fonts,
        left: LEFT,
        width: RIGHT - LEFT,
    };
    let mut flow = Flow::default();
    setter.heading(&mut flow, &report.title, TITLE, 0.0)?;
    if !report.subtitle.is_empty() {
        setter.heading(&mut flow, &report.subtitle, SUBTITLE, 2.0)?;
    }
    flow.push(Piece {
        height: 10.0,
        space_before: 4.0,
        what: "the rule under the title",
        draws: vec![Draw::line(LEFT, 2.0, RIGHT, 2.0, 1.2, ACCENT)],
        ..Piece::default()
    });

    let mut after_heading = false;
    for block in &report.blocks {
        lay_out(&setter, &mut flow, block, &mut after_heading)?;
    }

    let placements = plan(
        &flow,
        Frame {
            first_top: TOP,
            top: TOP,
            bottom: BOTTOM,
        },
    )?;
    let mut pages = draws(&flow, &placements);
    let count = pages.len();
    let header = fonts.prepare(&report.header, MARGIN_NOTE.weight)?;
    let title = fonts
        .prepare(&report.title, MARGIN_NOTE.weight)?
        .replace('\n', " ");
    for (n, page) in pages.iter_mut().enumerate() {
        if !header.is_empty() {
            page.push(Draw::text(
                LEFT,
                HEADER_BASELINE,
                header.clone(),
                MARGIN_NOTE.weight,
                MARGIN_NOTE.size,
                MARGIN_NOTE.color,
            ));
        }
        if count > 1 {
            let label =
                fonts.prepare(&report.page_label.render(n + 1, count), MARGIN_NOTE.weight)?;
            let label_width = fonts.width(&label, MARGIN_NOTE.weight, MARGIN_NOTE.size);
            page.push(Draw::line(
                LEFT,
                FOOTER_BASELINE - 10.0,
                RIGHT,
                FOOTER_BASELINE - 10.0,
                0.5,
                RULE,
            ));
            page.push(Draw::text(
                RIGHT - label_width,
                FOOTER_BASELINE,
                label,
                MARGIN_NOTE.weight,
                MARGIN_NOTE.size,
                MARGIN_NOTE.color,
            ));
            // The title, shortened to leave room for the page number.
            let room = RIGHT - LEFT - label_width - 10.0 * MM;
            let short = shorten(fonts, &title, room);
            page.push(Draw::text(
                LEFT,
                FOOTER_BASELINE,
                short,
                MARGIN_NOTE.weight,
                MARGIN_NOTE.size,
                MARGIN_NOTE.color,
            ));
        }
    }
    Ok(pages)
}

/// Adds `block` to `flow`. `after_heading` says whether the block follows a heading (whose own
/// spacing is then enough) and is updated for the next block.
fn lay_out(
    setter: &Setter,
    flow: &mut Flow,
    block: &Block,
    after_heading: &mut bool,
) -> Result<(), PdfError> {
    let gap = if *after_heading { 2.0 } else { PARAGRAPH_GAP };
    *after_heading = false;
    match block {
        Block::Heading(text) => {
            setter.heading(flow, text, HEADING, 16.0)?;
            *after_heading = true;
        }
        Block::Subheading(text) => {
            setter.heading(flow, text, SUBHEADING, 10.0)?;
            *after_heading = true;
        }
        Block::Paragraph(text) => setter.paragraph(flow, text, BODY, gap)?,
        Block::Note(text) => setter.paragraph(flow, text, SMALL, gap)?,
        Block::Bullets(items) => setter.bullets(flow, items, BODY, gap)?,
        Block::Table(table) => setter.table(flow, table, gap + 2.0)?,
        Block::RatingScale(scale) => setter.rating_scale(flow, scale, gap + 2.0)?,
        Block::TickBox(text) => setter.tick_box(flow, text, gap)?,
        Block::NoteLines(count) => setter.note_lines(flow, *count, gap),
        Block::KeyValues(pairs) => setter.key_values(flow, pairs, gap)?,
        Block::BarChart(chart) => bar_chart(setter, flow, chart, gap + 4.0)?,
        Block::Together(blocks) => {
            let start = flow.pieces.len();
            for inner in blocks {
                lay_out(setter, flow, inner, after_heading)?;
            }
            // Every piece but the last holds on to the next; the last keeps whatever its own
            // block decided.
            let end = flow.pieces.len().saturating_sub(1);
            for piece in flow.pieces.get_mut(start..end).unwrap_or_default() {
                piece.keep_with_next = true;
            }
        }
    }
    Ok(())
}

/// `text`, cut at a word and ended with "…" when wider than `room`.
fn shorten(fonts: &Fonts, text: &str, room: f32) -> String {
    let width = |s: &str| fonts.width(s, MARGIN_NOTE.weight, MARGIN_NOTE.size);
    if width(text) <= room {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let candidate = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if width(&format!("{candidate} …")) > room {
            break;
        }
        out = candidate;
    }
    format!("{out} …").trim_start().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_are_shortened_at_a_word() {
        let fonts = crate::shared_fonts().unwrap();
        let text = "Interviewkit Senior backend-developer — Şükrü Yılmaz — tweede ronde";
        let room = fonts.width(
            "Interviewkit Senior backend-developer",
            MARGIN_NOTE.weight,
            MARGIN_NOTE.size,
        ) + 8.0;
        let short = shorten(fonts, text, room);
        assert_eq!(short, "Interviewkit Senior …");
        assert!(fonts.width(&short, MARGIN_NOTE.weight, MARGIN_NOTE.size) <= room);
        assert_eq!(shorten(fonts, "Kit", 100.0), "Kit");
    }

    /// A criterion's heading, requirement and first question: 40 pieces of filler leave too
    /// little room at the foot of the page for all of them, so they move to the next page
    /// together instead of leaving the heading behind.
    #[test]
    fn blocks_kept_together_move_to_the_next_page_together() {
        let fonts = crate::shared_fonts().unwrap();
        let filler = |n: usize| vec![Block::Paragraph("Filler line.".into()); n];
        let criterion = Block::Together(vec![
            Block::Heading("3. Data modelling".into()),
            Block::KeyValues(vec![("Requirement".into(), "Models data.".into())]),
            Block::Subheading("Questions".into()),
            Block::Paragraph("1. Tell us about a data model you designed.".into()),
        ]);
        let page_of = |pages: &[Vec<Draw>], text: &str| {
            pages.iter().position(|page| {
                page.iter()
                    .any(|d| matches!(d, Draw::Text { text: t, .. } if t.contains(text)))
            })
        };
        // Find the amount of filler that leaves the heading room but not the question.
        let mut split = None;
        for n in 20..60 {
            let mut blocks = filler(n);
            blocks.extend(match &criterion {
                Block::Together(inner) => inner.clone(),
                _ => unreachable!(),
            });
            let report = Report {
                title: "Kit".into(),
                subtitle: String::new(),
                header: String::new(),
                blocks,
                page_label: crate::PageLabel::new("{page}"),
            };
            let pages = layout(fonts, &report).unwrap();
            if page_of(&pages, "3. Data") != page_of(&pages, "1. Tell us") {
                split = Some(n);
                break;
            }
        }
        let n = split.expect("some filler splits the loose blocks");
        let mut blocks = filler(n);
        blocks.push(criterion.clone());
        let report = Report {
            title: "Kit".into(),
            subtitle: String::new(),
            header: String::new(),
            blocks,
            page_label: crate::PageLabel::new("{page}"),
        };
        let pages = layout(fonts, &report).unwrap();
        let heading = page_of(&pages, "3. Data");
        assert_eq!(heading, page_of(&pages, "Models data."));
        assert_eq!(heading, page_of(&pages, "1. Tell us"));
    }
}
