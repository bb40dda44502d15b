//! `hirekit fill`: piped answers, and the real thing through a pseudo-terminal.
//!
//! Every test works on a copy of `tests/fixtures/folder` (one candidate, `c-test-001`, with
//! interviews planned for anna and bram in the past and for dirk far in the future).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use hirekit_folder::{FilledScorecard, Recommendation};

use crate::util::{Run, copy_dir, hirekit_in, repo_root};

const CANDIDATE: &str = "c-test-001";

/// A fresh copy of the fixture hiring folder.
pub fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo_root().join("tests/fixtures/folder"), dir.path());
    dir
}

fn interviews(dir: &Path) -> PathBuf {
    dir.join("candidates").join(CANDIDATE).join("interviews")
}

/// Runs `hirekit fill --candidate c-test-001 ARGS` in `dir` with `input` on standard input.
fn fill(dir: &Path, args: &[&str], input: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(["fill", "--candidate", CANDIDATE])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may refuse before reading anything: a closed pipe is then expected.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Reads a submitted scorecard the way every other command does.
fn submitted(dir: &Path, interviewer: &str) -> FilledScorecard {
    let path = interviews(dir).join(format!("{interviewer}.yaml"));
    let bytes = std::fs::read(&path).unwrap();
    match hirekit_yaml::read::<FilledScorecard>(&path, &bytes) {
        Ok((filled, _)) => filled,
        Err(p) => panic!("{}", p.iter().map(|d| d.render()).collect::<String>()),
    }
}

/// Opens the whole folder with the red-flag checklists and returns every problem, rendered —
/// except the fixture's deliberate warning that dirk's interview is planned in 2099 (a date
/// chosen to stay in the future whatever day the tests run).
fn folder_problems(dir: &Path) -> Vec<String> {
    let catalogue = hirekit_redflags::Catalogue::builtin().unwrap();
    let known = |id: &str| catalogue.get(id).is_some();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let (folder, problems) = hirekit_folder::open(dir, &known, today).unwrap();
    if !problems.iter().any(|p| p.is_error()) {
        assert_eq!(folder.candidates.len(), 1, "the candidate loads");
    }
    problems
        .iter()
        .map(|p| p.render())
        .filter(|p| !p.contains("the interview with `dirk` is planned on 2099-01-15"))
        .collect()
}

/// Answers for the whole scorecard in English: API design 3, testing not assessed,
/// collaboration 2; the first red flag; recommendation yes; submit.
/// `text` with the two passages that depend on the clock (how long ago the deadline passed,
/// how late the submission is) reduced to their first words, so a whole walk-through can be
/// compared with a snapshot. The fixture's interviews lie in the past, so the deadline has
/// passed: its paragraph ends with "…remember the interview." / "…het gesprek nog weet.".
fn clockless(text: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if skipping {
            skipping = !(line.ends_with("interview.") || line.ends_with("weet."));
            continue;
        }
        // The passage may follow a question on the same line (the answer typed is not echoed).
        let found = ["Gesprek: ", "Te laat: ", "Interview: ", "Late: "]
            .iter()
            .filter_map(|s| line.find(*s).map(|at| (at, *s)))
            .find(|(at, _)| *at == 0 || line[..*at].ends_with(' '));
        if let Some((at, start)) = found {
            out.push_str(&format!("{}{start}[…]\n", &line[..at]));
            skipping = matches!(start, "Gesprek: " | "Interview: ")
                && !(line.ends_with("interview.") || line.ends_with("weet."));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The whole run (exit code, stdout without the clock's passages, stderr) for a snapshot.
fn transcript(run: &Run) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        run.code,
        clockless(&run.stdout),
        run.stderr
    )
}

const FULL: &str = "3\nVersioned the orders API by header; explained the sunset date.\nn\n2\nBlamed the reviewer: \"he was wrong\".\n1\n3\n\n";

#[test]
fn a_full_run_from_piped_input_writes_a_scorecard_every_command_accepts() {
    let dir = folder();
    let run = fill(dir.path(), &["--interviewer", "anna", "--lang", "en"], FULL).success();
    insta::assert_snapshot!("fill_walk_through_en", transcript(&run));
    assert!(
        run.stdout
            .contains("hirekit fill · Zoë Voorbeeld (c-test-001) · Backend developer")
    );
    assert!(
        run.stdout
            .contains("Requirement: You design maintainable APIs that stay compatible")
    );
    assert!(
        run.stdout
            .contains("  3 Good          Explains choices for errors and versions"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Submitted: candidates/c-test-001/interviews/anna.yaml"),
        "{}",
        run.stdout
    );
    let filled = submitted(dir.path(), "anna");
    assert_eq!(filled.candidate, CANDIDATE);
    assert_eq!(filled.scorecard, "backend-developer");
    assert_eq!(
        filled.interviewed_at.to_rfc3339(),
        "2026-11-20T10:00:00+01:00"
    );
    assert!(filled.submitted_at > filled.interviewed_at);
    assert_eq!(filled.ratings["api-design"].score, Some(3));
    assert_eq!(
        filled.ratings["collaboration"].evidence.as_deref(),
        Some("Blamed the reviewer: \"he was wrong\".")
    );
    assert!(filled.ratings["testing"].not_assessed);
    assert_eq!(filled.red_flags, ["interview-no-concrete-own-work"]);
    assert_eq!(filled.recommendation, Recommendation::Yes);
    assert!(
        !interviews(dir.path()).join(".anna.draft.yaml").exists(),
        "the draft is gone"
    );
    // The late submission (days after the interview) is a warning of `score`, not an error.
    let problems = folder_problems(dir.path());
    assert!(
        problems.iter().all(|p| !p.contains(": error:")),
        "{problems:?}"
    );
}

#[test]
fn prompts_follow_the_folder_language() {
    let dir = folder();
    let run = fill(dir.path(), &["--interviewer", "anna"], FULL).success();
    // The whole Dutch walk-through, with the two passages that depend on the clock (how long
    // ago the deadline passed, how late the submission is) reduced to their first words.
    insta::assert_snapshot!("fill_walk_through_nl", clockless(&run.stdout));
    let text = std::fs::read_to_string(interviews(dir.path()).join("anna.yaml")).unwrap();
    assert!(
        text.starts_with("# Scorekaart van anna voor Zoë Voorbeeld (c-test-001)"),
        "{text}"
    );
}

#[test]
fn empty_evidence_and_bad_answers_are_asked_again() {
    let dir = folder();
    let input = "5\nthree\n3\n\n   \nOwn example with versioning.\nn\nn\nx\n99\n\n0\n4\n\n";
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en"],
        input,
    )
    .success();
    insta::assert_snapshot!("fill_bad_answers_asked_again", transcript(&run));
    assert_eq!(
        run.stdout
            .matches("Type a score from 1 to 4, or n if this topic did not come up.")
            .count(),
        2
    );
    assert_eq!(
        run.stdout.matches("Evidence is required with every score. Write what the candidate said or did (one line).").count(),
        2
    );
    assert!(
        run.stdout.contains("Unknown red flag `x`."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("There is no red flag numbered 99"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Type 1, 2, 3 or 4"), "{}", run.stdout);
    let filled = submitted(dir.path(), "anna");
    assert_eq!(
        filled.ratings["api-design"].evidence.as_deref(),
        Some("Own example with versioning.")
    );
    assert!(filled.red_flags.is_empty());
    assert_eq!(filled.recommendation, Recommendation::StrongYes);
}

#[test]
fn input_that_ends_early_keeps_a_draft_and_the_next_run_resumes() {
    let dir = folder();
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en"],
        "3\nFirst evidence.\n2\n",
    )
    .failure(1);
    insta::assert_snapshot!("fill_ends_early", transcript(&run));
    assert!(run.stdout.contains("Stopped before submitting. Your answers are saved in candidates/c-test-001/interviews/.anna.draft.yaml"), "{}", run.stdout);
    assert!(!interviews(dir.path()).join("anna.yaml").exists());
    // The hidden draft is invisible to the folder: it is not a submitted scorecard.
    let problems = folder_problems(dir.path());
    assert!(problems.is_empty(), "{problems:?}");

    // The score of the second criterion was saved without its evidence: only that is asked.
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en"],
        "Second evidence.\nn\n\n2\n\n",
    )
    .success();
    insta::assert_snapshot!("fill_resumes", transcript(&run));
    assert!(
        run.stdout
            .contains("Resuming your saved draft: 1 of 3 criteria rated."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("✓ 1. API design: 3 Good — First evidence."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Score: 2 Mixed (saved before)"),
        "{}",
        run.stdout
    );
    let filled = submitted(dir.path(), "anna");
    assert_eq!(
        filled.ratings["api-design"].evidence.as_deref(),
        Some("First evidence.")
    );
    assert_eq!(filled.ratings["testing"].score, Some(2));
    assert_eq!(
        filled.ratings["testing"].evidence.as_deref(),
        Some("Second evidence.")
    );
    assert!(filled.ratings["collaboration"].not_assessed);
}

#[test]
fn answers_can_be_changed_before_submitting() {
    let dir = folder();
    // At the summary: change criterion 1 (new score, Enter keeps the evidence), then the
    // recommendation (number 5), then submit.
    let input = format!("{}\n1\n4\n\n5\n2\n\n", FULL.trim_end_matches('\n'));
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en"],
        &input,
    )
    .success();
    insta::assert_snapshot!("fill_changed_at_summary", transcript(&run));
    assert!(
        run.stdout
            .contains("(Enter keeps: Versioned the orders API by header;"),
        "{}",
        run.stdout
    );
    let filled = submitted(dir.path(), "anna");
    assert_eq!(filled.ratings["api-design"].score, Some(4));
    assert_eq!(
        filled.ratings["api-design"].evidence.as_deref(),
        Some("Versioned the orders API by header; explained the sunset date.")
    );
    assert_eq!(filled.recommendation, Recommendation::No);
}

#[test]
fn a_bias_risk_flag_is_shown_as_a_caution_and_needs_confirming() {
    let dir = folder();
    let input = "n\nn\nn\ninterview-eye-contact 2\nn\n3\n\n";
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en"],
        input,
    )
    .success();
    insta::assert_snapshot!("fill_bias_caution", transcript(&run));
    assert!(
        run.stdout
            .contains("CAUTION, bias risk: these signals say nothing about the work"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("CAUTION: bias risk, do not score `interview-eye-contact`:"),
        "{}",
        run.stdout
    );
    let filled = submitted(dir.path(), "anna");
    assert_eq!(filled.red_flags, ["interview-cannot-explain-own-code"]);
}

#[test]
fn refuses_to_replace_a_submitted_scorecard_without_force_before_asking_anything() {
    let dir = folder();
    let path = interviews(dir.path()).join("anna.yaml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "submitted before\n").unwrap();
    let run = fill(dir.path(), &["--interviewer", "anna", "--lang", "en"], FULL).failure(1);
    insta::assert_snapshot!("fill_refuses_second", transcript(&run));
    assert!(run.stderr.contains(
        "error: anna has already submitted a scorecard for c-test-001: candidates/c-test-001/interviews/anna.yaml\nUse --force to replace it."
    ), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "nothing was asked: {}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "submitted before\n"
    );

    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en", "--force"],
        FULL,
    )
    .success();
    insta::assert_snapshot!("fill_replaces_with_force", transcript(&run));
    assert!(
        run.stdout
            .contains("You are replacing the scorecard you submitted before (--force).")
    );
    assert_eq!(
        submitted(dir.path(), "anna").ratings["api-design"].score,
        Some(3)
    );
}

#[test]
fn never_reads_another_interviewers_scorecard_or_draft() {
    let dir = folder();
    let dir_path = interviews(dir.path());
    std::fs::create_dir_all(&dir_path).unwrap();
    // Broken on purpose: reading either file would print an error.
    std::fs::write(dir_path.join("bram.yaml"), "ratings: [BRAM-SECRET\n").unwrap();
    std::fs::write(
        dir_path.join(".bram.draft.yaml"),
        "evidence: BRAM-DRAFT: {\n",
    )
    .unwrap();
    let run = fill(dir.path(), &["--interviewer", "anna", "--lang", "en"], FULL).success();
    for text in [&run.stdout, &run.stderr] {
        assert!(!text.contains("BRAM"), "{text}");
        assert!(!text.contains("bram.yaml"), "{text}");
    }
}

#[test]
fn an_interview_still_ahead_cannot_be_rated_yet() {
    let dir = folder();
    fill(dir.path(), &["--interviewer", "dirk", "--lang", "en"], FULL)
        .failure(1)
        .stderr_has("error: the interview of dirk with c-test-001 is planned for Thursday 15 January 2099, 09:00: fill in the scorecard after the interview");
}

#[test]
fn an_unplanned_interviewer_is_asked_when_the_interview_was() {
    let dir = folder();
    let input = format!("yesterday\n2099-01-01 10:00\n2026-11-20T14:00:00+01:00\n{FULL}");
    let run = fill(
        dir.path(),
        &["--interviewer", "carla", "--lang", "en"],
        &input,
    )
    .success();
    insta::assert_snapshot!("fill_unplanned_interviewer", transcript(&run));
    assert!(
        run.stdout.contains(
            "carla is not among the planned interviews of c-test-001 (planned: anna, bram, dirk)."
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Write the date and time as 2026-11-20 10:00")
    );
    assert!(
        run.stdout
            .contains("That is in the future: fill in the scorecard after the interview.")
    );
    assert_eq!(
        submitted(dir.path(), "carla").interviewed_at.to_rfc3339(),
        "2026-11-20T14:00:00+01:00"
    );
}

#[test]
fn a_misspelt_planned_interviewer_gets_a_suggestion_before_any_question() {
    let dir = folder();
    let run = fill(dir.path(), &["--interviewer", "ana", "--lang", "en"], FULL).failure(1);
    assert_eq!(
        run.stderr,
        "error: `ana` has no planned interview with c-test-001; did you mean `anna`? (planned: anna, bram, dirk)\n"
    );
    assert_eq!(run.stdout, "");
    assert!(!interviews(dir.path()).join(".ana.draft.yaml").exists());
}

#[test]
fn names_that_cannot_be_found_or_used_are_refused() {
    let dir = folder();
    hirekit_in(
        dir.path(),
        &[
            "fill",
            "--candidate",
            "c-test-01",
            "--interviewer",
            "anna",
            "--lang",
            "en",
        ],
    )
    .failure(1)
    .stderr_has("error: no candidate `c-test-01` in candidates (did you mean `c-test-001`?)");
    fill(
        dir.path(),
        &["--interviewer", "../bram", "--lang", "en"],
        "",
    )
    .failure(1)
    .stderr_has("`../bram` cannot be a file name");
}

#[test]
fn the_template_lists_everything_and_is_written_only_once() {
    let dir = folder();
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en", "--template", "-"],
        "",
    )
    .success();
    insta::assert_snapshot!("template_en", run.stdout);
    let run = fill(
        dir.path(),
        &["--interviewer", "anna", "--template", "-"],
        "",
    )
    .success();
    insta::assert_snapshot!("template_nl", run.stdout);
    assert!(
        !interviews(dir.path()).exists(),
        "`--template -` writes nothing"
    );

    fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en", "--template"],
        "",
    )
    .success()
    .stdout_has("Wrote candidates/c-test-001/interviews/anna.yaml");
    // A blank template is not a submitted scorecard: every empty answer is an error at its line.
    let problems = folder_problems(dir.path()).join("");
    assert!(
        problems
            .contains("anna.yaml:14:13: error: expected text for `submitted_at`, found nothing"),
        "{problems}"
    );
    assert!(
        problems.contains(
            "error: expected one of `strong_no`, `no`, `yes`, `strong_yes` for `recommendation`"
        ),
        "{problems}"
    );
    fill(
        dir.path(),
        &["--interviewer", "anna", "--lang", "en", "--template"],
        "",
    )
    .failure(1)
    .stderr_has("anna.yaml already exists; use --force to replace it");
    // Once filled in, it is a valid scorecard.
    let path = interviews(dir.path()).join("anna.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut filled = String::new();
    for line in text.lines() {
        let line = if line.starts_with("    score:") {
            "    score: 3".to_owned()
        } else if line.starts_with("submitted_at:") {
            "submitted_at: 2026-11-20T16:00:00+01:00".to_owned()
        } else if line.starts_with("recommendation:") {
            "recommendation: yes".to_owned()
        } else {
            line.to_owned()
        };
        filled.push_str(&line);
        filled.push('\n');
        if line.starts_with("    evidence: >-") {
            filled.push_str("      Explained: \"versions\" and # errors, on two\n      lines.\n");
        }
    }
    std::fs::write(&path, filled).unwrap();
    let problems = folder_problems(dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    let anna = submitted(dir.path(), "anna");
    assert_eq!(
        anna.ratings["testing"].evidence.as_deref(),
        Some("Explained: \"versions\" and # errors, on two lines.")
    );
}

/// The interactive flow in a real pseudo-terminal: what an interviewer types and sees.
#[cfg(unix)]
mod terminal {
    use std::path::Path;
    use std::process::Command;

    use rexpect::process::{Signal, WaitStatus};
    use rexpect::session::{PtySession, spawn_command};

    use super::{CANDIDATE, folder, interviews, submitted};

    fn start(dir: &Path, interviewer: &str, extra: &[&str]) -> PtySession {
        let mut command = Command::new(env!("CARGO_BIN_EXE_hirekit"));
        command
            .args([
                "fill",
                "--candidate",
                CANDIDATE,
                "--interviewer",
                interviewer,
                "--lang",
                "en",
            ])
            .args(extra)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            // A terminal the line editor supports, whatever the test runner's TERM is (CI may
            // have none, or `dumb`, where editing is switched off).
            .env("TERM", "xterm");
        spawn_command(command, Some(20_000)).unwrap()
    }

    fn exit_code(session: &mut PtySession) -> i32 {
        match session.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("unexpected end: {other:?}"),
        }
    }

    /// What rexpect reads: it turns every byte into one character, so UTF-8 text is expected
    /// byte for byte.
    fn raw(text: &str) -> String {
        text.bytes().map(char::from).collect()
    }

    const SCORE: &str = "Score (1-4, or n = not assessed):";
    const EVIDENCE: &str = "Evidence: what did the candidate say or do?";

    #[test]
    fn a_full_run() {
        let dir = folder();
        let mut p = start(dir.path(), "anna", &[]);
        p.exp_string("Rate on your own").unwrap();
        p.exp_string("This scorecard was due within 24 hours")
            .unwrap();
        p.exp_string(&raw("── 1/3 · API design ──")).unwrap();
        p.exp_string(SCORE).unwrap();
        p.send_line("3").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("").unwrap();
        p.exp_string("Evidence is required with every score.")
            .unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Designed the orders API with versioned headers.")
            .unwrap();
        p.exp_string(&raw("── 2/3 · Testing ──")).unwrap();
        p.exp_string(SCORE).unwrap();
        p.send_line("2").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Unit tests only when asked twice.").unwrap();
        p.exp_string(SCORE).unwrap();
        p.send_line("n").unwrap();
        p.exp_string("Red-flag numbers or ids").unwrap();
        p.send_line("").unwrap();
        p.exp_string("Your recommendation (1-4):").unwrap();
        p.send_line("2").unwrap();
        p.exp_string("3. Collaboration").unwrap();
        p.exp_string("not assessed").unwrap();
        p.exp_string("Enter = submit").unwrap();
        p.send_line("").unwrap();
        p.exp_string("Submitted: candidates/c-test-001/interviews/anna.yaml")
            .unwrap();
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&mut p), 0);
        assert_eq!(
            submitted(dir.path(), "anna").ratings["testing"].score,
            Some(2)
        );
    }

    #[test]
    fn a_killed_run_resumes_where_it_stopped() {
        let dir = folder();
        let mut p = start(dir.path(), "bram", &[]);
        p.exp_string(SCORE).unwrap();
        p.send_line("4").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Planned a migration without breaking changes.")
            .unwrap();
        p.exp_string(&raw("── 2/3 · Testing ──")).unwrap();
        p.exp_string(SCORE).unwrap();
        // Killed outright, as a closed laptop or a lost ssh connection would.
        p.process_mut().kill(Signal::SIGKILL).unwrap();
        assert!(interviews(dir.path()).join(".bram.draft.yaml").exists());
        assert!(!interviews(dir.path()).join("bram.yaml").exists());

        let mut p = start(dir.path(), "bram", &[]);
        p.exp_string("Resuming your saved draft: 1 of 3 criteria rated.")
            .unwrap();
        p.exp_string(&raw(
            "✓ 1. API design: 4 Excellent — Planned a migration without breaking changes.",
        ))
        .unwrap();
        p.exp_string(&raw("── 2/3 · Testing ──")).unwrap();
        p.exp_string(SCORE).unwrap();
        p.send_line("3").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Adds a regression test after each bug.")
            .unwrap();
        p.exp_string(SCORE).unwrap();
        p.send_line("3").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Settled a review disagreement by pairing.")
            .unwrap();
        p.exp_string("Red-flag numbers or ids").unwrap();
        p.send_line("").unwrap();
        p.exp_string("Your recommendation (1-4):").unwrap();
        p.send_line("4").unwrap();
        p.exp_string("Enter = submit").unwrap();
        p.send_line("").unwrap();
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&mut p), 0);
        let bram = submitted(dir.path(), "bram");
        assert_eq!(bram.ratings["api-design"].score, Some(4));
        assert_eq!(bram.ratings["collaboration"].score, Some(3));
        assert!(!interviews(dir.path()).join(".bram.draft.yaml").exists());
    }

    #[test]
    fn ctrl_c_stops_and_the_answers_stay() {
        let dir = folder();
        let mut p = start(dir.path(), "anna", &[]);
        p.exp_string(SCORE).unwrap();
        p.send_line("2").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_control('c').unwrap();
        p.exp_string("Stopped before submitting. Your answers are saved in candidates/c-test-001/interviews/.anna.draft.yaml; run the same command again to continue.")
            .unwrap();
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&mut p), 1);
        let draft =
            std::fs::read_to_string(interviews(dir.path()).join(".anna.draft.yaml")).unwrap();
        assert!(draft.contains("api-design:\n    score: 2\n"), "{draft}");
    }

    /// The line editor: Left moves the cursor (no `^[[D` in the answer), Up recalls an
    /// earlier answer, and Enter keeps a score when changing it from the summary.
    #[test]
    fn answers_are_edited_like_a_shell_line() {
        const LEFT: &str = "\x1b[D";
        const UP: &str = "\x1b[A";
        let dir = folder();
        let mut p = start(dir.path(), "anna", &[]);
        p.exp_string(SCORE).unwrap();
        p.send_line("3").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Versioned the orders API.").unwrap();
        p.exp_string(&raw("── 2/3 · Testing ──")).unwrap();
        p.exp_string(SCORE).unwrap();
        p.send_line("2").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send(&format!("Unit tst{LEFT}{LEFT}e")).unwrap();
        p.send_line("").unwrap();
        p.exp_string(&raw("── 3/3 · Collaboration ──")).unwrap();
        p.exp_string(SCORE).unwrap();
        // Up twice: past "Unit test" to the score "2".
        p.send(&format!("{UP}{UP}")).unwrap();
        p.send_line("").unwrap();
        p.exp_string(EVIDENCE).unwrap();
        p.send_line("Paired to settle a review.").unwrap();
        p.exp_string("Red-flag numbers or ids").unwrap();
        p.send_line("").unwrap();
        p.exp_string("Your recommendation (1-4):").unwrap();
        p.send_line("3").unwrap();
        p.exp_string("Enter = submit").unwrap();
        p.send_line("1").unwrap();
        p.exp_string("(Enter keeps: 3 ").unwrap();
        p.send_line("").unwrap();
        p.exp_string("(Enter keeps: Versioned the orders API.)")
            .unwrap();
        p.send_line("").unwrap();
        p.exp_string("Enter = submit").unwrap();
        p.send_line("").unwrap();
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&mut p), 0);
        let anna = submitted(dir.path(), "anna");
        assert_eq!(anna.ratings["api-design"].score, Some(3));
        assert_eq!(
            anna.ratings["api-design"].evidence.as_deref(),
            Some("Versioned the orders API.")
        );
        assert_eq!(
            anna.ratings["testing"].evidence.as_deref(),
            Some("Unit test")
        );
        assert_eq!(anna.ratings["collaboration"].score, Some(2));
    }

    #[test]
    fn a_submitted_scorecard_is_not_replaced_without_force() {
        let dir = folder();
        std::fs::create_dir_all(interviews(dir.path())).unwrap();
        std::fs::write(interviews(dir.path()).join("anna.yaml"), "submitted\n").unwrap();
        let mut p = start(dir.path(), "anna", &[]);
        let before_end = p.exp_eof().unwrap();
        assert!(
            before_end.contains("anna has already submitted a scorecard for c-test-001"),
            "{before_end}"
        );
        assert!(!before_end.contains("Score"), "{before_end}");
        assert_eq!(exit_code(&mut p), 1);
    }
}
