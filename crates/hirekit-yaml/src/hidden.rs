//! Characters that have no place in a name, title, address or other one-line text shown in a
//! letter, an e-mail header or a terminal: they hide, reorder or break the text.

/// The first character of `value` that has no place in a name, address or other one-line text
/// shown in a letter or an e-mail header: a control character (line breaks, escape sequences),
/// a bidirectional override or isolate (which make text display in another order than it is
/// stored, "Trojan Source"), or an invisible zero-width character.
pub fn hidden_character(value: &str) -> Option<char> {
    value.chars().find(|&c| is_hidden(c))
}

fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{2028}' | '\u{2029}'  // line and paragraph separators: line breaks in disguise
            | '\u{200B}'..='\u{200F}'   // zero-width space, (non-)joiner, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidirectional embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidirectional isolates
            | '\u{FEFF}'              // zero-width no-break space (BOM)
            | '\u{00AD}'              // soft hyphen
            | '\u{061C}'              // Arabic letter mark
            | '\u{180E}'              // Mongolian vowel separator
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
            | '\u{E0000}'..='\u{E007F}' // tag characters: invisible letters
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers: blank letters
            | '\u{2800}'             // braille blank
        )
}

/// A readable name for a hidden character in an error message: `U+202E (right-to-left
/// override)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\n' => "line break",
        '\r' => "carriage return",
        '\t' => "tab",
        '\u{1B}' => "escape",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' | '\u{200F}' | '\u{061C}' => "direction mark",
        '\u{202A}'..='\u{202E}' => "bidirectional override",
        '\u{2066}'..='\u{2069}' => "bidirectional isolate",
        '\u{FEFF}' => "zero-width no-break space",
        '\u{00AD}' => "soft hyphen",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        c if c.is_control() => "control character",
        _ => "invisible character",
    };
    format!("U+{:04X} ({name})", u32::from(c))
}

/// Whether `value` shows nothing at all: empty, or only spaces of any kind (U+3000, U+00A0...).
pub fn looks_blank(value: &str) -> bool {
    value.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_found() {
        assert_eq!(hidden_character("Zoë van der Berg"), None);
        assert_eq!(hidden_character("Şükrü Yılmaz"), None);
        assert_eq!(hidden_character("Олена Шевченко"), None);
        assert_eq!(hidden_character("Bob\u{1B}[31m"), Some('\u{1B}'));
        assert_eq!(hidden_character("Kanaal\r\nBcc: x@y.z"), Some('\r'));
        assert_eq!(hidden_character("abc\u{202E}fdp.exe"), Some('\u{202E}'));
        assert_eq!(hidden_character("a\u{200B}b"), Some('\u{200B}'));
        assert_eq!(hidden_character("\u{2028}Bcc: a@b.c"), Some('\u{2028}'));
        assert_eq!(hidden_character("\u{E0041}\u{E0042}"), Some('\u{E0041}'));
        assert_eq!(hidden_character("Jan\u{3164}"), Some('\u{3164}'));
        assert_eq!(describe('\u{202E}'), "U+202E (bidirectional override)");
        assert!(looks_blank("\u{3000}"));
        assert!(!looks_blank("Jan"));
    }
}
