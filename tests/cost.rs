//! `hirekit cost`: the example in every format and language, the quick form, and one fixture per
//! class of bad input with its exact `path:line:column` message (the PDF is in `cost_pdf.rs`).

use crate::util::{fixture, hirekit};

/// Compares the whole run (exit code, stdout, stderr) with a reviewed snapshot named after the
/// test, and hands the run on for the checks that say what matters in it.
macro_rules! whole {
    ($run:expr) => {{
        let run = $run;
        insta::assert_snapshot!(run.transcript());
        run
    }};
}

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
    let ids: Vec<&str> = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "unproductive_pay",
            "onboarding",
            "training",
            "own_hiring",
            "transition_payment",
            "notice",
            "procedure",
            "extra_severance",
            "legal_costs",
            "recruitment",
            "successor_ramp_up",
            "vacancy",
            "project_delay",
            "rework",
            "client_penalties",
            "colleague_attrition",
            "lost_output"
        ]
    );
    let amount = |id: &str| {
        json["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == id)
            .map(|l| l["amount"].as_i64().unwrap())
            .unwrap()
    };
    // Own hiring as the successor's: 20% × 12 × 5,500 × 1.08 + 750 = 15,006. Ramp-up: 7,722 ×
    // 4 months × 50% + 6 h/week × 8 weeks × €75 = 15,444 + 3,600. Transition payment over the
    // decision month and the notice: 5,940 × 7 / 36 = 1,155.
    assert_eq!(amount("own_hiring"), 15_006);
    assert_eq!(amount("successor_ramp_up"), 19_044);
    assert_eq!(amount("transition_payment"), 1_155);
    assert_eq!(amount("lost_output"), 0);
    assert_eq!(json["total"]["expected"], 120_699);
    // Everything but the direct costs (23,166 + 3,600 + 1,800 + 15,006 = 43,572).
    assert_eq!(json["total_from_decision"]["expected"], 120_699 - 43_572);
    for total in ["total", "total_from_decision"] {
        let p = |k: &str| json[total][k].as_i64().unwrap();
        assert!(p("p10") <= p("p50") && p("p50") <= p("p90"), "{total}");
    }
    let sum: i64 = ["direct", "exit", "replacement", "indirect"]
        .iter()
        .map(|c| json["categories"][c]["expected"].as_i64().unwrap())
        .sum();
    assert_eq!(sum, 120_699);
    assert_eq!(json["situation"]["exit_month_is"], "decision");
    assert_eq!(json["situation"]["last_month"], 7);
    assert_eq!(json["reference"]["amount"], 21_384);
    assert_eq!(json["reference"]["added_to_total"], false);
    assert_eq!(json["lost_output_benchmark"]["amount"], 1_069_200);
    assert_eq!(json["sources_checked"], "2026-11-23");
    let inputs: Vec<&str> = json["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["input"].as_str().unwrap())
        .collect();
    assert_eq!(
        inputs,
        [
            "exit.procedure_months",
            "lost_output",
            "exit.transition_payment_cap",
            "own_hiring",
            "successor.onboarding_hours"
        ]
    );
    assert!(
        !run.stdout.to_lowercase().contains("unverified"),
        "statuses go to the appendix, not as tags"
    );
    let scenarios: Vec<(&str, i64)> = json["scenarios"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["saving"].as_i64().unwrap()))
        .collect();
    // Month 6 by settlement is this case, so it is not repeated; month 12 would cost
    // 6 more months of unproductive pay (23,166) and 6/36 more transition payment (990).
    assert_eq!(
        scenarios,
        [
            ("actual", 0),
            ("end_of_probation", 27_991),
            ("month_12", -24_156)
        ]
    );
    assert_eq!(json["scenarios"]["compared_with"], "actual");
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
    // See docs/cost-model.md, "A worked example": 72,138 in all, 34,716 from the decision on.
    let run = whole!(
        hirekit(&[
            "cost",
            "--salary",
            "5500",
            "--exit-month",
            "6",
            "--route",
            "mutual_agreement",
        ])
        .success()
    );
    let run = run
        .stdout_has("€72,138")
        .stdout_has("€34,716")
        .stdout_has("Replacement is estimated with stated defaults")
        .stdout_has("recruitment.agency_fee_pct")
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
    assert_eq!(json["total"]["expected"], 72_138);
    assert_eq!(json["total_from_decision"]["expected"], 34_716);
    // Replacement is estimated with stated defaults, not shown as €0.
    assert_eq!(
        json["categories"]["replacement"]["expected"],
        14_256 + 11_583
    );
    assert!(json["total"].get("p50").is_none());
    assert!(json.get("scenarios").is_none());
    whole!(
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
    )
    .stdout_has("€ 72.138")
    .stdout_has("Kosten van een mis-hire");
}

#[test]
fn quick_form_resignation() {
    let json = hirekit(&[
        "cost",
        "--salary",
        "5500",
        "--exit-month",
        "6",
        "--route",
        "resignation",
        "--format",
        "json",
    ])
    .success()
    .json();
    assert_eq!(json["situation"]["route"], "resignation");
    let exit: Vec<(&str, i64)> = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["category"] == "exit")
        .map(|l| (l["id"].as_str().unwrap(), l["amount"].as_i64().unwrap()))
        .collect();
    // No transition payment (art. 7:673 lid 1 BW); the employee's month of notice in full.
    assert_eq!(exit, [("notice", 7_722)]);
    assert_eq!(json["total"]["expected"], 72_138 - 1_155);
}

#[test]
fn a_resignation_with_a_severance_is_refused_with_the_legal_reason() {
    let file = fixture("cost/resignation-severance.yaml");
    whole!(hirekit(&["cost", &file]).failure(1)).stderr_has(&format!(
        "{file}:5:20: error: `exit.extra_severance` does not apply to a resignation: an employee who \
         resigns is owed no transition payment or severance (art. 7:673 lid 1 BW: only when the \
         employment ends at the employer's initiative)"
    ));
}

#[test]
fn numbers_beyond_their_range_are_located_errors_not_panics() {
    let file = fixture("cost/huge-salary.yaml");
    let run = whole!(hirekit(&["cost", &file]).failure(1));
    assert_eq!(
        run.stderr
            .lines()
            .filter(|l| l.contains(": error: "))
            .collect::<Vec<_>>(),
        [
            format!("{file}:1:17: error: `monthly_salary` is at most 100,000 (found 1e60)"),
            format!("{file}:7:16: error: `vacancy.weekly_cost` is at most 1,000,000 (found 1e20)"),
        ]
    );
    whole!(
        hirekit(&[
            "cost",
            "--salary",
            "1e20",
            "--exit-month",
            "6",
            "--route",
            "court",
            "--format",
            "json",
        ])
        .failure(1)
    )
    .stderr_has("error: `--salary` is at most 100,000 (found 1e20)");
}

#[test]
fn structural_and_value_errors_in_one_run() {
    let file = fixture("cost/typo-and-negative.yaml");
    let run = whole!(hirekit(&["cost", &file]).failure(1));
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        errors,
        [
            format!("{file}:1:17: error: `monthly_salary` cannot be negative (found -4800)"),
            format!(
                "{file}:5:3: error: unknown field `notice_mnths`, expected one of `extra_severance`, \
                 `legal_costs`, `month`, `notice_months`, `procedure_months`, `route`, \
                 `transition_payment_cap`"
            ),
            format!(
                "{file}:7:19: error: `recruitment.agency_fee_pct` is a percentage and cannot be over \
                 100 (found 140)"
            ),
        ]
    );
}

#[test]
fn quick_form_errors_name_the_flag() {
    whole!(
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
    )
    .stderr_has("error: `--salary` cannot be negative (found -5500)");
    whole!(hirekit(&["cost", "--salary", "5500", "--exit-month", "3", "--route", "probation"])
        .failure(1))
        .stderr_has("error: `--exit-month` 3 is after the probation period: at most 2 months for an indefinite contract");
    whole!(hirekit(&["cost", "--salary", "5500", "--exit-month", "3"]).failure(2));
    whole!(
        hirekit(&[
            "cost",
            "--salary",
            "5500",
            "--exit-month",
            "3",
            "--route",
            "ontslag",
        ])
        .failure(2)
    );
}

#[test]
fn negative_amounts() {
    let file = fixture("cost/negative.yaml");
    whole!(hirekit(&["cost", &file]).failure(1))
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
    whole!(hirekit(&["cost", &file])
        .failure(1))
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
    whole!(hirekit(&["cost", &file]).failure(1))
        .stderr_has(&format!(
            "{file}:4:10: error: unknown value `mutual_agrement` for `route`"
        ))
        .stderr_has("hint: did you mean `mutual_agreement`?");
}

#[test]
fn probation_exit_after_the_statutory_maximum() {
    let file = fixture("cost/probation-too-late.yaml");
    whole!(hirekit(&["cost", &file]).failure(1)).stderr_has(&format!(
        "{file}:4:10: error: `exit.month` 3 is after the probation period: at most 2 months for an indefinite \
         contract (art. 7:652 BW)"
    ));
    let file = fixture("cost/probation-fixed-term.yaml");
    whole!(hirekit(&["cost", &file]).failure(1)).stderr_has(&format!(
        "{file}:6:11: error: `exit.month` up to 1.5 is after the probation period: at most 1 month for a \
         fixed-term contract of 12 months (art. 7:652 BW)"
    ));
}

#[test]
fn range_out_of_order() {
    let file = fixture("cost/range-order.yaml");
    whole!(hirekit(&["cost", &file]).failure(1)).stderr_has(&format!(
        "{file}:5:20: error: the range of `productivity_pct` must have low <= expected <= high (found low 60, \
         expected 40, high 70)"
    ));
}

#[test]
fn both_salaries() {
    let file = fixture("cost/salary.yaml");
    whole!(hirekit(&["cost", &file]).failure(1)).stderr_has(&format!(
        "{file}:2:16: error: give `monthly_salary` or `annual_salary`, not both"
    ));
}

#[test]
fn misspelt_key() {
    let file = fixture("cost/typo.yaml");
    whole!(hirekit(&["cost", &file]).failure(1))
        .stderr_has(&format!("{file}:5:3: error: unknown field `notice_mnths`"))
        .stderr_has("hint: did you mean `notice_months`?");
}

#[test]
fn values_the_route_ignores_are_warnings() {
    let file = fixture("cost/unused-on-probation.yaml");
    whole!(hirekit(&["cost", &file])
        .success())
        .stderr_has(&format!(
            "{file}:5:3: warning: `exit.legal_costs` is not used: the `probation` route adds only the transition payment"
        ))
        .stdout_has("Transition payment");
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    whole!(hirekit(&["cost", "tests/fixtures/cost/does-not-exist.yaml"]).failure(1))
        .stderr_has("does-not-exist.yaml");
}
