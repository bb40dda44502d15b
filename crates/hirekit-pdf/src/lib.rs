//! PDF documents from plain descriptions: letters for a Dutch window envelope, and reports
//! (interview kits, cost reports) with tables, rating scales, note lines and bar charts.
//!
//! This crate knows nothing of scorecards, templates or costs. The caller builds a [`Letter`]
//! or a [`Report`] out of strings and numbers — in the reader's language, labels included — and
//! gets the bytes of an A4 PDF back:
//!
//! - text is wrapped by the measured advances of the embedded font, so nothing runs off the
//!   page; page breaks fall between lines, never through one; a heading stays with what follows
//!   it; table rows are never split and the header row repeats on every page;
//! - the font is DejaVu Sans (regular and bold, shipped in `fonts/` with its licence), embedded
//!   and subset to the glyphs used, with a ToUnicode map so that every name is found by search
//!   and copy-paste exactly as written (Şükrü Yılmaz, Łukasz Wójcik, Nguyễn Văn An,
//!   Олена Шевченко, Zoë van der Berg);
//! - text is normalised to NFC, and a character the font cannot print is an error
//!   ([`PdfError::MissingGlyph`]), never a silent empty box;
//! - the output is reproducible: the same input and [`Metadata::created`] give the same bytes.
//!
//! ```
//! use hirekit_pdf::{render_report, Block, Metadata, PageLabel, Report};
//!
//! let report = Report {
//!     title: "Interviewkit".into(),
//!     subtitle: "Senior backend-developer — Zoë van der Berg".into(),
//!     header: "Voorbeeld BV".into(),
//!     blocks: vec![
//!         Block::Heading("Microservices".into()),
//!         Block::Paragraph("Vertel over een service die je hebt opgesplitst.".into()),
//!         Block::NoteLines(4),
//!     ],
//!     page_label: PageLabel::new("Pagina {page} van {pages}"),
//! };
//! let metadata = Metadata {
//!     title: "Interviewkit".into(),
//!     author: "Voorbeeld BV".into(),
//!     subject: "Senior backend-developer".into(),
//!     language: "nl-NL".into(),
//!     created: "2026-11-23T09:00:00+01:00".parse().unwrap(),
//!     creator: "hirekit".into(),
//! };
//! let pdf = render_report(&report, &metadata).unwrap();
//! assert!(pdf.starts_with(b"%PDF-1.7"));
//! assert_eq!(pdf, render_report(&report, &metadata).unwrap());
//! ```

mod axis;
mod blocks;
mod chart;
mod error;
mod finish;
mod fonts;
mod form;
mod image;
mod layout;
mod letter;
mod model;
mod pdf;
mod report;
mod sfnt;
mod table;
mod wrap;

use std::sync::OnceLock;

pub use error::PdfError;
pub use image::Image;
pub use model::{
    Align, Appendix, BarChart, Block, Column, Letter, LetterBlock, Letterhead, Metadata,
    NumberFormat, Orientation, PageLabel, RatingScale, Recipient, Report, Row, ScalePoint, Series,
    Signature, Table, noon_of,
};

/// The fonts, parsed once per process: parsing DejaVu Sans costs more than laying out a letter.
static FONTS: OnceLock<Result<fonts::Fonts, PdfError>> = OnceLock::new();

pub(crate) fn shared_fonts() -> Result<&'static fonts::Fonts, PdfError> {
    FONTS
        .get_or_init(fonts::Fonts::load)
        .as_ref()
        .map_err(Clone::clone)
}

/// Renders a letter to the bytes of a PDF file.
///
/// Errors: a text with a character the font cannot print, an address that does not fit the
/// envelope window, an unreadable logo (see [`PdfError`]).
pub fn render_letter(letter: &Letter, metadata: &Metadata) -> Result<Vec<u8>, PdfError> {
    let fonts = shared_fonts()?;
    let pages = letter::layout(fonts, letter)?;
    pdf::write(fonts, &pages, letter.letterhead.logo.as_ref(), metadata)
}

/// Renders a report to the bytes of a PDF file.
///
/// Errors: a text with a character the font cannot print, a table row with the wrong number of
/// cells, a chart without data, something that must stay on one page but is taller than a page
/// (see [`PdfError`]).
pub fn render_report(report: &Report, metadata: &Metadata) -> Result<Vec<u8>, PdfError> {
    let fonts = shared_fonts()?;
    let pages = report::layout(fonts, report)?;
    pdf::write(fonts, &pages, None, metadata)
}

/// Checks that `text` can be printed (every character has a glyph, no right-to-left script)
/// and returns it as it will be printed (NFC, invisible characters dropped).
///
/// Lets a caller validate names and texts up front, e.g. when reading a candidate file, and
/// point at the line in the file instead of failing later in the middle of a batch.
pub fn printable(text: &str) -> Result<String, PdfError> {
    let fonts = shared_fonts()?;
    fonts.prepare(text, fonts::Weight::Bold)?;
    fonts.prepare(text, fonts::Weight::Regular)
}
