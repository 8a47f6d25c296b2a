//! ALTO files (v1–v4, any namespace or none), as libraries deliver their newspapers: every
//! word with its box, lines and blocks, styles and hyphenation. The words become runs of a
//! [`Sheet`] with the file's lines and blocks stated, and go through the layout phase like a
//! PDF's glyphs (what each block is, which headline owns it, the reading order).

use super::xml::{attr, malformed, number, root_element};
use super::{ImportError, Source, limits};
use crate::model::{BBox, Ink, Page, Sheet, SheetFont, Stated};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::sync::Arc;

/// What the file's name says when the format is meant.
const FORMAT: &str = "ALTO";

/// Points per unit of each ALTO `MeasurementUnit`; pixels are taken at 300 dpi (the usual
/// scanning resolution: the file does not say).
fn points_per_unit(unit: &str) -> f32 {
    match unit.trim() {
        "mm10" => 72.0 / 254.0,
        "inch1200" => 72.0 / 1200.0,
        _ => 72.0 / 300.0,
    }
}

/// A word's type size against its line's height (ascenders to descenders).
const SIZE_OF_LINE_HEIGHT: f32 = 0.75;

/// Where the baseline stands in a line's box, from its top.
const BASELINE_OF_LINE_HEIGHT: f32 = 0.8;

/// A graphical element this thin (against its length) is a printed rule.
const RULE_MAX_ASPECT: f32 = 0.05;

/// ALTO files.
pub struct AltoImporter;

impl super::Importer for AltoImporter {
    fn name(&self) -> &'static str {
        FORMAT
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["xml", "alto"]
    }

    fn sniff(&self, bytes: &[u8]) -> bool {
        is_alto(bytes)
    }

    fn open(&self, name: &str, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        let page = read_alto(name, &bytes)?;
        Ok(Arc::new(AltoFile { name: name.to_owned(), page }))
    }
}

/// Whether the bytes are an ALTO file: XML whose root element is `alto`.
pub fn is_alto(bytes: &[u8]) -> bool {
    root_element(bytes).is_some_and(|root| root.eq_ignore_ascii_case(b"alto"))
}

/// An opened ALTO file: one page, read and laid out.
#[derive(Debug)]
struct AltoFile {
    name: String,
    page: Page,
}

impl Source for AltoFile {
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
}

/// Reads an ALTO file's first page and lays it out.
pub fn read_alto(name: &str, bytes: &[u8]) -> Result<Page, ImportError> {
    let sheet = read_sheet(bytes)?;
    if sheet.runs.is_empty() {
        return Err(ImportError::NoWords(FORMAT));
    }
    let mut page = crate::layout::lay_out(name, &sheet);
    page.encoding = FORMAT.to_owned();
    Ok(page)
}

/// A line being read: its box in file units, and where its words start.
#[derive(Clone, Copy, Default)]
struct OpenLine {
    top: Option<f32>,
    height: Option<f32>,
    first_run: u32,
    /// The last word is the first part of a hyphenated word.
    hyphen_part: bool,
    /// A hyphen was printed (HYP) after the last word.
    hyphen_printed: bool,
}

/// What the reading keeps between elements.
#[derive(Default)]
struct Reading {
    sheet: Sheet,
    stated: Stated,
    scale: f32,
    /// Style id: bold.
    bold_styles: HashMap<String, bool>,
    block_bold: bool,
    block_first_line: Option<u32>,
    line: Option<OpenLine>,
    in_unit: bool,
    unit: String,
    page_seen: bool,
    page_size: Option<(f32, f32)>,
}

/// Reads the words of the file's first page into a sheet with its lines and blocks stated.
fn read_sheet(bytes: &[u8]) -> Result<Sheet, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(true);
    let mut r = Reading { scale: points_per_unit("pixel"), ..Reading::default() };
    r.sheet.fonts =
        vec![SheetFont { name: String::new(), weight: 400 }, SheetFont { name: String::new(), weight: 700 }];
    loop {
        let event = reader.read_event().map_err(|e| malformed(FORMAT, bytes, reader.error_position(), e))?;
        match event {
            Event::Start(e) if r.start(&e, false)? => break,
            Event::Empty(e) if r.start(&e, true)? => break,
            Event::End(e) => r.end(e.local_name().as_ref()),
            Event::Text(t) if r.in_unit => r.unit.push_str(&String::from_utf8_lossy(t.as_ref())),
            Event::Eof => break,
            _ => {}
        }
        if r.sheet.runs.len() > limits::MAX_GLYPHS {
            return Err(ImportError::TooManyGlyphs { page: 1, limit: limits::MAX_GLYPHS });
        }
    }
    let Reading { mut sheet, stated, page_size, .. } = r;
    let (width, height) = page_size.unwrap_or_else(|| {
        let right = sheet.runs.iter().map(|g| g.right()).fold(0.0f32, f32::max);
        let bottom = sheet.runs.iter().map(|g| g.y + g.size).fold(0.0f32, f32::max);
        (right, bottom)
    });
    (sheet.width, sheet.height) = (width, height);
    (sheet.page_index, sheet.page_count) = (0, 1);
    sheet.stated = Some(stated);
    Ok(sheet)
}

impl Reading {
    /// An element opens; `true` when the reading is done (a second page begins).
    fn start(&mut self, e: &BytesStart, empty: bool) -> Result<bool, ImportError> {
        match e.local_name().as_ref() {
            b"MeasurementUnit" => {
                self.in_unit = !empty;
                self.unit.clear();
            }
            b"TextStyle" => {
                if let Some(id) = attr(e, b"ID") {
                    let bold = attr(e, b"FONTSTYLE").is_some_and(|s| s.contains("bold"));
                    self.bold_styles.insert(id, bold);
                }
            }
            b"Page" => {
                if self.page_seen {
                    return Ok(true);
                }
                self.page_seen = true;
                if let (Some(w), Some(h)) = (number(e, b"WIDTH"), number(e, b"HEIGHT")) {
                    self.page_size = Some((w * self.scale, h * self.scale));
                }
            }
            b"TextBlock" => {
                self.block_bold = self.styled_bold(e);
                self.block_first_line = Some(self.stated.lines.len() as u32);
                if empty {
                    self.end(b"TextBlock");
                }
            }
            b"TextLine" => {
                self.line = Some(OpenLine {
                    top: number(e, b"VPOS"),
                    height: number(e, b"HEIGHT"),
                    first_run: self.sheet.runs.len() as u32,
                    ..OpenLine::default()
                });
                if empty {
                    self.end(b"TextLine");
                }
            }
            b"String" => self.word(e),
            b"HYP" => self.hyphen(attr(e, b"CONTENT").unwrap_or_else(|| "-".to_owned())),
            b"Illustration" | b"GraphicalElement" => self.graphic(e),
            _ => {}
        }
        Ok(false)
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"MeasurementUnit" => {
                self.in_unit = false;
                self.scale = points_per_unit(&self.unit);
            }
            b"TextLine" => {
                let Some(line) = self.line.take() else { return };
                // A first part with no hyphen printed: the hyphen the reflow joins on.
                let ends_in_hyphen = self.sheet.runs.last().is_some_and(|r| matches!(r.last, '-' | '¬' | '‐'));
                if line.hyphen_part && !line.hyphen_printed && !ends_in_hyphen {
                    self.line = Some(line);
                    self.hyphen("-".to_owned());
                    self.line = None;
                }
                let end = self.sheet.runs.len() as u32;
                if end > line.first_run {
                    self.stated.lines.push(line.first_run..end);
                }
            }
            b"TextBlock" => {
                if let Some(first) = self.block_first_line.take() {
                    let end = self.stated.lines.len() as u32;
                    if end > first {
                        self.stated.blocks.push(first..end);
                    }
                }
            }
            _ => {}
        }
    }

    /// Bold by the element's STYLE or a style it refers to.
    fn styled_bold(&self, e: &BytesStart) -> bool {
        attr(e, b"STYLE").is_some_and(|s| s.contains("bold"))
            || attr(e, b"STYLEREFS").is_some_and(|refs| {
                refs.split_whitespace().any(|id| self.bold_styles.get(id).copied().unwrap_or(false))
            })
    }

    /// A word: a run at its box, on its line's baseline, sized by its line's height.
    fn word(&mut self, e: &BytesStart) {
        let Some(content) = attr(e, b"CONTENT").filter(|c| !c.trim().is_empty()) else { return };
        let k = self.scale;
        let (x, width) = (number(e, b"HPOS").unwrap_or(0.0), number(e, b"WIDTH").unwrap_or(0.0));
        let (top, height) = (number(e, b"VPOS"), number(e, b"HEIGHT"));
        let line = self.line.unwrap_or_default();
        let (top, height) = match (line.top, line.height) {
            (Some(t), Some(h)) if h > 0.0 => (t, h),
            _ => (top.unwrap_or(0.0), height.unwrap_or(0.0)),
        };
        let size = (height * SIZE_OF_LINE_HEIGHT * k).max(1.0);
        let bold = self.block_bold || self.styled_bold(e);
        let ink = Ink {
            x: x * k,
            y: (top + height * BASELINE_OF_LINE_HEIGHT) * k,
            size,
            advance: (width * k).max(0.0),
            font: u16::from(bold),
            invisible: false,
            stroked: false,
        };
        self.sheet.push_run(content.trim(), ink);
        if let Some(line) = &mut self.line {
            line.hyphen_part = attr(e, b"SUBS_TYPE").is_some_and(|t| t == "HypPart1");
            line.hyphen_printed = false;
        }
    }

    /// A hyphen printed at the end of the last word (HYP), kept as printed so the reflow
    /// joins the word as it joins any hyphenated line end.
    fn hyphen(&mut self, content: String) {
        let Some(line) = &mut self.line else { return };
        line.hyphen_printed = true;
        // Only the line's own last word, and only once.
        if self.sheet.runs.len() as u32 <= line.first_run {
            return;
        }
        let Some(run) = self.sheet.runs.last_mut() else { return };
        if content.is_empty() {
            return;
        }
        self.sheet.text.push_str(&content);
        run.end = self.sheet.text.len() as u32;
        run.last = content.chars().next_back().unwrap_or('-');
    }

    /// A picture (for captions) or a thin printed rule.
    fn graphic(&mut self, e: &BytesStart) {
        let k = self.scale;
        let (Some(x), Some(y), Some(w), Some(h)) =
            (number(e, b"HPOS"), number(e, b"VPOS"), number(e, b"WIDTH"), number(e, b"HEIGHT"))
        else {
            return;
        };
        let bbox = BBox { x0: x * k, y0: y * k, x1: (x + w) * k, y1: (y + h) * k };
        if w.min(h) <= RULE_MAX_ASPECT * w.max(h) {
            self.sheet.rules.push(bbox);
        } else {
            self.sheet.figures.push(bbox);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">
  <Description><MeasurementUnit>pixel</MeasurementUnit></Description>
  <Styles><TextStyle ID="T1" FONTSIZE="20" FONTSTYLE="bold"/></Styles>
  <Layout><Page ID="P1" WIDTH="2400" HEIGHT="3000"><PrintSpace>
    <TextBlock ID="B1" STYLEREFS="T1"><TextLine VPOS="100" HEIGHT="80" HPOS="100" WIDTH="900">
      <String CONTENT="GREAT" HPOS="100" VPOS="100" WIDTH="400" HEIGHT="80"/><SP/>
      <String CONTENT="NEWS" HPOS="550" VPOS="100" WIDTH="400" HEIGHT="80"/>
    </TextLine></TextBlock>
    <TextBlock ID="B2"><TextLine VPOS="300" HEIGHT="40">
      <String CONTENT="The" HPOS="100" VPOS="300" WIDTH="80" HEIGHT="40"/><SP/>
      <String CONTENT="won&amp;der" HPOS="200" VPOS="300" WIDTH="160" HEIGHT="40" SUBS_TYPE="HypPart1" SUBS_CONTENT="wonderful"/><HYP CONTENT="-"/>
    </TextLine><TextLine VPOS="350" HEIGHT="40">
      <String CONTENT="ful" HPOS="100" VPOS="350" WIDTH="60" HEIGHT="40" SUBS_TYPE="HypPart2" SUBS_CONTENT="wonderful"/><SP/>
      <String CONTENT="day." HPOS="180" VPOS="350" WIDTH="80" HEIGHT="40"/>
    </TextLine></TextBlock>
  </PrintSpace></Page></Layout>
</alto>"#;

    #[test]
    fn words_keep_their_lines_blocks_and_hyphens() {
        assert!(is_alto(PAGE.as_bytes()));
        let page = read_alto("p.alto.xml", PAGE.as_bytes()).expect("reads");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["GREAT NEWS", "", "The won&der-", "ful day."]);
        let layout = page.layout.as_ref().expect("a layout");
        assert_eq!(layout.blocks.len(), 2);
        assert_eq!(page.encoding, "ALTO");
        // 2400 pixels at 300 dpi.
        assert_eq!(layout.width, 576.0);
        let size = |i: usize| page.lines[i].font_size_pt.unwrap_or(0.0);
        assert!(size(0) > 1.5 * size(2), "the headline is set larger");
    }

    #[test]
    fn a_damaged_file_says_where() {
        let cut = PAGE.replace("</TextLine></TextBlock>\n  </PrintSpace>", "</TextBlock>");
        let err = read_alto("p", cut.as_bytes()).expect_err("damaged");
        let message = err.to_string();
        assert!(message.starts_with("this ALTO file is damaged at line "), "{message}");
    }

    #[test]
    fn a_file_without_words_says_so() {
        let empty = r#"<alto><Layout><Page WIDTH="10" HEIGHT="10"/></Layout></alto>"#;
        assert!(matches!(read_alto("p", empty.as_bytes()), Err(ImportError::NoWords("ALTO"))));
    }

    #[test]
    fn other_xml_is_not_alto() {
        assert!(!is_alto(b"<?xml version=\"1.0\"?><PcGts/>"));
        assert!(!is_alto(b"Alto saxophone"));
    }
}
