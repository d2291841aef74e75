//! The big clock digits: a 3×5 pixel font, drawn with block characters and
//! scaled by a whole factor to the largest size that fits the terminal.
//!
//! A pixel is `2 × scale` columns wide and `scale` rows high, because a
//! terminal cell is about twice as high as it is wide: this keeps the digits'
//! proportions at every scale.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

/// Pixel rows in every glyph.
const GLYPH_ROWS: u16 = 5;

/// Empty pixel columns between two glyphs.
const GAP: u16 = 1;

/// What a lit pixel is drawn with.
const BLOCK: &str = "█";

/// The glyph for `c`, one string per pixel row, `#` for a lit pixel. The
/// shapes are those of tty-clock. Characters the font lacks are blank.
fn glyph(c: char) -> [&'static str; GLYPH_ROWS as usize] {
    match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => ["  #", "  #", "  #", "  #", "  #"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ':' => [" ", "#", " ", "#", " "],
        _ => ["   "; GLYPH_ROWS as usize],
    }
}

/// Width of the glyph for `c`, in pixels.
fn glyph_width(c: char) -> u16 {
    glyph(c)[0].len() as u16
}

/// Text drawn in big block glyphs at a whole scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BigText<'a> {
    text: &'a str,
    scale: u16,
    style: Style,
}

impl<'a> BigText<'a> {
    /// `text` with each pixel `2 × scale` columns wide and `scale` rows high.
    pub fn new(text: &'a str, scale: u16) -> Self {
        Self {
            text,
            scale,
            style: Style::default(),
        }
    }

    /// The same text drawn in `style`.
    pub fn style(self, style: Style) -> Self {
        Self { style, ..self }
    }

    /// Columns the text takes.
    pub fn width(&self) -> u16 {
        pixel_width(self.text)
            .saturating_mul(2)
            .saturating_mul(self.scale)
    }

    /// Rows the text takes.
    pub fn height(&self) -> u16 {
        GLYPH_ROWS.saturating_mul(self.scale)
    }

    /// The largest scale at which `text` fits in `width` columns and `height`
    /// rows, or 0 when it does not fit even at scale 1.
    pub fn largest_scale(text: &str, width: u16, height: u16) -> u16 {
        let by_width = width / pixel_width(text).saturating_mul(2).max(1);
        let by_height = height / GLYPH_ROWS;
        by_width.min(by_height)
    }
}

/// Width of `text` in pixels at scale 1, gaps included.
fn pixel_width(text: &str) -> u16 {
    let glyphs: u16 = text.chars().map(glyph_width).sum();
    let gaps = (text.chars().count() as u16).saturating_sub(1) * GAP;
    glyphs.saturating_add(gaps)
}

impl Widget for BigText<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        let (pixel_w, pixel_h) = (self.scale.saturating_mul(2), self.scale);
        let mut left = area.x;
        for c in self.text.chars() {
            for (row, pixels) in (0..).zip(glyph(c)) {
                for (col, pixel) in (0..).zip(pixels.chars()) {
                    if pixel != '#' {
                        continue;
                    }
                    let x = left.saturating_add(pixel_w.saturating_mul(col));
                    let y = area.y.saturating_add(pixel_h.saturating_mul(row));
                    let lit = Rect::new(x, y, pixel_w, pixel_h).intersection(area);
                    for position in lit.positions() {
                        buf[position].set_symbol(BLOCK).set_style(self.style);
                    }
                }
            }
            left = left.saturating_add((glyph_width(c) + GAP).saturating_mul(pixel_w));
        }
    }
}
