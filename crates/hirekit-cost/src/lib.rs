//! What a mis-hire costs under Dutch employment law, in figures a finance manager accepts.
//!
//! Every amount is traced to an input and a formula that shows its numbers; every value the input
//! did not give is listed as an assumption with its source; uncertainty is shown honestly.
//!
//! 1. [`load`] reads an input file (a [`CostInput`]) through `hirekit-yaml` and checks it: negative
//!    amounts, numbers beyond their plausible range, percentages over 100, ranges with
//!    `low > expected`, a probation exit later than art. 7:652 BW allows, a severance on a
//!    resignation — every problem as `path:line:column`. [`CostInput::new`] builds the smallest
//!    input in code.
//! 2. [`estimate`] runs the model (see `docs/cost-model.md`) at the expected inputs and, when any
//!    input is a range `{low, expected, high}`, a seeded Monte Carlo with triangular
//!    distributions for the P10, P50 and P90 of both totals and of each category. With
//!    [`Options::scenarios`] it compares the actual case with ending at the end of probation, at
//!    month 6 and at month 12.
//! 3. [`render`] writes the one result type, [`MisHireCost`], as a table, Markdown or JSON, in
//!    Dutch (`€ 12.345`) or English (`€12,345`).
//!
//! ```
//! use hirekit_cost::{estimate, render, CostInput, Language, Options, Route};
//!
//! // €5,000 a month, dismissed in probation at month 2, nothing else given. Direct costs: 50% of
//! // 2 months' employer cost (€5,000 × 1.08 × 1.30 × 2 × 50% = €7,020) and hiring the mis-hire
//! // (by default as the successor: 20% × 12 × €5,000 × 1.08 = €12,960). From the decision on:
//! // the transition payment (€5,000 × 1.08 × 2 / 36 = €300), recruiting the successor (€12,960)
//! // and their ramp-up (€7,020 a month × 3 months × 50% = €10,530).
//! let cost = estimate(&CostInput::new(5000.0, 2.0, Route::Probation), &Options::default()).unwrap();
//! assert_eq!(cost.total_from_decision.expected, 23_790.0);
//! assert_eq!(cost.total.expected, 7_020.0 + 12_960.0 + 23_790.0);
//! assert!(render::table(&cost, Language::Nl).contains("€ 43.770"));
//! assert!(render::table(&cost, Language::En).contains("€43,770"));
//! ```

mod check;
mod defaults;
mod estimate;
mod formula;
mod input;
mod inputs;
mod lines;
mod load;
mod model;
mod params;
pub mod render;
mod result;
mod simulate;
mod text;

pub use check::{CAP_MAX, CONTRACT_MONTHS_MAX};
pub use check::{Problem, Severity};
pub use defaults::{
    AssumedValue, Assumption, SOURCES_CHECKED, Source, TRANSITION_PAYMENT_CAP,
    default_procedure_months, probation_max_months,
};
pub use estimate::{DEFAULT_SAMPLES, DEFAULT_SEED, Options, check, estimate, has_errors};
pub use formula::{Formula, Term};
pub use input::{
    Contract, CostInput, Estimate, Exit, Indirect, LostOutput, Onboarding, Range, Recruitment,
    Route, Successor, Vacancy,
};
pub use inputs::{INPUT_COUNT, Input, Unit, Values};
pub use load::{Loaded, load, locate};
pub use model::{Category, LINE_COUNT, LineId, evaluate};
pub use params::{Fixed, Params, resolve};
pub use result::{
    CategoryTotal, Line, MisHireCost, Reference, Scenario, ScenarioKind, Scenarios, Simulation,
    Situation, Summary,
};
pub use simulate::{Percentiles, Spread, Triples, simulate, triangular};
pub use text::{Language, Text, factor, money, money_exact, number, percent};

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
