//! Every numeric input of the model: where it sits in the file, what unit it has, and the order
//! of the vector that the model and the simulation run on.

use crate::input::{CostInput, Estimate};
use crate::text::{self, Language};

/// Every numeric input of the model, in a fixed order (the order of the sampling vector).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Input {
    MonthlySalary,
    AnnualSalary,
    HolidayAllowancePct,
    EmployerOncostPct,
    ExitMonth,
    NoticeMonths,
    ProcedureMonths,
    ExtraSeverance,
    LegalCosts,
    ProductivityPct,
    ColleagueHoursPerWeek,
    OnboardingWeeks,
    ColleagueHourlyCost,
    TrainingCosts,
    AgencyFeePct,
    RecruitmentFixed,
    WeeksToReplace,
    VacancyWeeklyCost,
    ProjectDelayWeeks,
    WeeklyDelayCost,
    ReworkHours,
    ReworkHourlyCost,
    ClientPenalties,
    ColleagueAttritionPct,
    ColleagueReplacementCost,
    // Added later than the others, at the end so that the random numbers the simulation draws
    // for the inputs above stay the same as before.
    OwnAgencyFeePct,
    OwnHiringFixed,
    RampUpMonths,
    RampUpProductivityPct,
    SuccessorOnboardingHours,
    LostMarginPerMonth,
}

/// How many numeric inputs there are.
pub const INPUT_COUNT: usize = 31;

/// One value per [`Input`], indexed by `input as usize`.
pub type Values = [f64; INPUT_COUNT];

/// What a number measures, which decides how it is written and which checks apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Euro,
    Percent,
    Months,
    Weeks,
    Hours,
    HoursPerWeek,
}

impl Unit {
    /// `value` written in `language` with its unit.
    pub fn format(self, value: f64, language: Language) -> String {
        match self {
            Unit::Euro => text::money_exact(value, language),
            Unit::Percent => text::percent(value, language),
            Unit::Months => text::months(value, language),
            Unit::Weeks => text::weeks(value, language),
            Unit::Hours => text::hours(value, language),
            Unit::HoursPerWeek => text::hours_per_week(value, language),
        }
    }
}

impl Input {
    pub const ALL: [Input; INPUT_COUNT] = [
        Input::MonthlySalary,
        Input::AnnualSalary,
        Input::HolidayAllowancePct,
        Input::EmployerOncostPct,
        Input::ExitMonth,
        Input::NoticeMonths,
        Input::ProcedureMonths,
        Input::ExtraSeverance,
        Input::LegalCosts,
        Input::ProductivityPct,
        Input::ColleagueHoursPerWeek,
        Input::OnboardingWeeks,
        Input::ColleagueHourlyCost,
        Input::TrainingCosts,
        Input::AgencyFeePct,
        Input::RecruitmentFixed,
        Input::WeeksToReplace,
        Input::VacancyWeeklyCost,
        Input::ProjectDelayWeeks,
        Input::WeeklyDelayCost,
        Input::ReworkHours,
        Input::ReworkHourlyCost,
        Input::ClientPenalties,
        Input::ColleagueAttritionPct,
        Input::ColleagueReplacementCost,
        Input::OwnAgencyFeePct,
        Input::OwnHiringFixed,
        Input::RampUpMonths,
        Input::RampUpProductivityPct,
        Input::SuccessorOnboardingHours,
        Input::LostMarginPerMonth,
    ];

    /// The JSON pointer of the value in the input file.
    pub fn pointer(self) -> &'static str {
        match self {
            Input::MonthlySalary => "/monthly_salary",
            Input::AnnualSalary => "/annual_salary",
            Input::HolidayAllowancePct => "/holiday_allowance_pct",
            Input::EmployerOncostPct => "/employer_oncost_pct",
            Input::ExitMonth => "/exit/month",
            Input::NoticeMonths => "/exit/notice_months",
            Input::ProcedureMonths => "/exit/procedure_months",
            Input::ExtraSeverance => "/exit/extra_severance",
            Input::LegalCosts => "/exit/legal_costs",
            Input::ProductivityPct => "/productivity_pct",
            Input::ColleagueHoursPerWeek => "/onboarding/colleague_hours_per_week",
            Input::OnboardingWeeks => "/onboarding/weeks",
            Input::ColleagueHourlyCost => "/onboarding/colleague_hourly_cost",
            Input::TrainingCosts => "/training_costs",
            Input::AgencyFeePct => "/recruitment/agency_fee_pct",
            Input::RecruitmentFixed => "/recruitment/fixed",
            Input::WeeksToReplace => "/vacancy/weeks_to_replace",
            Input::VacancyWeeklyCost => "/vacancy/weekly_cost",
            Input::ProjectDelayWeeks => "/indirect/project_delay_weeks",
            Input::WeeklyDelayCost => "/indirect/weekly_delay_cost",
            Input::ReworkHours => "/indirect/rework_hours",
            Input::ReworkHourlyCost => "/indirect/rework_hourly_cost",
            Input::ClientPenalties => "/indirect/client_penalties",
            Input::ColleagueAttritionPct => "/indirect/colleague_attrition_pct",
            Input::ColleagueReplacementCost => "/indirect/colleague_replacement_cost",
            Input::OwnAgencyFeePct => "/own_hiring/agency_fee_pct",
            Input::OwnHiringFixed => "/own_hiring/fixed",
            Input::RampUpMonths => "/successor/ramp_up_months",
            Input::RampUpProductivityPct => "/successor/productivity_pct",
            Input::SuccessorOnboardingHours => "/successor/onboarding_hours",
            Input::LostMarginPerMonth => "/lost_output/margin_per_month",
        }
    }

    /// The dotted name a user reads in messages and assumptions: `exit.notice_months`.
    pub fn key(self) -> String {
        self.pointer().trim_start_matches('/').replace('/', ".")
    }

    pub fn unit(self) -> Unit {
        match self {
            Input::HolidayAllowancePct
            | Input::EmployerOncostPct
            | Input::ProductivityPct
            | Input::AgencyFeePct
            | Input::OwnAgencyFeePct
            | Input::RampUpProductivityPct
            | Input::ColleagueAttritionPct => Unit::Percent,
            Input::ExitMonth
            | Input::NoticeMonths
            | Input::ProcedureMonths
            | Input::RampUpMonths => Unit::Months,
            Input::OnboardingWeeks | Input::WeeksToReplace | Input::ProjectDelayWeeks => {
                Unit::Weeks
            }
            Input::ReworkHours | Input::SuccessorOnboardingHours => Unit::Hours,
            Input::ColleagueHoursPerWeek => Unit::HoursPerWeek,
            _ => Unit::Euro,
        }
    }

    /// The largest value accepted: beyond it a number is a typo, not a mis-hire. The bounds keep
    /// every total far below 2^53 euros, so that sums stay exact in `f64` and fit in an `i64`
    /// (see `docs/cost-model.md`, "Checks on the input").
    pub fn max(self) -> f64 {
        match self {
            Input::MonthlySalary => 100_000.0,
            Input::AnnualSalary => 1_500_000.0,
            Input::ExitMonth => 600.0,
            Input::NoticeMonths => 12.0,
            Input::ProcedureMonths => 24.0,
            Input::RampUpMonths => 60.0,
            Input::ColleagueHoursPerWeek => 168.0,
            Input::OnboardingWeeks | Input::WeeksToReplace | Input::ProjectDelayWeeks => 520.0,
            Input::ColleagueHourlyCost | Input::ReworkHourlyCost => 10_000.0,
            Input::ReworkHours | Input::SuccessorOnboardingHours => 100_000.0,
            Input::VacancyWeeklyCost | Input::WeeklyDelayCost => 1_000_000.0,
            _ if self.unit() == Unit::Percent => 100.0,
            // One-off amounts and the monthly margin.
            _ => 10_000_000.0,
        }
    }

    /// The section a value sits in, when it is one of a group (`onboarding`, `indirect`, ...).
    pub(crate) fn section(self, input: &CostInput) -> Option<(&'static str, bool)> {
        let (name, present) = match self {
            Input::ColleagueHoursPerWeek | Input::OnboardingWeeks | Input::ColleagueHourlyCost => {
                ("onboarding", input.onboarding.is_some())
            }
            Input::AgencyFeePct | Input::RecruitmentFixed => {
                ("recruitment", input.recruitment.is_some())
            }
            Input::OwnAgencyFeePct | Input::OwnHiringFixed => {
                ("own_hiring", input.own_hiring.is_some())
            }
            Input::RampUpMonths
            | Input::RampUpProductivityPct
            | Input::SuccessorOnboardingHours => ("successor", input.successor.is_some()),
            Input::LostMarginPerMonth => ("lost_output", input.lost_output.is_some()),
            Input::WeeksToReplace | Input::VacancyWeeklyCost => {
                ("vacancy", input.vacancy.is_some())
            }
            Input::ProjectDelayWeeks
            | Input::WeeklyDelayCost
            | Input::ReworkHours
            | Input::ReworkHourlyCost
            | Input::ClientPenalties
            | Input::ColleagueAttritionPct
            | Input::ColleagueReplacementCost => ("indirect", input.indirect.is_some()),
            _ => return None,
        };
        Some((name, present))
    }

    /// The value given in the file, if any.
    pub fn given(self, input: &CostInput) -> Option<Estimate> {
        let exit = &input.exit;
        let onboarding = input.onboarding.as_ref();
        let recruitment = input.recruitment.as_ref();
        let vacancy = input.vacancy.as_ref();
        let indirect = input.indirect.as_ref();
        let own = input.own_hiring.as_ref();
        let successor = input.successor.as_ref();
        match self {
            Input::MonthlySalary => input.monthly_salary,
            Input::AnnualSalary => input.annual_salary,
            Input::HolidayAllowancePct => input.holiday_allowance_pct,
            Input::EmployerOncostPct => input.employer_oncost_pct,
            Input::ExitMonth => Some(exit.month),
            Input::NoticeMonths => exit.notice_months,
            Input::ProcedureMonths => exit.procedure_months,
            Input::ExtraSeverance => exit.extra_severance,
            Input::LegalCosts => exit.legal_costs,
            Input::ProductivityPct => input.productivity_pct,
            Input::ColleagueHoursPerWeek => onboarding.and_then(|o| o.colleague_hours_per_week),
            Input::OnboardingWeeks => onboarding.and_then(|o| o.weeks),
            Input::ColleagueHourlyCost => onboarding.and_then(|o| o.colleague_hourly_cost),
            Input::TrainingCosts => input.training_costs,
            Input::AgencyFeePct => recruitment.and_then(|r| r.agency_fee_pct),
            Input::RecruitmentFixed => recruitment.and_then(|r| r.fixed),
            Input::WeeksToReplace => vacancy.and_then(|v| v.weeks_to_replace),
            Input::VacancyWeeklyCost => vacancy.and_then(|v| v.weekly_cost),
            Input::ProjectDelayWeeks => indirect.and_then(|i| i.project_delay_weeks),
            Input::WeeklyDelayCost => indirect.and_then(|i| i.weekly_delay_cost),
            Input::ReworkHours => indirect.and_then(|i| i.rework_hours),
            Input::ReworkHourlyCost => indirect.and_then(|i| i.rework_hourly_cost),
            Input::ClientPenalties => indirect.and_then(|i| i.client_penalties),
            Input::ColleagueAttritionPct => indirect.and_then(|i| i.colleague_attrition_pct),
            Input::ColleagueReplacementCost => indirect.and_then(|i| i.colleague_replacement_cost),
            Input::OwnAgencyFeePct => own.and_then(|r| r.agency_fee_pct),
            Input::OwnHiringFixed => own.and_then(|r| r.fixed),
            Input::RampUpMonths => successor.and_then(|s| s.ramp_up_months),
            Input::RampUpProductivityPct => successor.and_then(|s| s.productivity_pct),
            Input::SuccessorOnboardingHours => successor.and_then(|s| s.onboarding_hours),
            Input::LostMarginPerMonth => {
                input.lost_output.as_ref().and_then(|l| l.margin_per_month)
            }
        }
    }
}
