//! Data that must never be lost or mixed up: output names, the letter history, one scorecard per
//! interviewer, hidden ratings, dates, interrupted batches, what `--force` may replace, stdout,
//! files that are not files, a broken file among good ones, and invisible characters.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use super::{LIMIT, hirekit_within};
use crate::util::{edit, example_copy};

const TODAY: &str = "2026-11-23";

fn root_of(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("hiring")
}

/// Copies candidate `from` to a new candidate `id` named `name`, interviews included.
fn clone_candidate(root: &Path, from: &str, id: &str, name: &str) -> PathBuf {
    let source = root.join("candidates").join(from);
    let target = root.join("candidates").join(id);
    crate::util::copy_dir(&source, &target);
    let yaml = target.join("candidate.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let old_name = text
        .lines()
        .find_map(|l| l.strip_prefix("name: "))
        .unwrap()
        .to_owned();
    edit(&yaml, &format!("id: {from}"), &format!("id: {id}"));
    edit(
        &yaml,
        &format!("name: {old_name}"),
        &format!("name: {name}"),
    );
    // The source's given name belongs to another person: the clone goes by its full name.
    let text = std::fs::read_to_string(&yaml).unwrap();
    let without: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("given_name: "))
        .collect();
    std::fs::write(&yaml, without.join("\n") + "\n").unwrap();
    for entry in std::fs::read_dir(target.join("interviews")).unwrap() {
        edit(
            &entry.unwrap().path(),
            &format!("candidate: {from}"),
            &format!("candidate: {id}"),
        );
    }
    target
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

fn history(root: &Path, id: &str) -> hirekit_folder::FeedbackHistory {
    let path = root.join("candidates").join(id).join("feedback.yaml");
    let bytes = std::fs::read(&path).unwrap();
    hirekit_yaml::read::<hirekit_folder::FeedbackHistory>(&path, &bytes)
        .unwrap()
        .0
}

fn files_named(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.to_string_lossy().ends_with(suffix) {
                found.push(path);
            }
        }
    }
    found
}

// 1. Output names never collide.

#[test]
fn ids_that_once_shared_a_file_name_now_each_get_their_own_letter() {
    let dir = example_copy();
    let root = root_of(&dir);
    clone_candidate(&root, "c-2026-014", "jan.de.vries", "Jan de Vries");
    clone_candidate(&root, "c-2026-014", "jan_de_vries", "Janna de Vries");
    hirekit_within(
        LIMIT,
        &root,
        &[
            "feedback",
            "jan.de.vries",
            "jan_de_vries",
            "--today",
            TODAY,
            "--format",
            "txt",
        ],
    )
    .success();
    assert!(read(root.join("out/jan.de.vries.txt")).contains("\nBeste Jan de Vries,\n"));
    assert!(read(root.join("out/jan_de_vries.txt")).contains("\nBeste Janna de Vries,\n"));
    assert_eq!(
        history(&root, "jan.de.vries").letters[0].files[0].path,
        "out/jan.de.vries.txt"
    );
}

#[test]
fn an_id_outside_the_safe_alphabet_is_a_located_error() {
    let dir = example_copy();
    let root = root_of(&dir);
    clone_candidate(&root, "c-2026-014", "ä-1", "Ärmin Voorbeeld");
    let run = hirekit_within(LIMIT, &root, &["score", "--format", "json"]).failure(1);
    let first = run.stderr.lines().next().unwrap();
    assert_eq!(
        first,
        "candidates/ä-1/candidate.yaml:2:5: error: the candidate id `ä-1` contains `ä`; ids use only a-z, 0-9, `-`, `_` and `.` (the folder name)"
    );
    // The other candidates are still scored.
    assert_eq!(run.json()["candidates"].as_array().unwrap().len(), 5);
}

// 2. The feedback record is history, not a cache.

#[test]
fn a_regenerated_letter_adds_to_the_history_and_the_first_one_counts() {
    let dir = example_copy();
    let root = root_of(&dir);
    let args = |today: &'static str| {
        [
            "feedback",
            "c-2026-014",
            "--today",
            today,
            "--format",
            "txt",
        ]
    };
    hirekit_within(LIMIT, &root, &args("2026-11-20")).success();
    let first_text = read(root.join("out/c-2026-014.txt"));
    let mut again = args("2026-11-30").to_vec();
    again.extend(["--force", "--lang", "en"]);
    hirekit_within(LIMIT, &root, &again).success();

    let h = history(&root, "c-2026-014");
    assert_eq!(h.letters.len(), 2);
    let (first, second) = (&h.letters[0], &h.letters[1]);
    assert_eq!(
        (
            first.letter_date.to_string(),
            first.on_time,
            first.language.code()
        ),
        ("2026-11-20".to_owned(), true, "nl")
    );
    assert_eq!(
        (
            second.letter_date.to_string(),
            second.on_time,
            second.language.code()
        ),
        ("2026-11-30".to_owned(), false, "en")
    );
    assert_eq!(
        first.files[0].sha256.as_deref(),
        Some(hirekit_folder::sha256_hex(first_text.as_bytes()).as_str()),
        "the first entry still describes the first letter"
    );
    // The deadline was met by the first letter: nothing is due for this candidate.
    let due = hirekit_within(
        LIMIT,
        &root,
        &["due", "--today", "2026-11-30", "--format", "json"],
    )
    .success()
    .json();
    assert!(
        due["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["candidate"] != "c-2026-014"),
        "{due}"
    );
}

// 3. One scorecard per interviewer.

#[test]
fn a_conflicted_copy_is_an_error_naming_both_files_and_no_letter_thanks_anyone_twice() {
    let dir = example_copy();
    let root = root_of(&dir);
    let interviews = root.join("candidates/c-2026-014/interviews");
    std::fs::copy(
        interviews.join("ayla.yaml"),
        interviews.join("ayla (conflicted copy 2026-11-17).yaml"),
    )
    .unwrap();
    let run =
        hirekit_within(LIMIT, &root, &["feedback", "c-2026-014", "--today", TODAY]).failure(1);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        errors,
        [
            "candidates/c-2026-014/interviews/ayla (conflicted copy 2026-11-17).yaml:3:14: error: the interviewer `ayla` differs from the file name `ayla (conflicted copy 2026-11-17).yaml`",
            "candidates/c-2026-014/interviews/ayla.yaml:3:14: error: candidates/c-2026-014/interviews/ayla (conflicted copy 2026-11-17).yaml and candidates/c-2026-014/interviews/ayla.yaml are both scorecards of interviewer `ayla`",
        ],
        "{}",
        run.stderr
    );
    assert!(run.stderr.ends_with(
        "error: kandidaat `c-2026-014` kon niet worden gelezen (zie de fouten hierboven)\n"
    ));
    assert!(!root.join("out").exists(), "no letter was written");
}

// 4. Hidden means hidden (score is covered in score.rs); feedback waits for the whole panel.

#[test]
fn feedback_waits_for_every_planned_scorecard() {
    let dir = example_copy();
    let root = root_of(&dir);
    let yaml = root.join("candidates/c-2026-020/candidate.yaml");
    let text = read(&yaml) + "decision: reject\ndecision_reason: requirements\n";
    std::fs::write(&yaml, text).unwrap();
    let run =
        hirekit_within(LIMIT, &root, &["feedback", "c-2026-020", "--today", TODAY]).failure(1);
    assert_eq!(
        run.stderr,
        "error: c-2026-020: het panel is niet compleet: nog geen scorekaart van bram, chen; een brief wordt pas geschreven als elke geplande interviewer heeft ingediend (of gebruik --force)\n"
    );
    assert!(!root.join("out").exists());
}

// 5. A letter never holds an empty date.

#[test]
fn without_planned_interviews_the_letter_takes_the_date_from_the_scorecards() {
    let dir = example_copy();
    let root = root_of(&dir);
    let yaml = root.join("candidates/c-2026-014/candidate.yaml");
    edit(
        &yaml,
        "interviews:\n  - interviewer: ayla\n    at: 2026-11-16T10:00:00+01:00\n  - interviewer: bram\n    at: 2026-11-16T13:00:00+01:00\n",
        "",
    );
    hirekit_within(
        LIMIT,
        &root,
        &[
            "feedback",
            "c-2026-014",
            "--today",
            TODAY,
            "--format",
            "txt",
        ],
    )
    .success();
    let letter = read(root.join("out/c-2026-014.txt"));
    let thanks = letter
        .lines()
        .find(|l| l.starts_with("Hartelijk dank"))
        .unwrap();
    assert_eq!(
        thanks,
        "Hartelijk dank voor je sollicitatie als Senior backend-developer bij Kanaalzicht Software B.V. en voor de gesprekken op 16 november 2026 met Ayla Bakker en Bram Visser. We hebben besloten om niet verder met je te gaan in deze procedure. Hieronder lichten we toe waarom, aan de hand van de eisen uit de vacature."
    );
}

#[test]
fn a_planned_date_that_disagrees_or_lies_years_ahead_is_a_warning() {
    let dir = example_copy();
    let root = root_of(&dir);
    let yaml = root.join("candidates/c-2026-014/candidate.yaml");
    edit(
        &yaml,
        "at: 2026-11-16T13:00:00+01:00",
        "at: 2062-11-16T13:00:00+01:00",
    );
    let run = hirekit_within(LIMIT, &root, &["due", "--today", TODAY]).success();
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": warning: "))
        .collect();
    assert_eq!(
        warnings,
        [
            "candidates/c-2026-014/candidate.yaml:14:9: warning: the interview with `bram` is planned on 2062-11-16, more than a year from 2026-11-23",
            "candidates/c-2026-014/interviews/bram.yaml:4:17: warning: interviewed at 2026-11-16 13:00, but candidate.yaml plans this interview at 2062-11-16 13:00",
        ]
    );
}

// 6. An interrupted batch is finished by a plain re-run.

fn many_rejected(root: &Path, count: usize) {
    for n in 0..count {
        clone_candidate(
            root,
            "c-2026-014",
            &format!("r-{n:04}"),
            &format!("Kandidaat {n}"),
        );
    }
}

#[test]
fn a_batch_killed_midway_is_completed_by_a_plain_rerun_with_every_letter_once() {
    let dir = example_copy();
    let root = root_of(&dir);
    many_rejected(&root, 200);
    let args = ["feedback", "--today", TODAY, "--format", "txt,eml"];
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(args)
        .current_dir(&root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(250));
    child.kill().ok(); // SIGKILL: no chance to clean up
    child.wait().unwrap();

    hirekit_within(Duration::from_secs(60), &root, &args).success();
    let rejected: Vec<String> = (0..200)
        .map(|n| format!("r-{n:04}"))
        .chain(["c-2026-014", "c-2026-017", "c-2026-023"].map(String::from))
        .collect();
    for id in &rejected {
        let h = history(&root, id);
        assert_eq!(h.letters.len(), 1, "{id} has exactly one letter");
        for file in &h.letters[0].files {
            let bytes = std::fs::read(root.join(&file.path)).unwrap();
            assert_eq!(
                file.sha256.as_deref(),
                Some(hirekit_folder::sha256_hex(&bytes).as_str()),
                "{} is the recorded letter",
                file.path
            );
        }
        assert!(
            !root
                .join("candidates")
                .join(id)
                .join(".feedback-pending.yaml")
                .exists()
        );
    }
    assert_eq!(files_named(&root, ".tmp"), Vec::<PathBuf>::new());
}

#[test]
fn files_left_by_an_interruption_are_completed_but_a_strangers_file_is_not_replaced() {
    let dir = example_copy();
    let root = root_of(&dir);
    // As a crash leaves it: the marker, one file written, no record, a temporary file.
    std::fs::create_dir_all(root.join("out")).unwrap();
    std::fs::write(root.join("out/c-2026-014.txt"), "half a letter").unwrap();
    std::fs::write(root.join("out/.hirekit-AbC123.tmp"), "partial").unwrap();
    std::fs::write(
        root.join("candidates/c-2026-014/.feedback-pending.yaml"),
        "files:\n- out/c-2026-014.txt\n- out/c-2026-014.eml\n",
    )
    .unwrap();
    hirekit_within(
        LIMIT,
        &root,
        &[
            "feedback",
            "c-2026-014",
            "--today",
            TODAY,
            "--format",
            "txt,eml",
        ],
    )
    .success();
    assert!(read(root.join("out/c-2026-014.txt")).contains("\nBeste Şükrü,\n"));
    assert_eq!(files_named(&root, ".tmp"), Vec::<PathBuf>::new());

    // A file nobody recorded, for a candidate with no unfinished letter: only --force replaces it.
    std::fs::write(root.join("out/c-2026-017.txt"), "my own notes").unwrap();
    let run = hirekit_within(
        LIMIT,
        &root,
        &[
            "feedback",
            "c-2026-017",
            "--today",
            TODAY,
            "--format",
            "txt",
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: out/c-2026-017.txt bestaat al; gebruik --force om de brief te vervangen\n"
    );
    assert_eq!(read(root.join("out/c-2026-017.txt")), "my own notes");
}

// 7. --force replaces ordinary files only.

#[cfg(unix)]
#[test]
fn force_never_replaces_a_fifo_a_device_or_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("kit.pdf");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let scorecard = crate::util::repo_root().join("scorecards/senior-backend-developer.yaml");
    let scorecard = scorecard.to_str().unwrap();
    let run = hirekit_within(
        LIMIT,
        dir.path(),
        &["kit", scorecard, "--pdf", "kit.pdf", "--force"],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: kit.pdf is a device, pipe or socket, not an ordinary file; choose another path\n"
    );
    use std::os::unix::fs::FileTypeExt as _;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    let target = dir.path().join("elsewhere.pdf");
    std::fs::write(&target, "keep me").unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("link.pdf")).unwrap();
    let run = hirekit_within(
        LIMIT,
        dir.path(),
        &["kit", scorecard, "--pdf", "link.pdf", "--force"],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: link.pdf is a link; hirekit only replaces ordinary files, so it will not write there\n"
    );
    assert!(
        std::fs::symlink_metadata(dir.path().join("link.pdf"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(read(&target), "keep me");
}

// 8. A full or closed stdout.

#[cfg(unix)]
#[test]
fn a_full_stdout_is_an_error_and_a_closed_pipe_a_quiet_end() {
    let root = crate::util::repo_root();
    for args in [
        &["score", "--dir", "examples/hiring"][..],
        &["due", "--dir", "examples/hiring", "--today", TODAY],
        &[
            "scorecard",
            "show",
            "scorecards/senior-backend-developer.yaml",
        ],
        &["scorecard", "schema"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_hirekit"))
            .args(args)
            .current_dir(&root)
            .stdout(
                std::fs::File::options()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "error: cannot write to standard output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
    // `hirekit scorecard schema | head -1`: the reader leaves after one line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(["scorecard", "schema"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

// 12. No reads that never end, no echo of files that are not ours.

#[cfg(unix)]
#[test]
fn a_fifo_among_the_scorecards_is_named_and_never_read() {
    let dir = example_copy();
    let root = root_of(&dir);
    let fifo = root.join("candidates/c-2026-023/interviews/chen.yaml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let run = hirekit_within(LIMIT, &root, &["score", "--format", "json"]).failure(1);
    assert_eq!(
        run.stderr.lines().next().unwrap(),
        "candidates/c-2026-023/interviews/chen.yaml:1:1: error: is a named pipe (FIFO), not a regular file"
    );
    assert_eq!(run.json()["candidates"].as_array().unwrap().len(), 4);
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_refused_without_echoing_the_file() {
    let dir = example_copy();
    let root = root_of(&dir);
    let secret = dir.path().join("shadow");
    std::fs::write(&secret, "root:$6$verysecret:19000:0:99999:7:::\n").unwrap();
    let interview = root.join("candidates/c-2026-023/interviews/daan.yaml");
    std::fs::remove_file(&interview).unwrap();
    std::os::unix::fs::symlink(&secret, &interview).unwrap();
    let run = hirekit_within(LIMIT, &root, &["score"]).failure(1);
    assert!(!run.stderr.contains("verysecret"), "{}", run.stderr);
    assert_eq!(
        run.stderr.lines().next().unwrap(),
        format!(
            "candidates/c-2026-023/interviews/daan.yaml:1:1: error: is a link to {}, outside the hiring folder; hirekit does not follow it",
            std::fs::canonicalize(&secret).unwrap().display()
        )
    );
}

// 15. One broken file does not hide everything else.

#[test]
fn a_half_filled_scorecard_is_listed_and_the_rest_still_due() {
    let dir = example_copy();
    let root = root_of(&dir);
    std::fs::write(
        root.join("candidates/c-2026-020/interviews/chen.yaml"),
        "candidate: c-2026-020\nscorecard: senior-backend-developer\ninterviewer: chen\nratings:\n  api-design:\n    score:\n",
    )
    .unwrap();
    let run = hirekit_within(LIMIT, &root, &["due", "--today", TODAY, "--lang", "en"]).failure(1);
    assert_eq!(
        run.stdout,
        "status      deadline   candidate  name                 what\n\
         3 d late    2026-11-20 c-2026-017 Łukasz Wójcik        send feedback: hirekit feedback c-2026-017\n\
         today       2026-11-23 c-2026-014 Şükrü Yılmaz         send feedback: hirekit feedback c-2026-014\n\
         today       2026-11-23 c-2026-020                      files have errors (see above): fix them first\n\
         2 d left    2026-11-25 c-2026-023 Олена Шевченко       send feedback: hirekit feedback c-2026-023\n\
         as of 2026-11-23\n"
    );
}

// 16. Say what is meant.

#[test]
fn a_missing_dir_or_scorecards_folder_is_said_once_and_plainly() {
    let dir = example_copy();
    let root = root_of(&dir);
    let run = hirekit_within(LIMIT, &root, &["score", "--dir", "no-such-folder"]).failure(1);
    assert_eq!(
        run.stderr,
        "error: the folder no-such-folder does not exist (given with --dir)\n"
    );
    edit(
        &root.join("hirekit.yaml"),
        "scorecards: ../scorecards",
        "scorecards: ../scorecardz",
    );
    let run = hirekit_within(LIMIT, &root, &["due", "--today", TODAY]).failure(1);
    let errors: Vec<&str> = run.stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(
        errors,
        ["hirekit.yaml:1:1: error: the scorecards folder `../scorecardz` does not exist"]
    );
}

// 17. Invisible and control characters.

#[test]
fn control_and_invisible_characters_are_refused_where_they_are() {
    let dir = example_copy();
    let root = root_of(&dir);
    edit(
        &root.join("hirekit.yaml"),
        "company: Kanaalzicht Software B.V.",
        "company: \"Kanaalzicht\\r\\nBcc: x@example.org\"",
    );
    edit(
        &root.join("candidates/c-2026-014/candidate.yaml"),
        "name: Şükrü Yılmaz",
        "name: \"Şükrü\\u202EzamlıY\"",
    );
    edit(
        &root.join("candidates/c-2026-017/candidate.yaml"),
        "email: ",
        "email: ł",
    );
    let run = hirekit_within(LIMIT, &root, &["due", "--today", TODAY]).failure(1);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        errors,
        [
            "candidates/c-2026-014/candidate.yaml:3:7: error: `name` contains U+202E (bidirectional override)",
            "candidates/c-2026-017/candidate.yaml:4:8: error: the e-mail address `łlukasz.wojcik@example.org` contains `ł`; only ASCII addresses can be sent to reliably",
            "hirekit.yaml:3:10: error: `company` contains U+000D (carriage return)",
        ]
    );
}

// Two runs at once: one history entry would be lost in a read-modify-write race.

#[test]
fn a_second_letter_run_on_the_same_folder_waits_its_turn() {
    let dir = example_copy();
    let root = root_of(&dir);
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(root.join(".hirekit.lock"))
        .unwrap();
    lock.lock().unwrap(); // another hirekit run, as far as the binary can tell
    let run =
        hirekit_within(LIMIT, &root, &["feedback", "c-2026-014", "--today", TODAY]).failure(1);
    assert_eq!(
        run.stderr,
        "error: another hirekit command is writing letters or records in this hiring folder (.hirekit.lock is locked); wait until it has finished and run this again\n"
    );
    assert!(!root.join("out").exists());
    drop(lock);
    hirekit_within(
        LIMIT,
        &root,
        &[
            "feedback",
            "c-2026-014",
            "--today",
            TODAY,
            "--format",
            "txt",
        ],
    )
    .success();
}

// Found by attacking the first version: decide leaked the disputed criteria of an incomplete
// panel; a plain re-run of a finished batch failed; a link and blank names got through.

#[test]
fn decide_waits_for_the_whole_panel_and_shows_nothing_before() {
    let dir = example_copy();
    let root = root_of(&dir);
    let run = hirekit_within(
        LIMIT,
        &root,
        &[
            "decide",
            "c-2026-020",
            "--decision",
            "reject",
            "--reason",
            "requirements",
            "--note",
            "x",
            "--panel-met",
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: the decision on c-2026-020 was not recorded:\n  - the panel is not complete: no scorecard yet from bram, chen; decide once every planned interviewer has submitted\n"
    );
    assert!(!root.join("candidates/c-2026-020/debrief.yaml").exists());
}

#[test]
fn a_plain_rerun_of_a_finished_batch_skips_the_letters_on_record() {
    let dir = example_copy();
    let root = root_of(&dir);
    hirekit_within(
        LIMIT,
        &root,
        &["feedback", "--today", TODAY, "--format", "txt"],
    )
    .success();
    let run = hirekit_within(
        LIMIT,
        &root,
        &["feedback", "--today", TODAY, "--format", "txt"],
    )
    .success();
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "c-2026-011 overgeslagen (besluit: door naar volgende ronde)\n\
         c-2026-014 overgeslagen (brief van 2026-11-23 staat al in de geschiedenis; --force schrijft een nieuwe)\n\
         c-2026-017 overgeslagen (brief van 2026-11-23 staat al in de geschiedenis; --force schrijft een nieuwe)\n\
         c-2026-020 overgeslagen (nog geen besluit)\n\
         c-2026-023 overgeslagen (brief van 2026-11-23 staat al in de geschiedenis; --force schrijft een nieuwe)\n"
    );
    assert_eq!(history(&root, "c-2026-014").letters.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_debrief_linked_out_of_the_folder_is_refused_unread() {
    let dir = example_copy();
    let root = root_of(&dir);
    let secret = dir.path().join("passwd");
    std::fs::write(&secret, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    let debrief = root.join("candidates/c-2026-017/debrief.yaml");
    std::fs::remove_file(&debrief).unwrap();
    std::os::unix::fs::symlink(&secret, &debrief).unwrap();
    let run =
        hirekit_within(LIMIT, &root, &["feedback", "c-2026-017", "--today", TODAY]).failure(1);
    assert!(!run.stderr.contains("root:x"), "{}", run.stderr);
    assert!(run.stderr.contains(&format!(
        "candidates/c-2026-017/debrief.yaml:1:1: error: is a link to {}, outside the hiring folder; hirekit does not follow it",
        std::fs::canonicalize(&secret).unwrap().display()
    )), "{}", run.stderr);
}

#[test]
fn blank_names_and_hidden_characters_in_scorecard_texts_are_located_errors() {
    let dir = example_copy();
    let root = root_of(&dir);
    edit(
        &root.join("candidates/c-2026-011/candidate.yaml"),
        "name: Zoë van der Berg",
        "name: \"\\u3000\"",
    );
    edit(
        &dir.path().join("scorecards/senior-backend-developer.yaml"),
        "title: { nl: Senior backend-developer,",
        "title: { nl: \"Senior \\e[31mbackend-developer\",",
    );
    let run = hirekit_within(LIMIT, &root, &["due", "--today", TODAY]).failure(1);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        errors,
        [
            "../scorecards/senior-backend-developer.yaml:9:14: error: the text contains U+001B (escape)",
            "candidates/c-2026-011/candidate.yaml:3:7: error: `name` is empty",
            "candidates/c-2026-011/candidate.yaml:9:12: error: scorecard `senior-backend-developer` in ../scorecards/senior-backend-developer.yaml is invalid",
            "candidates/c-2026-014/candidate.yaml:9:12: error: scorecard `senior-backend-developer` in ../scorecards/senior-backend-developer.yaml is invalid",
            "candidates/c-2026-017/candidate.yaml:9:12: error: scorecard `senior-backend-developer` in ../scorecards/senior-backend-developer.yaml is invalid",
            "candidates/c-2026-020/candidate.yaml:9:12: error: scorecard `senior-backend-developer` in ../scorecards/senior-backend-developer.yaml is invalid",
            "candidates/c-2026-023/candidate.yaml:9:12: error: scorecard `senior-backend-developer` in ../scorecards/senior-backend-developer.yaml is invalid",
        ]
    );
}

#[test]
fn a_letter_full_of_placeholders_prints_the_first_findings_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.txt"),
        format!("Beste Jan, {}", "{".repeat(4000)),
    )
    .unwrap();
    let run = hirekit_within(LIMIT, dir.path(), &["feedback", "lint", "p.txt"]).failure(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.len() < 300, "{} lines", lines.len());
    assert_eq!(
        lines[lines.len() - 2..],
        [
            "p.txt: … and 1950 more findings in this letter (counted below)",
            "2000 errors in 1 of 1 letter.",
        ]
    );
}
