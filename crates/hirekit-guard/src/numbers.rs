//! Numbers written in digits or in words, of any size, for the `#` of the phrase lists.
//!
//! Age hides in numbers: "ouder dan vijftig", "vijfenveertig", "over sixty", "forty-five",
//! "born in nineteen seventy". Dutch writes a number as one word ("vijfenveertig",
//! "negentienzeventig", "tweeënvijftig" — folded to "tweeenvijftig"); English as several
//! ("forty five", "forty-five", "one hundred and five"). Digits are one word ("45", "1970").

const NL_UNITS: [&str; 9] = [
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
];
const NL_TEENS: [&str; 10] = [
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
];
const NL_TENS: [&str; 8] = [
    "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
];
const EN_WORDS: [&str; 30] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
];

/// Whether a folded word is a number on its own: digits, an English number word, or a Dutch
/// number of any size written as one word.
pub(crate) fn is_number(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || is_english_word(word)
        || dutch(word)
}

/// Whether a folded word is one of the English number words that combine with the next
/// ("forty" + "five", "nineteen" + "seventy", "one" + "hundred").
pub(crate) fn is_english_word(word: &str) -> bool {
    EN_WORDS.contains(&word)
}

/// A Dutch number word: "vijf", "vijfenveertig", "honderdtwintig", "negentienzeventig",
/// "tweeduizend", "tweeëntwintig" (folded: "tweeentwintig").
fn dutch(word: &str) -> bool {
    !word.is_empty() && (below_thousand(word) || thousands(word) || year(word))
}

fn below_hundred(word: &str) -> bool {
    if NL_UNITS.contains(&word) || NL_TEENS.contains(&word) || NL_TENS.contains(&word) {
        return true;
    }
    // "vijfenveertig", "eenentwintig", "tweeentwintig"
    NL_UNITS.iter().any(|unit| {
        word.strip_prefix(unit)
            .and_then(|rest| rest.strip_prefix("en"))
            .is_some_and(|tens| NL_TENS.contains(&tens))
    })
}

fn below_thousand(word: &str) -> bool {
    if below_hundred(word) {
        return true;
    }
    // "honderd", "tweehonderd", "honderdvijftig", "driehonderdeen"
    let Some(at) = word.find("honderd") else {
        return false;
    };
    let (before, after) = (&word[..at], &word[at + "honderd".len()..]);
    (before.is_empty() || NL_UNITS.contains(&before)) && (after.is_empty() || below_hundred(after))
}

fn thousands(word: &str) -> bool {
    let Some(at) = word.find("duizend") else {
        return false;
    };
    let (before, after) = (&word[..at], &word[at + "duizend".len()..]);
    (before.is_empty() || below_thousand(before)) && (after.is_empty() || below_thousand(after))
}

/// Years the way they are said: "negentienzeventig", "negentienachtentachtig".
fn year(word: &str) -> bool {
    NL_TEENS.iter().any(|teen| {
        word.strip_prefix(teen)
            .is_some_and(|rest| !rest.is_empty() && below_hundred(rest))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_every_size() {
        for yes in [
            "5",
            "1970",
            "vijf",
            "vijftig",
            "vijfenveertig",
            "tweeentwintig",
            "eenenzestig",
            "honderd",
            "honderdvijftig",
            "tweehonderd",
            "negentienzeventig",
            "negentienachtentachtig",
            "tweeduizend",
            "tweeduizendacht",
            "forty",
            "sixty",
            "nineteen",
            "hundred",
        ] {
            assert!(is_number(yes), "{yes}");
        }
        for no in [
            "",
            "5a",
            "team",
            "vijfde",
            "veertiger",
            "tienen",
            "honderden",
            "fifties",
            "en",
            "tweeen",
        ] {
            assert!(!is_number(no), "{no}");
        }
    }
}
