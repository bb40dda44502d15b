//! Worked examples recomputed by hand for every route (the invariants are property tests in
//! `properties.rs`).

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

// Hiring the mis-hire (by default as the successor: 25% × 12 × 4,320 + 500 = 13,460),
// replacement (recruiting 13,460; ramp-up by default 3 months at 50%: 5,400 × 3 × 50% = 8,100,
// plus the mis-hire's 5 × 10 = 50 onboarding hours × 60 = 3,000; vacancy 10 × 1,000 = 10,000)
// and indirect costs (3,000 + 1,400 + 2,500 + 2,000) are the same on every route.
const OWN_HIRING: f64 = 13_460.0;
const REPLACEMENT: f64 = 13_460.0 + 11_100.0 + 10_000.0;
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
        amounts(&cost)[..5],
        [
            ("unproductive_pay", 4_860.0),
            ("onboarding", 1_950.0),
            ("training", 1_000.0),
            ("own_hiring", OWN_HIRING),
            ("transition_payment", 180.0)
        ]
    );
    assert!(cost.lines.iter().all(|l| l.id != LineId::Notice));
    assert_eq!(category(&cost, Category::Exit), 180.0);
    assert_eq!(
        cost.total.expected,
        4_860.0 + 1_950.0 + 1_000.0 + OWN_HIRING + 180.0 + REPLACEMENT + INDIRECT
    );
    assert_eq!(cost.total.expected, 64_910.0);
    assert_eq!(
        cost.total_from_decision.expected,
        180.0 + REPLACEMENT + INDIRECT
    );
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
        38_880.0 + 3_000.0 + 1_000.0 + OWN_HIRING
    );
    assert_eq!(category(&cost, Category::Exit), 1_440.0);
    assert_eq!(cost.total.expected, 101_240.0);
}

#[test]
fn mutual_agreement_by_hand() {
    let cost = run(&worked(6.0, Route::MutualAgreement));
    // Exit: transition over 6 months + 1 month notice: 4,320 × 7 / 36 = 840; notice 5,400 × 1
    // (default); procedure 0 (default); extra severance 3,000; legal costs 1,500.
    assert_eq!(
        amounts(&cost)[4..9],
        [
            ("transition_payment", 840.0),
            ("notice", 5_400.0),
            ("procedure", 0.0),
            ("extra_severance", 3_000.0),
            ("legal_costs", 1_500.0)
        ]
    );
    assert_eq!(
        category(&cost, Category::Direct),
        5_400.0 * 6.0 * 0.6 + 3_000.0 + 1_000.0 + OWN_HIRING
    );
    assert_eq!(cost.total.expected, 91_100.0);
    assert_eq!(cost.situation.last_month, 7.0);
    assert_eq!(cost.reference.amount, 15_552.0); // 30% × 12 × 4,320
    assert_eq!(
        cost.lines[0].formula.render(Language::En),
        "€4,000 × 1.08 × 1.25 × 6 months × (100% − 40%)"
    );
    assert_eq!(
        cost.lines[4].formula.render(Language::Nl),
        "€ 4.000 × 1,08 × 7 maanden / 36 (besluit 6 + opzegtermijn 1)"
    );
}

#[test]
fn uwv_by_hand() {
    let cost = run(&worked(9.0, Route::Uwv));
    // Procedure defaults to 1.5 months: 5,400 × 1.5 = 8,100; transition over 9 + 1.5 + 1 =
    // 11.5 months: 4,320 × 11.5 / 36 = 1,380.
    assert_eq!(
        category(&cost, Category::Exit),
        1_380.0 + 5_400.0 + 8_100.0 + 3_000.0 + 1_500.0
    );
    assert_eq!(cost.total.expected, 109_460.0);
    assert!(cost.notes.contains(&crate::result::notes::UWV_ROUTE));
}

#[test]
fn court_by_hand() {
    let cost = run(&worked(10.0, Route::Court));
    // Procedure defaults to 2 months: 5,400 × 2 = 10,800; transition over 10 + 2 + 1 = 13
    // months: 4,320 × 13 / 36 = 1,560.
    assert_eq!(
        category(&cost, Category::Exit),
        1_560.0 + 5_400.0 + 10_800.0 + 3_000.0 + 1_500.0
    );
    assert_eq!(cost.total.expected, 115_580.0);
}

#[test]
fn resignation_by_hand() {
    let cost = run(&worked(6.0, Route::Resignation));
    // No transition payment (art. 7:673 lid 1 BW), no procedure, severance or legal costs: only
    // the employee's month of notice, 5,400, paid in full.
    let exit: Vec<_> = cost
        .lines
        .iter()
        .filter(|l| l.category == Category::Exit)
        .map(|l| (l.id.key(), l.amount))
        .collect();
    assert_eq!(exit, [("notice", 5_400.0)]);
    assert_eq!(cost.total.expected, 85_760.0);
    assert_eq!(
        cost.total_from_decision.expected,
        5_400.0 + REPLACEMENT + INDIRECT
    );
    let notice = cost
        .assumptions
        .iter()
        .find(|a| a.input == "exit.notice_months")
        .unwrap();
    assert_eq!(notice.source, defaults::source::NOTICE_EMPLOYEE);
    assert!(
        cost.assumptions
            .iter()
            .all(|a| a.input != "exit.transition_payment_cap")
    );
}

#[test]
fn a_severance_on_a_resignation_is_refused_with_the_legal_reason() {
    let mut input = worked(6.0, Route::Resignation);
    input.exit.extra_severance = exact(2_000.0);
    input.exit.transition_payment_cap = Some(102_000.0);
    let problems = check(&input);
    let found: Vec<(&str, bool)> = problems
        .iter()
        .map(|p| {
            (
                p.pointer.as_str(),
                p.message.contains("art. 7:673 lid 1 BW"),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("/exit/transition_payment_cap", true),
            ("/exit/extra_severance", true)
        ]
    );
}

#[test]
fn lost_output_is_an_explicit_line() {
    let mut input = worked(6.0, Route::MutualAgreement);
    let without = run(&input);
    let benchmark = without.lost_output_benchmark.as_ref().unwrap();
    // Topgrading: 15 × 12 × 4,320.
    assert_eq!(benchmark.amount, 777_600.0);
    input.lost_output = Some(LostOutput {
        margin_per_month: exact(2_600.0),
    });
    let with = run(&input);
    // 10 weeks vacant = 10 × 12/52 months, plus 3 months of ramp-up at half output:
    // 2,600 × (120/52 + 1.5) = 6,000 + 3,900 = 9,900.
    let line = with
        .lines
        .iter()
        .find(|l| l.id == LineId::LostOutput)
        .unwrap();
    assert_eq!(line.amount, 9_900.0);
    assert_eq!(
        line.formula.render(Language::En),
        "€2,600 × (10 weeks × 12/52 + 3 months × (100% − 50%))"
    );
    assert_eq!(with.total.expected, without.total.expected + 9_900.0);
    assert!(with.lost_output_benchmark.is_none());
}

#[test]
fn annual_salary_gives_the_same_result() {
    let mut input = worked(6.0, Route::MutualAgreement);
    input.monthly_salary = None;
    input.annual_salary = exact(4_000.0 * 12.0 * 1.08);
    let cost = run(&input);
    assert_eq!(cost.total.expected, 91_100.0);
    assert_eq!(cost.assumptions[0].input, "monthly_salary");
    assert_eq!(
        cost.assumptions[0].value,
        AssumedValue::Quantity(4_000.0, Unit::Euro)
    );
}

#[test]
fn transition_payment_cap_applies_and_is_overridable() {
    // 40 years at €10,000, then 2 months of procedure and 1 of notice: 10,800 × 483 / 36 =
    // 144,900 > max(102,000, one year 129,600).
    let input = CostInput::new(10_000.0, 480.0, Route::Court);
    let transition = |cost: MisHireCost| {
        cost.lines
            .into_iter()
            .find(|l| l.id == LineId::TransitionPayment)
            .unwrap()
    };
    let line = transition(run(&input));
    assert_eq!(line.amount, 129_600.0);
    assert_eq!(
        line.formula.render(Language::En),
        "€10,000 × 1.08 × 483 months / 36 (decision 480 + procedure 2 + notice 1), capped at €129,600"
    );
    let mut input = input;
    input.exit.transition_payment_cap = Some(140_000.0);
    assert_eq!(transition(run(&input)).amount, 140_000.0);
    assert!(
        run(&input)
            .assumptions
            .iter()
            .all(|a| a.input != "exit.transition_payment_cap")
    );
}

#[test]
fn scenarios_are_compared_with_the_actual_case() {
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
    // E = 7,722. Every scenario has hiring (20% × 12 × 5,940 = 14,256) twice and the ramp-up
    // (7,722 × 1.5 = 11,583): 40,095. Probation (month 2): + 7,722 + 5,940 × 2 / 36 = 330.
    // Month 6 (this case): + 23,166 + 5,940 × 7 / 36 = 1,155 + 7,722.
    // Month 12: + 46,332 + 5,940 × 13 / 36 = 2,145 + 7,722.
    assert_eq!(
        totals,
        [
            (ScenarioKind::Actual, 72_138.0, 0.0),
            (ScenarioKind::EndOfProbation, 48_147.0, 23_991.0),
            // Month 6 by mutual agreement is this case: not repeated.
            (ScenarioKind::Month12, 96_294.0, -24_156.0)
        ]
    );
    assert_eq!(scenarios.compared_with, ScenarioKind::Actual);
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
    assert_eq!(kinds, [ScenarioKind::Actual, ScenarioKind::Month6]);
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
