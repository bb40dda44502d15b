//! The values the model assumes when the input leaves them out, and where each comes from.

use crate::input::{Contract, Route};
use crate::inputs::Unit;
use crate::text::{self, Language, Text};

/// Where a value the model assumed comes from, and how far that was checked: shown in the
/// report's "Assumptions and sources" appendix, never as a tag in the running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// What the figure rests on: a law article, the published sources, or "not given".
    pub text: Text,
    /// How far it was checked, with the date.
    pub status: Text,
}

/// The day the sources below were last checked; re-check every 1 January.
pub const SOURCES_CHECKED: &str = "2026-11-23";

/// Where each default comes from.
pub mod source {
    use super::Source;
    use crate::text::Text;

    /// The law text itself (stable across years).
    const LAW: Text = Text::new(
        "wettekst, gecontroleerd op 23-11-2026",
        "law text, checked on 2026-11-23",
    );
    const RULE_OF_THUMB: Text = Text::new(
        "vuistregel uit gepubliceerde bronnen, gecontroleerd op 23-11-2026; vervang door uw eigen cijfer",
        "rule of thumb from published sources, checked on 2026-11-23; replace with your own figure",
    );
    const PRACTICE: Text = Text::new(
        "duur uit de praktijk volgens rechtshulp- en ontslagsites, niet wettelijk; gecontroleerd op 23-11-2026",
        "duration in practice as reported by legal-aid and dismissal sites, not statutory; checked on 2026-11-23",
    );
    const HIREKIT: Text = Text::new(
        "hirekit-standaard zonder bron: vul uw eigen schatting in",
        "hirekit default without a source: enter your own estimate",
    );
    const NONE: Text = Text::new("—", "—");

    pub const HOLIDAY_ALLOWANCE: Source = Source {
        text: Text::new(
            "wettelijk minimum vakantiegeld (Wet minimumloon en minimumvakantiebijslag, art. 15)",
            "statutory minimum holiday allowance (Dutch Minimum Wage Act, art. 15)",
        ),
        status: LAW,
    };
    pub const EMPLOYER_ONCOST: Source = Source {
        text: Text::new(
            "werkgeverslasten: premies en pensioen, 20-35% naar cao en salaris (debreed.nl, nedflex.nl, mettom.nl)",
            "employer on-costs: premiums and pension, 20-35% by CAO and salary (debreed.nl, nedflex.nl, mettom.nl)",
        ),
        status: RULE_OF_THUMB,
    };
    pub const CONTRACT: Source = Source {
        text: Text::new(
            "niet opgegeven: contract voor onbepaalde tijd",
            "not given: an indefinite contract",
        ),
        status: NONE,
    };
    pub const NOTICE: Source = Source {
        text: Text::new(
            "opzegtermijn werkgever bij minder dan 5 jaar dienst (art. 7:672 lid 2 BW)",
            "employer's notice under 5 years of service (art. 7:672(2) BW)",
        ),
        status: LAW,
    };
    pub const NOTICE_EMPLOYEE: Source = Source {
        text: Text::new(
            "opzegtermijn van de werknemer (art. 7:672 lid 4 BW)",
            "the employee's notice (art. 7:672(4) BW)",
        ),
        status: LAW,
    };
    pub const PROCEDURE_MUTUAL_AGREEMENT: Source = Source {
        text: Text::new(
            "een vaststellingsovereenkomst vraagt geen UWV- of rechtersprocedure",
            "a settlement agreement needs no UWV or court procedure",
        ),
        status: LAW,
    };
    pub const PROCEDURE_UWV: Source = Source {
        text: Text::new(
            "UWV beslist binnen ca. 4 weken na een compleet dossier, 6-8 weken in de praktijk (das.nl)",
            "UWV decides about 4 weeks after a complete file, 6-8 weeks in practice (das.nl)",
        ),
        status: PRACTICE,
    };
    pub const PROCEDURE_COURT: Source = Source {
        text: Text::new(
            "zitting 3-6 weken na indiening, uitspraak 1-3 weken later: ca. 6-8 weken (ontslagloket.nl, das.nl)",
            "hearing 3-6 weeks after filing, decision 1-3 weeks later: about 6-8 weeks (ontslagloket.nl, das.nl)",
        ),
        status: PRACTICE,
    };
    pub const EXTRA_SEVERANCE: Source = Source {
        text: Text::new(
            "niet opgegeven; een premie bovenop de transitievergoeding is gebruikelijk bij een \
             vaststellingsovereenkomst, maar de hoogte verschilt te veel voor een standaard",
            "not given; a premium on top of the transition payment is usual in a settlement, but \
             its size varies too much for a default",
        ),
        status: NONE,
    };
    pub const LEGAL_COSTS: Source = Source {
        text: Text::new("niet opgegeven", "not given"),
        status: NONE,
    };
    pub const PRODUCTIVITY: Source = Source {
        text: Text::new(
            "de helft van wat een goede kracht levert",
            "half of what a good hire delivers",
        ),
        status: HIREKIT,
    };
    pub const TRANSITION_CAP: Source = Source {
        text: Text::new(
            "wettelijk maximum voor 2026, of één bruto jaarsalaris als dat hoger is (art. 7:673 lid 2 BW); \
             2025: € 98.000, jaarlijks geïndexeerd",
            "statutory maximum for 2026, or one gross annual salary if higher (art. 7:673(2) BW); \
             2025: €98,000, indexed every year",
        ),
        status: Text::new(
            "2026-bedrag niet in een officiële bron bevestigd (gecontroleerd op 23-11-2026); \
             controleer rijksoverheid.nl en geef zo nodig exit.transition_payment_cap op",
            "2026 amount not confirmed in an official source (checked on 2026-11-23); check \
             rijksoverheid.nl and give exit.transition_payment_cap if it differs",
        ),
    };
    pub const AGENCY_FEE: Source = Source {
        text: Text::new(
            "wervingsbureau: 15-30% van het jaarsalaris incl. vakantiegeld, 20% veel genoemd \
             (pbmsupport.nl; berekensite.nl noemt 25%)",
            "recruitment agency: 15-30% of the annual salary incl. holiday allowance, 20% often \
             quoted (pbmsupport.nl; berekensite.nl quotes 25%)",
        ),
        status: RULE_OF_THUMB,
    };
    pub const OWN_HIRING: Source = Source {
        text: Text::new(
            "niet opgegeven: zoals de werving van de opvolger (dezelfde functie)",
            "not given: the same as recruiting the successor (the same role)",
        ),
        status: NONE,
    };
    pub const RAMP_UP_MONTHS: Source = Source {
        text: Text::new(
            "inwerktijd van een opvolger: 3-9 maanden (americanemployerfoundation.com); de korte kant",
            "a successor's ramp-up: 3-9 months (americanemployerfoundation.com); the short end",
        ),
        status: RULE_OF_THUMB,
    };
    pub const RAMP_UP_PRODUCTIVITY: Source = Source {
        text: Text::new(
            "de helft van wat een ingewerkte kracht levert",
            "half of what a fully productive hire delivers",
        ),
        status: HIREKIT,
    };
    pub const SUCCESSOR_HOURS: Source = Source {
        text: Text::new(
            "niet opgegeven: dezelfde inwerkuren als de mis-hire (onboarding)",
            "not given: the same onboarding hours as the mis-hire had (onboarding)",
        ),
        status: NONE,
    };
    pub const NOT_GIVEN: Source = Source {
        text: Text::new("niet opgegeven: telt als 0", "not given: counts as 0"),
        status: NONE,
    };
    pub const LOST_OUTPUT: Source = Source {
        text: Text::new(
            "niet opgegeven: gemiste marge niet meegeteld",
            "not given: lost output not included",
        ),
        status: NONE,
    };
    pub const DERIVED_SALARY: Source = Source {
        text: Text::new(
            "afgeleid: jaarsalaris / (12 × (1 + vakantiegeld))",
            "derived: annual_salary / (12 × (1 + holiday allowance))",
        ),
        status: NONE,
    };
    /// The cross-check beside the total.
    pub const US_DOL: Source = Source {
        text: Text::new(
            "'US Department of Labor': 30% van het eerstejaarsinkomen (o.a. faulknerhrsolutions.info, 4in24.nl)",
            "'US Department of Labor': 30% of first-year earnings (e.g. faulknerhrsolutions.info, 4in24.nl)",
        ),
        status: Text::new(
            "veel geciteerd; geen primaire bron van het ministerie gevonden (gecontroleerd op 23-11-2026)",
            "widely quoted; no primary source from the department found (checked on 2026-11-23)",
        ),
    };
    /// The published multiplier the report names when lost output is not given.
    pub const TOPGRADING: Source = Source {
        text: Text::new(
            "Topgrading (B. Smart): mis-hire van een manager 15× het basissalaris (topgrading.com)",
            "Topgrading (B. Smart): a manager mis-hire costs 15× base salary (topgrading.com)",
        ),
        status: Text::new(
            "zelfschattingen van werkgevers, niet gemeten (gecontroleerd op 23-11-2026)",
            "employers' own estimates, not measured (checked on 2026-11-23)",
        ),
    };
}

/// The built-in statutory maximum of the transition payment, in euros: the 2026 figure, which
/// could not be confirmed in an official source when last checked (2025: €98,000). Override it
/// per file with `exit.transition_payment_cap`; re-check every 1 January.
pub const TRANSITION_PAYMENT_CAP: f64 = 102_000.0;

/// The default months of procedure time a route pays for.
pub fn default_procedure_months(route: Route) -> (f64, Source) {
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
    pub source: Source,
}

/// The value an [`Assumption`] takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AssumedValue {
    Quantity(f64, Unit),
    Contract(Contract),
    /// A whole section left out: all its costs count as 0.
    NoCosts,
    /// A whole section left out that takes the values of another (`own_hiring` ← `recruitment`).
    SameAs(&'static str),
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
            AssumedValue::SameAs(section) => format!("= {section}"),
        }
    }
}
