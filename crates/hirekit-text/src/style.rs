//! The few styles a screen uses, one meaning each. They are written only where the terminal
//! wants colour (the binary's printer strips them otherwise, and for `NO_COLOR`).

use anstyle::AnsiColor;
/// A style: a colour and effects, or none ([`Style::new`], which writes nothing).
pub use anstyle::Style;

/// Something is wrong: a failed must-have, an overdue task.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
/// Needs attention: a split, a disagreement, a late scorecard.
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
/// Good news: the candidate advances.
pub const GOOD: Style = AnsiColor::Green.on_default().bold();
/// Headings and names.
pub const BOLD: Style = Style::new().bold();
/// Secondary text: hints, explanations.
pub const DIM: Style = Style::new().dimmed();
