//! The result of validating a set of scorecard and checklist files: one report per file, the
//! counts, and the lines `hirekit scorecard validate` prints for it.

use hirekit_yaml::{Diagnostic, Severity};
use serde::Serialize;

/// What a validated file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Scorecard,
    /// A red-flag checklist: they live beside scorecards and are validated as what they are.
    Checklist,
}

/// One file's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileReport {
    pub path: String,
    pub kind: FileKind,
    pub valid: bool,
    /// The scorecard's id, or for a checklist the number of its items (`12 items`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Every file's outcome, and the counts over all of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidationReport {
    pub valid: bool,
    pub files: Vec<FileReport>,
    pub errors: usize,
    pub warnings: usize,
}

impl ValidationReport {
    pub fn new(files: Vec<FileReport>) -> Self {
        let count = |severity: Severity| {
            files
                .iter()
                .flat_map(|f| &f.diagnostics)
                .filter(|d| d.severity == severity)
                .count()
        };
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        ValidationReport {
            valid: errors == 0,
            files,
            errors,
            warnings,
        }
    }

    /// Every problem of every file.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.files
            .iter()
            .flat_map(|f| f.diagnostics.iter().cloned())
            .collect()
    }

    /// One line per valid file: `ok scorecards/backend.yaml (scorecard `backend`)`.
    pub fn ok_lines(&self) -> String {
        let mut out = String::new();
        for file in self.files.iter().filter(|f| f.valid) {
            let id = file.id.as_deref().unwrap_or("?");
            let what = match file.kind {
                FileKind::Checklist => format!("checklist, {id}"),
                FileKind::Scorecard => format!("scorecard `{id}`"),
            };
            out.push_str(&format!("ok {} ({what})\n", file.path));
        }
        out
    }

    /// `3 files checked: 2 valid, 1 invalid; 1 error, 0 warnings`.
    pub fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let files = self.files.len();
        let invalid = self.files.iter().filter(|f| !f.valid).count();
        format!(
            "{files} file{} checked: {} valid, {invalid} invalid; {} error{}, {} warning{}\n",
            plural(files),
            files - invalid,
            self.errors,
            plural(self.errors),
            self.warnings,
            plural(self.warnings)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hirekit_yaml::Location;

    #[test]
    fn counts_and_lines_cover_every_file() {
        let report = ValidationReport::new(vec![
            FileReport {
                path: "a.yaml".into(),
                kind: FileKind::Scorecard,
                valid: true,
                id: Some("backend".into()),
                diagnostics: vec![Diagnostic::warning("a.yaml", Location::START, "odd")],
            },
            FileReport {
                path: "checklists/own.yaml".into(),
                kind: FileKind::Checklist,
                valid: true,
                id: Some("2 items".into()),
                diagnostics: Vec::new(),
            },
            FileReport {
                path: "b.yaml".into(),
                kind: FileKind::Scorecard,
                valid: false,
                id: None,
                diagnostics: vec![Diagnostic::error("b.yaml", Location::START, "bad")],
            },
        ]);
        assert!(!report.valid);
        assert_eq!(
            report.ok_lines(),
            "ok a.yaml (scorecard `backend`)\nok checklists/own.yaml (checklist, 2 items)\n"
        );
        assert_eq!(
            report.summary(),
            "3 files checked: 2 valid, 1 invalid; 1 error, 1 warning\n"
        );
        assert_eq!(report.diagnostics().len(), 2);
    }
}
