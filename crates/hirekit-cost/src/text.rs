//! Languages and the way numbers and money are written in each.
//!
//! Dutch writes `€ 12.345` and `1,08`; English writes `€12,345` and `1.08`. Every renderer (and
//! the PDF crate later) formats through these functions so the two never drift apart.

pub use hirekit_language::Language;

/// The thousands and decimal separators of a language.
fn separators(language: Language) -> (char, char) {
    match language {
        Language::Nl => ('.', ','),
        Language::En => (',', '.'),
    }
}

/// A fixed text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(nl: &'static str, en: &'static str) -> Text {
        Text { nl, en }
    }

    pub fn get(self, language: Language) -> &'static str {
        language.pick(self.nl, self.en)
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

/// `value` with `decimals` decimals, digits grouped, in the language's notation. Trailing zeros
/// after the decimal point are dropped down to `min_decimals`.
fn decimal(value: f64, decimals: usize, min_decimals: usize, language: Language) -> String {
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

/// A multiplier with two or three decimals: `1.08`, `1.30`, `1.275` (en) / `1,08` (nl).
pub fn factor(value: f64, language: Language) -> String {
    decimal(value, 3, 2, language)
}

/// A percentage: `8%`, `12.5%` (en) / `12,5%` (nl).
pub fn percent(value: f64, language: Language) -> String {
    format!("{}%", number(value, language))
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

/// `1 month` / `6 months`, `1 maand` / `6 maanden`.
pub fn months(value: f64, language: Language) -> String {
    let unit = if value == 1.0 {
        language.pick("maand", "month")
    } else {
        language.pick("maanden", "months")
    };
    format!("{} {unit}", number(value, language))
}

/// `1 week` / `8 weeks`, `1 week` / `8 weken`.
pub fn weeks(value: f64, language: Language) -> String {
    let unit = if value == 1.0 {
        "week"
    } else {
        language.pick("weken", "weeks")
    };
    format!("{} {unit}", number(value, language))
}

/// `1 hour` / `60 hours`, `60 uur`.
pub fn hours(value: f64, language: Language) -> String {
    let unit = if value == 1.0 {
        language.pick("uur", "hour")
    } else {
        language.pick("uur", "hours")
    };
    format!("{} {unit}", number(value, language))
}

/// `4 h/week` / `4 u/week`.
pub fn hours_per_week(value: f64, language: Language) -> String {
    format!(
        "{} {}",
        number(value, language),
        language.pick("u/week", "h/week")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Nl};

    #[test]
    fn money_is_written_the_dutch_and_the_english_way() {
        assert_eq!(money(12345.0, Nl), "€ 12.345");
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
    fn numbers_factors_and_units() {
        assert_eq!(number(1.5, Nl), "1,5");
        assert_eq!(number(26.0, En), "26");
        assert_eq!(number(8.666_666, En), "8.67");
        assert_eq!(number(1200.0, Nl), "1.200");
        assert_eq!(factor(1.08, Nl), "1,08");
        assert_eq!(factor(1.3, En), "1.30");
        assert_eq!(factor(1.275, En), "1.275");
        assert_eq!(percent(12.5, Nl), "12,5%");
        assert_eq!(months(1.0, Nl), "1 maand");
        assert_eq!(months(1.5, En), "1.5 months");
        assert_eq!(weeks(8.0, Nl), "8 weken");
        assert_eq!(hours(60.0, En), "60 hours");
        assert_eq!(hours_per_week(4.0, Nl), "4 u/week");
    }
}
