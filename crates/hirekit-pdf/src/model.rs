//! The documents this crate renders, described as plain values.
//!
//! Every text is already in the reader's language: the caller decides the words ("Betreft" or
//! "Re", "Pagina {page} van {pages}" or "Page {page} of {pages}"); this crate decides where they go.

use crate::image::Image;

/// Title, author and the other fields a PDF viewer shows under "Document properties".
///
/// The creation date is given by the caller (never read from the clock) so that the same input
/// renders to the same bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 language tag of the text, e.g. `nl-NL` or `en-GB` (the catalog's `/Lang`, which
    /// screen readers use to pick a voice).
    pub language: String,
    /// Written to `/CreationDate` and `/ModDate`.
    pub created: chrono::DateTime<chrono::FixedOffset>,
    /// The application that made the document (`/Creator`), e.g. `hirekit 0.1.0`.
    pub creator: String,
}

/// Noon (UTC) of `day`: the creation date of a document made "on" that day, so the same day
/// gives the same bytes whatever the clock says.
pub fn noon_of(day: chrono::NaiveDate) -> chrono::DateTime<chrono::FixedOffset> {
    day.and_time(chrono::NaiveTime::MIN + chrono::TimeDelta::hours(12))
        .and_utc()
        .fixed_offset()
}

/// A text with an optional place-holder pair for page numbers.
///
/// `"Pagina {page} van {pages}"` renders as `Pagina 1 van 2`. Both place-holders are optional.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLabel(pub String);

impl PageLabel {
    pub fn new(template: impl Into<String>) -> Self {
        PageLabel(template.into())
    }

    /// The label for one page.
    pub fn render(&self, page: usize, pages: usize) -> String {
        self.0
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string())
    }
}

/// A business letter on A4 for a Dutch window envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Letter {
    pub letterhead: Letterhead,
    pub recipient: Recipient,
    /// E.g. `Utrecht, 23 november 2026`.
    pub place_and_date: String,
    /// E.g. `Betreft` or `Re`.
    pub subject_label: String,
    pub subject: String,
    /// E.g. `Beste Zoë,`.
    pub salutation: String,
    pub body: Vec<LetterBlock>,
    /// E.g. `Met vriendelijke groet,`.
    pub closing: String,
    pub signature: Signature,
    /// Footer on every page when the letter has more than one page.
    pub page_label: PageLabel,
    /// An optional appendix after the signature, starting on a page of its own.
    pub appendix: Option<Appendix>,
}

/// A letter's appendix: a heading, then paragraphs and lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Appendix {
    pub title: String,
    pub body: Vec<LetterBlock>,
}

/// The sender, printed at the top of the first page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Letterhead {
    pub company: String,
    /// The postal address, one line each (street, postcode and town); also printed small as
    /// the return address above the recipient.
    pub address_lines: Vec<String>,
    /// Telephone, e-mail, web site, registration numbers: one line each, under the address.
    pub contact_lines: Vec<String>,
    /// Printed at the top left, at most 50 x 20 mm, keeping its proportions.
    pub logo: Option<Image>,
}

/// The addressee, placed in the envelope window.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Recipient {
    pub name: String,
    /// At most five lines (street, postcode and town, country).
    pub address_lines: Vec<String>,
}

/// Who signs the letter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Signature {
    pub name: String,
    /// E.g. `Recruiter`; an empty title prints nothing.
    pub title: String,
}

/// A part of a letter's body.
#[derive(Debug, Clone, PartialEq)]
pub enum LetterBlock {
    /// A paragraph; `\n` starts a new line within it.
    Paragraph(String),
    /// A list with a bullet before each item.
    Bullets(Vec<String>),
}

/// A report: an interview kit, a cost report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub title: String,
    /// Printed under the title, e.g. the role and the candidate; empty prints nothing.
    pub subtitle: String,
    /// Small text at the top of every page, e.g. the company name; empty prints nothing.
    pub header: String,
    pub blocks: Vec<Block>,
    /// Footer on every page when the report has more than one page.
    pub page_label: PageLabel,
}

/// A part of a report, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading; never left alone at the bottom of a page.
    Heading(String),
    /// A smaller heading within a section; also kept with what follows.
    Subheading(String),
    /// A paragraph; `\n` starts a new line within it.
    Paragraph(String),
    /// A paragraph in smaller, grey type (hints, sources, footnotes).
    Note(String),
    Bullets(Vec<String>),
    Table(Table),
    RatingScale(RatingScale),
    /// Ruled lines to write notes on.
    NoteLines(usize),
    /// Label: value pairs, labels in a narrow column.
    KeyValues(Vec<(String, String)>),
    BarChart(BarChart),
    /// A tick box drawn like a rating scale's, followed by its text: a choice outside a scale
    /// (e.g. "not assessed").
    TickBox(String),
    /// Blocks that end up on one page whenever they fit on one: a criterion's heading, its
    /// requirement and its first question, so a heading never sits at the foot of one page with
    /// its questions on the next.
    Together(Vec<Block>),
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    /// For amounts and other numbers, so that digits line up.
    Right,
    Center,
}

/// A table column: its header, its share of the width and its alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    /// Relative width: columns of width 2 and 1 take two thirds and one third.
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn new(header: impl Into<String>, width: f32, align: Align) -> Self {
        Column {
            header: header.into(),
            width,
            align,
        }
    }
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    /// Bold with a rule above: a total or subtotal.
    pub emphasis: bool,
}

impl Row {
    pub fn new(cells: Vec<String>) -> Self {
        Row {
            cells,
            emphasis: false,
        }
    }

    pub fn total(cells: Vec<String>) -> Self {
        Row {
            cells,
            emphasis: true,
        }
    }
}

/// A table. Rows are never split across pages (a row taller than a page is refused with
/// [`crate::PdfError::TooTall`]); the header row is repeated on every page the table continues on.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// A rating scale with a tick box per point, for interviewers to fill in by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingScale {
    pub points: Vec<ScalePoint>,
}

/// One point of a rating scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalePoint {
    /// E.g. `1`.
    pub value: String,
    /// E.g. `Onvoldoende`.
    pub label: String,
    /// The behavioural anchor, printed small under the label; empty prints nothing.
    pub description: String,
}

/// Bars drawn left to right (categories along the bottom) or top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    #[default]
    Vertical,
    Horizontal,
}

/// One series of a bar chart: a value per category.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// How value-axis numbers are written, e.g. `€ 12.500` or `£12,500`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberFormat {
    pub prefix: String,
    pub suffix: String,
    /// `.` in Dutch, `,` in English.
    pub thousands_separator: String,
    /// `,` in Dutch, `.` in English.
    pub decimal_separator: String,
}

impl NumberFormat {
    pub fn dutch() -> Self {
        NumberFormat {
            prefix: String::new(),
            suffix: String::new(),
            thousands_separator: ".".into(),
            decimal_separator: ",".into(),
        }
    }

    pub fn english() -> Self {
        NumberFormat {
            prefix: String::new(),
            suffix: String::new(),
            thousands_separator: ",".into(),
            decimal_separator: ".".into(),
        }
    }

    pub fn with_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    pub fn with_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.suffix = suffix.into();
        self
    }
}

/// A bar chart of categories x series, drawn with vector operations.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Printed above the chart; empty prints nothing.
    pub title: String,
    pub orientation: Orientation,
    /// Stack the series of a category into one bar (parts of a total) instead of side by side.
    pub stacked: bool,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// Label along the value axis, e.g. `Kosten (EUR)`.
    pub value_axis_label: String,
    /// Label along the category axis; empty prints nothing.
    pub category_axis_label: String,
    pub number_format: NumberFormat,
    /// Per category, a range `(low, high)` drawn as a whisker through the bar (a P10-P90 range,
    /// say); empty for none. Vertical charts only.
    pub whiskers: Vec<Option<(f64, f64)>>,
    /// Print each bar's total (the stack's sum, or the single value) above it. Vertical charts
    /// only.
    pub show_totals: bool,
}
