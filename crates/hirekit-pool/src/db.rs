//! The pool in a hiring database: the `pool_members` and `pool_contacts` tables (migration
//! `0004_pool.sql` of hirekit-store), on SQLite and PostgreSQL through the store's connection.

use std::path::Path;

use chrono::NaiveDate;
use hirekit_folder::{HiringSource as _, HistoryRecord, TimeRules};
use hirekit_privacy::consent::{ConsentEntry, ConsentLog};
use hirekit_privacy::pool::{PoolError, PoolMember, PoolRecords};
use hirekit_store::{Database, Store, StoreError};
use hirekit_yaml::{Diagnostic, Location};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row as _;

use crate::model::{Contact, Member, NextAction, PoolFile};
use crate::source::PoolSource;

/// The pool in the database at a URL.
pub struct DatabasePool {
    store: Store,
    /// The company's time rules, which say how long a consent may run (a record is checked
    /// against them as on a folder).
    rules: TimeRules,
}

impl DatabasePool {
    /// Opens the existing database at `url` (and brings its schema up to date).
    pub fn open(url: &str, rules: TimeRules) -> Result<Self, StoreError> {
        let (store, _) = Store::open_existing(url, Path::new(""))?;
        Ok(DatabasePool { store, rules })
    }

    /// The pool of an open store.
    pub fn of(store: Store, rules: TimeRules) -> Self {
        DatabasePool { store, rules }
    }
}

fn data(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn code<T: Serialize>(value: &T) -> Result<String, String> {
    match serde_json::to_value(value).map_err(data)? {
        serde_json::Value::String(s) => Ok(s),
        other => Ok(other.to_string()),
    }
}

fn from_code<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(data)
}

fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(data)
}

fn day(text: &str) -> Result<NaiveDate, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a date (YYYY-MM-DD)"))
}

/// Reads every member with their contacts, in the order they were added.
pub async fn read(database: &Database) -> Result<PoolFile, String> {
    let pool = database.pool();
    let rows = sqlx::query(
        "SELECT id, kind, name, given_name, language, area, added_on, reconnect_on, strengths, \
         consent, next_action, next_on, drafts FROM pool_members ORDER BY seq",
    )
    .fetch_all(pool)
    .await
    .map_err(|e| format!("cannot read the talent pool: {e}"))?;
    let mut members = Vec::new();
    for row in &rows {
        let text =
            |i: usize| -> Result<String, String> { row.try_get::<String, _>(i).map_err(data) };
        let maybe = |i: usize| -> Result<Option<String>, String> {
            row.try_get::<Option<String>, _>(i).map_err(data)
        };
        let next = match (maybe(10)?, maybe(11)?) {
            (Some(action), Some(on)) => Some(NextAction {
                action,
                on: day(&on)?,
            }),
            _ => None,
        };
        members.push(Member {
            id: text(0)?,
            kind: from_code(&text(1)?)?,
            name: maybe(2)?,
            given_name: maybe(3)?,
            language: maybe(4)?.map(|l| from_code(&l)).transpose()?,
            area: text(5)?,
            added_on: day(&text(6)?)?,
            reconnect_on: maybe(7)?.map(|d| day(&d)).transpose()?,
            strengths: from_json(&text(8)?)?,
            consent: from_json(&text(9)?)?,
            contacts: Vec::new(),
            next,
            drafts: from_json(&text(12)?)?,
        });
    }
    let contacts = sqlx::query(
        "SELECT member, on_day, channel, topic, note FROM pool_contacts ORDER BY member, seq",
    )
    .fetch_all(pool)
    .await
    .map_err(|e| format!("cannot read the talent pool's contacts: {e}"))?;
    for row in &contacts {
        let member: String = row.try_get(0).map_err(data)?;
        let contact = Contact {
            on: day(&row.try_get::<String, _>(1).map_err(data)?)?,
            channel: from_code(&row.try_get::<String, _>(2).map_err(data)?)?,
            topic: row.try_get(3).map_err(data)?,
            note: row.try_get(4).map_err(data)?,
        };
        if let Some(m) = members.iter_mut().find(|m| m.id == member) {
            m.contacts.push(contact);
        }
    }
    Ok(PoolFile { members })
}

/// Replaces the pool with `pool`, in one transaction: all or nothing.
pub async fn write(database: &Database, pool: &PoolFile) -> Result<(), String> {
    let failed = |e: sqlx::Error| format!("cannot store the talent pool: {e}");
    let mut tx = database.pool().begin().await.map_err(failed)?;
    write_in(&mut tx, pool).await?;
    tx.commit().await.map_err(failed)
}

/// Imports a hiring folder and its talent pool (`pool.yaml`, read and checked by the caller)
/// into the empty database of `store`, in one transaction: when the pool cannot be stored,
/// nothing is imported.
pub fn import(
    store: &Store,
    folder: &hirekit_folder::Folder,
    pool: PoolFile,
) -> Result<hirekit_store::Imported, StoreError> {
    store.import_with(folder, move |tx| {
        Box::pin(async move { write_in(tx, &pool).await })
    })
}

/// Replaces the pool with `pool` inside the transaction `tx`.
pub async fn write_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    pool: &PoolFile,
) -> Result<(), String> {
    let failed = |e: sqlx::Error| format!("cannot store the talent pool: {e}");
    sqlx::query("DELETE FROM pool_contacts")
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    sqlx::query("DELETE FROM pool_members")
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    for (seq, m) in pool.members.iter().enumerate() {
        let candidate = (m.kind == crate::model::Kind::Candidate).then(|| m.id.clone());
        sqlx::query(
            "INSERT INTO pool_members (id, seq, kind, candidate, name, given_name, language, area, \
             added_on, reconnect_on, strengths, consent, next_action, next_on, drafts) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        )
        .bind(m.id.clone())
        .bind(seq as i64)
        .bind(code(&m.kind)?)
        .bind(candidate)
        .bind(m.name.clone())
        .bind(m.given_name.clone())
        .bind(m.language.map(|l| l.code().to_owned()))
        .bind(m.area.clone())
        .bind(m.added_on.to_string())
        .bind(m.reconnect_on.map(|d| d.to_string()))
        .bind(serde_json::to_string(&m.strengths).map_err(data)?)
        .bind(serde_json::to_string(&m.consent).map_err(data)?)
        .bind(m.next.as_ref().map(|n| n.action.clone()))
        .bind(m.next.as_ref().map(|n| n.on.to_string()))
        .bind(serde_json::to_string(&m.drafts).map_err(data)?)
        .execute(&mut **tx)
        .await
        .map_err(|e| format!("cannot store pool member `{}`: {e}", m.id))?;
        for (i, c) in m.contacts.iter().enumerate() {
            sqlx::query(
                "INSERT INTO pool_contacts (member, seq, on_day, channel, topic, note) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(m.id.clone())
            .bind(i as i64)
            .bind(c.on.to_string())
            .bind(c.channel.code().to_owned())
            .bind(c.topic.clone())
            .bind(c.note.clone())
            .execute(&mut **tx)
            .await
            .map_err(|e| format!("cannot store a contact of `{}`: {e}", m.id))?;
        }
    }
    Ok(())
}

impl PoolSource for DatabasePool {
    fn read_pool(&self) -> Result<PoolFile, Vec<Diagnostic>> {
        self.store
            .block_on(read(self.store.database()))
            .map_err(|message| {
                vec![Diagnostic::error(
                    Path::new(&self.shown_name()),
                    Location::START,
                    message,
                )]
            })
    }

    fn write_pool(&self, pool: &PoolFile) -> Result<(), String> {
        self.store.block_on(write(self.store.database(), pool))
    }

    /// The candidate's consent answers as the database keeps them, checked as on a folder.
    fn candidate_consent(&self, candidate: &str) -> Result<ConsentLog, Vec<Diagnostic>> {
        let stored = self
            .store
            .read_record(candidate, HistoryRecord::Consent)
            .map_err(|e| {
                vec![Diagnostic::error(
                    Path::new(&self.shown_name()),
                    Location::START,
                    e.to_string(),
                )]
            })?;
        hirekit_privacy::consent::parse(stored.as_ref(), &self.rules)
    }

    fn shown_name(&self) -> String {
        self.store.database().shown_name()
    }
}

/// Removes member `id` with its contacts and, with `audit`, writes the privacy audit line, in
/// one transaction.
pub async fn remove(database: &Database, id: &str, audit: Option<&str>) -> Result<(), String> {
    let failed = |e: sqlx::Error| format!("cannot remove `{id}` from the talent pool: {e}");
    let mut tx = database.pool().begin().await.map_err(failed)?;
    sqlx::query("DELETE FROM pool_contacts WHERE member = $1")
        .bind(id.to_owned())
        .execute(&mut *tx)
        .await
        .map_err(failed)?;
    sqlx::query("DELETE FROM pool_members WHERE id = $1")
        .bind(id.to_owned())
        .execute(&mut *tx)
        .await
        .map_err(failed)?;
    if let Some(line) = audit {
        let next: i64 = sqlx::query("SELECT COALESCE(MAX(position) + 1, 0) FROM privacy_audit")
            .fetch_one(&mut *tx)
            .await
            .and_then(|r| r.try_get(0))
            .map_err(failed)?;
        sqlx::query("INSERT INTO privacy_audit (position, line) VALUES ($1, $2)")
            .bind(next)
            .bind(line.trim_end().to_owned())
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
    }
    tx.commit().await.map_err(failed)
}

impl PoolRecords for DatabasePool {
    fn members(&self) -> Result<Vec<PoolMember>, Vec<Diagnostic>> {
        Ok(crate::source::privacy_members(&self.read_pool()?))
    }

    fn remove(&self, id: &str, audit: Option<&str>) -> Result<(), PoolError> {
        self.store
            .block_on(remove(self.store.database(), id, audit))
            .map_err(PoolError)
    }

    fn record_consent(&self, id: &str, entry: ConsentEntry) -> Result<ConsentLog, PoolError> {
        let pool = self
            .read_pool()
            .map_err(|p| PoolError(p.first().map_or_else(String::new, Diagnostic::render)))?;
        let (pool, log) = crate::source::with_consent(pool, id, entry, &self.rules)?;
        self.write_pool(&pool).map_err(PoolError)?;
        Ok(log)
    }
}
