//! The phrase lists and the reasons they point to: their file format, and checking and compiling
//! them into rules the matcher can run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use hirekit_yaml::{Diagnostic, did_you_mean};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::finding::{Bilingual, Kind, Severity};
use crate::pattern::Pattern;
use crate::{Ground, Language};

/// One phrase list (`phrases/nl.yaml`, `phrases/en.yaml`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct PhraseFile {
    /// Phrases about a protected ground or an obvious proxy for one: an error wherever they appear.
    #[schemars(length(min = 1))]
    blocked: Vec<BlockedEntry>,
    /// Vague reasons that name no job requirement: a warning, with the wording to use instead.
    #[serde(default)]
    vague: Vec<VagueEntry>,
    /// Phrasing of a mass mailing, which a personal message to one person should not sound like:
    /// a warning, with the personal wording to use instead. Same fields as `vague`.
    #[serde(default)]
    mass_message: Vec<VagueEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct BlockedEntry {
    /// One or more phrase patterns (the syntax is described at the top of the file).
    #[schemars(length(min = 1))]
    phrases: Vec<String>,
    /// The protected ground the phrases touch: age, origin, nationality, language, religion, sex,
    /// pregnancy, family, health, disability, sexual_orientation, civil_status,
    /// political_opinion, working_hours, contract_type or proxy.
    ground: Ground,
    /// The id of the explanation in `reasons.yaml`.
    why: String,
    /// What to write instead, in this list's language. Without it, the advice of the reason.
    #[serde(default)]
    instead: Option<String>,
    /// Phrases that cancel a match they overlap ("accent leggen" is about emphasis, not speech).
    #[serde(default)]
    except: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct VagueEntry {
    /// One or more phrase patterns (the syntax is described at the top of the file).
    #[schemars(length(min = 1))]
    phrases: Vec<String>,
    /// The id of the explanation in `reasons.yaml`.
    why: String,
    /// The job-requirement-based wording to use instead, in this list's language.
    instead: String,
    /// Phrases that cancel a match they overlap.
    #[serde(default)]
    except: Vec<String>,
}

/// One explanation in `reasons.yaml`, shared by the entries that name its id.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Reason {
    /// Why the phrase is a problem: the law and, where there is one, the ruling.
    pub why: Bilingual,
    /// General advice, used when an entry has no `instead` of its own.
    #[serde(default)]
    pub instead: Option<Bilingual>,
}

pub(crate) type Reasons = BTreeMap<String, Reason>;

/// Reads `reasons.yaml`.
pub(crate) fn load_reasons(path: &Path, bytes: &[u8]) -> Result<Reasons, Vec<Diagnostic>> {
    let (reasons, doc) = hirekit_yaml::read::<Reasons>(path, bytes)?;
    let mut problems = Vec::new();
    for (id, reason) in &reasons {
        let texts = [Some(&reason.why), reason.instead.as_ref()];
        if texts
            .into_iter()
            .flatten()
            .any(|t| t.nl.trim().is_empty() || t.en.trim().is_empty())
        {
            problems.push(doc.error_at(
                &format!("/{id}"),
                format!("reason `{id}` has an empty text"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(reasons)
    } else {
        Err(problems)
    }
}

/// A compiled entry: what to look for, and what to say when it is found.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub severity: Severity,
    pub kind: Kind,
    pub ground: Option<Ground>,
    /// Each pattern with its source text, which findings quote.
    pub patterns: Vec<(String, Pattern)>,
    pub except: Vec<Pattern>,
    pub why: Bilingual,
    pub suggestion: Option<Bilingual>,
}

/// A compiled phrase list for one language.
#[derive(Debug, Clone)]
pub(crate) struct List {
    pub language: Language,
    pub rules: Vec<Rule>,
}

/// Reads, checks and compiles one phrase list. Every problem in the file is reported at once,
/// at its line: an unknown reason id (with "did you mean"), a pattern that does not parse, a
/// pattern listed twice, a blocked entry with no advice at all.
pub(crate) fn load_list(
    language: Language,
    path: &Path,
    bytes: &[u8],
    reasons: &Reasons,
) -> Result<List, Vec<Diagnostic>> {
    let (file, doc) = hirekit_yaml::read::<PhraseFile>(path, bytes)?;
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut rules = Vec::new();

    let blocked = file.blocked.into_iter().enumerate().map(|(i, e)| {
        (
            format!("/blocked/{i}"),
            Severity::Error,
            Kind::Protected,
            Some(e.ground),
            e.phrases,
            e.why,
            e.instead,
            e.except,
        )
    });
    let vague = file.vague.into_iter().enumerate().map(|(i, e)| {
        (
            format!("/vague/{i}"),
            Severity::Warning,
            Kind::Vague,
            None,
            e.phrases,
            e.why,
            Some(e.instead),
            e.except,
        )
    });
    let mass = file.mass_message.into_iter().enumerate().map(|(i, e)| {
        (
            format!("/mass_message/{i}"),
            Severity::Warning,
            Kind::MassMessage,
            None,
            e.phrases,
            e.why,
            Some(e.instead),
            e.except,
        )
    });
    for (at, severity, kind, ground, phrases, why, instead, except) in
        blocked.chain(vague).chain(mass)
    {
        let Some(reason) = reasons.get(&why) else {
            let mut d = doc.error_at(
                &format!("{at}/why"),
                format!("no reason `{why}` in reasons.yaml"),
            );
            if let Some(near) = did_you_mean(&why, reasons.keys().map(String::as_str)) {
                d = d.with_hint(format!("did you mean `{near}`?"));
            }
            problems.push(d);
            continue;
        };
        let mut compile = |key: &str, sources: &[String], check_duplicates: bool| {
            let mut out = Vec::new();
            for (j, source) in sources.iter().enumerate() {
                match Pattern::parse(source) {
                    Ok(pattern) => {
                        let normalised = source.to_lowercase();
                        if check_duplicates && !seen.insert(normalised) {
                            problems.push(doc.error_at(
                                &format!("{at}/{key}/{j}"),
                                format!("“{source}” is listed twice"),
                            ));
                        }
                        out.push((source.clone(), pattern));
                    }
                    Err(e) => problems.push(doc.error_at(&format!("{at}/{key}/{j}"), e.en)),
                }
            }
            out
        };
        let patterns = compile("phrases", &phrases, true);
        let except = compile("except", &except, false)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        let suggestion = match instead {
            Some(text) if !text.trim().is_empty() => Some(Bilingual::same(text.trim())),
            _ => reason.instead.clone(),
        };
        if suggestion.is_none() {
            problems.push(doc.error_at(
                &at,
                format!("this entry says nothing about what to write instead: add `instead`, or `instead` to reason `{why}`"),
            ));
        }
        rules.push(Rule {
            severity,
            kind,
            ground,
            patterns,
            except,
            why: reason.why.clone(),
            suggestion,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    Ok(List { language, rules })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REASONS: &str = "age:\n  why: {nl: leeftijd, en: age}\n  instead: {nl: noem de eis, en: name the requirement}\nvague:\n  why: {nl: vaag, en: vague}\n";

    fn reasons() -> Reasons {
        load_reasons(Path::new("reasons.yaml"), REASONS.as_bytes()).unwrap()
    }

    fn problems(list: &str) -> Vec<String> {
        load_list(
            Language::Nl,
            Path::new("nl.yaml"),
            list.as_bytes(),
            &reasons(),
        )
        .unwrap_err()
        .iter()
        .map(|d| d.render().lines().next().unwrap_or_default().to_owned())
        .collect()
    }

    #[test]
    fn a_small_list_compiles() {
        let list = "blocked:\n  - phrases: [te oud(e)]\n    ground: age\n    why: age\nvague:\n  - phrases: [geen match]\n    why: vague\n    instead: Noem de eis.\n";
        let list = load_list(
            Language::Nl,
            Path::new("nl.yaml"),
            list.as_bytes(),
            &reasons(),
        )
        .unwrap();
        assert_eq!(list.rules.len(), 2);
        assert_eq!(
            list.rules[0].suggestion.as_ref().map(|s| s.en.as_str()),
            Some("name the requirement")
        );
        assert_eq!(
            list.rules[1].suggestion.as_ref().map(|s| s.en.as_str()),
            Some("Noem de eis.")
        );
    }

    #[test]
    fn every_problem_is_reported_at_its_line() {
        let list = "blocked:\n  - phrases: [te oud, \"oud(e\"]\n    ground: age\n    why: aeg\n  - phrases: [te oud]\n    ground: age\n    why: age\n  - phrases: [x]\n    ground: agee\n    why: age\n";
        let found = problems(list);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("nl.yaml:9:13: error:") && p.contains("agee")),
            "{found:#?}"
        );
        let list = "blocked:\n  - phrases: [te oud, \"oud(e\"]\n    ground: age\n    why: aeg\n  - phrases: [te oud]\n    ground: age\n    why: age\n  - phrases: [x]\n    ground: proxy\n    why: vague\n";
        assert_eq!(
            problems(list),
            [
                "nl.yaml:4:10: error: no reason `aeg` in reasons.yaml",
                "nl.yaml:8:5: error: this entry says nothing about what to write instead: add `instead`, or `instead` to reason `vague`",
            ]
        );
        let list =
            "blocked:\n  - phrases: [te oud, \"oud(e\", te oud]\n    ground: age\n    why: age\n";
        assert_eq!(
            problems(list),
            [
                "nl.yaml:2:23: error: “oud(e”: an ending list `(e|er)` must close with `)` at the end of the word",
                "nl.yaml:2:32: error: “te oud” is listed twice",
            ]
        );
    }
}
