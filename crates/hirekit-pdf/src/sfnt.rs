//! Slimming the shipped TrueType fonts once, before anything is subset from them.
//!
//! A subset font copies some tables whole from the font it was cut from. In DejaVu Sans the
//! `name` table alone is 15.6 KB (it carries the licence text in several encodings) — as much as
//! all the glyphs of a letter together — and `post` holds 62 KB of glyph names that the subsetter
//! parses on every document. We keep what a PDF viewer needs to draw the glyphs (ISO 32000-1,
//! 9.9) and drop the rest:
//!
//! - kept: `cmap hhea hmtx maxp OS/2`, and the outlines (`glyf`, `loca`, `head`) without their
//!   hinting instructions, which were more than half the bytes of every glyph. Hinting snaps
//!   outlines to the pixel grid of small screens; PDF viewers and printers at text sizes do
//!   without it (pdf.js ignores it altogether), and `cvt fpgm prep` go with it;
//! - `name`: only the Windows-Unicode records 0–6 (copyright notice, family, style, unique
//!   name, full name, version, PostScript name), so every embedded subset still says whose font
//!   it is; the full licence ships beside the font in `fonts/LICENSE`;
//! - `post`: version 3 (no glyph names);
//! - dropped: layout and kerning tables (`GSUB GPOS GDEF kern MATH`), which this renderer does
//!   not use (no shaping, no kerning), and tool stamps (`FFTM`, `gasp`).
//!
//! Outlines and metrics are untouched, so glyphs have the same shapes and widths.

const KEEP_WHOLE: [&[u8; 4]; 5] = [b"cmap", b"hhea", b"hmtx", b"maxp", b"OS/2"];

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    data.get(at..at + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    data.get(at..at + 4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// The sum of big-endian 32-bit words, the data padded with zeros to a multiple of four.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// Returns `font` with only the tables listed in the module documentation, or a description of
/// what is wrong with it.
pub(crate) fn slim(font: &[u8]) -> Result<Vec<u8>, String> {
    let broken = |what: &str| format!("the font file is damaged ({what})");
    let version = u32_at(font, 0).ok_or_else(|| broken("no header"))?;
    if version != 0x0001_0000 {
        return Err("the font is not a TrueType font".into());
    }
    let count = usize::from(u16_at(font, 4).ok_or_else(|| broken("no table count"))?);
    let mut source: Vec<([u8; 4], &[u8])> = Vec::with_capacity(count);
    for i in 0..count {
        let entry = 12 + 16 * i;
        let tag: [u8; 4] = font
            .get(entry..entry + 4)
            .and_then(|t| t.try_into().ok())
            .ok_or_else(|| broken("table directory"))?;
        let offset = u32_at(font, entry + 8).ok_or_else(|| broken("table directory"))? as usize;
        let length = u32_at(font, entry + 12).ok_or_else(|| broken("table directory"))? as usize;
        let data = font
            .get(offset..offset + length)
            .ok_or_else(|| broken("table outside the file"))?;
        source.push((tag, data));
    }
    let find = |tag: &[u8; 4]| source.iter().find(|(t, _)| t == tag).map(|(_, d)| *d);
    let (head, glyf, loca) = unhinted_outlines(
        find(b"head").ok_or_else(|| broken("no head table"))?,
        find(b"maxp").ok_or_else(|| broken("no maxp table"))?,
        find(b"loca").ok_or_else(|| broken("no loca table"))?,
        find(b"glyf").ok_or_else(|| broken("no glyf table"))?,
    )
    .ok_or_else(|| broken("glyph outlines"))?;
    let mut tables: Vec<([u8; 4], Vec<u8>)> =
        vec![(*b"head", head), (*b"glyf", glyf), (*b"loca", loca)];
    for (tag, data) in source {
        let kept = match &tag {
            t if KEEP_WHOLE.contains(&t) => Some(data.to_vec()),
            b"name" => Some(slim_name(data).ok_or_else(|| broken("name table"))?),
            b"post" => {
                let mut post = data.get(..32).ok_or_else(|| broken("post table"))?.to_vec();
                post[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
                Some(post)
            }
            _ => None,
        };
        if let Some(data) = kept {
            tables.push((tag, data));
        }
    }
    tables.sort_by_key(|t| t.0);

    let count = tables.len();
    let power = (usize::BITS - 1 - count.leading_zeros()) as u16; // floor(log2(count))
    let search_range = (1u16 << power) * 16;
    let mut out = Vec::with_capacity(font.len() / 2);
    out.extend(0x0001_0000u32.to_be_bytes());
    out.extend((count as u16).to_be_bytes());
    out.extend(search_range.to_be_bytes());
    out.extend(power.to_be_bytes());
    out.extend((count as u16 * 16 - search_range).to_be_bytes());
    let mut offset = 12 + 16 * count;
    let mut head_at = None;
    for (tag, data) in &mut tables {
        if tag == b"head" {
            // checkSumAdjustment is computed over the whole file with this field zero.
            data.get_mut(8..12)
                .ok_or_else(|| broken("head table"))?
                .fill(0);
            head_at = Some(offset);
        }
        out.extend(*tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &tables {
        out.extend(data.iter());
        out.resize(out.len().next_multiple_of(4), 0);
    }
    let head_at = head_at.ok_or_else(|| broken("no head table"))?;
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out[head_at + 8..head_at + 12].copy_from_slice(&adjustment.to_be_bytes());
    Ok(out)
}

/// `head`, `glyf` and `loca` with every glyph's hinting instructions removed (the new `loca`
/// uses 32-bit offsets, which `head` then says).
fn unhinted_outlines(
    head: &[u8],
    maxp: &[u8],
    loca: &[u8],
    glyf: &[u8],
) -> Option<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let long_offsets = u16_at(head, 50)? == 1;
    let glyphs = usize::from(u16_at(maxp, 4)?);
    let offset = |i: usize| -> Option<usize> {
        if long_offsets {
            u32_at(loca, 4 * i).map(|o| o as usize)
        } else {
            u16_at(loca, 2 * i).map(|o| 2 * usize::from(o))
        }
    };
    let mut new_glyf = Vec::with_capacity(glyf.len() / 2);
    let mut new_loca = Vec::with_capacity(4 * (glyphs + 1));
    for i in 0..glyphs {
        new_loca.extend((new_glyf.len() as u32).to_be_bytes());
        let (start, end) = (offset(i)?, offset(i + 1)?);
        if end > start {
            strip_glyph(glyf.get(start..end)?, &mut new_glyf)?;
            new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
        }
    }
    new_loca.extend((new_glyf.len() as u32).to_be_bytes());
    let mut new_head = head.to_vec();
    new_head
        .get_mut(50..52)?
        .copy_from_slice(&1u16.to_be_bytes());
    Some((new_head, new_glyf, new_loca))
}

/// Appends `glyph` without its instructions to `out`.
fn strip_glyph(glyph: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let contours = i16::from_be_bytes(glyph.get(..2)?.try_into().ok()?);
    if contours >= 0 {
        // header (10) | endPtsOfContours | instructionLength | instructions | flags and points
        let at = 10 + 2 * contours as usize;
        let length = usize::from(u16_at(glyph, at)?);
        out.extend(glyph.get(..at)?);
        out.extend(0u16.to_be_bytes());
        out.extend(glyph.get(at + 2 + length..)?);
        return Some(());
    }
    // A composite: components, then instructions if the last component's flags say so.
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const HAVE_XY_SCALE: u16 = 0x0040;
    const HAVE_TWO_BY_TWO: u16 = 0x0080;
    const HAVE_INSTRUCTIONS: u16 = 0x0100;
    let start = out.len();
    out.extend(glyph.get(..10)?);
    let mut at = 10;
    loop {
        let flags = u16_at(glyph, at)?;
        let mut size = 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        if flags & HAVE_SCALE != 0 {
            size += 2;
        } else if flags & HAVE_XY_SCALE != 0 {
            size += 4;
        } else if flags & HAVE_TWO_BY_TWO != 0 {
            size += 8;
        }
        let flags_at = out.len();
        out.extend(glyph.get(at..at + size)?);
        out[flags_at..flags_at + 2].copy_from_slice(&(flags & !HAVE_INSTRUCTIONS).to_be_bytes());
        at += size;
        if flags & MORE_COMPONENTS == 0 {
            break;
        }
    }
    (out.len() > start).then_some(())
}

/// A format-0 `name` table with only the Windows-Unicode records 0–6.
fn slim_name(data: &[u8]) -> Option<Vec<u8>> {
    let count = usize::from(u16_at(data, 2)?);
    let storage = usize::from(u16_at(data, 4)?);
    let mut records = Vec::new();
    for i in 0..count {
        let at = 6 + 12 * i;
        let (platform, encoding, language, name_id) = (
            u16_at(data, at)?,
            u16_at(data, at + 2)?,
            u16_at(data, at + 4)?,
            u16_at(data, at + 6)?,
        );
        let (length, offset) = (
            usize::from(u16_at(data, at + 8)?),
            usize::from(u16_at(data, at + 10)?),
        );
        if platform == 3 && encoding == 1 && name_id <= 6 {
            let text = data.get(storage + offset..storage + offset + length)?;
            records.push((platform, encoding, language, name_id, text));
        }
    }
    let mut out = Vec::new();
    out.extend(0u16.to_be_bytes());
    out.extend((records.len() as u16).to_be_bytes());
    out.extend((6 + 12 * records.len() as u16).to_be_bytes());
    let mut string_offset = 0usize;
    for (platform, encoding, language, name_id, text) in &records {
        for field in [
            *platform,
            *encoding,
            *language,
            *name_id,
            text.len() as u16,
            string_offset as u16,
        ] {
            out.extend(field.to_be_bytes());
        }
        string_offset += text.len();
    }
    for (.., text) in &records {
        out.extend(text.iter());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");

    fn table<'a>(font: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
        let count = usize::from(u16_at(font, 4)?);
        (0..count).find_map(|i| {
            let entry = 12 + 16 * i;
            (&font[entry..entry + 4] == tag).then(|| {
                let offset = u32_at(font, entry + 8).unwrap_or(0) as usize;
                let length = u32_at(font, entry + 12).unwrap_or(0) as usize;
                &font[offset..offset + length]
            })
        })
    }

    #[test]
    fn keeps_outlines_and_metrics_and_drops_the_bulk() {
        let slim = slim(REGULAR).unwrap();
        assert!(
            slim.len() < REGULAR.len() * 3 / 4,
            "{} of {}",
            slim.len(),
            REGULAR.len()
        );
        for tag in KEEP_WHOLE {
            assert_eq!(
                table(&slim, tag),
                table(REGULAR, tag),
                "{}",
                String::from_utf8_lossy(tag)
            );
        }
        for tag in [b"GPOS", b"prep", b"fpgm", b"cvt "] {
            assert_eq!(table(&slim, tag), None);
        }
        let (new, old) = (
            table(&slim, b"glyf").unwrap().len(),
            table(REGULAR, b"glyf").unwrap().len(),
        );
        assert!(new < old * 9 / 10, "glyf {new} of {old}");
        assert_eq!(table(&slim, b"post").map(|p| p.len()), Some(32));
        assert!(table(&slim, b"name").unwrap().len() < 1_000);
        // A valid file: the whole-file checksum comes out at the magic number.
        assert_eq!(checksum(&slim), 0xB1B0_AFBA);
    }

    #[test]
    fn stripping_instructions_keeps_the_outline() {
        // A simple glyph: 1 contour, end point 2, 3 bytes of instructions, then points.
        let mut glyph = vec![0, 1, 0, 0, 0, 0, 0, 10, 0, 10, 0, 2, 0, 3, 0xB0, 0x01, 0x2F];
        let points = [1u8, 1, 1, 5, 5, 5];
        glyph.extend(points);
        let mut out = Vec::new();
        strip_glyph(&glyph, &mut out).unwrap();
        assert_eq!(&out[..12], &glyph[..12]);
        assert_eq!(&out[12..14], &[0, 0]);
        assert_eq!(&out[14..], &points);
        // A composite of two components; the last one says instructions follow.
        let composite = [
            0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x21, 0, 7, 0, 1, 0, 2, 0x01, 0x00, 0, 8, 3,
            4, 0, 2, 0xB0, 0x01,
        ];
        let mut out = Vec::new();
        strip_glyph(&composite, &mut out).unwrap();
        assert_eq!(out.len(), 24);
        assert_eq!(&out[18..20], &[0, 0]);
    }

    #[test]
    fn the_copyright_notice_stays() {
        let slim = slim(REGULAR).unwrap();
        let name = table(&slim, b"name").unwrap();
        let text: Vec<u16> = name
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
            .collect();
        let text = String::from_utf16_lossy(&text);
        assert!(text.contains("Copyright (c) 2003 by Bitstream"), "{text}");
    }

    #[test]
    fn refuses_what_is_not_a_truetype_font() {
        assert_eq!(
            slim(b"OT"),
            Err("the font file is damaged (no header)".into())
        );
        assert_eq!(
            slim(b"OTTO\0\0\0\0"),
            Err("the font is not a TrueType font".into())
        );
        let mut truncated = REGULAR[..200].to_vec();
        truncated.truncate(200);
        assert!(slim(&truncated).unwrap_err().contains("damaged"));
    }
}
