//! The result every renderer consumes: self-describing (categories, lines with formulas, totals,
//! ranges, scenarios, assumptions, notes), language-neutral (texts come in both languages and
//! numbers are formatted only when rendered), so a renderer in another crate needs nothing else.

use crate::defaults::{Assumption, Source};
use crate::formula::Formula;
use crate::input::{Contract, Route};
use crate::model::{Category, LineId};
use crate::simulate::Percentiles;
use crate::text::Text;

/// What a mis-hire costs: the estimate at expected inputs, line by line, with ranges when inputs
/// are uncertain and, when asked, the same hire ending at other moments.
#[derive(Debug, Clone, PartialEq)]
pub struct MisHireCost {
    pub situation: Situation,
    /// Every line that applies to the route, in report order (by category).
    pub lines: Vec<Line>,
    /// The four categories in order: direct, exit, replacement, indirect.
    pub categories: Vec<CategoryTotal>,
    /// The cost of the mis-hire, including its own hiring: every line.
    pub total: Summary,
    /// The cost from the decision on: everything but the direct costs, which were spent by the
    /// time of the decision.
    pub total_from_decision: Summary,
    /// The cross-check, never part of the total.
    pub reference: Reference,
    /// When the input gives no lost output: what a published multiplier would put on it.
    pub lost_output_benchmark: Option<Reference>,
    /// Every value the model used that the input did not give, with its source.
    pub assumptions: Vec<Assumption>,
    pub notes: Vec<Text>,
    /// How the percentiles were simulated; `None` when no input is a range.
    pub simulation: Option<Simulation>,
    pub scenarios: Option<Scenarios>,
}

/// The hire as the input describes it (expected values).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Situation {
    /// S, gross per month without holiday allowance (derived when the input gave a yearly salary).
    pub monthly_salary: f64,
    pub contract: Contract,
    pub contract_months: Option<f64>,
    /// The month of the decision.
    pub exit_month: f64,
    /// The last month employed: the decision, then procedure and notice.
    pub last_month: f64,
    pub route: Route,
}

/// One line of the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub id: LineId,
    pub category: Category,
    pub label: Text,
    /// The formula with the expected inputs filled in.
    pub formula: Formula,
    /// In whole euros, at expected inputs.
    pub amount: f64,
}

/// A category's total.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CategoryTotal {
    pub category: Category,
    pub label: Text,
    pub summary: Summary,
}

/// An amount at expected inputs and, when inputs are ranges, its simulated percentiles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub expected: f64,
    pub percentiles: Option<Percentiles>,
}

/// A published rule of thumb shown beside the total for comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: &'static str,
    pub label: Text,
    pub formula: Formula,
    pub amount: f64,
    /// What the figure is for, in one sentence.
    pub note: Text,
    /// Where the figure comes from and how far it was verified.
    pub source: Source,
}

/// How the percentiles were simulated.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Simulation {
    pub samples: usize,
    pub seed: u64,
    pub distribution: &'static str,
}

/// The actual case next to the same hire ending at the end of probation, at month 6 and at
/// month 12.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenarios {
    /// The actual case first, then the scenarios the contract allows.
    pub items: Vec<Scenario>,
    /// Scenarios that the contract does not allow, with the reason.
    pub omitted: Vec<(ScenarioKind, Text)>,
    /// The scenario every saving is measured against: always the actual case.
    pub compared_with: ScenarioKind,
    pub notes: Vec<Text>,
}

/// One exit moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub kind: ScenarioKind,
    pub month: f64,
    pub route: Route,
    pub total: Summary,
    /// In [`Category::ALL`] order.
    pub categories: [Summary; 4],
    /// What ending here saves compared with the actual case, at expected inputs (negative when
    /// it would have cost more).
    pub saving: f64,
}

/// The exit moments `--scenarios` compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScenarioKind {
    /// The case as the input describes it.
    Actual,
    EndOfProbation,
    Month6,
    Month12,
}

impl ScenarioKind {
    /// The moments compared with the actual case.
    pub const ALTERNATIVES: [ScenarioKind; 3] = [
        ScenarioKind::EndOfProbation,
        ScenarioKind::Month6,
        ScenarioKind::Month12,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ScenarioKind::Actual => "actual",
            ScenarioKind::EndOfProbation => "end_of_probation",
            ScenarioKind::Month6 => "month_6",
            ScenarioKind::Month12 => "month_12",
        }
    }

    pub fn label(self) -> Text {
        match self {
            ScenarioKind::Actual => Text::new("Deze casus", "This case"),
            ScenarioKind::EndOfProbation => Text::new("Einde proeftijd", "End of probation"),
            ScenarioKind::Month6 => Text::new("Maand 6", "Month 6"),
            ScenarioKind::Month12 => Text::new("Maand 12", "Month 12"),
        }
    }
}

/// Fixed texts of the report.
pub mod notes {
    use crate::text::Text;

    pub const TWO_TOTALS: Text = Text::new(
        "Twee totalen: de kosten van de mis-hire inclusief de eigen werving (alles), en de kosten \
         vanaf het besluit (zonder de directe kosten, die op het moment van het besluit al gemaakt \
         zijn). Op de tweede hebt u nog invloed.",
        "Two totals: the cost of the mis-hire including its own hiring (everything), and the cost \
         from the decision on (without the direct costs, which were spent by the time of the \
         decision). The second is what you can still influence.",
    );
    pub const NOTICE_ONCE: Text = Text::new(
        "Maand m is de maand van het besluit. Tot dan telt het loon als onproductief deel; \
         procedure en opzegtermijn volgen erop en tellen volledig, elke maand één keer.",
        "Month m is the month of the decision. Up to then, pay counts by its unproductive share; \
         procedure and notice follow it and count in full, each month once.",
    );
    pub const ROUNDING: Text = Text::new(
        "Elke regel is afgerond op hele euro's; de totalen tellen de afgeronde regels op.",
        "Each line is rounded to whole euros; totals add up the rounded lines.",
    );
    pub const HARD_AND_SOFT: Text = Text::new(
        "Directe kosten, ontslagkosten en vervanging zijn harde kosten; indirecte kosten zijn schattingen.",
        "Direct, exit and replacement costs are hard costs; indirect costs are estimates.",
    );
    pub const UWV_ROUTE: Text = Text::new(
        "Een ontslagvergunning van UWV is er voor bedrijfseconomische redenen of langdurige ziekte, \
         doorgaans niet voor een mis-hire.",
        "A UWV dismissal permit is for economic reasons or long illness; it is usually not available \
         for a mis-hire.",
    );
    pub const REFERENCE: Text = Text::new(
        "Een veelgebruikte vuistregel, ter vergelijking; niet opgeteld bij het totaal. Bron en \
         status: zie 'Aannames en bronnen'.",
        "A widely used rule of thumb, for comparison; not added to the total. Source and status: \
         see 'Assumptions and sources'.",
    );
    pub const LOST_OUTPUT_NOT_INCLUDED: Text = Text::new(
        "Gemiste marge is niet meegeteld (geef lost_output.margin_per_month op). Ter vergelijking \
         wat een gepubliceerde vermenigvuldiger zou geven; niet opgeteld bij het totaal.",
        "Lost output is not included (give lost_output.margin_per_month). For comparison, what a \
         published multiplier would imply; not added to the total.",
    );
    pub const RESIGNATION: Text = Text::new(
        "Bij ontslag door de werknemer is geen transitievergoeding verschuldigd (art. 7:673 lid 1 BW); \
         de werknemer houdt een opzegtermijn van 1 maand aan (art. 7:672 lid 4 BW).",
        "When the employee resigns no transition payment is owed (art. 7:673(1) BW); the employee \
         gives 1 month's notice (art. 7:672(4) BW).",
    );
    pub const SCENARIOS: Text = Text::new(
        "Alleen het besluitmoment en de route veranderen: einde proeftijd is ontslag in de proeftijd, \
         maand 6 en 12 eindigen met een vaststellingsovereenkomst (opzegtermijn, extra vergoeding \
         en juridische kosten zoals opgegeven, anders 1 maand, € 0 en € 0). Kosten die het model \
         niet aan de maand koppelt (opleiding, werving, vervanging, indirecte kosten) zijn in elk \
         scenario gelijk. Een negatieve besparing betekent: later ingrijpen had meer gekost.",
        "Only the month of the decision and the route change: the end of probation is a dismissal \
         in probation, month 6 and 12 end by mutual agreement (notice, extra severance and legal \
         costs as given, else 1 month, €0 and €0). Costs the model does not tie to the month \
         (training, hiring, replacement, indirect costs) are the same in every scenario. A \
         negative saving means acting then would have cost more.",
    );
    pub const NOT_GIVEN: Text = Text::new("niet opgegeven", "not given");
    pub const NOT_INCLUDED: Text = Text::new(
        "niet meegeteld: geef lost_output.margin_per_month op",
        "not included: give lost_output.margin_per_month",
    );
    pub const NO_PROBATION: Text = Text::new(
        "dit contract kent geen proeftijd (art. 7:652 BW)",
        "this contract allows no probation period (art. 7:652 BW)",
    );
    pub const AFTER_CONTRACT_END: Text = Text::new(
        "valt na het einde van het tijdelijke contract",
        "falls after the end of the fixed-term contract",
    );
}
