//! The web app's routes, in-process (no socket), on SQLite and on PostgreSQL: for every route and
//! role whether it is allowed, refused (without the data) or sent to sign-in; the CSRF checks;
//! sign-in links, the failed sign-in limit and session expiry; escaping; headers; whole pages.

// The same SQLite and PostgreSQL test databases as the store's own tests (one file, not a copy).
#[path = "../../hirekit-store/tests/backends/mod.rs"]
mod backends;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use hirekit_store::Database;
use hirekit_store::accounts::{self, Role};
use http_body_util::BodyExt as _;
use tower::ServiceExt as _;

/// 2026-11-23 12:00 UTC: after every planned interview of the example, some scorecards late.
const NOW: i64 = 1_795_435_200;
const PASSWORD: &str = "correct horse battery staple";
const SCRIPT_NAME: &str = "<script>alert(1)</script>";

struct App {
    router: Router,
    db: Database,
    clock: Arc<AtomicI64>,
}

#[derive(Debug)]
struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    }

    /// The value of the page's first hidden `csrf` field.
    fn csrf(&self) -> String {
        let start = self
            .body
            .find("name=\"csrf\" value=\"")
            .unwrap_or_else(|| panic!("no csrf field in {}", self.body))
            + "name=\"csrf\" value=\"".len();
        self.body[start..start + 64].to_owned()
    }
}

/// The value of a `Set-Cookie` header (`name=value; …` → `value`).
fn cookie_value(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .and_then(|p| p.split_once('='))
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default()
}

impl App {
    async fn new(url: &str, public_url: &str) -> App {
        let (db, _) = Database::open(url).await.expect("opens the database");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hiring");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
        let (mut folder, _) =
            hirekit_folder::open(&root, &|_| true, today).expect("the example reads");
        // A hostile name: it must show as text on every page.
        let Some(c) = folder
            .candidates
            .iter_mut()
            .find(|c| c.candidate.id == "c-2026-023")
        else {
            panic!("the example has c-2026-023");
        };
        c.candidate.name = SCRIPT_NAME.to_owned();
        db.import(&folder).await.expect("imports");
        let clock = Arc::new(AtomicI64::new(NOW));
        let time = clock.clone();
        let router = hirekit_web::app(
            db.clone(),
            hirekit_web::Config {
                listen: "127.0.0.1:8080".parse().expect("an address"),
                public_url: public_url.to_owned(),
                root,
            },
            Arc::new(move || time.load(Ordering::Relaxed)),
        )
        .expect("the app starts");
        App { router, db, clock }
    }

    async fn send(&self, method: &str, path: &str, cookies: &[(&str, &str)], form: &str) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
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
            body: String::from_utf8(bytes.to_vec()).expect("UTF-8"),
        }
    }

    async fn get(&self, path: &str, session: Option<&str>) -> Reply {
        match session {
            Some(s) => self.send("GET", path, &[("hirekit_session", s)], "").await,
            None => self.send("GET", path, &[], "").await,
        }
    }

    /// Adds a user, sets their password through the sign-in link, and returns the link's token.
    async fn add_user(&self, email: &str, name: &str, role: Role, language: &str) -> String {
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
    async fn sign_in(&self, email: &str, password: &str) -> Result<String, Reply> {
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
    async fn team(&self) -> Vec<(&'static str, String)> {
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
fn on_every_backend<F, Fut>(test: F)
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
fn stable(reply: &Reply) -> String {
    let mut body = reply.body.clone();
    if body.contains("name=\"csrf\" value=\"") {
        body = body.replace(&reply.csrf(), "CSRF-TOKEN");
    }
    body
}

#[test]
fn every_route_for_every_role() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team = app.team().await;
        let routes = [
            "/",
            "/my-interviews",
            "/candidates",
            "/candidates/c-2026-014",
            "/candidates/c-2026-020",
            "/candidates/c-2026-999",
        ];
        let mut table = String::new();
        for route in routes {
            let mut row = format!("{route:<24}");
            let anonymous = app.get(route, None).await;
            row.push_str(&format!(" none:{}", outcome(&anonymous)));
            for (who, session) in &team {
                let reply = app.get(route, Some(session)).await;
                row.push_str(&format!(" {who}:{}", outcome(&reply)));
            }
            table.push_str(row.trim_end());
            table.push('\n');
        }
        assert_eq!(
            table,
            "\
/                        none:→/signin recruiter:→/candidates hiring_manager:→/candidates ayla:→/my-interviews chen:→/my-interviews daan:→/my-interviews
/my-interviews           none:→/signin recruiter:403 hiring_manager:403 ayla:200 chen:200 daan:200
/candidates              none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
/candidates/c-2026-014   none:→/signin recruiter:200 hiring_manager:200 ayla:200 chen:404 daan:404
/candidates/c-2026-020   none:→/signin recruiter:200 hiring_manager:200 ayla:200 chen:200 daan:404
/candidates/c-2026-999   none:→/signin recruiter:404 hiring_manager:404 ayla:404 chen:404 daan:404
",
            "{url}"
        );
    });
}

/// `→/path` for a redirect, the status code otherwise; a refusal's body must hold no data.
fn outcome(reply: &Reply) -> String {
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

#[test]
fn panel_results_follow_the_visibility_rule() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        // c-2026-020: ayla has submitted, bram and chen are awaited.
        let recruiter = app
            .get("/candidates/c-2026-020", Some(&team["recruiter"]))
            .await;
        insta::assert_snapshot!("candidate_awaiting_recruiter_nl", stable(&recruiter));
        let chen = app.get("/candidates/c-2026-020", Some(&team["chen"])).await;
        insta::assert_snapshot!("candidate_own_first_chen", stable(&chen));
        let ayla = app.get("/candidates/c-2026-020", Some(&team["ayla"])).await;
        insta::assert_snapshot!("candidate_awaiting_ayla", stable(&ayla));
        // c-2026-014: complete.
        let manager = app
            .get("/candidates/c-2026-014", Some(&team["hiring_manager"]))
            .await;
        insta::assert_snapshot!("candidate_complete_manager", stable(&manager));
        // Every view is in the audit log, with who and which candidate.
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let views: Vec<_> = log
            .iter()
            .filter(|(_, _, action, _)| action == "view")
            .map(|(at, actor, _, candidate)| (*at, actor.as_str(), candidate.as_deref()))
            .collect();
        assert_eq!(
            views,
            [
                (NOW, "ayla@example.org", Some("c-2026-020")),
                (NOW, "chen@example.org", Some("c-2026-020")),
                (NOW, "joost@example.org", Some("c-2026-014")),
                (NOW, "sanne@example.org", Some("c-2026-020")),
            ]
        );
    });
}

#[test]
fn lists_and_escaping() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let list = app.get("/candidates", Some(&team["hiring_manager"])).await;
        assert!(!list.body.contains(SCRIPT_NAME), "{}", list.body);
        insta::assert_snapshot!("candidates_manager_en", stable(&list));
        let daan = app.get("/my-interviews", Some(&team["daan"])).await;
        assert!(!daan.body.contains(SCRIPT_NAME), "{}", daan.body);
        insta::assert_snapshot!("my_interviews_daan_nl", stable(&daan));
        let page = app.get("/candidates/c-2026-023", Some(&team["daan"])).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(SCRIPT_NAME), "{}", page.body);
        assert!(
            page.body
                .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"),
            "{}",
            page.body
        );
    });
}

#[test]
fn headers_on_every_response() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "https://hiring.example.org").await;
        let health = app.get("/healthz", None).await;
        assert_eq!(
            (health.status, health.body.as_str()),
            (StatusCode::OK, "ok")
        );
        for reply in [
            health,
            app.get("/signin", None).await,
            app.get("/candidates", None).await,
        ] {
            let mut seen: Vec<(String, String)> = reply
                .headers
                .iter()
                .filter(|(n, _)| {
                    [
                        "content-security-policy",
                        "x-content-type-options",
                        "referrer-policy",
                        "x-frame-options",
                        "cache-control",
                    ]
                    .contains(&n.as_str())
                })
                .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
                .collect();
            seen.sort();
            assert_eq!(
                seen,
                [
                    ("cache-control".into(), "no-store".into()),
                    ("content-security-policy".into(), "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'".into()),
                    ("referrer-policy".into(), "no-referrer".into()),
                    ("x-content-type-options".into(), "nosniff".into()),
                    ("x-frame-options".into(), "DENY".into()),
                ]
            );
        }
        // With an https public URL every cookie is Secure.
        let form = app.get("/signin", None).await;
        assert_eq!(
            form.cookie("hirekit_form"),
            Some(format!(
                "hirekit_form={}; Path=/; Max-Age=3600; HttpOnly; SameSite=Strict; Secure",
                form.csrf()
            ))
        );
        app.add_user("sanne@example.org", "Sanne de Wit", Role::Recruiter, "en")
            .await;
        let session = app
            .sign_in("sanne@example.org", PASSWORD)
            .await
            .expect("signs in");
        assert_eq!(session.len(), 64);
        let page = app.get("/candidates", Some(&session)).await;
        assert_eq!(page.status, StatusCode::OK);
        // No inline script anywhere on a page (the CSP would block it anyway).
        assert!(!page.body.contains("<script"), "{}", page.body);
    });
}

#[test]
fn csrf_is_checked_on_every_post() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let session = team["recruiter"].as_str();
        let page = app.get("/candidates", Some(session)).await;
        let csrf = page.csrf();
        let cookies = [("hirekit_session", session)];
        let other = "0".repeat(64);
        for form in [String::new(), format!("csrf={other}"), "csrf=".into()] {
            let refused = app.send("POST", "/logout", &cookies, &form).await;
            assert_eq!(
                (refused.status, refused.body.as_str()),
                (StatusCode::FORBIDDEN, "forbidden"),
                "{form}"
            );
        }
        // Still signed in.
        assert_eq!(
            app.get("/candidates", Some(session)).await.status,
            StatusCode::OK
        );
        let out = app
            .send("POST", "/logout", &cookies, &format!("csrf={csrf}"))
            .await;
        assert_eq!(
            (out.status, out.location()),
            (StatusCode::SEE_OTHER, Some("/signin"))
        );
        assert_eq!(
            out.cookie("hirekit_session").as_deref(),
            Some("hirekit_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict")
        );
        let after = app.get("/candidates", Some(session)).await;
        assert_eq!(after.location(), Some("/signin"));
        // Without a session, a POST goes to sign-in.
        let anonymous = app
            .send("POST", "/logout", &[], &format!("csrf={csrf}"))
            .await;
        assert_eq!(anonymous.location(), Some("/signin"));
        // The forms before sign-in: the field must match its cookie.
        let form = app.get("/signin", None).await;
        for (cookies, field) in [
            (vec![], form.csrf()),
            (vec![("hirekit_form", form.csrf())], other.clone()),
            (vec![("hirekit_form", form.csrf())], String::new()),
        ] {
            let cookies: Vec<(&str, &str)> =
                cookies.iter().map(|(n, v)| (*n, v.as_str())).collect();
            let refused = app
                .send(
                    "POST",
                    "/signin",
                    &cookies,
                    &format!(
                        "email=sanne%40example.org&password={}&csrf={field}",
                        PASSWORD.replace(' ', "+")
                    ),
                )
                .await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN);
        }
        let token = hirekit_web::sign_in_link(&app.db, "http://x", "sanne@example.org", NOW)
            .await
            .expect("a link");
        let token = token.rsplit('/').next().unwrap_or_default().to_owned();
        let refused = app
            .send(
                "POST",
                &format!("/welcome/{token}"),
                &[],
                "password=another+long+password",
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    });
}

#[test]
fn sign_in_links_passwords_and_sessions() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let token = app
            .add_user("sanne@example.org", "Sanne de Wit", Role::Recruiter, "en")
            .await;
        // Only the hash of the token is stored.
        let stored = accounts::sign_in_token_user(&app.db, &token, NOW)
            .await
            .expect("reads");
        assert_eq!(stored, None);
        // A link works once.
        let again = app.get(&format!("/welcome/{token}"), None).await;
        assert_eq!(again.status, StatusCode::NOT_FOUND);
        insta::assert_snapshot!("welcome_invalid", stable(&again));
        // A link is valid 24 hours.
        let link = hirekit_web::sign_in_link(&app.db, "http://x", "sanne@example.org", NOW)
            .await
            .expect("a link");
        let token = link.rsplit('/').next().unwrap_or_default();
        app.clock.store(NOW + 24 * 3600 - 1, Ordering::Relaxed);
        let form = app.get(&format!("/welcome/{token}"), None).await;
        assert_eq!(form.status, StatusCode::OK);
        insta::assert_snapshot!("welcome_form", stable(&form).replace(token, "TOKEN"));
        let short = app
            .send(
                "POST",
                &format!("/welcome/{token}"),
                &[("hirekit_form", &form.csrf())],
                &format!("password=short&csrf={}", form.csrf()),
            )
            .await;
        assert_eq!(short.status, StatusCode::BAD_REQUEST);
        app.clock.store(NOW + 24 * 3600, Ordering::Relaxed);
        let expired = app.get(&format!("/welcome/{token}"), None).await;
        assert_eq!(expired.status, StatusCode::NOT_FOUND);
        app.clock.store(NOW, Ordering::Relaxed);

        // Five wrong passwords lock the account for 15 minutes, also for the right one.
        for _ in 0..5 {
            let refused = app.sign_in("sanne@example.org", "wrong password!").await;
            assert_eq!(
                refused.err().map(|r| r.status),
                Some(StatusCode::UNAUTHORIZED)
            );
        }
        let locked = app
            .sign_in("sanne@example.org", PASSWORD)
            .await
            .expect_err("locked");
        assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
        insta::assert_snapshot!("signin_failed", stable(&locked));
        app.clock.store(NOW + 15 * 60 + 1, Ordering::Relaxed);
        let session = app
            .sign_in("sanne@example.org", PASSWORD)
            .await
            .expect("unlocked");
        // An unknown address is refused the same way.
        let unknown = app
            .sign_in("nobody@example.org", PASSWORD)
            .await
            .expect_err("refused");
        assert_eq!(
            stable(&unknown).replace("nobody@example.org", "sanne@example.org"),
            stable(&locked)
        );
        // A session lasts 12 hours.
        app.clock
            .store(NOW + 15 * 60 + 12 * 3600, Ordering::Relaxed);
        let last_second = app.get("/candidates", Some(&session)).await;
        assert_eq!(last_second.status, StatusCode::OK);
        app.clock
            .store(NOW + 15 * 60 + 1 + 12 * 3600, Ordering::Relaxed);
        let expired = app.get("/candidates", Some(&session)).await;
        assert_eq!(expired.location(), Some("/signin"));
        // An id that was never handed out.
        let forged = app.get("/candidates", Some(&"a".repeat(64))).await;
        assert_eq!(forged.location(), Some("/signin"));
    });
}
