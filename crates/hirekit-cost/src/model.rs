//! The cost model: one function computes every line's amount from one set of input values (used
//! for the estimate at expected inputs and for every Monte Carlo sample), and one explains the
//! same lines as formulas with their numbers.
//!
//! With H = holiday allowance, O = employer on-costs, S = monthly salary, m = the month of the
//! decision: monthly employer cost E = S × (1+H) × (1+O). Procedure and notice follow the
//! decision, so each month is counted once: up to m as unproductive pay, after m in full as
//! procedure or notice pay. See `docs/cost-model.md` for every line.

use crate::formula::Formula;
use crate::inputs::{Input, Unit, Values};
pub use crate::lines::{Amounts, Category, LINE_COUNT, LineId};
use crate::params::Fixed;
use crate::text::Text;

/// Weeks per month: 52 weeks over 12 months.
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// The quantities every line is built from.
struct Basis {
    /// S: gross monthly salary without holiday allowance.
    salary: f64,
    /// 1 + H
    holiday_factor: f64,
    /// 1 + O
    oncost_factor: f64,
    /// E = S × (1+H) × (1+O)
    employer_cost: f64,
    /// m: the month of the decision.
    month: f64,
    /// Months of procedure after the decision (0 on routes without one).
    procedure: f64,
    /// Months of notice after the procedure (0 on routes without notice).
    notice: f64,
    /// The statutory maximum that applies: the cap, or one annual salary if that is higher.
    cap: f64,
}

impl Basis {
    fn new(v: &Values, fixed: &Fixed) -> Basis {
        let holiday_factor = 1.0 + v[Input::HolidayAllowancePct as usize] / 100.0;
        let oncost_factor = 1.0 + v[Input::EmployerOncostPct as usize] / 100.0;
        let salary = if fixed.salary_is_annual {
            v[Input::AnnualSalary as usize] / (12.0 * holiday_factor)
        } else {
            v[Input::MonthlySalary as usize]
        };
        let route = fixed.route;
        Basis {
            salary,
            holiday_factor,
            oncost_factor,
            employer_cost: salary * holiday_factor * oncost_factor,
            month: v[Input::ExitMonth as usize],
            procedure: if route.has_dismissal_costs() {
                v[Input::ProcedureMonths as usize]
            } else {
                0.0
            },
            notice: if route.has_notice() {
                v[Input::NoticeMonths as usize]
            } else {
                0.0
            },
            cap: fixed
                .transition_payment_cap
                .max(12.0 * salary * holiday_factor),
        }
    }

    /// Months of service when the employment ends: the decision, then procedure and notice.
    fn service(&self) -> f64 {
        self.month + self.procedure + self.notice
    }

    fn onboarding_weeks(&self, v: &Values) -> f64 {
        v[Input::OnboardingWeeks as usize].min(self.month * WEEKS_PER_MONTH)
    }

    fn uncapped_transition_payment(&self) -> f64 {
        self.salary * self.holiday_factor * self.service() / 36.0
    }

    /// The annual salary including holiday allowance that agency fees are a percentage of.
    fn annual(&self) -> f64 {
        12.0 * self.salary * self.holiday_factor
    }
}

/// Hours colleagues spend onboarding the successor: as given, or the mis-hire's hours.
fn successor_hours(v: &Values, fixed: &Fixed) -> f64 {
    if fixed.successor_hours_from_onboarding {
        v[Input::ColleagueHoursPerWeek as usize] * v[Input::OnboardingWeeks as usize]
    } else {
        v[Input::SuccessorOnboardingHours as usize]
    }
}

/// The fee and fixed costs of hiring the mis-hire: as given, or those of hiring the successor.
fn own_hiring_inputs(fixed: &Fixed) -> (Input, Input) {
    if fixed.own_hiring_as_recruitment {
        (Input::AgencyFeePct, Input::RecruitmentFixed)
    } else {
        (Input::OwnAgencyFeePct, Input::OwnHiringFixed)
    }
}

/// Every line's amount for one set of input values, each rounded to whole euros so that the
/// lines a report shows add up to its totals. Lines that do not apply to the route are 0.
pub fn evaluate(v: &Values, fixed: &Fixed) -> Amounts {
    let b = Basis::new(v, fixed);
    let get = |input: Input| v[input as usize];
    let route = fixed.route;
    let on = |applies: bool| if applies { 1.0 } else { 0.0 };
    let dismissal = on(route.has_dismissal_costs());
    let (own_fee, own_fixed) = own_hiring_inputs(fixed);
    let ramp_shortfall =
        get(Input::RampUpMonths) * (1.0 - get(Input::RampUpProductivityPct) / 100.0);
    let vacant_months = get(Input::WeeksToReplace) / WEEKS_PER_MONTH;
    let amounts = [
        b.employer_cost * b.month * (1.0 - get(Input::ProductivityPct) / 100.0),
        get(Input::ColleagueHoursPerWeek) * b.onboarding_weeks(v) * get(Input::ColleagueHourlyCost),
        get(Input::TrainingCosts),
        get(own_fee) / 100.0 * b.annual() + get(own_fixed),
        on(route.owes_transition_payment()) * b.uncapped_transition_payment().min(b.cap),
        b.employer_cost * b.notice,
        b.employer_cost * b.procedure,
        dismissal * get(Input::ExtraSeverance),
        dismissal * get(Input::LegalCosts),
        get(Input::AgencyFeePct) / 100.0 * b.annual() + get(Input::RecruitmentFixed),
        b.employer_cost * ramp_shortfall
            + successor_hours(v, fixed) * get(Input::ColleagueHourlyCost),
        get(Input::WeeksToReplace) * get(Input::VacancyWeeklyCost),
        get(Input::ProjectDelayWeeks) * get(Input::WeeklyDelayCost),
        get(Input::ReworkHours) * get(Input::ReworkHourlyCost),
        get(Input::ClientPenalties),
        get(Input::ColleagueAttritionPct) / 100.0 * get(Input::ColleagueReplacementCost),
        get(Input::LostMarginPerMonth) * (vacant_months + ramp_shortfall),
    ];
    amounts.map(f64::round)
}

/// The last month employed: the decision, then procedure and notice where the route has them.
pub fn last_month(v: &Values, fixed: &Fixed) -> f64 {
    Basis::new(v, fixed).service()
}

/// The four category totals of a set of line amounts, in [`Category::ALL`] order.
pub fn category_totals(amounts: &Amounts) -> [f64; 4] {
    let mut totals = [0.0; 4];
    for line in LineId::ALL {
        totals[line.category() as usize] += amounts[line as usize];
    }
    totals
}

/// The total from the decision on: everything but the direct costs, which were spent by the
/// time of the decision (the mis-hire's pay, onboarding, training and their own hiring).
pub fn from_decision(categories: &[f64; 4]) -> f64 {
    categories.iter().sum::<f64>() - categories[Category::Direct as usize]
}

/// The US Department of Labor rule of thumb, 30% of first-year earnings: a cross-check that is
/// shown next to the total and never added to it.
pub fn reference(v: &Values, fixed: &Fixed) -> (Formula, f64) {
    let b = Basis::new(v, fixed);
    let formula = Formula::new()
        .quantity(30.0, Unit::Percent)
        .times()
        .number(12.0)
        .times()
        .money(b.salary)
        .times()
        .factor(b.holiday_factor);
    (formula, (0.3 * b.annual()).round())
}

/// Topgrading's figure for a manager, 15 × the annual salary: what a published "lost
/// opportunity" multiplier would add, shown when the input gives no lost output of its own.
pub fn topgrading(v: &Values, fixed: &Fixed) -> (Formula, f64) {
    let b = Basis::new(v, fixed);
    let formula = Formula::new()
        .number(15.0)
        .times()
        .number(12.0)
        .times()
        .money(b.salary)
        .times()
        .factor(b.holiday_factor);
    (formula, (15.0 * b.annual()).round())
}

/// `fee% × 12 × S × (1+H) + fixed`, leaving out the part that is zero.
fn hiring_formula(b: &Basis, fee: f64, fixed_costs: f64) -> Formula {
    let mut f = Formula::new();
    if fee > 0.0 {
        f = f
            .quantity(fee, Unit::Percent)
            .times()
            .number(12.0)
            .times()
            .money(b.salary)
            .times()
            .factor(b.holiday_factor);
    }
    if fixed_costs > 0.0 || fee == 0.0 {
        if !f.is_empty() {
            f = f.symbol(" + ");
        }
        f = f.money(fixed_costs);
    }
    f
}

/// The formula of `line` with the numbers of `v` filled in.
pub fn formula(line: LineId, v: &Values, fixed: &Fixed) -> Formula {
    let b = Basis::new(v, fixed);
    let get = |input: Input| v[input as usize];
    let quantity = |input: Input| Formula::new().quantity(get(input), input.unit());
    let employer_cost = || {
        Formula::new()
            .money(b.salary)
            .times()
            .factor(b.holiday_factor)
            .times()
            .factor(b.oncost_factor)
    };
    match line {
        LineId::UnproductivePay => employer_cost()
            .times()
            .quantity(b.month, Unit::Months)
            .times()
            .symbol("(100% − ")
            .quantity(get(Input::ProductivityPct), Unit::Percent)
            .symbol(")"),
        LineId::Onboarding => {
            let weeks = b.onboarding_weeks(v);
            let f = quantity(Input::ColleagueHoursPerWeek)
                .times()
                .quantity(weeks, Unit::Weeks);
            let f = if weeks < get(Input::OnboardingWeeks) {
                f.words(Text::new(" (in dienst ", " (employed "))
                    .quantity(b.month, Unit::Months)
                    .symbol(")")
            } else {
                f
            };
            f.times().money(get(Input::ColleagueHourlyCost))
        }
        LineId::Training => Formula::new().money(get(Input::TrainingCosts)),
        LineId::OwnHiring => {
            let (fee, fixed_costs) = own_hiring_inputs(fixed);
            hiring_formula(&b, get(fee), get(fixed_costs))
        }
        LineId::TransitionPayment => {
            let mut f = Formula::new()
                .money(b.salary)
                .times()
                .factor(b.holiday_factor)
                .times()
                .quantity(b.service(), Unit::Months)
                .symbol(" / ")
                .number(36.0);
            if b.service() > b.month {
                // Service runs until the last day of employment, after procedure and notice.
                f = f
                    .words(Text::new(" (besluit ", " (decision "))
                    .number(b.month);
                if b.procedure > 0.0 {
                    f = f
                        .words(Text::new(" + procedure ", " + procedure "))
                        .number(b.procedure);
                }
                f = f
                    .words(Text::new(" + opzegtermijn ", " + notice "))
                    .number(b.notice)
                    .symbol(")");
            }
            if b.uncapped_transition_payment() > b.cap {
                f.words(Text::new(", gemaximeerd op ", ", capped at "))
                    .money(b.cap)
            } else {
                f
            }
        }
        LineId::Notice => employer_cost().times().quantity(b.notice, Unit::Months),
        LineId::Procedure => employer_cost().times().quantity(b.procedure, Unit::Months),
        LineId::ExtraSeverance => Formula::new().money(get(Input::ExtraSeverance)),
        LineId::LegalCosts => Formula::new().money(get(Input::LegalCosts)),
        LineId::Recruitment => {
            hiring_formula(&b, get(Input::AgencyFeePct), get(Input::RecruitmentFixed))
        }
        LineId::SuccessorRampUp => {
            let f = employer_cost()
                .times()
                .quantity(get(Input::RampUpMonths), Unit::Months)
                .times()
                .symbol("(100% − ")
                .quantity(get(Input::RampUpProductivityPct), Unit::Percent)
                .symbol(")");
            let hours = successor_hours(v, fixed);
            if hours > 0.0 {
                f.symbol(" + ")
                    .quantity(hours, Unit::Hours)
                    .times()
                    .money(get(Input::ColleagueHourlyCost))
            } else {
                f
            }
        }
        LineId::Vacancy => quantity(Input::WeeksToReplace)
            .times()
            .money(get(Input::VacancyWeeklyCost)),
        LineId::ProjectDelay => quantity(Input::ProjectDelayWeeks)
            .times()
            .money(get(Input::WeeklyDelayCost)),
        LineId::Rework => quantity(Input::ReworkHours)
            .times()
            .money(get(Input::ReworkHourlyCost)),
        LineId::ClientPenalties => Formula::new().money(get(Input::ClientPenalties)),
        LineId::ColleagueAttrition => quantity(Input::ColleagueAttritionPct)
            .times()
            .money(get(Input::ColleagueReplacementCost)),
        LineId::LostOutput => Formula::new()
            .money(get(Input::LostMarginPerMonth))
            .times()
            .symbol("(")
            .quantity(get(Input::WeeksToReplace), Unit::Weeks)
            .symbol(" × 12/52 + ")
            .quantity(get(Input::RampUpMonths), Unit::Months)
            .times()
            .symbol("(100% − ")
            .quantity(get(Input::RampUpProductivityPct), Unit::Percent)
            .symbol("))"),
    }
}
