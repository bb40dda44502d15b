//! What an interview kit says, gathered from a scorecard and the red-flag checklists, every text
//! in the reader's language. Renderers (Markdown and PDF in the `hirekit` command) only arrange a
//! [`Kit`].

use hirekit_redflags::{Evidence, Item, Role};
use hirekit_scorecard::{Language, RoleFamily, Scorecard};

use crate::room;

/// An interview kit, every text in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Kit {
    pub title: String,
    /// The role the scorecard is for, e.g. `Backend developer`.
    pub role: String,
    /// The company, the scorecard id and the scale, on one line.
    pub subtitle: String,
    /// The scorecard id and the scale, on one line (the subtitle without the company).
    pub about: String,
    /// Labels of the blanks at the top: candidate, interviewer, date.
    pub blanks: Vec<String>,
    pub how_to_title: String,
    pub how_to: Vec<String>,
    /// Minutes per part of the interview, and who asks what.
    pub plan: KitPlan,
    /// What to say before the first question.
    pub opening: KitSection,
    pub criteria: Vec<KitCriterion>,
    /// The candidate's questions and what happens next.
    pub closing: KitSection,
    pub red_flags: Option<KitRedFlags>,
    pub recommendation_title: String,
    pub recommendations: Vec<String>,
    /// Sample answers for rater training, when the scorecard has any.
    pub calibration: Option<KitCalibration>,
    pub labels: KitLabels,
}

/// The time plan: one row per part, with a blank for who asks it.
#[derive(Debug, Clone, PartialEq)]
pub struct KitPlan {
    pub title: String,
    /// Column headers: part, minutes, who asks.
    pub columns: [String; 3],
    pub rows: Vec<KitPlanRow>,
    /// E.g. `Total: 75 min`.
    pub total: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitPlanRow {
    pub part: String,
    /// E.g. `10`; `–` when the scorecard plans no time for it.
    pub minutes: String,
}

/// A titled list of things to say or do.
#[derive(Debug, Clone, PartialEq)]
pub struct KitSection {
    pub title: String,
    pub lines: Vec<String>,
}

/// One question with its kind and follow-up probes.
#[derive(Debug, Clone, PartialEq)]
pub struct KitQuestion {
    pub text: String,
    /// E.g. `past behaviour`; empty when the scorecard does not say.
    pub kind: String,
    pub probes: Vec<String>,
}

/// Sample answers per criterion, for rater training before interviews.
#[derive(Debug, Clone, PartialEq)]
pub struct KitCalibration {
    pub title: String,
    pub intro: String,
    pub criteria: Vec<KitCalibrationCriterion>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitCalibrationCriterion {
    pub heading: String,
    pub examples: Vec<KitExample>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitExample {
    pub point: u8,
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitCriterion {
    /// E.g. `1. API design`.
    pub heading: String,
    /// Category, weight and must-have, e.g. `technical · weight 3 · must-have`.
    pub facts: String,
    pub requirement: String,
    pub questions: Vec<KitQuestion>,
    pub scale: Vec<KitScalePoint>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitScalePoint {
    pub point: u8,
    pub label: String,
    /// The behavioural anchor; empty when the scorecard has none for this point.
    pub anchor: String,
    /// The lowest point that meets the requirement.
    pub pass: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitRedFlags {
    pub title: String,
    pub intro: String,
    /// Items that may count once verified.
    pub items: Vec<KitRedFlag>,
    pub caution_title: String,
    pub caution_intro: String,
    /// Bias-risk items: listed so interviewers recognise them, never scored.
    pub cautions: Vec<KitRedFlag>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KitRedFlag {
    pub id: String,
    pub signal: String,
    /// E.g. `supported` or `weak evidence`.
    pub evidence: String,
    pub verify: String,
    pub why: String,
}

/// The small words renderers put around the content.
#[derive(Debug, Clone, PartialEq)]
pub struct KitLabels {
    pub requirement: String,
    pub questions: String,
    pub point: String,
    pub label: String,
    pub anchor: String,
    /// Marks the pass point in the scale, e.g. `meets the requirement`.
    pub pass: String,
    pub score: String,
    pub not_assessed: String,
    pub notes: String,
    pub verify: String,
    /// E.g. `Question`, before its number.
    pub question: String,
    pub probe: String,
    /// The notes box under each question.
    pub question_notes: String,
}

/// Numbers as the reader writes them: `1,5` in Dutch, `1.5` in English.
fn number(value: f64, lang: Language) -> String {
    let text = format!("{value}");
    match lang {
        Language::Nl => text.replace('.', ","),
        Language::En => text,
    }
}

/// How the company works, as far as the kit needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings<'a> {
    pub lang: Language,
    /// Hours within which the scorecard is submitted.
    pub scorecard_hours: u32,
    /// Days within which a candidate hears back after the last interview.
    pub feedback_days: u32,
    pub company: Option<&'a str>,
}

/// Gathers the kit's content. Pure: the caller reads the files.
pub fn build(scorecard: &Scorecard, settings: &Settings, red_flags: &[&Item]) -> Kit {
    let lang = settings.lang;
    let company = settings.company;
    let scale = &scorecard.scale;
    let label_of = |point: u8| {
        scale
            .labels
            .get(&point)
            .map(|l| l.get_or_any(lang).to_owned())
            .unwrap_or_default()
    };
    let role = scorecard.title.get_or_any(lang);
    let scale_text = match lang {
        Language::Nl => format!(
            "schaal {}–{}, voldoende vanaf {} ({})",
            scale.min,
            scale.max,
            scale.pass,
            label_of(scale.pass)
        ),
        Language::En => format!(
            "scale {}–{}, meets the requirement from {} ({})",
            scale.min,
            scale.max,
            scale.pass,
            label_of(scale.pass)
        ),
    };
    let about = format!("scorecard `{}` · {scale_text}", scorecard.id);
    let subtitle = match company {
        Some(company) => format!("{company} · {about}"),
        None => about.clone(),
    };

    let how_to = room::how_to(scale, settings.scorecard_hours, lang);
    let criteria = scorecard
        .criteria
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let mut facts = vec![
                c.category.label(lang).to_owned(),
                format!(
                    "{} {}",
                    lang.pick("gewicht", "weight"),
                    number(c.weight, lang)
                ),
            ];
            if c.must_have {
                facts.push(lang.pick("harde eis", "must-have").to_owned());
            }
            if let Some(minutes) = c.minutes {
                facts.push(format!("{minutes} min"));
            }
            KitCriterion {
                heading: format!("{}. {}", n + 1, c.name.get_or_any(lang)),
                facts: facts.join(" · "),
                requirement: c.requirement.get_or_any(lang).to_owned(),
                questions: c
                    .questions
                    .iter()
                    .map(|q| KitQuestion {
                        text: q.ask().get_or_any(lang).to_owned(),
                        kind: q.kind().map_or("", |k| k.label(lang)).to_owned(),
                        probes: q
                            .probes()
                            .iter()
                            .map(|p| p.get_or_any(lang).to_owned())
                            .collect(),
                    })
                    .collect(),
                scale: scale
                    .points()
                    .map(|point| KitScalePoint {
                        point,
                        label: label_of(point),
                        anchor: c
                            .anchors
                            .get(&point)
                            .map(|a| a.get_or_any(lang).to_owned())
                            .unwrap_or_default(),
                        pass: point == scale.pass,
                    })
                    .collect(),
            }
        })
        .collect();

    let fl = lang;
    let flag = |item: &&Item| KitRedFlag {
        id: item.id.clone(),
        signal: item.signal.get(fl).to_owned(),
        evidence: item.evidence.label(fl).to_owned(),
        verify: item.verify.get(fl).to_owned(),
        why: item.why.get(fl).to_owned(),
    };
    let red_flags = (!red_flags.is_empty()).then(|| KitRedFlags {
        title: match (lang, scorecard.role_family) {
            (Language::Nl, Some(f)) => format!("Rode vlaggen in het gesprek ({})", Role::label(role_of(f), fl)),
            (Language::En, Some(f)) => format!("Red flags in the interview ({})", Role::label(role_of(f), fl)),
            (Language::Nl, None) => "Rode vlaggen in het gesprek".to_owned(),
            (Language::En, None) => "Red flags in the interview".to_owned(),
        },
        intro: lang
            .pick(
                "Een rode vlag is een reden om door te vragen, nooit op zichzelf een reden om af te wijzen. Vink \
                 alleen aan wat je zag én met de vervolgvraag hebt nagegaan.",
                "A red flag is a reason to ask further, never a reason to reject on its own. Tick only what you \
                 saw and checked with the follow-up question.",
            )
            .to_owned(),
        items: red_flags.iter().filter(|i| i.evidence != Evidence::BiasRisk).map(flag).collect(),
        caution_title: lang.pick("LET OP: biasrisico, niet meewegen", "CAUTION: bias risk, do not score").to_owned(),
        caution_intro: lang
            .pick(
                "Deze signalen zeggen niets over het werk of hangen samen met beschermde gronden (gezondheid, \
                 afkomst, leeftijd, gezin). Ze staan hier zodat je ze herkent: geef er nooit punten voor, laat \
                 ze je aanbeveling niet kleuren en noem ze nooit in feedback.",
                "These signals say nothing about the work or track protected grounds (health, origin, age, \
                 family). They are listed so you recognise them: never score them, do not let them colour your \
                 recommendation, and never mention them in feedback.",
            )
            .to_owned(),
        cautions: red_flags.iter().filter(|i| i.evidence == Evidence::BiasRisk).map(flag).collect(),
    });

    Kit {
        title: match lang {
            Language::Nl => format!("Interviewkit: {role}"),
            Language::En => format!("Interview kit: {role}"),
        },
        role: role.to_owned(),
        subtitle,
        about,
        blanks: match lang {
            Language::Nl => vec!["Kandidaat".into(), "Interviewer".into(), "Datum".into()],
            Language::En => vec!["Candidate".into(), "Interviewer".into(), "Date".into()],
        },
        how_to_title: lang
            .pick("Zo gebruik je deze kit", "How to use this kit")
            .to_owned(),
        how_to,
        plan: room::plan(scorecard, lang),
        opening: room::opening(scorecard, lang),
        criteria,
        closing: room::closing(settings.feedback_days, settings.scorecard_hours, lang),
        red_flags,
        calibration: crate::calibration::build(scorecard, lang),
        recommendation_title: lang
            .pick("Je aanbeveling", "Your recommendation")
            .to_owned(),
        recommendations: match lang {
            Language::Nl => vec![
                "zeker niet".into(),
                "nee".into(),
                "ja".into(),
                "zeker wel".into(),
            ],
            Language::En => vec![
                "strong no".into(),
                "no".into(),
                "yes".into(),
                "strong yes".into(),
            ],
        },
        labels: KitLabels {
            requirement: lang.pick("Functie-eis", "Requirement").to_owned(),
            questions: lang.pick("Vragen", "Questions").to_owned(),
            point: lang.pick("Score", "Score").to_owned(),
            label: lang.pick("Betekenis", "Meaning").to_owned(),
            anchor: lang
                .pick("Wat je ziet of hoort", "What you see or hear")
                .to_owned(),
            pass: lang.pick("voldoende", "meets the requirement").to_owned(),
            score: lang
                .pick(
                    "Score, direct na de vragen",
                    "Score, right after the questions",
                )
                .to_owned(),
            not_assessed: lang.pick("niet beoordeeld", "not assessed").to_owned(),
            notes: lang
                .pick("Bewijs en aantekeningen", "Evidence and notes")
                .to_owned(),
            verify: lang.pick("Toetsen", "Verify").to_owned(),
            question: lang.pick("Vraag", "Question").to_owned(),
            probe: lang.pick("Doorvragen", "Probe").to_owned(),
            question_notes: lang.pick("Aantekeningen", "Notes").to_owned(),
        },
    }
}

pub fn role_of(family: RoleFamily) -> Role {
    match family {
        RoleFamily::Backend => Role::Backend,
        RoleFamily::Frontend => Role::Frontend,
        RoleFamily::Devops => Role::Devops,
        RoleFamily::Data => Role::Data,
        RoleFamily::Lead => Role::Lead,
    }
}
