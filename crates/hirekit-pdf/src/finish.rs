//! Finishing the file printpdf built: our document information, the language, compression,
//! and an identifier derived from the content so that the same input gives the same bytes.

use lopdf::{Dictionary, Object, StringFormat};

use crate::error::PdfError;
use crate::model::Metadata;

/// Placeholder for the file identifier, replaced by a hash of the finished file (same length,
/// so no offset in the cross-reference table moves).
const ID_PLACEHOLDER: [u8; 16] = *b"hirekit-pdf-id00";

/// Deflates every stream that may be compressed, at zlib's default level: lopdf's own
/// `compress` uses the best level, which cost a letter 0.1–0.3 ms more (a logo's pixels most)
/// for 0.1 % fewer bytes.
pub(crate) fn compress(doc: &mut lopdf::Document) {
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            let compressed = std::io::Write::write_all(&mut encoder, &stream.content)
                .and_then(|()| encoder.finish());
            // An uncompressed stream is valid too, so a failure here costs bytes, not output.
            if let Ok(compressed) = compressed
                && compressed.len() + 19 < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
}

/// Replaces printpdf's document information with ours, and sets the language, the PDF version
/// our features need (1.4 for transparency in logos and `/Lang`) and a placeholder identifier.
pub(crate) fn finish(doc: &mut lopdf::Document, metadata: &Metadata) -> Result<(), PdfError> {
    let broken =
        |what: &str| PdfError::Font(format!("printpdf produced a document without {what}"));
    doc.version = "1.7".into();

    let date = pdf_date(&metadata.created);
    let mut info = Dictionary::new();
    info.set("Title", text_string(&metadata.title));
    info.set("Author", text_string(&metadata.author));
    info.set("Subject", text_string(&metadata.subject));
    info.set("Creator", text_string(&metadata.creator));
    info.set(
        "Producer",
        text_string(concat!(
            "hirekit-pdf ",
            env!("CARGO_PKG_VERSION"),
            " (printpdf 0.12.8)"
        )),
    );
    info.set(
        "CreationDate",
        Object::String(date.clone().into_bytes(), StringFormat::Literal),
    );
    info.set(
        "ModDate",
        Object::String(date.into_bytes(), StringFormat::Literal),
    );
    let info_id = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|_| broken("an Info dictionary"))?;
    doc.objects.insert(info_id, Object::Dictionary(info));

    let root_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| broken("a catalog"))?;
    let catalog = doc
        .get_object_mut(root_id)
        .and_then(Object::as_dict_mut)
        .map_err(|_| broken("a catalog"))?;
    catalog.set("Lang", text_string(&metadata.language));
    let mut preferences = Dictionary::new();
    // Viewers show the title, not the file name, in the window bar.
    preferences.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(preferences));

    let id = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// A PDF text string: PDFDocEncoding for ASCII, UTF-16BE with a byte-order mark otherwise.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// `D:20261123090000+01'00'`.
fn pdf_date(date: &chrono::DateTime<chrono::FixedOffset>) -> String {
    let offset = date.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.abs() / 60;
    format!(
        "D:{}{sign}{:02}'{:02}'",
        date.format("%Y%m%d%H%M%S"),
        minutes / 60,
        minutes % 60
    )
}

/// Replaces the identifier placeholder by a hash of the whole file.
pub(crate) fn stamp_id(bytes: &mut [u8]) {
    let placeholder: String = ID_PLACEHOLDER.iter().map(|b| format!("{b:02X}")).collect();
    let mut hash_a = Fnv::new();
    hash_a.write(bytes);
    let mut hash_b = Fnv::with_basis(0x84222325cbf29ce4);
    hash_b.write(bytes);
    let id: String = hash_a
        .finish()
        .to_be_bytes()
        .iter()
        .chain(&hash_b.finish().to_be_bytes())
        .map(|b| format!("{b:02X}"))
        .collect();
    let needle = placeholder.as_bytes();
    let mut at = 0;
    while let Some(found) = find(&bytes[at..], needle) {
        let start = at + found;
        bytes[start..start + needle.len()].copy_from_slice(id.as_bytes());
        at = start + needle.len();
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// FNV-1a, 64 bits: stable across Rust versions, unlike `DefaultHasher`.
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Self {
        Fnv(0xcbf29ce484222325)
    }

    fn with_basis(basis: u64) -> Self {
        Fnv(basis)
    }

    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }

    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_carry_their_offset() {
        let date = chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 9, 30, 0)
            .unwrap();
        assert_eq!(pdf_date(&date), "D:20261123093000+01'00'");
        let date = chrono::FixedOffset::west_opt(5 * 3600 + 1800)
            .unwrap()
            .with_ymd_and_hms(2026, 1, 2, 3, 4, 5)
            .unwrap();
        assert_eq!(pdf_date(&date), "D:20260102030405-05'30'");
    }

    #[test]
    fn text_strings_use_utf16_for_non_ascii() {
        assert_eq!(
            text_string("Kit"),
            Object::String(b"Kit".to_vec(), StringFormat::Literal)
        );
        assert_eq!(
            text_string("Zoë"),
            Object::String(
                vec![0xFE, 0xFF, 0, b'Z', 0, b'o', 0, 0xEB],
                StringFormat::Hexadecimal
            )
        );
    }

    #[test]
    fn the_identifier_placeholder_is_replaced_everywhere() {
        let placeholder: String = ID_PLACEHOLDER.iter().map(|b| format!("{b:02X}")).collect();
        let mut file = format!("trailer << /ID [<{placeholder}> <{placeholder}>] >>").into_bytes();
        stamp_id(&mut file);
        let text = String::from_utf8(file).unwrap();
        assert!(!text.contains(&placeholder), "{text}");
        let ids: Vec<&str> = text.split(['<', '>']).filter(|s| s.len() == 32).collect();
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[0], ids[1]);
    }
}
