//! The report as JSON for other programs. Keys are English and stable; texts (labels, formulas,
//! sources) are in the chosen language; amounts are whole euros.

use serde_json::{Map, Value, json};

use super::{get, simulation_note};
use crate::defaults::AssumedValue;
use crate::inputs::Unit;
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
            };
            json!({
                "input": a.input,
                "value": value,
                "unit": unit,
                "text": a.value.format(language),
                "source": get(a.source, language),
            })
        })
        .collect();
    let s = &cost.situation;
    let mut out = json!({
        "language": language.code(),
        "currency": "EUR",
        "situation": {
            "monthly_salary": number((s.monthly_salary * 100.0).round() / 100.0),
            "contract": s.contract.key(),
            "contract_months": s.contract_months.map(number),
            "exit_month": number(s.exit_month),
            "route": s.route.key(),
        },
        "total": summary(&cost.total),
        "categories": categories,
        "lines": lines,
        "assumptions": assumptions,
        "reference": {
            "id": cost.reference.id,
            "label": get(cost.reference.label, language),
            "formula": cost.reference.formula.render(language),
            "amount": euros(cost.reference.amount),
            "added_to_total": false,
            "note": get(cost.reference.note, language),
        },
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

/// Whole euros as a JSON integer (every amount in the result is already rounded).
fn euros(amount: f64) -> Value {
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
