//! `hirekit fill --template`: a blank scorecard to fill in with an editor.
//!
//! Everything the terminal walk-through shows is there as comments (requirement, questions,
//! anchors, red flags); every answer has its key with an empty value. Until the interviewer has
//! filled it in, checking the folder reports each empty answer at its own line, so a half-done
//! file is never mistaken for a submitted one.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use hirekit_scorecard::Language;

use super::Interview;
use super::answers::{self, RECOMMENDATIONS, recommendation_label};
use super::screens;
use super::text::{self, WIDTH, flag_lang, wrap_lines};
use super::yaml::{comment, scalar};

/// The blank scorecard. `interviewed_at` is the planned interview, if there is one. The output
/// depends on its inputs only (no clock), so a template can be regenerated identically.
pub fn render(interview: &Interview, interviewed_at: Option<DateTime<FixedOffset>>) -> String {
    let lang = interview.language;
    let scorecard = interview.scorecard;
    let c = interview.candidate;
    let hours = interview.scorecard_hours;
    let title = scorecard.title.get_or_any(lang);
    let header = match lang {
        Language::Nl => format!(
            "Scorecard van {} voor {} ({}): {title}\n\n\
             Vul deze scorecard zelfstandig in, binnen {hours} uur na het gesprek, en bespreek je scores \
             pas met de andere interviewers als iedereen heeft ingediend.\n\
             Geef bij elk criterium een score met bewijs: wat de kandidaat zei of deed. Kwam een criterium \
             niet aan bod, vervang dan `score` en `evidence` door `not_assessed: true`; dat is geen lage score.\n\
             Schrijf het bewijs op de ingesprongen regels onder `evidence: >-`.\n\
             Controleer het bestand daarna met `hirekit score {}`.",
            interview.interviewer, c.name, c.id, c.id
        ),
        Language::En => format!(
            "Scorecard of {} for {} ({}): {title}\n\n\
             Fill in this scorecard on your own, within {hours} hours of the interview, and discuss your \
             scores with the other interviewers only once everyone has submitted.\n\
             Give every criterion a score with evidence: what the candidate said or did. If a criterion did \
             not come up, replace `score` and `evidence` with `not_assessed: true`; that is not a low score.\n\
             Write the evidence on the indented lines under `evidence: >-`.\n\
             Then check the file with `hirekit score {}`.",
            interview.interviewer, c.name, c.id, c.id
        ),
    };
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
                lang.pick(
                    "wanneer het gesprek was, bijv.",
                    "when the interview took place, e.g."
                )
            );
        }
    }
    let _ = writeln!(
        out,
        "submitted_at:     # {} {example}",
        lang.pick(
            "wanneer je dit invult, bijv.",
            "when you fill this in, e.g."
        )
    );
    out.push_str("ratings:\n");
    let scale = &scorecard.scale;
    for (index, criterion) in scorecard.criteria.iter().enumerate() {
        // The same block the terminal shows, as comments, with the terminal's styling left out.
        let block = strip_styles(&screens::criterion_block(scorecard, index, lang));
        out.push_str(&comment("  # ", block.trim_start_matches('\n')));
        let _ = writeln!(out, "  {}:", scalar(&criterion.id));
        let _ = writeln!(out, "    score:           # {}-{}", scale.min, scale.max);
        let _ = writeln!(
            out,
            "    evidence: >-     # {}",
            lang.pick(
                "wat de kandidaat zei of deed, op de regels hieronder",
                "what the candidate said or did, on the lines below"
            )
        );
        out.push('\n');
    }
    red_flags(&mut out, interview);
    let choices = match lang {
        Language::Nl => {
            let [a, b, c, d] = RECOMMENDATIONS
                .map(|r| format!("{} ({})", r.code(), recommendation_label(r, lang)));
            format!("{a}, {b}, {c} of {d}")
        }
        Language::En => {
            let [a, b, c, d] = RECOMMENDATIONS.map(|r| r.code());
            format!("{a}, {b}, {c} or {d}")
        }
    };
    let _ = writeln!(
        out,
        "# {} {choices}",
        lang.pick("Je aanbeveling:", "Your recommendation:")
    );
    out.push_str("recommendation:\n");
    out
}

fn red_flags(out: &mut String, interview: &Interview) {
    let lang = interview.language;
    let fl = flag_lang(lang);
    let intro = lang.pick(
        "Rode vlaggen (optioneel): de ids van wat je in dit gesprek zag én met de vervolgvraag hebt \
         nagegaan, bijv. `red_flags: [interview-no-concrete-own-work]`. Een rode vlag is een reden om \
         door te vragen, nooit op zichzelf een reden om af te wijzen.",
        "Red flags (optional): the ids of what you saw in this interview and checked with the follow-up \
         question, e.g. `red_flags: [interview-no-concrete-own-work]`. A red flag is a reason to ask \
         further, never a reason to reject on its own.",
    );
    out.push_str(&wrapped_comment("# ", intro));
    let (count, caution) = answers::split_red_flags(interview);
    for item in count {
        let _ = writeln!(out, "#   {} [{}]", item.id, item.evidence.label(fl));
        let verify = format!(
            "{} {}",
            lang.pick("Toetsen:", "Verify:"),
            item.verify.get(fl)
        );
        out.push_str(&wrapped_comment(
            "#       ",
            &format!("{}\n{verify}", item.signal.get(fl)),
        ));
    }
    if !caution.is_empty() {
        out.push_str(&wrapped_comment(
            "# ",
            lang.pick(
                "LET OP, biasrisico: deze signalen zeggen niets over het werk of hangen samen met \
                 beschermde gronden. Geef er nooit punten voor:",
                "CAUTION, bias risk: these signals say nothing about the work or track protected \
                 grounds. Never score them:",
            ),
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
    let width = WIDTH.saturating_sub(prefix.chars().count());
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

/// Removes the ANSI styles the terminal text carries (they are written only when the terminal
/// wants colour, but a file never does).
fn strip_styles(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}
