//! The letter as an RFC 5322 e-mail draft (`.eml`) that any mail client opens.

use chrono::NaiveDate;
use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::mime::{BodyPart, MimePart};

/// An e-mail address or display name that would break the message.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EmailError {
    #[error("the e-mail address {0:?} is not valid: {1}")]
    Address(String, &'static str),
}

/// Removes control characters (CR, LF, tab, ...) so a name can never start a new header line.
pub fn header_safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A plain check of an address: one `@`, no spaces or control characters, something on both sides.
pub fn check_address(address: &str) -> Result<&str, EmailError> {
    let err = |why| Err(EmailError::Address(address.to_owned(), why));
    if address.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return err("it contains spaces or control characters");
    }
    if address
        .chars()
        .any(|c| matches!(c, '<' | '>' | '"' | ',' | ';' | '(' | ')'))
    {
        return err("it contains a character that is not allowed in an address");
    }
    match address.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && domain.contains('.')
                && !domain.contains('@')
                && !domain.starts_with('.')
                && !domain.ends_with('.') =>
        {
            Ok(address)
        }
        _ => err("it needs the form name@example.org"),
    }
}

/// The name of the attached PDF, after the company and the letter: "Terugkoppeling sollicitatie –
/// Kanaalzicht Software B.V.pdf". Never the candidate's id, which is internal. Characters a file
/// system refuses are left out; the header carries the name RFC 2231-encoded (mail-builder), so
/// the accents and the dash survive in every mail client while the header itself stays ASCII.
pub fn attachment_name(company: &str, language: hirekit_scorecard::Language) -> String {
    let company: String = header_safe(company)
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    // "B.V." + ".pdf" would give "B.V..pdf".
    let company = company.trim().trim_end_matches('.');
    let what = language.pick("Terugkoppeling sollicitatie", "Application feedback");
    if company.is_empty() {
        format!("{what}.pdf")
    } else {
        format!("{what} \u{2013} {company}.pdf")
    }
}

/// Everything an e-mail draft needs.
pub struct Email<'a> {
    pub from_name: &'a str,
    pub from_address: &'a str,
    pub to_name: &'a str,
    pub to_address: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub date: NaiveDate,
    /// Stable identity for Message-ID and MIME boundary, so the same letter gives the same bytes.
    pub key: &'a str,
    pub attachment: Option<(&'a str, &'a [u8])>,
}

/// A short stable hash (FNV-1a), for identifiers that must not depend on the clock.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Builds the message. Headers are RFC 2047-encoded by mail-builder where needed; names have
/// their control characters removed first and addresses are checked, so no input can add a header.
pub fn build(email: &Email<'_>) -> Result<Vec<u8>, EmailError> {
    let from = check_address(email.from_address)?;
    let to = check_address(email.to_address)?;
    let domain = from.rsplit('@').next().unwrap_or("hirekit.invalid");
    let id = fnv(&format!("{}|{}|{}", email.key, email.date, email.subject));
    let message_id = format!("hirekit.{}.{id:016x}@{domain}", email.date.format("%Y%m%d"));
    // Noon UTC on the letter date: a fixed time keeps the output reproducible for a given --today.
    let timestamp = email
        .date
        .and_hms_opt(12, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    let mut builder = MessageBuilder::new()
        .from((header_safe(email.from_name), from.to_owned()))
        .to((header_safe(email.to_name), to.to_owned()))
        .subject(header_safe(email.subject))
        .date(timestamp)
        .message_id(message_id)
        .header("X-Unsent", mail_builder::headers::raw::Raw::new("1"));
    let text = MimePart::new(
        ContentType::new("text/plain").attribute("charset", "utf-8"),
        BodyPart::Text(email.body.into()),
    );
    builder = match email.attachment {
        None => builder.body(text),
        Some((name, bytes)) => {
            let pdf = MimePart::new(
                ContentType::new("application/pdf"),
                BodyPart::Binary(bytes.into()),
            )
            .attachment(header_safe(name));
            let boundary = format!("hirekit-{id:016x}");
            builder.body(MimePart::new(
                ContentType::new("multipart/mixed").attribute("boundary", boundary),
                BodyPart::Multipart(vec![text, pdf]),
            ))
        }
    };
    Ok(builder.write_to_vec().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email<'a>(name: &'a str, address: &'a str) -> Email<'a> {
        Email {
            from_name: "Fenna de Wit",
            from_address: "werken@kanaalzicht.example",
            to_name: name,
            to_address: address,
            subject: "Je sollicitatie als Senior backend-developer",
            body: "Beste Şükrü Yılmaz,\n\nDank je wel.\n",
            date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
            key: "c-1",
            attachment: None,
        }
    }

    #[test]
    fn non_ascii_names_are_encoded_in_headers() {
        let eml =
            String::from_utf8(build(&email("Şükrü Yılmaz", "sukru@example.org")).unwrap()).unwrap();
        let to = eml.lines().find(|l| l.starts_with("To:")).unwrap();
        assert!(to.contains("=?utf-8?"), "{to}");
        assert!(!to.contains('Ş'), "raw UTF-8 in a header: {to}");
        assert!(
            eml.contains("Content-Type: text/plain; charset=utf-8")
                || eml.contains("Content-Type: text/plain; charset=\"utf-8\""),
            "{eml}"
        );
        assert!(eml.contains("MIME-Version: 1.0"));
        assert!(eml.contains("Message-ID: <hirekit.20261123."));
    }

    #[test]
    fn a_name_with_line_breaks_cannot_add_a_header() {
        let eml = String::from_utf8(
            build(&email("Eve\r\nBcc: victim@example.org", "eve@example.org")).unwrap(),
        )
        .unwrap();
        assert!(!eml.lines().any(|l| l.starts_with("Bcc:")), "{eml}");
    }

    #[test]
    fn bad_addresses_are_refused() {
        assert!(build(&email("Eve", "eve@example.org\r\nBcc: x@example.org")).is_err());
        assert!(build(&email("Eve", "not-an-address")).is_err());
        assert!(build(&email("Eve", "a@b@example.org")).is_err());
    }

    #[test]
    fn the_attachment_is_named_after_the_company_in_an_ascii_header() {
        use hirekit_scorecard::Language;
        let name = attachment_name("Kanaalzicht Software B.V.", Language::Nl);
        assert_eq!(
            name,
            "Terugkoppeling sollicitatie \u{2013} Kanaalzicht Software B.V.pdf"
        );
        assert_eq!(
            attachment_name("Café \"De/Haven\"\r\n", Language::En),
            "Application feedback \u{2013} Café DeHaven.pdf"
        );
        assert_eq!(
            attachment_name("...", Language::En),
            "Application feedback.pdf"
        );
        let mut e = email("Zoë", "zoe@example.org");
        e.attachment = Some((&name, b"%PDF-1.7 test"));
        let eml = String::from_utf8(build(&e).unwrap()).unwrap();
        // RFC 2231: the name, percent-encoded as UTF-8, in continuations; the header is ASCII.
        let at = eml.find("Content-Disposition:").unwrap();
        let disposition: Vec<&str> = eml[at..].lines().take(3).collect();
        assert_eq!(
            disposition,
            [
                "Content-Disposition: attachment;",
                " filename*0*=UTF-8''Terugkoppeling%20sollicitatie%20%E2%80%93%20Kanaalzicht;",
                " filename*1*=%20Software%20B.V.pdf",
            ]
        );
        assert!(eml.is_ascii(), "{eml}");
    }

    #[test]
    fn the_same_letter_gives_the_same_bytes() {
        let mut e = email("Zoë", "zoe@example.org");
        let pdf = b"%PDF-1.7 test";
        e.attachment = Some(("brief.pdf", pdf));
        assert_eq!(build(&e).unwrap(), build(&e).unwrap());
    }
}
