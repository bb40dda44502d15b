//! The embedded fonts, their glyph advances, and the check that every character can be printed.

use printpdf::ParsedFont;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::error::PdfError;

/// DejaVu Sans: covers Latin (with Vietnamese), Greek and Cyrillic, so every name in a Dutch
/// workforce that is written in those scripts prints as written. Licence: `fonts/LICENSE`.
const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Code points below this are looked up in tables built once; the font's cmap is asked only
/// for the rest. Covers every [`is_everyday`] character.
const TABLE_LEN: usize = 0x2800;
const NO_GLYPH: u16 = u16::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// The characters of the everyday face: Latin (with Vietnamese), Greek, Cyrillic, punctuation,
/// currency, arrows, and the boxes and ticks of forms.
///
/// Subsetting reads the whole character map and glyph index of the font it cuts from, for every
/// document; cutting from a face of 2,225 glyphs instead of DejaVu's 6,253 is what keeps a
/// letter under two milliseconds. A document with a character outside these blocks (DejaVu also
/// has Armenian, Georgian, mathematics, ...) is cut from the full face instead: slower, not wrong.
fn is_everyday(code: u32) -> bool {
    matches!(code,
        0x20..=0x7E | 0xA0..=0x052F     // Latin, IPA, combining marks, Greek, Cyrillic
        | 0x1E00..=0x1FFF               // Latin Extended Additional (Vietnamese), Greek Extended
        | 0x2000..=0x206F               // General Punctuation
        | 0x20A0..=0x20CF               // currency
        | 0x2100..=0x21FF               // letterlike symbols, number forms, arrows
        | 0x2212 | 0x2248 | 0x2260 | 0x2264 | 0x2265
        | 0x25A0..=0x25FF               // geometric shapes
        | 0x2610..=0x2612 | 0x2713..=0x2718 // ballot boxes, check marks
    )
}

/// One font face with its advances in thousandths of an em.
///
/// Thousandths, truncated, because that is exactly what printpdf writes into the PDF's `/W`
/// widths array: measuring with the same integers means a line we measured as fitting is the
/// line the viewer draws, to the last glyph.
pub(crate) struct Face {
    /// The whole font (after [`crate::sfnt::slim`]).
    pub(crate) full: ParsedFont,
    /// The same font cut to the [`is_everyday`] characters.
    pub(crate) everyday: ParsedFont,
    units_per_em: f32,
    table: Vec<u16>,
    /// For code points below `TABLE_LEN`: whether the everyday face has the character.
    in_everyday: Vec<bool>,
}

impl Face {
    fn load(bytes: &[u8], name: &str) -> Result<Face, PdfError> {
        let font_error = |e: String| PdfError::Font(format!("{name}: {e}"));
        let slim = crate::sfnt::slim(bytes).map_err(font_error)?;
        let parse = |bytes: &[u8]| {
            let mut warnings = Vec::new();
            ParsedFont::from_bytes(bytes, 0, &mut warnings)
                .ok_or_else(|| PdfError::Font(format!("{name} could not be parsed")))
        };
        let full = parse(&slim)?;
        let units_per_em = f32::from(full.pdf_font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(PdfError::Font(format!("{name} has no units per em")));
        }
        let mut glyphs = std::collections::BTreeMap::new();
        for code in (0..TABLE_LEN as u32).filter(|c| is_everyday(*c)) {
            if let (Some(gid), Some(ch)) = (full.lookup_glyph_index(code), char::from_u32(code))
                && gid != 0
            {
                glyphs.entry(gid).or_insert_with(|| ch.to_string());
            }
        }
        let everyday = parse(
            &printpdf::subset_font(&full, &glyphs)
                .map_err(font_error)?
                .bytes,
        )?;
        let mut face = Face {
            full,
            everyday,
            units_per_em,
            table: Vec::new(),
            in_everyday: Vec::new(),
        };
        face.table = (0..TABLE_LEN as u32)
            .map(|code| face.lookup(code).unwrap_or(NO_GLYPH))
            .collect();
        face.in_everyday = (0..TABLE_LEN as u32)
            .map(|code| matches!(face.everyday.lookup_glyph_index(code), Some(gid) if gid != 0))
            .collect();
        Ok(face)
    }

    /// The face to embed for a document showing `chars`: the everyday one when it has them all.
    pub(crate) fn for_chars<'a>(&self, mut chars: impl Iterator<Item = &'a char>) -> &ParsedFont {
        let everyday = chars.all(|&c| self.in_everyday.get(c as usize).copied().unwrap_or(false));
        if everyday { &self.everyday } else { &self.full }
    }

    fn lookup(&self, code: u32) -> Option<u16> {
        match self.full.lookup_glyph_index(code) {
            Some(gid) if gid != 0 => {
                let advance = f32::from(self.full.get_horizontal_advance(gid));
                // Truncation mirrors printpdf's `/W` computation (see the type's comment).
                Some((advance * 1000.0 / self.units_per_em) as u16)
            }
            _ => None,
        }
    }

    /// Advance of `ch` in thousandths of an em, or `None` when the font has no glyph for it.
    pub(crate) fn advance(&self, ch: char) -> Option<u16> {
        let code = ch as usize;
        if code < TABLE_LEN {
            match self.table[code] {
                NO_GLYPH => None,
                advance => Some(advance),
            }
        } else {
            self.lookup(code as u32)
        }
    }
}

/// The two faces a document uses.
pub(crate) struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl Fonts {
    pub(crate) fn load() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::load(REGULAR_TTF, "DejaVu Sans")?,
            bold: Face::load(BOLD_TTF, "DejaVu Sans Bold")?,
        })
    }

    pub(crate) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Width of `text` in points at `size`. Characters without a glyph count as zero: every
    /// text is checked by [`Fonts::prepare`] before it is measured.
    pub(crate) fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let face = self.face(weight);
        let thousandths: u32 = text
            .chars()
            .map(|c| u32::from(face.advance(c).unwrap_or(0)))
            .sum();
        thousandths as f32 * size / 1000.0
    }

    /// Width of one character in points at `size`.
    pub(crate) fn char_width(&self, ch: char, weight: Weight, size: f32) -> f32 {
        f32::from(self.face(weight).advance(ch).unwrap_or(0)) * size / 1000.0
    }

    /// Makes `text` printable in `weight`, or says which character cannot be printed.
    ///
    /// - NFC, so that a letter and its combining accent become the one precomposed character
    ///   the font has a glyph for, and extract from the PDF as one character;
    /// - tabs become spaces; other control characters, soft hyphens, zero-width characters
    ///   and direction marks are dropped (they have no visible form to print);
    /// - right-to-left and shaping scripts are refused ([`PdfError::UnsupportedScript`]);
    /// - any other character must have a glyph, or [`PdfError::MissingGlyph`] is returned.
    ///
    /// `\n` is kept: paragraphs use it as a line break.
    pub(crate) fn prepare(&self, text: &str, weight: Weight) -> Result<String, PdfError> {
        let face = self.face(weight);
        let normalized: std::borrow::Cow<'_, str> = match is_nfc_quick(text.chars()) {
            IsNormalized::Yes => text.into(),
            _ => text.nfc().collect::<String>().into(),
        };
        let mut out = String::with_capacity(normalized.len());
        for ch in normalized.chars() {
            match ch {
                '\n' => out.push('\n'),
                '\t' => out.push(' '),
                c if is_invisible(c) => {}
                c if needs_shaping(c) => {
                    return Err(PdfError::UnsupportedScript {
                        ch: c,
                        context: context(text, c),
                    });
                }
                c => {
                    if face.advance(c).is_none() {
                        return Err(PdfError::MissingGlyph {
                            ch: c,
                            context: context(text, c),
                        });
                    }
                    out.push(c);
                }
            }
        }
        Ok(out)
    }
}

/// Characters with no visible form that are safe to drop.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}'                  // soft hyphen: we do not hyphenate
            | '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}'   // bidi embedding controls
            | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}'   // bidi isolates
            | '\u{FEFF}'                // byte order mark
        )
}

/// Scripts written right to left or needing contextual shaping. DejaVu has glyphs for some of
/// them (Hebrew, basic Arabic), but placing those glyphs left to right in isolated forms would
/// print a name that its owner cannot read — so they are refused instead.
fn needs_shaping(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'         // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, ...
        | '\u{0900}'..='\u{0DFF}'       // Indic scripts
        | '\u{FB1D}'..='\u{FDFF}'       // Hebrew and Arabic presentation forms
        | '\u{FE70}'..='\u{FEFF}'
    )
}

/// Up to 60 characters around the first `ch` in `text`, to say where the problem is.
fn context(text: &str, ch: char) -> String {
    const HALF: usize = 30;
    let chars: Vec<char> = text.chars().collect();
    let at = chars.iter().position(|&c| c == ch).unwrap_or(0);
    let start = at.saturating_sub(HALF);
    let end = (at + HALF).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(
        chars[start..end]
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c }),
    );
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        crate::shared_fonts().unwrap()
    }

    #[test]
    fn every_name_in_the_brief_has_glyphs_in_both_weights() {
        for name in [
            "Şükrü Yılmaz",
            "Łukasz Wójcik",
            "Nguyễn Văn An",
            "Олена Шевченко",
            "Zoë van der Berg",
        ] {
            assert_eq!(fonts().prepare(name, Weight::Regular).unwrap(), name);
            assert_eq!(fonts().prepare(name, Weight::Bold).unwrap(), name);
        }
    }

    #[test]
    fn decomposed_text_is_composed() {
        // "Zoe" + COMBINING DIAERESIS, and Vietnamese with stacked combining marks.
        let decomposed = "Zoe\u{0308} Nguye\u{0302}\u{0303}n";
        assert_eq!(
            fonts().prepare(decomposed, Weight::Regular).unwrap(),
            "Zoë Nguyễn"
        );
    }

    #[test]
    fn a_character_without_glyph_is_refused_with_context() {
        let err = fonts()
            .prepare("Kandidaat 王小明", Weight::Regular)
            .unwrap_err();
        assert_eq!(
            err,
            PdfError::MissingGlyph {
                ch: '王',
                context: "Kandidaat 王小明".into()
            }
        );
        assert!(err.to_string().contains("U+738B"), "{err}");
    }

    #[test]
    fn right_to_left_text_is_refused() {
        let err = fonts().prepare("שרה כהן", Weight::Regular).unwrap_err();
        assert!(
            matches!(err, PdfError::UnsupportedScript { ch: 'ש', .. }),
            "{err}"
        );
    }

    #[test]
    fn invisible_characters_are_dropped_and_tabs_become_spaces() {
        let text = "a\u{00AD}b\u{200B}c\td\u{FEFF}";
        assert_eq!(fonts().prepare(text, Weight::Regular).unwrap(), "abc d");
    }

    #[test]
    fn widths_add_up_and_bold_is_wider() {
        let f = fonts();
        let word = f.width("Wójcik", Weight::Regular, 10.0);
        let sum: f32 = "Wójcik"
            .chars()
            .map(|c| f.char_width(c, Weight::Regular, 10.0))
            .sum();
        assert!((word - sum).abs() < 1e-4);
        assert!(f.width("Wójcik", Weight::Bold, 10.0) > word);
        // Characters beyond the lookup table are measured through the cmap.
        assert!(f.char_width('∞', Weight::Regular, 10.0) > 0.0);
    }

    #[test]
    fn the_everyday_face_has_the_common_characters_with_the_same_widths() {
        for weight in [Weight::Regular, Weight::Bold] {
            let face = fonts().face(weight);
            let text = "Şükrü Yılmaz Nguyễn Олена € – “ok” ☐ ✓ →";
            let chars: Vec<char> = text.chars().collect();
            assert!(std::ptr::eq(face.for_chars(chars.iter()), &face.everyday));
            for c in chars {
                let (Some(full), Some(everyday)) = (
                    face.full.lookup_glyph_index(c as u32),
                    face.everyday.lookup_glyph_index(c as u32),
                ) else {
                    panic!("{c} missing");
                };
                assert_eq!(
                    face.full.get_horizontal_advance(full),
                    face.everyday.get_horizontal_advance(everyday),
                    "{c}"
                );
            }
            let (everyday, full) = (face.everyday.num_glyphs, face.full.num_glyphs);
            println!("{weight:?}: everyday face {everyday} of {full} glyphs");
            assert!(everyday < full / 2, "{everyday} of {full}");
            // Armenian is in DejaVu but not in the everyday face.
            assert!(std::ptr::eq(face.for_chars(['Ա'].iter()), &face.full));
        }
    }

    #[test]
    fn context_is_shortened_around_the_character() {
        let long = format!("{}✈{}", "a".repeat(50), "b".repeat(50));
        let c = context(&long, '✈');
        assert!(
            c.starts_with('…') && c.ends_with('…') && c.contains('✈'),
            "{c}"
        );
        assert_eq!(c.chars().count(), 62);
    }
}
