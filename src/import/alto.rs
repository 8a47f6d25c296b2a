//! ALTO files (v1–v4, any namespace or none), as libraries deliver their newspapers: every
//! word with its box, lines and blocks, styles and hyphenation. The words become runs of a
//! [`Sheet`] with the file's lines and blocks stated, and go through the layout phase like a
//! PDF's glyphs (what each block is, which headline owns it, the reading order).

use super::words::{Rect, Words, WordsFile};
use super::xml::{attr, malformed, number, root_element};
use super::{ImportError, Source};
use crate::model::Page;
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
        Ok(Arc::new(WordsFile { name: name.to_owned(), page, scan: None }))
    }

    fn open_at(&self, path: &std::path::Path, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        let page = read_alto(&super::file_name(path), &bytes)?;
        Ok(Arc::new(WordsFile::at(path, page, &bytes, "fileName>")))
    }
}

/// Whether the bytes are an ALTO file: XML whose root element is `alto`.
pub fn is_alto(bytes: &[u8]) -> bool {
    root_element(bytes).is_some_and(|root| root.eq_ignore_ascii_case(b"alto"))
}

/// Reads an ALTO file's first page and lays it out.
pub fn read_alto(name: &str, bytes: &[u8]) -> Result<Page, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(true);
    let mut r = Reading {
        words: Words::new(points_per_unit("pixel")),
        bold_styles: HashMap::new(),
        style_sizes: HashMap::new(),
        block_size: None,
        block_bold: false,
        hyphen_part: false,
        unit: None,
        page_seen: false,
        page_size: None,
        composed: Vec::new(),
    };
    loop {
        let event = reader.read_event().map_err(|e| malformed(FORMAT, bytes, reader.error_position(), e))?;
        match event {
            Event::Start(e) if r.start(&e, false)? => break,
            Event::Empty(e) if r.start(&e, true)? => break,
            Event::End(e) => r.end(e.local_name().as_ref()),
            Event::Text(t) => {
                if let Some(unit) = &mut r.unit {
                    unit.push_str(&String::from_utf8_lossy(t.as_ref()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    r.words.lay_out(name, FORMAT, r.page_size)
}

/// What the reading keeps between elements.
struct Reading {
    words: Words,
    /// Style id: bold.
    bold_styles: HashMap<String, bool>,
    /// Style id: FONTSIZE (points).
    style_sizes: HashMap<String, f32>,
    /// The open block's FONTSIZE, by its STYLEREFS.
    block_size: Option<f32>,
    block_bold: bool,
    /// The open line's last word is the first part of a hyphenated word with no hyphen
    /// printed yet.
    hyphen_part: bool,
    /// The text of an open `MeasurementUnit`.
    unit: Option<String>,
    page_seen: bool,
    page_size: Option<(f32, f32)>,
    /// The ids of the open `ComposedBlock`s, outermost first (an unnamed one: empty).
    composed: Vec<String>,
}

impl Reading {
    /// An element opens; `true` when the reading is done (a second page begins).
    fn start(&mut self, e: &BytesStart, empty: bool) -> Result<bool, ImportError> {
        match e.local_name().as_ref() {
            b"MeasurementUnit" if !empty => self.unit = Some(String::new()),
            b"TextStyle" => {
                if let Some(id) = attr(e, b"ID") {
                    let bold = attr(e, b"FONTSTYLE").is_some_and(|s| s.contains("bold"));
                    if let Some(size) = number(e, b"FONTSIZE").filter(|s| *s > 0.0) {
                        self.style_sizes.insert(id.clone(), size);
                    }
                    self.bold_styles.insert(id, bold);
                }
            }
            b"Page" => {
                if self.page_seen {
                    return Ok(true);
                }
                self.page_seen = true;
                self.page_size = number(e, b"WIDTH").zip(number(e, b"HEIGHT"));
            }
            b"ComposedBlock" if !empty => self.composed.push(attr(e, b"ID").unwrap_or_default()),
            b"TextBlock" => {
                self.block_bold = self.styled_bold(e);
                self.block_size = self.styled_size(e);
                self.words.begin_block();
                let own = attr(e, b"ID").into_iter();
                let around = self.composed.iter().rev().filter(|id| !id.is_empty()).cloned();
                self.words.name_block(own.chain(around).collect());
                if empty {
                    self.end(b"TextBlock");
                }
            }
            b"TextLine" => {
                self.words.begin_line(rect(e));
                self.hyphen_part = false;
                if empty {
                    self.end(b"TextLine");
                }
            }
            b"String" => {
                let Some(content) = attr(e, b"CONTENT") else { return Ok(false) };
                let bold = self.block_bold || self.styled_bold(e);
                let before = self.words.word_count();
                self.words.word(&content, rect(e).unwrap_or_default(), bold)?;
                if self.words.word_count() > before {
                    if let Some(size) = self.styled_size(e).or(self.block_size) {
                        self.words.stated_size(size, content.chars().count());
                    }
                    if let Some(wc) = number(e, b"WC") {
                        self.words.confidence(wc, content.chars().count());
                    }
                    self.hyphen_part = attr(e, b"SUBS_TYPE").is_some_and(|t| t == "HypPart1");
                }
            }
            // The hyphen as printed, so the reflow joins the word as any hyphenated line end.
            b"HYP" => {
                self.words.append_to_last_word(&attr(e, b"CONTENT").unwrap_or_else(|| "-".to_owned()));
                self.words.mark_soft_hyphen();
                self.hyphen_part = false;
            }
            b"Illustration" | b"GraphicalElement" => {
                if let Some(r) = rect(e) {
                    self.words.graphic(r);
                }
            }
            _ => {}
        }
        Ok(false)
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"MeasurementUnit" => {
                if let Some(unit) = self.unit.take() {
                    self.words.scale = points_per_unit(&unit);
                }
            }
            b"TextLine" => {
                // A first part with no hyphen printed: the hyphen the reflow joins on.
                if self.hyphen_part {
                    if !self.words.last_word_hyphenated() {
                        self.words.append_to_last_word("-");
                    }
                    self.words.mark_soft_hyphen();
                }
                self.hyphen_part = false;
                self.words.end_line();
            }
            b"TextBlock" => self.words.end_block(),
            b"ComposedBlock" => {
                self.composed.pop();
            }
            _ => {}
        }
    }

    /// The FONTSIZE of the first style the element refers to that has one.
    fn styled_size(&self, e: &BytesStart) -> Option<f32> {
        attr(e, b"STYLEREFS")?.split_whitespace().find_map(|id| self.style_sizes.get(id).copied())
    }

    /// Bold by the element's STYLE or a style it refers to.
    fn styled_bold(&self, e: &BytesStart) -> bool {
        attr(e, b"STYLE").is_some_and(|s| s.contains("bold"))
            || attr(e, b"STYLEREFS").is_some_and(|refs| {
                refs.split_whitespace().any(|id| self.bold_styles.get(id).copied().unwrap_or(false))
            })
    }
}

/// An element's box (HPOS, VPOS, WIDTH, HEIGHT), when it has one.
fn rect(e: &BytesStart) -> Option<Rect> {
    let (x, y) = (number(e, b"HPOS")?, number(e, b"VPOS")?);
    Some(Rect { x, y, w: number(e, b"WIDTH").unwrap_or(0.0), h: number(e, b"HEIGHT").unwrap_or(0.0) })
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
        // The block's style states the headline's size; the body's is not stated.
        let stated: Vec<Option<f32>> = page.lines.iter().map(|l| l.stated_size).collect();
        assert_eq!(stated, [Some(20.0), None, None, None]);
    }

    #[test]
    fn hyphens_join_as_the_file_marks_them() {
        // The file marks "won&der-" (HYP); a block's last line ends in a word printed with
        // its hyphen, and another in a word hyphenated with "¬".
        let more = PAGE.replace(
            "</PrintSpace>",
            r#"<TextBlock><TextLine VPOS="500" HEIGHT="40">
      <String CONTENT="a" HPOS="100" VPOS="500" WIDTH="20" HEIGHT="40"/><SP/>
      <String CONTENT="sea-" HPOS="130" VPOS="500" WIDTH="90" HEIGHT="40"/>
    </TextLine><TextLine VPOS="550" HEIGHT="40">
      <String CONTENT="port" HPOS="100" VPOS="550" WIDTH="90" HEIGHT="40"/><SP/>
      <String CONTENT="vote" HPOS="200" VPOS="550" WIDTH="90" HEIGHT="40"/><HYP CONTENT="¬"/>
    </TextLine><TextLine VPOS="600" HEIGHT="40">
      <String CONTENT="rs" HPOS="100" VPOS="600" WIDTH="40" HEIGHT="40"/>
    </TextLine></TextBlock></PrintSpace>"#,
        );
        let page = read_alto("p", more.as_bytes()).expect("reads");
        let hyphens: Vec<(&str, Option<bool>)> = page.lines.iter().map(|l| (l.text.as_str(), l.soft_hyphen)).collect();
        assert_eq!(
            hyphens,
            [
                ("GREAT NEWS", None),
                ("", None),
                ("The won&der-", Some(true)),
                ("ful day.", None),
                ("", None),
                ("a sea-", Some(false)),
                ("port vote¬", Some(true)),
                ("rs", None)
            ]
        );
        let document = crate::document::Document::new(page);
        let text: Vec<String> = document.articles().into_iter().flat_map(|a| a.paragraphs).map(|p| p.text).collect();
        assert!(text.iter().any(|p| p.contains("a sea-port voters")), "{text:?}");
        assert!(text.iter().any(|p| p.contains("The won&derful day.")), "{text:?}");
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
    fn entities_a_file_declares_are_never_expanded() {
        let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE alto [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<alto><Layout><Page WIDTH="100" HEIGHT="100"><TextBlock><TextLine VPOS="0" HEIGHT="10" HPOS="0">
<String CONTENT="&c;" HPOS="0" VPOS="0" WIDTH="10" HEIGHT="10"/><String CONTENT="word" HPOS="20" VPOS="0" WIDTH="10" HEIGHT="10"/>
</TextLine></TextBlock></Page></Layout></alto>"#;
        let page = read_alto("p", laughs.as_bytes()).expect("reads");
        assert!(page.lines.iter().map(|l| l.text.len()).sum::<usize>() < 100);
    }

    #[test]
    fn other_xml_is_not_alto() {
        assert!(!is_alto(b"<?xml version=\"1.0\"?><PcGts/>"));
        assert!(!is_alto(b"Alto saxophone"));
    }

    #[test]
    fn word_confidence_is_read_by_characters_and_shown_where_low() {
        let page = PAGE
            .replace(r#"CONTENT="GREAT" HPOS"#, r#"CONTENT="GREAT" WC="0.2" HPOS"#)
            .replace(r#"CONTENT="NEWS" HPOS"#, r#"CONTENT="NEWS" WC="0.4" HPOS"#)
            .replace(r#"CONTENT="The" HPOS"#, r#"CONTENT="The" WC="0.9" HPOS"#);
        let page = read_alto("p.alto.xml", page.as_bytes()).expect("reads");
        let confidence = |i: usize| page.lines[i].confidence.map(|c| (c * 100.0).round() / 100.0);
        assert_eq!(confidence(0), Some(0.29), "(0.2 × 5 + 0.4 × 4) / 9");
        assert_eq!(confidence(2), Some(0.9), "only the words that say count");
        assert_eq!(confidence(3), None, "no word says");
        let explained = crate::export::explain::render(&crate::document::Document::new(page));
        assert!(
            explained.lines().any(|l| l.contains("GREAT NEWS") && l.contains("⚠ OCR confidence 0.29")),
            "{explained}"
        );
        assert!(!explained.lines().any(|l| l.contains("wonderful") && l.contains('⚠')), "{explained}");
    }
}
