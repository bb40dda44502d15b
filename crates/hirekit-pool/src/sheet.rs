//! The recruiter's spreadsheet: one row per member with the columns recruiters keep (id, name,
//! last contact, area of interest, next action, next date, consent until), as `.xlsx` or `.csv`.
//!
//! Import changes only what a spreadsheet may change: the name of a person added by hand, the
//! area of interest, the next action and its date. The last contact is kept by `pool log` and
//! consent by `privacy consent`: a different value there is an error, never a silent change.
//! Every problem is reported with its row and column; nothing is changed while there is one.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;

use chrono::NaiveDate;
use hirekit_folder::Folder;
use hirekit_scorecard::Language;
use hirekit_text::msg;

use crate::members::View;
use crate::model::{Kind, NextAction, PoolFile};

/// The columns, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    Id,
    Name,
    LastContact,
    Area,
    NextAction,
    NextDate,
    ConsentUntil,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Id,
        Column::Name,
        Column::LastContact,
        Column::Area,
        Column::NextAction,
        Column::NextDate,
        Column::ConsentUntil,
    ];

    /// The heading in `lang`.
    pub fn heading(self, lang: Language) -> String {
        match self {
            Column::Id => msg!(lang, "pool-column-id"),
            Column::Name => msg!(lang, "pool-column-name"),
            Column::LastContact => msg!(lang, "pool-column-last-contact"),
            Column::Area => msg!(lang, "pool-column-area"),
            Column::NextAction => msg!(lang, "pool-column-next"),
            Column::NextDate => msg!(lang, "pool-column-next-date"),
            Column::ConsentUntil => msg!(lang, "pool-column-consent-until"),
        }
    }

    /// The column a heading names, in either language (a spreadsheet passes between people).
    fn of_heading(text: &str) -> Option<Column> {
        let text = text.trim().to_lowercase();
        Column::ALL.into_iter().find(|c| {
            Language::ALL
                .iter()
                .any(|l| c.heading(*l).to_lowercase() == text)
        })
    }
}

/// One row as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub last_contact: Option<NaiveDate>,
    pub area: String,
    pub next_action: Option<String>,
    pub next_date: Option<NaiveDate>,
    pub consent_until: Option<NaiveDate>,
}

/// The rows of the pool, in its order.
pub fn rows(views: &[View<'_>]) -> Vec<Row> {
    views
        .iter()
        .map(|v| Row {
            id: v.member.id.clone(),
            name: v.name.clone(),
            last_contact: v.member.last_contact().map(|c| c.on),
            area: v.member.area.clone(),
            next_action: v.member.next.as_ref().map(|n| n.action.clone()),
            next_date: v.member.next.as_ref().map(|n| n.on),
            consent_until: v.consent_until,
        })
        .collect()
}

/// A problem in one row (and column) of a spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetError {
    /// The file name as given.
    pub file: String,
    /// The row as the spreadsheet numbers it (the heading is row 1); 0 for the whole file.
    pub row: usize,
    /// The column's heading as written in the file.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, &self.column) {
            (0, _) => write!(f, "{}: {}", self.file, self.message),
            (row, Some(column)) => {
                write!(
                    f,
                    "{}: row {row}, column \"{column}\": {}",
                    self.file, self.message
                )
            }
            (row, None) => write!(f, "{}: row {row}: {}", self.file, self.message),
        }
    }
}

/// The spreadsheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Csv,
}

impl Format {
    /// The format a file name asks for, by its extension.
    pub fn of(file: &str) -> Option<Format> {
        let lower = file.to_lowercase();
        if lower.ends_with(".xlsx") {
            Some(Format::Xlsx)
        } else if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else {
            None
        }
    }
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// The spreadsheet's bytes, headings in `lang`.
pub fn write(rows: &[Row], format: Format, lang: Language) -> Result<Vec<u8>, String> {
    match format {
        Format::Csv => {
            let mut out = csv::Writer::from_writer(Vec::new());
            let headings: Vec<String> = Column::ALL.iter().map(|c| c.heading(lang)).collect();
            out.write_record(&headings).map_err(|e| e.to_string())?;
            for row in rows {
                out.write_record([
                    row.id.as_str(),
                    row.name.as_str(),
                    &date_text(row.last_contact),
                    row.area.as_str(),
                    row.next_action.as_deref().unwrap_or_default(),
                    &date_text(row.next_date),
                    &date_text(row.consent_until),
                ])
                .map_err(|e| e.to_string())?;
            }
            out.into_inner().map_err(|e| e.to_string())
        }
        Format::Xlsx => write_xlsx(rows, lang).map_err(|e| e.to_string()),
    }
}

fn write_xlsx(rows: &[Row], lang: Language) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = CellFormat::new().set_bold();
    let day = CellFormat::new().set_num_format("yyyy-mm-dd");
    for (c, column) in Column::ALL.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, column.heading(lang), &bold)?;
        sheet.set_column_width(c, 18)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        let texts = [
            (0, Some(row.id.as_str())),
            (1, Some(row.name.as_str())),
            (3, Some(row.area.as_str())),
            (4, row.next_action.as_deref()),
        ];
        for (c, text) in texts {
            if let Some(text) = text {
                sheet.write_string(r, c, text)?;
            }
        }
        for (c, date) in [
            (2, row.last_contact),
            (5, row.next_date),
            (6, row.consent_until),
        ] {
            if let Some(date) = date {
                sheet.write_datetime_with_format(r, c, date, &day)?;
            }
        }
    }
    book.save_to_buffer()
}

/// One cell as read.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Text(String),
    Date(NaiveDate),
    /// A number or anything else, as shown.
    Other(String),
}

/// The rows of a spreadsheet, each with its row number, cells by column.
type Table = Vec<(usize, BTreeMap<Column, (String, Cell)>)>;

fn read_table(bytes: &[u8], format: Format, file: &str) -> Result<Table, Vec<SheetError>> {
    let whole = |message: String| {
        vec![SheetError {
            file: file.to_owned(),
            row: 0,
            column: None,
            message,
        }]
    };
    // Rows of (row number, cells) with the heading row first.
    let mut raw: Vec<(usize, Vec<Cell>)> = Vec::new();
    match format {
        Format::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(bytes);
            for record in reader.records() {
                let record = record.map_err(|e| whole(format!("not a readable CSV file: {e}")))?;
                let line = record.position().map_or(0, |p| p.line() as usize);
                let cells = record
                    .iter()
                    .map(|t| {
                        if t.trim().is_empty() {
                            Cell::Empty
                        } else {
                            Cell::Text(t.to_owned())
                        }
                    })
                    .collect();
                raw.push((line, cells));
            }
        }
        Format::Xlsx => {
            use calamine::{Data, Reader as _, Xlsx};
            let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|e| whole(format!("not a readable .xlsx file: {e}")))?;
            let range = book
                .worksheet_range_at(0)
                .ok_or_else(|| whole("the workbook has no sheet".to_owned()))?
                .map_err(|e| whole(format!("the first sheet cannot be read: {e}")))?;
            let first_row = range.start().map_or(0, |(r, _)| r as usize);
            let first_column = range.start().map_or(0, |(_, c)| c as usize);
            for (i, row) in range.rows().enumerate() {
                let mut cells = vec![Cell::Empty; first_column];
                cells.extend(row.iter().map(|d| {
                    match d {
                        Data::Empty => Cell::Empty,
                        Data::String(s) if s.trim().is_empty() => Cell::Empty,
                        Data::String(s) => Cell::Text(s.clone()),
                        Data::DateTime(dt) => dt
                            .as_datetime()
                            .map_or_else(|| Cell::Other(dt.to_string()), |t| Cell::Date(t.date())),
                        Data::DateTimeIso(s) => Cell::Text(s.clone()),
                        other => Cell::Other(other.to_string()),
                    }
                }));
                raw.push((first_row + i + 1, cells));
            }
        }
    }
    let mut rows = raw.into_iter();
    let Some((_, heading)) = rows.next() else {
        return Err(whole(
            "the file is empty: the first row names the columns".to_owned(),
        ));
    };
    let mut columns: Vec<Option<(Column, String)>> = Vec::new();
    let mut problems = Vec::new();
    for cell in &heading {
        let text = match cell {
            Cell::Text(t) => t.trim().to_owned(),
            _ => String::new(),
        };
        columns.push(Column::of_heading(&text).map(|c| (c, text)));
    }
    for needed in [Column::Id, Column::Area] {
        if !columns.iter().flatten().any(|(c, _)| *c == needed) {
            problems.push(SheetError {
                file: file.to_owned(),
                row: 1,
                column: None,
                message: format!(
                    "no column \"{}\": the first row names the columns ({})",
                    needed.heading(Language::En),
                    Column::ALL
                        .iter()
                        .map(|c| format!("\"{}\"", c.heading(Language::En)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut table = Vec::new();
    for (number, cells) in rows {
        if cells.iter().all(|c| *c == Cell::Empty) {
            continue;
        }
        let mut row = BTreeMap::new();
        for (cell, column) in cells.into_iter().zip(&columns) {
            if let Some((column, heading)) = column {
                row.insert(*column, (heading.clone(), cell));
            }
        }
        table.push((number, row));
    }
    Ok(table)
}

/// The pool with the spreadsheet `bytes` (named `file`) applied, and the number of members
/// changed; or every problem with its row and column. `views` are the members of `pool`.
pub fn import(
    pool: &PoolFile,
    views: &[View<'_>],
    folder: &Folder,
    bytes: &[u8],
    format: Format,
    file: &str,
) -> Result<(PoolFile, usize), Vec<SheetError>> {
    let table = read_table(bytes, format, file)?;
    let mut problems = Vec::new();
    let mut changes: Vec<(String, Option<String>, String, Option<NextAction>)> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (number, cells) in &table {
        let mut error = |column: Column, message: String| {
            problems.push(SheetError {
                file: file.to_owned(),
                row: *number,
                column: Some(
                    cells
                        .get(&column)
                        .map_or_else(|| column.heading(Language::En), |(h, _)| h.clone()),
                ),
                message,
            });
        };
        let text = |column: Column| match cells.get(&column).map(|(_, c)| c) {
            None | Some(Cell::Empty) => None,
            Some(Cell::Text(t) | Cell::Other(t)) => Some(t.trim().to_owned()),
            Some(Cell::Date(d)) => Some(d.to_string()),
        };
        let date = |column: Column| -> Result<Option<NaiveDate>, String> {
            match cells.get(&column).map(|(_, c)| c) {
                None | Some(Cell::Empty) => Ok(None),
                Some(Cell::Date(d)) => Ok(Some(*d)),
                Some(Cell::Text(t) | Cell::Other(t)) => {
                    NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
                        .map(Some)
                        .map_err(|_| {
                            format!(
                                "“{}” is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15",
                                t.trim()
                            )
                        })
                }
            }
        };
        let Some(id) = text(Column::Id) else {
            error(
                Column::Id,
                "no id: every row starts with the member's id (from `hirekit pool export`)"
                    .to_owned(),
            );
            continue;
        };
        if let Some(earlier) = seen.insert(id.clone(), *number) {
            error(
                Column::Id,
                format!("`{id}` is also on row {earlier}: one row per member"),
            );
            continue;
        }
        let Some(view) = views.iter().find(|v| v.member.id == id) else {
            error(
                Column::Id,
                format!(
                    "`{id}` is not in the talent pool: a spreadsheet changes members, it does not add them; add people with `hirekit pool add`, which checks their consent"
                ),
            );
            continue;
        };
        let member = view.member;
        let mut name = None;
        if let Some(given) = text(Column::Name)
            && given != view.name
        {
            if member.kind == Kind::Candidate {
                error(
                    Column::Name,
                    format!(
                        "“{given}” differs from the candidate's name “{}”: a candidate's name is changed in candidate.yaml",
                        view.name
                    ),
                );
            } else {
                name = Some(given);
            }
        }
        let area = match text(Column::Area) {
            None => {
                error(
                    Column::Area,
                    "empty: the area of interest is a scorecard id".to_owned(),
                );
                member.area.clone()
            }
            Some(area) => match crate::members::area_scorecard(folder, &area) {
                Ok(card) => card.id.clone(),
                Err(refused) => {
                    error(Column::Area, refused.0);
                    member.area.clone()
                }
            },
        };
        let kept = [
            (
                Column::LastContact,
                member.last_contact().map(|c| c.on),
                "hirekit pool log",
            ),
            (
                Column::ConsentUntil,
                view.consent_until,
                "hirekit privacy consent",
            ),
        ];
        for (column, current, command) in kept {
            if !cells.contains_key(&column) {
                continue;
            }
            match date(column) {
                Err(message) => error(column, message),
                Ok(given) if given != current => error(
                    column,
                    format!(
                        "{} differs from the record ({}): this column is kept by `{command}`, not by the spreadsheet",
                        given.map_or_else(|| "an empty cell".to_owned(), |d| d.to_string()),
                        current.map_or_else(|| "none".to_owned(), |d| d.to_string())
                    ),
                ),
                Ok(_) => {}
            }
        }
        let action = text(Column::NextAction);
        let next = match (action, date(Column::NextDate)) {
            (_, Err(message)) => {
                error(Column::NextDate, message);
                member.next.clone()
            }
            (None, Ok(None)) => None,
            (Some(action), Ok(Some(on))) => Some(NextAction { action, on }),
            (Some(_), Ok(None)) => {
                error(
                    Column::NextDate,
                    "empty, while there is a next action: give it a day (YYYY-MM-DD)".to_owned(),
                );
                member.next.clone()
            }
            (None, Ok(Some(_))) => {
                error(
                    Column::NextAction,
                    "empty, while there is a next date: say what to do on that day".to_owned(),
                );
                member.next.clone()
            }
        };
        changes.push((id, name, area, next));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut pool = pool.clone();
    let mut changed = 0;
    for (id, name, area, next) in changes {
        let Some(member) = pool.member_mut(&id) else {
            continue;
        };
        let before = member.clone();
        if let Some(name) = name {
            member.name = Some(name);
        }
        member.area = area;
        member.next = next;
        changed += usize::from(*member != before);
    }
    Ok((pool, changed))
}
