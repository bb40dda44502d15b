//! The structured CV (`candidates/<id>/cv.yaml`): jobs and skills, with the line of every value.

use std::path::Path;

use hirekit_yaml::{Diagnostic, Document, Location, Value};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::month::YearMonth;
use crate::text::{self, Language};

/// Hours a week assumed when a job leaves `hours_per_week` out: full time.
pub const FULL_TIME_HOURS: f64 = 40.0;

/// A CV with more jobs than this is refused: real CVs list a few dozen at most, and the checks
/// and their output should stay small whatever file they are given.
pub const MAX_JOBS: usize = 200;
/// A CV with more skills than this is refused, for the same reason.
pub const MAX_SKILLS: usize = 200;

/// The level a candidate claims for a skill.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
    Expert,
}

/// When a job ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Month(YearMonth),
    /// A current job.
    Present,
}

/// One job on the CV.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub employer: String,
    pub title: String,
    pub start: YearMonth,
    pub end: End,
    pub hours_per_week: f64,
    /// Where the job's `start` and `end` values are written.
    pub start_at: Location,
    pub end_at: Location,
}

/// One skill on the CV.
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    pub name: String,
    pub years: f64,
    pub level: Option<Level>,
    /// Where the skill's `years` value is written.
    pub years_at: Location,
}

/// A validated structured CV.
#[derive(Debug, Clone, PartialEq)]
pub struct Cv {
    pub jobs: Vec<Job>,
    pub skills: Vec<Skill>,
    /// Where the `skills` key is written (the start of the file when there is none).
    pub skills_at: Location,
}

/// A structured CV: the jobs and skills a candidate lists, for the automated consistency checks.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "hirekit CV")]
struct CvFile {
    /// The jobs on the CV, in any order; write `experience: []` when there are none.
    experience: Vec<JobInput>,
    /// The skills on the CV, each with the years of experience claimed.
    #[serde(default)]
    skills: Vec<SkillInput>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct JobInput {
    /// The employer (or client, agency or own company) as written on the CV.
    #[schemars(length(min = 1))]
    employer: String,
    /// The job title as written on the CV.
    #[schemars(length(min = 1))]
    title: String,
    /// The month the job started, as YYYY-MM (e.g. `2019-03`).
    start: String,
    /// The month the job ended, as YYYY-MM (e.g. `2023-08`), or `present` for a current job.
    end: String,
    /// Hours a week; 40 (full time) when left out.
    #[serde(default)]
    #[schemars(range(min = 1, max = 100))]
    hours_per_week: Option<f64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct SkillInput {
    /// The skill or technology as written on the CV, e.g. `Kubernetes` or `k8s`.
    #[schemars(length(min = 1))]
    name: String,
    /// The years of experience claimed with it, e.g. `4` or `2.5`.
    #[schemars(range(min = 0, max = 80))]
    years: f64,
    /// The level claimed: beginner, intermediate, advanced or expert.
    #[serde(default)]
    level: Option<Level>,
}

/// Reads a structured CV, reporting every problem with its location: YAML, then more than
/// [`MAX_JOBS`] jobs or [`MAX_SKILLS`] skills (before anything else, so that a huge file gives one
/// error rather than thousands), then structure against the schema, then months that are not
/// `YYYY-MM` (or `present` for an end).
/// Dates in the wrong order or in the future are *not* errors here: they are findings of
/// [`crate::check_cv`], because the CV is readable and the interviewer should ask about them.
pub fn read_cv(path: &Path, bytes: &[u8]) -> Result<(Cv, Document), Vec<Diagnostic>> {
    // The steps of `hirekit_yaml::read`, with the size check between parsing and the schema.
    let document = Document::parse(path, bytes).map_err(|d| vec![*d])?;
    let too_long = too_long(&document);
    if !too_long.is_empty() {
        return Err(too_long);
    }
    let problems = document.check_schema::<CvFile>();
    if !problems.is_empty() {
        return Err(explain_years(problems));
    }
    let file: CvFile = document.decode().map_err(|d| explain_years(vec![*d]))?;
    let mut errors = Vec::new();
    let mut jobs = Vec::with_capacity(file.experience.len());
    for (index, input) in file.experience.iter().enumerate() {
        let start_pointer = format!("/experience/{index}/start");
        let end_pointer = format!("/experience/{index}/end");
        let start = YearMonth::parse(&input.start);
        if start.is_none() {
            errors.push(month_error(
                &document,
                &start_pointer,
                "start",
                &input.start,
                false,
            ));
        }
        let end = if input.end.trim().eq_ignore_ascii_case("present") {
            Some(End::Present)
        } else {
            let end = YearMonth::parse(&input.end).map(End::Month);
            if end.is_none() {
                errors.push(month_error(
                    &document,
                    &end_pointer,
                    "end",
                    &input.end,
                    true,
                ));
            }
            end
        };
        if let (Some(start), Some(end)) = (start, end) {
            jobs.push(Job {
                employer: input.employer.trim().to_owned(),
                title: input.title.trim().to_owned(),
                start,
                end,
                hours_per_week: input.hours_per_week.unwrap_or(FULL_TIME_HOURS),
                start_at: document.root.location_of(&start_pointer),
                end_at: document.root.location_of(&end_pointer),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let skills = file
        .skills
        .iter()
        .enumerate()
        .map(|(index, input)| Skill {
            name: input.name.trim().to_owned(),
            years: input.years,
            level: input.level,
            years_at: document.root.location_of(&format!("/skills/{index}/years")),
        })
        .collect();
    let skills_at = document
        .root
        .key("skills")
        .map_or(Location::START, |k| k.location);
    Ok((
        Cv {
            jobs,
            skills,
            skills_at,
        },
        document,
    ))
}

/// More jobs or skills than the checks accept, located at the first one too many.
fn too_long(document: &Document) -> Vec<Diagnostic> {
    let limits = [
        (
            "experience",
            MAX_JOBS,
            "jobs",
            "a CV rarely lists more than a few dozen jobs: check that this file is the candidate's CV; to check it anyway, keep its {limit} most recent jobs",
        ),
        (
            "skills",
            MAX_SKILLS,
            "skills",
            "keep the skills that matter for the role, at most {limit}",
        ),
    ];
    let mut errors = Vec::new();
    for (key, limit, what, hint) in limits {
        let Some(Value::Seq(items)) = document.root.get(key).map(|node| &node.value) else {
            continue;
        };
        if items.len() > limit {
            let listed = text::count(items.len(), Language::En);
            errors.push(
                document
                    .error_at(
                        &format!("/{key}/{limit}"),
                        format!("the CV lists {listed} {what}; hirekit checks at most {limit}"),
                    )
                    .with_hint(hint.replace("{limit}", &limit.to_string())),
            );
        }
    }
    errors
}

/// `years: 2015` is a year, not a number of years: the bare range error does not say that.
fn explain_years(mut errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    for d in &mut errors {
        if d.hint.is_none() && d.message.starts_with("`years` must be at most") {
            d.hint = Some(
                "write how many years of experience, e.g. `4` or `2.5`, not the year it started"
                    .to_owned(),
            );
        }
    }
    errors
}

fn month_error(
    document: &Document,
    pointer: &str,
    field: &str,
    written: &str,
    may_be_present: bool,
) -> Diagnostic {
    let lower = written.trim().to_lowercase();
    let hint = if may_be_present
        && ["heden", "nu", "now", "current", "today", "huidig", "-"].contains(&lower.as_str())
    {
        "write `present` for a job that has not ended".to_owned()
    } else if let Some(month) = guess_month(written) {
        format!("write the month as YYYY-MM: `{month}`")
    } else if may_be_present {
        "write the month as YYYY-MM (e.g. `2023-08`), or `present` for a current job".to_owned()
    } else {
        "write the month as YYYY-MM, e.g. `2019-03`".to_owned()
    };
    document
        .error_at(pointer, format!("`{field}` is not a month: \"{written}\""))
        .with_hint(hint)
}

/// `2019-3` → `2019-03`, `2019-03-15` → `2019-03`, `03-2019` → `2019-03`: the likely intent.
fn guess_month(written: &str) -> Option<YearMonth> {
    let parts: Vec<&str> = written.trim().split(['-', '/', '.']).collect();
    let number = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m] | [y, m, _] if y.len() == 4 => {
            YearMonth::new(i32::try_from(number(y)?).ok()?, number(m)?)
        }
        [m, y] if y.len() == 4 => YearMonth::new(i32::try_from(number(y)?).ok()?, number(m)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Cv, Vec<Diagnostic>> {
        read_cv(Path::new("cv.yaml"), text.as_bytes()).map(|(cv, _)| cv)
    }

    #[test]
    fn reads_jobs_and_skills_with_locations() {
        let cv = read(
            "experience:\n  - employer: Voorbeeld BV\n    title: Developer\n    start: 2019-03\n    end: present\n    hours_per_week: 32\nskills:\n  - name: Rust\n    years: 3\n    level: advanced\n",
        )
        .unwrap();
        assert_eq!(cv.jobs[0].start, YearMonth::new(2019, 3).unwrap());
        assert_eq!(cv.jobs[0].end, End::Present);
        assert_eq!(cv.jobs[0].hours_per_week, 32.0);
        assert_eq!(cv.jobs[0].start_at, Location::new(4, 12));
        assert_eq!(cv.skills[0].years_at, Location::new(9, 12));
        assert_eq!(cv.skills_at, Location::new(7, 1));
    }

    #[test]
    fn hours_default_to_full_time_and_skills_are_optional() {
        let cv = read(
            "experience:\n  - employer: A\n    title: B\n    start: 2020-01\n    end: 2021-01\n",
        )
        .unwrap();
        assert_eq!(cv.jobs[0].hours_per_week, FULL_TIME_HOURS);
        assert!(cv.skills.is_empty());
    }

    #[test]
    fn bad_months_are_all_reported_with_a_fix() {
        let errors = read(
            "experience:\n  - employer: A\n    title: B\n    start: 2019-3\n    end: heden\n  - employer: C\n    title: D\n    start: maart 2019\n    end: 2019-13\n",
        )
        .unwrap_err();
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.message.as_str(), e.hint.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    4,
                    "`start` is not a month: \"2019-3\"",
                    "write the month as YYYY-MM: `2019-03`"
                ),
                (
                    5,
                    "`end` is not a month: \"heden\"",
                    "write `present` for a job that has not ended"
                ),
                (
                    8,
                    "`start` is not a month: \"maart 2019\"",
                    "write the month as YYYY-MM, e.g. `2019-03`"
                ),
                (
                    9,
                    "`end` is not a month: \"2019-13\"",
                    "write the month as YYYY-MM (e.g. `2023-08`), or `present` for a current job"
                ),
            ]
        );
    }

    #[test]
    fn more_jobs_or_skills_than_the_limits_are_refused_at_the_first_one_too_many() {
        let job = "  - employer: A\n    title: B\n    start: 2020-01\n    end: 2020-02\n";
        let skill = "  - name: Go\n    years: 1\n";
        let at_limits = format!(
            "experience:\n{}skills:\n{}",
            job.repeat(MAX_JOBS),
            skill.repeat(MAX_SKILLS)
        );
        let cv = read(&at_limits).unwrap();
        assert_eq!((cv.jobs.len(), cv.skills.len()), (MAX_JOBS, MAX_SKILLS));
        // One too many of each, and a bad month that is not reported: the size comes first.
        let over = format!(
            "experience:\n{}skills:\n{}",
            job.repeat(MAX_JOBS + 1).replacen("2020-01", "januari", 1),
            skill.repeat(MAX_SKILLS + 1)
        );
        let errors = read(&over).unwrap_err();
        let got: Vec<_> = errors
            .iter()
            .map(|e| {
                (
                    e.line,
                    e.column,
                    e.message.as_str(),
                    e.hint.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    802,
                    5,
                    "the CV lists 201 jobs; hirekit checks at most 200",
                    "a CV rarely lists more than a few dozen jobs: check that this file is the candidate's CV; to check it anyway, keep its 200 most recent jobs"
                ),
                (
                    1207,
                    5,
                    "the CV lists 201 skills; hirekit checks at most 200",
                    "keep the skills that matter for the role, at most 200"
                ),
            ]
        );
    }

    #[test]
    fn structural_problems_come_from_the_schema() {
        let errors = read("experience:\n  - employer: A\n    title: B\n    start: 2019-03\n    end: present\n    hours: 32\nskills:\n  - name: Go\n    years: 2015\n    level: guru\n").unwrap_err();
        let messages: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.message.as_str()))
            .collect();
        assert!(
            messages
                .iter()
                .any(|(l, m)| *l == 6 && m.starts_with("unknown field `hours`")),
            "{messages:?}"
        );
        assert!(
            messages.contains(&(9, "`years` must be at most 80, found 2015")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|(l, m)| *l == 10 && m.starts_with("unknown value `guru` for `level`")),
            "{messages:?}"
        );
    }
}
