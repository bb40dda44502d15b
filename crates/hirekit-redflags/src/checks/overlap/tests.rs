//! The sweep against the obvious pairwise comparison, and the cap on a CV with thousands of
//! overlapping jobs.

use chrono::NaiveDate;
use hirekit_yaml::Location;
use proptest::prelude::*;

use super::*;
use crate::checks::{check_cv, dates};
use crate::cv::{Cv, End, Job};
use crate::month::YearMonth;
use crate::render::findings_table;
use crate::technology::TechnologyTable;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A CV of jobs given as (start month index, length in months, hours), each written on five
/// lines as in a real file.
fn cv(jobs: &[(i64, i64, f64)]) -> Cv {
    let month = |index: i64| {
        YearMonth::new(
            i32::try_from(index / 12).unwrap(),
            u32::try_from(index % 12 + 1).unwrap(),
        )
        .unwrap()
    };
    let jobs = jobs
        .iter()
        .enumerate()
        .map(|(i, &(start, length, hours))| Job {
            employer: format!("Werkgever {i}"),
            title: "Developer".to_owned(),
            start: month(start),
            end: End::Month(month(start + length - 1)),
            hours_per_week: hours,
            start_at: Location::new(5 * i + 4, 12),
            end_at: Location::new(5 * i + 5, 10),
        })
        .collect();
    Cv {
        jobs,
        skills: Vec::new(),
        skills_at: Location::START,
    }
}

/// Every overlap by comparing every pair: (second, partners) per job, in position order.
fn pairwise(spans: &[Span<'_>]) -> Vec<(usize, usize)> {
    let mut partners = vec![0; spans.len()];
    for (i, a) in spans.iter().enumerate() {
        for (j, b) in spans.iter().enumerate().skip(i + 1) {
            let months = a.end.min(b.end) - a.start.max(b.start) + 1;
            let hours = a.job.hours_per_week + b.job.hours_per_week;
            if months > MAX_OVERLAP_MONTHS && hours > MAX_COMBINED_HOURS {
                let later = if (b.start, b.job.start_at) >= (a.start, a.job.start_at) {
                    j
                } else {
                    i
                };
                partners[later] += 1;
            }
        }
    }
    partners
        .into_iter()
        .enumerate()
        .filter(|&(_, n)| n > 0)
        .collect()
}

proptest! {
    #[test]
    fn the_sweep_finds_what_comparing_every_pair_finds(
        jobs in prop::collection::vec((24_000i64..24_060, 1i64..30, prop::sample::select(vec![8.0, 16.0, 20.0, 24.0, 30.0, 32.0, 36.0, 40.0, 44.5])), 0..40)
    ) {
        let cv = cv(&jobs);
        let spans = dates(&cv, YearMonth::of(today()), &mut Vec::new());
        let mut swept: Vec<(usize, usize)> = find(&spans).iter().map(|o| (o.second, o.others + 1)).collect();
        swept.sort_unstable();
        prop_assert_eq!(swept, pairwise(&spans));
        // The partner named is a real one: it started first and overlaps enough.
        for o in find(&spans) {
            let (a, b) = (&spans[o.partner], &spans[o.second]);
            prop_assert!((a.start, a.job.start_at) < (b.start, b.job.start_at));
            prop_assert!(a.end.min(b.end) - b.start + 1 > MAX_OVERLAP_MONTHS);
            prop_assert!(a.job.hours_per_week + b.job.hours_per_week > MAX_COMBINED_HOURS);
        }
    }
}

#[test]
fn a_job_with_several_partners_gets_one_finding_that_counts_them() {
    let cv = cv(&[(24_000, 24, 40.0), (24_002, 24, 32.0), (24_004, 6, 40.0)]);
    let findings = check_cv(&cv, today(), &TechnologyTable::builtin().unwrap());
    let lines: Vec<(usize, &str)> = findings
        .iter()
        .map(|f| (f.line, f.message.en.as_str()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                9,
                "The job at Werkgever 1 (32 hours a week) overlaps the job at Werkgever 0 (40 hours a week, line 4) for 22 months (2000-03 to 2001-12): 72 hours a week together. There is often a good explanation, such as a secondment where both the agency and the client are listed, a business on the side, a notice period or part-time hours not written down. Ask how the two jobs fitted together."
            ),
            (
                14,
                "The job at Werkgever 2 (40 hours a week) overlaps the job at Werkgever 0 (40 hours a week, line 4) for 6 months (2000-05 to 2000-10): 80 hours a week together. It also overlaps 1 other job that started earlier. There is often a good explanation, such as a secondment where both the agency and the client are listed, a business on the side, a notice period or part-time hours not written down. Ask how these jobs fitted together."
            ),
        ]
    );
    assert_eq!(
        findings[1].message.nl,
        "De baan bij Werkgever 2 (40 uur per week) overlapt 6 maanden (2000-05 tot en met 2000-10) met de baan bij Werkgever 0 (40 uur per week, regel 4): samen 80 uur per week. Deze baan overlapt ook met 1 andere baan die eerder begon. Daar is vaak een goede verklaring voor, zoals een detachering waarbij bureau en klant allebei vermeld staan, een eigen bedrijf ernaast, een opzegtermijn of parttime uren die niet zijn ingevuld. Vraag hoe deze banen samengingen."
    );
}

/// 20,000 full-time jobs that all run at once: comparing every pair would write about 200
/// million findings. The sweep writes twenty and counts the rest.
#[test]
fn twenty_thousand_overlapping_jobs_give_a_bounded_report() {
    let jobs = vec![(24_000, 36, 40.0); 20_000];
    let cv = cv(&jobs);
    let findings = check_cv(&cv, today(), &TechnologyTable::builtin().unwrap());
    assert_eq!(findings.len(), MAX_OVERLAP_FINDINGS + 1);
    assert!(findings.iter().all(|f| f.check == Check::OverlappingJobs));
    // In the order of the CV: jobs 1 to 20, each overlapping every job before it.
    let shown: Vec<usize> = findings[..MAX_OVERLAP_FINDINGS]
        .iter()
        .map(|f| f.line)
        .collect();
    assert_eq!(shown, (1..=20).map(|i| 5 * i + 4).collect::<Vec<_>>());
    assert!(
        findings[19]
            .message
            .en
            .contains(" It also overlaps 19 other jobs that started earlier. "),
        "{}",
        findings[19].message.en
    );
    let last = &findings[MAX_OVERLAP_FINDINGS];
    assert_eq!((last.line, last.column), (5 * 21 + 4, 12));
    assert_eq!(
        last.message.en,
        "… and 19,979 more jobs that overlap an earlier job, not listed one by one. With this much overlap, one conversation about the career makes more sense than a question per job; also ask whether the CV is right as it was sent."
    );
    assert_eq!(
        last.message.nl,
        "… en nog 19.979 banen die met een eerdere baan overlappen, hier niet elk apart genoemd. Bij zoveel overlap is één gesprek over de loopbaan zinniger dan een vraag per baan; vraag ook of het cv klopt zoals het is aangeleverd."
    );

    let table = findings_table("cv.yaml", &findings, today(), crate::text::Language::En);
    assert!(
        table.lines().count() < 200,
        "{} lines",
        table.lines().count()
    );
    assert!(table.ends_with("21 findings: 21 cautions (as of 23 November 2026). Findings are questions to ask the candidate, not\nconclusions.\n"), "{table}");
}
