//! One module per sub-command.

pub mod cost;
pub mod decide;
pub mod due;
pub mod feedback;
pub mod fill;
pub mod kit;
pub mod letters;
pub mod redflags;
pub mod score;
pub mod scorecard;
