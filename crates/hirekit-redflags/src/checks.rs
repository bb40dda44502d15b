//! Automated consistency checks on a structured CV.
//!
//! Each check looks for something an interviewer should *ask about*, never a reason to reject
//! by itself. Thresholds are chosen so that a consistent CV gives no findings at all: false
//! alarms teach people to stop reading.

use chrono::NaiveDate;
use hirekit_yaml::Location;
use serde::Serialize;

use crate::cv::{Cv, End, Job, Level};
use crate::month::YearMonth;
use crate::technology::TechnologyTable;
use crate::text::{self, Language, Text};

mod overlap;
#[cfg(test)]
mod tests;

pub use overlap::MAX_OVERLAP_FINDINGS;

/// Two jobs that together exceed this many hours a week overlap in a way worth asking about.
pub const MAX_COMBINED_HOURS: f64 = 60.0;
/// Jobs may overlap this many months (a hand-over, a notice period) without a finding.
pub const MAX_OVERLAP_MONTHS: i64 = 1;
/// Gaps up to this many months are not even mentioned.
pub const MAX_GAP_MONTHS: i64 = 6;
/// More skills than this at `expert` level are rarely accurate.
pub const MAX_EXPERT_SKILLS: usize = 8;
/// A claim at most this many months longer than a technology's public life may come from
/// insiders, early previews or rounding up: a caution rather than a red flag.
pub const INSIDER_MARGIN_MONTHS: f64 = 12.0;

/// Which check produced a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    OverlappingJobs,
    DateOrder,
    FutureDate,
    ExperienceExceedsTechnologyAge,
    ExperienceExceedsCareer,
    ExpertBreadth,
    Gap,
}

impl Check {
    pub fn code(self) -> &'static str {
        match self {
            Check::OverlappingJobs => "overlapping_jobs",
            Check::DateOrder => "date_order",
            Check::FutureDate => "future_date",
            Check::ExperienceExceedsTechnologyAge => "experience_exceeds_technology_age",
            Check::ExperienceExceedsCareer => "experience_exceeds_career",
            Check::ExpertBreadth => "expert_breadth",
            Check::Gap => "gap",
        }
    }
}

/// How much attention a finding needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The CV claims something that cannot be true as written: verify before relying on it.
    RedFlag,
    /// Something that often has a good explanation: ask.
    Caution,
    /// Neutral information; never a reason to reject.
    Info,
}

impl Severity {
    pub fn code(self) -> &'static str {
        match self {
            Severity::RedFlag => "red_flag",
            Severity::Caution => "caution",
            Severity::Info => "info",
        }
    }

    pub fn label(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Severity::RedFlag, Language::Nl) => "rode vlag",
            (Severity::RedFlag, Language::En) => "red flag",
            (Severity::Caution, Language::Nl) => "let op",
            (Severity::Caution, Language::En) => "caution",
            (Severity::Info, _) => "info",
        }
    }
}

/// Something in the CV worth asking about, at the line it concerns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: Check,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub message: Text,
}

pub(crate) fn finding(
    check: Check,
    severity: Severity,
    at: Location,
    message: impl Fn(Language) -> String,
) -> Finding {
    Finding {
        check,
        severity,
        line: at.line,
        column: at.column,
        message: Text::new(message(Language::Nl), message(Language::En)),
    }
}

/// A job's months as the checks see them: from start to end inclusive, a current job ending in
/// the month of `today`, and nothing after `today`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span<'a> {
    pub job: &'a Job,
    pub start: i64,
    pub end: i64,
}

/// Runs every check on `cv` as of `today` and returns the findings ordered by line.
pub fn check_cv(cv: &Cv, today: NaiveDate, technologies: &TechnologyTable) -> Vec<Finding> {
    let now = YearMonth::of(today);
    let mut findings = Vec::new();
    let spans = dates(cv, now, &mut findings);
    overlap::overlapping_jobs(&spans, &mut findings);
    gaps(&spans, &mut findings);
    skills(cv, &spans, now, technologies, &mut findings);
    expert_breadth(cv, &mut findings);
    findings.sort_by_key(|f| (f.line, f.column, f.check));
    findings
}

/// `date_order` and `future_date`, and the spans of the jobs whose dates the other checks can use.
fn dates<'a>(cv: &'a Cv, now: YearMonth, findings: &mut Vec<Finding>) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    for job in &cv.jobs {
        let employer = job.employer.as_str();
        if job.start > now {
            let start = job.start;
            findings.push(finding(Check::FutureDate, Severity::Caution, job.start_at, |lang| match lang {
                Language::Nl => format!("De begindatum {start} van de baan bij {employer} ligt na vandaag ({now}). Vraag of dit een tikfout is of een toekomstige baan."),
                Language::En => format!("The start date {start} of the job at {employer} lies after today ({now}). Ask whether this is a typing error or a job yet to begin."),
            }));
        }
        let end = match job.end {
            End::Present => now,
            End::Month(end) => {
                if end > now {
                    findings.push(finding(Check::FutureDate, Severity::Caution, job.end_at, |lang| match lang {
                        Language::Nl => format!("De einddatum {end} van de baan bij {employer} ligt na vandaag ({now}). Vraag of dit een tikfout is of een afgesproken einddatum; voor een huidige baan schrijf je `present`."),
                        Language::En => format!("The end date {end} of the job at {employer} lies after today ({now}). Ask whether this is a typing error or an agreed end date; a current job is written as `present`."),
                    }));
                }
                if end < job.start {
                    let start = job.start;
                    findings.push(finding(Check::DateOrder, Severity::Caution, job.end_at, |lang| match lang {
                        Language::Nl => format!("De baan bij {employer} eindigt ({end}) vóór de begindatum ({start}). Waarschijnlijk een tikfout: vraag de kandidaat de data te corrigeren."),
                        Language::En => format!("The job at {employer} ends ({end}) before it starts ({start}). Probably a typing error: ask the candidate to correct the dates."),
                    }));
                    continue;
                }
                end.min(now)
            }
        };
        if job.start <= now {
            spans.push(Span {
                job,
                start: job.start.index(),
                end: end.index(),
            });
        }
    }
    spans
}

pub(crate) fn month_text(index: i64) -> String {
    let year = index.div_euclid(12);
    let month = index.rem_euclid(12) + 1;
    format!("{year:04}-{month:02}")
}

fn gaps(spans: &[Span<'_>], findings: &mut Vec<Finding>) {
    let mut sorted: Vec<&Span<'_>> = spans.iter().collect();
    sorted.sort_by_key(|s| (s.start, s.end, s.job.start_at));
    let mut covered: Option<&Span<'_>> = None;
    for span in sorted {
        let Some(before) = covered else {
            covered = Some(span);
            continue;
        };
        let months = span.start - before.end - 1;
        if months > MAX_GAP_MONTHS {
            let (previous, next) = (&before.job.employer, &span.job.employer);
            let (until, from) = (month_text(before.end), month_text(span.start));
            findings.push(finding(Check::Gap, Severity::Info, span.job.start_at, |lang| match lang {
                Language::Nl => format!(
                    "{months} maanden zonder vermelde baan tussen {previous} (tot en met {until}) en {next} (vanaf {from}). Gaten in een cv zijn heel gewoon (zorg, ziekte, studie, reizen, zoeken naar werk) en nooit een reden om af te wijzen. Hooguit een reden om open te vragen wat de kandidaat over die periode wil vertellen; vraag niet door naar de reden."
                ),
                Language::En => format!(
                    "{months} months without a listed job between {previous} (up to {until}) and {next} (from {from}). Gaps in a CV are very common (care, illness, study, travel, looking for work) and never a reason to reject. At most a reason to ask openly what the candidate wants to tell about that period; do not press for the reason."
                ),
            }));
        }
        if span.end > before.end {
            covered = Some(span);
        }
    }
}

fn skills(
    cv: &Cv,
    spans: &[Span<'_>],
    now: YearMonth,
    technologies: &TechnologyTable,
    findings: &mut Vec<Finding>,
) {
    let career = spans
        .iter()
        .map(|s| s.start)
        .min()
        .zip(spans.iter().map(|s| s.end).max());
    for skill in &cv.skills {
        let claimed = skill.years * 12.0;
        let name = skill.name.as_str();
        let years = skill.years;
        if let Some(tech) = technologies.find(name) {
            let age = tech.released.months_until(now).max(0);
            if claimed > age as f64 + 1e-9 {
                let severity = if claimed > age as f64 + INSIDER_MARGIN_MONTHS + 1e-9 {
                    Severity::RedFlag
                } else {
                    Severity::Caution
                };
                let (official, released) = (tech.name.as_str(), tech.released);
                findings.push(finding(Check::ExperienceExceedsTechnologyAge, severity, skill.years_at, |lang| {
                    let (claim, existed) = (text::years(years, lang), text::span(age, lang));
                    let advice = match (severity, lang) {
                        (Severity::RedFlag, Language::Nl) => "Zoveel ervaring is alleen mogelijk voor wie er al vóór de openbare release aan werkte. Toets de ervaring met een concrete vraag over het werk, niet met het opgegeven aantal jaren.",
                        (Severity::RedFlag, Language::En) => "Only people who worked on it before its public release can have that much. Test the experience with a concrete question about the work, not by the number of years.",
                        (_, Language::Nl) => "Het verschil is hooguit een jaar: vroege previews, gebruik als insider of naar boven afronden kunnen het verklaren. Vraag waar en wanneer de kandidaat ermee begon.",
                        (_, Language::En) => "The difference is a year at most: early previews, insider use or rounding up may explain it. Ask where and when the candidate started with it.",
                    };
                    match lang {
                        Language::Nl => format!("{name}: {claim} ervaring opgegeven, maar {official} is pas sinds {released} openbaar beschikbaar ({existed}). {advice}"),
                        Language::En => format!("{name}: {claim} of experience claimed, but {official} has only been publicly available since {released} ({existed}). {advice}"),
                    }
                }));
            }
        }
        if let Some((first, last)) = career {
            let span = last - first + 1;
            // People round years of experience up, so the career is rounded up to whole years.
            let allowed = ((span + 11) / 12) * 12;
            if claimed > allowed as f64 + 1e-9 {
                let (from, to) = (month_text(first), month_text(last));
                findings.push(finding(Check::ExperienceExceedsCareer, Severity::Caution, skill.years_at, |lang| {
                    let (claim, career) = (text::years(years, lang), text::span(span, lang));
                    match lang {
                        Language::Nl => format!("{name}: {claim} ervaring opgegeven, meer dan de {career} die de vermelde loopbaan beslaat ({from} tot en met {to}). Ervaring uit studie, open source of hobbyprojecten telt ook: vraag waar die is opgedaan."),
                        Language::En => format!("{name}: {claim} of experience claimed, more than the {career} the listed career covers ({from} to {to}). Experience from study, open source or hobby projects counts too: ask where it was gained."),
                    }
                }));
            }
        }
    }
}

fn expert_breadth(cv: &Cv, findings: &mut Vec<Finding>) {
    let experts: Vec<&str> = cv
        .skills
        .iter()
        .filter(|s| s.level == Some(Level::Expert))
        .map(|s| s.name.as_str())
        .collect();
    if experts.len() <= MAX_EXPERT_SKILLS {
        return;
    }
    let (count, list) = (experts.len(), experts.join(", "));
    findings.push(finding(Check::ExpertBreadth, Severity::Caution, cv.skills_at, |lang| match lang {
        Language::Nl => format!("Bij {count} vaardigheden staat het niveau expert ({list}). Zelfbeoordelingen zijn onbetrouwbaar en meer dan {MAX_EXPERT_SKILLS} keer expert klopt zelden. Toets de vaardigheden die de rol vraagt met een vakinhoudelijke vraag of een werkproef, niet het opgeschreven niveau."),
        Language::En => format!("{count} skills are claimed at expert level ({list}). Self-ratings are unreliable and more than {MAX_EXPERT_SKILLS} expert claims are rarely accurate. Test the skills the role needs with a job-knowledge question or a work sample, not the level written down."),
    }));
}
