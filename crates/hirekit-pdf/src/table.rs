//! Tables: a header row that repeats on every page the table continues on, rows that are never
//! split, numbers aligned right.

use crate::blocks::{Setter, TextStyle};
use crate::error::PdfError;
use crate::fonts::Weight;
use crate::layout::{Draw, FAINT, Flow, INK, Piece, RULE};
use crate::model::{Align, Table};

const TABLE_TEXT: TextStyle = TextStyle::new(9.0, 12.5, Weight::Regular, INK);
const TABLE_HEAD: TextStyle = TextStyle::new(8.5, 12.0, Weight::Bold, INK);

impl Setter<'_> {
    /// A table: a header row kept with the first row and repeated on every page the table
    /// continues on, then one piece per row.
    pub(crate) fn table(
        &self,
        flow: &mut Flow,
        table: &Table,
        space_before: f32,
    ) -> Result<(), PdfError> {
        let columns = table.columns.len();
        if columns == 0 {
            return Err(PdfError::Invalid("a table has no columns".into()));
        }
        if let Some(column) = table
            .columns
            .iter()
            .find(|c| !(c.width > 0.0 && c.width.is_finite()))
        {
            return Err(PdfError::Invalid(format!(
                "table column \"{}\" has width {}; widths must be positive",
                column.header, column.width
            )));
        }
        if let Some((n, row)) = table
            .rows
            .iter()
            .enumerate()
            .find(|(_, r)| r.cells.len() != columns)
        {
            return Err(PdfError::Invalid(format!(
                "table row {} has {} cells but the table has {} columns",
                n + 1,
                row.cells.len(),
                columns
            )));
        }
        let total: f32 = table.columns.iter().map(|c| c.width).sum();
        let widths: Vec<f32> = table
            .columns
            .iter()
            .map(|c| c.width / total * self.width)
            .collect();
        let aligns: Vec<Align> = table.columns.iter().map(|c| c.align).collect();

        let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
        let header = self.row(&headers, &widths, &aligns, TABLE_HEAD, RowKind::Header)?;
        let header_index = flow.headers.len();
        flow.headers.push(header.clone());
        flow.push(Piece {
            space_before,
            keep_with_next: !table.rows.is_empty(),
            ..header
        });
        for row in &table.rows {
            let (style, kind) = if row.emphasis {
                (
                    TextStyle {
                        weight: Weight::Bold,
                        ..TABLE_TEXT
                    },
                    RowKind::Total,
                )
            } else {
                (TABLE_TEXT, RowKind::Body)
            };
            let piece = self.row(&row.cells, &widths, &aligns, style, kind)?;
            flow.push(Piece {
                header: Some(header_index),
                ..piece
            });
        }
        Ok(())
    }

    fn row(
        &self,
        cells: &[String],
        widths: &[f32],
        aligns: &[Align],
        style: TextStyle,
        kind: RowKind,
    ) -> Result<Piece, PdfError> {
        const PAD_X: f32 = 4.0;
        const PAD_Y: f32 = 3.5;
        let mut wrapped = Vec::with_capacity(cells.len());
        for (cell, width) in cells.iter().zip(widths) {
            wrapped.push(self.lines(cell, style, (width - 2.0 * PAD_X).max(1.0))?);
        }
        let rows = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let height = rows as f32 * style.leading + 2.0 * PAD_Y;
        let right = self.left + self.width;
        let mut draws = Vec::new();
        match kind {
            RowKind::Header => {
                draws.push(Draw::Rect {
                    x: self.left,
                    y: 0.0,
                    w: self.width,
                    h: height,
                    fill: Some(FAINT),
                    stroke: None,
                });
                draws.push(Draw::line(self.left, height, right, height, 0.8, INK));
            }
            RowKind::Total => {
                draws.push(Draw::line(self.left, 0.0, right, 0.0, 0.8, INK));
                draws.push(Draw::line(self.left, height, right, height, 0.5, RULE));
            }
            RowKind::Body => draws.push(Draw::line(self.left, height, right, height, 0.5, RULE)),
        }
        let mut x = self.left;
        for ((lines, width), align) in wrapped.into_iter().zip(widths).zip(aligns) {
            for (i, line) in lines.into_iter().enumerate() {
                let tx = match align {
                    Align::Left => x + PAD_X,
                    Align::Right => x + width - PAD_X - line.width,
                    Align::Center => x + (width - line.width) / 2.0,
                };
                let y = style.baseline(PAD_Y + i as f32 * style.leading);
                draws.push(Draw::text(
                    tx,
                    y,
                    line.text,
                    style.weight,
                    style.size,
                    style.color,
                ));
            }
            x += width;
        }
        Ok(Piece {
            height,
            what: "a table row",
            draws,
            ..Piece::default()
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum RowKind {
    Header,
    Body,
    Total,
}
