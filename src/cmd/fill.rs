//! `hirekit fill`: an interviewer fills in their scorecard in the terminal, right after the
//! interview, or writes a blank one to fill in with an editor (`--template`).
//!
//! It reads only what the interviewer needs: the company profile, the candidate, the candidate's
//! scorecard, the red-flag checklists and the interviewer's own draft. Other interviewers' files
//! are never opened, so their ratings cannot be shown before everyone has submitted.

mod locate;
mod messages;
mod screens;
mod session;
mod template;
mod text;

// The rules of filling in (answers, the draft, its YAML) are hirekit-fill's; this command walks
// an interviewer through them in the terminal.
pub use hirekit_fill::{Interview, answers, draft, planned_interview, yaml};

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, Result, anyhow, bail};
use chrono::{DateTime, FixedOffset, Timelike as _};
use hirekit_folder::{Candidate, HiringSource, Profile, SourceError, TimeRules};
use hirekit_redflags::Catalogue;
use hirekit_scorecard::{Language, Scorecard};

use hirekit_text::msg;

use self::draft::Draft;
use self::session::{Ending, Session};
use crate::cmd::scorecard::parse_language;
use crate::hiring::DirArg;
use crate::output;
use crate::output::read_checked;
use crate::prompt::Prompter;

/// `hirekit fill` (the help text a user sees is in `after_help`: clap shows the sub-command's
/// one-line summary from `main.rs` instead of this comment).
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Walks you through every criterion of the candidate's scorecard: the requirement, the questions and
what each score looks like. Then asks a score (or n = not assessed) with the evidence for it, the
red flags you checked, and your overall recommendation; a summary lets you change any answer
before you submit.

Every answer is saved at once to a hidden draft, candidates/ID/interviews/.NAME.draft.yaml: stop
whenever you like (Ctrl-C) and run the same command again to continue. Your submitted scorecard is
candidates/ID/interviews/NAME.yaml. Other interviewers' scorecards are never opened.

Exit status: 0 when the scorecard was submitted or the template written; 1 when the input ended
before submitting (the draft keeps your answers), when you already submitted and did not give
--force, or when a file of the hiring folder has a problem.

Examples:
  hirekit fill --candidate c-2026-014 --interviewer anna
  hirekit fill --candidate c-2026-014 --interviewer anna --lang en
  hirekit fill --candidate c-2026-014 --interviewer anna --template
  hirekit fill --candidate c-2026-014 --interviewer anna --template -")]
pub struct Args {
    /// The candidate's id: their folder under `candidates/`
    #[arg(long, value_name = "ID")]
    candidate: String,
    /// Your name or handle, as in the candidate's planned interviews; your scorecard is saved
    /// as `interviews/NAME.yaml`
    #[arg(long, value_name = "NAME")]
    interviewer: String,
    #[command(flatten)]
    dir: DirArg,
    /// Replace the scorecard you already submitted (or an existing template file)
    #[arg(long)]
    force: bool,
    /// Instead of asking in the terminal, write a blank scorecard with every criterion,
    /// requirement and anchor as comments, to fill in with your editor: to
    /// `interviews/NAME.yaml` (not replacing an existing file without --force), or with
    /// `--template -` to standard output
    #[arg(long, value_name = "-", num_args = 0..=1)]
    template: Option<Option<String>>,
    /// Language of the questions (default: `language` in hirekit.yaml)
    #[arg(long, value_parser = parse_language, value_name = "nl|en")]
    lang: Option<Language>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let Some(found) = (match args.dir.database_url() {
        Some(_) => from_database(&args)?,
        None => from_folder(&args)?,
    }) else {
        return Ok(ExitCode::FAILURE);
    };
    let Found {
        profile,
        candidate_dir,
        candidate,
        scorecard,
        catalogue,
        submitted,
        database,
    } = found;
    let lang = args.lang.unwrap_or(profile.language);
    let interviews_dir = candidate_dir.join("interviews");
    // Where the scorecard is stored: its file in a folder; in a database the name it exports
    // to, used in messages. Drafts are local files in both cases (in a database, under the
    // current folder), private to the interviewer until they submit.
    let submitted_path = interviews_dir.join(format!("{}.yaml", args.interviewer));
    let draft_path = interviews_dir.join(format!(".{}.draft.yaml", args.interviewer));
    let already = match database {
        Some(_) => submitted.contains(&args.interviewer),
        None => submitted_path.exists(),
    };
    let interview = Interview {
        candidate: &candidate,
        scorecard: &scorecard,
        interviewer: &args.interviewer,
        language: lang,
        rules: TimeRules::of(&profile),
        catalogue: &catalogue,
        red_flags: hirekit_kit::interview_items(&catalogue, scorecard.role_family),
        replacing: args.force && already,
    };
    let planned = planned_interview(&candidate, &args.interviewer, now());

    if let Some(target) = &args.template {
        // A template may be written before the interview: it then carries the planned time.
        let at = planned.unwrap_or_else(Some);
        let text = template::render(&interview, at);
        match target.as_deref() {
            // A template file is submitted by being in the folder; a database has no such
            // place, so it is printed for the interviewer instead.
            None if database.is_some() => bail!(
                "on a database, `--template` without a value cannot be submitted by saving it; print it with `--template -`, or fill in the scorecard with `hirekit fill`"
            ),
            None => {
                output::write_atomic(&submitted_path, text.as_bytes(), args.force)?;
                output::print(&messages::template_written(
                    &submitted_path,
                    &candidate.id,
                    lang,
                ));
            }
            Some("-") => output::print(&text),
            Some(other) => {
                bail!("{}", msg!(lang, "fill-template-value", value = other))
            }
        }
        return Ok(ExitCode::SUCCESS);
    }

    // Refuse before asking anything: an interviewer must not type ten answers only to learn
    // at the end that they cannot be saved.
    if already && !args.force {
        bail!(
            "{}",
            messages::already_submitted(&args.interviewer, &candidate.id, &submitted_path, lang)
        );
    }
    let planned = planned.map_err(|at| {
        anyhow!(messages::interview_ahead(
            &args.interviewer,
            &candidate.id,
            at,
            lang
        ))
    })?;
    let (mut draft, resumed) = open_draft(&draft_path, &candidate, &args.interviewer, lang)?;
    for id in draft.keep_valid_ratings(&scorecard) {
        output::print(&messages::rating_dropped(&id, lang));
    }
    if draft.interviewed_at.is_none() {
        draft.interviewed_at = planned;
    }

    let mut store = |d: &Draft| -> Result<()> {
        output::write_atomic(&draft_path, d.to_yaml(&scorecard, lang).as_bytes(), true)
            .context(msg!(lang, "fill-draft-not-saved"))
    };
    let stdin = std::io::stdin();
    let mut session = Session {
        p: Prompter::for_terminal(stdin.lock(), crate::output::stdout()),
        interview: &interview,
        draft,
        store: &mut store,
        clock: &now,
    };
    match session.run(resumed)? {
        Ending::Submitted(mut filled) => {
            filled.refilled_after_ratings_shown =
                interview.replacing && ratings_were_shown(&candidate, &submitted);
            // Two submissions at the same moment: the second is refused with the same message
            // by the folder (the file appeared meanwhile) and the database (UNIQUE); the draft
            // stays, so nothing typed is lost.
            let refused = || {
                anyhow!(messages::already_submitted(
                    &args.interviewer,
                    &candidate.id,
                    &submitted_path,
                    lang
                ))
            };
            match &database {
                Some(source) => match source.submit_scorecard(&filled, args.force) {
                    Err(SourceError::AlreadySubmitted { .. }) => return Err(refused()),
                    other => other?,
                },
                None => {
                    let yaml = draft::filled_yaml(&filled, &scorecard, &candidate.name, lang);
                    if !args.force && fs_err::symlink_metadata(&submitted_path).is_ok() {
                        return Err(refused());
                    }
                    output::write_atomic(&submitted_path, yaml.as_bytes(), args.force)?;
                }
            }
            if draft_path.exists() {
                fs_err::remove_file(&draft_path)?;
            }
            output::print(&messages::submitted(
                &filled,
                &submitted_path,
                &interview.rules,
                lang,
            ));
            Ok(ExitCode::SUCCESS)
        }
        Ending::Stopped => {
            let saved = draft_path.exists().then_some(draft_path.as_path());
            output::print(&messages::stopped(saved, lang));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// What `fill` works on, found in a hiring folder or a database.
struct Found {
    profile: Profile,
    candidate_dir: std::path::PathBuf,
    candidate: Candidate,
    scorecard: Scorecard,
    catalogue: Catalogue,
    /// The interviewers who have submitted a scorecard for this candidate.
    submitted: Vec<String>,
    /// The database the scorecard is submitted to; `None` for a hiring folder.
    database: Option<Box<dyn HiringSource>>,
}

/// Reads only the files `fill` needs from the hiring folder. `None` when problems were printed.
fn from_folder(args: &Args) -> Result<Option<Found>> {
    let root = args.dir.root()?;
    let Some((profile, _)) = read_checked::<Profile>(&root.join(hirekit_folder::PROFILE_FILE))?
    else {
        return Ok(None);
    };
    let lang = args.lang.unwrap_or(profile.language);
    if !is_file_name(&args.interviewer) {
        bail!(
            "{}",
            messages::bad_interviewer_name(&args.interviewer, lang)
        );
    }
    let Some((candidate_dir, candidate, candidate_doc)) =
        locate::candidate(&root, &args.candidate, lang)?
    else {
        return Ok(None);
    };
    if let Some(planned) = locate::misspelt_interviewer(&candidate, &profile, &args.interviewer) {
        bail!(
            "{}",
            messages::misspelt_interviewer(&args.interviewer, planned, &candidate, lang)
        );
    }
    let scorecards_dir = root.join(&profile.scorecards);
    let Some(scorecard) = locate::scorecard_of(&candidate, &candidate_doc, &scorecards_dir) else {
        return Ok(None);
    };
    let catalogue = match hirekit_folder::red_flag_catalogue(
        Some(&scorecards_dir),
        &std::env::current_dir().unwrap_or_default(),
    ) {
        Ok(c) => c,
        Err(problems) => {
            output::print_diagnostics(&problems);
            return Ok(None);
        }
    };
    let submitted = submitted_names(&candidate_dir.join("interviews"));
    Ok(Some(Found {
        profile,
        candidate_dir,
        candidate,
        scorecard,
        catalogue,
        submitted,
        database: None,
    }))
}

/// The same from a database: the candidate, their scorecard and the checklists as stored.
/// Other interviewers' ratings are loaded with the rest but never shown; only their names
/// are used, to know who has submitted. `None` when problems were printed.
fn from_database(args: &Args) -> Result<Option<Found>> {
    let opened = crate::hiring::open_source(&args.dir, now().date_naive())?;
    let folder = &opened.folder;
    let profile = folder.profile.clone();
    let lang = args.lang.unwrap_or(profile.language);
    if !is_file_name(&args.interviewer) {
        bail!(
            "{}",
            messages::bad_interviewer_name(&args.interviewer, lang)
        );
    }
    let Some(files) = folder.candidate(&args.candidate) else {
        let known = folder.candidates.iter().map(|c| c.candidate.id.as_str());
        let hint = hirekit_yaml::did_you_mean(&args.candidate, known)
            .map(|m| format!(" {}", msg!(lang, "fill-did-you-mean", suggestion = m)))
            .unwrap_or_default();
        let shown = folder.root.join("candidates").display().to_string();
        bail!(
            "{}{hint}",
            msg!(
                lang,
                "fill-no-candidate",
                id = &args.candidate,
                folder = shown
            )
        )
    };
    let candidate = files.candidate.clone();
    if let Some(planned) = locate::misspelt_interviewer(&candidate, &profile, &args.interviewer) {
        bail!(
            "{}",
            messages::misspelt_interviewer(&args.interviewer, planned, &candidate, lang)
        );
    }
    let Some(scorecard) = folder.scorecard_of(&candidate).cloned() else {
        bail!(
            "candidate `{}`: there is no scorecard `{}` in the database",
            candidate.id,
            candidate.scorecard
        );
    };
    let submitted = files
        .interviews
        .iter()
        .map(|i| i.interviewer.clone())
        .collect();
    let candidate_dir = files.dir.clone();
    Ok(Some(Found {
        profile,
        candidate_dir,
        candidate,
        scorecard,
        catalogue: opened.catalogue,
        submitted,
        database: Some(opened.source),
    }))
}

/// The saved draft and `true`, or a new draft and `false`. A draft that cannot be read, or that
/// belongs to another interview, is an error: it is never silently replaced.
fn open_draft(
    path: &Path,
    candidate: &Candidate,
    interviewer: &str,
    lang: Language,
) -> Result<(Draft, bool)> {
    if !path.exists() {
        return Ok((
            Draft::new(&candidate.id, &candidate.scorecard, interviewer),
            false,
        ));
    }
    let Some((draft, _)) = read_checked::<Draft>(path)? else {
        bail!(
            "{}",
            msg!(
                lang,
                "fill-draft-unreadable",
                path = path.display().to_string()
            )
        );
    };
    if draft.candidate != candidate.id
        || draft.interviewer != interviewer
        || draft.scorecard != candidate.scorecard
    {
        bail!(
            "{}",
            msg!(
                lang,
                "fill-draft-other",
                path = path.display().to_string(),
                candidate = &draft.candidate,
                interviewer = &draft.interviewer,
                scorecard = &draft.scorecard,
            )
        );
    }
    Ok((draft, true))
}

/// The time now, to the second, with this computer's UTC offset.
fn now() -> DateTime<FixedOffset> {
    let now = chrono::Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// Whether the panel's ratings could be seen before this refill (the rule is the panel's).
fn ratings_were_shown(candidate: &Candidate, submitted: &[String]) -> bool {
    hirekit_panel::ratings_were_visible(&candidate.interviews, submitted)
}

/// The interviewers whose scorecard is in `dir` (drafts start with a dot and do not count).
fn submitted_names(dir: &Path) -> Vec<String> {
    fs_err::read_dir(dir).map_or(Vec::new(), |entries| {
        entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let who = name.strip_suffix(".yaml")?;
                (!who.starts_with('.')).then(|| who.to_owned())
            })
            .collect()
    })
}

/// Whether `name` can be used as one file name in the interviews folder.
fn is_file_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name.chars().count() <= 100
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(interviews: &[(&str, &str)]) -> Candidate {
        let yaml = format!(
            "id: c-1\nname: Test Kandidaat\nemail: t@example.org\nlanguage: en\nscorecard: s\ninterviews:\n{}",
            interviews
                .iter()
                .map(|(who, at)| format!("  - {{interviewer: {who}, at: \"{at}\"}}\n"))
                .collect::<String>()
        );
        hirekit_yaml::read::<Candidate>(Path::new("candidate.yaml"), yaml.as_bytes())
            .unwrap()
            .0
    }

    #[test]
    fn the_interview_that_took_place_counts() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
        let c = candidate(&[
            ("anna", "2026-11-16T10:00:00+01:00"),
            ("anna", "2026-11-20T10:00:00+01:00"),
            ("anna", "2026-12-01T10:00:00+01:00"),
            ("bram", "2026-12-02T10:00:00+01:00"),
        ]);
        assert_eq!(
            planned_interview(&c, "anna", now)
                .unwrap()
                .unwrap()
                .to_rfc3339(),
            "2026-11-20T10:00:00+01:00"
        );
        assert_eq!(
            planned_interview(&c, "bram", now).unwrap_err().to_rfc3339(),
            "2026-12-02T10:00:00+01:00"
        );
        assert_eq!(planned_interview(&c, "carla", now), Ok(None));
    }

    #[test]
    fn ratings_count_as_shown_once_every_planned_interviewer_has_submitted() {
        let dir = tempfile::tempdir().unwrap();
        let c = candidate(&[
            ("anna", "2026-11-16T10:00:00+01:00"),
            ("bram", "2026-11-16T11:00:00+01:00"),
        ]);
        fs_err::write(dir.path().join("anna.yaml"), "").unwrap();
        // A draft is not a submission.
        fs_err::write(dir.path().join(".bram.draft.yaml"), "").unwrap();
        assert!(!ratings_were_shown(&c, &submitted_names(dir.path())));
        fs_err::write(dir.path().join("bram.yaml"), "").unwrap();
        assert!(ratings_were_shown(&c, &submitted_names(dir.path())));
        // Without a plan: as soon as someone else has submitted too.
        let mut unplanned = c.clone();
        unplanned.interviews.clear();
        assert!(ratings_were_shown(&unplanned, &submitted_names(dir.path())));
        fs_err::remove_file(dir.path().join("bram.yaml")).unwrap();
        assert!(!ratings_were_shown(
            &unplanned,
            &submitted_names(dir.path())
        ));
    }

    #[test]
    fn interviewer_names_must_be_one_file_name() {
        assert!(is_file_name("anna"));
        assert!(is_file_name("Zoë van Dijk"));
        for bad in ["", ".anna", "../anna", "a/b", "a\\b", "a\nb"] {
            assert!(!is_file_name(bad), "{bad:?}");
        }
    }
}
