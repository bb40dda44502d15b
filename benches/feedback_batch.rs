//! `hirekit feedback` on a 1,000-candidate hiring folder, as a whole process: loading and
//! checking every file, scoring, composing, the guard, PDF and e-mail, writing. Run with
//! `cargo bench --bench feedback_batch`; figures in docs/performance.md.
//!
//! Besides criterion's wall-clock figure (which a shared machine makes noisy), it prints what
//! the goals are stated in, measured with GNU time (`/usr/bin/time`) on fresh folders, so every
//! run writes new letters as a real batch does:
//!
//! - CPU time (user + system) per letter with `RAYON_NUM_THREADS=1` and `=2`, and the wall-clock
//!   speed-up of two threads over one;
//! - the peak resident memory of one run over 10,000 candidates (skip it with
//!   `HIREKIT_BENCH_SMALL=1`).

#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // a benchmark's setup may panic

use std::path::Path;
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};

const CANDIDATES: usize = 1_000;

/// A hiring folder with `candidates` rejected candidates, made from the example's three (each
/// with its own id and name, its interviews and its decision note).
fn folder(root: &Path, candidates: usize) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(root.join("candidates")).unwrap();
    std::fs::copy(
        repo.join("examples/hiring/hirekit.yaml"),
        root.join("hirekit.yaml"),
    )
    .unwrap();
    let profile = std::fs::read_to_string(root.join("hirekit.yaml")).unwrap();
    let scorecards = repo.join("scorecards");
    std::fs::write(
        root.join("hirekit.yaml"),
        profile.replace("../../scorecards", scorecards.to_str().unwrap()),
    )
    .unwrap();
    let templates = ["c-2026-014", "c-2026-017", "c-2026-023"];
    let names = [
        "Şükrü Yılmaz",
        "Łukasz Wójcik",
        "Олена Шевченко",
        "Nguyễn Văn An",
        "Zoë van der Berg",
    ];
    for i in 0..candidates {
        let from = templates[i % templates.len()];
        let id = format!("c-bench-{i:04}");
        let dir = root.join("candidates").join(&id);
        std::fs::create_dir_all(dir.join("interviews")).unwrap();
        let source = repo.join("examples/hiring/candidates").join(from);
        let candidate = std::fs::read_to_string(source.join("candidate.yaml")).unwrap();
        let name = format!("{} {i}", names[i % names.len()]);
        let candidate = candidate
            .replace(&format!("id: {from}"), &format!("id: {id}"))
            .lines()
            .map(|l| {
                if l.starts_with("name: ") {
                    format!("name: {name}")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(dir.join("candidate.yaml"), candidate).unwrap();
        // The decision note (debrief.yaml) and the CV: a decision against the proposed outcome
        // needs its note, or the letter is refused.
        for entry in std::fs::read_dir(&source).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_file() && entry.file_name() != "candidate.yaml" {
                std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
            }
        }
        for entry in std::fs::read_dir(source.join("interviews")).unwrap() {
            let entry = entry.unwrap();
            let text = std::fs::read_to_string(entry.path())
                .unwrap()
                .replace(from, &id);
            std::fs::write(dir.join("interviews").join(entry.file_name()), text).unwrap();
        }
    }
}

/// What GNU time reports for one run of `hirekit feedback` on `root`.
struct Usage {
    wall: f64,
    cpu: f64,
    peak_kb: u64,
}

/// Runs `hirekit feedback` on `root` with `threads` rayon threads under `/usr/bin/time`.
fn measured_run(root: &Path, threads: usize) -> Option<Usage> {
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%e %U %S %M"])
        .arg(env!("CARGO_BIN_EXE_hirekit"))
        .args(["feedback", "--today", "2026-11-23", "--dir"])
        .arg(root)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdout(std::process::Stdio::null())
        .output()
        .ok()?;
    assert!(output.status.success(), "hirekit feedback failed");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr.lines().last()?;
    let fields: Vec<f64> = line
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    let [wall, user, system, peak] = fields[..] else {
        return None;
    };
    Some(Usage {
        wall,
        cpu: user + system,
        peak_kb: peak as u64,
    })
}

/// CPU per letter on one and two threads, the speed-up, and the peak memory of 10,000 letters;
/// each run on a fresh folder, the best of three (the least disturbed by other processes).
fn goals() {
    if Command::new("/usr/bin/time")
        .args(["-f", "", "true"])
        .status()
        .is_err()
    {
        println!("GNU time (/usr/bin/time) not found: CPU and memory figures skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut best = [f64::MAX; 2];
    let mut best_wall = [f64::MAX; 2];
    for round in 0..3 {
        for (slot, threads) in [1, 2].into_iter().enumerate() {
            let root = dir.path().join(format!("hiring-{threads}-{round}"));
            folder(&root, CANDIDATES);
            if let Some(usage) = measured_run(&root, threads) {
                println!(
                    "{CANDIDATES} letters, {threads} thread(s): {:.2} s CPU ({:.2} ms per letter), {:.2} s wall, peak {:.1} MB",
                    usage.cpu,
                    usage.cpu * 1000.0 / CANDIDATES as f64,
                    usage.wall,
                    usage.peak_kb as f64 / 1024.0
                );
                best[slot] = best[slot].min(usage.cpu);
                best_wall[slot] = best_wall[slot].min(usage.wall);
            }
        }
    }
    println!(
        "best of three: {:.2} ms CPU per letter on one thread, {:.2} on two; two threads {:.2}x as fast (wall) as one",
        best[0] * 1000.0 / CANDIDATES as f64,
        best[1] * 1000.0 / CANDIDATES as f64,
        best_wall[0] / best_wall[1]
    );
    if std::env::var_os("HIREKIT_BENCH_SMALL").is_some() {
        return;
    }
    const LARGE: usize = 10_000;
    let root = dir.path().join("hiring-large");
    folder(&root, LARGE);
    if let Some(usage) = measured_run(&root, 2) {
        println!(
            "{LARGE} letters, 2 threads: peak memory {:.1} MB, {:.2} s CPU ({:.2} ms per letter), {:.1} s wall",
            usage.peak_kb as f64 / 1024.0,
            usage.cpu,
            usage.cpu * 1000.0 / LARGE as f64,
            usage.wall
        );
    }
}

fn whole_process(c: &mut Criterion) {
    goals();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hiring");
    folder(&root, CANDIDATES);
    let mut group = c.benchmark_group("hirekit feedback, 1,000 candidates");
    group.sample_size(10);
    group.bench_function("txt+eml+pdf", |b| {
        b.iter(|| {
            let status = Command::new(env!("CARGO_BIN_EXE_hirekit"))
                .args(["feedback", "--today", "2026-11-23", "--force", "--dir"])
                .arg(&root)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
        })
    });
    group.finish();
}

criterion_group!(benches, whole_process);
criterion_main!(benches);
