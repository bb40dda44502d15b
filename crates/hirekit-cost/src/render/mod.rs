//! Renderers over [`MisHireCost`](crate::MisHireCost): a terminal table, Markdown, JSON and an A4
//! PDF report ([`pdf`], through `hirekit-pdf`). They format; they never compute (every amount
//! comes from the result).

mod json;
mod markdown;
pub mod pdf;
mod quick;
mod table;

pub use json::json;
pub use markdown::markdown;
pub use quick::quick_problems;
pub use table::{WIDTH, table};

/// The source and its status in one phrase, for renderers without a status column.
pub(crate) fn source_with_status(row: &SourceRow) -> String {
    if row.status == "—" {
        row.source.to_owned()
    } else {
        format!("{} — {}", row.source, row.status)
    }
}

use crate::input::Contract;
use crate::result::{MisHireCost, Simulation, Summary};
use crate::text::{self, Language, Text};

/// Headings and column names shared by the renderers.
/// The labels of the cost report in both languages, shared by every renderer.
pub mod words {
    use crate::text::Text;

    pub const TITLE: Text = Text::new("Kosten van een mis-hire", "Mis-hire cost estimate");
    pub const HEADLINE: Text = Text::new("In het kort", "In short");
    pub const TOTAL_ALL: Text =
        Text::new("Totaal, incl. eigen werving", "Total, including own hiring");
    pub const TOTAL_FROM_DECISION: Text =
        Text::new("Totaal vanaf het besluit", "Total from the decision on");
    pub const STATUS: Text = Text::new("Controle", "Status");
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
    pub const ASSUMPTIONS: Text = Text::new("Aannames en bronnen", "Assumptions and sources");
    pub const INPUT: Text = Text::new("Invoer", "Input");
    pub const VALUE: Text = Text::new("Waarde", "Value");
    pub const SOURCE: Text = Text::new("Bron", "Source");
    pub const NOTES: Text = Text::new("Toelichting", "Notes");
    pub const SCENARIOS: Text = Text::new(
        "Scenario's: deze casus en andere beslismomenten",
        "Scenarios: this case and other moments of decision",
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
    let last = text::number(s.last_month, language);
    let when = match (language, s.last_month > s.exit_month) {
        (Language::Nl, true) => format!("besluit na {month}, in dienst tot en met maand {last}"),
        (Language::En, true) => format!("decision after {month}, employed until month {last}"),
        (Language::Nl, false) => format!("uit dienst na {month}"),
        (Language::En, false) => format!("leaves after {month}"),
    };
    let route = s.route.label().get(language);
    match language {
        Language::Nl => format!("Maandsalaris {salary} bruto · {contract} · {when} · {route}"),
        Language::En => format!("Monthly salary {salary} gross · {contract} · {when} · {route}"),
    }
}

/// The headline an HR reader needs first: both totals (the median and the P10-P90 range when
/// inputs are ranges), why the figure at expected inputs differs from the median, and what is
/// not included. One sentence per item.
pub fn headline(cost: &MisHireCost, language: Language) -> Vec<String> {
    let money = |a: f64| text::money(a, language);
    let amount = |s: &Summary| match s.percentiles {
        Some(p) => match language {
            Language::Nl => format!(
                "{} (mediaan; 8 op de 10 uitkomsten tussen {} en {})",
                money(p.p50),
                money(p.p10),
                money(p.p90)
            ),
            Language::En => format!(
                "{} (median; 8 in 10 outcomes between {} and {})",
                money(p.p50),
                money(p.p10),
                money(p.p90)
            ),
        },
        None => money(s.expected),
    };
    let mut out = vec![
        match language {
            Language::Nl => format!(
                "Kosten van de mis-hire, inclusief de eigen werving: {}.",
                amount(&cost.total)
            ),
            Language::En => format!(
                "Cost of the mis-hire, including its own hiring: {}.",
                amount(&cost.total)
            ),
        },
        match language {
            Language::Nl => format!(
                "Kosten vanaf het besluit (waar u nog invloed op hebt): {}.",
                amount(&cost.total_from_decision)
            ),
            Language::En => format!(
                "Cost from the decision on (what you can still influence): {}.",
                amount(&cost.total_from_decision)
            ),
        },
    ];
    let replacement_defaults = cost.assumptions.iter().any(|a| {
        matches!(
            a.input.as_str(),
            "recruitment.agency_fee_pct" | "successor.ramp_up_months"
        )
    });
    if replacement_defaults {
        out.push(
            language
                .pick(
                    "De vervanging is geschat met vermelde standaardwaarden waar de invoer niets \
                     opgaf (wervingsbureau, inwerktijd van de opvolger); zie 'Aannames en bronnen'.",
                    "Replacement is estimated with stated defaults where the input gave none \
                     (agency fee, the successor's ramp-up); see 'Assumptions and sources'.",
                )
                .to_owned(),
        );
    }
    if let Some(p) = cost.total.percentiles {
        let expected = money(cost.total.expected);
        let sentence = if cost.total.expected < p.p50 {
            Some(match language {
                Language::Nl => format!(
                    "Met elke invoer op zijn verwachte waarde is het totaal {expected}: lager dan de mediaan, \
                     omdat bandbreedtes verder boven hun verwachte waarde reiken dan eronder (een scheve verdeling)."
                ),
                Language::En => format!(
                    "With every input at its expected value the total is {expected}: below the median, because \
                     the ranges reach further above their expected values than below them (a skewed range)."
                ),
            })
        } else if cost.total.expected > p.p50 {
            Some(match language {
                Language::Nl => format!(
                    "Met elke invoer op zijn verwachte waarde is het totaal {expected}: hoger dan de mediaan, \
                     omdat bandbreedtes verder onder hun verwachte waarde reiken dan erboven (een scheve verdeling)."
                ),
                Language::En => format!(
                    "With every input at its expected value the total is {expected}: above the median, because \
                     the ranges reach further below their expected values than above them (a skewed range)."
                ),
            })
        } else {
            None
        };
        out.extend(sentence);
    }
    if let Some(benchmark) = &cost.lost_output_benchmark {
        let implied = money(benchmark.amount);
        out.push(match language {
            Language::Nl => format!(
                "Niet meegeteld: gemiste marge. Topgrading's 15× jaarsalaris voor een manager zou \
                 {implied} geven; geef lost_output.margin_per_month op om uw eigen cijfer mee te tellen."
            ),
            Language::En => format!(
                "Not included: lost output. Topgrading's 15× annual salary for a manager would imply \
                 {implied}; give lost_output.margin_per_month to count your own figure."
            ),
        });
    }
    out
}

/// One row of the "Assumptions and sources" appendix: input, value, source, status.
pub struct SourceRow {
    pub input: String,
    pub value: String,
    pub source: &'static str,
    pub status: &'static str,
}

/// The appendix: every value the model assumed, then the published figures the report compares
/// with, each with its source and how far (and when) it was checked.
pub fn sources(cost: &MisHireCost, language: Language) -> Vec<SourceRow> {
    let mut rows: Vec<SourceRow> = cost
        .assumptions
        .iter()
        .map(|a| SourceRow {
            input: a.input.clone(),
            value: a.value.format(language),
            source: a.source.text.get(language),
            status: a.source.status.get(language),
        })
        .collect();
    let references = std::iter::once(&cost.reference).chain(&cost.lost_output_benchmark);
    for reference in references {
        rows.push(SourceRow {
            input: reference.label.get(language).to_owned(),
            value: text::money(reference.amount, language),
            source: reference.source.text.get(language),
            status: reference.source.status.get(language),
        });
    }
    rows
}

/// How a scenario's moment of decision is named on a chart axis: `month 6` / `maand 6`, or the
/// end of probation by its month.
pub fn month_label(month: f64, language: Language) -> String {
    format!(
        "{} {}",
        language.pick("maand", "month"),
        text::number(month, language)
    )
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

/// "Saving: compared with this case (decision after 6 months)."
pub fn saving_note(cost: &MisHireCost, language: Language) -> Option<String> {
    let scenarios = cost.scenarios.as_ref()?;
    let actual = scenarios
        .items
        .iter()
        .find(|s| s.kind == scenarios.compared_with)?;
    let month = text::months(actual.month, language);
    Some(match language {
        Language::Nl => format!("Besparing: ten opzichte van deze casus (besluit na {month})."),
        Language::En => format!("Saving: compared with this case (decision after {month})."),
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
