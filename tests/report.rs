//! `hirekit report` as a whole: the Markdown in both languages and the JSON, on a copy of the
//! example folder with a second vacancy, so every per-vacancy section is shown with more than one.

use std::path::Path;

use crate::util::example_copy;
use crate::util::{assert_pdf, hirekit_in};

const TODAY: &str = "2026-11-28";

/// A front-end candidate next to the example's back-end ones. Ayla sits on both panels, so the
/// folder-wide calibration counts her on both while each vacancy counts only its own panel. Both
/// scorecards are in by 24 November and nothing is decided: the decision is four days waiting.
fn with_second_vacancy() -> tempfile::TempDir {
    let dir = example_copy();
    let candidate = dir.path().join("hiring/candidates/c-2026-030");
    std::fs::create_dir_all(candidate.join("interviews")).unwrap();
    std::fs::write(
        candidate.join("candidate.yaml"),
        "# Invented candidate for the report tests.\n\
         id: c-2026-030\n\
         name: Fleur de Vries\n\
         email: fleur.devries@example.org\n\
         language: nl\n\
         scorecard: frontend-developer\n\
         interviews:\n  \
           - interviewer: ayla\n    at: 2026-11-23T10:00:00+01:00\n  \
           - interviewer: chen\n    at: 2026-11-23T14:00:00+01:00\n",
    )
    .unwrap();
    let criteria = [
        "components-typescript",
        "accessibility",
        "api-integration",
        "frontend-testing",
        "web-performance",
        "design-collaboration",
        "explaining-choices",
        "user-focus",
    ];
    for (who, at, submitted, scores) in [
        (
            "ayla",
            "2026-11-23T10:00:00+01:00",
            "2026-11-23T15:00:00+01:00",
            [4, 3, 3, 4, 3, 4, 3, 4],
        ),
        (
            "chen",
            "2026-11-23T14:00:00+01:00",
            "2026-11-24T09:00:00+01:00",
            [3, 3, 2, 4, 3, 3, 3, 4],
        ),
    ] {
        let mut text = format!(
            "candidate: c-2026-030\nscorecard: frontend-developer\ninterviewer: {who}\n\
             interviewed_at: {at}\nsubmitted_at: {submitted}\nratings:\n"
        );
        for (id, score) in criteria.iter().zip(scores) {
            text += &format!(
                "  {id}:\n    score: {score}\n    evidence: \"Worked through a concrete example for {id}.\"\n"
            );
        }
        text += "red_flags: []\nrecommendation: yes\n";
        std::fs::write(candidate.join(format!("interviews/{who}.yaml")), text).unwrap();
    }
    dir
}

fn report(dir: &Path, extra: &[&str]) -> String {
    let args = [&["report", "--dir", "hiring", "--today", TODAY][..], extra].concat();
    let run = hirekit_in(dir, &args).success();
    assert_eq!(
        run.stderr, "",
        "report on a valid folder warns about nothing"
    );
    run.stdout
}

#[test]
fn markdown_per_vacancy_nl() {
    let dir = with_second_vacancy();
    let md = report(dir.path(), &["--format", "md"]);
    insta::assert_snapshot!("report_md_nl", md);
}

#[test]
fn markdown_per_vacancy_en() {
    let dir = with_second_vacancy();
    let md = report(dir.path(), &["--format", "md", "--lang", "en"]);
    insta::assert_snapshot!("report_md_en", md);
}

#[test]
fn json_keeps_the_top_level_arrays_and_names_each_candidates_vacancy() {
    let dir = with_second_vacancy();
    let text = report(dir.path(), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let fleur = json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "c-2026-030")
        .unwrap();
    assert_eq!(fleur["vacancy"], "frontend-developer");
    assert_eq!(fleur["stage"], "decision_pending");
    assert_eq!(fleur["waiting_on"], serde_json::json!(["hiring_manager"]));
    let ids: Vec<&str> = json["vacancies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["frontend-developer", "senior-backend-developer"]);
    insta::assert_snapshot!("report_json", text);
}

#[test]
fn pdf_names_the_vacancy_and_its_candidates() {
    let dir = with_second_vacancy();
    report(dir.path(), &["--pdf", "pipeline.pdf"]);
    assert_pdf(
        &dir.path().join("pipeline.pdf"),
        &[
            "Vacature: Frontend-developer",
            "Fleur de Vries",
            "Fleur de Vries wacht sinds 24 november op een besluit: 4 dagen",
            "Vacature: Senior backend-developer",
            "Nguyễn Văn An",
        ],
    );
}
