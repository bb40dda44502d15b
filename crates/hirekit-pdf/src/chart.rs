//! Bar charts drawn with PDF vector operations: bars, grid, axis labels and a legend.

use crate::axis::{Axis, format_number};
use crate::blocks::{Setter, TextStyle};
use crate::error::PdfError;
use crate::fonts::Weight;
use crate::layout::{Draw, Flow, INK, MUTED, Piece, Rgb};
use crate::model::{BarChart, Orientation};
use crate::wrap::Line;

/// Distinguishable in print and for the common colour-vision deficiencies (after Okabe & Ito),
/// darkened a little so that they also hold on a black-and-white printer.
const PALETTE: [Rgb; 8] = [
    Rgb(0x1d, 0x4e, 0x89),
    Rgb(0xe0, 0x8e, 0x2b),
    Rgb(0x3a, 0x9d, 0x7a),
    Rgb(0xc2, 0x4b, 0x4b),
    Rgb(0x7a, 0x5c, 0xa8),
    Rgb(0x5b, 0xb1, 0xd9),
    Rgb(0xb8, 0x9b, 0x2e),
    Rgb(0x8c, 0x8c, 0x8c),
];
const GRID: Rgb = Rgb(0xdd, 0xe1, 0xe5);
const TITLE: TextStyle = TextStyle::new(9.5, 13.0, Weight::Bold, INK);
const LABEL: TextStyle = TextStyle::new(8.0, 10.5, Weight::Regular, INK);
const AXIS: TextStyle = TextStyle::new(8.0, 10.5, Weight::Regular, MUTED);
const PLOT_HEIGHT: f32 = 150.0;

/// Adds `chart` to `flow` as one piece (a chart is never split across pages).
pub(crate) fn bar_chart(
    setter: &Setter<'_>,
    flow: &mut Flow,
    chart: &BarChart,
    space_before: f32,
) -> Result<(), PdfError> {
    validate(chart)?;
    let axis = Axis::for_chart(chart);
    let ticks: Vec<(f32, String)> = axis
        .ticks()
        .into_iter()
        .map(|v| {
            (
                v,
                format_number(f64::from(v), axis.decimals, &chart.number_format),
            )
        })
        .collect();
    let mut tick_labels = Vec::with_capacity(ticks.len());
    for (value, text) in &ticks {
        let prepared = setter.fonts.prepare(text, AXIS.weight)?;
        let width = setter.fonts.width(&prepared, AXIS.weight, AXIS.size);
        tick_labels.push((
            *value,
            Line {
                text: prepared,
                width,
            },
        ));
    }

    let mut draws = Vec::new();
    let mut y = 0.0;
    if !chart.title.is_empty() {
        for line in setter.lines(&chart.title, TITLE, setter.width)? {
            draws.push(Draw::text(
                setter.left,
                TITLE.baseline(y),
                line.text,
                TITLE.weight,
                TITLE.size,
                TITLE.color,
            ));
            y += TITLE.leading;
        }
        y += 4.0;
    }
    // Room for a total printed above the tallest bar.
    let totals_room = if chart.show_totals {
        LABEL.leading
    } else {
        0.0
    };
    let plot_top = y + 4.0 + totals_room;
    let body = match chart.orientation {
        Orientation::Vertical => {
            vertical(setter, chart, &axis, &tick_labels, plot_top, &mut draws)?
        }
        Orientation::Horizontal => {
            horizontal(setter, chart, &axis, &tick_labels, plot_top, &mut draws)?
        }
    };
    let legend_height = legend(setter, chart, body + 10.0, &mut draws)?;
    flow.push(Piece {
        height: body + 10.0 + legend_height,
        space_before,
        what: "a bar chart",
        draws,
        ..Piece::default()
    });
    Ok(())
}

fn validate(chart: &BarChart) -> Result<(), PdfError> {
    let invalid = |message: String| Err(PdfError::Invalid(message));
    if chart.categories.is_empty() {
        return invalid(format!(
            "the bar chart \"{}\" has no categories",
            chart.title
        ));
    }
    if chart.series.is_empty() {
        return invalid(format!("the bar chart \"{}\" has no series", chart.title));
    }
    for series in &chart.series {
        if series.values.len() != chart.categories.len() {
            return invalid(format!(
                "series \"{}\" of the bar chart \"{}\" has {} values for {} categories",
                series.name,
                chart.title,
                series.values.len(),
                chart.categories.len()
            ));
        }
        if series.values.iter().any(|v| !v.is_finite()) {
            return invalid(format!(
                "series \"{}\" of the bar chart \"{}\" has a value that is not a number",
                series.name, chart.title
            ));
        }
    }
    if !chart.whiskers.is_empty() && chart.whiskers.len() != chart.categories.len() {
        return invalid(format!(
            "the bar chart \"{}\" has {} whiskers for {} categories",
            chart.title,
            chart.whiskers.len(),
            chart.categories.len()
        ));
    }
    let bad_whisker = chart
        .whiskers
        .iter()
        .flatten()
        .any(|(low, high)| !(low.is_finite() && high.is_finite() && low <= high));
    if bad_whisker {
        return invalid(format!(
            "the bar chart \"{}\" has a whisker that is not a range low <= high",
            chart.title
        ));
    }
    if chart.orientation == Orientation::Horizontal
        && (!chart.whiskers.is_empty() || chart.show_totals)
    {
        return invalid(format!(
            "the bar chart \"{}\": whiskers and totals are drawn on vertical charts only",
            chart.title
        ));
    }
    Ok(())
}

/// Bars for one category: `(series index, from value, to value)`, stacked or side by side.
fn segments(chart: &BarChart, category: usize) -> Vec<(usize, f32, f32)> {
    let mut out = Vec::new();
    let (mut up, mut down) = (0.0f32, 0.0f32);
    for (s, series) in chart.series.iter().enumerate() {
        let v = series.values.get(category).copied().unwrap_or(0.0) as f32;
        if chart.stacked {
            if v >= 0.0 {
                out.push((s, up, up + v));
                up += v;
            } else {
                out.push((s, down, down + v));
                down += v;
            }
        } else {
            out.push((s, 0.0, v));
        }
    }
    out
}

fn vertical(
    setter: &Setter<'_>,
    chart: &BarChart,
    axis: &Axis,
    ticks: &[(f32, Line)],
    top: f32,
    draws: &mut Vec<Draw>,
) -> Result<f32, PdfError> {
    let widest_tick = ticks.iter().map(|(_, l)| l.width).fold(0.0, f32::max);
    let axis_label_room = if chart.value_axis_label.is_empty() {
        0.0
    } else {
        AXIS.leading + 2.0
    };
    let left = setter.left + axis_label_room + widest_tick + 6.0;
    let right = setter.left + setter.width;
    let width = right - left;
    let bottom = top + PLOT_HEIGHT;
    let y_of = |v: f32| bottom - axis.fraction(v) * PLOT_HEIGHT;

    for (value, label) in ticks {
        let y = y_of(*value);
        draws.push(Draw::line(left, y, right, y, 0.5, GRID));
        draws.push(Draw::text(
            left - 6.0 - label.width,
            y + AXIS.size * 0.35,
            label.text.clone(),
            AXIS.weight,
            AXIS.size,
            AXIS.color,
        ));
    }
    if !chart.value_axis_label.is_empty() {
        let text = setter.fonts.prepare(&chart.value_axis_label, AXIS.weight)?;
        let w = setter.fonts.width(&text, AXIS.weight, AXIS.size);
        let x = setter.left + AXIS.size;
        draws.push(Draw::RotatedText {
            x,
            y: top + (PLOT_HEIGHT + w) / 2.0,
            text,
            weight: AXIS.weight,
            size: AXIS.size,
            color: AXIS.color,
        });
    }

    let categories = chart.categories.len() as f32;
    let group = width / categories;
    let bar_area = group * 0.7;
    let bars = if chart.stacked {
        1.0
    } else {
        chart.series.len() as f32
    };
    let bar = bar_area / bars;
    let mut label_rows = 0;
    for (c, category) in chart.categories.iter().enumerate() {
        let group_left = left + c as f32 * group;
        let mut bar_top = y_of(0.0);
        for (s, from, to) in segments(chart, c) {
            let slot = if chart.stacked { 0.0 } else { s as f32 };
            let x = group_left + (group - bar_area) / 2.0 + slot * bar;
            let (y1, y2) = (y_of(from), y_of(to));
            let (y, h) = (y1.min(y2), (y1 - y2).abs());
            bar_top = bar_top.min(y);
            if h > 0.0 {
                draws.push(Draw::Rect {
                    x,
                    y,
                    w: bar * 0.92,
                    h,
                    fill: Some(PALETTE[s % PALETTE.len()]),
                    stroke: None,
                });
            }
        }
        let centre = group_left + (group - bar_area) / 2.0 + bar_area * 0.46;
        let mut label_bottom = bar_top;
        if let Some(Some((low, high))) = chart.whiskers.get(c) {
            let (y_low, y_high) = (y_of(*low as f32), y_of(*high as f32));
            let cap = (bar_area * 0.15).min(6.0);
            draws.push(Draw::line(centre, y_low, centre, y_high, 0.9, INK));
            draws.push(Draw::line(
                centre - cap,
                y_low,
                centre + cap,
                y_low,
                0.9,
                INK,
            ));
            draws.push(Draw::line(
                centre - cap,
                y_high,
                centre + cap,
                y_high,
                0.9,
                INK,
            ));
            label_bottom = label_bottom.min(y_high);
        }
        if chart.show_totals {
            let total: f64 = chart.series.iter().filter_map(|s| s.values.get(c)).sum();
            let text = format_number(total, 0, &chart.number_format);
            let prepared = setter.fonts.prepare(&text, LABEL.weight)?;
            let width = setter.fonts.width(&prepared, LABEL.weight, LABEL.size);
            draws.push(Draw::text(
                centre - width / 2.0,
                label_bottom - 3.0,
                prepared,
                Weight::Bold,
                LABEL.size,
                LABEL.color,
            ));
        }
        let lines = setter.lines(category, LABEL, group - 4.0)?;
        label_rows = label_rows.max(lines.len());
        for (i, line) in lines.into_iter().enumerate() {
            let x = group_left + (group - line.width) / 2.0;
            draws.push(Draw::text(
                x,
                LABEL.baseline(bottom + 4.0 + i as f32 * LABEL.leading),
                line.text,
                LABEL.weight,
                LABEL.size,
                LABEL.color,
            ));
        }
    }
    // The zero line over the bars' feet.
    let zero = y_of(0.0);
    draws.push(Draw::line(left, zero, right, zero, 0.8, INK));

    let mut end = bottom + 4.0 + label_rows as f32 * LABEL.leading;
    if !chart.category_axis_label.is_empty() {
        for line in setter.lines(&chart.category_axis_label, AXIS, width)? {
            let x = left + (width - line.width) / 2.0;
            draws.push(Draw::text(
                x,
                AXIS.baseline(end + 2.0),
                line.text,
                AXIS.weight,
                AXIS.size,
                AXIS.color,
            ));
            end += AXIS.leading;
        }
        end += 2.0;
    }
    Ok(end)
}

fn horizontal(
    setter: &Setter<'_>,
    chart: &BarChart,
    axis: &Axis,
    ticks: &[(f32, Line)],
    top: f32,
    draws: &mut Vec<Draw>,
) -> Result<f32, PdfError> {
    let label_width = setter.width * 0.28;
    let left = setter.left + label_width + 8.0;
    let right = setter.left + setter.width - ticks.last().map_or(0.0, |(_, l)| l.width / 2.0);
    let width = right - left;
    let bars = if chart.stacked { 1 } else { chart.series.len() };
    let bar = 10.0;
    let mut wrapped = Vec::with_capacity(chart.categories.len());
    for category in &chart.categories {
        wrapped.push(setter.lines(category, LABEL, label_width)?);
    }
    let group_height =
        |lines: usize| (bars as f32 * bar + 16.0).max(lines as f32 * LABEL.leading + 8.0);
    let plot_height: f32 = wrapped.iter().map(|l| group_height(l.len())).sum();
    let bottom = top + plot_height;
    let x_of = |v: f32| left + axis.fraction(v) * width;

    for (value, label) in ticks {
        let x = x_of(*value);
        draws.push(Draw::line(x, top, x, bottom, 0.5, GRID));
        draws.push(Draw::text(
            x - label.width / 2.0,
            AXIS.baseline(bottom + 3.0),
            label.text.clone(),
            AXIS.weight,
            AXIS.size,
            AXIS.color,
        ));
    }
    let mut y = top;
    for (c, lines) in wrapped.into_iter().enumerate() {
        let height = group_height(lines.len());
        let first = y + (height - lines.len() as f32 * LABEL.leading) / 2.0;
        for (i, line) in lines.into_iter().enumerate() {
            let x = left - 8.0 - line.width;
            draws.push(Draw::text(
                x,
                LABEL.baseline(first + i as f32 * LABEL.leading),
                line.text,
                LABEL.weight,
                LABEL.size,
                LABEL.color,
            ));
        }
        let bars_top = y + (height - bars as f32 * bar) / 2.0;
        for (s, from, to) in segments(chart, c) {
            let slot = if chart.stacked { 0.0 } else { s as f32 };
            let (x1, x2) = (x_of(from), x_of(to));
            let (x, w) = (x1.min(x2), (x1 - x2).abs());
            if w > 0.0 {
                draws.push(Draw::Rect {
                    x,
                    y: bars_top + slot * bar,
                    w,
                    h: bar * 0.88,
                    fill: Some(PALETTE[s % PALETTE.len()]),
                    stroke: None,
                });
            }
        }
        y += height;
    }
    let zero = x_of(0.0);
    draws.push(Draw::line(zero, top, zero, bottom, 0.8, INK));

    let mut end = bottom + 3.0 + AXIS.leading;
    if !chart.value_axis_label.is_empty() {
        for line in setter.lines(&chart.value_axis_label, AXIS, width)? {
            let x = left + (width - line.width) / 2.0;
            draws.push(Draw::text(
                x,
                AXIS.baseline(end + 2.0),
                line.text,
                AXIS.weight,
                AXIS.size,
                AXIS.color,
            ));
            end += AXIS.leading;
        }
        end += 2.0;
    }
    if !chart.category_axis_label.is_empty() {
        let text = setter
            .fonts
            .prepare(&chart.category_axis_label, AXIS.weight)?;
        let w = setter.fonts.width(&text, AXIS.weight, AXIS.size);
        let x = setter.left + AXIS.size;
        draws.push(Draw::RotatedText {
            x,
            y: top + (plot_height + w) / 2.0,
            text,
            weight: AXIS.weight,
            size: AXIS.size,
            color: AXIS.color,
        });
    }
    Ok(end)
}

/// A row (or rows) of colour swatches with series names, starting at `top`; returns its height.
fn legend(
    setter: &Setter<'_>,
    chart: &BarChart,
    top: f32,
    draws: &mut Vec<Draw>,
) -> Result<f32, PdfError> {
    const SWATCH: f32 = 8.0;
    let right = setter.left + setter.width;
    let (mut x, mut y) = (setter.left, top);
    for (s, series) in chart.series.iter().enumerate() {
        let name = setter.fonts.prepare(&series.name, LABEL.weight)?;
        let width = SWATCH + 4.0 + setter.fonts.width(&name, LABEL.weight, LABEL.size);
        if x > setter.left && x + width > right {
            x = setter.left;
            y += LABEL.leading + 3.0;
        }
        let color = PALETTE[s % PALETTE.len()];
        draws.push(Draw::Rect {
            x,
            y: y + (LABEL.leading - SWATCH) / 2.0,
            w: SWATCH,
            h: SWATCH,
            fill: Some(color),
            stroke: None,
        });
        draws.push(Draw::text(
            x + SWATCH + 4.0,
            LABEL.baseline(y),
            name,
            LABEL.weight,
            LABEL.size,
            LABEL.color,
        ));
        x += width + 14.0;
    }
    Ok(y + LABEL.leading - top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NumberFormat, Series};

    fn chart(whiskers: Vec<Option<(f64, f64)>>, orientation: Orientation) -> BarChart {
        BarChart {
            title: "t".into(),
            orientation,
            stacked: true,
            categories: vec!["a".into(), "b".into()],
            series: vec![Series {
                name: "s".into(),
                values: vec![40_000.0, 60_000.0],
            }],
            value_axis_label: String::new(),
            category_axis_label: String::new(),
            number_format: NumberFormat::english(),
            whiskers,
            show_totals: true,
        }
    }

    #[test]
    fn the_axis_reaches_the_top_of_every_whisker() {
        let axis = Axis::for_chart(&chart(
            vec![None, Some((50_000.0, 104_000.0))],
            Orientation::Vertical,
        ));
        assert!(axis.max >= 104_000.0, "{axis:?}");
    }

    #[test]
    fn whiskers_must_match_the_categories_and_be_ranges() {
        let message = |c: &BarChart| match validate(c) {
            Err(PdfError::Invalid(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            message(&chart(vec![None], Orientation::Vertical)),
            "the bar chart \"t\" has 1 whiskers for 2 categories"
        );
        assert_eq!(
            message(&chart(vec![None, Some((5.0, 1.0))], Orientation::Vertical)),
            "the bar chart \"t\" has a whisker that is not a range low <= high"
        );
        assert_eq!(
            message(&chart(vec![], Orientation::Horizontal)),
            "the bar chart \"t\": whiskers and totals are drawn on vertical charts only"
        );
        assert!(validate(&chart(vec![None, Some((1.0, 5.0))], Orientation::Vertical)).is_ok());
    }
}
