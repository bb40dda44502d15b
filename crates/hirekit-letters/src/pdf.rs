//! The letter as an A4 PDF.

use hirekit_feedback::BodyPart;
use hirekit_folder::{Candidate, Folder};
use hirekit_pdf as pdf;

use crate::{Composed, LetterError, chain, read_file};

/// The letter as an A4 PDF: letterhead, the address in the envelope window, the pieces of the
/// rendered text each in its place.
pub(crate) fn letter(
    composed: &Composed,
    folder: &Folder,
    candidate: &Candidate,
) -> Result<Vec<u8>, LetterError> {
    let Composed {
        language,
        letter,
        sender,
        content,
        ..
    } = composed;
    let language = *language;
    let profile = &folder.profile;
    let logo = match &profile.logo {
        Some(file) => {
            let path = folder.root.join(file);
            let bytes = read_file(&path, &folder.root)?;
            Some(pdf::Image::from_bytes(&bytes).map_err(|e| {
                LetterError::failed(
                    format_args!("{}: the logo must be a PNG or JPEG image", path.display()),
                    &e,
                )
            })?)
        }
        None => None,
    };
    let mut contact_lines = vec![sender.email.clone()];
    contact_lines.extend(sender.phone.clone());
    let parts = letter.parts();
    let blocks = |parts: Vec<BodyPart>| -> Vec<pdf::LetterBlock> {
        parts
            .into_iter()
            .map(|part| match part {
                BodyPart::Paragraph(text) => pdf::LetterBlock::Paragraph(text),
                BodyPart::Bullets(items) => pdf::LetterBlock::Bullets(items),
            })
            .collect()
    };
    let document = pdf::Letter {
        letterhead: pdf::Letterhead {
            company: profile.company.clone(),
            address_lines: profile.address.clone(),
            contact_lines,
            logo,
        },
        recipient: pdf::Recipient {
            name: candidate.name.clone(),
            address_lines: candidate.address.clone(),
        },
        place_and_date: letter.place_date.clone(),
        subject_label: language.pick("Betreft", "Re").to_owned(),
        subject: letter.subject.clone(),
        salutation: parts.salutation,
        body: blocks(parts.body),
        closing: parts.closing,
        signature: pdf::Signature {
            name: parts
                .signature
                .first()
                .cloned()
                .unwrap_or_else(|| sender.name.clone()),
            title: parts.signature.get(1).cloned().unwrap_or_default(),
        },
        page_label: pdf::PageLabel::new(
            language.pick("Pagina {page} van {pages}", "Page {page} of {pages}"),
        ),
        appendix: letter.appendix_parts().map(|(title, body)| pdf::Appendix {
            title,
            body: blocks(body),
        }),
    };
    // Noon on the letter date: a fixed time keeps the file reproducible for a given date.
    let created = pdf::noon_of(content.letter_date);
    let metadata = pdf::Metadata {
        title: letter.subject.clone(),
        author: profile.company.clone(),
        subject: letter.subject.clone(),
        language: language.pick("nl-NL", "en-GB").to_owned(),
        created,
        creator: format!("hirekit {}", env!("CARGO_PKG_VERSION")),
    };
    pdf::render_letter(&document, &metadata).map_err(|e| {
        LetterError::Failed(format!(
            "{}: cannot lay out the PDF letter: {}",
            candidate.id,
            chain(&e)
        ))
    })
}
