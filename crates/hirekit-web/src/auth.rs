//! Secrets, passwords, cookies, sessions and the CSRF check.

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore as _};
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use hirekit_store::accounts::{self, Session};
use sha2::{Digest as _, Sha256};

use crate::AppState;

/// The session cookie's name.
pub(crate) const SESSION_COOKIE: &str = "hirekit_session";
/// The cookie of a form shown before sign-in (sign-in, set password): a double-submit token,
/// so those POSTs carry a CSRF token too.
pub(crate) const FORM_COOKIE: &str = "hirekit_form";
/// How long a session lasts without signing in again.
pub(crate) const SESSION_HOURS: i64 = 12;
/// Failed sign-ins in a row before the account is locked for [`LOCK_MINUTES`].
pub(crate) const FAILED_SIGN_IN_LIMIT: i64 = 5;
pub(crate) const LOCK_MINUTES: i64 = 15;
/// Shortest password accepted (NIST SP 800-63B asks at least 8; we ask more, no other rules).
pub(crate) const MIN_PASSWORD_CHARS: usize = 12;

/// 32 random bytes from the operating system, as 64 hex digits.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// The SHA-256 of `text` as hex: what is stored of a session id or sign-in token. They are
/// 256-bit random values, so a fast hash is enough (no password to guess).
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// An argon2id hash (PHC string, with its salt and the crate's default parameters: 19 MiB,
/// 2 passes, as OWASP's password storage cheat sheet recommends).
pub(crate) fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

pub(crate) fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// Runs an argon2 computation on a blocking thread, at most one per core at a time. Each one
/// allocates 19 MiB; without a limit, a burst of sign-ins runs one per blocking thread (up to
/// tokio's 512), and the allocator keeps every thread's 19 MiB afterwards — 200 sign-ins in a
/// row left the server at over a gigabyte. Waiting for a core costs nothing a user notices:
/// the computation is CPU-bound, so more at once would not finish sooner.
pub(crate) async fn with_argon2<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    static CORES: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    let cores = CORES.get_or_init(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    });
    let _permit = cores.acquire().await.ok()?;
    tokio::task::spawn_blocking(work).await.ok()
}

/// Checks `password` against `stored`, or against a hash no password matches when there is
/// none (an unknown address, a user who has not set a password): both answers take the same
/// argon2 time, so the time of a refusal does not tell whether an address is known. Runs through
/// [`with_argon2`]: argon2 takes tens of milliseconds of CPU by design.
pub(crate) async fn password_matches(password: String, stored: Option<String>) -> bool {
    static UNMATCHABLE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    with_argon2(move || match stored {
        Some(stored) => verify_password(&password, &stored),
        None => {
            let unmatchable =
                UNMATCHABLE.get_or_init(|| hash_password(&new_secret()).unwrap_or_default());
            verify_password(&password, unmatchable);
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// Compares two secrets in time independent of where they differ.
pub(crate) fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The value of cookie `name` in the request.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure behind https.
pub(crate) fn set_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Strict{}",
        if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    )
}

/// A signed-in request: the session found from the cookie. Without one, the page redirects
/// to the sign-in form.
pub(crate) struct Signed {
    pub session: Session,
    pub id_hash: String,
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(id) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(Redirect::to("/signin").into_response());
        };
        let id_hash = sha256_hex(id);
        match accounts::find_session(&state.db, &id_hash, state.now()).await {
            Ok(Some(session)) => Ok(Signed { session, id_hash }),
            Ok(None) => Err(Redirect::to("/signin").into_response()),
            Err(e) => Err(crate::pages::server_error(&e.to_string())),
        }
    }
}

impl Signed {
    /// Whether a POST passes the CSRF check: the form's `csrf` field must equal the session's token.
    pub fn csrf_ok(&self, sent: Option<&str>) -> bool {
        sent.is_some_and(|sent| same_secret(sent, &self.session.csrf_token))
    }
}

pub(crate) fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "forbidden").into_response()
}

/// Whether a form posted before sign-in passes the CSRF check: the form field equals its cookie.
pub(crate) fn form_token_ok(headers: &HeaderMap, sent: Option<&str>) -> bool {
    match (cookie(headers, FORM_COOKIE), sent) {
        (Some(c), Some(s)) => c.len() == 64 && same_secret(c, s),
        _ => false,
    }
}
