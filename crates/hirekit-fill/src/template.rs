//! `hirekit fill --template`: a blank scorecard to fill in with an editor.
//!
//! Everything the terminal walk-through shows is there as comments (requirement, questions,
//! anchors, red flags); every answer has its key with an empty value. Until the interviewer has
//! filled it in, checking the folder reports each empty answer at its own line, so a half-done
//! file is never mistaken for a submitted one.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use hirekit_text::msg;
use hirekit_text::number::hours;

use crate::Interview;
use crate::answers::{self, RECOMMENDATIONS, recommendation_label};
use crate::screens;
use crate::text::{self, WIDTH, wrap_lines};
use crate::yaml::{comment, scalar};

/// The blank scorecard. `interviewed_at` is the planned interview, if there is one. The output
/// depends on its inputs only (no clock), so a template can be regenerated identically.
pub fn render(interview: &Interview, interviewed_at: Option<DateTime<FixedOffset>>) -> String {
    let lang = interview.language;
    let scorecard = interview.scorecard;
    let c = interview.candidate;
    let limit = hours(f64::from(interview.rules.scorecard_hours), lang);
    let title = scorecard.title.get_or_any(lang);
    let header = format!(
        "{}\n\n{}",
        msg!(
            lang,
            "fill-template-title",
            interviewer = interview.interviewer,
            name = &c.name,
            candidate = &c.id,
            title = title,
        ),
        msg!(
            lang,
            "fill-template-instructions",
            limit = limit,
            candidate = &c.id
        )
    );
    let mut out = wrapped_comment("# ", &header);
    let _ = writeln!(out, "candidate: {}", scalar(&c.id));
    let _ = writeln!(out, "scorecard: {}", scalar(&scorecard.id));
    let _ = writeln!(out, "interviewer: {}", scalar(interview.interviewer));
    // An example in the interview's own time zone, or a fixed one: never the clock.
    let example = interviewed_at
        .map(|at| (at + chrono::Duration::hours(2)).to_rfc3339())
        .unwrap_or_else(|| "2026-11-20T14:30:00+01:00".to_owned());
    match interviewed_at {
        Some(at) => {
            let _ = writeln!(out, "interviewed_at: {}", scalar(&at.to_rfc3339()));
        }
        None => {
            let _ = writeln!(
                out,
                "interviewed_at:   # {} {example}",
                msg!(lang, "fill-template-interviewed-at")
            );
        }
    }
    let _ = writeln!(
        out,
        "submitted_at:     # {} {example}",
        msg!(lang, "fill-template-submitted-at")
    );
    out.push_str("ratings:\n");
    let scale = &scorecard.scale;
    for (index, criterion) in scorecard.criteria.iter().enumerate() {
        // The same block the terminal shows, as comments, without the terminal's styles.
        let block = screens::criterion_block_plain(scorecard, index, lang);
        out.push_str(&comment("  # ", block.trim_start_matches('\n')));
        let _ = writeln!(out, "  {}:", scalar(&criterion.id));
        let _ = writeln!(out, "    score:           # {}-{}", scale.min, scale.max);
        let _ = writeln!(
            out,
            "    evidence: >-     # {}",
            msg!(lang, "fill-template-evidence")
        );
        out.push('\n');
    }
    red_flags(&mut out, interview);
    let [a, b, c, d] = RECOMMENDATIONS.map(|r| {
        msg!(
            lang,
            "fill-template-choice",
            code = r.code(),
            label = recommendation_label(r, lang)
        )
    });
    let choices = msg!(
        lang,
        "fill-template-choices",
        first = format!("{a}, {b}, {c}"),
        last = d
    );
    let _ = writeln!(
        out,
        "# {} {choices}",
        msg!(lang, "fill-template-recommendation")
    );
    out.push_str("recommendation:\n");
    out
}

fn red_flags(out: &mut String, interview: &Interview) {
    let lang = interview.language;
    let fl = lang;
    let intro = msg!(lang, "fill-template-red-flags-intro");
    out.push_str(&wrapped_comment("# ", &intro));
    let (count, caution) = answers::split_red_flags(interview);
    for item in count {
        let _ = writeln!(out, "#   {} [{}]", item.id, item.evidence.label(fl));
        let verify = format!("{} {}", msg!(lang, "fill-verify"), item.verify.get(fl));
        out.push_str(&wrapped_comment(
            "#       ",
            &format!("{}\n{verify}", item.signal.get(fl)),
        ));
    }
    if !caution.is_empty() {
        out.push_str(&wrapped_comment(
            "# ",
            &msg!(lang, "fill-template-bias-caution"),
        ));
        for item in caution {
            let _ = writeln!(
                out,
                "#   - {}  {}",
                item.id,
                text::shorten(item.signal.get(fl), 60)
            );
        }
    }
    out.push_str("red_flags: []\n");
}

/// `text` wrapped to the terminal width and written as comment lines after `prefix`; a line
/// break in `text` starts a new paragraph.
fn wrapped_comment(prefix: &str, text: &str) -> String {
    let width = WIDTH.saturating_sub(hirekit_text::wrap::width(prefix));
    let mut out = String::new();
    for paragraph in text.split('\n') {
        for line in wrap_lines(paragraph, width) {
            if line.is_empty() {
                out.push_str(prefix.trim_end());
            } else {
                out.push_str(prefix);
                out.push_str(&line);
            }
            out.push('\n');
        }
    }
    out
}
