//! Everything hirekit holds about one person (AVG art. 15, the right of access): every record
//! in the candidate's folder, read as data, and the list of their letter files.

use std::path::Path;

use hirekit_folder::{CandidateFiles, Folder};
use serde_json::{Value, json};

use crate::Place;
use crate::pool::PoolMember;
use crate::purge::PurgeError;

/// The export of one candidate as JSON: `candidate`, `interviews`, `decisions`, `letters`,
/// `consent`, `other_files` (each other file in their folder, YAML read as data, other text as
/// text), `letter_files` (the letter files in the hiring folder) and `talent_pool` (their pool
/// entry with its contact log, or null). For a person added to the talent pool by hand (`pool`:
/// the pool's members as read): `talent_pool`, their entry as stored, consent included.
pub fn export(
    folder: &Folder,
    place: &Place,
    pool: &[PoolMember],
    id: &str,
) -> Result<Value, PurgeError> {
    let member = pool.iter().find(|m| m.id == id);
    if folder.candidate(id).is_none()
        && let Some(m) = member.filter(|m| m.person.is_some())
    {
        return Ok(json!({ "talent_pool": m.entry }));
    }
    let files = folder.candidate(id).ok_or_else(|| {
        PurgeError(format!(
            "no readable candidate `{id}` in this hiring folder; check the id, or fix its files first"
        ))
    })?;
    let decisions = hirekit_debrief::of(files)
        .map_err(|p| PurgeError(first_problem(&p)))?
        .map(|log| log.decisions);
    let rules = hirekit_folder::TimeRules::of(&folder.profile);
    let consent = crate::consent::of(files, &rules).map_err(|p| PurgeError(first_problem(&p)))?;
    let plan = crate::purge::planned(
        folder,
        pool,
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
        "other_files": match place {
            Place::Folder => other_files(files)?,
            Place::Database(store) => stored_documents(store, id)?,
        },
        "letter_files": letter_files,
        "letter_files_outside_the_folder": plan.outside,
        "talent_pool": member.map(|m| &m.entry),
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

/// The documents a database keeps whole for the candidate (the CV, the send history), as the
/// files a hiring folder would hold: YAML read as data.
fn stored_documents(
    store: &hirekit_store::Store,
    id: &str,
) -> Result<serde_json::Map<String, Value>, PurgeError> {
    let documents = store.documents(id).map_err(|e| PurgeError(e.to_string()))?;
    Ok(documents
        .into_iter()
        .map(|(name, text)| {
            let value = serde_saphyr::from_str::<Value>(&text).unwrap_or(Value::String(text));
            (name, value)
        })
        .collect())
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

/// The export as a readable document for the person, in their language: who we are, what we
/// hold (personal details, the application, interviews and ratings, the decision, letters,
/// consent, other documents), how long and why, and their rights. The JSON beside it holds
/// the same data in full. `created` is the document date (fixed by `--today`, so the same
/// data gives the same bytes); `today` is the day the retention dates are computed for.
pub fn export_pdf(
    folder: &Folder,
    id: &str,
    export: &Value,
    today: chrono::NaiveDate,
    created: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<u8>, PurgeError> {
    use hirekit_pdf::{Align, Block, Column, Row, Table};
    use hirekit_text::date::date;
    use hirekit_text::msg;

    let files = folder
        .candidate(id)
        .ok_or_else(|| PurgeError(format!("no readable candidate `{id}` in this hiring data")))?;
    let c = &files.candidate;
    let lang = c.language;
    let profile = &folder.profile;
    let rules = hirekit_folder::TimeRules::of(profile);
    let none = || Block::Note(msg!(lang, "privacy-export-none"));
    let table = |headers: &[(&str, f32)], rows: Vec<Vec<String>>| {
        Block::Table(Table {
            columns: headers
                .iter()
                .map(|(h, w)| Column::new(hirekit_text::message(lang, h, &[]), *w, Align::Left))
                .collect(),
            rows: rows.into_iter().map(Row::new).collect(),
        })
    };
    let mut blocks = vec![Block::Paragraph(msg!(
        lang,
        "privacy-export-intro",
        company = profile.company.as_str()
    ))];

    blocks.push(Block::Heading(msg!(lang, "privacy-export-who")));
    blocks.push(Block::Paragraph(msg!(
        lang,
        "privacy-export-who-text",
        company = profile.company.as_str(),
        sender = profile.sender.name.as_str(),
        email = profile.sender.email.as_str()
    )));

    blocks.push(Block::Heading(msg!(lang, "privacy-export-held")));
    blocks.push(Block::Subheading(msg!(lang, "privacy-export-personal")));
    let mut personal = vec![(msg!(lang, "privacy-export-name"), c.name.clone())];
    if let Some(given) = &c.given_name {
        personal.push((msg!(lang, "privacy-export-given-name"), given.clone()));
    }
    personal.push((msg!(lang, "privacy-export-email"), c.email.clone()));
    if !c.address.is_empty() {
        personal.push((msg!(lang, "privacy-export-address"), c.address.join("\n")));
    }
    personal.push((
        msg!(lang, "privacy-export-language"),
        hirekit_text::message(lang, language_key(lang), &[]),
    ));
    blocks.push(Block::KeyValues(personal));

    let scorecard = folder.scorecard_of(c);
    blocks.push(Block::Subheading(msg!(lang, "privacy-export-application")));
    let mut application = vec![
        (
            msg!(lang, "privacy-export-vacancy"),
            scorecard.map_or_else(
                || c.scorecard.clone(),
                |s| s.title.get_or_any(lang).to_owned(),
            ),
        ),
        (msg!(lang, "privacy-export-reference"), c.id.clone()),
    ];
    for planned in &c.interviews {
        application.push((
            msg!(lang, "privacy-export-planned"),
            msg!(
                lang,
                "privacy-export-with-on",
                interviewer = planned.interviewer.as_str(),
                date = date(planned.at.date_naive(), lang)
            ),
        ));
    }
    blocks.push(Block::KeyValues(application));

    blocks.push(Block::Subheading(msg!(lang, "privacy-export-interviews")));
    if files.interviews.is_empty() {
        blocks.push(none());
    }
    for card in &files.interviews {
        blocks.push(Block::Paragraph(msg!(
            lang,
            "privacy-export-interview",
            interviewer = card.interviewer.as_str(),
            date = date(card.interviewed_at.date_naive(), lang)
        )));
        let rows = card
            .ratings
            .iter()
            .map(|(criterion, rating)| {
                let name = scorecard
                    .and_then(|s| s.criterion(criterion))
                    .map_or_else(|| criterion.clone(), |k| k.name.get_or_any(lang).to_owned());
                let score = rating
                    .score
                    .map_or_else(|| msg!(lang, "not-assessed"), |s| s.to_string());
                vec![name, score, rating.evidence.clone().unwrap_or_default()]
            })
            .collect();
        blocks.push(table(
            &[
                ("privacy-export-criterion", 2.5),
                ("privacy-export-score", 1.5),
                ("privacy-export-evidence", 5.0),
            ],
            rows,
        ));
        let mut notes = vec![(
            msg!(lang, "privacy-export-recommendation"),
            hirekit_text::message(lang, recommendation_key(card.recommendation), &[]),
        )];
        if !card.red_flags.is_empty() {
            notes.push((
                msg!(lang, "privacy-export-red-flags"),
                card.red_flags.join(", "),
            ));
        }
        blocks.push(Block::KeyValues(notes));
    }

    blocks.push(Block::Subheading(msg!(lang, "privacy-export-decision")));
    let decisions = hirekit_debrief::of(files)
        .map_err(|p| PurgeError(first_problem(&p)))?
        .map(|log| log.decisions)
        .unwrap_or_default();
    match c.decision {
        None => blocks.push(Block::Note(msg!(lang, "privacy-export-no-decision"))),
        Some(decision) => {
            let mut pairs = vec![(
                msg!(lang, "privacy-export-decision"),
                hirekit_text::message(lang, decision_key(decision), &[]),
            )];
            if let Some(reason) = c.decision_reason {
                pairs.push((
                    msg!(lang, "privacy-export-reason"),
                    hirekit_text::message(lang, reason_key(reason), &[]),
                ));
            }
            for d in &decisions {
                let mut line = msg!(
                    lang,
                    "privacy-export-decided",
                    decision = hirekit_text::message(lang, decision_key(d.decision), &[]),
                    by = d.by.as_str()
                );
                if let Some(note) = &d.note {
                    line.push_str(&format!("\n{note}"));
                }
                pairs.push((date(d.at.date_naive(), lang), line));
            }
            blocks.push(Block::KeyValues(pairs));
        }
    }

    blocks.push(Block::Subheading(msg!(lang, "privacy-export-letters")));
    if files.feedback.letters.is_empty() {
        blocks.push(none());
    } else {
        let rows = files
            .feedback
            .letters
            .iter()
            .map(|l| {
                let names: Vec<&str> = l.files.iter().map(|f| f.path.as_str()).collect();
                vec![
                    date(l.letter_date, lang),
                    hirekit_text::message(lang, language_key(l.language), &[]),
                    names.join("\n"),
                ]
            })
            .collect();
        blocks.push(table(
            &[
                ("privacy-export-date", 2.0),
                ("privacy-export-language", 1.5),
                ("privacy-export-files", 4.5),
            ],
            rows,
        ));
    }

    let consent = crate::consent::of(files, &rules).map_err(|p| PurgeError(first_problem(&p)))?;
    blocks.extend(consent_blocks(lang, &consent.entries));

    let others: Vec<String> = export
        .get("other_files")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    if !others.is_empty() {
        blocks.push(Block::Subheading(msg!(lang, "privacy-export-other")));
        blocks.push(Block::Paragraph(msg!(lang, "privacy-export-other-text")));
        blocks.push(Block::Bullets(others));
    }

    blocks.push(Block::Heading(msg!(lang, "privacy-export-retention")));
    blocks.push(Block::Paragraph(msg!(
        lang,
        "privacy-export-retention-rule",
        weeks = rules.deletion_weeks,
        months = rules.consent_months
    )));
    let subject =
        crate::folder::subject(files, &rules, today).map_err(|p| PurgeError(first_problem(&p)))?;
    let when = match crate::retention::procedure_end(&subject) {
        None => msg!(lang, "privacy-export-retention-running"),
        Some((end, _)) => {
            let without = rules.deletion_due(end);
            match subject.consent {
                crate::consent::ConsentState::Given { until, .. } if until > without => msg!(
                    lang,
                    "privacy-export-retention-consent",
                    until = date(until, lang)
                ),
                _ => msg!(
                    lang,
                    "privacy-export-retention-date",
                    end = date(end, lang),
                    date = date(without, lang)
                ),
            }
        }
    };
    blocks.push(Block::Paragraph(when));

    blocks.extend(rights_blocks(lang, profile));
    render(lang, profile, &c.name, today, created, blocks)
}

/// The export for a person added to the talent pool by hand (`member.person` is `Some`), as a
/// readable document in their language: who we are, their details, how they came into the
/// pool, the contact log, their consent, how long we keep it, and their rights.
pub fn export_person_pdf(
    folder: &Folder,
    member: &PoolMember,
    today: chrono::NaiveDate,
    created: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<u8>, PurgeError> {
    use hirekit_pdf::{Align, Block, Column, Row, Table};
    use hirekit_text::date::date;
    use hirekit_text::msg;

    let person = member.person.as_ref().ok_or_else(|| {
        PurgeError(format!(
            "`{}` is a candidate, not a person added to the talent pool by hand",
            member.id
        ))
    })?;
    let lang = person.language;
    let profile = &folder.profile;
    let rules = hirekit_folder::TimeRules::of(profile);
    let entry = &member.entry;
    let text = |key: &str| entry.get(key).and_then(Value::as_str).unwrap_or_default();
    let day = |value: &str| {
        chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map_or_else(|_| value.to_owned(), |d| date(d, lang))
    };

    let mut blocks = vec![Block::Paragraph(msg!(
        lang,
        "privacy-export-intro",
        company = profile.company.as_str()
    ))];
    blocks.push(Block::Heading(msg!(lang, "privacy-export-who")));
    blocks.push(Block::Paragraph(msg!(
        lang,
        "privacy-export-who-text",
        company = profile.company.as_str(),
        sender = profile.sender.name.as_str(),
        email = profile.sender.email.as_str()
    )));

    blocks.push(Block::Heading(msg!(lang, "privacy-export-held")));
    blocks.push(Block::Subheading(msg!(lang, "privacy-export-personal")));
    let mut personal = vec![(msg!(lang, "privacy-export-name"), person.name.clone())];
    if let Some(given) = &person.given_name {
        personal.push((msg!(lang, "privacy-export-given-name"), given.clone()));
    }
    personal.push((
        msg!(lang, "privacy-export-language"),
        hirekit_text::message(lang, language_key(lang), &[]),
    ));
    blocks.push(Block::KeyValues(personal));

    blocks.push(Block::Subheading(msg!(lang, "privacy-export-pool")));
    let area = text("area");
    let scorecard = folder.scorecards.get(area);
    let mut pool = vec![
        (
            msg!(lang, "privacy-export-kind"),
            hirekit_text::message(lang, &format!("privacy-export-kind-{}", person.kind), &[]),
        ),
        (
            msg!(lang, "privacy-export-added-on"),
            date(person.added_on, lang),
        ),
        (
            msg!(lang, "privacy-export-area"),
            scorecard.map_or_else(|| area.to_owned(), |s| s.title.get_or_any(lang).to_owned()),
        ),
        (msg!(lang, "privacy-export-reference"), member.id.clone()),
    ];
    let strengths: Vec<String> = entry
        .get("strengths")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|id| {
            scorecard
                .and_then(|s| s.criterion(id))
                .map_or_else(|| id.to_owned(), |k| k.name.get_or_any(lang).to_owned())
        })
        .collect();
    if !strengths.is_empty() {
        pool.push((msg!(lang, "privacy-export-strengths"), strengths.join(", ")));
    }
    if let Some(next) = entry.get("next") {
        let action = next
            .get("action")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let on = next.get("on").and_then(Value::as_str).unwrap_or_default();
        pool.push((
            msg!(lang, "privacy-export-next"),
            format!("{} ({})", action, day(on)),
        ));
    }
    blocks.push(Block::KeyValues(pool));

    blocks.push(Block::Subheading(msg!(lang, "privacy-export-contacts")));
    let contacts: Vec<Vec<String>> = entry
        .get("contacts")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|contact| {
            let field = |key: &str| {
                contact
                    .get(key)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            vec![
                day(&field("on")),
                hirekit_text::message(
                    lang,
                    &format!("privacy-export-channel-{}", field("channel")),
                    &[],
                ),
                field("topic"),
                field("note"),
            ]
        })
        .collect();
    if contacts.is_empty() {
        blocks.push(Block::Note(msg!(lang, "privacy-export-none")));
    } else {
        blocks.push(Block::Table(Table {
            columns: [
                ("privacy-export-date", 2.0),
                ("privacy-export-how", 1.5),
                ("privacy-export-topic", 3.0),
                ("privacy-export-note", 3.0),
            ]
            .iter()
            .map(|(h, w)| Column::new(hirekit_text::message(lang, h, &[]), *w, Align::Left))
            .collect(),
            rows: contacts.into_iter().map(Row::new).collect(),
        }));
    }
    blocks.extend(consent_blocks(lang, &person.consent.entries));

    blocks.push(Block::Heading(msg!(lang, "privacy-export-retention")));
    blocks.push(Block::Paragraph(msg!(
        lang,
        "privacy-export-person-retention",
        months = rules.consent_months
    )));
    blocks.push(Block::Paragraph(
        match crate::consent::state(&person.consent, today) {
            crate::consent::ConsentState::Given { until, .. } if today < until => msg!(
                lang,
                "privacy-export-retention-consent",
                until = date(until, lang)
            ),
            _ => msg!(lang, "privacy-export-person-due"),
        },
    ));
    blocks.extend(rights_blocks(lang, profile));
    render(lang, profile, &person.name, today, created, blocks)
}

/// The consent answers as a table, or a note that there are none.
fn consent_blocks(
    lang: hirekit_scorecard::Language,
    entries: &[crate::consent::ConsentEntry],
) -> Vec<hirekit_pdf::Block> {
    use hirekit_pdf::{Align, Block, Column, Row, Table};
    use hirekit_text::date::date;
    use hirekit_text::msg;

    let mut blocks = vec![Block::Subheading(msg!(lang, "privacy-export-consent"))];
    if entries.is_empty() {
        blocks.push(Block::Note(msg!(lang, "privacy-export-no-consent")));
        return blocks;
    }
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                date(e.on, lang),
                hirekit_text::message(lang, answer_key(e.answer), &[]),
                hirekit_text::message(lang, channel_key(e.how), &[]),
                e.until.map_or_else(String::new, |d| date(d, lang)),
            ]
        })
        .map(Row::new)
        .collect();
    blocks.push(Block::Table(Table {
        columns: [
            ("privacy-export-date", 2.0),
            ("privacy-export-answer", 2.5),
            ("privacy-export-how", 2.0),
            ("privacy-export-until", 2.0),
        ]
        .iter()
        .map(|(h, w)| Column::new(hirekit_text::message(lang, h, &[]), *w, Align::Left))
        .collect(),
        rows,
    }));
    blocks
}

/// The person's rights and whom to ask.
fn rights_blocks(
    lang: hirekit_scorecard::Language,
    profile: &hirekit_folder::Profile,
) -> Vec<hirekit_pdf::Block> {
    use hirekit_pdf::Block;
    use hirekit_text::msg;

    vec![
        Block::Heading(msg!(lang, "privacy-export-rights")),
        Block::Bullets(
            [
                "privacy-export-right-access",
                "privacy-export-right-correct",
                "privacy-export-right-erase",
                "privacy-export-right-withdraw",
                "privacy-export-right-complain",
            ]
            .iter()
            .map(|k| hirekit_text::message(lang, k, &[]))
            .collect(),
        ),
        Block::Paragraph(msg!(
            lang,
            "privacy-export-contact",
            sender = profile.sender.name.as_str(),
            email = profile.sender.email.as_str()
        )),
    ]
}

/// The export's blocks as an A4 document for `name`.
fn render(
    lang: hirekit_scorecard::Language,
    profile: &hirekit_folder::Profile,
    name: &str,
    today: chrono::NaiveDate,
    created: chrono::DateTime<chrono::FixedOffset>,
    blocks: Vec<hirekit_pdf::Block>,
) -> Result<Vec<u8>, PurgeError> {
    use hirekit_pdf::{Metadata, PageLabel, Report};
    use hirekit_text::date::date;
    use hirekit_text::msg;

    let title = msg!(lang, "privacy-export-title");
    let report = Report {
        title: title.clone(),
        subtitle: format!("{} · {}", name, date(today, lang)),
        header: profile.company.clone(),
        blocks,
        page_label: PageLabel::new(
            lang.pick("Pagina {page} van {pages}", "Page {page} of {pages}"),
        ),
    };
    let metadata = Metadata {
        title: title.clone(),
        author: profile.company.clone(),
        subject: title,
        language: lang.pick("nl-NL", "en-GB").to_owned(),
        created,
        creator: format!("hirekit {}", env!("CARGO_PKG_VERSION")),
    };
    hirekit_pdf::render_report(&report, &metadata)
        .map_err(|e| PurgeError(format!("cannot write the PDF: {e}")))
}

fn language_key(language: hirekit_scorecard::Language) -> &'static str {
    match language {
        hirekit_scorecard::Language::Nl => "privacy-export-dutch",
        hirekit_scorecard::Language::En => "privacy-export-english",
    }
}

fn decision_key(decision: hirekit_folder::Decision) -> &'static str {
    use hirekit_folder::Decision;
    match decision {
        Decision::Advance => "decision-advance",
        Decision::Reject => "decision-reject",
        Decision::Hired => "decision-hired",
        Decision::Withdrawn => "decision-withdrawn",
    }
}

fn reason_key(reason: hirekit_folder::DecisionReason) -> &'static str {
    use hirekit_folder::DecisionReason;
    match reason {
        DecisionReason::Requirements => "privacy-export-reason-requirements",
        DecisionReason::OtherCandidate => "privacy-export-reason-other-candidate",
    }
}

fn recommendation_key(recommendation: hirekit_folder::Recommendation) -> &'static str {
    use hirekit_folder::Recommendation;
    match recommendation {
        Recommendation::StrongYes => "recommendation-strong-yes",
        Recommendation::Yes => "recommendation-yes",
        Recommendation::No => "recommendation-no",
        Recommendation::StrongNo => "recommendation-strong-no",
    }
}

fn answer_key(answer: crate::consent::Answer) -> &'static str {
    match answer {
        crate::consent::Answer::Given => "privacy-export-answer-given",
        crate::consent::Answer::Refused => "privacy-export-answer-refused",
    }
}

fn channel_key(channel: crate::consent::Channel) -> &'static str {
    use crate::consent::Channel;
    match channel {
        Channel::LetterReply => "privacy-export-how-letter-reply",
        Channel::Email => "privacy-export-how-email",
        Channel::Form => "privacy-export-how-form",
        Channel::Conversation => "privacy-export-how-conversation",
    }
}
