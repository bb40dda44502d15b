//! What can go wrong when rendering, in words a recruiter can act on.

/// Why a document could not be rendered.
///
/// Rendering never prints a placeholder box or a question mark instead of a character: a text the
/// embedded font cannot show is refused with [`PdfError::MissingGlyph`], naming the character and
/// the text it was found in, so the caller can tell the user which name or sentence to fix.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PdfError {
    /// The embedded font (DejaVu Sans) has no glyph for a character.
    #[error(
        "the character '{ch}' (U+{code:04X}) in \"{context}\" cannot be printed: the PDF font \
         (DejaVu Sans) has no glyph for it",
        code = *ch as u32
    )]
    MissingGlyph { ch: char, context: String },
    /// A character of a script that needs shaping or right-to-left layout (Arabic, Hebrew, ...),
    /// which this renderer does not do; printing it unshaped would be wrong, not merely ugly.
    #[error(
        "the character '{ch}' (U+{code:04X}) in \"{context}\" is written right to left or needs \
         shaping, which the PDF renderer does not support",
        code = *ch as u32
    )]
    UnsupportedScript { ch: char, context: String },
    /// A logo that is neither a readable PNG nor a baseline or progressive JPEG.
    #[error("the logo cannot be used: {0}")]
    Image(String),
    /// Something that must stay on one page is taller than a page.
    #[error("{0} is taller than a page and cannot be printed")]
    TooTall(String),
    /// A document description that cannot be laid out (a table row with the wrong number of
    /// cells, a chart without categories, ...).
    #[error("{0}")]
    Invalid(String),
    /// The embedded font could not be read: a broken build, not a user error.
    #[error("the embedded font cannot be read: {0}")]
    Font(String),
}
