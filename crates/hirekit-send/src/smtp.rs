//! The SMTP exchange, step by step, so that every failure says whether the message can have
//! arrived.
//!
//! Everything up to and including the server's go-ahead for the message (connect, TLS, login,
//! `MAIL FROM`, `RCPT TO`, `DATA`) either works or certainly delivered nothing. After the message
//! and its final dot, the server's reply decides: a positive reply means accepted, a negative one
//! means refused. Only a connection that breaks or times out after the whole message was handed
//! over, before that reply, leaves the outcome unknown — and that is the one case hirekit
//! records as such instead of guessing.

use std::time::{Duration, Instant};

use lettre::Address;
use lettre::transport::smtp::authentication::Mechanism;
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;

use crate::server::{Credentials, Security, Server};

/// How one exchange ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server accepted the message: its reply.
    Accepted(String),
    /// Certainly not delivered, because the server refused this recipient or this message:
    /// what it said. Other letters may still go.
    Refused(String),
    /// Certainly not delivered, because the connection, TLS, login or sender failed: what
    /// failed. The next letters would fail the same way.
    NotSent(String),
    /// The whole message was handed over, then the connection failed before a reply.
    Unknown(String),
}

/// One message to hand over.
pub struct Envelope<'a> {
    pub from: &'a str,
    pub to: &'a str,
    /// The exact bytes, every line ending in CR LF.
    pub message: &'a [u8],
}

fn reply(response: &Response) -> String {
    let text: Vec<&str> = response.message().collect();
    format!("{} {}", response.code(), text.join(" "))
}

/// Sends one message over a fresh connection and says how it ended; never panics, never
/// retries (a retry is the caller's decision, made with the record on disk).
pub fn deliver(
    server: &Server,
    credentials: Option<&Credentials>,
    envelope: &Envelope<'_>,
    timeout: Duration,
) -> Outcome {
    let not_sent =
        |what: &str, e: lettre::transport::smtp::Error| Outcome::NotSent(format!("{what}: {e}"));
    let (from, to) = match (
        envelope.from.parse::<Address>(),
        envelope.to.parse::<Address>(),
    ) {
        (Ok(from), Ok(to)) => (from, to),
        (Err(e), _) => {
            return Outcome::NotSent(format!("the sender address {}: {e}", envelope.from));
        }
        (_, Err(e)) => {
            return Outcome::NotSent(format!("the recipient address {}: {e}", envelope.to));
        }
    };
    // The name we greet the server with: the sender's domain (many servers check it resolves).
    let hello = ClientId::Domain(from.domain().to_owned());
    let tls = match server.security {
        Security::Plain => None,
        Security::Starttls | Security::Tls => match TlsParameters::new(server.host.clone()) {
            Ok(tls) => Some(tls),
            Err(e) => return not_sent("TLS set-up", e),
        },
    };
    let implicit = if server.security == Security::Tls {
        tls.as_ref()
    } else {
        None
    };
    let mut conn = match SmtpConnection::connect(
        (server.host.as_str(), server.port),
        Some(timeout),
        &hello,
        implicit,
        None,
    ) {
        Ok(conn) => conn,
        Err(e) => return not_sent(&format!("connecting to {server}"), e),
    };
    if let (Security::Starttls, Some(tls)) = (server.security, &tls) {
        if !conn.can_starttls() {
            conn.abort();
            return Outcome::NotSent(format!(
                "{server} does not offer STARTTLS; the letter was not sent unencrypted"
            ));
        }
        if let Err(e) = conn.starttls(tls, &hello) {
            return not_sent("STARTTLS", e);
        }
    }
    if let Some(credentials) = credentials
        && let Err(e) = conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials)
    {
        conn.abort();
        return not_sent("login", e);
    }
    let mut options = Vec::new();
    if !envelope.message.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            conn.abort();
            return Outcome::NotSent(format!(
                "{server} does not accept 8-bit messages (8BITMIME)"
            ));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    if let Err(e) = conn.command(Mail::new(Some(from), options)) {
        conn.abort();
        return not_sent("MAIL FROM", e);
    }
    if let Err(e) = conn.command(Rcpt::new(to, Vec::new())) {
        conn.abort();
        return Outcome::Refused(format!("the server refused the recipient: {e}"));
    }
    if let Err(e) = conn.command(Data) {
        conn.abort();
        return not_sent("DATA", e);
    }
    // lettre ends the data with CR LF . CR LF: the message's own last CR LF is that first CR LF.
    let body = envelope
        .message
        .strip_suffix(b"\r\n")
        .unwrap_or(envelope.message);
    let outcome = match conn.message(body) {
        Ok(response) => Outcome::Accepted(reply(&response)),
        // A reply with a code: the server answered, and it said no.
        Err(e) if e.status().is_some() => {
            Outcome::Refused(format!("the server refused the message: {e}"))
        }
        Err(e) => Outcome::Unknown(format!("no reply after the message was handed over: {e}")),
    };
    if matches!(outcome, Outcome::Accepted(_)) {
        // The message is accepted; a failing QUIT changes nothing.
        let _ = conn.quit();
    } else {
        conn.abort();
    }
    outcome
}

/// At most `per_minute` messages a minute, evenly spaced, so a batch stays under a provider's
/// sending limit.
pub struct Pace {
    interval: Duration,
    last: Option<Instant>,
}

impl Pace {
    pub fn new(per_minute: u32) -> Pace {
        Pace {
            interval: Duration::from_secs(60) / per_minute.max(1),
            last: None,
        }
    }

    /// Waits until the next message may go.
    pub fn wait(&mut self) {
        if let Some(last) = self.last {
            let next = last + self.interval;
            let now = Instant::now();
            if next > now {
                std::thread::sleep(next - now);
            }
        }
        self.last = Some(Instant::now());
    }
}
