//! What an interview kit says, gathered from a scorecard and the red-flag checklists, every text
//! in the reader's language: [`build`] puts the parts together (the room's parts are in
//! `room.rs`, sample answers in `calibration.rs`). Renderers only arrange the [`Kit`].

use hirekit_redflags::{Catalogue, Evidence, Item, Role, Stage};
use hirekit_scorecard::{Criterion, Language, RoleFamily, Scale, Scorecard};

use crate::model::{
    Kit, KitCriterion, KitLabels, KitQuestion, KitRedFlag, KitRedFlags, KitScalePoint,
};
use crate::room;
use hirekit_text::msg;

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
        title: msg!(lang, "kit-title", role = role),
        role: role.to_owned(),
        subtitle: match settings.company {
            Some(company) => format!("{company} · {about}"),
            None => about.clone(),
        },
        about,
        blanks: vec![
            msg!(lang, "kit-blank-candidate"),
            msg!(lang, "kit-blank-interviewer"),
            msg!(lang, "kit-blank-date"),
        ],
        how_to_title: msg!(lang, "kit-how-to-title"),
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
        recommendation_title: msg!(lang, "kit-recommendation-title"),
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
    msg!(
        lang,
        "kit-about",
        scorecard = scorecard.id.as_str(),
        min = scale.min.to_string(),
        max = scale.max.to_string(),
        pass = scale.pass.to_string(),
        label = pass_label
    )
}

/// Criterion number `number`: its facts, requirement, questions with probes, and the anchored
/// scale to rate it on.
fn criterion(number: usize, c: &Criterion, scale: &Scale, lang: Language) -> KitCriterion {
    let mut facts = vec![
        c.category.label(lang).to_owned(),
        msg!(
            lang,
            "kit-weight",
            weight = hirekit_text::number::number(c.weight, lang)
        ),
    ];
    if c.must_have {
        facts.push(msg!(lang, "kit-must-have"));
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
    let title = msg!(lang, "kit-red-flags-title");
    KitRedFlags {
        title: match family {
            Some(f) => format!("{title} ({})", Role::label(role_of(f), fl)),
            None => title,
        },
        intro: msg!(lang, "kit-red-flags-intro"),
        items: items
            .iter()
            .filter(|i| i.evidence != Evidence::BiasRisk)
            .map(flag)
            .collect(),
        caution_title: msg!(lang, "kit-caution-title"),
        caution_intro: msg!(lang, "kit-caution-intro"),
        cautions: items
            .iter()
            .filter(|i| i.evidence == Evidence::BiasRisk)
            .map(flag)
            .collect(),
    }
}

/// The four answers to "would you hire?", from strongest no to strongest yes.
fn recommendations(lang: Language) -> Vec<String> {
    vec![
        msg!(lang, "recommendation-strong-no"),
        msg!(lang, "recommendation-no"),
        msg!(lang, "recommendation-yes"),
        msg!(lang, "recommendation-strong-yes"),
    ]
}

fn labels(lang: Language) -> KitLabels {
    KitLabels {
        requirement: msg!(lang, "kit-label-requirement"),
        questions: msg!(lang, "kit-label-questions"),
        point: msg!(lang, "kit-label-point"),
        label: msg!(lang, "kit-label-meaning"),
        anchor: msg!(lang, "kit-label-anchor"),
        pass: msg!(lang, "kit-label-pass"),
        score: msg!(lang, "kit-label-score"),
        not_assessed: msg!(lang, "not-assessed"),
        notes: msg!(lang, "kit-label-notes"),
        verify: msg!(lang, "redflags-label-verify"),
        question: msg!(lang, "kit-label-question"),
        probe: msg!(lang, "kit-label-probe"),
        question_notes: msg!(lang, "kit-label-question-notes"),
        kind_and_weight: msg!(lang, "kit-label-kind-and-weight"),
        not_assessed_hint: msg!(lang, "kit-label-not-assessed-hint"),
        signal: msg!(lang, "redflags-label-signal"),
        how_to_verify: msg!(lang, "kit-label-how-to-verify"),
        seen: msg!(lang, "kit-label-seen"),
        why_not_counted: msg!(lang, "kit-label-why-not-counted"),
        document: msg!(lang, "kit-label-document"),
        // The PDF renderer fills in the page numbers of each page.
        page: msg!(lang, "kit-label-page", page = "{page}", pages = "{pages}"),
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
