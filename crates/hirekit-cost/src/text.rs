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

    // Numbers and money are hirekit-text's and tested there; these are the cost model's units.
    #[test]
    fn units_of_the_cost_model() {
        assert_eq!(months(1.0, Nl), "1 maand");
        assert_eq!(months(1.5, En), "1.5 months");
        assert_eq!(months(6.0, Nl), "6 maanden");
        assert_eq!(weeks(1.0, En), "1 week");
        assert_eq!(weeks(8.0, Nl), "8 weken");
        assert_eq!(hours_per_week(4.0, Nl), "4 u/week");
        assert_eq!(hours_per_week(4.0, En), "4 h/week");
    }
}
