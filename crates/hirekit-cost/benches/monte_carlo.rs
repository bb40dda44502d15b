//! One million Monte Carlo samples of the example mis-hire (nine ranged inputs) must take well
//! under a second in a release build. Run: `cargo bench -p hirekit-cost --bench monte_carlo`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hirekit_cost::{CostInput, Options, estimate};

const EXAMPLE: &str = include_str!("../../../examples/hiring/cost/senior-backend-mis-hire.yaml");

fn example() -> CostInput {
    match hirekit_cost::load("senior-backend-mis-hire.yaml".as_ref(), EXAMPLE.as_bytes()) {
        Ok(loaded) => loaded.input,
        Err(problems) => panic!("the example does not load: {}", problems[0].render()),
    }
}

fn monte_carlo(c: &mut Criterion) {
    let input = example();
    let mut group = c.benchmark_group("monte_carlo");
    group.sample_size(10);
    group.bench_function("1M samples", |b| {
        let options = Options {
            samples: 1_000_000,
            ..Options::default()
        };
        b.iter(|| estimate(black_box(&input), &options).map(|cost| cost.total.percentiles))
    });
    group.bench_function("1M samples with scenarios", |b| {
        let options = Options {
            samples: 1_000_000,
            scenarios: true,
            ..Options::default()
        };
        b.iter(|| estimate(black_box(&input), &options).map(|cost| cost.total.percentiles))
    });
    group.finish();
}

criterion_group!(benches, monte_carlo);
criterion_main!(benches);
