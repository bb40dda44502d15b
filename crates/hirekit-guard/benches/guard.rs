//! How long the guard takes on one letter, on long texts, and to compile the built-in lists.
//!
//! `cargo bench -p hirekit-guard --bench guard` (add `-- --quick` for a short run). The figures
//! are in docs/performance.md.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hirekit_guard::{Guard, Language};
use std::hint::black_box;
use std::time::Duration;

const LETTER_NL: &str = include_str!("../tests/letters/nl/01-must-have.txt");
const LETTER_EN: &str = include_str!("../tests/letters/en/01-must-have.txt");
/// A second letter, so that two make a full A4 page of text (~400 words, ~2.5 KB).
const LETTER_NL_2: &str = include_str!("../tests/letters/nl/02-near-miss.txt");

/// A text of at least `bytes` bytes made of whole letters of both languages, with a few
/// findings in every letter so that matching, resolving and locating all do their work.
fn long_text(bytes: usize) -> String {
    let unit = format!(
        "{LETTER_NL}\nWe zochten een iets jongere kandidaat.\n\n{LETTER_EN}\nYou are too old.\n\n"
    );
    unit.repeat(bytes.div_ceil(unit.len()))
}

fn bench(c: &mut Criterion) {
    let guard = Guard::builtin();
    c.bench_function("check one Dutch letter", |b| {
        b.iter(|| guard.check_text(black_box(LETTER_NL), Language::Nl))
    });
    c.bench_function("check one English letter", |b| {
        b.iter(|| guard.check_text(black_box(LETTER_EN), Language::En))
    });
    let page = format!("{LETTER_NL}\n{LETTER_NL_2}");
    c.bench_function("check a full page (two Dutch letters, ~400 words)", |b| {
        b.iter(|| guard.check_text(black_box(&page), Language::Nl))
    });
    c.bench_function("check one letter, language unknown", |b| {
        b.iter(|| guard.check_text_guessing(black_box(LETTER_NL)))
    });

    let mut long = c.benchmark_group("long texts");
    long.sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for (name, bytes) in [("1 MB", 1 << 20), ("10 MB", 10 << 20)] {
        let text = long_text(bytes);
        long.throughput(Throughput::Bytes(text.len() as u64));
        long.bench_function(format!("check a {name} text"), |b| {
            b.iter(|| guard.check_text(black_box(&text), Language::Nl))
        });
    }
    long.finish();

    let reasons = include_str!("../phrases/reasons.yaml").as_bytes();
    let lists = [
        (Language::Nl, include_str!("../phrases/nl.yaml").as_bytes()),
        (Language::En, include_str!("../phrases/en.yaml").as_bytes()),
    ];
    c.bench_function("compile the built-in lists", |b| {
        b.iter(|| Guard::from_sources(black_box(reasons), &lists))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
