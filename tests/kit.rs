//! `hirekit kit`: the interview kit as Markdown and as a PDF, by scorecard id or by file.

use crate::util::{assert_pdf, fixture, hirekit, hirekit_in, pdf_text, pdf_tool};

const FOLDER: &str = "tests/fixtures/folder";

#[test]
fn the_kit_in_both_languages() {
    let nl = hirekit(&["kit", "backend-developer", "--dir", FOLDER]).success();
    insta::assert_snapshot!("kit_nl", nl.stdout);
    let en = hirekit(&["kit", "backend-developer", "--dir", FOLDER, "--lang", "en"]).success();
    insta::assert_snapshot!("kit_en", en.stdout);
}

#[test]
fn every_criterion_has_its_requirement_questions_scale_and_room_for_notes() {
    let run = hirekit(&["kit", "backend-developer", "--dir", FOLDER, "--lang", "en"]).success();
    let kit = &run.stdout;
    for (heading, questions) in [
        ("## 1. API design", 1),
        ("## 2. Testing", 2),
        ("## 3. Collaboration", 1),
    ] {
        let section = kit
            .split(heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{heading} missing:\n{kit}"));
        let section = section.split("\n## ").next().unwrap();
        assert!(section.contains("**Requirement:** "), "{section}");
        assert!(section.contains("**Questions**\n\n1. "), "{section}");
        assert!(
            section.contains("| Score | Meaning | What you see or hear |"),
            "{section}"
        );
        assert!(
            section.contains("| 3 | **Good** (meets the requirement) |"),
            "{section}"
        );
        assert!(
            section.contains(
                "**Score, right after the questions:** ☐ 1   ☐ 2   ☐ 3   ☐ 4   ☐ not assessed"
            ),
            "{section}"
        );
        // A notes box of three lines under each question, two lines for the evidence.
        assert_eq!(
            section.matches("   *Notes:*").count(),
            questions,
            "{section}"
        );
        assert_eq!(
            section.matches("\n   .....").count(),
            3 * questions,
            "{section}"
        );
        assert_eq!(section.matches("\n.....").count(), 2, "{section}");
    }
    assert!(kit.contains("Use the 24 hours after the interview to write up the evidence"));
    // Probes under their question, the time plan with its total, and the calibration samples.
    assert!(kit.contains("   - *Probe:* How does a consumer learn that something went wrong?\n"));
    assert!(kit.contains("| 1. API design | 10 | |\n"));
    assert!(kit.contains("**Total: 33 min, plus 1 criterion without a planned time**"));
    assert!(kit.contains("- **3 (Good)**: \"Errors with a fixed code, and new fields only added, so consumers keep working.\""));
    // Bias-risk signals are listed under a caution, never with a box to tick.
    let cautions = kit
        .split("### ⚠ CAUTION: bias risk, do not score")
        .nth(1)
        .unwrap();
    assert!(cautions.contains("`interview-eye-contact`"));
    assert!(!cautions.split("\n## ").next().unwrap().contains('☐'));
    let watch = kit
        .split("## Red flags in the interview (backend)")
        .nth(1)
        .unwrap();
    assert!(watch.split("###").next().unwrap().contains("*Verify:* "));
}

#[test]
fn a_scorecard_file_works_outside_a_hiring_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("card.yaml");
    std::fs::copy(
        crate::util::repo_root().join(fixture("folder/scorecards/backend-developer.yaml")),
        &file,
    )
    .unwrap();
    // No hirekit.yaml: the scorecard's first language, the default 24 hours, no company.
    let run = hirekit_in(dir.path(), &["kit", "card.yaml"]).success();
    assert!(run.stdout.contains("Gebruik de 24 uur na het gesprek"));
    insta::assert_snapshot!("kit_outside_a_folder", run.transcript());
}

#[test]
fn writes_to_a_file_once_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kit.md");
    let out_arg = out.to_str().unwrap();
    let run = hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--out",
        out_arg,
    ])
    .success();
    assert_eq!(
        run.transcript(),
        format!("exit: 0\n--- stdout\n{out_arg}\n--- stderr\n")
    );
    // The file holds what the terminal would show.
    let printed = hirekit(&["kit", "backend-developer", "--dir", FOLDER]).success();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), printed.stdout);
    let run = hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--out",
        out_arg,
    ])
    .failure(1);
    assert_eq!(
        run.transcript(),
        format!(
            "exit: 1\n--- stdout\n--- stderr\nerror: {out_arg} already exists; use --force to replace it\n"
        )
    );
    hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--out",
        out_arg,
        "--lang",
        "en",
        "--force",
    ])
    .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Interview kit: Backend developer")
    );
}

#[test]
fn unknown_scorecards_and_languages_are_refused() {
    let refused = |run: crate::util::Run, message: &str| {
        assert_eq!(
            run.transcript(),
            format!("exit: 1\n--- stdout\n--- stderr\nerror: {message}\n")
        );
    };
    refused(
        hirekit(&["kit", "backend-develper", "--dir", FOLDER]).failure(1),
        "no scorecard with id `backend-develper` in tests/fixtures/folder/scorecards (did you mean `backend-developer`?)",
    );
    refused(
        hirekit(&["kit", "missing.yaml"]).failure(1),
        "no scorecard file missing.yaml",
    );
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(
        crate::util::repo_root().join(fixture("folder/scorecards/backend-developer.yaml")),
    )
    .unwrap()
    .replace("languages: [nl, en]", "languages: [en]");
    std::fs::write(dir.path().join("card.yaml"), text).unwrap();
    refused(
        hirekit_in(dir.path(), &["kit", "card.yaml", "--lang", "nl"]).failure(1),
        "the scorecard `backend-developer` is written in en only; use --lang en",
    );
}

#[test]
fn a_broken_scorecard_is_reported_at_its_line() {
    let run = hirekit(&["kit", &fixture("scorecard/unknown-key.yaml")]).failure(1);
    insta::assert_snapshot!("kit_broken_scorecard", run.transcript());
}

const TODAY: &str = "2026-11-23";

#[test]
fn the_kit_as_a_pdf_has_every_criterion_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("kit.pdf");
    let pdf_arg = pdf.to_str().unwrap();
    let run = hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--pdf",
        pdf_arg,
        "--today",
        TODAY,
    ])
    .success();
    // The path only: the Markdown is not printed as well.
    assert_eq!(run.stdout, format!("{pdf_arg}\n"));
    assert_pdf(
        &pdf,
        &[
            "Voorbeeld Software B.V.",
            "Interviewkit",
            "Backend-developer",
            "Kandidaat",
            "Interviewer",
            "Datum",
            "Zo gebruik je deze kit",
            "1. API-ontwerp",
            "Functie-eis",
            "Je ontwerpt onderhoudbare API's die compatibel blijven voor bestaande afnemers.",
            "Vertel over een API die je zelf hebt ontworpen.",
            "3 Goed (voldoende)",
            "Legt keuzes voor fouten en versies uit, met oog voor afnemers.",
            "niet beoordeeld",
            "Bewijs en aantekeningen",
            "2. Testen",
            "Je schrijft geautomatiseerde tests bij je eigen code.",
            "Vertel over een bug die je tests misten.",
            "3. Samenwerking",
            "Je geeft en ontvangt code reviews op een respectvolle manier.",
            "Rode vlaggen in het gesprek (backend)",
            "Zo toets je het",
            "Vraag: 'Vertel over een trage query die je hebt opgelost.",
            "LET OP: biasrisico, niet meewegen",
            "Weinig oogcontact",
            "Je aanbeveling",
            "zeker niet",
            "zeker wel",
        ],
    );
    // The whole text page by page: what is on which page is part of the layout (a criterion's
    // heading, requirement and first question on one page; the "not assessed" box under each
    // scale).
    if let Some(text) = pdf_text(&pdf) {
        insta::assert_snapshot!("kit_pdf_nl", text);
    }
    if let Some(info) = pdf_tool("pdfinfo", &[pdf_arg]) {
        assert!(
            info.contains("Title:           Interviewkit: Backend-developer"),
            "{info}"
        );
        assert!(
            info.contains("Author:          Voorbeeld Software B.V."),
            "{info}"
        );
    }
}

#[test]
fn the_english_kit_pdf_outside_a_hiring_folder_is_by_hirekit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::util::repo_root().join(fixture("folder/scorecards/backend-developer.yaml")),
        dir.path().join("card.yaml"),
    )
    .unwrap();
    let run = hirekit_in(
        dir.path(),
        &["kit", "card.yaml", "--lang", "en", "--pdf", "kit.pdf"],
    )
    .success();
    assert_eq!(
        run.transcript(),
        "exit: 0\n--- stdout\nkit.pdf\n--- stderr\n"
    );
    let pdf = dir.path().join("kit.pdf");
    assert_pdf(
        &pdf,
        &[
            "Interview kit",
            "Backend developer",
            "1. API design",
            "Requirement",
            "3 Good (meets the requirement)",
            "not assessed",
            "2. Testing",
            "3. Collaboration",
            "Red flags in the interview (backend)",
            "CAUTION: bias risk, do not score",
            "Your recommendation",
        ],
    );
    if let Some(text) = pdf_text(&pdf) {
        insta::assert_snapshot!("kit_pdf_en", text);
    }
    if let Some(info) = pdf_tool("pdfinfo", &[pdf.to_str().unwrap()]) {
        assert!(info.contains("Author:          hirekit\n"), "{info}");
    }
}

#[test]
fn the_same_scorecard_and_date_give_a_byte_identical_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let files = ["a.pdf", "b.pdf"].map(|name| dir.path().join(name));
    for file in &files {
        hirekit(&[
            "kit",
            "backend-developer",
            "--dir",
            FOLDER,
            "--pdf",
            file.to_str().unwrap(),
            "--today",
            TODAY,
        ])
        .success();
    }
    let [a, b] = files.map(|f| std::fs::read(f).unwrap());
    assert!(a.starts_with(b"%PDF-"));
    assert!(
        a == b,
        "the PDF differs between two runs with the same --today"
    );
}

#[test]
fn a_pdf_is_written_once_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("kit.pdf");
    let md = dir.path().join("kit.md");
    let (pdf_arg, md_arg) = (pdf.to_str().unwrap(), md.to_str().unwrap());
    let args = [
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--pdf",
        pdf_arg,
    ];
    hirekit(&args).success();
    let first = std::fs::read(&pdf).unwrap();
    let run = hirekit(&args).failure(1);
    assert_eq!(
        run.transcript(),
        format!(
            "exit: 1\n--- stdout\n--- stderr\nerror: {pdf_arg} already exists; use --force to replace it\n"
        )
    );
    // A refused PDF writes nothing else either.
    hirekit(&[&args[..], &["--out", md_arg]].concat()).failure(1);
    assert!(!md.exists());
    let run =
        hirekit(&[&args[..], &["--lang", "en", "--force", "--out", md_arg]].concat()).success();
    assert_eq!(
        run.transcript(),
        format!("exit: 0\n--- stdout\n{pdf_arg}\n{md_arg}\n--- stderr\n")
    );
    assert_ne!(std::fs::read(&pdf).unwrap(), first, "replaced in English");
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .starts_with("# Interview kit: Backend developer")
    );
    // --today only dates a PDF, --force only replaces a file that is being written.
    hirekit(&[
        "kit",
        "backend-developer",
        "--dir",
        FOLDER,
        "--today",
        TODAY,
    ])
    .failure(2);
    hirekit(&["kit", "backend-developer", "--dir", FOLDER, "--force"]).failure(2);
}
