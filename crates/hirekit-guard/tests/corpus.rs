//! The guard on real-world wording: recall and false alarms per language on the corpus in
//! `tests/corpus/` (its README says where every sentence comes from).
//!
//! Run `cargo test -p hirekit-guard --test corpus -- --nocapture` to see the figures.

use std::fmt::Write as _;

use hirekit_guard::{Finding, Guard, Language, Severity};

/// At least this share of discriminatory sentences must be caught as errors, per language.
const MIN_RECALL: f64 = 0.95;
/// At most this share of clean sentences may draw any finding, per language.
const MAX_FALSE_ALARMS: f64 = 0.02;

struct Line {
    file: &'static str,
    number: usize,
    label: String,
    sentence: String,
    source: String,
}

fn parse(file: &'static str, text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = raw.split(" | ").collect();
        let [label, sentence, source] = parts[..] else {
            panic!("{file}:{}: expected `ground | sentence | source`", i + 1);
        };
        assert!(
            !source.trim().is_empty(),
            "{file}:{}: every sentence cites its source",
            i + 1
        );
        lines.push(Line {
            file,
            number: i + 1,
            // The blind sets tag a label with `[indirect]` or `[disguised]`.
            label: ground_code(label.split('[').next().unwrap_or_default().trim()).to_owned(),
            // One sentence per line: a line break inside a phrase is written as the two
            // characters `\n`.
            sentence: sentence.trim().replace("\\n", "\n"),
            source: source.trim().to_owned(),
        });
    }
    lines
}

/// The ground code for a label: the second blind set, written without the phrase lists, names
/// four grounds by a short word.
fn ground_code(label: &str) -> &str {
    match label {
        "orientation" => "sexual_orientation",
        "political" => "political_opinion",
        "hours" => "working_hours",
        "contract" => "contract_type",
        other => other,
    }
}

/// The third blind set split in two, before any change for it, so that one half could be studied
/// and the other measured once as unseen wording. Lines are grouped by publication (the first
/// word of the source, lower-cased; a disguised variant goes with the line it is a variant of), so
/// that sentences from one source are on one side; publications are taken from the largest to
/// the smallest (ties by name) and each goes to the half that has fewer lines so far (the tuning
/// half on a tie). Returns `[tuning, held-out]`.
fn split_by_publication(lines: Vec<Line>) -> [Vec<Line>; 2] {
    fn publication(source: &str) -> String {
        let source = source
            .find("variant of ")
            .map_or(source, |at| &source[at + "variant of ".len()..]);
        source
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase()
    }
    let mut count: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for line in &lines {
        *count.entry(publication(&line.source)).or_default() += 1;
    }
    let mut order: Vec<(&String, &usize)> = count.iter().collect();
    order.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut side = std::collections::BTreeMap::new();
    let mut size = [0, 0];
    for (name, n) in order {
        let half = usize::from(size[0] > size[1]);
        side.insert(name.clone(), half);
        size[half] += n;
    }
    let mut halves = [Vec::new(), Vec::new()];
    for line in lines {
        let half = side.get(&publication(&line.source)).copied().unwrap_or(0);
        halves[half].push(line);
    }
    halves
}

/// What the corpus says a sentence must draw.
#[derive(PartialEq)]
enum Expect {
    /// A protected ground or an obvious proxy: an error.
    Error,
    /// A vague, non-job reason: at least a warning.
    Warning,
    /// Nothing at all.
    Nothing,
}

fn expectation(line: &Line) -> Expect {
    match line.label.as_str() {
        "clean" => Expect::Nothing,
        "vague" => Expect::Warning,
        ground => {
            let known = hirekit_guard::Ground::ALL
                .iter()
                .any(|g| g.code() == ground);
            assert!(
                known,
                "{}:{}: unknown ground `{ground}`",
                line.file, line.number
            );
            Expect::Error
        }
    }
}

#[derive(Default)]
struct Tally {
    flagged_wanted: usize,
    flagged_caught: usize,
    clean: usize,
    false_alarms: usize,
    misses: String,
}

fn measure(language: Language, lines: &[Line]) -> Tally {
    let mut tally = Tally::default();
    for line in lines {
        let findings: Vec<Finding> = Guard::builtin().check_text(&line.sentence, language);
        let worst = findings.iter().map(|f| f.severity).min();
        let ok = match expectation(line) {
            Expect::Error => {
                tally.flagged_wanted += 1;
                let ok = worst == Some(Severity::Error);
                tally.flagged_caught += usize::from(ok);
                ok
            }
            Expect::Warning => {
                tally.flagged_wanted += 1;
                let ok = worst.is_some();
                tally.flagged_caught += usize::from(ok);
                ok
            }
            Expect::Nothing => {
                tally.clean += 1;
                let ok = findings.is_empty();
                tally.false_alarms += usize::from(!ok);
                ok
            }
        };
        if !ok {
            let found: Vec<String> = findings
                .iter()
                .map(|f| format!("{} “{}”", f.severity.as_str(), f.phrase))
                .collect();
            let _ = writeln!(
                tally.misses,
                "  {}:{} [{}] {} -> {:?}",
                line.file, line.number, line.label, line.sentence, found
            );
        }
    }
    tally
}

fn rate(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    part as f64 / whole as f64
}

#[test]
fn recall_and_false_alarms_meet_the_goal_per_language() {
    let sets = [
        (
            Language::Nl,
            "main",
            parse("corpus/nl.txt", include_str!("corpus/nl.txt")),
        ),
        (
            Language::Nl,
            "held-out",
            parse(
                "corpus/holdout-nl.txt",
                include_str!("corpus/holdout-nl.txt"),
            ),
        ),
        (
            Language::Nl,
            "unseen",
            parse("corpus/unseen-nl.txt", include_str!("corpus/unseen-nl.txt")),
        ),
        (
            Language::En,
            "main",
            parse("corpus/en.txt", include_str!("corpus/en.txt")),
        ),
        (
            Language::En,
            "held-out",
            parse(
                "corpus/holdout-en.txt",
                include_str!("corpus/holdout-en.txt"),
            ),
        ),
        (
            Language::En,
            "unseen",
            parse("corpus/unseen-en.txt", include_str!("corpus/unseen-en.txt")),
        ),
        (
            Language::Nl,
            "unseen 2",
            parse(
                "corpus/unseen2-nl.txt",
                include_str!("corpus/unseen2-nl.txt"),
            ),
        ),
        (
            Language::En,
            "unseen 2",
            parse(
                "corpus/unseen2-en.txt",
                include_str!("corpus/unseen2-en.txt"),
            ),
        ),
        (
            Language::Nl,
            "unseen 3",
            parse(
                "corpus/unseen3-nl.txt",
                include_str!("corpus/unseen3-nl.txt"),
            ),
        ),
        (
            Language::En,
            "unseen 3",
            parse(
                "corpus/unseen3-en.txt",
                include_str!("corpus/unseen3-en.txt"),
            ),
        ),
        (
            Language::Nl,
            "unseen 4",
            parse(
                "corpus/unseen4-nl.txt",
                include_str!("corpus/unseen4-nl.txt"),
            ),
        ),
        (
            Language::En,
            "unseen 4",
            parse(
                "corpus/unseen4-en.txt",
                include_str!("corpus/unseen4-en.txt"),
            ),
        ),
        (
            Language::Nl,
            "probes",
            parse("corpus/probe-nl.txt", include_str!("corpus/probe-nl.txt")),
        ),
        (
            Language::En,
            "probes",
            parse("corpus/probe-en.txt", include_str!("corpus/probe-en.txt")),
        ),
        (
            Language::Nl,
            "blind",
            parse("corpus/blind-nl.txt", include_str!("corpus/blind-nl.txt")),
        ),
        (
            Language::En,
            "blind",
            parse("corpus/blind-en.txt", include_str!("corpus/blind-en.txt")),
        ),
        (
            Language::Nl,
            "unseen 5",
            parse(
                "corpus/unseen5-nl.txt",
                include_str!("corpus/unseen5-nl.txt"),
            ),
        ),
        (
            Language::En,
            "unseen 5",
            parse(
                "corpus/unseen5-en.txt",
                include_str!("corpus/unseen5-en.txt"),
            ),
        ),
        (
            Language::Nl,
            "blind 2",
            parse("corpus/blind2-nl.txt", include_str!("corpus/blind2-nl.txt")),
        ),
        (
            Language::Nl,
            "blind 2 clean",
            parse("corpus/clean2-nl.txt", include_str!("corpus/clean2-nl.txt")),
        ),
        (
            Language::En,
            "blind 2",
            parse("corpus/blind2-en.txt", include_str!("corpus/blind2-en.txt")),
        ),
        (
            Language::En,
            "blind 2 clean",
            parse("corpus/clean2-en.txt", include_str!("corpus/clean2-en.txt")),
        ),
    ];
    let mut sets = Vec::from(sets);
    for (language, file, text, [tuning_name, held_out_name]) in [
        (
            Language::Nl,
            "corpus/blind3-nl.txt",
            include_str!("corpus/blind3-nl.txt"),
            ["blind 3 tuning half", "blind 3 held-out half"],
        ),
        (
            Language::Nl,
            "corpus/clean3-nl.txt",
            include_str!("corpus/clean3-nl.txt"),
            ["blind 3 clean tuning half", "blind 3 clean held-out half"],
        ),
        (
            Language::En,
            "corpus/blind3-en.txt",
            include_str!("corpus/blind3-en.txt"),
            ["blind 3 tuning half", "blind 3 held-out half"],
        ),
        (
            Language::En,
            "corpus/clean3-en.txt",
            include_str!("corpus/clean3-en.txt"),
            ["blind 3 clean tuning half", "blind 3 clean held-out half"],
        ),
    ] {
        let [tuning, held_out] = split_by_publication(parse(file, text));
        sets.push((language, tuning_name, tuning));
        sets.push((language, held_out_name, held_out));
    }
    let mut report = String::new();
    let mut failures = String::new();
    for language in Language::ALL {
        let mut total = Tally::default();
        for (set_language, name, lines) in &sets {
            if *set_language != language {
                continue;
            }
            let t = measure(language, lines);
            let _ = writeln!(
                report,
                "{language} {name}: caught {}/{} ({:.1} %), false alarms {}/{} ({:.1} %)",
                t.flagged_caught,
                t.flagged_wanted,
                100.0 * rate(t.flagged_caught, t.flagged_wanted),
                t.false_alarms,
                t.clean,
                100.0 * rate(t.false_alarms, t.clean)
            );
            total.flagged_wanted += t.flagged_wanted;
            total.flagged_caught += t.flagged_caught;
            total.clean += t.clean;
            total.false_alarms += t.false_alarms;
            total.misses.push_str(&t.misses);
        }
        let recall = rate(total.flagged_caught, total.flagged_wanted);
        let alarms = rate(total.false_alarms, total.clean);
        let _ = writeln!(
            report,
            "{language} all: caught {}/{} ({:.1} %), false alarms {}/{} ({:.1} %)",
            total.flagged_caught,
            total.flagged_wanted,
            100.0 * recall,
            total.false_alarms,
            total.clean,
            100.0 * alarms
        );
        report.push_str(&total.misses);
        if recall < MIN_RECALL || alarms > MAX_FALSE_ALARMS {
            let _ = writeln!(failures, "{language} is below the goal");
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "{failures}{report}");
}
