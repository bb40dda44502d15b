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
        // Right under a heading the heading's own spacing is enough.
        let gap = if after_heading { 2.0 } else { PARAGRAPH_GAP };
        after_heading = false;
        match block {
            Block::Heading(text) => {
                setter.heading(&mut flow, text, HEADING, 16.0)?;
                after_heading = true;
            }
            Block::Subheading(text) => {
                setter.heading(&mut flow, text, SUBHEADING, 10.0)?;
                after_heading = true;
            }
            Block::Paragraph(text) => setter.paragraph(&mut flow, text, BODY, gap)?,
            Block::Note(text) => setter.paragraph(&mut flow, text, SMALL, gap)?,
            Block::Bullets(items) => setter.bullets(&mut flow, items, BODY, gap)?,
            Block::Table(table) => setter.table(&mut flow, table, gap + 2.0)?,
            Block::RatingScale(scale) => setter.rating_scale(&mut flow, scale, gap + 2.0)?,
            Block::NoteLines(count) => setter.note_lines(&mut flow, *count, gap),
            Block::KeyValues(pairs) => setter.key_values(&mut flow, pairs, gap)?,
            Block::BarChart(chart) => bar_chart(&setter, &mut flow, chart, gap + 4.0)?,
        }
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
}
