//! The two letter languages, and a cautious guess of which one a text is in.

pub use hirekit_language::Language;

/// Guesses the language of a letter from its most common short words. Returns `None` unless
/// one language clearly dominates (at least three marker words and twice as many as the
/// other), so that a short or mixed text is checked against both phrase lists instead.
pub fn guess(text: &str) -> Option<Language> {
    // Words that are frequent in one language and absent from the other; "in", "is", "we"
    // and "me" are left out because both languages use them.
    const DUTCH: &[&str] = &[
        "de",
        "het",
        "een",
        "en",
        "van",
        "ik",
        "je",
        "jij",
        "u",
        "uw",
        "wij",
        "niet",
        "dat",
        "die",
        "met",
        "voor",
        "op",
        "ook",
        "maar",
        "naar",
        "bij",
        "om",
        "zijn",
        "hebben",
        "graag",
        "helaas",
        "bedankt",
        "groet",
        "hartelijk",
        "gesprek",
    ];
    const ENGLISH: &[&str] = &[
        "the",
        "and",
        "of",
        "to",
        "you",
        "your",
        "i",
        "not",
        "that",
        "with",
        "for",
        "on",
        "also",
        "but",
        "at",
        "are",
        "have",
        "be",
        "thank",
        "regards",
        "unfortunately",
        "interview",
        "would",
        "our",
    ];
    let (mut nl, mut en) = (0usize, 0usize);
    let words = crate::text::words(text);
    for word in words.iter() {
        let folded = words.folded(word);
        if DUTCH.contains(&folded) {
            nl += 1;
        }
        if ENGLISH.contains(&folded) {
            en += 1;
        }
    }
    if nl >= 3 && nl >= 2 * en {
        Some(Language::Nl)
    } else if en >= 3 && en >= 2 * nl {
        Some(Language::En)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_only_when_clear() {
        assert_eq!(
            guess("Beste Zoë, helaas hebben wij gekozen voor een andere kandidaat."),
            Some(Language::Nl)
        );
        assert_eq!(
            guess("Dear Zoë, thank you for your time and the interview."),
            Some(Language::En)
        );
        assert_eq!(guess("Kubernetes, Go, Rust"), None);
        assert_eq!(guess("de the en and van of"), None);
    }

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("EN"), Some(Language::En));
        assert_eq!(Language::from_code("de"), None);
    }
}
