//! The team web app behind `hirekit serve`: interviewers, recruiters and hiring managers work on
//! the hiring database in the browser.
//!
//! This crate only translates: a request becomes a call to the library crates (`hirekit-store`
//! for the data and the accounts, `hirekit-panel` for what may be shown of a panel,
//! `hirekit-due` for what is due) and their answer becomes an HTML page. No hiring rule is
//! written here.
//!
//! Security in one place ([`auth`]): server-side sessions whose id is stored only as its
//! SHA-256, a synchroniser CSRF token checked on every POST, a limit on failed sign-ins,
//! argon2id passwords set through a one-time link, and headers on every response
//! ([`headers`]). Pages are tera templates with HTML escaping on; assets are embedded.

mod auth;
mod checklists;
mod headers;
mod kit;
mod pages;
mod recruiter;
mod scorecard;
mod text;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use hirekit_store::Database;
use hirekit_store::accounts::{self, Role};

pub use auth::{new_secret, sha256_hex};

/// How long a sign-in link stays valid.
pub const SIGN_IN_LINK_HOURS: i64 = 24;

/// Why the server could not start or a user could not be added.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(transparent)]
    Store(#[from] hirekit_store::StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}

/// How the server is reached and run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen, e.g. 127.0.0.1:8080.
    pub listen: SocketAddr,
    /// The address users open (behind a reverse proxy: its https URL), without a trailing `/`.
    /// An `https` URL makes every cookie `Secure`.
    pub public_url: String,
    /// Where commands would write files (the hiring folder); the database holds the data.
    pub root: std::path::PathBuf,
    /// The time zone of every time and date on the pages, of the letter's date, and in which a
    /// typed time is read.
    pub zone: Zone,
}

/// The time zone the team works in. The command line uses the computer's own time zone; a
/// server does the same ([`Zone::Local`]: `TZ`, e.g. `TZ=Europe/Amsterdam` in its systemd
/// unit), so the web and the command line give one interview the same hour and a letter the
/// same date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The server's own time zone, with its summer time.
    Local,
    /// A fixed offset from UTC (for tests, which must not depend on the machine's zone).
    Fixed(chrono::FixedOffset),
}

impl Zone {
    /// The moment `unix` (seconds) as a time in this zone.
    pub fn at(self, unix: i64) -> chrono::DateTime<chrono::FixedOffset> {
        let utc = chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default();
        match self {
            Zone::Local => utc.with_timezone(&chrono::Local).fixed_offset(),
            Zone::Fixed(offset) => utc.with_timezone(&offset),
        }
    }

    /// The same moment as `at`, written in this zone (an interview planned at +00:00 shows at
    /// the team's hour).
    pub fn shift(
        self,
        at: chrono::DateTime<chrono::FixedOffset>,
    ) -> chrono::DateTime<chrono::FixedOffset> {
        self.at(at.timestamp())
    }

    /// A time as typed in a form, read as `hirekit interview plan --at` reads it: one without
    /// an offset is in this zone.
    pub fn parse_when(self, text: &str) -> Result<chrono::DateTime<chrono::FixedOffset>, String> {
        match self {
            Zone::Local => hirekit_folder::intake::parse_when_in(text, &chrono::Local),
            Zone::Fixed(offset) => hirekit_folder::intake::parse_when_in(text, &offset),
        }
    }
}

impl Config {
    fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// What every request handler shares.
#[derive(Clone)]
pub(crate) struct AppState {
    pub db: Database,
    pub config: Arc<Config>,
    pub templates: Arc<tera::Tera>,
    /// The clock, replaceable in tests (Unix seconds).
    pub now: Arc<dyn Fn() -> i64 + Send + Sync>,
    /// The red-flag checklists in force, made once per version of the stored ones.
    pub checklists: checklists::Cache,
}

impl AppState {
    pub fn now(&self) -> i64 {
        (self.now)()
    }

    /// Now, in the team's time zone.
    pub fn now_local(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.config.zone.at(self.now())
    }

    /// The team's time zone.
    pub fn zone(&self) -> Zone {
        self.config.zone
    }
}

/// The router with every page, on `db`. `now` gives the current time in Unix seconds.
pub fn app(
    db: Database,
    config: Config,
    now: Arc<dyn Fn() -> i64 + Send + Sync>,
) -> Result<Router, WebError> {
    let state = AppState {
        db,
        config: Arc::new(config),
        templates: Arc::new(pages::templates()?),
        now,
        checklists: checklists::Cache::default(),
    };
    Ok(Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/static/style.css", get(pages::style))
        .route("/", get(pages::home))
        .route("/signin", get(pages::sign_in_form).post(pages::sign_in))
        .route(
            "/welcome/{token}",
            get(pages::welcome_form).post(pages::welcome),
        )
        .route("/logout", post(pages::logout))
        .route("/my-interviews", get(pages::my_interviews))
        .route("/candidates", get(pages::candidates))
        .route("/candidates/{id}", get(pages::candidate))
        // The interviewer's pages (scorecard.rs, kit.rs).
        .route("/static/autosave.js", get(pages::autosave_script))
        .route(
            "/candidates/{id}/scorecard",
            get(scorecard::form).post(scorecard::post),
        )
        .route(
            "/candidates/{id}/scorecard/draft",
            post(scorecard::autosave),
        )
        .route(
            "/candidates/{id}/scorecard/replace",
            post(scorecard::replace),
        )
        .route("/candidates/{id}/kit", get(kit::page))
        .route("/candidates/{id}/kit.pdf", get(kit::pdf))
        .route("/pipeline", get(recruiter::pipeline::page))
        .route(
            "/candidates/new",
            get(recruiter::intake::new_form).post(recruiter::intake::add_candidate),
        )
        .route(
            "/candidates/{id}/plan",
            get(recruiter::intake::plan_form).post(recruiter::intake::plan),
        )
        .route(
            "/candidates/{id}/decision",
            get(recruiter::decision::form).post(recruiter::decision::submit),
        )
        .route(
            "/candidates/{id}/upload",
            get(recruiter::upload::form).post(recruiter::upload::submit),
        )
        .route("/candidates/{id}/audit", get(recruiter::audit::page))
        .route(
            "/cost",
            get(recruiter::cost::form).post(recruiter::cost::submit),
        )
        .merge(pages::letter::routes())
        .layer(axum::middleware::from_fn(headers::security_headers))
        .with_state(state))
}

/// The wall clock in Unix seconds.
pub fn system_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Adds a user and returns their one-time sign-in link (valid [`SIGN_IN_LINK_HOURS`]); only
/// the token's hash is stored.
pub async fn add_user(
    db: &Database,
    public_url: &str,
    email: &str,
    name: &str,
    role: &Role,
    language: &str,
    now: i64,
) -> Result<String, WebError> {
    check_email(email)?;
    if language != "nl" && language != "en" {
        return Err(WebError::Other(format!(
            "`{language}` is not a language of the pages; use nl or en"
        )));
    }
    if let Role::Interviewer(handle) = role {
        let profile = db.profile().await?;
        if !profile.interviewers.contains_key(handle) {
            let known: Vec<&str> = profile.interviewers.keys().map(String::as_str).collect();
            return Err(WebError::Other(format!(
                "`{handle}` is not one of the profile's interviewers ({}); add them under `interviewers:` in hirekit.yaml first",
                known.join(", ")
            )));
        }
    }
    accounts::add_user(db, email, name, role, language, now).await?;
    sign_in_link(db, public_url, email, now).await
}

/// A new one-time sign-in link for an existing user.
pub async fn sign_in_link(
    db: &Database,
    public_url: &str,
    email: &str,
    now: i64,
) -> Result<String, WebError> {
    let token = new_secret();
    accounts::add_sign_in_token(
        db,
        &sha256_hex(&token),
        email,
        now + SIGN_IN_LINK_HOURS * 3600,
    )
    .await?;
    Ok(format!(
        "{}/welcome/{token}",
        public_url.trim_end_matches('/')
    ))
}

fn check_email(email: &str) -> Result<(), WebError> {
    let ok = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(WebError::Other(format!(
            "`{email}` is not an e-mail address; write it as name@example.org"
        )))
    }
}

/// Runs the server until Ctrl-C: prints where it listens and, when no user exists yet, a
/// sign-in link for a first recruiter.
pub async fn serve(db: Database, config: Config) -> Result<(), WebError> {
    if accounts::user_count(&db).await? == 0 {
        let email = "recruiter@localhost.invalid";
        let language = company_language(&db).await;
        let link = add_user(
            &db,
            &config.public_url,
            email,
            "Recruiter",
            &Role::Recruiter,
            language,
            system_now(),
        )
        .await?;
        println!(
            "No users yet. A first recruiter ({email}) can set a password here within {SIGN_IN_LINK_HOURS} hours:\n  {link}"
        );
    }
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| WebError::Listen {
            addr: config.listen,
            source,
        })?;
    println!(
        "hirekit serves {} at {}",
        db.shown_name(),
        config.public_url
    );
    let router = app(db, config.clone(), Arc::new(system_now))?;
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| WebError::Other(format!("the server stopped: {e}")))
}

fn runtime() -> Result<tokio::runtime::Runtime, WebError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| WebError::Other(format!("cannot start the async runtime: {e}")))
}

/// `hirekit serve`: opens (and migrates) the database at `url` and serves until Ctrl-C.
pub fn run(url: &str, config: Config) -> Result<(), WebError> {
    runtime()?.block_on(async {
        let (db, _migrated) = Database::open(url).await?;
        serve(db, config).await
    })
}

/// `hirekit user add`: adds a user to the database at `url` and returns their sign-in link.
/// `language` `None`: the company's language (`hirekit.yaml`'s `language`).
pub fn run_add_user(
    url: &str,
    public_url: &str,
    email: &str,
    name: &str,
    role: &Role,
    language: Option<&str>,
) -> Result<String, WebError> {
    runtime()?.block_on(async {
        let (db, _migrated) = Database::open_existing(url).await?;
        let language = match language {
            Some(language) => language,
            None => company_language(&db).await,
        };
        add_user(&db, public_url, email, name, role, language, system_now()).await
    })
}

/// The language a new user's pages start in when none is given: the company's, so a Dutch team
/// sees Dutch pages from the first sign-in (English when the data cannot be read).
async fn company_language(db: &Database) -> &'static str {
    match db.profile().await {
        Ok(profile) => profile.language.code(),
        Err(_) => "en",
    }
}
