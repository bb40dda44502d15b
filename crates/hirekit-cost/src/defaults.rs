//! The values the model assumes when the input leaves them out, and where each comes from.

use crate::input::{Contract, Route};
use crate::inputs::Unit;
use crate::text::{self, Language, Text};

/// Where a default comes from. Figures that could not be confirmed in a primary source say so.
pub mod source {
    use crate::text::Text;

    pub const HOLIDAY_ALLOWANCE: Text = Text::new(
        "wettelijk minimum vakantiegeld (Wet minimumloon, art. 15)",
        "statutory minimum holiday allowance (Dutch Minimum Wage Act, art. 15)",
    );
    pub const EMPLOYER_ONCOST: Text = Text::new(
        "vuistregel werkgeverslasten: premies en pensioen, 20-35% naar cao en salaris",
        "rule of thumb for employer on-costs: premiums and pension, 20-35% by CAO and salary",
    );
    pub const CONTRACT: Text = Text::new(
        "niet opgegeven: contract voor onbepaalde tijd",
        "not given: an indefinite contract",
    );
    pub const NOTICE: Text = Text::new(
        "wettelijke opzegtermijn werkgever bij minder dan 5 jaar dienst (art. 7:672 BW)",
        "employer's statutory notice under 5 years of service (art. 7:672 BW)",
    );
    pub const PROCEDURE_MUTUAL_AGREEMENT: Text = Text::new(
        "een vaststellingsovereenkomst vraagt geen UWV- of rechtersprocedure",
        "a settlement agreement needs no UWV or court procedure",
    );
    pub const PROCEDURE_UWV: Text = Text::new(
        "UWV beslist binnen ca. 4 weken na een compleet dossier, 6-8 weken in de praktijk",
        "UWV decides about 4 weeks after a complete file, 6-8 weeks in practice",
    );
    pub const PROCEDURE_COURT: Text = Text::new(
        "zitting 3-6 weken na indiening, uitspraak 1-3 weken later: ca. 6-8 weken",
        "hearing 3-6 weeks after filing, decision 1-3 weeks later: about 6-8 weeks",
    );
    pub const EXTRA_SEVERANCE: Text = Text::new(
        "niet opgegeven; een premie bovenop de transitievergoeding is gebruikelijk bij een \
         vaststellingsovereenkomst (hoogte niet geverifieerd)",
        "not given; a premium on top of the transition payment is usual in a settlement \
         (its size unverified)",
    );
    pub const LEGAL_COSTS: Text = Text::new("niet opgegeven", "not given");
    pub const PRODUCTIVITY: Text = Text::new(
        "hirekit-standaard: de helft van een goede kracht [NIET GEVERIFIEERD: vul uw eigen schatting in]",
        "hirekit default: half of what a good hire delivers [UNVERIFIED: enter your own estimate]",
    );
    pub const TRANSITION_CAP: Text = Text::new(
        "wettelijk maximum 2026, of één bruto jaarsalaris als dat hoger is (art. 7:673 BW) \
         [NIET GEVERIFIEERD; 2025: € 98.000; controleer rijksoverheid.nl]",
        "statutory maximum for 2026, or one gross annual salary if higher (art. 7:673 BW) \
         [UNVERIFIED; 2025: €98,000; check rijksoverheid.nl]",
    );
    pub const NOT_GIVEN: Text = Text::new("niet opgegeven: telt als 0", "not given: counts as 0");
    pub const DERIVED_SALARY: Text = Text::new(
        "afgeleid: jaarsalaris / (12 × (1 + vakantiegeld))",
        "derived: annual_salary / (12 × (1 + holiday allowance))",
    );
}

/// The built-in statutory maximum of the transition payment, in euros: the 2026 figure, which
/// could not be confirmed in a primary source (2025: €98,000). Override it per file with
/// `exit.transition_payment_cap`; re-check every 1 January.
pub const TRANSITION_PAYMENT_CAP: f64 = 102_000.0;

/// The default months of procedure time a route pays for.
pub fn default_procedure_months(route: Route) -> (f64, Text) {
    match route {
        Route::Uwv => (1.5, source::PROCEDURE_UWV),
        Route::Court => (2.0, source::PROCEDURE_COURT),
        _ => (0.0, source::PROCEDURE_MUTUAL_AGREEMENT),
    }
}

/// The longest probation period the law allows for a contract (art. 7:652 BW): none for a
/// contract of six months or less, one month for a fixed term under two years, two otherwise.
pub fn probation_max_months(contract: Contract, contract_months: Option<f64>) -> f64 {
    match (contract, contract_months) {
        (Contract::Indefinite, _) => 2.0,
        (Contract::Fixed, Some(m)) if m <= 6.0 => 0.0,
        (Contract::Fixed, Some(m)) if m < 24.0 => 1.0,
        (Contract::Fixed, Some(_)) => 2.0,
        // A fixed term without a length in months (an end date tied to an event) allows one month.
        (Contract::Fixed, None) => 1.0,
    }
}

/// A value the model used that the file did not give.
#[derive(Debug, Clone, PartialEq)]
pub struct Assumption {
    /// The input's dotted name (`holiday_allowance_pct`, `exit.notice_months`, `indirect`).
    pub input: String,
    pub value: AssumedValue,
    pub source: Text,
}

/// The value an [`Assumption`] takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AssumedValue {
    Quantity(f64, Unit),
    Contract(Contract),
    /// A whole section left out: all its costs count as 0.
    NoCosts,
}

impl AssumedValue {
    pub fn format(self, language: Language) -> String {
        match self {
            AssumedValue::Quantity(value, unit) => unit.format(value, language),
            AssumedValue::Contract(Contract::Indefinite) => {
                language.pick("onbepaalde tijd", "indefinite").into()
            }
            AssumedValue::Contract(Contract::Fixed) => {
                language.pick("bepaalde tijd", "fixed term").into()
            }
            AssumedValue::NoCosts => text::money(0.0, language),
        }
    }
}
