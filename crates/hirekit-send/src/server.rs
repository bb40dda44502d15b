//! Where letters are sent through, and with which login: `--smtp` URLs and the profile's
//! `smtp:` settings, the rule that plain SMTP is only for this machine, and credentials that
//! come from the environment or a private file outside the hiring folder, never from the folder.

use std::net::IpAddr;
use std::path::Path;

pub use lettre::transport::smtp::authentication::Credentials;

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
