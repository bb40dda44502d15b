//! The database against both backends: import, load, export, the constraints it enforces.

mod backends;
mod generated;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hirekit_folder::{Folder, HiringSource as _, SourceError};
use hirekit_store::{Database, LATEST_VERSION, Store, StoreError};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hiring")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
}

/// Opens a folder that must be free of errors.
pub fn open_folder(root: &Path) -> Folder {
    let (folder, problems) = hirekit_folder::open(root, &|_| true, today())
        .unwrap_or_else(|p| panic!("{root:?} cannot be read: {p:?}"));
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "{root:?} has errors: {errors:?}");
    folder
}

/// The data of two folders is the same (the scorecards folder may be elsewhere).
pub fn assert_same_data(a: &Folder, b: &Folder) {
    let mut pa = a.profile.clone();
    let mut pb = b.profile.clone();
    pa.scorecards = String::new();
    pb.scorecards = String::new();
    assert_eq!(pa, pb, "profile");
    assert_eq!(a.scorecards, b.scorecards, "scorecards");
    let ids = |f: &Folder| -> Vec<String> {
        f.candidates
            .iter()
            .map(|c| c.candidate.id.clone())
            .collect()
    };
    assert_eq!(ids(a), ids(b), "candidate ids");
    for (x, y) in a.candidates.iter().zip(&b.candidates) {
        assert_eq!(x.candidate, y.candidate, "candidate {}", x.candidate.id);
        assert_eq!(
            x.interviews, y.interviews,
            "interviews of {}",
            x.candidate.id
        );
        assert_eq!(x.feedback, y.feedback, "feedback of {}", x.candidate.id);
        // The histories other crates own: the same bytes (their paths differ with the root).
        let bytes = |r: &Option<hirekit_folder::StoredRecord>| {
            r.as_ref().map(|r| r.bytes.clone().expect("readable"))
        };
        assert_eq!(
            bytes(&x.debrief),
            bytes(&y.debrief),
            "debrief of {}",
            x.candidate.id
        );
        assert_eq!(bytes(&x.sent), bytes(&y.sent), "sent of {}", x.candidate.id);
    }
    assert!(a.unreadable.is_empty() && b.unreadable.is_empty());
}

fn store(url: &str) -> Store {
    Store::open(url, Path::new(""))
        .map(|(s, _)| s)
        .expect("the database opens")
}

#[test]
fn the_example_folder_survives_import_and_export() {
    let original = open_folder(&example());
    for db in backends::all() {
        let store = store(&db.url);
        let imported = store.import(&original).expect("imports");
        assert_eq!(
            (
                imported.scorecards,
                imported.candidates,
                imported.filled_scorecards
            ),
            (5, 5, 9),
            "{}",
            db.name
        );
        let (loaded, problems) = store.load(&|_| true, today()).expect("loads");
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        assert_same_data(&original, &loaded);

        let out = tempfile::tempdir().expect("a folder");
        let exported = out.path().join("hiring");
        store.export(&exported).expect("exports");
        assert_same_data(&original, &open_folder(&exported));
        // The files that are kept whole come back byte for byte.
        for file in [
            "candidates/c-2026-014/cv.yaml",
            "candidates/c-2026-017/debrief.yaml",
        ] {
            assert_eq!(
                fs_err::read(example().join(file)).expect("original"),
                fs_err::read(exported.join(file)).expect("exported"),
                "{file} on {}",
                db.name
            );
        }
        assert_eq!(
            fs_err::read(example().join("../../scorecards/senior-backend-developer.yaml"))
                .expect("original"),
            fs_err::read(exported.join("scorecards/senior-backend-developer.yaml"))
                .expect("exported"),
        );
        // A second import into the same database is refused: nothing is merged silently.
        let again = store.import(&original).err().map(|e| e.to_string());
        assert_eq!(
            again.as_deref(),
            Some(
                "the database already holds hiring data (company Kanaalzicht Software B.V.); import into a new, empty database"
            )
        );
        // Export refuses a folder that is not empty.
        let refused = store.export(&exported).err().map(|e| e.to_string());
        assert_eq!(
            refused,
            Some(format!(
                "{} already exists and is not empty; export into a new or empty folder",
                exported.display()
            ))
        );
    }
}

#[test]
fn a_second_scorecard_of_the_same_interviewer_is_refused() {
    let original = open_folder(&example());
    for db in backends::all() {
        let store = store(&db.url);
        store.import(&original).expect("imports");
        let existing = original.candidates[0].interviews[0].clone();
        let refused = store.submit_scorecard(&existing, false);
        assert!(
            matches!(&refused, Err(SourceError::AlreadySubmitted { candidate, interviewer })
                if *candidate == existing.candidate && *interviewer == existing.interviewer),
            "{}: {refused:?}",
            db.name
        );
        // With `replace` (fill --force) it is replaced, still only one.
        let mut changed = existing.clone();
        changed.refilled_after_ratings_shown = true;
        store.submit_scorecard(&changed, true).expect("replaced");
        let (loaded, _) = store.load(&|_| true, today()).expect("loads");
        let cards: Vec<_> = loaded.candidates[0]
            .interviews
            .iter()
            .filter(|c| c.interviewer == existing.interviewer)
            .collect();
        assert_eq!(cards, vec![&changed]);
        // A scorecard for a candidate who does not exist is refused by the foreign key.
        let mut stray = existing.clone();
        stray.candidate = "c-nobody".to_owned();
        assert!(matches!(
            store.submit_scorecard(&stray, false),
            Err(SourceError::UnknownCandidate(id)) if id == "c-nobody"
        ));
    }
}

#[test]
fn of_many_simultaneous_submissions_exactly_one_lands() {
    let original = open_folder(&example());
    for db in backends::all() {
        store(&db.url).import(&original).expect("imports");
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        let (ok, refused, other) = runtime.block_on(async {
            let (database, _) = Database::open(&db.url).await.expect("opens");
            // A new interviewer, so no scorecard exists yet.
            let mut card = original.candidates[0].interviews[0].clone();
            card.interviewer = "chen".to_owned();
            let tasks: Vec<_> = (0..20)
                .map(|_| {
                    let database = database.clone();
                    let card = card.clone();
                    tokio::spawn(async move { database.submit_scorecard(&card, false).await })
                })
                .collect();
            let (mut ok, mut refused, mut other) = (0, 0, Vec::new());
            for task in tasks {
                match task.await.expect("the task ends") {
                    Ok(()) => ok += 1,
                    Err(SourceError::AlreadySubmitted { .. }) => refused += 1,
                    Err(e) => other.push(e.to_string()),
                }
            }
            (ok, refused, other)
        });
        assert_eq!(
            (ok, refused, other),
            (1, 19, Vec::<String>::new()),
            "{}",
            db.name
        );
        let (loaded, _) = store(&db.url).load(&|_| true, today()).expect("loads");
        let chen = loaded.candidates[0]
            .interviews
            .iter()
            .filter(|c| c.interviewer == "chen")
            .count();
        assert_eq!(chen, 1, "{}", db.name);
    }
}

#[test]
fn a_history_record_is_replaced_whole_and_read_back_as_written() {
    use hirekit_folder::HistoryRecord;
    let original = open_folder(&example());
    for db in backends::all() {
        let store = store(&db.url);
        store.import(&original).expect("imports");
        let debrief = store
            .read_record("c-2026-017", HistoryRecord::Debrief)
            .expect("reads")
            .expect("the example has a debrief");
        assert_eq!(
            debrief.path,
            Path::new("candidates/c-2026-017/debrief.yaml"),
            "{}",
            db.name
        );
        assert_eq!(
            debrief.bytes.expect("bytes"),
            fs_err::read(example().join("candidates/c-2026-017/debrief.yaml")).expect("reads"),
            "{}",
            db.name
        );
        assert!(
            store
                .read_record("c-2026-014", HistoryRecord::Sent)
                .expect("reads")
                .is_none()
        );
        for text in ["entries: []\n", "entries: []\n# a second version\n"] {
            store
                .write_record("c-2026-014", HistoryRecord::Sent, text)
                .expect("writes");
            let (loaded, _) = store.load(&|_| true, today()).expect("loads");
            let sent = loaded.candidate("c-2026-014").and_then(|c| c.sent.clone());
            assert_eq!(
                sent.map(|s| s.bytes.expect("bytes")),
                Some(text.as_bytes().to_vec()),
                "{}",
                db.name
            );
        }
        assert!(matches!(
            store.write_record("c-nobody", HistoryRecord::Sent, "entries: []\n"),
            Err(SourceError::UnknownCandidate(id)) if id == "c-nobody"
        ));
    }
}

#[test]
fn deleting_a_candidate_deletes_everything_about_them() {
    let original = open_folder(&example());
    for db in backends::all() {
        let store = store(&db.url);
        store.import(&original).expect("imports");
        // c-2026-017 has a decision, planned interviews, scorecards, a CV and a debrief.
        let id = "c-2026-017";
        let record = hirekit_folder::FeedbackRecord {
            letter_date: today(),
            language: hirekit_scorecard::Language::Nl,
            files: vec![],
            on_time: true,
            reconnect_after: None,
            basis: None,
        };
        store
            .append_feedback(id, &record)
            .expect("a feedback record");
        let tables = [
            "planned_interviews",
            "decisions",
            "filled_scorecards",
            "feedback_records",
            "cvs",
            "debriefs",
        ];
        let count = |store: &Store| -> Vec<i64> {
            store.block_on(async {
                let mut counts = Vec::new();
                for table in tables {
                    let n: i64 = sqlx::Row::get(
                        &sqlx::query(&format!(
                            "SELECT COUNT(*) FROM {table} WHERE candidate = $1"
                        ))
                        .bind(id)
                        .fetch_one(store.database().pool())
                        .await
                        .expect("counts"),
                        0,
                    );
                    counts.push(n);
                }
                counts
            })
        };
        assert_eq!(count(&store), vec![2, 1, 2, 1, 1, 1], "{}", db.name);
        assert!(store.delete_candidate(id).expect("deletes"));
        assert_eq!(count(&store), vec![0; 6], "{}", db.name);
        let (loaded, _) = store.load(&|_| true, today()).expect("loads");
        assert_eq!(loaded.candidates.len(), 4);
        assert!(loaded.candidate(id).is_none());
    }
}

#[test]
fn drafts_are_kept_per_candidate_and_interviewer() {
    let original = open_folder(&example());
    for db in backends::all() {
        let store = store(&db.url);
        store.import(&original).expect("imports");
        let database = store.database();
        store.block_on(async {
            use hirekit_store::drafts;
            let found = |c: &'static str, i: &'static str| drafts::find(database, c, i);
            assert_eq!(found("c-2026-020", "chen").await.expect("reads"), None);
            drafts::save(database, "c-2026-020", "chen", "chen's draft", 10)
                .await
                .expect("saves");
            drafts::save(database, "c-2026-020", "daan", "daan's draft", 11)
                .await
                .expect("saves");
            // Saving again replaces, never adds a second.
            drafts::save(database, "c-2026-020", "chen", "chen's second", 12)
                .await
                .expect("saves");
            assert_eq!(
                found("c-2026-020", "chen").await.expect("reads"),
                Some(("chen's second".to_owned(), 12))
            );
            // Keyed on both: the same interviewer has no draft for another candidate.
            assert_eq!(found("c-2026-014", "chen").await.expect("reads"), None);
            // A draft for a candidate who does not exist is refused.
            assert!(
                drafts::save(database, "c-nobody", "chen", "x", 13)
                    .await
                    .is_err()
            );
            assert!(
                drafts::delete(database, "c-2026-020", "chen")
                    .await
                    .expect("deletes")
            );
            assert!(
                !drafts::delete(database, "c-2026-020", "chen")
                    .await
                    .expect("deletes")
            );
            assert_eq!(found("c-2026-020", "chen").await.expect("reads"), None);
            assert_eq!(
                found("c-2026-020", "daan").await.expect("reads"),
                Some(("daan's draft".to_owned(), 11))
            );
            // Deleting the candidate deletes their drafts.
            assert!(
                database
                    .delete_candidate("c-2026-020")
                    .await
                    .expect("deletes")
            );
            let left: i64 = sqlx::query("SELECT COUNT(*) FROM scorecard_drafts")
                .fetch_one(database.pool())
                .await
                .and_then(|r| sqlx::Row::try_get(&r, 0))
                .expect("counts");
            assert_eq!(left, 0, "{}", db.name);
        });
        // A draft is no part of the hiring data: the export is the folder as imported.
        let out = tempfile::tempdir().expect("a folder");
        store.export(&out.path().join("hiring")).expect("exports");
    }
}

#[test]
fn a_page_reads_one_candidate_or_one_interviewers_candidates_as_the_whole_load_holds_them() {
    let original = open_folder(&example());
    for db in backends::all() {
        let store = store(&db.url);
        store.import(&original).expect("imports");
        let database = store.database();
        let root = Path::new("");
        store.block_on(async {
            let (whole, _) = database.load(root).await.expect("loads");
            // What the whole load holds of the given candidates, with their scorecards only.
            let part = |ids: &[&str]| Folder {
                candidates: whole
                    .candidates
                    .iter()
                    .filter(|c| ids.contains(&c.candidate.id.as_str()))
                    .cloned()
                    .collect(),
                scorecards: whole
                    .scorecards
                    .iter()
                    .filter(|(id, _)| {
                        whole.candidates.iter().any(|c| {
                            ids.contains(&c.candidate.id.as_str()) && c.candidate.scorecard == **id
                        })
                    })
                    .map(|(id, s)| (id.clone(), s.clone()))
                    .collect(),
                ..whole.clone()
            };
            assert!(whole.candidates.len() > 2, "{}", db.name);
            for files in &whole.candidates {
                let id = files.candidate.id.as_str();
                let one = database
                    .load_candidate(root, id)
                    .await
                    .expect("loads")
                    .unwrap_or_else(|| panic!("{id} is found ({})", db.name));
                assert_same_data(&one, &part(&[id]));
                assert_eq!(one.scorecards.len(), 1, "{id} ({})", db.name);
                let consent = |f: &Folder| {
                    f.candidates[0]
                        .consent
                        .as_ref()
                        .map(|r| (r.path.clone(), r.bytes.clone().expect("readable")))
                };
                assert_eq!(consent(&one), consent(&part(&[id])), "{id} ({})", db.name);
            }
            // No such candidate; an id that would change the SQL if it were pasted into it.
            for id in ["c-nobody", "x' OR '1'='1"] {
                assert!(
                    database
                        .load_candidate(root, id)
                        .await
                        .expect("loads")
                        .is_none(),
                    "{id} ({})",
                    db.name
                );
            }
            for handle in whole.profile.interviewers.keys() {
                let theirs: Vec<&str> = whole
                    .candidates
                    .iter()
                    .filter(|c| {
                        c.candidate
                            .interviews
                            .iter()
                            .any(|p| &p.interviewer == handle)
                    })
                    .map(|c| c.candidate.id.as_str())
                    .collect();
                let planned = database
                    .load_planned_with(root, handle)
                    .await
                    .expect("loads");
                assert_same_data(&planned, &part(&theirs));
            }
            let nobody = database
                .load_planned_with(root, "x' OR '1'='1")
                .await
                .expect("loads");
            assert!(nobody.candidates.is_empty() && nobody.scorecards.is_empty());
            assert_eq!(database.profile().await.expect("reads"), whole.profile);
        });
    }
}

#[test]
fn the_ratings_visible_setting_survives_import_and_export() {
    let mut original = open_folder(&example());
    assert_eq!(
        original.profile.ratings_visible,
        hirekit_folder::RatingsVisible::AfterSubmit
    );
    original.profile.ratings_visible = hirekit_folder::RatingsVisible::Never;
    for db in backends::all() {
        let store = store(&db.url);
        store.import(&original).expect("imports");
        let (loaded, _) = store.load(&|_| true, today()).expect("loads");
        assert_eq!(
            loaded.profile.ratings_visible,
            hirekit_folder::RatingsVisible::Never,
            "{}",
            db.name
        );
        let out = tempfile::tempdir().expect("a folder");
        let exported = out.path().join("hiring");
        store.export(&exported).expect("exports");
        let text = fs_err::read_to_string(exported.join("hirekit.yaml")).expect("exported");
        assert!(text.contains("\nratings_visible: never\n"), "{text}");
        assert_eq!(
            open_folder(&exported).profile.ratings_visible,
            hirekit_folder::RatingsVisible::Never
        );
    }
}

#[test]
fn a_database_of_a_newer_schema_is_refused() {
    for db in backends::all() {
        {
            let store = store(&db.url);
            store.block_on(async {
                sqlx::query("UPDATE hirekit_schema SET version = 99")
                    .execute(store.database().pool())
                    .await
                    .expect("updates")
            });
        }
        let refused = Store::open(&db.url, Path::new(""))
            .err()
            .map(|e| e.to_string());
        let shown = match db.name {
            "sqlite" => db.url.trim_start_matches("sqlite://").to_owned(),
            _ => db.url.clone(),
        };
        assert_eq!(
            refused,
            Some(format!(
                "the database {shown} has schema version 99, newer than this hirekit understands (up to {LATEST_VERSION}); use a newer hirekit"
            )),
            "{}",
            db.name
        );
    }
}

#[test]
fn a_failing_import_leaves_nothing_behind() {
    let mut broken = open_folder(&example());
    // The last candidate refers to a scorecard the database does not have: the foreign key
    // refuses it after everything before it was written in the same transaction.
    let last = broken.candidates.len() - 1;
    broken.candidates[last].candidate.scorecard = "no-such-scorecard".to_owned();
    for db in backends::all() {
        let store = store(&db.url);
        let failed = store.import(&broken);
        assert!(failed.is_err(), "{}", db.name);
        assert!(
            matches!(store.load(&|_| true, today()), Err(p) if p[0].message == StoreError::Empty.to_string()),
            "{}",
            db.name
        );
        // And the database takes a good import afterwards.
        store.import(&open_folder(&example())).expect("imports");
    }
}

#[cfg(unix)]
#[test]
fn a_new_sqlite_file_is_private_and_in_wal_mode() {
    use std::os::unix::fs::PermissionsExt as _;
    let db = backends::sqlite();
    let store = store(&db.url);
    let path = db.url.trim_start_matches("sqlite://");
    let mode = fs_err::metadata(path).expect("exists").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let journal: String = store.block_on(async {
        sqlx::Row::get(
            &sqlx::query("PRAGMA journal_mode")
                .fetch_one(store.database().pool())
                .await
                .expect("reads"),
            0,
        )
    });
    assert_eq!(journal, "wal");
}

#[test]
fn migrating_a_sqlite_file_copies_it_aside_first() {
    let db = backends::sqlite();
    let path = PathBuf::from(db.url.trim_start_matches("sqlite://"));
    // A database at version 0 with data: as if written by a hirekit before the first schema.
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        let (database, migrated) = Database::open(&db.url).await.expect("opens");
        assert_eq!(
            (migrated.from, migrated.to, migrated.backup),
            (0, LATEST_VERSION, None)
        );
        sqlx::query("UPDATE hirekit_schema SET version = 0")
            .execute(database.pool())
            .await
            .expect("updates");
        sqlx::query("DROP TABLE debriefs")
            .execute(database.pool())
            .await
            .expect("drops");
    });
    // Dropping only `debriefs` keeps the others, so migrating again must fail on them: the copy
    // must be there and the original left at version 0.
    let again = runtime.block_on(Database::open(&db.url));
    assert!(again.is_err());
    let copy = path.with_file_name(format!("hiring.db.before-v{LATEST_VERSION}"));
    assert!(copy.is_file(), "no copy at {copy:?}");
    // The copy is the database as it was: version 0, `company` there, `debriefs` gone.
    let tables: Vec<String> = runtime.block_on(async {
        use sqlx::Connection as _;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", copy.display()))
            .await
            .expect("the copy opens");
        sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .fetch_all(&mut conn)
            .await
            .expect("lists")
            .iter()
            .map(|r| sqlx::Row::get(r, 0))
            .collect()
    });
    assert_eq!(
        tables,
        [
            "audit_log",
            "candidates",
            "checklists",
            "company",
            "consent_answers",
            "cvs",
            "decisions",
            "feedback_records",
            "filled_scorecards",
            "hirekit_schema",
            "planned_interviews",
            "pool_contacts",
            "pool_members",
            "privacy_audit",
            "scorecard_drafts",
            "scorecards",
            "sent_records",
            "sessions",
            "sign_in_tokens",
            "users"
        ]
    );
}
