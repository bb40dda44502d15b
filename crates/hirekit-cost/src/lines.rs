//! The lines of the model and the four categories they belong to: ids, labels, which inputs
//! belong to a line alone, and on which routes a line exists. The arithmetic is in `model.rs`.

use crate::input::Route;
use crate::inputs::Input;
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
    OwnHiring,
    TransitionPayment,
    Notice,
    Procedure,
    ExtraSeverance,
    LegalCosts,
    Recruitment,
    SuccessorRampUp,
    Vacancy,
    ProjectDelay,
    Rework,
    ClientPenalties,
    ColleagueAttrition,
    LostOutput,
}

/// How many lines the model has.
pub const LINE_COUNT: usize = 17;

/// One amount per [`LineId`], indexed by `line as usize`.
pub type Amounts = [f64; LINE_COUNT];

impl LineId {
    pub const ALL: [LineId; LINE_COUNT] = [
        LineId::UnproductivePay,
        LineId::Onboarding,
        LineId::Training,
        LineId::OwnHiring,
        LineId::TransitionPayment,
        LineId::Notice,
        LineId::Procedure,
        LineId::ExtraSeverance,
        LineId::LegalCosts,
        LineId::Recruitment,
        LineId::SuccessorRampUp,
        LineId::Vacancy,
        LineId::ProjectDelay,
        LineId::Rework,
        LineId::ClientPenalties,
        LineId::ColleagueAttrition,
        LineId::LostOutput,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LineId::UnproductivePay => "unproductive_pay",
            LineId::Onboarding => "onboarding",
            LineId::Training => "training",
            LineId::OwnHiring => "own_hiring",
            LineId::TransitionPayment => "transition_payment",
            LineId::Notice => "notice",
            LineId::Procedure => "procedure",
            LineId::ExtraSeverance => "extra_severance",
            LineId::LegalCosts => "legal_costs",
            LineId::Recruitment => "recruitment",
            LineId::SuccessorRampUp => "successor_ramp_up",
            LineId::Vacancy => "vacancy",
            LineId::ProjectDelay => "project_delay",
            LineId::Rework => "rework",
            LineId::ClientPenalties => "client_penalties",
            LineId::ColleagueAttrition => "colleague_attrition",
            LineId::LostOutput => "lost_output",
        }
    }

    pub fn label(self) -> Text {
        match self {
            LineId::UnproductivePay => Text::new("Onproductieve loonkosten", "Unproductive pay"),
            LineId::Onboarding => Text::new("Inwerken door collega's", "Onboarding by colleagues"),
            LineId::Training => Text::new("Opleiding", "Training"),
            LineId::OwnHiring => Text::new("Werving van de mis-hire zelf", "Hiring the mis-hire"),
            LineId::TransitionPayment => Text::new("Transitievergoeding", "Transition payment"),
            LineId::Notice => Text::new("Loon tijdens opzegtermijn", "Pay during notice"),
            LineId::Procedure => Text::new("Loon tijdens procedure", "Pay during procedure"),
            LineId::ExtraSeverance => Text::new("Extra vergoeding", "Extra severance"),
            LineId::LegalCosts => Text::new("Juridische kosten", "Legal costs"),
            LineId::Recruitment => Text::new("Werving opvolger", "Recruiting a successor"),
            LineId::SuccessorRampUp => Text::new("Inwerken opvolger", "Successor's ramp-up"),
            LineId::Vacancy => Text::new("Openstaande vacature", "Open vacancy"),
            LineId::ProjectDelay => Text::new("Projectvertraging", "Project delay"),
            LineId::Rework => Text::new("Herstelwerk", "Rework"),
            LineId::ClientPenalties => Text::new("Boetes van klanten", "Client penalties"),
            LineId::ColleagueAttrition => {
                Text::new("Vertrek van collega's", "Colleagues who leave")
            }
            LineId::LostOutput => Text::new("Gemiste marge", "Lost output"),
        }
    }

    pub fn category(self) -> Category {
        match self {
            LineId::UnproductivePay | LineId::Onboarding | LineId::Training | LineId::OwnHiring => {
                Category::Direct
            }
            LineId::TransitionPayment
            | LineId::Notice
            | LineId::Procedure
            | LineId::ExtraSeverance
            | LineId::LegalCosts => Category::Exit,
            LineId::Recruitment | LineId::SuccessorRampUp | LineId::Vacancy => {
                Category::Replacement
            }
            LineId::ProjectDelay
            | LineId::Rework
            | LineId::ClientPenalties
            | LineId::ColleagueAttrition
            | LineId::LostOutput => Category::Indirect,
        }
    }

    /// The inputs that belong to this line alone. When the input gives none of them (and the
    /// line has no default) the line is shown as "not given" rather than as a formula of zeros.
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
            LineId::Vacancy => &[Input::WeeksToReplace, Input::VacancyWeeklyCost],
            LineId::ProjectDelay => &[Input::ProjectDelayWeeks, Input::WeeklyDelayCost],
            LineId::Rework => &[Input::ReworkHours, Input::ReworkHourlyCost],
            LineId::ClientPenalties => &[Input::ClientPenalties],
            LineId::ColleagueAttrition => &[
                Input::ColleagueAttritionPct,
                Input::ColleagueReplacementCost,
            ],
            LineId::LostOutput => &[Input::LostMarginPerMonth],
            // Lines that always have a value: from the salary, or from a stated default.
            LineId::UnproductivePay
            | LineId::OwnHiring
            | LineId::TransitionPayment
            | LineId::Notice
            | LineId::Procedure
            | LineId::Recruitment
            | LineId::SuccessorRampUp => &[],
        }
    }

    /// Whether the line exists on `route`.
    pub fn applies_to(self, route: Route) -> bool {
        match self {
            LineId::TransitionPayment => route.owes_transition_payment(),
            LineId::Notice => route.has_notice(),
            LineId::Procedure | LineId::ExtraSeverance | LineId::LegalCosts => {
                route.has_dismissal_costs()
            }
            _ => true,
        }
    }
}
