//! `docs/cost-model.md` holds five published mis-hire figures against hirekit's on the same
//! inputs. This recomputes hirekit's side of that table: the headline figure of every row is read
//! from the document itself, and the line amounts its explanations quote are checked here.

use crate::util::hirekit;

const DOC: &str = "docs/cost-model.md";
const DIR: &str = "examples/hiring/cost/published";

/// `(file, figure, whether the figure is the replacement category rather than the total)` of
/// every row of the comparison table.
fn table_rows() -> Vec<(String, i64, bool)> {
    let doc = std::fs::read_to_string(DOC).unwrap();
    let section = doc
        .split("## Checked against published figures")
        .nth(1)
        .expect("the comparison section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains(".yaml`"))
        .map(|line| {
            let cell = line.split(" | ").nth(3).expect("a hirekit cell");
            let file = cell.split('`').nth(1).expect("a file name").to_owned();
            let figure = cell.split("**").nth(1).expect("a bold figure");
            let euros: String = figure.chars().filter(char::is_ascii_digit).collect();
            (file, euros.parse().unwrap(), cell.contains("replacement"))
        })
        .collect()
}

fn run(file: &str, extra: &[&str]) -> serde_json::Value {
    let path = format!("{DIR}/{file}");
    let mut args = vec!["cost", path.as_str(), "--format", "json"];
    args.extend(extra);
    hirekit(&args).success().json()
}

fn lines(json: &serde_json::Value) -> Vec<(String, i64)> {
    json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["id"].as_str().unwrap().to_owned(),
                l["amount"].as_i64().unwrap(),
            )
        })
        .filter(|(_, amount)| *amount != 0)
        .collect()
}

#[test]
fn published_figures_match_this_table() {
    let rows = table_rows();
    assert_eq!(rows.len(), 5, "five published figures: {rows:?}");
    for (file, figure, replacement) in &rows {
        let json = run(file, &[]);
        let hirekit = if *replacement {
            &json["categories"]["replacement"]["expected"]
        } else {
            &json["total"]["expected"]
        };
        assert_eq!(hirekit.as_i64(), Some(*figure), "{file}");
    }
}

#[test]
fn the_lines_that_explain_the_differences() {
    let own = |pairs: &[(&str, i64)]| -> Vec<(String, i64)> {
        pairs.iter().map(|(id, a)| ((*id).to_owned(), *a)).collect()
    };
    // Faulkner: the calculator's 18,750 + 4,700, plus the Dutch exit and hirekit's replacement.
    assert_eq!(
        lines(&run("faulkner-calculator.yaml", &[])),
        own(&[
            ("unproductive_pay", 18_750),
            ("own_hiring", 4_700),
            ("transition_payment", 972),
            ("notice", 6_250),
            ("recruitment", 12_000),
            ("successor_ramp_up", 9_375),
        ])
    );
    assert_eq!(41_450 + 972 + 6_250 + (12_000 + 9_375 - 18_000), 52_047);

    let sixty = run("annual-60000.yaml", &[]);
    assert_eq!(
        lines(&sixty),
        own(&[
            ("unproductive_pay", 19_500),
            ("own_hiring", 12_000),
            ("transition_payment", 972),
            ("notice", 6_500),
            ("recruitment", 12_000),
            ("successor_ramp_up", 9_750),
        ])
    );
    assert_eq!(sixty["lost_output_benchmark"]["amount"], 900_000);

    let forty = run("annual-40000.yaml", &[]);
    assert_eq!(
        lines(&forty),
        own(&[
            ("unproductive_pay", 13_000),
            ("own_hiring", 8_000),
            ("transition_payment", 648),
            ("notice", 4_333),
            ("recruitment", 8_000),
            ("successor_ramp_up", 6_500),
        ])
    );
    assert_eq!(forty["total_from_decision"]["expected"], 19_481);
}

/// The two variants the table quotes: a six-month ramp-up (SHRM) and pay counted as lost in
/// full (the 130% article), written as files so that the quick form cannot differ from them.
#[test]
fn the_variants_the_table_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(format!("{DIR}/annual-60000.yaml")).unwrap();
    let variant = |name: &str, extra: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("{base}{extra}")).unwrap();
        hirekit(&["cost", path.to_str().unwrap(), "--format", "json"])
            .success()
            .json()
    };
    let slow = variant("slow.yaml", "successor:\n  ramp_up_months: 6\n");
    assert_eq!(slow["categories"]["replacement"]["expected"], 31_500);
    let full = variant("full.yaml", "productivity_pct: 0\n");
    assert_eq!(full["total"]["expected"], 80_222);
}
