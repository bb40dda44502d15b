//! Turning laid-out pages into PDF bytes with printpdf, then finishing the file with lopdf.

use std::collections::BTreeSet;

use printpdf::{
    Color, DictItem, ExternalStream, ExternalXObject, FontId, Line, LinePoint, Mm, Op, PaintMode,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt,
    Px, RawImage, RawImageData, RawImageFormat, Rect, TextItem, TextMatrix, XObject, XObjectId,
    XObjectTransform,
};

use crate::error::PdfError;
use crate::finish::{Fnv, compress, finish, stamp_id};
use crate::fonts::{Fonts, Weight};
use crate::image::{Image, ImageData};
use crate::layout::{Draw, PAGE_HEIGHT, Rgb};
use crate::model::Metadata;

/// Writes `pages` (drawing operations in page coordinates) as a PDF.
///
/// The output depends only on the arguments: resource names and subset tags are derived from
/// the content, dates come from `metadata`, and the file identifier is a hash of the file.
pub(crate) fn write(
    fonts: &Fonts,
    pages: &[Vec<Draw>],
    image: Option<&Image>,
    metadata: &Metadata,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&metadata.title);
    let font_ids = register_fonts(&mut doc, fonts, pages);
    let image_id = image.map(|image| register_image(&mut doc, image));

    let pdf_pages = pages
        .iter()
        .map(|draws| {
            PdfPage::new(
                Mm(210.0),
                Mm(297.0),
                page_ops(draws, &font_ids, image_id.as_ref()),
            )
        })
        .collect();
    doc.with_pages(pdf_pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    if let Some(error) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Font(error.msg.clone()));
    }
    finish(&mut lo, metadata)?;
    compress(&mut lo);
    let mut bytes = Vec::with_capacity(16 * 1024);
    // Object streams and a cross-reference stream (PDF 1.5): the dictionaries of fonts, pages
    // and document information are compressed together, and the cross-reference table takes 7
    // bytes an entry instead of 20 — about 1.5 KB less for a one-page letter.
    lo.save_modern(&mut bytes)
        .map_err(|e| PdfError::Font(format!("the PDF could not be written: {e}")))?;
    stamp_id(&mut bytes);
    Ok(bytes)
}

/// One font resource per weight actually used, named after the characters it shows: the same
/// text gives the same names, and a different subset a different `XXXXXX+` tag, as the PDF
/// specification asks (ISO 32000-1, 9.6.4).
fn register_fonts(
    doc: &mut PdfDocument,
    fonts: &Fonts,
    pages: &[Vec<Draw>],
) -> [Option<FontId>; 2] {
    let mut used: [BTreeSet<char>; 2] = [BTreeSet::new(), BTreeSet::new()];
    for draw in pages.iter().flatten() {
        if let Draw::Text { text, weight, .. } | Draw::RotatedText { text, weight, .. } = draw {
            used[*weight as usize].extend(text.chars());
        }
    }
    let mut ids = [None, None];
    for weight in [Weight::Regular, Weight::Bold] {
        let chars = &used[weight as usize];
        if chars.is_empty() {
            continue;
        }
        let mut hash = Fnv::new();
        hash.write(&[weight as u8]);
        for c in chars {
            hash.write(&(*c as u32).to_le_bytes());
        }
        let id = FontId(format!(
            "{}{}",
            subset_tag(hash.finish()),
            if weight == Weight::Bold { "B" } else { "R" }
        ));
        let face = fonts.face(weight).for_chars(chars.iter());
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(face.clone()));
        ids[weight as usize] = Some(id);
    }
    ids
}

/// Six capital letters from a hash.
fn subset_tag(mut hash: u64) -> String {
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (hash % 26) as u8);
            hash /= 26;
            letter
        })
        .collect()
}

fn register_image(doc: &mut PdfDocument, image: &Image) -> XObjectId {
    let id = XObjectId("Logo".into());
    let xobject = match &*image.data {
        ImageData::Jpeg {
            bytes,
            width,
            height,
            grey,
        } => {
            let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
            let dict = [
                ("Type", name("XObject")),
                ("Subtype", name("Image")),
                ("Width", DictItem::Int(*width as i64)),
                ("Height", DictItem::Int(*height as i64)),
                (
                    "ColorSpace",
                    name(if *grey { "DeviceGray" } else { "DeviceRGB" }),
                ),
                ("BitsPerComponent", DictItem::Int(8)),
                ("Filter", name("DCTDecode")),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            XObject::External(ExternalXObject {
                // Already compressed: deflating a JPEG again only costs time.
                stream: ExternalStream {
                    dict,
                    content: bytes.clone(),
                    compress: false,
                },
                width: Some(Px(*width)),
                height: Some(Px(*height)),
                dpi: None,
            })
        }
        ImageData::Pixels {
            pixels,
            width,
            height,
            channels,
        } => {
            let data_format = match channels {
                1 => RawImageFormat::R8,
                2 => RawImageFormat::RG8,
                3 => RawImageFormat::RGB8,
                _ => RawImageFormat::RGBA8,
            };
            XObject::Image(RawImage {
                pixels: RawImageData::U8(pixels.clone()),
                width: *width,
                height: *height,
                data_format,
                tag: Vec::new(),
            })
        }
    };
    doc.resources.xobjects.map.insert(id.clone(), xobject);
    id
}

fn color(rgb: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(rgb.0) / 255.0,
        g: f32::from(rgb.1) / 255.0,
        b: f32::from(rgb.2) / 255.0,
        icc_profile: None,
    })
}

fn point(x: f32, y_from_top: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(PAGE_HEIGHT - y_from_top),
        },
        bezier: false,
    }
}

/// Graphics first, then all text in one text object (text is never meant to be hidden under a
/// shape, and one `BT`…`ET` with font and colour changes only where they change keeps pages
/// small).
fn page_ops(draws: &[Draw], fonts: &[Option<FontId>; 2], image: Option<&XObjectId>) -> Vec<Op> {
    let mut ops = Vec::new();
    for draw in draws {
        match draw {
            Draw::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                if let Some(fill) = fill {
                    ops.push(Op::SetFillColor { col: color(*fill) });
                }
                if let Some((rgb, width)) = stroke {
                    ops.push(Op::SetOutlineColor { col: color(*rgb) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                }
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (None, Some(_)) => PaintMode::Stroke,
                    _ => PaintMode::Fill,
                };
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(PAGE_HEIGHT - y - h),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Draw::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color: rgb,
            } => {
                ops.push(Op::SetOutlineColor { col: color(*rgb) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*x1, *y1), point(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
            Draw::Image { x, y, w, h } => {
                if let Some(id) = image {
                    ops.push(Op::SaveGraphicsState);
                    ops.push(Op::SetTransformationMatrix {
                        matrix: printpdf::CurTransMat::Raw([
                            *w,
                            0.0,
                            0.0,
                            *h,
                            *x,
                            PAGE_HEIGHT - y - h,
                        ]),
                    });
                    ops.push(Op::UseXobject {
                        id: id.clone(),
                        transform: XObjectTransform {
                            no_auto_scale: true,
                            ..XObjectTransform::default()
                        },
                    });
                    ops.push(Op::RestoreGraphicsState);
                }
            }
            Draw::Text { .. } | Draw::RotatedText { .. } => {}
        }
    }

    let mut in_text = false;
    let mut current_font: Option<(Weight, f32)> = None;
    let mut current_color: Option<Rgb> = None;
    for draw in draws {
        let (x, y, text, weight, size, rgb, rotated) = match draw {
            Draw::Text {
                x,
                y,
                text,
                weight,
                size,
                color,
            } => (x, y, text, weight, size, color, false),
            Draw::RotatedText {
                x,
                y,
                text,
                weight,
                size,
                color,
            } => (x, y, text, weight, size, color, true),
            _ => continue,
        };
        let Some(font) = &fonts[*weight as usize] else {
            continue;
        };
        if text.is_empty() {
            continue;
        }
        if !in_text {
            ops.push(Op::StartTextSection);
            in_text = true;
        }
        if current_font != Some((*weight, *size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(*size),
            });
            current_font = Some((*weight, *size));
        }
        if current_color != Some(*rgb) {
            ops.push(Op::SetFillColor { col: color(*rgb) });
            current_color = Some(*rgb);
        }
        let (px, py) = (*x, PAGE_HEIGHT - y);
        let matrix = if rotated {
            TextMatrix::Raw([0.0, 1.0, -1.0, 0.0, px, py])
        } else {
            TextMatrix::Translate(Pt(px), Pt(py))
        };
        ops.push(Op::SetTextMatrix { matrix });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.clone())],
        });
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subset_tags_are_six_capitals() {
        let tag = subset_tag(0xDEADBEEF);
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_ne!(tag, subset_tag(0xDEADBEF0));
    }
}
