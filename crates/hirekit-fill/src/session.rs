//! The interview walk-through: one question at a time, saving the draft after every answer.
//!
//! The session decides what is asked, in which order, and what is wrong with an answer; it
//! talks to a [`Terminal`] (one line per answer) and a `store` function, so a front end only
//! reads lines and prints, and tests drive it with scripted input and a fake clock.

use std::io;

use chrono::{DateTime, FixedOffset};
use hirekit_folder::{FilledScorecard, Rating, Recommendation};
use hirekit_redflags::Evidence;
use hirekit_scorecard::Language;
use hirekit_text::msg;
use hirekit_text::style::{BOLD, DIM, WARNING};

use crate::Interview;
use crate::draft::Draft;
use crate::{answers, screens, text};

/// Where the questions are asked: a terminal, or scripted lines in a test.
pub trait Terminal {
    /// Shows `question` (without a line break) and returns the answer, trimmed; `None` when
    /// the input has ended.
    fn ask(&mut self, question: &str) -> io::Result<Option<String>>;
    /// Shows `text` followed by a line break.
    fn say(&mut self, text: &str) -> io::Result<()>;
}

/// A session stopped by a bug: every step completes its part of the draft before the
/// summary, so a draft that cannot be finished is never the interviewer's doing. The draft
/// stays saved, so nothing typed is lost.
#[derive(Debug)]
pub struct Incomplete(pub Language);

impl std::fmt::Display for Incomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&msg!(self.0, "fill-incomplete"))
    }
}

impl std::error::Error for Incomplete {}

/// How a session ended.
#[derive(Debug)]
pub enum Ending {
    /// Every answer given and confirmed: the scorecard to write.
    Submitted(Box<FilledScorecard>),
    /// The input ended (Ctrl-D, or the end of piped input); the draft holds what was answered.
    Stopped,
}

/// Stops the calling function with `Ok(None)` when the input has ended.
macro_rules! answer {
    ($e:expr) => {
        match $e? {
            Some(value) => value,
            None => return Ok(None),
        }
    };
}

/// One walk-through. `E` is the front end's error type: a failed save is passed on as it is.
pub struct Session<'a, T, E> {
    pub p: T,
    pub interview: &'a Interview<'a>,
    pub draft: Draft,
    /// Saves the draft; called after every answer.
    pub store: &'a mut dyn FnMut(&Draft) -> Result<(), E>,
    /// The time now: when an interview without a planned time took place is checked against it,
    /// and the scorecard is submitted at it.
    pub clock: &'a dyn Fn() -> DateTime<FixedOffset>,
}

/// What the interviewer chose on the summary screen.
enum Choice {
    Submit,
    Criterion(usize),
    RedFlags,
    Recommendation,
}

impl<T: Terminal, E: From<io::Error> + From<Incomplete>> Session<'_, T, E> {
    /// Asks every question not answered in the draft yet, shows a summary to change answers
    /// from, and returns the filled scorecard once the interviewer submits it.
    pub fn run(&mut self, resumed: bool) -> Result<Ending, E> {
        Ok(match self.walk(resumed)? {
            Some(filled) => Ending::Submitted(Box::new(filled)),
            None => Ending::Stopped,
        })
    }

    fn walk(&mut self, resumed: bool) -> Result<Option<FilledScorecard>, E> {
        let lang = self.interview.language;
        self.p.say(&screens::rules(self.interview))?;
        if self.draft.interviewed_at.is_none() {
            let at = answer!(self.ask_interview_time());
            self.draft.interviewed_at = Some(at);
            self.save()?;
        }
        if let Some(at) = self.draft.interviewed_at {
            let now = (self.clock)();
            let (line, late) = screens::deadline(at, &self.interview.rules, now, lang);
            let style = if late { WARNING } else { BOLD };
            self.p.say(&format!("{style}{line}{style:#}"))?;
        }
        if resumed {
            self.p.say(&screens::resumed(self.interview, &self.draft))?;
        }
        for index in 0..self.interview.scorecard.criteria.len() {
            if !self
                .draft
                .is_rated(&self.interview.scorecard.criteria[index].id)
            {
                answer!(self.rate(index, false));
            }
        }
        if self.draft.red_flags.is_none() {
            let flags = answer!(self.ask_red_flags());
            self.draft.red_flags = Some(flags);
            self.save()?;
        }
        if self.draft.recommendation.is_none() {
            let recommendation = answer!(self.ask_recommendation());
            self.draft.recommendation = Some(recommendation);
            self.save()?;
        }
        loop {
            match answer!(self.review()) {
                Choice::Submit => break,
                Choice::Criterion(index) => answer!(self.rate(index, true)),
                Choice::RedFlags => {
                    let flags = answer!(self.ask_red_flags());
                    self.draft.red_flags = Some(flags);
                    self.save()?;
                }
                Choice::Recommendation => {
                    let recommendation = answer!(self.ask_recommendation());
                    self.draft.recommendation = Some(recommendation);
                    self.save()?;
                }
            }
        }
        // Every step above completes its part of the draft, so this only fails on a bug; the
        // draft stays on disk in that case and nothing is lost.
        let submitted_at = (self.clock)();
        self.draft
            .finish(self.interview.scorecard, submitted_at)
            .map(Some)
            .ok_or_else(|| Incomplete(lang).into())
    }

    fn save(&mut self) -> Result<(), E> {
        (self.store)(&self.draft)
    }

    fn lang(&self) -> hirekit_scorecard::Language {
        self.interview.language
    }

    /// Asks again until `parse` accepts the answer, explaining `problem` each time it does not.
    fn ask_until<V>(
        &mut self,
        question: &str,
        mut parse: impl FnMut(&str) -> Result<V, String>,
    ) -> Result<Option<V>, E> {
        loop {
            let line = answer!(self.p.ask(question));
            match parse(&line) {
                Ok(value) => return Ok(Some(value)),
                Err(problem) => self.p.say(&format!("  {WARNING}{problem}{WARNING:#}"))?,
            }
        }
    }

    fn ask_interview_time(&mut self) -> Result<Option<DateTime<FixedOffset>>, E> {
        let lang = self.lang();
        let note = screens::not_planned(self.interview);
        self.p.say(&note)?;
        let now = (self.clock)();
        let question = msg!(lang, "fill-ask-interview-time");
        self.ask_until(&question, |line| answers::parse_time(line, now, lang))
    }

    /// Shows criterion `index` and asks its score and evidence. `again` is set when the
    /// interviewer changes an answer from the summary: the old evidence may then be kept.
    fn rate(&mut self, index: usize, again: bool) -> Result<Option<()>, E> {
        let lang = self.lang();
        let scorecard = self.interview.scorecard;
        let criterion = &scorecard.criteria[index];
        self.p
            .say(&screens::criterion_block(scorecard, index, lang))?;
        let previous = self.draft.ratings.get(&criterion.id).cloned();
        let has_score = previous.as_ref().is_some_and(|r| r.score.is_some());
        if has_score && !again {
            // Resuming between the score and its evidence: show what was already answered.
            if let Some(score) = previous.as_ref().and_then(|r| r.score) {
                let label = answers::score_label(scorecard, score, lang);
                let saved = format!("{DIM}{}{DIM:#}", msg!(lang, "fill-saved-before"));
                self.p.say(&msg!(
                    lang,
                    "fill-score-saved",
                    score = u32::from(score),
                    label = label,
                    saved = saved,
                ))?;
            }
        } else {
            // Changing an answer from the summary: Enter keeps the score, as it keeps evidence.
            let current = previous
                .as_ref()
                .filter(|_| again)
                .map(|r| r.score.filter(|_| !r.not_assessed));
            let mut question = answers::score_question(scorecard, lang);
            if let Some(current) = current {
                let shown = match current {
                    Some(score) => {
                        format!("{score} {}", answers::score_label(scorecard, score, lang))
                    }
                    None => msg!(lang, "fill-not-assessed-choice"),
                };
                let keeps = msg!(lang, "fill-enter-keeps", kept = shown);
                question = format!("{question} {DIM}({keeps}){DIM:#}");
            }
            let score = answer!(self.ask_until(&question, |line| match current {
                Some(kept) if line.is_empty() => Ok(kept),
                _ => answers::parse_score(line, scorecard, lang),
            }));
            let rating = match score {
                Some(score) => Rating {
                    score: Some(score),
                    // Kept only until the interviewer confirms or replaces it below.
                    evidence: None,
                    not_assessed: false,
                },
                None => Rating {
                    score: None,
                    evidence: None,
                    not_assessed: true,
                },
            };
            self.draft.ratings.insert(criterion.id.clone(), rating);
            self.save()?;
        }
        if self
            .draft
            .ratings
            .get(&criterion.id)
            .is_some_and(|r| r.not_assessed)
        {
            return Ok(Some(()));
        }
        let kept = previous
            .and_then(|r| r.evidence)
            .filter(|e| !e.trim().is_empty());
        let question = match &kept {
            Some(old) => format!(
                "{} {DIM}({}){DIM:#}",
                msg!(lang, "fill-ask-evidence"),
                msg!(lang, "fill-enter-keeps", kept = text::shorten(old, 50))
            ),
            None => msg!(lang, "fill-ask-evidence"),
        };
        let evidence = answer!(self.ask_until(&question, |line| {
            match (line.is_empty(), &kept) {
                (false, _) => Ok(line.to_owned()),
                (true, Some(old)) => Ok(old.clone()),
                (true, None) => Err(msg!(lang, "fill-evidence-required")),
            }
        }));
        if let Some(rating) = self.draft.ratings.get_mut(&criterion.id) {
            rating.evidence = Some(evidence);
        }
        self.save()?;
        Ok(Some(()))
    }

    fn ask_red_flags(&mut self) -> Result<Option<Vec<String>>, E> {
        let lang = self.lang();
        let interview = self.interview;
        self.p.say(&screens::red_flag_list(interview))?;
        let question = msg!(lang, "fill-ask-red-flags");
        let ids = answer!(self.ask_until(&question, |line| answers::parse_red_flags(
            line, interview, lang
        )));
        let mut kept = Vec::new();
        for id in ids {
            let Some(item) = interview.catalogue.get(&id) else {
                continue;
            };
            if item.evidence != Evidence::BiasRisk {
                kept.push(id);
                continue;
            }
            self.p.say(&format!(
                "  {WARNING}{}{WARNING:#}",
                answers::bias_caution(item, lang)
            ))?;
            let keep = answer!(
                self.ask_until(&msg!(lang, "fill-ask-tick-caution"), |line| {
                    answers::parse_yes_no(line, lang)
                },)
            );
            if keep {
                kept.push(id);
            }
        }
        Ok(Some(kept))
    }

    fn ask_recommendation(&mut self) -> Result<Option<Recommendation>, E> {
        let lang = self.lang();
        self.p.say(&screens::recommendation_list(lang))?;
        self.ask_until(&msg!(lang, "fill-ask-recommendation"), |line| {
            answers::parse_recommendation(line, lang)
        })
    }

    fn review(&mut self) -> Result<Option<Choice>, E> {
        let lang = self.lang();
        let count = self.interview.scorecard.criteria.len();
        self.p.say(&screens::summary(self.interview, &self.draft))?;
        let question = msg!(lang, "fill-ask-review", last = count + 2);
        self.ask_until(&question, |line| {
            if line.is_empty() {
                return Ok(Choice::Submit);
            }
            match line.parse::<usize>() {
                Ok(n) if (1..=count).contains(&n) => Ok(Choice::Criterion(n - 1)),
                Ok(n) if n == count + 1 => Ok(Choice::RedFlags),
                Ok(n) if n == count + 2 => Ok(Choice::Recommendation),
                _ => Err(msg!(lang, "fill-review-invalid", last = count + 2)),
            }
        })
    }
}
