//! How long a candidate's personal data is kept, and removing it on time.
//!
//! - [`consent`]: the consent record (`candidates/<id>/consent.yaml`), its limits and checks;
//! - [`retention`]: the rules — what is due for one candidate on one day — with no file I/O, so
//!   the folder and a database apply the same rules to the same [`retention::Subject`]s;
//! - [`folder`]: reading the subjects from the hiring model (a folder or a database);
//! - [`pool`]: the talent pool as the rules see it (entries to remove, people added by hand);
//! - [`purge`]: anonymising a candidate, crash-safe, with an audit line;
//! - [`renewal`]: the request to renew consent, in Dutch and English, checked by the guard;
//! - [`export`]: everything held about one person (AVG art. 15).
//!
//! The periods come from [`hirekit_folder::TimeRules`], the one place for deadlines.

pub mod consent;
pub mod export;
pub mod folder;
pub mod pool;
pub mod purge;
pub mod render;
pub mod renewal;
pub mod retention;

/// Where the hiring data lives, for what privacy does beyond the shared model: a purge (files
/// and hidden folders, or rows in one transaction), the files an export lists, the audit.
#[derive(Clone, Copy)]
pub enum Place<'a> {
    /// A hiring folder: the model's root.
    Folder,
    /// A database; letter files written by commands on it are under the model's root (the
    /// current folder), as they are in a hiring folder.
    Database(&'a hirekit_store::Store),
}
