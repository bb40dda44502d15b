//! The spreadsheet as the rules see it: an `.xlsx` whose date cells are real dates, edited and read
//! back; located errors in either language's headings.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use hirekit_pool::model::{Kind, Member, NextAction, PoolFile};
use hirekit_pool::sheet::{self, Format, Row, SheetError};
use hirekit_privacy::consent::{Answer, Channel, ConsentEntry, ConsentLog, Purpose};
use hirekit_scorecard::Language;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn folder() -> hirekit_folder::Folder {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hiring");
    hirekit_folder::open(&root, &|_| true, day("2027-05-01"))
        .unwrap()
        .0
}

fn pool() -> PoolFile {
    PoolFile {
        members: vec![Member {
            id: "p-001".to_owned(),
            kind: Kind::Event,
            name: Some("Noor Vermeulen".to_owned()),
            given_name: Some("Noor".to_owned()),
            language: Some(Language::Nl),
            area: "senior-backend-developer".to_owned(),
            added_on: day("2026-12-01"),
            reconnect_on: None,
            strengths: vec!["api-design".to_owned()],
            consent: vec![ConsentEntry {
                on: day("2026-12-01"),
                answer: Answer::Given,
                how: Channel::Conversation,
                purpose: Purpose::TalentPool,
                until: Some(day("2027-12-01")),
            }],
            contacts: Vec::new(),
            next: None,
            drafts: Vec::new(),
        }],
    }
}

fn no_candidates(_: &str) -> ConsentLog {
    ConsentLog::default()
}

#[test]
fn an_edited_xlsx_comes_back_with_its_date_cells() {
    let folder = folder();
    let pool = pool();
    let views = hirekit_pool::members::views(&pool, &folder, &no_candidates, day("2027-05-01"));
    let mut rows = sheet::rows(&views);
    assert_eq!(
        rows,
        vec![Row {
            id: "p-001".to_owned(),
            name: "Noor Vermeulen".to_owned(),
            last_contact: None,
            area: "senior-backend-developer".to_owned(),
            next_action: None,
            next_date: None,
            consent_until: Some(day("2027-12-01")),
        }]
    );
    // Unchanged: nothing changes.
    let bytes = sheet::write(&rows, Format::Xlsx, Language::Nl).unwrap();
    let (same, changed) =
        sheet::import(&pool, &views, &folder, &bytes, Format::Xlsx, "pool.xlsx").unwrap();
    assert_eq!((same, changed), (pool.clone(), 0));
    // The recruiter plans the next step in the spreadsheet (Dutch headings).
    rows[0].next_action = Some("uitnodigen voor de Go-meetup".to_owned());
    rows[0].next_date = Some(day("2027-06-15"));
    rows[0].name = "Noor Vermeulen-de Vries".to_owned();
    let bytes = sheet::write(&rows, Format::Xlsx, Language::Nl).unwrap();
    let (after, changed) =
        sheet::import(&pool, &views, &folder, &bytes, Format::Xlsx, "pool.xlsx").unwrap();
    assert_eq!(changed, 1);
    let member = &after.members[0];
    assert_eq!(
        member.next,
        Some(NextAction {
            action: "uitnodigen voor de Go-meetup".to_owned(),
            on: day("2027-06-15"),
        })
    );
    assert_eq!(member.name.as_deref(), Some("Noor Vermeulen-de Vries"));
}

#[test]
fn problems_are_named_by_row_and_the_column_as_headed() {
    let folder = folder();
    let pool = pool();
    let views = hirekit_pool::members::views(&pool, &folder, &no_candidates, day("2027-05-01"));
    let mut rows = sheet::rows(&views);
    rows[0].next_action = Some("bellen".to_owned());
    rows[0].consent_until = Some(day("2028-01-01"));
    let bytes = sheet::write(&rows, Format::Xlsx, Language::Nl).unwrap();
    let problems =
        sheet::import(&pool, &views, &folder, &bytes, Format::Xlsx, "pool.xlsx").unwrap_err();
    let shown: Vec<String> = problems.iter().map(SheetError::to_string).collect();
    assert_eq!(
        shown,
        [
            "pool.xlsx: row 2, column \"toestemming tot\": 2028-01-01 differs from the record (2027-12-01): this column is kept by `hirekit privacy consent`, not by the spreadsheet",
            "pool.xlsx: row 2, column \"volgende datum\": empty, while there is a next action: give it a day (YYYY-MM-DD)",
        ]
    );
    // A file without the columns that identify a row.
    let problems = sheet::import(
        &pool,
        &views,
        &folder,
        b"naam\nNoor\n",
        Format::Csv,
        "pool.csv",
    )
    .unwrap_err();
    assert_eq!(
        problems
            .iter()
            .map(SheetError::to_string)
            .collect::<Vec<_>>(),
        [
            "pool.csv: row 1: no column \"id\": the first row names the columns (\"id\", \"name\", \"last contact\", \"area of interest\", \"next action\", \"next date\", \"consent until\")",
            "pool.csv: row 1: no column \"area of interest\": the first row names the columns (\"id\", \"name\", \"last contact\", \"area of interest\", \"next action\", \"next date\", \"consent until\")",
        ]
    );
}
