//! One module per sub-command.

pub mod cost;
pub mod due;
pub mod feedback;
pub mod letters;
pub mod redflags;
pub mod score;
pub mod scorecard;
