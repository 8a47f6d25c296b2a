//! PAGE XML files (2010 to 2019 schemas; Transkribus, eScriptorium, OCR-D write them):
//! `TextRegion`s of `TextLine`s of `Word`s, each with its `Coords` polygon and `TextEquiv`
//! text, in the order the `ReadingOrder` gives. Regions become blocks, lines lines, words runs
//! (a line without words is one run); image and separator regions are pictures and rules.
//! Coordinates are pixels, taken at 300 dpi.

use super::words::{Rect, Words, WordsFile};
use super::xml::{attr, malformed, number, root_element};
use super::{ImportError, Source};
use crate::model::Page;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::sync::Arc;

/// What the format is called.
const FORMAT: &str = "PAGE XML";

/// Points per pixel, at 300 dpi.
const POINTS_PER_PIXEL: f32 = 72.0 / 300.0;

/// PAGE XML files.
pub struct PageXmlImporter;

impl super::Importer for PageXmlImporter {
    fn name(&self) -> &'static str {
        FORMAT
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["xml", "page"]
    }

    fn sniff(&self, bytes: &[u8]) -> bool {
        is_page_xml(bytes)
    }

    fn open(&self, name: &str, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        Ok(Arc::new(WordsFile { name: name.to_owned(), page: read_page_xml(name, &bytes)?, scan: None }))
    }

    fn open_at(&self, path: &std::path::Path, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        let page = read_page_xml(&super::file_name(path), &bytes)?;
        Ok(Arc::new(WordsFile::at(path, page, &bytes, "imageFilename")))
    }
}

/// Whether the bytes are PAGE XML: XML whose root element is `PcGts`.
pub fn is_page_xml(bytes: &[u8]) -> bool {
    root_element(bytes).is_some_and(|root| root == b"PcGts")
}

/// A piece of text with its box, as read.
#[derive(Debug, Default)]
struct Piece {
    rect: Option<Rect>,
    text: Option<String>,
}

#[derive(Debug, Default)]
struct Line {
    own: Piece,
    words: Vec<Piece>,
}

#[derive(Debug, Default)]
struct Region {
    id: String,
    own: Piece,
    lines: Vec<Line>,
}

/// Which element the `Coords` and `TextEquiv` being read belong to.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Owner {
    Region,
    Line,
    Word,
    Graphic,
    /// A glyph inside a word: its box and text are the word's already.
    Glyph,
}

/// The smallest box around a polygon ("x,y x,y …").
fn polygon(points: &str) -> Option<Rect> {
    let mut xy = points.split_whitespace().filter_map(|p| {
        let (x, y) = p.split_once(',')?;
        Some((x.trim().parse::<f32>().ok()?, y.trim().parse::<f32>().ok()?))
    });
    let first = xy.next()?;
    let (x0, y0, x1, y1) =
        xy.fold((first.0, first.1, first.0, first.1), |(a, b, c, d), (x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)));
    Some(Rect { x: x0, y: y0, w: x1 - x0, h: y1 - y0 })
}

/// Everything read from the file's first page.
#[derive(Default)]
struct Reading {
    regions: Vec<Region>,
    graphics: Vec<Rect>,
    order: Vec<String>,
    size: Option<(f32, f32)>,
    /// Elements open that own coordinates or text, innermost last.
    owners: Vec<Owner>,
    /// A `TextEquiv` is open for the innermost owner, and its `Unicode` text is being read.
    unicode: Option<String>,
    in_equiv: bool,
}

impl Reading {
    fn line(&mut self) -> Option<&mut Line> {
        self.regions.last_mut()?.lines.last_mut()
    }

    /// The piece the innermost owner fills.
    fn piece(&mut self) -> Option<&mut Piece> {
        match self.owners.last()? {
            Owner::Word => self.line()?.words.last_mut(),
            Owner::Line => Some(&mut self.line()?.own),
            Owner::Region => Some(&mut self.regions.last_mut()?.own),
            Owner::Graphic | Owner::Glyph => None,
        }
    }

    fn coords(&mut self, rect: Rect) {
        match self.owners.last() {
            Some(Owner::Graphic) => self.graphics.push(rect),
            Some(Owner::Word | Owner::Line | Owner::Region) => {
                if let Some(piece) = self.piece() {
                    piece.rect = Some(piece.rect.map_or(rect, |r| union(r, rect)));
                }
            }
            _ => {}
        }
    }

    fn start(&mut self, e: &BytesStart) {
        match e.local_name().as_ref() {
            b"Page" => self.size = number(e, b"imageWidth").zip(number(e, b"imageHeight")),
            b"TextRegion" => {
                self.regions.push(Region { id: attr(e, b"id").unwrap_or_default(), ..Region::default() });
                self.owners.push(Owner::Region);
            }
            b"TextLine" => {
                if self.regions.is_empty() {
                    self.regions.push(Region::default());
                }
                if let Some(region) = self.regions.last_mut() {
                    region.lines.push(Line::default());
                }
                self.owners.push(Owner::Line);
            }
            b"Word" => {
                if let Some(line) = self.line() {
                    line.words.push(Piece::default());
                }
                self.owners.push(Owner::Word);
            }
            b"ImageRegion" | b"GraphicRegion" | b"ChartRegion" | b"SeparatorRegion" | b"TableRegion" => {
                self.owners.push(Owner::Graphic)
            }
            b"Glyph" => self.owners.push(Owner::Glyph),
            b"TextEquiv" => self.in_equiv = true,
            b"Unicode" if self.in_equiv => self.unicode = Some(String::new()),
            b"Coords" | b"Point" | b"RegionRefIndexed" | b"RegionRef" => self.empty(e),
            _ => {}
        }
    }

    /// An element without content: coordinates, points, reading order references.
    fn empty(&mut self, e: &BytesStart) {
        match e.local_name().as_ref() {
            b"Coords" => {
                if let Some(rect) = attr(e, b"points").as_deref().and_then(polygon) {
                    self.coords(rect);
                }
            }
            // PAGE 2010 writes its polygons point by point.
            b"Point" => {
                if let (Some(x), Some(y)) = (number(e, b"x"), number(e, b"y")) {
                    self.coords(Rect { x, y, w: 0.0, h: 0.0 });
                }
            }
            b"RegionRefIndexed" | b"RegionRef" => self.order.extend(attr(e, b"regionRef")),
            _ => self.start(e),
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"TextRegion" | b"TextLine" | b"Word" | b"Glyph" | b"ImageRegion" | b"GraphicRegion" | b"ChartRegion"
            | b"SeparatorRegion" | b"TableRegion" => {
                self.owners.pop();
            }
            b"TextEquiv" => self.in_equiv = false,
            b"Unicode" => {
                if let Some(text) = self.unicode.take()
                    && let Some(piece) = self.piece()
                    && piece.text.is_none()
                {
                    piece.text = Some(text);
                }
            }
            _ => {}
        }
    }
}

fn union(a: Rect, b: Rect) -> Rect {
    let (x0, y0) = (a.x.min(b.x), a.y.min(b.y));
    let (x1, y1) = ((a.x + a.w).max(b.x + b.w), (a.y + a.h).max(b.y + b.h));
    Rect { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }
}

/// Reads a PAGE XML file and lays it out.
pub fn read_page_xml(name: &str, bytes: &[u8]) -> Result<Page, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    let mut r = Reading::default();
    loop {
        let event = reader.read_event().map_err(|e| malformed(FORMAT, bytes, reader.error_position(), e))?;
        match event {
            Event::Start(e) => r.start(&e),
            Event::Empty(e) => r.empty(&e),
            Event::End(e) => r.end(e.local_name().as_ref()),
            Event::Text(t) => {
                if let Some(text) = &mut r.unicode {
                    text.push_str(&String::from_utf8_lossy(t.as_ref()));
                }
            }
            Event::GeneralRef(g) => {
                if let Some(text) = &mut r.unicode {
                    let c = match g.as_ref() {
                        b"amp" => Some('&'),
                        b"lt" => Some('<'),
                        b"gt" => Some('>'),
                        b"quot" => Some('"'),
                        b"apos" => Some('\''),
                        _ => g.resolve_char_ref().ok().flatten(),
                    };
                    text.extend(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut words = Words::new(POINTS_PER_PIXEL);
    for region in in_reading_order(&r.regions, &r.order) {
        words.begin_block();
        let has_text = |l: &Line| {
            l.own.text.as_deref().is_some_and(|t| !t.trim().is_empty()) || l.words.iter().any(|w| w.text.is_some())
        };
        if !region.lines.iter().any(has_text) {
            region_lines(&mut words, &region.own)?;
        }
        for line in &region.lines {
            words.begin_line(line.own.rect);
            let with_text: Vec<&Piece> = line.words.iter().filter(|w| w.text.is_some()).collect();
            if with_text.is_empty() {
                // A line without words: its own text as one run.
                if let (Some(text), rect) = (&line.own.text, line.own.rect.unwrap_or_default()) {
                    words.word(text, rect, false)?;
                }
            }
            for word in with_text {
                let rect = word.rect.or(line.own.rect).unwrap_or_default();
                words.word(word.text.as_deref().unwrap_or(""), rect, false)?;
            }
            words.end_line();
        }
        words.end_block();
    }
    for rect in r.graphics {
        words.graphic(rect);
    }
    words.lay_out(name, FORMAT, r.size)
}

/// A region whose text is given only as a whole: a line of the text a line, each given an
/// equal slice of the region's box.
fn region_lines(words: &mut Words, region: &Piece) -> Result<(), ImportError> {
    let Some(text) = region.text.as_deref() else { return Ok(()) };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let area = region.rect.unwrap_or_default();
    let pitch = area.h / lines.len().max(1) as f32;
    for (k, line) in lines.iter().enumerate() {
        let rect = Rect { x: area.x, y: area.y + pitch * k as f32, w: area.w, h: pitch };
        words.begin_line(Some(rect));
        words.word(line, rect, false)?;
        words.end_line();
    }
    Ok(())
}

/// The regions in the order the file's reading order gives; those it leaves out follow in
/// the file's order.
fn in_reading_order<'a>(regions: &'a [Region], order: &[String]) -> Vec<&'a Region> {
    let mut out: Vec<&Region> = Vec::with_capacity(regions.len());
    let mut placed = vec![false; regions.len()];
    for id in order {
        if let Some(k) = regions.iter().position(|r| &r.id == id).filter(|&k| !placed[k]) {
            placed[k] = true;
            out.push(&regions[k]);
        }
    }
    out.extend(regions.iter().zip(&placed).filter(|(_, p)| !**p).map(|(r, _)| r));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
  <Metadata><Creator>test</Creator></Metadata>
  <Page imageFilename="p.png" imageWidth="2400" imageHeight="3000">
    <ReadingOrder><OrderedGroup id="g">
      <RegionRefIndexed index="0" regionRef="head"/>
      <RegionRefIndexed index="1" regionRef="body"/>
    </OrderedGroup></ReadingOrder>
    <TextRegion id="body" type="paragraph">
      <Coords points="100,300 600,300 600,400 100,400"/>
      <TextLine id="l2"><Coords points="100,300 600,300 600,340 100,340"/>
        <Word id="w1"><Coords points="100,300 300,300 300,340 100,340"/><TextEquiv><Unicode>Fish</Unicode></TextEquiv></Word>
        <Word id="w2"><Coords points="320,300 600,300 600,340 320,340"/><TextEquiv><Unicode>&amp; chips</Unicode></TextEquiv></Word>
        <TextEquiv><Unicode>Fish &amp; chips</Unicode></TextEquiv>
      </TextLine>
      <TextLine id="l3"><Coords points="100,350 600,350 600,390 100,390"/>
        <TextEquiv><Unicode>caf&#233;.</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
    <TextRegion id="head" type="heading">
      <Coords points="100,100 1000,100 1000,180 100,180"/>
      <TextLine id="l1"><Coords points="100,100 1000,100 1000,180 100,180"/>
        <TextEquiv><Unicode>GREAT NEWS</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
    <SeparatorRegion id="s"><Coords points="100,250 2000,250 2000,255 100,255"/></SeparatorRegion>
  </Page>
</PcGts>"#;

    #[test]
    fn regions_come_in_reading_order_with_their_lines_and_words() {
        assert!(is_page_xml(PAGE.as_bytes()));
        let page = read_page_xml("p.xml", PAGE.as_bytes()).expect("reads");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["GREAT NEWS", "", "Fish & chips", "café."]);
        assert_eq!(page.encoding, "PAGE XML");
        let layout = page.layout.as_ref().expect("a layout");
        assert_eq!(layout.blocks.len(), 2);
        assert_eq!(layout.rules.len(), 1);
        let size = |i: usize| page.lines[i].font_size_pt.unwrap_or(0.0);
        assert!(size(0) > 1.5 * size(2), "the heading is set larger");
    }

    #[test]
    fn a_region_with_its_text_only_becomes_its_lines() {
        let whole = r#"<PcGts><Page imageWidth="800" imageHeight="600">
            <TextRegion id="r"><Coords points="25,60 25,300 400,300 400,60"/>
              <TextLine id="l"><TextEquiv><Unicode></Unicode></TextEquiv></TextLine>
              <TextEquiv><Unicode>First line of
the paragraph.</Unicode></TextEquiv></TextRegion></Page></PcGts>"#;
        let page = read_page_xml("p.xml", whole.as_bytes()).expect("reads");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["First line of", "the paragraph."]);
    }

    #[test]
    fn points_of_the_2010_schema_make_a_box() {
        let old = PAGE.replace(
            r#"<Coords points="100,350 600,350 600,390 100,390"/>"#,
            r#"<Coords><Point x="100" y="350"/><Point x="600" y="390"/></Coords>"#,
        );
        let page = read_page_xml("p.xml", old.as_bytes()).expect("reads");
        assert_eq!(page.lines[3].text, "café.");
        assert!(page.lines[3].bbox_in_page.is_some());
    }

    #[test]
    fn a_damaged_file_says_where_and_other_xml_is_not_page() {
        let err = read_page_xml("p", b"<PcGts><Page>\n<TextRegion></Page></PcGts>").expect_err("damaged");
        assert!(err.to_string().contains("line 2"), "{err}");
        assert!(!is_page_xml(b"<alto/>"));
    }
}
