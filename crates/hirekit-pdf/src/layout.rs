//! Page geometry, drawing primitives and pagination.
//!
//! Content is first turned into [`Piece`]s: indivisible strips of the page (a line of text, a
//! table row, a rating scale) with a height, the space wanted above them, and whether they must
//! stay on the same page as the next piece. [`plan`] then places them on pages. Keeping the
//! pieces small (a paragraph is one piece per line) is what lets a page break fall between any
//! two lines but never through one.

use crate::error::PdfError;
use crate::fonts::Weight;

/// Points per millimetre.
pub(crate) const MM: f32 = 72.0 / 25.4;
pub(crate) const PAGE_WIDTH: f32 = 210.0 * MM;
pub(crate) const PAGE_HEIGHT: f32 = 297.0 * MM;

/// An RGB colour, 0–255 per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

pub(crate) const INK: Rgb = Rgb(0x1f, 0x23, 0x28);
pub(crate) const MUTED: Rgb = Rgb(0x5f, 0x66, 0x6d);
pub(crate) const RULE: Rgb = Rgb(0xb8, 0xbe, 0xc4);
pub(crate) const FAINT: Rgb = Rgb(0xef, 0xf1, 0xf3);
pub(crate) const ACCENT: Rgb = Rgb(0x1d, 0x4e, 0x89);

/// Something to draw. Coordinates are points from the top-left corner of the page (or, inside a
/// [`Piece`], of the piece); `y` of text is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Draw {
    Text {
        x: f32,
        y: f32,
        text: String,
        weight: Weight,
        size: f32,
        color: Rgb,
    },
    /// Text turned 90° anticlockwise, read from bottom to top (a vertical axis label).
    RotatedText {
        x: f32,
        y: f32,
        text: String,
        weight: Weight,
        size: f32,
        color: Rgb,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    /// The document's one image (the logo).
    Image { x: f32, y: f32, w: f32, h: f32 },
}

impl Draw {
    pub(crate) fn text(
        x: f32,
        y: f32,
        text: impl Into<String>,
        weight: Weight,
        size: f32,
        color: Rgb,
    ) -> Draw {
        Draw::Text {
            x,
            y,
            text: text.into(),
            weight,
            size,
            color,
        }
    }

    pub(crate) fn line(x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) -> Draw {
        Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        }
    }

    fn moved_down(mut self, dy: f32) -> Draw {
        match &mut self {
            Draw::Text { y, .. }
            | Draw::RotatedText { y, .. }
            | Draw::Rect { y, .. }
            | Draw::Image { y, .. } => *y += dy,
            Draw::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }
}

/// An indivisible strip of content.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Piece {
    pub(crate) height: f32,
    /// Space above the piece; dropped at the top of a page.
    pub(crate) space_before: f32,
    /// Must end up on the same page as the next piece (headings, first lines of paragraphs,
    /// a table header and its first row).
    pub(crate) keep_with_next: bool,
    /// Index into [`Flow::headers`]: drawn first when this piece starts a page (a table's header
    /// row on the pages the table continues on).
    pub(crate) header: Option<usize>,
    /// Starts a new page unless it already stands at the top of one (an appendix).
    pub(crate) break_before: bool,
    /// What the piece is, for the error when it is taller than a page.
    pub(crate) what: &'static str,
    /// Drawing operations relative to the piece's top-left corner.
    pub(crate) draws: Vec<Draw>,
}

/// Pieces in reading order, plus the header pieces they may repeat.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Flow {
    pub(crate) pieces: Vec<Piece>,
    pub(crate) headers: Vec<Piece>,
}

impl Flow {
    pub(crate) fn push(&mut self, piece: Piece) {
        self.pieces.push(piece);
    }

    /// Marks the last piece so far as belonging with the next one.
    pub(crate) fn keep_last_with_next(&mut self) {
        if let Some(last) = self.pieces.last_mut() {
            last.keep_with_next = true;
        }
    }
}

/// Where the flowing content may go, as distances from the top of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Frame {
    /// Top of the content on the first page (a letter starts its body below the address).
    pub(crate) first_top: f32,
    /// Top of the content on every further page.
    pub(crate) top: f32,
    /// Bottom of the content on every page.
    pub(crate) bottom: f32,
}

/// Which piece goes where.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Slot {
    Body(usize),
    Header(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Placement {
    pub(crate) slot: Slot,
    /// Distance of the piece's top from the top of the page.
    pub(crate) y: f32,
}

struct Cursor<'a> {
    flow: &'a Flow,
    frame: Frame,
    pages: Vec<Vec<Placement>>,
    y: f32,
    /// Nothing placed on this page yet.
    at_top: bool,
}

impl Cursor<'_> {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.frame.top;
        self.at_top = true;
    }

    fn header_height(&self, index: usize) -> f32 {
        self.flow.pieces[index]
            .header
            .and_then(|h| self.flow.headers.get(h))
            .map_or(0.0, |h| h.height)
    }

    /// Height pieces `from..=to` take at the top of a fresh page.
    fn fresh_height(&self, from: usize, to: usize) -> f32 {
        let pieces = &self.flow.pieces;
        self.header_height(from)
            + pieces[from].height
            + pieces[from + 1..=to]
                .iter()
                .map(|p| p.space_before + p.height)
                .sum::<f32>()
    }

    /// Height pieces `from..=to` take from the cursor on.
    fn height_here(&self, from: usize, to: usize) -> f32 {
        let pieces = &self.flow.pieces;
        let first_space = if self.at_top {
            0.0
        } else {
            pieces[from].space_before
        };
        let header = if self.at_top {
            self.header_height(from)
        } else {
            0.0
        };
        header
            + first_space
            + pieces[from].height
            + pieces[from + 1..=to]
                .iter()
                .map(|p| p.space_before + p.height)
                .sum::<f32>()
    }

    fn place(&mut self, index: usize) -> Result<(), PdfError> {
        let piece = &self.flow.pieces[index];
        let mut space = if self.at_top { 0.0 } else { piece.space_before };
        if !self.at_top && self.y + space + piece.height > self.frame.bottom {
            self.new_page();
            space = 0.0;
        }
        let header = if self.at_top {
            piece
                .header
                .and_then(|h| self.flow.headers.get(h).map(|p| (h, p)))
        } else {
            None
        };
        let header_height = header.map_or(0.0, |(_, p)| p.height);
        if self.y + header_height + piece.height > self.frame.bottom {
            // Taller than what is left of an empty page: a later page may have more room
            // (a letter's first page starts below the address), otherwise it cannot be printed.
            let fresh = self.frame.bottom - self.frame.top;
            if self.y > self.frame.top && header_height + piece.height <= fresh {
                self.new_page();
                return self.place(index);
            }
            return Err(PdfError::TooTall(piece.what.to_string()));
        }
        let page = self.pages.len() - 1;
        if let Some((h, p)) = header {
            self.pages[page].push(Placement {
                slot: Slot::Header(h),
                y: self.y,
            });
            self.y += p.height;
        }
        self.pages[page].push(Placement {
            slot: Slot::Body(index),
            y: self.y + space,
        });
        self.y += space + piece.height;
        self.at_top = false;
        Ok(())
    }
}

/// Places the pieces of `flow` on pages.
///
/// Guarantees: pieces keep their order; none extends below `frame.bottom`; a piece marked
/// [`Piece::keep_with_next`] is on the same page as the next piece whenever the two (and the
/// chain they belong to) fit on one page at all — so a heading is never the last thing on a page;
/// a piece with a header starting a page has that header above it. A piece taller than an empty
/// page is an error, not an overflow.
pub(crate) fn plan(flow: &Flow, frame: Frame) -> Result<Vec<Vec<Placement>>, PdfError> {
    let mut cursor = Cursor {
        flow,
        frame,
        pages: vec![Vec::new()],
        y: frame.first_top,
        at_top: true,
    };
    let fresh_capacity = frame.bottom - frame.top;
    let count = flow.pieces.len();
    let mut i = 0;
    while i < count {
        let mut j = i;
        while j + 1 < count && flow.pieces[j].keep_with_next {
            j += 1;
        }
        if flow.pieces[i].break_before && !cursor.at_top {
            cursor.new_page();
        }
        // Moving on is pointless when this page already offers as much room as a fresh one.
        let can_move = !cursor.at_top || cursor.y > frame.top;
        if can_move && cursor.y + cursor.height_here(i, j) > frame.bottom {
            if cursor.fresh_height(i, j) <= fresh_capacity {
                cursor.new_page();
            } else {
                // A chain longer than a page: at least keep its first two pieces together, which
                // is what keeps a heading with the start of its section.
                let pair_end = (i + 1).min(j);
                if cursor.y + cursor.height_here(i, pair_end) > frame.bottom {
                    cursor.new_page();
                }
            }
        }
        for k in i..=j {
            cursor.place(k)?;
        }
        i = j + 1;
    }
    Ok(cursor.pages)
}

/// The drawing operations of each page, in page coordinates.
pub(crate) fn draws(flow: &Flow, plan: &[Vec<Placement>]) -> Vec<Vec<Draw>> {
    plan.iter()
        .map(|page| {
            page.iter()
                .flat_map(|placement| {
                    let piece = match placement.slot {
                        Slot::Body(i) => flow.pieces.get(i),
                        Slot::Header(h) => flow.headers.get(h),
                    };
                    piece
                        .into_iter()
                        .flat_map(|p| p.draws.iter())
                        .map(move |d| d.clone().moved_down(placement.y))
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn piece(height: f32, space_before: f32, keep_with_next: bool) -> Piece {
        Piece {
            height,
            space_before,
            keep_with_next,
            what: "a test piece",
            ..Piece::default()
        }
    }

    const FRAME: Frame = Frame {
        first_top: 0.0,
        top: 0.0,
        bottom: 100.0,
    };

    fn pages_of(plan: &[Vec<Placement>]) -> Vec<Vec<usize>> {
        plan.iter()
            .map(|p| {
                p.iter()
                    .filter_map(|pl| match pl.slot {
                        Slot::Body(i) => Some(i),
                        Slot::Header(_) => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn lines_flow_onto_the_next_page_without_being_cut() {
        let flow = Flow {
            pieces: (0..25).map(|_| piece(10.0, 0.0, false)).collect(),
            headers: vec![],
        };
        let plan = plan(&flow, FRAME).unwrap();
        assert_eq!(
            pages_of(&plan).iter().map(Vec::len).collect::<Vec<_>>(),
            [10, 10, 5]
        );
    }

    #[test]
    fn space_before_is_dropped_at_the_top_of_a_page() {
        let flow = Flow {
            pieces: vec![piece(95.0, 0.0, false), piece(10.0, 8.0, false)],
            headers: vec![],
        };
        let plan = plan(&flow, FRAME).unwrap();
        assert_eq!(plan[1][0].y, 0.0);
    }

    #[test]
    fn a_heading_moves_to_the_next_page_with_its_first_line() {
        // 8 lines fill 80; heading (12 + 6 space) would fit, heading + line would not.
        let mut pieces: Vec<Piece> = (0..8).map(|_| piece(10.0, 0.0, false)).collect();
        pieces.push(piece(12.0, 6.0, true));
        pieces.push(piece(10.0, 0.0, false));
        let plan = plan(
            &Flow {
                pieces,
                headers: vec![],
            },
            FRAME,
        )
        .unwrap();
        assert_eq!(pages_of(&plan), [(0..8).collect::<Vec<_>>(), vec![8, 9]]);
    }

    #[test]
    fn the_first_page_may_start_lower() {
        let frame = Frame {
            first_top: 60.0,
            top: 0.0,
            bottom: 100.0,
        };
        let flow = Flow {
            pieces: (0..6).map(|_| piece(10.0, 0.0, false)).collect(),
            headers: vec![],
        };
        let plan = plan(&flow, frame).unwrap();
        assert_eq!(pages_of(&plan), [vec![0, 1, 2, 3], vec![4, 5]]);
        assert_eq!(plan[0][0].y, 60.0);
    }

    #[test]
    fn a_table_header_is_repeated_where_the_table_continues() {
        let header = piece(15.0, 0.0, false);
        let mut pieces = vec![piece(15.0, 0.0, true)];
        for _ in 0..12 {
            pieces.push(Piece {
                header: Some(0),
                ..piece(10.0, 0.0, false)
            });
        }
        let plan = plan(
            &Flow {
                pieces,
                headers: vec![header],
            },
            FRAME,
        )
        .unwrap();
        assert_eq!(plan.len(), 2);
        assert_eq!(
            plan[1][0],
            Placement {
                slot: Slot::Header(0),
                y: 0.0
            }
        );
        assert_eq!(
            plan[1][1],
            Placement {
                slot: Slot::Body(9),
                y: 15.0
            }
        );
    }

    #[test]
    fn a_piece_taller_than_a_page_is_an_error() {
        let mut p = piece(120.0, 0.0, false);
        p.what = "a rating scale";
        let err = plan(
            &Flow {
                pieces: vec![p],
                headers: vec![],
            },
            FRAME,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "a rating scale is taller than a page and cannot be printed"
        );
    }

    #[test]
    fn draws_are_moved_to_their_place() {
        let mut p = piece(10.0, 0.0, false);
        p.draws.push(Draw::line(0.0, 1.0, 5.0, 1.0, 1.0, INK));
        let flow = Flow {
            pieces: vec![piece(50.0, 0.0, false), p],
            headers: vec![],
        };
        let plan = plan(&flow, FRAME).unwrap();
        assert_eq!(
            draws(&flow, &plan)[0],
            [Draw::line(0.0, 51.0, 5.0, 51.0, 1.0, INK)]
        );
    }

    proptest! {
        #[test]
        fn nothing_crosses_the_bottom_and_kept_pieces_stay_together(
            spec in proptest::collection::vec((1.0f32..40.0, 0.0f32..10.0, proptest::bool::weighted(0.3)), 1..80),
        ) {
            let pieces: Vec<Piece> = spec.iter().map(|&(h, s, k)| piece(h, s, k)).collect();
            let flow = Flow { pieces: pieces.clone(), headers: vec![] };
            let plan = plan(&flow, FRAME).unwrap();
            let mut seen = Vec::new();
            let mut page_of = vec![0; pieces.len()];
            for (n, page) in plan.iter().enumerate() {
                prop_assert!(!page.is_empty(), "empty page {n}");
                for pl in page {
                    let Slot::Body(i) = pl.slot else { continue };
                    prop_assert!(pl.y >= 0.0 && pl.y + pieces[i].height <= FRAME.bottom + 1e-3);
                    seen.push(i);
                    page_of[i] = n;
                }
            }
            prop_assert_eq!(seen, (0..pieces.len()).collect::<Vec<_>>());
            // A kept pair is split only when its chain cannot fit on one page.
            for i in 0..pieces.len().saturating_sub(1) {
                if pieces[i].keep_with_next && page_of[i] != page_of[i + 1] {
                    let mut start = i;
                    while start > 0 && pieces[start - 1].keep_with_next { start -= 1; }
                    let mut end = i + 1;
                    while end + 1 < pieces.len() && pieces[end].keep_with_next { end += 1; }
                    let chain: f32 = pieces[start].height
                        + pieces[start + 1..=end].iter().map(|p| p.height + p.space_before).sum::<f32>();
                    prop_assert!(chain > FRAME.bottom && i > start,
                        "pair {i} split although its chain ({chain}) fits a page or it starts the chain");
                }
            }
        }
    }
}
