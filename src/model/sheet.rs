//! Positioned text: what an importer of a printed page hands to the layout phase. A PDF
//! gives one run per glyph; a file of OCR words (ALTO, hOCR, PAGE) gives one run per word.
//! The layout ([`crate::layout`]) turns a sheet into lines, blocks, zones and reading order.

use super::BBox;

/// One run of text set in one place: a glyph, or a word. Its text is a byte range of
/// [`Sheet::text`], so a page of glyphs costs no allocation per run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    /// Start of the run's text in [`Sheet::text`] (bytes).
    pub start: u32,
    /// End of the run's text in [`Sheet::text`] (bytes).
    pub end: u32,
    /// The run's first character.
    pub first: char,
    /// The run's last character.
    pub last: char,
    /// Left edge of the run (a glyph's origin), in points from the page's left.
    pub x: f32,
    /// Baseline, in points from the page's top.
    pub y: f32,
    /// Font size in points.
    pub size: f32,
    /// Advance width (the run's width) in points.
    pub advance: f32,
    /// Index into [`Sheet::fonts`].
    pub font: u16,
    /// Drawn invisibly (an OCR layer).
    pub invisible: bool,
    /// Filled and stroked (synthetic bold).
    pub stroked: bool,
}

/// Where and how a run is printed: a [`Run`] without its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ink {
    /// Left edge in points.
    pub x: f32,
    /// Baseline in points.
    pub y: f32,
    /// Font size in points.
    pub size: f32,
    /// Width in points.
    pub advance: f32,
    /// Index into [`Sheet::fonts`].
    pub font: u16,
    /// Drawn invisibly (an OCR layer).
    pub invisible: bool,
    /// Filled and stroked (synthetic bold).
    pub stroked: bool,
}

impl Run {
    /// The run's right edge in points.
    pub fn right(&self) -> f32 {
        self.x + self.advance
    }

    /// Whether the run is a single character `ch`.
    pub fn is_char(&self, ch: char) -> bool {
        self.first == ch && (self.end - self.start) as usize == ch.len_utf8()
    }

    /// The run's box, from its baseline and size (ascent 0.88, descent 0.12 of the size).
    pub fn bbox(&self) -> BBox {
        BBox { x0: self.x, y0: self.y - 0.88 * self.size, x1: self.right(), y1: self.y + 0.12 * self.size }
    }
}

/// A font of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetFont {
    /// PostScript name, subset prefix removed.
    pub name: String,
    /// 400 regular, 700 bold.
    pub weight: u16,
}

/// Everything printed on one page that the layout needs.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    /// Page width in points.
    pub width: f32,
    /// Page height in points.
    pub height: f32,
    /// Runs in drawing order.
    pub runs: Vec<Run>,
    /// The text of every run, one after another.
    pub text: String,
    /// Fonts the runs refer to.
    pub fonts: Vec<SheetFont>,
    /// Pictures.
    pub figures: Vec<BBox>,
    /// Thin printed lines.
    pub rules: Vec<BBox>,
    /// Lines and blocks the file states (OCR formats group their words so): the layout keeps
    /// them rather than finding its own. `None` for a PDF, whose glyphs have no grouping.
    pub stated: Option<Stated>,
    /// 0-based page index in its file.
    pub page_index: usize,
    /// Pages in the file.
    pub page_count: usize,
}

/// The lines and blocks a file of OCR words states.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stated {
    /// Each line's runs (words, in reading order): a range of [`Sheet::runs`].
    pub lines: Vec<std::ops::Range<u32>>,
    /// Each block's lines: a range of [`Stated::lines`].
    pub blocks: Vec<std::ops::Range<u32>>,
    /// Each block's ids in the file (see [`crate::model::Block::source_ids`]); empty, or one
    /// entry a block.
    pub block_ids: Vec<Vec<String>>,
    /// Whether the file marks the words it hyphenates at a line end (ALTO `HYP`, `HypPart1`).
    pub marks_hyphens: bool,
    /// The lines (indexes in [`Stated::lines`], ascending) whose last word the file marks as
    /// hyphenated at the line end.
    pub soft_hyphens: Vec<u32>,
    /// Each line's type size as the file states it (ALTO `FONTSIZE`), in the file's points;
    /// 0 where it does not (or empty).
    pub sizes: Vec<f32>,
    /// Each line's word confidence as the file states it (0 to 1, by characters); negative
    /// where it does not (or empty).
    pub confidences: Vec<f32>,
}

impl Sheet {
    /// Adds a run of `text` printed at `ink`; an empty text adds nothing.
    ///
    /// ```
    /// use broadsheet::model::{Ink, Sheet};
    /// let mut sheet = Sheet::default();
    /// let ink = Ink { x: 10.0, y: 20.0, size: 10.0, advance: 30.0, font: 0, invisible: false, stroked: false };
    /// sheet.push_run("word", ink);
    /// assert_eq!(sheet.text_of(&sheet.runs[0]), "word");
    /// assert_eq!(sheet.runs[0].right(), 40.0);
    /// ```
    pub fn push_run(&mut self, text: &str, ink: Ink) {
        let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else { return };
        let start = self.text.len() as u32;
        self.text.push_str(text);
        let Ink { x, y, size, advance, font, invisible, stroked } = ink;
        self.runs.push(Run {
            start,
            end: self.text.len() as u32,
            first,
            last,
            x,
            y,
            size,
            advance,
            font,
            invisible,
            stroked,
        });
    }

    /// Adds a run of one character.
    pub fn push_char(&mut self, ch: char, ink: Ink) {
        self.push_run(ch.encode_utf8(&mut [0; 4]), ink);
    }

    /// Drops the runs from `len` on, with their text.
    pub fn truncate_runs(&mut self, len: usize) {
        if let Some(run) = self.runs.get(len) {
            self.text.truncate(run.start as usize);
            self.runs.truncate(len);
        }
    }

    /// A run's text.
    pub fn text_of(&self, run: &Run) -> &str {
        self.text.get(run.start as usize..run.end as usize).unwrap_or("")
    }
}
