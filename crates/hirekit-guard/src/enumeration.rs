//! Equal-opportunity statements: "All qualified applicants will receive consideration without
//! regard to race, religion, sex, age, disability …", "ongeacht gender, afkomst, beperking of
//! geloof". Such a sentence lists the protected grounds to say that none of them counts; it is
//! boilerplate of real vacancy and rejection templates, not a reason about the candidate.
//!
//! The rule is narrow on purpose: a sentence is such a statement only when it names at least
//! [`MIN_GROUNDS`] different grounds *and* holds one of the [`MARKERS`] that say the grounds do
//! not count. "You are too old, a woman and foreign" names three grounds but no marker, so its
//! findings stay.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::lists::List;
use crate::matcher::Hit;

/// How many different grounds a sentence names before it can be a list of grounds.
const MIN_GROUNDS: usize = 3;

/// Words that say the grounds that follow do not count, folded to lower case. Matched as whole
/// words on the sentence's lower-cased text.
const MARKERS: [&str; 13] = [
    "without regard to",
    "regardless of",
    "irrespective of",
    "protected characteristic",
    "protected characteristics",
    "equal opportunity",
    "equal employment opportunity",
    "prohibit discrimination",
    "ongeacht",
    "zonder onderscheid",
    "zonder aanzien",
    "gelijke kansen",
    "gelijke behandeling",
];

/// `hits` without the ground findings inside equal-opportunity statements.
pub(crate) fn drop_statements(text: &str, hits: Vec<Hit>, lists: &[List]) -> Vec<Hit> {
    let ground_of = |hit: &Hit| {
        lists
            .get(hit.list)
            .and_then(|l| l.rules.get(hit.rule))
            .and_then(|r| r.ground)
    };
    // Most letters name no ground at all, or one or two: nothing to look at.
    let grounds: BTreeSet<_> = hits.iter().filter_map(ground_of).collect();
    if grounds.len() < MIN_GROUNDS {
        return hits;
    }
    let statements: Vec<Range<usize>> = sentences(text)
        .filter(|sentence| {
            let named: BTreeSet<_> = hits
                .iter()
                .filter(|h| h.span.start >= sentence.start && h.span.end <= sentence.end)
                .filter_map(ground_of)
                .collect();
            named.len() >= MIN_GROUNDS
                && text
                    .get(sentence.clone())
                    .is_some_and(|s| has_marker(&crate::normalise(s).to_lowercase()))
        })
        .collect();
    if statements.is_empty() {
        return hits;
    }
    hits.into_iter()
        .filter(|h| {
            ground_of(h).is_none()
                || !statements
                    .iter()
                    .any(|s| h.span.start >= s.start && h.span.end <= s.end)
        })
        .collect()
}

/// Byte ranges of the sentences of `text`: ended by `.`, `!`, `?`, `;` or a blank line.
fn sentences(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    let mut ends: Vec<usize> = text
        .match_indices(['.', '!', '?', ';'])
        .map(|(at, _)| at + 1)
        .chain(text.match_indices("\n\n").map(|(at, _)| at + 1))
        .collect();
    ends.sort_unstable();
    ends.push(text.len());
    ends.into_iter().filter_map(move |end| {
        let range = start..end;
        start = end;
        (!range.is_empty()).then_some(range)
    })
}

fn has_marker(sentence: &str) -> bool {
    MARKERS.iter().any(|marker| {
        sentence.match_indices(marker).any(|(at, _)| {
            let before = sentence[..at].chars().next_back();
            let after = sentence[at + marker.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_and_blank_lines() {
        let text = "A b. C d; e\n\nF";
        let parts: Vec<&str> = sentences(text).map(|r| &text[r]).collect();
        assert_eq!(parts, ["A b.", " C d;", " e\n", "\nF"]);
    }

    #[test]
    fn markers_are_whole_words() {
        assert!(has_marker("we hire without regard to race"));
        assert!(has_marker("ongeacht afkomst"));
        assert!(!has_marker("zongeachte"));
    }
}
