//! End-to-end tests of the `hirekit` binary, one module per command.

// Tests may panic on a broken setup and use std::fs directly.
#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

mod util;

mod cost;
mod cost_pdf;
mod cost_published;
mod db;
mod db_workflow;
mod decide;
mod feedback;
mod feedback_lint;
mod fill;
mod hostile;
mod init;
mod kit;
mod pool;
mod privacy;
mod redflags;
mod reference;
mod report;
mod score;
mod scorecard;
mod send;
mod serve;
