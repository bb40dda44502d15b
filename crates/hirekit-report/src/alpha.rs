//! Krippendorff's alpha: how much a panel agrees beyond chance, with missing ratings allowed.
//!
//! Computed as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg
//! School for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43):
//!
//! 1. Only *pairable* values count: values in units (here a candidate × criterion) that at least
//!    two raters rated. A unit rated once says nothing about agreement.
//! 2. The coincidence matrix: every ordered pair of values `(c, k)` from two different raters in
//!    a unit with `m_u` values adds `1 / (m_u − 1)` to `o_ck`. Its margins are `n_c`; their sum
//!    `n` is the number of pairable values.
//! 3. `α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck`, with the difference function `δ²` of
//!    the level of measurement. Ratings are ordinal, so the report uses
//!    `δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²`: the distance between two ratings is how many
//!    ratings lie between them, not their numeric gap.
//!
//! Alpha is undefined when no unit has two ratings, or when every pairable rating is the same
//! value (no disagreement is expected by chance, so none can be measured): [`Alpha::value`] is
//! then `None`, never NaN.

use std::collections::BTreeMap;

/// The level of measurement, which decides how far apart two values are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Values are names: equal or not.
    Nominal,
    /// Values are ranks: the distance counts the values in between.
    Ordinal,
    /// Values are numbers: the squared difference.
    Interval,
    /// Values are numbers with a true zero: the squared relative difference.
    Ratio,
}

/// The result: alpha, and the data it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alpha {
    /// Alpha from −1 (systematic disagreement) through 0 (chance) to 1 (perfect agreement);
    /// `None` when it is undefined for these data.
    pub value: Option<f64>,
    /// The pairable values `n`: ratings in units that at least two raters rated.
    pub ratings: usize,
    /// The units with at least two ratings.
    pub units: usize,
}

/// Krippendorff's alpha of `units`, each a list of the values the raters gave it (`None`:
/// that rater gave none). The raters' order within a unit does not matter.
pub fn krippendorff(units: &[Vec<Option<u8>>], metric: Metric) -> Alpha {
    let pairable: Vec<Vec<u8>> = units
        .iter()
        .map(|u| u.iter().flatten().copied().collect::<Vec<u8>>())
        .filter(|u| u.len() >= 2)
        .collect();
    let values: Vec<u8> = {
        let mut v: Vec<u8> = pairable.iter().flatten().copied().collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let index: BTreeMap<u8, usize> = values.iter().enumerate().map(|(i, v)| (*v, i)).collect();
    let size = values.len();

    // The coincidence matrix o[c][k].
    let mut o = vec![vec![0.0_f64; size]; size];
    for unit in &pairable {
        let weight = 1.0 / (unit.len() - 1) as f64;
        for (i, a) in unit.iter().enumerate() {
            for (j, b) in unit.iter().enumerate() {
                if i != j {
                    o[index[a]][index[b]] += weight;
                }
            }
        }
    }
    let margins: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = margins.iter().sum();
    let ratings = pairable.iter().map(Vec::len).sum();

    let delta = |c: usize, k: usize| -> f64 {
        let (vc, vk) = (f64::from(values[c]), f64::from(values[k]));
        match metric {
            Metric::Nominal => f64::from(u8::from(c != k)),
            Metric::Interval => (vc - vk).powi(2),
            Metric::Ratio if vc + vk == 0.0 => 0.0,
            Metric::Ratio => ((vc - vk) / (vc + vk)).powi(2),
            Metric::Ordinal => {
                let (lo, hi) = (c.min(k), c.max(k));
                let between: f64 = margins[lo..=hi].iter().sum();
                (between - (margins[lo] + margins[hi]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..size {
        for k in 0..size {
            let d = delta(c, k);
            observed += o[c][k] * d;
            expected += margins[c] * margins[k] * d;
        }
    }
    let value = (expected > 0.0).then(|| 1.0 - (n - 1.0) * observed / expected);
    Alpha {
        value,
        ratings,
        units: pairable.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Krippendorff (2011), section C ("Multiple observers, any level of measurement, missing
    /// data"): four observers, twelve units, values 1 to 5, with gaps. One row per unit.
    fn krippendorff_2011() -> Vec<Vec<Option<u8>>> {
        let observers: [[u8; 12]; 4] = [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3],
            [0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0],
        ];
        (0..12)
            .map(|u| {
                observers
                    .iter()
                    .map(|o| Some(o[u]).filter(|v| *v != 0))
                    .collect()
            })
            .collect()
    }

    /// The three-coder, fifteen-unit example of the English Wikipedia article "Krippendorff's
    /// alpha" (section "A computational example"), also the first test of the `krippendorff`
    /// Python package.
    fn wikipedia() -> Vec<Vec<Option<u8>>> {
        let coders: [[u8; 15]; 3] = [
            [0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3],
            [1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4],
        ];
        (0..15)
            .map(|u| {
                coders
                    .iter()
                    .map(|c| Some(c[u]).filter(|v| *v != 0))
                    .collect()
            })
            .collect()
    }

    fn rounded(alpha: Alpha) -> f64 {
        (alpha.value.expect("alpha is defined") * 1000.0).round() / 1000.0
    }

    #[test]
    fn krippendorff_2011_published_values() {
        // Published: nominal .743, ordinal .815, interval .849, ratio .797.
        let data = krippendorff_2011();
        assert_eq!(rounded(krippendorff(&data, Metric::Nominal)), 0.743);
        assert_eq!(rounded(krippendorff(&data, Metric::Ordinal)), 0.815);
        assert_eq!(rounded(krippendorff(&data, Metric::Interval)), 0.849);
        assert_eq!(rounded(krippendorff(&data, Metric::Ratio)), 0.797);
    }

    #[test]
    fn krippendorff_2011_pairable_values() {
        // Unit 12 has one value and drops out: 11 units with 40 pairable values (n = 40 in the
        // paper's coincidence matrix).
        let alpha = krippendorff(&krippendorff_2011(), Metric::Ordinal);
        assert_eq!((alpha.units, alpha.ratings), (11, 40));
    }

    #[test]
    fn krippendorff_2011_exact_nominal_fraction() {
        // Beyond the three published decimals: the `krippendorff` Python package (an
        // independent implementation) gives 0.743421052631579 for the same data.
        let value = krippendorff(&krippendorff_2011(), Metric::Nominal)
            .value
            .expect("defined");
        assert!((value - 0.743_421_052_631_579).abs() < 1e-12, "{value}");
    }

    #[test]
    fn wikipedia_example() {
        // Published: nominal 0.691 and interval 0.811.
        let data = wikipedia();
        assert_eq!(rounded(krippendorff(&data, Metric::Nominal)), 0.691);
        assert_eq!(rounded(krippendorff(&data, Metric::Interval)), 0.811);
        let alpha = krippendorff(&data, Metric::Ordinal);
        assert_eq!((alpha.units, alpha.ratings), (12, 26));
    }

    #[test]
    fn undefined_without_pairs_or_without_variation() {
        let single = vec![vec![Some(3), None], vec![None, Some(2)]];
        assert_eq!(
            krippendorff(&single, Metric::Ordinal),
            Alpha {
                value: None,
                ratings: 0,
                units: 0
            }
        );
        let same = vec![vec![Some(3), Some(3)], vec![Some(3), Some(3), Some(3)]];
        assert_eq!(
            krippendorff(&same, Metric::Ordinal),
            Alpha {
                value: None,
                ratings: 5,
                units: 2
            }
        );
        assert_eq!(krippendorff(&[], Metric::Ordinal).value, None);
    }

    #[test]
    fn perfect_agreement_and_systematic_disagreement() {
        let agree = vec![vec![Some(1), Some(1)], vec![Some(4), Some(4)]];
        assert_eq!(krippendorff(&agree, Metric::Ordinal).value, Some(1.0));
        // Two raters who always disagree completely: alpha below zero.
        let opposed = vec![vec![Some(1), Some(4)], vec![Some(4), Some(1)]];
        let value = krippendorff(&opposed, Metric::Ordinal)
            .value
            .expect("defined");
        assert!(value < 0.0, "{value}");
    }
}
