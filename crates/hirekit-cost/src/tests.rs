//! Worked examples recomputed by hand for every route, and the invariants of issue 5 as
//! property tests.

use proptest::prelude::*;

use crate::*;

fn exact(v: f64) -> Option<Estimate> {
    Some(Estimate::Exact(v))
}

/// S = 4,000, H = 8%, O = 25% → S × (1+H) = 4,320 and E = 5,400; productivity 40% → 0.6 unproductive.
/// Onboarding 5 h/week × 10 weeks × €60, training €1,000, agency 25% + €500, vacancy 10 × €1,000,
/// delay 2 × €1,500, rework 20 × €70, penalties €2,500, attrition 5% × €40,000.
fn worked(month: f64, route: Route) -> CostInput {
    let mut input = CostInput::new(4000.0, month, route);
    input.holiday_allowance_pct = exact(8.0);
    input.employer_oncost_pct = exact(25.0);
    input.productivity_pct = exact(40.0);
    input.onboarding = Some(Onboarding {
        colleague_hours_per_week: exact(5.0),
        weeks: exact(10.0),
        colleague_hourly_cost: exact(60.0),
    });
    input.training_costs = exact(1000.0);
    input.recruitment = Some(Recruitment {
        agency_fee_pct: exact(25.0),
        fixed: exact(500.0),
    });
    input.vacancy = Some(Vacancy {
        weeks_to_replace: exact(10.0),
        weekly_cost: exact(1000.0),
    });
    input.indirect = Some(Indirect {
        project_delay_weeks: exact(2.0),
        weekly_delay_cost: exact(1500.0),
        rework_hours: exact(20.0),
        rework_hourly_cost: exact(70.0),
        client_penalties: exact(2500.0),
        colleague_attrition_pct: exact(5.0),
        colleague_replacement_cost: exact(40000.0),
    });
    if route.has_dismissal_costs() {
        input.exit.extra_severance = exact(3000.0);
        input.exit.legal_costs = exact(1500.0);
    }
    input
}

// Replacement (25% × 12 × 4,320 + 500 = 13,460; 10 × 1,000 = 10,000) and indirect costs
// (3,000 + 1,400 + 2,500 + 2,000) are the same on every route.
const REPLACEMENT: f64 = 13_460.0 + 10_000.0;
const INDIRECT: f64 = 3_000.0 + 1_400.0 + 2_500.0 + 2_000.0;

fn amounts(cost: &MisHireCost) -> Vec<(&'static str, f64)> {
    cost.lines.iter().map(|l| (l.id.key(), l.amount)).collect()
}

fn category(cost: &MisHireCost, category: Category) -> f64 {
    cost.categories[category as usize].summary.expected
}

fn run(input: &CostInput) -> MisHireCost {
    estimate(input, &Options::default()).unwrap()
}

#[test]
fn probation_by_hand() {
    let cost = run(&worked(1.5, Route::Probation));
    // Unproductive 5,400 × 1.5 × 0.6 = 4,860; onboarding only while employed: 1.5 × 52/12 = 6.5
    // weeks → 5 × 6.5 × 60 = 1,950; transition 4,320 × 1.5 / 36 = 180; nothing else on exit.
    assert_eq!(
        amounts(&cost)[..4],
        [
            ("unproductive_pay", 4_860.0),
            ("onboarding", 1_950.0),
            ("training", 1_000.0),
            ("transition_payment", 180.0)
        ]
    );
    assert!(cost.lines.iter().all(|l| l.id != LineId::Notice));
    assert_eq!(category(&cost, Category::Exit), 180.0);
    assert_eq!(
        cost.total.expected,
        4_860.0 + 1_950.0 + 1_000.0 + 180.0 + REPLACEMENT + INDIRECT
    );
    assert_eq!(cost.total.expected, 40_350.0);
    assert!(cost.total.percentiles.is_none());
    let onboarding = &cost.lines[1].formula.render(Language::En);
    assert_eq!(
        onboarding,
        "5 h/week × 6.5 weeks (employed 1.5 months) × €60"
    );
}

#[test]
fn fixed_term_end_by_hand() {
    let mut input = worked(12.0, Route::FixedTermEnd);
    input.contract = Some(Contract::Fixed);
    input.contract_months = Some(12.0);
    let cost = run(&input);
    // Unproductive 5,400 × 12 × 0.6 = 38,880; onboarding 5 × 10 × 60 = 3,000; transition
    // 4,320 × 12 / 36 = 1,440 (owed on non-renewal too).
    assert_eq!(
        category(&cost, Category::Direct),
        38_880.0 + 3_000.0 + 1_000.0
    );
    assert_eq!(category(&cost, Category::Exit), 1_440.0);
    assert_eq!(cost.total.expected, 76_680.0);
}

#[test]
fn mutual_agreement_by_hand() {
    let cost = run(&worked(6.0, Route::MutualAgreement));
    // Exit: transition 4,320 × 6 / 36 = 720; notice 5,400 × 1 (default); procedure 0 (default);
    // extra severance 3,000; legal costs 1,500.
    assert_eq!(
        amounts(&cost)[3..8],
        [
            ("transition_payment", 720.0),
            ("notice", 5_400.0),
            ("procedure", 0.0),
            ("extra_severance", 3_000.0),
            ("legal_costs", 1_500.0)
        ]
    );
    assert_eq!(
        category(&cost, Category::Direct),
        5_400.0 * 6.0 * 0.6 + 3_000.0 + 1_000.0
    );
    assert_eq!(cost.total.expected, 66_420.0);
    assert_eq!(cost.reference.amount, 15_552.0); // 30% × 12 × 4,320
    assert_eq!(
        cost.lines[0].formula.render(Language::En),
        "€4,000 × 1.08 × 1.25 × 6 months × (100% − 40%)"
    );
    assert_eq!(
        cost.lines[3].formula.render(Language::Nl),
        "€ 4.000 × 1,08 × 6 maanden / 36"
    );
}

#[test]
fn uwv_by_hand() {
    let cost = run(&worked(9.0, Route::Uwv));
    // Procedure defaults to 1.5 months: 5,400 × 1.5 = 8,100.
    assert_eq!(
        category(&cost, Category::Exit),
        1_080.0 + 5_400.0 + 8_100.0 + 3_000.0 + 1_500.0
    );
    assert_eq!(cost.total.expected, 84_600.0);
    assert!(cost.notes.contains(&crate::result::notes::UWV_ROUTE));
}

#[test]
fn court_by_hand() {
    let cost = run(&worked(10.0, Route::Court));
    // Procedure defaults to 2 months: 5,400 × 2 = 10,800; transition 4,320 × 10 / 36 = 1,200.
    assert_eq!(
        category(&cost, Category::Exit),
        1_200.0 + 5_400.0 + 10_800.0 + 3_000.0 + 1_500.0
    );
    assert_eq!(cost.total.expected, 90_660.0);
}

#[test]
fn annual_salary_gives_the_same_result() {
    let mut input = worked(6.0, Route::MutualAgreement);
    input.monthly_salary = None;
    input.annual_salary = exact(4_000.0 * 12.0 * 1.08);
    let cost = run(&input);
    assert_eq!(cost.total.expected, 66_420.0);
    assert_eq!(cost.assumptions[0].input, "monthly_salary");
    assert_eq!(
        cost.assumptions[0].value,
        AssumedValue::Quantity(4_000.0, Unit::Euro)
    );
}

#[test]
fn transition_payment_cap_applies_and_is_overridable() {
    // 40 years at €10,000: 10,800 × 480 / 36 = 144,000 > max(102,000, one year 129,600).
    let input = CostInput::new(10_000.0, 480.0, Route::Court);
    let cost = run(&input);
    let line = &cost.lines[3];
    assert_eq!(line.amount, 129_600.0);
    assert_eq!(
        line.formula.render(Language::En),
        "€10,000 × 1.08 × 480 months / 36, capped at €129,600"
    );
    let mut input = input;
    input.exit.transition_payment_cap = Some(140_000.0);
    assert_eq!(run(&input).lines[3].amount, 140_000.0);
    assert!(
        run(&input)
            .assumptions
            .iter()
            .all(|a| a.input != "exit.transition_payment_cap")
    );
}

#[test]
fn scenarios_compare_probation_month_6_and_12() {
    let options = Options {
        scenarios: true,
        ..Options::default()
    };
    let cost = estimate(
        &CostInput::new(5_500.0, 6.0, Route::MutualAgreement),
        &options,
    )
    .unwrap();
    let scenarios = cost.scenarios.unwrap();
    let totals: Vec<(ScenarioKind, f64, f64)> = scenarios
        .items
        .iter()
        .map(|s| (s.kind, s.total.expected, s.saving))
        .collect();
    // E = 7,722. Probation (month 2): 7,722 + 330. Month 6: 23,166 + 990 + 7,722.
    // Month 12: 46,332 + 1,980 + 7,722 = 56,034.
    assert_eq!(
        totals,
        [
            (ScenarioKind::EndOfProbation, 8_052.0, 47_982.0),
            (ScenarioKind::Month6, 31_878.0, 24_156.0),
            (ScenarioKind::Month12, 56_034.0, 0.0)
        ]
    );
}

#[test]
fn short_fixed_term_contracts_omit_impossible_scenarios() {
    let mut input = CostInput::new(4_000.0, 5.0, Route::FixedTermEnd);
    input.contract = Some(Contract::Fixed);
    input.contract_months = Some(6.0);
    let options = Options {
        scenarios: true,
        ..Options::default()
    };
    let scenarios = estimate(&input, &options).unwrap().scenarios.unwrap();
    let kinds: Vec<ScenarioKind> = scenarios.items.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [ScenarioKind::Month6]);
    let omitted: Vec<ScenarioKind> = scenarios.omitted.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        omitted,
        [ScenarioKind::EndOfProbation, ScenarioKind::Month12]
    );
}

#[test]
fn the_same_seed_gives_the_same_percentiles() {
    let mut input = worked(6.0, Route::Court);
    input.exit.month = Estimate::Range(Range {
        low: 4.0,
        expected: 6.0,
        high: 10.0,
    });
    let options = Options {
        samples: 5_000,
        ..Options::default()
    };
    let a = estimate(&input, &options).unwrap();
    let b = estimate(&input, &options).unwrap();
    assert_eq!(a.total.percentiles, b.total.percentiles);
    let other = estimate(&input, &Options { seed: 7, ..options }).unwrap();
    assert_ne!(a.total.percentiles, other.total.percentiles);
}

// ---- properties ----

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
            };
        }
        v
    })
}

fn route() -> impl Strategy<Value = Route> {
    proptest::sample::select(Route::ALL.to_vec())
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
        cap in 0.0..200_000.0f64,
        which in 0..INPUT_COUNT,
        step in 0.0..10_000.0f64,
    ) {
        let fixed = Fixed { route, salary_is_annual: annual, transition_payment_cap: cap };
        let input = Input::ALL[which];
        let mut grown = v;
        grown[which] = if input.unit() == Unit::Percent { (v[which] + step).min(100.0) } else { v[which] + step };
        let (before, after) = (total(&v, &fixed), total(&grown, &fixed));
        if input == Input::ProductivityPct {
            // The one input that is not a cost: a more productive hire costs less.
            prop_assert!(after <= before, "{input:?}: {before} -> {after}");
        } else {
            prop_assert!(after >= before, "{input:?}: {before} -> {after}");
        }
    }

    #[test]
    fn total_never_decreases_when_the_cap_grows(v in values(), route in route(), cap in 0.0..200_000.0f64, step in 0.0..50_000.0f64) {
        let fixed = Fixed { route, salary_is_annual: false, transition_payment_cap: cap };
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
        let fixed = Fixed { route, salary_is_annual: false, transition_payment_cap: TRANSITION_PAYMENT_CAP };
        let draws: Vec<usize> = (0..INPUT_COUNT).collect();
        let spread = simulate(&Triples { low: &low, expected: &expected, high: &high }, &fixed, &draws, 300, seed);
        for p in std::iter::once(spread.total).chain(spread.categories) {
            prop_assert!(p.p10 <= p.p50 && p.p50 <= p.p90, "{p:?}");
        }
    }

    #[test]
    fn collapsed_ranges_give_the_expected_value(
        v in values(),
        route in prop_oneof![Just(Route::MutualAgreement), Just(Route::Uwv), Just(Route::Court), Just(Route::Probation)],
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
        for c in &cost.categories {
            let p = c.summary.percentiles.unwrap();
            prop_assert_eq!((p.p10, p.p50, p.p90), (c.summary.expected, c.summary.expected, c.summary.expected));
        }
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
    if route.has_dismissal_costs() {
        input.exit.notice_months = r(Input::NoticeMonths);
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
