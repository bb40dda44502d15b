//! `hirekit cost`: the example in every format and language, the quick form, and one fixture per
//! class of bad input with its exact `path:line:column` message, and the report as a PDF.

use crate::util::{assert_pdf_rows, fixture, hirekit, hirekit_in, pdf_tool};

const EXAMPLE: &str = "examples/hiring/cost/senior-backend-mis-hire.yaml";

#[test]
fn example_table_in_english() {
    let run = hirekit(&["cost", EXAMPLE, "--scenarios"]).success();
    insta::assert_snapshot!("cost_example_en", run.stdout);
}

#[test]
fn example_table_in_dutch() {
    let run = hirekit(&["cost", EXAMPLE, "--scenarios", "--lang", "nl"]).success();
    insta::assert_snapshot!("cost_example_nl", run.stdout);
}

#[test]
fn example_markdown() {
    let run = hirekit(&["cost", EXAMPLE, "--format", "markdown", "--lang", "nl"]).success();
    insta::assert_snapshot!("cost_example_markdown_nl", run.stdout);
}

#[test]
fn table_fits_in_100_columns() {
    for lang in ["en", "nl"] {
        let run = hirekit(&["cost", EXAMPLE, "--scenarios", "--lang", lang]).success();
        for line in run.stdout.lines() {
            assert!(
                line.chars().count() <= 100,
                "{lang}: {} columns: {line}",
                line.chars().count()
            );
        }
    }
}

#[test]
fn example_json_has_the_contracted_keys() {
    let run = hirekit(&["cost", EXAMPLE, "--format", "json", "--scenarios"]).success();
    let json = run.json();
    // Hand check: E = 5,500 × 1.08 × 1.30 = 7,722; unproductive 7,722 × 6 × 50% = 23,166.
    assert_eq!(json["lines"][0]["id"], "unproductive_pay");
    assert_eq!(json["lines"][0]["category"], "direct");
    assert_eq!(json["lines"][0]["amount"], 23_166);
    assert_eq!(
        json["lines"][0]["formula"],
        "€5,500 × 1.08 × 1.30 × 6 months × (100% − 50%)"
    );
    assert_eq!(json["total"]["expected"], 86_484);
    for key in ["p10", "p50", "p90"] {
        assert!(
            json["total"][key].is_i64(),
            "total.{key} missing: {}",
            json["total"]
        );
    }
    let p = |k: &str| json["total"][k].as_i64().unwrap();
    assert!(p("p10") <= p("p50") && p("p50") <= p("p90"));
    for category in ["direct", "exit", "replacement", "indirect"] {
        assert!(
            json["categories"][category]["expected"].is_i64(),
            "{category}"
        );
    }
    let sum: i64 = ["direct", "exit", "replacement", "indirect"]
        .iter()
        .map(|c| json["categories"][c]["expected"].as_i64().unwrap())
        .sum();
    assert_eq!(sum, 86_484);
    assert_eq!(json["reference"]["amount"], 21_384);
    assert_eq!(json["reference"]["added_to_total"], false);
    let inputs: Vec<&str> = json["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["input"].as_str().unwrap())
        .collect();
    assert_eq!(
        inputs,
        ["exit.procedure_months", "exit.transition_payment_cap"]
    );
    let scenarios: Vec<&str> = json["scenarios"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(scenarios, ["end_of_probation", "month_6", "month_12"]);
    assert_eq!(json["scenarios"]["items"][2]["total"]["expected"], 110_640);
}

#[test]
fn json_is_reproducible_and_follows_the_seed() {
    let args = ["cost", EXAMPLE, "--format", "json", "--samples", "2000"];
    let first = hirekit(&args).success().stdout;
    assert_eq!(first, hirekit(&args).success().stdout);
    let mut other = args.to_vec();
    other.extend(["--seed", "1"]);
    assert_ne!(first, hirekit(&other).success().stdout);
}

#[test]
fn quick_form_without_a_file() {
    // 23,166 + 990 + 7,722: see docs/cost-model.md, "A worked example".
    let run = hirekit(&[
        "cost",
        "--salary",
        "5500",
        "--exit-month",
        "6",
        "--route",
        "mutual_agreement",
    ])
    .success();
    let run = run
        .stdout_has("€31,878")
        .stdout_has("holiday_allowance_pct");
    assert!(!run.stdout.contains("P50"), "no ranges, no percentiles");
    let json = hirekit(&[
        "cost",
        "--salary",
        "5500",
        "--exit-month",
        "6",
        "--route",
        "mutual_agreement",
        "--format",
        "json",
    ])
    .success()
    .json();
    assert_eq!(json["total"]["expected"], 31_878);
    assert!(json["total"].get("p50").is_none());
    assert!(json.get("scenarios").is_none());
    hirekit(&[
        "cost",
        "--salary",
        "5500",
        "--exit-month",
        "6",
        "--route",
        "mutual_agreement",
        "--lang",
        "nl",
    ])
    .success()
    .stdout_has("€ 31.878");
}

#[test]
fn quick_form_errors_name_the_flag() {
    hirekit(&[
        "cost",
        "--salary",
        "-5500",
        "--exit-month",
        "6",
        "--route",
        "court",
    ])
    .failure(1)
    .stderr_has("error: `--salary` cannot be negative (found -5500)");
    hirekit(&["cost", "--salary", "5500", "--exit-month", "3", "--route", "probation"])
        .failure(1)
        .stderr_has("error: `--exit-month` 3 is after the probation period: at most 2 months for an indefinite contract");
    hirekit(&["cost", "--salary", "5500", "--exit-month", "3"]).failure(2);
    hirekit(&[
        "cost",
        "--salary",
        "5500",
        "--exit-month",
        "3",
        "--route",
        "ontslag",
    ])
    .failure(2);
}

#[test]
fn negative_amounts() {
    let file = fixture("cost/negative.yaml");
    hirekit(&["cost", &file])
        .failure(1)
        .stderr_has(&format!(
            "{file}:6:16: error: `exit.legal_costs` cannot be negative (found -1200)"
        ))
        .stderr_has(&format!(
            "{file}:8:27: error: `vacancy.weeks_to_replace` cannot be negative (found -2)"
        ));
}

#[test]
fn percentages_over_100() {
    let file = fixture("cost/percent-over-100.yaml");
    hirekit(&["cost", &file])
        .failure(1)
        .stderr_has(&format!(
            "{file}:2:22: error: `employer_oncost_pct` is a percentage and cannot be over 100 (found 130)"
        ))
        .stderr_has(&format!(
            "{file}:7:49: error: `recruitment.agency_fee_pct` is a percentage and cannot be over 100 (found 120)"
        ));
}

#[test]
fn unknown_route() {
    let file = fixture("cost/unknown-route.yaml");
    hirekit(&["cost", &file])
        .failure(1)
        .stderr_has(&format!(
            "{file}:4:10: error: unknown value `mutual_agrement` for `route`"
        ))
        .stderr_has("hint: did you mean `mutual_agreement`?");
}

#[test]
fn probation_exit_after_the_statutory_maximum() {
    let file = fixture("cost/probation-too-late.yaml");
    hirekit(&["cost", &file]).failure(1).stderr_has(&format!(
        "{file}:4:10: error: `exit.month` 3 is after the probation period: at most 2 months for an indefinite \
         contract (art. 7:652 BW)"
    ));
    let file = fixture("cost/probation-fixed-term.yaml");
    hirekit(&["cost", &file]).failure(1).stderr_has(&format!(
        "{file}:6:11: error: `exit.month` up to 1.5 is after the probation period: at most 1 month for a \
         fixed-term contract of 12 months (art. 7:652 BW)"
    ));
}

#[test]
fn range_out_of_order() {
    let file = fixture("cost/range-order.yaml");
    hirekit(&["cost", &file]).failure(1).stderr_has(&format!(
        "{file}:5:20: error: the range of `productivity_pct` must have low <= expected <= high (found low 60, \
         expected 40, high 70)"
    ));
}

#[test]
fn both_salaries() {
    let file = fixture("cost/salary.yaml");
    hirekit(&["cost", &file]).failure(1).stderr_has(&format!(
        "{file}:2:16: error: give `monthly_salary` or `annual_salary`, not both"
    ));
}

#[test]
fn misspelt_key() {
    let file = fixture("cost/typo.yaml");
    hirekit(&["cost", &file])
        .failure(1)
        .stderr_has(&format!("{file}:5:3: error: unknown field `notice_mnths`"))
        .stderr_has("hint: did you mean `notice_months`?");
}

#[test]
fn values_the_route_ignores_are_warnings() {
    let file = fixture("cost/unused-on-probation.yaml");
    hirekit(&["cost", &file])
        .success()
        .stderr_has(&format!(
            "{file}:5:3: warning: `exit.legal_costs` is not used: the `probation` route adds only the transition payment"
        ))
        .stdout_has("Transition payment");
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    hirekit(&["cost", "tests/fixtures/cost/does-not-exist.yaml"])
        .failure(1)
        .stderr_has("does-not-exist.yaml");
}

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
            "Monthly salary €5,500 gross · indefinite contract · leaves after 6 months",
            "Summary",
            "Direct costs €28,566 €24,967 €29,158 €33,984",
            "Total €86,484 €84,225 €91,845 €99,918",
            "P10, P50 and P90: 10%, 50% and 90% of 100,000 simulated outcomes",
            "Scenarios: when the employment ends",
            "End of probation 2 €58,658",
            "Month 6 6 €86,484",
            "Month 12 12 €110,640",
            "Costs by category, per exit moment",
            "Saving: compared with leaving after 12 months.",
            "Breakdown line by line",
            "Direct costs",
            "Unproductive pay",
            "€5,500 × 1.08 × 1.30 × 6 months × (100% − 50%)",
            "€23,166",
            "Onboarding by colleagues",
            "Training",
            "Subtotal €28,566",
            "Exit costs",
            "Transition payment",
            "Notice period",
            "Pay during procedure",
            "Extra severance",
            "Legal costs",
            "Subtotal €12,712",
            "Replacement",
            "Recruiting a successor",
            "Open vacancy",
            "Subtotal €29,406",
            "Indirect costs",
            "Project delay",
            "Rework",
            "Client penalties",
            "Colleagues who leave",
            "Subtotal €15,800",
            "Total €86,484",
            "Cross-check (not added to the total)",
            "US DoL rule of thumb",
            "€21,384",
            "Assumptions",
            "exit.transition_payment_cap €102,000",
            "Notes",
            "Each line is rounded to whole euros",
        ],
    );
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
    assert_pdf_rows(
        &pdf,
        &[
            "Kosten van een verkeerde aanname",
            "Maandsalaris € 5.500 bruto",
            "Overzicht",
            "Totaal € 86.484",
            // Without scenarios the chart shows the categories of the one estimate.
            "Kosten per categorie, bij verwachte invoer",
            "Opbouw per post",
            "Onproductieve loonkosten",
            "€ 5.500 × 1,08 × 1,30 × 6 maanden × (100% − 50%)",
            "€ 23.166",
            "Subtotaal € 28.566",
            "Totaal € 86.484",
            "Ter vergelijking (niet in het totaal)",
            "Aannames",
            "Toelichting",
        ],
    );
}

#[test]
fn a_quick_estimate_pdf_outside_a_hiring_folder_is_by_hirekit() {
    let dir = tempfile::tempdir().unwrap();
    hirekit_in(
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
    .success()
    .stdout_has("quick.pdf");
    let pdf = dir.path().join("quick.pdf");
    assert_pdf_rows(&pdf, &["Mis-hire cost estimate", "Total €7,320"]);
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
    hirekit(&again)
        .failure(1)
        .stderr_has("a.pdf already exists; use --force to replace it");
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
