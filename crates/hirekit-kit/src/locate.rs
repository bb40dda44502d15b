//! Which scorecard `hirekit kit` is about, and what else a kit needs to know: the hiring
//! folder's profile (company, time rules, language) and the red-flag checklists in force.
//!
//! A scorecard is named by its id (looked up in the hiring folder, or in a loaded hiring source
//! such as a database) or by the path of its file (which works without a hiring folder).

use std::path::{Path, PathBuf};

use hirekit_folder::{Folder, Profile, Search, TimeRules, find_scorecard};
use hirekit_redflags::Catalogue;
use hirekit_scorecard::{Language, Scorecard};
use hirekit_text::msg;
use hirekit_yaml::{Diagnostic, did_you_mean};

use crate::{Kit, Settings, build, interview_items};

/// Why no kit is made: problems in files, each at its `path:line:column`, or a sentence that
/// says what to do.
#[derive(Debug)]
pub enum Refusal {
    Problems(Vec<Diagnostic>),
    Message(String),
}

impl From<Vec<Diagnostic>> for Refusal {
    fn from(problems: Vec<Diagnostic>) -> Self {
        Refusal::Problems(problems)
    }
}

/// The scorecard a kit is made for, with the hiring folder's profile when there is one.
pub struct Found {
    pub scorecard: Scorecard,
    pub profile: Option<Profile>,
    /// The red-flag checklists in force: the built-in ones with the folder's own.
    pub catalogue: Catalogue,
    /// Warnings about the scorecard (shown, but no reason to stop).
    pub warnings: Vec<Diagnostic>,
}

/// Whether the command-line argument names a scorecard file rather than an id.
pub fn is_path(arg: &str) -> bool {
    Path::new(arg).is_file()
        || arg.contains(['/', '\\'])
        || arg.ends_with(".yaml")
        || arg.ends_with(".yml")
}

/// The scorecard `arg` (an id or a file, see [`is_path`]) with the hiring folder at `root`, if
/// any: an id needs one. `here` is the folder the command runs in (the built-in checklists'
/// paths are shown relative to it).
pub fn in_folder(arg: &str, root: Option<&Path>, here: &Path) -> Result<Found, Refusal> {
    let profile = match root {
        Some(root) => {
            let file = root.join(hirekit_folder::PROFILE_FILE);
            Some(hirekit_yaml::read::<Profile>(&file, &read(&file)?)?.0)
        }
        None => None,
    };
    let scorecards_dir = root
        .zip(profile.as_ref())
        .map(|(root, p)| root.join(&p.scorecards));
    let (scorecard, warnings) = if is_path(arg) {
        let path = Path::new(arg);
        if !path.is_file() {
            return Err(Refusal::Message(msg!(
                Language::En,
                "kit-no-scorecard-file",
                path = path.display().to_string()
            )));
        }
        let loaded = hirekit_scorecard::load(path, &read(path)?)?;
        (loaded.scorecard, loaded.warnings)
    } else {
        let Some(dir) = &scorecards_dir else {
            return Err(Refusal::Message(msg!(
                Language::En,
                "kit-no-folder",
                arg = arg
            )));
        };
        match find_scorecard(dir, arg)? {
            Search {
                found: Some(loaded),
                ..
            } => (loaded.scorecard, loaded.warnings),
            Search { found: None, known } => return Err(unknown(arg, dir, &known)),
        }
    };
    let catalogue = hirekit_folder::red_flag_catalogue(scorecards_dir.as_deref(), here).map_err(
        |problems| {
            let mut all = warnings.clone();
            all.extend(problems);
            Refusal::Problems(all)
        },
    )?;
    Ok(Found {
        scorecard,
        profile,
        catalogue,
        warnings,
    })
}

/// The scorecard with id `id` in a loaded hiring source (a database), with the checklists as
/// stored there.
pub fn in_source(id: &str, folder: Folder, catalogue: Catalogue) -> Result<Found, Refusal> {
    let Some(scorecard) = folder.scorecards.get(id).cloned() else {
        let known: Vec<String> = folder.scorecards.keys().cloned().collect();
        return Err(unknown(
            id,
            &folder.root.join(&folder.profile.scorecards),
            &known,
        ));
    };
    Ok(Found {
        scorecard,
        profile: Some(folder.profile),
        catalogue,
        warnings: Vec::new(),
    })
}

impl Found {
    /// The kit in `asked` language, else the folder's, else the scorecard's first; refused
    /// when the scorecard is not written in that language.
    pub fn kit(&self, asked: Option<Language>) -> Result<Kit, Refusal> {
        let scorecard = &self.scorecard;
        let lang = asked
            .or(self.profile.as_ref().map(|p| p.language))
            .or(scorecard.languages.first().copied())
            .unwrap_or(Language::En);
        if !scorecard.languages.contains(&lang) {
            let written: Vec<&str> = scorecard.languages.iter().map(|l| l.code()).collect();
            return Err(Refusal::Message(msg!(
                Language::En,
                "kit-language-missing",
                id = &scorecard.id,
                written = written.join(", "),
                first = written.first().copied().unwrap_or("en")
            )));
        }
        let rules = self
            .profile
            .as_ref()
            .map_or(TimeRules::DEFAULT, TimeRules::of);
        let settings = Settings {
            lang,
            scorecard_hours: rules.scorecard_hours,
            feedback_days: rules.feedback_days,
            company: self.company(),
        };
        let items = interview_items(&self.catalogue, scorecard.role_family);
        Ok(build(scorecard, &settings, &items))
    }

    /// The company of the hiring folder, if there is one.
    pub fn company(&self) -> Option<&str> {
        self.profile.as_ref().map(|p| p.company.as_str())
    }

    /// The kit as a printable PDF; `producer` names the program, `date` is the creation date.
    pub fn pdf(
        &self,
        kit: &Kit,
        producer: &str,
        date: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<Vec<u8>, hirekit_pdf::PdfError> {
        let company = self.company();
        let report = crate::render::pdf::report(kit, company);
        let metadata =
            crate::render::pdf::metadata(kit, company.unwrap_or("hirekit"), producer, date);
        hirekit_pdf::render_report(&report, &metadata)
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Refusal> {
    hirekit_yaml::file::read(path, None)
        .map_err(|d| Refusal::Message(format!("{} {}", path.display(), d.message)))
}

/// No scorecard `id` in `dir`: the closest id, or the known ones.
fn unknown(id: &str, dir: &Path, known: &[String]) -> Refusal {
    let hint = match did_you_mean(id, known.iter().map(String::as_str)) {
        Some(m) => format!(" (did you mean `{m}`?)"),
        None if known.is_empty() => String::new(),
        None => format!(" (known: {})", known.join(", ")),
    };
    Refusal::Message(format!(
        "{}{hint}",
        msg!(
            Language::En,
            "kit-no-scorecard",
            id = id,
            dir = PathBuf::from(dir).display().to_string()
        )
    ))
}
