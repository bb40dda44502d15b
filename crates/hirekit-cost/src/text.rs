//! Languages and the way numbers and money are written in each.
//!
//! Dutch writes `€ 12.345` and `1,08`; English writes `€12,345` and `1.08`: the digits come from
//! hirekit-text, the one place numbers are formatted, so the screens never drift apart.

pub use hirekit_language::Language;

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

/// The one implementation of numbers and money per language is hirekit-text's; the cost model
/// and its renderers name them from here.
pub use hirekit_text::number::{factor, hours, money, money_exact, number, percent};

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
