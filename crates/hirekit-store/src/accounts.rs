//! The team web app's accounts: users and roles, one-time sign-in links, server-side sessions,
//! the limit on failed sign-ins and the audit log (schema version 2).
//!
//! Secrets never reach this module: the caller hashes sign-in tokens and session ids, and
//! passwords arrive as argon2id PHC strings. Every query binds its values (`$1`, …).

use sqlx::Row as _;

use crate::{Database, StoreError};

/// What a user may do. An interviewer is linked to a handle of the profile's `interviewers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Recruiter,
    HiringManager,
    Interviewer(String),
}

impl Role {
    pub fn code(&self) -> &'static str {
        match self {
            Role::Recruiter => "recruiter",
            Role::HiringManager => "hiring_manager",
            Role::Interviewer(_) => "interviewer",
        }
    }

    fn handle(&self) -> Option<&str> {
        match self {
            Role::Interviewer(h) => Some(h),
            _ => None,
        }
    }
}

/// A user as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// `nl` or `en`: the language of the pages this user sees.
    pub language: String,
    pub password_hash: Option<String>,
    pub failed_sign_ins: i64,
    /// Unix seconds until which sign-ins are refused after too many failures.
    pub locked_until: i64,
}

/// A signed-in session: its user and its CSRF token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
}

const USER_COLUMNS: &str =
    "email, name, role, interviewer, language, password_hash, failed_sign_ins, locked_until";

fn user_of(row: &sqlx::any::AnyRow) -> Result<User, sqlx::Error> {
    let role: String = row.try_get(2)?;
    let handle: Option<String> = row.try_get(3)?;
    let role = match (role.as_str(), handle) {
        ("recruiter", _) => Role::Recruiter,
        ("hiring_manager", _) => Role::HiringManager,
        (_, Some(h)) => Role::Interviewer(h),
        (other, None) => {
            return Err(sqlx::Error::Decode(
                format!("unknown role `{other}` in the users table").into(),
            ));
        }
    };
    Ok(User {
        email: row.try_get(0)?,
        name: row.try_get(1)?,
        role,
        language: row.try_get(4)?,
        password_hash: row.try_get(5)?,
        failed_sign_ins: row.try_get(6)?,
        locked_until: row.try_get(7)?,
    })
}

/// How many users exist (none: `serve` offers a link for a first recruiter).
pub async fn user_count(db: &Database) -> Result<i64, StoreError> {
    sqlx::query("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await
        .and_then(|r| r.try_get(0))
        .map_err(StoreError::sql("cannot count the users"))
}

/// Adds a user; an existing e-mail address is refused.
pub async fn add_user(
    db: &Database,
    email: &str,
    name: &str,
    role: &Role,
    language: &str,
    now: i64,
) -> Result<(), StoreError> {
    if find_user(db, email).await?.is_some() {
        return Err(StoreError::Data(format!("a user `{email}` already exists")));
    }
    sqlx::query(
        "INSERT INTO users (email, name, role, interviewer, language, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(email)
    .bind(name)
    .bind(role.code())
    .bind(role.handle())
    .bind(language)
    .bind(now)
    .execute(db.pool())
    .await
    .map_err(StoreError::sql("cannot add the user"))?;
    Ok(())
}

pub async fn find_user(db: &Database, email: &str) -> Result<Option<User>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(db.pool())
    .await
    .map_err(StoreError::sql("cannot read the user"))?;
    row.as_ref()
        .map(user_of)
        .transpose()
        .map_err(StoreError::sql("cannot read the user"))
}

/// Stores a sign-in link's token hash for `email`, valid until `expires_at`.
pub async fn add_sign_in_token(
    db: &Database,
    token_hash: &str,
    email: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO sign_in_tokens (token_hash, email, expires_at) VALUES ($1, $2, $3)")
        .bind(token_hash)
        .bind(email)
        .bind(expires_at)
        .execute(db.pool())
        .await
        .map_err(StoreError::sql("cannot store the sign-in link"))?;
    Ok(())
}

/// The user a still-valid sign-in token belongs to, without using it up.
pub async fn sign_in_token_user(
    db: &Database,
    token_hash: &str,
    now: i64,
) -> Result<Option<User>, StoreError> {
    let email: Option<String> =
        sqlx::query("SELECT email FROM sign_in_tokens WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now)
            .fetch_optional(db.pool())
            .await
            .and_then(|r| r.map(|r| r.try_get(0)).transpose())
            .map_err(StoreError::sql("cannot read the sign-in link"))?;
    match email {
        Some(email) => find_user(db, &email).await,
        None => Ok(None),
    }
}

/// Uses a sign-in token up and sets the user's password hash, in one transaction: a link works
/// once, also when it is opened twice at the same moment. `false` when the token was not valid.
pub async fn redeem_sign_in_token(
    db: &Database,
    token_hash: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<String>, StoreError> {
    let mut tx = db
        .pool()
        .begin()
        .await
        .map_err(StoreError::sql("cannot start setting the password"))?;
    let email: Option<String> = sqlx::query(
        "DELETE FROM sign_in_tokens WHERE token_hash = $1 AND expires_at > $2 RETURNING email",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await
    .and_then(|r| r.map(|r| r.try_get(0)).transpose())
    .map_err(StoreError::sql("cannot use the sign-in link"))?;
    let Some(email) = email else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE users SET password_hash = $1, failed_sign_ins = 0, locked_until = 0 WHERE email = $2",
    )
    .bind(password_hash)
    .bind(&email)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::sql("cannot set the password"))?;
    tx.commit()
        .await
        .map_err(StoreError::sql("cannot set the password"))?;
    Ok(Some(email))
}

/// Records a failed sign-in; after `limit` failures in a row the account is locked until
/// `now + lock_seconds`.
pub async fn record_failed_sign_in(
    db: &Database,
    email: &str,
    limit: i64,
    now: i64,
    lock_seconds: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE users SET failed_sign_ins = failed_sign_ins + 1, \
         locked_until = CASE WHEN failed_sign_ins + 1 >= $1 THEN $2 ELSE locked_until END \
         WHERE email = $3",
    )
    .bind(limit)
    .bind(now + lock_seconds)
    .bind(email)
    .execute(db.pool())
    .await
    .map_err(StoreError::sql("cannot record the failed sign-in"))?;
    Ok(())
}

pub async fn reset_failed_sign_ins(db: &Database, email: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET failed_sign_ins = 0, locked_until = 0 WHERE email = $1")
        .bind(email)
        .execute(db.pool())
        .await
        .map_err(StoreError::sql("cannot record the sign-in"))?;
    Ok(())
}

pub async fn add_session(
    db: &Database,
    id_hash: &str,
    email: &str,
    csrf_token: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, email, csrf_token, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(id_hash)
    .bind(email)
    .bind(csrf_token)
    .bind(expires_at)
    .execute(db.pool())
    .await
    .map_err(StoreError::sql("cannot store the session"))?;
    Ok(())
}

/// The session with this id hash, when it has not expired.
pub async fn find_session(
    db: &Database,
    id_hash: &str,
    now: i64,
) -> Result<Option<Session>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {}, s.csrf_token FROM sessions s JOIN users u ON u.email = s.email \
         WHERE s.id_hash = $1 AND s.expires_at > $2",
        USER_COLUMNS
            .split(", ")
            .map(|c| format!("u.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
    .bind(id_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await
    .map_err(StoreError::sql("cannot read the session"))?;
    let Some(row) = row else { return Ok(None) };
    let user = user_of(&row).map_err(StoreError::sql("cannot read the session"))?;
    let csrf_token: String = row
        .try_get(8)
        .map_err(StoreError::sql("cannot read the session"))?;
    Ok(Some(Session { user, csrf_token }))
}

pub async fn delete_session(db: &Database, id_hash: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(db.pool())
        .await
        .map_err(StoreError::sql("cannot end the session"))?;
    Ok(())
}

/// Appends to the audit log: `actor` did `action` (e.g. `view`) on `candidate`'s data.
pub async fn audit(
    db: &Database,
    now: i64,
    actor: &str,
    action: &str,
    candidate: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, actor, action, candidate) VALUES ($1, $2, $3, $4)")
        .bind(now)
        .bind(actor)
        .bind(action)
        .bind(candidate)
        .execute(db.pool())
        .await
        .map_err(StoreError::sql("cannot write the audit log"))?;
    Ok(())
}

/// The audit log, oldest first: (at, actor, action, candidate).
pub async fn audit_log(
    db: &Database,
) -> Result<Vec<(i64, String, String, Option<String>)>, StoreError> {
    let rows = sqlx::query("SELECT at, actor, action, candidate FROM audit_log ORDER BY at, actor")
        .fetch_all(db.pool())
        .await
        .map_err(StoreError::sql("cannot read the audit log"))?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::sql("cannot read the audit log"))
}
