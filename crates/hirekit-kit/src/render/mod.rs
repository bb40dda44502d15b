//! Renderers of a [`crate::Kit`]: [`markdown`] for reading, [`pdf`] (through `hirekit-pdf`) for
//! printing. They arrange the kit's texts; every word comes from the kit.

pub mod markdown;
pub mod pdf;
