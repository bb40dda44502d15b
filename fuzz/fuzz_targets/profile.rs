//! `hirekit.yaml`, the company profile.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = hirekit_yaml::read::<hirekit_folder::Profile>("hirekit.yaml".as_ref(), data);
});
