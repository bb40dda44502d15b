//! Folding a character to the form the phrase lists are written in, so that a disguised word
//! reads as the word it imitates.
//!
//! Each character of a word is folded on its own, which keeps a map from every folded word back to
//! the bytes of the original text (findings point at the letter as written):
//!
//! 1. **Compatibility decomposition (NFKD).** Fullwidth "ｐｒｅｇｎａｎｔ" becomes "pregnant", the
//!    ligature "ﬁ" becomes "fi", "é" becomes "e" plus a combining accent. NFKD rather than NFKC
//!    because the next step drops the accents NFKC would put back.
//! 2. **Combining marks dropped.** "zwa̷nger" and "oriëntatie" read as "zwanger" and "orientatie";
//!    the phrase lists are folded the same way, so "hindoeïstisch" in a list still matches.
//! 3. **Lower case.**
//! 4. **Confusable skeleton** (Unicode TS #39, through `unicode-security`), for characters outside
//!    ASCII only, and only where the skeleton is a plain Latin letter: the Cyrillic "о" and the
//!    Greek "ο" in "tοo оld" become "o". ASCII is left alone because the full skeleton also maps
//!    "m" to "rn" and "0" to "O", which would break numbers and is not needed for Latin text.
//!
//! Characters that have no place in a letter — bidirectional overrides and zero-width characters —
//! are recognised here too: the tokeniser skips them inside a word and the guard reports them.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_security::confusable_detection::skeleton;

/// Bidirectional controls (which can reorder what a reader sees) and zero-width characters (which
/// can split a word so that no list matches it). Invisible, and never needed in a letter.
pub(crate) fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'      // zero-width space, (non-)joiner, left/right-to-left mark
        | '\u{202A}'..='\u{202E}'    // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'    // word joiner, invisible operators
        | '\u{2066}'..='\u{2069}'    // bidi isolates
        | '\u{061C}'                 // Arabic letter mark
        | '\u{180E}'                 // Mongolian vowel separator
        | '\u{FEFF}') // zero-width no-break space (a byte-order mark inside text)
}

/// A soft hyphen: invisible, but a word processor's legitimate hyphenation hint, so it is removed
/// from words without being reported.
pub(crate) fn is_soft_hyphen(c: char) -> bool {
    c == '\u{AD}'
}

/// Whether `c` belongs to a word: letters and digits in any script, and combining marks (which
/// fold away but must not split "zoe\u{308}" in two).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Appends the folded form of `c` (steps 1–4 above) to `out`; nothing for a combining mark.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) || !d.is_alphanumeric() {
            return;
        }
        for lower in d.to_lowercase() {
            push_skeleton(lower, out);
        }
    });
}

/// Folds a whole string (a phrase-list word), keeping characters that are not letters as they are.
pub(crate) fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_word_char(c) {
            fold_char(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn push_skeleton(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    let mut buffer = [0u8; 4];
    let mut latin = [0u8; 8];
    let mut len = 0;
    for k in skeleton(c.encode_utf8(&mut buffer)) {
        if !k.is_ascii_alphabetic() || len == latin.len() {
            out.push(c);
            return;
        }
        latin[len] = k.to_ascii_lowercase() as u8;
        len += 1;
    }
    if len == 0 {
        out.push(c);
    } else {
        out.extend(latin[..len].iter().map(|&b| char::from(b)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disguises_fold_to_plain_latin() {
        assert_eq!(fold_str("ｐｒｅｇｎａｎｔ"), "pregnant");
        assert_eq!(fold_str("ﬁfty"), "fifty");
        assert_eq!(fold_str("t\u{43E}\u{3BF} \u{43E}ld"), "too old");
        assert_eq!(fold_str("zwa\u{301}nger"), "zwanger");
        assert_eq!(
            fold_str("Hindoeïstisch ORIËNTATIE"),
            "hindoeistisch orientatie"
        );
        assert_eq!(fold_str("ĳ"), "ij");
        assert_eq!(fold_str("m0 1l"), "m0 1l");
    }

    #[test]
    fn hidden_characters_are_recognised() {
        for c in ['\u{200B}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{200F}'] {
            assert!(is_hidden(c), "{c:?}");
        }
        assert!(!is_hidden('\u{AD}') && is_soft_hyphen('\u{AD}'));
        assert!(!is_hidden(' ') && !is_hidden('a'));
    }
}
