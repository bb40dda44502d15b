//! One checklist file: what it looks like in YAML, and how it is validated.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hirekit_yaml::{Diagnostic, Document, Location, Value};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::{Language, Text, TextInput};

/// The stage of the hiring process an item belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Cv,
    Screening,
    Interview,
    Reference,
    /// The offer and the first days: where identity and details are checked, the same way for
    /// everyone.
    Offer,
}

impl Stage {
    /// Every stage, in hiring order.
    pub const ALL: [Stage; 5] = [
        Stage::Cv,
        Stage::Screening,
        Stage::Interview,
        Stage::Reference,
        Stage::Offer,
    ];

    /// The value written in YAML and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Cv => "cv",
            Stage::Screening => "screening",
            Stage::Interview => "interview",
            Stage::Reference => "reference",
            Stage::Offer => "offer",
        }
    }

    /// The name an interviewer reads.
    pub fn label(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Stage::Cv, Language::Nl) => "Cv",
            (Stage::Cv, Language::En) => "CV",
            (Stage::Screening, Language::Nl) => "Screeningsgesprek",
            (Stage::Screening, Language::En) => "Screening call",
            (Stage::Interview, Language::Nl) => "Technisch gesprek",
            (Stage::Interview, Language::En) => "Technical interview",
            (Stage::Reference, Language::Nl) => "Referentiecheck",
            (Stage::Reference, Language::En) => "Reference check",
            (Stage::Offer, Language::Nl) => "Aanbod en indiensttreding",
            (Stage::Offer, Language::En) => "Offer and onboarding",
        }
    }
}

/// The IT role family an item applies to; `all` means every IT role.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    All,
    Backend,
    Frontend,
    Devops,
    Data,
    // Team leads and architects: the role family that decides for others.
    Lead,
}

impl Role {
    pub const FAMILIES: [Role; 5] = [
        Role::Backend,
        Role::Frontend,
        Role::Devops,
        Role::Data,
        Role::Lead,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::All => "all",
            Role::Backend => "backend",
            Role::Frontend => "frontend",
            Role::Devops => "devops",
            Role::Data => "data",
            Role::Lead => "lead",
        }
    }

    pub fn label(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Role::All, Language::Nl) => "alle IT-rollen",
            (Role::All, Language::En) => "all IT roles",
            (Role::Backend, _) => "backend",
            (Role::Frontend, _) => "frontend",
            (Role::Devops, _) => "DevOps",
            (Role::Data, _) => "data",
            (Role::Lead, _) => "lead/architect",
        }
    }
}

/// How much an item may weigh, by what research says about it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    // Research or screening data back the signal as relevant to later performance or honesty.
    Supported,
    // Little or no evidence: verify it before it weighs in anything.
    Weak,
    // Known to track a protected ground or a proxy for one: a caution, never a score.
    BiasRisk,
}

impl Evidence {
    pub fn code(self) -> &'static str {
        match self {
            Evidence::Supported => "supported",
            Evidence::Weak => "weak",
            Evidence::BiasRisk => "bias_risk",
        }
    }

    /// Whether a ticked item of this kind may count towards an outcome. Bias-risk items never do:
    /// they are shown as cautions for the interviewer, and never reach a score or a letter.
    pub fn may_count(self) -> bool {
        self != Evidence::BiasRisk
    }

    /// The label shown next to an item; bias-risk items read as a caution.
    pub fn label(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Evidence::Supported, Language::Nl) => "onderbouwd",
            (Evidence::Supported, Language::En) => "supported",
            (Evidence::Weak, Language::Nl) => "zwak bewijs",
            (Evidence::Weak, Language::En) => "weak evidence",
            (Evidence::BiasRisk, Language::Nl) => "LET OP: biasrisico, niet meewegen",
            (Evidence::BiasRisk, Language::En) => "CAUTION: bias risk, do not score",
        }
    }
}

/// One thing to watch for, with how to verify it and how much it may weigh.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Unique across all checklists, kebab-case; filled scorecards tick items by this id.
    pub id: String,
    pub stage: Stage,
    pub roles: Vec<Role>,
    /// What the interviewer notices.
    pub signal: Text,
    /// Why it matters, or for a bias-risk item, why it must not decide anything.
    pub why: Text,
    /// A follow-up question or check that confirms or refutes it.
    pub verify: Text,
    pub evidence: Evidence,
    pub source: Text,
    /// Where the item was written.
    #[serde(skip)]
    pub origin: Origin,
}

impl Item {
    /// Whether the item applies to `role` (items for `all` apply to every family).
    pub fn applies_to(&self, role: Role) -> bool {
        self.roles.contains(&Role::All) || self.roles.contains(&role)
    }
}

/// The file, item position and line of an item, for diagnostics that mention it later.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub path: PathBuf,
    /// Position in the file's `items` list.
    pub index: usize,
    /// Location of the item's `id` value.
    pub location: Location,
}

/// One validated checklist file.
#[derive(Debug, Clone)]
pub struct Checklist {
    pub title: Text,
    pub description: Option<Text>,
    pub items: Vec<Item>,
    /// The parsed file, kept so later checks across files can point into it.
    pub document: Document,
}

/// A red-flag checklist: things to watch for during hiring, each with how to verify it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ChecklistFile {
    /// What the checklist is about; this key marks the file as a checklist.
    checklist: MetaInput,
    /// The items of the checklist.
    #[schemars(length(min = 1))]
    items: Vec<ItemInput>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct MetaInput {
    /// The title, e.g. `{ nl: "Rode vlaggen in het cv", en: "Red flags in the CV" }`.
    title: TextInput,
    /// An optional introduction shown above the items.
    #[serde(default)]
    description: Option<TextInput>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ItemInput {
    /// A unique id in kebab-case, e.g. `cv-overlapping-full-time-jobs`.
    id: String,
    /// The hiring stage: cv, screening, interview, reference or offer (offer and onboarding).
    stage: Stage,
    /// The role families it applies to: all, backend, frontend, devops, data or lead.
    #[schemars(length(min = 1))]
    roles: Vec<Role>,
    /// What the interviewer notices, in Dutch and English.
    signal: TextInput,
    /// Why it matters (or why it must not decide anything), in Dutch and English.
    why: TextInput,
    /// A follow-up question or check that confirms or refutes it, in Dutch and English.
    verify: TextInput,
    /// How well research supports it: supported, weak or bias_risk.
    evidence: Evidence,
    /// Where the evidence comes from, in Dutch and English.
    source: TextInput,
}

/// Whether a parsed YAML file is a checklist (its top level has a `checklist:` key), so that a
/// folder of scorecards can hold checklists and each file is validated as what it is.
pub fn is_checklist(document: &Document) -> bool {
    matches!(&document.root.value, Value::Map(_)) && document.root.get("checklist").is_some()
}

/// Reads and validates one checklist file, reporting every problem with its location: YAML and
/// structure (unknown keys, unknown stage, role or evidence values, missing fields), then texts
/// without both languages, ids that are not kebab-case, duplicate ids (at the second
/// occurrence), and role lists that mix `all` with families or repeat a family.
pub fn validate_checklist(path: &Path, bytes: &[u8]) -> Result<Checklist, Vec<Diagnostic>> {
    let (file, document) = hirekit_yaml::read::<ChecklistFile>(path, bytes)?;
    let mut errors = Vec::new();
    let mut text = |input: &TextInput, pointer: &str| -> Text {
        input.resolve().unwrap_or_else(|problems| {
            for p in problems {
                errors.push(document.error_at(pointer, p.message).with_hint(p.hint));
            }
            Text::new("", "")
        })
    };
    let title = text(&file.checklist.title, "/checklist/title");
    let description = file
        .checklist
        .description
        .as_ref()
        .map(|d| text(d, "/checklist/description"));
    let mut items = Vec::with_capacity(file.items.len());
    for (index, input) in file.items.iter().enumerate() {
        let at = |field: &str| format!("/items/{index}/{field}");
        let item = Item {
            id: input.id.trim().to_owned(),
            stage: input.stage,
            roles: input.roles.clone(),
            signal: text(&input.signal, &at("signal")),
            why: text(&input.why, &at("why")),
            verify: text(&input.verify, &at("verify")),
            evidence: input.evidence,
            source: text(&input.source, &at("source")),
            origin: Origin {
                path: path.to_owned(),
                index,
                location: document.root.location_of(&at("id")),
            },
        };
        items.push(item);
    }

    let mut first_seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, item) in items.iter().enumerate() {
        let pointer = format!("/items/{index}/id");
        if !is_kebab_case(&item.id) {
            errors.push(
                document
                    .error_at(&pointer, format!("the id `{}` is not kebab-case", item.id))
                    .with_hint(format!(
                        "use lower-case letters, digits and single hyphens, e.g. `{}`",
                        to_kebab_case(&item.id)
                    )),
            );
        }
        match first_seen.get(item.id.as_str()) {
            Some(&first) => errors.push(
                document
                    .error_at(&pointer, format!("duplicate id `{}`", item.id))
                    .with_hint(format!(
                        "`{}` is already used on line {}; ids must be unique across all checklists",
                        item.id, items[first].origin.location.line
                    )),
            ),
            None => {
                first_seen.insert(&item.id, index);
            }
        }
        if item.roles.contains(&Role::All) && item.roles.len() > 1 {
            errors.push(
                document
                    .error_at(&format!("/items/{index}/roles"), "`all` cannot be combined with role families")
                    .with_hint("`all` already covers every IT role; write either `[all]` or the families it is for"),
            );
        }
        for (n, role) in item.roles.iter().enumerate() {
            if item.roles[..n].contains(role) {
                errors.push(
                    document
                        .error_at(
                            &format!("/items/{index}/roles/{n}"),
                            format!("the role `{}` is listed twice", role.code()),
                        )
                        .with_hint("remove one of the two"),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(Checklist {
            title,
            description,
            items,
            document,
        })
    } else {
        Err(errors)
    }
}

/// `cv-overlapping-jobs`: lower-case ASCII letters and digits in words joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn to_kebab_case(id: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in id.trim().chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && previous_lower {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        } else {
            if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
            previous_lower = false;
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = "    stage: cv\n    roles: [all]\n    signal: { nl: Signaal, en: Signal }\n    why: { nl: Waarom, en: Why }\n    verify: { nl: Toets, en: Verify }\n    evidence: weak\n    source: { nl: Bron, en: Source }\n";

    fn file(items: &[&str]) -> String {
        let mut text = String::from("checklist:\n  title: { nl: Test, en: Test }\nitems:\n");
        for id in items {
            text.push_str(&format!("  - id: {id}\n{ITEM}"));
        }
        text
    }

    fn validate(text: &str) -> Result<Checklist, Vec<Diagnostic>> {
        validate_checklist(Path::new("c.yaml"), text.as_bytes())
    }

    #[test]
    fn a_valid_file_keeps_its_items_and_locations() {
        let list = validate(&file(&["one", "two"])).unwrap();
        assert_eq!(list.items.len(), 2);
        assert_eq!(list.items[1].id, "two");
        assert_eq!(list.items[1].origin.location, Location::new(12, 9));
        assert!(is_checklist(&list.document));
        assert_eq!(list.items[0].why.get(Language::En), "Why");
    }

    #[test]
    fn duplicate_ids_are_reported_at_the_second_occurrence() {
        let errors = validate(&file(&["one", "two", "one"])).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (20, 9));
        assert_eq!(errors[0].message, "duplicate id `one`");
        assert_eq!(
            errors[0].hint.as_deref(),
            Some("`one` is already used on line 4; ids must be unique across all checklists")
        );
    }

    #[test]
    fn a_missing_language_is_located_at_its_text() {
        let text = file(&["one"]).replace("why: { nl: Waarom, en: Why }", "why: { nl: Waarom }");
        let errors = validate(&text).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "the English text (`en`) is missing");
        assert_eq!((errors[0].line, errors[0].column), (8, 12));
    }

    #[test]
    fn unknown_stage_role_and_evidence_are_named() {
        let text = file(&["one"])
            .replace("stage: cv", "stage: screenning")
            .replace("roles: [all]", "roles: [fronted]")
            .replace("evidence: weak", "evidence: biased");
        let errors = validate(&text).unwrap_err();
        let messages: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.message.as_str(), e.hint.as_deref()))
            .collect();
        assert!(messages.contains(&(5, "unknown value `screenning` for `stage`, expected one of `cv`, `screening`, `interview`, `reference`, `offer`", Some("did you mean `screening`?"))), "{messages:?}");
        assert!(
            messages.iter().any(|(line, m, hint)| *line == 6
                && m.starts_with("unknown value `fronted` for `roles`")
                && *hint == Some("did you mean `frontend`?")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|(line, m, _)| *line == 10
                && m.starts_with("unknown value `biased` for `evidence`")),
            "{messages:?}"
        );
    }

    #[test]
    fn ids_must_be_kebab_case_and_roles_sensible() {
        let text = file(&["CvGap"]).replace("roles: [all]", "roles: [all, backend, backend]");
        let errors = validate(&text).unwrap_err();
        let messages: Vec<_> = errors.iter().map(|e| e.message.as_str()).collect();
        assert!(
            messages.contains(&"the id `CvGap` is not kebab-case"),
            "{messages:?}"
        );
        assert_eq!(
            errors[0].hint.as_deref(),
            Some("use lower-case letters, digits and single hyphens, e.g. `cv-gap`")
        );
        assert!(messages.contains(&"`all` cannot be combined with role families"));
        assert!(messages.contains(&"the role `backend` is listed twice"));
    }

    #[test]
    fn kebab_case() {
        assert!(is_kebab_case("cv-gap-2"));
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "é"] {
            assert!(!is_kebab_case(bad), "{bad}");
        }
        assert_eq!(to_kebab_case("No eye_contact"), "no-eye-contact");
    }

    #[test]
    fn a_scorecard_is_not_a_checklist() {
        let doc = Document::parse("s.yaml", b"id: x\ncriteria: []\n").unwrap();
        assert!(!is_checklist(&doc));
    }
}
