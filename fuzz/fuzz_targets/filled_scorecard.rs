//! `candidates/<id>/interviews/<interviewer>.yaml`: read, then combined with a panel.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((filled, _)) =
        hirekit_yaml::read::<hirekit_folder::FilledScorecard>("ayla.yaml".as_ref(), data)
    else {
        return;
    };
    let (card, mut panel) = hirekit_panel::example();
    panel.push(filled);
    let result = hirekit_panel::assess(&card, &panel, &[], 24);
    if let Some(overall) = result.overall {
        assert!(overall.is_finite(), "overall {overall}");
    }
});
