//! Ties input, model and simulation together into a [`MisHireCost`].

use crate::check::{Problem, Severity};
use crate::defaults;
use crate::formula::Formula;
use crate::input::{Contract, CostInput, Route};
use crate::inputs::{Input, Values};
use crate::model::{self, Category, LineId};
use crate::params::{self, Params};
use crate::result::{
    CategoryTotal, Line, MisHireCost, Reference, Scenario, ScenarioKind, Scenarios, Simulation,
    Situation, Summary, notes,
};
use crate::simulate::{self, Triples};
use crate::text::Text;

/// The seed used when none is given, so that the same file always gives the same percentiles.
pub const DEFAULT_SEED: u64 = 20_151_001;

/// The number of Monte Carlo samples used when none is given.
pub const DEFAULT_SAMPLES: usize = 100_000;

/// How to estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Monte Carlo samples (at least one is drawn).
    pub samples: usize,
    pub seed: u64,
    /// Also compare ending at the end of probation, at month 6 and at month 12.
    pub scenarios: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            samples: DEFAULT_SAMPLES,
            seed: DEFAULT_SEED,
            scenarios: false,
        }
    }
}

/// Estimates what the mis-hire described by `input` costs.
///
/// Fails with every error [`check`] finds (warnings alone do not stop it). The result is the
/// same for the same input and options, on every machine.
pub fn estimate(input: &CostInput, options: &Options) -> Result<MisHireCost, Vec<Problem>> {
    let (params, _warnings) = params::resolve(input)?;
    let draws = params.draws();
    let simulation = (!draws.is_empty()).then_some(Simulation {
        samples: options.samples.max(1),
        seed: options.seed,
        distribution: "triangular",
    });

    let fixed = &params.fixed;
    let expected = &params.expected;
    let amounts = model::evaluate(expected, fixed);
    let category_amounts = model::category_totals(&amounts);
    let spread =
        simulation.map(|s| simulate::simulate(&triples(&params), fixed, &draws, s.samples, s.seed));

    let lines = LineId::ALL
        .into_iter()
        .filter(|line| line.applies_to(fixed.route))
        .map(|id| Line {
            id,
            category: id.category(),
            label: id.label(),
            formula: if id.own_inputs().iter().any(|i| params.given[*i as usize])
                || id.own_inputs().is_empty()
            {
                model::formula(id, expected, fixed)
            } else if id == LineId::LostOutput {
                Formula::new().words(notes::NOT_INCLUDED)
            } else {
                Formula::new().words(notes::NOT_GIVEN)
            },
            amount: amounts[id as usize],
        })
        .collect();
    let categories = Category::ALL
        .into_iter()
        .map(|category| CategoryTotal {
            category,
            label: category.label(),
            summary: Summary {
                expected: category_amounts[category as usize],
                percentiles: spread.map(|s| s.categories[category as usize]),
            },
        })
        .collect();
    let (reference_formula, reference_amount) = model::reference(expected, fixed);
    let lost_output_benchmark = (!params.given[Input::LostMarginPerMonth as usize]).then(|| {
        let (formula, amount) = model::topgrading(expected, fixed);
        Reference {
            id: "topgrading_manager",
            label: Text::new("Topgrading, manager", "Topgrading, manager"),
            formula,
            amount,
            note: notes::LOST_OUTPUT_NOT_INCLUDED,
            source: defaults::source::TOPGRADING,
        }
    });

    let mut report_notes = vec![notes::TWO_TOTALS, notes::NOTICE_ONCE];
    if fixed.route == Route::Resignation {
        report_notes.push(notes::RESIGNATION);
    }
    report_notes.extend([notes::HARD_AND_SOFT, notes::ROUNDING]);
    if fixed.route == Route::Uwv {
        report_notes.push(notes::UWV_ROUTE);
    }

    Ok(MisHireCost {
        situation: Situation {
            monthly_salary: monthly_salary(expected, fixed.salary_is_annual),
            contract: params.contract,
            contract_months: params.contract_months,
            exit_month: expected[Input::ExitMonth as usize],
            last_month: model::last_month(expected, fixed),
            route: fixed.route,
        },
        lines,
        categories,
        total: Summary {
            expected: category_amounts.iter().sum(),
            percentiles: spread.map(|s| s.total),
        },
        total_from_decision: Summary {
            expected: model::from_decision(&category_amounts),
            percentiles: spread.map(|s| s.from_decision),
        },
        reference: Reference {
            id: "us_dol_rule_of_thumb",
            label: Text::new("Vuistregel US DoL", "US DoL rule of thumb"),
            formula: reference_formula,
            amount: reference_amount,
            note: notes::REFERENCE,
            source: defaults::source::US_DOL,
        },
        lost_output_benchmark,
        assumptions: params.assumptions.clone(),
        notes: report_notes,
        simulation,
        scenarios: options.scenarios.then(|| {
            let actual = Scenario {
                kind: ScenarioKind::Actual,
                month: expected[Input::ExitMonth as usize],
                route: fixed.route,
                total: Summary {
                    expected: category_amounts.iter().sum(),
                    percentiles: spread.map(|s| s.total),
                },
                categories: Category::ALL.map(|c| Summary {
                    expected: category_amounts[c as usize],
                    percentiles: spread.map(|s| s.categories[c as usize]),
                }),
                saving: 0.0,
            };
            scenarios(&params, actual, &draws, simulation)
        }),
    })
}

/// Every problem in `input`: errors (which stop [`estimate`]) and warnings, each with the JSON
/// pointer of the value it concerns.
pub fn check(input: &CostInput) -> Vec<Problem> {
    match params::resolve(input) {
        Ok((_, warnings)) => warnings,
        Err(errors) => errors,
    }
}

/// Whether a list of problems holds an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

fn triples(params: &Params) -> Triples<'_> {
    Triples {
        low: &params.low,
        expected: &params.expected,
        high: &params.high,
    }
}

fn monthly_salary(values: &Values, salary_is_annual: bool) -> f64 {
    if salary_is_annual {
        values[Input::AnnualSalary as usize]
            / (12.0 * (1.0 + values[Input::HolidayAllowancePct as usize] / 100.0))
    } else {
        values[Input::MonthlySalary as usize]
    }
}

/// The actual case, then the same hire ending at the end of probation (route `probation`), at
/// month 6 and at month 12 (route `mutual_agreement`), with the saving of each against the
/// actual case.
fn scenarios(
    base: &Params,
    actual: Scenario,
    draws: &[usize],
    simulation: Option<Simulation>,
) -> Scenarios {
    let months = base.contract_months;
    let probation = defaults::probation_max_months(base.contract, months);
    let (actual_total, actual_month, actual_route) =
        (actual.total.expected, actual.month, actual.route);
    let mut items = vec![actual];
    let mut omitted = Vec::new();
    for kind in ScenarioKind::ALTERNATIVES {
        let (month, route) = match kind {
            ScenarioKind::EndOfProbation => (probation, Route::Probation),
            ScenarioKind::Month12 => (12.0, Route::MutualAgreement),
            ScenarioKind::Month6 | ScenarioKind::Actual => (6.0, Route::MutualAgreement),
        };
        if kind == ScenarioKind::EndOfProbation && probation == 0.0 {
            omitted.push((kind, notes::NO_PROBATION));
            continue;
        }
        // The actual case already stands first; the same moment again would only repeat it.
        if month == actual_month && route == actual_route {
            continue;
        }
        if base.contract == Contract::Fixed && months.is_some_and(|length| month > length) {
            omitted.push((kind, notes::AFTER_CONTRACT_END));
            continue;
        }
        let params = scenario_params(base, month, route);
        let amounts = model::evaluate(&params.expected, &params.fixed);
        let categories = model::category_totals(&amounts);
        let spread = simulation.map(|s| {
            simulate::simulate(&triples(&params), &params.fixed, draws, s.samples, s.seed)
        });
        let total: f64 = categories.iter().sum();
        items.push(Scenario {
            kind,
            month,
            route,
            total: Summary {
                expected: total,
                percentiles: spread.map(|s| s.total),
            },
            categories: Category::ALL.map(|c| Summary {
                expected: categories[c as usize],
                percentiles: spread.map(|s| s.categories[c as usize]),
            }),
            saving: actual_total - total,
        });
    }
    Scenarios {
        items,
        omitted,
        compared_with: ScenarioKind::Actual,
        notes: vec![notes::SCENARIOS],
    }
}

/// `base` with the exit moved to `month` by `route`. Exit inputs the file did not give take the
/// scenario route's defaults, and a procedure time given for another route is not carried over.
fn scenario_params(base: &Params, month: f64, route: Route) -> Params {
    let mut params = base.clone();
    params.fixed.route = route;
    params.set_exact(Input::ExitMonth, month);
    let given = |input: Input| base.given[input as usize];
    if !given(Input::NoticeMonths) {
        params.set_exact(Input::NoticeMonths, 1.0);
    }
    if !given(Input::ProcedureMonths) || base.fixed.route != route {
        params.set_exact(
            Input::ProcedureMonths,
            defaults::default_procedure_months(route).0,
        );
    }
    params
}
