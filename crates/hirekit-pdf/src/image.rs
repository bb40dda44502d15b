//! Logos: PNG decoded to pixels, JPEG embedded as it is.

use std::fmt;
use std::sync::Arc;

use crate::error::PdfError;

/// A logo is printed at most 50 mm wide; 600 pixels is 300 dpi there. Larger PNGs are scaled
/// down so that a 3000-pixel logo does not make every letter a megabyte.
const MAX_PIXELS_WIDE: usize = 600;

/// A decoded image, cheap to clone (decode a logo once, use it for a whole batch of letters).
#[derive(Clone, PartialEq)]
pub struct Image {
    pub(crate) data: Arc<ImageData>,
}

#[derive(PartialEq)]
pub(crate) enum ImageData {
    /// A baseline or progressive JPEG, embedded unchanged (PDF's DCTDecode reads it).
    Jpeg {
        bytes: Vec<u8>,
        width: usize,
        height: usize,
        grey: bool,
    },
    /// 8-bit pixels: 1 (grey), 2 (grey + alpha), 3 (RGB) or 4 (RGBA) channels.
    Pixels {
        pixels: Vec<u8>,
        width: usize,
        height: usize,
        channels: usize,
    },
}

impl Image {
    /// Reads a PNG or JPEG logo.
    ///
    /// PNG: every colour type and bit depth, transparency kept. JPEG: greyscale or RGB, baseline
    /// or progressive; CMYK and arithmetic-coded JPEGs are refused with a message saying so.
    pub fn from_bytes(bytes: &[u8]) -> Result<Image, PdfError> {
        let data = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            decode_png(bytes)?
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            read_jpeg(bytes)?
        } else {
            return Err(PdfError::Image(
                "it is neither a PNG nor a JPEG file".into(),
            ));
        };
        Ok(Image {
            data: Arc::new(data),
        })
    }

    /// Width and height in pixels.
    pub fn size(&self) -> (usize, usize) {
        match &*self.data {
            ImageData::Jpeg { width, height, .. } | ImageData::Pixels { width, height, .. } => {
                (*width, *height)
            }
        }
    }
}

impl fmt::Debug for Image {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (w, h) = self.size();
        let kind = match &*self.data {
            ImageData::Jpeg { .. } => "JPEG",
            ImageData::Pixels { .. } => "PNG",
        };
        write!(f, "Image({kind} {w}x{h})")
    }
}

fn decode_png(bytes: &[u8]) -> Result<ImageData, PdfError> {
    let error =
        |e: png::DecodingError| PdfError::Image(format!("the PNG file cannot be read ({e})"));
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    // Palette and low bit depths to 8-bit grey/RGB, tRNS to an alpha channel, 16 bits to 8.
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(error)?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| PdfError::Image("the PNG file is too large".into()))?;
    let mut buffer = vec![0; size];
    let info = reader.next_frame(&mut buffer).map_err(error)?;
    buffer.truncate(info.buffer_size());
    let channels = match info.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => {
            return Err(PdfError::Image(
                "the PNG palette could not be expanded".into(),
            ));
        }
    };
    let (width, height) = (info.width as usize, info.height as usize);
    if width == 0 || height == 0 || buffer.len() != width * height * channels {
        return Err(PdfError::Image("the PNG file has no pixels".into()));
    }
    Ok(shrink(buffer, width, height, channels))
}

/// Scales pixels down (averaging boxes) to at most [`MAX_PIXELS_WIDE`] wide.
fn shrink(pixels: Vec<u8>, width: usize, height: usize, channels: usize) -> ImageData {
    if width <= MAX_PIXELS_WIDE {
        return ImageData::Pixels {
            pixels,
            width,
            height,
            channels,
        };
    }
    let new_width = MAX_PIXELS_WIDE;
    let new_height = (height * new_width).div_ceil(width).max(1);
    let mut out = Vec::with_capacity(new_width * new_height * channels);
    for ny in 0..new_height {
        let (y0, y1) = (
            ny * height / new_height,
            ((ny + 1) * height / new_height).max(ny * height / new_height + 1),
        );
        for nx in 0..new_width {
            let (x0, x1) = (
                nx * width / new_width,
                ((nx + 1) * width / new_width).max(nx * width / new_width + 1),
            );
            let count = ((y1 - y0) * (x1 - x0)) as u32;
            for c in 0..channels {
                let mut sum = 0u32;
                for y in y0..y1.min(height) {
                    for x in x0..x1.min(width) {
                        sum += u32::from(pixels[(y * width + x) * channels + c]);
                    }
                }
                out.push(((sum + count / 2) / count.max(1)) as u8);
            }
        }
    }
    ImageData::Pixels {
        pixels: out,
        width: new_width,
        height: new_height,
        channels,
    }
}

/// Reads a JPEG's frame header for its size and colour components.
fn read_jpeg(bytes: &[u8]) -> Result<ImageData, PdfError> {
    let broken = || PdfError::Image("the JPEG file is damaged (no frame header)".into());
    let mut at = 2;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return Err(broken());
        }
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        if matches!(marker, 0x01 | 0xD0..=0xD7) {
            at += 2;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        match marker {
            0xC0..=0xC2 => {
                let header = bytes.get(at + 4..at + 10).ok_or_else(broken)?;
                let height = usize::from(u16::from_be_bytes([header[1], header[2]]));
                let width = usize::from(u16::from_be_bytes([header[3], header[4]]));
                let grey = match header[5] {
                    1 => true,
                    3 => false,
                    _ => {
                        return Err(PdfError::Image(
                            "CMYK JPEG files are not supported; save the logo as RGB or PNG".into(),
                        ));
                    }
                };
                if header[0] != 8 || width == 0 || height == 0 {
                    return Err(PdfError::Image(
                        "the JPEG file is not an 8-bit image with a size".into(),
                    ));
                }
                return Ok(ImageData::Jpeg {
                    bytes: bytes.to_vec(),
                    width,
                    height,
                    grey,
                });
            }
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                return Err(PdfError::Image(
                    "lossless or arithmetic-coded JPEG files are not supported; save the logo as a \
                     normal JPEG or PNG"
                        .into(),
                ));
            }
            0xD9 | 0xDA => return Err(broken()),
            _ => at += 2 + length,
        }
    }
    Err(broken())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A tiny RGBA PNG, `width` x `height`, half transparent.
    pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, width, height);
            encoder.set_color(png::ColorType::Rgba);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().unwrap();
            let pixels: Vec<u8> = (0..width * height)
                .flat_map(|i| [29, 78, 137, if i % 2 == 0 { 255 } else { 128 }])
                .collect();
            writer.write_image_data(&pixels).unwrap();
        }
        out
    }

    /// The smallest valid baseline JPEG header we can write by hand: SOI, SOF0, EOI.
    pub(crate) fn jpeg_header(width: u16, height: u16, components: u8) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        out.extend([0xFF, 0xC0, 0x00, 0x11, 0x08]);
        out.extend(height.to_be_bytes());
        out.extend(width.to_be_bytes());
        out.push(components);
        out.extend([0; 9]);
        out.extend([0xFF, 0xD9]);
        out
    }

    #[test]
    fn reads_a_png_with_transparency() {
        let image = Image::from_bytes(&png(4, 2)).unwrap();
        assert_eq!(image.size(), (4, 2));
        assert!(matches!(
            &*image.data,
            ImageData::Pixels { channels: 4, .. }
        ));
        assert_eq!(format!("{image:?}"), "Image(PNG 4x2)");
    }

    #[test]
    fn shrinks_a_large_png() {
        let image = Image::from_bytes(&png(1200, 300)).unwrap();
        assert_eq!(image.size(), (600, 150));
    }

    #[test]
    fn reads_the_size_of_a_jpeg() {
        let image = Image::from_bytes(&jpeg_header(320, 100, 3)).unwrap();
        assert_eq!(image.size(), (320, 100));
    }

    #[test]
    fn refuses_cmyk_jpeg_and_other_files() {
        let err = Image::from_bytes(&jpeg_header(10, 10, 4)).unwrap_err();
        assert!(err.to_string().contains("CMYK"), "{err}");
        let err = Image::from_bytes(b"GIF89a").unwrap_err();
        assert_eq!(
            err.to_string(),
            "the logo cannot be used: it is neither a PNG nor a JPEG file"
        );
        let err = Image::from_bytes(&[0xFF, 0xD8, 0xFF]).unwrap_err();
        assert!(err.to_string().contains("damaged"), "{err}");
        let err = Image::from_bytes(b"\x89PNG\r\n\x1a\nrest").unwrap_err();
        assert!(err.to_string().contains("PNG file cannot be read"), "{err}");
    }
}
