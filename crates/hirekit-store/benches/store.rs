//! The database at team scale: importing a 10,000-candidate folder, 100 interviewers submitting
//! 10,000 scorecards at once, and loading 10,000 candidates from the database vs from files.
//!
//! SQLite always; PostgreSQL when HIREKIT_TEST_POSTGRES names a server (as in the tests).
//! Figures are in docs/performance.md.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use hirekit_folder::{Folder, HiringSource as _, SourceError};
use hirekit_store::{Database, Store};
use sqlx::Connection as _;

const CANDIDATES: usize = 10_000;
const WRITERS: usize = 100;
const SCORECARD: &str = "senior-backend-developer";

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
}

/// Writes a hiring folder of `n` candidates, each with two planned interviews, two filled
/// scorecards and a decision, modelled on the example folder.
fn generate(root: &Path, n: usize) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let example = repo.join("examples/hiring/candidates/c-2026-011");
    let candidate = fs_err::read_to_string(example.join("candidate.yaml")).expect("example");
    let ayla = fs_err::read_to_string(example.join("interviews/ayla.yaml")).expect("example");
    let bram = fs_err::read_to_string(example.join("interviews/bram.yaml")).expect("example");
    let profile = fs_err::read_to_string(repo.join("examples/hiring/hirekit.yaml"))
        .expect("example")
        .replace("scorecards: ../../scorecards", "scorecards: scorecards");
    fs_err::create_dir_all(root.join("scorecards")).expect("folder");
    fs_err::write(root.join("hirekit.yaml"), profile).expect("written");
    fs_err::copy(
        repo.join(format!("scorecards/{SCORECARD}.yaml")),
        root.join(format!("scorecards/{SCORECARD}.yaml")),
    )
    .expect("copied");
    for i in 0..n {
        let id = format!("c-{i:05}");
        let dir = root.join("candidates").join(&id);
        fs_err::create_dir_all(dir.join("interviews")).expect("folder");
        fs_err::write(
            dir.join("candidate.yaml"),
            candidate
                .replace("c-2026-011", &id)
                .replace("zoe.vanderberg", &format!("kandidaat{i}")),
        )
        .expect("written");
        fs_err::write(
            dir.join("interviews/ayla.yaml"),
            ayla.replace("c-2026-011", &id),
        )
        .expect("written");
        fs_err::write(
            dir.join("interviews/bram.yaml"),
            bram.replace("c-2026-011", &id),
        )
        .expect("written");
    }
}

fn open_folder(root: &Path) -> Folder {
    let (folder, problems) = hirekit_folder::open(root, &|_| true, today()).expect("readable");
    assert!(
        problems.iter().all(|p| !p.is_error()),
        "{:?}",
        problems.first()
    );
    folder
}

/// A fresh database URL per backend; PostgreSQL databases are created here and dropped by
/// [`drop_postgres`].
struct Backend {
    name: &'static str,
    admin: Option<String>,
    dir: PathBuf,
}

impl Backend {
    fn fresh(&self, n: usize) -> String {
        match &self.admin {
            None => {
                let path = self.dir.join(format!("bench-{n}.db"));
                for suffix in ["", "-wal", "-shm"] {
                    let _ = fs_err::remove_file(format!("{}{suffix}", path.display()));
                }
                format!("sqlite://{}", path.display())
            }
            Some(admin) => {
                let name = format!("hirekit_bench_{}_{n}", std::process::id());
                run_admin(
                    admin,
                    &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                );
                run_admin(admin, &format!("CREATE DATABASE {name}"));
                let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
                format!("{base}/{name}")
            }
        }
    }

    fn drop_all(&self, count: usize) {
        if let Some(admin) = &self.admin {
            for n in 0..count {
                let name = format!("hirekit_bench_{}_{n}", std::process::id());
                run_admin(
                    admin,
                    &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                );
            }
        }
    }
}

fn run_admin(admin: &str, sql: &str) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime
        .block_on(async {
            let mut conn = sqlx::PgConnection::connect(admin).await?;
            sqlx::query(sql).execute(&mut conn).await
        })
        .expect("the admin statement runs");
}

fn backends(dir: &Path) -> Vec<Backend> {
    let mut all = vec![Backend {
        name: "sqlite",
        admin: None,
        dir: dir.to_path_buf(),
    }];
    match std::env::var("HIREKIT_TEST_POSTGRES") {
        Ok(admin) => all.push(Backend {
            name: "postgres",
            admin: Some(admin),
            dir: dir.to_path_buf(),
        }),
        Err(_) => eprintln!("note: PostgreSQL benchmarks skipped (HIREKIT_TEST_POSTGRES unset)"),
    }
    all
}

fn benches(c: &mut Criterion) {
    let work = tempfile::tempdir().expect("a folder");
    let root = work.path().join("hiring");
    generate(&root, CANDIDATES);
    let folder = open_folder(&root);
    let mut counter = 0;

    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("folder_load_10000", |b| b.iter(|| open_folder(&root)));
    for backend in backends(work.path()) {
        group.bench_function(format!("import_10000_{}", backend.name), |b| {
            b.iter_batched(
                || {
                    counter += 1;
                    Store::open(&backend.fresh(counter), Path::new(""))
                        .expect("opens")
                        .0
                },
                |store| store.import(&folder).expect("imports"),
                BatchSize::PerIteration,
            );
        });

        counter += 1;
        let url = backend.fresh(counter);
        let (store, _) = Store::open(&url, Path::new("")).expect("opens");
        store.import(&folder).expect("imports");
        group.bench_function(format!("load_10000_{}", backend.name), |b| {
            b.iter(|| store.load(&|_| true, today()).expect("loads"));
        });
        drop(store);

        // 100 interviewers (writers), each submitting a scorecard for 100 candidates: 10,000
        // submissions at once, each also retrying one it already made (which must be refused).
        group.bench_function(format!("submit_10000_by_100_writers_{}", backend.name), |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    counter += 1;
                    let url = backend.fresh(counter);
                    let (elapsed, p99) = concurrent_submissions(&url, &folder);
                    eprintln!(
                        "{}: 10,000 submissions by {WRITERS} writers in {:.2} s ({:.0}/s), p99 {:.1} ms",
                        backend.name,
                        elapsed.as_secs_f64(),
                        10_000.0 / elapsed.as_secs_f64(),
                        p99.as_secs_f64() * 1000.0
                    );
                    total += elapsed;
                }
                total
            });
        });
        backend.drop_all(counter + 1);
    }
    group.finish();
}

/// Runs the 10,000 submissions on a database holding the first 100 candidates, checks none was
/// lost or duplicated, and returns the wall time and the 99th-percentile latency.
fn concurrent_submissions(url: &str, folder: &Folder) -> (Duration, Duration) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let (database, _) = Database::open(url).await.expect("opens");
        let mut small = folder.clone();
        small.candidates.truncate(100);
        for c in &mut small.candidates {
            c.interviews.clear();
        }
        database.import(&small).await.expect("imports");
        let template = folder.candidates[0].interviews[0].clone();
        let start = Instant::now();
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                let database: Database = database.clone();
                let template = template.clone();
                let ids: Vec<String> = small
                    .candidates
                    .iter()
                    .map(|c| c.candidate.id.clone())
                    .collect();
                tokio::spawn(async move {
                    let mut latencies = Vec::with_capacity(ids.len());
                    for id in &ids {
                        let mut card = template.clone();
                        card.candidate = id.clone();
                        card.interviewer = format!("interviewer-{w:03}");
                        let t = Instant::now();
                        database
                            .submit_scorecard(&card, false)
                            .await
                            .expect("stored");
                        latencies.push(t.elapsed());
                    }
                    let mut again = template.clone();
                    again.candidate = ids[0].clone();
                    again.interviewer = format!("interviewer-{w:03}");
                    assert!(matches!(
                        database.submit_scorecard(&again, false).await,
                        Err(SourceError::AlreadySubmitted { .. })
                    ));
                    latencies
                })
            })
            .collect();
        let mut latencies = Vec::new();
        for w in writers {
            latencies.extend(w.await.expect("the writer ends"));
        }
        let elapsed = start.elapsed();
        let stored: i64 = sqlx::Row::get(
            &sqlx::query("SELECT COUNT(*) FROM filled_scorecards")
                .fetch_one(database.pool())
                .await
                .expect("counts"),
            0,
        );
        assert_eq!(stored, 10_000, "lost or duplicated submissions");
        latencies.sort();
        let p99 = latencies[latencies.len() * 99 / 100];
        database.pool().close().await;
        (elapsed, p99)
    })
}

criterion_group!(store, benches);
criterion_main!(store);
