//! The interview kit as Markdown: readable as plain text, and printable once rendered.

use std::fmt::Write as _;

use super::content::{Kit, KitCriterion, KitRedFlags};

/// A line to write on, long enough for a sentence by hand. Dots rather than underscores: a line
/// of underscores alone is a horizontal rule in Markdown.
const NOTE_LINE: &str =
    "..........................................................................................";
const NOTE_LINES: usize = 4;
const TICK: &str = "☐";

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
    for criterion in &kit.criteria {
        render_criterion(&mut out, kit, criterion);
    }
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
    out
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
        let _ = writeln!(out, "{}. {}", n + 1, inline(q));
    }
    out.push('\n');
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
