//! The parts of a form filled in by hand: rating scales with tick boxes, and ruled note lines.

use crate::blocks::{BODY, Setter, TextStyle};
use crate::error::PdfError;
use crate::fonts::Weight;
use crate::layout::{Draw, FAINT, Flow, INK, MUTED, Piece, RULE, Rgb};
use crate::model::RatingScale;
use crate::wrap::Line;

const SCALE_LABEL: TextStyle = TextStyle::new(8.5, 11.5, Weight::Bold, INK);
const SCALE_TEXT: TextStyle = TextStyle::new(7.5, 10.0, Weight::Regular, MUTED);
/// Side of a tick box, in points: the same in a rating scale and on its own.
const TICK: f32 = 10.0;
/// Line width of a tick box's border.
const TICK_STROKE: f32 = 0.7;

/// An empty tick box with its top-left corner at (`x`, `y`).
fn tick_box(x: f32, y: f32) -> Draw {
    Draw::Rect {
        x,
        y,
        w: TICK,
        h: TICK,
        fill: Some(Rgb(0xff, 0xff, 0xff)),
        stroke: Some((INK, TICK_STROKE)),
    }
}

impl Setter<'_> {
    /// Ruled lines to write on, kept together as one group: a lone rule at the top of the next
    /// page looks like a mistake.
    pub(crate) fn note_lines(&self, flow: &mut Flow, count: usize, space_before: f32) {
        const PITCH: f32 = 22.0;
        for n in 0..count {
            flow.push(Piece {
                height: PITCH,
                space_before: if n == 0 { space_before } else { 0.0 },
                keep_with_next: n + 1 < count,
                what: "a note line",
                draws: vec![Draw::line(
                    self.left,
                    PITCH - 0.5,
                    self.left + self.width,
                    PITCH - 0.5,
                    0.6,
                    RULE,
                )],
                ..Piece::default()
            });
        }
    }

    /// A rating scale: one box per point, side by side, with a tick box, the value and label,
    /// and the behavioural anchor under it.
    pub(crate) fn rating_scale(
        &self,
        flow: &mut Flow,
        scale: &RatingScale,
        space_before: f32,
    ) -> Result<(), PdfError> {
        let count = scale.points.len();
        if count == 0 {
            return Err(PdfError::Invalid("a rating scale has no points".into()));
        }
        const GAP: f32 = 5.0;
        const PAD: f32 = 5.0;
        let column = (self.width - GAP * (count as f32 - 1.0)) / count as f32;
        let inner = column - 2.0 * PAD;
        let label_width = inner - TICK - 5.0;
        if label_width < 20.0 {
            return Err(PdfError::Invalid(format!(
                "a rating scale with {count} points does not fit the width of a page"
            )));
        }
        let mut columns = Vec::with_capacity(count);
        for point in &scale.points {
            let label = if point.label.is_empty() {
                point.value.clone()
            } else {
                format!("{} {}", point.value, point.label)
            };
            let labels = self.lines(&label, SCALE_LABEL, label_width)?;
            let description = if point.description.is_empty() {
                Vec::new()
            } else {
                self.lines(&point.description, SCALE_TEXT, inner)?
            };
            columns.push((labels, description));
        }
        let content_height = |labels: &Vec<Line>, description: &Vec<Line>| {
            let label_height = (labels.len() as f32 * SCALE_LABEL.leading).max(TICK + 2.0);
            let gap = if description.is_empty() { 0.0 } else { 3.0 };
            label_height + gap + description.len() as f32 * SCALE_TEXT.leading
        };
        let height = columns
            .iter()
            .map(|(l, d)| content_height(l, d))
            .fold(0.0, f32::max)
            + 2.0 * PAD;
        let mut draws = Vec::new();
        for (n, (labels, description)) in columns.into_iter().enumerate() {
            let x = self.left + n as f32 * (column + GAP);
            draws.push(Draw::Rect {
                x,
                y: 0.0,
                w: column,
                h: height,
                fill: Some(FAINT),
                stroke: None,
            });
            let tick_top = PAD + (SCALE_LABEL.leading - TICK) / 2.0;
            draws.push(tick_box(x + PAD, tick_top));
            let label_height = (labels.len() as f32 * SCALE_LABEL.leading).max(TICK + 2.0);
            for (i, line) in labels.into_iter().enumerate() {
                let y = SCALE_LABEL.baseline(PAD + i as f32 * SCALE_LABEL.leading);
                draws.push(Draw::text(
                    x + PAD + TICK + 5.0,
                    y,
                    line.text,
                    SCALE_LABEL.weight,
                    SCALE_LABEL.size,
                    SCALE_LABEL.color,
                ));
            }
            for (i, line) in description.into_iter().enumerate() {
                let y =
                    SCALE_TEXT.baseline(PAD + label_height + 3.0 + i as f32 * SCALE_TEXT.leading);
                draws.push(Draw::text(
                    x + PAD,
                    y,
                    line.text,
                    SCALE_TEXT.weight,
                    SCALE_TEXT.size,
                    SCALE_TEXT.color,
                ));
            }
        }
        flow.push(Piece {
            height,
            space_before,
            what: "a rating scale",
            draws,
            ..Piece::default()
        });
        Ok(())
    }

    /// A tick box drawn as in a rating scale, with `text` beside it; the text wraps under itself.
    pub(crate) fn tick_box(
        &self,
        flow: &mut Flow,
        text: &str,
        space_before: f32,
    ) -> Result<(), PdfError> {
        const GAP: f32 = 6.0;
        let lines = self.lines(text, BODY, self.width - TICK - GAP)?;
        let count = lines.len().max(1);
        let mut draws = vec![tick_box(self.left, (BODY.leading - TICK) / 2.0)];
        for (i, line) in lines.into_iter().enumerate() {
            draws.push(Draw::text(
                self.left + TICK + GAP,
                BODY.baseline(i as f32 * BODY.leading),
                line.text,
                BODY.weight,
                BODY.size,
                BODY.color,
            ));
        }
        flow.push(Piece {
            height: count as f32 * BODY.leading,
            space_before,
            what: "a tick box",
            draws,
            ..Piece::default()
        });
        Ok(())
    }
}
