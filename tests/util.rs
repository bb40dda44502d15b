//! A small harness that runs the real `hirekit` binary and checks what a user would see.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of `hirekit` produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts exit code 0 and returns self for more checks.
    #[track_caller]
    pub fn success(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts the exit code and that nothing panicked.
    #[track_caller]
    pub fn failure(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            !self.stderr.contains("panicked"),
            "a panic reached the user:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }

    /// The whole run as one text for a snapshot: exit code, stdout and stderr, each stream in
    /// full, so that an extra or a changed line fails the test.
    pub fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs `hirekit ARGS` in `dir`, without colour, with a fixed environment.
pub fn hirekit_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("the hirekit binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `hirekit ARGS` from the repository root.
pub fn hirekit(args: &[&str]) -> Run {
    hirekit_in(&repo_root(), args)
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `tests/fixtures/`, relative to the repository root (as a user would type it).
pub fn fixture(relative: &str) -> String {
    format!("tests/fixtures/{relative}")
}

/// A copy of the example hiring folder (in `hiring/`) with the repository's scorecards beside
/// it (in `scorecards/`), in a temporary folder, for a test to change or break.
pub fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &repo_root().join("examples/hiring"),
        &dir.path().join("hiring"),
    );
    copy_dir(
        &repo_root().join("scorecards"),
        &dir.path().join("scorecards"),
    );
    edit(
        &dir.path().join("hiring/hirekit.yaml"),
        "scorecards: ../../scorecards",
        "scorecards: ../scorecards",
    );
    dir
}

/// Replaces the first `from` in the file at `path` with `to`; fails when `from` is not there,
/// so a test never "breaks" a file that did not change.
#[track_caller]
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Copies a folder tree (fixtures into a temporary folder that a test may change).
pub fn copy_dir(from: &Path, to: &Path) {
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

/// Runs an external tool, or returns `None` (with a note) when it is not installed here.
pub fn pdf_tool(name: &str, args: &[&str]) -> Option<String> {
    match Command::new(name).args(args).output() {
        Ok(out) => Some(
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        ),
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!(
                "{name} is not installed, and under CI=true nothing may be skipped: install poppler-utils and qpdf"
            )
        }
        Err(_) => {
            eprintln!(
                "note: {name} is not installed; skipping that check (CI installs poppler-utils and qpdf)"
            );
            None
        }
    }
}

/// The text of a PDF as `pdftotext -layout` lays it out, pages separated by a form feed: for a
/// snapshot that shows what is on which page. `None` only when poppler is missing outside CI.
pub fn pdf_text(path: &Path) -> Option<String> {
    let file = path.to_str().expect("a UTF-8 path");
    pdf_tool("pdftotext", &["-layout", file, "-"])
}

/// Checks a PDF the way a reader's tools see it: `pdftotext` finds every text of `in_order` in
/// that order (whitespace folded, since lines wrap), `pdffonts` shows only embedded, subset fonts
/// with a Unicode map, and `qpdf --check` finds no error. A missing tool skips its check.
#[track_caller]
pub fn assert_pdf(path: &Path, in_order: &[&str]) {
    check_pdf(path, &[], in_order);
}

/// [`assert_pdf`] with the text extracted as laid out (`pdftotext -layout`): each table row
/// reads as one line, for checking a label with its amount.
#[track_caller]
pub fn assert_pdf_rows(path: &Path, in_order: &[&str]) {
    check_pdf(path, &["-layout"], in_order);
}

#[track_caller]
fn check_pdf(path: &Path, options: &[&str], in_order: &[&str]) {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "{}", path.display());
    let file = path.to_str().unwrap();
    if let Some(text) = pdf_tool("pdftotext", &[options, &[file, "-"]].concat()) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut from = 0;
        for part in in_order {
            let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
            let at = flat[from..]
                .find(&part)
                .unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{flat}"));
            from += at + part.len();
        }
    }
    if let Some(fonts) = pdf_tool("pdffonts", &[file]) {
        let font_lines: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!font_lines.is_empty(), "no fonts:\n{fonts}");
        for line in font_lines {
            let name = line.split_whitespace().next().unwrap_or_default();
            assert!(name.contains('+'), "font not subset: {line}");
            assert!(
                line.contains("yes yes yes"),
                "font not embedded/subset/unicode: {line}"
            );
        }
    }
    if let Some(check) = pdf_tool("qpdf", &["--check", file]) {
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{check}"
        );
    }
}
