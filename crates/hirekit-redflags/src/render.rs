//! Text renderings of checklist items and CV findings: terminal tables, Markdown and JSON.
//! Renderers only arrange what the model holds; they never decide anything.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::{Evidence, Item, Role, Stage};
use crate::checks::{Finding, Severity};
use crate::text::Language;
use hirekit_text::msg;

/// Lines are wrapped to this many characters: readable in a terminal and on paper.
pub const WIDTH: usize = 100;

/// The filters a list was made with, shown above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListView {
    pub stage: Option<Stage>,
    pub role: Option<Role>,
    pub lang: Language,
}

fn title(lang: Language) -> String {
    msg!(lang, "redflags-title")
}

fn how_to_read(lang: Language) -> String {
    msg!(lang, "redflags-how-to-read")
}

fn filter_line(view: ListView, count: usize) -> String {
    let lang = view.lang;
    let mut parts = Vec::new();
    if let Some(stage) = view.stage {
        parts.push(msg!(
            lang,
            "redflags-filter-stage",
            stage = stage.label(lang)
        ));
    }
    if let Some(role) = view.role {
        parts.push(msg!(lang, "redflags-filter-role", role = role.label(lang)));
    }
    parts.push(msg!(lang, "redflags-items", count = count));
    let line = parts.join(" · ");
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn field_labels(lang: Language) -> [String; 4] {
    [
        msg!(lang, "redflags-label-signal"),
        msg!(lang, "redflags-label-why"),
        msg!(lang, "redflags-label-verify"),
        msg!(lang, "redflags-label-source"),
    ]
}

fn roles_text(item: &Item, lang: Language) -> String {
    item.roles
        .iter()
        .map(|r| r.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Items grouped by stage (in hiring order); within a stage the items that may count come first,
/// bias-risk items last, each group in catalogue order.
fn by_stage<'a>(items: &[&'a Item]) -> Vec<(Stage, Vec<&'a Item>)> {
    Stage::ALL
        .iter()
        .map(|&stage| {
            let mut group: Vec<&Item> =
                items.iter().copied().filter(|i| i.stage == stage).collect();
            group.sort_by_key(|i| i.evidence);
            (stage, group)
        })
        .filter(|(_, group)| !group.is_empty())
        .collect()
}

/// Wraps `text` to [`WIDTH`], the first line after `first` and the rest indented by `indent`.
pub fn wrap(first: &str, indent: usize, text: &str) -> String {
    // Display columns, not chars: a name with accents or wide characters keeps the table in line.
    let used = hirekit_text::wrap::width(first);
    format!(
        "{first}{}\n",
        hirekit_text::wrap::hanging(text, used, indent, WIDTH)
    )
}

/// The checklist as a terminal table: per stage, each item with its evidence label, then its
/// signal, why, how to verify and source. Bias-risk items come last in their stage, under a
/// heading of their own, each marked as a caution.
pub fn list_table(items: &[&Item], view: ListView) -> String {
    let lang = view.lang;
    let mut out = format!("{}\n{}\n\n", title(lang), filter_line(view, items.len()));
    out.push_str(&wrap("", 0, &how_to_read(lang)));
    if items.is_empty() {
        out.push('\n');
        out.push_str(&msg!(lang, "redflags-no-items"));
        out.push('\n');
        return out;
    }
    let labels = field_labels(lang);
    let pad = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 4;
    for (stage, group) in by_stage(items) {
        let heading = format!("{} ({})", stage.label(lang), group.len());
        let _ = write!(
            out,
            "\n{heading}\n{}\n",
            "=".repeat(heading.chars().count())
        );
        let mut in_caution = false;
        for item in group {
            if item.evidence == Evidence::BiasRisk && !in_caution {
                in_caution = true;
                let heading = msg!(lang, "redflags-do-not-score");
                let _ = write!(
                    out,
                    "\n{heading}\n{}\n",
                    "-".repeat(heading.chars().count())
                );
            }
            let _ = write!(
                out,
                "\n[{}] {} · {}\n",
                item.evidence.label(lang),
                item.id,
                roles_text(item, lang)
            );
            for (label, text) in
                labels
                    .iter()
                    .zip([&item.signal, &item.why, &item.verify, &item.source])
            {
                let first = format!("  {label:<width$}", width = pad - 2);
                out.push_str(&wrap(&first, pad, text.get(lang)));
            }
        }
    }
    out
}

/// The checklist as Markdown, for printing or an interview kit.
pub fn list_markdown(items: &[&Item], view: ListView) -> String {
    let lang = view.lang;
    let mut out = format!(
        "# {}\n\n_{}_\n\n{}\n",
        title(lang),
        filter_line(view, items.len()),
        how_to_read(lang)
    );
    let labels = field_labels(lang);
    for (stage, group) in by_stage(items) {
        let _ = write!(out, "\n## {}\n", stage.label(lang));
        for item in group {
            let _ = write!(out, "\n### `{}`\n\n", item.id);
            match item.evidence {
                Evidence::BiasRisk => {
                    let _ = writeln!(
                        out,
                        "> **{}** · {}\n",
                        item.evidence.label(lang),
                        roles_text(item, lang)
                    );
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "**{}** · {}\n",
                        item.evidence.label(lang),
                        roles_text(item, lang)
                    );
                }
            }
            for (label, text) in
                labels
                    .iter()
                    .zip([&item.signal, &item.why, &item.verify, &item.source])
            {
                let _ = writeln!(out, "- **{label}:** {}", text.get(lang));
            }
        }
    }
    out
}

/// The checklist as pretty-printed JSON: `{"items": [...]}`, every text in both languages,
/// fields in the order of the YAML files.
pub fn list_json(items: &[&Item]) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct List<'a> {
        items: &'a [&'a Item],
    }
    serde_json::to_string_pretty(&List { items })
}

fn count(n: usize, severity: Severity, lang: Language) -> String {
    match severity {
        Severity::RedFlag => msg!(lang, "redflags-count-red-flag", count = n),
        Severity::Caution => msg!(lang, "redflags-count-caution", count = n),
        Severity::Info => msg!(lang, "redflags-count-info", count = n),
    }
}

/// CV findings as terminal text: `path:line:column: severity [check]`, the message wrapped
/// below it, and a summary line that says as of which date the CV was checked.
pub fn findings_table(
    path: &str,
    findings: &[Finding],
    today: NaiveDate,
    lang: Language,
) -> String {
    let mut out = String::new();
    for f in findings {
        let _ = writeln!(
            out,
            "{path}:{}:{}: {} [{}]",
            f.line,
            f.column,
            f.severity.label(lang),
            f.check.code()
        );
        out.push_str(&wrap("    ", 4, f.message.get(lang)));
        out.push('\n');
    }
    let day = hirekit_text::date::date(today, lang);
    if findings.is_empty() {
        out.push_str(&msg!(lang, "redflags-no-findings", day = day));
        out.push('\n');
        return out;
    }
    let counts: Vec<String> = [Severity::RedFlag, Severity::Caution, Severity::Info]
        .into_iter()
        .map(|s| (s, findings.iter().filter(|f| f.severity == s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| count(n, s, lang))
        .collect();
    let summary = msg!(
        lang,
        "redflags-findings-summary",
        total = findings.len(),
        counts = counts.join(", "),
        day = day
    );
    out.push_str(&wrap("", 0, &summary));
    out
}

/// CV findings as pretty-printed JSON: `{"findings": [...]}`, each message in both languages.
pub fn findings_json(findings: &[Finding]) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Findings<'a> {
        findings: &'a [Finding],
    }
    serde_json::to_string_pretty(&Findings { findings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_the_indent_and_the_width() {
        let text = "word ".repeat(60);
        let wrapped = wrap("  Label   ", 10, &text);
        assert!(wrapped.lines().all(|l| l.chars().count() <= WIDTH));
        assert!(
            wrapped
                .lines()
                .skip(1)
                .all(|l| l.starts_with("          word"))
        );
        assert_eq!(
            wrapped.split_whitespace().filter(|w| *w == "word").count(),
            60
        );
    }
}
