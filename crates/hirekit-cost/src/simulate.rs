//! Seeded Monte Carlo over the ranged inputs.
//!
//! Each range `{low, expected, high}` is sampled from a triangular distribution with its mode at
//! `expected`: the distribution a finance manager can check by hand, and the one that needs only
//! one uniform number per input (inverse CDF), so the stream of random numbers — and with it every
//! percentile — depends only on the seed. Inputs are sampled independently.

use rand_pcg::Pcg64Mcg;
use rand_pcg::rand_core::{Rng, SeedableRng};

use crate::inputs::Values;
use crate::model::{self, Category};
use crate::params::Fixed;

/// The 10th, 50th and 90th percentile of a simulated amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percentiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// The percentiles of the totals and of each category, in [`Category::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub total: Percentiles,
    pub from_decision: Percentiles,
    pub categories: [Percentiles; 4],
}

/// The inputs the simulation draws: `(low, expected, high)` per input.
pub struct Triples<'a> {
    pub low: &'a Values,
    pub expected: &'a Values,
    pub high: &'a Values,
}

/// A uniform number in `[0, 1)` from the top 53 bits of the generator's output.
fn uniform(rng: &mut Pcg64Mcg) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// The triangular distribution's inverse CDF at `u`. A collapsed range returns its value exactly,
/// so an input given as `{low: x, expected: x, high: x}` behaves like the number `x`.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    let width = high - low;
    if width <= 0.0 {
        return mode;
    }
    let split = (mode - low) / width;
    let x = if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    };
    x.clamp(low, high)
}

/// Runs `samples` draws (at least one) with `seed` and returns the percentiles.
///
/// `draws` lists the inputs to draw, in order; every listed input consumes one random number per
/// sample even when its range is collapsed, so that scenarios that fix one input still see the
/// same random numbers for all the others (common random numbers make their differences exact
/// rather than noisy).
pub fn simulate(
    triples: &Triples<'_>,
    fixed: &Fixed,
    draws: &[usize],
    samples: usize,
    seed: u64,
) -> Spread {
    let samples = samples.max(1);
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let mut totals = Vec::with_capacity(samples);
    let mut from_decision = Vec::with_capacity(samples);
    let mut by_category: [Vec<f64>; 4] = std::array::from_fn(|_| Vec::with_capacity(samples));
    let mut values = *triples.expected;
    for _ in 0..samples {
        for &i in draws {
            let u = uniform(&mut rng);
            values[i] = triangular(u, triples.low[i], triples.expected[i], triples.high[i]);
        }
        let amounts = model::evaluate(&values, fixed);
        let categories = model::category_totals(&amounts);
        totals.push(categories.iter().sum());
        from_decision.push(model::from_decision(&categories));
        for (store, amount) in by_category.iter_mut().zip(categories) {
            store.push(amount);
        }
    }
    Spread {
        total: percentiles(&mut totals),
        from_decision: percentiles(&mut from_decision),
        categories: Category::ALL.map(|c| percentiles(&mut by_category[c as usize])),
    }
}

/// Nearest-rank percentiles (the smallest value with at least p of the samples at or below it);
/// three selections instead of a sort keep a million samples fast.
fn percentiles(values: &mut [f64]) -> Percentiles {
    let mut at = |p: f64| {
        let rank = ((p * values.len() as f64).ceil() as usize).clamp(1, values.len());
        let (_, value, _) = values.select_nth_unstable_by(rank - 1, f64::total_cmp);
        *value
    };
    Percentiles {
        p10: at(0.10),
        p50: at(0.50),
        p90: at(0.90),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_inverse_cdf_by_hand() {
        // low 0, mode 5, high 10: the median of a symmetric triangle is its mode.
        assert_eq!(triangular(0.5, 0.0, 5.0, 10.0), 5.0);
        assert_eq!(triangular(0.0, 0.0, 5.0, 10.0), 0.0);
        // F(x) = x² / 50 below the mode: u = 0.08 → x = √(0.08 × 50) = 2.
        assert!((triangular(0.08, 0.0, 5.0, 10.0) - 2.0).abs() < 1e-12);
        assert_eq!(triangular(0.3, 7.0, 7.0, 7.0), 7.0);
    }

    #[test]
    fn nearest_rank_percentiles() {
        let mut values: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let p = percentiles(&mut values);
        assert_eq!((p.p10, p.p50, p.p90), (1.0, 5.0, 9.0));
        let p = percentiles(&mut [42.0]);
        assert_eq!((p.p10, p.p50, p.p90), (42.0, 42.0, 42.0));
    }

    #[test]
    fn uniform_numbers_stay_in_range_and_are_reproducible() {
        let mut a = Pcg64Mcg::seed_from_u64(7);
        let mut b = Pcg64Mcg::seed_from_u64(7);
        for _ in 0..1000 {
            let u = uniform(&mut a);
            assert!((0.0..1.0).contains(&u));
            assert_eq!(u, uniform(&mut b));
        }
    }
}
