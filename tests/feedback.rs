//! `hirekit feedback`: letters for the example candidates, reviewed as snapshots in both
//! languages, plus refusals, the guard, e-mail drafts and files that must never be overwritten.

use std::path::Path;

use crate::util::example_copy;
use crate::util::{Run, assert_pdf, hirekit_in, pdf_tool};

const TODAY: &str = "2026-11-23";

/// Writes the letter for `id` in `lang` into a fresh copy of the example folder and returns it.
fn letter(id: &str, lang: &str) -> String {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    hirekit_in(
        &root,
        &[
            "feedback", id, "--lang", lang, "--format", "txt", "--today", TODAY,
        ],
    )
    .success();
    std::fs::read_to_string(root.join(format!("out/{id}.txt"))).unwrap()
}

fn run_in(root: &Path, args: &[&str]) -> Run {
    hirekit_in(root, args)
}

// The letter cases (failed must-have, near miss, another candidate chosen), in Dutch and
// English. Read them as the candidate would.

#[test]
fn failed_must_have_nl() {
    insta::assert_snapshot!(letter("c-2026-014", "nl"));
}

#[test]
fn failed_must_have_en() {
    insta::assert_snapshot!(letter("c-2026-014", "en"));
}

/// c-2026-017 is a near miss with the reconnect offer, and has three strengths and one gap.
#[test]
fn near_miss_three_strengths_one_gap_nl() {
    insta::assert_snapshot!(letter("c-2026-017", "nl"));
}

#[test]
fn near_miss_three_strengths_one_gap_en() {
    insta::assert_snapshot!(letter("c-2026-017", "en"));
}

#[test]
fn other_candidate_nl() {
    insta::assert_snapshot!(letter("c-2026-023", "nl"));
}

#[test]
fn other_candidate_en() {
    insta::assert_snapshot!(letter("c-2026-023", "en"));
}

#[test]
fn letters_never_contain_interviewer_evidence() {
    let text = letter("c-2026-014", "en");
    // ayla's evidence for this candidate mentions nervousness: it must never reach the letter.
    for remark in [
        "nervous",
        "Seemed",
        "not scored",
        "caching decision in product terms",
    ] {
        assert!(
            !text.contains(remark),
            "evidence leaked into the letter: {remark}"
        );
    }
}

#[test]
fn without_ids_every_rejected_candidate_gets_a_letter_and_the_rest_are_listed() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let run = run_in(&root, &["feedback", "--today", TODAY]).success();
    for id in ["c-2026-014", "c-2026-017", "c-2026-023"] {
        assert!(root.join(format!("out/{id}.txt")).is_file(), "{id}");
        assert!(root.join(format!("out/{id}.eml")).is_file(), "{id}");
        assert!(
            root.join(format!("candidates/{id}/feedback.yaml"))
                .is_file(),
            "{id}"
        );
    }
    // The example folder is Dutch: so are the lines about the batch.
    let wrote: String = ["c-2026-014", "c-2026-017", "c-2026-023"]
        .iter()
        .flat_map(|id| ["txt", "eml", "pdf"].map(|ext| format!("out/{id}.{ext} geschreven\n")))
        .collect();
    assert_eq!(run.stdout, wrote);
    assert_eq!(
        run.stderr,
        "c-2026-011 overgeslagen (besluit: door naar volgende ronde)\n\
         c-2026-020 overgeslagen (nog geen besluit)\n\
         warning: de brief aan c-2026-017 is 3 dagen te laat: de terugkoppeling moest uiterlijk 2026-11-20 gegeven zijn (7 dagen na het laatste gesprek)\n"
    );
    // once written, `due` no longer lists the feedback
    let due = run_in(&root, &["due", "--today", TODAY, "--format", "json"])
        .success()
        .json();
    assert!(
        due["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["task"] != "feedback"),
        "{due}"
    );
    // the near miss's record names the month to reconnect
    let record = std::fs::read_to_string(root.join("candidates/c-2026-017/feedback.yaml")).unwrap();
    assert!(
        record.contains("reconnect_after: \"2027-05-01\""),
        "{record}"
    );
}

#[test]
fn refuses_a_candidate_who_is_not_rejected_or_incomplete_unless_forced() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    run_in(&root, &["feedback", "c-2026-011", "--today", TODAY])
        .failure(1)
        .stderr_has("c-2026-011: het besluit is `advance`, niet `reject`");
    run_in(&root, &["feedback", "c-2026-020", "--today", TODAY])
        .failure(1)
        .stderr_has("c-2026-020: er is nog geen besluit");
    assert!(!root.join("out").exists(), "nothing is written on refusal");
}

#[test]
fn existing_letters_are_not_overwritten_without_force() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    run_in(&root, &["feedback", "c-2026-014", "--today", TODAY]).success();
    let first = std::fs::read(root.join("out/c-2026-014.txt")).unwrap();
    run_in(&root, &["feedback", "c-2026-014", "--today", "2026-11-24"])
        .failure(1)
        .stderr_has("bestaat al; gebruik --force");
    assert_eq!(
        std::fs::read(root.join("out/c-2026-014.txt")).unwrap(),
        first
    );
    run_in(
        &root,
        &["feedback", "c-2026-014", "--today", "2026-11-24", "--force"],
    )
    .success();
    assert_ne!(
        std::fs::read(root.join("out/c-2026-014.txt")).unwrap(),
        first
    );
}

#[test]
fn a_letter_that_fails_the_guard_is_not_written() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    std::fs::create_dir_all(root.join("templates/nl")).unwrap();
    let builtin =
        std::fs::read_to_string(crate::util::repo_root().join("templates/nl/letter.txt.tera"))
            .unwrap();
    let bad = builtin.replace(
        "Wat ons positief opviel:",
        "We zochten eigenlijk iemand voor ons jong en dynamisch team. Wat ons positief opviel:",
    );
    std::fs::write(root.join("templates/nl/letter.txt.tera"), bad).unwrap();
    let run = run_in(&root, &["feedback", "c-2026-014", "--today", TODAY]).failure(1);
    run.stderr_has("“jong en dynamisch”")
        .stderr_has("kwam niet door de controle en is niet geschreven");
    assert!(!root.join("out/c-2026-014.txt").exists());
    assert!(!root.join("candidates/c-2026-014/feedback.yaml").exists());
}

#[test]
fn a_broken_template_names_the_template_and_line() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    std::fs::create_dir_all(root.join("templates/en")).unwrap();
    std::fs::write(
        root.join("templates/en/subject.txt.tera"),
        "Your application\n{{ rol }}\n",
    )
    .unwrap();
    run_in(&root, &["feedback", "c-2026-017", "--today", TODAY])
        .failure(1)
        .stderr_has("template templates/en/subject.txt.tera: error: Variable `rol` is not defined.")
        .stderr_has(" --> en/subject.txt:2:4\n");
}

#[test]
fn eml_is_a_draft_with_encoded_headers() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    run_in(
        &root,
        &[
            "feedback",
            "c-2026-014",
            "--today",
            TODAY,
            "--format",
            "eml",
        ],
    )
    .success();
    let eml = std::fs::read_to_string(root.join("out/c-2026-014.eml")).unwrap();
    let headers = eml.split("\r\n\r\n").next().unwrap_or(&eml);
    for header in [
        "From: \"Fenna de Wit\" <werken@kanaalzicht.example>",
        "To: =?utf-8?",
        "Subject: ",
        "Date: Mon, 23 Nov 2026",
        "Message-ID: <",
        "MIME-Version: 1.0",
        "charset=\"utf-8\"",
    ] {
        assert!(
            headers.contains(header),
            "{header:?} missing in:\n{headers}"
        );
    }
    assert!(
        headers.is_ascii(),
        "headers must be ASCII (RFC 2047):\n{headers}"
    );
    assert!(
        !root.join("out/c-2026-014.txt").exists(),
        "only the asked format is written"
    );
}

#[test]
fn a_name_with_a_line_break_is_refused_before_anything_is_written() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let path = root.join("candidates/c-2026-014/candidate.yaml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "name: Şükrü Yılmaz",
        "name: \"Şükrü Yılmaz\\r\\nBcc: someone@example.org\"",
    );
    std::fs::write(&path, text).unwrap();
    run_in(
        &root,
        &[
            "feedback",
            "c-2026-014",
            "--today",
            TODAY,
            "--format",
            "eml",
        ],
    )
    .failure(1)
    .stderr_has(
        "candidates/c-2026-014/candidate.yaml:3:7: error: `name` contains U+000D (carriage return)",
    );
    assert!(!root.join("out").exists());
}

#[test]
fn same_input_gives_identical_files() {
    let a = example_copy();
    let b = example_copy();
    for dir in [&a, &b] {
        run_in(&dir.path().join("hiring"), &["feedback", "--today", TODAY]).success();
    }
    for file in ["c-2026-014.txt", "c-2026-014.eml", "c-2026-017.eml"] {
        let x = std::fs::read(a.path().join("hiring/out").join(file)).unwrap();
        let y = std::fs::read(b.path().join("hiring/out").join(file)).unwrap();
        assert_eq!(x, y, "{file} differs between runs");
    }
}

#[test]
fn pdf_letters_keep_every_name_and_paragraph_and_embed_a_subset_font() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    run_in(
        &root,
        &["feedback", "--today", TODAY, "--format", "pdf,eml"],
    )
    .success();
    let cases = [
        (
            "c-2026-014",
            "Şükrü Yılmaz",
            vec![
                "Betreft",
                "Beste Şükrü,",
                "Wat ons positief opviel:",
                "Op deze punten vraagt de functie meer; de eerste twee zijn harde eisen:",
                "Met vriendelijke groet,",
                "Fenna de Wit",
            ],
        ),
        (
            "c-2026-017",
            "Łukasz Wójcik",
            vec![
                "Re",
                "Dear Łukasz,",
                "Where you were strong:",
                "May 2027",
                "Kind regards,",
            ],
        ),
        (
            "c-2026-023",
            "Олена Шевченко",
            vec!["Dear Олена Шевченко,", "another candidate", "Kind regards,"],
        ),
    ];
    for (id, name, in_order) in cases {
        let pdf = root.join(format!("out/{id}.pdf"));
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{id}");
        assert!(bytes.len() < 25 * 1024, "{id}: {} bytes", bytes.len());
        let eml = std::fs::read_to_string(root.join(format!("out/{id}.eml"))).unwrap();
        assert!(
            eml.contains("Content-Type: application/pdf"),
            "{id}: the PDF is attached"
        );
        // Every name must come out of the PDF exactly as written, not just in order.
        if let Some(text) = pdf_tool("pdftotext", &[pdf.to_str().unwrap(), "-"]) {
            assert!(
                text.contains(name),
                "{id}: {name} does not extract exactly:\n{text}"
            );
        }
        assert_pdf(&pdf, &in_order);
    }
    // Three strengths and three gaps fit one A4 page, in both languages.
    run_in(
        &root,
        &[
            "feedback",
            "c-2026-014",
            "--today",
            TODAY,
            "--format",
            "pdf",
            "--lang",
            "en",
            "--force",
            "--out",
            "en",
        ],
    )
    .success();
    for pdf in [
        root.join("out/c-2026-014.pdf"),
        root.join("en/c-2026-014.pdf"),
    ] {
        if let Some(info) = pdf_tool("pdfinfo", &[pdf.to_str().unwrap()]) {
            let pages = info.lines().find(|l| l.starts_with("Pages:"));
            assert_eq!(pages, Some("Pages:           1"), "{}", pdf.display());
        }
    }
}

#[test]
fn the_same_letter_and_date_give_a_byte_identical_pdf() {
    let a = example_copy();
    let b = example_copy();
    for dir in [&a, &b] {
        run_in(
            &dir.path().join("hiring"),
            &[
                "feedback",
                "c-2026-014",
                "--today",
                TODAY,
                "--format",
                "pdf",
            ],
        )
        .success();
    }
    let x = std::fs::read(a.path().join("hiring/out/c-2026-014.pdf")).unwrap();
    let y = std::fs::read(b.path().join("hiring/out/c-2026-014.pdf")).unwrap();
    assert!(
        x == y,
        "the PDF differs between two runs with the same input and --today"
    );
}
