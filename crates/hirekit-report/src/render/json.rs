//! The report as JSON for other tools: the report type serialised, field for field.

use crate::PipelineReport;

/// Pretty-printed JSON with a final newline.
pub fn render(report: &PipelineReport) -> String {
    // Serialising plain structs, maps with string or number keys and dates cannot fail.
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}
