//! What the OCR formats share (ALTO, hOCR, PAGE XML): words with boxes, grouped into lines
//! and blocks by the file, become runs of a [`Sheet`] with those lines and blocks stated.

use super::{ImportError, limits};
use crate::model::{BBox, Ink, Page, Sheet, SheetFont, Stated};

/// A word's type size against its line's height (ascenders to descenders).
const SIZE_OF_LINE_HEIGHT: f32 = 0.75;

/// Where the baseline stands in a line's box, from its top.
const BASELINE_OF_LINE_HEIGHT: f32 = 0.8;

/// A graphical element this thin (against its length) is a printed rule.
const RULE_MAX_ASPECT: f32 = 0.05;

/// A box in the file's units: left, top, width, height.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// Builds a sheet of words, line by line and block by block.
pub(crate) struct Words {
    sheet: Sheet,
    stated: Stated,
    /// Points per file unit.
    pub scale: f32,
    block_first_line: Option<u32>,
    /// The open block's ids in the file.
    block_ids: Vec<String>,
    /// The open line: its box, and its first run.
    line: Option<(Option<Rect>, u32)>,
    /// The open line's last word is marked as hyphenated at the line end.
    soft_hyphen: bool,
    /// The type sizes the file states for the open line's words, with their lengths.
    line_sizes: Vec<(f32, usize)>,
    /// The open line's stated word confidences, summed by characters, and those characters.
    line_confidence: (f32, usize),
}

impl Words {
    /// An empty sheet whose units are `scale` points each.
    pub fn new(scale: f32) -> Words {
        let font = |weight| SheetFont { name: String::new(), weight };
        let sheet = Sheet { fonts: vec![font(400), font(700)], ..Sheet::default() };
        Words {
            sheet,
            stated: Stated::default(),
            scale,
            block_first_line: None,
            block_ids: Vec::new(),
            line: None,
            soft_hyphen: false,
            line_sizes: Vec::new(),
            line_confidence: (0.0, 0),
        }
    }

    /// Opens a block (closing any open one).
    pub fn begin_block(&mut self) {
        self.end_block();
        self.block_first_line = Some(self.stated.lines.len() as u32);
    }

    /// Closes the open block; a block without lines is dropped.
    pub fn end_block(&mut self) {
        self.end_line();
        let ids = std::mem::take(&mut self.block_ids);
        if let Some(first) = self.block_first_line.take() {
            let end = self.stated.lines.len() as u32;
            if end > first {
                self.stated.blocks.push(first..end);
                self.stated.block_ids.push(ids);
            }
        }
    }

    /// Names the open block as the file does (its own id first).
    pub fn name_block(&mut self, ids: Vec<String>) {
        self.block_ids = ids;
    }

    /// Opens a line with its box when the file gives one (closing any open line).
    pub fn begin_line(&mut self, rect: Option<Rect>) {
        self.end_line();
        if self.block_first_line.is_none() {
            self.begin_block();
        }
        self.line = Some((rect.filter(|r| r.h > 0.0), self.sheet.runs.len() as u32));
    }

    /// Closes the open line; a line without words is dropped.
    pub fn end_line(&mut self) {
        if let Some((_, first)) = self.line.take() {
            let end = self.sheet.runs.len() as u32;
            if end > first {
                if std::mem::take(&mut self.soft_hyphen) {
                    self.stated.soft_hyphens.push(self.stated.lines.len() as u32);
                }
                // The size most of the line's characters are set in.
                let mut sizes = std::mem::take(&mut self.line_sizes);
                sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
                let half = sizes.iter().map(|s| s.1).sum::<usize>().div_ceil(2);
                let mut seen = 0;
                let size = sizes.iter().find(|s| {
                    seen += s.1;
                    seen >= half
                });
                self.stated.sizes.push(size.map_or(0.0, |s| s.0));
                let (sum, chars) = self.line_confidence;
                self.stated.confidences.push(if chars > 0 { sum / chars as f32 } else { -1.0 });
                self.stated.lines.push(first..end);
            }
        }
        self.soft_hyphen = false;
        self.line_sizes.clear();
        self.line_confidence = (0.0, 0);
    }

    /// The OCR engine's confidence (0 to 1) in the word just added, `chars` long.
    pub fn confidence(&mut self, confidence: f32, chars: usize) {
        if self.line.is_some() && (0.0..=1.0).contains(&confidence) {
            let chars = chars.max(1);
            self.line_confidence.0 += confidence * chars as f32;
            self.line_confidence.1 += chars;
        }
    }

    /// The type size the file states for the word just added, `chars` long.
    pub fn stated_size(&mut self, size: f32, chars: usize) {
        if self.line.is_some() && size.is_finite() && size > 0.0 {
            self.line_sizes.push((size, chars.max(1)));
        }
    }

    /// Marks the open line's last word as hyphenated at the line end (the file says so).
    pub fn mark_soft_hyphen(&mut self) {
        self.stated.marks_hyphens = true;
        self.soft_hyphen = self.line.is_some();
    }

    /// Whether a line is open.
    pub fn in_line(&self) -> bool {
        self.line.is_some()
    }

    /// The runs so far.
    pub fn word_count(&self) -> usize {
        self.sheet.runs.len()
    }

    /// A word at `rect`, set on its line's baseline and sized by its line's height.
    pub fn word(&mut self, text: &str, rect: Rect, bold: bool) -> Result<(), ImportError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(());
        }
        if !self.in_line() {
            self.begin_line(None);
        }
        if self.sheet.runs.len() >= limits::MAX_GLYPHS {
            return Err(ImportError::TooManyGlyphs { page: 1, limit: limits::MAX_GLYPHS });
        }
        let k = self.scale;
        let line = self.line.and_then(|(r, _)| r).unwrap_or(rect);
        let ink = Ink {
            x: rect.x * k,
            y: (line.y + line.h * BASELINE_OF_LINE_HEIGHT) * k,
            size: (line.h * SIZE_OF_LINE_HEIGHT * k).max(1.0),
            advance: (rect.w * k).max(0.0),
            font: u16::from(bold),
            invisible: false,
            stroked: false,
        };
        self.sheet.push_run(text, ink);
        Ok(())
    }

    /// Appends `text` (a printed hyphen) to the open line's last word.
    pub fn append_to_last_word(&mut self, text: &str) {
        let Some((_, first)) = self.line else { return };
        if text.is_empty() || self.sheet.runs.len() as u32 <= first {
            return;
        }
        let Some(run) = self.sheet.runs.last_mut() else { return };
        self.sheet.text.push_str(text);
        run.end = self.sheet.text.len() as u32;
        run.last = text.chars().next_back().unwrap_or(run.last);
    }

    /// The open line's last word ends in a hyphen.
    pub fn last_word_hyphenated(&self) -> bool {
        let Some((_, first)) = self.line else { return false };
        self.sheet.runs.len() as u32 > first
            && self.sheet.runs.last().is_some_and(|r| matches!(r.last, '-' | '¬' | '‐'))
    }

    /// A picture (for captions), or a thin printed rule.
    pub fn graphic(&mut self, rect: Rect) {
        let k = self.scale;
        let bbox = BBox { x0: rect.x * k, y0: rect.y * k, x1: (rect.x + rect.w) * k, y1: (rect.y + rect.h) * k };
        if rect.w.min(rect.h) <= RULE_MAX_ASPECT * rect.w.max(rect.h) {
            self.sheet.rules.push(bbox);
        } else {
            self.sheet.figures.push(bbox);
        }
    }

    /// The page, laid out (`size` in file units, when the file gives it), named `name` and
    /// marked as read from `format`.
    pub fn lay_out(mut self, name: &str, format: &'static str, size: Option<(f32, f32)>) -> Result<Page, ImportError> {
        self.end_block();
        let Words { mut sheet, stated, scale, .. } = self;
        if sheet.runs.is_empty() {
            return Err(ImportError::NoWords(format));
        }
        let (width, height) = match size {
            Some((w, h)) if w > 0.0 && h > 0.0 => (w * scale, h * scale),
            _ => {
                let right = sheet.runs.iter().map(|g| g.right()).fold(0.0f32, f32::max);
                let bottom = sheet.runs.iter().map(|g| g.y + g.size).fold(0.0f32, f32::max);
                (right, bottom)
            }
        };
        (sheet.width, sheet.height) = (width, height);
        (sheet.page_index, sheet.page_count) = (0, 1);
        sheet.stated = Some(stated);
        let mut page = crate::layout::lay_out(name, &sheet);
        page.encoding = format.to_owned();
        Ok(page)
    }
}

/// An opened file of OCR words: one page, read and laid out.
#[derive(Debug)]
pub(crate) struct WordsFile {
    pub name: String,
    pub page: Page,
    /// The page's scan, when one is beside the file.
    pub scan: Option<std::path::PathBuf>,
}

impl WordsFile {
    /// The file read from `path`, with the scan beside it: the image the file names
    /// after `key` (`key="NAME"`, `<key>NAME<`, or hOCR's `key "NAME"`), or one named as the
    /// file is.
    pub fn at(path: &std::path::Path, page: Page, bytes: &[u8], key: &str) -> WordsFile {
        let named = named_image(bytes, key);
        let scan = super::scan::scan_beside(path, named.as_deref());
        WordsFile { name: super::file_name(path), page, scan }
    }
}

/// The image file an OCR file names: the value after `key` (an attribute `key="…"`, an
/// element `<key>…<`, or hOCR's `key "…"` in a title), in its first 64 KiB.
fn named_image(bytes: &[u8], key: &str) -> Option<String> {
    let head = &bytes[..bytes.len().min(64 << 10)];
    let at = memchr::memmem::find(head, key.as_bytes())? + key.len();
    let rest = std::str::from_utf8(&head[at..]).ok().or_else(|| {
        let valid = std::str::from_utf8(&head[at..]).err()?.valid_up_to();
        std::str::from_utf8(&head[at..at + valid]).ok()
    })?;
    let rest = rest.trim_start_matches(['=', ' ', '>']);
    let quote = rest.chars().next()?;
    let value = match quote {
        '"' | '\'' => rest[1..].split(quote).next()?,
        _ => rest.split('<').next()?,
    };
    let value = value.trim();
    (!value.is_empty() && value.len() < 1024).then(|| value.to_owned())
}

impl super::Source for WordsFile {
    fn page(&self, index: usize) -> Result<Page, ImportError> {
        match index {
            0 => Ok(self.page.clone()),
            _ => Err(ImportError::NoSuchPage { page: index + 1, count: 1 }),
        }
    }

    fn page_name(&self, _index: usize) -> String {
        self.name.clone()
    }

    fn page_size(&self, _index: usize) -> Option<(f32, f32)> {
        self.page.layout.as_ref().map(|l| (l.width, l.height))
    }

    fn has_page_images(&self) -> bool {
        self.scan.is_some()
    }

    fn render(
        &self,
        index: usize,
        scale: f32,
        _cjk_font: Option<std::sync::Arc<Vec<u8>>>,
    ) -> Option<Result<super::Raster, ImportError>> {
        let (scan, size) = (self.scan.as_ref()?, self.page_size(index)?);
        Some(super::scan::render_scan(scan, size, scale))
    }
}

#[cfg(test)]
mod tests {
    use super::named_image;

    #[test]
    fn the_image_a_file_names_is_found() {
        let alto = b"<alto><Description><sourceImageInformation><fileName>//NAS/scans/0007.tif</fileName>";
        assert_eq!(named_image(alto, "fileName>").as_deref(), Some("//NAS/scans/0007.tif"));
        let page = br#"<PcGts><Page imageFilename="p 1.png" imageWidth="10">"#;
        assert_eq!(named_image(page, "imageFilename").as_deref(), Some("p 1.png"));
        let hocr = br#"<div class='ocr_page' title='image "scan.jpg"; bbox 0 0 10 10'>"#;
        assert_eq!(named_image(hocr, "image ").as_deref(), Some("scan.jpg"));
        assert_eq!(named_image(b"<alto/>", "fileName>"), None);
    }
}
