//! The input file: what HR knows (or estimates) about one mis-hire.
//!
//! The field doc comments become the JSON Schema descriptions that editors show and that the
//! "missing field" hints quote, so they are written for the person filling in the file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::Text;

/// A mis-hire to cost: salary, contract, how and when the employment ends, and what it caused.
/// Amounts are in euros. Every number may be a single value or a range `{low, expected, high}`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CostInput {
    /// Gross monthly salary in euros, without holiday allowance. Give this or `annual_salary`.
    #[serde(default)]
    pub monthly_salary: Option<Estimate>,
    /// Gross annual salary in euros, including holiday allowance. Give this or `monthly_salary`.
    #[serde(default)]
    pub annual_salary: Option<Estimate>,
    /// Holiday allowance in percent of gross pay. Default 8, the statutory minimum.
    #[serde(default)]
    pub holiday_allowance_pct: Option<Estimate>,
    /// Employer on-costs (social charges, pension) in percent on top of gross pay. Default 30.
    #[serde(default)]
    pub employer_oncost_pct: Option<Estimate>,
    /// The employment contract: `indefinite` (default) or `fixed` (then give `contract_months`).
    #[serde(default)]
    pub contract: Option<Contract>,
    /// Length of a fixed-term contract in months.
    #[serde(default)]
    pub contract_months: Option<f64>,
    /// How and when the employment ends.
    pub exit: Exit,
    /// What the hire delivered compared with a good hire, in percent. Default 50.
    #[serde(default)]
    pub productivity_pct: Option<Estimate>,
    /// Time colleagues spent onboarding the hire.
    #[serde(default)]
    pub onboarding: Option<Onboarding>,
    /// Courses, licences and other training paid for the hire, in euros.
    #[serde(default)]
    pub training_costs: Option<Estimate>,
    /// The cost of recruiting the mis-hire: sunk by the time of the decision, but part of what
    /// the mis-hire cost. Left out: the same as `recruitment` (the same role, hired the same way).
    #[serde(default)]
    pub own_hiring: Option<Recruitment>,
    /// The cost of recruiting the successor. Left out: a 20% agency fee.
    #[serde(default)]
    pub recruitment: Option<Recruitment>,
    /// The successor's first months: ramp-up at reduced productivity and colleagues' onboarding
    /// hours. Left out: 3 months at 50%, and the same onboarding hours as the mis-hire had.
    #[serde(default)]
    pub successor: Option<Successor>,
    /// The cost of the vacancy until the replacement starts.
    #[serde(default)]
    pub vacancy: Option<Vacancy>,
    /// Costs the mis-hire caused elsewhere: delays, rework, penalties, colleagues who left.
    #[serde(default)]
    pub indirect: Option<Indirect>,
    /// The margin the role should have earned and did not, after the decision. Optional: when
    /// left out, lost output is not counted (and the report says so).
    #[serde(default)]
    pub lost_output: Option<LostOutput>,
}

/// A number, or a range `{low, expected, high}` when it is uncertain.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Estimate {
    /// One value.
    Exact(f64),
    /// An uncertain value: the lowest plausible, the most likely and the highest plausible.
    Range(Range),
}

/// The lowest plausible, most likely and highest plausible value of an uncertain input.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// The lowest plausible value.
    pub low: f64,
    /// The most likely value; the estimate at expected inputs uses it.
    pub expected: f64,
    /// The highest plausible value.
    pub high: f64,
}

impl Estimate {
    /// `(low, expected, high)`; all three equal for an exact value.
    pub fn triple(self) -> (f64, f64, f64) {
        match self {
            Estimate::Exact(v) => (v, v, v),
            Estimate::Range(r) => (r.low, r.expected, r.high),
        }
    }

    pub fn expected(self) -> f64 {
        self.triple().1
    }
}

impl From<f64> for Estimate {
    fn from(value: f64) -> Self {
        Estimate::Exact(value)
    }
}

impl Contract {
    pub fn key(self) -> &'static str {
        match self {
            Contract::Indefinite => "indefinite",
            Contract::Fixed => "fixed",
        }
    }
}

/// The kind of employment contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Contract {
    /// A contract for an indefinite period (vast contract).
    #[default]
    Indefinite,
    /// A fixed-term contract (tijdelijk contract); give `contract_months`.
    Fixed,
}

/// How the employment ends.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Dismissal during the probation period (proeftijd), art. 7:652 BW.
    Probation,
    /// A fixed-term contract that is not renewed.
    FixedTermEnd,
    /// A settlement agreement (vaststellingsovereenkomst).
    MutualAgreement,
    /// Dismissal with a UWV permit (economic reasons or long illness only).
    Uwv,
    /// Dissolution by the subdistrict court (kantonrechter).
    Court,
    /// The employee resigns (gives notice): no transition payment, the employee's notice.
    Resignation,
}

impl Route {
    pub const ALL: [Route; 6] = [
        Route::Probation,
        Route::FixedTermEnd,
        Route::MutualAgreement,
        Route::Uwv,
        Route::Court,
        Route::Resignation,
    ];

    /// The key used in files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Route::Probation => "probation",
            Route::FixedTermEnd => "fixed_term_end",
            Route::MutualAgreement => "mutual_agreement",
            Route::Uwv => "uwv",
            Route::Court => "court",
            Route::Resignation => "resignation",
        }
    }

    /// What the route is called in a report.
    pub fn label(self) -> Text {
        match self {
            Route::Probation => Text::new("ontslag in proeftijd", "dismissal in probation"),
            Route::FixedTermEnd => {
                Text::new("einde tijdelijk contract", "end of fixed-term contract")
            }
            Route::MutualAgreement => Text::new("vaststellingsovereenkomst", "mutual agreement"),
            Route::Uwv => Text::new("ontslagvergunning UWV", "UWV dismissal permit"),
            Route::Court => Text::new("ontbinding kantonrechter", "court dissolution"),
            Route::Resignation => Text::new("ontslag door de werknemer", "resignation"),
        }
    }

    /// Whether the route pays procedure time, extra severance and legal costs: the routes by
    /// which the employer ends a contract after probation.
    pub fn has_dismissal_costs(self) -> bool {
        matches!(self, Route::MutualAgreement | Route::Uwv | Route::Court)
    }

    /// Whether a notice period runs after the decision: every route but probation (either party
    /// ends it at once, art. 7:652 BW) and the end of a fixed term (the contract simply ends).
    pub fn has_notice(self) -> bool {
        self.has_dismissal_costs() || self == Route::Resignation
    }

    /// Whether the employer owes the transition payment (art. 7:673 lid 1 BW): whenever the
    /// employment ends at the employer's initiative, not when the employee resigns.
    pub fn owes_transition_payment(self) -> bool {
        self != Route::Resignation
    }
}

/// How and when the employment ends.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    /// The month of the decision, counted from the start (fractions allowed, e.g. 2.5): when
    /// notice is given, the settlement signed or the procedure started. Procedure and notice
    /// follow it; in probation and at the end of a fixed term it is the last month employed.
    pub month: Estimate,
    /// How the employment ends: `probation`, `fixed_term_end`, `mutual_agreement`, `uwv`,
    /// `court` or `resignation`.
    pub route: Route,
    /// Months of notice after the decision, paid in full. Default 1: the employer's notice under
    /// 5 years of service (art. 7:672 lid 2 BW), or the employee's when they resign (lid 4).
    #[serde(default)]
    pub notice_months: Option<Estimate>,
    /// Months the procedure takes, paid. Defaults: mutual_agreement 0, uwv 1.5, court 2.
    #[serde(default)]
    pub procedure_months: Option<Estimate>,
    /// A settlement premium on top of the transition payment, in euros. Default 0.
    #[serde(default)]
    pub extra_severance: Option<Estimate>,
    /// Lawyers' fees and court fees, in euros. Default 0.
    #[serde(default)]
    pub legal_costs: Option<Estimate>,
    /// The statutory maximum transition payment in euros, when you know a newer figure than
    /// hirekit's built-in one.
    #[serde(default)]
    pub transition_payment_cap: Option<f64>,
}

/// Time colleagues spent onboarding the hire.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Onboarding {
    /// Hours per week colleagues spent onboarding and supervising the hire.
    pub colleague_hours_per_week: Option<Estimate>,
    /// For how many weeks (counted only while the hire was employed).
    pub weeks: Option<Estimate>,
    /// What an hour of a colleague costs the employer, in euros.
    pub colleague_hourly_cost: Option<Estimate>,
}

/// The cost of recruiting someone for the role: the successor, or the mis-hire themselves.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Recruitment {
    /// Agency fee in percent of the annual salary including holiday allowance (typically 15-30).
    pub agency_fee_pct: Option<Estimate>,
    /// Fixed recruitment costs in euros: job ads, assessments, interview hours.
    pub fixed: Option<Estimate>,
}

/// The successor's first months in the role.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Successor {
    /// Months until the successor works at full productivity. Default 3.
    pub ramp_up_months: Option<Estimate>,
    /// What the successor delivers during the ramp-up, in percent of full productivity. Default 50.
    pub productivity_pct: Option<Estimate>,
    /// Hours colleagues spend onboarding the successor, in total. Default: the mis-hire's
    /// `onboarding` hours per week × weeks. Priced at `onboarding.colleague_hourly_cost`.
    pub onboarding_hours: Option<Estimate>,
}

/// The margin the role should have earned, for the months after the decision that it did not.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct LostOutput {
    /// What a good hire in this role earns the company per month above their own cost (revenue
    /// or margin per head minus employer cost), in euros. Counted for the vacancy and for the
    /// successor's unproductive share of the ramp-up.
    pub margin_per_month: Option<Estimate>,
}

/// The cost of the vacancy until the replacement starts.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Vacancy {
    /// Weeks until the replacement starts.
    pub weeks_to_replace: Option<Estimate>,
    /// What a week of vacancy costs, in euros: interim or freelance premium, colleagues' overtime
    /// (the lost margin belongs in `lost_output`, not here, or it counts twice).
    pub weekly_cost: Option<Estimate>,
}

/// Costs the mis-hire caused elsewhere.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Indirect {
    /// Weeks a project was delayed.
    pub project_delay_weeks: Option<Estimate>,
    /// What a week of delay costs, in euros.
    pub weekly_delay_cost: Option<Estimate>,
    /// Hours spent redoing the hire's work.
    pub rework_hours: Option<Estimate>,
    /// What an hour of rework costs, in euros.
    pub rework_hourly_cost: Option<Estimate>,
    /// Penalties or service credits paid to clients, in euros.
    pub client_penalties: Option<Estimate>,
    /// Chance in percent that a good colleague leaves because of the mis-hire.
    pub colleague_attrition_pct: Option<Estimate>,
    /// What replacing such a colleague costs, in euros.
    pub colleague_replacement_cost: Option<Estimate>,
}

impl CostInput {
    /// The smallest input: a monthly salary and how and when the employment ends; every other
    /// value takes its documented default.
    pub fn new(monthly_salary: f64, exit_month: f64, route: Route) -> CostInput {
        CostInput {
            monthly_salary: Some(Estimate::Exact(monthly_salary)),
            annual_salary: None,
            holiday_allowance_pct: None,
            employer_oncost_pct: None,
            contract: None,
            contract_months: None,
            exit: Exit {
                month: Estimate::Exact(exit_month),
                route,
                notice_months: None,
                procedure_months: None,
                extra_severance: None,
                legal_costs: None,
                transition_payment_cap: None,
            },
            productivity_pct: None,
            onboarding: None,
            training_costs: None,
            own_hiring: None,
            recruitment: None,
            successor: None,
            vacancy: None,
            indirect: None,
            lost_output: None,
        }
    }
}
