//! `candidates/<id>/candidate.yaml`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = hirekit_yaml::read::<hirekit_folder::Candidate>("candidate.yaml".as_ref(), data);
});
