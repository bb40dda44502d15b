//! Renderers over one [`crate::PipelineReport`]: they format, they never compute.

pub mod json;
pub mod markdown;
pub mod pdf;
pub mod text;
