//! From the generated e-mail draft to the exact bytes handed to the server.
//!
//! The draft (`out/<id>.eml`) is marked `X-Unsent: 1` and has a Message-ID and Date that depend
//! only on the letter, so regenerating gives the same file. The message that goes out is the same
//! draft with three header changes: no `X-Unsent`, a Message-ID of its own (one per attempt, so
//! a resend is a different message and each attempt can be found in a mailbox), and the Date of
//! sending. Body and attachment are the draft's bytes unchanged.

use chrono::{DateTime, FixedOffset};

/// Why a draft cannot be sent as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("it has no blank line between the headers and the body, so it is not an e-mail")]
    NoBody,
    #[error("line {0} ends without CR LF; SMTP needs every line to end in CR LF")]
    BareLineFeed(usize),
    #[error("it has no `To:` address")]
    NoRecipient,
    #[error("it is addressed to {found}, but the candidate's address is {expected}")]
    OtherRecipient { found: String, expected: String },
}

/// The headers of a draft, unfolded: (name, whole field including continuation lines).
fn fields(head: &[u8]) -> Vec<(String, &[u8])> {
    let mut fields: Vec<(String, &[u8])> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < head.len() {
        // A field ends at CR LF not followed by a space or tab (a folded continuation).
        if head[i..].starts_with(b"\r\n") {
            let next = head.get(i + 2).copied();
            if !matches!(next, Some(b' ' | b'\t')) {
                let field = &head[start..i + 2];
                let name = field
                    .split(|&b| b == b':')
                    .next()
                    .map(|n| String::from_utf8_lossy(n).trim().to_ascii_lowercase())
                    .unwrap_or_default();
                fields.push((name, field));
                start = i + 2;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    fields
}

/// Checks that every line ends in CR LF; returns the 1-based number of the first that does not.
fn first_bare_line_feed(bytes: &[u8]) -> Option<usize> {
    let mut line = 1;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            if i == 0 || bytes[i - 1] != b'\r' {
                return Some(line);
            }
            line += 1;
        }
    }
    None
}

/// The address in angle brackets of the `To:` field (hirekit's drafts always write one).
fn to_address(fields: &[(String, &[u8])]) -> Option<String> {
    let (_, field) = fields.iter().find(|(name, _)| name == "to")?;
    let text = String::from_utf8_lossy(field);
    let open = text.rfind('<')?;
    let close = text[open..].find('>')? + open;
    Some(text[open + 1..close].trim().to_owned())
}

/// The subject of a draft, decoded from RFC 2047 encoded words (`=?utf-8?B?...?=` and
/// `=?utf-8?Q?...?=`), for showing what would be sent. Empty when there is none.
pub fn subject(draft: &[u8]) -> String {
    let split = draft
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(draft.len(), |p| p + 2);
    let Some((_, field)) = fields(&draft[..split])
        .into_iter()
        .find(|(name, _)| name == "subject")
    else {
        return String::new();
    };
    let text = String::from_utf8_lossy(field);
    let value = text.split_once(':').map_or("", |(_, v)| v);
    let mut out = Vec::new();
    let mut previous_encoded = false;
    for word in value.split_whitespace() {
        match decode_word(word) {
            Some(bytes) => {
                // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
                if !previous_encoded && !out.is_empty() {
                    out.push(b' ');
                }
                out.extend(bytes);
                previous_encoded = true;
            }
            None => {
                if !out.is_empty() {
                    out.push(b' ');
                }
                out.extend_from_slice(word.as_bytes());
                previous_encoded = false;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One encoded word, or `None` when `word` is not one.
fn decode_word(word: &str) -> Option<Vec<u8>> {
    let inner = word.strip_prefix("=?")?.strip_suffix("?=")?;
    let mut parts = inner.splitn(3, '?');
    let (_charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
    match encoding {
        "B" | "b" => base64(text),
        "Q" | "q" => {
            let bytes = text.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'_' => out.push(b' '),
                    b'=' => {
                        let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                        out.push(u8::from_str_radix(hex, 16).ok()?);
                        i += 2;
                    }
                    b => out.push(b),
                }
                i += 1;
            }
            Some(out)
        }
        _ => None,
    }
}

/// Standard base64 (RFC 4648 §4), padding optional.
fn base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes().filter(|&c| c != b'=') {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The message to hand to the server: `draft` with its `X-Unsent`, `Date` and `Message-ID`
/// replaced by `Date: date` and `Message-ID: <message_id>`. Refuses a draft that is not
/// addressed to `expected_to` (compared without regard to case), so a letter can never go to
/// an address other than the candidate's current one.
pub fn for_sending(
    draft: &[u8],
    expected_to: &str,
    message_id: &str,
    date: DateTime<FixedOffset>,
) -> Result<Vec<u8>, MessageError> {
    let split = draft
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or(MessageError::NoBody)?;
    if let Some(line) = first_bare_line_feed(draft) {
        return Err(MessageError::BareLineFeed(line));
    }
    let (head, body) = draft.split_at(split + 2);
    let fields = fields(head);
    let found = to_address(&fields).ok_or(MessageError::NoRecipient)?;
    if !found.eq_ignore_ascii_case(expected_to) {
        return Err(MessageError::OtherRecipient {
            found,
            expected: expected_to.to_owned(),
        });
    }
    let mut out = Vec::with_capacity(draft.len() + 100);
    out.extend_from_slice(format!("Date: {}\r\n", date.to_rfc2822()).as_bytes());
    out.extend_from_slice(format!("Message-ID: <{message_id}>\r\n").as_bytes());
    for (name, field) in &fields {
        if !matches!(name.as_str(), "x-unsent" | "date" | "message-id") {
            out.extend_from_slice(field);
        }
    }
    out.extend_from_slice(body);
    // The server stores the message up to the CR LF before the final dot: end with one, so the
    // stored copy and what the server keeps are the same bytes.
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    Ok(out)
}

/// A Message-ID for one attempt: unique through the time, the process and the letter's hash,
/// with the sender's domain (RFC 5322 §3.6.4). Holds no name or id of the candidate.
pub fn new_message_id(at: DateTime<FixedOffset>, letter_sha256: &str, from: &str) -> String {
    let domain = from.rsplit('@').next().unwrap_or("hirekit.invalid");
    let seed = format!(
        "{}|{}|{letter_sha256}",
        at.timestamp_nanos_opt().unwrap_or_default(),
        std::process::id()
    );
    let hash = hirekit_folder::sha256_hex(seed.as_bytes());
    format!(
        "hirekit.{}.{}@{domain}",
        at.format("%Y%m%dT%H%M%S"),
        &hash[..16]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &[u8] = b"From: \"Fenna de Wit\" <werken@kanaalzicht.example>\r\n\
To: =?utf-8?B?WsO2w6s=?=\r\n <zoe@example.org>\r\n\
Subject: Je sollicitatie\r\n\
Date: Mon, 23 Nov 2026 12:00:00 +0000\r\n\
Message-ID: <hirekit.20261123.0123@kanaalzicht.example>\r\n\
X-Unsent: 1\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=\"utf-8\"\r\n\
\r\n\
Beste Zo\xc3\xab,\r\n\
.\r\n";

    fn date() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-24T09:30:00+01:00").unwrap_or_default()
    }

    #[test]
    fn only_date_message_id_and_the_unsent_mark_change() {
        let sent = for_sending(DRAFT, "Zoe@Example.org", "m1@kanaalzicht.example", date());
        let expected: &[u8] = b"Date: Tue, 24 Nov 2026 09:30:00 +0100\r\n\
Message-ID: <m1@kanaalzicht.example>\r\n\
From: \"Fenna de Wit\" <werken@kanaalzicht.example>\r\n\
To: =?utf-8?B?WsO2w6s=?=\r\n <zoe@example.org>\r\n\
Subject: Je sollicitatie\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=\"utf-8\"\r\n\
\r\n\
Beste Zo\xc3\xab,\r\n\
.\r\n";
        assert_eq!(sent.as_deref(), Ok(expected));
    }

    #[test]
    fn a_draft_to_another_address_is_refused() {
        assert_eq!(
            for_sending(DRAFT, "noor@example.org", "m1@x.example", date()),
            Err(MessageError::OtherRecipient {
                found: "zoe@example.org".to_owned(),
                expected: "noor@example.org".to_owned()
            })
        );
    }

    #[test]
    fn bare_line_feeds_and_missing_bodies_are_refused() {
        assert_eq!(
            for_sending(
                b"To: <a@b.example>\r\nX: 1\n\r\n\r\nbody",
                "a@b.example",
                "m",
                date()
            ),
            Err(MessageError::BareLineFeed(2))
        );
        assert_eq!(
            for_sending(b"To: <a@b.example>\r\n", "a@b.example", "m", date()),
            Err(MessageError::NoBody)
        );
    }

    #[test]
    fn subjects_are_decoded_for_display() {
        assert_eq!(subject(DRAFT), "Je sollicitatie");
        let encoded = b"Subject: =?utf-8?B?SmUgc29sbGljaXRhdGllIGFscyBaw7bDqw==?=\r\n =?utf-8?Q?_bij_Kanaalzicht?=\r\n\r\nx";
        assert_eq!(subject(encoded), "Je sollicitatie als Zöë bij Kanaalzicht");
    }

    #[test]
    fn message_ids_differ_per_attempt_and_carry_the_sender_domain() {
        let a = new_message_id(date(), "ab", "werken@kanaalzicht.example");
        let later = date() + chrono::Duration::nanoseconds(1);
        let b = new_message_id(later, "ab", "werken@kanaalzicht.example");
        assert_ne!(a, b);
        assert!(a.starts_with("hirekit.20261124T093000."), "{a}");
        assert!(a.ends_with("@kanaalzicht.example"), "{a}");
    }
}
