//! A scorecard file: parse, check the schema, check the meaning. Any bytes must give a value or
//! located errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = hirekit_scorecard::load("fuzz.yaml".as_ref(), data) {
        // A scorecard that loads must give a finite overall for any panel (weights are bounded).
        let (_, filled) = hirekit_panel::example();
        let _ = hirekit_panel::assess(&loaded.scorecard, &filled, &[], 24);
    }
});
