//! The letter pages (`/candidates/{id}/letter` and its `.pdf`, `.eml`, `.txt`), in-process, on
//! SQLite and on PostgreSQL: who may see them, the page saying why there is no letter yet, the
//! preview with the guard's findings marked, the refusal to serve a letter with a guard error,
//! the downloads (the very letter `hirekit feedback` writes), and the audit lines.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // a test's set-up may panic and read plain files

// The in-process app, shared with the other test files.
mod app;

use std::path::{Path, PathBuf};

use app::*;
use axum::http::{StatusCode, header};
use hirekit_store::accounts::{self, Role};

const TODAY: (i32, u32, u32) = (2026, 11, 23);

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap()
}

/// The recruiter (Dutch pages), the hiring manager (English), an interviewer, and a
/// recruiter whose session has expired.
async fn letter_team(app: &App) -> Vec<(&'static str, String)> {
    let later = NOW + 3600;
    vec![
        (
            "recruiter",
            app.session(
                ("sanne@example.org", "Sanne de Wit"),
                Role::Recruiter,
                "nl",
                later,
            )
            .await,
        ),
        (
            "manager",
            app.session(
                ("joost@example.org", "Joost Kok"),
                Role::HiringManager,
                "en",
                later,
            )
            .await,
        ),
        (
            "ayla",
            app.session(
                ("ayla@example.org", "Ayla Bakker"),
                Role::Interviewer("ayla".into()),
                "en",
                later,
            )
            .await,
        ),
        (
            "expired",
            app.session(
                ("old@example.org", "Old Session"),
                Role::Recruiter,
                "en",
                NOW - 1,
            )
            .await,
        ),
    ]
}

#[test]
fn letter_routes_for_every_role() {
    on_every_backend(|url| async move {
        let app = App::build(&url, "http://127.0.0.1:8080", &example(), |_| {}).await;
        let team = letter_team(&app).await;
        // c-2026-014: rejected, panel complete. c-2026-011: advanced. c-2026-020: no decision,
        // scorecards awaited. c-2026-999: no such candidate.
        let routes = [
            "/candidates/c-2026-014/letter",
            "/candidates/c-2026-014/letter.pdf",
            "/candidates/c-2026-014/letter.eml",
            "/candidates/c-2026-014/letter.txt",
            "/candidates/c-2026-011/letter",
            "/candidates/c-2026-011/letter.pdf",
            "/candidates/c-2026-020/letter",
            "/candidates/c-2026-999/letter",
            "/candidates/c-2026-999/letter.txt",
        ];
        let mut table = String::new();
        for route in routes {
            let mut row = format!("{route:<36} none:{}", outcome(&app.get(route, None).await));
            for (who, session) in &team {
                let reply = app.get(route, Some(session)).await;
                row.push_str(&format!(" {who}:{}", outcome(&reply)));
            }
            table.push_str(&row);
            table.push('\n');
        }
        assert_eq!(
            table,
            "\
/candidates/c-2026-014/letter        none:→/signin recruiter:200 manager:200 ayla:403 expired:→/signin
/candidates/c-2026-014/letter.pdf    none:→/signin recruiter:200 manager:200 ayla:403 expired:→/signin
/candidates/c-2026-014/letter.eml    none:→/signin recruiter:200 manager:200 ayla:403 expired:→/signin
/candidates/c-2026-014/letter.txt    none:→/signin recruiter:200 manager:200 ayla:403 expired:→/signin
/candidates/c-2026-011/letter        none:→/signin recruiter:409 manager:409 ayla:403 expired:→/signin
/candidates/c-2026-011/letter.pdf    none:→/signin recruiter:409 manager:409 ayla:403 expired:→/signin
/candidates/c-2026-020/letter        none:→/signin recruiter:409 manager:409 ayla:403 expired:→/signin
/candidates/c-2026-999/letter        none:→/signin recruiter:404 manager:404 ayla:403 expired:→/signin
/candidates/c-2026-999/letter.txt    none:→/signin recruiter:404 manager:404 ayla:403 expired:→/signin
",
            "{url}"
        );
        // An interviewer is refused before anything is looked up: letters are not theirs to see.
        // The letter as the candidate reads it, with its downloads.
        let recruiter = &team[0].1;
        let clean = app
            .get("/candidates/c-2026-014/letter", Some(recruiter))
            .await;
        insta::assert_snapshot!("letter_clean_recruiter_nl", stable(&clean));
        // Why there is no letter, in the user's language, as a page.
        let manager = &team[1].1;
        let advanced = app
            .get("/candidates/c-2026-011/letter", Some(manager))
            .await;
        insta::assert_snapshot!("letter_advanced_manager_en", stable(&advanced));
        let awaiting = app
            .get("/candidates/c-2026-020/letter", Some(recruiter))
            .await;
        insta::assert_snapshot!("letter_awaiting_recruiter_nl", stable(&awaiting));
        // Every view and download of an existing candidate is in the audit log.
        let log = accounts::audit_log(&app.db).await.unwrap();
        let mut lines: Vec<String> = log
            .iter()
            .filter(|(_, _, action, _)| action.contains("letter"))
            .map(|(at, actor, action, candidate)| {
                format!(
                    "{at} {actor} {action} {}",
                    candidate.as_deref().unwrap_or("-")
                )
            })
            .collect();
        lines.sort();
        assert_eq!(
            lines.join("\n"),
            "\
1795435200 joost@example.org download-letter-eml c-2026-014
1795435200 joost@example.org download-letter-pdf c-2026-011
1795435200 joost@example.org download-letter-pdf c-2026-014
1795435200 joost@example.org download-letter-txt c-2026-014
1795435200 joost@example.org view-letter c-2026-011
1795435200 joost@example.org view-letter c-2026-011
1795435200 joost@example.org view-letter c-2026-014
1795435200 joost@example.org view-letter c-2026-020
1795435200 sanne@example.org download-letter-eml c-2026-014
1795435200 sanne@example.org download-letter-pdf c-2026-011
1795435200 sanne@example.org download-letter-pdf c-2026-014
1795435200 sanne@example.org download-letter-txt c-2026-014
1795435200 sanne@example.org view-letter c-2026-011
1795435200 sanne@example.org view-letter c-2026-014
1795435200 sanne@example.org view-letter c-2026-014
1795435200 sanne@example.org view-letter c-2026-020
1795435200 sanne@example.org view-letter c-2026-020",
            "{url}"
        );
    });
}

/// A copy of the example hiring folder in `dir`, its scorecards path made absolute, so a
/// letter batch can write its files and histories there.
fn example_copy(dir: &Path) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let root = dir.join("hiring");
    copy(&repo().join("examples/hiring"), &root);
    let profile = std::fs::read_to_string(root.join("hirekit.yaml")).unwrap();
    let scorecards = repo().join("scorecards");
    std::fs::write(
        root.join("hirekit.yaml"),
        profile.replace("../../scorecards", scorecards.to_str().unwrap()),
    )
    .unwrap();
    root
}

/// `pdftotext` of `bytes`, or `None` (with a note) when poppler is not installed, except under
/// CI=true.
fn pdf_text(bytes: &[u8], dir: &Path) -> Option<String> {
    let path = dir.join("letter.pdf");
    std::fs::write(&path, bytes).unwrap();
    match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) => Some(String::from_utf8(out.stdout).unwrap()),
        Err(_) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "pdftotext is not installed, and under CI=true nothing may be skipped"
            );
            eprintln!("note: pdftotext not installed: the PDF's text is not compared");
            None
        }
    }
}

#[test]
fn downloads_are_the_letter_hirekit_feedback_writes() {
    on_every_backend(|url| async move {
        let app = App::build(&url, "http://127.0.0.1:8080", &example(), |_| {}).await;
        let team = letter_team(&app).await;
        let manager = &team[1].1;
        let get = |format: &'static str| {
            let app = &app;
            async move {
                app.get(
                    &format!("/candidates/c-2026-014/letter.{format}"),
                    Some(manager),
                )
                .await
            }
        };
        let (pdf, eml, txt) = (get("pdf").await, get("eml").await, get("txt").await);
        let heads: Vec<String> = [&pdf, &eml, &txt]
            .iter()
            .map(|r| {
                format!(
                    "{} | {} | {}",
                    r.status,
                    r.header(header::CONTENT_TYPE),
                    r.header(header::CONTENT_DISPOSITION)
                )
            })
            .collect();
        assert_eq!(
            heads.join("\n"),
            "\
200 OK | application/pdf | attachment; filename=\"Terugkoppeling sollicitatie _ Kanaalzicht Software B.V.pdf\"; filename*=UTF-8''Terugkoppeling%20sollicitatie%20%E2%80%93%20Kanaalzicht%20Software%20B.V.pdf
200 OK | message/rfc822 | attachment; filename=\"Terugkoppeling sollicitatie _ Kanaalzicht Software B.V.eml\"; filename*=UTF-8''Terugkoppeling%20sollicitatie%20%E2%80%93%20Kanaalzicht%20Software%20B.V.eml
200 OK | text/plain; charset=utf-8 | attachment; filename=\"Terugkoppeling sollicitatie _ Kanaalzicht Software B.V.txt\"; filename*=UTF-8''Terugkoppeling%20sollicitatie%20%E2%80%93%20Kanaalzicht%20Software%20B.V.txt"
        );
        for reply in [&pdf, &eml, &txt] {
            assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
        }

        // The text is the command line's reviewed letter for this candidate and date.
        let snapshot = std::fs::read_to_string(
            repo().join("tests/snapshots/cli__feedback__failed_must_have_nl.snap"),
        )
        .unwrap();
        let (_, reviewed) = snapshot.split_once("\n---\n").unwrap();
        assert_eq!(
            txt.text().trim_end_matches('\n'),
            reviewed.trim_end_matches('\n')
        );

        // The files are byte for byte the ones `hirekit feedback` writes (its batch, on a copy
        // of the same folder, the same day).
        let dir = tempfile::tempdir().unwrap();
        let root = example_copy(dir.path());
        let (folder, _) = hirekit_folder::open(&root, &|_| true, today()).unwrap();
        let files = folder.candidate("c-2026-014").unwrap();
        let options = hirekit_letters::Options {
            lang: None,
            formats: vec![
                hirekit_letters::Format::Txt,
                hirekit_letters::Format::Eml,
                hirekit_letters::Format::Pdf,
            ],
            out_dir: root.join("out"),
            today: today(),
            force: false,
        };
        let templates = hirekit_letters::templates(&root).unwrap();
        let mut reports = Vec::new();
        hirekit_letters::write_batch(&folder, None, &[files], &options, &templates, &|| (), |r| {
            reports.push(r)
        });
        assert!(reports.iter().all(|r| r.error.is_none()), "{reports:?}");
        let written =
            |ext: &str| std::fs::read(root.join(format!("out/c-2026-014.{ext}"))).unwrap();
        assert_eq!(txt.bytes, written("txt"));
        assert_eq!(eml.bytes, written("eml"));
        assert_eq!(pdf.bytes, written("pdf"), "the PDFs differ");
        if let Some(text) = pdf_text(&pdf.bytes, dir.path()) {
            assert!(text.contains("Şükrü Yılmaz"), "{text}");
            assert_eq!(Some(text), pdf_text(&written("pdf"), dir.path()));
        }
    });
}

/// A copy of the example's Dutch letter template with a sentence the guard refuses (a
/// protected ground) or warns about (a vague reason), in a hiring folder of its own.
fn folder_with_template(dir: &Path, from: &str, to: &str) -> PathBuf {
    let root = dir.join("hiring");
    std::fs::create_dir_all(root.join("templates/nl")).unwrap();
    let builtin = std::fs::read_to_string(repo().join("templates/nl/letter.txt.tera")).unwrap();
    assert!(builtin.contains(from));
    std::fs::write(
        root.join("templates/nl/letter.txt.tera"),
        builtin.replace(from, to),
    )
    .unwrap();
    root
}

#[test]
fn the_preview_marks_findings_and_an_error_blocks_the_downloads() {
    on_every_backend(|url| async move {
        // A vague reason (a warning) and a protected ground (an error): both marked in place
        // with their reasons, a notice, and no download.
        let dir = tempfile::tempdir().unwrap();
        let root = folder_with_template(
            dir.path(),
            "Wat ons positief opviel:",
            "Het was geen goede match. We zochten eigenlijk iemand voor ons jong en dynamisch team. Wat ons positief opviel:",
        );
        let app = App::build(&url, "http://127.0.0.1:8080", &root, |_| {}).await;
        let team = letter_team(&app).await;
        let (recruiter, manager) = (&team[0].1, &team[1].1);
        let blocked = app
            .get("/candidates/c-2026-014/letter", Some(manager))
            .await;
        assert_eq!(blocked.status, StatusCode::OK);
        insta::assert_snapshot!("letter_guard_error_manager_en", stable(&blocked));
        for format in ["pdf", "eml", "txt"] {
            let refused = app
                .get(
                    &format!("/candidates/c-2026-014/letter.{format}"),
                    Some(recruiter),
                )
                .await;
            assert_eq!(refused.status, StatusCode::CONFLICT, "{format}");
            assert_eq!(refused.header(header::CONTENT_DISPOSITION), "", "{format}");
            assert!(
                refused
                    .header(header::CONTENT_TYPE)
                    .starts_with("text/html")
            );
            insta::assert_snapshot!("letter_guard_error_download_nl", stable(&refused));
        }
    });
}
