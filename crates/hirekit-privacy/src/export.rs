//! Everything hirekit holds about one person (AVG art. 15, the right of access): every record
//! in the candidate's folder, read as data, and the list of their letter files.

use std::path::Path;

use hirekit_folder::{CandidateFiles, Folder};
use serde_json::{Value, json};

use crate::purge::PurgeError;

/// The export of one candidate as JSON: `candidate`, `interviews`, `decisions`, `letters`,
/// `consent`, `other_files` (each other file in their folder, YAML read as data, other text as
/// text) and `letter_files` (the letter files in the hiring folder).
pub fn export(folder: &Folder, id: &str) -> Result<Value, PurgeError> {
    let files = folder.candidate(id).ok_or_else(|| {
        PurgeError(format!(
            "no readable candidate `{id}` in this hiring folder; check the id, or fix its files first"
        ))
    })?;
    let decisions = hirekit_debrief::of(files)
        .map_err(|p| PurgeError(first_problem(&p)))?
        .map(|log| log.decisions);
    let rules = hirekit_folder::TimeRules::of(&folder.profile);
    let consent = crate::folder::read_consent(&files.dir, &rules)
        .map_err(|p| PurgeError(first_problem(&p)))?;
    let plan = crate::purge::planned(
        folder,
        files,
        crate::purge::Ground::ErasureRequest,
        chrono::NaiveDate::MIN,
    );
    let letter_files: Vec<&String> = plan.removes.iter().skip(1).collect();
    Ok(json!({
        "candidate": files.candidate,
        "interviews": files.interviews,
        "decisions": decisions.unwrap_or_default(),
        "letters": files.feedback.letters,
        "consent": consent.entries,
        "other_files": other_files(files)?,
        "letter_files": letter_files,
        "letter_files_outside_the_folder": plan.outside,
    }))
}

fn first_problem(problems: &[hirekit_yaml::Diagnostic]) -> String {
    problems.first().map_or_else(String::new, |d| d.render())
}

/// The files in the candidate's folder that are not one of the records above (a CV, sent
/// e-mails, drafts), by path relative to the folder.
fn other_files(files: &CandidateFiles) -> Result<serde_json::Map<String, Value>, PurgeError> {
    const RECORDS: [&str; 4] = [
        "candidate.yaml",
        hirekit_debrief::DEBRIEF_FILE,
        hirekit_folder::RECORD_FILE,
        crate::consent::CONSENT_FILE,
    ];
    let mut out = serde_json::Map::new();
    let mut pending = vec![files.dir.clone()];
    while let Some(dir) = pending.pop() {
        let entries = fs_err::read_dir(&dir).map_err(|e| PurgeError(e.to_string()))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let relative = path
                .strip_prefix(&files.dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let meta = fs_err::symlink_metadata(&path).map_err(|e| PurgeError(e.to_string()))?;
            if meta.is_dir() {
                pending.push(path);
                continue;
            }
            let is_interview = relative.starts_with("interviews/") && !relative.contains("/.");
            if RECORDS.contains(&relative.as_str()) || is_interview || !meta.is_file() {
                continue;
            }
            out.insert(relative, read_any(&path, &files.dir)?);
        }
    }
    Ok(out)
}

/// A YAML file as data, any other text as text, anything else by its size.
fn read_any(path: &Path, dir: &Path) -> Result<Value, PurgeError> {
    let bytes = hirekit_yaml::file::read(path, dir.parent().and_then(Path::parent))
        .map_err(|d| PurgeError(d.render()))?;
    let Ok(text) = String::from_utf8(bytes.clone()) else {
        return Ok(json!({ "binary_bytes": bytes.len() }));
    };
    let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    if is_yaml && let Ok(value) = serde_saphyr::from_str::<Value>(&text) {
        return Ok(value);
    }
    Ok(Value::String(text))
}

/// The export as a readable PDF: one section per record, every value under its field name.
/// `created` is the document date (fixed by `--today`, so the same folder gives the same bytes).
pub fn export_pdf(
    folder: &Folder,
    id: &str,
    export: &Value,
    created: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<u8>, PurgeError> {
    use hirekit_pdf::{Block, Metadata, PageLabel, Report};
    use hirekit_scorecard::Language;
    let language = folder
        .candidate(id)
        .map_or(folder.profile.language, |c| c.candidate.language);
    let nl = language == Language::Nl;
    let sections: [(&str, &str, &str); 8] = [
        ("candidate", "Kandidaat", "Candidate"),
        (
            "interviews",
            "Gesprekken en beoordelingen",
            "Interviews and ratings",
        ),
        ("decisions", "Besluiten", "Decisions"),
        ("letters", "Brieven", "Letters"),
        ("consent", "Toestemming", "Consent"),
        ("other_files", "Andere bestanden", "Other files"),
        ("letter_files", "Briefbestanden", "Letter files"),
        (
            "letter_files_outside_the_folder",
            "Briefbestanden buiten de map",
            "Letter files outside the folder",
        ),
    ];
    let mut blocks = vec![Block::Paragraph(
        if nl {
            "Dit overzicht bevat alle gegevens die hirekit over u bewaart (recht op inzage, AVG artikel 15)."
        } else {
            "This overview holds all data hirekit keeps about you (right of access, GDPR article 15)."
        }
        .to_owned(),
    )];
    for (key, title_nl, title_en) in sections {
        blocks.push(Block::Heading(
            if nl { title_nl } else { title_en }.to_owned(),
        ));
        let value = export.get(key).unwrap_or(&Value::Null);
        // A list of records or a map of files: one sub-heading each, so every value reads
        // under a short label instead of a long path.
        let parts: Vec<(String, &Value)> = match value {
            Value::Array(items) if items.iter().all(Value::is_object) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{}", i + 1), v))
                .collect(),
            Value::Object(map) if key == "other_files" => {
                map.iter().map(|(k, v)| (k.clone(), v)).collect()
            }
            other => vec![(String::new(), other)],
        };
        let mut any = false;
        for (heading, part) in parts {
            let mut pairs = Vec::new();
            flatten("", part, &mut pairs);
            if pairs.is_empty() {
                continue;
            }
            any = true;
            if !heading.is_empty() {
                blocks.push(Block::Subheading(heading));
            }
            let lines: Vec<String> = pairs
                .into_iter()
                .map(|(k, v)| if k.is_empty() { v } else { format!("{k}: {v}") })
                .collect();
            blocks.push(Block::Paragraph(lines.join("\n")));
        }
        if !any {
            blocks.push(Block::Note(if nl { "Geen." } else { "None." }.to_owned()));
        }
    }
    let title = if nl {
        "Inzage in uw gegevens"
    } else {
        "Your data: access request"
    };
    let report = Report {
        title: title.to_owned(),
        subtitle: folder.profile.company.clone(),
        header: folder.profile.company.clone(),
        blocks,
        page_label: PageLabel::new(if nl {
            "Pagina {page} van {pages}"
        } else {
            "Page {page} of {pages}"
        }),
    };
    let metadata = Metadata {
        title: title.to_owned(),
        author: folder.profile.company.clone(),
        subject: title.to_owned(),
        language: if nl { "nl-NL" } else { "en-GB" }.to_owned(),
        created,
        creator: format!("hirekit {}", env!("CARGO_PKG_VERSION")),
    };
    hirekit_pdf::render_report(&report, &metadata)
        .map_err(|e| PurgeError(format!("cannot write the PDF: {e}")))
}

/// Every leaf of `value` as `path: text`, in document order.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    let join = |key: &str| {
        if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix} / {key}")
        }
    };
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&join(k), v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(&join(&(i + 1).to_string()), v, out);
            }
        }
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}
