//! Letters per second: 1,000 distinct one-page letters, rendered one after another on one core.
//!
//! `cargo bench -p hirekit-pdf --bench letters`; figures go to docs/performance.md.

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hirekit_pdf::{Letter, render_letter};

const BATCH: usize = 1_000;

/// Distinct letters: every one has its own name, address and first paragraph.
fn letters() -> Vec<Letter> {
    (0..BATCH)
        .map(|i| {
            let name = format!("{} {}", fixtures::NAMES[i % fixtures::NAMES.len()], i);
            let mut letter = fixtures::dutch_letter(&name, None);
            letter.recipient.address_lines[0] = format!("Lindelaan {}", i + 1);
            letter
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let letters = letters();
    let metadata = fixtures::metadata("Uw sollicitatie", "nl-NL");
    // Warm the font cache so that parsing the font once per process is not counted per letter.
    let sizes: Vec<usize> = letters
        .iter()
        .map(|l| {
            render_letter(l, &metadata)
                .map(|pdf| pdf.len())
                .unwrap_or(0)
        })
        .collect();
    let largest = sizes.iter().max().copied().unwrap_or(0);
    let mean = sizes.iter().sum::<usize>() / sizes.len().max(1);
    println!("one-page letter size: mean {mean} bytes, largest {largest} bytes");
    // CPU time, not wall time: on a shared machine other processes inflate the wall clock.
    if let Some(before) = cpu_seconds() {
        let start = std::time::Instant::now();
        for letter in &letters {
            black_box(
                render_letter(letter, &metadata)
                    .map(|pdf| pdf.len())
                    .unwrap_or(0),
            );
        }
        let wall = start.elapsed().as_secs_f64();
        if let Some(after) = cpu_seconds() {
            println!(
                "1,000 letters: {:.3} s CPU ({:.2} ms per letter), {wall:.3} s wall",
                after - before,
                (after - before) * 1000.0 / BATCH as f64
            );
        }
    }

    let mut group = c.benchmark_group("letters");
    group.sample_size(10);
    group.throughput(Throughput::Elements(BATCH as u64));
    group.bench_function("1000 distinct one-page letters", |b| {
        b.iter(|| {
            for letter in &letters {
                black_box(
                    render_letter(black_box(letter), &metadata)
                        .map(|pdf| pdf.len())
                        .unwrap_or(0),
                );
            }
        })
    });
    group.finish();

    let mut single = c.benchmark_group("letter");
    single.sample_size(30);
    let logo = fixtures::logo();
    let with_logo = fixtures::dutch_letter("Zoë van der Berg", Some(logo));
    single.bench_function("one-page letter with logo", |b| {
        b.iter(|| {
            black_box(
                render_letter(black_box(&with_logo), &metadata)
                    .map(|pdf| pdf.len())
                    .unwrap_or(0),
            )
        })
    });
    single.finish();
}

/// User + system CPU time of this process, from /proc (Linux); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = fs_err::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may contain spaces).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // The kernel reports in USER_HZ, 100 on every Linux we run on.
    Some(ticks / 100.0)
}

criterion_group!(benches, bench);
criterion_main!(benches);
