//! What `hirekit redflags` pays on every run: parsing and validating the embedded checklists and
//! technology table, and checking a (large) CV.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use hirekit_redflags::{
    Catalogue, Cv, End, Job, MAX_JOBS, TechnologyTable, YearMonth, check_cv, read_cv,
};
use hirekit_yaml::Location;

/// A CV with 40 consecutive jobs and 120 skills: far larger than any real one.
fn large_cv() -> String {
    let mut text = String::from("experience:\n");
    for i in 0..40 {
        let year = 1980 + i;
        let _ = write!(
            text,
            "  - employer: Werkgever {i}\n    title: Developer\n    start: {year}-01\n    end: {year}-11\n"
        );
    }
    text.push_str("skills:\n");
    let names = [
        "Go",
        "k8s",
        "Python 3",
        "React.js",
        "PostgreSQL",
        "Terraform",
        "Kafka",
        "Onbekend",
    ];
    for i in 0..120 {
        let _ = write!(
            text,
            "  - name: {}\n    years: {}\n    level: expert\n",
            names[i % names.len()],
            i % 20
        );
    }
    text
}

/// `count` full-time jobs that all run from January 2020 to December 2022: every pair overlaps.
fn overlapping_cv(count: usize) -> String {
    let mut text = String::from("experience:\n");
    for i in 0..count {
        let _ = write!(
            text,
            "  - employer: Werkgever {i}\n    title: Developer\n    start: 2020-01\n    end: 2022-12\n"
        );
    }
    text
}

/// The same, built in memory: more jobs than `read_cv` accepts, to show the checks themselves
/// stay O(n log n) with bounded output.
fn overlapping_jobs(count: usize) -> Cv {
    let (start, end) = (YearMonth::new(2020, 1), YearMonth::new(2022, 12));
    let (Some(start), Some(end)) = (start, end) else {
        unreachable!("valid months")
    };
    let jobs = (0..count)
        .map(|i| Job {
            employer: format!("Werkgever {i}"),
            title: "Developer".to_owned(),
            start,
            end: End::Month(end),
            hours_per_week: 40.0,
            start_at: Location::new(4 * i + 4, 12),
            end_at: Location::new(4 * i + 5, 10),
        })
        .collect();
    Cv {
        jobs,
        skills: Vec::new(),
        skills_at: Location::START,
    }
}

fn benches(c: &mut Criterion) {
    c.bench_function("builtin catalogue (5 checklists)", |b| {
        b.iter(|| black_box(Catalogue::builtin().map(|c| c.items().len())))
    });
    c.bench_function("builtin technology table", |b| {
        b.iter(|| black_box(TechnologyTable::builtin().map(|t| t.len())))
    });
    let text = large_cv();
    let table = TechnologyTable::builtin().unwrap_or_else(|_| panic!("built-in table"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    c.bench_function("read and check a CV (40 jobs, 120 skills)", |b| {
        b.iter(|| {
            let (cv, _) = read_cv(Path::new("cv.yaml"), text.as_bytes())
                .unwrap_or_else(|_| panic!("valid CV"));
            black_box(check_cv(&cv, today, &table).len())
        })
    });
    let text = overlapping_cv(MAX_JOBS);
    c.bench_function(
        "read and check a CV at the limit (200 jobs, all overlapping)",
        |b| {
            b.iter(|| {
                let (cv, _) = read_cv(Path::new("cv.yaml"), text.as_bytes())
                    .unwrap_or_else(|_| panic!("valid CV"));
                black_box(check_cv(&cv, today, &table).len())
            })
        },
    );
    let cv = overlapping_jobs(20_000);
    c.bench_function("check 20,000 overlapping jobs (in memory)", |b| {
        b.iter(|| black_box(check_cv(&cv, today, &table).len()))
    });
}

criterion_group! {
    name = group;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(group);
