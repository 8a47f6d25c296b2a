//! PDF pages: every glyph of a page's text layer with its place, size and font, read by
//! hayro's interpreter, then laid out into lines, blocks and stories by [`crate::layout`].
//!
//! Invisible text (render mode 3, the OCR layer of a scanned page) is text too. Composite
//! fonts (Identity-H with a ToUnicode map, or non-embedded Adobe-GB1 fonts such as
//! STSong-Light with a predefined CMap) give their Unicode through hayro.

use super::{ImportError, Source};
use crate::layout;
use crate::model::{BBox, Ink, Page, Sheet, SheetFont};
use hayro::hayro_interpret::font::{Glyph as PdfGlyph, GlyphRun};
use hayro::hayro_interpret::hayro_cmap::BfString;
use hayro::hayro_interpret::util::TransformExt;
use hayro::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps, InterpreterCache,
    InterpreterSettings, SoftMask, interpret_page,
};
use hayro::hayro_syntax::{LoadPdfError, Pdf};
use hayro::kurbo::{Affine, BezPath, Point, Rect, Shape};
use std::collections::HashMap;
use std::sync::Arc;

/// Whether the bytes are a PDF file (its header, within the first kilobyte as readers allow).
pub fn is_pdf(bytes: &[u8]) -> bool {
    memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some()
}

/// PDF files: a page's glyphs through hayro, laid out from their geometry.
pub struct PdfImporter;

impl super::Importer for PdfImporter {
    fn name(&self) -> &'static str {
        "PDF"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["pdf"]
    }

    fn sniff(&self, bytes: &[u8]) -> bool {
        is_pdf(bytes)
    }

    fn open(&self, name: &str, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        Ok(Arc::new(PdfFile::open(name, bytes)?))
    }
}

/// An opened PDF file.
pub struct PdfFile {
    name: String,
    pdf: Pdf,
}

impl std::fmt::Debug for PdfFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfFile").field("name", &self.name).field("pages", &self.page_count()).finish()
    }
}

impl PdfFile {
    /// Parses a PDF file's structure; pages are read on demand.
    pub fn open(name: &str, bytes: Vec<u8>) -> Result<PdfFile, ImportError> {
        if bytes.is_empty() {
            return Err(ImportError::Empty);
        }
        super::limits::check_pdf_streams(&bytes)?;
        let pdf = Pdf::new(bytes).map_err(|e| match e {
            LoadPdfError::Decryption(_) => ImportError::Encrypted,
            LoadPdfError::Invalid => ImportError::DamagedPdf,
        })?;
        if pdf.pages().is_empty() {
            return Err(ImportError::NoPages);
        }
        Ok(PdfFile { name: name.to_owned(), pdf })
    }

    /// How many pages the file has.
    pub fn page_count(&self) -> usize {
        self.pdf.pages().len()
    }

    /// The page's size in points (width, height), as displayed (rotation applied).
    pub fn page_size(&self, index: usize) -> Option<(f32, f32)> {
        self.pdf.pages().get(index).map(|p| p.render_dimensions())
    }

    /// Every glyph of page `index` (0-based) with the pictures and rules printed on it.
    pub fn sheet(&self, index: usize) -> Result<Sheet, ImportError> {
        let count = self.page_count();
        let page = self.pdf.pages().get(index).ok_or(ImportError::NoSuchPage { page: index + 1, count })?;
        let (width, height) = page.render_dimensions();
        let cache = InterpreterCache::new();
        let mut context = Context::new(
            page.initial_transform(true).to_kurbo(),
            Rect::new(0.0, 0.0, f64::from(width), f64::from(height)),
            &cache,
            self.pdf.xref(),
            InterpreterSettings::default(),
        );
        let mut collector = Collector::new(width, height);
        interpret_page(page, &mut context, &mut collector);
        let Collector { mut sheet, unmapped, unplaced, overflow, .. } = collector;
        if overflow {
            return Err(ImportError::TooManyGlyphs { page: index + 1, limit: super::limits::MAX_GLYPHS });
        }
        if sheet.runs.is_empty() {
            return Err(if unmapped > 0 {
                ImportError::UnreadableText { glyphs: unmapped }
            } else if unplaced > 0 {
                ImportError::UnplaceableText { page: index + 1, glyphs: unplaced }
            } else {
                ImportError::NoTextLayer { page: index + 1 }
            });
        }
        sheet.page_index = index;
        sheet.page_count = count;
        Ok(sheet)
    }

    /// Page `index` (0-based) laid out: lines in reading order with their geometry.
    pub fn page(&self, index: usize) -> Result<Page, ImportError> {
        let sheet = self.sheet(index)?;
        Ok(layout::lay_out(&self.page_name(index), &sheet))
    }

    /// The display name of a page: the file name, with the page number when there are several.
    pub fn page_name(&self, index: usize) -> String {
        if self.page_count() > 1 { format!("{} (page {})", self.name, index + 1) } else { self.name.clone() }
    }

    /// Renders page `index` at `scale` pixels per point (2.083 for 150 dpi) on white.
    /// `cjk_font` stands in for CJK fonts the file names but does not embed.
    pub fn render(&self, index: usize, scale: f32, cjk_font: Option<Arc<Vec<u8>>>) -> Result<Raster, ImportError> {
        let count = self.page_count();
        let page = self.pdf.pages().get(index).ok_or(ImportError::NoSuchPage { page: index + 1, count })?;
        let (width, height) = page.render_dimensions();
        // Pixmaps are addressed with u16.
        let scale = scale.min(f32::from(u16::MAX - 1) / width.max(height).max(1.0));
        let mut settings = InterpreterSettings::default();
        if let Some(font) = cjk_font {
            settings.font_resolver = Arc::new(move |query| {
                use hayro::hayro_interpret::font::FontQuery;
                match query {
                    FontQuery::Standard(s) => Some(s.get_font_data()),
                    FontQuery::Fallback(f) if f.character_collection.is_some() => {
                        let data: hayro::hayro_interpret::font::FontData = font.clone();
                        Some((data, 0))
                    }
                    FontQuery::Fallback(f) => Some(f.pick_standard_font().get_font_data()),
                }
            });
        }
        let pixmap = hayro::render(
            page,
            &hayro::RenderCache::new(),
            &settings,
            &hayro::RenderSettings::default(),
            &hayro::PixmapSettings {
                x_scale: scale,
                y_scale: scale,
                bg_color: hayro::vello_cpu::color::palette::css::WHITE,
            },
        );
        Ok(Raster {
            width: u32::from(pixmap.width()),
            height: u32::from(pixmap.height()),
            rgba: pixmap.data_as_u8_slice().to_vec(),
        })
    }
}

impl Source for PdfFile {
    fn page_count(&self) -> usize {
        PdfFile::page_count(self)
    }

    fn page(&self, index: usize) -> Result<Page, ImportError> {
        PdfFile::page(self, index)
    }

    fn page_name(&self, index: usize) -> String {
        PdfFile::page_name(self, index)
    }

    fn has_page_images(&self) -> bool {
        true
    }

    fn page_size(&self, index: usize) -> Option<(f32, f32)> {
        PdfFile::page_size(self, index)
    }

    fn render(&self, index: usize, scale: f32, cjk_font: Option<Arc<Vec<u8>>>) -> Option<Result<Raster, ImportError>> {
        Some(PdfFile::render(self, index, scale, cjk_font))
    }
}

/// A rendered page: RGBA pixels (premultiplied; opaque on the white page), row by row.
#[derive(Clone, Debug)]
pub struct Raster {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba: Vec<u8>,
}

/// Reads page `index` (0-based) of a PDF file's bytes.
pub fn import_pdf(name: &str, bytes: &[u8], index: usize) -> Result<Page, ImportError> {
    PdfFile::open(name, bytes.to_vec())?.page(index)
}

/// Receives hayro's drawing calls and keeps glyphs (a run each), pictures and rules.
struct Collector {
    sheet: Sheet,
    font_index: HashMap<u128, u16>,
    unmapped: usize,
    /// Glyphs drawn with no size, rotated, mirrored or vertical: left out of the layout.
    unplaced: usize,
    /// More glyphs were drawn than [`super::limits::MAX_GLYPHS`]: the rest were not kept.
    overflow: bool,
    /// The glyphs of the last run, to fold a stroke over a fill of the same run into one.
    last_run: std::ops::Range<usize>,
}

impl Collector {
    fn new(width: f32, height: f32) -> Collector {
        Collector {
            sheet: Sheet { width, height, ..Sheet::default() },
            font_index: HashMap::new(),
            unmapped: 0,
            unplaced: 0,
            overflow: false,
            last_run: 0..0,
        }
    }

    fn font_of(&mut self, glyph: &PdfGlyph<'_>) -> u16 {
        let (key, name, weight) = match glyph {
            PdfGlyph::Outline(o) => match o.font_data() {
                Some(d) => (d.cache_key, d.postscript_name.unwrap_or_default(), d.weight),
                None => (o.identifier().cache_key() >> 64, String::new(), None),
            },
            PdfGlyph::Type3(_) => (0, "Type3".to_owned(), None),
        };
        if let Some(&i) = self.font_index.get(&key) {
            return i;
        }
        let name = name.strip_suffix("-Identity-H").unwrap_or(&name).to_owned();
        let weight = weight.map_or_else(|| weight_from_name(&name), |w| w.min(1000) as u16);
        let i = self.sheet.fonts.len() as u16;
        self.sheet.fonts.push(SheetFont { name, weight });
        self.font_index.insert(key, i);
        i
    }

    fn page_box(&self, rect: Rect) -> Option<BBox> {
        let b = BBox { x0: rect.x0 as f32, y0: rect.y0 as f32, x1: rect.x1 as f32, y1: rect.y1 as f32 };
        let (width, height) = (self.sheet.width, self.sheet.height);
        let on_page = b.x1 > 0.0 && b.y1 > 0.0 && b.x0 < width && b.y0 < height;
        on_page.then(|| BBox { x0: b.x0.max(0.0), y0: b.y0.max(0.0), x1: b.x1.min(width), y1: b.y1.min(height) })
    }
}

/// A weight guessed from a font's name, for fonts that do not say.
fn weight_from_name(name: &str) -> u16 {
    let lower = name.to_ascii_lowercase();
    if ["black", "heavy", "bold", "hei", "semibold", "demi"].iter().any(|w| lower.contains(w))
        && !lower.contains("light")
    {
        700
    } else {
        400
    }
}

impl<'a> Device<'a> for Collector {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, _: &DrawMode) {
        let Some(b) = self.page_box(props.transform.transform_rect_bbox(path.bounding_box())) else { return };
        let (w, h) = (b.width(), b.height());
        if (h <= 2.5 && w >= 20.0) || (w <= 2.5 && h >= 20.0) {
            self.sheet.rules.push(b);
        } else if w >= 30.0 && h >= 30.0 && w * h < 0.5 * self.sheet.width * self.sheet.height {
            self.sheet.figures.push(b);
        }
    }

    fn push_clip_path(&mut self, _: &ClipPath) {}

    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, mode: &DrawMode) {
        let invisible = matches!(mode, DrawMode::Invisible);
        let stroked = matches!(mode, DrawMode::FillAndStroke(..) | DrawMode::Stroke(_));
        let start = self.sheet.runs.len();
        if start >= super::limits::MAX_GLYPHS {
            self.overflow = true;
            return;
        }
        let pushed_before = self.last_run.clone();
        for g in run.glyphs() {
            let t: Affine = props.transform * g.transform();
            let origin = t * Point::ZERO;
            let up = t * Point::new(0.0, 1000.0) - origin;
            let along = t * Point::new(1000.0, 0.0) - origin;
            let size = up.length() as f32;
            // Horizontal text only: rotated and vertical runs are left out of the layout.
            if !(size > 0.5 && along.x > 0.0 && along.y.abs() < 0.2 * along.x && up.y < 0.0) {
                self.unplaced += 1;
                continue;
            }
            let Some(text) = g.as_unicode() else {
                self.unmapped += 1;
                continue;
            };
            let advance_units = match &**g {
                PdfGlyph::Outline(o) => o.advance_width(),
                PdfGlyph::Type3(t3) => t3.advance_width(),
            }
            .filter(|a| a.is_finite() && *a > 0.0)
            .unwrap_or(500.0);
            let advance = (t * Point::new(f64::from(advance_units), 0.0) - origin).length() as f32;
            let font = self.font_of(g);
            let chars: Vec<char> = match text {
                BfString::Char(c) => vec![c],
                BfString::String(s) => s.chars().collect(),
            };
            let n = chars.len().max(1) as f32;
            for (k, ch) in chars.into_iter().enumerate() {
                if ch.is_control() && ch != '\t' {
                    continue;
                }
                let x = origin.x as f32 + advance * k as f32 / n;
                let ink = Ink { x, y: origin.y as f32, size, advance: advance / n, font, invisible, stroked };
                self.sheet.push_char(ch, ink);
            }
        }
        // Fill-and-stroke text (render mode 2, synthetic bold) reaches us as a fill run and
        // then the same run stroked: keep one copy, marked as stroked.
        let run = start..self.sheet.runs.len();
        if matches!(mode, DrawMode::Stroke(_)) && pushed_before.len() == run.len() {
            let runs = &self.sheet.runs;
            let same = runs[pushed_before.clone()]
                .iter()
                .zip(&runs[run.clone()])
                .all(|(a, b)| a.first == b.first && (a.x - b.x).abs() < 0.01 && (a.y - b.y).abs() < 0.01);
            if same {
                self.sheet.truncate_runs(run.start);
                self.sheet.runs[pushed_before.clone()].iter_mut().for_each(|g| g.stroked = true);
                self.last_run = 0..0;
                return;
            }
        }
        self.last_run = run;
    }

    fn draw_image(&mut self, _: Image<'a, '_>, props: ImageDrawProps<'a>) {
        self.last_run = 0..0;
        if let Some(b) = self.page_box(props.transform.transform_rect_bbox(Rect::new(0.0, 0.0, 1.0, 1.0))) {
            // A scan under its OCR layer covers the page: not a picture in it.
            let page_area = self.sheet.width * self.sheet.height;
            if b.width() >= 20.0 && b.height() >= 20.0 && b.width() * b.height() < 0.5 * page_area {
                self.sheet.figures.push(b);
            }
        }
    }

    fn pop_clip(&mut self) {}

    fn pop_transparency_group(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_from_names() {
        assert_eq!(weight_from_name("NotoSansCJKsc-Bold"), 700);
        assert_eq!(weight_from_name("STSong-Light"), 400);
        assert_eq!(weight_from_name("SimHei"), 700);
        assert_eq!(weight_from_name("LibertinusSerif-Regular"), 400);
    }

    #[test]
    fn bad_bytes_are_reported_not_panicked_on() {
        assert!(matches!(PdfFile::open("x.pdf", Vec::new()), Err(ImportError::Empty)));
        assert!(matches!(PdfFile::open("x.pdf", b"%PDF-1.7\nnot really".to_vec()), Err(ImportError::DamagedPdf)));
        assert!(is_pdf(b"%PDF-1.4\n"));
        assert!(!is_pdf("本报讯".as_bytes()));
    }
}
