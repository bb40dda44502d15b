//! One module per sub-command.

pub mod candidate;
pub mod cost;
pub mod db;
pub mod decide;
pub mod due;
pub mod feedback;
pub mod fill;
pub mod init;
pub mod kit;
pub mod letters;
pub mod pool;
pub mod privacy;
pub mod redflags;
pub mod report;
pub mod score;
pub mod scorecard;
pub mod send;
pub mod serve;
pub mod shell;
pub mod user;

/// Parses a `--today` date. Clap's own message for a bad date ("input contains invalid
/// characters") does not say what is expected; this one does.
pub fn date_arg(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("expected a date as YYYY-MM-DD, e.g. 2026-12-01 (year, month, day), not `{text}`")
    })
}
