//! Sending feedback letters by SMTP, with proof: the rules for who may be sent a letter and
//! which one ([`rules`]), the message as handed to the server ([`message`]), the server and
//! login ([`server`]), the exchange itself ([`smtp`]) and the record of every attempt ([`history`], `candidates/<id>/sent.yaml`).
//!
//! The guarantees, and where they are kept:
//! - never to the wrong person — [`rules::choose`]: decision `reject`, panel complete, the
//!   letter generated for the current data, nobody whose address is advancing or hired;
//! - never twice — [`history::SentHistory::state`]: an accepted message, or an attempt whose
//!   outcome is unknown, stops every later run until the user decides by name;
//! - proof — [`history::SentEntry`]: Message-ID, time, envelope, the SHA-256 of the exact bytes
//!   and the server's reply, next to a stored copy of those bytes.
//!
//! [`run`] puts them together for a front end: the candidates of a run, each one's plan, the
//! route, sending one letter with its records in order, `--confirm-sent` and `--verify`, each
//! worded from the message catalogue in the hiring folder's language.

pub mod history;
pub mod message;
pub mod rules;
pub mod run;
pub mod server;
pub mod smtp;

pub use history::{SENT_FILE, SentEntry, SentHistory, SentStatus, State};
pub use rules::{Changed, Chosen, Interrupted, Refusal, Situation, choose};
pub use server::{Credentials, Security, Server, SettingsError};
pub use smtp::{Envelope, Outcome, Pace};
