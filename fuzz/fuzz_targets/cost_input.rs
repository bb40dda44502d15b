//! A mis-hire cost input file (`hirekit cost`): load, then a small estimate.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = hirekit_cost::load("cost.yaml".as_ref(), data) {
        let options = hirekit_cost::Options {
            samples: 50,
            seed: 1,
            scenarios: true,
        };
        let _ = hirekit_cost::estimate(&loaded.input, &options);
    }
});
