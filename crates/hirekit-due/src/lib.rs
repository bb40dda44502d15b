//! What needs doing in a hiring now, most urgent first: scorecards not in after an interview,
//! decisions to take once the panel is complete, feedback letters to write, and letters written
//! as e-mail but not sent. Every deadline comes from the folder's [`TimeRules`], so `due`,
//! `score`, `fill` and the letters agree on what "late" means.
//!
//! [`items`] computes the list; [`table`] and [`setup_lines`] write it for a terminal in the
//! reader's language; the list itself serialises to JSON.

use std::fmt::Write as _;

use chrono::NaiveDate;
use hirekit_folder::{CandidateFiles, Decision, Folder, TimeRules};
use hirekit_language::Language;
use hirekit_panel::Outcome;
use hirekit_text::msg;
use hirekit_text::style::{BOLD, DIM, ERROR, WARNING};
use hirekit_text::wrap::{pad, truncate};
use serde::Serialize;

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

/// Everything due on `today`, most urgent (most overdue) first. `sent` tells whether a
/// candidate's letter has gone out by e-mail (the record of sent mail is read by the caller);
/// an unreadable record counts as not sent.
pub fn items(
    folder: &Folder,
    today: NaiveDate,
    sent: impl Fn(&CandidateFiles) -> bool,
) -> Vec<Item> {
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
        let assessment =
            hirekit_panel::assess_under(card, &files.interviews, &c.interviews, &rules);
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
            // without an e-mail goes by post and counts when written).
            Some(Decision::Reject)
                if last <= today
                    && files
                        .feedback
                        .latest()
                        .is_some_and(|l| l.files.iter().any(|f| f.path.ends_with(".eml")))
                    && !sent(files) =>
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

/// What a new folder still lacks before anything else can be due: `TODO` values that
/// `hirekit init` wrote, and candidates.
pub fn setup_lines(folder: &Folder, lang: Language) -> String {
    let mut out = String::new();
    let unfinished = folder.profile.unfinished();
    if !unfinished.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            msg!(lang, "due-todo", keys = unfinished.join(", "))
        );
    }
    if folder.candidates.is_empty() {
        let _ = writeln!(out, "{}", msg!(lang, "due-no-candidates"));
    }
    out
}

/// What to do for one item, in words.
pub fn task_text(item: &Item, lang: Language) -> String {
    let who = item.interviewer.as_deref().unwrap_or("?");
    let candidate = item.candidate.as_str();
    match item.task {
        Task::Scorecard => msg!(lang, "due-scorecard", interviewer = who),
        Task::Decision => msg!(lang, "due-decision"),
        Task::Feedback => msg!(lang, "due-feedback", candidate = candidate),
        Task::Send => msg!(lang, "due-send", candidate = candidate),
        Task::Unreadable => msg!(lang, "due-unreadable"),
    }
}

/// What needs doing, in words that name no command: for a front end without a command line (the
/// web app), where [`task_text`] would tell a recruiter to type `hirekit feedback …`.
pub fn task_label(item: &Item, lang: Language) -> String {
    let who = item.interviewer.as_deref().unwrap_or("?");
    match item.task {
        Task::Scorecard => msg!(lang, "due-scorecard", interviewer = who),
        Task::Decision => msg!(lang, "due-decision"),
        Task::Feedback => msg!(lang, "due-task-feedback"),
        Task::Send => msg!(lang, "due-task-send"),
        Task::Unreadable => msg!(lang, "due-task-unreadable"),
    }
}

/// The terminal table of `items`, with the date they were computed for.
pub fn table(items: &[Item], today: NaiveDate, lang: Language) -> String {
    let mut out = String::new();
    if items.is_empty() {
        let _ = writeln!(out, "{}", msg!(lang, "due-nothing"));
        return out;
    }
    let _ = writeln!(
        out,
        "{BOLD}{} {} {} {} {}{BOLD:#}",
        pad(&msg!(lang, "due-column-status"), 11),
        pad(&msg!(lang, "due-column-deadline"), 10),
        pad(&msg!(lang, "due-column-candidate"), 10),
        pad(&msg!(lang, "due-column-name"), 20),
        msg!(lang, "due-column-what")
    );
    for item in items {
        let status = match item.days_overdue {
            d if d > 0 => {
                let text = pad(&msg!(lang, "due-days-late", days = d), 11);
                format!("{ERROR}{text}{ERROR:#}")
            }
            0 => {
                let text = pad(&msg!(lang, "due-today"), 11);
                format!("{WARNING}{text}{WARNING:#}")
            }
            d => pad(&msg!(lang, "due-days-left", days = -d), 11),
        };
        let _ = writeln!(
            out,
            "{status} {} {} {} {}",
            pad(&item.deadline.to_string(), 10),
            pad(&item.candidate, 10),
            pad(&truncate(&item.name, 20), 20),
            task_text(item, lang)
        );
    }
    let _ = writeln!(
        out,
        "{DIM}{}{DIM:#}",
        msg!(lang, "due-as-of", today = today.to_string())
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Folder {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hiring");
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let (folder, problems) = hirekit_folder::open(&root, &|_| true, today).unwrap();
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        folder
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_most_overdue_comes_first_with_deadlines_from_the_time_rules() {
        let folder = example();
        let items = items(&folder, day(23), |_| false);
        let list: Vec<(Task, &str, NaiveDate, i64)> = items
            .iter()
            .map(|i| (i.task, i.candidate.as_str(), i.deadline, i.days_overdue))
            .collect();
        // Feedback is due feedback_days (7) after the last interview; a scorecard
        // scorecard_hours (24) after its interview.
        assert_eq!(
            list,
            [
                (Task::Feedback, "c-2026-017", day(20), 3),
                (Task::Scorecard, "c-2026-020", day(21), 2),
                (Task::Feedback, "c-2026-014", day(23), 0),
                (Task::Feedback, "c-2026-023", day(25), -2),
            ]
        );
    }

    #[test]
    fn labels_for_a_page_name_no_command() {
        let folder = example();
        let mut items = items(&folder, day(23), |_| false);
        // A written letter not yet sent (the example has none written): the same item, sent.
        let mut written = items[0].clone();
        written.task = Task::Send;
        items.push(written);
        let labels = |lang| -> Vec<String> { items.iter().map(|i| task_label(i, lang)).collect() };
        assert_eq!(
            labels(Language::Nl),
            [
                "feedbackbrief schrijven",
                "scorekaart van chen ontbreekt",
                "feedbackbrief schrijven",
                "feedbackbrief schrijven",
                "brief geschreven, nog niet verstuurd",
            ]
        );
        assert_eq!(
            labels(Language::En),
            [
                "write the feedback letter",
                "scorecard from chen missing",
                "write the feedback letter",
                "write the feedback letter",
                "letter written, not yet sent",
            ]
        );
    }

    #[test]
    fn nothing_is_due_before_the_interviews() {
        let folder = example();
        let items = items(&folder, day(10), |_| false);
        assert_eq!(items.len(), 0, "{items:?}");
        assert_eq!(
            table(&items, day(10), Language::Nl),
            "Niets te doen: alles is op tijd.\n"
        );
    }

    #[test]
    fn the_dutch_table_says_it_in_dutch() {
        let folder = example();
        let items = items(&folder, day(23), |_| false);
        let text = anstyle_free(&table(&items[..2], day(23), Language::Nl));
        assert_eq!(
            text,
            "status      deadline   kandidaat  naam                 wat\n\
             3 d te laat 2026-11-20 c-2026-017 Łukasz Wójcik        feedbackbrief sturen: hirekit feedback c-2026-017\n\
             2 d te laat 2026-11-21 c-2026-020 Nguyễn Văn An        scorekaart van chen ontbreekt\n\
             peildatum 2026-11-23\n"
        );
    }

    /// The table without its terminal styles.
    fn anstyle_free(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
