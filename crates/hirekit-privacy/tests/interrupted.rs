//! A purge killed at each step is finished or undone by the next run, never left half-done.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hirekit_privacy::purge::{self, AUDIT_FILE, StopAfter};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn example() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hiring");
    copy_dir(&repo.join("examples/hiring"), &root);
    copy_dir(&repo.join("scorecards"), &dir.path().join("scorecards"));
    let profile = root.join("hirekit.yaml");
    let text = std::fs::read_to_string(&profile).unwrap();
    std::fs::write(
        &profile,
        text.replace("scorecards: ../../scorecards", "scorecards: ../scorecards"),
    )
    .unwrap();
    (dir, root)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn ids(root: &Path) -> Vec<String> {
    let (folder, _) = hirekit_folder::open(root, &|_| true, today()).unwrap();
    folder
        .candidates
        .iter()
        .map(|c| c.candidate.id.clone())
        .collect()
}

fn entries(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("candidates"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn stop_after(root: &Path, stop: StopAfter) -> String {
    let (folder, _) = hirekit_folder::open(root, &|_| true, today()).unwrap();
    let plan = purge::erase_plan(&folder, &[], "c-2026-017", today()).unwrap();
    purge::apply_until(
        &folder,
        &hirekit_privacy::pool::NoPool,
        &plan,
        today(),
        stop,
    )
    .unwrap()
    .anonymous_id
}

#[test]
fn killed_before_it_takes_effect_the_purge_is_undone() {
    let (_dir, root) = example();
    let before = ids(&root);
    let id = stop_after(&root, StopAfter::Staged);
    let hex = id.trim_start_matches("anon-");
    assert!(entries(&root).contains(&format!(".purging-{hex}")));
    // The staged copy is hidden: the folder reads as before.
    assert_eq!(ids(&root), before);
    assert_eq!(purge::recover(&root).unwrap(), (0, 1));
    assert_eq!(
        entries(&root),
        [
            "c-2026-011",
            "c-2026-014",
            "c-2026-017",
            "c-2026-020",
            "c-2026-023"
        ]
    );
    assert!(!root.join(AUDIT_FILE).exists());
    // And a new run does it whole.
    let id = stop_after(&root, StopAfter::Never);
    assert_eq!(
        entries(&root),
        [
            id.as_str(),
            "c-2026-011",
            "c-2026-014",
            "c-2026-020",
            "c-2026-023"
        ]
    );
}

#[test]
fn killed_after_it_took_effect_the_next_run_finishes_it() {
    let (_dir, root) = example();
    let id = stop_after(&root, StopAfter::Retired);
    let hex = id.trim_start_matches("anon-");
    assert_eq!(
        entries(&root),
        [
            format!(".purged-{hex}"),
            format!(".purging-{hex}"),
            "c-2026-011".to_owned(),
            "c-2026-014".to_owned(),
            "c-2026-020".to_owned(),
            "c-2026-023".to_owned(),
        ]
    );
    assert_eq!(
        purge::interrupted(&root),
        [
            format!("candidates/.purged-{hex}"),
            format!("candidates/.purging-{hex}")
        ]
    );
    assert_eq!(purge::recover(&root).unwrap(), (1, 0));
    assert!(purge::interrupted(&root).is_empty());
    assert_eq!(
        entries(&root),
        [
            id.as_str(),
            "c-2026-011",
            "c-2026-014",
            "c-2026-020",
            "c-2026-023"
        ]
    );
    let audit = std::fs::read_to_string(root.join(AUDIT_FILE)).unwrap();
    assert_eq!(
        audit,
        format!(
            "2026-12-01 erase {id} scorecard=senior-backend-developer decision=reject ground=erasure_request due=2026-12-01 removed=1\n"
        )
    );
    assert!(
        !root
            .join("candidates")
            .join(&id)
            .join(".audit-line")
            .exists()
    );
    // The anonymous candidate loads, and a further run changes nothing.
    assert!(ids(&root).contains(&id));
    assert_eq!(purge::recover(&root).unwrap(), (0, 0));
    assert_eq!(
        std::fs::read_to_string(root.join(AUDIT_FILE)).unwrap(),
        audit
    );
}
