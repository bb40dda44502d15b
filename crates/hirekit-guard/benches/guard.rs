//! How long the guard takes on one letter, on a long text, and to compile the built-in lists.

use criterion::{Criterion, criterion_group, criterion_main};
use hirekit_guard::{Guard, Language};
use std::hint::black_box;

const LETTER_NL: &str = include_str!("../tests/letters/nl/01-must-have.txt");
const LETTER_EN: &str = include_str!("../tests/letters/en/01-must-have.txt");

fn bench(c: &mut Criterion) {
    let guard = Guard::builtin();
    c.bench_function("check one Dutch letter", |b| {
        b.iter(|| guard.check_text(black_box(LETTER_NL), Language::Nl))
    });
    c.bench_function("check one English letter", |b| {
        b.iter(|| guard.check_text(black_box(LETTER_EN), Language::En))
    });
    let long = LETTER_NL.repeat(100);
    c.bench_function("check 100 Dutch letters as one text", |b| {
        b.iter(|| guard.check_text(black_box(&long), Language::Nl))
    });
    c.bench_function("check one letter, language unknown", |b| {
        b.iter(|| guard.check_text_guessing(black_box(LETTER_NL)))
    });
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
