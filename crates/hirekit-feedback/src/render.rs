//! Wording a composed letter with Tera templates: built-in ones from `templates/<lang>/`, or a
//! hiring folder's own that override them.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Locale, NaiveDate};
use hirekit_scorecard::Language;
use serde::Serialize;

use crate::bounded::{Failure, Limiter};
pub use crate::bounded::{MAX_LETTER_BYTES, MAX_RANGE_NUMBERS, RENDER_TIME_LIMIT};
use crate::compose::{LetterContent, capitalise};

/// The built-in templates, embedded so the binary works anywhere.
const BUILTIN: [(&str, &str); 6] = [
    (
        "nl/letter.txt",
        include_str!("../../../templates/nl/letter.txt.tera"),
    ),
    (
        "nl/subject.txt",
        include_str!("../../../templates/nl/subject.txt.tera"),
    ),
    (
        "en/letter.txt",
        include_str!("../../../templates/en/letter.txt.tera"),
    ),
    (
        "en/subject.txt",
        include_str!("../../../templates/en/subject.txt.tera"),
    ),
    (
        "nl/appendix.txt",
        include_str!("../../../templates/nl/appendix.txt.tera"),
    ),
    (
        "en/appendix.txt",
        include_str!("../../../templates/en/appendix.txt.tera"),
    ),
];

/// The names of the templates a hiring folder may override, per language.
pub const TEMPLATE_NAMES: [&str; 3] = ["letter.txt", "subject.txt", "appendix.txt"];

/// A template that could not be loaded or rendered: the message names the template and line.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TemplateError(String);

fn describe(error: &tera::Error) -> String {
    // Tera's errors chain their causes; the useful location is in the display of the chain.
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// The letter templates, ready to render.
pub struct Templates {
    tera: Arc<tera::Tera>,
    /// Each template's text and where it came from (for messages): the built-in name, or
    /// `templates/nl/letter.txt.tera` for a hiring folder's own.
    sources: BTreeMap<String, (String, String)>,
    limiter: Limiter,
}

/// Who the letter is from: the company and the person who signs.
#[derive(Debug, Clone, Serialize)]
pub struct Sender {
    pub company: String,
    pub place: Option<String>,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: Option<String>,
}

/// A letter in words.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedLetter {
    pub subject: String,
    /// The dated heading line ("Utrecht, 23 november 2026").
    pub place_date: String,
    pub body: String,
    /// The score-band appendix, when the company offers it: a heading line, then its text.
    pub appendix: Option<String>,
}

impl RenderedLetter {
    /// The letter as plain text: date line, subject line, body, and the appendix after a rule.
    pub fn to_text(&self, language: Language) -> String {
        let mut text = format!(
            "{}\n\n{}: {}\n\n{}",
            self.place_date,
            language.pick("Betreft", "Re"),
            self.subject,
            self.body
        );
        if let Some(appendix) = &self.appendix {
            text.push_str("\n---\n\n");
            text.push_str(appendix);
        }
        text
    }
}

impl Templates {
    /// The built-in templates, with `overrides` (name such as `nl/letter.txt`, content) replacing
    /// them where given.
    ///
    /// Rendering is bounded (see [`RENDER_TIME_LIMIT`], [`MAX_RANGE_NUMBERS`] and
    /// [`MAX_LETTER_BYTES`]): a template that runs away fails with its name and line.
    pub fn new(overrides: &[(String, String)]) -> Result<Templates, TemplateError> {
        let mut tera = tera::Tera::new();
        tera.register_function("range", crate::bounded::range);
        let mut sources = BTreeMap::new();
        for (name, content) in BUILTIN {
            if !overrides.iter().any(|(n, _)| n == name) {
                tera.add_raw_template(name, content).map_err(|e| {
                    TemplateError(format!("built-in template {name}: {}", describe(&e)))
                })?;
                let origin = format!("built-in template {name}");
                sources.insert(name.to_owned(), (origin, content.to_owned()));
            }
        }
        for (name, content) in overrides {
            tera.add_raw_template(name, content)
                .map_err(|e| TemplateError(format!("template {name}: {}", describe(&e))))?;
            let origin = format!("template templates/{name}.tera");
            sources.insert(name.clone(), (origin, content.clone()));
        }
        Ok(Templates {
            tera: Arc::new(tera),
            sources,
            limiter: Limiter::default(),
        })
    }

    /// "template templates/nl/letter.txt.tera" or "built-in template nl/letter.txt".
    fn origin(&self, name: &str) -> String {
        self.sources
            .get(name)
            .map_or_else(|| format!("template {name}"), |(origin, _)| origin.clone())
    }

    /// Renders the templates of one letter (subject, body, perhaps the appendix) within the
    /// limits; one text per name, in order.
    fn render_bounded(
        &self,
        names: Vec<String>,
        context: tera::Context,
    ) -> Result<Vec<String>, TemplateError> {
        if let Some(message) = self.limiter.earlier_time_out() {
            return Err(TemplateError(message));
        }
        let count = names.len();
        let failure = match self.limiter.render(&self.tera, names, context) {
            Ok(texts) if texts.len() == count => return Ok(texts),
            Ok(_) => return Err(TemplateError("a template gave no text".to_owned())),
            Err(failure) => failure,
        };
        Err(TemplateError(match failure {
            Failure::Template(name, e) => format!("{}: {}", self.origin(&name), describe(&e)),
            Failure::Lost(message) => format!("template {message}"),
            Failure::TimedOut(name) => {
                let lines = self
                    .sources
                    .get(&name)
                    .map(|(_, source)| crate::bounded::loop_lines(source))
                    .unwrap_or_default();
                let place = match lines.as_slice() {
                    [] => String::new(),
                    [one] => format!(" (the loop on line {one} runs too long)"),
                    many => format!(
                        " (one of the loops on lines {} runs too long)",
                        many.iter()
                            .map(usize::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                let message = format!(
                    "{}: rendering took longer than {} seconds and was stopped{place}; \
                     a letter template loops over a few items at most",
                    self.origin(&name),
                    RENDER_TIME_LIMIT.as_secs()
                );
                self.limiter.remember_time_out(&message);
                message
            }
        }))
    }

    /// Words `letter` in its language.
    pub fn render(
        &self,
        letter: &LetterContent,
        sender: &Sender,
    ) -> Result<RenderedLetter, TemplateError> {
        let lang = letter.language;
        let mut context = tera::Context::new();
        context.insert("company", &sender.company);
        context.insert("role", &letter.role);
        context.insert("candidate_name", &letter.candidate_name);
        context.insert("salutation_name", &letter.salutation_name);
        context.insert(
            "interview_dates",
            &join(
                &letter
                    .interview_dates
                    .iter()
                    .map(|d| long_date(*d, lang))
                    .collect::<Vec<_>>(),
                lang,
            ),
        );
        context.insert(
            "interview_count",
            &letter.interview_dates.len().max(letter.interviewers.len()),
        );
        context.insert("interviewers", &join(&letter.interviewers, lang));
        let strengths: Vec<String> = letter
            .strengths
            .iter()
            .map(|s| capitalise(&s.phrase))
            .collect();
        context.insert("strengths", &strengths);
        context.insert("gaps", &letter.gaps);
        // Must-haves come first among the gaps, so "the first N" is exactly the must-haves: the
        // template can say "must-have" once instead of in every point.
        context.insert(
            "must_have_count",
            &letter.gaps.iter().filter(|g| g.must_have).count(),
        );
        context.insert("bands", &letter.bands);
        context.insert("other_candidate", &letter.other_candidate);
        #[derive(Serialize)]
        struct Reconnect {
            month: String,
            consent: bool,
        }
        let reconnect = letter.reconnect.as_ref().map(|r| Reconnect {
            month: month_year(r.month, lang),
            consent: r.consent == Some(true),
        });
        context.insert("reconnect", &reconnect);
        context.insert("sender", sender);
        let place_date = match &sender.place {
            Some(place) => format!("{place}, {}", long_date(letter.letter_date, lang)),
            None => long_date(letter.letter_date, lang),
        };
        context.insert("place_date", &place_date);
        let mut names = vec![
            format!("{}/subject.txt", lang.code()),
            format!("{}/letter.txt", lang.code()),
        ];
        if letter.bands.is_some() {
            names.push(format!("{}/appendix.txt", lang.code()));
        }
        let mut texts = self.render_bounded(names, context)?.into_iter();
        let subject = texts.next().unwrap_or_default().trim().to_owned();
        let body = tidy(&texts.next().unwrap_or_default());
        let appendix = texts.next().map(|text| tidy(&text));
        Ok(RenderedLetter {
            subject,
            place_date,
            body,
            appendix,
        })
    }
}

/// Collapses the blank lines template logic leaves behind, so paragraphs are one blank line apart.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// "23 november 2026" / "23 November 2026".
pub fn long_date(date: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Nl => date
            .format_localized("%-d %B %Y", Locale::nl_NL)
            .to_string(),
        Language::En => date
            .format_localized("%-d %B %Y", Locale::en_GB)
            .to_string(),
    }
}

/// "mei 2027" / "May 2027".
pub fn month_year(date: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Nl => date.format_localized("%B %Y", Locale::nl_NL).to_string(),
        Language::En => date.format_localized("%B %Y", Locale::en_GB).to_string(),
    }
}

/// "A", "A en B", "A, B en C" (and English with "and").
pub fn join(items: &[String], lang: Language) -> String {
    let and = lang.pick("en", "and");
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// A rendered letter taken apart for layouts that place its pieces themselves (the PDF letter:
/// salutation, body, closing and signature each have their own spot). Derived from the rendered
/// text, so a hiring folder's own template shapes the PDF as well.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterParts {
    pub salutation: String,
    pub body: Vec<BodyPart>,
    pub closing: String,
    /// The lines under the closing: name, title, company.
    pub signature: Vec<String>,
}

/// A paragraph, or a list whose lines started with `- `.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyPart {
    Paragraph(String),
    Bullets(Vec<String>),
}

impl RenderedLetter {
    /// Splits the body into parts: the first paragraph is the salutation, the last is the
    /// signature and the one before it the closing (as in both built-in templates).
    pub fn parts(&self) -> LetterParts {
        let mut paragraphs: Vec<&str> = self
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let signature = if paragraphs.len() >= 3 {
            paragraphs.pop().unwrap_or_default()
        } else {
            ""
        };
        let closing = if paragraphs.len() >= 2 {
            paragraphs.pop().unwrap_or_default()
        } else {
            ""
        };
        let salutation = if paragraphs.is_empty() {
            ""
        } else {
            paragraphs.remove(0)
        };
        let body = body_parts(paragraphs);
        LetterParts {
            salutation: salutation.to_owned(),
            body,
            closing: closing.to_owned(),
            signature: signature.lines().map(str::to_owned).collect(),
        }
    }
}

impl RenderedLetter {
    /// The appendix taken apart: its first paragraph is the title, the rest paragraphs and lists.
    pub fn appendix_parts(&self) -> Option<(String, Vec<BodyPart>)> {
        let appendix = self.appendix.as_deref()?;
        let mut paragraphs = appendix
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let title = paragraphs.next().unwrap_or_default().to_owned();
        Some((title, body_parts(paragraphs.collect())))
    }
}

/// Paragraphs as text or, for lines starting with `- `, as a list.
fn body_parts(paragraphs: Vec<&str>) -> Vec<BodyPart> {
    let mut body = Vec::new();
    for paragraph in paragraphs {
        let mut text: Vec<&str> = Vec::new();
        let mut bullets: Vec<String> = Vec::new();
        for line in paragraph.lines() {
            match line.strip_prefix("- ") {
                Some(item) => bullets.push(item.to_owned()),
                None if bullets.is_empty() => text.push(line),
                // Text after a list continues its last item.
                None => {
                    if let Some(last) = bullets.last_mut() {
                        last.push(' ');
                        last.push_str(line.trim());
                    }
                }
            }
        }
        if !text.is_empty() {
            body.push(BodyPart::Paragraph(text.join("\n")));
        }
        if !bullets.is_empty() {
            body.push(BodyPart::Bullets(bullets));
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_comes_apart_into_its_pieces() {
        let letter = RenderedLetter {
            subject: "S".into(),
            place_date: "Utrecht, 23 november 2026".into(),
            body: "Beste Zoë,\n\nDank je.\n\nWat ons opviel:\n- Een.\n- Twee.\n\nMet vriendelijke groet,\n\nFenna de Wit\nRecruiter\nKanaalzicht\n".into(),
            appendix: None,
        };
        let parts = letter.parts();
        assert_eq!(parts.salutation, "Beste Zoë,");
        assert_eq!(parts.closing, "Met vriendelijke groet,");
        assert_eq!(
            parts.signature,
            vec!["Fenna de Wit", "Recruiter", "Kanaalzicht"]
        );
        assert_eq!(
            parts.body,
            vec![
                BodyPart::Paragraph("Dank je.".into()),
                BodyPart::Paragraph("Wat ons opviel:".into()),
                BodyPart::Bullets(vec!["Een.".into(), "Twee.".into()]),
            ]
        );
    }
}
