//! The recruiter's and hiring manager's pages, in-process, on SQLite and on PostgreSQL: every
//! new route for every role (allowed, refused, sent to sign-in, CSRF), the pipeline, recording a
//! decision by `hirekit decide`'s rules, adding a candidate and planning an interview by
//! `hirekit candidate add`'s and `interview plan`'s, uploading a scorecard with located errors,
//! the mis-hire cost form and its PDF, the audit log, and escaping of a hostile name.

mod app;

use std::path::Path;
use std::sync::atomic::Ordering;

use app::*;
use axum::http::{StatusCode, header};
use hirekit_store::accounts;

/// The GET routes this file is about, and the POST routes with a form that would be accepted.
const PAGES: &[&str] = &[
    "/pipeline",
    "/candidates/new",
    "/candidates/c-2026-014/plan",
    "/candidates/c-2026-014/decision",
    "/candidates/c-2026-020/upload",
    "/candidates/c-2026-014/audit",
    "/cost",
    "/candidates/c-2026-999/decision",
];

#[test]
fn every_new_route_for_every_role() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team = app.team().await;
        let mut table = String::new();
        for route in PAGES {
            let mut row = format!("GET  {route:<32}");
            row.push_str(&format!(" none:{}", outcome(&app.get(route, None).await)));
            for (who, session) in &team {
                let reply = app.get(route, Some(session)).await;
                row.push_str(&format!(" {who}:{}", outcome(&reply)));
            }
            table.push_str(row.trim_end());
            table.push('\n');
        }
        // Every POST: refused for interviewers (before anything is read or written), refused
        // without the CSRF token, and to sign-in without a session. An empty form is enough:
        // the role and the token are checked first.
        let posts = [
            "/candidates/new",
            "/candidates/c-2026-014/plan",
            "/candidates/c-2026-014/decision",
            "/candidates/c-2026-020/upload",
            "/cost",
        ];
        for route in posts {
            let mut row = format!("POST {route:<32}");
            let anonymous = app.send("POST", route, &[], "csrf=x").await;
            row.push_str(&format!(" none:{}", outcome(&anonymous)));
            for (who, session) in &team {
                let cookies = [("hirekit_session", session.as_str())];
                let without = app.send("POST", route, &cookies, "").await;
                let with = app.post(route, session, &[]).await;
                row.push_str(&format!(" {who}:{}/{}", outcome(&without), outcome(&with)));
            }
            table.push_str(row.trim_end());
            table.push('\n');
        }
        assert_eq!(
            table,
            "\
GET  /pipeline                        none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
GET  /candidates/new                  none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
GET  /candidates/c-2026-014/plan      none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
GET  /candidates/c-2026-014/decision  none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
GET  /candidates/c-2026-020/upload    none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
GET  /candidates/c-2026-014/audit     none:→/signin recruiter:200 hiring_manager:403 ayla:403 chen:403 daan:403
GET  /cost                            none:→/signin recruiter:200 hiring_manager:200 ayla:403 chen:403 daan:403
GET  /candidates/c-2026-999/decision  none:→/signin recruiter:404 hiring_manager:404 ayla:403 chen:403 daan:403
POST /candidates/new                  none:→/signin recruiter:403/400 hiring_manager:403/400 ayla:403/403 chen:403/403 daan:403/403
POST /candidates/c-2026-014/plan      none:→/signin recruiter:403/400 hiring_manager:403/400 ayla:403/403 chen:403/403 daan:403/403
POST /candidates/c-2026-014/decision  none:→/signin recruiter:403/400 hiring_manager:403/400 ayla:403/403 chen:403/403 daan:403/403
POST /candidates/c-2026-020/upload    none:→/signin recruiter:403/400 hiring_manager:403/400 ayla:403/403 chen:403/403 daan:403/403
POST /cost                            none:→/signin recruiter:403/400 hiring_manager:403/400 ayla:403/403 chen:403/403 daan:403/403
",
            "{url}"
        );
        // Nothing was written by any of these refused or invalid POSTs.
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let writes: Vec<_> = log
            .iter()
            .filter(|(_, _, action, _)| !action.starts_with("view"))
            .collect();
        assert!(writes.is_empty(), "{writes:?}");
        // A session that has expired goes to sign-in, for a page and for a form.
        let recruiter = &team[0].1;
        app.clock.store(NOW + 12 * 3600 + 1, Ordering::Relaxed);
        for route in PAGES {
            assert_eq!(
                app.get(route, Some(recruiter)).await.location(),
                Some("/signin"),
                "{route}"
            );
        }
        for route in posts {
            let reply = app
                .send("POST", route, &[("hirekit_session", recruiter)], "csrf=x")
                .await;
            assert_eq!(reply.location(), Some("/signin"), "{route}");
        }
    });
}

#[test]
fn the_pipeline_per_vacancy() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let nl = app.get("/pipeline", Some(&team["recruiter"])).await;
        assert_eq!(nl.status, StatusCode::OK);
        insta::assert_snapshot!("pipeline_recruiter_nl", stable(&nl));
        let en = app.get("/pipeline", Some(&team["hiring_manager"])).await;
        insta::assert_snapshot!("pipeline_manager_en", stable(&en));
    });
}

#[test]
fn a_decision_follows_the_rules_of_decide() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let manager = team["hiring_manager"].as_str();
        // Not before the panel is complete: c-2026-020 still awaits bram and chen.
        let early = app
            .post(
                "/candidates/c-2026-020/decision",
                manager,
                &[
                    ("decision", "reject"),
                    ("reason", "requirements"),
                    ("note", ""),
                ],
            )
            .await;
        assert_eq!(early.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("decision_panel_incomplete", stable(&early));
        // c-2026-014 is proposed `reject`: an advance needs a note, and `other_candidate`
        // explains only a rejection. Both problems are said at once, the choices kept.
        let refused = app
            .post(
                "/candidates/c-2026-014/decision",
                manager,
                &[
                    ("decision", "advance"),
                    ("reason", "other_candidate"),
                    ("note", "  "),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("decision_refused", stable(&refused));
        let recorded = app
            .post(
                "/candidates/c-2026-014/decision",
                manager,
                &[
                    ("decision", "advance"),
                    ("reason", "requirements"),
                    (
                        "note",
                        "Distributed systems came up only briefly; a second interview decides.",
                    ),
                ],
            )
            .await;
        assert_eq!(
            (recorded.status, recorded.location()),
            (StatusCode::SEE_OTHER, Some("/candidates/c-2026-014"))
        );
        let page = app.get("/candidates/c-2026-014", Some(manager)).await;
        insta::assert_snapshot!("candidate_after_decision_manager", stable(&page));
        // Stored as `hirekit decide` stores it: the candidate's decision, and the debrief history
        // with the earlier entries kept.
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let files = folder.candidate("c-2026-014").expect("there");
        assert_eq!(
            files.candidate.decision,
            Some(hirekit_folder::Decision::Advance)
        );
        let stored = app
            .db
            .read_record(
                Path::new("."),
                "c-2026-014",
                hirekit_folder::HistoryRecord::Debrief,
            )
            .await
            .expect("reads")
            .expect("a debrief");
        let text = String::from_utf8(stored.bytes.expect("bytes")).expect("UTF-8");
        let (log, _) = hirekit_yaml::read::<hirekit_debrief::DebriefLog>(
            Path::new("debrief.yaml"),
            text.as_bytes(),
        )
        .expect("a debrief history");
        let last = log.decisions.last().expect("a decision");
        assert_eq!(
            (
                last.by.as_str(),
                last.note.as_deref(),
                last.proposed.outcome.code(),
                last.at.timestamp()
            ),
            (
                "Joost Kok",
                Some("Distributed systems came up only briefly; a second interview decides."),
                "reject",
                NOW
            )
        );
        // Changing it again, with the candidate's answer to the talent-pool question.
        let again = app
            .post(
                "/candidates/c-2026-014/decision",
                manager,
                &[
                    ("decision", "reject"),
                    ("reason", "requirements"),
                    ("note", ""),
                    ("talent_pool", "yes"),
                ],
            )
            .await;
        assert_eq!(again.location(), Some("/candidates/c-2026-014"));
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let c = &folder.candidate("c-2026-014").expect("there").candidate;
        assert_eq!(
            (c.decision, c.decision_reason, c.talent_pool_consent),
            (
                Some(hirekit_folder::Decision::Reject),
                Some(hirekit_folder::DecisionReason::Requirements),
                Some(true)
            )
        );
        let page = app.get("/candidates/c-2026-014", Some(manager)).await;
        assert!(
            page.body.contains("<p><strong>rejected</strong> · follows from the job requirements (met or not)</p>\n<p>Recorded: agreed to the talent pool.</p>"),
            "{}",
            page.body
        );
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let decided: Vec<_> = log
            .iter()
            .filter(|(_, _, action, _)| action == "decide")
            .map(|(at, actor, _, candidate)| (*at, actor.as_str(), candidate.as_deref()))
            .collect();
        assert_eq!(
            decided,
            [
                (NOW, "joost@example.org", Some("c-2026-014")),
                (NOW, "joost@example.org", Some("c-2026-014")),
            ]
        );
        // The debrief history keeps both decisions, oldest first.
        let stored = app
            .db
            .read_record(
                Path::new("."),
                "c-2026-014",
                hirekit_folder::HistoryRecord::Debrief,
            )
            .await
            .expect("reads")
            .expect("a debrief");
        let text = String::from_utf8(stored.bytes.expect("bytes")).expect("UTF-8");
        let (log, _) = hirekit_yaml::read::<hirekit_debrief::DebriefLog>(
            Path::new("debrief.yaml"),
            text.as_bytes(),
        )
        .expect("a debrief history");
        let decisions: Vec<_> = log.decisions.iter().map(|d| d.decision).collect();
        assert_eq!(
            decisions,
            [
                hirekit_folder::Decision::Advance,
                hirekit_folder::Decision::Reject
            ]
        );
    });
}

#[test]
fn adding_a_candidate_and_planning_an_interview() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let recruiter = team["recruiter"].as_str();
        // Every problem next to its field, in the words of `hirekit candidate add`; the values
        // as typed.
        let refused = app
            .post(
                "/candidates/new",
                recruiter,
                &[
                    ("id", "Fleur de Vries"),
                    ("name", "  "),
                    ("given_name", ""),
                    ("email", "fleur at example.nl"),
                    ("address", "Lindelaan 4\n3512 AB\u{200b} Utrecht"),
                    ("language", "nl"),
                    ("scorecard", "senior-backend-developr"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("add_candidate_refused_nl", stable(&refused));
        // A taken id.
        let taken = app
            .post(
                "/candidates/new",
                recruiter,
                &[
                    ("id", "c-2026-014"),
                    ("name", "Fleur de Vries"),
                    ("email", "fleur@example.nl"),
                    ("language", "nl"),
                    ("scorecard", "senior-backend-developer"),
                ],
            )
            .await;
        assert_eq!(taken.status, StatusCode::BAD_REQUEST);
        assert!(
            taken.body.contains("<p class=\"error\" id=\"id-error\">Er is al een kandidaat met het nummer c-2026-014; kies een ander nummer, of laat het leeg voor het volgende vrije.</p>"),
            "{}",
            taken.body
        );
        // A hostile name is stored as typed and shown as text everywhere.
        let added = app
            .post(
                "/candidates/new",
                recruiter,
                &[
                    ("id", ""),
                    ("name", SCRIPT_NAME),
                    ("email", "hostile@example.org"),
                    ("language", "en"),
                    ("scorecard", "senior-backend-developer"),
                ],
            )
            .await;
        assert_eq!(
            (added.status, added.location()),
            (StatusCode::SEE_OTHER, Some("/candidates/c-2026-024"))
        );
        // Planning: a time that is not one, then a real one.
        let bad_time = app
            .post(
                "/candidates/c-2026-024/plan",
                recruiter,
                &[("interviewer", "daan"), ("at", "next tuesday")],
            )
            .await;
        assert_eq!(bad_time.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("plan_refused_nl", stable(&bad_time));
        let planned = app
            .post(
                "/candidates/c-2026-024/plan",
                recruiter,
                &[("interviewer", "daan"), ("at", "2026-11-30T10:00:00+01:00")],
            )
            .await;
        assert_eq!(planned.location(), Some("/candidates/c-2026-024"));
        let twice = app
            .post(
                "/candidates/c-2026-024/plan",
                recruiter,
                &[("interviewer", "daan"), ("at", "2026-11-30T10:00:00+01:00")],
            )
            .await;
        assert_eq!(twice.status, StatusCode::BAD_REQUEST);
        assert!(
            twice
                .body
                .contains("Dit gesprek is al gepland: dezelfde interviewer op hetzelfde moment."),
            "{}",
            twice.body
        );
        let page = app.get("/candidates/c-2026-024", Some(recruiter)).await;
        insta::assert_snapshot!("candidate_added_recruiter_nl", stable(&page));
        // Escaped on every page that names the candidate, for every role that sees it.
        for (who, path) in [
            ("recruiter", "/candidates"),
            ("recruiter", "/pipeline"),
            ("recruiter", "/candidates/c-2026-024"),
            ("recruiter", "/candidates/c-2026-024/decision"),
            ("recruiter", "/candidates/c-2026-024/plan"),
            ("recruiter", "/candidates/c-2026-024/upload"),
            ("recruiter", "/candidates/c-2026-024/audit"),
            ("hiring_manager", "/candidates/c-2026-024"),
            ("daan", "/my-interviews"),
            ("daan", "/candidates/c-2026-024"),
        ] {
            let reply = app.get(path, Some(&team[who])).await;
            assert_eq!(reply.status, StatusCode::OK, "{who} {path}");
            assert!(
                !reply.body.contains(SCRIPT_NAME),
                "{who} {path}: {}",
                reply.body
            );
            assert!(
                reply.body.contains(SCRIPT_ESCAPED),
                "{who} {path}: {}",
                reply.body
            );
        }
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let writes: Vec<_> = log
            .iter()
            .filter(|(_, _, action, _)| !action.starts_with("view"))
            .map(|(_, actor, action, candidate)| {
                (actor.as_str(), action.as_str(), candidate.as_deref())
            })
            .collect();
        assert_eq!(
            writes,
            [
                ("sanne@example.org", "add-candidate", Some("c-2026-024")),
                ("sanne@example.org", "plan-interview", Some("c-2026-024")),
            ]
        );
    });
}

/// Chen's scorecard for c-2026-020, as an interviewer fills it in from the template.
fn chen_scorecard(score: &str) -> String {
    format!(
        "candidate: c-2026-020
scorecard: senior-backend-developer
interviewer: chen
interviewed_at: 2026-11-20T14:00:00+01:00
submitted_at: 2026-11-21T09:00:00+01:00
ratings:
  api-design:
    score: {score}
    evidence: \"Walked through a versioned REST API and how clients were moved off the old one.\"
  distributed-systems:
    score: 2
    evidence: \"Knew retries but not idempotency keys.\"
  data-modelling:
    not_assessed: true
  testing-quality:
    score: 3
    evidence: \"Writes contract tests between services.\"
  production-ownership:
    not_assessed: true
  collaboration-reviews:
    score: 3
    evidence: \"Reviews daily and asks questions before judging.\"
  explaining-tradeoffs:
    not_assessed: true
  mentoring:
    not_assessed: true
red_flags: []
recommendation: yes
"
    )
}

#[test]
fn uploading_a_scorecard_on_behalf_of_an_interviewer() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let recruiter = team["recruiter"].as_str();
        let page = app
            .get("/candidates/c-2026-020/upload", Some(recruiter))
            .await;
        insta::assert_snapshot!("upload_form_nl", stable(&page));
        // A score outside the scale: located, with the line and a caret, escaped.
        let refused = app
            .post(
                "/candidates/c-2026-020/upload",
                recruiter,
                &[("interviewer", "chen"), ("yaml", &chen_scorecard("7"))],
            )
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("upload_refused_nl", stable(&refused));
        // Chen's scorecard on behalf of bram.
        let wrong = app
            .post(
                "/candidates/c-2026-020/upload",
                recruiter,
                &[("interviewer", "bram"), ("yaml", &chen_scorecard("3"))],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
        assert!(
            wrong.body.contains("candidates/c-2026-020/interviews/bram.yaml:3:14: error: the interviewer `chen` differs from the file name `bram.yaml`"),
            "{}",
            wrong.body
        );
        let stored = app
            .post(
                "/candidates/c-2026-020/upload",
                recruiter,
                &[("interviewer", "chen"), ("yaml", &chen_scorecard("3"))],
            )
            .await;
        assert_eq!(stored.location(), Some("/candidates/c-2026-020"));
        let again = app
            .post(
                "/candidates/c-2026-020/upload",
                recruiter,
                &[("interviewer", "chen"), ("yaml", &chen_scorecard("3"))],
            )
            .await;
        assert_eq!(again.status, StatusCode::BAD_REQUEST);
        assert!(
            again.body.contains(
                "Chen Li heeft al een scorekaart voor deze kandidaat ingediend; er is niets veranderd."
            ),
            "{}",
            again.body
        );
        let (folder, _) = app.db.load(Path::new(".")).await.expect("loads");
        let files = folder.candidate("c-2026-020").expect("there");
        let submitted: Vec<_> = files
            .interviews
            .iter()
            .map(|s| s.interviewer.as_str())
            .collect();
        assert_eq!(submitted, ["ayla", "chen"]);
    });
}

#[test]
fn the_cost_of_a_mis_hire() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let manager = team["hiring_manager"].as_str();
        let refused = app
            .post(
                "/cost",
                manager,
                &[
                    ("salary", "five thousand"),
                    ("exit_month", "-2"),
                    ("route", "probation"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("cost_refused_en", stable(&refused));
        // The doc example of hirekit-cost: €5,000 a month, dismissed in probation at month 2.
        let report = app
            .post(
                "/cost",
                manager,
                &[
                    ("salary", "5000"),
                    ("exit_month", "2"),
                    ("route", "probation"),
                ],
            )
            .await;
        assert_eq!(report.status, StatusCode::OK);
        assert!(report.body.contains("€43,770"), "{}", report.body);
        insta::assert_snapshot!("cost_report_en", stable(&report));
        let dutch = app
            .post(
                "/cost",
                team["recruiter"].as_str(),
                &[
                    ("salary", "5000,00"),
                    ("exit_month", "2"),
                    ("route", "probation"),
                ],
            )
            .await;
        assert!(dutch.body.contains("€ 43.770"), "{}", dutch.body);
        // A pasted input file with a mistake: located.
        let file = app
            .post(
                "/cost",
                manager,
                &[(
                    "yaml",
                    "monthly_salary: -5000\nexit:\n  month: 2\n  route: probation\n",
                )],
            )
            .await;
        assert_eq!(file.status, StatusCode::BAD_REQUEST);
        insta::assert_snapshot!("cost_file_refused_en", stable(&file));
        let pdf = app
            .post(
                "/cost",
                manager,
                &[
                    ("salary", "5000"),
                    ("exit_month", "2"),
                    ("route", "probation"),
                    ("format", "pdf"),
                ],
            )
            .await;
        assert_eq!(pdf.status, StatusCode::OK);
        assert_eq!(
            pdf.headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok()),
            Some("application/pdf")
        );
        assert!(pdf.bytes.starts_with(b"%PDF-"), "not a PDF");
        if let Ok(dir) = std::env::var("HIREKIT_WEB_PDF_DIR") {
            fs_err::write(Path::new(&dir).join("cost.pdf"), &pdf.bytes).expect("written");
        }
        let log = accounts::audit_log(&app.db).await.expect("the audit log");
        let estimates = log
            .iter()
            .filter(|(_, _, a, c)| a == "cost-estimate" && c.is_none())
            .count();
        assert_eq!(estimates, 3);
    });
}

#[test]
fn the_audit_log_of_a_candidate() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        app.get("/candidates/c-2026-014", Some(&team["ayla"])).await;
        app.clock.store(NOW + 60, Ordering::Relaxed);
        app.post(
            "/candidates/c-2026-014/decision",
            &team["hiring_manager"],
            &[
                ("decision", "reject"),
                ("reason", "requirements"),
                ("note", ""),
            ],
        )
        .await;
        app.clock.store(NOW + 120, Ordering::Relaxed);
        let page = app
            .get("/candidates/c-2026-014/audit", Some(&team["recruiter"]))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        insta::assert_snapshot!("audit_c_2026_014_nl", stable(&page));
    });
}

/// What a person reads of a page: the text between the tags, entities decoded, one line per
/// line of the page that holds any text.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Dutch recruiter's and a Dutch interviewer's pages are Dutch from top to bottom: the
/// labels, the rules' problems on refused forms, the panel, the times. The whole visible text
/// of every page is a snapshot (read it); and no English sentence of the web app's catalogue
/// appears on any of them.
#[test]
fn a_dutch_users_pages_are_all_dutch() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let recruiter = team["recruiter"].as_str();
        let daan = team["daan"].as_str();
        let mut pages: Vec<(String, Reply)> = Vec::new();
        for path in [
            "/candidates",
            "/pipeline",
            "/candidates/c-2026-014",
            "/candidates/c-2026-020",
            "/candidates/new",
            "/candidates/c-2026-014/plan",
            "/candidates/c-2026-014/decision",
            "/candidates/c-2026-020/upload",
            "/candidates/c-2026-014/audit",
            "/cost",
        ] {
            pages.push((
                format!("recruiter GET {path}"),
                app.get(path, Some(recruiter)).await,
            ));
        }
        let refused: &[(&str, &[(&str, &str)])] = &[
            (
                "/candidates/c-2026-014/decision",
                &[("decision", "advance"), ("reason", "other_candidate")],
            ),
            (
                "/candidates/c-2026-020/decision",
                &[("decision", "reject"), ("reason", "requirements")],
            ),
            ("/candidates/c-2026-014/decision", &[("reason", "x")]),
            (
                "/candidates/new",
                &[
                    ("id", "c-2026-014"),
                    ("name", ""),
                    ("email", "nobody"),
                    ("language", "de"),
                    ("scorecard", "nope"),
                ],
            ),
            (
                "/candidates/c-2026-014/plan",
                &[("interviewer", "nobody"), ("at", "morgen")],
            ),
            (
                "/cost",
                &[("salary", "veel"), ("exit_month", "x"), ("route", "")],
            ),
            (
                "/cost",
                &[
                    ("salary", "5500"),
                    ("exit_month", "6"),
                    ("route", "fixed_term_end"),
                ],
            ),
            (
                "/candidates/c-2026-020/upload",
                &[("interviewer", "daan"), ("yaml", "")],
            ),
        ];
        for (path, pairs) in refused {
            let reply = app.post(path, recruiter, pairs).await;
            assert_eq!(
                reply.status,
                StatusCode::BAD_REQUEST,
                "{path}: {}",
                reply.body
            );
            pages.push((format!("recruiter POST {path} (refused)"), reply));
        }
        for path in [
            "/my-interviews",
            "/candidates/c-2026-017",
            "/candidates/c-2026-023",
            "/candidates/c-2026-023/scorecard",
            "/candidates/c-2026-017/kit",
        ] {
            pages.push((format!("daan GET {path}"), app.get(path, Some(daan)).await));
        }
        let english: Vec<String> = hirekit_text::ids(hirekit_text::Language::En)
            .filter(|id| id.starts_with("web-") || id.starts_with("page-"))
            .filter(|id| hirekit_text::variables(hirekit_text::Language::En, id).is_empty())
            .map(|id| hirekit_text::message(hirekit_text::Language::En, id, &[]))
            .filter(|en| en.split_whitespace().count() > 1)
            .collect();
        let mut all = String::new();
        for (what, reply) in &pages {
            assert!(
                reply.status == StatusCode::OK || reply.status == StatusCode::BAD_REQUEST,
                "{what}: {}",
                reply.status
            );
            let text = visible_text(&reply.body);
            for sentence in &english {
                assert!(
                    !text.contains(sentence.as_str()),
                    "{what} says, in English: {sentence}\n{text}"
                );
            }
            all.push_str(&format!("=== {what}\n{text}\n"));
        }
        insta::assert_snapshot!("dutch_pages_text", all);
    });
}

/// After a panel meeting the decision records the final ratings of the disputed criteria, by
/// the rules of `hirekit decide --panel-met --final`: each disputed criterion then needs one,
/// with a reason. Only recruiters and hiring managers, only with the CSRF token.
#[test]
fn final_ratings_after_the_panel_meeting() {
    on_every_backend(|url| async move {
        let app = App::new(&url, "http://127.0.0.1:8080").await;
        let team: std::collections::BTreeMap<_, _> = app.team().await.into_iter().collect();
        let manager = team["hiring_manager"].as_str();
        // c-2026-014: the panel disputed api-design (a must-have on both sides of the pass).
        let decide = [
            ("decision", "reject"),
            ("reason", "requirements"),
            ("panel_met", "yes"),
        ];
        for who in ["ayla", "daan"] {
            let refused = app
                .post("/candidates/c-2026-014/decision", &team[who], &decide)
                .await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{who}");
        }
        let no_token = app
            .send(
                "POST",
                "/candidates/c-2026-014/decision",
                &[("hirekit_session", manager)],
                &form(&decide),
            )
            .await;
        assert_eq!(no_token.status, StatusCode::FORBIDDEN);
        // The panel met, and no final rating given; then one without a reason.
        let missing = app
            .post("/candidates/c-2026-014/decision", manager, &decide)
            .await;
        assert_eq!(missing.status, StatusCode::BAD_REQUEST);
        assert!(
            missing.body.contains("<li>The panel met, so the disputed criterion API and service design needs a final rating.</li>"),
            "{}",
            missing.body
        );
        let mut with_rating = decide.to_vec();
        with_rating.push(("final.api-design", "2"));
        let no_reason = app
            .post("/candidates/c-2026-014/decision", manager, &with_rating)
            .await;
        assert_eq!(no_reason.status, StatusCode::BAD_REQUEST);
        assert!(
            no_reason.body.contains("<li>The final rating of API and service design needs a reason: what the answers contained, in terms of the anchors.</li>"),
            "{}",
            no_reason.body
        );
        // What was chosen is kept in the form that comes back.
        assert!(
            no_reason
                .body
                .contains("<option value=\"2\" selected>2</option>"),
            "{}",
            no_reason.body
        );
        with_rating.push((
            "final_reason.api-design",
            "Versioning only by URL; no answer on breaking changes (anchor 2).",
        ));
        let recorded = app
            .post("/candidates/c-2026-014/decision", manager, &with_rating)
            .await;
        assert_eq!(
            (recorded.status, recorded.location()),
            (StatusCode::SEE_OTHER, Some("/candidates/c-2026-014"))
        );
        let stored = app
            .db
            .read_record(
                Path::new("."),
                "c-2026-014",
                hirekit_folder::HistoryRecord::Debrief,
            )
            .await
            .expect("reads")
            .expect("a debrief");
        let text = String::from_utf8(stored.bytes.expect("bytes")).expect("UTF-8");
        let (log, _) = hirekit_yaml::read::<hirekit_debrief::DebriefLog>(
            Path::new("debrief.yaml"),
            text.as_bytes(),
        )
        .expect("a debrief history");
        let last = log.decisions.last().expect("a decision");
        assert_eq!(
            last.final_ratings,
            [hirekit_debrief::FinalRating {
                criterion: "api-design".into(),
                rating: 2,
                reason: "Versioning only by URL; no answer on breaking changes (anchor 2).".into(),
            }]
        );
    });
}
