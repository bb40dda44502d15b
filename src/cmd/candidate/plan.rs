//! `hirekit interview plan ID --interviewer NAME --at WHEN`: adds one planned interview to a
//! candidate's `candidate.yaml`, changing only the `interviews` list so that a hand-edited file
//! keeps its comments and layout.

use std::process::ExitCode;

use anyhow::{Result, bail};
use hirekit_folder::PlannedInterview;

use super::{Target, checked, interviewer_note, parse_when, yaml};
use crate::hiring::DirArg;
use crate::output;
use crate::output::read_checked;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  hirekit interview plan c-2026-014 --interviewer ayla --at 2026-11-16T10:00
  hirekit interview plan c-2026-014 --interviewer bram --at \"2026-11-16 11:30\"")]
pub struct Args {
    /// The candidate's id: their folder under `candidates/`
    #[arg(value_name = "ID")]
    candidate: String,
    /// Who interviews: a handle from `interviewers` in hirekit.yaml
    #[arg(long, value_name = "NAME")]
    interviewer: String,
    /// When: 2026-11-16T10:00 in this computer's time zone, or a full RFC 3339 time
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    at: chrono::DateTime<chrono::FixedOffset>,
    #[command(flatten)]
    dir: DirArg,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let Some(target) = Target::open(&args.dir)? else {
        return Ok(ExitCode::FAILURE);
    };
    let (root, profile) = (&target.root, &target.profile);
    if let Some(problem) = hirekit_folder::fields::candidate_id_problem(&args.candidate) {
        bail!("{problem}");
    }
    let path = root
        .join("candidates")
        .join(&args.candidate)
        .join("candidate.yaml");
    let stored = match &target.database {
        Some(opened) => opened
            .folder
            .candidate(&args.candidate)
            .map(|files| files.candidate.clone()),
        None => None,
    };
    if stored.is_none() && (target.database.is_some() || !path.is_file()) {
        bail!(
            "no candidate `{}`: {} does not exist (add one with `hirekit candidate add`)",
            args.candidate,
            path.display()
        );
    }
    let mut candidate = match stored {
        Some(candidate) => candidate,
        None => match read_checked::<hirekit_folder::Candidate>(&path)? {
            Some((candidate, _)) => candidate,
            None => return Ok(ExitCode::FAILURE),
        },
    };
    let planned = PlannedInterview {
        interviewer: args.interviewer,
        at: args.at,
    };
    if candidate.interviews.contains(&planned) {
        bail!(
            "{} already has this interview planned with {} at {}",
            args.candidate,
            planned.interviewer,
            planned.at.to_rfc3339()
        );
    }
    interviewer_note(&planned.interviewer, &profile.interviewers);
    if let Some(opened) = &target.database {
        // No text to keep in a database: the record is checked as the file it exports to.
        candidate.interviews.push(planned);
        checked(
            &path,
            &yaml::render(&candidate),
            &candidate,
            &profile.interviewers,
        )?;
        opened
            .source
            .plan_interviews(&args.candidate, &candidate.interviews)?;
        output::print(&format!("Planned; wrote {}\n", path.display()));
        return Ok(ExitCode::SUCCESS);
    }
    let text = String::from_utf8_lossy(&output::read_file(&path, None)?).into_owned();
    let Some(edited) = insert(&text, &yaml::interview_item(&planned)) else {
        bail!(
            "{}: `interviews` is written in a style hirekit does not edit; add this item yourself:\n  - {}",
            path.display(),
            yaml::interview_item(&planned)
        );
    };
    candidate.interviews.push(planned);
    checked(&path, &edited, &candidate, &profile.interviewers)?;
    output::write_atomic(&path, edited.as_bytes(), true)?;
    output::print(&format!("Planned; wrote {}\n", path.display()));
    Ok(ExitCode::SUCCESS)
}

/// `text` with `item` added at the end of its top-level `interviews` list: after the list's
/// last item, on a line indented like the others; `interviews: []` becomes a block list; a file
/// without the key gets it at the end. `None` for a flow list with items (`[{...}]`), which a
/// line-based edit cannot extend safely; the caller re-reads the result in any case.
pub fn insert(text: &str, item: &str) -> Option<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(key) = lines.iter().position(|l| l.starts_with("interviews:")) else {
        let mut out = text.to_owned();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("interviews:\n  - {item}\n"));
        return Some(out);
    };
    let rest = lines[key]["interviews:".len()..].trim_end();
    let value = rest.split(" #").next().unwrap_or_default().trim();
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    match value {
        "[]" => {
            out[key] = format!("interviews:\n  - {item}\n");
        }
        "" => {
            let mut last = key;
            let mut indent: Option<String> = None;
            for (i, line) in lines.iter().enumerate().skip(key + 1) {
                let trimmed = line.trim_start();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                if !(line.starts_with(' ') || line.starts_with('-')) {
                    break;
                }
                if indent.is_none() && trimmed.starts_with('-') {
                    indent = Some(line[..line.len() - trimmed.len()].to_owned());
                }
                last = i;
            }
            let indent = indent.unwrap_or_else(|| "  ".to_owned());
            if !out[last].ends_with('\n') {
                out[last].push('\n');
            }
            out.insert(last + 1, format!("{indent}- {item}\n"));
        }
        _ => return None,
    }
    Some(out.concat())
}

#[cfg(test)]
mod tests {
    use super::insert;

    const ITEM: &str = "{ interviewer: \"ayla\", at: \"2026-11-16T10:00:00+01:00\" }";

    #[test]
    fn an_item_goes_after_the_last_one_keeping_comments_and_later_keys() {
        let text = "id: c-1\n# planned\ninterviews:\n    - { interviewer: bram, at: \"2026-11-16T09:00:00+01:00\" }\n    # a note\n\ndecision: reject\n";
        assert_eq!(
            insert(text, ITEM).unwrap(),
            format!(
                "id: c-1\n# planned\ninterviews:\n    - {{ interviewer: bram, at: \"2026-11-16T09:00:00+01:00\" }}\n    - {ITEM}\n    # a note\n\ndecision: reject\n"
            )
        );
    }

    #[test]
    fn an_empty_list_or_no_list_gets_one() {
        assert_eq!(
            insert("id: c-1\ninterviews: []  # none yet\n", ITEM).unwrap(),
            format!("id: c-1\ninterviews:\n  - {ITEM}\n")
        );
        assert_eq!(
            insert("id: c-1", ITEM).unwrap(),
            format!("id: c-1\ninterviews:\n  - {ITEM}\n")
        );
        assert_eq!(
            insert("interviews: [{interviewer: a, at: x}]\n", ITEM),
            None
        );
    }
}
