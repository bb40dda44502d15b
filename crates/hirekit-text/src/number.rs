//! Numbers, money, hours and percentages the way each language writes them.
//!
//! Dutch writes `€ 12.345`, `3,40` and `28,5 uur`; English writes `€12,345`, `3.40` and
//! `28.5 hours`. Every screen, letter and report formats through these functions so the two
//! never drift apart (a Dutch table that prints `3.40` is a bug).
//!
//! Negative numbers use the minus sign `−` (U+2212), as typeset text does.

use hirekit_language::Language;

/// The thousands and decimal separators of a language.
fn separators(language: Language) -> (char, char) {
    match language {
        Language::Nl => ('.', ','),
        Language::En => (',', '.'),
    }
}

/// Groups the digits of a non-negative whole number: `12345` → `12,345` (en) / `12.345` (nl).
fn group(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// `value` with at most `decimals` decimals, digits grouped, in the language's notation. Trailing
/// zeros after the decimal point are dropped down to `min_decimals`.
pub fn decimal(value: f64, decimals: usize, min_decimals: usize, language: Language) -> String {
    let (thousands, point) = separators(language);
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut fraction = fraction.to_owned();
    while fraction.len() > min_decimals && fraction.ends_with('0') {
        fraction.pop();
    }
    // "-0" would be a strange thing to show for a rounding of -0.001.
    let negative =
        value < 0.0 && (whole.chars().any(|c| c != '0') || fraction.chars().any(|c| c != '0'));
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&group(whole, thousands));
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(&fraction);
    }
    out
}

/// A plain number with up to two decimals: `1.5`, `26`, `8.67` (en) / `1,5`, `8,67` (nl).
pub fn number(value: f64, language: Language) -> String {
    decimal(value, 2, 0, language)
}

/// A number with exactly `decimals` decimals, as a column of means or scores wants them:
/// `3.40` (en) / `3,40` (nl).
pub fn fixed(value: f64, decimals: usize, language: Language) -> String {
    decimal(value, decimals, decimals, language)
}

/// A multiplier with two or three decimals: `1.08`, `1.30`, `1.275` (en) / `1,08` (nl).
pub fn factor(value: f64, language: Language) -> String {
    decimal(value, 3, 2, language)
}

/// A percentage of a number already in percent: `8%`, `12.5%` (en) / `12,5%` (nl).
pub fn percent(value: f64, language: Language) -> String {
    format!("{}%", number(value, language))
}

/// A share from 0 to 1 as a whole percentage: `0.93` → `93%`.
pub fn share(value: f64, language: Language) -> String {
    format!("{}%", decimal(value * 100.0, 0, 0, language))
}

/// An amount in whole euros: `€12,345` (en) / `€ 12.345` (nl). Negative: `−€1,234` / `€ −1.234`.
pub fn money(amount: f64, language: Language) -> String {
    money_with(amount, 0, language)
}

/// An input amount: whole euros when it is whole, otherwise with cents (`€62.50` / `€ 62,50`).
pub fn money_exact(amount: f64, language: Language) -> String {
    let cents = (amount * 100.0).round();
    if cents % 100.0 == 0.0 {
        money_with(amount, 0, language)
    } else {
        money_with(amount, 2, language)
    }
}

fn money_with(amount: f64, decimals: usize, language: Language) -> String {
    let digits = decimal(amount.abs(), decimals, decimals, language);
    let negative = amount < 0.0 && digits.chars().any(|c| c.is_ascii_digit() && c != '0');
    match (language, negative) {
        (Language::En, false) => format!("€{digits}"),
        (Language::En, true) => format!("−€{digits}"),
        (Language::Nl, false) => format!("€ {digits}"),
        (Language::Nl, true) => format!("€ −{digits}"),
    }
}

/// A duration in hours with up to two decimals: `28.5 hours`, `1 hour` (en) / `28,5 uur` (nl).
pub fn hours(value: f64, language: Language) -> String {
    let unit = match language {
        Language::Nl => "uur",
        Language::En if value == 1.0 => "hour",
        Language::En => "hours",
    };
    format!("{} {unit}", number(value, language))
}

/// A duration in hours with exactly `decimals` decimals: `24.5 hours` / `24,5 uur`, and
/// `30.0 hours` rather than `30 hours` where the column is tenths.
pub fn hours_with(value: f64, decimals: usize, language: Language) -> String {
    let unit = match language {
        Language::Nl => "uur",
        Language::En if value == 1.0 => "hour",
        Language::En => "hours",
    };
    format!("{} {unit}", fixed(value, decimals, language))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Nl};

    #[test]
    fn money_is_written_the_dutch_and_the_english_way() {
        assert_eq!(money(7722.0, Nl), "€ 7.722");
        assert_eq!(money(12345.0, En), "€12,345");
        assert_eq!(money(1234567.4, En), "€1,234,567");
        assert_eq!(money(999.5, Nl), "€ 1.000");
        assert_eq!(money(0.0, En), "€0");
        assert_eq!(money(-1234.0, En), "−€1,234");
        assert_eq!(money(-1234.0, Nl), "€ −1.234");
        assert_eq!(money(-0.2, En), "€0");
        assert_eq!(money_exact(62.5, Nl), "€ 62,50");
        assert_eq!(money_exact(62.5, En), "€62.50");
        assert_eq!(money_exact(5500.0, En), "€5,500");
    }

    #[test]
    fn numbers_hours_and_shares() {
        assert_eq!(number(1.5, Nl), "1,5");
        assert_eq!(number(26.0, En), "26");
        assert_eq!(number(8.666_666, En), "8.67");
        assert_eq!(number(1200.0, Nl), "1.200");
        assert_eq!(fixed(3.4, 2, Nl), "3,40");
        assert_eq!(fixed(3.4, 2, En), "3.40");
        assert_eq!(fixed(-0.001, 2, En), "0.00");
        assert_eq!(factor(1.3, En), "1.30");
        assert_eq!(factor(1.275, En), "1.275");
        assert_eq!(percent(12.5, Nl), "12,5%");
        assert_eq!(share(0.93, En), "93%");
        assert_eq!(share(0.666, Nl), "67%");
        assert_eq!(share(1.0, Nl), "100%");
        assert_eq!(hours(28.5, Nl), "28,5 uur");
        assert_eq!(hours(28.5, En), "28.5 hours");
        assert_eq!(hours(1.0, En), "1 hour");
        assert_eq!(hours(1.0, Nl), "1 uur");
        assert_eq!(hours_with(30.0, 1, En), "30.0 hours");
        assert_eq!(hours_with(24.5, 1, Nl), "24,5 uur");
    }
}
