//! Scorecard drafts of the web app (schema version 3): one per (candidate, interviewer), kept
//! apart from the hiring data. Nothing here reads another interviewer's draft: every query is
//! keyed on both the candidate and the interviewer, and the caller passes the signed-in
//! interviewer's own handle. The text is opaque here; hirekit-fill writes and reads it.

use sqlx::Row as _;

use crate::{Database, StoreError};

/// Saves (or replaces) `interviewer`'s draft for `candidate`. An unknown candidate is refused
/// by the database (`REFERENCES`).
pub async fn save(
    db: &Database,
    candidate: &str,
    interviewer: &str,
    draft: &str,
    now: i64,
) -> Result<(), StoreError> {
    // Delete and insert in one transaction: the same on both databases, where an upsert is
    // written differently.
    let mut tx = db
        .pool()
        .begin()
        .await
        .map_err(StoreError::sql("cannot start saving the draft"))?;
    sqlx::query("DELETE FROM scorecard_drafts WHERE candidate = $1 AND interviewer = $2")
        .bind(candidate)
        .bind(interviewer)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::sql("cannot save the draft"))?;
    sqlx::query(
        "INSERT INTO scorecard_drafts (candidate, interviewer, draft, saved_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(candidate)
    .bind(interviewer)
    .bind(draft)
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::sql("cannot save the draft"))?;
    tx.commit()
        .await
        .map_err(StoreError::sql("cannot save the draft"))
}

/// `interviewer`'s draft for `candidate` and when it was saved, if there is one.
pub async fn find(
    db: &Database,
    candidate: &str,
    interviewer: &str,
) -> Result<Option<(String, i64)>, StoreError> {
    sqlx::query(
        "SELECT draft, saved_at FROM scorecard_drafts WHERE candidate = $1 AND interviewer = $2",
    )
    .bind(candidate)
    .bind(interviewer)
    .fetch_optional(db.pool())
    .await
    .and_then(|row| row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose())
    .map_err(StoreError::sql("cannot read the draft"))
}

/// Deletes `interviewer`'s draft for `candidate`; whether there was one.
pub async fn delete(db: &Database, candidate: &str, interviewer: &str) -> Result<bool, StoreError> {
    let done =
        sqlx::query("DELETE FROM scorecard_drafts WHERE candidate = $1 AND interviewer = $2")
            .bind(candidate)
            .bind(interviewer)
            .execute(db.pool())
            .await
            .map_err(StoreError::sql("cannot delete the draft"))?;
    Ok(done.rows_affected() > 0)
}
