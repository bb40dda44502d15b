//! The red-flag checklists in force, read once per version of what the database stores.
//!
//! Every interviewer page needs them (the form's red flags, the kit), and reading them means
//! parsing and checking the built-in checklists and the stored ones: over 100 KB of YAML, far
//! more work than the rest of a page. The stored rows are still read on every request, so a
//! checklist stored since is used at once; only when they are byte for byte the rows the
//! catalogue was made from is that catalogue used again.

use std::sync::{Arc, Mutex, PoisonError};

use axum::response::Response;
use hirekit_redflags::Catalogue;

use crate::AppState;
use crate::pages::server_error;

/// The last catalogue made, with the stored rows it was made from.
pub(crate) type Cache = Arc<Mutex<Option<(Vec<(String, String)>, Arc<Catalogue>)>>>;

/// The built-in checklists with those stored in the database, as the command line reads them
/// ([`Catalogue::in_force_stored`]).
pub(crate) async fn in_force(state: &AppState) -> Result<Arc<Catalogue>, Response> {
    let stored = state
        .db
        .checklists()
        .await
        .map_err(|e| server_error(&e.to_string()))?;
    let cache = &state.checklists;
    if let Some((rows, catalogue)) = &*cache.lock().unwrap_or_else(PoisonError::into_inner)
        && *rows == stored
    {
        return Ok(catalogue.clone());
    }
    let catalogue =
        Arc::new(Catalogue::in_force_stored(&stored).map_err(|_| {
            server_error("the red-flag checklists stored in the database are invalid")
        })?);
    *cache.lock().unwrap_or_else(PoisonError::into_inner) = Some((stored, catalogue.clone()));
    Ok(catalogue)
}
