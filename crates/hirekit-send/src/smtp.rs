//! The SMTP exchange, step by step, so that every failure says whether the message can have
//! arrived.
//!
//! Everything up to and including the server's go-ahead for the message (connect, TLS, login,
//! `MAIL FROM`, `RCPT TO`, `DATA`) either works or certainly delivered nothing. After the message
//! and its final dot, the server's reply decides: a positive reply means accepted, a negative one
//! means refused. Only a connection that breaks or times out after the whole message was handed
//! over, before that reply, leaves the outcome unknown — and that is the one case hirekit
//! records as such instead of guessing.

use std::net::IpAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use lettre::Address;
pub use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::authentication::Mechanism;
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// `smtp+starttls://`: plain connection upgraded with STARTTLS (usually port 587).
    Starttls,
    /// `smtps://`: TLS from the first byte (usually port 465).
    Tls,
    /// `smtp://`: no encryption; only to a loopback address (a local relay or a test server).
    Plain,
}

/// An SMTP server to send through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

/// Server settings that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error(
        "`{0}` is not an SMTP address; use smtp+starttls://HOST:587, smtps://HOST:465 or, for a server on this machine, smtp://127.0.0.1:PORT"
    )]
    Url(String),
    #[error(
        "plain `smtp://` sends letters unencrypted, so it is only allowed to this machine (127.0.0.1, ::1 or localhost), not to `{0}`; use smtp+starttls:// or smtps://"
    )]
    PlainNotLoopback(String),
    #[error(
        "the credentials file {0} is inside the hiring folder; passwords never belong in the folder (or in git): keep the file elsewhere, or use HIREKIT_SMTP_USERNAME and HIREKIT_SMTP_PASSWORD"
    )]
    CredentialsInFolder(String),
    #[error(
        "the credentials file {0} can be read by other users (mode {1:o}); make it private with `chmod 600`"
    )]
    CredentialsShared(String, u32),
    #[error("cannot read the credentials file {0}: {1}")]
    CredentialsUnreadable(String, String),
    #[error(
        "the credentials file {0} needs the user name on the first line and the password on the second"
    )]
    CredentialsFormat(String),
    #[error("{0} is set but {1} is not; set both, or neither for a server without login")]
    CredentialsHalf(&'static str, &'static str),
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Server {
    /// Checks the rule for plain connections.
    pub fn new(host: &str, port: u16, security: Security) -> Result<Server, SettingsError> {
        if security == Security::Plain && !is_loopback(host) {
            return Err(SettingsError::PlainNotLoopback(host.to_owned()));
        }
        Ok(Server {
            host: host.to_owned(),
            port,
            security,
        })
    }

    /// Parses `smtp+starttls://host[:port]`, `smtps://host[:port]` or `smtp://host:port`.
    pub fn parse(url: &str) -> Result<Server, SettingsError> {
        let bad = || SettingsError::Url(url.to_owned());
        let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
        let (security, default_port) = match scheme.to_ascii_lowercase().as_str() {
            "smtp+starttls" => (Security::Starttls, Some(587)),
            "smtps" => (Security::Tls, Some(465)),
            "smtp" => (Security::Plain, None),
            _ => return Err(bad()),
        };
        let rest = rest.trim_end_matches('/');
        if rest.is_empty() || rest.contains(['/', '@', '?', '#']) {
            return Err(bad());
        }
        // `[::1]:25` or `host:25` or `host`.
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port))
                if !host.is_empty() && (!host.contains(':') || host.ends_with(']')) =>
            {
                (host, Some(port.parse::<u16>().map_err(|_| bad())?))
            }
            _ => (rest, None),
        };
        let port = port.or(default_port).ok_or_else(bad)?;
        Server::new(
            host.trim_start_matches('[').trim_end_matches(']'),
            port,
            security,
        )
    }
}

/// The login, from the environment (`HIREKIT_SMTP_USERNAME`, `HIREKIT_SMTP_PASSWORD`) or from a
/// private file outside the hiring folder (user name, then password, one per line). `None`: a
/// server that needs no login, like a local relay.
pub fn credentials(
    env: &dyn Fn(&str) -> Option<String>,
    file: Option<&Path>,
    root: &Path,
) -> Result<Option<Credentials>, SettingsError> {
    if let Some(file) = file {
        let shown = file.display().to_string();
        let unreadable =
            |e: std::io::Error| SettingsError::CredentialsUnreadable(shown.clone(), e.to_string());
        let full = fs_err::canonicalize(file).map_err(unreadable)?;
        if let Ok(root) = fs_err::canonicalize(root)
            && full.starts_with(&root)
        {
            return Err(SettingsError::CredentialsInFolder(shown));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs_err::metadata(&full)
                .map_err(unreadable)?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                return Err(SettingsError::CredentialsShared(shown, mode & 0o777));
            }
        }
        let text = fs_err::read_to_string(&full).map_err(unreadable)?;
        let mut lines = text.lines();
        return match (lines.next(), lines.next()) {
            (Some(user), Some(password)) if !user.trim().is_empty() && !password.is_empty() => {
                Ok(Some(Credentials::new(
                    user.trim().to_owned(),
                    password.to_owned(),
                )))
            }
            _ => Err(SettingsError::CredentialsFormat(shown)),
        };
    }
    const USER: &str = "HIREKIT_SMTP_USERNAME";
    const PASSWORD: &str = "HIREKIT_SMTP_PASSWORD";
    match (env(USER), env(PASSWORD)) {
        (Some(user), Some(password)) => Ok(Some(Credentials::new(user, password))),
        (None, None) => Ok(None),
        (Some(_), None) => Err(SettingsError::CredentialsHalf(USER, PASSWORD)),
        (None, Some(_)) => Err(SettingsError::CredentialsHalf(PASSWORD, USER)),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_give_server_security_and_default_ports() {
        assert_eq!(
            Server::parse("smtp+starttls://mail.example.org"),
            Ok(Server {
                host: "mail.example.org".into(),
                port: 587,
                security: Security::Starttls
            })
        );
        assert_eq!(
            Server::parse("smtps://mail.example.org:2465"),
            Ok(Server {
                host: "mail.example.org".into(),
                port: 2465,
                security: Security::Tls
            })
        );
        assert_eq!(
            Server::parse("smtp://[::1]:2525"),
            Ok(Server {
                host: "::1".into(),
                port: 2525,
                security: Security::Plain
            })
        );
        assert_eq!(
            Server::parse("smtp://127.0.0.1:2525").map(|s| s.port),
            Ok(2525)
        );
    }

    #[test]
    fn plain_smtp_is_only_for_this_machine() {
        assert_eq!(
            Server::parse("smtp://mail.example.org:25"),
            Err(SettingsError::PlainNotLoopback("mail.example.org".into()))
        );
        assert_eq!(
            Server::parse("smtp://10.0.0.1:25"),
            Err(SettingsError::PlainNotLoopback("10.0.0.1".into()))
        );
        assert!(Server::parse("smtp://localhost:25").is_ok());
    }

    #[test]
    fn malformed_urls_are_refused() {
        for url in [
            "mail.example.org",
            "http://x.example",
            "smtp://127.0.0.1",
            "smtps://u:p@host",
            "smtps://host:99999",
        ] {
            assert!(
                matches!(Server::parse(url), Err(SettingsError::Url(_))),
                "{url}"
            );
        }
    }

    #[test]
    fn credentials_come_in_pairs_from_the_environment() {
        let none = |_: &str| None;
        assert!(matches!(credentials(&none, None, Path::new(".")), Ok(None)));
        let half = |k: &str| (k == "HIREKIT_SMTP_USERNAME").then(|| "fenna".to_owned());
        assert!(matches!(
            credentials(&half, None, Path::new(".")),
            Err(SettingsError::CredentialsHalf(..))
        ));
    }
}
