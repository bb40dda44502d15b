//! The report as JSON for other programs. Keys are English and stable; texts (labels, formulas,
//! sources) are in the chosen language; amounts are whole euros.

use serde_json::{Map, Value, json};

use super::{get, headline, simulation_note};
use crate::defaults::AssumedValue;
use crate::defaults::{SOURCES_CHECKED, Source};
use crate::inputs::Unit;
use crate::result::Reference;
use crate::result::{MisHireCost, Summary};
use crate::simulate::Percentiles;
use crate::text::Language;

/// The report as a JSON value: `total`, `categories`, `lines`, `assumptions`, `reference`,
/// `situation`, `simulation`, `notes` and, when asked, `scenarios`.
pub fn json(cost: &MisHireCost, language: Language) -> Value {
    let categories: Map<String, Value> = cost
        .categories
        .iter()
        .map(|c| {
            let mut value = summary(&c.summary);
            if let Value::Object(map) = &mut value {
                map.insert("label".into(), json!(get(c.label, language)));
            }
            (c.category.key().to_owned(), value)
        })
        .collect();
    let lines: Vec<Value> = cost
        .lines
        .iter()
        .map(|l| {
            json!({
                "id": l.id.key(),
                "category": l.category.key(),
                "label": get(l.label, language),
                "formula": l.formula.render(language),
                "amount": euros(l.amount),
            })
        })
        .collect();
    let assumptions: Vec<Value> = cost
        .assumptions
        .iter()
        .map(|a| {
            let (value, unit) = match a.value {
                AssumedValue::Quantity(v, unit) => (number(v), Some(unit_key(unit))),
                AssumedValue::Contract(contract) => (json!(contract.key()), None),
                AssumedValue::NoCosts => (json!(0), Some("eur")),
                AssumedValue::SameAs(section) => (json!(section), None),
            };
            json!({
                "input": a.input,
                "value": value,
                "unit": unit,
                "text": a.value.format(language),
                "source": get(a.source.text, language),
                "status": status(a.source, language),
            })
        })
        .collect();
    let s = &cost.situation;
    let mut out = json!({
        "language": language.code(),
        "currency": "EUR",
        "sources_checked": SOURCES_CHECKED,
        "situation": {
            "monthly_salary": number((s.monthly_salary * 100.0).round() / 100.0),
            "contract": s.contract.key(),
            "contract_months": s.contract_months.map(number),
            "exit_month": number(s.exit_month),
            "exit_month_is": "decision",
            "last_month": number(s.last_month),
            "route": s.route.key(),
        },
        "headline": headline(cost, language),
        "total": summary(&cost.total),
        "total_from_decision": summary(&cost.total_from_decision),
        "categories": categories,
        "lines": lines,
        "assumptions": assumptions,
        "reference": reference(&cost.reference, language),
        "lost_output_benchmark": cost.lost_output_benchmark.as_ref().map(|b| reference(b, language)),
        "simulation": cost.simulation.map(|sim| json!({
            "samples": sim.samples,
            "seed": sim.seed,
            "distribution": sim.distribution,
            "note": simulation_note(&sim, language),
        })),
        "notes": cost.notes.iter().map(|n| get(*n, language)).collect::<Vec<_>>(),
    });
    if let (Some(scenarios), Value::Object(map)) = (&cost.scenarios, &mut out) {
        let items: Vec<Value> = scenarios
            .items
            .iter()
            .map(|sc| {
                let categories: Map<String, Value> = crate::model::Category::ALL
                    .iter()
                    .map(|c| (c.key().to_owned(), summary(&sc.categories[*c as usize])))
                    .collect();
                json!({
                    "id": sc.kind.key(),
                    "label": get(sc.kind.label(), language),
                    "month": number(sc.month),
                    "route": sc.route.key(),
                    "total": summary(&sc.total),
                    "categories": categories,
                    "saving": euros(sc.saving),
                })
            })
            .collect();
        let omitted: Vec<Value> = scenarios
            .omitted
            .iter()
            .map(|(kind, reason)| json!({ "id": kind.key(), "reason": get(*reason, language) }))
            .collect();
        map.insert(
            "scenarios".into(),
            json!({
                "compared_with": scenarios.compared_with.key(),
                "items": items,
                "omitted": omitted,
                "notes": scenarios.notes.iter().map(|n| get(*n, language)).collect::<Vec<_>>(),
            }),
        );
    }
    out
}

/// A published figure shown beside the total, never added to it.
fn reference(r: &Reference, language: Language) -> Value {
    json!({
        "id": r.id,
        "label": get(r.label, language),
        "formula": r.formula.render(language),
        "amount": euros(r.amount),
        "added_to_total": false,
        "note": get(r.note, language),
        "source": get(r.source.text, language),
        "status": status(r.source, language),
    })
}

/// How far a source was checked; `null` when there is nothing to check (a value not given).
fn status(source: Source, language: Language) -> Value {
    match get(source.status, language) {
        "—" => Value::Null,
        text => json!(text),
    }
}

fn summary(s: &Summary) -> Value {
    let mut map = Map::new();
    map.insert("expected".into(), euros(s.expected));
    if let Some(Percentiles { p10, p50, p90 }) = s.percentiles {
        map.insert("p10".into(), euros(p10));
        map.insert("p50".into(), euros(p50));
        map.insert("p90".into(), euros(p90));
    }
    Value::Object(map)
}

/// Whole euros as a JSON integer (every amount in the result is already rounded). The input
/// bounds keep every amount far below 2^53, where `f64` and `i64` both hold it exactly, so the
/// cast cannot saturate; the debug assertion guards the bounds.
fn euros(amount: f64) -> Value {
    debug_assert!(
        amount.abs() < 9.0e15,
        "amount out of the bounded range: {amount}"
    );
    json!(amount.round() as i64)
}

/// A whole number as an integer, anything else as a decimal.
fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

fn unit_key(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "eur",
        Unit::Percent => "percent",
        Unit::Months => "months",
        Unit::Weeks => "weeks",
        Unit::Hours => "hours",
        Unit::HoursPerWeek => "hours_per_week",
    }
}
