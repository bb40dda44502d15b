//! From the input file to the numbers the model runs on: every numeric input as a triple
//! `(low, expected, high)`, defaults filled in and listed as assumptions, and every semantic
//! problem collected (see [`crate::check`]).

use crate::check::{self, Problem};
use crate::defaults::{self, AssumedValue, Assumption, TRANSITION_PAYMENT_CAP, source};
use crate::input::{Contract, CostInput, Estimate, Route};
use crate::inputs::{INPUT_COUNT, Input, Unit, Values};

/// The model's inputs, resolved: defaults filled in, every value a `(low, expected, high)` triple.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub low: Values,
    pub expected: Values,
    pub high: Values,
    pub fixed: Fixed,
    pub contract: Contract,
    pub contract_months: Option<f64>,
    /// Which inputs the file gave (the others hold defaults); scenarios on another route replace
    /// the exit defaults of the file's route with their own.
    pub given: [bool; INPUT_COUNT],
    /// Which inputs the file gave as a range `{low, expected, high}` (even a collapsed one): these
    /// are the ones the simulation draws.
    pub ranged: [bool; INPUT_COUNT],
    pub assumptions: Vec<Assumption>,
}

/// What the model needs besides the sampled numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fixed {
    pub route: Route,
    /// The salary was given per year (including holiday allowance) and the monthly salary is
    /// derived from it in every sample.
    pub salary_is_annual: bool,
    pub transition_payment_cap: f64,
    /// The file gives no `own_hiring`: the mis-hire was hired as the successor will be.
    pub own_hiring_as_recruitment: bool,
    /// The file gives no `successor.onboarding_hours`: the successor takes the mis-hire's.
    pub successor_hours_from_onboarding: bool,
}

impl Params {
    /// The inputs to draw in a simulation, in input order.
    pub fn draws(&self) -> Vec<usize> {
        (0..INPUT_COUNT).filter(|&i| self.ranged[i]).collect()
    }

    pub fn set_exact(&mut self, input: Input, value: f64) {
        let i = input as usize;
        (self.low[i], self.expected[i], self.high[i]) = (value, value, value);
    }
}

/// Checks `input` and resolves it into [`Params`]. Returns every error at once; warnings (values
/// the chosen route does not use) come back alongside a successful result.
pub fn resolve(input: &CostInput) -> Result<(Params, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let route = input.exit.route;
    let contract = input.contract.unwrap_or_default();

    check::check_salary(input, &mut problems);
    check::check_contract(input, contract, &mut problems);

    let mut low = [0.0; INPUT_COUNT];
    let mut expected = [0.0; INPUT_COUNT];
    let mut high = [0.0; INPUT_COUNT];
    let mut assumptions = Vec::new();
    if input.contract.is_none() {
        assumptions.push(Assumption {
            input: "contract".into(),
            value: AssumedValue::Contract(Contract::Indefinite),
            source: source::CONTRACT,
        });
    }
    let mut sections_reported = Vec::new();

    for item in Input::ALL {
        let i = item as usize;
        match item.given(input) {
            Some(estimate) => {
                check::check_estimate(item, estimate, &mut problems);
                (low[i], expected[i], high[i]) = estimate.triple();
            }
            None => {
                let default = match item {
                    Input::MonthlySalary | Input::AnnualSalary => None,
                    Input::HolidayAllowancePct => Some((8.0, source::HOLIDAY_ALLOWANCE)),
                    Input::EmployerOncostPct => Some((30.0, source::EMPLOYER_ONCOST)),
                    Input::ProductivityPct => Some((50.0, source::PRODUCTIVITY)),
                    Input::NoticeMonths if route == Route::Resignation => {
                        Some((1.0, source::NOTICE_EMPLOYEE))
                    }
                    Input::NoticeMonths if route.has_notice() => Some((1.0, source::NOTICE)),
                    Input::ProcedureMonths if route.has_dismissal_costs() => {
                        Some(defaults::default_procedure_months(route))
                    }
                    Input::ExtraSeverance if route.has_dismissal_costs() => {
                        Some((0.0, source::EXTRA_SEVERANCE))
                    }
                    Input::LegalCosts if route.has_dismissal_costs() => {
                        Some((0.0, source::LEGAL_COSTS))
                    }
                    // Not used on this route: nothing to assume.
                    Input::NoticeMonths
                    | Input::ProcedureMonths
                    | Input::ExtraSeverance
                    | Input::LegalCosts => None,
                    // The successor is recruited even when the file says nothing about it.
                    Input::AgencyFeePct if input.recruitment.is_none() => {
                        Some((20.0, source::AGENCY_FEE))
                    }
                    Input::RecruitmentFixed if input.recruitment.is_none() => None,
                    Input::RampUpMonths => Some((3.0, source::RAMP_UP_MONTHS)),
                    Input::RampUpProductivityPct => Some((50.0, source::RAMP_UP_PRODUCTIVITY)),
                    // Taken from other inputs in the model (see `Fixed`); listed once below.
                    Input::SuccessorOnboardingHours
                    | Input::OwnAgencyFeePct
                    | Input::OwnHiringFixed => None,
                    Input::LostMarginPerMonth => {
                        assumptions.push(Assumption {
                            input: "lost_output".into(),
                            value: AssumedValue::NoCosts,
                            source: source::LOST_OUTPUT,
                        });
                        None
                    }
                    _ => match item.section(input) {
                        Some((section, false)) => {
                            if !sections_reported.contains(&section) {
                                sections_reported.push(section);
                                assumptions.push(Assumption {
                                    input: section.into(),
                                    value: AssumedValue::NoCosts,
                                    source: source::NOT_GIVEN,
                                });
                            }
                            None
                        }
                        _ => Some((0.0, source::NOT_GIVEN)),
                    },
                };
                if let Some((value, source)) = default {
                    (low[i], expected[i], high[i]) = (value, value, value);
                    assumptions.push(Assumption {
                        input: item.key(),
                        value: AssumedValue::Quantity(value, item.unit()),
                        source,
                    });
                }
            }
        }
    }

    let cap = match input.exit.transition_payment_cap {
        Some(cap) => {
            check::check_cap(cap, route, &mut problems);
            cap
        }
        None => {
            if route.owes_transition_payment() {
                assumptions.push(Assumption {
                    input: "exit.transition_payment_cap".into(),
                    value: AssumedValue::Quantity(TRANSITION_PAYMENT_CAP, Unit::Euro),
                    source: source::TRANSITION_CAP,
                });
            }
            TRANSITION_PAYMENT_CAP
        }
    };

    let own_hiring_as_recruitment = input.own_hiring.is_none();
    if own_hiring_as_recruitment {
        assumptions.push(Assumption {
            input: "own_hiring".into(),
            value: AssumedValue::SameAs("recruitment"),
            source: source::OWN_HIRING,
        });
    }
    let successor_hours_from_onboarding = Input::SuccessorOnboardingHours.given(input).is_none();
    if successor_hours_from_onboarding && input.onboarding.is_some() {
        assumptions.push(Assumption {
            input: "successor.onboarding_hours".into(),
            value: AssumedValue::SameAs("onboarding"),
            source: source::SUCCESSOR_HOURS,
        });
    }

    let salary_is_annual = input.monthly_salary.is_none() && input.annual_salary.is_some();
    if salary_is_annual {
        let h = expected[Input::HolidayAllowancePct as usize] / 100.0;
        let monthly = expected[Input::AnnualSalary as usize] / (12.0 * (1.0 + h));
        assumptions.insert(
            0,
            Assumption {
                input: "monthly_salary".into(),
                value: AssumedValue::Quantity((monthly * 100.0).round() / 100.0, Unit::Euro),
                source: source::DERIVED_SALARY,
            },
        );
    }

    check::check_exit(
        input,
        contract,
        (
            low[Input::ExitMonth as usize],
            high[Input::ExitMonth as usize],
        ),
        &mut problems,
    );
    let warnings = check::unused_on_route(input);

    if problems.is_empty() {
        let fixed = Fixed {
            route,
            salary_is_annual,
            transition_payment_cap: cap,
            own_hiring_as_recruitment,
            successor_hours_from_onboarding,
        };
        let params = Params {
            low,
            expected,
            high,
            fixed,
            contract,
            contract_months: input.contract_months,
            given: Input::ALL.map(|item| item.given(input).is_some()),
            ranged: Input::ALL.map(|item| matches!(item.given(input), Some(Estimate::Range(_)))),
            assumptions,
        };
        Ok((params, warnings))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::probation_max_months;

    #[test]
    fn input_order_matches_the_enum() {
        for (i, item) in Input::ALL.iter().enumerate() {
            assert_eq!(*item as usize, i);
        }
    }

    #[test]
    fn probation_maximum_follows_art_7_652() {
        assert_eq!(probation_max_months(Contract::Indefinite, None), 2.0);
        assert_eq!(probation_max_months(Contract::Fixed, Some(6.0)), 0.0);
        assert_eq!(probation_max_months(Contract::Fixed, Some(7.0)), 1.0);
        assert_eq!(probation_max_months(Contract::Fixed, Some(23.0)), 1.0);
        assert_eq!(probation_max_months(Contract::Fixed, Some(24.0)), 2.0);
    }

    #[test]
    fn defaults_are_listed_as_assumptions() {
        let input = CostInput::new(5500.0, 6.0, Route::Court);
        let (params, warnings) = resolve(&input).unwrap();
        assert!(warnings.is_empty());
        let names: Vec<&str> = params
            .assumptions
            .iter()
            .map(|a| a.input.as_str())
            .collect();
        for expected in [
            "contract",
            "holiday_allowance_pct",
            "employer_oncost_pct",
            "exit.notice_months",
            "exit.procedure_months",
            "productivity_pct",
            "onboarding",
            "training_costs",
            "own_hiring",
            "recruitment.agency_fee_pct",
            "successor.ramp_up_months",
            "successor.productivity_pct",
            "vacancy",
            "indirect",
            "lost_output",
            "exit.transition_payment_cap",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        assert_eq!(params.expected[Input::ProcedureMonths as usize], 2.0);
    }

    #[test]
    fn every_bad_value_is_reported_at_once() {
        let mut input = CostInput::new(-5500.0, 6.0, Route::MutualAgreement);
        input.holiday_allowance_pct = Some(Estimate::Exact(108.0));
        input.exit.month = Estimate::Range(crate::Range {
            low: 8.0,
            expected: 6.0,
            high: 12.0,
        });
        let problems = resolve(&input).unwrap_err();
        let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            ["/monthly_salary", "/holiday_allowance_pct", "/exit/month"]
        );
    }
}
