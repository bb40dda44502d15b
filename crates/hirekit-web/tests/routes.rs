//! The web app's routes, in-process (no socket), on SQLite and on PostgreSQL: for every route and
//! role whether it is allowed, refused (without the data) or sent to sign-in; the CSRF checks;
//! sign-in links, the failed sign-in limit and session expiry; escaping; headers; whole pages.

mod app;

use std::path::Path;
use std::sync::atomic::Ordering;

use app::*;
use axum::http::{StatusCode, header};
use hirekit_store::accounts::{self, Role};

#[test]
fn every_route_for_every_role() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
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

#[test]
fn panel_results_follow_the_visibility_rule() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
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
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
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
        let app = App::hostile(&url, "https://hiring.example.org").await;
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
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
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
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
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

// ---- The interviewer's pages: scorecard form, drafts, submission, kit ----

/// The criteria of the example's scorecard (senior-backend-developer), in order.
const CRITERIA: [&str; 8] = [
    "api-design",
    "distributed-systems",
    "data-modelling",
    "testing-quality",
    "production-ownership",
    "collaboration-reviews",
    "explaining-tradeoffs",
    "mentoring",
];

/// `application/x-www-form-urlencoded`, every byte but letters and digits escaped.
fn form_body(fields: &[(&str, &str)]) -> String {
    let encode = |text: &str| {
        text.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect::<String>()
    };
    fields
        .iter()
        .map(|(n, v)| format!("{}={}", encode(n), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A complete scorecard's fields: every criterion scored 3 with evidence (the last one not
/// assessed), one red flag, a recommendation.
fn complete_answers(evidence: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for (n, id) in CRITERIA.iter().enumerate() {
        if n == CRITERIA.len() - 1 {
            fields.push((format!("score.{id}"), "na".to_owned()));
        } else {
            fields.push((format!("score.{id}"), "3".to_owned()));
            fields.push((format!("evidence.{id}"), format!("{evidence} ({id})")));
        }
    }
    fields.push(("recommendation".into(), "yes".into()));
    fields
}

impl App {
    /// POSTs the scorecard form of `candidate` as `session` with `action` (`save` or `submit`).
    async fn post_scorecard(
        &self,
        session: &str,
        candidate: &str,
        action: &str,
        answers: &[(String, String)],
    ) -> Reply {
        let page = self
            .get(&format!("/candidates/{candidate}/scorecard"), Some(session))
            .await;
        let csrf = page.csrf();
        let mut fields: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", action)];
        fields.extend(answers.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        self.send(
            "POST",
            &format!("/candidates/{candidate}/scorecard"),
            &[("hirekit_session", session)],
            &form_body(&fields),
        )
        .await
    }
}

#[test]
fn interviewer_pages_for_every_role() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team = app.team().await;
        // c-2026-020: ayla submitted, chen has not; daan is not on the panel.
        // c-2026-023: daan submitted.
        let routes = [
            "/candidates/c-2026-020/scorecard",
            "/candidates/c-2026-023/scorecard",
            "/candidates/c-2026-999/scorecard",
            "/candidates/c-2026-020/kit",
            "/candidates/c-2026-023/kit",
            "/candidates/c-2026-020/kit.pdf",
        ];
        let mut table = String::new();
        for route in routes {
            let mut row = format!("{route:<34}");
            row.push_str(&format!(" none:{}", outcome(&app.get(route, None).await)));
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
/candidates/c-2026-020/scorecard   none:→/signin recruiter:403 hiring_manager:403 ayla:200 chen:200 daan:404
/candidates/c-2026-023/scorecard   none:→/signin recruiter:403 hiring_manager:403 ayla:404 chen:404 daan:200
/candidates/c-2026-999/scorecard   none:→/signin recruiter:403 hiring_manager:403 ayla:404 chen:404 daan:404
/candidates/c-2026-020/kit         none:→/signin recruiter:403 hiring_manager:403 ayla:200 chen:200 daan:404
/candidates/c-2026-023/kit         none:→/signin recruiter:403 hiring_manager:403 ayla:404 chen:404 daan:200
/candidates/c-2026-020/kit.pdf     none:→/signin recruiter:403 hiring_manager:403 ayla:200 chen:200 daan:404
",
            "{url}"
        );
        // The POSTs, with a valid CSRF token of each user's own session.
        let mut table = String::new();
        for route in [
            "/candidates/c-2026-020/scorecard",
            "/candidates/c-2026-020/scorecard/draft",
            "/candidates/c-2026-020/scorecard/replace",
        ] {
            let mut row = format!("{route:<40}");
            for (who, session) in &team {
                let csrf = app.get("/", Some(session)).await;
                let page = app
                    .get(csrf.location().unwrap_or("/"), Some(session))
                    .await
                    .csrf();
                let body = form_body(&[("csrf", &page), ("action", "save")]);
                let reply = app
                    .send_with(
                        "POST",
                        route,
                        &[("hirekit_session", session)],
                        &[("x-csrf-token", &page)],
                        &body,
                    )
                    .await;
                row.push_str(&format!(" {who}:{}", outcome(&reply)));
            }
            table.push_str(row.trim_end());
            table.push('\n');
        }
        assert_eq!(
            table,
            "\
/candidates/c-2026-020/scorecard         recruiter:403 hiring_manager:403 ayla:409 chen:→/candidates/c-2026-020/scorecard daan:404
/candidates/c-2026-020/scorecard/draft   recruiter:403 hiring_manager:403 ayla:409 chen:204 daan:404
/candidates/c-2026-020/scorecard/replace recruiter:403 hiring_manager:403 ayla:→/candidates/c-2026-020/scorecard chen:→/candidates/c-2026-020/scorecard daan:404
",
            "{url}"
        );
        // The PDF is a PDF, offered as a download.
        let team: std::collections::BTreeMap<_, _> = team.into_iter().collect();
        let pdf = app
            .get("/candidates/c-2026-020/kit.pdf", Some(&team["chen"]))
            .await;
        assert!(pdf.body.starts_with("%PDF-"), "{}", &pdf.body[..20]);
        assert_eq!(
            (
                pdf.headers
                    .get(header::CONTENT_TYPE)
                    .map(|v| v.to_str().unwrap_or("")),
                pdf.headers
                    .get(header::CONTENT_DISPOSITION)
                    .map(|v| v.to_str().unwrap_or("")),
                pdf.headers
                    .get(header::CACHE_CONTROL)
                    .map(|v| v.to_str().unwrap_or("")),
            ),
            (
                Some("application/pdf"),
                Some("attachment; filename=\"kit-senior-backend-developer.pdf\""),
                Some("no-store"),
            )
        );
        // The autosave script is served from the app itself, as JavaScript.
        let script = app.get("/static/autosave.js", None).await;
        assert_eq!(
            (
                script.status,
                script
                    .headers
                    .get(header::CONTENT_TYPE)
                    .map(|v| v.to_str().unwrap_or(""))
            ),
            (StatusCode::OK, Some("text/javascript; charset=utf-8"))
        );
    });
}

#[test]
fn scorecard_posts_need_the_csrf_token_and_a_session() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let chen = team["chen"].as_str();
        let cookies = [("hirekit_session", chen)];
        let other = "0".repeat(64);
        let answers = form_body(&[("score.api-design", "3"), ("action", "save")]);
        for (route, headers, form) in [
            ("/candidates/c-2026-020/scorecard", vec![], answers.clone()),
            (
                "/candidates/c-2026-020/scorecard",
                vec![],
                format!("{answers}&csrf={other}"),
            ),
            (
                "/candidates/c-2026-020/scorecard/draft",
                vec![],
                answers.clone(),
            ),
            (
                "/candidates/c-2026-020/scorecard/draft",
                vec![("x-csrf-token", other.as_str())],
                answers.clone(),
            ),
        ] {
            let refused = app
                .send_with("POST", route, &cookies, &headers, &form)
                .await;
            assert_eq!(
                (refused.status, refused.body.as_str()),
                (StatusCode::FORBIDDEN, "forbidden"),
                "{route} {headers:?} {form}"
            );
        }
        // Nothing was stored.
        let draft = hirekit_store::drafts::find(&app.db, "c-2026-020", "chen")
            .await
            .expect("reads");
        assert_eq!(draft, None);
        // The autosave script's token is the form's own: in the header, not the body.
        let csrf = app
            .get("/candidates/c-2026-020/scorecard", Some(chen))
            .await
            .csrf();
        let body_only = app
            .send_with(
                "POST",
                "/candidates/c-2026-020/scorecard/draft",
                &cookies,
                &[],
                &format!("{answers}&csrf={csrf}"),
            )
            .await;
        assert_eq!(body_only.status, StatusCode::FORBIDDEN);
        // Without a session, and after it expired: to sign in.
        let anonymous = app
            .send("POST", "/candidates/c-2026-020/scorecard", &[], &answers)
            .await;
        assert_eq!(anonymous.location(), Some("/signin"));
        app.clock.store(NOW + 12 * 3600, Ordering::Relaxed);
        let expired = app
            .get("/candidates/c-2026-020/scorecard", Some(chen))
            .await;
        assert_eq!(expired.location(), Some("/signin"));
        let expired = app
            .send(
                "POST",
                "/candidates/c-2026-020/scorecard",
                &cookies,
                &format!("{answers}&csrf={csrf}"),
            )
            .await;
        assert_eq!(expired.location(), Some("/signin"));
    });
}

#[test]
fn drafts_are_saved_and_private_to_their_interviewer() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        // bram is on c-2026-020's panel too (his interview is on the 24th).
        app.add_user(
            "bram@example.org",
            "Bram Visser",
            Role::Interviewer("bram".into()),
            "en",
        )
        .await;
        // A day later: after bram's interview too (sessions last 12 hours: sign in again).
        app.clock.store(NOW + 86400, Ordering::Relaxed);
        let bram = app
            .sign_in("bram@example.org", PASSWORD)
            .await
            .expect("signs in");
        let chen = app
            .sign_in("chen@example.org", PASSWORD)
            .await
            .expect("signs in");
        let chen = chen.as_str();
        drop(team);
        let saved = app
            .post_scorecard(
                chen,
                "c-2026-020",
                "save",
                &[
                    ("score.api-design".into(), "2".into()),
                    (
                        "evidence.api-design".into(),
                        "Chen's note: versioned by header".into(),
                    ),
                    ("evidence.mentoring".into(), "typed before a score".into()),
                    ("red_flag".into(), "interview-no-concrete-own-work".into()),
                ],
            )
            .await;
        assert_eq!(
            (saved.status, saved.location()),
            (
                StatusCode::SEE_OTHER,
                Some("/candidates/c-2026-020/scorecard")
            )
        );
        // Reopened, the form shows the draft.
        let form = app
            .get("/candidates/c-2026-020/scorecard", Some(chen))
            .await;
        assert_eq!(form.status, StatusCode::OK);
        insta::assert_snapshot!("scorecard_draft_chen", stable(&form));
        // Bram, on the same panel, sees an empty form: nothing of Chen's.
        let other = app
            .get("/candidates/c-2026-020/scorecard", Some(&bram))
            .await;
        assert_eq!(other.status, StatusCode::OK);
        assert!(!other.body.contains("Chen&#39;s note"), "{}", other.body);
        assert!(
            !other.body.contains("typed before a score"),
            "{}",
            other.body
        );
        assert!(!other.body.contains(" checked>"), "{}", other.body);
        // The autosave of Bram's own draft does not touch Chen's.
        let csrf = other.csrf();
        let autosaved = app
            .send_with(
                "POST",
                "/candidates/c-2026-020/scorecard/draft",
                &[("hirekit_session", &bram)],
                &[("x-csrf-token", &csrf)],
                &form_body(&[("evidence.api-design", "Bram's own")]),
            )
            .await;
        assert_eq!(autosaved.status, StatusCode::NO_CONTENT);
        let stored = |who: &'static str| {
            let db = app.db.clone();
            async move {
                hirekit_store::drafts::find(&db, "c-2026-020", who)
                    .await
                    .expect("reads")
                    .map(|(text, _)| text)
            }
        };
        let chens = stored("chen").await.expect("chen's draft");
        let brams = stored("bram").await.expect("bram's draft");
        assert!(chens.contains("Chen's note"), "{chens}");
        assert!(!chens.contains("Bram's own"), "{chens}");
        assert!(
            brams.contains("Bram's own") && !brams.contains("Chen"),
            "{brams}"
        );
        // Every save is in the audit log with who and which candidate.
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let saves: Vec<_> = log
            .iter()
            .filter(|(_, _, action, _)| action == "save-draft")
            .map(|(_, actor, _, candidate)| (actor.as_str(), candidate.as_deref()))
            .collect();
        assert_eq!(
            saves,
            [
                ("bram@example.org", Some("c-2026-020")),
                ("chen@example.org", Some("c-2026-020")),
            ]
        );
    });
}

#[test]
fn submitting_checks_like_fill_then_the_scorecard_is_read_only() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let chen = team["chen"].as_str();
        // Incomplete: a score without evidence, a criterion unanswered, no recommendation.
        let mut answers = complete_answers(SCRIPT_NAME);
        answers.retain(|(n, _)| {
            n != "evidence.data-modelling" && n != "score.testing-quality" && n != "recommendation"
        });
        let refused = app
            .post_scorecard(chen, "c-2026-020", "submit", &answers)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!refused.body.contains(SCRIPT_NAME), "{}", refused.body);
        insta::assert_snapshot!("scorecard_refused_chen", stable(&refused));
        // Nothing was submitted; what was typed is kept as the draft.
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let files = folder.candidate("c-2026-020").expect("the candidate");
        assert!(files.interviews.iter().all(|s| s.interviewer != "chen"));
        let draft = hirekit_store::drafts::find(&app.db, "c-2026-020", "chen")
            .await
            .expect("reads");
        assert!(draft.is_some());

        // A value the form never offers is refused with the terminal's message.
        let mut tampered = complete_answers("evidence");
        tampered.push(("red_flag".into(), "no-such-flag".into()));
        for (n, v) in &mut tampered {
            if n == "score.api-design" {
                *v = "9".into();
            }
        }
        let refused = app
            .post_scorecard(chen, "c-2026-020", "submit", &tampered)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        for message in [
            "Type a score from 1 to 4, or n if this topic did not come up.",
            "Unknown red flag `no-such-flag`.",
        ] {
            assert!(
                refused.body.contains(&message.replace('`', "&#x60;"))
                    || refused.body.contains(message),
                "{message}: {}",
                refused.body
            );
        }

        // Complete: submitted, the draft deleted, the page read-only.
        let done = app
            .post_scorecard(chen, "c-2026-020", "submit", &complete_answers(SCRIPT_NAME))
            .await;
        assert_eq!(
            (done.status, done.location()),
            (
                StatusCode::SEE_OTHER,
                Some("/candidates/c-2026-020/scorecard")
            )
        );
        let draft = hirekit_store::drafts::find(&app.db, "c-2026-020", "chen")
            .await
            .expect("reads");
        assert_eq!(draft, None);
        let page = app
            .get("/candidates/c-2026-020/scorecard", Some(chen))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        // Read-only: no form to save or submit, only the choice to replace it (below).
        assert!(
            !page
                .body
                .contains("action=\"/candidates/c-2026-020/scorecard\" class=\"scorecard\""),
            "{}",
            page.body
        );
        assert!(!page.body.contains(SCRIPT_NAME), "{}", page.body);
        insta::assert_snapshot!("scorecard_submitted_chen", stable(&page));
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let files = folder.candidate("c-2026-020").expect("the candidate");
        let chens: Vec<_> = files
            .interviews
            .iter()
            .filter(|s| s.interviewer == "chen")
            .collect();
        assert_eq!(chens.len(), 1);
        let filled = chens[0];
        assert_eq!(
            (
                filled.interviewed_at.to_rfc3339(),
                filled.submitted_at.timestamp(),
                filled.ratings["api-design"].clone(),
                filled.ratings["mentoring"].clone(),
                filled.red_flags.clone(),
                filled.recommendation,
                filled.refilled_after_ratings_shown,
            ),
            (
                "2026-11-20T14:00:00+01:00".to_owned(),
                NOW,
                hirekit_folder::Rating {
                    score: Some(3),
                    evidence: Some(format!("{SCRIPT_NAME} (api-design)")),
                    not_assessed: false,
                },
                hirekit_folder::Rating {
                    score: None,
                    evidence: None,
                    not_assessed: true,
                },
                Vec::<String>::new(),
                hirekit_folder::Recommendation::Yes,
                false,
            )
        );

        // A second submission is refused and changes nothing.
        let mut again = complete_answers("changed my mind");
        again.push(("recommendation".into(), "strong_no".into()));
        let twice = app
            .post_scorecard(chen, "c-2026-020", "submit", &again)
            .await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
        assert!(
            twice
                .body
                .contains("You have already submitted this scorecard; it was not submitted again."),
            "{}",
            twice.body
        );
        let (after, _) = app.db.load(Path::new(".")).await.expect("loads");
        let files = after.candidate("c-2026-020").expect("the candidate");
        let chens: Vec<_> = files
            .interviews
            .iter()
            .filter(|s| s.interviewer == "chen")
            .collect();
        assert_eq!(chens, vec![filled]);
        let draft = hirekit_store::drafts::find(&app.db, "c-2026-020", "chen")
            .await
            .expect("reads");
        assert_eq!(draft, None, "a refused second submission stores no draft");

        // Writes are in the audit log.
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let writes: Vec<_> = log
            .iter()
            .filter(|(_, _, action, _)| action != "view")
            .map(|(_, actor, action, candidate)| {
                (actor.as_str(), action.as_str(), candidate.as_deref())
            })
            .collect();
        assert_eq!(
            writes,
            [
                ("chen@example.org", "save-draft", Some("c-2026-020")),
                ("chen@example.org", "save-draft", Some("c-2026-020")),
                ("chen@example.org", "submit-scorecard", Some("c-2026-020")),
            ]
        );
    });
}

#[test]
fn the_form_waits_for_the_interview() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        // Two days before chen's interview of the 20th.
        app.clock.store(NOW - 5 * 86400, Ordering::Relaxed);
        let chen = app
            .sign_in("chen@example.org", PASSWORD)
            .await
            .expect("signs in");
        drop(team);
        let page = app
            .get("/candidates/c-2026-020/scorecard", Some(&chen))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        insta::assert_snapshot!("scorecard_ahead_chen", stable(&page));
        let refused = app
            .post_scorecard(&chen, "c-2026-020", "submit", &complete_answers("early"))
            .await;
        assert_eq!(refused.status, StatusCode::CONFLICT);
        let draft = hirekit_store::drafts::find(&app.db, "c-2026-020", "chen")
            .await
            .expect("reads");
        assert_eq!(draft, None);
    });
}

#[test]
fn colleagues_ratings_follow_ratings_visible() {
    on_every_backend(|url| async move {
        // after_submit (the default): chen sees nothing before his own scorecard is in, then
        // who has submitted (bram is still awaited); daan, whose panel is complete, sees it.
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let chen = team["chen"].as_str();
        // (The whole page before is the `candidate_own_first_chen` snapshot.)
        let before = app.get("/candidates/c-2026-020", Some(chen)).await;
        assert!(
            before.body.contains("Colleagues&#39; ratings are shown only after you have submitted your own scorecard."),
            "{}",
            before.body
        );
        let done = app
            .post_scorecard(chen, "c-2026-020", "submit", &complete_answers("evidence"))
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let after = app.get("/candidates/c-2026-020", Some(chen)).await;
        insta::assert_snapshot!("candidate_after_submit_chen", stable(&after));
        let daan = app.get("/candidates/c-2026-017", Some(&team["daan"])).await;
        insta::assert_snapshot!("candidate_complete_daan_nl", stable(&daan));
        // Punctuality is the recruiter's business: on the same complete panel ayla sees daan's
        // ratings but not that he handed in late; daan sees his own lateness (above), the
        // recruiter everyone's.
        let ayla = app.get("/candidates/c-2026-017", Some(&team["ayla"])).await;
        insta::assert_snapshot!("candidate_complete_ayla", stable(&ayla));
        assert!(!ayla.body.contains("Late scorecards"), "{}", ayla.body);
        let recruiter = app
            .get("/candidates/c-2026-017", Some(&team["recruiter"]))
            .await;
        assert!(
            recruiter.body.contains(
                "<h3>Scorekaarten te laat</h3>\n<ul><li>Daan de Groot diende te laat in: 30,8 uur na het gesprek (termijn 24 uur)</li></ul>"
            ),
            "{}",
            recruiter.body
        );
    });
}

#[test]
fn colleagues_ratings_are_never_shown_when_the_company_says_never() {
    on_every_backend(|url| async move {
        // Interviewers see no colleague's ratings, also after submitting and with a complete
        // panel; the hiring manager still does.
        let app = App::hostile_with(&url, "http://127.0.0.1:8080", |folder| {
            folder.profile.ratings_visible = hirekit_folder::RatingsVisible::Never;
        })
        .await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let daan = app.get("/candidates/c-2026-017", Some(&team["daan"])).await;
        insta::assert_snapshot!("candidate_not_shared_daan_nl", stable(&daan));
        let manager = app
            .get("/candidates/c-2026-017", Some(&team["hiring_manager"]))
            .await;
        assert!(manager.body.contains("<table>"), "{}", manager.body);
        let ayla = app.get("/candidates/c-2026-014", Some(&team["ayla"])).await;
        assert!(
            ayla.body
                .contains("Your company does not show interviewers each other&#39;s ratings."),
            "{}",
            ayla.body
        );
        assert!(!ayla.body.contains("<table>"), "{}", ayla.body);
    });
}

#[test]
fn the_kit_on_screen() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let daan = app
            .get("/candidates/c-2026-023/kit", Some(&team["daan"]))
            .await;
        assert_eq!(daan.status, StatusCode::OK);
        assert!(!daan.body.contains(SCRIPT_NAME), "{}", daan.body);
        insta::assert_snapshot!("kit_daan_nl", stable(&daan));
    });
}

/// Replacing a submitted scorecard is `hirekit fill --force` on the web: the interviewer's own
/// only (a recruiter 403, someone not on the panel 404, no CSRF token 403), the answers open as
/// a draft, the submitted one counts until the new one is in, and once every planned
/// interviewer had submitted the new one is marked as no longer independent.
#[test]
fn an_interviewer_replaces_their_own_scorecard() {
    on_every_backend(|url| async move {
        let app = App::hostile(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let daan = team["daan"].as_str();
        let replace = |session: &'static str, csrf: bool| {
            let app = &app;
            let team = &team;
            async move {
                let who = team[session].as_str();
                // The user's own token, from the page their home leads to.
                let home = app.get("/", Some(who)).await;
                let page = app.get(home.location().unwrap_or("/"), Some(who)).await;
                let token = if csrf { page.csrf() } else { String::new() };
                app.send(
                    "POST",
                    "/candidates/c-2026-023/scorecard/replace",
                    &[("hirekit_session", who)],
                    &format!("csrf={token}"),
                )
                .await
                .status
            }
        };
        // Role × relation × CSRF, before anything changes.
        assert_eq!(replace("recruiter", true).await, StatusCode::FORBIDDEN);
        assert_eq!(replace("hiring_manager", true).await, StatusCode::FORBIDDEN);
        assert_eq!(replace("chen", true).await, StatusCode::NOT_FOUND);
        assert_eq!(replace("daan", false).await, StatusCode::FORBIDDEN);
        let expired = app
            .send(
                "POST",
                "/candidates/c-2026-023/scorecard/replace",
                &[("hirekit_session", "no-such-session")],
                "csrf=x",
            )
            .await;
        assert_eq!(
            (expired.status, expired.location()),
            (StatusCode::SEE_OTHER, Some("/signin"))
        );
        let log = accounts::audit_log(&app.db).await.expect("reads");
        assert!(
            !log.iter()
                .any(|(_, _, action, _)| action.contains("replace")),
            "{log:?}"
        );
        // Daan chooses to replace: his answers open as a draft, marked as a replacement.
        assert_eq!(replace("daan", true).await, StatusCode::SEE_OTHER);
        let form = app
            .get("/candidates/c-2026-023/scorecard", Some(daan))
            .await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(
            form.body.contains("<p class=\"caution\" role=\"status\">Je vervangt de scorekaart die je hebt ingediend. Die telt tot je deze indient.</p>"),
            "{}",
            form.body
        );
        app.clock.fetch_add(60, Ordering::Relaxed);
        // The submitted scorecard still counts meanwhile: the panel is complete as before.
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let before = folder
            .candidate("c-2026-023")
            .expect("the candidate")
            .clone();
        assert_eq!(before.interviews.len(), 2);
        let done = app
            .post_scorecard(
                daan,
                "c-2026-023",
                "submit",
                &complete_answers("second look"),
            )
            .await;
        assert_eq!(
            (done.status, done.location()),
            (
                StatusCode::SEE_OTHER,
                Some("/candidates/c-2026-023/scorecard")
            )
        );
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let files = folder.candidate("c-2026-023").expect("the candidate");
        let daans: Vec<_> = files
            .interviews
            .iter()
            .filter(|s| s.interviewer == "daan")
            .collect();
        assert_eq!(daans.len(), 1, "one scorecard per interviewer");
        assert_eq!(
            daans[0].ratings["api-design"].evidence.as_deref(),
            Some("second look (api-design)")
        );
        // Bram had submitted too: the ratings could be seen, so this one is not independent.
        assert!(daans[0].refilled_after_ratings_shown);
        let recruiter = app
            .get("/candidates/c-2026-023", Some(&team["recruiter"]))
            .await;
        assert!(
            recruiter.body.contains("<p class=\"late\">Opnieuw ingevuld na het zien van de beoordelingen, niet meer onafhankelijk: Daan de Groot</p>"),
            "{}",
            recruiter.body
        );
        // Submitted again: read-only, and a second click on submit changes nothing.
        let again = app
            .post_scorecard(daan, "c-2026-023", "submit", &complete_answers("third"))
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        let log = accounts::audit_log(&app.db).await.expect("reads");
        let actions: Vec<&str> = log
            .iter()
            .filter(|(_, actor, _, candidate)| {
                actor == "daan@example.org" && candidate.as_deref() == Some("c-2026-023")
            })
            .map(|(_, _, action, _)| action.as_str())
            .filter(|a| *a != "view")
            .collect();
        assert_eq!(actions, ["start-replace-scorecard", "replace-scorecard"]);
    });
}
