//! The meaning of a scorecard: what the schema cannot say (duplicate ids, scale bounds, a text
//! missing in a declared language, ...). Every problem is reported, each at its own line.

use std::collections::{BTreeMap, HashMap};

use hirekit_yaml::{Diagnostic, Document, Value, decode_node};
use serde::de::DeserializeOwned;

use crate::model::{Criterion, Question, QuestionKind, Scale, Scorecard};

use crate::text::{Language, Text};

/// The parts of a scorecard that could be decoded. A file with a typo in one criterion still gets
/// its duplicate ids, thresholds and missing translations checked everywhere else, so a recruiter
/// sees every problem in one run.
pub struct Parts {
    pub id: Option<String>,
    pub title: Option<Text>,
    pub languages: Option<Vec<Language>>,
    pub scale: Option<Scale>,
    pub advance_at: Option<f64>,
    pub talent_pool_at: Option<f64>,
    pub min_coverage: Option<f64>,
    pub discuss_band: Option<f64>,
    /// Criterion ids as written (for duplicates), whether or not the criterion decoded.
    pub criterion_ids: Vec<(usize, String)>,
    /// The parts of each criterion that decoded, with the criterion's index in the file.
    pub criteria: Vec<(usize, PartialCriterion)>,
    /// Whether `criteria` is a list at all.
    pub has_criteria_list: bool,
}

/// What could be decoded of one criterion: a typo in `category` must not hide a missing anchor.
/// (Number ranges, such as the weight's, are the schema's and are checked on every criterion.)
#[derive(Default)]
pub struct PartialCriterion {
    pub id: String,
    pub anchors: Option<BTreeMap<u8, Text>>,
    pub examples: Option<BTreeMap<u8, Text>>,
    /// The kind of each question that decoded (`None` for a question without `kind`).
    pub question_kinds: Vec<Option<QuestionKind>>,
    /// Texts with their pointer relative to the criterion (`/name`, `/questions/0`, ...).
    pub texts: Vec<(String, Text)>,
}

impl PartialCriterion {
    fn of(c: &Criterion) -> PartialCriterion {
        let mut texts = vec![
            ("/name".to_owned(), c.name.clone()),
            ("/requirement".to_owned(), c.requirement.clone()),
        ];
        for (i, q) in c.questions.iter().enumerate() {
            texts.extend(question_texts(&format!("/questions/{i}"), q));
        }
        texts.extend(
            c.anchors
                .iter()
                .map(|(p, t)| (format!("/anchors/{p}"), t.clone())),
        );
        texts.extend(
            c.examples
                .iter()
                .map(|(p, t)| (format!("/examples/{p}"), t.clone())),
        );
        texts.push(("/feedback/strength".to_owned(), c.feedback.strength.clone()));
        texts.push(("/feedback/gap".to_owned(), c.feedback.gap.clone()));
        texts.push(("/feedback/develop".to_owned(), c.feedback.develop.clone()));
        PartialCriterion {
            id: c.id.clone(),
            anchors: Some(c.anchors.clone()),
            examples: Some(c.examples.clone()),
            question_kinds: c.questions.iter().map(Question::kind).collect(),
            texts,
        }
    }

    /// Decodes field by field whatever of the criterion at `at` is sound.
    fn decode(doc: &Document, at: &str) -> PartialCriterion {
        fn part<T: DeserializeOwned>(doc: &Document, pointer: &str) -> Option<T> {
            doc.root
                .pointer(pointer)
                .and_then(|node| decode_node(doc, node, pointer).ok())
        }
        let mut texts = Vec::new();
        for key in [
            "/name",
            "/requirement",
            "/feedback/strength",
            "/feedback/gap",
            "/feedback/develop",
        ] {
            if let Some(t) = part::<Text>(doc, &format!("{at}{key}")) {
                texts.push((key.to_owned(), t));
            }
        }
        let mut question_kinds = Vec::new();
        if let Some(Value::Seq(items)) = doc
            .root
            .pointer(&format!("{at}/questions"))
            .map(|n| &n.value)
        {
            for i in 0..items.len() {
                if let Some(q) = part::<Question>(doc, &format!("{at}/questions/{i}")) {
                    texts.extend(question_texts(&format!("/questions/{i}"), &q));
                    question_kinds.push(q.kind());
                }
            }
        }
        let anchors: Option<BTreeMap<u8, Text>> = part(doc, &format!("{at}/anchors"));
        let examples: Option<BTreeMap<u8, Text>> = part(doc, &format!("{at}/examples"));
        for (key, map) in [("anchors", &anchors), ("examples", &examples)] {
            texts.extend(
                map.iter()
                    .flatten()
                    .map(|(p, t)| (format!("/{key}/{p}"), t.clone())),
            );
        }
        PartialCriterion {
            id: part(doc, &format!("{at}/id")).unwrap_or_default(),
            anchors,
            examples,
            question_kinds,
            texts,
        }
    }
}

/// The texts of one question with their pointers: the question, then each probe.
fn question_texts(at: &str, question: &Question) -> Vec<(String, Text)> {
    match question {
        Question::Plain(text) => vec![(at.to_owned(), text.clone())],
        Question::Probed(q) => std::iter::once((format!("{at}/ask"), q.ask.clone()))
            .chain(
                q.probes
                    .iter()
                    .enumerate()
                    .map(|(j, p)| (format!("{at}/probes/{j}"), p.clone())),
            )
            .collect(),
    }
}

impl Parts {
    pub fn of(card: &Scorecard) -> Parts {
        Parts {
            id: Some(card.id.clone()),
            title: Some(card.title.clone()),
            languages: Some(card.languages.clone()),
            scale: Some(card.scale.clone()),
            advance_at: Some(card.advance_at),
            talent_pool_at: Some(card.talent_pool_at),
            min_coverage: Some(card.min_coverage),
            discuss_band: Some(card.discuss_band),
            criterion_ids: card
                .criteria
                .iter()
                .enumerate()
                .map(|(i, c)| (i, c.id.clone()))
                .collect(),
            criteria: card
                .criteria
                .iter()
                .map(PartialCriterion::of)
                .enumerate()
                .collect(),
            has_criteria_list: true,
        }
    }

    /// Decodes each part on its own; a part with a structural problem is left out.
    pub fn decode(doc: &Document) -> Parts {
        fn part<T: DeserializeOwned>(doc: &Document, pointer: &str) -> Option<T> {
            doc.root
                .pointer(pointer)
                .and_then(|node| decode_node(doc, node, pointer).ok())
        }
        let items = match doc.root.pointer("/criteria").map(|n| &n.value) {
            Some(Value::Seq(items)) => Some(items),
            _ => None,
        };
        let mut criterion_ids = Vec::new();
        let mut criteria = Vec::new();
        for (index, item) in items.into_iter().flatten().enumerate() {
            if let Some(Value::String(id)) = item.get("id").map(|n| &n.value) {
                criterion_ids.push((index, id.clone()));
            }
            let at = format!("/criteria/{index}");
            let criterion = match part::<Criterion>(doc, &at) {
                Some(c) => PartialCriterion::of(&c),
                None => PartialCriterion::decode(doc, &at),
            };
            criteria.push((index, criterion));
        }
        Parts {
            id: part(doc, "/id"),
            title: part(doc, "/title"),
            languages: part(doc, "/languages"),
            scale: part(doc, "/scale"),
            advance_at: part(doc, "/advance_at"),
            talent_pool_at: part(doc, "/talent_pool_at"),
            min_coverage: part(doc, "/min_coverage"),
            discuss_band: part(doc, "/discuss_band"),
            criterion_ids,
            criteria,
            has_criteria_list: items.is_some(),
        }
    }
}

/// Checks what the schema cannot. Returns errors and warnings; the scorecard is usable when there
/// are no errors (and the schema check found nothing).
pub fn check(parts: &Parts, doc: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(id) = &parts.id {
        check_id(doc, "/id", id, "scorecard", &mut out);
    }
    if let Some(languages) = &parts.languages {
        check_languages(languages, doc, &mut out);
    }
    let scale = parts
        .scale
        .as_ref()
        .filter(|scale| check_scale(scale, doc, &mut out));
    if let Some(scale) = scale {
        check_thresholds(parts, scale, doc, &mut out);
    }
    if parts.has_criteria_list && parts.criterion_ids.is_empty() && parts.criteria.is_empty() {
        let empty = matches!(doc.root.pointer("/criteria").map(|n| &n.value), Some(Value::Seq(items)) if items.is_empty());
        if empty {
            out.push(
                doc.error_at("/criteria", "the scorecard has no criteria")
                    .with_hint(
                        "add at least one criterion tied to a job requirement from the vacancy",
                    ),
            );
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (index, id) in &parts.criterion_ids {
        let at = format!("/criteria/{index}/id");
        check_id(doc, &at, id, "criterion", &mut out);
        if let Some(first) = seen.insert(id, *index) {
            let first_line = doc.root.location_of(&format!("/criteria/{first}/id")).line;
            out.push(
                doc.error_at(&at, format!("duplicate criterion id `{id}`"))
                    .with_hint(format!("the id is already used on line {first_line}; give each criterion its own id")),
            );
        }
    }
    for (index, criterion) in &parts.criteria {
        let at = format!("/criteria/{index}");
        if let (Some(scale), Some(anchors)) = (scale, &criterion.anchors) {
            check_anchors(&criterion.id, anchors, scale, doc, &at, &mut out);
        }
        if let (Some(scale), Some(examples)) = (scale, &criterion.examples) {
            crate::interview::check_examples(examples, scale, doc, &at, &mut out);
        }
        crate::interview::check_question_kinds(criterion, doc, &at, &mut out);
    }
    if let Some(languages) = &parts.languages {
        check_texts(parts, languages, doc, &mut out);
        crate::phrases::check(parts, languages, doc, &mut out);
    }
    out
}

fn check_id(doc: &Document, pointer: &str, id: &str, what: &str, out: &mut Vec<Diagnostic>) {
    let kebab = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--");
    if !kebab {
        let suggestion: String = id
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let hint = if suggestion.is_empty() {
            "use lowercase letters, digits and hyphens, e.g. `api-design`".to_owned()
        } else {
            format!("use lowercase letters, digits and hyphens, e.g. `{suggestion}`")
        };
        out.push(
            doc.error_at(
                pointer,
                format!("the {what} id `{id}` is not in kebab-case"),
            )
            .with_hint(hint),
        );
    }
}

fn check_languages(languages: &[Language], doc: &Document, out: &mut Vec<Diagnostic>) {
    if languages.is_empty() {
        out.push(
            doc.error_at("/languages", "the scorecard declares no languages")
                .with_hint("list the languages letters are written in, e.g. `languages: [nl, en]`"),
        );
    }
    for (index, language) in languages.iter().enumerate() {
        if languages[..index].contains(language) {
            out.push(
                doc.error_at(
                    &format!("/languages/{index}"),
                    format!("language `{language}` is listed twice"),
                )
                .with_hint("list each language once"),
            );
        }
    }
}

/// Returns whether the scale is sound enough to check anchors and thresholds against.
fn check_scale(scale: &Scale, doc: &Document, out: &mut Vec<Diagnostic>) -> bool {
    if scale.min >= scale.max {
        out.push(
            doc.error_at(
                "/scale/max",
                format!(
                    "the scale's max ({}) must be more than its min ({})",
                    scale.max, scale.min
                ),
            )
            .with_hint("a scale runs from a low min to a higher max, e.g. `min: 1` and `max: 4`"),
        );
        return false;
    }
    if scale.max - scale.min > 9 {
        out.push(
            doc.warning_at(
                "/scale/max",
                format!(
                    "a scale of {} points is hard to rate consistently",
                    scale.max - scale.min + 1
                ),
            )
            .with_hint("structured interviews work best with 4 or 5 anchored points"),
        );
    }
    if !scale.points().any(|p| p == scale.pass) {
        out.push(
            doc.error_at(
                "/scale/pass",
                format!(
                    "the pass point {} is outside the scale {}-{}",
                    scale.pass, scale.min, scale.max
                ),
            )
            .with_hint(
                "`pass` is the lowest rating that meets a requirement, e.g. 3 on a 1-4 scale",
            ),
        );
    }
    for point in scale.labels.keys() {
        if !scale.points().any(|p| p == *point) {
            out.push(
                doc.error_at_key(
                    "/scale/labels",
                    &point.to_string(),
                    format!(
                        "label for point {point} is outside the scale {}-{}",
                        scale.min, scale.max
                    ),
                )
                .with_hint("remove the label, or widen the scale"),
            );
        }
    }
    let missing: Vec<String> = scale
        .points()
        .filter(|p| !scale.labels.contains_key(p))
        .map(|p| p.to_string())
        .collect();
    if !missing.is_empty() {
        out.push(
            doc.error_at(
                "/scale/labels",
                format!("the scale has no label for point {}", missing.join(", ")),
            )
            .with_hint("give every scale point a label, e.g. `3: {nl: Goed, en: Good}`"),
        );
    }
    true
}

fn check_thresholds(parts: &Parts, scale: &Scale, doc: &Document, out: &mut Vec<Diagnostic>) {
    for (key, value) in [
        ("advance_at", parts.advance_at),
        ("talent_pool_at", parts.talent_pool_at),
    ] {
        let Some(value) = value else { continue };
        if !scale.contains(value) {
            out.push(
                doc.error_at(
                    &format!("/{key}"),
                    format!(
                        "`{key}` ({value}) is outside the scale {}-{}",
                        scale.min, scale.max
                    ),
                )
                .with_hint("thresholds are weighted mean scores, so they lie on the scale"),
            );
        }
    }
    let (Some(advance_at), Some(talent_pool_at)) = (parts.advance_at, parts.talent_pool_at) else {
        return;
    };
    crate::interview::check_decision_settings(parts, scale, doc, out);
    if talent_pool_at > advance_at {
        out.push(
            doc.error_at("/talent_pool_at", format!("`talent_pool_at` ({talent_pool_at}) is above `advance_at` ({advance_at})"))
                .with_hint("a near miss scores below the advance threshold: make `talent_pool_at` lower than or equal to `advance_at`"),
        );
    }
}

fn check_anchors(
    id: &str,
    anchors: &BTreeMap<u8, Text>,
    scale: &Scale,
    doc: &Document,
    at: &str,
    out: &mut Vec<Diagnostic>,
) {
    for point in anchors.keys() {
        if !scale.points().any(|p| p == *point) {
            out.push(
                doc.error_at_key(&format!("{at}/anchors"), &point.to_string(), format!("anchor for point {point} is outside the scale {}-{}", scale.min, scale.max))
                    .with_hint("anchors describe behaviour at points of the scale; remove this one or widen the scale"),
            );
        }
    }
    // A pass point outside the scale is reported once, on `pass`, not again for every criterion.
    let mut required: Vec<u8> = vec![scale.min, scale.pass, scale.max];
    required.retain(|p| scale.points().any(|q| q == *p));
    required.dedup();
    let missing: Vec<String> = required
        .iter()
        .filter(|p| !anchors.contains_key(p))
        .map(|p| p.to_string())
        .collect();
    if !missing.is_empty() {
        out.push(
            doc.error_at(&format!("{at}/anchors"), format!("criterion `{id}` has no anchor for point {}", missing.join(", ")))
                .with_hint("describe observable behaviour at least for the lowest point, the pass point and the highest point"),
        );
    }
}

/// Every text in every declared language; plain feedback phrases in a multi-language scorecard
/// get a warning, since the same words would then appear in letters of every language.
fn check_texts(parts: &Parts, languages: &[Language], doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut texts: Vec<(String, &Text)> = Vec::new();
    if let Some(title) = &parts.title {
        texts.push(("/title".to_owned(), title));
    }
    if let Some(scale) = &parts.scale {
        texts.extend(labelled("/scale/labels", &scale.labels));
    }
    for (index, c) in &parts.criteria {
        let at = format!("/criteria/{index}");
        for (relative, text) in &c.texts {
            let pointer = format!("{at}{relative}");
            if let Some(key) = relative.strip_prefix("/feedback/")
                && languages.len() > 1
                && text.is_plain()
            {
                out.push(
                        doc.warning_at(&pointer, format!("feedback phrase `{key}` is one text for all of {}", join(languages)))
                            .with_hint("letters in every language would use these same words; write `{nl: ..., en: ...}`"),
                    );
            }
            texts.push((pointer, text));
        }
    }
    for (pointer, text) in &texts {
        hidden_characters(doc, pointer, text, out);
    }
    for (pointer, text) in texts {
        let missing = text.missing(languages);
        if missing.is_empty() {
            continue;
        }
        let mut segments = pointer.rsplit('/');
        let mut last = segments.next().unwrap_or("text");
        if last == "ask" {
            // `/questions/0/ask` is "question 1", like a plain `/questions/0`.
            last = segments.next().unwrap_or("ask");
        }
        let what = match (last.parse::<usize>(), segments.next()) {
            (Ok(i), Some("questions")) => format!("question {}", i + 1),
            (Ok(i), Some("probes")) => format!("probe {}", i + 1),
            (Ok(p), Some("examples")) => format!("example {p}"),
            (Ok(p), Some("anchors")) => format!("anchor {p}"),
            (Ok(p), Some("labels")) => format!("label {p}"),
            _ => last.to_owned(),
        };
        let message = if matches!(text, Text::Plain(_)) {
            format!("`{what}` is empty")
        } else {
            format!("`{what}` has no text in {}", join(&missing))
        };
        out.push(doc.error_at(&pointer, message).with_hint(format!(
            "the scorecard declares `languages: [{}]`, so every text needs each of them, e.g. `{{{}}}`",
            languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(", "),
            languages.iter().map(|l| format!("{}: ...", l.code())).collect::<Vec<_>>().join(", ")
        )));
    }
}

/// Scorecard texts go into letters, e-mail subjects and kits: a control character (an escape
/// sequence, a line break that starts a `Bcc:` line), a direction override or an invisible
/// character is refused where it is, not found later in a letter.
fn hidden_characters(doc: &Document, pointer: &str, text: &Text, out: &mut Vec<Diagnostic>) {
    let found = match text {
        Text::Plain(t) => {
            hirekit_yaml::hidden::hidden_character(t).map(|c| (pointer.to_owned(), c))
        }
        Text::PerLanguage(map) => map.iter().find_map(|(lang, t)| {
            hirekit_yaml::hidden::hidden_character(t)
                .map(|c| (format!("{pointer}/{}", lang.code()), c))
        }),
    };
    if let Some((at, c)) = found {
        out.push(
            doc.error_at(
                &at,
                format!("the text contains {}", hirekit_yaml::hidden::describe(c)),
            )
            .with_hint("retype it as plain text; letters and e-mail subjects are built from it"),
        );
    }
}

fn labelled<'a>(at: &str, texts: &'a BTreeMap<u8, Text>) -> Vec<(String, &'a Text)> {
    texts
        .iter()
        .map(|(point, text)| (format!("{at}/{point}"), text))
        .collect()
}

fn join(languages: &[Language]) -> String {
    languages
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}
