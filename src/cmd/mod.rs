//! One module per sub-command.

pub mod cost;
pub mod due;
pub mod score;
pub mod scorecard;
