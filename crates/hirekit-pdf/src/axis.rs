//! The value axis of a bar chart, and how its numbers are written.

use crate::model::{BarChart, NumberFormat};

/// The value axis: a range that includes zero (bars must start there, or they lie) and rounds
/// outwards to a "nice" step of 1, 2, 2.5 or 5 times a power of ten.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Axis {
    pub(crate) min: f32,
    pub(crate) max: f32,
    pub(crate) step: f32,
    pub(crate) decimals: usize,
}

impl Axis {
    pub(crate) fn for_chart(chart: &BarChart) -> Axis {
        let (mut low, mut high) = (0.0f64, 0.0f64);
        for c in 0..chart.categories.len() {
            let values = chart.series.iter().filter_map(|s| s.values.get(c).copied());
            if chart.stacked {
                let (neg, pos): (Vec<f64>, Vec<f64>) = values.partition(|v| *v < 0.0);
                low = low.min(neg.iter().sum());
                high = high.max(pos.iter().sum());
            } else {
                for v in values {
                    low = low.min(v);
                    high = high.max(v);
                }
            }
        }
        // A whisker must fit on the axis as well as its bar.
        for (whisker_low, whisker_high) in chart.whiskers.iter().flatten() {
            low = low.min(*whisker_low);
            high = high.max(*whisker_high);
        }
        Axis::nice(low, high)
    }

    pub(crate) fn nice(low: f64, high: f64) -> Axis {
        // All zero: show 0 to 1 rather than an empty axis.
        let (low, high) = if high - low > 0.0 {
            (low, high)
        } else {
            (low, low + 1.0)
        };
        let span = high - low;
        let magnitude = 10f64.powf((span / 10.0).log10().floor());
        // The smallest nice step that needs at most six intervals: enough grid lines to read a
        // bar against, few enough to keep the labels apart.
        let step = [1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|step| (high / step).ceil() - (low / step).floor() <= 6.0)
            .unwrap_or(100.0 * magnitude);
        let min = (low / step).floor() * step;
        let max = (high / step).ceil() * step;
        let max = if max - min <= 0.0 { min + step } else { max };
        let decimals = (0..=6)
            .find(|d| {
                let scaled = step * 10f64.powi(*d);
                (scaled - scaled.round()).abs() < 1e-6
            })
            .unwrap_or(6) as usize;
        Axis {
            min: min as f32,
            max: max as f32,
            step: step as f32,
            decimals,
        }
    }

    pub(crate) fn ticks(&self) -> Vec<f32> {
        let count = ((self.max - self.min) / self.step).round() as usize;
        (0..=count)
            .map(|i| self.min + i as f32 * self.step)
            .collect()
    }

    /// Position of `value` between 0 (at `min`) and 1 (at `max`).
    pub(crate) fn fraction(&self, value: f32) -> f32 {
        ((value - self.min) / (self.max - self.min)).clamp(0.0, 1.0)
    }
}

/// `12500.0` with two decimals → `12.500,00` (Dutch) or `12,500.00` (English), with the
/// format's prefix and suffix.
pub(crate) fn format_number(value: f64, decimals: usize, format: &NumberFormat) -> String {
    let negative = value < 0.0;
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (fixed.as_str(), None),
    };
    let mut grouped = String::new();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push_str(&format.thousands_separator);
        }
        grouped.push(ch);
    }
    let mut out = String::new();
    if negative && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    out.push_str(&format.prefix);
    out.push_str(&grouped);
    if let Some(frac) = frac_part {
        out.push_str(&format.decimal_separator);
        out.push_str(frac);
    }
    out.push_str(&format.suffix);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(
            format_number(12500.0, 0, &NumberFormat::dutch().with_prefix("€ ")),
            "€ 12.500"
        );
        assert_eq!(
            format_number(1234567.5, 2, &NumberFormat::english()),
            "1,234,567.50"
        );
        assert_eq!(format_number(-2500.0, 0, &NumberFormat::dutch()), "−2.500");
        assert_eq!(format_number(-0.0001, 0, &NumberFormat::dutch()), "0");
        assert_eq!(
            format_number(999.0, 0, &NumberFormat::dutch().with_suffix(" %")),
            "999 %"
        );
    }

    #[test]
    fn the_axis_starts_at_zero_and_rounds_to_a_nice_step() {
        let axis = Axis::nice(0.0, 47_300.0);
        assert_eq!(
            (axis.min, axis.max, axis.step, axis.decimals),
            (0.0, 50_000.0, 10_000.0, 0)
        );
        assert_eq!(axis.ticks().len(), 6);
        let axis = Axis::nice(0.0, 140_600.0);
        assert_eq!((axis.max, axis.step), (150_000.0, 25_000.0));
        let axis = Axis::nice(-1_200.0, 3_400.0);
        assert_eq!(
            (axis.min, axis.max, axis.step),
            (-2_000.0, 4_000.0, 1_000.0)
        );
        let axis = Axis::nice(0.0, 0.0);
        assert_eq!((axis.min, axis.max), (0.0, 1.0));
        let axis = Axis::nice(0.0, 0.9);
        assert_eq!((axis.step, axis.decimals), (0.2, 1));
        let axis = Axis::nice(0.0, 1.1);
        assert_eq!((axis.step, axis.decimals, axis.max), (0.2, 1, 1.2));
        let axis = Axis::nice(0.0, 0.11);
        assert_eq!((axis.step, axis.decimals), (0.02, 2));
    }
}
