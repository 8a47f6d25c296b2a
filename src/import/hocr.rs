//! hOCR files (Tesseract, OCRopus, Kraken write them): XHTML whose elements carry their role
//! in `class` (`ocr_page`, `ocr_carea`, `ocr_par`, `ocr_line`, `ocrx_word`) and their box in
//! `title` (`bbox x0 y0 x1 y1; x_size 40; x_wconf 95`). Paragraphs (or areas) become blocks,
//! lines lines, words runs; pixels are taken at 300 dpi.

use super::words::{Rect, Words, WordsFile};
use super::xml::{attr, malformed, root_element};
use super::{ImportError, Source};
use crate::model::Page;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::sync::Arc;

/// What the format is called.
const FORMAT: &str = "hOCR";

/// Points per pixel, at 300 dpi.
const POINTS_PER_PIXEL: f32 = 72.0 / 300.0;

/// hOCR files.
pub struct HocrImporter;

impl super::Importer for HocrImporter {
    fn name(&self) -> &'static str {
        FORMAT
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["hocr", "html"]
    }

    fn sniff(&self, bytes: &[u8]) -> bool {
        is_hocr(bytes)
    }

    fn open(&self, name: &str, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        Ok(Arc::new(WordsFile { name: name.to_owned(), page: read_hocr(name, &bytes)?, scan: None }))
    }

    fn open_at(&self, path: &std::path::Path, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        let page = read_hocr(&super::file_name(path), &bytes)?;
        Ok(Arc::new(WordsFile::at(path, page, &bytes, "image ")))
    }
}

/// Whether the bytes are hOCR: (X)HTML naming an `ocr_page`.
pub fn is_hocr(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 << 10)];
    root_element(bytes).is_some_and(|root| root.eq_ignore_ascii_case(b"html"))
        && memchr::memmem::find(head, b"ocr_page").is_some()
}

/// What an open element is to the reading.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Page,
    Block,
    Line,
    Word,
    Bold,
    Other,
}

/// The role of an element by its class (and name, for bold).
fn role(e: &BytesStart) -> Role {
    let class = attr(e, b"class").unwrap_or_default();
    let has = |c: &str| class.split_whitespace().any(|k| k == c);
    if has("ocr_page") {
        Role::Page
    } else if has("ocr_carea") || has("ocr_par") {
        Role::Block
    } else if ["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat", "ocr_footer"].iter().any(|c| has(c)) {
        Role::Line
    } else if has("ocrx_word") {
        Role::Word
    } else if matches!(e.local_name().as_ref(), b"strong" | b"b") {
        Role::Bold
    } else {
        Role::Other
    }
}

/// The `bbox` of a `title` ("bbox 296 298 480 341; x_wconf 96"), as a box.
fn bbox(e: &BytesStart) -> Option<Rect> {
    let title = attr(e, b"title")?;
    let spec = title.split(';').map(str::trim).find_map(|p| p.strip_prefix("bbox "))?;
    let n: Vec<f32> = spec.split_whitespace().filter_map(|v| v.parse().ok()).collect();
    let [x0, y0, x1, y1] = n[..] else { return None };
    (x1 >= x0 && y1 >= y0).then_some(Rect { x: x0, y: y0, w: x1 - x0, h: y1 - y0 })
}

/// The `x_wconf` of a `title` (0 to 100), as a confidence from 0 to 1.
fn word_confidence(e: &BytesStart) -> Option<f32> {
    let title = attr(e, b"title")?;
    let value = title.split(';').map(str::trim).find_map(|p| p.strip_prefix("x_wconf "))?;
    value.trim().parse::<f32>().ok().map(|c| c / 100.0)
}

/// Reads an hOCR file's first page and lays it out.
pub fn read_hocr(name: &str, bytes: &[u8]) -> Result<Page, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    // HTML writers do not always close what XML requires.
    reader.config_mut().check_end_names = false;
    let mut words = Words::new(POINTS_PER_PIXEL);
    let mut stack: Vec<Role> = Vec::new();
    let mut word: Option<(String, Rect, bool)> = None;
    let mut confidence: Option<f32> = None;
    let mut page_size = None;
    let mut pages = 0;
    loop {
        let event = reader.read_event().map_err(|e| malformed(FORMAT, bytes, reader.error_position(), e))?;
        match event {
            Event::Start(e) => {
                let role = role(&e);
                match role {
                    Role::Page => {
                        pages += 1;
                        if pages > 1 {
                            break;
                        }
                        page_size = bbox(&e).map(|r| (r.x + r.w, r.y + r.h));
                    }
                    Role::Block => words.begin_block(),
                    Role::Line => words.begin_line(bbox(&e)),
                    Role::Word => {
                        word = Some((String::new(), bbox(&e).unwrap_or_default(), stack.contains(&Role::Bold)));
                        confidence = word_confidence(&e);
                    }
                    // Bold inside the word, or around it.
                    Role::Bold => {
                        if let Some((_, _, bold)) = &mut word {
                            *bold = true;
                        }
                    }
                    Role::Other => {}
                }
                stack.push(role);
            }
            Event::End(_) => match stack.pop() {
                Some(Role::Word) => {
                    if let Some((text, rect, bold)) = word.take() {
                        let before = words.word_count();
                        words.word(&text, rect, bold)?;
                        if let Some(c) = confidence.take().filter(|_| words.word_count() > before) {
                            words.confidence(c, text.trim().chars().count());
                        }
                    }
                }
                Some(Role::Line) => words.end_line(),
                Some(Role::Block) => words.end_block(),
                _ => {}
            },
            Event::Text(t) => {
                if let Some((text, _, _)) = &mut word {
                    text.push_str(&String::from_utf8_lossy(t.as_ref()));
                }
            }
            Event::GeneralRef(r) => {
                if let Some((text, _, _)) = &mut word {
                    let entity = match r.as_ref() {
                        b"amp" => Some('&'),
                        b"lt" => Some('<'),
                        b"gt" => Some('>'),
                        b"quot" => Some('"'),
                        b"apos" => Some('\''),
                        _ => r.resolve_char_ref().ok().flatten(),
                    };
                    text.extend(entity);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    words.lay_out(name, FORMAT, page_size)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
 <head><title></title><meta name='ocr-system' content='tesseract 5.3.0' /></head>
 <body>
  <div class='ocr_page' id='page_1' title='image "p.png"; bbox 0 0 2400 3000; ppageno 0'>
   <div class='ocr_carea' id='block_1_1' title="bbox 100 100 1000 180">
    <p class='ocr_par' id='par_1_1' title="bbox 100 100 1000 180">
     <span class='ocr_line' id='line_1_1' title="bbox 100 100 1000 180; baseline 0 -13; x_size 80">
      <span class='ocrx_word' id='word_1_1' title='bbox 100 100 500 180; x_wconf 96'><strong>GREAT</strong></span>
      <span class='ocrx_word' id='word_1_2' title='bbox 550 100 1000 180; x_wconf 95'><strong>NEWS</strong></span>
     </span>
    </p>
   </div>
   <div class='ocr_carea' id='block_1_2' title="bbox 100 300 600 390">
    <p class='ocr_par' id='par_1_2' title="bbox 100 300 600 390">
     <span class='ocr_line' id='line_1_2' title="bbox 100 300 600 340; x_size 40">
      <span class='ocrx_word' title='bbox 100 300 180 340; x_wconf 90'>Fish</span>
      <span class='ocrx_word' title='bbox 200 300 360 340; x_wconf 90'>&amp;</span>
      <span class='ocrx_word' title='bbox 380 300 600 340; x_wconf 90'>chips</span>
     </span>
     <span class='ocr_line' title="bbox 100 350 600 390; x_size 40">
      <span class='ocrx_word' title='bbox 100 350 300 390; x_wconf 90'>caf&#233;.</span>
     </span>
    </p>
   </div>
  </div>
 </body>
</html>"#;

    #[test]
    fn paragraphs_lines_and_words_become_blocks_lines_and_runs() {
        assert!(is_hocr(PAGE.as_bytes()));
        let page = read_hocr("p.hocr", PAGE.as_bytes()).expect("reads");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["GREAT NEWS", "", "Fish & chips", "café."]);
        assert_eq!(page.encoding, "hOCR");
        let layout = page.layout.as_ref().expect("a layout");
        assert_eq!(layout.blocks.len(), 2);
        assert_eq!((layout.width, layout.height), (576.0, 720.0));
        assert!(page.lines[0].font.as_ref().is_some_and(|f| f.weight == 700), "bold from <strong>");
        let confidence = |i: usize| page.lines[i].confidence.map(|c| (c * 1000.0).round() / 1000.0);
        assert_eq!(confidence(0), Some(0.956), "x_wconf 96 and 95, by characters");
        assert_eq!(confidence(2), Some(0.9));
    }

    #[test]
    fn other_html_is_not_hocr_and_a_page_without_words_says_so() {
        assert!(!is_hocr(b"<html><body><p>hello</p></body></html>"));
        let empty = "<html><body><div class='ocr_page' title='bbox 0 0 10 10'></div></body></html>";
        assert!(matches!(read_hocr("p", empty.as_bytes()), Err(ImportError::NoWords("hOCR"))));
    }
}
