//! The app in-process (no socket) for the web app's test files, on SQLite and PostgreSQL: the
//! example imported into a database, requests sent through the router, replies with their body
//! as bytes (and as text), users with a session, the CSRF token of a page.

// Each test file uses its part of the harness.
#![allow(dead_code)]

// The same SQLite and PostgreSQL test databases as the store's own tests (one file, not a copy).
#[path = "../../../hirekit-store/tests/backends/mod.rs"]
mod backends;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use hirekit_store::Database;
use hirekit_store::accounts::{self, Role};
use http_body_util::BodyExt as _;
use tower::ServiceExt as _;

/// 2026-11-23 12:00 UTC: after every planned interview of the example, some scorecards late;
/// the letter date of the command line's letter tests.
pub const NOW: i64 = 1_795_435_200;
pub const PASSWORD: &str = "correct horse battery staple";
pub const SCRIPT_NAME: &str = "<script>alert(1)</script>";
pub const SCRIPT_ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;";

/// The repository's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The example hiring folder.
pub fn example() -> PathBuf {
    repo().join("examples/hiring")
}

/// `application/x-www-form-urlencoded` of `pairs`.
pub fn form(pairs: &[(&str, &str)]) -> String {
    fn encode(text: &str) -> String {
        text.bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                b' ' => "+".to_owned(),
                other => format!("%{other:02X}"),
            })
            .collect()
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `→/path` for a redirect, the status code otherwise; a refusal's body holds no data.
pub fn outcome(reply: &Reply) -> String {
    match reply.status {
        StatusCode::SEE_OTHER => format!("→{}", reply.location().unwrap_or("?")),
        StatusCode::FORBIDDEN => {
            assert_eq!(reply.body, "forbidden");
            "403".into()
        }
        StatusCode::NOT_FOUND => {
            assert_eq!(reply.body, "not found");
            "404".into()
        }
        other => other.as_u16().to_string(),
    }
}

pub struct App {
    pub router: Router,
    pub db: Database,
    pub clock: Arc<AtomicI64>,
}

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as sent (a PDF is not text).
    pub bytes: Vec<u8>,
    /// The body as text (a PDF's first bytes are enough to check).
    pub body: String,
}

impl Reply {
    /// The body as UTF-8 text (a page, a text download).
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes.clone()).expect("UTF-8")
    }

    /// A header's value, or "" without it.
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    }

    /// The value of the page's first hidden `csrf` field.
    pub fn csrf(&self) -> String {
        let start = self
            .body
            .find("name=\"csrf\" value=\"")
            .unwrap_or_else(|| panic!("no csrf field in {}", self.body))
            + "name=\"csrf\" value=\"".len();
        self.body[start..start + 64].to_owned()
    }
}

/// The value of a `Set-Cookie` header (`name=value; …` → `value`).
pub fn cookie_value(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .and_then(|p| p.split_once('='))
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default()
}

impl App {
    /// The example as it is, imported into the database at `url`.
    pub async fn new(url: &str, public_url: &str) -> App {
        App::build(url, public_url, &example(), |_| {}).await
    }

    /// The example with one candidate (c-2026-023) named [`SCRIPT_NAME`]: it must show as
    /// text on every page.
    pub async fn hostile(url: &str, public_url: &str) -> App {
        App::hostile_with(url, public_url, |_| {}).await
    }

    /// [`App::hostile`] with `edit` applied to the folder before it is imported.
    pub async fn hostile_with(
        url: &str,
        public_url: &str,
        edit: impl FnOnce(&mut hirekit_folder::Folder),
    ) -> App {
        App::build(url, public_url, &example(), |folder| {
            let Some(c) = folder
                .candidates
                .iter_mut()
                .find(|c| c.candidate.id == "c-2026-023")
            else {
                panic!("the example has c-2026-023");
            };
            c.candidate.name = SCRIPT_NAME.to_owned();
            edit(folder);
        })
        .await
    }

    /// The example, with `edit` applied, imported into the database at `url`; `root` is the
    /// hiring folder the app reads templates from (the example, or a copy with a changed one).
    pub async fn build(
        url: &str,
        public_url: &str,
        root: &Path,
        edit: impl FnOnce(&mut hirekit_folder::Folder),
    ) -> App {
        let (db, _) = Database::open(url).await.expect("opens the database");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
        let (mut folder, _) =
            hirekit_folder::open(&example(), &|_| true, today).expect("the example reads");
        edit(&mut folder);
        db.import(&folder).await.expect("imports");
        let clock = Arc::new(AtomicI64::new(NOW));
        let time = clock.clone();
        let router = hirekit_web::app(
            db.clone(),
            hirekit_web::Config {
                listen: "127.0.0.1:8080".parse().expect("an address"),
                public_url: public_url.to_owned(),
                root: root.to_owned(),
                // The example's interviews are in November: Amsterdam is at +01:00.
                zone: hirekit_web::Zone::Fixed(
                    chrono::FixedOffset::east_opt(3600).expect("an offset"),
                ),
            },
            Arc::new(move || time.load(Ordering::Relaxed)),
        )
        .expect("the app starts");
        App { router, db, clock }
    }

    /// A user with a session that ends at `expires`, without signing in (signing in itself is
    /// the sign-in tests' subject); returns the session cookie's value.
    pub async fn session(
        &self,
        (email, name): (&str, &str),
        role: Role,
        language: &str,
        expires: i64,
    ) -> String {
        accounts::add_user(&self.db, email, name, &role, language, NOW)
            .await
            .expect("adds the user");
        let id = hirekit_web::new_secret();
        accounts::add_session(
            &self.db,
            &hirekit_web::sha256_hex(&id),
            email,
            &hirekit_web::new_secret(),
            expires,
        )
        .await
        .expect("adds the session");
        id
    }

    /// POSTs `pairs` with the session's CSRF token (read from a page the user may see).
    pub async fn post(&self, path: &str, session: &str, pairs: &[(&str, &str)]) -> Reply {
        let csrf = self.get("/", Some(session)).await;
        let page = match csrf.location() {
            Some(to) => self.get(to, Some(session)).await,
            None => csrf,
        };
        let token = page.csrf();
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(pairs);
        self.send("POST", path, &[("hirekit_session", session)], &form(&all))
            .await
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        cookies: &[(&str, &str)],
        form: &str,
    ) -> Reply {
        self.send_with(method, path, cookies, &[], form).await
    }

    /// [`App::send`] with extra request headers.
    pub async fn send_with(
        &self,
        method: &str,
        path: &str,
        cookies: &[(&str, &str)],
        headers: &[(&str, &str)],
        form: &str,
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if !cookies.is_empty() {
            let header: Vec<String> = cookies.iter().map(|(n, v)| format!("{n}={v}")).collect();
            request = request.header(header::COOKIE, header.join("; "));
        }
        if method == "POST" {
            request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        let response = self
            .router
            .clone()
            .oneshot(
                request
                    .body(Body::from(form.to_owned()))
                    .expect("a request"),
            )
            .await
            .expect("an answer");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("a body")
            .to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&self, path: &str, session: Option<&str>) -> Reply {
        match session {
            Some(s) => self.send("GET", path, &[("hirekit_session", s)], "").await,
            None => self.send("GET", path, &[], "").await,
        }
    }

    /// Adds a user, sets their password through the sign-in link, and returns the link's token.
    pub async fn add_user(&self, email: &str, name: &str, role: Role, language: &str) -> String {
        let link = hirekit_web::add_user(
            &self.db,
            "http://127.0.0.1:8080",
            email,
            name,
            &role,
            language,
            self.clock.load(Ordering::Relaxed),
        )
        .await
        .expect("adds the user");
        let token = link
            .strip_prefix("http://127.0.0.1:8080/welcome/")
            .expect("a welcome link")
            .to_owned();
        let form = self.get(&format!("/welcome/{token}"), None).await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        let set = self
            .send(
                "POST",
                &format!("/welcome/{token}"),
                &[("hirekit_form", &form.csrf())],
                &format!(
                    "password={}&csrf={}",
                    PASSWORD.replace(' ', "+"),
                    form.csrf()
                ),
            )
            .await;
        assert_eq!(
            (set.status, set.location()),
            (StatusCode::SEE_OTHER, Some("/signin"))
        );
        token
    }

    /// Signs in and returns the session cookie's value, or the refused reply.
    pub async fn sign_in(&self, email: &str, password: &str) -> Result<String, Reply> {
        let form = self.get("/signin", None).await;
        let token = form.csrf();
        assert_eq!(
            form.cookie("hirekit_form").map(|c| cookie_value(&c)),
            Some(token.clone())
        );
        let reply = self
            .send(
                "POST",
                "/signin",
                &[("hirekit_form", &token)],
                &format!(
                    "email={}&password={}&csrf={token}",
                    email.replace('@', "%40"),
                    password.replace(' ', "+")
                ),
            )
            .await;
        match reply.cookie("hirekit_session") {
            Some(c) if reply.status == StatusCode::SEE_OTHER => Ok(cookie_value(&c)),
            _ => Err(reply),
        }
    }

    /// The team of the example: a recruiter, a hiring manager and three interviewers.
    pub async fn team(&self) -> Vec<(&'static str, String)> {
        let people = [
            (
                "recruiter",
                "sanne@example.org",
                "Sanne de Wit",
                Role::Recruiter,
                "nl",
            ),
            (
                "hiring_manager",
                "joost@example.org",
                "Joost Kok",
                Role::HiringManager,
                "en",
            ),
            (
                "ayla",
                "ayla@example.org",
                "Ayla Bakker",
                Role::Interviewer("ayla".into()),
                "en",
            ),
            (
                "chen",
                "chen@example.org",
                "Chen Li",
                Role::Interviewer("chen".into()),
                "en",
            ),
            (
                "daan",
                "daan@example.org",
                "Daan de Groot",
                Role::Interviewer("daan".into()),
                "nl",
            ),
        ];
        let mut sessions = Vec::new();
        for (who, email, name, role, language) in people {
            self.add_user(email, name, role, language).await;
            let session = self
                .sign_in(email, PASSWORD)
                .await
                .unwrap_or_else(|r| panic!("{who} cannot sign in: {} {}", r.status, r.body));
            sessions.push((who, session));
        }
        sessions
    }
}

/// Runs `test` on SQLite and on PostgreSQL (when configured; required under CI=true).
pub fn on_every_backend<F, Fut>(test: F)
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for db in backends::all() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        eprintln!("backend: {}", db.name);
        runtime.block_on(test(db.url.clone()));
        drop(runtime);
    }
}

/// A page with its random CSRF token replaced, for snapshots.
pub fn stable(reply: &Reply) -> String {
    let mut body = reply.body.clone();
    if body.contains("name=\"csrf\" value=\"") {
        body = body.replace(&reply.csrf(), "CSRF-TOKEN");
    }
    body
}
