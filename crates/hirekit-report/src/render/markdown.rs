//! The report as Markdown, in the folder's language: paste it into a message or a wiki.

use std::fmt::Write as _;

use hirekit_scorecard::Language;

use super::text::{self, date, days, number, percent, signed, who};
use crate::model::{
    CandidateStatus, Caution, FeedbackSummary, PipelineReport, ScorecardAgreement, Stage,
    VacancySummary,
};

/// The whole report.
pub fn render(report: &PipelineReport) -> String {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let rules = &report.time_rules;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        t("Stand van de werving", "Hiring pipeline"),
        report.company
    );
    let _ = writeln!(
        out,
        "{} {}. {}\n",
        t("Peildatum", "As of"),
        date(report.today, report.today, lang),
        match lang {
            Language::Nl => format!(
                "Afspraken: scorekaart binnen {} uur na het gesprek, besluit binnen {} uur nadat alle \
                 scorekaarten binnen zijn, feedback binnen {} dagen na het laatste gesprek.",
                rules.scorecard_hours, rules.decision_hours, rules.feedback_days
            ),
            Language::En => format!(
                "Agreed: scorecard within {} hours of the interview, decision within {} hours of the \
                 last scorecard, feedback within {} days of the last interview.",
                rules.scorecard_hours, rules.decision_hours, rules.feedback_days
            ),
        }
    );
    if report.vacancies.is_empty() {
        let _ = writeln!(out, "{}\n", t("Nog geen kandidaten.", "No candidates yet."));
    }
    // One section per vacancy: each hiring manager gets the page of their own vacancy.
    for v in &report.vacancies {
        let _ = writeln!(
            out,
            "## {}: {} ({})\n",
            t("Vacature", "Vacancy"),
            v.title,
            v.id
        );
        let list = vacancy_candidates(report, &v.id);
        candidates(&mut out, report, &list);
        sentences(&mut out, report, &list);
        agreement(&mut out, report, v);
        feedback(&mut out, report, &v.feedback);
        vacancy_alpha(&mut out, report, agreement_of(report, &v.id));
    }
    calibration(&mut out, report);
    out
}

/// The candidates of one vacancy, most urgent first (the report's order).
pub fn vacancy_candidates<'a>(report: &'a PipelineReport, id: &str) -> Vec<&'a CandidateStatus> {
    report
        .candidates
        .iter()
        .filter(|c| c.vacancy == id)
        .collect()
}

/// The panel agreement of one vacancy.
pub fn agreement_of<'a>(report: &'a PipelineReport, id: &str) -> Option<&'a ScorecardAgreement> {
    report.scorecards.iter().find(|s| s.id == id)
}

/// Alpha with what it rests on and its caution, as one sentence.
pub fn alpha_line(s: &ScorecardAgreement, lang: Language) -> String {
    let value = s
        .alpha
        .map_or_else(|| "—".to_owned(), |a| number(a, 2, lang));
    let mut line = match lang {
        Language::Nl => format!(
            "Krippendorffs alfa (ordinaal): {value}, op {} scores van {} {}.",
            s.ratings,
            s.candidates,
            if s.candidates == 1 {
                "kandidaat"
            } else {
                "kandidaten"
            }
        ),
        Language::En => format!(
            "Krippendorff's alpha (ordinal): {value}, on {} ratings of {} {}.",
            s.ratings,
            s.candidates,
            if s.candidates == 1 {
                "candidate"
            } else {
                "candidates"
            }
        ),
    };
    if let Some(c) = s.caution {
        let _ = write!(
            line,
            " {}: {}.",
            lang.pick("Let op", "Note"),
            caution(c, lang)
        );
    }
    line
}

fn vacancy_alpha(out: &mut String, report: &PipelineReport, s: Option<&ScorecardAgreement>) {
    let Some(s) = s else { return };
    let t = |nl: &'static str, en: &'static str| report.language.pick(nl, en);
    let _ = writeln!(
        out,
        "### {}\n",
        t("Overeenstemming van het panel", "Panel agreement")
    );
    let _ = writeln!(out, "{}\n", alpha_line(s, report.language));
}

fn candidates(out: &mut String, report: &PipelineReport, list: &[&CandidateStatus]) {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let _ = writeln!(
        out,
        "### {}\n",
        t("Waar elke kandidaat staat", "Where every candidate stands")
    );
    if list.is_empty() {
        let _ = writeln!(out, "{}\n", t("Nog geen kandidaten.", "No candidates yet."));
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|--:|---|---|",
        t("Kandidaat", "Candidate"),
        t("Fase", "Stage"),
        t("Dagen", "Days"),
        t("Wacht op", "Waiting on"),
        t("Uiterlijk", "Due")
    );
    for c in list {
        let waiting: Vec<String> = c.waiting_on.iter().map(|h| who(report, h, lang)).collect();
        let due = match (c.due, c.days_overdue, c.next_interview) {
            (Some(due), Some(late), _) if late > 0 => format!(
                "{} ({} {})",
                date(due, report.today, lang),
                days(late, lang),
                t("te laat", "late")
            ),
            (Some(due), _, _) => date(due, report.today, lang),
            (None, _, Some(next)) => format!(
                "{} {}",
                t("gesprek", "interview"),
                date(next, report.today, lang)
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} ({}) | {} | {} | {} | {due} |",
            c.name,
            c.id,
            text::stage(c.stage, lang),
            c.days_in_stage.map(|d| d.to_string()).unwrap_or_default(),
            waiting.join(", "),
        );
    }
    out.push('\n');
}

/// One pasteable sentence per candidate waiting for a decision.
pub fn decision_sentences(report: &PipelineReport, list: &[&CandidateStatus]) -> Vec<String> {
    let lang = report.language;
    let hours = report.time_rules.decision_hours;
    list.iter()
        .filter(|c| c.stage == Stage::DecisionPending)
        .filter_map(|c| {
            let since = c.since?;
            let waited = c.days_in_stage.unwrap_or(0);
            let when = date(since, report.today, lang);
            let mut sentence = match lang {
                Language::Nl => format!(
                    "{} wacht sinds {when} op een besluit: {}.",
                    c.name,
                    days(waited, lang)
                ),
                Language::En => format!(
                    "{} has been waiting for a decision since {when}: {}.",
                    c.name,
                    days(waited, lang)
                ),
            };
            if let (Some(due), Some(late)) = (c.due, c.days_overdue)
                && late > 0
            {
                let due = date(due, report.today, lang);
                let _ = match lang {
                    Language::Nl => {
                        write!(sentence, " De afgesproken {hours} uur liepen af op {due}.")
                    }
                    Language::En => write!(sentence, " The agreed {hours} hours ran out on {due}."),
                };
            }
            Some(sentence)
        })
        .collect()
}

fn sentences(out: &mut String, report: &PipelineReport, list: &[&CandidateStatus]) {
    let lines = decision_sentences(report, list);
    if lines.is_empty() {
        return;
    }
    let t = |nl: &'static str, en: &'static str| report.language.pick(nl, en);
    let _ = writeln!(out, "#### {}\n", t("Om door te sturen", "To pass on"));
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

fn hours(value: Option<f64>, lang: Language) -> String {
    value.map_or_else(|| "—".to_owned(), |h| number(h, 1, lang))
}

fn agreement(out: &mut String, report: &PipelineReport, v: &VacancySummary) {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let hours_agreed = report.time_rules.scorecard_hours;
    let _ = writeln!(
        out,
        "### {}\n",
        match lang {
            Language::Nl => format!("De afspraak van {hours_agreed} uur: scorekaarten"),
            Language::En => format!("The {hours_agreed}-hour agreement: scorecards"),
        }
    );
    if v.interviewers.is_empty() {
        let _ = writeln!(out, "{}\n", t("Nog geen gesprekken.", "No interviews yet."));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|--:|",
            t("Interviewer", "Interviewer"),
            t("Ingediend", "Submitted"),
            t("Op tijd", "On time"),
            t("Te laat", "Late"),
            t("Open, over tijd", "Open, overdue"),
            t("Mediaan (uur)", "Median (hours)")
        );
        for i in &v.interviewers {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                who(report, &i.handle, lang),
                i.scorecards,
                i.on_time,
                i.late,
                i.overdue,
                hours(i.median_hours, lang)
            );
        }
        out.push('\n');
    }
    let d = &v.decisions;
    let _ = writeln!(
        out,
        "#### {} {} {}\n",
        t("Besluiten (afspraak: binnen", "Decisions (agreed: within"),
        report.time_rules.decision_hours,
        t("uur)", "hours)")
    );
    if d.decisions == 0 {
        let _ = writeln!(
            out,
            "{}",
            t(
                "Nog geen besluiten vastgelegd.",
                "No decisions recorded yet."
            )
        );
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|",
            t("Besloten door", "Decided by"),
            t("Besluiten", "Decisions"),
            t("Op tijd", "On time"),
            t("Te laat", "Late"),
            t("Mediaan (uur)", "Median (hours)")
        );
        for p in &d.deciders {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                p.name,
                p.decisions,
                p.on_time,
                p.late,
                hours(p.median_hours, lang)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        match lang {
            Language::Nl => format!(
                "Wachten nu op een besluit: {}, waarvan {} langer dan afgesproken.",
                d.pending, d.overdue
            ),
            Language::En => format!(
                "Waiting for a decision now: {}, of whom {} longer than agreed.",
                d.pending, d.overdue
            ),
        }
    );
}

fn feedback(out: &mut String, report: &PipelineReport, f: &FeedbackSummary) {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let _ = writeln!(
        out,
        "### {}\n",
        t("De kant van de kandidaat", "The candidate's side")
    );
    let _ = writeln!(
        out,
        "{}\n",
        feedback_line(f, report.time_rules.feedback_days, lang)
    );
    if f.late_now.is_empty() {
        let _ = writeln!(out, "{}\n", t("Geen brieven te laat.", "No letters late."));
        return;
    }
    let _ = writeln!(out, "{}\n", t("Nu te laat:", "Late now:"));
    for l in &f.late_now {
        let _ = writeln!(
            out,
            "- {} ({}): {} {}, {} {}",
            l.name,
            l.id,
            t("uiterlijk", "due"),
            date(l.due, report.today, lang),
            days(l.days_late, lang),
            t("te laat", "late")
        );
    }
    out.push('\n');
}

/// The letters sent on time, or that none has gone out yet (not "0 of 0").
pub fn feedback_line(f: &FeedbackSummary, feedback_days: u32, lang: Language) -> String {
    if f.letters == 0 {
        return lang
            .pick(
                "Nog geen feedbackbrieven verstuurd.",
                "No feedback letters sent yet.",
            )
            .to_owned();
    }
    let share = f
        .on_time_share
        .map(percent)
        .unwrap_or_else(|| "—".to_owned());
    match lang {
        Language::Nl => format!(
            "Feedback binnen {feedback_days} dagen: {} van {} brieven op tijd ({share}).",
            f.on_time, f.letters
        ),
        Language::En => format!(
            "Feedback within {feedback_days} days: {} of {} letters on time ({share}).",
            f.on_time, f.letters
        ),
    }
}

/// What a caution means, in words.
pub fn caution(caution: Caution, lang: Language) -> &'static str {
    match caution {
        Caution::NoSharedRatings => lang.pick(
            "te weinig gegevens: geen criterium door twee interviewers beoordeeld",
            "not enough data: no criterion rated by two interviewers",
        ),
        Caution::NoVariation => lang.pick(
            "te weinig gegevens: alle gedeelde scores zijn gelijk",
            "not enough data: every shared rating is the same",
        ),
        Caution::FewCandidates => lang.pick(
            "minder dan 10 kandidaten: zegt nog weinig",
            "fewer than 10 candidates: means little yet",
        ),
    }
}

fn calibration(out: &mut String, report: &PipelineReport) {
    let lang = report.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let _ = writeln!(
        out,
        "## {}\n",
        t("Kalibratie van interviewers", "Interviewer calibration")
    );
    let _ = writeln!(
        out,
        "{}\n",
        t(
            "Ter informatie: deze cijfers veranderen nooit een score. Mild/streng is het gemiddelde \
             verschil met de rest van het panel op dezelfde kandidaten en criteria (+ milder, − strenger).",
            "For information only: these figures never change a score. Lenient/strict is the mean \
             difference from the rest of the panel on the same candidates and criteria (+ milder, \
             − stricter)."
        )
    );
    if !report.interviewers.is_empty() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|--:|",
            t("Interviewer", "Interviewer"),
            t("Scorekaarten", "Scorecards"),
            t("Mild/streng", "Lenient/strict"),
            t("Gedeeld (kandidaten)", "Shared (candidates)"),
            t("Spreiding", "Spread"),
            t("Niet beoordeeld", "Not assessed")
        );
        for i in &report.interviewers {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} ({}) | {} | {} |",
                who(report, &i.handle, lang),
                i.scorecards,
                i.leniency.map_or_else(
                    || t("te weinig gegevens", "not enough data").to_owned(),
                    |l| signed(l, lang)
                ),
                i.shared_ratings,
                i.shared_candidates,
                i.spread
                    .map_or_else(|| "—".to_owned(), |s| number(s, 2, lang)),
                i.not_assessed.map_or_else(|| "—".to_owned(), percent)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}",
        t(
            "Over alle vacatures: een interviewer kan in meer panels zitten. De overeenstemming \
             van elk panel (alfa) staat bij de vacature; alfa 1 is volledige overeenstemming, 0 \
             niet beter dan toeval. Krippendorff (2004) noemt 0,800 voldoende en 0,667 de \
             ondergrens voor voorlopige conclusies.",
            "Across all vacancies: an interviewer may sit on several panels. Each panel's \
             agreement (alpha) is shown with its vacancy; alpha 1 is perfect agreement, 0 no \
             better than chance. Krippendorff (2004) calls 0.800 sufficient and 0.667 the lowest \
             for tentative conclusions."
        )
    );
}
