//! Text styles and the setter that turns paragraphs, headings, lists and key-value lists into
//! pieces (tables are in `table.rs`, rating scales and note lines in `form.rs`).

use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::layout::{Draw, Flow, INK, MUTED, Piece, Rgb};
use crate::wrap::{Line, wrap};

/// Size, leading and colour of a kind of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    pub(crate) size: f32,
    pub(crate) leading: f32,
    pub(crate) weight: Weight,
    pub(crate) color: Rgb,
}

impl TextStyle {
    pub(crate) const fn new(size: f32, leading: f32, weight: Weight, color: Rgb) -> Self {
        TextStyle {
            size,
            leading,
            weight,
            color,
        }
    }

    /// Baseline of a line whose box starts at `top`: capitals sit centred in the leading.
    pub(crate) fn baseline(&self, top: f32) -> f32 {
        top + self.leading / 2.0 + self.size * 0.36
    }
}

pub(crate) const BODY: TextStyle = TextStyle::new(10.0, 14.5, Weight::Regular, INK);
pub(crate) const SMALL: TextStyle = TextStyle::new(8.5, 12.0, Weight::Regular, MUTED);

/// Lays out text in one column of the page.
pub(crate) struct Setter<'a> {
    pub(crate) fonts: &'a Fonts,
    /// Left edge of the column, in points from the left of the page.
    pub(crate) left: f32,
    pub(crate) width: f32,
}

impl Setter<'_> {
    /// Checks `text` and wraps it to `width` in `style`.
    pub(crate) fn lines(
        &self,
        text: &str,
        style: TextStyle,
        width: f32,
    ) -> Result<Vec<Line>, PdfError> {
        let prepared = self.fonts.prepare(text, style.weight)?;
        let fonts = self.fonts;
        Ok(wrap(&prepared, width, |c| {
            fonts.char_width(c, style.weight, style.size)
        }))
    }

    /// A paragraph, one piece per line. The first two and the last two lines stay together, so a
    /// page break never leaves a single line of a paragraph behind or alone (orphans, widows).
    pub(crate) fn paragraph(
        &self,
        flow: &mut Flow,
        text: &str,
        style: TextStyle,
        space_before: f32,
    ) -> Result<(), PdfError> {
        self.indented(flow, text, style, space_before, 0.0, None)
    }

    /// A paragraph indented by `indent`, with `marker` (a bullet) hanging before its first line.
    fn indented(
        &self,
        flow: &mut Flow,
        text: &str,
        style: TextStyle,
        space_before: f32,
        indent: f32,
        marker: Option<&str>,
    ) -> Result<(), PdfError> {
        let lines = self.lines(text, style, self.width - indent)?;
        let count = lines.len();
        for (n, line) in lines.into_iter().enumerate() {
            let baseline = style.baseline(0.0);
            let mut draws = Vec::with_capacity(2);
            if n == 0
                && let Some(marker) = marker
            {
                draws.push(Draw::text(
                    self.left,
                    baseline,
                    marker,
                    style.weight,
                    style.size,
                    style.color,
                ));
            }
            if !line.text.is_empty() {
                draws.push(Draw::text(
                    self.left + indent,
                    baseline,
                    line.text,
                    style.weight,
                    style.size,
                    style.color,
                ));
            }
            flow.push(Piece {
                height: style.leading,
                space_before: if n == 0 { space_before } else { 0.0 },
                keep_with_next: count >= 2 && (n == 0 || n + 2 == count),
                what: "a line of text",
                draws,
                ..Piece::default()
            });
        }
        Ok(())
    }

    /// A heading: its lines stay together and with the first piece after it.
    pub(crate) fn heading(
        &self,
        flow: &mut Flow,
        text: &str,
        style: TextStyle,
        space_before: f32,
    ) -> Result<(), PdfError> {
        self.paragraph(flow, text, style, space_before)?;
        flow.keep_last_with_next();
        // Every line of a multi-line heading, not only the first two and last two.
        let lines = self.lines(text, style, self.width)?.len();
        let start = flow.pieces.len().saturating_sub(lines);
        for piece in &mut flow.pieces[start..] {
            piece.keep_with_next = true;
        }
        Ok(())
    }

    /// A bulleted list, items separated by a little space; wrapped lines hang under the text.
    pub(crate) fn bullets(
        &self,
        flow: &mut Flow,
        items: &[String],
        style: TextStyle,
        space_before: f32,
    ) -> Result<(), PdfError> {
        let indent = style.size * 1.4;
        for (n, item) in items.iter().enumerate() {
            let space = if n == 0 {
                space_before
            } else {
                style.leading * 0.2
            };
            self.indented(flow, item, style, space, indent, Some("•"))?;
        }
        Ok(())
    }

    /// Label–value rows; labels take a third of the width, in grey.
    pub(crate) fn key_values(
        &self,
        flow: &mut Flow,
        pairs: &[(String, String)],
        space_before: f32,
    ) -> Result<(), PdfError> {
        let label_width = self.width * 0.32;
        let gap = 8.0;
        let value_width = self.width - label_width - gap;
        let label_style = TextStyle {
            color: MUTED,
            ..BODY
        };
        for (n, (label, value)) in pairs.iter().enumerate() {
            let labels = self.lines(label, label_style, label_width)?;
            let values = self.lines(value, BODY, value_width)?;
            let rows = labels.len().max(values.len());
            let mut draws = Vec::new();
            for (i, line) in labels.into_iter().enumerate() {
                let y = BODY.baseline(i as f32 * BODY.leading);
                draws.push(Draw::text(
                    self.left,
                    y,
                    line.text,
                    label_style.weight,
                    label_style.size,
                    label_style.color,
                ));
            }
            for (i, line) in values.into_iter().enumerate() {
                let y = BODY.baseline(i as f32 * BODY.leading);
                draws.push(Draw::text(
                    self.left + label_width + gap,
                    y,
                    line.text,
                    BODY.weight,
                    BODY.size,
                    BODY.color,
                ));
            }
            flow.push(Piece {
                height: rows as f32 * BODY.leading,
                space_before: if n == 0 { space_before } else { 3.0 },
                // A short list (the facts of one criterion) stays on one page; a long one may break.
                keep_with_next: pairs.len() <= 6 && n + 1 < pairs.len(),
                what: "a label and its value",
                draws,
                ..Piece::default()
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Align, Column, RatingScale, Row, ScalePoint, Table};

    fn setter() -> Setter<'static> {
        Setter {
            fonts: crate::shared_fonts().unwrap(),
            left: 50.0,
            width: 300.0,
        }
    }

    fn texts(flow: &Flow) -> Vec<String> {
        flow.pieces
            .iter()
            .flat_map(|p| p.draws.iter())
            .filter_map(|d| match d {
                Draw::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn paragraph_lines_fit_the_column_by_measured_width() {
        let s = setter();
        let mut flow = Flow::default();
        let text = "Şükrü Yılmaz, Łukasz Wójcik, Nguyễn Văn An, Олена Шевченко en Zoë van der Berg \
                    spraken allemaal met het panel over microservices, testen en begeleiding.";
        s.paragraph(&mut flow, text, BODY, 5.0).unwrap();
        assert!(flow.pieces.len() >= 3);
        for line in texts(&flow) {
            let width = s.fonts.width(&line, BODY.weight, BODY.size);
            assert!(width <= s.width + 0.01, "{line} is {width} pt");
        }
        assert_eq!(
            texts(&flow).join(" "),
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        // Space only above the first line; first two and last two lines kept together.
        assert_eq!(flow.pieces[0].space_before, 5.0);
        assert!(flow.pieces[1..].iter().all(|p| p.space_before == 0.0));
        let n = flow.pieces.len();
        assert!(flow.pieces[0].keep_with_next && flow.pieces[n - 2].keep_with_next);
        assert!(!flow.pieces[n - 1].keep_with_next);
    }

    #[test]
    fn a_heading_is_kept_with_what_follows() {
        let s = setter();
        let mut flow = Flow::default();
        s.heading(&mut flow, "Een kop die zo lang is dat hij over meer dan één regel moet lopen in deze smalle kolom", BODY, 10.0).unwrap();
        assert!(flow.pieces.len() >= 2);
        assert!(flow.pieces.iter().all(|p| p.keep_with_next));
    }

    #[test]
    fn bullets_hang_under_their_text() {
        let s = setter();
        let mut flow = Flow::default();
        let items = vec!["kort".to_string(), "een veel langer punt dat zeker over twee regels loopt in deze kolom van driehonderd punten".to_string()];
        s.bullets(&mut flow, &items, BODY, 0.0).unwrap();
        let xs: Vec<(f32, String)> = flow
            .pieces
            .iter()
            .flat_map(|p| p.draws.iter())
            .filter_map(|d| match d {
                Draw::Text { x, text, .. } => Some((*x, text.clone())),
                _ => None,
            })
            .collect();
        let bullets: Vec<&(f32, String)> = xs.iter().filter(|(_, t)| t == "•").collect();
        assert_eq!(bullets.len(), 2);
        assert!(
            xs.iter()
                .filter(|(_, t)| t != "•")
                .all(|(x, _)| *x == 50.0 + BODY.size * 1.4)
        );
    }

    #[test]
    fn table_rows_are_single_pieces_that_repeat_the_header() {
        let s = setter();
        let mut flow = Flow::default();
        let table = Table {
            columns: vec![
                Column::new("Post", 2.0, Align::Left),
                Column::new("Bedrag", 1.0, Align::Right),
            ],
            rows: vec![
                Row::new(vec![
                    "Werving en selectie via een bureau".into(),
                    "€ 21.000".into(),
                ]),
                Row::total(vec!["Totaal".into(), "€ 21.000".into()]),
            ],
        };
        s.table(&mut flow, &table, 4.0).unwrap();
        assert_eq!(flow.pieces.len(), 3);
        assert_eq!(flow.headers.len(), 1);
        assert!(flow.pieces[0].keep_with_next && flow.pieces[0].header.is_none());
        assert_eq!(flow.pieces[1].header, Some(0));
        // Right-aligned amounts end at the column's right edge minus the padding.
        let amount = flow.pieces[1].draws.iter().find_map(|d| match d {
            Draw::Text {
                x,
                text,
                weight,
                size,
                ..
            } if text == "€ 21.000" => Some(x + s.fonts.width(text, *weight, *size)),
            _ => None,
        });
        assert!((amount.unwrap() - (50.0 + 300.0 - 4.0)).abs() < 0.01);
    }

    #[test]
    fn malformed_tables_and_scales_are_refused() {
        let s = setter();
        let mut flow = Flow::default();
        let table = Table {
            columns: vec![Column::new("A", 1.0, Align::Left)],
            rows: vec![Row::new(vec!["1".into(), "2".into()])],
        };
        assert_eq!(
            s.table(&mut flow, &table, 0.0).unwrap_err().to_string(),
            "table row 1 has 2 cells but the table has 1 columns"
        );
        let table = Table {
            columns: vec![Column::new("A", 0.0, Align::Left)],
            rows: vec![],
        };
        assert!(s.table(&mut flow, &table, 0.0).is_err());
        let scale = RatingScale { points: vec![] };
        assert!(s.rating_scale(&mut flow, &scale, 0.0).is_err());
        let scale = RatingScale {
            points: (1..=30)
                .map(|i| ScalePoint {
                    value: i.to_string(),
                    label: String::new(),
                    description: String::new(),
                })
                .collect(),
        };
        assert!(
            s.rating_scale(&mut flow, &scale, 0.0)
                .unwrap_err()
                .to_string()
                .contains("does not fit")
        );
    }

    #[test]
    fn note_lines_are_ruled_and_kept_together() {
        let s = setter();
        let mut flow = Flow::default();
        s.note_lines(&mut flow, 3, 6.0);
        assert_eq!(flow.pieces.len(), 3);
        assert!(flow.pieces[0].keep_with_next && flow.pieces[1].keep_with_next);
        assert!(
            !flow.pieces[2].keep_with_next,
            "the group may break away from what follows"
        );
        assert!(
            flow.pieces
                .iter()
                .all(|p| matches!(p.draws[..], [Draw::Line { .. }]))
        );
    }

    #[test]
    fn a_tick_box_is_drawn_like_a_scales_with_its_text_beside_it() {
        let s = setter();
        let mut flow = Flow::default();
        s.tick_box(&mut flow, "not assessed", 6.0).unwrap();
        s.rating_scale(
            &mut flow,
            &RatingScale {
                points: vec![ScalePoint {
                    value: "1".into(),
                    label: "Poor".into(),
                    description: String::new(),
                }],
            },
            6.0,
        )
        .unwrap();
        let boxes: Vec<_> = flow
            .pieces
            .iter()
            .flat_map(|p| p.draws.iter())
            .filter_map(|d| match d {
                Draw::Rect { w, h, stroke, .. } if stroke.is_some() => Some((*w, *h, stroke)),
                _ => None,
            })
            .collect();
        assert_eq!(boxes.len(), 2, "{boxes:?}");
        assert_eq!(boxes[0], boxes[1], "same size and border");
        assert_eq!(texts(&flow)[0], "not assessed");
    }
}
