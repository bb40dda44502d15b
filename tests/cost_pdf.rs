//! `hirekit cost --pdf`: the report as a PDF, read back the way a reader's tools see it, in both
//! languages; byte-identical for the same date; never breaking an input name.

use crate::util::{assert_pdf_rows, fixture, hirekit, hirekit_in, pdf_text, pdf_tool};

const EXAMPLE: &str = "examples/hiring/cost/senior-backend-mis-hire.yaml";

const TODAY: &str = "2026-11-23";

#[test]
fn the_pdf_with_scenarios_has_every_line_and_the_total_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("cost.pdf");
    let pdf_arg = pdf.to_str().unwrap();
    let run = hirekit(&[
        "cost",
        EXAMPLE,
        "--scenarios",
        "--pdf",
        pdf_arg,
        "--today",
        TODAY,
    ])
    .success();
    assert_eq!(
        run.stdout,
        format!("{pdf_arg}\n"),
        "the path, not the table"
    );
    assert_pdf_rows(
        &pdf,
        &[
            // The company of the hiring folder the input lies in heads the page.
            "Kanaalzicht Software B.V.",
            "Mis-hire cost estimate",
            "Monthly salary €5,500 gross · indefinite contract · decision after 6 months, employed",
            "In short",
            "Cost of the mis-hire, including its own hiring: €125,041 (median; 8 in 10 outcomes between",
            "Cost from the decision on (what you can still influence): €80,702",
            "With every input at its expected value the total is €120,699: below the median",
            "Not included: lost output.",
            "Summary",
            "Direct costs €43,572 €39,990 €44,177 €48,938",
            "Total, including own hiring €120,699 €116,982 €125,041 €133,494",
            "Total from the decision on €77,127 €73,821 €80,702 €87,965",
            "P10, P50 and P90: 10%, 50% and 90% of 100,000 simulated outcomes",
            "Scenarios: this case and other moments of decision",
            "This case 6 €120,699 €116,982 €133,494 —",
            "End of probation 2 €92,708 €89,070 €103,112 €27,991",
            "Month 12 12 €144,855 €139,061 €161,387 −€24,156",
            // The chart: totals on the bars, the actual case first.
            "This case and other moments of decision: costs by category, whisker = P10-P90",
            "€144,855",
            "€120,699",
            "€92,708",
            "This case (month 6)",
            "Saving: compared with this case (decision after 6 months).",
            "Breakdown line by line",
            "Direct costs",
            "Unproductive pay",
            "€5,500 × 1.08 × 1.30 × 6 months × (100% − 50%)",
            "€23,166",
            "Onboarding by colleagues",
            "Training",
            "Hiring the mis-hire",
            "Subtotal €43,572",
            "Exit costs",
            "Transition payment",
            "Pay during notice",
            "Pay during procedure",
            "Extra severance",
            "Legal costs",
            "Subtotal €12,877",
            "Replacement",
            "Recruiting a successor",
            "Successor's ramp-up",
            "Open vacancy",
            "Subtotal €48,450",
            "Indirect costs",
            "Project delay",
            "Rework",
            "Client penalties",
            "Colleagues who leave",
            "Lost output not included: give lost_output.margin_per_month €0",
            "Subtotal €15,800",
            "Total, including own hiring €120,699",
            "Total from the decision on €77,127",
            "Cross-check (not added to the total)",
            "US DoL rule of thumb",
            "€21,384",
            "Topgrading, manager",
            "€1,069,200",
            "Notes",
            "Each line is rounded to whole euros",
            "Assumptions and sources",
            "exit.transition_payment_cap €102,000",
            "2026 amount not confirmed in an official source (checked on 2026-11-23)",
        ],
    );
    // The whole text page by page, as laid out.
    if let Some(text) = pdf_text(&pdf) {
        insta::assert_snapshot!("cost_pdf_scenarios_en", text);
    }
    if let Some(info) = pdf_tool("pdfinfo", &[pdf_arg]) {
        assert!(
            info.contains("Title:           Mis-hire cost estimate"),
            "{info}"
        );
        assert!(
            info.contains("Author:          Kanaalzicht Software B.V."),
            "{info}"
        );
    }
}

#[test]
fn the_dutch_pdf_writes_amounts_the_dutch_way() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("kosten.pdf");
    hirekit(&[
        "cost",
        EXAMPLE,
        "--lang",
        "nl",
        "--pdf",
        pdf.to_str().unwrap(),
    ])
    .success();
    if let Some(text) = pdf_text(&pdf) {
        insta::assert_snapshot!("cost_pdf_nl", text);
    }
    assert_pdf_rows(
        &pdf,
        &[
            "Kosten van een mis-hire",
            "Maandsalaris € 5.500 bruto",
            "In het kort",
            "Kosten van de mis-hire, inclusief de eigen werving: € 125.041 (mediaan;",
            "Overzicht",
            "Totaal, incl. eigen werving € 120.699",
            "Totaal vanaf het besluit € 77.127",
            // Without scenarios the chart shows the categories of the one estimate.
            "Kosten per categorie bij verwachte invoer, streep = P10-P90",
            "Opbouw per post",
            "Onproductieve loonkosten",
            "€ 5.500 × 1,08 × 1,30 × 6 maanden × (100% − 50%)",
            "€ 23.166",
            "Subtotaal € 43.572",
            "Totaal, incl. eigen werving € 120.699",
            "Ter vergelijking (niet in het totaal)",
            "Toelichting",
            "Aannames en bronnen",
        ],
    );
}

#[test]
fn a_quick_estimate_pdf_outside_a_hiring_folder_is_by_hirekit() {
    let dir = tempfile::tempdir().unwrap();
    let run = hirekit_in(
        dir.path(),
        &[
            "cost",
            "--salary",
            "5000",
            "--exit-month",
            "2",
            "--route",
            "probation",
            "--pdf",
            "quick.pdf",
            "--today",
            TODAY,
        ],
    )
    .success();
    assert_eq!(
        run.transcript(),
        "exit: 0\n--- stdout\nquick.pdf\n--- stderr\n"
    );
    let pdf = dir.path().join("quick.pdf");
    if let Some(text) = pdf_text(&pdf) {
        insta::assert_snapshot!("cost_pdf_quick_en", text);
    }
    // See the crate's example: 7,020 + 12,960 + 300 + 12,960 + 10,530.
    assert_pdf_rows(
        &pdf,
        &[
            "Mis-hire cost estimate",
            "Total, including own hiring €43,770",
        ],
    );
    if let Some(info) = pdf_tool("pdfinfo", &[pdf.to_str().unwrap()]) {
        assert!(info.contains("Author:          hirekit\n"), "{info}");
    }
}

#[test]
fn the_same_input_and_date_give_a_byte_identical_pdf_written_once_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let files = ["a.pdf", "b.pdf"].map(|name| dir.path().join(name));
    for file in &files {
        hirekit(&[
            "cost",
            EXAMPLE,
            "--scenarios",
            "--pdf",
            file.to_str().unwrap(),
            "--today",
            TODAY,
        ])
        .success();
    }
    let [a, b] = files.clone().map(|f| std::fs::read(f).unwrap());
    assert!(a.starts_with(b"%PDF-"));
    assert!(
        a == b,
        "the PDF differs between two runs with the same --today"
    );

    let again = ["cost", EXAMPLE, "--pdf", files[0].to_str().unwrap()];
    let run = hirekit(&again).failure(1);
    assert_eq!(
        run.transcript(),
        format!(
            "exit: 1\n--- stdout\n--- stderr\nerror: {} already exists; use --force to replace it\n",
            files[0].display()
        )
    );
    assert_eq!(std::fs::read(&files[0]).unwrap(), a, "left untouched");
    hirekit(&[&again[..], &["--force"]].concat()).success();
    assert_ne!(
        std::fs::read(&files[0]).unwrap(),
        a,
        "replaced (no scenarios now)"
    );
    hirekit(&["cost", EXAMPLE, "--today", TODAY]).failure(2);
    hirekit(&["cost", EXAMPLE, "--force"]).failure(2);
}

/// A long input name in the appendix is an identifier the reader may type into a file: the PDF
/// must never break it in the middle, in either language.
#[test]
fn the_pdf_never_breaks_an_input_name() {
    let file = fixture("cost/long-names.yaml");
    let json = hirekit(&["cost", &file, "--format", "json"])
        .success()
        .json();
    let keys: Vec<String> = json["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["input"].as_str().unwrap().to_owned())
        .collect();
    assert!(keys.contains(&"indirect.colleague_replacement_cost".to_owned()));
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "nl"] {
        let pdf = dir.path().join(format!("{lang}.pdf"));
        let pdf = pdf.to_str().unwrap();
        hirekit(&["cost", &file, "--lang", lang, "--pdf", pdf]).success();
        let Some(text) = pdf_tool("pdftotext", &["-layout", pdf, "-"]) else {
            return;
        };
        let words: Vec<&str> = text.split_whitespace().collect();
        for key in &keys {
            assert!(
                words.contains(&key.as_str()),
                "{lang}: {key} broken in:\n{text}"
            );
        }
    }
}

/// "€ 1.069.200" is one word: a Dutch amount is never split from its euro sign, even where a
/// line of the headline would break right after it (as it does for this quick estimate).
#[test]
fn a_dutch_amount_is_never_split_from_its_euro_sign() {
    let dir = tempfile::tempdir().unwrap();
    hirekit_in(
        dir.path(),
        &[
            "cost",
            "--salary",
            "5500",
            "--exit-month",
            "6",
            "--route",
            "mutual_agreement",
            "--lang",
            "nl",
            "--pdf",
            "kosten.pdf",
        ],
    )
    .success();
    let pdf = dir.path().join("kosten.pdf");
    let Some(text) = pdf_tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]) else {
        return;
    };
    assert!(text.contains("1.069.200"), "{text}");
    for line in text.lines() {
        assert!(!line.trim_end().ends_with('€'), "a lone euro sign: {line}");
    }
}
