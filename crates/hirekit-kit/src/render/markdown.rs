//! The interview kit as Markdown: readable as plain text, and printable once rendered.

use std::fmt::Write as _;

use crate::model::{Kit, KitCalibration, KitCriterion, KitPlan, KitRedFlags, KitSection};

/// A line to write on, long enough for a sentence by hand. Dots rather than underscores: a line
/// of underscores alone is a horizontal rule in Markdown.
const NOTE_LINE: &str =
    "..........................................................................................";
/// Lines in the notes box under each question.
const QUESTION_NOTE_LINES: usize = 3;
/// Lines for the evidence behind the score, under the scale.
const NOTE_LINES: usize = 2;
const TICK: &str = "☐";

/// The kit as CommonMark, ending in one newline.
pub fn render(kit: &Kit) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&kit.title));
    let _ = writeln!(out, "{}\n", inline(&kit.subtitle));
    for blank in &kit.blanks {
        // A backslash ends a line without starting a paragraph (CommonMark hard line break).
        let _ = writeln!(
            out,
            "**{}:** ______________________________\\",
            inline(blank)
        );
    }
    trim_last_break(&mut out);
    out.push('\n');
    let _ = writeln!(out, "## {}\n", inline(&kit.how_to_title));
    for line in &kit.how_to {
        let _ = writeln!(out, "- {}", inline(line));
    }
    out.push('\n');
    render_plan(&mut out, &kit.plan);
    render_section(&mut out, &kit.opening);
    for criterion in &kit.criteria {
        render_criterion(&mut out, kit, criterion);
    }
    render_section(&mut out, &kit.closing);
    if let Some(flags) = &kit.red_flags {
        render_red_flags(&mut out, kit, flags);
    }
    let _ = writeln!(out, "## {}\n", inline(&kit.recommendation_title));
    let ticks: Vec<String> = kit
        .recommendations
        .iter()
        .map(|r| format!("{TICK} {}", inline(r)))
        .collect();
    let _ = writeln!(out, "{}", ticks.join("   "));
    if let Some(calibration) = &kit.calibration {
        render_calibration(&mut out, calibration);
    }
    out
}

/// The time plan as a table, with an empty column to write who asks each part.
fn render_plan(out: &mut String, plan: &KitPlan) {
    let _ = writeln!(out, "## {}\n", inline(&plan.title));
    let [part, minutes, who] = &plan.columns;
    let _ = writeln!(
        out,
        "| {} | {} | {} |",
        cell(part),
        cell(minutes),
        cell(who)
    );
    out.push_str("| --- | ---: | --- |\n");
    for row in &plan.rows {
        let _ = writeln!(out, "| {} | {} | |", cell(&row.part), cell(&row.minutes));
    }
    let _ = writeln!(out, "\n**{}**\n", inline(&plan.total));
}

fn render_section(out: &mut String, section: &KitSection) {
    let _ = writeln!(out, "## {}\n", inline(&section.title));
    for line in &section.lines {
        let _ = writeln!(out, "- {}", inline(line));
    }
    out.push('\n');
}

fn render_calibration(out: &mut String, calibration: &KitCalibration) {
    let _ = writeln!(out, "\n## {}\n", inline(&calibration.title));
    let _ = writeln!(out, "{}\n", inline(&calibration.intro));
    for c in &calibration.criteria {
        let _ = writeln!(out, "### {}\n", inline(&c.heading));
        for e in &c.examples {
            let _ = writeln!(
                out,
                "- **{} ({})**: {}",
                e.point,
                inline(&e.label),
                inline(&e.text)
            );
        }
        out.push('\n');
    }
    // One trailing newline, like the rest of the document.
    while out.ends_with("\n\n") {
        out.pop();
    }
}

fn render_criterion(out: &mut String, kit: &Kit, c: &KitCriterion) {
    let l = &kit.labels;
    let _ = writeln!(out, "## {}\n", inline(&c.heading));
    let _ = writeln!(out, "*{}*\n", inline(&c.facts));
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        inline(&l.requirement),
        inline(&c.requirement)
    );
    let _ = writeln!(out, "**{}**\n", inline(&l.questions));
    for (n, q) in c.questions.iter().enumerate() {
        let kind = if q.kind.is_empty() {
            String::new()
        } else {
            format!(" *({})*", inline(&q.kind))
        };
        let _ = writeln!(out, "{}. {}{kind}\n", n + 1, inline(&q.text));
        for probe in &q.probes {
            let _ = writeln!(out, "   - *{}:* {}", inline(&l.probe), inline(probe));
        }
        if !q.probes.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "   *{}:*\n", inline(&l.question_notes));
        for _ in 0..QUESTION_NOTE_LINES {
            let _ = writeln!(out, "   {NOTE_LINE}\n");
        }
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} |",
        cell(&l.point),
        cell(&l.label),
        cell(&l.anchor)
    );
    out.push_str("| :---: | --- | --- |\n");
    for p in &c.scale {
        let label = if p.pass {
            format!("**{}** ({})", cell(&p.label), cell(&l.pass))
        } else {
            cell(&p.label)
        };
        let anchor = if p.anchor.trim().is_empty() {
            "–".to_owned()
        } else {
            cell(&p.anchor)
        };
        let _ = writeln!(out, "| {} | {label} | {anchor} |", p.point);
    }
    out.push('\n');
    let mut ticks: Vec<String> = c
        .scale
        .iter()
        .map(|p| format!("{TICK} {}", p.point))
        .collect();
    ticks.push(format!("{TICK} {}", inline(&l.not_assessed)));
    let _ = writeln!(out, "**{}:** {}\n", inline(&l.score), ticks.join("   "));
    let _ = writeln!(out, "**{}:**\n", inline(&l.notes));
    for _ in 0..NOTE_LINES {
        let _ = writeln!(out, "{NOTE_LINE}\n");
    }
}

fn render_red_flags(out: &mut String, kit: &Kit, flags: &KitRedFlags) {
    let _ = writeln!(out, "## {}\n", inline(&flags.title));
    let _ = writeln!(out, "{}\n", inline(&flags.intro));
    for item in &flags.items {
        let _ = writeln!(
            out,
            "- {TICK} {} *({})* `{}`\\",
            inline(&item.signal),
            inline(&item.evidence),
            item.id
        );
        let _ = writeln!(
            out,
            "  *{}:* {}",
            inline(&kit.labels.verify),
            inline(&item.verify)
        );
    }
    if !flags.cautions.is_empty() {
        if !flags.items.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "### ⚠ {}\n", inline(&flags.caution_title));
        let _ = writeln!(out, "{}\n", inline(&flags.caution_intro));
        for item in &flags.cautions {
            let _ = writeln!(out, "- {} `{}`\\", inline(&item.signal), item.id);
            let _ = writeln!(out, "  {}", inline(&item.why));
        }
    }
    out.push('\n');
}

fn trim_last_break(out: &mut String) {
    if out.ends_with("\\\n") {
        out.truncate(out.len() - 2);
        out.push('\n');
    }
}

/// Text from a scorecard or checklist on one Markdown line: line breaks folded into spaces.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text for a table cell: on one line, with the column separator escaped.
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_in_their_column() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
    }
}
