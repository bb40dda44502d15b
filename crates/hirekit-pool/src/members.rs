//! Who is in the talent pool, and the contact log: adding a rejected candidate or a person by
//! hand (never without consent), logging a contact.

use chrono::NaiveDate;
use hirekit_folder::{CandidateFiles, Decision, Folder, Salutation, TimeRules};
use hirekit_privacy::consent::{self, Answer, ConsentEntry, ConsentLog};
use hirekit_scorecard::{Language, Scorecard};

use crate::model::{Contact, Kind, Member, NextAction, PoolFile};

/// Why the pool refused a change. The sentence says what is wrong and how to put it right.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// A member as the rules see them: the pool entry with what the hiring data says about them.
#[derive(Debug, Clone)]
pub struct View<'a> {
    pub member: &'a Member,
    /// The full name (the candidate's from `candidate.yaml`), or the id when the candidate's
    /// files are gone.
    pub name: String,
    /// The name to greet them by.
    pub greeting: String,
    pub language: Language,
    /// The day their talent-pool consent ends, when one is in force on the day asked about.
    pub consent_until: Option<NaiveDate>,
    /// A candidate's files, when present.
    pub candidate: Option<&'a CandidateFiles>,
}

/// The consent record that counts for `member`: a candidate's own (`consent.yaml`, read by the
/// caller's source through `candidate_consent`), or the answers kept with a person added by hand.
pub fn consent_log(member: &Member, candidate_consent: &dyn Fn(&str) -> ConsentLog) -> ConsentLog {
    match member.kind {
        Kind::Candidate => candidate_consent(&member.id),
        _ => ConsentLog {
            entries: member.consent.clone(),
        },
    }
}

/// Every member with their name, language and consent on `today`, in the file's order.
pub fn views<'a>(
    pool: &'a PoolFile,
    folder: &'a Folder,
    candidate_consent: &dyn Fn(&str) -> ConsentLog,
    today: NaiveDate,
) -> Vec<View<'a>> {
    pool.members
        .iter()
        .map(|member| view(member, folder, candidate_consent, today))
        .collect()
}

/// One member's view.
pub fn view<'a>(
    member: &'a Member,
    folder: &'a Folder,
    candidate_consent: &dyn Fn(&str) -> ConsentLog,
    today: NaiveDate,
) -> View<'a> {
    let candidate = match member.kind {
        Kind::Candidate => folder.candidate(&member.id),
        _ => None,
    };
    let consent_until = consent::talent_pool_until(&consent_log(member, candidate_consent), today);
    let (name, given, language) = match candidate {
        Some(files) => (
            files.candidate.name.clone(),
            files.candidate.given_name.clone(),
            files.candidate.language,
        ),
        None => (
            member.name.clone().unwrap_or_else(|| member.id.clone()),
            member.given_name.clone(),
            member.language.unwrap_or(folder.profile.language),
        ),
    };
    let greeting = match (folder.profile.letters.salutation, given) {
        (Salutation::GivenName, Some(given)) if !given.trim().is_empty() => given,
        _ => name.clone(),
    };
    View {
        member,
        name,
        greeting,
        language,
        // A candidate whose files are gone cannot be kept, whatever a record says.
        consent_until: if member.kind == Kind::Candidate && candidate.is_none() {
            None
        } else {
            consent_until
        },
        candidate,
    }
}

/// Adds rejected candidate `id` to the pool on `today`. Refused unless they were a near miss or
/// a runner-up (their letter offers to reconnect: the same rule as the letter's) and their
/// talent-pool consent is in force. The first contact is the month named in their letter.
pub fn add_candidate(
    pool: &mut PoolFile,
    folder: &Folder,
    id: &str,
    candidate_consent: &dyn Fn(&str) -> ConsentLog,
    today: NaiveDate,
) -> Result<Member, Refused> {
    if pool.member(id).is_some() {
        return Err(Refused(format!("`{id}` is already in the talent pool")));
    }
    let files = folder.candidate(id).ok_or_else(|| {
        Refused(format!(
            "there is no readable candidate `{id}` in this hiring folder (see `hirekit due` for files with errors)"
        ))
    })?;
    let candidate = &files.candidate;
    if candidate.decision != Some(Decision::Reject) {
        return Err(Refused(format!(
            "`{id}` was not rejected: only rejected candidates, and people added with --kind, join the talent pool"
        )));
    }
    let letter = files.feedback.first().ok_or_else(|| {
        Refused(format!(
            "`{id}` has no feedback letter yet: the first contact is the month the letter names; write it first (hirekit feedback {id})"
        ))
    })?;
    let card = folder.scorecard_of(candidate).ok_or_else(|| {
        Refused(format!(
            "the scorecard `{}` of `{id}` is missing",
            candidate.scorecard
        ))
    })?;
    let rules = TimeRules::of(&folder.profile);
    let assessment =
        hirekit_panel::assess_under(card, &files.interviews, &candidate.interviews, &rules);
    // The letter's own rule decides who is offered to reconnect: one rule, two places that use it.
    let names = Default::default();
    let content = hirekit_feedback::compose(
        candidate,
        card,
        &assessment,
        &hirekit_feedback::Settings {
            language: candidate.language,
            letter_date: letter.letter_date,
            feedback_days: rules.feedback_days,
            reconnect_months: rules.reconnect_months,
            interviewer_names: &names,
            salutation: folder.profile.letters.salutation,
            score_bands: false,
        },
    );
    let Some(reconnect) = content.reconnect else {
        return Err(Refused(format!(
            "`{id}` was neither a near miss nor a runner-up (another candidate chosen, no requirement missed), or said no to the talent pool at the decision: their letter offers no reconnect"
        )));
    };
    if consent::talent_pool_until(&candidate_consent(id), today).is_none() {
        return Err(Refused(format!(
            "`{id}` has no talent-pool consent in force on {today}: nobody joins the pool without it; record their answer first (hirekit privacy consent {id} --given --on DATE --how HOW --until DATE)"
        )));
    }
    let member = Member {
        id: id.to_owned(),
        kind: Kind::Candidate,
        name: None,
        given_name: None,
        language: None,
        area: card.id.clone(),
        added_on: today,
        reconnect_on: Some(letter.reconnect_after.unwrap_or(reconnect.month)),
        strengths: content.strengths.into_iter().map(|s| s.criterion).collect(),
        consent: Vec::new(),
        contacts: Vec::new(),
        next: None,
        drafts: Vec::new(),
    };
    pool.members.push(member.clone());
    Ok(member)
}

/// A person added by hand: who, and their consent.
#[derive(Debug, Clone)]
pub struct Person {
    pub kind: Kind,
    pub name: String,
    pub given_name: Option<String>,
    pub language: Language,
    /// A scorecard id.
    pub area: String,
    /// Criterion ids of the `area` scorecard.
    pub strengths: Vec<String>,
    /// Their answer: given, with an end date.
    pub consent: ConsentEntry,
}

/// Adds a person by hand (declined our offer, met at an event, former employee, referred).
/// Refused without a consent in force on `today`, with an unknown area or strength.
pub fn add_person(
    pool: &mut PoolFile,
    folder: &Folder,
    person: Person,
    today: NaiveDate,
) -> Result<Member, Refused> {
    if person.kind == Kind::Candidate {
        return Err(Refused(
            "a candidate joins the pool by id (hirekit pool add CANDIDATE-ID), so that their letter and consent are checked".to_owned(),
        ));
    }
    if person.name.trim().is_empty() {
        return Err(Refused("the name is empty".to_owned()));
    }
    let card = area_scorecard(folder, &person.area)?;
    check_strengths(card, &person.strengths)?;
    let rules = TimeRules::of(&folder.profile);
    if person.consent.answer != Answer::Given {
        return Err(Refused(
            "nobody joins the talent pool without their consent: record a consent that was given (--consent-on, --consent-until)".to_owned(),
        ));
    }
    if let Some((_, problem)) = consent::entry_problem(&person.consent, &rules) {
        return Err(Refused(problem));
    }
    let log = ConsentLog {
        entries: vec![person.consent.clone()],
    };
    if consent::talent_pool_until(&log, today).is_none() {
        return Err(Refused(format!(
            "the consent given on {} is not in force on {today}: nobody joins the pool without it",
            person.consent.on
        )));
    }
    let member = Member {
        id: pool.next_manual_id(),
        kind: person.kind,
        name: Some(person.name.trim().to_owned()),
        given_name: person.given_name,
        language: Some(person.language),
        area: card.id.clone(),
        added_on: today,
        reconnect_on: None,
        strengths: person.strengths,
        consent: vec![person.consent],
        contacts: Vec::new(),
        next: None,
        drafts: Vec::new(),
    };
    pool.members.push(member.clone());
    Ok(member)
}

/// The scorecard named as an area of interest, or a refusal that names the ones there are.
pub fn area_scorecard<'f>(folder: &'f Folder, area: &str) -> Result<&'f Scorecard, Refused> {
    folder.scorecards.get(area).ok_or_else(|| {
        let known: Vec<&str> = folder.scorecards.keys().map(String::as_str).collect();
        let hint = hirekit_yaml::did_you_mean(area, known.iter().copied())
            .map(|near| format!("did you mean `{near}`? "))
            .unwrap_or_default();
        Refused(format!(
            "there is no scorecard `{area}`: {hint}the area of interest is a scorecard id ({})",
            known.join(", ")
        ))
    })
}

fn check_strengths(card: &Scorecard, strengths: &[String]) -> Result<(), Refused> {
    for s in strengths {
        if card.criterion(s).is_none() {
            let ids: Vec<&str> = card.criteria.iter().map(|c| c.id.as_str()).collect();
            let hint = hirekit_yaml::did_you_mean(s, ids.iter().copied())
                .map(|near| format!("did you mean `{near}`? "))
                .unwrap_or_default();
            return Err(Refused(format!(
                "`{s}` is not a criterion of scorecard `{}`: {hint}a strength is a criterion id ({})",
                card.id,
                ids.join(", ")
            )));
        }
    }
    Ok(())
}

/// What logging a contact found worth saying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogWarning {
    /// The contact comes within three months of the previous one (on `previous`).
    TooSoon { previous: NaiveDate },
}

/// Adds `contact` to member `id`'s log (in date order) and, when given, sets the next action.
/// Refused for a contact after `today`, or on a day the member had no consent in force.
pub fn log_contact(
    pool: &mut PoolFile,
    id: &str,
    contact: Contact,
    next: Option<NextAction>,
    consent: &ConsentLog,
    rules: &TimeRules,
    today: NaiveDate,
) -> Result<Vec<LogWarning>, Refused> {
    if contact.topic.trim().is_empty() {
        return Err(Refused(
            "the topic is empty: a few words on what you talked about, named in the next message"
                .to_owned(),
        ));
    }
    if contact.on > today {
        return Err(Refused(format!(
            "the contact on {} is after today ({today}): log a contact once it took place; plan one with --next-action and --next-date",
            contact.on
        )));
    }
    let member = pool.member_mut(id).ok_or_else(|| {
        Refused(format!(
            "`{id}` is not in the talent pool (see hirekit pool list)"
        ))
    })?;
    if consent::talent_pool_until(consent, contact.on).is_none() {
        return Err(Refused(format!(
            "`{id}` had no talent-pool consent in force on {}: contact only with consent",
            contact.on
        )));
    }
    let mut warnings = Vec::new();
    if let Some(previous) = member
        .contacts
        .iter()
        .map(|c| c.on)
        .filter(|on| *on <= contact.on)
        .max()
        && rules.pool_contact_too_soon(previous, contact.on)
    {
        warnings.push(LogWarning::TooSoon { previous });
    }
    let at = member.contacts.partition_point(|c| c.on <= contact.on);
    member.contacts.insert(at, contact);
    if next.is_some() {
        member.next = next;
    }
    Ok(warnings)
}
