//! What an interview kit says, gathered from a scorecard and the red-flag checklists, every text
//! in the reader's language: [`build`] puts the parts together (the room's parts are in
//! `room.rs`, sample answers in `calibration.rs`). Renderers only arrange the [`Kit`].

use hirekit_redflags::{Catalogue, Evidence, Item, Role, Stage};
use hirekit_scorecard::{Criterion, Language, RoleFamily, Scale, Scorecard};

use crate::model::{
    Kit, KitCriterion, KitLabels, KitQuestion, KitRedFlag, KitRedFlags, KitScalePoint,
};
use crate::room;

/// Numbers as the reader writes them: `1,5` in Dutch, `1.5` in English.
fn format_number(value: f64, lang: Language) -> String {
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
    let role = scorecard.title.get_or_any(lang);
    let about = about(scorecard, lang);
    Kit {
        title: match lang {
            Language::Nl => format!("Interviewkit: {role}"),
            Language::En => format!("Interview kit: {role}"),
        },
        role: role.to_owned(),
        subtitle: match settings.company {
            Some(company) => format!("{company} · {about}"),
            None => about.clone(),
        },
        about,
        blanks: match lang {
            Language::Nl => vec!["Kandidaat".into(), "Interviewer".into(), "Datum".into()],
            Language::En => vec!["Candidate".into(), "Interviewer".into(), "Date".into()],
        },
        how_to_title: lang
            .pick("Zo gebruik je deze kit", "How to use this kit")
            .to_owned(),
        how_to: room::how_to(&scorecard.scale, settings.scorecard_hours, lang),
        plan: room::plan(scorecard, lang),
        opening: room::opening(scorecard, lang),
        criteria: scorecard
            .criteria
            .iter()
            .enumerate()
            .map(|(n, c)| criterion(n + 1, c, &scorecard.scale, lang))
            .collect(),
        closing: room::closing(settings.feedback_days, settings.scorecard_hours, lang),
        red_flags: (!red_flags.is_empty())
            .then(|| red_flag_section(red_flags, scorecard.role_family, lang)),
        calibration: crate::calibration::build(scorecard, lang),
        recommendation_title: lang
            .pick("Je aanbeveling", "Your recommendation")
            .to_owned(),
        recommendations: recommendations(lang),
        labels: labels(lang),
        lang,
    }
}

/// The scale's label for `point` in `lang`; empty when the scorecard has none.
fn label_of(scale: &Scale, point: u8, lang: Language) -> String {
    scale
        .labels
        .get(&point)
        .map(|l| l.get_or_any(lang).to_owned())
        .unwrap_or_default()
}

/// The scorecard id and the scale on one line, e.g.
/// ``scorecard `backend` · scale 1–4, meets the requirement from 3 (Good)``.
fn about(scorecard: &Scorecard, lang: Language) -> String {
    let scale = &scorecard.scale;
    let pass_label = label_of(scale, scale.pass, lang);
    let scale_text = match lang {
        Language::Nl => format!(
            "schaal {}–{}, voldoende vanaf {} ({pass_label})",
            scale.min, scale.max, scale.pass
        ),
        Language::En => format!(
            "scale {}–{}, meets the requirement from {} ({pass_label})",
            scale.min, scale.max, scale.pass
        ),
    };
    format!("scorecard `{}` · {scale_text}", scorecard.id)
}

/// Criterion number `number`: its facts, requirement, questions with probes, and the anchored
/// scale to rate it on.
fn criterion(number: usize, c: &Criterion, scale: &Scale, lang: Language) -> KitCriterion {
    let mut facts = vec![
        c.category.label(lang).to_owned(),
        format!(
            "{} {}",
            lang.pick("gewicht", "weight"),
            format_number(c.weight, lang)
        ),
    ];
    if c.must_have {
        facts.push(lang.pick("harde eis", "must-have").to_owned());
    }
    if let Some(minutes) = c.minutes {
        facts.push(format!("{minutes} min"));
    }
    KitCriterion {
        heading: format!("{number}. {}", c.name.get_or_any(lang)),
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
                label: label_of(scale, point, lang),
                anchor: c
                    .anchors
                    .get(&point)
                    .map(|a| a.get_or_any(lang).to_owned())
                    .unwrap_or_default(),
                pass: point == scale.pass,
            })
            .collect(),
    }
}

/// The red flags to watch for, split into those that may count once verified and the bias-risk
/// signals that never count.
fn red_flag_section(items: &[&Item], family: Option<RoleFamily>, lang: Language) -> KitRedFlags {
    let fl = lang;
    let flag = |item: &&Item| KitRedFlag {
        id: item.id.clone(),
        signal: item.signal.get(fl).to_owned(),
        evidence: item.evidence.label(fl).to_owned(),
        verify: item.verify.get(fl).to_owned(),
        why: item.why.get(fl).to_owned(),
    };
    let title = lang.pick("Rode vlaggen in het gesprek", "Red flags in the interview");
    KitRedFlags {
        title: match family {
            Some(f) => format!("{title} ({})", Role::label(role_of(f), fl)),
            None => title.to_owned(),
        },
        intro: lang
            .pick(
                "Een rode vlag is een reden om door te vragen, nooit op zichzelf een reden om af te \
                 wijzen. Vink alleen aan wat je zag én met de vervolgvraag hebt nagegaan.",
                "A red flag is a reason to ask further, never a reason to reject on its own. Tick \
                 only what you saw and checked with the follow-up question.",
            )
            .to_owned(),
        items: items
            .iter()
            .filter(|i| i.evidence != Evidence::BiasRisk)
            .map(flag)
            .collect(),
        caution_title: lang
            .pick(
                "LET OP: biasrisico, niet meewegen",
                "CAUTION: bias risk, do not score",
            )
            .to_owned(),
        caution_intro: lang
            .pick(
                "Deze signalen zeggen niets over het werk of hangen samen met beschermde gronden \
                 (gezondheid, afkomst, leeftijd, gezin). Ze staan hier zodat je ze herkent: geef er \
                 nooit punten voor, laat ze je aanbeveling niet kleuren en noem ze nooit in feedback.",
                "These signals say nothing about the work or track protected grounds (health, \
                 origin, age, family). They are listed so you recognise them: never score them, do \
                 not let them colour your recommendation, and never mention them in feedback.",
            )
            .to_owned(),
        cautions: items
            .iter()
            .filter(|i| i.evidence == Evidence::BiasRisk)
            .map(flag)
            .collect(),
    }
}

/// The four answers to "would you hire?", from strongest no to strongest yes.
fn recommendations(lang: Language) -> Vec<String> {
    let words: [&str; 4] = match lang {
        Language::Nl => ["zeker niet", "nee", "ja", "zeker wel"],
        Language::En => ["strong no", "no", "yes", "strong yes"],
    };
    words.map(str::to_owned).to_vec()
}

fn labels(lang: Language) -> KitLabels {
    let pick = |nl: &str, en: &str| lang.pick(nl, en).to_owned();
    KitLabels {
        requirement: pick("Functie-eis", "Requirement"),
        questions: pick("Vragen", "Questions"),
        point: pick("Score", "Score"),
        label: pick("Betekenis", "Meaning"),
        anchor: pick("Wat je ziet of hoort", "What you see or hear"),
        pass: pick("voldoende", "meets the requirement"),
        score: pick(
            "Score, direct na de vragen",
            "Score, right after the questions",
        ),
        not_assessed: pick("niet beoordeeld", "not assessed"),
        notes: pick("Bewijs en aantekeningen", "Evidence and notes"),
        verify: pick("Toetsen", "Verify"),
        question: pick("Vraag", "Question"),
        probe: pick("Doorvragen", "Probe"),
        question_notes: pick("Aantekeningen", "Notes"),
        kind_and_weight: pick("Soort en weging", "Kind and weight"),
        not_assessed_hint: pick(
            "(kwam niet aan bod: dat is geen lage score)",
            "(did not come up: that is not a low score)",
        ),
        signal: pick("Signaal", "Signal"),
        how_to_verify: pick("Zo toets je het", "How to verify"),
        seen: pick("Gezien", "Seen"),
        why_not_counted: pick("Waarom het niet telt", "Why it does not count"),
        document: pick("Interviewkit", "Interview kit"),
        page: pick("Pagina {page} van {pages}", "Page {page} of {pages}"),
    }
}

/// The checklist items for an interview for `family`: the interview stage, items for every IT
/// role plus those for the family (only the former when the scorecard names no family).
pub fn interview_items(catalogue: &Catalogue, family: Option<RoleFamily>) -> Vec<&Item> {
    match family.map(role_of) {
        Some(role) => catalogue.select(Some(Stage::Interview), Some(role)),
        None => catalogue
            .select(Some(Stage::Interview), None)
            .into_iter()
            .filter(|item| item.roles.contains(&Role::All))
            .collect(),
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
