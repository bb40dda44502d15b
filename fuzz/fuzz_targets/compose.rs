//! Letter composition on a fuzzed panel: names, scores (on and off the scale), not-assessed
//! criteria, decision reasons and consent all come from the input; the letter must compose,
//! render and pass through the guard without a panic.
#![no_main]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use hirekit_feedback::{Sender, Settings, Templates, compose, guard_letter};
use hirekit_folder::{Candidate, DecisionReason};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    let templates = TEMPLATES.get_or_init(|| Templates::new(&[]).expect("built-in templates"));
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let split = rest.len().min(usize::from(flags & 0x1f));
    let (name, scores) = rest.split_at(split);
    let name = String::from_utf8_lossy(name).into_owned();
    let (card, mut panel) = hirekit_panel::example();
    let ids: Vec<String> = card.criteria.iter().map(|c| c.id.clone()).collect();
    // Two bytes per interviewer: one score per criterion on the 1-4 scale (0 = not assessed).
    for (index, pair) in scores.chunks(2).take(6).enumerate() {
        let mut filled = panel[0].clone();
        filled.interviewer = format!("interviewer-{index}");
        for (id, byte) in ids.iter().zip(pair) {
            let rating = filled.ratings.get_mut(id).expect("the example rates every criterion");
            rating.score = (byte % 5 != 0).then_some(byte % 5);
            rating.not_assessed = rating.score.is_none();
        }
        panel.push(filled);
    }
    let language = if flags & 0x20 == 0 {
        hirekit_scorecard::Language::Nl
    } else {
        hirekit_scorecard::Language::En
    };
    let Ok(mut candidate) = serde_json::from_value::<Candidate>(serde_json::json!({
        "id": "c-1", "name": name, "email": "kandidaat@example.org", "language": language.code(),
        "scorecard": card.id, "decision": "reject",
        "interviews": [{"interviewer": "ayla", "at": "2026-11-16T10:00:00+01:00"}],
    })) else {
        return;
    };
    candidate.decision_reason = (flags & 0x40 != 0).then_some(DecisionReason::OtherCandidate);
    candidate.talent_pool_consent = (flags & 0x80 != 0).then_some(true);
    let assessment = hirekit_panel::assess(&card, &panel, &candidate.interviews, 24);
    let names = BTreeMap::new();
    let settings = Settings {
        language,
        letter_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        feedback_days: 7,
        reconnect_months: 6,
        interviewer_names: &names,
    };
    let content = compose(&candidate, &card, &assessment, &settings);
    let sender = Sender {
        company: "Voorbeeld B.V.".into(),
        place: Some("Utrecht".into()),
        name: "Fenna de Wit".into(),
        title: "Recruiter".into(),
        email: "werken@voorbeeld.example".into(),
        phone: None,
    };
    if let Ok(letter) = templates.render(&content, &sender) {
        let _ = guard_letter(&letter, language);
        let _ = letter.parts();
    }
});
