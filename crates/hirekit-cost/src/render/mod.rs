//! Renderers over [`MisHireCost`](crate::MisHireCost): a terminal table, Markdown and JSON. They
//! format; they never compute (every amount comes from the result).

mod json;
mod markdown;
mod table;

pub use json::json;
pub use markdown::markdown;
pub use table::{WIDTH, table};

use crate::input::Contract;
use crate::result::{MisHireCost, Simulation};
use crate::text::{self, Language, Text};

/// Headings and column names shared by the renderers.
/// The labels of the cost report in both languages, shared by every renderer (also the PDF
/// report in the binary).
pub mod words {
    use crate::text::Text;

    pub const TITLE: Text = Text::new("Kosten van een verkeerde aanname", "Mis-hire cost estimate");
    pub const SUBTOTAL: Text = Text::new("Subtotaal", "Subtotal");
    pub const TOTAL: Text = Text::new("Totaal", "Total");
    pub const SUMMARY: Text = Text::new("Overzicht", "Summary");
    pub const EXPECTED: Text = Text::new("Bij verwachte invoer", "At expected inputs");
    pub const LINE: Text = Text::new("Post", "Line");
    pub const FORMULA: Text = Text::new("Berekening", "Formula");
    pub const AMOUNT: Text = Text::new("Bedrag", "Amount");
    pub const CATEGORY: Text = Text::new("Categorie", "Category");
    pub const REFERENCE: Text = Text::new(
        "Ter vergelijking (niet in het totaal)",
        "Cross-check (not added to the total)",
    );
    pub const ASSUMPTIONS: Text = Text::new("Aannames", "Assumptions");
    pub const INPUT: Text = Text::new("Invoer", "Input");
    pub const VALUE: Text = Text::new("Waarde", "Value");
    pub const SOURCE: Text = Text::new("Bron", "Source");
    pub const NOTES: Text = Text::new("Toelichting", "Notes");
    pub const SCENARIOS: Text = Text::new(
        "Scenario's: wanneer het dienstverband eindigt",
        "Scenarios: when the employment ends",
    );
    pub const SCENARIO: Text = Text::new("Scenario", "Scenario");
    pub const MONTH: Text = Text::new("Maand", "Month");
    pub const ROUTE: Text = Text::new("Route", "Route");
    pub const SAVING: Text = Text::new("Besparing", "Saving");
    pub const NOT_POSSIBLE: Text = Text::new("niet mogelijk", "not possible");
}

/// One line that says whose cost this is: salary, contract, exit month and route.
pub fn situation(cost: &MisHireCost, language: Language) -> String {
    let s = &cost.situation;
    let contract = match (s.contract, s.contract_months) {
        (Contract::Indefinite, _) => language
            .pick("contract voor onbepaalde tijd", "indefinite contract")
            .to_owned(),
        (Contract::Fixed, Some(m)) => match language {
            Language::Nl => format!("tijdelijk contract van {}", text::months(m, language)),
            Language::En => format!("fixed-term contract of {}", text::months(m, language)),
        },
        (Contract::Fixed, None) => language
            .pick("tijdelijk contract", "fixed-term contract")
            .to_owned(),
    };
    let salary = text::money_exact(s.monthly_salary, language);
    let month = text::months(s.exit_month, language);
    let route = s.route.label().get(language);
    match language {
        Language::Nl => {
            format!("Maandsalaris {salary} bruto · {contract} · uit dienst na {month} · {route}")
        }
        Language::En => {
            format!("Monthly salary {salary} gross · {contract} · leaves after {month} · {route}")
        }
    }
}

/// What the percentiles mean and how they were made.
pub fn simulation_note(simulation: &Simulation, language: Language) -> String {
    let samples = text::number(simulation.samples as f64, language);
    let seed = simulation.seed;
    match language {
        Language::Nl => format!(
            "P10, P50 en P90: 10%, 50% en 90% van {samples} gesimuleerde uitkomsten (seed {seed}) liggen op of \
             onder het bedrag. Bandbreedtes zijn getrokken uit driehoeksverdelingen (laag, verwacht, hoog), \
             onafhankelijk van elkaar. Percentielen tellen niet op over de categorieën. 'Bij verwachte invoer' \
             neemt van elke bandbreedte de verwachte waarde; bij scheve bandbreedtes kan de P50 daarvan afwijken."
        ),
        Language::En => format!(
            "P10, P50 and P90: 10%, 50% and 90% of {samples} simulated outcomes (seed {seed}) are at or below \
             the amount. Ranges are drawn from triangular distributions (low, expected, high), independently \
             of each other. Percentiles do not add up across categories. 'At expected inputs' takes every range \
             at its expected value; with lopsided ranges the P50 can differ from it."
        ),
    }
}

/// "Saving: compared with ending at month 12."
pub fn saving_note(cost: &MisHireCost, language: Language) -> Option<String> {
    let scenarios = cost.scenarios.as_ref()?;
    let latest = scenarios
        .items
        .iter()
        .find(|s| s.kind == scenarios.compared_with)?;
    let month = text::months(latest.month, language);
    Some(match language {
        Language::Nl => format!("Besparing: ten opzichte van vertrek na {month}."),
        Language::En => format!("Saving: compared with leaving after {month}."),
    })
}

pub(crate) fn get(text: Text, language: Language) -> &'static str {
    text.get(language)
}

/// Greedy word wrap to `width` characters; a word longer than the width gets a line of its own.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    // "€ 12.345" is one word: a line must not end in a lone euro sign.
    let mut words: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(last) if last.ends_with('€') => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
    }
    for word in &words {
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if !current.is_empty() && needed > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_on_spaces() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("abcdefgh ij", 4), ["abcdefgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
        assert_eq!(wrap("ab € 98.000", 6), ["ab", "€ 98.000"]);
    }
}
