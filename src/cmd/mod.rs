//! One module per sub-command.

pub mod due;
pub mod score;
pub mod scorecard;
