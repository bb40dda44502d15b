//! A CV file (`hirekit redflags cv`): read, then every CV check.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static TABLE: OnceLock<hirekit_redflags::TechnologyTable> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        hirekit_redflags::TechnologyTable::builtin().expect("the built-in table loads")
    });
    if let Ok((cv, _)) = hirekit_redflags::read_cv("cv.yaml".as_ref(), data) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
        let _ = hirekit_redflags::check_cv(&cv, today, table);
    }
});
