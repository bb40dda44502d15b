//! Text renderings of checklist items and CV findings: terminal tables, Markdown and JSON.
//! Renderers only arrange what the model holds; they never decide anything.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::{Evidence, Item, Role, Stage};
use crate::checks::{Finding, Severity};
use crate::text::Language;

/// Lines are wrapped to this many characters: readable in a terminal and on paper.
pub const WIDTH: usize = 100;

/// The filters a list was made with, shown above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListView {
    pub stage: Option<Stage>,
    pub role: Option<Role>,
    pub lang: Language,
}

fn title(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "Rode vlaggen voor IT-rollen",
        Language::En => "Red flags for IT roles",
    }
}

fn how_to_read(lang: Language) -> &'static str {
    match lang {
        Language::Nl => {
            "Elk punt is een reden om iets na te gaan, nooit een reden om af te wijzen. Punten met \
                     LET OP hangen samen met beschermde gronden of zeggen niets over het werk (gezondheid, \
                     afkomst, leeftijd, gezin, zenuwen): noteer ze hooguit als aandachtspunt voor jezelf, geef \
                     er nooit punten voor en noem ze nooit in een brief."
        }
        Language::En => {
            "Every item is a reason to verify, never a reason to reject. Items marked CAUTION track \
                     protected grounds or say nothing about the work (health, origin, age, family, nerves): at \
                     most note them as a caution to yourself, never score them and never mention them in a \
                     letter."
        }
    }
}

fn filter_line(view: ListView, count: usize) -> String {
    let mut parts = Vec::new();
    if let Some(stage) = view.stage {
        parts.push(match view.lang {
            Language::Nl => format!("fase: {}", stage.label(view.lang)),
            Language::En => format!("stage: {}", stage.label(view.lang)),
        });
    }
    if let Some(role) = view.role {
        parts.push(match view.lang {
            Language::Nl => format!(
                "rol: {} (met de punten voor alle IT-rollen)",
                role.label(view.lang)
            ),
            Language::En => format!(
                "role: {} (with the items for all IT roles)",
                role.label(view.lang)
            ),
        });
    }
    let items = match (view.lang, count) {
        (Language::Nl, 1) => "1 punt".to_owned(),
        (Language::Nl, n) => format!("{n} punten"),
        (Language::En, 1) => "1 item".to_owned(),
        (Language::En, n) => format!("{n} items"),
    };
    parts.push(items);
    let line = parts.join(" · ");
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn field_labels(lang: Language) -> [&'static str; 4] {
    match lang {
        Language::Nl => ["Signaal", "Waarom", "Toetsen", "Bron"],
        Language::En => ["Signal", "Why", "Verify", "Source"],
    }
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
    out.push_str(&wrap("", 0, how_to_read(lang)));
    if items.is_empty() {
        out.push('\n');
        out.push_str(match lang {
            Language::Nl => "Geen punten voor deze fase en rol.\n",
            Language::En => "No items for this stage and role.\n",
        });
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
                let heading = match lang {
                    Language::Nl => "Niet meewegen: biasrisico",
                    Language::En => "Do not score: bias risk",
                };
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

fn date(today: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Nl => today
            .format_localized("%-d %B %Y", chrono::Locale::nl_NL)
            .to_string(),
        Language::En => today.format("%-d %B %Y").to_string(),
    }
}

fn count(n: usize, severity: Severity, lang: Language) -> String {
    let word = match (severity, lang, n) {
        (Severity::RedFlag, Language::Nl, 1) => "rode vlag",
        (Severity::RedFlag, Language::Nl, _) => "rode vlaggen",
        (Severity::RedFlag, Language::En, 1) => "red flag",
        (Severity::RedFlag, Language::En, _) => "red flags",
        (Severity::Caution, Language::Nl, 1) => "aandachtspunt",
        (Severity::Caution, Language::Nl, _) => "aandachtspunten",
        (Severity::Caution, Language::En, 1) => "caution",
        (Severity::Caution, Language::En, _) => "cautions",
        (Severity::Info, Language::Nl, _) => "ter informatie",
        (Severity::Info, Language::En, _) => "for information",
    };
    format!("{n} {word}")
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
    let day = date(today, lang);
    if findings.is_empty() {
        out.push_str(&match lang {
            Language::Nl => format!("Geen bevindingen: data, uren en vaardigheden in het cv zijn consistent (peildatum {day}).\n"),
            Language::En => format!("No findings: the CV's dates, hours and skills are consistent (as of {day}).\n"),
        });
        return out;
    }
    let counts: Vec<String> = [Severity::RedFlag, Severity::Caution, Severity::Info]
        .into_iter()
        .map(|s| (s, findings.iter().filter(|f| f.severity == s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| count(n, s, lang))
        .collect();
    let total = findings.len();
    let summary = match lang {
        Language::Nl => format!(
            "{total} {}: {} (peildatum {day}). Bevindingen zijn vragen aan de kandidaat, geen conclusies.",
            if total == 1 {
                "bevinding"
            } else {
                "bevindingen"
            },
            counts.join(", ")
        ),
        Language::En => format!(
            "{total} {}: {} (as of {day}). Findings are questions to ask the candidate, not conclusions.",
            if total == 1 { "finding" } else { "findings" },
            counts.join(", ")
        ),
    };
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

    #[test]
    fn dates_are_written_in_the_language() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(date(day, Language::Nl), "23 november 2026");
        assert_eq!(date(day, Language::En), "23 November 2026");
    }
}
