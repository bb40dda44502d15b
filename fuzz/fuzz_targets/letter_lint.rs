//! The letter lint (`hirekit feedback lint`): any text, in both languages.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let guard = hirekit_guard::Guard::builtin();
    let _ = guard.check_text(text, hirekit_guard::Language::Nl);
    let _ = guard.check_text(text, hirekit_guard::Language::En);
    let _ = guard.check_text_guessing(text);
});
