//! The business letter: letterhead, window-envelope address, body, signature, page numbers.
//!
//! # Where the address goes (NEN 1026 and the window envelope)
//!
//! A letter folded in three goes into a Dutch window envelope EA5/6 (110 × 220 mm) whose window
//! is 90 × 40 mm, 20 mm from the left and 15 mm from the bottom edge. With the letter resting at
//! the bottom of the envelope, the window shows the sheet from 20 to 110 mm from the left and
//! from about 44 to 84 mm from the top. NEN 1026 (the Dutch standard for letter paper) places
//! the address field inside that area; we use:
//!
//! | zone | from the top | from the left | size |
//! | --- | --- | --- | --- |
//! | return address (7 pt, one line) | 45–50 mm | 25 mm | 85 mm wide |
//! | recipient (10 pt, at most 6 lines) | 50–80 mm | 25 mm | 85 × 30 mm |
//!
//! which leaves at least 5 mm of window on every side for the sheet to shift. Everything else
//! keeps out of the window: the letterhead ends above 40 mm and the body starts at 95 mm.
//! Fold marks at 99 and 198 mm (thirds of 297 mm) guide folding by hand.

use crate::blocks::{Setter, TextStyle};
use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::image::Image;
use crate::layout::{
    ACCENT, Draw, Flow, Frame, INK, MM, MUTED, PAGE_WIDTH, Piece, RULE, draws, plan,
};
use crate::model::{Letter, LetterBlock};

const LEFT: f32 = 25.0 * MM;
const RIGHT: f32 = PAGE_WIDTH - 20.0 * MM;
const TOP: f32 = 15.0 * MM;
const WINDOW_TOP: f32 = 50.0 * MM;
const WINDOW_WIDTH: f32 = 85.0 * MM;
const WINDOW_HEIGHT: f32 = 30.0 * MM;
const RETURN_ADDRESS_TOP: f32 = 45.0 * MM;
/// The window shows the sheet down to about 84 mm; 4 mm below that the body starts.
const BODY_TOP: f32 = 88.0 * MM;
const LATER_TOP: f32 = 30.0 * MM;
/// Text ends 5 mm above the page number's line.
const BOTTOM: f32 = 279.0 * MM;
const FOOTER_BASELINE: f32 = 284.0 * MM;
const LOGO_MAX_WIDTH: f32 = 50.0 * MM;
const LOGO_MAX_HEIGHT: f32 = 20.0 * MM;
const PARAGRAPH_GAP: f32 = 8.0;
/// The date, right-aligned on the last line of the window zone, when it fits beside the address.
const DATE_BASELINE: f32 = 78.0 * MM;

/// The letter's text: 10 pt, as everywhere, on a leading that lets three strengths and three
/// gaps fit one A4 page.
const TEXT: TextStyle = TextStyle::new(10.0, 13.8, Weight::Regular, INK);
const ADDRESS: TextStyle = TextStyle::new(10.0, 12.5, Weight::Regular, INK);
const RETURN_ADDRESS: TextStyle = TextStyle::new(7.0, 9.0, Weight::Regular, MUTED);
const COMPANY_BIG: TextStyle = TextStyle::new(15.0, 18.0, Weight::Bold, ACCENT);
const COMPANY_SMALL: TextStyle = TextStyle::new(9.0, 11.5, Weight::Bold, INK);
const LETTERHEAD: TextStyle = TextStyle::new(8.0, 10.5, Weight::Regular, MUTED);
const APPENDIX_HEADING: TextStyle = TextStyle::new(11.0, 15.0, Weight::Bold, INK);
const MARGIN_NOTE: TextStyle = TextStyle::new(8.0, 10.0, Weight::Regular, MUTED);

/// Lays out `letter`; returns the pages' drawing operations.
pub(crate) fn layout(
    fonts: &Fonts,
    letter: &Letter,
) -> Result<Vec<Vec<crate::layout::Draw>>, PdfError> {
    let setter = Setter {
        fonts,
        left: LEFT,
        width: RIGHT - LEFT,
    };
    let mut first_page = letterhead(&setter, letter)?;
    first_page.extend(window(&setter, letter)?);
    for fold in [99.0 * MM, 198.0 * MM] {
        first_page.push(Draw::line(5.0 * MM, fold, 9.0 * MM, fold, 0.5, RULE));
    }

    let mut flow = Flow::default();
    // The date beside the window, as in a Dutch business letter, saves two lines of the body.
    let date = fonts.prepare(&letter.place_and_date, TEXT.weight)?;
    let date_width = fonts.width(&date, TEXT.weight, TEXT.size);
    if date_width <= RIGHT - (LEFT + WINDOW_WIDTH + 5.0 * MM) {
        first_page.push(Draw::text(
            RIGHT - date_width,
            DATE_BASELINE,
            date,
            TEXT.weight,
            TEXT.size,
            TEXT.color,
        ));
    } else {
        setter.paragraph(&mut flow, &letter.place_and_date, TEXT, 0.0)?;
    }
    subject(&setter, &mut flow, letter)?;
    setter.paragraph(&mut flow, &letter.salutation, TEXT, 2.0 * PARAGRAPH_GAP)?;
    body_blocks(&setter, &mut flow, &letter.body)?;
    // The signature never stands alone on the last page.
    flow.keep_last_with_next();
    flow.push(signature(&setter, letter)?);
    if let Some(appendix) = &letter.appendix {
        let start = flow.pieces.len();
        setter.heading(&mut flow, &appendix.title, APPENDIX_HEADING, 0.0)?;
        if let Some(first) = flow.pieces.get_mut(start) {
            first.break_before = true;
        }
        body_blocks(&setter, &mut flow, &appendix.body)?;
    }

    let frame = Frame {
        first_top: BODY_TOP,
        top: LATER_TOP,
        bottom: BOTTOM,
    };
    let placements = plan(&flow, frame)?;
    let mut pages = draws(&flow, &placements);
    if let Some(first) = pages.first_mut() {
        first_page.append(first);
        *first = first_page;
    }
    let count = pages.len();
    if count > 1 {
        let company = fonts.prepare(&letter.letterhead.company, MARGIN_NOTE.weight)?;
        let reference = fonts.prepare(
            &format!("{} · {}", letter.recipient.name, letter.place_and_date),
            MARGIN_NOTE.weight,
        )?;
        let reference_width = fonts.width(&reference, MARGIN_NOTE.weight, MARGIN_NOTE.size);
        for (n, page) in pages.iter_mut().enumerate() {
            if n > 0 {
                // Pages that get separated can be put back together.
                page.push(Draw::text(
                    LEFT,
                    17.0 * MM,
                    company.clone(),
                    MARGIN_NOTE.weight,
                    MARGIN_NOTE.size,
                    MARGIN_NOTE.color,
                ));
                page.push(Draw::text(
                    RIGHT - reference_width,
                    17.0 * MM,
                    reference.clone(),
                    MARGIN_NOTE.weight,
                    MARGIN_NOTE.size,
                    MARGIN_NOTE.color,
                ));
                page.push(Draw::line(LEFT, 19.5 * MM, RIGHT, 19.5 * MM, 0.5, RULE));
            }
            let label =
                fonts.prepare(&letter.page_label.render(n + 1, count), MARGIN_NOTE.weight)?;
            let width = fonts.width(&label, MARGIN_NOTE.weight, MARGIN_NOTE.size);
            page.push(Draw::text(
                RIGHT - width,
                FOOTER_BASELINE,
                label,
                MARGIN_NOTE.weight,
                MARGIN_NOTE.size,
                MARGIN_NOTE.color,
            ));
        }
    }
    Ok(pages)
}

/// Paragraphs and lists of the body or the appendix, in the letter's spacing.
fn body_blocks(
    setter: &Setter<'_>,
    flow: &mut Flow,
    blocks: &[LetterBlock],
) -> Result<(), PdfError> {
    for block in blocks {
        match block {
            LetterBlock::Paragraph(text) => setter.paragraph(flow, text, TEXT, PARAGRAPH_GAP)?,
            LetterBlock::Bullets(items) => {
                setter.bullets(flow, items, TEXT, PARAGRAPH_GAP * 0.6)?
            }
        }
    }
    Ok(())
}

/// The letterhead: the logo (or the company name, large) on the left; company, address and
/// contact lines on the right.
fn letterhead(setter: &Setter<'_>, letter: &Letter) -> Result<Vec<Draw>, PdfError> {
    let head = &letter.letterhead;
    let mut draws = Vec::new();
    let column = 70.0 * MM;
    let mut right_lines: Vec<(String, TextStyle)> = Vec::new();
    match &head.logo {
        Some(logo) => {
            draws.push(logo_draw(logo));
            right_lines.push((head.company.clone(), COMPANY_SMALL));
        }
        None => {
            let width = RIGHT - LEFT - column - 10.0 * MM;
            for (i, line) in setter
                .lines(&head.company, COMPANY_BIG, width)?
                .into_iter()
                .enumerate()
            {
                let y = COMPANY_BIG.baseline(TOP + i as f32 * COMPANY_BIG.leading) - 2.0;
                draws.push(Draw::text(
                    LEFT,
                    y,
                    line.text,
                    COMPANY_BIG.weight,
                    COMPANY_BIG.size,
                    COMPANY_BIG.color,
                ));
            }
        }
    }
    right_lines.extend(head.address_lines.iter().map(|l| (l.clone(), LETTERHEAD)));
    if !head.contact_lines.is_empty() && !head.address_lines.is_empty() {
        right_lines.push((String::new(), LETTERHEAD));
    }
    right_lines.extend(head.contact_lines.iter().map(|l| (l.clone(), LETTERHEAD)));
    let mut y = TOP;
    for (text, style) in right_lines {
        if !text.is_empty() {
            for line in setter.lines(&text, style, column)? {
                draws.push(Draw::text(
                    RIGHT - line.width,
                    style.baseline(y),
                    line.text,
                    style.weight,
                    style.size,
                    style.color,
                ));
                y += style.leading;
            }
        } else {
            y += style.leading * 0.5;
        }
    }
    if y > RETURN_ADDRESS_TOP - 3.0 * MM {
        return Err(PdfError::Invalid(
            "the letterhead has too many address and contact lines: it would run into the envelope window".into(),
        ));
    }
    Ok(draws)
}

/// The logo at the top left, as large as fits 50 × 20 mm, keeping its proportions.
fn logo_draw(logo: &Image) -> Draw {
    let (w, h) = logo.size();
    let (w, h) = (w.max(1) as f32, h.max(1) as f32);
    let scale = (LOGO_MAX_WIDTH / w).min(LOGO_MAX_HEIGHT / h);
    Draw::Image {
        x: LEFT,
        y: TOP,
        w: w * scale,
        h: h * scale,
    }
}

/// Return address and recipient, inside the envelope window. Lines are never wrapped or cut:
/// an address that does not fit the window is an error, because a post sorting machine cannot
/// read half an address.
fn window(setter: &Setter<'_>, letter: &Letter) -> Result<Vec<Draw>, PdfError> {
    let mut draws = Vec::new();
    let head = &letter.letterhead;
    let parts: Vec<&str> = std::iter::once(head.company.as_str())
        .chain(head.address_lines.iter().map(String::as_str))
        .filter(|s| !s.is_empty())
        .collect();
    if parts.len() > 1 {
        let text = setter
            .fonts
            .prepare(&parts.join(" · "), RETURN_ADDRESS.weight)?;
        let width = setter
            .fonts
            .width(&text, RETURN_ADDRESS.weight, RETURN_ADDRESS.size);
        if width <= WINDOW_WIDTH {
            let y = RETURN_ADDRESS_TOP + 3.5 * MM;
            draws.push(Draw::text(
                LEFT,
                y,
                text,
                RETURN_ADDRESS.weight,
                RETURN_ADDRESS.size,
                RETURN_ADDRESS.color,
            ));
            draws.push(Draw::line(LEFT, y + 1.8, LEFT + width, y + 1.8, 0.3, RULE));
        }
    }
    let recipient = &letter.recipient;
    let lines: Vec<&String> = std::iter::once(&recipient.name)
        .chain(recipient.address_lines.iter())
        .collect();
    if lines.len() as f32 * ADDRESS.leading > WINDOW_HEIGHT {
        return Err(PdfError::Invalid(format!(
            "the address of {} has {} lines; the envelope window holds {}",
            recipient.name,
            lines.len(),
            (WINDOW_HEIGHT / ADDRESS.leading) as usize
        )));
    }
    for (i, line) in lines.into_iter().enumerate() {
        let text = setter
            .fonts
            .prepare(line, ADDRESS.weight)?
            .replace('\n', " ");
        let width = setter.fonts.width(&text, ADDRESS.weight, ADDRESS.size);
        if width > WINDOW_WIDTH {
            return Err(PdfError::Invalid(format!(
                "the address line \"{text}\" is wider than the envelope window (85 mm)"
            )));
        }
        let y = ADDRESS.baseline(WINDOW_TOP + i as f32 * ADDRESS.leading);
        draws.push(Draw::text(
            LEFT,
            y,
            text,
            ADDRESS.weight,
            ADDRESS.size,
            ADDRESS.color,
        ));
    }
    Ok(draws)
}

/// "Betreft" in grey, the subject in bold after it; wrapped lines hang under the subject.
fn subject(setter: &Setter<'_>, flow: &mut Flow, letter: &Letter) -> Result<(), PdfError> {
    let label_style = TextStyle {
        color: MUTED,
        ..TEXT
    };
    let subject_style = TextStyle {
        weight: Weight::Bold,
        ..TEXT
    };
    let label = setter
        .fonts
        .prepare(&letter.subject_label, label_style.weight)?;
    let indent = if label.is_empty() {
        0.0
    } else {
        setter
            .fonts
            .width(&label, label_style.weight, label_style.size)
            + 3.0 * MM
    };
    let lines = setter.lines(&letter.subject, subject_style, setter.width - indent)?;
    for (i, line) in lines.into_iter().enumerate() {
        let baseline = TEXT.baseline(0.0);
        let mut draws = vec![Draw::text(
            LEFT + indent,
            baseline,
            line.text,
            subject_style.weight,
            subject_style.size,
            subject_style.color,
        )];
        if i == 0 && !label.is_empty() {
            draws.push(Draw::text(
                LEFT,
                baseline,
                label.clone(),
                label_style.weight,
                label_style.size,
                label_style.color,
            ));
        }
        flow.push(Piece {
            height: TEXT.leading,
            space_before: if i == 0 { PARAGRAPH_GAP * 0.6 } else { 0.0 },
            keep_with_next: true,
            what: "the subject line",
            draws,
            ..Piece::default()
        });
    }
    Ok(())
}

/// Closing, room for a handwritten signature, name and title, as one piece.
fn signature(setter: &Setter<'_>, letter: &Letter) -> Result<Piece, PdfError> {
    const SIGNING_ROOM: f32 = 32.0;
    let mut draws = Vec::new();
    let mut y = 0.0;
    for line in setter.lines(&letter.closing, TEXT, setter.width)? {
        draws.push(Draw::text(
            LEFT,
            TEXT.baseline(y),
            line.text,
            TEXT.weight,
            TEXT.size,
            TEXT.color,
        ));
        y += TEXT.leading;
    }
    y += SIGNING_ROOM;
    let name_style = TextStyle {
        weight: Weight::Bold,
        ..TEXT
    };
    for line in setter.lines(&letter.signature.name, name_style, setter.width)? {
        draws.push(Draw::text(
            LEFT,
            TEXT.baseline(y),
            line.text,
            name_style.weight,
            name_style.size,
            name_style.color,
        ));
        y += TEXT.leading;
    }
    let title_style = TextStyle {
        color: MUTED,
        ..TEXT
    };
    if !letter.signature.title.is_empty() {
        for line in setter.lines(&letter.signature.title, title_style, setter.width)? {
            draws.push(Draw::text(
                LEFT,
                TEXT.baseline(y),
                line.text,
                title_style.weight,
                title_style.size,
                title_style.color,
            ));
            y += TEXT.leading;
        }
    }
    Ok(Piece {
        height: y,
        space_before: 2.0 * PARAGRAPH_GAP,
        what: "the closing and signature",
        draws,
        ..Piece::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Letterhead, PageLabel, Recipient, Signature};

    fn letter(paragraphs: usize) -> Letter {
        Letter {
            letterhead: Letterhead {
                company: "Voorbeeld BV".into(),
                address_lines: vec!["Postbus 1".into(), "3500 AA  Utrecht".into()],
                contact_lines: vec![],
                logo: None,
            },
            recipient: Recipient {
                name: "Олена Шевченко".into(),
                address_lines: vec!["Dorpsstraat 1".into(), "1234 AB  Ergens".into()],
            },
            place_and_date: "Utrecht, 23 november 2026".into(),
            subject_label: "Betreft".into(),
            subject: "Uw sollicitatie".into(),
            salutation: "Beste Olena,".into(),
            body: (0..paragraphs)
                .map(|i| LetterBlock::Paragraph(format!("Alinea {i}: {}", "tekst ".repeat(60))))
                .collect(),
            closing: "Met vriendelijke groet,".into(),
            signature: Signature {
                name: "Fleur Jansen".into(),
                title: "Recruiter".into(),
            },
            page_label: PageLabel::new("Pagina {page} van {pages}"),
            appendix: None,
        }
    }

    fn text_at(page: &[Draw], wanted: &str) -> Option<(f32, f32)> {
        page.iter().find_map(|d| match d {
            Draw::Text { x, y, text, .. } if text == wanted => Some((*x, *y)),
            _ => None,
        })
    }

    #[test]
    fn the_recipient_is_placed_in_the_window_zone() {
        let pages = layout(crate::shared_fonts().unwrap(), &letter(2)).unwrap();
        assert_eq!(pages.len(), 1);
        let (x, y) = text_at(&pages[0], "Олена Шевченко").unwrap();
        assert_eq!(x, LEFT);
        assert!(y > WINDOW_TOP && y < WINDOW_TOP + WINDOW_HEIGHT, "{y}");
        // One page: no page numbers.
        assert!(
            !pages[0]
                .iter()
                .any(|d| matches!(d, Draw::Text { text, .. } if text.starts_with("Pagina")))
        );
    }

    #[test]
    fn a_long_letter_gets_page_numbers_and_a_continuation_header() {
        let pages = layout(crate::shared_fonts().unwrap(), &letter(14)).unwrap();
        assert!(pages.len() >= 2);
        let count = pages.len();
        for (n, page) in pages.iter().enumerate() {
            assert!(
                text_at(page, &format!("Pagina {} van {count}", n + 1)).is_some(),
                "page {}",
                n + 1
            );
            for draw in page {
                if let Draw::Text { y, .. } = draw {
                    assert!(*y <= FOOTER_BASELINE + 0.01);
                }
            }
        }
        assert!(text_at(&pages[1], "Voorbeeld BV").is_some());
        // The signature is on the last page, after the body.
        assert!(text_at(&pages[count - 1], "Fleur Jansen").is_some());
    }

    #[test]
    fn an_address_line_wider_than_the_window_is_refused() {
        let mut l = letter(1);
        l.recipient.address_lines[0] =
            "Een buitengewoon lange straatnaam die nooit in het venster past 1".into();
        let err = layout(crate::shared_fonts().unwrap(), &l).unwrap_err();
        assert!(
            err.to_string().contains("wider than the envelope window"),
            "{err}"
        );
    }
}
