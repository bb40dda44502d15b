//! The questions `hirekit init` asks for what no flag gave, in the folder's language (asked
//! first, in both languages).

use anyhow::Result;
use hirekit_scorecard::Language;

use super::{Answers, Args, from_flags, parse_interviewer, place_of, unknown_scorecard};
use crate::bundled;
use crate::prompt::Prompter;

/// Asks for every value no flag gave, in the folder's language (asked first). `None` when the
/// input ended.
pub fn ask<R: std::io::BufRead, W: std::io::Write>(
    args: &Args,
    p: &mut Prompter<R, W>,
) -> Result<Option<Answers>> {
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
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    p.say(t(
        "Een nieuwe vacaturemap. Enter slaat een vraag over: er komt dan een TODO-regel.",
        "A new hiring folder. Press Enter to skip a question: a TODO line is written instead.",
    ))?;
    macro_rules! text {
        ($field:expr, $question:expr) => {
            if $field.is_none() {
                let Some(line) = p.ask($question)? else {
                    return Ok(None);
                };
                $field = (!line.is_empty()).then_some(line);
            }
        };
    }
    text!(
        a.company,
        t(
            "Bedrijfsnaam, zoals op brieven:",
            "Company name, as on letters:"
        )
    );
    if a.address.is_empty() {
        for question in [
            t(
                "Adres, eerste regel (straat en huisnummer):",
                "Address, first line (street and number):",
            ),
            t(
                "Adres, tweede regel (postcode en plaats):",
                "Address, second line (postcode and place):",
            ),
        ] {
            let Some(line) = p.ask(question)? else {
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
    text!(
        a.sender_name,
        t(
            "Wie ondertekent de brieven (volledige naam):",
            "Who signs the letters (full name):"
        )
    );
    text!(
        a.sender_email,
        t(
            "E-mailadres voor antwoorden:",
            "E-mail address replies go to:"
        )
    );
    let deadlines = [
        (
            args.scorecard_hours.is_none(),
            t(
                "Binnen hoeveel uur na het gesprek dienen interviewers hun scorecard in (1-168, Enter: 24)?",
                "Within how many hours after the interview do interviewers submit their scorecard (1-168, Enter: 24)?",
            ),
            1..=168,
        ),
        (
            args.feedback_days.is_none(),
            t(
                "Binnen hoeveel dagen na het laatste gesprek krijgt een afgewezen kandidaat feedback (1-30, Enter: 7)?",
                "Within how many days after the last interview does a rejected candidate get feedback (1-30, Enter: 7)?",
            ),
            1..=30,
        ),
    ];
    for (index, (wanted, question, range)) in deadlines.into_iter().enumerate() {
        if !wanted {
            continue;
        }
        let answer = loop {
            let Some(line) = p.ask(question)? else {
                return Ok(None);
            };
            if line.is_empty() {
                break None;
            }
            match line.parse::<u32>() {
                Ok(n) if range.contains(&n) => break Some(n),
                _ => p.say(&format!(
                    "  {} {} {} {}.",
                    t("Een heel getal van", "A whole number from"),
                    range.start(),
                    t("tot en met", "to"),
                    range.end()
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
        let mut list = t(
            "Scorecards om mee te beginnen:",
            "Scorecards to start from:",
        )
        .to_owned();
        for (i, s) in bundled::SCORECARDS.iter().enumerate() {
            list.push_str(&format!("\n  {}. {}", i + 1, s.id));
        }
        p.say(&list)?;
        loop {
            let Some(line) = p.ask(t(
                "Welke (nummer of id, Enter: 1)?",
                "Which one (number or id, Enter: 1)?",
            ))?
            else {
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
            let Some(line) = p.ask(t(
                "Een interviewer als handle=Volledige Naam, bijv. ayla=Ayla Bakker (Enter: klaar):",
                "An interviewer as handle=Full Name, e.g. ayla=Ayla Bakker (Enter: done):",
            ))?
            else {
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
