//! The talent pool: rejected near misses and runner-ups who consented, and people added by hand
//! (declined our offer, met at an event, former employees, referrals). Never anyone without a
//! talent-pool consent in force: every rule asks [`hirekit_privacy::consent::talent_pool_until`].
//!
//! - [`model`]: `pool.yaml` (one row per member and per contact in a database);
//! - [`members`]: adding people and logging contacts, with the three-month warning;
//! - [`due`]: who to contact now and why, most urgent first;
//! - [`draft`]: a short personal message, checked by the guard, never the same for two people;
//! - [`matching`]: whose earlier panel ratings meet a new vacancy, with the evidence;
//! - [`sheet`]: the recruiter's spreadsheet (`.xlsx`, `.csv`) out and back in;
//! - [`source`]: where the pool is kept (the folder or a database), behind one interface;
//! - [`render`]: the tables, in the reader's language.
//!
//! The rules do no I/O: they take the hiring data ([`hirekit_folder::Folder`], from either
//! source) and the pool, and return what to show or store.

pub mod db;
pub mod draft;
pub mod due;
pub mod matching;
pub mod members;
pub mod model;
pub mod render;
pub mod sheet;
pub mod source;

use std::collections::BTreeSet;

use hirekit_yaml::{Diagnostic, Document};

pub use members::{Refused, View};
pub use model::{Member, POOL_FILE, PoolFile};
pub use source::{FolderPool, PoolSource};

/// The problems of a pool file beyond its schema, each at its line: an id used twice, a
/// candidate with their name copied in, a person added by hand without a name or consent.
pub fn check(pool: &PoolFile, document: &Document) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, m) in pool.members.iter().enumerate() {
        if !seen.insert(m.id.as_str()) {
            problems.push(
                document
                    .error_at(
                        &format!("/members/{i}/id"),
                        format!("`{}` is listed twice", m.id),
                    )
                    .with_hint("one entry per person: merge the two, keeping every contact"),
            );
        }
        if m.kind == model::Kind::Candidate {
            if m.name.is_some() {
                problems.push(
                    document
                        .error_at(
                            &format!("/members/{i}/name"),
                            "a candidate's name is kept in their candidate.yaml only",
                        )
                        .with_hint(
                            "remove `name`: removing the candidate then removes it everywhere",
                        ),
                );
            }
        } else {
            if m.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
                problems.push(
                    document
                        .error_at(&format!("/members/{i}"), format!("`{}` has no name", m.id))
                        .with_hint("add `name:` with the person's full name"),
                );
            }
            if m.consent.is_empty() {
                problems.push(
                    document
                        .error_at(&format!("/members/{i}"), format!("`{}` has no consent record: nobody is in the talent pool without consent", m.id))
                        .with_hint("add their answer under `consent:` (on, answer, how, purpose, until), or remove them"),
                );
            }
        }
    }
    problems
}

/// The file's text, with a comment that says how it is kept.
pub fn to_yaml(pool: &PoolFile) -> Result<String, String> {
    let yaml = serde_saphyr::to_string(pool).map_err(|e| e.to_string())?;
    Ok(format!(
        "# The talent pool, kept by `hirekit pool` (see docs/pool.md). Nobody is in it without a\n\
         # talent-pool consent in force; a candidate's consent is in their consent.yaml.\n{yaml}"
    ))
}
