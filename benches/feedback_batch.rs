//! `hirekit feedback` on a 1,000-candidate hiring folder, as a whole process: loading and
//! checking every file, scoring, composing, the guard, PDF and e-mail, writing. Run with
//! `cargo bench --bench feedback_batch`; figures in docs/performance.md.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // a benchmark's setup may panic

use std::path::Path;
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};

const CANDIDATES: usize = 1_000;

/// A hiring folder with `CANDIDATES` rejected candidates, made from the example's three.
fn folder(root: &Path) {
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
    for i in 0..CANDIDATES {
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
        for entry in std::fs::read_dir(source.join("interviews")).unwrap() {
            let entry = entry.unwrap();
            let text = std::fs::read_to_string(entry.path())
                .unwrap()
                .replace(from, &id);
            std::fs::write(dir.join("interviews").join(entry.file_name()), text).unwrap();
        }
    }
}

fn whole_process(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hiring");
    folder(&root);
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
