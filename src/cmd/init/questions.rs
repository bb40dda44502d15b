//! The questions `hirekit init` asks for what no flag gave, in the folder's language (asked
//! first, in both languages).

use anyhow::Result;
use hirekit_scorecard::Language;
use hirekit_text::msg;

use super::{Args, ProfileAnswers, from_flags, parse_interviewer, place_of, unknown_scorecard};
use crate::bundled;
use crate::prompt::Prompter;

/// Asks for every value no flag gave, in the folder's language (asked first). `None` when the
/// input ended.
pub fn ask<R: std::io::BufRead, W: std::io::Write>(
    args: &Args,
    p: &mut Prompter<R, W>,
) -> Result<Option<ProfileAnswers>> {
    let mut a = from_flags(args);
    if args.lang.is_none() {
        let Some(line) =
            p.ask("Taal van brieven en kits / language of letters and kits (nl/en, Enter: nl):")?
        else {
            return Ok(None);
        };
        a.language = Language::from_code(&line).unwrap_or(Language::Nl);
    }
    let lang = a.language;
    p.say(&msg!(lang, "init-ask-intro"))?;
    macro_rules! text {
        ($field:expr, $question:expr) => {
            if $field.is_none() {
                let Some(line) = p.ask(&$question)? else {
                    return Ok(None);
                };
                $field = (!line.is_empty()).then_some(line);
            }
        };
    }
    text!(a.company, msg!(lang, "init-ask-company"));
    if a.address.is_empty() {
        for question in [
            msg!(lang, "init-ask-address-1"),
            msg!(lang, "init-ask-address-2"),
        ] {
            let Some(line) = p.ask(&question)? else {
                return Ok(None);
            };
            if !line.is_empty() {
                a.address.push(line);
            }
        }
        if args.place.is_none() {
            a.place = a.address.last().and_then(|l| place_of(l));
        }
    }
    text!(a.sender_name, msg!(lang, "init-ask-sender-name"));
    text!(a.sender_email, msg!(lang, "init-ask-sender-email"));
    let deadlines = [
        (
            args.scorecard_hours.is_none(),
            msg!(lang, "init-ask-scorecard-hours"),
            1..=168,
        ),
        (
            args.feedback_days.is_none(),
            msg!(lang, "init-ask-feedback-days"),
            1..=30,
        ),
    ];
    for (index, (wanted, question, range)) in deadlines.into_iter().enumerate() {
        if !wanted {
            continue;
        }
        let answer = loop {
            let Some(line) = p.ask(&question)? else {
                return Ok(None);
            };
            if line.is_empty() {
                break None;
            }
            match line.parse::<u32>() {
                Ok(n) if range.contains(&n) => break Some(n),
                _ => p.say(&format!(
                    "  {}",
                    msg!(
                        lang,
                        "init-ask-whole-number",
                        min = *range.start(),
                        max = *range.end()
                    )
                ))?,
            }
        };
        if let Some(n) = answer {
            match index {
                0 => a.scorecard_hours = n,
                _ => a.feedback_days = n,
            }
        }
    }
    if args.scorecard.is_none() {
        let mut list = msg!(lang, "init-ask-scorecards");
        for (i, s) in bundled::SCORECARDS.iter().enumerate() {
            list.push_str(&format!("\n  {}. {}", i + 1, s.id));
        }
        p.say(&list)?;
        loop {
            let Some(line) = p.ask(&msg!(lang, "init-ask-which-scorecard"))? else {
                return Ok(None);
            };
            let chosen = match line.parse::<usize>() {
                _ if line.is_empty() => bundled::SCORECARDS.first(),
                Ok(n) => n.checked_sub(1).and_then(|i| bundled::SCORECARDS.get(i)),
                Err(_) => bundled::scorecard(&line),
            };
            match chosen {
                Some(s) => {
                    a.scorecard = s.id.to_owned();
                    break;
                }
                None => p.say(&format!("  {}", unknown_scorecard(&line)))?,
            }
        }
    }
    if args.interviewer.is_empty() {
        loop {
            let Some(line) = p.ask(&msg!(lang, "init-ask-interviewer"))? else {
                return Ok(None);
            };
            if line.is_empty() {
                break;
            }
            match parse_interviewer(&line) {
                Ok(pair) => a.interviewers.push(pair),
                Err(problem) => p.say(&format!("  {problem}"))?,
            }
        }
    }
    Ok(Some(a))
}
