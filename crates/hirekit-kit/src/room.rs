//! The parts of the kit that run the interview itself: how to use the kit, the time plan, the
//! opening and the closing. The same for every candidate, so that the interview is the same.

use hirekit_scorecard::{Language, Scale, Scorecard};

use crate::model::{KitPlan, KitPlanRow, KitSection};

/// Minutes for introductions and the format, before the first question.
pub const OPENING_MINUTES: u32 = 5;
/// Minutes for the candidate's own questions and what happens next.
pub const CLOSING_MINUTES: u32 = 10;

pub fn how_to(scale: &Scale, scorecard_hours: u32, lang: Language) -> Vec<String> {
    // Content that only comes out after a probe scores at most the second point of the scale.
    let probed_max = scale.min.saturating_add(1).min(scale.max);
    match lang {
        Language::Nl => vec![
            "Stel elke kandidaat de vragen hieronder, in deze volgorde en in deze woorden.".to_owned(),
            format!(
                "Blijft een antwoord vaag, vraag dan door met de vervolgvragen onder de vraag, bij iedereen \
                 dezelfde. Wat pas na een vervolgvraag komt, scoort hoogstens {probed_max}; dat staat ook in de \
                 ankers."
            ),
            "Noteer in het vak onder elke vraag wat de kandidaat zegt en doet, niet je indruk.".to_owned(),
            "Beoordeel elk criterium direct na de vragen erover, met de ankers in de tabel, en zelfstandig: \
             praat pas met de andere interviewers als iedereen heeft ingediend."
                .to_owned(),
            "Kwam een criterium niet aan bod, kruis dan \"niet beoordeeld\" aan: dat is geen lage score."
                .to_owned(),
            format!(
                "Gebruik de {scorecard_hours} uur na het gesprek om het bewijs uit te werken, niet om de score \
                 te bepalen, en dien je scorecard in: `hirekit fill --candidate ID --interviewer NAAM`."
            ),
        ],
        Language::En => vec![
            "Ask every candidate the questions below, in this order and in these words.".to_owned(),
            format!(
                "If an answer stays vague, follow up with the probes under the question, the same for \
                 everyone. What only comes out after a probe scores at most {probed_max}; the anchors say so \
                 too."
            ),
            "In the box under each question, note what the candidate says and does, not your impression."
                .to_owned(),
            "Rate each criterion right after its questions, against the anchors in its table, and on your \
             own: talk to the other interviewers only once everyone has submitted."
                .to_owned(),
            "If a criterion did not come up, tick \"not assessed\": that is not a low score.".to_owned(),
            format!(
                "Use the {scorecard_hours} hours after the interview to write up the evidence, not to decide \
                 the score, and submit your scorecard: `hirekit fill --candidate ID --interviewer NAME`."
            ),
        ],
    }
}

/// Opening, one row per criterion, closing, and the total. Criteria without `minutes` show `–`
/// and the total says so, rather than pretending they take no time.
pub fn plan(scorecard: &Scorecard, lang: Language) -> KitPlan {
    let mut rows = vec![KitPlanRow {
        part: lang.pick("Opening", "Opening").to_owned(),
        minutes: OPENING_MINUTES.to_string(),
    }];
    rows.extend(
        scorecard
            .criteria
            .iter()
            .enumerate()
            .map(|(n, c)| KitPlanRow {
                part: format!("{}. {}", n + 1, c.name.get_or_any(lang)),
                minutes: c.minutes.map_or("–".to_owned(), |m| m.to_string()),
            }),
    );
    rows.push(KitPlanRow {
        part: lang
            .pick(
                "Vragen van de kandidaat en afsluiting",
                "Candidate's questions and closing",
            )
            .to_owned(),
        minutes: CLOSING_MINUTES.to_string(),
    });
    let total = OPENING_MINUTES + scorecard.total_minutes() + CLOSING_MINUTES;
    let unplanned = scorecard
        .criteria
        .iter()
        .filter(|c| c.minutes.is_none())
        .count();
    let total = match (lang, unplanned) {
        (Language::Nl, 0) => format!("Totaal: {total} min"),
        (Language::En, 0) => format!("Total: {total} min"),
        (Language::Nl, 1) => format!("Totaal: {total} min, plus 1 criterium zonder geplande tijd"),
        (Language::En, 1) => format!("Total: {total} min, plus 1 criterion without a planned time"),
        (Language::Nl, n) => format!("Totaal: {total} min, plus {n} criteria zonder geplande tijd"),
        (Language::En, n) => {
            format!("Total: {total} min, plus {n} criteria without a planned time")
        }
    };
    KitPlan {
        title: lang.pick("Tijdsplanning", "Time plan").to_owned(),
        columns: [
            lang.pick("Onderdeel", "Part").to_owned(),
            lang.pick("Min.", "Min.").to_owned(),
            lang.pick("Wie vraagt", "Who asks").to_owned(),
        ],
        rows,
        total,
    }
}

pub fn opening(scorecard: &Scorecard, lang: Language) -> KitSection {
    let topics = scorecard.criteria.len();
    let minutes = OPENING_MINUTES + scorecard.total_minutes() + CLOSING_MINUTES;
    KitSection {
        title: lang.pick("Opening", "Opening").to_owned(),
        lines: match lang {
            Language::Nl => vec![
                "Stel jezelf voor: je naam, je rol, en wie van jullie over welk onderwerp vraagt.".to_owned(),
                format!(
                    "Leg de opzet uit: {topics} onderwerpen in ongeveer {minutes} minuten, dezelfde vragen voor \
                     iedere kandidaat. Voorbeelden mogen uit recent of eerder werk komen, uit een studie of uit \
                     open source. Aan het eind is er tijd voor eigen vragen."
                ),
                "Zeg dat je aantekeningen maakt, zodat de beoordeling steunt op wat er gezegd is, en dat ze \
                 alleen voor deze sollicitatie worden gebruikt."
                    .to_owned(),
                "Zeg dat aanpassingen mogelijk zijn, nu of tijdens het gesprek: bijvoorbeeld een pauze, meer \
                 tijd of een vraag op papier."
                    .to_owned(),
            ],
            Language::En => vec![
                "Introduce yourselves: your name, your role, and which of you asks about which topic."
                    .to_owned(),
                format!(
                    "Explain the format: {topics} topics in about {minutes} minutes, the same questions for \
                     every candidate. Examples may come from recent or earlier work, study or open source. \
                     There is time for their own questions at the end."
                ),
                "Say that you take notes, so that the assessment rests on what was said, and that they are \
                 used for this application only."
                    .to_owned(),
                "Say that adjustments are possible, now or during the interview: a break, more time or a \
                 question on paper, for example."
                    .to_owned(),
            ],
        },
    }
}

pub fn closing(feedback_days: u32, scorecard_hours: u32, lang: Language) -> KitSection {
    KitSection {
        title: lang.pick("Afsluiting", "Closing").to_owned(),
        lines: match lang {
            Language::Nl => vec![
                format!(
                    "Geef de kandidaat {CLOSING_MINUTES} minuten voor eigen vragen. Beantwoord ze; beoordeel ze niet."
                ),
                format!(
                    "Vertel wat er nu gebeurt: de interviewers beoordelen los van elkaar, en de kandidaat hoort \
                     binnen {feedback_days} dagen na het laatste gesprek van ons, ook bij een afwijzing, en \
                     dan met de reden."
                ),
                "Bedank de kandidaat voor de tijd.".to_owned(),
                format!(
                    "Daarna: beoordeel wat je nog niet hebt beoordeeld en werk binnen {scorecard_hours} uur je \
                     bewijs uit."
                ),
            ],
            Language::En => vec![
                format!(
                    "Give the candidate {CLOSING_MINUTES} minutes for their own questions. Answer them; do not rate them."
                ),
                format!(
                    "Say what happens next: the interviewers rate separately, and the candidate hears from us \
                     within {feedback_days} days of the last interview, with the reasons if it is a rejection."
                ),
                "Thank the candidate for their time.".to_owned(),
                format!(
                    "Afterwards: rate what you have not rated yet, and write up your evidence within \
                     {scorecard_hours} hours."
                ),
            ],
        },
    }
}
