use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::cv::read_cv;
use crate::text::Language;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn table() -> TechnologyTable {
    TechnologyTable::builtin().unwrap()
}

/// A CV with `jobs` as (employer, start, end, hours) and `skills` as (name, years, level).
fn cv_text(
    jobs: &[(&str, &str, &str, Option<f64>)],
    skills: &[(&str, f64, Option<&str>)],
) -> String {
    let mut text = String::from("experience:\n");
    if jobs.is_empty() {
        text = String::from("experience: []\n");
    }
    for (employer, start, end, hours) in jobs {
        text.push_str(&format!(
            "  - employer: {employer}\n    title: Developer\n    start: {start}\n    end: {end}\n"
        ));
        if let Some(h) = hours {
            text.push_str(&format!("    hours_per_week: {h}\n"));
        }
    }
    if !skills.is_empty() {
        text.push_str("skills:\n");
        for (name, years, level) in skills {
            text.push_str(&format!("  - name: \"{name}\"\n    years: {years}\n"));
            if let Some(level) = level {
                text.push_str(&format!("    level: {level}\n"));
            }
        }
    }
    text
}

fn run_on(text: &str, today: NaiveDate) -> Vec<Finding> {
    let (cv, _) =
        read_cv(Path::new("cv.yaml"), text.as_bytes()).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    check_cv(&cv, today, &table())
}

fn run(
    jobs: &[(&str, &str, &str, Option<f64>)],
    skills: &[(&str, f64, Option<&str>)],
) -> Vec<Finding> {
    run_on(&cv_text(jobs, skills), today())
}

fn checks(findings: &[Finding]) -> Vec<(Check, Severity, usize)> {
    findings
        .iter()
        .map(|f| (f.check, f.severity, f.line))
        .collect()
}

#[test]
fn a_clean_cv_gives_no_findings() {
    let findings = run(
        &[
            ("Voorbeeld Software BV", "2021-09", "present", None),
            ("Testbedrijf Noord", "2017-02", "2021-08", None),
            ("Fictief Hosting", "2014-10", "2017-01", Some(32.0)),
        ],
        &[
            ("Go", 5.0, Some("expert")),
            ("Kubernetes", 7.0, Some("advanced")),
            ("PostgreSQL", 12.0, None),
            ("Python", 10.0, None),
        ],
    );
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn overlapping_full_time_jobs_are_flagged_at_the_later_start() {
    let findings = run(
        &[
            ("Alfa", "2020-01", "2021-06", None),
            ("Beta", "2021-05", "2022-12", None),
        ],
        &[],
    );
    assert_eq!(
        checks(&findings),
        vec![(Check::OverlappingJobs, Severity::Caution, 8)]
    );
    let message = &findings[0].message;
    assert!(message.get(Language::En).starts_with("The job at Beta (40 hours a week) overlaps the job at Alfa (40 hours a week, line 4) for 2 months (2021-05 to 2021-06): 80 hours a week together."), "{}", message.en);
    assert!(message.get(Language::Nl).starts_with("De baan bij Beta (40 uur per week) overlapt 2 maanden (2021-05 tot en met 2021-06) met de baan bij Alfa (40 uur per week, regel 4): samen 80 uur per week."), "{}", message.nl);
}

#[test]
fn a_one_month_overlap_is_a_hand_over() {
    let findings = run(
        &[
            ("Alfa", "2020-01", "2021-05", None),
            ("Beta", "2021-05", "2022-12", None),
        ],
        &[],
    );
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn overlaps_up_to_sixty_hours_are_fine() {
    let findings = run(
        &[
            ("Alfa", "2020-01", "2022-12", Some(30.0)),
            ("Beta", "2021-01", "2021-12", Some(30.0)),
        ],
        &[],
    );
    assert!(findings.is_empty(), "{findings:#?}");
    let findings = run(
        &[
            ("Alfa", "2020-01", "2022-12", Some(32.0)),
            ("Beta", "2021-01", "2021-12", Some(32.0)),
        ],
        &[],
    );
    assert_eq!(
        checks(&findings),
        vec![(Check::OverlappingJobs, Severity::Caution, 9)]
    );
    assert!(findings[0].message.nl.contains("samen 64 uur per week"));
}

#[test]
fn an_end_before_its_start_is_reported_at_the_end() {
    let findings = run(&[("Alfa", "2021-06", "2020-02", None)], &[]);
    assert_eq!(
        checks(&findings),
        vec![(Check::DateOrder, Severity::Caution, 5)]
    );
    assert_eq!(findings[0].column, 10);
    assert_eq!(
        findings[0].message.en,
        "The job at Alfa ends (2020-02) before it starts (2021-06). Probably a typing error: ask the candidate to correct the dates."
    );
}

#[test]
fn dates_after_today_are_reported() {
    let findings = run(
        &[
            ("Alfa", "2020-01", "2027-03", None),
            ("Beta", "2027-01", "present", None),
        ],
        &[],
    );
    assert_eq!(
        checks(&findings),
        vec![
            (Check::FutureDate, Severity::Caution, 5),
            (Check::FutureDate, Severity::Caution, 8)
        ]
    );
    // The current month is not in the future.
    assert!(run(&[("Alfa", "2026-11", "present", None)], &[]).is_empty());
    assert!(run(&[("Alfa", "2020-01", "2026-11", None)], &[]).is_empty());
}

#[test]
fn experience_up_to_exactly_the_technology_age_is_fine() {
    // Kubernetes: first public in 2014-06. On 2026-06-15 it is exactly 12 years old.
    let june = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
    let cv = |years: f64| {
        cv_text(
            &[("Alfa", "2010-01", "present", None)],
            &[("k8s", years, None)],
        )
    };
    assert!(run_on(&cv(12.0), june).is_empty());
    let findings = run_on(&cv(12.5), june);
    assert_eq!(
        checks(&findings),
        vec![(Check::ExperienceExceedsTechnologyAge, Severity::Caution, 8)]
    );
    assert_eq!(
        findings[0].message.en,
        "k8s: 12.5 years of experience claimed, but Kubernetes has only been publicly available since 2014-06 (12 years). The difference is a year at most: early previews, insider use or rounding up may explain it. Ask where and when the candidate started with it."
    );
    assert_eq!(
        checks(&run_on(&cv(13.0), june)),
        vec![(Check::ExperienceExceedsTechnologyAge, Severity::Caution, 8)]
    );
    let findings = run_on(&cv(13.5), june);
    assert_eq!(
        checks(&findings),
        vec![(Check::ExperienceExceedsTechnologyAge, Severity::RedFlag, 8)]
    );
    assert!(findings[0].message.nl.starts_with("k8s: 13,5 jaar ervaring opgegeven, maar Kubernetes is pas sinds 2014-06 openbaar beschikbaar (12 jaar)."));
    // One month earlier the same 12 years are one month too many.
    let may = NaiveDate::from_ymd_opt(2026, 5, 31).unwrap();
    assert_eq!(
        checks(&run_on(&cv(12.0), may)),
        vec![(Check::ExperienceExceedsTechnologyAge, Severity::Caution, 8)]
    );
}

#[test]
fn technologies_count_from_their_first_public_availability() {
    // As of 2026-11: ASP.NET public as ASP+ since 2000-07 (26 years 4 months), Spring Boot since
    // its first milestone 2013-08, Angular 2+ since its public alpha 2015-03, Java since HotJava
    // 1995-03 and Redis since its first commit 2009-03. None of these claims is too long.
    let skills = [
        ("ASP.NET", 26.0, None),
        ("Spring Boot", 13.0, None),
        ("Angular 2", 11.5, None),
        ("Java", 31.5, None),
        ("Redis", 17.5, None),
    ];
    let career = [("Alfa", "1990-01", "present", None)];
    assert!(
        run(&career, &skills).is_empty(),
        "{:#?}",
        run(&career, &skills)
    );
    let findings = run(&career, &[("ASP.NET", 27.0, None)]);
    assert_eq!(
        checks(&findings),
        vec![(Check::ExperienceExceedsTechnologyAge, Severity::Caution, 8)]
    );
    assert!(findings[0].message.en.starts_with("ASP.NET: 27 years of experience claimed, but ASP.NET has only been publicly available since 2000-07 (26 years and 4 months)."), "{}", findings[0].message.en);
}

#[test]
fn corrected_release_dates_no_longer_flag_honest_claims() {
    // As of 2026-11, with the dates before the second review each of these claims was a finding:
    // Express (public on GitHub during 2009, was 2010-01), Entity Framework (first CTP 2006-08,
    // was 2008-01), scikit-learn (scikits.learn 2007, was 2010-01), NumPy (Numeric 1995, was
    // 2006-01), iOS (iPhone OS 2007-06, was the SDK 2008-03) and F# (2002, was 2005-01).
    let career = [("Alfa", "1990-01", "present", None)];
    let skills = [
        ("Express", 17.5, None),
        ("Entity Framework", 20.0, None),
        ("scikit-learn", 19.0, None),
        ("NumPy", 25.0, None),
        ("iOS", 19.0, None),
        ("F#", 22.0, None),
    ];
    let findings = run(&career, &skills);
    assert!(findings.is_empty(), "{findings:#?}");
    // OpenTelemetry: public from its reference candidate, 2019-04 (was 2019-05). On 2026-04-23
    // seven years is exactly its age.
    let april = NaiveDate::from_ymd_opt(2026, 4, 23).unwrap();
    let otel = cv_text(&career, &[("OpenTelemetry", 7.0, None)]);
    assert!(run_on(&otel, april).is_empty());
    // The corrected dates still catch too long a claim: 21 years of Entity Framework.
    let findings = run(&career, &[("Entity Framework", 21.0, None)]);
    assert_eq!(
        checks(&findings),
        vec![(Check::ExperienceExceedsTechnologyAge, Severity::Caution, 8)]
    );
    assert!(findings[0].message.en.starts_with("Entity Framework: 21 years of experience claimed, but Entity Framework has only been publicly available since 2006-08 (20 years and 3 months)."), "{}", findings[0].message.en);
}

#[test]
fn unknown_skills_are_not_checked_against_a_release_date() {
    assert!(
        run(
            &[("Alfa", "1990-01", "present", None)],
            &[("Vakmanschap", 30.0, None)]
        )
        .is_empty()
    );
}

#[test]
fn more_years_than_the_career_is_a_caution() {
    // 2022-01 to 2026-11 inclusive is 59 months; people round up, so 5 years is allowed.
    let jobs = [("Alfa", "2022-01", "present", None)];
    assert!(run(&jobs, &[("Python", 5.0, None)]).is_empty());
    let findings = run(&jobs, &[("Python", 6.0, None)]);
    assert_eq!(
        checks(&findings),
        vec![(Check::ExperienceExceedsCareer, Severity::Caution, 8)]
    );
    assert_eq!(
        findings[0].message.nl,
        "Python: 6 jaar ervaring opgegeven, meer dan de 4 jaar en 11 maanden die de vermelde loopbaan beslaat (2022-01 tot en met 2026-11). Ervaring uit studie, open source of hobbyprojecten telt ook: vraag waar die is opgedaan."
    );
    // Without any listed job there is no career to compare with.
    assert!(run(&[], &[("Python", 6.0, None)]).is_empty());
}

#[test]
fn more_than_eight_expert_skills_is_a_caution_at_the_skills_key() {
    let names = [
        "Go", "Rust", "Java", "Python", "Kotlin", "Scala", "Elixir", "Haskell", "OCaml",
    ];
    let skills: Vec<_> = names.iter().map(|n| (*n, 1.0, Some("expert"))).collect();
    assert!(run(&[("Alfa", "2010-01", "present", None)], &skills[..8]).is_empty());
    let findings = run(&[("Alfa", "2010-01", "present", None)], &skills);
    assert_eq!(
        checks(&findings),
        vec![(Check::ExpertBreadth, Severity::Caution, 6)]
    );
    assert_eq!((findings[0].line, findings[0].column), (6, 1));
    assert!(findings[0].message.en.starts_with("9 skills are claimed at expert level (Go, Rust, Java, Python, Kotlin, Scala, Elixir, Haskell, OCaml)."));
}

#[test]
fn a_gap_of_exactly_six_months_is_not_mentioned() {
    // Alfa ends 2020-01, Beta starts 2020-08: February to July is six months without a job.
    let findings = run(
        &[
            ("Beta", "2020-08", "present", None),
            ("Alfa", "2018-01", "2020-01", None),
        ],
        &[],
    );
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn a_gap_of_seven_months_is_information_with_a_note() {
    let findings = run(
        &[
            ("Beta", "2020-09", "present", None),
            ("Alfa", "2018-01", "2020-01", None),
        ],
        &[],
    );
    assert_eq!(checks(&findings), vec![(Check::Gap, Severity::Info, 4)]);
    assert_eq!(
        findings[0].message.en,
        "7 months without a listed job between Alfa (up to 2020-01) and Beta (from 2020-09). Gaps in a CV are very common (care, illness, study, travel, looking for work) and never a reason to reject. At most a reason to ask openly what the candidate wants to tell about that period; do not press for the reason."
    );
}

#[test]
fn a_gap_covered_by_a_longer_job_is_no_gap() {
    // Gamma runs through the months between Alfa and Beta.
    let findings = run(
        &[
            ("Alfa", "2015-01", "2016-01", None),
            ("Gamma", "2014-01", "2019-12", Some(16.0)),
            ("Beta", "2018-01", "2019-12", Some(24.0)),
        ],
        &[],
    );
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn findings_are_ordered_by_line() {
    let findings = run(
        &[
            ("Alfa", "2021-06", "2020-02", None),
            ("Beta", "2019-01", "2019-05", None),
            ("Gamma", "2023-01", "present", None),
        ],
        &[("k8s", 20.0, Some("expert"))],
    );
    let lines: Vec<usize> = findings.iter().map(|f| f.line).collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted);
}

/// Jobs laid end to end (each starting after the previous one ended), in any order on the CV.
fn sequential_jobs() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((1i64..120, 0i64..24), 1..12).prop_flat_map(|durations| {
        let mut month = 1995 * 12;
        let mut jobs = Vec::new();
        for (length, gap) in durations {
            let start = month + gap;
            let end = start + length - 1;
            jobs.push((month_text(start), month_text(end)));
            month = end + 1;
        }
        Just(jobs).prop_shuffle()
    })
}

proptest! {
    #[test]
    fn non_overlapping_full_time_jobs_never_overlap(jobs in sequential_jobs(), last_is_current in any::<bool>()) {
        let mut jobs: Vec<(String, String, String)> =
            jobs.into_iter().enumerate().map(|(i, (s, e))| (format!("Werkgever {i}"), s, e)).collect();
        if last_is_current && let Some(latest) = jobs.iter_mut().max_by_key(|j| j.1.clone()) {
            latest.2 = "present".to_owned();
        }
        let entries: Vec<(&str, &str, &str, Option<f64>)> =
            jobs.iter().map(|(e, s, end)| (e.as_str(), s.as_str(), end.as_str(), Some(40.0))).collect();
        let findings = run_on(&cv_text(&entries, &[]), NaiveDate::from_ymd_opt(2200, 1, 1).unwrap());
        prop_assert!(findings.iter().all(|f| f.check != Check::OverlappingJobs), "{:#?}", findings);
        prop_assert!(findings.iter().all(|f| f.check != Check::DateOrder));
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,200}") {
        let _ = read_cv(Path::new("cv.yaml"), text.as_bytes());
    }
}
