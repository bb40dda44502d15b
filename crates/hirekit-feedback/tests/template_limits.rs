//! A hiring folder's own template cannot hang letter writing or fill memory: nested ranges stop
//! at their line, long loops stop after the time limit, and the message names the template.

#![allow(clippy::unwrap_used)] // tests may panic

use std::time::Instant;

use hirekit_feedback::{
    LetterContent, RENDER_TIME_LIMIT, Sender, Settings, TemplateError, Templates, compose,
};
use hirekit_scorecard::Language;

fn letter() -> LetterContent {
    let (card, filled) = hirekit_panel::example();
    let assessment = hirekit_panel::assess(&card, &filled, &[], 24);
    let candidate: hirekit_folder::Candidate = serde_json::from_value(serde_json::json!({
        "id": "c-1", "name": "Ilse Voorbeeld", "email": "ilse@example.org", "language": "en",
        "scorecard": "demo", "interviews": [{"interviewer": "ayla", "at": "2026-11-16T10:00:00+01:00"}]
    }))
    .unwrap();
    let names = Default::default();
    let settings = Settings {
        language: Language::En,
        letter_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        feedback_days: 7,
        reconnect_months: 6,
        interviewer_names: &names,
        salutation: Default::default(),
        score_bands: false,
    };
    compose(&candidate, &card, &assessment, &settings)
}

fn sender() -> Sender {
    Sender {
        company: "Voorbeeld B.V.".into(),
        place: None,
        name: "Fenna de Wit".into(),
        title: "Recruiter".into(),
        email: "werken@voorbeeld.example".into(),
        phone: None,
    }
}

fn render_with(letter_template: &str) -> Result<String, TemplateError> {
    let templates = Templates::new(&[("en/letter.txt".into(), letter_template.into())])?;
    templates
        .render(&letter(), &sender())
        .map(|rendered| rendered.body)
}

#[test]
fn nested_ranges_stop_at_the_line_that_asks_too_much() {
    let template = "Dear {{ candidate_name }},\n\
        {% for i in range(end=100000) %}{% for j in range(end=100000) %}x{% endfor %}{% endfor %}\n";
    let started = Instant::now();
    let error = render_with(template).unwrap_err().to_string();
    assert!(
        started.elapsed() < RENDER_TIME_LIMIT,
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        error,
        "template templates/en/letter.txt.tera: error: `range` would take this letter past 10000 \
         numbers in all (0 used so far, 100000 asked); a letter needs a handful at most\n \
         --> en/letter.txt:2:13\n  |\n2 | {% for i in range(end=100000) %}{% for j in \
         range(end=100000) %}x{% endfor %}{% endfor %}\n  |             ^^^^^^^^^^^^^^^^^"
    );
}

#[test]
fn a_few_ranges_still_work() {
    let body = render_with("{% for i in range(start=1, end=4) %}{{ i }}{% endfor %}\n").unwrap();
    assert_eq!(body, "123\n");
}

#[test]
fn a_loop_that_runs_too_long_is_stopped_and_named() {
    // Loops over a text, not a range: only the time limit can stop these (40^5 iterations).
    let text = "a".repeat(40);
    let template = format!(
        "Dear {{{{ candidate_name }}}},\n{{% set t = \"{text}\" %}}\n\
         {{% for a in t %}}{{% for b in t %}}{{% for c in t %}}\n\
         {{% for d in t %}}{{% for e in t %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}\n"
    );
    let templates = Templates::new(&[("en/letter.txt".into(), template)]).unwrap();
    let started = Instant::now();
    let error = templates
        .render(&letter(), &sender())
        .unwrap_err()
        .to_string();
    let took = started.elapsed();
    assert!(took < RENDER_TIME_LIMIT * 2, "{took:?}");
    let expected = "template templates/en/letter.txt.tera: rendering took longer than 2 seconds \
                    and was stopped (one of the loops on lines 3, 4 runs too long); a letter \
                    template loops over a few items at most";
    assert_eq!(error, expected);
    // The runaway cannot be killed; the next letter is refused at once rather than start another.
    let started = Instant::now();
    let again = templates
        .render(&letter(), &sender())
        .unwrap_err()
        .to_string();
    assert!(started.elapsed() < RENDER_TIME_LIMIT / 10);
    assert_eq!(again, expected);
}

#[test]
fn a_letter_cannot_grow_without_bound() {
    let template = "{% for i in range(end=10000) %}{{ candidate_name }} {{ company }} \
                    ......................................................................................................{% endfor %}";
    let error = render_with(template).unwrap_err().to_string();
    assert!(
        error.starts_with("template templates/en/letter.txt.tera: ")
            && error.contains("the letter would be longer than 1 MB"),
        "{error}"
    );
}
