//! Which red-flag checklist items an interview for a scorecard watches for: one rule for the kit
//! and for `hirekit fill`.

use hirekit_redflags::{Catalogue, Item, Role, Stage};
use hirekit_scorecard::RoleFamily;

use crate::role_of;

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
