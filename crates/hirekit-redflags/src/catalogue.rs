//! All checklist items in force: the built-in checklists, plus a hiring folder's own.

use std::collections::BTreeMap;
use std::path::Path;

use hirekit_yaml::{Diagnostic, Document};

use crate::checklist::{Checklist, Evidence, Item, Role, Stage, is_checklist, validate_checklist};

/// The folder of a hiring folder's own checklists, inside its scorecards folder.
pub const CHECKLIST_DIR: &str = "checklists";

/// The built-in checklists, one per stage, as shipped in `scorecards/checklists/`.
pub const BUILTIN_CHECKLISTS: [(&str, &str); 5] = [
    (
        "scorecards/checklists/cv.yaml",
        include_str!("../../../scorecards/checklists/cv.yaml"),
    ),
    (
        "scorecards/checklists/screening.yaml",
        include_str!("../../../scorecards/checklists/screening.yaml"),
    ),
    (
        "scorecards/checklists/interview.yaml",
        include_str!("../../../scorecards/checklists/interview.yaml"),
    ),
    (
        "scorecards/checklists/reference.yaml",
        include_str!("../../../scorecards/checklists/reference.yaml"),
    ),
    (
        "scorecards/checklists/offer.yaml",
        include_str!("../../../scorecards/checklists/offer.yaml"),
    ),
];

/// Every checklist item in force, in a stable order: built-in items in the order of their files,
/// then items added by a hiring folder.
#[derive(Debug, Clone)]
pub struct Catalogue {
    items: Vec<Item>,
}

impl Catalogue {
    /// The built-in checklists. They are validated like any user file; a test guarantees they are
    /// valid, so an error here means the binary was built from broken data.
    pub fn builtin() -> Result<Catalogue, Vec<Diagnostic>> {
        let mut checklists = Vec::new();
        let mut errors = Vec::new();
        for (path, text) in BUILTIN_CHECKLISTS {
            match validate_checklist(Path::new(path), text.as_bytes()) {
                Ok(list) => checklists.push(list),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut catalogue = Catalogue { items: Vec::new() };
        catalogue.add(checklists, false)?;
        Ok(catalogue)
    }

    /// The catalogue with a hiring folder's checklists applied on top.
    ///
    /// An item whose id matches an item already in the catalogue **replaces** it (in place, so
    /// the order stays familiar): a team can reword a built-in item or adapt it to its roles.
    /// Any other item is **added**. A built-in `bias_risk` item cannot be replaced by one that
    /// counts: such signals stay cautions whatever a local file says. Two override files that
    /// define the same id are an error at the second.
    pub fn with_overrides(
        mut self,
        overrides: Vec<Checklist>,
    ) -> Result<Catalogue, Vec<Diagnostic>> {
        self.add(overrides, true)?;
        Ok(self)
    }

    /// [`Catalogue::in_force`] on checklists stored elsewhere than a folder (a database): each
    /// as its file name and text, named in problems as if under `scorecards/checklists/`.
    pub fn in_force_stored(stored: &[(String, String)]) -> Result<Catalogue, Vec<Diagnostic>> {
        let files: Vec<(std::path::PathBuf, &[u8])> = stored
            .iter()
            .map(|(name, text)| {
                let shown = Path::new("scorecards")
                    .join(crate::CHECKLIST_DIR)
                    .join(name);
                (shown, text.as_bytes())
            })
            .collect();
        Catalogue::in_force(&files)
    }

    /// The checklists in force for a hiring folder: the built-in ones with the folder's own
    /// applied on top, as [`Catalogue::with_overrides`] does. `files` are the path and contents
    /// of each YAML file in the folder's [`CHECKLIST_DIR`], sorted by path (so that which of two
    /// clashing files is "the second" does not depend on the disk).
    ///
    /// That folder holds checklists: a file that is not YAML is reported, never skipped (its
    /// items would silently be missing); YAML without a `checklist:` key is not ours to judge.
    /// Every problem in every file is reported, not only the first file's.
    pub fn in_force<P: AsRef<Path>, B: AsRef<[u8]>>(
        files: &[(P, B)],
    ) -> Result<Catalogue, Vec<Diagnostic>> {
        let builtin = Catalogue::builtin()?;
        let mut lists = Vec::new();
        let mut problems = Vec::new();
        for (path, bytes) in files {
            let (path, bytes) = (path.as_ref(), bytes.as_ref());
            match Document::parse(path, bytes) {
                Ok(document) if is_checklist(&document) => {}
                Ok(_) => continue,
                Err(problem) => {
                    problems.push(*problem);
                    continue;
                }
            }
            match validate_checklist(path, bytes) {
                Ok(list) => lists.push(list),
                Err(p) => problems.extend(p),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        builtin.with_overrides(lists)
    }

    fn add(&mut self, checklists: Vec<Checklist>, replace: bool) -> Result<(), Vec<Diagnostic>> {
        let existing: BTreeMap<String, usize> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.clone(), i))
            .collect();
        // Where each id was first defined by *these* checklists: a second definition is an error.
        let mut defined: BTreeMap<String, (std::path::PathBuf, usize)> = BTreeMap::new();
        let mut errors = Vec::new();
        for list in checklists {
            for item in list.items {
                let pointer = format!("/items/{}", item.origin.index);
                if let Some((path, line)) = defined.get(&item.id) {
                    errors.push(
                        list.document.error_at(&format!("{pointer}/id"), format!("duplicate id `{}`", item.id)).with_hint(
                            format!(
                                "`{}` is already defined in {} on line {line}; ids must be unique across all checklists",
                                item.id,
                                path.display()
                            ),
                        ),
                    );
                    continue;
                }
                defined.insert(
                    item.id.clone(),
                    (item.origin.path.clone(), item.origin.location.line),
                );
                match existing.get(&item.id) {
                    Some(&at) if replace => {
                        let built_in = &self.items[at];
                        if built_in.evidence == Evidence::BiasRisk
                            && item.evidence != Evidence::BiasRisk
                        {
                            errors.push(
                                list.document
                                    .error_at(
                                        &format!("{pointer}/evidence"),
                                        format!("`{}` is a bias-risk item and must stay `bias_risk`", item.id),
                                    )
                                    .with_hint(
                                        "this signal tracks protected grounds and never counts; keep `evidence: bias_risk`, \
                                         or give your item its own id if it describes a different, job-related signal",
                                    ),
                            );
                            continue;
                        }
                        self.items[at] = item;
                    }
                    _ => self.items.push(item),
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Every item, in catalogue order.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The item with this id.
    pub fn get(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// The evidence grade of the item with this id.
    pub fn evidence(&self, id: &str) -> Option<Evidence> {
        self.get(id).map(|item| item.evidence)
    }

    /// The closest known id to a misspelt one, for "did you mean" hints.
    pub fn suggest(&self, id: &str) -> Option<&str> {
        hirekit_yaml::did_you_mean(id, self.items.iter().map(|item| item.id.as_str()))
    }

    /// The items for a stage and a role family (either filter may be left out), in catalogue
    /// order. Items for `all` roles are included for every family.
    pub fn select(&self, stage: Option<Stage>, role: Option<Role>) -> Vec<&Item> {
        self.items
            .iter()
            .filter(|item| stage.is_none_or(|s| item.stage == s))
            .filter(|item| role.is_none_or(|r| item.applies_to(r)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Stage;
    use crate::text::Language;

    fn builtin() -> Catalogue {
        match Catalogue::builtin() {
            Ok(c) => c,
            Err(errors) => panic!(
                "{}",
                errors.iter().map(Diagnostic::render).collect::<String>()
            ),
        }
    }

    #[test]
    fn the_builtin_checklists_are_valid_and_complete() {
        let catalogue = builtin();
        assert!(
            catalogue.items().len() >= 40,
            "{} items",
            catalogue.items().len()
        );
        for stage in Stage::ALL {
            assert!(
                !catalogue.select(Some(stage), None).is_empty(),
                "no items for {stage:?}"
            );
            for evidence in [Evidence::Supported, Evidence::Weak, Evidence::BiasRisk] {
                assert!(
                    catalogue
                        .select(Some(stage), None)
                        .iter()
                        .any(|i| i.evidence == evidence),
                    "no {evidence:?} item for {stage:?}"
                );
            }
        }
        for role in Role::FAMILIES {
            assert!(
                catalogue.items().iter().any(|i| i.roles.contains(&role)),
                "no item specific to {role:?}"
            );
        }
    }

    #[test]
    fn builtin_texts_are_distinct_per_language() {
        // A Dutch text copied into the English slot (or the reverse) is a translation left undone.
        for item in builtin().items() {
            for (field, text) in [
                ("signal", &item.signal),
                ("why", &item.why),
                ("verify", &item.verify),
            ] {
                assert_ne!(
                    text.get(Language::Nl),
                    text.get(Language::En),
                    "{} {field}",
                    item.id
                );
            }
        }
    }

    #[test]
    fn the_nonverbal_signals_are_bias_risks() {
        let catalogue = builtin();
        for id in [
            "interview-nervousness",
            "interview-eye-contact",
            "interview-sweating-or-fidgeting",
            "screening-accent-or-language",
            "cv-employment-gap",
            "cv-short-tenures",
            "interview-culture-fit-or-click",
        ] {
            assert_eq!(catalogue.evidence(id), Some(Evidence::BiasRisk), "{id}");
        }
        assert_eq!(
            catalogue.suggest("interview-eye-contat"),
            Some("interview-eye-contact")
        );
    }

    #[test]
    fn proxies_found_in_review_are_bias_risks_and_the_offer_stage_is_fair() {
        let catalogue = builtin();
        for id in [
            "cv-education-background",
            "screening-asks-about-pay-first",
            "screening-late-or-rescheduled",
            "interview-no-questions-asked",
            "interview-brainteaser-failed",
            "offer-nationality-location-or-adjustment",
        ] {
            assert_eq!(catalogue.evidence(id), Some(Evidence::BiasRisk), "{id}");
        }
        for id in ["cv-expert-in-everything", "screening-repeated-no-shows"] {
            assert_eq!(catalogue.evidence(id), Some(Evidence::Weak), "{id}");
        }
        let offer: Vec<&str> = catalogue
            .select(Some(Stage::Offer), None)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(
            offer,
            [
                "offer-identity-details-inconsistent",
                "offer-refuses-identity-step",
                "offer-equipment-or-pay-elsewhere",
                "offer-nationality-location-or-adjustment",
            ]
        );
        // The safeguards are part of the items themselves, not only of the documentation.
        for id in &offer[..3] {
            let item = catalogue.get(id).unwrap();
            assert!(
                item.verify.get(Language::En).contains("everyone"),
                "{id} must apply the same check to everyone"
            );
        }
    }

    fn override_file(id: &str, evidence: &str) -> Checklist {
        let text = format!(
            "checklist:\n  title: {{ nl: Eigen, en: Own }}\nitems:\n  - id: {id}\n    stage: interview\n    roles: [backend]\n    \
             signal: {{ nl: Eigen signaal, en: Own signal }}\n    why: {{ nl: W, en: W }}\n    verify: {{ nl: V, en: V }}\n    \
             evidence: {evidence}\n    source: {{ nl: Team, en: Team }}\n"
        );
        validate_checklist(Path::new("own.yaml"), text.as_bytes()).unwrap()
    }

    #[test]
    fn overrides_replace_by_id_and_add_new_items() {
        let catalogue = builtin();
        let count = catalogue.items().len();
        let position = catalogue
            .items()
            .iter()
            .position(|i| i.id == "interview-no-concrete-own-work")
            .unwrap();
        let catalogue = catalogue
            .with_overrides(vec![
                override_file("interview-no-concrete-own-work", "supported"),
                override_file("team-own-item", "weak"),
            ])
            .unwrap();
        assert_eq!(catalogue.items().len(), count + 1);
        assert_eq!(
            catalogue.items()[position].signal.get(Language::En),
            "Own signal"
        );
        assert_eq!(catalogue.items().last().unwrap().id, "team-own-item");
    }

    #[test]
    fn a_bias_risk_item_cannot_be_made_to_count() {
        let errors = builtin()
            .with_overrides(vec![override_file("interview-eye-contact", "supported")])
            .unwrap_err();
        assert_eq!(
            errors[0].message,
            "`interview-eye-contact` is a bias-risk item and must stay `bias_risk`"
        );
        assert_eq!(errors[0].line, 10);
    }

    #[test]
    fn two_overrides_of_one_id_clash() {
        let errors = builtin()
            .with_overrides(vec![
                override_file("team-own-item", "weak"),
                override_file("team-own-item", "weak"),
            ])
            .unwrap_err();
        assert_eq!(errors[0].message, "duplicate id `team-own-item`");
        assert_eq!(
            errors[0].hint.as_deref(),
            Some(
                "`team-own-item` is already defined in own.yaml on line 4; ids must be unique across all checklists"
            )
        );
    }

    #[test]
    fn a_folders_checklists_are_found_among_its_other_files() {
        let own = "checklist:\n  title: { nl: Eigen, en: Own }\nitems:\n  - id: team-own-item\n    \
                   stage: interview\n    roles: [backend]\n    signal: { nl: Eigen signaal, en: Own signal }\n    \
                   why: { nl: W, en: W }\n    verify: { nl: V, en: V }\n    evidence: weak\n    \
                   source: { nl: Team, en: Team }\n";
        let files = [
            ("notes.yaml", "id: backend\ntitle: Backend\n"),
            ("own.yaml", own),
        ];
        let catalogue = Catalogue::in_force(&files).unwrap();
        assert_eq!(catalogue.items().len(), builtin().items().len() + 1);
        assert_eq!(catalogue.evidence("team-own-item"), Some(Evidence::Weak));

        // A file in the checklists folder that is not YAML is reported, not skipped.
        let broken = [("broken.yaml", "id: [unclosed\n"), ("own.yaml", own)];
        let errors = Catalogue::in_force(&broken).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].path, Path::new("broken.yaml"));

        let bad = [("own.yaml", own.replace("evidence: weak", "evidence: maybe"))];
        let errors = Catalogue::in_force(&bad).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].path, Path::new("own.yaml"));
    }
}
