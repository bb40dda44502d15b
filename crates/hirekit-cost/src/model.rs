//! The cost model of issue 5, exactly: one function computes every line's amount from one set of
//! input values (used for the estimate at expected inputs and for every Monte Carlo sample), and
//! one explains the same lines as formulas with their numbers.
//!
//! With H = holiday allowance, O = employer on-costs, S = monthly salary, m = exit month:
//! monthly employer cost E = S × (1+H) × (1+O). See `docs/cost-model.md` for every line.

use crate::formula::Formula;
use crate::input::Route;
use crate::inputs::{Input, Unit, Values};
use crate::params::Fixed;
use crate::text::Text;

/// The four groups of costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Direct,
    Exit,
    Replacement,
    Indirect,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::Direct,
        Category::Exit,
        Category::Replacement,
        Category::Indirect,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Category::Direct => "direct",
            Category::Exit => "exit",
            Category::Replacement => "replacement",
            Category::Indirect => "indirect",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Category::Direct => Text::new("Directe kosten", "Direct costs"),
            Category::Exit => Text::new("Ontslagkosten", "Exit costs"),
            Category::Replacement => Text::new("Vervanging", "Replacement"),
            Category::Indirect => Text::new("Indirecte kosten", "Indirect costs"),
        }
    }
}

/// Every line of the model, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineId {
    UnproductivePay,
    Onboarding,
    Training,
    TransitionPayment,
    Notice,
    Procedure,
    ExtraSeverance,
    LegalCosts,
    Recruitment,
    Vacancy,
    ProjectDelay,
    Rework,
    ClientPenalties,
    ColleagueAttrition,
}

/// How many lines the model has.
pub const LINE_COUNT: usize = 14;

/// One amount per [`LineId`], indexed by `line as usize`.
pub type Amounts = [f64; LINE_COUNT];

impl LineId {
    pub const ALL: [LineId; LINE_COUNT] = [
        LineId::UnproductivePay,
        LineId::Onboarding,
        LineId::Training,
        LineId::TransitionPayment,
        LineId::Notice,
        LineId::Procedure,
        LineId::ExtraSeverance,
        LineId::LegalCosts,
        LineId::Recruitment,
        LineId::Vacancy,
        LineId::ProjectDelay,
        LineId::Rework,
        LineId::ClientPenalties,
        LineId::ColleagueAttrition,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LineId::UnproductivePay => "unproductive_pay",
            LineId::Onboarding => "onboarding",
            LineId::Training => "training",
            LineId::TransitionPayment => "transition_payment",
            LineId::Notice => "notice",
            LineId::Procedure => "procedure",
            LineId::ExtraSeverance => "extra_severance",
            LineId::LegalCosts => "legal_costs",
            LineId::Recruitment => "recruitment",
            LineId::Vacancy => "vacancy",
            LineId::ProjectDelay => "project_delay",
            LineId::Rework => "rework",
            LineId::ClientPenalties => "client_penalties",
            LineId::ColleagueAttrition => "colleague_attrition",
        }
    }

    pub fn label(self) -> Text {
        match self {
            LineId::UnproductivePay => Text::new("Onproductieve loonkosten", "Unproductive pay"),
            LineId::Onboarding => Text::new("Inwerken door collega's", "Onboarding by colleagues"),
            LineId::Training => Text::new("Opleiding", "Training"),
            LineId::TransitionPayment => Text::new("Transitievergoeding", "Transition payment"),
            LineId::Notice => Text::new("Opzegtermijn", "Notice period"),
            LineId::Procedure => Text::new("Loon tijdens procedure", "Pay during procedure"),
            LineId::ExtraSeverance => Text::new("Extra vergoeding", "Extra severance"),
            LineId::LegalCosts => Text::new("Juridische kosten", "Legal costs"),
            LineId::Recruitment => Text::new("Werving opvolger", "Recruiting a successor"),
            LineId::Vacancy => Text::new("Openstaande vacature", "Open vacancy"),
            LineId::ProjectDelay => Text::new("Projectvertraging", "Project delay"),
            LineId::Rework => Text::new("Herstelwerk", "Rework"),
            LineId::ClientPenalties => Text::new("Boetes van klanten", "Client penalties"),
            LineId::ColleagueAttrition => {
                Text::new("Vertrek van collega's", "Colleagues who leave")
            }
        }
    }

    pub fn category(self) -> Category {
        match self {
            LineId::UnproductivePay | LineId::Onboarding | LineId::Training => Category::Direct,
            LineId::TransitionPayment
            | LineId::Notice
            | LineId::Procedure
            | LineId::ExtraSeverance
            | LineId::LegalCosts => Category::Exit,
            LineId::Recruitment | LineId::Vacancy => Category::Replacement,
            LineId::ProjectDelay
            | LineId::Rework
            | LineId::ClientPenalties
            | LineId::ColleagueAttrition => Category::Indirect,
        }
    }

    /// The inputs that belong to this line alone. When the input gives none of them the line is
    /// shown as "not given" rather than as a formula full of zeros.
    pub fn own_inputs(self) -> &'static [Input] {
        match self {
            LineId::Onboarding => &[
                Input::ColleagueHoursPerWeek,
                Input::OnboardingWeeks,
                Input::ColleagueHourlyCost,
            ],
            LineId::Training => &[Input::TrainingCosts],
            LineId::ExtraSeverance => &[Input::ExtraSeverance],
            LineId::LegalCosts => &[Input::LegalCosts],
            LineId::Recruitment => &[Input::AgencyFeePct, Input::RecruitmentFixed],
            LineId::Vacancy => &[Input::WeeksToReplace, Input::VacancyWeeklyCost],
            LineId::ProjectDelay => &[Input::ProjectDelayWeeks, Input::WeeklyDelayCost],
            LineId::Rework => &[Input::ReworkHours, Input::ReworkHourlyCost],
            LineId::ClientPenalties => &[Input::ClientPenalties],
            LineId::ColleagueAttrition => &[
                Input::ColleagueAttritionPct,
                Input::ColleagueReplacementCost,
            ],
            LineId::UnproductivePay
            | LineId::TransitionPayment
            | LineId::Notice
            | LineId::Procedure => &[],
        }
    }

    /// Whether the line exists on `route`: ending in probation or at the end of a fixed term adds
    /// nothing to the exit but the transition payment.
    pub fn applies_to(self, route: Route) -> bool {
        match self {
            LineId::Notice | LineId::Procedure | LineId::ExtraSeverance | LineId::LegalCosts => {
                route.has_dismissal_costs()
            }
            _ => true,
        }
    }
}

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
    /// m
    month: f64,
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
        Basis {
            salary,
            holiday_factor,
            oncost_factor,
            employer_cost: salary * holiday_factor * oncost_factor,
            month: v[Input::ExitMonth as usize],
            cap: fixed
                .transition_payment_cap
                .max(12.0 * salary * holiday_factor),
        }
    }

    fn onboarding_weeks(&self, v: &Values) -> f64 {
        v[Input::OnboardingWeeks as usize].min(self.month * WEEKS_PER_MONTH)
    }

    fn uncapped_transition_payment(&self) -> f64 {
        self.salary * self.holiday_factor * self.month / 36.0
    }
}

/// Every line's amount for one set of input values, each rounded to whole euros so that the
/// lines a report shows add up to its totals. Lines that do not apply to the route are 0.
pub fn evaluate(v: &Values, fixed: &Fixed) -> Amounts {
    let b = Basis::new(v, fixed);
    let get = |input: Input| v[input as usize];
    let dismissal = if fixed.route.has_dismissal_costs() {
        1.0
    } else {
        0.0
    };
    let amounts = [
        b.employer_cost * b.month * (1.0 - get(Input::ProductivityPct) / 100.0),
        get(Input::ColleagueHoursPerWeek) * b.onboarding_weeks(v) * get(Input::ColleagueHourlyCost),
        get(Input::TrainingCosts),
        b.uncapped_transition_payment().min(b.cap),
        dismissal * b.employer_cost * get(Input::NoticeMonths),
        dismissal * b.employer_cost * get(Input::ProcedureMonths),
        dismissal * get(Input::ExtraSeverance),
        dismissal * get(Input::LegalCosts),
        get(Input::AgencyFeePct) / 100.0 * 12.0 * b.salary * b.holiday_factor
            + get(Input::RecruitmentFixed),
        get(Input::WeeksToReplace) * get(Input::VacancyWeeklyCost),
        get(Input::ProjectDelayWeeks) * get(Input::WeeklyDelayCost),
        get(Input::ReworkHours) * get(Input::ReworkHourlyCost),
        get(Input::ClientPenalties),
        get(Input::ColleagueAttritionPct) / 100.0 * get(Input::ColleagueReplacementCost),
    ];
    amounts.map(f64::round)
}

/// The four category totals of a set of line amounts, in [`Category::ALL`] order.
pub fn category_totals(amounts: &Amounts) -> [f64; 4] {
    let mut totals = [0.0; 4];
    for line in LineId::ALL {
        totals[line.category() as usize] += amounts[line as usize];
    }
    totals
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
    (formula, (0.3 * 12.0 * b.salary * b.holiday_factor).round())
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
        LineId::TransitionPayment => {
            let f = Formula::new()
                .money(b.salary)
                .times()
                .factor(b.holiday_factor)
                .times()
                .quantity(b.month, Unit::Months)
                .symbol(" / ")
                .number(36.0);
            if b.uncapped_transition_payment() > b.cap {
                f.words(Text::new(", gemaximeerd op ", ", capped at "))
                    .money(b.cap)
            } else {
                f
            }
        }
        LineId::Notice => employer_cost()
            .times()
            .quantity(get(Input::NoticeMonths), Unit::Months),
        LineId::Procedure => employer_cost()
            .times()
            .quantity(get(Input::ProcedureMonths), Unit::Months),
        LineId::ExtraSeverance => Formula::new().money(get(Input::ExtraSeverance)),
        LineId::LegalCosts => Formula::new().money(get(Input::LegalCosts)),
        LineId::Recruitment => {
            let fee = get(Input::AgencyFeePct);
            let fixed_costs = get(Input::RecruitmentFixed);
            let mut f = Formula::new();
            if fee > 0.0 {
                f = quantity(Input::AgencyFeePct)
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
    }
}
