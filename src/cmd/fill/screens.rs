//! What the interviewer reads, in Dutch and English: the rules, each criterion, the red flags,
//! the summary. Only text is made here; the session decides when to show it.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use hirekit_scorecard::{Language, Scorecard};

use super::Interview;
use super::answers::{RECOMMENDATIONS, recommendation_label, score_label, split_red_flags};
use super::draft::Draft;
use super::text::{flag_lang, heading, shorten, when, wrap};
use crate::output::{BOLD, DIM, WARNING};

/// The header and the rules of independent, evidence-based rating.
pub fn rules(interview: &Interview) -> String {
    let lang = interview.language;
    let c = interview.candidate;
    let title = interview.scorecard.title.get_or_any(lang);
    let mut out = format!(
        "{BOLD}hirekit fill · {} ({}) · {title}{BOLD:#}\n",
        c.name, c.id
    );
    let _ = writeln!(out, "Interviewer: {}", interview.interviewer);
    if interview.replacing {
        let _ = writeln!(
            out,
            "{WARNING}{}{WARNING:#}",
            lang.pick(
                "Je vervangt de scorecard die je eerder indiende (--force).",
                "You are replacing the scorecard you submitted before (--force)."
            )
        );
    }
    out.push('\n');
    let rules: [&str; 4] = match lang {
        Language::Nl => [
            "Beoordeel zelfstandig: bespreek je scores pas met de andere interviewers als iedereen heeft ingediend.",
            "Geef bij elke score bewijs: wat de kandidaat zei of deed, geen indruk.",
            "\"Niet beoordeeld\" (n) betekent dat het onderwerp niet aan bod kwam; dat is geen lage score.",
            "Elk antwoord wordt meteen bewaard. Stop wanneer je wilt (Ctrl-C) en voer hetzelfde commando opnieuw uit om verder te gaan.",
        ],
        Language::En => [
            "Rate on your own: discuss your scores with the other interviewers only once everyone has submitted.",
            "Give evidence with every score: what the candidate said or did, not an impression.",
            "\"Not assessed\" (n) means the topic did not come up; it is not a low score.",
            "Every answer is saved at once. Stop whenever you like (Ctrl-C) and run the same command again to continue.",
        ],
    };
    for rule in rules {
        let _ = writeln!(out, "- {}", wrap(rule, 2, 2));
    }
    out
}

/// The line about the submission deadline, and whether it has passed.
pub fn deadline(
    at: DateTime<FixedOffset>,
    hours: u32,
    now: DateTime<FixedOffset>,
    lang: Language,
) -> (String, bool) {
    let due = at + chrono::Duration::hours(i64::from(hours));
    let interview = when(at, lang);
    let due_text = when(due, lang);
    if now <= due {
        let line = match lang {
            Language::Nl => format!(
                "Gesprek: {interview}. Dien je scorecard in binnen {hours} uur: vóór {due_text}."
            ),
            Language::En => format!(
                "Interview: {interview}. Submit your scorecard within {hours} hours: by {due_text}."
            ),
        };
        return (wrap(&line, 0, 0), false);
    }
    let late = (now - due).num_hours();
    let line = match lang {
        Language::Nl => format!(
            "Gesprek: {interview}. Deze scorecard had binnen {hours} uur ingediend moeten zijn, vóór \
             {due_text} ({late} uur geleden): vul hem nu in, nu je het gesprek nog weet."
        ),
        Language::En => format!(
            "Interview: {interview}. This scorecard was due within {hours} hours, by {due_text} \
             ({late} hours ago): fill it in now, while you still remember the interview."
        ),
    };
    (wrap(&line, 0, 0), true)
}

/// Said when the candidate has no planned interview with this interviewer.
pub fn not_planned(interview: &Interview) -> String {
    let planned: Vec<&str> = interview
        .candidate
        .interviews
        .iter()
        .map(|i| i.interviewer.as_str())
        .collect();
    let others = if planned.is_empty() {
        interview.language.pick("geen", "none").to_owned()
    } else {
        planned.join(", ")
    };
    let line = match interview.language {
        Language::Nl => format!(
            "{} staat niet bij de geplande gesprekken van {} (gepland: {others}).",
            interview.interviewer, interview.candidate.id
        ),
        Language::En => format!(
            "{} is not among the planned interviews of {} (planned: {others}).",
            interview.interviewer, interview.candidate.id
        ),
    };
    wrap(&line, 0, 0)
}

/// Where a resumed session stands, with the interviewer's own answers so far.
pub fn resumed(interview: &Interview, draft: &Draft) -> String {
    let lang = interview.language;
    let criteria = &interview.scorecard.criteria;
    let done = criteria.iter().filter(|c| draft.is_rated(&c.id)).count();
    let mut out = match lang {
        Language::Nl => format!(
            "{BOLD}Verder met je bewaarde concept: {done} van {} criteria beoordeeld.{BOLD:#}\n",
            criteria.len()
        ),
        Language::En => format!(
            "{BOLD}Resuming your saved draft: {done} of {} criteria rated.{BOLD:#}\n",
            criteria.len()
        ),
    };
    for (n, c) in criteria.iter().enumerate() {
        if draft.is_rated(&c.id) {
            let _ = writeln!(
                out,
                "  ✓ {}. {}: {}",
                n + 1,
                c.name.get_or_any(lang),
                rating_text(interview, &c.id, draft, 60)
            );
        }
    }
    out
}

/// One criterion as the interviewer needs it: requirement, questions and the anchored scale.
pub fn criterion_block(scorecard: &Scorecard, index: usize, lang: Language) -> String {
    let c = &scorecard.criteria[index];
    let mut out = heading(&format!(
        "{}/{} · {}",
        index + 1,
        scorecard.criteria.len(),
        c.name.get_or_any(lang)
    ));
    out.push('\n');
    let mut facts = vec![
        c.category.label(lang).to_owned(),
        format!("{} {}", lang.pick("gewicht", "weight"), c.weight),
    ];
    if c.must_have {
        facts.push(lang.pick("harde eis", "must-have").to_owned());
    }
    let _ = writeln!(out, "{DIM}{}{DIM:#}", facts.join(" · "));
    let label = lang.pick("Functie-eis: ", "Requirement: ");
    let _ = writeln!(
        out,
        "{label}{}",
        wrap(
            c.requirement.get_or_any(lang),
            label.chars().count(),
            label.chars().count()
        )
    );
    let _ = writeln!(out, "{}", lang.pick("Vragen:", "Questions:"));
    for (n, q) in c.questions.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", n + 1, wrap(q.ask().get_or_any(lang), 5, 5));
    }
    let scale = &scorecard.scale;
    let pass_label = scale
        .labels
        .get(&scale.pass)
        .map(|l| l.get_or_any(lang))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Language::Nl => format!("Schaal (voldoende vanaf {} {pass_label}):", scale.pass),
            Language::En => format!(
                "Scale (meets the requirement from {} {pass_label}):",
                scale.pass
            ),
        }
    );
    let labels: Vec<(u8, &str)> = scale
        .points()
        .map(|p| {
            (
                p,
                scale
                    .labels
                    .get(&p)
                    .map(|l| l.get_or_any(lang))
                    .unwrap_or_default(),
            )
        })
        .collect();
    let label_width = labels
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (point, label) in labels {
        let anchor = c.anchors.get(&point).map_or("–", |a| a.get_or_any(lang));
        let prefix = format!("  {point} {label:<label_width$}  ");
        let indent = prefix.chars().count();
        let _ = writeln!(out, "{prefix}{}", wrap(anchor, indent, indent));
    }
    out
}

/// The red-flag items for this interview: those that may count first, then the bias-risk
/// cautions, which are listed so they can be recognised, not scored.
pub fn red_flag_list(interview: &Interview) -> String {
    let lang = interview.language;
    let fl = flag_lang(lang);
    let mut out = heading(lang.pick("Rode vlaggen (optioneel)", "Red flags (optional)"));
    out.push('\n');
    let intro = lang.pick(
        "Vink alleen aan wat je in dit gesprek zag én met de vervolgvraag hebt nagegaan. Een rode vlag \
         is een reden om door te vragen, nooit op zichzelf een reden om af te wijzen.",
        "Tick only what you saw in this interview and checked with the follow-up question. A red flag \
         is a reason to ask further, never a reason to reject on its own.",
    );
    let _ = writeln!(out, "{}", wrap(intro, 0, 0));
    let (count, caution) = split_red_flags(interview);
    for (n, item) in count.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:>2} {BOLD}{}{BOLD:#} {DIM}[{}]{DIM:#}",
            n + 1,
            item.id,
            item.evidence.label(fl)
        );
        let _ = writeln!(out, "     {}", wrap(item.signal.get(fl), 5, 5));
        let verify = lang.pick("Toetsen: ", "Verify: ");
        let _ = writeln!(
            out,
            "     {verify}{}",
            wrap(item.verify.get(fl), 5 + verify.len(), 5)
        );
    }
    if !caution.is_empty() {
        let _ = writeln!(
            out,
            "{WARNING}{}{WARNING:#}",
            wrap(
                lang.pick(
                    "LET OP, biasrisico: deze signalen zeggen niets over het werk of hangen samen met \
                     beschermde gronden. Ze staan hier zodat je ze herkent; geef er nooit punten voor:",
                    "CAUTION, bias risk: these signals say nothing about the work or track protected \
                     grounds. They are listed so you recognise them; never score them:",
                ),
                0,
                0
            )
        );
        for item in caution {
            let _ = writeln!(
                out,
                "  - {}  {DIM}{}{DIM:#}",
                item.id,
                shorten(item.signal.get(fl), 60)
            );
        }
    }
    out
}

pub fn recommendation_list(lang: Language) -> String {
    let mut out = heading(lang.pick("Je aanbeveling", "Your recommendation"));
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        lang.pick(
            "Moet deze kandidaat door naar de volgende ronde of worden aangenomen?",
            "Should this candidate go on to the next round or be hired?"
        )
    );
    for (n, r) in RECOMMENDATIONS.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {} {} {DIM}({}){DIM:#}",
            n + 1,
            recommendation_label(*r, lang),
            r.code()
        );
    }
    out
}

fn rating_text(interview: &Interview, id: &str, draft: &Draft, evidence_width: usize) -> String {
    let lang = interview.language;
    let Some(rating) = draft.ratings.get(id) else {
        return "–".to_owned();
    };
    match rating.score {
        None => lang.pick("niet beoordeeld", "not assessed").to_owned(),
        Some(score) => {
            let label = score_label(interview.scorecard, score, lang);
            let evidence = rating.evidence.as_deref().unwrap_or_default();
            format!("{score} {label} — {}", shorten(evidence, evidence_width))
        }
    }
}

/// Everything answered, numbered so the interviewer can change any answer before submitting.
pub fn summary(interview: &Interview, draft: &Draft) -> String {
    let lang = interview.language;
    let criteria = &interview.scorecard.criteria;
    let mut out = heading(lang.pick("Je scorecard", "Your scorecard"));
    out.push('\n');
    let flags_label = lang.pick("Rode vlaggen", "Red flags");
    let recommendation_label_text = lang.pick("Aanbeveling", "Recommendation");
    let names: Vec<&str> = criteria.iter().map(|c| c.name.get_or_any(lang)).collect();
    let width = names
        .iter()
        .copied()
        .chain([flags_label, recommendation_label_text])
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0);
    for (n, (c, name)) in criteria.iter().zip(&names).enumerate() {
        let _ = writeln!(
            out,
            "  {:>2}. {name:<width$}  {}",
            n + 1,
            rating_text(interview, &c.id, draft, 50)
        );
    }
    let flags = match draft.red_flags.as_deref() {
        None | Some([]) => lang.pick("geen", "none").to_owned(),
        // One id per line when they do not fit: ids are never cut.
        Some(ids) => wrap(&ids.join(", "), width + 6, width + 6),
    };
    let _ = writeln!(
        out,
        "  {:>2}. {flags_label:<width$}  {flags}",
        criteria.len() + 1
    );
    let recommendation = draft
        .recommendation
        .map(|r| format!("{} ({})", recommendation_label(r, lang), r.code()))
        .unwrap_or_else(|| "–".to_owned());
    let _ = writeln!(
        out,
        "  {:>2}. {recommendation_label_text:<width$}  {recommendation}",
        criteria.len() + 2
    );
    out
}
