//! `hirekit due`: what needs doing now — missing or late scorecards, decisions to take, and
//! feedback that is due or overdue (to write, or written and not sent) — most urgent first.

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::NaiveDate;
use hirekit_folder::{Decision, Folder, TimeRules};
use hirekit_panel::Outcome;
use hirekit_scorecard::Language;
use serde::Serialize;

use crate::hiring::{self, DirArg};
use crate::output::{self, BOLD, DIM, ERROR, WARNING};

/// List what needs doing now: scorecards to submit, decisions to take, feedback to send
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  hirekit due\n  hirekit due --today 2026-11-23 --format json")]
pub struct Args {
    /// The date to compute deadlines against (YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: DueFormat,
    /// Language of the table (default: the folder's language)
    #[arg(long, value_parser = crate::cmd::scorecard::parse_language)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub dir: DirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DueFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    /// A planned interview has taken place and its scorecard is not in.
    Scorecard,
    /// Every scorecard is in, but nobody has recorded a decision.
    Decision,
    /// A rejected candidate has not had their feedback letter yet.
    Feedback,
    /// The letter is generated as an e-mail but not sent: the deadline is met by sending.
    Send,
    /// A candidate's files have errors: nothing about them can be worked out until fixed.
    Unreadable,
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub task: Task,
    pub candidate: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interviewer: Option<String>,
    pub deadline: NaiveDate,
    /// Days past the deadline (negative: days left).
    pub days_overdue: i64,
    pub overdue: bool,
}

/// Everything due on `today`, most urgent (most overdue) first.
pub fn items(folder: &Folder, today: NaiveDate) -> Vec<Item> {
    let mut items = Vec::new();
    let profile = &folder.profile;
    let rules = TimeRules::of(profile);
    for files in &folder.candidates {
        let c = &files.candidate;
        let closed = matches!(c.decision, Some(Decision::Hired | Decision::Withdrawn));
        if closed {
            continue;
        }
        let mut push = |task, interviewer: Option<String>, deadline: NaiveDate| {
            let days_overdue = (today - deadline).num_days();
            items.push(Item {
                task,
                candidate: c.id.clone(),
                name: c.name.clone(),
                interviewer,
                deadline,
                days_overdue,
                overdue: days_overdue > 0,
            });
        };
        for planned in &c.interviews {
            let held = planned.at.date_naive() <= today;
            let submitted = files
                .interviews
                .iter()
                .any(|f| f.interviewer == planned.interviewer);
            if held && !submitted {
                let deadline = rules.scorecard_due(planned.at).date_naive();
                push(Task::Scorecard, Some(planned.interviewer.clone()), deadline);
            }
        }
        let Some(card) = folder.scorecard_of(c) else {
            continue;
        };
        let assessment = hirekit_panel::assess(
            card,
            &files.interviews,
            &c.interviews,
            profile.scorecard_hours,
        );
        let Some(last) = assessment.last_interview.map(|d| d.date_naive()) else {
            continue;
        };
        let all_in =
            assessment.pending_scorecards.is_empty() && !assessment.interviewers.is_empty();
        let feedback_deadline = rules.feedback_due(last);
        match c.decision {
            None if all_in && assessment.outcome != Outcome::Incomplete && last <= today => {
                // A rejection has to be decided before its letter can go out: same deadline.
                push(Task::Decision, None, feedback_deadline);
            }
            // The first letter counts: a regenerated letter never moves the deadline.
            Some(Decision::Reject) if files.feedback.first().is_none() && last <= today => {
                push(Task::Feedback, None, feedback_deadline)
            }
            // An e-mail reaches the candidate when it is sent, not when it is written (a letter
            // without an e-mail goes by post and counts when written). An unreadable sent.yaml
            // counts as not sent: `hirekit send` reports it.
            Some(Decision::Reject)
                if last <= today
                    && files
                        .feedback
                        .latest()
                        .is_some_and(|l| l.files.iter().any(|f| f.path.ends_with(".eml")))
                    && hirekit_send::history::read(&files.dir, &folder.root)
                        .map_or(true, |sent| sent.first_sent().is_none()) =>
            {
                push(Task::Send, None, feedback_deadline)
            }
            _ => {}
        }
    }
    // A broken file must never look like "nothing to do": list the candidate as an item.
    for broken in &folder.unreadable {
        items.push(Item {
            task: Task::Unreadable,
            candidate: broken.id.clone(),
            name: String::new(),
            interviewer: None,
            deadline: today,
            days_overdue: 0,
            overdue: false,
        });
    }
    items.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then(a.task.cmp(&b.task))
            .then(a.candidate.cmp(&b.candidate))
    });
    items
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let (folder, _catalogue, had_errors) = hiring::open(&args.dir, today)?;
    let lang = args.lang.unwrap_or(folder.profile.language);
    let items = items(&folder, today);
    match args.format {
        DueFormat::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                today: NaiveDate,
                items: &'a [Item],
            }
            output::print(
                &(serde_json::to_string_pretty(&Report {
                    today,
                    items: &items,
                })? + "\n"),
            );
        }
        DueFormat::Table => {
            output::print(&setup_lines(&folder, lang));
            output::print(&table(&items, today, lang));
        }
    }
    Ok(if had_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// What a new folder still lacks before anything else can be due: `TODO` values that
/// `hirekit init` wrote, and candidates.
fn setup_lines(folder: &Folder, lang: Language) -> String {
    let mut out = String::new();
    let unfinished = folder.profile.unfinished();
    if !unfinished.is_empty() {
        let keys = unfinished.join(", ");
        let _ = writeln!(
            out,
            "{}",
            match lang {
                Language::Nl => format!("Nog in te vullen in hirekit.yaml (TODO): {keys}."),
                Language::En => format!("Still to fill in, in hirekit.yaml (TODO): {keys}."),
            }
        );
    }
    if folder.candidates.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "Nog geen kandidaten: voeg er een toe met `hirekit candidate add`.",
                "No candidates yet: add one with `hirekit candidate add`."
            )
        );
    }
    out
}

fn table(items: &[Item], today: NaiveDate, lang: Language) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = String::new();
    if items.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t(
                "Niets te doen: alles is op tijd.",
                "Nothing due: everything is on time."
            )
        );
        return out;
    }
    let _ = writeln!(
        out,
        "{BOLD}{:<11} {:<10} {:<10} {:<20} {}{BOLD:#}",
        t("status", "status"),
        t("deadline", "deadline"),
        t("kandidaat", "candidate"),
        t("naam", "name"),
        t("wat", "what")
    );
    for item in items {
        let status = match item.days_overdue {
            d if d > 0 => format!(
                "{ERROR}{:<11}{ERROR:#}",
                match lang {
                    Language::Nl => format!("{d} d te laat"),
                    Language::En => format!("{d} d late"),
                }
            ),
            0 => format!("{WARNING}{:<11}{WARNING:#}", t("vandaag", "today")),
            d => format!(
                "{:<11}",
                match lang {
                    Language::Nl => format!("nog {} d", -d),
                    Language::En => format!("{} d left", -d),
                }
            ),
        };
        let name: String = item.name.chars().take(20).collect();
        let who = item.interviewer.as_deref().unwrap_or("?");
        let what = match (item.task, lang) {
            (Task::Scorecard, Language::Nl) => format!("scorekaart van {who} ontbreekt"),
            (Task::Scorecard, Language::En) => format!("scorecard from {who} missing"),
            (Task::Decision, Language::Nl) => {
                "alle scorekaarten binnen: leg het besluit vast".to_owned()
            }
            (Task::Decision, Language::En) => "all scorecards in: record the decision".to_owned(),
            (Task::Feedback, Language::Nl) => {
                format!("feedbackbrief sturen: hirekit feedback {}", item.candidate)
            }
            (Task::Feedback, Language::En) => {
                format!("send feedback: hirekit feedback {}", item.candidate)
            }
            (Task::Send, Language::Nl) => {
                format!(
                    "gegenereerd, niet verstuurd: hirekit send {}",
                    item.candidate
                )
            }
            (Task::Send, Language::En) => {
                format!("generated, not sent: hirekit send {}", item.candidate)
            }
            (Task::Unreadable, Language::Nl) => {
                "bestanden bevatten fouten (zie hierboven): eerst herstellen".to_owned()
            }
            (Task::Unreadable, Language::En) => {
                "files have errors (see above): fix them first".to_owned()
            }
        };
        let _ = writeln!(
            out,
            "{status} {:<10} {:<10} {name:<20} {what}",
            item.deadline.to_string(),
            item.candidate
        );
    }
    let _ = writeln!(out, "{DIM}{} {today}{DIM:#}", t("peildatum", "as of"));
    out
}
