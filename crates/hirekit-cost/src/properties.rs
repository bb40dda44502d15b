//! The model's invariants as property tests: monotone in every cost input, ordered
//! percentiles, and collapsed ranges that behave like plain numbers.

use proptest::prelude::*;

use crate::*;

/// A valid set of model inputs: amounts up to €200k, percentages 0-100, months up to 60.
fn values() -> impl Strategy<Value = Values> {
    proptest::collection::vec(0.0..1.0f64, INPUT_COUNT).prop_map(|u| {
        let mut v = [0.0; INPUT_COUNT];
        for input in Input::ALL {
            let i = input as usize;
            v[i] = match input.unit() {
                Unit::Percent => u[i] * 100.0,
                Unit::Months => u[i] * 60.0,
                Unit::Weeks => u[i] * 52.0,
                Unit::Hours => u[i] * 500.0,
                Unit::HoursPerWeek => u[i] * 40.0,
                Unit::Euro => u[i] * 200_000.0,
            }
            .min(input.max());
        }
        v
    })
}

fn route() -> impl Strategy<Value = Route> {
    proptest::sample::select(Route::ALL.to_vec())
}

fn fixed(route: Route, cap: f64) -> Fixed {
    Fixed {
        route,
        salary_is_annual: false,
        transition_payment_cap: cap,
        own_hiring_as_recruitment: true,
        successor_hours_from_onboarding: true,
    }
}

fn total(v: &Values, fixed: &Fixed) -> f64 {
    evaluate(v, fixed).iter().sum()
}

proptest! {
    #[test]
    fn total_never_decreases_when_a_cost_input_grows(
        v in values(),
        route in route(),
        annual in any::<bool>(),
        own_as_successor in any::<bool>(),
        hours_from_onboarding in any::<bool>(),
        cap in 0.0..200_000.0f64,
        which in 0..INPUT_COUNT,
        step in 0.0..10_000.0f64,
    ) {
        let fixed = Fixed {
            route,
            salary_is_annual: annual,
            transition_payment_cap: cap,
            own_hiring_as_recruitment: own_as_successor,
            successor_hours_from_onboarding: hours_from_onboarding,
        };
        let input = Input::ALL[which];
        let mut grown = v;
        grown[which] = if input.unit() == Unit::Percent { (v[which] + step).min(100.0) } else { v[which] + step };
        let (before, after) = (total(&v, &fixed), total(&grown, &fixed));
        if matches!(input, Input::ProductivityPct | Input::RampUpProductivityPct) {
            // The inputs that are not costs: a more productive hire costs less.
            prop_assert!(after <= before, "{input:?}: {before} -> {after}");
        } else {
            prop_assert!(after >= before, "{input:?}: {before} -> {after}");
        }
    }

    #[test]
    fn total_never_decreases_when_the_cap_grows(v in values(), route in route(), cap in 0.0..200_000.0f64, step in 0.0..50_000.0f64) {
        let fixed = fixed(route, cap);
        let raised = Fixed { transition_payment_cap: cap + step, ..fixed };
        prop_assert!(total(&v, &raised) >= total(&v, &fixed));
    }

    #[test]
    fn percentiles_are_ordered(
        low in values(),
        spread in values(),
        peak in proptest::collection::vec(0.0..=1.0f64, INPUT_COUNT),
        route in route(),
        seed in any::<u64>(),
    ) {
        let high: Values = std::array::from_fn(|i| {
            let h = low[i] + spread[i];
            if Input::ALL[i].unit() == Unit::Percent { h.min(100.0) } else { h }
        });
        let expected: Values = std::array::from_fn(|i| low[i] + peak[i] * (high[i] - low[i]));
        let fixed = fixed(route, TRANSITION_PAYMENT_CAP);
        let draws: Vec<usize> = (0..INPUT_COUNT).collect();
        let spread = simulate(&Triples { low: &low, expected: &expected, high: &high }, &fixed, &draws, 300, seed);
        for p in [spread.total, spread.from_decision].into_iter().chain(spread.categories) {
            prop_assert!(p.p10 <= p.p50 && p.p50 <= p.p90, "{p:?}");
        }
    }

    #[test]
    fn collapsed_ranges_give_the_expected_value(
        v in values(),
        route in prop_oneof![Just(Route::MutualAgreement), Just(Route::Uwv), Just(Route::Court), Just(Route::Probation), Just(Route::Resignation)],
        seed in any::<u64>(),
    ) {
        let mut v = v;
        if route == Route::Probation {
            v[Input::ExitMonth as usize] /= 30.0; // within 2 months
        }
        let input = collapsed_input(&v, route);
        let cost = estimate(&input, &Options { samples: 200, seed, scenarios: false }).unwrap();
        let expected = cost.total.expected;
        let p = cost.total.percentiles.unwrap();
        prop_assert_eq!((p.p10, p.p50, p.p90), (expected, expected, expected));
        let d = cost.total_from_decision;
        let p = d.percentiles.unwrap();
        prop_assert_eq!((p.p10, p.p50, p.p90), (d.expected, d.expected, d.expected));
        for c in &cost.categories {
            let p = c.summary.percentiles.unwrap();
            prop_assert_eq!((p.p10, p.p50, p.p90), (c.summary.expected, c.summary.expected, c.summary.expected));
        }
    }
}

/// The bounds are what keeps the arithmetic exact: with every input at its largest accepted value
/// the totals stay below 2^53, so the JSON integer, the table and the sum of the lines agree.
#[test]
fn every_input_at_its_bound_gives_exact_totals_in_every_format() {
    let v: Values = std::array::from_fn(|i| Input::ALL[i].max());
    for route in [Route::Court, Route::Resignation] {
        let input = collapsed_input(&v, route);
        let cost = estimate(
            &input,
            &Options {
                samples: 10,
                ..Options::default()
            },
        )
        .unwrap();
        let sum: f64 = cost.lines.iter().map(|l| l.amount).sum();
        assert_eq!(cost.total.expected, sum);
        assert!(sum < 2f64.powi(53), "{sum}");
        let json = render::json(&cost, Language::En);
        assert_eq!(json["total"]["expected"].as_i64(), Some(sum as i64));
        let table = render::table(&cost, Language::En);
        assert!(table.contains(&money(sum, Language::En)), "{table}");
    }
}

/// An input that gives every value as a range with low = expected = high.
fn collapsed_input(v: &Values, route: Route) -> CostInput {
    let r = |input: Input| {
        let x = v[input as usize];
        Some(Estimate::Range(Range {
            low: x,
            expected: x,
            high: x,
        }))
    };
    let mut input = CostInput::new(0.0, 0.0, route);
    input.monthly_salary = r(Input::MonthlySalary);
    input.holiday_allowance_pct = r(Input::HolidayAllowancePct);
    input.employer_oncost_pct = r(Input::EmployerOncostPct);
    input.productivity_pct = r(Input::ProductivityPct);
    input.training_costs = r(Input::TrainingCosts);
    input.exit = Exit {
        month: Estimate::Range(Range {
            low: v[Input::ExitMonth as usize],
            expected: v[Input::ExitMonth as usize],
            high: v[Input::ExitMonth as usize],
        }),
        route,
        notice_months: None,
        procedure_months: None,
        extra_severance: None,
        legal_costs: None,
        transition_payment_cap: None,
    };
    if route.has_notice() {
        input.exit.notice_months = r(Input::NoticeMonths);
    }
    if route.has_dismissal_costs() {
        input.exit.procedure_months = r(Input::ProcedureMonths);
        input.exit.extra_severance = r(Input::ExtraSeverance);
        input.exit.legal_costs = r(Input::LegalCosts);
    }
    input.onboarding = Some(Onboarding {
        colleague_hours_per_week: r(Input::ColleagueHoursPerWeek),
        weeks: r(Input::OnboardingWeeks),
        colleague_hourly_cost: r(Input::ColleagueHourlyCost),
    });
    input.recruitment = Some(Recruitment {
        agency_fee_pct: r(Input::AgencyFeePct),
        fixed: r(Input::RecruitmentFixed),
    });
    input.own_hiring = Some(Recruitment {
        agency_fee_pct: r(Input::OwnAgencyFeePct),
        fixed: r(Input::OwnHiringFixed),
    });
    input.successor = Some(Successor {
        ramp_up_months: r(Input::RampUpMonths),
        productivity_pct: r(Input::RampUpProductivityPct),
        onboarding_hours: r(Input::SuccessorOnboardingHours),
    });
    input.lost_output = Some(LostOutput {
        margin_per_month: r(Input::LostMarginPerMonth),
    });
    input.vacancy = Some(Vacancy {
        weeks_to_replace: r(Input::WeeksToReplace),
        weekly_cost: r(Input::VacancyWeeklyCost),
    });
    input.indirect = Some(Indirect {
        project_delay_weeks: r(Input::ProjectDelayWeeks),
        weekly_delay_cost: r(Input::WeeklyDelayCost),
        rework_hours: r(Input::ReworkHours),
        rework_hourly_cost: r(Input::ReworkHourlyCost),
        client_penalties: r(Input::ClientPenalties),
        colleague_attrition_pct: r(Input::ColleagueAttritionPct),
        colleague_replacement_cost: r(Input::ColleagueReplacementCost),
    });
    input
}
