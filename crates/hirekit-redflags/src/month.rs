//! Calendar months (`YYYY-MM`): CVs and release tables are only as precise as a month.

use std::fmt;

use chrono::{Datelike as _, NaiveDate};

/// A calendar month such as `2019-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// `None` unless `month` is 1–12 and the year is a plausible four-digit year.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1000..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
    }

    /// Parses exactly `YYYY-MM`.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (year, month) = text.trim().split_once('-')?;
        if year.len() != 4
            || month.len() != 2
            || !year
                .bytes()
                .chain(month.bytes())
                .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        YearMonth::new(year.parse().ok()?, month.parse().ok()?)
    }

    /// The month `date` falls in.
    pub fn of(date: NaiveDate) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    /// Months since year 0: subtracting two of these gives the months between them.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_year_dash_month() {
        assert_eq!(YearMonth::parse("2019-03"), YearMonth::new(2019, 3));
        for bad in [
            "2019-3",
            "2019-13",
            "2019-00",
            "19-03",
            "2019-03-01",
            "2019/03",
            "maart 2019",
            "",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn months_between() {
        let a = YearMonth::new(2014, 6).unwrap();
        let b = YearMonth::new(2026, 11).unwrap();
        assert_eq!(a.months_until(b), 149);
        assert_eq!(b.months_until(a), -149);
        assert_eq!(a.to_string(), "2014-06");
    }
}
