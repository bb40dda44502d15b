//! The text of a new `candidate.yaml`, with a comment on each key, and the line of one planned
//! interview.

use hirekit_folder::{Candidate, PlannedInterview};

/// A YAML scalar for `text`: a JSON string is a valid double-quoted YAML scalar.
fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// One item of the `interviews` list, in flow style so it stays on one line.
pub fn interview_item(planned: &PlannedInterview) -> String {
    format!(
        "{{ interviewer: {}, at: {} }}",
        q(&planned.interviewer),
        q(&planned.at.to_rfc3339())
    )
}

pub fn render(c: &Candidate) -> String {
    let lang = c.language;
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(t(
        "# Een kandidaat. Persoonsgegevens: bewaar alleen wat nodig is voor de procedure.",
        "# A candidate. Personal data: keep only what the procedure needs.",
    ));
    line(t(
        "# Het id is ook de mapnaam en de naam van elk bestand dat voor deze kandidaat wordt geschreven.",
        "# The id is also the folder name and the name of every file written for this candidate.",
    ));
    line(&format!("id: {}", q(&c.id)));
    line(&format!("name: {}", q(&c.name)));
    line(t(
        "# Het e-mailadres voor feedback.",
        "# The e-mail address for feedback.",
    ));
    line(&format!("email: {}", q(&c.email)));
    line(t(
        "# Het postadres, één regel per item (voor een brief in een vensterenvelop); mag leeg.",
        "# The postal address, one line per item (for a letter in a window envelope); may be empty.",
    ));
    if c.address.is_empty() {
        line("address: []");
    } else {
        line("address:");
        for l in &c.address {
            line(&format!("  - {}", q(l)));
        }
    }
    line(t(
        "# De taal waarin de kandidaat geschreven wordt: nl of en.",
        "# The language to write to the candidate in: nl or en.",
    ));
    line(&format!("language: {}", lang.code()));
    line(t(
        "# De scorecard van de vacature (het id in de map scorecards).",
        "# The scorecard of the vacancy (its id in the scorecards folder).",
    ));
    line(&format!("scorecard: {}", q(&c.scorecard)));
    line(t(
        "# Later, via `hirekit decide`: decision (advance, reject, hired, withdrawn), decision_reason\n\
         # (requirements, other_candidate) en talent_pool_consent (true/false, alleen als gevraagd).",
        "# Later, through `hirekit decide`: decision (advance, reject, hired, withdrawn), decision_reason\n\
         # (requirements, other_candidate) and talent_pool_consent (true/false, only once asked).",
    ));
    line(t(
        "# De geplande gesprekken: wie, en wanneer (`hirekit interview plan` voegt er een toe).",
        "# The planned interviews: who, and when (`hirekit interview plan` adds one).",
    ));
    if c.interviews.is_empty() {
        line("interviews: []");
    } else {
        line("interviews:");
        for planned in &c.interviews {
            line(&format!("  - {}", interview_item(planned)));
        }
    }
    out
}
